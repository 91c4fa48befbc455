//! `wijkwijzer scan`: the urgency scan on the command line (JSON, CSV or a table).

use super::{DbArgs, fail, msg, open_store};
use crate::config::Flags;
use crate::domain::scan::{self, ReferenceKind, ScanLevel};
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Only the areas of this gemeente (e.g. GM0599); default: the whole country.
    #[arg(long)]
    pub municipality: Option<String>,
    /// buurt, wijk or gemeente.
    #[arg(long, default_value = "buurt")]
    pub level: String,
    /// The year of the figures (e.g. 2020).
    #[arg(long)]
    pub period: i64,
    /// Compare with the Netherlands (nl) or with the areas of the same gemeente (municipality).
    #[arg(long, default_value = "nl")]
    pub reference: String,
    /// Theme weights, e.g. gezondheid=2,werk=1 (default 1 each).
    #[arg(long, default_value = "")]
    pub weights: String,
    /// json, csv or table.
    #[arg(long, default_value = "table")]
    pub format: String,
}

pub fn class_label(class: u8) -> String {
    msg(&format!("scan-class-{class}"), &[])
}

pub async fn run(cfg: Option<&Path>, args: ScanArgs) -> anyhow::Result<()> {
    let level =
        ScanLevel::parse(&args.level).ok_or_else(|| fail("cli-error-scan-level", &[("value", args.level.clone())]))?;
    let reference = ReferenceKind::parse(&args.reference)
        .ok_or_else(|| fail("cli-error-scan-reference", &[("value", args.reference.clone())]))?;
    let weights = scan::parse_weights(&args.weights).map_err(|v| fail("cli-error-scan-weights", &[("value", v)]))?;
    let municipality = match &args.municipality {
        Some(m) => Some(
            crate::domain::programme::parse_municipality_code(m)
                .map_err(|_| fail("cli-error-scan-municipality", &[("value", m.clone())]))?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    if !["json", "csv", "table"].contains(&args.format.as_str()) {
        return Err(fail("cli-error-scan-format", &[("value", args.format.clone())]));
    }
    let (_, store) =
        open_store(cfg, Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None }).await?;
    let t = std::time::Instant::now();
    let (indicators, areas) = store.scan_inputs(level.prefix(), args.period, municipality.as_deref()).await?;
    tracing::debug!(elapsed = ?t.elapsed(), "scan inputs read");
    store.close().await;
    if indicators.is_empty() || areas.is_empty() {
        return Err(fail("cli-error-scan-empty", &[("year", args.period.to_string())]));
    }
    let t = std::time::Instant::now();
    let result = scan::run(indicators, areas, reference, &weights);
    tracing::debug!(elapsed = ?t.elapsed(), "scan computed");
    use std::io::Write;
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match args.format.as_str() {
        // Serialised straight to stdout: the national buurt scan is 15 MB of JSON.
        "json" => serde_json::to_writer(&mut stdout, &crate::app::scan::ScanResult::new(&result, &class_label))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(stdout)),
        "csv" => writeln!(stdout, "{}", result.to_csv(&class_label)),
        _ => writeln!(stdout, "{}", table(&result)),
    }
    .and_then(|()| stdout.flush());
    tracing::debug!(elapsed = ?t.elapsed(), "scan written");
    // The process ends here: freeing 14,000 areas one by one would only delay the exit.
    std::mem::forget(result);
    // A reader that stops early (`| head`) is not an error.
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

fn table(scan: &scan::Scan) -> String {
    let mut out = format!(
        "{:>5}  {:<10}  {:<32}  {:>6}  {:<22}  {}\n",
        "rang", "code", "naam", "score", "klasse", "grootste bijdrage"
    );
    for a in &scan.areas {
        let name: String = a.name.chars().take(32).collect();
        out.push_str(&format!(
            "{:>5}  {:<10}  {:<32}  {:>6}  {:<22}  {}\n",
            a.rank.map(|r| r.to_string()).unwrap_or_else(|| "-".into()),
            a.code,
            name,
            a.score.map(|s| format!("{s:.2}")).unwrap_or_else(|| "-".into()),
            a.class.map(class_label).unwrap_or_else(|| msg("scan-no-class", &[])),
            a.contributions.first().map(|c| scan.indicators[c.indicator].title(false).to_string()).unwrap_or_default()
        ));
    }
    out
}
