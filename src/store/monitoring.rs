//! Step 5, monitoring: entered values of own indicators with their review, the stories behind the
//! curves, and the values of catalogue indicators read from the imported statistics.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::monitoring::{Measurement, NewMeasurement, Review, catalogue_series};
use crate::domain::notification::Kind;
use serde_json::json;

type MeasurementRow = (i64, i64, i64, f64, String, String, String, String, String, i64);

fn to_measurement(
    (id, goal_id, year, value, source, evidence, review, remark, entered_by, version): MeasurementRow,
) -> Measurement {
    Measurement {
        id,
        goal_id,
        year,
        value,
        source,
        evidence,
        review: Review::from_key(&review).unwrap_or(Review::Submitted),
        remark,
        entered_by,
        version,
    }
}

/// `NotFound` unless the goal belongs to the programme.
async fn goal_of(conn: &mut sqlx::AnyConnection, programme_id: i64, goal_id: i64) -> StoreResult<()> {
    let goal: Option<i64> = sqlx::query_scalar("SELECT id FROM goals WHERE id = $1 AND programme_id = $2")
        .bind(goal_id)
        .bind(programme_id)
        .fetch_optional(&mut *conn)
        .await?;
    goal.map(|_| ()).ok_or(StoreError::NotFound)
}

const COLUMNS: &str =
    "m.id, m.goal_id, m.year, m.value, m.source, m.evidence, m.review, m.remark, m.entered_by, m.version";

impl Store {
    /// Every entered value of the programme's goals, by goal and year.
    pub async fn measurements(&self, programme_id: i64) -> StoreResult<Vec<Measurement>> {
        let rows: Vec<MeasurementRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM measurements m JOIN goals g ON g.id = m.goal_id WHERE g.programme_id = $1 \
             ORDER BY m.goal_id, m.year"
        ))
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(to_measurement).collect())
    }

    /// Enter (or correct) the value of a goal's own indicator for a year. `approved`: entered by a
    /// beheerder, it counts at once; otherwise it waits for review. A correction of an existing
    /// value is refused as `Stale` unless `version` matches it.
    pub async fn save_measurement(
        &self,
        actor: &Actor,
        programme_id: i64,
        goal_id: i64,
        version: Option<i64>,
        m: &NewMeasurement,
        approved: bool,
    ) -> StoreResult<Measurement> {
        let mut tx = self.change().await?;
        goal_of(&mut tx, programme_id, goal_id).await?;
        let before: Option<MeasurementRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM measurements m WHERE m.goal_id = $1 AND m.year = $2"))
                .bind(goal_id)
                .bind(m.year)
                .fetch_optional(&mut *tx)
                .await?;
        let review = if approved { Review::Approved } else { Review::Submitted };
        let now = clock::now_db();
        let id = match &before {
            Some(row) => {
                if version != Some(row.9) {
                    return Err(StoreError::Stale);
                }
                sqlx::query(
                    "UPDATE measurements SET value = $1, source = $2, evidence = $3, review = $4, remark = '', \
                     entered_by = $5, version = version + 1, updated_at = $6 WHERE id = $7",
                )
                .bind(m.value)
                .bind(&m.source)
                .bind(&m.evidence)
                .bind(review.key())
                .bind(&actor.label)
                .bind(&now)
                .bind(row.0)
                .execute(&mut *tx)
                .await?;
                row.0
            }
            None => sqlx::query_scalar(
                "INSERT INTO measurements (goal_id, year, value, source, evidence, review, remark, entered_by, version, \
                 created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, '', $7, 1, $8, $8) RETURNING id",
            )
            .bind(goal_id)
            .bind(m.year)
            .bind(m.value)
            .bind(&m.source)
            .bind(&m.evidence)
            .bind(review.key())
            .bind(&actor.label)
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?,
        };
        let after: MeasurementRow = sqlx::query_as(&format!("SELECT {COLUMNS} FROM measurements m WHERE m.id = $1"))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        if !approved {
            // The beheerders hear that a value waits for them (once per version of the value).
            let params = notification_params(&mut tx, programme_id, goal_id, &after, &actor.label).await?;
            let key = format!("ter-beoordeling:{}:{}", after.0, after.9);
            let link = format!("/programmas/{programme_id}/voortgang/doelen/{goal_id}");
            super::notifications::notify(
                &mut tx,
                super::notifications::MANAGERS,
                programme_id,
                Kind::AwaitingReview,
                &key,
                &params,
                &link,
                None,
            )
            .await?;
        }
        let snapshot = |r: &MeasurementRow| json!({ "year": r.2, "value": r.3, "source": r.4, "review": r.6 });
        let mut change = Change::new("measurement", "goal", goal_id).in_programme(programme_id).after(snapshot(&after));
        if let Some(b) = &before {
            change = change.before(snapshot(b));
        }
        tx.commit(actor, change).await?;
        Ok(to_measurement(after))
    }

    /// A beheerder approves a submitted value, or returns it with a remark; `Stale` if it changed.
    pub async fn review_measurement(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        approve: bool,
        remark: &str,
    ) -> StoreResult<Measurement> {
        let mut tx = self.change().await?;
        let row: Option<MeasurementRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM measurements m JOIN goals g ON g.id = m.goal_id WHERE m.id = $1 AND g.programme_id = $2"
        ))
        .bind(id)
        .bind(programme_id)
        .fetch_optional(&mut *tx)
        .await?;
        let row = row.ok_or(StoreError::NotFound)?;
        let review = if approve { Review::Approved } else { Review::Returned };
        let done = sqlx::query(
            "UPDATE measurements SET review = $1, remark = $2, version = version + 1, updated_at = $3 \
             WHERE id = $4 AND version = $5",
        )
        .bind(review.key())
        .bind(remark)
        .bind(clock::now_db())
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Stale);
        }
        tx.audit(
            actor,
            Change::new(if approve { "approve" } else { "return" }, "goal", row.1)
                .in_programme(programme_id)
                .before(json!({ "year": row.2, "value": row.3, "review": row.6 }))
                .after(json!({ "year": row.2, "value": row.3, "review": review.key(), "remark": remark })),
        )
        .await?;
        let after: MeasurementRow = sqlx::query_as(&format!("SELECT {COLUMNS} FROM measurements m WHERE m.id = $1"))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        if !approve {
            // The person who entered the value hears why it came back.
            let mut params = notification_params(&mut tx, programme_id, row.1, &after, &actor.label).await?;
            params["remark"] = json!(remark);
            let key = format!("teruggestuurd:{}:{}", after.0, after.9);
            let link = format!("/programmas/{programme_id}/voortgang/doelen/{}", row.1);
            let enterer = "SELECT u.id AS user_id FROM users u WHERE u.email = $7 AND u.disabled_at IS NULL";
            super::notifications::notify(
                &mut tx,
                enterer,
                programme_id,
                Kind::Returned,
                &key,
                &params,
                &link,
                Some(&row.8),
            )
            .await?;
        }
        tx.commit_audited().await?;
        Ok(to_measurement(after))
    }

    /// The stories behind the curves of a programme's goals: (goal id, year, text).
    pub async fn goal_stories(&self, programme_id: i64) -> StoreResult<Vec<(i64, i64, String)>> {
        Ok(sqlx::query_as(
            "SELECT s.goal_id, s.year, s.body FROM goal_stories s JOIN goals g ON g.id = s.goal_id \
             WHERE g.programme_id = $1 ORDER BY s.goal_id, s.year",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Write (or clear, with empty text) the story behind a goal's curve for a year.
    pub async fn save_goal_story(
        &self,
        actor: &Actor,
        programme_id: i64,
        goal_id: i64,
        year: i64,
        text: &str,
    ) -> StoreResult<()> {
        let mut tx = self.change().await?;
        goal_of(&mut tx, programme_id, goal_id).await?;
        let before: Option<String> =
            sqlx::query_scalar("SELECT body FROM goal_stories WHERE goal_id = $1 AND year = $2")
                .bind(goal_id)
                .bind(year)
                .fetch_optional(&mut *tx)
                .await?;
        sqlx::query("DELETE FROM goal_stories WHERE goal_id = $1 AND year = $2")
            .bind(goal_id)
            .bind(year)
            .execute(&mut *tx)
            .await?;
        if !text.is_empty() {
            sqlx::query(
                "INSERT INTO goal_stories (goal_id, year, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(goal_id)
            .bind(year)
            .bind(text)
            .bind(&actor.label)
            .bind(clock::now_db())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit(
            actor,
            Change::new("story", "goal", goal_id)
                .in_programme(programme_id)
                .before(json!({ "year": year, "story": before }))
                .after(json!({ "year": year, "story": text })),
        )
        .await?;
        Ok(())
    }

    /// The values of a catalogue indicator for an area, one per year (`monitoring::catalogue_series`),
    /// in the newest layout its figures have; figures of older layouts only where a stored crosswalk
    /// says the area kept its borders, or carried over from the older areas that lie in it.
    /// `variant`: an age group (`Leeftijd=80200;Marges=MW00000`), or empty for the first.
    pub async fn catalogue_values(
        &self,
        area_code: &str,
        reference: &str,
        variant: &str,
    ) -> StoreResult<Vec<(i64, f64)>> {
        let observations = self.area_observations(area_code, None).await?;
        self.series_in_one_layout(&observations, area_code, reference, variant).await
    }

    /// `catalogue_values` on observations already read.
    pub async fn series_in_one_layout(
        &self,
        observations: &[crate::domain::statistics::AreaObservation],
        area_code: &str,
        reference: &str,
        variant: &str,
    ) -> StoreResult<Vec<(i64, f64)>> {
        let layouts = crate::domain::monitoring::layouts_of(observations, reference);
        let Some(&newest) = layouts.last() else { return Ok(Vec::new()) };
        let mut same = std::collections::HashSet::new();
        for &y in layouts.iter().filter(|y| **y != newest) {
            if self.area_unchanged(area_code, y, newest).await? {
                same.insert(y);
            }
        }
        let mut series = catalogue_series(observations, reference, variant, &|y| same.contains(&y));
        // Years of an older layout that a stored crosswalk carries into the area: from the figures
        // of the older areas that lie in it.
        let mut into: std::collections::BTreeMap<i64, Vec<crate::domain::crosswalk::Piece>> = Default::default();
        for ((older, to), piece) in self.crosswalk_into(area_code).await? {
            if to == newest && !same.contains(&older) {
                into.entry(older).or_default().push(piece);
            }
        }
        for (older, pieces) in into.iter().rev() {
            let mut codes: Vec<&str> = pieces.iter().map(|p| p.from.as_str()).collect();
            codes.sort();
            codes.dedup();
            let old = self.observations_of(&codes).await?;
            for (year, value) in crate::domain::monitoring::carried_series(&old, reference, variant, *older, pieces) {
                if !series.iter().any(|(y, _)| *y == year) {
                    series.push((year, value));
                }
            }
        }
        series.sort_by_key(|f| f.0);
        Ok(series)
    }

    /// The figures of a programme's whole area (`area_union::combine` of `parts`, as
    /// `area_union::parts` gives them).
    pub async fn programme_area(&self, parts: &[String]) -> StoreResult<crate::domain::area_union::Union> {
        let codes: Vec<&str> = parts.iter().map(String::as_str).collect();
        let observations = self.observations_of(&codes).await?;
        Ok(crate::domain::area_union::combine(crate::domain::area_union::PROGRAMME_AREA, parts, &observations))
    }

    /// `programme_area` with the layouts in which every part kept its borders
    /// (`union_same_layouts`): what `area_union::series` needs for any indicator.
    pub async fn programme_area_figures(&self, parts: &[String]) -> StoreResult<ProgrammeAreaFigures> {
        let union = self.programme_area(parts).await?;
        let same = self.union_same_layouts(parts, &union.observations).await?;
        Ok((union, same))
    }

    /// Which older layouts of `union`'s figures every part kept its borders in, up to the newest:
    /// those join the programme area's trend; others are left out, never joined on the codes.
    pub async fn union_same_layouts(
        &self,
        parts: &[String],
        union: &[crate::domain::statistics::AreaObservation],
    ) -> StoreResult<std::collections::HashSet<(i64, i64)>> {
        let mut pairs = std::collections::BTreeSet::new();
        for o in union {
            pairs.insert(o.layout_year);
        }
        let years: Vec<i64> = pairs.into_iter().collect();
        let mut same = std::collections::HashSet::new();
        for (i, &older) in years.iter().enumerate() {
            for &newer in &years[i + 1..] {
                let mut all = true;
                for p in parts {
                    if !self.area_unchanged(p, older, newer).await? {
                        all = false;
                        break;
                    }
                }
                if all {
                    same.insert((older, newer));
                }
            }
        }
        Ok(same)
    }

    /// `catalogue_values` of a programme's whole area: one value per year of the combined figures
    /// (`area_union`), in the newest layout they have and older ones where every part kept its
    /// borders.
    pub async fn programme_area_values(
        &self,
        parts: &[String],
        reference: &str,
        variant: &str,
    ) -> StoreResult<Vec<(i64, f64)>> {
        let (union, same) = self.programme_area_figures(parts).await?;
        Ok(crate::domain::area_union::series(&union, &same, reference, variant))
    }
}

/// A programme area's combined figures and the pairs of layouts (older, newer) in which every part
/// kept its borders.
pub type ProgrammeAreaFigures = (crate::domain::area_union::Union, std::collections::HashSet<(i64, i64)>);

/// What a notification about a value says: the programme, the goal, the year and the value, and
/// who did it.
async fn notification_params(
    conn: &mut sqlx::AnyConnection,
    programme_id: i64,
    goal_id: i64,
    m: &MeasurementRow,
    by: &str,
) -> StoreResult<serde_json::Value> {
    let (programme, goal): (String, String) = sqlx::query_as(
        "SELECT p.name, g.title FROM goals g JOIN programmes p ON p.id = g.programme_id WHERE g.id = $1 AND p.id = $2",
    )
    .bind(goal_id)
    .bind(programme_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(json!({ "programme": programme, "goal": goal, "year": m.2, "value": m.3, "by": by }))
}
