//! Step 5, milestones and successes of a programme, with the goal or measure they belong to.

use super::{Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::success::{NewSuccess, Success, SuccessKind};
use serde_json::{Value, json};
use sqlx::AnyConnection;

type SuccessRow =
    (i64, i64, String, String, String, String, Option<i64>, Option<String>, Option<i64>, Option<String>, i64);

const SELECT: &str = "SELECT s.id, s.programme_id, s.kind, s.happened_on, s.title, s.description, s.goal_id, g.title, \
     s.measure_id, m.title, s.version FROM successes s LEFT JOIN goals g ON g.id = s.goal_id \
     LEFT JOIN measures m ON m.id = s.measure_id";

fn from_row(r: SuccessRow) -> Success {
    Success {
        id: r.0,
        programme_id: r.1,
        kind: SuccessKind::from_key(&r.2).unwrap_or(SuccessKind::Success),
        happened_on: r.3,
        title: r.4,
        description: r.5,
        goal: r.6.zip(r.7),
        measure: r.8.zip(r.9),
        version: r.10,
    }
}

fn snapshot(s: &Success) -> Value {
    json!({
        "kind": s.kind.key(),
        "happened_on": s.happened_on,
        "title": s.title,
        "description": s.description,
        "goal": s.goal.as_ref().map(|g| g.1.clone()),
        "measure": s.measure.as_ref().map(|m| m.1.clone()),
    })
}

async fn load(conn: &mut AnyConnection, programme_id: i64, id: i64) -> StoreResult<Success> {
    let row: Option<SuccessRow> = sqlx::query_as(&format!("{SELECT} WHERE s.programme_id = $1 AND s.id = $2"))
        .bind(programme_id)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(from_row).ok_or(StoreError::NotFound)
}

/// Insert a complete success (`id` None: of `programme_id`, recorded by `by`) or change one; the
/// fields are bound in the same order for both. Returns its id.
async fn write(
    conn: &mut AnyConnection,
    id: Option<i64>,
    programme_id: i64,
    by: &str,
    s: &NewSuccess,
) -> StoreResult<i64> {
    let sql = match id {
        None => {
            "INSERT INTO successes (kind, happened_on, title, description, goal_id, measure_id, programme_id, \
             created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id"
        }
        Some(_) => {
            "UPDATE successes SET kind = $1, happened_on = $2, title = $3, description = $4, goal_id = $5, \
             measure_id = $6 WHERE id = $7 RETURNING id"
        }
    };
    let q = sqlx::query_scalar(sql)
        .bind(s.kind.key())
        .bind(&s.happened_on)
        .bind(&s.title)
        .bind(&s.description)
        .bind(s.goal_id)
        .bind(s.measure_id)
        .bind(id.unwrap_or(programme_id));
    let q = if id.is_none() { q.bind(by).bind(clock::now_db()) } else { q };
    Ok(q.fetch_one(&mut *conn).await?)
}

impl Store {
    /// The programme's milestones and successes, most recent first.
    pub async fn successes(&self, programme_id: i64) -> StoreResult<Vec<Success>> {
        let rows: Vec<SuccessRow> =
            sqlx::query_as(&format!("{SELECT} WHERE s.programme_id = $1 ORDER BY s.happened_on DESC, s.id DESC"))
                .bind(programme_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(from_row).collect())
    }

    pub async fn success(&self, programme_id: i64, id: i64) -> StoreResult<Success> {
        let mut conn = self.pool.acquire().await?;
        load(&mut conn, programme_id, id).await
    }

    pub async fn create_success(&self, actor: &Actor, programme_id: i64, s: &NewSuccess) -> StoreResult<Success> {
        let mut tx = self.change().await?;
        let id = write(&mut tx, None, programme_id, &actor.label, s).await?;
        let after = load(&mut tx, programme_id, id).await?;
        tx.commit(actor, Change::new("create", "success", id).in_programme(programme_id).after(snapshot(&after)))
            .await?;
        Ok(after)
    }

    /// Change a success, if it is still at `version`.
    pub async fn update_success(
        &self,
        actor: &Actor,
        programme_id: i64,
        id: i64,
        version: i64,
        s: &NewSuccess,
    ) -> StoreResult<Success> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        tx.claim("successes", programme_id, id, version).await?;
        write(&mut tx, Some(id), programme_id, &actor.label, s).await?;
        let after = load(&mut tx, programme_id, id).await?;
        tx.commit(
            actor,
            Change::new("update", "success", id)
                .in_programme(programme_id)
                .before(snapshot(&before))
                .after(snapshot(&after)),
        )
        .await?;
        Ok(after)
    }

    pub async fn delete_success(&self, actor: &Actor, programme_id: i64, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before = load(&mut tx, programme_id, id).await?;
        sqlx::query("DELETE FROM successes WHERE id = $1 AND programme_id = $2")
            .bind(id)
            .bind(programme_id)
            .execute(&mut *tx)
            .await?;
        tx.commit(actor, Change::new("delete", "success", id).in_programme(programme_id).before(snapshot(&before)))
            .await?;
        Ok(())
    }
}
