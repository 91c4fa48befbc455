//! Fetching from StatLine (CBS OData v3 and v4, RIVM) and PDOK against a local server that serves
//! the real files of data/ in the services' shapes (tests/common/statline.rs), with its faults:
//! a connection dropped on page 3, 503 twice, a malformed page, 429, a table that did not change,
//! a service that is down. Nothing is ever half-stored.
//!
//! `WIJKWIJZER_TEST_STATLINE_LIVE=1` runs the same fetches against the public services (needs
//! internet; CI has none).

mod common;

use common::statline::Fixture;
use std::sync::atomic::Ordering;
use std::time::Duration;
use wijkwijzer::app::fetch::{self as fetching, Outcome, RunError, What};
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::AreaLevel;
use wijkwijzer::domain::statistics::Cell;
use wijkwijzer::fetch::{Api, Endpoints, Failure, Fetcher, Policy, Selection};
use wijkwijzer::i18n::Lang;
use wijkwijzer::store::Store;

fn quick() -> Policy {
    Policy {
        attempts: 3,
        first_delay: Duration::from_millis(20),
        timeout: Duration::from_secs(60),
        ..Policy::default()
    }
}

fn wijken_of(gm: &str) -> Selection {
    Selection::parse(Some("wijk"), &[gm.to_string()], &[]).unwrap()
}

async fn fetch(store: &Store, endpoints: Endpoints, what: &What) -> Result<Outcome, RunError> {
    let fetcher = Fetcher::new(endpoints, quick()).unwrap();
    let request = fetching::Request { what: what.clone(), force: false, kept_id: None };
    fetching::run(store, &fetcher, &Actor::system("test"), &request, &|_| {}, &|_, _| {}).await
}

fn kwb(api: Api, selection: Selection) -> What {
    What::Table { api, table: "85984NED".into(), selection }
}

fn failure(r: Result<Outcome, RunError>) -> (String, Option<usize>) {
    match r {
        Err(RunError::Failed(f)) => {
            let page = match &f {
                Failure::Fetch(e) => e.page,
                Failure::Import(_) => None,
            };
            (fetching::failure_message(Lang::Nl, &f), page)
        }
        other => panic!("expected a failure, got {other:?}"),
    }
}

async fn inhabitants(store: &Store, key_stem: &str, area: &str) -> Option<f64> {
    let obs = store.area_observations(area, None).await.unwrap();
    obs.iter().find(|o| o.source_table == "85984NED" && o.key.starts_with(key_stem)).and_then(|o| match o.cell {
        Cell::Value { value, .. } => Some(value),
        _ => None,
    })
}

#[tokio::test]
async fn the_wijken_of_rotterdam_arrive_through_odata_v3_paged_and_named() {
    let server = Fixture::start(5).await;
    let (store, _dir) = common::sqlite_store().await;
    let what = kwb(Api::CbsV3, wijken_of("GM0599"));
    let Ok(Outcome::Fetched { summaries, pages, .. }) = fetch(&store, server.endpoints(), &what).await else {
        panic!("fetched")
    };
    assert_eq!(summaries[0].1.areas, 21, "Rotterdam has 21 wijken in the 2024 layout");
    assert_eq!(pages, 5, "21 records in pages of 5");
    // The real figure of the file, and the name from the region code list.
    assert_eq!(inhabitants(&store, "AantalInwoners", "WK059901").await, Some(42_565.0));
    let area = store.area("WK059901", Some(2024)).await.unwrap().expect("stored");
    assert_eq!(area.name, "Rotterdam Centrum");
    // The filter StatLine documents, and every page followed through odata.nextLink.
    let asked = server.requests();
    assert!(
        asked
            .iter()
            .any(|r| r.contains("TypedDataSet") && r.contains("startswith%28WijkenEnBuurten%2C%27WK0599%27%29")),
        "{asked:#?}"
    );
    assert_eq!(asked.iter().filter(|r| r.contains("TypedDataSet") && r.contains("skip")).count(), 4);
    let runs = store.fetch_runs(1, 10).await.unwrap();
    assert_eq!((runs.items[0].outcome.as_str(), runs.items[0].modified.as_str()), ("opgehaald", "2025-03-27T02:00:00"));

    // Unchanged: asked, not fetched again.
    let before = server.requests().len();
    let Ok(Outcome::Unchanged { modified }) = fetch(&store, server.endpoints(), &what).await else {
        panic!("unchanged")
    };
    assert_eq!(modified, "2025-03-27T02:00:00");
    assert_eq!(server.requests()[before..].len(), 1, "only TableInfos was asked: {:?}", &server.requests()[before..]);
    // A newer stamp is fetched.
    *server.faults.modified.lock().unwrap() = Some("2026-11-30T02:00:00".into());
    assert!(matches!(fetch(&store, server.endpoints(), &what).await, Ok(Outcome::Fetched { .. })));
    let outcomes: Vec<String> = store.fetch_runs(1, 10).await.unwrap().items.into_iter().map(|r| r.outcome).collect();
    assert_eq!(outcomes, ["opgehaald", "ongewijzigd", "opgehaald"]);
}

#[tokio::test]
async fn odata_v4_observations_land_on_the_same_indicators_as_v3() {
    let server = Fixture::start(40).await;
    let (v3, _a) = common::sqlite_store().await;
    let (v4, _b) = common::sqlite_store().await;
    fetch(&v3, server.endpoints(), &kwb(Api::CbsV3, wijken_of("GM0014"))).await.unwrap();
    let Ok(Outcome::Fetched { pages, .. }) =
        fetch(&v4, server.endpoints(), &kwb(Api::CbsV4, wijken_of("GM0014"))).await
    else {
        panic!("fetched")
    };
    // Groningen: 20 wijken × 8 measures = 160 observations, 40 a page.
    assert_eq!(pages, 4);
    let asked = server.requests();
    assert!(asked.iter().any(|r| r.contains("/cbs/v4/85984NED/Observations") && r.contains("skip")), "{asked:#?}");
    for code in ["WK001400", "WK001401", "WK001419"] {
        let a: Vec<_> = v3.area_observations(code, None).await.unwrap();
        let b: Vec<_> = v4.area_observations(code, None).await.unwrap();
        assert!(!a.is_empty(), "{code}");
        let figures = |obs: &[wijkwijzer::domain::statistics::AreaObservation]| {
            let mut v: Vec<(String, String)> = obs
                .iter()
                .map(|o| {
                    (wijkwijzer::domain::catalogue::indicator_ref(&o.source_table, &o.key), format!("{:?}", o.cell))
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(figures(&a), figures(&b), "{code}: the same indicators (by catalogue name) and cells");
    }
}

#[tokio::test]
async fn rivm_health_figures_of_rotterdams_buurten_are_fetched_with_both_age_groups() {
    let server = Fixture::start(1000).await;
    let (store, _dir) = common::sqlite_store().await;
    let selection = Selection::parse(Some("buurt"), &["GM0599".into()], &["2020".into()]).unwrap();
    let what = What::Table { api: Api::for_table("50090NED"), table: "50090NED".into(), selection };
    let Ok(Outcome::Fetched { summaries, .. }) = fetch(&store, server.endpoints(), &what).await else {
        panic!("fetched")
    };
    assert_eq!(summaries[0].1.areas, 92, "Rotterdam has 92 buurten in the 2020 layout");
    assert!(server.requests().iter().all(|r| r.starts_with("/rivm/v3/")), "RIVM's tables come from RIVM");
    let obs = store.area_observations("BU05990110", Some("2020JJ00")).await.unwrap();
    let variants: std::collections::BTreeSet<&str> =
        obs.iter().filter(|o| o.key.starts_with("Eenzaam_")).map(|o| o.variant.as_str()).collect();
    assert_eq!(variants.len(), 2, "18+ and 65+: {variants:?}");
    assert!(store.scan_years().await.unwrap().contains(&2020), "the fetched table is scan-ready");
}

#[tokio::test]
async fn a_connection_dropped_on_page_3_stores_nothing_and_names_the_page() {
    let server = Fixture::start(4).await;
    let (store, _dir) = common::sqlite_store().await;
    let what = kwb(Api::CbsV3, wijken_of("GM0599"));
    server.faults.drop_page.store(3, Ordering::SeqCst);
    server.faults.drop_times.store(usize::MAX, Ordering::SeqCst);
    let (message, page) = failure(fetch(&store, server.endpoints(), &what).await);
    assert_eq!(page, Some(3));
    assert!(message.starts_with("Pagina 3 kon niet gelezen worden: de verbinding"), "{message}");
    assert!(message.contains("Er is niets opgeslagen"), "{message}");
    assert_eq!(store.count_values("85984NED").await.unwrap(), 0, "nothing half-stored");
    let runs = store.fetch_runs(1, 10).await.unwrap();
    assert_eq!(runs.items[0].outcome, "mislukt");
    assert!(runs.items[0].message.contains("Pagina 3"), "the log says which page");

    // A drop that happens once is retried, and the fetch completes.
    server.faults.drop_times.store(1, Ordering::SeqCst);
    assert!(matches!(fetch(&store, server.endpoints(), &what).await, Ok(Outcome::Fetched { .. })));
    assert_eq!(inhabitants(&store, "AantalInwoners", "WK059901").await, Some(42_565.0));
}

#[tokio::test]
async fn a_failed_refetch_leaves_the_previous_figures_untouched() {
    let server = Fixture::start(4).await;
    let (store, _dir) = common::sqlite_store().await;
    let what = kwb(Api::CbsV3, wijken_of("GM0599"));
    fetch(&store, server.endpoints(), &what).await.unwrap();
    let before = store.count_values("85984NED").await.unwrap();
    *server.faults.modified.lock().unwrap() = Some("2026-11-30T02:00:00".into());
    server.faults.malformed_page.store(2, Ordering::SeqCst);
    let (message, page) = failure(fetch(&store, server.endpoints(), &what).await);
    assert_eq!(page, Some(2));
    assert!(message.contains("geen leesbare JSON"), "{message}");
    assert_eq!(store.count_values("85984NED").await.unwrap(), before);
    assert_eq!(inhabitants(&store, "AantalInwoners", "WK059901").await, Some(42_565.0));
}

#[tokio::test]
async fn a_service_that_answers_503_twice_or_429_is_tried_again() {
    let server = Fixture::start(10).await;
    let (store, _dir) = common::sqlite_store().await;
    server.faults.unavailable.store(2, Ordering::SeqCst);
    assert!(matches!(
        fetch(&store, server.endpoints(), &kwb(Api::CbsV3, wijken_of("GM0599"))).await,
        Ok(Outcome::Fetched { .. })
    ));
    server.faults.too_many.store(2, Ordering::SeqCst);
    assert!(matches!(
        fetch(&store, server.endpoints(), &kwb(Api::CbsV4, wijken_of("GM0599"))).await,
        Ok(Outcome::Fetched { .. })
    ));
    // More 503s than tries: a clear failure.
    server.faults.unavailable.store(10, Ordering::SeqCst);
    let what = kwb(Api::CbsV3, wijken_of("GM0363"));
    let (message, page) = failure(fetch(&store, server.endpoints(), &what).await);
    assert!(message.contains("foutcode 503"), "{message}");
    assert_eq!(page, Some(1));
}

#[tokio::test]
async fn an_unreachable_service_an_unknown_table_and_an_empty_selection_are_explained() {
    let (store, _dir) = common::sqlite_store().await;
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let down = Endpoints {
        cbs_v3: format!("http://{closed}/cbs/v3"),
        cbs_v4: format!("http://{closed}/cbs/v4"),
        rivm_v3: format!("http://{closed}/rivm/v3"),
        pdok: format!("http://{closed}/pdok"),
    };
    let (message, _) = failure(fetch(&store, down, &kwb(Api::CbsV3, wijken_of("GM0599"))).await);
    assert!(message.starts_with("127.0.0.1 is niet bereikbaar. Is deze computer met internet verbonden?"), "{message}");

    let server = Fixture::start(10).await;
    let (message, _) = failure(
        fetch(
            &store,
            server.endpoints(),
            &What::Table { api: Api::CbsV3, table: "99999NED".into(), selection: Selection::default() },
        )
        .await,
    );
    assert!(message.contains("kent deze tabel of dit adres niet"), "{message}");
    // The KWB figures here hold gemeenten and wijken only: a buurt selection has none, said so.
    let buurten = Selection::parse(Some("buurt"), &["GM0599".into()], &[]).unwrap();
    let (message, _) = failure(fetch(&store, server.endpoints(), &kwb(Api::CbsV3, buurten)).await);
    assert!(message.contains("geen cijfers") && message.contains("buurt · GM0599"), "{message}");
    assert_eq!(store.count_values("85984NED").await.unwrap(), 0);
    let outcomes: Vec<String> = store.fetch_runs(1, 10).await.unwrap().items.into_iter().map(|r| r.outcome).collect();
    assert_eq!(outcomes, ["mislukt", "mislukt", "mislukt"]);
}

#[tokio::test]
async fn wijk_boundaries_come_from_pdok_in_rd_new_page_by_page() {
    let server = Fixture::start(4).await;
    let (store, _dir) = common::sqlite_store().await;
    let what = What::Boundaries { year: 2016, level: AreaLevel::District, municipalities: vec!["GM0599".into()] };
    let Ok(Outcome::Fetched { summaries, pages, .. }) = fetch(&store, server.endpoints(), &what).await else {
        panic!("fetched")
    };
    assert_eq!(summaries[0].1.boundaries, 22, "Rotterdam had 22 wijken in 2016");
    assert_eq!(pages, 6, "22 wijken, 4 a page");
    let (year, geometry) = store.boundary("WK059901", 2016).await.unwrap().expect("stored");
    assert_eq!(year, 2016);
    assert!(geometry.contains("MultiPolygon"));
    assert!(server.requests().iter().any(|r| r.contains("crs=http") && r.contains("gemeentecode=GM0599")));
}

#[tokio::test]
async fn wijkwijzer_fetch_on_the_command_line_reports_counts_and_refuses_what_it_cannot_read() {
    let server = Fixture::start(10_000).await;
    let tmp = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", tmp.path().join("ww.db").display());
    let endpoints = server.endpoints();
    let cmd = |args: &[&str]| {
        let mut c = common::process::bin();
        c.env("WIJKWIJZER_SOURCES_CBS_V3", &endpoints.cbs_v3)
            .env("WIJKWIJZER_SOURCES_CBS_V4", &endpoints.cbs_v4)
            .env("WIJKWIJZER_SOURCES_RIVM_V3", &endpoints.rivm_v3)
            .env("WIJKWIJZER_SOURCES_PDOK", &endpoints.pdok)
            .args(["fetch", "--database", &db])
            .args(args);
        c
    };
    let run = |c| tokio::task::spawn_blocking(move || common::process::run(c, ""));
    let (ok, out, err) = run(cmd(&["85984NED", "--level", "wijk", "--municipality", "GM0599"])).await.unwrap();
    assert!(ok, "{err}");
    assert!(out.contains("21 gebieden") && out.contains("Opgehaald: 1 pagina,"), "{out}");
    let (ok, out, _) = run(cmd(&["85984NED", "--level", "wijk", "--municipality", "GM0599"])).await.unwrap();
    assert!(ok && out.contains("niet gewijzigd sinds de vorige keer"), "{out}");
    let (ok, _, err) = run(cmd(&["85984NED", "--level", "buurt", "--municipality", "GM0599"])).await.unwrap();
    assert!(!ok && err.contains("85984NED niet opgehaald") && err.contains("geen cijfers"), "{err}");
    let (ok, _, err) = run(cmd(&["85984NED", "--municipality", "Rotterdam"])).await.unwrap();
    assert!(!ok && err.contains("'Rotterdam' is geen gemeentecode"), "{err}");
    let (ok, out, err) = run(cmd(&["50090NED", "--level", "wijk", "--municipality", "0014"])).await.unwrap();
    assert!(ok, "{err}");
    assert!(out.contains("tabel 50090NED"), "{out}");
}

#[tokio::test]
async fn the_same_fetches_against_the_public_services() {
    if std::env::var("WIJKWIJZER_TEST_STATLINE_LIVE").map(|v| v.is_empty() || v == "0").unwrap_or(true) {
        common::skipped(
            "fetches against the public StatLine and PDOK services",
            "set WIJKWIJZER_TEST_STATLINE_LIVE=1 (needs internet)",
        );
        return;
    }
    let (store, _dir) = common::sqlite_store().await;
    for api in [Api::CbsV3, Api::CbsV4] {
        let fetched = fetch(&store, Endpoints::default(), &kwb(api, wijken_of("GM0599"))).await;
        assert!(matches!(fetched, Ok(Outcome::Fetched { .. }) | Ok(Outcome::Unchanged { .. })), "{api:?}: {fetched:?}");
        assert!(inhabitants(&store, "AantalInwoners", "WK059901").await.is_some(), "{api:?}");
    }
    let selection = Selection::parse(Some("buurt"), &["GM0599".into()], &["2020".into()]).unwrap();
    let what = What::Table { api: Api::RivmV3, table: "50090NED".into(), selection };
    assert!(fetch(&store, Endpoints::default(), &what).await.is_ok());
}

/// Two instances on one database look at the kept tables at the same moment: one checks each due
/// table, once; a later look finds nothing due; an unchanged table is logged, not fetched again.
async fn one_instance_refreshes(store: Store) {
    use wijkwijzer::app::refresh;
    let server = Fixture::start(100).await;
    let fetcher = Fetcher::new(server.endpoints(), quick()).unwrap();
    let actor = Actor::system("test");
    let wijken = Selection::parse(Some("wijk"), &["GM0599".into()], &[]).unwrap();
    store.add_kept_table(&actor, "cbs", "85984NED", &wijken.key(), 7).await.unwrap();
    store.add_kept_table(&actor, "cbs-v4", "85984NED", &wijken_of("GM0014").key(), 1).await.unwrap();
    let (a, b) = tokio::join!(
        refresh::run_due(&store, &fetcher, "instance-a"),
        refresh::run_due(&store, &fetcher, "instance-b")
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a + b, 2, "each due table checked once: a {a}, b {b}");
    assert!(a == 0 || b == 0, "one instance did the round: a {a}, b {b}");
    assert_eq!(refresh::run_due(&store, &fetcher, "instance-b").await.unwrap(), 0, "nothing due");
    let runs = store.fetch_runs(1, 10).await.unwrap();
    assert_eq!(runs.items.iter().filter(|r| r.outcome == "opgehaald").count(), 2, "{:?}", runs.items);
    let kept = store.kept_tables().await.unwrap();
    assert!(kept.iter().all(|k| k.last_outcome == "opgehaald" && k.next_check_at > k.last_at), "{kept:?}");

    // Due again (as if a week passed) and unchanged at the source: logged as unchanged.
    for k in &kept {
        store.kept_table_checked(k.id, "2000-01-01T00:00:00Z").await.unwrap();
    }
    let before = server.requests().len();
    assert_eq!(refresh::run_due(&store, &fetcher, "instance-a").await.unwrap(), 2);
    let asked: Vec<String> = server.requests()[before..].to_vec();
    assert_eq!(asked.len(), 2, "only the version was asked: {asked:?}");
    let kept = store.kept_tables().await.unwrap();
    assert!(kept.iter().all(|k| k.last_outcome == "ongewijzigd"), "{kept:?}");
    // A lease held by another instance is left alone until it runs out.
    assert!(store.take_lease(refresh::LEASE, "instance-a", time::Duration::minutes(5)).await.unwrap());
    assert!(!store.take_lease(refresh::LEASE, "instance-b", time::Duration::minutes(5)).await.unwrap());
    assert!(store.take_lease(refresh::LEASE, "instance-a", time::Duration::minutes(5)).await.unwrap(), "renewed");
}

#[tokio::test]
async fn one_instance_refreshes_the_kept_tables_on_sqlite() {
    common::run_sqlite(one_instance_refreshes).await;
}

#[tokio::test]
async fn one_instance_refreshes_the_kept_tables_on_postgres() {
    common::run_postgres("the scheduled refresh", one_instance_refreshes).await;
}
