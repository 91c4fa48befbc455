//! Backup of the embedded SQLite database, and a digest of a database's content to prove that a
//! restored copy holds the same data. PostgreSQL is backed up with its own tools (pg_dump), see
//! docs/OPERATIONS.md.

use super::{Dialect, Store, StoreError, StoreResult};
use sha2::{Digest, Sha256};
use std::path::Path;

impl Store {
    /// Write an online, consistent copy of this SQLite database to `path` (`VACUUM INTO`: one read
    /// transaction, while the application keeps serving). The file must not exist yet.
    pub async fn backup_sqlite(&self, path: &Path) -> StoreResult<()> {
        if self.dialect != Dialect::Sqlite {
            return Err(StoreError::Unavailable("backup: only for SQLite; use pg_dump for PostgreSQL".into()));
        }
        sqlx::query("VACUUM INTO $1").bind(path.display().to_string()).execute(&self.pool).await?;
        // Documents kept on disk travel inside the copy (a restore writes them back): one plain
        // connection to the copy, which keeps its rollback journal (one file).
        use sqlx::Connection;
        let mut copy = sqlx::AnyConnection::connect(&format!("sqlite://{}", path.display())).await?;
        let carried = self.carry_documents_into(&mut copy).await;
        copy.close().await?;
        if let Err(e) = carried {
            let _ = std::fs::remove_file(path);
            return Err(e);
        }
        Ok(())
    }

    /// Is this SQLite database intact (`PRAGMA integrity_check`) and a WijkWijzer database (it has
    /// the migrations table)?
    pub async fn sqlite_is_intact_wijkwijzer(&self) -> StoreResult<bool> {
        let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&self.pool).await?;
        let ours: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('_sqlx_migrations', 'programmes')",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(check == "ok" && ours == 2)
    }

    /// Per table of this SQLite database: its name, number of rows and a SHA-256 of every row's
    /// values (quoted, in rowid order). Two databases with the same digest hold the same data.
    pub async fn sqlite_content_digest(&self) -> StoreResult<Vec<(String, i64, String)>> {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(tables.len());
        for table in tables {
            let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1) ORDER BY cid")
                .bind(&table)
                .fetch_all(&self.pool)
                .await?;
            let row = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || ',' || ");
            let rows: Vec<String> = sqlx::query_scalar(&format!("SELECT {row} FROM \"{table}\" ORDER BY rowid"))
                .fetch_all(&self.pool)
                .await?;
            let mut hash = Sha256::new();
            for r in &rows {
                hash.update(r.as_bytes());
                hash.update(b"\n");
            }
            out.push((table, rows.len() as i64, format!("{:x}", hash.finalize())));
        }
        Ok(out)
    }
}
