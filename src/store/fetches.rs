//! Fetches from StatLine and PDOK: the log of every run, and storing a fetched table together
//! with its log line in one transaction.

use super::{Paged, Store, StoreResult};
use crate::domain::audit::Actor;
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

    /// Log a run that stored nothing (unchanged, or failed).
    pub async fn log_fetch_run(&self, actor: &Actor, run: &NewFetchRun) -> StoreResult<i64> {
        let mut conn = self.pool.acquire().await?;
        insert_run(&mut conn, actor, run).await
    }

    /// Store the datasets of a fetch and its log line in one transaction: all or nothing.
    pub async fn store_fetched(
        &self,
        actor: &Actor,
        run: &NewFetchRun,
        items: &[(&str, &str, &Dataset)],
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> StoreResult<Vec<ImportSummary>> {
        let mut tx = self.change().await?;
        let mut out = Vec::new();
        for (i, (file_name, format, d)) in items.iter().enumerate() {
            out.push(
                super::statistics::store_dataset(&mut tx, actor, file_name, format, d, &|n| progress(i, n)).await?,
            );
        }
        insert_run(&mut tx, actor, run).await?;
        tx.commit_audited().await?;
        Ok(out)
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
