//! Programmes: creating, editing, publishing, archiving, members and roles, in pages and API.

use crate::common::app::{TestApp, fragment, h, v};
use crate::common::{PASSWORD, add_user};
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;

#[tokio::test]
async fn an_administrator_creates_a_programme_and_the_change_is_audited() {
    let app = TestApp::sqlite().await;
    let admin = app.login_as("admin@x.nl", true).await;
    let form = app.server.get("/programmas/nieuw").await.text();
    let year = time::OffsetDateTime::now_utc().year();
    assert!(
        form.contains(&format!("value=\"{year}\"")) && form.contains(&format!("value=\"{}\"", year + 20)),
        "start this year, a generation ahead"
    );
    let res = app
        .post_form(
            "/programmas",
            &[
                ("name", "Wijkaanpak Zuid"),
                ("municipality_code", "GM0599"),
                ("municipality_name", "Rotterdam"),
                ("start_year", "2024"),
                ("horizon_year", "2044"),
                ("layout_year", "2024"),
                ("areas", "WK059910 Feijenoord\nWK059915 Charlois"),
                ("description", "Samen aan de slag."),
            ],
        )
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    let location = res.header("location").to_str().unwrap().to_string();
    assert!(location.starts_with("/programmas/1"), "{location}");
    let page = app.server.get(&location).await.text();
    assert!(page.contains("Wijkaanpak Zuid") && page.contains("Aangemaakt."));
    for step in ["Urgentie", "Coalitie", "Agenda", "Randvoorwaarden", "Uitvoeren"] {
        assert!(page.contains(step), "{step}");
    }
    assert!(page.contains("2 gebieden"));
    let audit = app.history(1).await;
    assert_eq!(audit[0].action, "create");
    assert_eq!(audit[0].actor_id, Some(admin.id));
    // The history page shows it too.
    assert!(app.server.get("/programmas/1/geschiedenis").await.text().contains("Wijkaanpak aangemaakt"));
}

#[tokio::test]
async fn an_invalid_programme_form_keeps_the_input_and_explains_each_field() {
    let app = TestApp::sqlite().await;
    app.login_as("admin@x.nl", true).await;
    let res = app
        .post_form(
            "/programmas",
            &[
                ("name", "Mijn <wijk>"),
                ("municipality_code", "GM0599"),
                ("municipality_name", "Rotterdam"),
                ("start_year", "2030"),
                ("horizon_year", "2020"),
                ("layout_year", "2024"),
                ("areas", "WK059910\nWK036301 Burgwallen"),
            ],
        )
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(
        html.contains("value=\"Mijn &#60;wijk&#62;\"") || html.contains("value=\"Mijn &lt;wijk&gt;\""),
        "typed name kept, escaped"
    );
    assert!(html.contains("WK036301 Burgwallen</textarea>"), "typed areas kept");
    assert!(html.contains("aria-invalid=\"true\""));
    // The summary: each problem labelled, linked to its field, in the order of the form.
    insta::assert_snapshot!(fragment(&html, "<div class=\"error-summary\"", "</div>"));
    assert!(app.store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap().is_empty());
}

#[tokio::test]
async fn free_text_is_escaped_everywhere_it_is_shown() {
    let app = TestApp::sqlite().await;
    app.login_as("admin@x.nl", true).await;
    let p = app.programme("<script>alert(1)</script>", &[Page::Overview]).await;
    for path in ["/".to_string(), format!("/programmas/{}", p.id), "/gemeenten/GM0599".into()] {
        let html = app.server.get(&path).await.text();
        assert!(!html.contains("<script>alert(1)"), "{path}");
        assert!(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"), "{path}");
    }
}

/// The role matrix: for each kind of visitor, which programme routes answer how.
#[tokio::test]
async fn each_role_gets_exactly_its_rights_on_every_programme_route() {
    let mut app = TestApp::sqlite().await;
    let hidden = app.programme("Verborgen", &[]).await;
    let id = hidden.id;
    let manager = add_user(&app.store, "beheerder@x.nl", false).await;
    let partner = add_user(&app.store, "partner@x.nl", false).await;
    let reader = add_user(&app.store, "lezer@x.nl", false).await;
    add_user(&app.store, "buiten@x.nl", false).await;
    add_user(&app.store, "admin@x.nl", true).await;
    let actor = Actor::system("test");
    app.store.set_member_role(&actor, id, manager.id, Role::Manager).await.unwrap();
    app.store.set_member_role(&actor, id, partner.id, Role::Partner).await.unwrap();
    app.store.set_member_role(&actor, id, reader.id, Role::Reader).await.unwrap();

    let routes = [
        format!("/programmas/{id}"),
        format!("/programmas/{id}/leden"),
        format!("/programmas/{id}/bewerken"),
        format!("/programmas/{id}/publicatie"),
        format!("/programmas/{id}/geschiedenis"),
        format!("/programmas/{id}/verwijderen"),
        "/programmas/nieuw".to_string(),
        "/beheer/gebruikers".to_string(),
        "/beheer/geschiedenis".to_string(),
        format!("/programmas/{id}/verhalen"),
        format!("/programmas/{id}/verhalen/nieuw"),
        format!("/programmas/{id}/stand"),
        format!("/programmas/{id}/stand/bewerken"),
        format!("/programmas/{id}/coalitie"),
        format!("/programmas/{id}/coalitie/partijen/nieuw"),
        format!("/programmas/{id}/agenda"),
        format!("/programmas/{id}/agenda/visie"),
        format!("/programmas/{id}/agenda/doelen/nieuw"),
        format!("/programmas/{id}/agenda/maatregelen"),
        format!("/programmas/{id}/agenda/maatregelen/nieuw"),
        format!("/programmas/{id}/agenda/plannen"),
        format!("/programmas/{id}/agenda/financiering"),
        format!("/programmas/{id}/agenda/wie-doet-wat"),
        format!("/programmas/{id}/agenda/bewonersagenda"),
        format!("/programmas/{id}/agenda/wijkdeal"),
        format!("/programmas/{id}/agenda/begroting.csv"),
        format!("/programmas/{id}/randvoorwaarden"),
        format!("/programmas/{id}/voortgang"),
    ];
    // 200 = allowed, 303 = log in first, 403 = not for your role.
    let expected: [(&str, [u16; 28]); 6] = [
        ("", [303; 28]),
        ("buiten@x.nl", [403; 28]),
        (
            "lezer@x.nl",
            [
                200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403, 200, 403, 200, 403, 200, 403, 403, 200, 403,
                403, 200, 200, 200, 200, 200, 200, 200,
            ],
        ),
        (
            "partner@x.nl",
            [
                200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 403, 200, 403, 200, 403, 403, 200, 403,
                403, 200, 200, 200, 200, 200, 200, 200,
            ],
        ),
        (
            "beheerder@x.nl",
            [
                200, 200, 200, 200, 200, 403, 403, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
                200, 200, 200, 200, 200, 200, 200, 200,
            ],
        ),
        ("admin@x.nl", [200; 28]),
    ];
    for (who, codes) in expected {
        app.server.clear_cookies();
        if !who.is_empty() {
            app.login(who, PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
        }
        for (route, code) in routes.iter().zip(codes) {
            let got = app.server.get(route).await.status_code().as_u16();
            assert_eq!(got, code, "{who} GET {route}");
        }
    }
}

#[tokio::test]
async fn state_changes_are_refused_for_roles_without_the_right() {
    let app = TestApp::sqlite().await;
    let p = app.programme("P", &[]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    let edit = app.post_form(&format!("/programmas/{}/bewerken", p.id), &[("name", "Gekaapt")]).await;
    edit.assert_status(StatusCode::FORBIDDEN);
    let add = app
        .post_form(&format!("/programmas/{}/leden", p.id), &[("email", "partner@x.nl"), ("role", "beheerder")])
        .await;
    add.assert_status(StatusCode::FORBIDDEN);
    let publish = app.post_form(&format!("/programmas/{}/publicatie", p.id), &[("pagina_overzicht", "1")]).await;
    publish.assert_status(StatusCode::FORBIDDEN);
    let delete = app.post_form(&format!("/programmas/{}/verwijderen", p.id), &[]).await;
    delete.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.programme(p.id).await.unwrap().name, "P");
    assert_eq!(app.store.role_in(partner.id, p.id).await.unwrap(), Some(Role::Partner));
}

#[tokio::test]
async fn the_public_sees_a_programme_only_once_its_overview_is_published() {
    let app = TestApp::sqlite().await;
    let open = app.programme("Open", &[Page::Overview]).await;
    let closed = app.programme("Dicht", &[]).await;
    let home = app.server.get("/").await.text();
    assert!(home.contains("Open") && !home.contains("Dicht"));
    let page = app.server.get(&format!("/programmas/{}", open.id)).await;
    page.assert_status_ok();
    let html = page.text();
    assert!(!html.contains("Leden"), "no internal links for the public");
    assert!(!html.contains("Coalitie"), "unpublished steps stay hidden");
    app.server.get(&format!("/programmas/{}", closed.id)).await.assert_status(StatusCode::SEE_OTHER);
    app.server.get("/programmas/999").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_publishes_pages_and_manages_members() {
    let app = TestApp::sqlite().await;
    let p = app.programme("P", &[]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    add_user(&app.store, "nieuw@x.nl", false).await;

    let res = app
        .post_form(&format!("/programmas/{}/publicatie", p.id), &[("pagina_overzicht", "1"), ("pagina_agenda", "1")])
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    let after = app.store.programme(p.id).await.unwrap();
    assert!(
        after.is_published(Page::Overview) && after.is_published(Page::Agenda) && !after.is_published(Page::Urgency)
    );

    let unknown =
        app.post_form(&format!("/programmas/{}/leden", p.id), &[("email", "onbekend@x.nl"), ("role", "lezer")]).await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = unknown.text();
    assert!(html.contains("Er is geen actief account met dit e-mailadres."));
    assert!(html.contains("value=\"onbekend@x.nl\""));

    let res =
        app.post_form(&format!("/programmas/{}/leden", p.id), &[("email", "nieuw@x.nl"), ("role", "partner")]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    let members = app.server.get(&format!("/programmas/{}/leden", p.id)).await.text();
    assert!(members.contains("nieuw@x.nl") && members.contains("Partner"));

    // Removing asks for confirmation first.
    let new_id = app.store.members(p.id).await.unwrap().iter().find(|m| m.email == "nieuw@x.nl").unwrap().user_id;
    let confirm = app.server.get(&format!("/programmas/{}/leden/{new_id}/verwijderen", p.id)).await.text();
    assert!(confirm.contains("verwijderen als lid?"));
    app.post_form(&format!("/programmas/{}/leden/{new_id}/verwijderen", p.id), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.members(p.id).await.unwrap().len(), 1);
    let history = app.history(p.id).await;
    assert!(history.iter().any(|r| r.entity == "membership" && r.action == "delete" && r.actor_id == Some(manager.id)));
}

#[tokio::test]
async fn archiving_a_programme_asks_first_and_keeps_its_history() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Weg", &[Page::Overview]).await;
    app.login_as("admin@x.nl", true).await;
    let confirm = app.server.get(&format!("/programmas/{}/verwijderen", p.id)).await.text();
    assert!(confirm.contains("Weg archiveren?"));
    let res = app.post_form(&format!("/programmas/{}/verwijderen", p.id), &[]).await;
    assert_eq!(res.header("location"), "/?melding=verwijderd");
    app.server.get(&format!("/programmas/{}", p.id)).await.assert_status(StatusCode::NOT_FOUND);
    let history = app.history(p.id).await;
    assert_eq!(history[0].action, "delete");
}

#[tokio::test]
async fn the_api_authenticates_scripts_by_token() {
    let app = TestApp::sqlite().await;
    let u = add_user(&app.store, "script@x.nl", true).await;
    let (_, token) = app.store.create_api_token(&Actor::system("test"), u.id, "script").await.unwrap();
    let res = app.server.get("/api/v1/me").await;
    res.assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(res.json::<serde_json::Value>()["error"]["code"], "unauthorised");
    let me: serde_json::Value = app.server.get("/api/v1/me").authorization_bearer(&token).await.json();
    assert_eq!(me["email"], "script@x.nl");
    app.server.get("/api/v1/me").authorization_bearer("ww_nep").await.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_api_creates_programmes_with_the_same_validation_as_the_form() {
    let app = TestApp::sqlite().await;
    let admin = add_user(&app.store, "admin@x.nl", true).await;
    let (_, token) = app.store.create_api_token(&Actor::system("test"), admin.id, "script").await.unwrap();
    let bad = serde_json::json!({
        "name": "", "municipality_code": "GM0599", "municipality_name": "Rotterdam",
        "start_year": 2024, "horizon_year": 2020, "areas": [{"code": "WK999999"}]
    });
    let res = app.server.post("/api/v1/programmes").authorization_bearer(&token).json(&bad).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json();
    assert_eq!(body["error"]["code"], "validation");
    assert_eq!(body["error"]["fields"]["name"], "Dit veld is verplicht.");
    assert!(body["error"]["fields"]["areas"].as_str().unwrap().contains("WK999999"));
    let good = serde_json::json!({
        "name": "Via API", "municipality_code": "GM0599", "municipality_name": "Rotterdam",
        "start_year": 2024, "horizon_year": 2044, "areas": [{"code": "WK059910", "name": "Feijenoord"}]
    });
    let res = app.server.post("/api/v1/programmes").authorization_bearer(&token).json(&good).await;
    res.assert_status(StatusCode::CREATED);
    let p: serde_json::Value = res.json();
    assert_eq!(p["areas"][0]["layout_year"], 2024);
    let list: serde_json::Value = app.server.get("/api/v1/programmes").authorization_bearer(&token).await.json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    // Without a token the unpublished programme is invisible.
    let public: serde_json::Value = app.server.get("/api/v1/programmes").await.json();
    assert!(public.as_array().unwrap().is_empty());
}

#[tokio::test]
async fn the_api_refuses_non_administrators_and_browser_writes_without_the_token_header() {
    let app = TestApp::sqlite().await;
    app.login_as("anna@x.nl", false).await;
    let body = serde_json::json!({"email": "x@y.nl", "password": PASSWORD});
    let res = app.server.post("/api/v1/users").add_header(h("x-csrf-token"), v(&app.csrf().await)).json(&body).await;
    res.assert_status(StatusCode::FORBIDDEN);
    let res = app.server.post("/api/v1/users").json(&body).await;
    res.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(res.json::<serde_json::Value>()["error"]["code"], "csrf");
}

#[tokio::test]
async fn the_openapi_document_describes_programmes_and_users() {
    let app = TestApp::sqlite().await;
    let doc: serde_json::Value = app.server.get("/api/v1/openapi.json").await.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    // The whole contract, so that a change to it is a reviewed change (`cargo insta review`).
    insta::assert_snapshot!("openapi", serde_json::to_string_pretty(&doc).unwrap());
    for path in [
        "/api/v1/programmes",
        "/api/v1/programmes/{id}",
        "/api/v1/programmes/{id}/members",
        "/api/v1/users",
        "/api/v1/me",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["schemas"].get("ProgrammeDto").is_some());
    assert!(doc["components"]["securitySchemes"].get("bearer").is_some());
}

#[tokio::test]
async fn a_municipality_page_lists_its_programmes() {
    let app = TestApp::sqlite().await;
    app.programme("Zuid", &[Page::Overview]).await;
    let html = app.server.get("/gemeenten/GM0599").await.text();
    assert!(html.contains("Gemeente Rotterdam") && html.contains("Zuid"));
    let html = app.server.get("/gemeenten/GM0363").await.text();
    assert!(html.contains("Er zijn (nog) geen zichtbare wijkaanpakken"));
    app.server.get("/gemeenten/onzin").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_edits_the_programme_and_its_members_through_the_api() {
    let app = TestApp::sqlite().await;
    let p = app.programme("API", &[]).await;
    let manager = add_user(&app.store, "beheerder@x.nl", false).await;
    let partner = add_user(&app.store, "partner@x.nl", false).await;
    let actor = Actor::system("test");
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let (_, token) = app.store.create_api_token(&actor, manager.id, "script").await.unwrap();
    let base = format!("/api/v1/programmes/{}", p.id);

    let res = app
        .server
        .put(&format!("{base}/members/{}", partner.id))
        .authorization_bearer(&token)
        .json(&serde_json::json!({"role": "eigenaar"}))
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .server
        .put(&format!("{base}/members/{}", partner.id))
        .authorization_bearer(&token)
        .json(&serde_json::json!({"role": "partner"}))
        .await;
    res.assert_status(StatusCode::NO_CONTENT);
    let members: serde_json::Value =
        app.server.get(&format!("{base}/members")).authorization_bearer(&token).await.json();
    let roles: Vec<&str> = members.as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["beheerder", "partner"]);

    let body = serde_json::json!({
        "name": "API hernoemd", "municipality_code": "GM0599", "municipality_name": "Rotterdam",
        "start_year": 2024, "horizon_year": 2044, "areas": [{"code": "BU05991081", "name": "Bloemhof"}]
    });
    let updated: serde_json::Value = app.server.put(&base).authorization_bearer(&token).json(&body).await.json();
    assert_eq!(updated["name"], "API hernoemd");
    assert_eq!(updated["areas"][0]["code"], "BU05991081");

    app.server
        .delete(&format!("{base}/members/{}", partner.id))
        .authorization_bearer(&token)
        .await
        .assert_status(StatusCode::NO_CONTENT);
    // A manager may not archive the programme: only site administrators may.
    app.server.delete(&base).authorization_bearer(&token).await.assert_status(StatusCode::FORBIDDEN);
    let history = app.history(p.id).await;
    assert!(history.iter().all(|r| r.actor_id.is_none() || r.actor_id == Some(manager.id)));
    assert_eq!(history.iter().filter(|r| r.actor_id == Some(manager.id)).count(), 3);
}

#[tokio::test]
async fn every_step_page_shows_the_five_steps_with_its_own_marked() {
    let app = crate::common::app::TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    app.login_as("admin@x.nl", true).await;
    let id = p.id;
    for (path, current) in [
        (format!("/programmas/{id}/stand"), "Urgentie"),
        (format!("/programmas/{id}/verhalen/nieuw"), "Urgentie"),
        (format!("/programmas/{id}/coalitie"), "Coalitie"),
        (format!("/programmas/{id}/agenda/doelen/nieuw"), "Agenda"),
        (format!("/programmas/{id}/randvoorwaarden"), "Randvoorwaarden"),
        (format!("/programmas/{id}/voortgang"), "Uitvoeren"),
    ] {
        let html = app.server.get(&path).await.text();
        let nav = crate::common::app::fragment(&html, "<nav class=\"stepper\"", "</nav>");
        assert_eq!(nav.matches("<li").count(), 5, "{path}: {nav}");
        assert_eq!(nav.matches("aria-current=\"step\"").count(), 1, "{path}");
        let marked = &nav[nav.find("aria-current=\"step\"").unwrap()..];
        let marked = &marked[..marked.find("</a>").unwrap()];
        assert!(marked.contains(current), "{path}: {marked}");
        assert!(nav.contains(&format!("href=\"/programmas/{id}/voortgang\"")), "{path}");
    }
    for elsewhere in [format!("/programmas/{id}"), "/gebieden".to_string(), format!("/programmas/{id}/leden")] {
        assert!(!app.server.get(&elsewhere).await.text().contains("class=\"stepper\""), "{elsewhere}");
    }
    // Each step says whether it has begun: the programme has areas (step 1), nothing else yet.
    let html = app.server.get(&format!("/programmas/{id}/coalitie")).await.text();
    let nav = crate::common::app::fragment(&html, "<nav class=\"stepper\"", "</nav>");
    assert_eq!(nav.matches("(begonnen)").count(), 1, "{nav}");
    assert_eq!(nav.matches("(nog niet begonnen)").count(), 4, "{nav}");
    assert!(nav.find("Urgentie").unwrap() < nav.find("(begonnen)").unwrap());
    // A page the visitor may not see shows no stepper at all (nor which steps have begun).
    let outsider = app.another_browser();
    outsider.login_as("buiten@x.nl", false).await;
    let denied = outsider.server.get(&format!("/programmas/{id}/agenda")).expect_failure().await;
    assert!(!denied.text().contains("class=\"stepper\""), "{}", denied.text());
}

#[tokio::test]
async fn step_five_on_the_programme_home_says_what_progress_follows_not_that_there_is_nothing() {
    use wijkwijzer::domain::audit::Actor;
    let app = crate::common::app::TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    app.login_as("admin@x.nl", true).await;
    let path = format!("/programmas/{}", p.id);
    assert!(
        app.server.get(&path).await.text().contains("Nog geen doelen om te volgen"),
        "empty before there are goals"
    );
    let goal = crate::common::own_goal("Meer initiatieven");
    app.store.create_goal(&Actor::system("test"), p.id, &goal).await.unwrap();
    let html = app.server.get(&path).await.text();
    assert!(html.contains("1 doel gevolgd op Voortgang") && !html.contains("Nog geen doelen om te volgen"), "{html}");
}

/// A gemeente's portfolio: its programmes side by side, each part shown only where the programme
/// published the page it comes from; the money per source and year adds up to the total of the
/// programmes shown, on the page and in the API.
async fn a_municipality_portfolio_adds_up_and_shows_only_what_is_public(app: TestApp) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    use wijkwijzer::domain::measure::{CostKind, NewBudgetLine, NewMeasure, Source, Status};
    let actor = Actor::system("test");
    let open = app.programme("Zuid", &[Page::Overview, Page::Agenda, Page::Progress]).await;
    let closed = app.programme("Noord", &[Page::Overview]).await;
    for (p, lines) in [
        (&open, vec![(2025, Source::Municipality, 100_000, 40_000), (2026, Source::State, 250_000, 0)]),
        (&closed, vec![(2025, Source::Municipality, 7_000_000, 1_000_000)]),
    ] {
        let party = NewParty {
            name: "Gemeente Rotterdam".into(),
            kind: PartyKind::Municipality,
            description: String::new(),
            joined_on: "2024-01-15".into(),
            joined_note: String::new(),
        };
        let owner = app.store.create_party(&actor, p.id, &party).await.unwrap().id;
        let measure = NewMeasure {
            title: "Schuldhulp dichtbij".into(),
            description: String::new(),
            goal_ids: vec![],
            owner_id: owner,
            partner_ids: vec![],
            starts_on: "2025-01-01".into(),
            ends_on: String::new(),
            status: Status::Running,
            status_reason: String::new(),
            plan_id: None,
        };
        let mut m = app.store.create_measure(&actor, p.id, &measure).await.unwrap();
        for (year, source, planned_cents, spent_cents) in lines {
            let line = NewBudgetLine {
                year,
                planned_cents,
                spent_cents,
                source,
                funder_id: None,
                kind: CostKind::Execution,
                note: String::new(),
            };
            m = app.store.save_budget_line(&actor, p.id, m.id, None, m.version, &line).await.unwrap();
        }
    }
    // The public: Zuid's money and goals; Noord's agenda is not public, so its money is not counted.
    let html = app.server.get("/gemeenten/GM0599").await.text();
    let page = crate::common::app::text_of(&html);
    assert!(page.contains("2 wijkaanpakken van deze gemeente naast elkaar"), "{page}");
    assert!(page.contains("€ 3.500"), "Zuid's € 1.000 + € 2.500 planned: {page}");
    assert!(!page.contains("70.000"), "Noord's money is not public: {page}");
    assert!(page.contains("Van 1 wijkaanpak is de agenda niet openbaar"), "{page}");
    assert!(page.contains("Gemeente € 1.000") && page.contains("Rijk € 0 besteed € 0 € 2.500"), "{page}");
    let api: serde_json::Value = app.server.get("/api/v1/municipalities/GM0599/portfolio").await.json();
    let cells: i64 = api["money"].as_array().unwrap().iter().map(|c| c["planned_cents"].as_i64().unwrap()).sum();
    let programmes: i64 =
        api["programmes"].as_array().unwrap().iter().filter_map(|p| p["money"]["planned_cents"].as_i64()).sum();
    assert_eq!((cells, programmes, api["total"]["planned_cents"].as_i64().unwrap()), (350_000, 350_000, 350_000));
    let noord = api["programmes"].as_array().unwrap().iter().find(|p| p["name"] == "Noord").unwrap();
    assert!(noord["money"].is_null() && noord["goals"].is_null(), "{noord}");
    // A member of Noord sees its money too, and the totals still reconcile.
    let member = app.login_as("lid-noord@example.org", false).await;
    app.store.set_member_role(&actor, closed.id, member.id, Role::Reader).await.unwrap();
    let api: serde_json::Value = app.server.get("/api/v1/municipalities/GM0599/portfolio").await.json();
    let cells: i64 = api["money"].as_array().unwrap().iter().map(|c| c["planned_cents"].as_i64().unwrap()).sum();
    let programmes: i64 =
        api["programmes"].as_array().unwrap().iter().filter_map(|p| p["money"]["planned_cents"].as_i64()).sum();
    assert_eq!((cells, programmes, api["total"]["planned_cents"].as_i64().unwrap()), (7_350_000, 7_350_000, 7_350_000));
    assert!(crate::common::app::text_of(&app.server.get("/gemeenten/GM0599").await.text()).contains("€ 73.500"));
}

#[tokio::test]
async fn a_municipality_portfolio_adds_up_and_shows_only_what_is_public_on_sqlite() {
    a_municipality_portfolio_adds_up_and_shows_only_what_is_public(TestApp::sqlite().await).await;
}

#[tokio::test]
async fn a_municipality_portfolio_adds_up_and_shows_only_what_is_public_on_postgres() {
    if let Some(app) = TestApp::postgres("a_municipality_portfolio_adds_up").await {
        a_municipality_portfolio_adds_up_and_shows_only_what_is_public(app).await;
    }
}
