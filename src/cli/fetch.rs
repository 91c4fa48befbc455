//! `wijkwijzer fetch TABLE`: fetch a StatLine table (CBS OData v3 or v4, RIVM) or, with
//! `--boundaries YEAR`, the CBS wijk- en buurtkaart from PDOK, and store it as an import.

use super::{DbArgs, fail, msg, open_store};
use crate::app::fetch::{self as fetching, Outcome, RunError, What};
use crate::config::Flags;
use crate::domain::audit::Actor;
use crate::domain::programme::AreaLevel;
use crate::fetch::{Api, Event, Fetcher, Policy, Selection};
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct FetchArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The StatLine table, e.g. 85984NED (Kerncijfers wijken en buurten 2024) or 50090NED (RIVM).
    #[arg(required_unless_present = "boundaries")]
    pub table: Option<String>,
    /// The service: cbs (OData v3), cbs-v4 (OData v4) or rivm. Default: rivm for RIVM's tables, else cbs.
    #[arg(long)]
    pub source: Option<String>,
    /// Only areas of this level: buurt, wijk or gemeente (default: every level the table has).
    #[arg(long)]
    pub level: Option<String>,
    /// Only areas in these gemeenten (GM0599, or 0599); may be repeated or comma-separated.
    #[arg(long = "municipality", alias = "gemeente")]
    pub municipalities: Vec<String>,
    /// Only these periods (2020, 2024-Q3); may be repeated or comma-separated. Default: all.
    #[arg(long = "period")]
    pub periods: Vec<String>,
    /// Fetch the CBS wijk- en buurtkaart of this year from PDOK instead of a table (with --level).
    #[arg(long, conflicts_with = "table")]
    pub boundaries: Option<i64>,
    /// Fetch even when the table did not change since the last fetch.
    #[arg(long)]
    pub force: bool,
}

fn what(args: &FetchArgs) -> anyhow::Result<What> {
    let selection = Selection::parse(args.level.as_deref(), &args.municipalities, &args.periods)
        .map_err(|(key, value)| fail(key, &[("value", value)]))?;
    if let Some(year) = args.boundaries {
        if !(2000..=2100).contains(&year) {
            return Err(fail("fetch-error-year", &[("value", year.to_string())]));
        }
        let level = selection.level.unwrap_or(AreaLevel::Neighbourhood);
        return Ok(What::Boundaries { year, level, municipalities: selection.municipalities });
    }
    let table = args.table.clone().unwrap_or_default().trim().to_uppercase();
    if table.is_empty() || table.len() > 20 || !table.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(fail("fetch-error-table", &[("value", table)]));
    }
    let api = match &args.source {
        Some(s) => Api::from_key(s).ok_or_else(|| fail("fetch-error-source", &[("value", s.clone())]))?,
        None => Api::for_table(&table),
    };
    Ok(What::Table { api, table, selection })
}

pub async fn run(cfg: Option<&Path>, args: FetchArgs) -> anyhow::Result<()> {
    let what = what(&args)?;
    let (config, store) = open_store(
        cfg,
        Flags { database_url: args.db.database.clone(), data_dir: args.db.data_dir.clone(), bind: None },
    )
    .await?;
    let fetcher = Fetcher::new(config.sources.clone(), Policy::default()).map_err(|e| fail(e.key, &e.args()))?;
    // A bar when the service counts the records, else a spinner with the pages read so far
    // (indicatif draws nothing when standard error is not a terminal).
    let bar = indicatif::ProgressBar::new_spinner();
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar.set_message(msg("cli-fetch-asking", &[("table", what.table())]));
    let seen = std::sync::atomic::AtomicUsize::new(0);
    let progress = |e: Event| match e {
        Event::Started { total: Some(total) } => {
            bar.set_length(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template("[{bar:30}] {pos}/{len} {msg} ({elapsed})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
        }
        Event::Started { total: None } => {}
        Event::Page { number, records } => {
            let n = seen.fetch_add(records, std::sync::atomic::Ordering::Relaxed) + records;
            bar.set_position(n as u64);
            bar.set_message(msg("cli-fetch-page", &[("page", number.to_string()), ("records", n.to_string())]));
        }
    };
    let storing = |_: usize, _: usize| bar.set_message(msg("cli-fetch-storing", &[]));
    let actor = Actor::system("fetch");
    let request = fetching::Request { what: what.clone(), force: args.force, kept_id: None };
    let outcome = fetching::run(&store, &fetcher, &actor, &request, &progress, &storing).await;
    bar.finish_and_clear();
    store.close().await;
    match outcome {
        Ok(Outcome::Unchanged { modified }) => {
            println!("{}", msg("cli-fetch-unchanged", &[("table", what.table()), ("modified", modified)]));
            Ok(())
        }
        Ok(Outcome::Fetched { summaries, pages, values, took_ms, .. }) => {
            for (name, s) in &summaries {
                let (key, args) = s.message(name);
                println!("{}", msg(key, &args));
            }
            println!(
                "{}",
                msg(
                    "cli-fetch-done",
                    &[
                        ("pages", pages.to_string()),
                        ("values", values.to_string()),
                        ("seconds", format!("{:.1}", took_ms as f64 / 1000.0)),
                    ]
                )
            );
            Ok(())
        }
        Err(RunError::Failed(f)) => Err(anyhow::anyhow!(
            "{} {}",
            msg("cli-fetch-failed", &[("table", what.table())]),
            fetching::failure_message(super::cli_lang(), &f)
        )),
        Err(RunError::Store(e)) => Err(fail("cli-error-database", &[("detail", e.to_string())])),
    }
}
