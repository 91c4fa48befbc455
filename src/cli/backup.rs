//! `wijkwijzer backup` and `wijkwijzer restore`: a consistent copy of the embedded SQLite database
//! while it serves, and putting such a copy back (the replaced database is kept beside it).
//! PostgreSQL: pg_dump and pg_restore, see docs/OPERATIONS.md.

use super::{DbArgs, fail, msg, open_store};
use crate::config::{Config, Flags};
use crate::store::{Dialect, Store, dialect_of};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The backup file to write (must not exist yet).
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The backup file to put back.
    #[arg(long)]
    pub from: PathBuf,
    /// Replace an existing database (it is kept beside it as …voor-herstel-TIME).
    #[arg(long)]
    pub force: bool,
}

pub async fn backup(cfg: Option<&Path>, args: BackupArgs) -> anyhow::Result<()> {
    if args.out.exists() {
        return Err(fail("cli-error-backup-exists", &[("path", args.out.display().to_string())]));
    }
    let flags = Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None };
    let (config, store) = open_store(cfg, flags).await?;
    if store.dialect() != Dialect::Sqlite {
        return Err(fail("cli-error-backup-postgres", &[]));
    }
    store.backup_sqlite(&args.out).await.map_err(|e| {
        fail("cli-error-backup", &[("path", args.out.display().to_string()), ("detail", e.to_string())])
    })?;
    store.close().await;
    let size = std::fs::metadata(&args.out).map(|m| m.len() / 1024).unwrap_or(0);
    println!(
        "{}",
        msg(
            "cli-backup-written",
            &[("path", args.out.display().to_string()), ("size", size.to_string()), ("url", config.database_url())]
        )
    );
    Ok(())
}

pub async fn restore(cfg: Option<&Path>, args: RestoreArgs) -> anyhow::Result<()> {
    let flags = Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None };
    let config = Config::load(cfg, &flags).map_err(|e| fail("cli-error-config", &[("detail", e.to_string())]))?;
    let url = config.database_url();
    if dialect_of(&url).ok() != Some(Dialect::Sqlite) {
        return Err(fail("cli-error-backup-postgres", &[]));
    }
    let from = args.from.display().to_string();
    // An SQLite file starts with this header; anything else is refused before opening it.
    let mut header = [0u8; 16];
    let is_sqlite = std::fs::File::open(&args.from)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0");
    if !is_sqlite {
        return Err(fail("cli-error-restore-not-a-backup", &[("path", from)]));
    }
    // Check the copy before touching anything.
    let source = Store::connect(&format!("sqlite://{from}"))
        .await
        .map_err(|_| fail("cli-error-restore-not-a-backup", &[("path", from.clone())]))?;
    let intact = source.sqlite_is_intact_wijkwijzer().await.unwrap_or(false);
    source.close().await;
    if !intact {
        return Err(fail("cli-error-restore-not-a-backup", &[("path", from)]));
    }
    let target = crate::store::sqlite_path_of(&url);
    let mut kept = None;
    if target.exists() {
        if !args.force {
            return Err(fail("cli-error-restore-exists", &[("path", target.display().to_string())]));
        }
        let stamp = crate::domain::clock::now().unix_timestamp();
        let aside = target.with_extension(format!("db.voor-herstel-{stamp}"));
        std::fs::rename(&target, &aside)?;
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", target.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", aside.display()))?;
            }
        }
        kept = Some(aside);
    }
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::copy(&args.from, &target)?;
    // A backup of an older version is brought up to date.
    let mut store = Store::connect(&url).await?;
    if config.documents_in_database {
        store = store.keep_documents_in_database();
    }
    store.migrate().await?;
    store.unpack_documents().await?;
    store.close().await;
    println!("{}", msg("cli-restored", &[("path", target.display().to_string()), ("from", from)]));
    if let Some(aside) = kept {
        println!("{}", msg("cli-restore-kept", &[("path", aside.display().to_string())]));
    }
    Ok(())
}
