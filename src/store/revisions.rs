//! Step 5, the revision log: what changed in a vision, goal or measure, why, and by which decision.
//! Written in the same transaction as the change itself, so a change never lacks its reason.

use super::{Store, StoreResult};
use crate::domain::audit::Actor;
use crate::domain::clock;
use crate::domain::revision::{FieldChange, Revision, RevisionNote, Subject};
use sqlx::AnyConnection;

type RevisionRow = (i64, i64, String, i64, String, String, String, String, String, String);

/// Records a revision when anything changed; a change without differences leaves no entry.
#[allow(clippy::too_many_arguments)]
pub(super) async fn write(
    conn: &mut AnyConnection,
    actor: &Actor,
    programme_id: i64,
    subject: Subject,
    subject_id: i64,
    subject_title: &str,
    changes: &[FieldChange],
    note: &RevisionNote,
) -> StoreResult<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let changes =
        serde_json::to_string(changes).map_err(|e| super::StoreError::Db(sqlx::Error::Encode(Box::new(e))))?;
    sqlx::query(
        "INSERT INTO revisions (programme_id, subject_kind, subject_id, subject_title, changes, reason, \
         decision_number, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(programme_id)
    .bind(subject.key())
    .bind(subject_id)
    .bind(subject_title)
    .bind(changes)
    .bind(&note.reason)
    .bind(&note.decision)
    .bind(&actor.label)
    .bind(clock::now_db())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// The programme's revisions, newest first; `subject` narrows them to one goal, measure or the vision.
    pub async fn revisions(&self, programme_id: i64, subject: Option<(Subject, i64)>) -> StoreResult<Vec<Revision>> {
        let (kind, id) = subject.map(|(s, id)| (s.key(), id)).unwrap_or(("", 0));
        let rows: Vec<RevisionRow> = sqlx::query_as(
            "SELECT id, programme_id, subject_kind, subject_id, subject_title, changes, reason, decision_number, \
             created_by, created_at FROM revisions WHERE programme_id = $1 AND ($2 = '' OR (subject_kind = $2 \
             AND subject_id = $3)) ORDER BY created_at DESC, id DESC",
        )
        .bind(programme_id)
        .bind(kind)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, programme_id, kind, subject_id, subject_title, changes, reason, decision, by, at)| {
                Some(Revision {
                    id,
                    programme_id,
                    subject: Subject::from_key(&kind)?,
                    subject_id,
                    subject_title,
                    changes: serde_json::from_str(&changes).unwrap_or_default(),
                    reason,
                    decision,
                    by,
                    at,
                })
            })
            .collect())
    }
}
