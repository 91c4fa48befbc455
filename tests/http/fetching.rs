//! The page *Ophalen* (/beheer/import/ophalen): a fetch started from the browser runs beside the
//! request and shows in the log; what a person typed wrong comes back next to its field; tables
//! kept current are added once, listed, and removed after confirming; all against the local
//! StatLine server built from data/.

use crate::common::app::TestApp;
use crate::common::statline::Fixture;
use axum::http::StatusCode;
use std::time::Duration;
use wijkwijzer::http::WebSettings;

async fn app_on(server: &Fixture) -> TestApp {
    let settings = WebSettings {
        sources: server.endpoints(),
        fetch_policy: wijkwijzer::fetch::Policy { first_delay: Duration::from_millis(20), ..Default::default() },
        ..WebSettings::default()
    };
    TestApp::sqlite_with(settings).await
}

#[tokio::test]
async fn a_fetch_started_on_the_page_runs_beside_the_request_and_lands_in_the_log() {
    let server = Fixture::start(5).await;
    let app = app_on(&server).await;
    app.login_as("admin@x.nl", true).await;
    let page = app.server.get("/beheer/import/ophalen").await;
    page.assert_status_ok();
    assert!(page.text().contains("Er is nog niets opgehaald.") && page.text().contains("Er worden nog geen tabellen"));
    assert!(app.server.get("/beheer/import").await.text().contains("href=\"/beheer/import/ophalen\""));

    let res = app
        .post_form(
            "/beheer/import/ophalen",
            &[("tabel", "85984ned"), ("bron", ""), ("niveau", "wijk"), ("gemeenten", "GM0599"), ("perioden", "")],
        )
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/beheer/import/ophalen?melding=ophalen-gestart");
    // The run logs itself: `bezig`, then its outcome.
    let mut outcome = String::new();
    for _ in 0..200 {
        let runs = app.store.fetch_runs(1, 5).await.unwrap();
        outcome = runs.items.first().map(|r| r.outcome.clone()).unwrap_or_default();
        if outcome != "bezig" && !outcome.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(outcome, "opgehaald");
    let page = app.server.get("/beheer/import/ophalen").await.text();
    assert!(page.contains("85984NED") && page.contains("wijk · GM0599") && page.contains("Opgehaald"), "{page}");
    assert!(page.contains("27-03-2025"), "the source's version is shown, as a date");
    let asked = server.requests();
    assert!(asked.iter().any(|r| r.contains("TypedDataSet")), "the fixture server was asked: {asked:?}");
}

#[tokio::test]
async fn what_was_typed_wrong_comes_back_next_to_its_field_and_nothing_runs() {
    let server = Fixture::start(5).await;
    let app = app_on(&server).await;
    app.login_as("admin@x.nl", true).await;
    let res = app
        .post_form(
            "/beheer/import/ophalen",
            &[
                ("tabel", "85984NED; drop"),
                ("bron", "cbs"),
                ("niveau", "wijk"),
                ("gemeenten", "Rotterdam"),
                ("perioden", "vorig jaar"),
            ],
        )
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(html.contains("is geen StatLine-tabelnummer"), "{html}");
    assert!(
        html.contains("&#39;Rotterdam&#39; is geen gemeentecode") || html.contains("'Rotterdam' is geen gemeentecode"),
        "{html}"
    );
    assert!(html.contains("value=\"85984NED; drop\"") && html.contains("value=\"vorig jaar\""), "kept as typed");
    let res = app
        .post_form(
            "/beheer/import/ophalen",
            &[("tabel", "20x6"), ("bron", "pdok"), ("niveau", "wijk"), ("gemeenten", ""), ("perioden", "")],
        )
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().contains("is geen jaar van de wijk- en buurtkaart"));
    assert!(app.store.fetch_runs(1, 5).await.unwrap().items.is_empty());
    assert!(server.requests().is_empty(), "nothing was asked of StatLine");
}

#[tokio::test]
async fn a_kept_table_is_added_once_listed_and_removed_after_confirming() {
    let server = Fixture::start(5).await;
    let app = app_on(&server).await;
    app.login_as("admin@x.nl", true).await;
    let form = [
        ("tabel", "50090NED"),
        ("bron", ""),
        ("niveau", "buurt"),
        ("gemeenten", "GM0599"),
        ("perioden", ""),
        ("dagen", "7"),
    ];
    let res = app.post_form("/beheer/import/ophalen/bijhouden", &form).await;
    res.assert_status(StatusCode::SEE_OTHER);
    let page = app.server.get("/beheer/import/ophalen").await.text();
    assert!(page.contains("50090NED") && page.contains("(rivm)") && page.contains("elke 7 dagen"), "{page}");
    assert!(page.contains("nog niet gecontroleerd"));
    // Twice the same: said next to the field.
    let again = app.post_form("/beheer/import/ophalen/bijhouden", &form).await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text().contains("al actueel gehouden"));
    let bad = app
        .post_form(
            "/beheer/import/ophalen/bijhouden",
            &[
                ("tabel", "50090NED"),
                ("bron", ""),
                ("niveau", "buurt"),
                ("gemeenten", ""),
                ("perioden", ""),
                ("dagen", "0"),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("van 1 tot 366"));

    let kept = app.store.kept_tables().await.unwrap();
    assert_eq!(kept.len(), 1);
    let confirm = app.server.get(&format!("/beheer/import/ophalen/bijhouden/{}/verwijderen", kept[0].id)).await;
    confirm.assert_status_ok();
    assert!(confirm.text().contains("niet meer actueel houden?"), "asked first");
    assert_eq!(app.store.kept_tables().await.unwrap().len(), 1, "nothing removed by looking");
    let res = app.post_form(&format!("/beheer/import/ophalen/bijhouden/{}/verwijderen", kept[0].id), &[]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert!(app.store.kept_tables().await.unwrap().is_empty());
    let audit = app.store.audit_records(wijkwijzer::store::AuditFilter::default(), 1, 10).await.unwrap();
    let actions: Vec<String> =
        audit.items.iter().filter(|r| r.entity == "kept_table").map(|r| r.action.clone()).collect();
    assert_eq!(actions, ["delete", "create"]);
}

#[tokio::test]
async fn people_without_the_statistics_role_cannot_fetch() {
    let server = Fixture::start(5).await;
    let app = app_on(&server).await;
    app.login_as("anna@x.nl", false).await;
    app.server.get("/beheer/import/ophalen").await.assert_status(StatusCode::FORBIDDEN);
    let res = app
        .post_form(
            "/beheer/import/ophalen",
            &[("tabel", "85984NED"), ("bron", ""), ("niveau", "wijk"), ("gemeenten", ""), ("perioden", "")],
        )
        .await;
    res.assert_status(StatusCode::FORBIDDEN);
    assert!(server.requests().is_empty());
}
