//! `wijkwijzer scan`: the urgency scan on the command line (JSON, CSV or a table).

use super::{DbArgs, fail, msg, open_store};
use crate::config::Flags;
use crate::domain::scan::{self, ReferenceKind, ScanLevel};
use std::path::Path;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ScanArgs {
    #[command(subcommand)]
    pub command: Option<ScanCommand>,
    #[command(flatten)]
    pub db: DbArgs,
    /// buurt, wijk or gemeente.
    #[arg(long, default_value = "buurt")]
    pub level: String,
    #[command(flatten)]
    pub choice: ScanChoice,
    /// json, csv or table.
    #[arg(long, default_value = "table")]
    pub format: String,
}

#[derive(Debug, clap::Subcommand)]
pub enum ScanCommand {
    /// Check the scan against a list of areas a gemeente or programme designated (focus areas):
    /// the ROC AUC of the score and of every indicator, per gemeente and overall, and the
    /// designated areas the scan ranks low, with their largest contributions.
    Validate(ValidateArgs),
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The list: a CSV or text file with an area code (BU…, WK…) in the first column of every line.
    #[arg(long)]
    pub labels: std::path::PathBuf,
    /// buurt or wijk; default: the level of the codes in the list.
    #[arg(long)]
    pub level: Option<String>,
    #[command(flatten)]
    pub choice: ScanChoice,
}

/// What both the scan and its check take besides the level.
#[derive(Debug, clap::Args)]
pub struct ScanChoice {
    /// Only the areas of this gemeente (e.g. GM0599); default: the whole country.
    #[arg(long)]
    pub municipality: Option<String>,
    /// The year of the figures (e.g. 2020); default the newest year with figures for the scan.
    #[arg(long)]
    pub period: Option<i64>,
    /// Compare with the Netherlands (nl), with the areas of the same gemeente (municipality), or
    /// each area with its 50 most similar areas nationally (similar; needs the Kerncijfers of the level).
    #[arg(long, default_value = "nl")]
    pub reference: String,
    /// Theme weights, e.g. gezondheid=2,werk=1 (default 1 each).
    #[arg(long, default_value = "")]
    pub weights: String,
}

/// The gemeente, reference and weights asked for, each refused with one clear line.
type Chosen = (Option<String>, ReferenceKind, std::collections::HashMap<crate::domain::catalogue::Theme, f64>);

impl ScanChoice {
    fn parse(&self) -> anyhow::Result<Chosen> {
        let reference = ReferenceKind::parse(&self.reference)
            .ok_or_else(|| fail("cli-error-scan-reference", &[("value", self.reference.clone())]))?;
        let weights =
            scan::parse_weights(&self.weights).map_err(|v| fail("cli-error-scan-weights", &[("value", v)]))?;
        Ok((parse_municipality(&self.municipality)?, reference, weights))
    }
}

pub fn class_label(class: u8) -> String {
    msg(&format!("scan-class-{class}"), &[])
}

fn parse_municipality(m: &Option<String>) -> anyhow::Result<Option<String>> {
    m.as_ref()
        .map(|m| {
            crate::domain::programme::parse_municipality_code(m)
                .map(|c| c.as_str().to_string())
                .map_err(|_| fail("cli-error-scan-municipality", &[("value", m.clone())]))
        })
        .transpose()
}

/// What the scan reads, refused with one clear line when there is nothing to scan or no similar
/// areas are known for the level.
async fn read_inputs(
    store: &crate::store::Store,
    level: ScanLevel,
    period: i64,
    municipality: Option<&str>,
    reference: ReferenceKind,
) -> anyhow::Result<crate::app::scan::ScanInputs> {
    let inputs = crate::app::scan::scan_inputs(store, level, period, municipality, reference).await?;
    match inputs {
        None => {
            store.close().await;
            Err(fail("cli-error-scan-no-similar", &[]))
        }
        Some(i) if i.is_empty() => {
            store.close().await;
            Err(fail("cli-error-scan-empty", &[("year", period.to_string())]))
        }
        Some(i) => Ok(i),
    }
}

/// The year asked for, or the newest year with figures for the scan.
async fn year(store: &crate::store::Store, period: Option<i64>) -> anyhow::Result<i64> {
    match period {
        Some(y) => Ok(y),
        None => store.scan_years().await?.first().copied().ok_or_else(|| fail("cli-error-scan-no-years", &[])),
    }
}

pub async fn run(cfg: Option<&Path>, args: ScanArgs) -> anyhow::Result<()> {
    if let Some(ScanCommand::Validate(v)) = args.command {
        return validate(cfg, v).await;
    }
    let level =
        ScanLevel::parse(&args.level).ok_or_else(|| fail("cli-error-scan-level", &[("value", args.level.clone())]))?;
    let (municipality, reference, weights) = args.choice.parse()?;
    if !["json", "csv", "table"].contains(&args.format.as_str()) {
        return Err(fail("cli-error-scan-format", &[("value", args.format.clone())]));
    }
    let (_, store) =
        open_store(cfg, Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None }).await?;
    let period = year(&store, args.choice.period).await?;
    let t = std::time::Instant::now();
    let inputs = read_inputs(&store, level, period, municipality.as_deref(), reference).await?;
    tracing::debug!(elapsed = ?t.elapsed(), "scan inputs read");
    store.close().await;
    let t = std::time::Instant::now();
    let result = inputs.run(reference, &weights);
    tracing::debug!(elapsed = ?t.elapsed(), "scan computed");
    use std::io::Write;
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, standard_output());
    let written = match args.format.as_str() {
        // Serialised straight to stdout: the national buurt scan is 15 MB of JSON.
        "json" => crate::app::scan::ScanResult::new(&result, &class_label)
            .write_json(&mut stdout)
            .and_then(|()| writeln!(stdout)),
        "csv" => crate::app::scan::table(&result, &class_label)
            .to_csv(crate::app::table::CsvDialect::International)
            .map_err(std::io::Error::other)
            .and_then(|bytes| stdout.write_all(&bytes))
            .and_then(|()| writeln!(stdout)),
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

/// Standard output without its line buffer, which looks for a line end in every byte written
/// (15 MB for the national scan): a duplicate of its descriptor, written to as a file.
fn standard_output() -> Box<dyn std::io::Write> {
    #[cfg(unix)]
    if let Ok(fd) = std::os::fd::AsFd::as_fd(&std::io::stdout()).try_clone_to_owned() {
        return Box::new(std::fs::File::from(fd));
    }
    Box::new(std::io::stdout().lock())
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

/// `wijkwijzer scan validate`: the scan checked against a list of designated areas.
async fn validate(cfg: Option<&Path>, args: ValidateArgs) -> anyhow::Result<()> {
    use crate::domain::scan_check::{self, LabelsError};
    let bytes = std::fs::read(&args.labels).map_err(|e| {
        fail("cli-error-validate-read", &[("file", args.labels.display().to_string()), ("detail", e.to_string())])
    })?;
    let file = args.labels.display().to_string();
    let codes = scan_check::parse_labels(&bytes).map_err(|e| match e {
        LabelsError::NotText => fail("cli-error-validate-not-text", &[("file", file.clone())]),
        LabelsError::Empty => fail("cli-error-validate-empty", &[("file", file.clone())]),
        LabelsError::NoCode(lines) => fail(
            "cli-error-validate-no-code",
            &[
                ("file", file.clone()),
                ("lines", lines.iter().take(10).map(usize::to_string).collect::<Vec<_>>().join(", ")),
            ],
        ),
    })?;
    let level = match &args.level {
        Some(l) => ScanLevel::parse(l).ok_or_else(|| fail("cli-error-scan-level", &[("value", l.clone())]))?,
        // The level most codes in the list have.
        None => {
            let wijken = codes.iter().filter(|c| c.starts_with("WK")).count();
            if wijken * 2 > codes.len() { ScanLevel::District } else { ScanLevel::Neighbourhood }
        }
    };
    let (municipality, reference, weights) = args.choice.parse()?;
    let (_, store) =
        open_store(cfg, Flags { database_url: args.db.database, data_dir: args.db.data_dir, bind: None }).await?;
    let period = year(&store, args.choice.period).await?;
    let inputs = read_inputs(&store, level, period, municipality.as_deref(), reference).await?;
    let mut areas = inputs.areas.clone();
    if let Some(gm) = &municipality {
        areas.retain(|a| a.code.get(2..6) == gm.get(2..6));
    }
    let result = inputs.run(reference, &weights);
    let designated: std::collections::HashSet<String> = codes.iter().cloned().collect();
    let check = scan_check::check(&result, &areas, &designated);
    let listed: Vec<&str> = check.municipalities.iter().filter_map(|g| g.municipality.as_deref()).collect();
    let names = store.areas_by_code(&listed).await?;
    store.close().await;
    let gemeente = |code: &str| names.iter().find(|a| a.code == code).map_or(code.to_string(), |a| a.name.clone());
    print!("{}", report(&result, &check, &file, level, period, &gemeente));
    Ok(())
}

fn auc_text(auc: Option<f64>) -> String {
    match auc {
        Some(a) if crate::cli::cli_lang() == crate::i18n::Lang::En => format!("{a:.2}"),
        Some(a) => format!("{a:.2}").replace('.', ","),
        None => "–".into(),
    }
}

/// The head of a result table: AUC, designated, others, and what each row is (`last`).
fn header(last: &str) -> String {
    format!(
        "  {:<6}  {:>10}  {:>8}  {}",
        "AUC",
        msg("validate-col-designated", &[]),
        msg("validate-col-others", &[]),
        msg(last, &[])
    )
}

/// The check as text: the overall rows, per gemeente the score's AUC, and the areas ranked low.
fn report(
    scan: &scan::Scan,
    check: &crate::domain::scan_check::Check<'_>,
    file: &str,
    level: ScanLevel,
    period: i64,
    gemeente: &dyn Fn(&str) -> String,
) -> String {
    use std::fmt::Write;
    let title = |row: &crate::domain::scan_check::AucRow| match row.indicator {
        None => msg("validate-score", &[]),
        Some(i) => scan.indicators[i].title(false).to_string(),
    };
    let score = &check.overall.rows[0];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        msg(
            "validate-heading",
            &[
                ("file", file.to_string()),
                ("level", level.key().to_string()),
                ("year", period.to_string()),
                ("designated", (score.designated + score.designated_without).to_string()),
                ("others", score.others.to_string()),
            ]
        )
    );
    if !check.unknown.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            msg("validate-unknown", &[("count", check.unknown.len().to_string()), ("codes", check.unknown.join(", "))])
        );
    }
    let _ = writeln!(out, "\n{}", msg("validate-overall", &[]));
    let _ = writeln!(out, "{}", header("validate-col-measure"));
    let mut rows: Vec<&crate::domain::scan_check::AucRow> = check.overall.rows.iter().collect();
    rows[1..].sort_by(|a, b| b.auc.unwrap_or(-1.0).total_cmp(&a.auc.unwrap_or(-1.0)));
    for row in rows {
        let _ = writeln!(out, "  {:<6}  {:>10}  {:>8}  {}", auc_text(row.auc), row.designated, row.others, title(row));
    }
    let _ = writeln!(out, "\n{}", msg("validate-per-municipality", &[]));
    let _ = writeln!(out, "{}", header("validate-col-municipality"));
    for g in &check.municipalities {
        let code = g.municipality.as_deref().unwrap_or("");
        let s = &g.rows[0];
        let _ = writeln!(
            out,
            "  {:<6}  {:>10}  {:>8}  {} ({code})",
            auc_text(s.auc),
            s.designated,
            s.others,
            gemeente(code)
        );
    }
    let _ = writeln!(out, "\n{}", msg("validate-missed", &[("count", check.missed.len().to_string())]));
    for m in &check.missed {
        let (rank, of) = m.rank_in_municipality.unwrap_or((0, 0));
        let why = m.why(scan, false, &|z| auc_text(Some(z)));
        let _ = writeln!(
            out,
            "  {} {}: {}; {}",
            m.area.code,
            m.area.name,
            msg("validate-rank", &[("rank", rank.to_string()), ("of", of.to_string())]),
            why
        );
    }
    let _ = writeln!(out, "\n{}", msg("validate-method", &[]));
    out
}
