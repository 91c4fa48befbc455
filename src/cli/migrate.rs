//! `wijkwijzer migrate`: run the migrations and exit.

use super::{DbArgs, msg, open_store, redact};
use crate::config::Flags;
use std::path::Path;

pub async fn run(cfg: Option<&Path>, db: DbArgs) -> anyhow::Result<()> {
    let (config, store) =
        open_store(cfg, Flags { database_url: db.database, data_dir: db.data_dir, bind: None }).await?;
    println!("{}", msg("cli-migrated", &[("url", redact(&config.database_url()))]));
    store.close().await;
    Ok(())
}
