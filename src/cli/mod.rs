//! The `wijkwijzer` command: one file per subcommand.

mod backup;
mod bench;
mod config;
mod crosswalk;
mod demo;
mod fetch;
pub mod import;
mod mail;
mod migrate;
mod report;
mod scan;
mod serve;
mod user;

use crate::config::{Config, Flags};
use crate::i18n::Lang;
use crate::store::{Store, StoreError};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "wijkwijzer",
    version,
    about = "WijkWijzer: de wendbare wijkaanpak, van urgentie tot voortgangsrapportage"
)]
pub struct Cli {
    /// Configuration file (TOML); without it ./wijkwijzer.toml is read when present.
    #[arg(long, global = true, env = "WIJKWIJZER_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

/// Where the database is: `--database URL`, else DATABASE_URL, else SQLite in the data folder.
#[derive(Debug, clap::Args, Clone, Default)]
pub struct DbArgs {
    /// Database URL: sqlite://PATH or postgres://USER:PASSWORD@HOST/DB.
    #[arg(long = "database")]
    pub database: Option<String>,
    /// Folder of the embedded SQLite database (when no database URL is given).
    #[arg(long = "data-dir")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web application (migrations run first).
    Serve {
        #[command(flatten)]
        db: DbArgs,
        /// Address to listen on, e.g. 127.0.0.1:8080 (port 0 picks a free port).
        #[arg(long)]
        bind: Option<String>,
    },
    /// Run the database migrations and exit.
    Migrate {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Create a data folder with the demo (real CBS area codes), an administrator, and serve it.
    Demo {
        /// Folder for the demo's SQLite database (reused when it exists).
        #[arg(long = "data-dir")]
        data_dir: Option<PathBuf>,
        #[arg(long)]
        bind: Option<String>,
        /// Do not import the real CBS/RIVM tables of data/ (programmes and administrator only).
        #[arg(long = "without-statistics")]
        without_statistics: bool,
    },
    /// Import statistics files exactly as CBS or RIVM publish them (creates the database if needed).
    Import(import::ImportArgs),
    /// Fetch a StatLine table (CBS OData v3/v4, RIVM) or the CBS wijk- en buurtkaart (PDOK) and store it.
    Fetch(fetch::FetchArgs),
    /// How the areas of one boundary layout are divided over another's (for trends across a re-division).
    Crosswalk(crosswalk::CrosswalkArgs),
    /// The urgency scan: which buurten or wijken need extra effort, and why.
    Scan(scan::ScanArgs),
    /// A programme's yearly progress report as PDF or HTML.
    Report(report::ReportArgs),
    /// A consistent copy of the SQLite database, also while it serves.
    Backup(backup::BackupArgs),
    /// Put a backup of the SQLite database back (the replaced database is kept).
    Restore(backup::RestoreArgs),
    /// Benchmarks (run with --release).
    Bench {
        #[command(subcommand)]
        command: bench::BenchCommand,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
    /// E-mail: check that messages arrive.
    Mail {
        #[command(subcommand)]
        command: mail::MailCommand,
    },
    /// Configuration.
    Config {
        #[command(subcommand)]
        command: config::ConfigCommand,
    },
}

/// The language of command-line messages: from LC_ALL / LANG, Dutch by default.
pub fn cli_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_code(&v))
        .unwrap_or_default()
}

/// A message from the catalogue, in the command line's language.
pub fn msg(key: &str, args: &[(&str, String)]) -> String {
    cli_lang().t_args(key, args)
}

/// A one-line, translated failure.
pub fn fail(key: &str, args: &[(&str, String)]) -> anyhow::Error {
    anyhow::anyhow!(msg(key, args))
}

fn store_error(e: StoreError, url: &str) -> anyhow::Error {
    let shown = redact(url);
    match e {
        StoreError::UnknownScheme(s) => fail("cli-error-scheme", &[("scheme", s)]),
        StoreError::Unavailable(d) => fail("cli-error-unreachable", &[("url", shown), ("detail", d)]),
        StoreError::Migration(d) => fail("cli-error-migration", &[("detail", d)]),
        other => fail("cli-error-database", &[("detail", other.to_string())]),
    }
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Load the configuration with these flags, connect and migrate.
pub async fn open_store(cli_config: Option<&std::path::Path>, flags: Flags) -> anyhow::Result<(Config, Store)> {
    let config =
        Config::load(cli_config, &flags).map_err(|e| fail("cli-error-config", &[("detail", e.to_string())]))?;
    let url = config.database_url();
    let mut store = Store::connect(&url).await.map_err(|e| store_error(e, &url))?;
    if config.documents_in_database {
        store = store.keep_documents_in_database();
    }
    store.migrate().await.map_err(|e| store_error(e, &url))?;
    Ok((config, store))
}

impl Cli {
    /// Whether the command serves requests (or measures a server): it runs on a runtime with a
    /// worker per core. Every other command runs on the thread that started it — a short command
    /// (a scan, a user added) then starts no threads it does not use.
    pub fn serves(&self) -> bool {
        matches!(self.command, Command::Serve { .. } | Command::Demo { .. } | Command::Bench { .. })
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let cfg = cli.config.as_deref();
    match cli.command {
        Command::Serve { db, bind } => serve::run(cfg, db, bind).await,
        Command::Migrate { db } => migrate::run(cfg, db).await,
        Command::Demo { data_dir, bind, without_statistics } => {
            demo::run(cfg, data_dir, bind, !without_statistics).await
        }
        Command::Import(args) => import::run(cfg, args).await,
        Command::Fetch(args) => fetch::run(cfg, args).await,
        Command::Crosswalk(args) => crosswalk::run(cfg, args).await,
        Command::Bench { command } => bench::run(command).await,
        Command::Scan(args) => scan::run(cfg, args).await,
        Command::Report(args) => report::run(cfg, args).await,
        Command::Backup(args) => backup::backup(cfg, args).await,
        Command::Restore(args) => backup::restore(cfg, args).await,
        Command::User { command } => user::run(cfg, command).await,
        Command::Mail { command } => mail::run(cfg, command).await,
        Command::Config { command } => config::run(command),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_database_urls() {
        assert_eq!(redact("postgres://ww:geheim@db:5432/ww"), "postgres://ww:***@db:5432/ww");
        assert_eq!(redact("sqlite://data/ww.db"), "sqlite://data/ww.db");
    }
}
