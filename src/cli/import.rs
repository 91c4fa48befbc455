//! `wijkwijzer import FILE…`: read StatLine/RIVM files exactly as published and store them.
//!
//! Metadata files (`DataProperties`, `TableInfos`) given in the same command describe the data
//! files. Every file is read and checked before anything is stored: one unreadable value refuses
//! the whole import, with file, row, column and value in the message.

use super::{DbArgs, fail, msg, open_store};
use crate::config::Flags;
use crate::domain::audit::Actor;
use crate::domain::statistics::Period;
use crate::import::{self, TableHints};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Table identifier when the files do not say it (e.g. 50090NED).
    #[arg(long)]
    pub table: Option<String>,
    /// Period when the files do not have one: 2024, 2024-Q3, 2024-07.
    #[arg(long)]
    pub period: Option<String>,
    /// Region layout year of the codes (default: from DataProperties, else the period's year).
    #[arg(long = "layout-year")]
    pub layout_year: Option<i64>,
    /// The files: data files and, optionally, a DataProperties and a TableInfos JSON.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// The translated message for an import error.
pub fn error_message(e: &import::ImportError) -> String {
    msg(e.key, &e.args())
}

pub async fn run(cfg: Option<&Path>, args: ImportArgs) -> anyhow::Result<()> {
    let mut hints = TableHints { table: args.table.clone(), period: None, layout_year: args.layout_year };
    if let Some(p) = &args.period {
        hints.period = Some(Period::parse_human(p).ok_or_else(|| fail("cli-error-period", &[("period", p.clone())]))?);
    }
    let mut files = Vec::new();
    for path in &args.files {
        let bytes = std::fs::read(path).map_err(|e| {
            fail("import-error-read", &[("file", path.display().to_string()), ("detail", e.to_string())])
        })?;
        files.push((path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), bytes));
    }
    let spinner = indicatif::ProgressBar::new_spinner();
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    let prepared = import::prepare(&files, hints, &|name| {
        spinner.set_message(msg("cli-import-reading", &[("file", name.into())]))
    });
    spinner.finish_and_clear();
    let datasets = prepared.map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(error_message).collect();
        anyhow::anyhow!(format!(
            "{} {}",
            msg("cli-import-refused", &[("count", errors.len().to_string())]),
            lines.join(" | ")
        ))
    })?;
    let (_, store) =
        open_store(cfg, Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None }).await?;
    let actor = Actor::system("import");
    // One bar over every record of the import (indicatif draws nothing when standard error is not a terminal).
    let total: usize = datasets.iter().map(|p| p.dataset.records.len()).sum();
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("[{bar:30}] {pos}/{len} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let offsets: Vec<usize> = datasets
        .iter()
        .scan(0, |acc, p| {
            let at = *acc;
            *acc += p.dataset.records.len();
            Some(at)
        })
        .collect();
    let items = import::Prepared::items(&datasets);
    // Every file of the command in one transaction: all of them or none.
    let summaries = store.import_datasets(&actor, &items, &|i, n| bar.set_position((offsets[i] + n) as u64)).await?;
    bar.finish_and_clear();
    for (p, s) in datasets.iter().zip(&summaries) {
        let (key, args) = s.message(&p.name);
        println!("{}", msg(key, &args));
        for (key, args) in p.notes() {
            println!("{}", msg(key, &args));
        }
    }
    store.close().await;
    Ok(())
}
