//! Step 3, the agenda: the shared vision's versions (append-only).

use super::{Store, StoreResult, revisions};
use crate::domain::agenda::{NewVision, VisionVersion};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::revision::{RevisionNote, Subject, vision_change};
use serde_json::json;

type VisionRow = (i64, String, String, String, String, String, String, String);

impl Store {
    /// Every version of the programme's vision, newest first.
    pub async fn vision_versions(&self, programme_id: i64) -> StoreResult<Vec<VisionVersion>> {
        let rows: Vec<VisionRow> = sqlx::query_as(
            "SELECT id, body, agreed_on, agreed_by, decision_number, reason, created_by, created_at FROM vision_versions \
             WHERE programme_id = $1 ORDER BY id DESC",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, text, agreed_on, agreed_by, decision, reason, created_by, created_at)| VisionVersion {
                id,
                text,
                agreed_on,
                agreed_by,
                decision,
                reason,
                created_by,
                created_at,
            })
            .collect())
    }

    /// A new version of the vision; earlier versions stay.
    pub async fn add_vision(&self, actor: &Actor, programme_id: i64, v: &NewVision) -> StoreResult<i64> {
        let mut tx = self.change().await?;
        let before: Option<String> =
            sqlx::query_scalar("SELECT body FROM vision_versions WHERE programme_id = $1 ORDER BY id DESC LIMIT 1")
                .bind(programme_id)
                .fetch_optional(&mut *tx)
                .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO vision_versions (programme_id, body, agreed_on, agreed_by, decision_number, reason, created_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(programme_id)
        .bind(&v.text)
        .bind(&v.agreed_on)
        .bind(&v.agreed_by)
        .bind(&v.decision)
        .bind(&v.reason)
        .bind(&actor.label)
        .bind(clock::now_db())
        .fetch_one(&mut *tx)
        .await?;
        let mut change = Change::new("version", "vision", id).in_programme(programme_id).after(json!({
            "text": v.text, "agreed_on": v.agreed_on, "agreed_by": v.agreed_by, "decision": v.decision,
        }));
        if let Some(text) = before {
            let note = RevisionNote { reason: v.reason.clone(), decision: v.decision.clone() };
            let changes = vision_change(&text, &v.text);
            revisions::write(&mut tx, actor, programme_id, Subject::Vision, id, "", &changes, &note).await?;
            change = change.before(json!({ "text": text }));
        }
        tx.commit(actor, change).await?;
        Ok(id)
    }
}
