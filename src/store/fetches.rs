//! Fetches from StatLine and PDOK: the log of every run, and storing a fetched table together
//! with its log line in one transaction.

use super::{Paged, Store, StoreError, StoreResult};
use crate::domain::audit::{Actor, Change};
use crate::domain::clock;
use crate::domain::statistics::{Dataset, ImportSummary};

row! {
    /// One fetch or check, as it went.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct FetchRunRow {
        pub id: i64,
        pub at: String,
        pub actor_label: String,
        pub source: String,
        pub table_id: String,
        pub selection: String,
        /// `opgehaald`, `ongewijzigd` or `mislukt`.
        pub outcome: String,
        pub modified: String,
        pub pages: i64,
        pub fetched_values: i64,
        pub took_ms: i64,
        pub message: String,
    }
}

row! {
    /// A table the site keeps current, with how its last check went.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct KeptTableRow {
        pub id: i64,
        pub source: String,
        pub table_id: String,
        pub selection: String,
        pub every_days: i64,
        pub created_at: String,
        pub created_by: String,
        pub next_check_at: String,
        /// The outcome and moment of the last run for it (empty before the first).
        pub last_outcome: String,
        pub last_at: String,
    }
}

/// A run to log.
#[derive(Debug, Clone, Default)]
pub struct NewFetchRun {
    pub kept_id: Option<i64>,
    pub source: String,
    pub table_id: String,
    pub selection: String,
    pub outcome: &'static str,
    pub modified: String,
    pub pages: i64,
    pub values: i64,
    pub took_ms: i64,
    pub message: String,
}

pub const BUSY: &str = "bezig";
pub const FETCHED: &str = "opgehaald";
pub const UNCHANGED: &str = "ongewijzigd";
pub const FAILED: &str = "mislukt";

async fn insert_run(conn: &mut sqlx::AnyConnection, actor: &Actor, run: &NewFetchRun) -> StoreResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO fetch_runs (kept_id, at, actor_label, source, table_id, selection, outcome, modified, pages, \
         fetched_values, took_ms, message) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(run.kept_id)
    .bind(clock::now_db())
    .bind(&actor.label)
    .bind(&run.source)
    .bind(&run.table_id)
    .bind(&run.selection)
    .bind(run.outcome)
    .bind(&run.modified)
    .bind(run.pages)
    .bind(run.values)
    .bind(run.took_ms)
    .bind(&run.message)
    .fetch_one(conn)
    .await?)
}

async fn update_run(conn: &mut sqlx::AnyConnection, id: i64, run: &NewFetchRun) -> StoreResult<()> {
    sqlx::query(
        "UPDATE fetch_runs SET outcome = $1, modified = $2, pages = $3, fetched_values = $4, took_ms = $5, message = $6 \
         WHERE id = $7",
    )
    .bind(run.outcome)
    .bind(&run.modified)
    .bind(run.pages)
    .bind(run.values)
    .bind(run.took_ms)
    .bind(&run.message)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// The `Modified` stamp of the last fetch of this table and selection that was stored.
    pub async fn last_fetched_modified(
        &self,
        source: &str,
        table: &str,
        selection: &str,
    ) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar(
            "SELECT modified FROM fetch_runs WHERE source = $1 AND table_id = $2 AND selection = $3 AND outcome = $4 \
             ORDER BY id DESC LIMIT 1",
        )
        .bind(source)
        .bind(table)
        .bind(selection)
        .bind(FETCHED)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Log a run as it starts (`bezig`), so every instance's page shows it; `finish_fetch_run`
    /// or `store_fetched` completes the line.
    pub async fn start_fetch_run(&self, actor: &Actor, run: &NewFetchRun) -> StoreResult<i64> {
        let mut conn = self.pool.acquire().await?;
        insert_run(&mut conn, actor, &NewFetchRun { outcome: BUSY, ..run.clone() }).await
    }

    /// Complete the log line of a run that stored nothing (unchanged, or failed).
    pub async fn finish_fetch_run(&self, id: i64, run: &NewFetchRun) -> StoreResult<()> {
        let mut conn = self.pool.acquire().await?;
        update_run(&mut conn, id, run).await
    }

    /// Whether the same table and selection are being fetched (started within `window`).
    pub async fn fetch_in_progress(
        &self,
        source: &str,
        table: &str,
        selection: &str,
        window: time::Duration,
    ) -> StoreResult<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM fetch_runs WHERE source = $1 AND table_id = $2 AND selection = $3 \
             AND outcome = $4 AND at > $5",
        )
        .bind(source)
        .bind(table)
        .bind(selection)
        .bind(BUSY)
        .bind(clock::db_ago(window))
        .fetch_one(&self.pool)
        .await?;
        Ok(n > 0)
    }

    /// Store the datasets of a fetch and complete its log line in one transaction: all or nothing.
    pub async fn store_fetched(
        &self,
        actor: &Actor,
        run_id: i64,
        run: &NewFetchRun,
        items: &[(&str, &str, &Dataset)],
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> StoreResult<Vec<ImportSummary>> {
        let mut tx = self.change().await?;
        let out = super::statistics::store_datasets(&mut tx, actor, items, progress).await?;
        update_run(&mut tx, run_id, run).await?;
        tx.commit_audited().await?;
        Ok(out)
    }

    /// Keep a table current: checked first at once (its next check is now).
    /// `Conflict("kept_table")` when the same table and selection are kept already.
    pub async fn add_kept_table(
        &self,
        actor: &Actor,
        source: &str,
        table: &str,
        selection: &str,
        every_days: i64,
    ) -> StoreResult<i64> {
        let now = clock::now_db();
        let mut tx = self.change().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO kept_tables (source, table_id, selection, every_days, created_at, created_by, next_check_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $5) RETURNING id",
        )
        .bind(source)
        .bind(table)
        .bind(selection)
        .bind(every_days)
        .bind(&now)
        .bind(&actor.label)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_as(e, "kept_table"))?;
        let after =
            serde_json::json!({"source": source, "table": table, "selection": selection, "every_days": every_days});
        tx.commit(actor, Change::new("create", "kept_table", id).after(after)).await?;
        Ok(id)
    }

    const KEPT_COLUMNS: &str = "k.id, k.source, k.table_id, k.selection, k.every_days, k.created_at, k.created_by, \
         k.next_check_at, COALESCE(r.outcome, '') AS last_outcome, COALESCE(r.at, '') AS last_at \
         FROM kept_tables k LEFT JOIN fetch_runs r ON r.id = \
         (SELECT MAX(id) FROM fetch_runs WHERE kept_id = k.id)";

    /// The kept tables, by table and selection.
    pub async fn kept_tables(&self) -> StoreResult<Vec<KeptTableRow>> {
        Ok(sqlx::query_as(&format!("SELECT {} ORDER BY k.table_id, k.selection, k.id", Self::KEPT_COLUMNS))
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn kept_table(&self, id: i64) -> StoreResult<Option<KeptTableRow>> {
        Ok(sqlx::query_as(&format!("SELECT {} WHERE k.id = $1", Self::KEPT_COLUMNS))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Stop keeping a table current (its runs stay in the log). `NotFound` when it is gone.
    pub async fn remove_kept_table(&self, actor: &Actor, id: i64) -> StoreResult<()> {
        let mut tx = self.change().await?;
        let before: Option<(String, String, String)> =
            sqlx::query_as("SELECT source, table_id, selection FROM kept_tables WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let (source, table, selection) = before.ok_or(StoreError::NotFound)?;
        sqlx::query("DELETE FROM kept_tables WHERE id = $1").bind(id).execute(&mut *tx).await?;
        let before = serde_json::json!({"source": source, "table": table, "selection": selection});
        tx.commit(actor, Change::new("delete", "kept_table", id).before(before)).await
    }

    /// The kept tables whose check is due, oldest first.
    pub async fn due_kept_tables(&self) -> StoreResult<Vec<KeptTableRow>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {} WHERE k.next_check_at <= $1 ORDER BY k.next_check_at, k.id",
            Self::KEPT_COLUMNS
        ))
        .bind(clock::now_db())
        .fetch_all(&self.pool)
        .await?)
    }

    /// Set the next check of a kept table.
    pub async fn kept_table_checked(&self, id: i64, next_check_at: &str) -> StoreResult<()> {
        sqlx::query("UPDATE kept_tables SET next_check_at = $1 WHERE id = $2")
            .bind(next_check_at)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Take (or keep) the lease `name` for `ttl`: `true` when `holder` has it now. Another holder's
    /// lease is taken over only once it has run out, so with several instances one runs the job.
    pub async fn take_lease(&self, name: &str, holder: &str, ttl: time::Duration) -> StoreResult<bool> {
        let now = clock::now_db();
        let taken = sqlx::query(
            "INSERT INTO leases (name, holder, until_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until_at = excluded.until_at \
             WHERE leases.until_at < $4 OR leases.holder = excluded.holder",
        )
        .bind(name)
        .bind(holder)
        .bind(clock::db_in(ttl))
        .bind(&now)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(taken == 1)
    }

    /// Give a lease back before it runs out.
    pub async fn release_lease(&self, name: &str, holder: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The runs so far, newest first, one page at a time.
    pub async fn fetch_runs(&self, page: i64, per_page: i64) -> StoreResult<Paged<FetchRunRow>> {
        let items = sqlx::query_as::<_, FetchRunRow>(
            "SELECT id, at, actor_label, source, table_id, selection, outcome, modified, pages, fetched_values, \
             took_ms, message FROM fetch_runs ORDER BY id DESC LIMIT $1 OFFSET $2",
        )
        .bind(per_page)
        .bind(Paged::<()>::offset(page, per_page))
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM fetch_runs").fetch_one(&self.pool).await?;
        Ok(Paged { items, total, page: page.max(1), per_page })
    }
}
