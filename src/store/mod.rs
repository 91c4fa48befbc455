//! Storage: the only place with SQL.
//!
//! One portable query layer over `sqlx::AnyPool`: every query runs unchanged on SQLite and
//! PostgreSQL (rules in docs/ARCHITECTURE.md: `$N` placeholders, integer flags, text times, BIGINT
//! ids, no dialect functions). Only the DDL differs, in `migrations/sqlite` and `migrations/postgres`.
//! The conformance suite in `tests/store_conformance.rs` runs every function on both.

/// A row type read by column name: the struct, and `sqlx::FromRow` for it, each field taken from the
/// column of its name. It does what `#[derive(sqlx::FromRow)]` does without sqlx's proc-macro crate,
/// which would compile both database drivers a second time, for the compiler (docs/ARCHITECTURE.md,
/// "Build").
macro_rules! row {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty ),*
        }

        impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for $name {
            fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
                Ok(Self { $( $field: sqlx::Row::try_get(row, stringify!($field))? ),* })
            }
        }
    };
}

mod account_tokens;
mod agenda;
mod audit;
mod backup;
mod coalition;
mod crosswalks;
mod documents;
mod fetches;
mod goals;
mod governance;
mod login_attempts;
mod look;
mod measures;
mod memberships;
mod migrations;
mod monitoring;
mod notifications;
mod oidc;
mod outbox;
mod preconditions;
mod privacy;
mod programmes;
mod publications;
mod reports;
mod residents;
mod revisions;
mod second_factor;
mod sessions;
mod statistics;
mod stories;
mod successes;
mod tokens;
mod users;
mod wijkbudget;

pub use audit::AuditFilter;
pub use documents::{DocumentPlace, OwnerInfo, sha256_of};
pub use fetches::{BUSY, FAILED, FETCHED, FetchRunRow, KeptTableRow, NewFetchRun, UNCHANGED};
pub use look::LogoChange;
pub use memberships::Member;
pub use monitoring::ProgrammeAreaFigures;
pub use notifications::PendingNotification;
pub use oidc::{OidcLogin, OidcSignIn};
pub use outbox::{OutboxRow, QueuedMail};
pub use programmes::Viewer;
pub use reports::PublishedReport;
pub use residents::ItemChange;
pub use second_factor::{LoginChallenge, SecondFactor};
pub use sessions::SessionInfo;
pub use statistics::{AreaFilter, AreaObservation, AreaRow, ImportRow, ImportSummary, IndicatorRow};
pub use stories::AreaStory;
pub use tokens::ApiToken;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use std::path::Path;
use std::time::Duration;

/// Which database a `Store` talks to. Only DDL and connection set-up differ between the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unknown database scheme in '{0}': use sqlite://PATH or postgres://USER@HOST/DB")]
    UnknownScheme(String),
    #[error("cannot reach the database: {0}")]
    Unavailable(String),
    #[error("migrating the database failed: {0}")]
    Migration(String),
    /// A unique constraint refused the change; the value names what was duplicated.
    #[error("already exists: {0}")]
    Conflict(&'static str),
    #[error("not found")]
    NotFound,
    /// Someone else changed the record since the form was loaded (optimistic concurrency).
    #[error("changed by someone else")]
    Stale,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl StoreError {
    /// The database cannot be reached now (down, restarting, connections gone): try again later.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Unavailable(_) => true,
            StoreError::Db(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed) => true,
            // PostgreSQL: shutting down, starting up, connection failures (class 08 and 57P).
            StoreError::Db(sqlx::Error::Database(d)) => {
                d.code().is_some_and(|c| c.starts_with("08") || matches!(c.as_ref(), "57P01" | "57P02" | "57P03"))
            }
            _ => false,
        }
    }

    /// The database answers but cannot store anything: disk full, read-only file or mount.
    pub fn is_cannot_write(&self) -> bool {
        let StoreError::Db(sqlx::Error::Database(d)) = self else { return false };
        let Some(code) = d.code() else { return false };
        match code.parse::<i32>() {
            // SQLite's primary result codes (the low byte of an extended code): READONLY, FULL.
            Ok(n) => matches!(n & 0xff, 8 | 13),
            // PostgreSQL: disk full, read-only transaction.
            Err(_) => matches!(code.as_ref(), "53100" | "25006"),
        }
    }

    /// Map a unique-constraint violation to `Conflict(what)`, anything else passes through.
    fn conflict_as(e: sqlx::Error, what: &'static str) -> StoreError {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict(what),
            _ => StoreError::Db(e),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// One page of a longer list.
#[derive(Debug, Clone, PartialEq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

impl<T> Paged<T> {
    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }

    fn offset(page: i64, per_page: i64) -> i64 {
        (page.max(1) - 1) * per_page
    }
}

/// The database handle shared by all requests. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    dialect: Dialect,
    /// The data's generation as last read (SQLite: one process writes; see `Store::generation`).
    generation: std::sync::Arc<audit::GenerationCache>,
    /// Where the database is (PostgreSQL: for the connection that listens for changes).
    url: DatabaseUrl,
    /// Where new documents' content is kept (see `documents`).
    documents: documents::DocumentPlace,
}

/// A database URL, which may hold a password: never shown by `Debug` (a logged `Store` or
/// `AppState` must not print it).
#[derive(Clone)]
struct DatabaseUrl(std::sync::Arc<str>);

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseUrl(…)")
    }
}

/// Recognise the dialect of a database URL.
pub fn dialect_of(url: &str) -> StoreResult<Dialect> {
    if url.starts_with("sqlite:") {
        Ok(Dialect::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Dialect::Postgres)
    } else {
        let scheme = url.split(':').next().unwrap_or(url);
        Err(StoreError::UnknownScheme(scheme.to_string()))
    }
}

/// `sqlite://DIR/wijkwijzer.db` for a data directory.
/// The file an `sqlite://PATH?options` URL names.
pub fn sqlite_path_of(url: &str) -> std::path::PathBuf {
    let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
    std::path::PathBuf::from(path.split('?').next().unwrap_or(""))
}

pub fn sqlite_url_for_dir(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("wijkwijzer.db").display())
}

impl Store {
    /// Connect to `url`, creating an SQLite file (and its folder) when it does not exist yet.
    pub async fn connect(url: &str) -> StoreResult<Store> {
        install_default_drivers();
        let dialect = dialect_of(url)?;
        let mut url = url.to_string();
        if dialect == Dialect::Sqlite {
            let path = sqlite_path_of(&url);
            let path = path.to_str().unwrap_or("");
            if path.is_empty() || path == ":memory:" {
                return Err(StoreError::Unavailable("an SQLite database needs a file path".into()));
            }
            if let Some(parent) = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| StoreError::Unavailable(format!("{}: {e}", parent.display())))?;
            }
            if !url.contains("mode=") {
                url.push_str(if url.contains('?') { "&mode=rwc" } else { "?mode=rwc" });
            }
        }
        let pool = AnyPoolOptions::new()
            .max_connections(if dialect == Dialect::Sqlite { 8 } else { 10 })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .map_err(|e| StoreError::Unavailable(one_line(&e.to_string())))?;
        let documents = match dialect {
            Dialect::Sqlite => documents::DocumentPlace::Disk(
                sqlite_path_of(&url).parent().unwrap_or(Path::new(".")).join("documenten"),
            ),
            Dialect::Postgres => documents::DocumentPlace::Database,
        };
        Ok(Store { pool, dialect, generation: Default::default(), url: DatabaseUrl(url.into()), documents })
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// A writing transaction. On SQLite it takes the write lock at the start (`BEGIN IMMEDIATE`),
    /// so a writer waits for another (busy timeout) instead of failing with "database is locked"
    /// when its read snapshot cannot be upgraded — e.g. while a refused change's rollback is
    /// still on its way back to the pool.
    async fn begin(&self) -> StoreResult<sqlx::Transaction<'static, sqlx::Any>> {
        Ok(match self.dialect {
            Dialect::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Dialect::Postgres => self.pool.begin().await?,
        })
    }

    /// Apply the embedded migrations of this dialect that have not run yet.
    pub async fn migrate(&self) -> StoreResult<()> {
        let migrator = migrations::migrator(self.dialect);
        migrator.run(&self.pool).await.map_err(|e| StoreError::Migration(one_line(&e.to_string())))?;
        // The migrator's connection goes back to the pool on a task of its own (after a ping). A
        // query right after would not find it there and open a second connection — on SQLite a
        // millisecond of a short command, the whole schema parsed again. Wait for it a moment.
        let until = std::time::Instant::now() + Duration::from_millis(5);
        while self.pool.num_idle() == 0 && self.pool.size() > 0 && std::time::Instant::now() < until {
            tokio::task::yield_now().await;
        }
        Ok(())
    }

    /// Apply the embedded migrations up to and including version `last` only: for the test that
    /// proves a later migration keeps the data of an older database.
    #[doc(hidden)]
    pub async fn migrate_until(&self, last: i64) -> StoreResult<()> {
        let mut migrator = migrations::migrator(self.dialect);
        migrator.migrations = migrator.migrations.iter().filter(|m| m.version <= last).cloned().collect();
        migrator.run(&self.pool).await.map_err(|e| StoreError::Migration(one_line(&e.to_string())))
    }

    /// Run one statement as it is, past every rule of the domain: for the tests that prove the
    /// database keeps its own rules (constraints) when the code above it would not.
    #[doc(hidden)]
    pub async fn execute_unchecked(&self, sql: &str) -> StoreResult<u64> {
        Ok(sqlx::query(sql).execute(&self.pool).await?.rows_affected())
    }

    /// Does the database answer?
    pub async fn healthy(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The column names and types of every table, for the schema comparison test.
    pub async fn schema_columns(&self) -> StoreResult<Vec<(String, String, String)>> {
        let sql = match self.dialect {
            Dialect::Sqlite => {
                "SELECT m.name, p.name, LOWER(p.type) FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' ORDER BY m.name, p.name"
            }
            Dialect::Postgres => {
                "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' ORDER BY table_name, column_name"
            }
        };
        let rows: Vec<(String, String, String)> = sqlx::query_as(sql).fetch_all(&self.pool).await?;
        Ok(rows)
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `1`/`0` for flags: booleans are stored as integers on both databases (sqlx Any cannot read
/// SQLite booleans, see docs/ARCHITECTURE.md).
fn flag(b: bool) -> i64 {
    i64::from(b)
}

/// The one write path of the store: a writing transaction (`Store::change`) that ends with the
/// audit record of what it changed (`commit`), so no change can be stored without its record, nor a
/// record without its change. Versioned records are claimed at the version their form was loaded
/// with (`claim`) before anything is written. It dereferences to the connection, so the module's
/// `load`/`write` helpers take `&mut w` as they took a transaction.
pub(crate) struct Write {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    /// Told after the commit that the generation moved on.
    generation: std::sync::Arc<audit::GenerationCache>,
}

impl Store {
    /// Start an audited change (`BEGIN IMMEDIATE` on SQLite, see `begin`).
    async fn change(&self) -> StoreResult<Write> {
        Ok(Write { tx: self.begin().await?, generation: self.generation.clone() })
    }
}

impl Write {
    /// Claim a versioned record of a programme at `expected` (see `claim`): `Stale` when someone
    /// else changed it first, `NotFound` when it is gone.
    async fn claim(&mut self, table: &'static str, programme_id: i64, id: i64, expected: i64) -> StoreResult<()> {
        claim(&mut self.tx, table, programme_id, id, expected).await
    }

    /// Raise the version of a programme's record whose parts changed without a form of its own
    /// (a party's contacts, a body's seats, a measure's removed line), so that a form opened
    /// before sees it was overtaken. `NotFound` when the record is not the programme's.
    async fn touch(&mut self, table: &'static str, programme_id: i64, id: i64) -> StoreResult<()> {
        let done = sqlx::query(&format!(
            "UPDATE {table} SET version = version + 1, updated_at = $1 WHERE id = $2 AND programme_id = $3"
        ))
        .bind(domain_now())
        .bind(id)
        .bind(programme_id)
        .execute(&mut *self.tx)
        .await?;
        if done.rows_affected() == 1 { Ok(()) } else { Err(StoreError::NotFound) }
    }

    /// Add an audit record (for a change that touches several records); `commit` writes the last.
    async fn audit(
        &mut self,
        actor: &crate::domain::audit::Actor,
        change: crate::domain::audit::Change,
    ) -> StoreResult<()> {
        audit::write(&mut self.tx, actor, change).await
    }

    /// Write the change's audit record and commit both.
    async fn commit(
        mut self,
        actor: &crate::domain::audit::Actor,
        change: crate::domain::audit::Change,
    ) -> StoreResult<()> {
        audit::write(&mut self.tx, actor, change).await?;
        self.tx.commit().await?;
        self.generation.moved_on();
        Ok(())
    }

    /// Commit a change whose audit records are written already (`audit`), or one that changed
    /// nothing worth a record.
    async fn commit_audited(self) -> StoreResult<()> {
        self.tx.commit().await?;
        self.generation.moved_on();
        Ok(())
    }
}

impl std::ops::Deref for Write {
    type Target = sqlx::AnyConnection;

    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for Write {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

/// Claim a versioned record of a programme for a change if it is still at `expected`: raises its
/// version (the row stays locked until the transaction ends). `Stale` when someone else changed
/// it first, `NotFound` when it is gone. `table` is one of our own table names, never input.
async fn claim(
    conn: &mut sqlx::AnyConnection,
    table: &'static str,
    programme_id: i64,
    id: i64,
    expected: i64,
) -> StoreResult<()> {
    let done = sqlx::query(&format!(
        "UPDATE {table} SET version = version + 1, updated_at = $1 WHERE id = $2 AND programme_id = $3 AND version = $4"
    ))
    .bind(domain_now())
    .bind(id)
    .bind(programme_id)
    .bind(expected)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        return Ok(());
    }
    let exists: Option<i64> =
        sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE id = $1 AND programme_id = $2"))
            .bind(id)
            .bind(programme_id)
            .fetch_optional(&mut *conn)
            .await?;
    Err(if exists.is_some() { StoreError::Stale } else { StoreError::NotFound })
}

fn domain_now() -> String {
    crate::domain::clock::now_db()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_database_url_is_never_shown_in_debug_output() {
        let url = super::DatabaseUrl("postgres://ww:geheim@db:5432/ww".into());
        assert!(!format!("{url:?}").contains("geheim"));
    }
}
