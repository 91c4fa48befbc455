//! The site as a whole: privacy requests, shared caches, the API's answers to malformed input.

use crate::common::app::{TestApp, h, v};
use axum::http::StatusCode;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;
use wijkwijzer::store::AuditFilter;

#[tokio::test]
async fn a_site_administrator_hands_over_and_erases_a_persons_data_after_confirming() {
    use wijkwijzer::domain::coalition::{Move, NewParty, PartyKind};
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let party = NewParty {
        name: "Woonstad".into(),
        kind: PartyKind::Housing,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    let woonstad = app.store.create_party(&actor, p.id, &party).await.unwrap();
    let woonstad = app
        .store
        .add_contact(&actor, p.id, woonstad.id, ("Jan Smit", "wijkbeheerder", "jan@woonstad.nl"))
        .await
        .unwrap();
    let admin = app.login_as("admin@x.nl", true).await;

    // Validation keeps what was typed.
    let res = app.post_form("/beheer/privacy", &[("email", "geen-adres"), ("name", "Jan Smit")]).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text().contains("value=\"Jan Smit\"") && res.text().contains("Vul een geldig e-mailadres in"),
        "{}",
        res.text()
    );

    let found = app.post_form("/beheer/privacy", &[("email", "JAN@woonstad.nl"), ("name", "")]).await;
    found.assert_status_ok();
    let html = found.text();
    assert!(html.contains("Jan Smit, wijkbeheerder, jan@woonstad.nl — Woonstad (Zuid)"), "{html}");
    assert!(html.contains("Geen account met dit e-mailadres."));

    let export = app.post_form("/beheer/privacy/export", &[("email", "jan@woonstad.nl"), ("name", "")]).await;
    export.assert_status_ok();
    assert!(export.header("content-disposition").to_str().unwrap().contains("persoonsgegevens.json"));
    let json: serde_json::Value = export.json();
    assert_eq!(json["gegevens"]["contacts"][0]["name"], "Jan Smit");

    // Erasing asks first and changes nothing until confirmed.
    let confirm = app.post_form("/beheer/privacy/wissen", &[("email", "jan@woonstad.nl"), ("name", "")]).await;
    assert!(confirm.text().contains("Gegevens van deze persoon verwijderen?"));
    assert_eq!(app.store.party(p.id, woonstad.id).await.unwrap().contacts.len(), 1);
    let done = app
        .post_form("/beheer/privacy/wissen", &[("email", "jan@woonstad.nl"), ("name", ""), ("bevestigd", "ja")])
        .await;
    done.assert_status_ok();
    assert!(done.text().contains("1 contactgegevens verwijderd."), "{}", done.text());
    assert!(app.store.party(p.id, woonstad.id).await.unwrap().contacts.is_empty());
    let again = app.post_form("/beheer/privacy", &[("email", "jan@woonstad.nl"), ("name", "")]).await;
    assert!(again.text().contains("Niets gevonden over deze persoon."));
    let trail = app.store.audit_records(AuditFilter::default(), 1, 100).await.unwrap().items;
    assert!(trail.iter().any(|r| r.action == "export" && r.actor_id == Some(admin.id)), "handing out is audited");
    assert!(!format!("{trail:?}").contains("jan@woonstad.nl"));

    // One's own account is never erased from the session that uses it.
    let own =
        app.post_form("/beheer/privacy/wissen", &[("email", "admin@x.nl"), ("name", ""), ("bevestigd", "ja")]).await;
    own.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.text().contains("U kunt het account waarmee u bent ingelogd niet verwijderen."));
    assert!(!app.store.user(admin.id).await.unwrap().disabled);

    // A party that left shows when its remaining contacts go.
    let woonstad = app.store.add_contact(&actor, p.id, woonstad.id, ("Els", "", "")).await.unwrap();
    let m = Move { date: "2025-03-31".into(), reason: "Fusie".into() };
    app.store.move_party(&actor, p.id, woonstad.id, woonstad.version, &m).await.unwrap();
    let page = app.server.get(&format!("/programmas/{}/coalitie/partijen/{}", p.id, woonstad.id)).await.text();
    assert!(page.contains("worden op 31-03-2027 verwijderd (bewaartermijn 24 maanden na vertrek)"), "{page}");
}

#[tokio::test]
async fn public_pages_are_shared_between_visitors_yet_never_older_than_the_data() {
    let mut app = TestApp::sqlite().await;
    let dataset = crate::urgency::eenzaam_dataset;
    app.store.import_dataset(&Actor::system("test"), "t", "test", &dataset(63.8)).await.unwrap();
    let first = app.server.get("/gebieden/BU05991081").await.text();
    assert!(first.contains("63,8"), "the figure is shown");
    assert_eq!(app.server.get("/gebieden/BU05991081").await.text(), first, "a second visitor gets the same page");
    let csv = app.server.get("/urgentie.csv?niveau=buurt&gemeente=GM0599&jaar=2020").await;
    assert!(csv.header("content-disposition").to_str().unwrap().contains("urgentiescan-GM0599"), "headers kept");
    // A new import is visible at once, to the next anonymous visitor.
    app.store.import_dataset(&Actor::system("test"), "t", "test", &dataset(71.2)).await.unwrap();
    let after = app.server.get("/gebieden/BU05991081").await;
    assert!(after.text().contains("71,2") && !after.text().contains("63,8"), "never older than the data");
    assert!(after.header("content-security-policy").to_str().unwrap().contains("default-src 'self'"));
    // The English page is its own.
    let en = app.server.get("/gebieden/BU05991081").add_header(h("accept-language"), v("en")).await.text();
    assert!(en.contains("<html lang=\"en\">") && en.contains("71.2"));
    // Logged in, the page is one's own (the header names the account), never a shared copy.
    app.login_as("anna@x.nl", false).await;
    let mine = app.server.get("/gebieden/BU05991081").await.text();
    assert!(mine.contains("Uitloggen") && mine.contains("71,2"));
    app.server.clear_cookies();
    assert!(!app.server.get("/gebieden/BU05991081").await.text().contains("Uitloggen"), "and not shared onward");
}

#[tokio::test]
async fn a_public_page_is_compressed_and_a_visitor_who_has_it_gets_304_until_the_data_change() {
    let app = TestApp::sqlite().await;
    let dataset = crate::urgency::eenzaam_dataset;
    app.store.import_dataset(&Actor::system("test"), "t", "test", &dataset(63.8)).await.unwrap();
    let page = "/gebieden/BU05991081";
    let first = app.server.get(page).await;
    let etag = first.header("etag").to_str().unwrap().to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    assert_eq!(first.header("cache-control"), "public, no-cache");
    assert!(first.header("vary").to_str().unwrap().contains("accept-language"));

    // Asked again with the tag: 304 without a body.
    let again = app.server.get(page).add_header(h("if-none-match"), v(&etag)).await;
    again.assert_status(StatusCode::NOT_MODIFIED);
    assert!(again.as_bytes().is_empty());
    assert_eq!(again.header("etag").to_str().unwrap(), etag);
    // In another language, or after an import, the tag no longer fits: the whole page.
    let en = app.server.get(page).add_header(h("if-none-match"), v(&etag)).add_header(h("accept-language"), v("en"));
    en.await.assert_status_ok();
    app.store.import_dataset(&Actor::system("test"), "t", "test", &dataset(71.2)).await.unwrap();
    let changed = app.server.get(page).add_header(h("if-none-match"), v(&etag)).await;
    changed.assert_status_ok();
    assert!(changed.text().contains("71,2") && changed.header("etag").to_str().unwrap() != etag);

    // On the wire: brotli when the browser takes it, else gzip; never for a signed-in page's tag.
    let plain = app.server.get(page).await.as_bytes().len();
    for (accept, coding) in [("gzip, deflate, br", "br"), ("gzip", "gzip")] {
        let res = app.server.get(page).add_header(h("accept-encoding"), v(accept)).await;
        assert_eq!(res.header("content-encoding"), coding);
        assert!(res.as_bytes().len() * 2 < plain, "{coding}: {} of {plain} bytes", res.as_bytes().len());
    }
    app.login_as("anna@x.nl", false).await;
    let mine = app.server.get(page).add_header(h("if-none-match"), v(&etag)).await;
    mine.assert_status_ok();
    assert!(mine.maybe_header("etag").is_none(), "an own page is not tagged as the shared one");
}

#[tokio::test]
async fn the_api_answers_a_malformed_body_and_an_odd_period_in_json_never_by_dropping_the_connection() {
    let mut app = TestApp::sqlite().await;
    let admin = app.login_as("admin@x.nl", true).await;
    let (_, token) = app.store.create_api_token(&Actor::user(admin.id, &admin.email), admin.id, "t").await.unwrap();
    app.server.clear_cookies();
    // Found by schemathesis: these came back as plain text, and the period as a dropped connection.
    let res = app
        .server
        .post("/api/v1/programmes")
        .authorization_bearer(&token)
        .content_type("application/json")
        .bytes("[null, null]".into())
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json();
    assert_eq!(body["error"]["code"], "invalid_request");
    assert!(body["error"]["message"].as_str().unwrap().starts_with("Ongeldig verzoek: "), "{body}");
    let res = app.server.get("/api/v1/areas/BU00030001/observations?period=0%F0%90%80%80").await;
    assert!(res.status_code().is_client_error(), "{}", res.status_code());
    let code = res.json::<serde_json::Value>()["error"]["code"].as_str().unwrap_or_default().to_string();
    assert!(matches!(code.as_str(), "validation" | "not_found"), "{code}");
}

/// Every address of the route table (read from `src/web/router.rs`), and whether it takes GET.
fn web_routes() -> Vec<(String, bool)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/router.rs")).unwrap();
    let table = &source[..source.find("async fn other_method").unwrap()];
    table
        .split(".route(")
        .skip(1)
        .map(|entry| {
            let path = entry.split('"').nth(1).unwrap().to_string();
            (path, entry.contains("get("))
        })
        .collect()
}

#[tokio::test]
async fn no_address_of_the_site_answers_an_empty_405_in_a_browser() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    app.login_as("admin@x.nl", true).await;
    let routes = web_routes();
    assert!(routes.len() > 100, "the table was read: {}", routes.len());
    let mut form_only = 0;
    for (pattern, takes_get) in routes {
        let path = pattern
            .replace("{id}", &p.id.to_string())
            .replace("{code}", "GM0599")
            .replace("{year}", "2026")
            .replace("{token}", "onbekend");
        let path = path.split('/').map(|s| if s.starts_with('{') { "1" } else { s }).collect::<Vec<_>>().join("/");
        let res = app.server.get(&path).await;
        let status = res.status_code();
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "GET {path}");
        if takes_get {
            continue;
        }
        // A form's address opened in a browser: the page it belongs to, which is a page.
        form_only += 1;
        assert_eq!(status, StatusCode::SEE_OTHER, "GET {path}");
        let to = res.header("location").to_str().unwrap().to_string();
        assert!(path.starts_with(&to) || to == "/account" || to == "/", "{path} → {to}");
        if !pattern.contains("_id}") {
            let page = app.server.get(&to).await;
            assert_eq!(page.status_code(), StatusCode::OK, "GET {path} → {to}");
        }
    }
    assert!(form_only >= 20, "{form_only} addresses that only take a form");
    // The same address posted to a page: a page that says so, not an empty answer.
    let res = app.post_form("/gebieden", &[]).await;
    res.assert_status(StatusCode::METHOD_NOT_ALLOWED);
    assert!(res.text().contains("Dit adres is geen pagina"), "{}", res.text());
}

/// A site administrator gives the site the gemeente's name, logo and colours: tokens with the NL
/// Design System's names, served as a stylesheet every page links to, text colours refused below
/// 4.5:1 with the ratio, a logo that is no image refused, what was typed kept; nobody else may.
#[tokio::test]
async fn a_site_administrator_sets_the_gemeentes_look_and_unreadable_colours_are_refused() {
    use axum_test::multipart::{MultipartForm, Part};
    let mut app = TestApp::sqlite().await;
    let form = |token: &str, name: &str, colours: &[(&str, &str)]| {
        let mut f = MultipartForm::new().add_text("csrf_token", token.to_string()).add_text("name", name.to_string());
        for (field, colour) in colours {
            f = f.add_text(field.to_string(), colour.to_string());
        }
        f
    };

    // WijkWijzer's own look: no stylesheet of a gemeente, its own name.
    let home = app.server.get("/").await.text();
    assert!(!home.contains("/huisstijl.css") && home.contains(">WijkWijzer</a>"), "{home}");
    app.server.get("/beheer/huisstijl").await.assert_status(StatusCode::SEE_OTHER);
    app.login_as("lezer@x.nl", false).await;
    app.server.get("/beheer/huisstijl").await.assert_status(StatusCode::FORBIDDEN);
    let token = app.csrf().await;
    let refused = app.server.post("/beheer/huisstijl").multipart(form(&token, "Gemeente X", &[])).await;
    refused.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();

    let admin = app.login_as("admin@x.nl", true).await;
    let page = app.server.get("/beheer/huisstijl").await.text();
    assert!(page.contains("--utrecht-page-header-background-color") && page.contains("--utrecht-link-color"), "{page}");
    let token = app.csrf().await;

    // White header text on gold: refused with the ratio in the page's language, input kept.
    let gold = app
        .server
        .post("/beheer/huisstijl")
        .multipart(form(&token, "Gemeente Goudstad", &[("header_background", "#FFD700"), ("link", "rood")]))
        .await;
    gold.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = gold.text();
    assert!(html.contains("Te weinig contrast: #ffffff op #ffd700 is 1,4:1"), "{html}");
    assert!(html.contains("“rood” is geen kleurcode"), "{html}");
    assert!(html.contains("value=\"Gemeente Goudstad\"") && html.contains("value=\"#FFD700\""), "{html}");
    assert_eq!(app.store.site_look().await.unwrap(), Default::default(), "nothing saved");

    // A logo that is no image: refused, nothing saved.
    let script = form(&token, "Gemeente Rood", &[])
        .add_part("logo", Part::bytes(b"<svg onload=alert(1)>".to_vec()).file_name("logo.svg"));
    let bad = app.server.post("/beheer/huisstijl").multipart(script).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Het logo moet een PNG-, JPEG- of WebP-afbeelding zijn."));

    // Readable colours and a PNG: saved, in the history, on every page at once.
    let png = [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[0u8; 32]].concat();
    let good = form(&token, "Gemeente Rood", &[("header_background", "#c8102e"), ("link", "#A00")])
        .add_part("logo", Part::bytes(png.clone()).file_name("logo.png"));
    let saved = app.server.post("/beheer/huisstijl").multipart(good).await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let look = app.store.site_look().await.unwrap();
    assert_eq!(look.name, "Gemeente Rood");
    assert_eq!(look.colour("link"), Some("#aa0000"));
    let trail = app.store.audit_records(AuditFilter::default(), 1, 5).await.unwrap().items;
    assert!(trail.iter().any(|r| r.entity == "site_look" && r.actor_id == Some(admin.id)), "{trail:?}");

    app.server.clear_cookies();
    let home = app.server.get("/").await.text();
    let css_link = format!("/huisstijl.css?v={}", look.version);
    assert!(home.contains(&css_link) && home.contains("Gemeente Rood</a>"), "{home}");
    let css = app.server.get(&css_link).await;
    assert!(css.header("cache-control").to_str().unwrap().contains("immutable"));
    assert!(css.text().contains("--utrecht-page-header-background-color: #c8102e;"), "{}", css.text());
    assert!(css.text().contains("--utrecht-link-color: #aa0000;"));
    let logo = app.server.get(&format!("/huisstijl/logo?v={}", look.version)).await;
    assert_eq!(logo.header("content-type"), "image/png");
    assert_eq!(logo.as_bytes().to_vec(), png);
    // An old address of the stylesheet is asked after, not kept for a year.
    let old = app.server.get("/huisstijl.css?v=0").await;
    assert_eq!(old.header("cache-control"), "no-cache");
}
