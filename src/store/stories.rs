//! Stories (zachte gegevens) and the "Stand van de wijk" dossier of a programme.

use super::{Store, StoreError, StoreResult, Viewer, flag};
use crate::domain::audit::{Actor, Change};
use crate::domain::catalogue::Theme;
use crate::domain::clock;
use crate::domain::dossier::{Dossier, TriggerKind};
use crate::domain::scan::{ReferenceKind, parse_weights};
use crate::domain::story::{NewStory, SourceType, Story};
use serde_json::{Value, json};
use sqlx::AnyConnection;

row! {
    struct StoryRow {
        id: i64,
        programme_id: i64,
        area_code: Option<String>,
        told_on: String,
        source_type: String,
        author_role: String,
        body: String,
        themes: String,
        indicators: String,
        consent: i64,
        created_at: String,
        updated_at: String,
    }
}

const STORY_COLUMNS: &str = "s.id, s.programme_id, s.area_code, s.told_on, s.source_type, s.author_role, s.body, \
     s.themes, s.indicators, s.consent, s.created_at, s.updated_at";

/// Stories of programmes the public may read: consented, on a programme whose urgency page is
/// published and that is not archived.
const PUBLIC_STORY: &str = "s.consent = 1 AND p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM programme_pages pp \
     WHERE pp.programme_id = p.id AND pp.page = 'urgentie' AND pp.published = 1)";

impl From<StoryRow> for Story {
    fn from(r: StoryRow) -> Story {
        Story {
            id: r.id,
            programme_id: r.programme_id,
            area_code: r.area_code.filter(|c| !c.is_empty()),
            told_on: r.told_on,
            source: SourceType::from_key(&r.source_type).unwrap_or(SourceType::Resident),
            role: r.author_role,
            text: r.body,
            themes: r.themes.split_whitespace().filter_map(Theme::from_key).collect(),
            indicators: serde_json::from_str(&r.indicators).unwrap_or_default(),
            consent: r.consent != 0,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

fn story_snapshot(s: &Story) -> Value {
    json!({
        "area": s.area_code,
        "told_on": s.told_on,
        "source": s.source.key(),
        "role": s.role,
        "text": s.text,
        "themes": s.themes.iter().map(|t| t.key()).collect::<Vec<_>>(),
        "indicators": s.indicators,
        "consent": s.consent,
    })
}

fn themes_text(themes: &[Theme]) -> String {
    themes.iter().map(|t| t.key()).collect::<Vec<_>>().join(" ")
}

async fn load_story(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Story> {
    let row: StoryRow =
        sqlx::query_as(&format!("SELECT {STORY_COLUMNS} FROM stories s WHERE s.id = $1 AND s.programme_id = $2"))
            .bind(id)
            .bind(programme_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
    Ok(row.into())
}

/// A story with the programme it belongs to, for pages outside the programme (the area profile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaStory {
    pub story: Story,
    pub programme_name: String,
}

row! {
    struct DossierRow {
        trigger_kind: Option<String>,
        trigger_date: String,
        trigger_description: String,
        justification: String,
        weights: String,
        reference: String,
        updated_at: String,
    }
}

fn dossier_snapshot(d: &Dossier) -> Value {
    json!({
        "trigger": d.trigger.map(|t| t.key()),
        "trigger_date": d.trigger_date,
        "trigger_description": d.trigger_description,
        "justification": d.justification,
        "weights": d.weights_text(),
        "reference": d.reference_key(),
    })
}

async fn load_dossier(conn: &mut AnyConnection, programme_id: i64) -> StoreResult<Dossier> {
    let row: Option<DossierRow> = sqlx::query_as(
        "SELECT trigger_kind, trigger_date, trigger_description, justification, weights, reference, updated_at \
         FROM dossiers WHERE programme_id = $1",
    )
    .bind(programme_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        None => Dossier::empty(),
        Some(r) => Dossier {
            trigger: r.trigger_kind.as_deref().and_then(TriggerKind::from_key),
            trigger_date: r.trigger_date,
            trigger_description: r.trigger_description,
            justification: r.justification,
            weights: parse_weights(&r.weights).unwrap_or_default(),
            reference: ReferenceKind::parse(&r.reference).unwrap_or(ReferenceKind::Nl),
            updated_at: r.updated_at,
        },
    })
}

impl Store {
    /// The stories of a programme, newest first; only the consented ones when `public_only`.
    pub async fn stories(&self, programme_id: i64, public_only: bool) -> StoreResult<Vec<Story>> {
        let consent = if public_only { " AND s.consent = 1" } else { "" };
        let rows: Vec<StoryRow> = sqlx::query_as(&format!(
            "SELECT {STORY_COLUMNS} FROM stories s WHERE s.programme_id = $1{consent} ORDER BY s.told_on DESC, s.id DESC"
        ))
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(Story::from).collect())
    }

    pub async fn story(&self, programme_id: i64, id: i64) -> StoreResult<Story> {
        let mut conn = self.pool.acquire().await?;
        load_story(&mut conn, programme_id, id).await
    }

    /// Stories about one area that the viewer may read, with their programme, newest first: the
    /// public reads consented stories of programmes that published their urgency page; members
    /// also read every story of their own programmes.
    pub async fn area_stories(&self, area_code: &str, viewer: Viewer) -> StoreResult<Vec<AreaStory>> {
        let visible = match viewer {
            Viewer::Public => format!("({PUBLIC_STORY})"),
            Viewer::Member(_) => format!(
                "(({PUBLIC_STORY}) OR (p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM memberships m \
                 WHERE m.programme_id = p.id AND m.user_id = $2)))"
            ),
            Viewer::Admin => "p.deleted_at IS NULL".to_string(),
        };
        let sql = format!(
            "SELECT {STORY_COLUMNS}, p.name FROM stories s JOIN programmes p ON p.id = s.programme_id \
             WHERE s.area_code = $1 AND {visible} ORDER BY s.told_on DESC, s.id DESC"
        );
        let mut q = sqlx::query(&sql).bind(area_code);
        if let Viewer::Member(uid) = viewer {
            q = q.bind(uid);
        }
        let rows = q.fetch_all(&self.pool).await?;
        use sqlx::{FromRow, Row};
        rows.iter()
            .map(|r| {
                Ok(AreaStory { story: StoryRow::from_row(r)?.into(), programme_name: r.try_get::<String, _>("name")? })
            })
            .collect()
    }

    pub async fn create_story(&self, actor: &Actor, programme_id: i64, new: &NewStory) -> StoreResult<Story> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO stories (programme_id, area_code, told_on, source_type, author_role, body, themes, indicators, \
             consent, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) \
             RETURNING id",
        )
        .bind(programme_id)
        .bind(new.area_code.as_deref())
        .bind(&new.told_on)
        .bind(new.source.key())
        .bind(&new.role)
        .bind(&new.text)
        .bind(themes_text(&new.themes))
        .bind(json!(new.indicators).to_string())
        .bind(flag(new.consent))
        .bind(actor.user_id)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        let story = load_story(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "story", id).in_programme(programme_id).after(story_snapshot(&story)))
            .await?;
        Ok(story)
    }

    pub async fn update_story(&self, actor: &Actor, programme_id: i64, id: i64, new: &NewStory) -> StoreResult<Story> {
        let mut tx = self.change().await?;
        let before = load_story(&mut tx, programme_id, id).await?;
        sqlx::query(
            "UPDATE stories SET area_code = $1, told_on = $2, source_type = $3, author_role = $4, body = $5, \
             themes = $6, indicators = $7, consent = $8, updated_at = $9 WHERE id = $10 AND programme_id = $11",
        )
        .bind(new.area_code.as_deref())
        .bind(&new.told_on)
        .bind(new.source.key())
        .bind(&new.role)
        .bind(&new.text)
        .bind(themes_text(&new.themes))
        .bind(json!(new.indicators).to_string())
        .bind(flag(new.consent))
        .bind(clock::now_db())
        .bind(id)
        .bind(programme_id)
        .execute(&mut *tx)
        .await?;
        let after = load_story(&mut tx, programme_id, id).await?;
        tx.commit(
            actor,
            Change::new("update", "story", id)
                .in_programme(programme_id)
                .before(story_snapshot(&before))
                .after(story_snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    /// Delete a story; its text stays in the programme's history (readable by beheerders only).
    pub async fn delete_story(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load_story(&mut tx, programme_id, id).await?;
        sqlx::query("DELETE FROM stories WHERE id = $1 AND programme_id = $2")
            .bind(id)
            .bind(programme_id)
            .execute(&mut *tx)
            .await?;
        tx.commit(actor, Change::new("delete", "story", id).in_programme(programme_id).before(story_snapshot(&before)))
            .await?;
        Ok(())
    }

    /// The programme's dossier; an empty one when nothing was written yet.
    pub async fn dossier(&self, programme_id: i64) -> StoreResult<Dossier> {
        let mut conn = self.pool.acquire().await?;
        load_dossier(&mut conn, programme_id).await
    }

    pub async fn save_dossier(&self, actor: &Actor, programme_id: i64, d: &Dossier) -> StoreResult<Dossier> {
        let mut tx = self.change().await?;
        let before = load_dossier(&mut tx, programme_id).await?;
        sqlx::query(
            "INSERT INTO dossiers (programme_id, trigger_kind, trigger_date, trigger_description, justification, \
             weights, reference, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (programme_id) DO UPDATE SET trigger_kind = excluded.trigger_kind, \
             trigger_date = excluded.trigger_date, trigger_description = excluded.trigger_description, \
             justification = excluded.justification, weights = excluded.weights, reference = excluded.reference, \
             updated_at = excluded.updated_at",
        )
        .bind(programme_id)
        .bind(d.trigger.map(|t| t.key()))
        .bind(&d.trigger_date)
        .bind(&d.trigger_description)
        .bind(&d.justification)
        .bind(d.weights_text())
        .bind(d.reference_key())
        .bind(clock::now_db())
        .execute(&mut *tx)
        .await?;
        let after = load_dossier(&mut tx, programme_id).await?;
        let mut change = Change::new("update", "dossier", programme_id).in_programme(programme_id);
        if !before.updated_at.is_empty() {
            change = change.before(dossier_snapshot(&before));
        }
        tx.commit(actor, change.after(dossier_snapshot(&after))).await?;
        Ok(after)
    }
}
