//! `wijkwijzer bench`: benchmarks, not tests (run them in release mode). `import FILE…` reads each
//! file, stores it in a fresh database (SQLite in a temporary folder unless `--database` is given)
//! and reports values per second; `profile` renders neighbourhood profiles through the router;
//! `scan` times the `scan` command from process start to output.

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
    /// Render neighbourhood profiles (`/gebieden/{code}`) through the real router and report the
    /// time per page. A database without statistics (by default a fresh SQLite one) gets the
    /// demo's real national data first.
    Profile {
        /// A database with imported statistics (default: a fresh one with the demo's data).
        #[arg(long)]
        database: Option<String>,
        /// How many buurten to render, spread over the country.
        #[arg(long, default_value_t = 1000)]
        count: usize,
    },
    /// Run `wijkwijzer scan` as a new process, from process start to the last byte of output, and
    /// report the times. Same default database as `profile`.
    Scan {
        /// A database with imported statistics (default: a fresh one with the demo's data).
        #[arg(long)]
        database: Option<String>,
        /// buurt, wijk or gemeente.
        #[arg(long, default_value = "buurt")]
        level: String,
        /// json, csv or table.
        #[arg(long, default_value = "json")]
        format: String,
        /// A gemeente (GM0599); default the whole country.
        #[arg(long)]
        municipality: Option<String>,
        #[arg(long, default_value_t = 10)]
        runs: usize,
    },
    /// Run every benchmark on this machine (the demo's national data imported into a fresh SQLite
    /// database, profile pages, the national scan, the yearly report) and print one table.
    All,
    /// Build the yearly progress report of a made-up programme (30 goals, 80 measures, 10 years
    /// of values) as HTML and as PDF, and report the times. Uses a fresh SQLite database.
    Report {
        #[arg(long, default_value_t = 10)]
        runs: usize,
        /// An empty database to fill (default: a new SQLite file in a temporary folder).
        #[arg(long)]
        database: Option<String>,
    },
}

pub async fn run(command: BenchCommand) -> anyhow::Result<()> {
    match command {
        BenchCommand::Import { database, table, files } => import(database, table, files).await,
        BenchCommand::Profile { database, count } => profile(database, count).await.map(|_| ()),
        BenchCommand::Report { runs, database } => report(runs, database).await.map(|_| ()),
        BenchCommand::All => all().await,
        BenchCommand::Scan { database, level, format, municipality, runs } => {
            scan(database, level, format, municipality, runs).await.map(|_| ())
        }
    }
}

/// The database to measure: the one given, or a fresh SQLite one (removed afterwards) with the
/// demo's real national data.
struct BenchDb {
    url: String,
    store: Store,
    tmp: Option<PathBuf>,
}

async fn bench_db(database: Option<String>, name: &str) -> anyhow::Result<BenchDb> {
    let tmp = std::env::temp_dir().join(format!("wijkwijzer-bench-{name}-{}", std::process::id()));
    let fresh = database.is_none();
    let url = database.unwrap_or_else(|| crate::store::sqlite_url_for_dir(&tmp));
    let store = Store::connect(&url).await.map_err(|e| fail("cli-error-database", &[("detail", e.to_string())]))?;
    store.migrate().await?;
    if store.imported_files().await?.is_empty() {
        let dir = crate::demo::data_dir().ok_or_else(|| fail("cli-demo-no-data", &[]))?;
        let t = Instant::now();
        let loaded = crate::demo::load_statistics(&store, &dir, &|_| {}).await?;
        println!("loaded the demo's national data: {} values in {:.1} s", loaded.values, t.elapsed().as_secs_f64());
    }
    Ok(BenchDb { url, store, tmp: fresh.then_some(tmp) })
}

impl BenchDb {
    async fn done(self) {
        self.store.close().await;
        if let Some(tmp) = self.tmp {
            let _ = std::fs::remove_dir_all(&tmp);
        }
    }
}

async fn scan(
    database: Option<String>,
    level: String,
    format: String,
    municipality: Option<String>,
    runs: usize,
) -> anyhow::Result<Row> {
    use std::process::{Command, Stdio};
    let db = bench_db(database, "scan").await?;
    let year = *db.store.scan_years().await?.first().ok_or_else(|| anyhow::anyhow!("no figures for the scan"))?;
    let exe = std::env::current_exe()?;
    let mut args = vec![
        "scan".to_string(),
        "--database".into(),
        db.url.clone(),
        "--level".into(),
        level.clone(),
        "--period".into(),
        year.to_string(),
        "--format".into(),
        format.clone(),
    ];
    if let Some(m) = &municipality {
        args.extend(["--municipality".to_string(), m.clone()]);
    }
    // One run to count the output (and to warm the file cache, as a second scan would find it).
    let out = Command::new(&exe).args(&args).output()?;
    anyhow::ensure!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let status = Command::new(&exe).args(&args).stdout(Stdio::null()).status()?;
        times.push(t.elapsed().as_secs_f64());
        anyhow::ensure!(status.success(), "scan failed");
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "scan of every {level} of {} in {year} ({format}, {:.1} MB, {} lines), process start to output, {} runs ({:?}): \
         min {:.3} s, median {:.3} s, p90 {:.3} s",
        municipality.as_deref().unwrap_or("the Netherlands"),
        out.stdout.len() as f64 / 1e6,
        out.stdout.iter().filter(|b| **b == b'\n').count(),
        times.len(),
        db.store.dialect(),
        times[0],
        at(0.5),
        at(0.9)
    );
    let row = Row {
        what: format!("scan, every {level} of the country ({format}), process start to output"),
        figure: format!("median {:.3} s, p90 {:.3} s", at(0.5), at(0.9)),
        aim: "≤ 0.05 s",
    };
    db.done().await;
    Ok(row)
}

async fn profile(database: Option<String>, count: usize) -> anyhow::Result<Row> {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;
    let db = bench_db(database, "profile").await?;
    let (url, store) = (db.url.clone(), db.store.clone());
    let codes = store.areas_with_figures("BU").await?;
    if codes.is_empty() {
        anyhow::bail!("no buurten with figures in {url}");
    }
    let step = (codes.len() / count.max(1)).max(1);
    let sample: Vec<&String> = codes.iter().step_by(step).take(count).collect();
    let app = crate::build_router(crate::http::AppState::new(store.clone(), crate::http::WebSettings::default()));
    // One warm-up request (first use of the templates and the catalogue).
    let warm = Request::get(format!("/gebieden/{}", sample[0])).body(Body::empty())?;
    app.clone().oneshot(warm).await?;
    let mut times = Vec::with_capacity(sample.len());
    let mut bytes = 0usize;
    let started = Instant::now();
    for code in &sample {
        let t = Instant::now();
        let res = app.clone().oneshot(Request::get(format!("/gebieden/{code}")).body(Body::empty())?).await?;
        anyhow::ensure!(res.status().is_success(), "/gebieden/{code}: {}", res.status());
        bytes += axum::body::to_bytes(res.into_body(), usize::MAX).await?.len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let total = started.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "profile pages: {} buurten of {} with figures ({:?}); median {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms; \
         {:.0} pages/s on one connection; {:.0} kB per page",
        times.len(),
        codes.len(),
        store.dialect(),
        at(0.5),
        at(0.95),
        at(0.99),
        times[times.len() - 1],
        times.len() as f64 / total,
        bytes as f64 / times.len() as f64 / 1000.0
    );
    let row = Row {
        what: format!("profile page /gebieden/{{code}}, {} buurten", times.len()),
        figure: format!("median {:.1} ms, p99 {:.1} ms", at(0.5), at(0.99)),
        aim: "< 20 ms",
    };
    db.done().await;
    Ok(row)
}

async fn import(database: Option<String>, table: String, files: Vec<PathBuf>) -> anyhow::Result<()> {
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

/// A made-up programme of the size the issue names, through the store as a user would fill it.
/// Everything is labelled "verzonnen": the benchmark measures speed, not a neighbourhood.
async fn fill_report_programme(store: &Store) -> anyhow::Result<crate::domain::programme::Programme> {
    use crate::domain::audit::Actor;
    use crate::domain::catalogue::{Polarity, Theme};
    use crate::domain::coalition::{NewParty, PartyKind};
    use crate::domain::goal::{GoalIndicator, Milestone, NewGoal};
    use crate::domain::measure::{
        CostKind, NewBudgetLine, NewCommitment, NewMeasure, NewResult, ResultKind, Source, Status,
    };
    use crate::domain::monitoring::NewMeasurement;
    use crate::domain::programme::ProgrammeInput;
    use crate::domain::revision::RevisionNote;
    use crate::domain::success::{NewSuccess, SuccessKind};
    let actor = Actor::system("bench");
    let input = ProgrammeInput {
        name: "Benchmark (verzonnen)".into(),
        municipality_code: "GM0599".into(),
        municipality_name: "Rotterdam".into(),
        start_year: "2016".into(),
        horizon_year: "2035".into(),
        layout_year: "2024".into(),
        areas: "WK059910".into(),
        description: "Verzonnen programma voor de benchmark van de rapportage.".into(),
    };
    let new = input.parse().map_err(|e| anyhow::anyhow!("bench programme: {e:?}"))?;
    let p = store.create_programme(&actor, &new).await?;
    let mut parties = Vec::new();
    for i in 0..8 {
        let party = NewParty {
            name: format!("Partij {i} (verzonnen)"),
            kind: PartyKind::Welfare,
            description: String::new(),
            joined_on: "2016-01-01".into(),
            joined_note: String::new(),
        };
        parties.push(store.create_party(&actor, p.id, &party).await?.id);
    }
    let mut goals = Vec::new();
    for i in 0..30 {
        let goal = NewGoal {
            themes: vec![Theme::ALL[i % Theme::ALL.len()]],
            title: format!("Doel {i} (verzonnen)"),
            description: String::new(),
            indicator: GoalIndicator::Own { name: format!("Indicator {i}"), unit: "aantal".into() },
            polarity: Polarity::HigherIsBetter,
            baseline: Some(100.0),
            baseline_period: "2016".into(),
            target: Some(200.0),
            target_year: Some(2030),
            milestones: vec![Milestone { year: 2023, value: 150.0 }],
            position: i as i64,
        };
        let g = store.create_goal(&actor, p.id, &goal).await?;
        for year in 2016..2026 {
            let value = 100.0 + (year - 2016) as f64 * (6.0 + (i % 5) as f64);
            let m = NewMeasurement { year, value, source: "Registratie (verzonnen)".into(), evidence: String::new() };
            store.save_measurement(&actor, p.id, g.id, None, &m, true).await?;
            store.save_goal_story(&actor, p.id, g.id, year, "Het verhaal achter de curve (verzonnen).").await?;
        }
        let raised = NewGoal { target: Some(210.0), ..goal };
        store
            .update_goal(&actor, p.id, g.id, g.version, &raised, &RevisionNote::system("Bijgesteld (verzonnen)"))
            .await?;
        goals.push(g.id);
    }
    for i in 0..80 {
        let m = NewMeasure {
            title: format!("Maatregel {i} (verzonnen)"),
            description: String::new(),
            goal_ids: vec![goals[i % goals.len()]],
            owner_id: parties[i % parties.len()],
            partner_ids: vec![parties[(i + 1) % parties.len()]],
            starts_on: "2016-01-01".into(),
            ends_on: String::new(),
            status: Status::Running,
            status_reason: String::new(),
            plan_id: None,
        };
        let mut m = store.create_measure(&actor, p.id, &m).await?;
        let c = NewCommitment {
            party_id: parties[i % parties.len()],
            what: "plekken".into(),
            promised: 20.0,
            delivered: (i % 25) as f64,
            due_year: Some(2025),
        };
        m = store.save_commitment(&actor, p.id, m.id, None, m.version, &c).await?;
        for year in [2024, 2025] {
            let b = NewBudgetLine {
                year,
                planned_cents: 10_000_000,
                spent_cents: 8_000_000,
                source: Source::ALL[i % Source::ALL.len()],
                funder_id: None,
                kind: CostKind::Execution,
                note: String::new(),
            };
            m = store.save_budget_line(&actor, p.id, m.id, None, m.version, &b).await?;
        }
        for kind in ResultKind::ALL {
            let r =
                NewResult { year: 2025, kind, label: "bereikt (verzonnen)".into(), value: 40.0, unit: "aantal".into() };
            m = store.save_result(&actor, p.id, m.id, None, m.version, &r).await?;
        }
    }
    for (i, goal) in goals.iter().enumerate().take(10) {
        let s = NewSuccess {
            kind: SuccessKind::Success,
            happened_on: format!("2025-{:02}-15", i + 1),
            title: format!("Succes {i} (verzonnen)"),
            description: String::new(),
            goal_id: Some(*goal),
            measure_id: None,
        };
        store.create_success(&actor, p.id, &s).await?;
    }
    Ok(p)
}

async fn report(runs: usize, database: Option<String>) -> anyhow::Result<Vec<Row>> {
    use crate::i18n::Lang;
    let tmp = std::env::temp_dir().join(format!("wijkwijzer-bench-report-{}", std::process::id()));
    let fresh = database.is_none();
    let url = database.unwrap_or_else(|| crate::store::sqlite_url_for_dir(&tmp));
    let store = Store::connect(&url).await.map_err(|e| fail("cli-error-database", &[("detail", e.to_string())]))?;
    store.migrate().await?;
    let t = Instant::now();
    let programme = fill_report_programme(&store).await?;
    println!("filled a programme with 30 goals, 80 measures, 10 years of values in {:.1} s", t.elapsed().as_secs_f64());
    let today = crate::domain::clock::now().date();
    let on = crate::domain::validation::iso(today);
    let (mut html_ms, mut pdf_ms) = (Vec::new(), Vec::new());
    let (mut html_kb, mut pdf_kb) = (0, 0);
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let r = crate::report::build(&store, programme.clone(), 2025).await?;
        let html = crate::report::html::standalone(&r, Lang::Nl, &on)?;
        html_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        html_kb = html.len() / 1024;
        let t = Instant::now();
        let r = crate::report::build(&store, programme.clone(), 2025).await?;
        let pdf = crate::report::pdf::render(&r, Lang::Nl, today).map_err(|e| anyhow::anyhow!("{e}"))?;
        pdf_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        pdf_kb = pdf.len() / 1024;
    }
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[v.len() - 1])
    };
    let (hm, hx) = stats(&mut html_ms);
    let (pm, px) = stats(&mut pdf_ms);
    println!(
        "report 2025 ({:?}, {} runs, data read from the database each time): HTML median {hm:.1} ms, max {hx:.1} ms \
         ({html_kb} kB; aim < 200 ms); PDF median {pm:.0} ms, max {px:.0} ms ({pdf_kb} kB; aim < 2000 ms)",
        store.dialect(),
        runs.max(1)
    );
    store.close().await;
    if fresh {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    Ok(vec![
        Row {
            what: "yearly report as HTML (30 goals, 80 measures, 10 years)".into(),
            figure: format!("median {hm:.1} ms, max {hx:.1} ms"),
            aim: "< 200 ms",
        },
        Row {
            what: "yearly report as PDF (same programme)".into(),
            figure: format!("median {pm:.0} ms, max {px:.0} ms"),
            aim: "< 2000 ms",
        },
    ])
}

/// One line of the `bench all` table.
pub struct Row {
    what: String,
    figure: String,
    aim: &'static str,
}

async fn all() -> anyhow::Result<()> {
    let tmp = std::env::temp_dir().join(format!("wijkwijzer-bench-all-{}", std::process::id()));
    let url = crate::store::sqlite_url_for_dir(&tmp);
    let store = Store::connect(&url).await.map_err(|e| fail("cli-error-database", &[("detail", e.to_string())]))?;
    store.migrate().await?;
    let dir = crate::demo::data_dir().ok_or_else(|| fail("cli-demo-no-data", &[]))?;
    let t = Instant::now();
    let loaded = crate::demo::load_statistics(&store, &dir, &|_| {}).await?;
    let seconds = t.elapsed().as_secs_f64();
    store.close().await;
    let mut rows = vec![Row {
        what: format!("import of the demo's national CBS/RIVM tables ({} values)", loaded.values),
        figure: format!("{seconds:.1} s, {:.0} values/s", loaded.values as f64 / seconds),
        aim: "",
    }];
    rows.push(profile(Some(url.clone()), 300).await?);
    rows.push(scan(Some(url.clone()), "buurt".into(), "json".into(), None, 5).await?);
    rows.extend(report(5, None).await?);
    let _ = std::fs::remove_dir_all(&tmp);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("\nWijkWijzer {} benchmarks, release build, SQLite, {cores} cores:\n", env!("CARGO_PKG_VERSION"));
    println!("| {:<72} | {:<32} | {:<9} |", "benchmark", "figure", "aim");
    println!("|{}|{}|{}|", "-".repeat(74), "-".repeat(34), "-".repeat(11));
    for r in rows {
        println!("| {:<72} | {:<32} | {:<9} |", r.what, r.figure, r.aim);
    }
    Ok(())
}
