//! Audit records, written in the same transaction as the change they describe.

use super::{Paged, Store, StoreResult};
use crate::domain::audit::{Actor, AuditRecord, Change};
use crate::domain::clock;
use sqlx::AnyConnection;

pub(super) async fn write(conn: &mut AnyConnection, actor: &Actor, change: Change) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, actor_label, action, entity, entity_id, programme_id, before_json, after_json) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(clock::now_db())
    .bind(actor.user_id)
    .bind(&actor.label)
    .bind(change.action)
    .bind(change.entity)
    .bind(&change.entity_id)
    .bind(change.programme_id)
    .bind(change.before.map(|v| v.to_string()))
    .bind(change.after.map(|v| v.to_string()))
    .execute(conn)
    .await?;
    Ok(())
}

/// Which audit records to list.
#[derive(Debug, Clone, Copy, Default)]
pub struct AuditFilter {
    pub programme_id: Option<i64>,
}

row! {
    struct Row {
        id: i64,
        at: String,
        actor_id: Option<i64>,
        actor_label: String,
        action: String,
        entity: String,
        entity_id: String,
        programme_id: Option<i64>,
        before_json: Option<String>,
        after_json: Option<String>,
    }
}

impl From<Row> for AuditRecord {
    fn from(r: Row) -> Self {
        let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        AuditRecord {
            id: r.id,
            at: r.at,
            actor_id: r.actor_id,
            actor_label: r.actor_label,
            action: r.action,
            entity: r.entity,
            entity_id: r.entity_id,
            programme_id: r.programme_id,
            before: parse(r.before_json),
            after: parse(r.after_json),
        }
    }
}

const COLUMNS: &str = "id, at, actor_id, actor_label, action, entity, entity_id, programme_id, before_json, after_json";

impl Store {
    /// The newest audit id: every change writes one, so it names the generation of the data.
    pub async fn generation(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM audit_log")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Audit records, newest first.
    pub async fn audit_records(
        &self,
        filter: AuditFilter,
        page: i64,
        per_page: i64,
    ) -> StoreResult<Paged<AuditRecord>> {
        let offset = Paged::<()>::offset(page, per_page);
        let (rows, total): (Vec<Row>, i64) = match filter.programme_id {
            Some(pid) => {
                let rows = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM audit_log WHERE programme_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3"
                ))
                .bind(pid)
                .bind(per_page)
                .bind(offset)
                .fetch_all(&self.pool)
                .await?;
                let total = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE programme_id = $1")
                    .bind(pid)
                    .fetch_one(&self.pool)
                    .await?;
                (rows, total)
            }
            None => {
                let rows =
                    sqlx::query_as(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2"))
                        .bind(per_page)
                        .bind(offset)
                        .fetch_all(&self.pool)
                        .await?;
                let total = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(&self.pool).await?;
                (rows, total)
            }
        };
        Ok(Paged { items: rows.into_iter().map(Into::into).collect(), total, page: page.max(1), per_page })
    }
}
