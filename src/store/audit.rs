//! Audit records, written in the same transaction as the change they describe.

use super::{Paged, Store, StoreResult};
use crate::domain::audit::{Actor, AuditRecord, Change};
use crate::domain::clock;
use sqlx::AnyConnection;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

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

/// The generation of the data as this process last read it, so that a public page served from the
/// page cache needs no query (issue 18 item 7). A change committed by this process moves the epoch
/// on at once; a read that raced with a commit is never kept (it is stored only when the epoch is
/// still the one it started in). On SQLite one process serves, but a command (`wijkwijzer import`)
/// may write the same file: what was read is trusted for at most `FRESH_MS`. On PostgreSQL, where
/// several instances write, it is kept only while this process listens for the other instances'
/// changes (`Store::listen_for_changes`: a trigger NOTIFYs every commit), else read per request.
#[derive(Debug, Default)]
pub struct GenerationCache {
    /// Moves on with every change this process commits (and, on PostgreSQL, every change another
    /// instance commits, as it is told).
    epoch: AtomicU64,
    /// PostgreSQL: the listening connection is up.
    listening: std::sync::atomic::AtomicBool,
    /// What was read: in which epoch, the generation, and until when (ms since `START`) it is trusted.
    kept: Mutex<Option<(u64, i64, u64)>>,
}

/// How long a generation read on SQLite is trusted when no change of this process intervenes.
const FRESH_MS: u64 = 500;
/// How long one read on PostgreSQL is trusted while listening: every instance's commit is told at
/// once, so this is only a last safeguard.
const LISTENING_FRESH_MS: u64 = 60_000;

static START: std::sync::LazyLock<std::time::Instant> = std::sync::LazyLock::new(std::time::Instant::now);

fn now_ms() -> u64 {
    u64::try_from(START.elapsed().as_millis()).unwrap_or(u64::MAX)
}

impl GenerationCache {
    /// A change of this process was committed.
    pub fn moved_on(&self) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
    }

    fn get(&self) -> Option<i64> {
        let epoch = self.epoch.load(Ordering::SeqCst);
        match *self.kept.lock().unwrap_or_else(|e| e.into_inner()) {
            Some((read_in, value, until)) if read_in == epoch && now_ms() < until => Some(value),
            _ => None,
        }
    }

    /// Keep a generation read in epoch `read_in` for `fresh_ms`, unless a commit came in between.
    fn keep(&self, read_in: u64, value: i64, fresh_ms: u64) {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if self.epoch.load(Ordering::SeqCst) == read_in {
            *kept = Some((read_in, value, now_ms() + fresh_ms));
        }
    }
}

/// The channel the trigger of migration 28 NOTIFYs when an audit record is written.
const CHANGES: &str = "wijkwijzer_generation";

impl Store {
    /// On PostgreSQL, listen for changes committed by any instance (a trigger NOTIFYs each), so
    /// that the data's generation can be kept between requests and still moves on at once when
    /// another instance writes. While the listening connection is down (it is opened again, with
    /// a pause between tries), the generation is read on every request. Nothing to do on SQLite.
    pub async fn listen_for_changes(&self) -> StoreResult<()> {
        if self.dialect != super::Dialect::Postgres {
            return Ok(());
        }
        let listener = listen(&self.url.0).await?;
        let (cache, url) = (self.generation.clone(), self.url.0.clone());
        cache.listening.store(true, Ordering::SeqCst);
        cache.moved_on();
        tokio::spawn(async move {
            let mut listener = Some(listener);
            loop {
                let Some(l) = listener.as_mut() else {
                    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    listener = listen(&url).await.map_err(|e| tracing::warn!(error = %e, "listening for changes")).ok();
                    if listener.is_some() {
                        // Whatever happened while nobody listened: read the generation afresh.
                        cache.listening.store(true, Ordering::SeqCst);
                        cache.moved_on();
                    }
                    continue;
                };
                match l.try_recv().await {
                    Ok(Some(_)) => cache.moved_on(),
                    // The connection was lost: no longer trusted until a new one listens.
                    Ok(None) | Err(_) => {
                        cache.listening.store(false, Ordering::SeqCst);
                        cache.moved_on();
                        listener = None;
                    }
                }
            }
        });
        Ok(())
    }

    /// The newest audit id: every change writes one, so it names the generation of the data.
    pub async fn generation(&self) -> StoreResult<i64> {
        let sqlite = self.dialect == super::Dialect::Sqlite;
        let cached = sqlite || self.generation.listening.load(Ordering::SeqCst);
        if cached && let Some(g) = self.generation.get() {
            return Ok(g);
        }
        let read_in = self.generation.epoch.load(Ordering::SeqCst);
        let g: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM audit_log")
            .fetch_one(&self.pool)
            .await?;
        if cached {
            self.generation.keep(read_in, g, if sqlite { FRESH_MS } else { LISTENING_FRESH_MS });
        }
        Ok(g)
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

/// A connection that listens on [`CHANGES`].
async fn listen(url: &str) -> StoreResult<sqlx::postgres::PgListener> {
    let mut listener = sqlx::postgres::PgListener::connect(url).await?;
    listener.listen(CHANGES).await?;
    Ok(listener)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_generation_holds_until_this_process_commits_and_a_racing_read_is_never_kept() {
        let cache = GenerationCache::default();
        assert_eq!(cache.get(), None, "nothing read yet");
        cache.keep(0, 41, FRESH_MS);
        assert_eq!(cache.get(), Some(41));
        cache.moved_on();
        assert_eq!(cache.get(), None, "a commit: read again");
        // A read that started before that commit may have seen the old data: not kept.
        cache.keep(0, 41, FRESH_MS);
        assert_eq!(cache.get(), None);
        cache.keep(1, 42, FRESH_MS);
        assert_eq!(cache.get(), Some(42));
    }
}
