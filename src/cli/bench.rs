//! `wijkwijzer bench import FILE…`: the import benchmark. Reads each file, stores it in a fresh
//! database (SQLite in a temporary folder unless `--database` is given) and reports values per
//! second for reading, storing and both. A benchmark, not a test: run it in release mode.

use super::{fail, msg};
use crate::domain::audit::Actor;
use crate::import::{self, Parsed, TableHints};
use crate::store::Store;
use clap::Subcommand;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Import files into a fresh database and report values per second.
    Import {
        /// An empty database to use (default: a new SQLite file in a temporary folder).
        #[arg(long)]
        database: Option<String>,
        /// Table identifier for files that do not name it.
        #[arg(long, default_value = "BENCH")]
        table: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

pub async fn run(command: BenchCommand) -> anyhow::Result<()> {
    let BenchCommand::Import { database, table, files } = command;
    let tmp = std::env::temp_dir().join(format!("wijkwijzer-bench-{}", std::process::id()));
    let url = database.unwrap_or_else(|| crate::store::sqlite_url_for_dir(&tmp));
    let store = Store::connect(&url).await.map_err(|e| fail("cli-error-database", &[("detail", e.to_string())]))?;
    store.migrate().await?;
    let hints = TableHints { table: Some(table), ..TableHints::default() };
    let (mut values, mut read_s, mut store_s) = (0usize, 0f64, 0f64);
    println!("{:<40} {:>9} {:>9} {:>9} {:>12}", "file", "values", "read s", "store s", "values/s");
    for path in &files {
        let t = Instant::now();
        let (format, parsed) = import::read(path, None, &hints).map_err(|e| anyhow::anyhow!(msg(e.key, &e.args())))?;
        let read = t.elapsed().as_secs_f64();
        let Parsed::Data(d) = parsed else { continue };
        let t = Instant::now();
        let s = store.import_dataset(&Actor::system("bench"), &path.display().to_string(), format.name(), &d).await?;
        let stored = t.elapsed().as_secs_f64();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!(
            "{:<40} {:>9} {:>9.3} {:>9.3} {:>12.0}",
            name,
            s.values,
            read,
            stored,
            s.values as f64 / (read + stored)
        );
        values += s.values;
        read_s += read;
        store_s += stored;
    }
    println!(
        "total: {values} values; reading {:.0} values/s, storing {:.0} values/s, together {:.0} values/s ({:?})",
        values as f64 / read_s,
        values as f64 / store_s,
        values as f64 / (read_s + store_s),
        store.dialect()
    );
    store.close().await;
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}
