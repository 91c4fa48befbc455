//! Step 3, the agenda's goals with their interim targets. Every change raises the goal's version
//! (optimistic concurrency) and leaves an audit record with before and after.

use super::{Store, StoreError, StoreResult, revisions};
use crate::domain::audit::{Actor, Change};
use crate::domain::catalogue::{Polarity, Theme};
use crate::domain::clock;
use crate::domain::document::OwnerKind;
use crate::domain::goal::{Goal, GoalIndicator, Milestone, NewGoal};
use crate::domain::revision::{RevisionNote, Subject, goal_changes};
use serde_json::{Value, json};
use sqlx::AnyConnection;

row! {
    struct GoalRow {
        id: i64,
        programme_id: i64,
        position: i64,
        themes: String,
        title: String,
        description: String,
        indicator_ref: String,
        indicator_title: String,
        area_code: String,
        indicator_variant: String,
        own_name: String,
        own_unit: String,
        polarity: String,
        baseline: Option<f64>,
        baseline_period: String,
        target: Option<f64>,
        target_year: Option<i64>,
        version: i64,
        created_at: String,
        updated_at: String,
    }
}

const COLUMNS: &str = "id, programme_id, position, themes, title, description, indicator_ref, indicator_title, \
    area_code, indicator_variant, own_name, own_unit, polarity, baseline, baseline_period, target, target_year, version, created_at, updated_at";

fn to_goal(r: GoalRow, milestones: Vec<Milestone>) -> Goal {
    let indicator = if r.indicator_ref.is_empty() {
        GoalIndicator::Own { name: r.own_name, unit: r.own_unit }
    } else {
        GoalIndicator::Catalogue {
            reference: r.indicator_ref,
            title: r.indicator_title,
            area_code: r.area_code,
            variant: r.indicator_variant,
        }
    };
    Goal {
        id: r.id,
        programme_id: r.programme_id,
        themes: r.themes.split(',').filter_map(Theme::from_key).collect(),
        title: r.title,
        description: r.description,
        indicator,
        polarity: Polarity::from_key(&r.polarity).unwrap_or(Polarity::Neutral),
        baseline: r.baseline,
        baseline_period: r.baseline_period,
        target: r.target,
        target_year: r.target_year,
        milestones,
        position: r.position,
        version: r.version,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }
}

fn snapshot(g: &Goal) -> Value {
    json!({
        "title": g.title,
        "themes": g.themes_text(),
        "description": g.description,
        "indicator": g.indicator_name(),
        "unit": g.unit(),
        "polarity": g.polarity.key(),
        "baseline": g.baseline,
        "baseline_period": g.baseline_period,
        "target": g.target,
        "target_year": g.target_year,
        "milestones": g.milestones_text(),
        "position": g.position,
    })
}

async fn load_all(conn: &mut AnyConnection, programme_id: i64, only: Option<i64>) -> StoreResult<Vec<Goal>> {
    let rows: Vec<GoalRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM goals WHERE programme_id = $1 AND ($2 = 0 OR id = $2) ORDER BY position, id"
    ))
    .bind(programme_id)
    .bind(only.unwrap_or(0))
    .fetch_all(&mut *conn)
    .await?;
    let milestones: Vec<(i64, i64, f64)> = sqlx::query_as(
        "SELECT m.goal_id, m.year, m.value FROM goal_milestones m JOIN goals g ON g.id = m.goal_id \
         WHERE g.programme_id = $1 ORDER BY m.goal_id, m.year",
    )
    .bind(programme_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let ms = milestones
                .iter()
                .filter(|(g, _, _)| *g == r.id)
                .map(|(_, year, value)| Milestone { year: *year, value: *value })
                .collect();
            to_goal(r, ms)
        })
        .collect())
}

async fn load(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Goal> {
    load_all(conn, programme_id, Some(id)).await?.pop().ok_or(StoreError::NotFound)
}

/// Insert a complete goal (`id` None: of `programme_id`) or change one, with its interim targets;
/// the fields are bound in the same order for both. Returns its id.
async fn write(conn: &mut AnyConnection, id: Option<i64>, programme_id: i64, g: &NewGoal) -> StoreResult<i64> {
    let (reference, title, area, variant, own_name, own_unit) = match &g.indicator {
        GoalIndicator::Catalogue { reference, title, area_code, variant } => {
            (reference.as_str(), title.as_str(), area_code.as_str(), variant.as_str(), "", "")
        }
        GoalIndicator::Own { name, unit } => ("", "", "", "", name.as_str(), unit.as_str()),
    };
    let sql = match id {
        None => {
            "INSERT INTO goals (position, themes, title, description, indicator_ref, indicator_title, area_code, \
             own_name, own_unit, polarity, baseline, baseline_period, target, target_year, programme_id, version, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
             CASE WHEN $16 = 1 THEN $11 ELSE NULL END, $12, CASE WHEN $17 = 1 THEN $13 ELSE NULL END, $14, $15, 1, \
             $18, $18) RETURNING id"
        }
        Some(_) => {
            "UPDATE goals SET position = $1, themes = $2, title = $3, description = $4, indicator_ref = $5, \
             indicator_title = $6, area_code = $7, own_name = $8, own_unit = $9, polarity = $10, \
             baseline = CASE WHEN $16 = 1 THEN $11 ELSE NULL END, baseline_period = $12, \
             target = CASE WHEN $17 = 1 THEN $13 ELSE NULL END, target_year = $14 WHERE id = $15 RETURNING id"
        }
    };
    let q = sqlx::query_scalar(sql)
        .bind(g.position)
        .bind(g.themes.iter().map(|t| t.key()).collect::<Vec<_>>().join(","))
        .bind(&g.title)
        .bind(&g.description)
        .bind(reference)
        .bind(title)
        .bind(area)
        .bind(own_name)
        .bind(own_unit)
        .bind(g.polarity.key())
        // Figures are bound as numbers always, with a flag for "none": sqlx 0.8.6 Any sends a NULL
        // double as float4 on PostgreSQL, which would fix the cached statement's parameter type and
        // break the next real figure (docs/ARCHITECTURE.md).
        .bind(g.baseline.unwrap_or(0.0))
        .bind(&g.baseline_period)
        .bind(g.target.unwrap_or(0.0))
        .bind(g.target_year)
        .bind(id.unwrap_or(programme_id))
        .bind(super::flag(g.baseline.is_some()))
        .bind(super::flag(g.target.is_some()));
    let q = if id.is_none() { q.bind(clock::now_db()) } else { q };
    let id: i64 = q.fetch_one(&mut *conn).await?;
    sqlx::query("UPDATE goals SET indicator_variant = $1 WHERE id = $2")
        .bind(variant)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM goal_milestones WHERE goal_id = $1").bind(id).execute(&mut *conn).await?;
    for m in &g.milestones {
        sqlx::query("INSERT INTO goal_milestones (goal_id, year, value) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(m.year)
            .bind(m.value)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

impl Store {
    /// The programme's goals in position order.
    pub async fn goals(&self, programme_id: i64) -> StoreResult<Vec<Goal>> {
        let mut conn = self.pool.acquire().await?;
        load_all(&mut conn, programme_id, None).await
    }

    pub async fn goal(&self, programme_id: i64, id: i64) -> StoreResult<Goal> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, programme_id, id).await
    }

    pub async fn create_goal(&self, actor: &Actor, programme_id: i64, g: &NewGoal) -> StoreResult<Goal> {
        let mut tx = self.change().await?;
        let id = write(&mut tx, None, programme_id, g).await?;
        let goal = load(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "goal", id).in_programme(programme_id).after(snapshot(&goal))).await?;
        Ok(goal)
    }

    /// Change a goal if it is still at `version`; `Stale` otherwise. What changed is recorded in the
    /// revision log with the note.
    pub async fn update_goal(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        g: &NewGoal,
        note: &RevisionNote,
    ) -> StoreResult<Goal> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("goals", programme_id, id, version).await?;
        write(&mut tx, Some(id), programme_id, g).await?;
        let after = load(&mut tx, programme_id, id).await?;
        let changes = goal_changes(&before, &after);
        revisions::write(&mut tx, actor, programme_id, Subject::Goal, id, &after.title, &changes, note).await?;
        tx.commit(
            actor,
            Change::new("update", "goal", id)
                .in_programme(programme_id)
                .before(snapshot(&before))
                .after(snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    /// Remove a goal; its measures stay, without the link.
    pub async fn delete_goal(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        // The evidence of the goal's values goes with them.
        let values: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM measurements WHERE goal_id = $1").bind(id).fetch_all(&mut *tx).await?;
        let mut files = Vec::new();
        for value in values {
            files.extend(super::documents::delete_owned(&mut tx, programme_id, OwnerKind::Measurement, value).await?);
        }
        sqlx::query("DELETE FROM goals WHERE id = $1 AND programme_id = $2")
            .bind(id)
            .bind(programme_id)
            .execute(&mut *tx)
            .await?;
        tx.commit(actor, Change::new("delete", "goal", id).in_programme(programme_id).before(snapshot(&before)))
            .await?;
        self.forget_files(&files).await
    }
}
