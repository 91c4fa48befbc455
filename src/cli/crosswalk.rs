//! `wijkwijzer crosswalk --from 2016 --to 2024 --level wijk [--municipality GM0518]`: how the areas
//! of one imported boundary layout are divided over another's, stored for trends across a re-division.

use super::{DbArgs, fail, msg, open_store};
use crate::app::crosswalk::{CrosswalkError, compute_and_store};
use crate::config::Flags;
use crate::domain::audit::Actor;
use crate::fetch::Selection;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct CrosswalkArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The old layout (year of the imported boundaries).
    #[arg(long)]
    pub from: i64,
    /// The new layout.
    #[arg(long)]
    pub to: i64,
    /// buurt or wijk.
    #[arg(long, default_value = "wijk")]
    pub level: String,
    /// Only the areas of this gemeente (GM0518); default: the whole country.
    #[arg(long)]
    pub municipality: Option<String>,
}

pub async fn run(cfg: Option<&Path>, args: CrosswalkArgs) -> anyhow::Result<()> {
    let selection = Selection::parse(Some(&args.level), args.municipality.as_slice(), &[])
        .map_err(|(key, value)| fail(key, &[("value", value)]))?;
    let level = match selection.level {
        Some(crate::domain::programme::AreaLevel::Neighbourhood) => "BU",
        Some(crate::domain::programme::AreaLevel::District) => "WK",
        _ => return Err(fail("fetch-error-level", &[("value", args.level.clone())])),
    };
    let prefix = match selection.municipalities.first() {
        Some(gm) => format!("{level}{}", &gm[2..]),
        None => level.to_string(),
    };
    let (_, store) =
        open_store(cfg, Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None }).await?;
    let result = compute_and_store(&store, &Actor::system("crosswalk"), args.from, args.to, &prefix).await;
    store.close().await;
    match result {
        Ok(s) => {
            let count = |k: &str| s.changes.get(k).copied().unwrap_or(0).to_string();
            println!(
                "{}",
                msg(
                    "cli-crosswalk-done",
                    &[
                        ("from", args.from.to_string()),
                        ("to", args.to.to_string()),
                        ("areas", s.old_areas.to_string()),
                        ("new", s.new_areas.to_string()),
                        ("unchanged", count("ongewijzigd")),
                        ("split", count("gesplitst")),
                        ("merged", count("samengevoegd")),
                        ("redrawn", count("hertekend")),
                        ("gone", count("verdwenen")),
                    ]
                )
            );
            Ok(())
        }
        Err(CrosswalkError::NoBoundaries(year, prefix)) => {
            Err(fail("cli-crosswalk-no-boundaries", &[("year", year.to_string()), ("areas", prefix)]))
        }
        Err(CrosswalkError::Store(e)) => Err(fail("cli-error-database", &[("detail", e.to_string())])),
    }
}
