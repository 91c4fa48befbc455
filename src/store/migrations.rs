//! The migrations of both dialects, embedded in the binary: `build.rs` lists the files of
//! `migrations/sqlite` and `migrations/postgres` (in file-name order) and each is included as text.
//! Version, description and checksum are made exactly as `sqlx::migrate!` makes them (the version
//! before the first `_`, the rest without `.sql` with `_` as spaces, SHA-384 of the text), so a
//! database migrated by an earlier build recognises every migration it has run.

use super::Dialect;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use std::borrow::Cow;

// `SQLITE` and `POSTGRES`: `&[(file name, contents)]`.
include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// One migration from its file name (`20261128000001_init.sql`) and text.
fn migration(file_name: &'static str, sql: &'static str) -> Migration {
    let (version, rest) = file_name.split_once('_').expect("migration files are named VERSION_DESCRIPTION.sql");
    let version: i64 = version.parse().expect("a migration's version is a number");
    let migration_type = MigrationType::from_filename(rest);
    let description = rest.trim_end_matches(migration_type.suffix()).replace('_', " ");
    let no_tx = sql.starts_with("-- no-transaction");
    Migration::new(version, Cow::Owned(description), migration_type, Cow::Borrowed(sql), no_tx)
}

/// The migrator of a dialect.
pub(super) fn migrator(dialect: Dialect) -> Migrator {
    let files = match dialect {
        Dialect::Sqlite => SQLITE,
        Dialect::Postgres => POSTGRES,
    };
    Migrator {
        migrations: Cow::Owned(files.iter().map(|(name, sql)| migration(name, sql)).collect()),
        ..Migrator::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `sqlx::migrate!` would have embedded: the folder as sqlx reads it at run time.
    async fn read_by_sqlx(folder: &str) -> Vec<(i64, String, Vec<u8>, bool)> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let m = Migrator::new(path.as_path()).await.expect("the folder reads");
        m.migrations.iter().map(|m| (m.version, m.description.to_string(), m.checksum.to_vec(), m.no_tx)).collect()
    }

    #[tokio::test]
    async fn the_embedded_migrations_are_the_ones_sqlx_reads_from_the_folders() {
        for (dialect, folder) in [(Dialect::Sqlite, "migrations/sqlite"), (Dialect::Postgres, "migrations/postgres")] {
            let embedded: Vec<(i64, String, Vec<u8>, bool)> = migrator(dialect)
                .migrations
                .iter()
                .map(|m| (m.version, m.description.to_string(), m.checksum.to_vec(), m.no_tx))
                .collect();
            assert!(embedded.len() >= 15, "{folder}: {} migrations", embedded.len());
            assert_eq!(embedded, read_by_sqlx(folder).await, "{folder}");
        }
    }
}
