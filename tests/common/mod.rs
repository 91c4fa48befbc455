//! Shared test helpers: fresh databases per test (SQLite always, PostgreSQL when
//! `WIJKWIJZER_TEST_POSTGRES` is set), and an app on a fresh SQLite database.
#![allow(dead_code)]

use std::future::Future;
use tempfile::TempDir;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::password;
use wijkwijzer::domain::user::{NewUser, User};
use wijkwijzer::store::Store;

pub const PG_ENV: &str = "WIJKWIJZER_TEST_POSTGRES";

/// Say that a test was skipped, visibly: straight to the standard error stream, which the test
/// harness does not capture (a captured message of a passing test would never be seen).
/// Whether a suite that needs a Node service of tests/browser (an SMTP server, an OpenID provider)
/// is switched on by `env`; when it is, its npm `package` is installed first (`npm ci`), and a
/// missing Node or package fails the test instead of skipping it.
pub fn node_service_on(test: &str, env: &str, package: &str) -> bool {
    if std::env::var(env).map(|v| v.is_empty() || v == "0").unwrap_or(true) {
        skipped(test, &format!("set {env}=1 (needs node and npm ci in tests/browser) to run it"));
        return false;
    }
    let suite = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    if !suite.join("node_modules").join(package).exists() {
        let ok = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&suite)
            .status()
            .expect("npm runs");
        assert!(ok.success(), "npm ci failed in tests/browser");
    }
    true
}

pub fn skipped(what: &str, how: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED {what}: {how}");
}

/// A migrated store on a new SQLite file; the folder disappears with the `TempDir`.
pub async fn sqlite_store() -> (Store, TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = Store::connect(&url).await.expect("sqlite connects");
    store.migrate().await.expect("sqlite migrates");
    (store, dir)
}

/// The PostgreSQL server to test against, if enabled. When enabled it must work: a configured
/// but unreachable server fails the test rather than skipping it.
pub fn postgres_url() -> Option<String> {
    std::env::var(PG_ENV).ok().filter(|v| !v.trim().is_empty())
}

/// Replace the database name in a PostgreSQL URL.
pub fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let head = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{head}/{db}?{q}"),
        None => format!("{head}/{db}"),
    }
}

/// A new, empty PostgreSQL database; returns its URL. Dropped with `drop_postgres_database`.
pub async fn create_postgres_database(admin_url: &str) -> (String, String) {
    use sqlx::Executor;
    sqlx::any::install_default_drivers();
    let name = format!("ww_test_{}", password::random_secret(9).to_lowercase().replace(['-', '_'], "x"));
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(admin_url)
        .await
        .unwrap_or_else(|e| panic!("{PG_ENV} is set but PostgreSQL is unreachable: {e}"));
    conn.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("create test database");
    (with_database(admin_url, &name), name)
}

/// Run `test` with the URL of a fresh PostgreSQL database, dropped afterwards (also when the test
/// panics); skipped, visibly, without `WIJKWIJZER_TEST_POSTGRES`.
pub async fn on_fresh_postgres<F, Fut>(name: &str, test: F)
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(admin) = postgres_url() else {
        skipped(name, &format!("set {PG_ENV} to run it"));
        return;
    };
    let (url, db) = create_postgres_database(&admin).await;
    let result = tokio::spawn(test(url)).await;
    drop_postgres_database(&admin, &db).await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}

pub async fn drop_postgres_database(admin_url: &str, name: &str) {
    use sqlx::Executor;
    if let Ok(mut conn) = <sqlx::AnyConnection as sqlx::Connection>::connect(admin_url).await {
        let _ = conn.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await;
    }
}

/// Run `test` on a fresh SQLite store.
pub async fn run_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Store) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let (store, _dir) = sqlite_store().await;
    let handle = tokio::spawn(test(store.clone()));
    let result = handle.await;
    store.close().await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Run `test` on a fresh PostgreSQL database, or say that it was skipped.
pub async fn run_postgres<F, Fut>(name: &str, test: F)
where
    F: FnOnce(Store) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(admin) = postgres_url() else {
        skipped(&format!("{name} on PostgreSQL"), &format!("set {PG_ENV}=postgres://USER:PASSWORD@HOST/DB"));
        return;
    };
    let (url, db) = create_postgres_database(&admin).await;
    let store = Store::connect(&url).await.expect("postgres connects");
    store.migrate().await.expect("postgres migrates");
    // Run in a task so that a failing assertion still lets the database be dropped.
    let result = tokio::spawn(test(store.clone())).await;
    store.close().await;
    drop_postgres_database(&admin, &db).await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Generate one test per backend for each listed `async fn name(store: Store)`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test] async fn $name() { $crate::common::run_sqlite(super::$name).await } )*
        }
        mod postgres {
            $( #[tokio::test] async fn $name() { $crate::common::run_postgres(stringify!($name), super::$name).await } )*
        }
    };
}

pub const PASSWORD: &str = "een lang genoeg wachtwoord";

/// Create an account with the test password (hashing in a blocking task, as the app does).
pub async fn add_user(store: &Store, email: &str, is_admin: bool) -> User {
    let new = NewUser::parse(email, "", PASSWORD, is_admin).expect("valid test user");
    let hash = tokio::task::spawn_blocking(|| password::hash(PASSWORD)).await.unwrap();
    store.create_user(&Actor::system("test"), &new, &hash).await.expect("user created")
}

pub mod app;
pub mod oidc;
pub mod process;
pub mod routes;
pub mod smtp;
pub mod statline;

/// A party that joined on 15 January 2024.
pub fn party_input(
    name: &str,
    kind: wijkwijzer::domain::coalition::PartyKind,
) -> wijkwijzer::domain::coalition::NewParty {
    wijkwijzer::domain::coalition::NewParty {
        name: name.into(),
        kind,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    }
}

/// A running measure from 1 January 2025, without an end, partners or plan.
pub fn measure_input(title: &str, owner_id: i64, goal_ids: Vec<i64>) -> wijkwijzer::domain::measure::NewMeasure {
    wijkwijzer::domain::measure::NewMeasure {
        title: title.into(),
        description: String::new(),
        goal_ids,
        owner_id,
        partner_ids: vec![],
        starts_on: "2025-01-01".into(),
        ends_on: String::new(),
        status: wijkwijzer::domain::measure::Status::Running,
        status_reason: String::new(),
        plan_id: None,
    }
}

/// A goal on an own indicator (initiatives, higher is better): baseline 12 in 2024, target 30 in 2029.
pub fn own_goal(title: &str) -> wijkwijzer::domain::goal::NewGoal {
    use wijkwijzer::domain::catalogue::{Polarity, Theme};
    use wijkwijzer::domain::goal::{GoalIndicator, NewGoal};
    NewGoal {
        themes: vec![Theme::Community],
        title: title.into(),
        description: String::new(),
        indicator: GoalIndicator::Own { name: "Actieve initiatieven".into(), unit: "aantal".into() },
        polarity: Polarity::HigherIsBetter,
        baseline: Some(12.0),
        baseline_period: "2024".into(),
        target: Some(30.0),
        target_year: Some(2029),
        milestones: vec![],
        position: 1,
    }
}

/// The first sheet of an Excel workbook, cell by cell as text: a number as `12.5 (getal)`, a date as
/// `2026-03-01 (datum)`, text as itself, an empty cell as "" — so a test sees the types a
/// spreadsheet gets.
pub fn xlsx_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    use calamine::{Data, Reader};
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("a readable workbook");
    let first = book.sheet_names().first().cloned().expect("a sheet");
    let range = book.worksheet_range(&first).expect("the sheet's cells");
    let epoch = time::Date::from_calendar_date(1899, time::Month::December, 30).unwrap();
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) => format!("{f} (getal)"),
                    Data::Int(n) => format!("{n} (getal)"),
                    Data::DateTime(d) => format!("{} (datum)", epoch + time::Duration::days(d.as_f64().floor() as i64)),
                    other => format!("{other:?}"),
                })
                .collect()
        })
        .collect()
}

/// Two wijkbudgets of a programme around `today`: one taking proposals (with one proposal, not
/// assessed) and one whose result is out (a feasible proposal chosen by one ballot). Returns
/// (open budget, decided budget, the decided budget's chosen proposal id). Dates are relative to
/// `today`, the way a real programme's calendar runs.
pub async fn two_wijkbudgets(
    store: &Store,
    programme_id: i64,
    today: time::Date,
) -> (wijkwijzer::domain::wijkbudget::Wijkbudget, wijkwijzer::domain::wijkbudget::Wijkbudget, i64) {
    use wijkwijzer::domain::catalogue::Theme;
    use wijkwijzer::domain::validation::iso;
    use wijkwijzer::domain::wijkbudget::{Assessment, NewProposal, NewWijkbudget};
    let actor = Actor::system("test");
    let day = |n: i64| today + time::Duration::days(n);
    let budget = |year: i64, start: i64| NewWijkbudget {
        year,
        title: format!("Wijkbudget {year}"),
        description: "Voor de buurt.".into(),
        amount_cents: 5_000_000,
        max_per_proposal_cents: None,
        who_may_propose: "Bewoners".into(),
        themes: vec![Theme::Community, Theme::Housing],
        proposals_from: iso(day(start)),
        assessment_from: iso(day(start + 10)),
        voting_from: iso(day(start + 20)),
        results_from: iso(day(start + 30)),
        execution_from: iso(day(start + 60)),
    };
    let programme = store.programme(programme_id).await.unwrap();
    let area = programme.areas[0].code.as_str().to_string();
    let proposal = |title: &str| NewProposal {
        title: title.into(),
        description: "Zodat buren elkaar ontmoeten.".into(),
        theme: Theme::Community,
        cost_cents: 1_250_000,
        area_code: area.clone(),
        contact_name: String::new(),
        contact_email: String::new(),
    };
    let open = store.create_wijkbudget(&actor, programme_id, &budget(2098, -2)).await.unwrap();
    store.submit_proposal(&actor, &open, &proposal("Bankjes op het plein"), (None, false), today).await.unwrap();
    let decided = store.create_wijkbudget(&actor, programme_id, &budget(2099, -35)).await.unwrap();
    let p = store.submit_proposal(&actor, &decided, &proposal("Buurtfeest"), (None, false), day(-34)).await.unwrap();
    let yes = Assessment { feasible: true, reason: "Past binnen de regels.".into(), assessed_on: iso(day(-24)) };
    store.assess_proposal(&actor, &decided, p.id, &yes, day(-24)).await.unwrap();
    let codes = store.create_vote_codes(&actor, &decided, "Test", 1, day(-20)).await.unwrap();
    store.cast_ballot(&codes[0], &[p.id], day(-14)).await.unwrap().unwrap();
    (open, decided, p.id)
}
