//! Step 1, urgency: statistics (areas, indicators, uploads), stories and the dossier.

use crate::common::app::{PAYLOAD, TestApp, assert_inert};
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;
use wijkwijzer::store::AuditFilter;

/// Loneliness (RIVM 50090NED) for Rotterdam and Bloemhof: 2016 without a figure, 2020 with `bloemhof_2020`.
pub(crate) fn eenzaam_dataset(bloemhof_2020: f64) -> wijkwijzer::domain::statistics::Dataset {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Dataset, IndicatorMeta, Period, Record};
    Dataset {
        source_table: "50090NED".into(),
        layout_year: Some(2020),
        areas: vec![
            AreaName { code: AreaCode::parse("GM0599").unwrap(), name: "Rotterdam".into() },
            AreaName { code: AreaCode::parse("BU05991081").unwrap(), name: "Bloemhof".into() },
        ],
        indicators: vec![IndicatorMeta {
            key: "Eenzaam_28".into(),
            title: "Eenzaam".into(),
            unit: "%".into(),
            description: String::new(),
        }],
        variants: vec!["Leeftijd=20300;Marges=MW00000".into()],
        periods: vec![Period::from_statline("2016JJ00").unwrap(), Period::from_statline("2020JJ00").unwrap()],
        records: vec![
            Record { area: 0, period: 1, variant: 0, cells: vec![(0, Cell::Value { value: 55.7, symbol: None })] },
            Record { area: 1, period: 0, variant: 0, cells: vec![(0, Cell::Missing('.'))] },
            Record {
                area: 1,
                period: 1,
                variant: 0,
                cells: vec![(0, Cell::Value { value: bloemhof_2020, symbol: None })],
            },
        ],
        ..Default::default()
    }
}

#[tokio::test]
async fn the_public_api_serves_areas_figures_and_the_indicator_catalogue() {
    let app = TestApp::sqlite().await;
    let d = eenzaam_dataset(63.8);
    app.store.import_dataset(&Actor::system("test"), "t", "test", &d).await.unwrap();

    let page: serde_json::Value = app.server.get("/api/v1/areas?level=buurt&municipality=GM0599").await.json();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["name"], "Bloemhof");
    assert_eq!(page["items"][0]["parent_code"], "WK059910");
    let bad = app.server.get("/api/v1/areas?level=provincie").await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.json::<serde_json::Value>()["error"]["fields"]["level"].as_str().unwrap().contains("buurt"));

    let area: serde_json::Value = app.server.get("/api/v1/areas/bu05991081").await.json();
    assert_eq!((area["level"].as_str(), area["layout_year"].as_i64()), (Some("buurt"), Some(2020)));
    app.server.get("/api/v1/areas/BU99999999").await.assert_status(StatusCode::NOT_FOUND);

    let all: serde_json::Value = app.server.get("/api/v1/areas/BU05991081/observations").await.json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["period"], "2016");
    assert_eq!(all[0]["value"], serde_json::Value::Null, "no figure is null, never 0");
    assert_eq!(all[0]["symbol"], ".");
    assert_eq!(all[1]["value"], 63.8);
    assert_eq!(all[1]["theme"], "samenleven");
    let one: serde_json::Value = app.server.get("/api/v1/areas/BU05991081/observations?period=2020").await.json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    app.server
        .get("/api/v1/areas/BU05991081/observations?period=vorig-jaar")
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    let indicators: serde_json::Value = app.server.get("/api/v1/indicators").await.json();
    let eenzaam = &indicators[0];
    assert_eq!(
        (eenzaam["key"].as_str(), eenzaam["polarity"].as_str(), eenzaam["in_scan"].as_bool()),
        (Some("Eenzaam_28"), Some("hoger-slechter"), Some(true))
    );
    assert_eq!(eenzaam["periods"], serde_json::json!(["2016", "2020"]));
    let doc: serde_json::Value = app.server.get("/api/v1/openapi.json").await.json();
    for path in ["/api/v1/areas", "/api/v1/areas/{code}", "/api/v1/areas/{code}/observations", "/api/v1/indicators"] {
        assert!(doc["paths"].get(path).is_some(), "{path}");
    }
}

#[tokio::test]
async fn data_stewards_not_beheerders_classify_indicators_but_composition_is_never_scored() {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Dataset, IndicatorMeta, Period, Record};
    let mut app = TestApp::sqlite().await;
    let d = Dataset {
        source_table: "EIGEN01".into(),
        layout_year: Some(2020),
        areas: vec![AreaName { code: AreaCode::parse("GM0599").unwrap(), name: "Rotterdam".into() }],
        indicators: vec![
            IndicatorMeta { key: "Tevredenheid".into(), title: "Tevreden over de buurt".into(), ..Default::default() },
            IndicatorMeta { key: "Herkomst".into(), title: "% met migratieachtergrond".into(), ..Default::default() },
        ],
        variants: vec![String::new()],
        periods: vec![Period::from_statline("2020").unwrap()],
        records: vec![Record {
            area: 0,
            period: 0,
            variant: 0,
            cells: vec![(0, Cell::Value { value: 7.1, symbol: None }), (1, Cell::Value { value: 40.0, symbol: None })],
        }],
        ..Default::default()
    };
    app.store.import_dataset(&Actor::system("test"), "t", "test", &d).await.unwrap();

    // Someone who manages no programme may not.
    app.login_as("lezer@x.nl", false).await;
    app.server.get("/beheer/indicatoren").await.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();

    // A beheerder of a programme may not: the catalogue changes every programme's scan and the
    // public /urgentie. A try changes nothing.
    let p = app.programme("P", &[]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    app.server.get("/beheer/indicatoren").await.assert_status(StatusCode::FORBIDDEN);
    let attempt = [
        ("source_table", "EIGEN01"),
        ("key", "Tevredenheid"),
        ("theme", "samenleven"),
        ("polarity", "hoger-beter"),
        ("in_scan", "1"),
    ];
    let before = app.store.indicator_classification("EIGEN01", "Tevredenheid", "").await.unwrap();
    app.post_form("/beheer/indicatoren", &attempt).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.indicator_classification("EIGEN01", "Tevredenheid", "").await.unwrap(), before);
    assert!(!before.unwrap().in_scan, "not in the scan before, nor after");
    assert!(!app.server.get("/").await.text().contains("href=\"/beheer/indicatoren\""), "no link to a refused page");

    // A site administrator makes the account gegevensbeheerder at /beheer/gebruikers (audited).
    let admin = app.another_browser();
    admin.login_as("admin@x.nl", true).await;
    let edit = admin.server.get(&format!("/beheer/gebruikers/{}", manager.id)).await.text();
    assert!(edit.contains("Gegevensbeheerder (importeert statistieken"), "the form offers the role");
    admin
        .post_form(&format!("/beheer/gebruikers/{}", manager.id), &[("is_data_steward", "1")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let grant = &app.store.audit_records(AuditFilter::default(), 1, 1).await.unwrap().items[0];
    assert_eq!((grant.entity.as_str(), grant.action.as_str()), ("user", "update"));
    assert_eq!(grant.after.as_ref().unwrap()["is_data_steward"], true);
    assert_eq!(grant.before.as_ref().unwrap()["is_data_steward"], false);
    assert!(admin.server.get("/beheer/gebruikers").await.text().contains("<td>Gegevensbeheerder</td>"));

    // Now the same session may.
    let html = app.server.get("/beheer/indicatoren").await.text();
    assert!(html.contains("Tevreden over de buurt") && html.contains("2 indicatoren"));
    assert!(html.contains("Bevolkingssamenstelling: alleen context"), "composition is marked");
    let bad = app
        .post_form(
            "/beheer/indicatoren",
            &[("source_table", "EIGEN01"), ("key", "Tevredenheid"), ("theme", "geluk"), ("polarity", "hoger-beter")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Opgave: Kies een van de opgaven."));
    let ok = app
        .post_form(
            "/beheer/indicatoren",
            &[
                ("source_table", "EIGEN01"),
                ("key", "Tevredenheid"),
                ("theme", "samenleven"),
                ("polarity", "hoger-beter"),
                ("in_scan", "1"),
            ],
        )
        .await;
    ok.assert_status(StatusCode::SEE_OTHER);
    let c = app.store.indicator_classification("EIGEN01", "Tevredenheid", "").await.unwrap().unwrap();
    assert!(c.in_scan && c.polarity == wijkwijzer::domain::catalogue::Polarity::HigherIsBetter);
    // Asking to score the composition column changes nothing about that.
    app.post_form(
        "/beheer/indicatoren",
        &[
            ("source_table", "EIGEN01"),
            ("key", "Herkomst"),
            ("theme", "samenleven"),
            ("polarity", "hoger-slechter"),
            ("in_scan", "1"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let c = app.store.indicator_classification("EIGEN01", "Herkomst", "").await.unwrap().unwrap();
    assert!(c.composition && !c.in_scan);
    let audit = app.store.audit_records(AuditFilter::default(), 1, 5).await.unwrap();
    assert_eq!(audit.items[0].action, "classify");
    assert_eq!(audit.items[0].actor_id, Some(manager.id));
}

/// A gegevensbeheerder (not a programme's beheerder) uploads StatLine files through the browser: the same importer as the command line,
/// all files of one upload in one transaction, a pointed message for a broken file, typed fields
/// kept, CSRF required, and nobody else may.
#[tokio::test]
async fn a_data_steward_uploads_statistics_files_and_a_broken_upload_stores_nothing() {
    use axum_test::multipart::{MultipartForm, Part};
    let mut app = TestApp::sqlite().await;
    let fixture =
        |name: &str| std::fs::read(format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let upload = |token: &str, files: &[(&str, Vec<u8>)], table: &str| {
        let mut form = MultipartForm::new().add_text("csrf_token", token.to_string());
        for (name, bytes) in files {
            form = form.add_part("bestanden", Part::bytes(bytes.clone()).file_name(name.to_string()));
        }
        form.add_text("tabel", table.to_string()).add_text("periode", "").add_text("indeling", "")
    };

    // Anonymous: to the login; a reader of nothing: forbidden.
    app.server.get("/beheer/import").await.assert_status(StatusCode::SEE_OTHER);
    app.login_as("lezer@x.nl", false).await;
    app.server.get("/beheer/import").await.assert_status(StatusCode::FORBIDDEN);
    let token = app.csrf().await;
    let refused = app
        .server
        .post("/beheer/import")
        .multipart(upload(&token, &[("good.json", fixture("good.json"))], "HAND01"))
        .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();

    // A beheerder of a programme may not import over the statistics every programme shares.
    let p = app.programme("P", &[]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    app.server.get("/beheer/import").await.assert_status(StatusCode::FORBIDDEN);
    let token = app.csrf().await;
    let refused = app
        .server
        .post("/beheer/import")
        .multipart(upload(&token, &[("good.json", fixture("good.json"))], "HAND01"))
        .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.count_values("HAND01").await.unwrap(), 0, "nothing imported");

    // A gegevensbeheerder may.
    let flags = wijkwijzer::domain::user::UserFlags { is_data_steward: true, ..manager.flags() };
    app.store.update_user_flags(&Actor::system("test"), manager.id, flags).await.unwrap();
    let page = app.server.get("/beheer/import").await.text();
    assert!(page.contains("enctype=\"multipart/form-data\"") && page.contains("Er is nog niets geïmporteerd."));
    let token = app.csrf().await;

    // Without the CSRF token: refused.
    let no_token = MultipartForm::new().add_part("bestanden", Part::bytes(fixture("good.json")).file_name("good.json"));
    app.server.post("/beheer/import").multipart(no_token).await.assert_status(StatusCode::FORBIDDEN);

    // No file: a message next to the field, the typed table name kept.
    let none = app.server.post("/beheer/import").multipart(upload(&token, &[], "MIJN-TABEL")).await;
    none.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.text().contains("Kies ten minste één bestand.") && none.text().contains("value=\"MIJN-TABEL\""));

    // A good file with a broken one: nothing stored, the broken value pointed at.
    let files = [("good.json", fixture("good.json")), ("bad-value.json", fixture("bad-value.json"))];
    let broken = app.server.post("/beheer/import").multipart(upload(&token, &files, "HAND01")).await;
    broken.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        broken.text().contains("bad-value.json, rij 2, kolom Eenzaam_28: &#39;veel&#39; is geen getal"),
        "{}",
        broken.text()
    );
    assert_eq!(app.store.count_values("HAND01").await.unwrap(), 0);
    assert_eq!(app.store.imports(1, 10).await.unwrap().total, 0);

    // The good file alone: stored, listed, audited.
    let ok = app
        .server
        .post("/beheer/import")
        .multipart(upload(&token, &[("good.json", fixture("good.json"))], "HAND01"))
        .await;
    ok.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(ok.header("location"), "/beheer/import?melding=geimporteerd");
    assert_eq!(app.store.count_values("HAND01").await.unwrap(), 2, "55.7 and a missing figure");
    let listed = app.server.get("/beheer/import?melding=geimporteerd").await.text();
    assert!(
        listed.contains("De bestanden zijn geïmporteerd.") && listed.contains("good.json") && listed.contains("HAND01")
    );
    assert!(listed.contains("beheerder@x.nl"), "who imported it");

    // Too large: refused with a clear message, before anything is read.
    let huge = vec![b' '; wijkwijzer::http::frame::MAX_UPLOAD_BYTES + 1024];
    let too_large = app.server.post("/beheer/import").multipart(upload(&token, &[("groot.csv", huge)], "")).await;
    too_large.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_large.text().contains("Te groot om te verwerken"));
}

#[tokio::test]
async fn a_partner_records_a_story_and_every_field_renders_inert() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    let form = app.server.get(&format!("/programmas/{}/verhalen/nieuw", p.id)).await;
    form.assert_status_ok();
    let html = form.text();
    assert!(html.contains("<option value=\"WK059910\" selected>"), "the programme's only area is chosen");
    assert!(html.contains("name=\"consent\" value=\"1\" aria-describedby=\"f-consent-hint\">"), "consent starts off");

    // Payloads in every field: refused with a message per field, everything shown back escaped.
    let path = format!("/programmas/{}/verhalen", p.id);
    let all = [
        ("text", PAYLOAD),
        ("role", PAYLOAD),
        ("told_on", PAYLOAD),
        ("area", PAYLOAD),
        ("source", PAYLOAD),
        ("themes", PAYLOAD),
        ("indicators", PAYLOAD),
    ];
    let refused = app.post_form(&path, &all).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert_inert(&html, "refused form");
    assert!(html.contains("Vul een bestaande datum in"), "date message");
    assert!(html.contains("Kies een gebied van dit programma."));
    assert!(html.contains("Kies een van de mogelijkheden."));
    assert!(html.contains("Kies minstens één thema.") || html.contains("Kies uit de lijst."));
    assert!(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"), "the text is kept, escaped");
    assert!(app.store.stories(p.id, false).await.unwrap().is_empty(), "nothing stored");

    // Free text may hold anything; it is stored as typed and shown inert everywhere.
    let ok = app
        .post_form(
            &path,
            &[
                ("text", PAYLOAD),
                ("role", PAYLOAD),
                ("told_on", "1-10-2026"),
                ("area", "WK059910"),
                ("source", "bewoner"),
                ("themes", "veiligheid"),
                ("themes", "samenleven"),
                ("consent", "1"),
            ],
        )
        .await;
    ok.assert_status(StatusCode::SEE_OTHER);
    let stored = app.store.stories(p.id, false).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].text, PAYLOAD);
    assert_eq!(stored[0].told_on, "2026-10-01");
    assert!(stored[0].consent);
    let id = stored[0].id;
    for page in [
        format!("/programmas/{}/verhalen", p.id),
        format!("/programmas/{}/verhalen/{id}/bewerken", p.id),
        format!("/programmas/{}/verhalen/{id}/verwijderen", p.id),
        format!("/programmas/{}/stand", p.id),
        format!("/programmas/{}", p.id),
    ] {
        let res = app.server.get(&page).await;
        res.assert_status_ok();
        assert_inert(&res.text(), &page);
    }
    assert!(app.server.get(&format!("/programmas/{}", p.id)).await.text().contains("1 verhaal"));
    assert_eq!(app.history(p.id).await[0].entity, "story");
}

#[tokio::test]
async fn a_story_is_public_only_with_consent_on_a_published_urgency_page() {
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let path = format!("/programmas/{}/verhalen", p.id);
    for (text, consent) in [("Openbaar verhaal", "1"), ("Vertrouwelijk verhaal", "")] {
        app.post_form(
            &path,
            &[
                ("text", text),
                ("role", "wijkagent"),
                ("told_on", "2026-10-01"),
                ("source", "professional"),
                ("themes", "veiligheid"),
                ("consent", consent),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    }
    let internal = app.server.get(&format!("/programmas/{}/stand", p.id)).await.text();
    assert!(internal.contains("Openbaar verhaal") && internal.contains("Vertrouwelijk verhaal"));
    assert!(internal.contains("Niet openbaar: alleen voor het programma"), "private stories are marked for members");
    assert!(internal.contains("Nog niet openbaar"), "members see that the dossier is not public");

    app.server.clear_cookies();
    let dossier = format!("/programmas/{}/stand", p.id);
    app.server.get(&dossier).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&Actor::system("test"), p.id, &[Page::Overview, Page::Urgency]).await.unwrap();
    let public = app.server.get(&dossier).await;
    public.assert_status_ok();
    let html = public.text();
    assert!(html.contains("Openbaar verhaal"));
    assert!(!html.contains("Vertrouwelijk verhaal"), "no consent, not public");
    assert!(html.contains("— wijkagent (professional), 01-10-2026"), "only the role is shown");
    assert!(!html.contains("beheerder@x.nl"), "not who recorded it");
    app.server.get(&path).await.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn editing_and_deleting_a_story_asks_first_and_is_limited_to_its_programme() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let other = app.programme("Elders", &[]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    let actor = Actor::system("test");
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    app.store.set_member_role(&actor, other.id, partner.id, Role::Reader).await.unwrap();
    let new = wijkwijzer::domain::story::NewStory {
        area_code: None,
        told_on: "2026-10-01".into(),
        source: wijkwijzer::domain::story::SourceType::Entrepreneur,
        role: "winkelier".into(),
        text: "Eerste versie".into(),
        themes: vec![wijkwijzer::domain::catalogue::Theme::Work],
        indicators: vec![],
        consent: false,
    };
    let s = app.store.create_story(&actor, p.id, &new).await.unwrap();
    // Through the other programme the story does not exist, and a reader there may not change anything.
    app.server
        .get(&format!("/programmas/{}/verhalen/{}/bewerken", other.id, s.id))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let edit = format!("/programmas/{}/verhalen/{}/bewerken", p.id, s.id);
    let html = app.server.get(&edit).await.text();
    assert!(html.contains("Eerste versie") && html.contains("value=\"ondernemer\" checked"));
    let bad = app
        .post_form(
            &edit,
            &[
                ("text", "Tweede versie"),
                ("role", ""),
                ("told_on", "2026-10-01"),
                ("source", "ondernemer"),
                ("themes", "werk"),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Tweede versie"), "the typed text is kept");
    assert_eq!(app.store.story(p.id, s.id).await.unwrap().text, "Eerste versie");
    app.post_form(
        &edit,
        &[
            ("text", "Tweede versie"),
            ("role", "winkelier"),
            ("told_on", "2026-10-01"),
            ("source", "ondernemer"),
            ("themes", "werk"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.story(p.id, s.id).await.unwrap().text, "Tweede versie");
    let confirm = app.server.get(&format!("/programmas/{}/verhalen/{}/verwijderen", p.id, s.id)).await;
    confirm.assert_status_ok();
    assert!(confirm.text().contains("Verhaal van winkelier (01-10-2026) verwijderen?"));
    app.post_form(&format!("/programmas/{}/verhalen/{}/verwijderen", p.id, s.id), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(app.store.stories(p.id, false).await.unwrap().is_empty());
    app.post_form(&format!("/programmas/{}/verhalen/{}/verwijderen", p.id, s.id), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_writes_the_dossier_and_a_wrong_form_keeps_what_was_typed() {
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let path = format!("/programmas/{}/stand/bewerken", p.id);
    let form = app.server.get(&path).await.text();
    assert!(
        form.contains("name=\"weight_gezondheid\" type=\"text\" inputmode=\"decimal\" value=\"1\""),
        "weights start at 1"
    );
    let bad = app
        .post_form(
            &path,
            &[
                ("trigger", "incident"),
                ("trigger_description", ""),
                ("justification", "Mijn onderbouwing"),
                ("weight_gezondheid", "veel"),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    assert!(html.contains("Beschrijf de aanleiding.") && html.contains("Een gewicht is een getal van 0 tot 10"));
    assert!(html.contains("Mijn onderbouwing") && html.contains("value=\"veel\""), "typed values are kept");
    assert!(app.store.dossier(p.id).await.unwrap().is_empty());
    app.post_form(
        &path,
        &[
            ("trigger", "bewoners"),
            ("trigger_date", "2026-03-12"),
            ("trigger_description", "Bewonersavond <b>vol</b>"),
            ("justification", "Eerste alinea.\n\nTweede alinea."),
            ("reference", "gemeente"),
            ("weight_gezondheid", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let d = app.store.dossier(p.id).await.unwrap();
    assert_eq!(d.weights_text(), "gezondheid=2");
    let html = app.server.get(&format!("/programmas/{}/stand", p.id)).await.text();
    assert!(html.contains("Signalen van bewoners") && html.contains("12-03-2026"), "dates as Dutch readers write them");
    assert!(html.contains("Bewonersavond &#60;b&#62;vol&#60;/b&#62;") || html.contains("Bewonersavond &lt;b&gt;vol"));
    assert!(html.contains("<p>Eerste alinea.</p><p>Tweede alinea.</p>"));
    assert!(html.contains("data-print") && html.contains("/static/print.js"), "a print button without inline script");
    let js = app.server.get("/static/print.js").await;
    js.assert_status_ok();
    assert!(js.text().contains("window.print()"));
    // A partner may not change the dossier.
    app.server.clear_cookies();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    app.post_form(&path, &[("justification", "Gekaapt")]).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.dossier(p.id).await.unwrap().justification, "Eerste alinea.\n\nTweede alinea.");
}

/// Ten made-up buurten of Rotterdam (synthetic figures, test only): loneliness and making ends
/// meet rise with the buurt's number.
pub(crate) fn ten_buurten() -> wijkwijzer::domain::statistics::Dataset {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Dataset, IndicatorMeta, Period, Record};
    let meta =
        |key: &str| IndicatorMeta { key: key.into(), title: key.into(), unit: "%".into(), description: String::new() };
    Dataset {
        source_table: "50090NED".into(),
        layout_year: Some(2020),
        areas: (0..10)
            .map(|n| AreaName {
                code: AreaCode::parse(&format!("BU059910{n:02}")).unwrap(),
                name: format!("Buurt {n}"),
            })
            .collect(),
        indicators: vec![meta("Eenzaam_28"), meta("MoeiteMetRondkomen_38")],
        variants: vec!["Leeftijd=20300;Marges=MW00000".into()],
        periods: vec![Period::from_statline("2020JJ00").unwrap()],
        records: (0..10)
            .map(|n| Record {
                area: n,
                period: 0,
                variant: 0,
                cells: vec![
                    (0, Cell::Value { value: 40.0 + n as f64, symbol: None }),
                    (1, Cell::Value { value: 10.0 + 2.0 * n as f64, symbol: None }),
                ],
            })
            .collect(),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_data_steward_checks_the_scan_against_a_list_and_a_wrong_line_keeps_what_was_pasted() {
    use axum_test::multipart::{MultipartForm, Part};
    let app = TestApp::sqlite().await;
    app.store.import_dataset(&Actor::system("test"), "tien.json", "test", &ten_buurten()).await.unwrap();
    let form = |token: &str, codes: &str, file: Option<&str>| {
        let mut f = MultipartForm::new()
            .add_text("csrf_token", token.to_string())
            .add_text("codes", codes.to_string())
            .add_text("gemeente", "GM0599")
            .add_text("niveau", "buurt")
            .add_text("periode", "");
        if let Some(text) = file {
            f = f.add_part("lijst", Part::bytes(text.as_bytes().to_vec()).file_name("lijst.csv"));
        }
        f
    };

    // Anonymous: to the login; an account without the role: forbidden, and no link on the method page.
    app.server.get("/urgentie/methode/controle").await.assert_status(StatusCode::SEE_OTHER);
    let user = app.login_as("lezer@x.nl", false).await;
    app.server.get("/urgentie/methode/controle").await.assert_status(StatusCode::FORBIDDEN);
    assert!(!app.server.get("/urgentie/methode").await.text().contains("/urgentie/methode/controle"));
    let flags = wijkwijzer::domain::user::UserFlags { is_data_steward: true, ..user.flags() };
    app.store.update_user_flags(&Actor::system("test"), user.id, flags).await.unwrap();
    assert!(app.server.get("/urgentie/methode").await.text().contains("href=\"/urgentie/methode/controle\""));
    let token = app.csrf().await;

    // The three buurten with the highest figures, as a file with a header: every measure puts
    // them first (AUC 1), and a code the scan lacks is named.
    let list = "code;naam\nBU05991009;Buurt 9\nBU05991008;Buurt 8\nBU05991007;Buurt 7\nBU05990000;onbekend\n";
    let page = app.server.post("/urgentie/methode/controle").multipart(form(&token, "", Some(list))).await;
    page.assert_status_ok();
    let text = page.text();
    assert!(text.contains("3 aangewezen gebieden, 7 andere gebieden met een score"), "{text}");
    assert!(text.contains("Urgentiescore (alle indicatoren samen)</th><td class=\"num\">1,00</td>"), "{text}");
    assert!(text.contains("1 code uit de lijst zit niet in de scan") && text.contains("BU05990000"), "{text}");
    assert!(text.contains("Rotterdam (GM0599)") || text.contains("GM0599 (GM0599)"), "{text}");
    assert!(text.contains("Geen: de scan zet elk aangewezen gebied in de urgentere helft"), "{text}");

    // The two lowest: AUC 0, and both are named with their rank.
    let page =
        app.server.post("/urgentie/methode/controle").multipart(form(&token, "BU05991000\nBU05991001\n", None)).await;
    let text = page.text();
    assert!(text.contains("Urgentiescore (alle indicatoren samen)</th><td class=\"num\">0,00</td>"), "{text}");
    assert!(text.contains("rang 10 van 10 in de gemeente") && text.contains("rang 9 van 10"), "{text}");

    // A pasted line without a code: a message next to the field, nothing checked, the text kept.
    let page =
        app.server.post("/urgentie/methode/controle").multipart(form(&token, "BU05991009\nBuurt negen\n", None)).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let text = page.text();
    assert!(text.contains("Regel 2 heeft geen CBS-gebiedscode in de eerste kolom"), "{text}");
    assert!(text.contains("BU05991009\nBuurt negen") && !text.contains("Uitkomst"), "{text}");
    // Nothing at all: said next to the field.
    let page = app.server.post("/urgentie/methode/controle").multipart(form(&token, "", None)).await;
    assert!(page.text().contains("Geef een lijst met ten minste één gebiedscode"));
    // Without the CSRF token: refused.
    let no_token = MultipartForm::new().add_text("codes", "BU05991009");
    app.server.post("/urgentie/methode/controle").multipart(no_token).await.assert_status(StatusCode::FORBIDDEN);
}

/// Where a table's margins are imported (here a constructed one; the shipped exports hold the
/// value only), the scan marks a reason whose interval holds the reference, on the page and in the
/// API; a figure without a margin is not marked either way.
#[tokio::test]
async fn the_scan_marks_a_reason_whose_published_margin_holds_the_reference() {
    use wijkwijzer::domain::statistics::{Cell, Record};
    let app = TestApp::sqlite().await;
    let mut d = ten_buurten();
    d.variants.push("Leeftijd=20300;Marges=MOG0095".into());
    d.variants.push("Leeftijd=20300;Marges=MBG0095".into());
    // Eenzaam is 40 … 49 % (median 44.5). Buurt 9 (49 %): 40–58, the median within; Buurt 8 (48 %): 46–50.
    for (area, lower, upper) in [(9, 40.0, 58.0), (8, 46.0, 50.0)] {
        for (variant, value) in [(1, lower), (2, upper)] {
            d.records.push(Record { area, period: 0, variant, cells: vec![(0, Cell::Value { value, symbol: None })] });
        }
    }
    app.store.import_dataset(&Actor::system("test"), "marges.json", "test", &d).await.unwrap();

    let page = app.server.get("/urgentie?gemeente=GM0599").await;
    page.assert_status_ok();
    let text = crate::common::app::text_of(&page.text());
    assert_eq!(text.matches(", binnen de marge").count(), 1, "{text}");
    let en = app
        .server
        .get("/urgentie?gemeente=GM0599")
        .add_header(axum::http::header::ACCEPT_LANGUAGE, axum::http::HeaderValue::from_static("en"))
        .await
        .text();
    assert_eq!(en.matches(", within the margin").count(), 1);

    let json: serde_json::Value = app.server.get("/api/v1/scan?gemeente=GM0599").await.json();
    let within = |code: &str| {
        let area = json["areas"].as_array().unwrap().iter().find(|a| a["code"] == code).unwrap();
        let c = area["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["indicator"].as_str().unwrap().contains("Eenzaam_28"))
            .unwrap();
        c.get("within_margin").cloned()
    };
    assert_eq!(within("BU05991009"), Some(serde_json::json!(true)));
    assert_eq!(within("BU05991008"), Some(serde_json::json!(false)));
    assert_eq!(within("BU05991007"), None, "no margin, no mark");
    // The bounds are not indicators of their own.
    let indicators: Vec<&str> =
        json["indicators"].as_array().unwrap().iter().map(|i| i["indicator"].as_str().unwrap()).collect();
    assert!(indicators.iter().all(|i| i.ends_with("Marges=MW00000")), "{indicators:?}");
}

/// Similar areas as the reference need the Kerncijfers of the level: without them the choice is
/// refused next to the field (and by the API), with the reason and what to choose instead.
#[tokio::test]
async fn comparing_with_similar_areas_without_their_context_says_why_not() {
    let app = TestApp::sqlite().await;
    app.store.import_dataset(&Actor::system("test"), "tien.json", "test", &ten_buurten()).await.unwrap();
    let page = app.server.get("/urgentie?gemeente=GM0599&referentie=vergelijkbaar").await;
    let html = page.text();
    assert!(html.contains("id=\"f-referentie-error\""), "{html}");
    assert!(
        crate::common::app::text_of(&html).contains("Voor dit niveau zijn geen vergelijkbare gebieden bekend"),
        "{html}"
    );
    assert!(html.contains("<option value=\"vergelijkbaar\" selected>"), "the choice is kept");
    let api = app.server.get("/api/v1/scan?gemeente=GM0599&referentie=vergelijkbaar").expect_failure().await;
    api.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // The other references still work on the same data.
    app.server.get("/api/v1/scan?gemeente=GM0599&referentie=gemeente").await.assert_status_ok();
}
