//! Step 3, the agenda: vision, goals, measures with their lines, financing, the residents' agenda.

use crate::common::PASSWORD;
use crate::common::app::{TestApp, assert_inert, fragment};
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;

#[tokio::test]
async fn a_manager_records_versions_of_the_vision_citing_a_decision() {
    use wijkwijzer::domain::governance::{BodyKind, DecisionRule, NewBody, NewMeeting};
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let body = NewBody {
        name: "Stuurgroep".into(),
        kind: BodyKind::Steering,
        rule: DecisionRule::Consensus,
        lead_party: None,
        description: String::new(),
    };
    let b = app.store.create_body(&actor, p.id, &body).await.unwrap();
    let m = NewMeeting {
        held_on: "2025-11-20".into(),
        starts_at: String::new(),
        location: String::new(),
        notes: String::new(),
        decisions: vec!["Visie vastgesteld".into()],
    };
    app.store.add_meeting(&actor, p.id, b.id, &m).await.unwrap();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let agenda = format!("/programmas/{}/agenda", p.id);
    assert!(app.server.get(&agenda).await.text().contains("De coalitie heeft haar visie nog niet vastgelegd."));
    let form = app.server.get(&format!("{agenda}/visie")).await.text();
    assert!(form.contains("SG-2025-1: Visie vastgesteld (Stuurgroep, 2025-11-20)"), "decisions can be cited");
    let post = |text: &'static str, decision: &'static str, reason: &'static str| {
        let app = &app;
        let agenda = agenda.clone();
        async move {
            app.post_form(
                &format!("{agenda}/visie"),
                &[
                    ("text", text),
                    ("agreed_by", "Stuurgroep Zuid"),
                    ("agreed_on", "2025-11-20"),
                    ("decision", decision),
                    ("reason", reason),
                ],
            )
            .await
        }
    };
    post("Een wijk waar kinderen kansen krijgen.", "SG-2025-1", "").await.assert_status(StatusCode::SEE_OTHER);
    let same = post("Een wijk waar kinderen kansen krijgen.", "", "").await;
    same.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same.text().contains("Deze tekst is gelijk aan de huidige visie."));
    assert!(same.text().contains("Geef aan waarom dit verandert."), "a new version of the vision says why");
    post("Een wijk waar iedereen kansen krijgt.", "SG-1999-9", "Bewoners misten zich")
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    post("Een wijk waar iedereen kansen krijgt.", "", "Bewoners misten zichzelf in de tekst")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let log = app.server.get(&format!("{agenda}/wijzigingen")).await.text();
    assert!(log.contains("Visie herschreven") && log.contains("Bewoners misten zichzelf in de tekst"), "{log}");
    let html = app.server.get(&agenda).await.text();
    assert!(html.contains("Een wijk waar iedereen kansen krijgt.") && html.contains("Eerdere versies"));
    assert!(
        html.contains("Een wijk waar kinderen kansen krijgen.") && html.contains("SG-2025-1"),
        "the earlier version stays readable"
    );
    app.server.clear_cookies();
    app.server.get(&agenda).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Agenda]).await.unwrap();
    app.server.get(&agenda).await.assert_status_ok();
}

async fn add_police(app: &TestApp, programme_id: i64) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    let police = NewParty {
        name: "Politie Rotterdam".into(),
        kind: PartyKind::Police,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    app.store.create_party(&Actor::system("test"), programme_id, &police).await.unwrap();
}

/// The measure form with a title, an owner and the version it was loaded with.
fn fields<'a>(title: &'a str, owner: &'a str, version: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("owner", owner),
        ("starts_on", "2025-01-01"),
        ("status", "lopend"),
        ("version", version),
        ("reason", "Naam afgestemd met de buurt"),
    ]
}

/// Two parties of a programme, made through the store: (gemeente, woonstad).
async fn two_parties(app: &TestApp, programme_id: i64) -> (i64, i64) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    let party = |name: &str, kind| NewParty {
        name: name.into(),
        kind,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    let actor = Actor::system("test");
    let g = app.store.create_party(&actor, programme_id, &party("Gemeente Rotterdam", PartyKind::Municipality)).await;
    let w = app.store.create_party(&actor, programme_id, &party("Woonstad", PartyKind::Housing)).await;
    (g.unwrap().id, w.unwrap().id)
}

#[tokio::test]
async fn a_manager_builds_goals_measures_and_financing_whose_totals_reconcile() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let (gemeente, woonstad) = two_parties(&app, p.id).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let agenda = format!("/programmas/{}/agenda", p.id);
    assert!(app.server.get(&agenda).await.text().contains("Er zijn nog geen doelen."));

    // A wrong goal form keeps what was typed and explains each field.
    let bad = app
        .post_form(
            &format!("{agenda}/doelen"),
            &[("title", "Meer werk"), ("indicator_source", "eigen"), ("baseline", "veel"), ("target", "40")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    for message in ["Kies minstens één thema.", "Vul een getal in", "Vul streefwaarde en streefjaar allebei in"] {
        assert!(html.contains(message), "{message}");
    }
    assert!(html.contains("value=\"Meer werk\"") && html.contains("value=\"veel\""));
    app.post_form(
        &format!("{agenda}/doelen"),
        &[
            ("themes", "werk"),
            ("title", "Meer mensen aan het werk"),
            ("indicator_source", "eigen"),
            ("own_name", "Plaatsingen"),
            ("own_unit", "aantal"),
            ("polarity", "hoger-beter"),
            ("baseline", "120"),
            ("baseline_period", "2024"),
            ("target", "400"),
            ("target_year", "2030"),
            ("milestones", "2027: 250"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let goal = app.store.goals(p.id).await.unwrap().pop().unwrap();
    let page = app.server.get(&agenda).await.text();
    assert!(page.contains("Meer mensen aan het werk") && page.contains("400 in 2030") && page.contains("2027: 250"));

    // Raising the target asks why; the revision log then tells what changed, why and when.
    let goal_edit = format!("{agenda}/doelen/{}/bewerken", goal.id);
    let raise = |reason: &'static str| {
        [
            ("themes", "werk"),
            ("title", "Meer mensen aan het werk"),
            ("indicator_source", "eigen"),
            ("own_name", "Plaatsingen"),
            ("own_unit", "aantal"),
            ("polarity", "hoger-beter"),
            ("baseline", "120"),
            ("baseline_period", "2024"),
            ("target", "450"),
            ("target_year", "2030"),
            ("milestones", "2027: 250"),
            ("version", "1"),
            ("reason", reason),
        ]
    };
    let why = app.post_form(&goal_edit, &raise("  ")).await;
    why.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(why.text().contains("Geef aan waarom dit verandert.") && why.text().contains("value=\"450\""));
    assert_eq!(app.store.goals(p.id).await.unwrap()[0].target, Some(400.0), "nothing saved without a reason");
    app.post_form(&goal_edit, &raise("Tussendoel 2027 al bijna gehaald")).await.assert_status(StatusCode::SEE_OTHER);
    let log = app.server.get(&format!("{agenda}/wijzigingen")).await.text();
    assert!(log.contains("Doelwaarde verhoogd van 400 naar 450"), "{log}");
    assert!(log.contains("Tussendoel 2027 al bijna gehaald") && log.contains("beheerder@x.nl"));
    assert!(!log.contains("Titel gewijzigd"), "only what changed is listed");
    let goal_page = app.server.get(&format!("/programmas/{}/voortgang/doelen/{}", p.id, goal.id)).await.text();
    assert!(goal_page.contains("Doelwaarde verhoogd van 400 naar 450"), "the goal shows its own revisions");
    // A second user who loaded version 1 and now raises it to 500: a conflict with both versions, nothing lost.
    let mut other: Vec<(&str, &str)> = raise("Ambitie van de wethouder").to_vec();
    other.iter_mut().filter(|f| f.0 == "target").for_each(|f| f.1 = "500");
    let stale_goal = app.post_form(&goal_edit, &other).await;
    stale_goal.assert_status(StatusCode::CONFLICT);
    let text = stale_goal.text();
    assert!(text.contains("value=\"500\"") && text.contains("450"), "both versions: {text}");
    assert_eq!(app.store.goals(p.id).await.unwrap()[0].target, Some(450.0), "the first save stands");

    app.post_form(
        &format!("{agenda}/plannen"),
        &[("name", "Uitvoeringsprogramma 2024–2027"), ("starts_year", "2024"), ("ends_year", "2027")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let plan = app.store.plans(p.id).await.unwrap()[0].id;
    let edit = format!("{agenda}/plannen/{plan}/bewerken");
    let rename =
        |name: &'static str| [("name", name), ("starts_year", "2024"), ("ends_year", "2027"), ("version", "1")];
    app.post_form(&edit, &rename("UP 2024–2027")).await.assert_status(StatusCode::SEE_OTHER);
    let stale = app.post_form(&edit, &rename("Eerste uitvoeringsprogramma")).await;
    stale.assert_status(StatusCode::CONFLICT);
    assert!(stale.text().contains("UP 2024–2027") && stale.text().contains("value=\"Eerste uitvoeringsprogramma\""));
    let measures = format!("{agenda}/maatregelen");
    let no_owner = app
        .post_form(&measures, &[("title", "Werkgeversnetwerk"), ("starts_on", "2025-01-01"), ("status", "lopend")])
        .await;
    no_owner.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_owner.text().contains("Kies de partij die eigenaar is."));
    let (g, w, pl, gl) = (gemeente.to_string(), woonstad.to_string(), plan.to_string(), goal.id.to_string());
    let created = app
        .post_form(
            &measures,
            &[
                ("title", "Werkgeversnetwerk <script>alert(1)</script>"),
                ("goals", &gl),
                ("owner", &g),
                ("partners", &w),
                ("starts_on", "01-01-2025"),
                ("status", "lopend"),
                ("plan", &pl),
            ],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    let m = app.store.measures(p.id).await.unwrap().pop().unwrap();
    let url = format!("{measures}/{}", m.id);
    // Commitments and budget lines, typed as Dutch people type numbers and euros.
    app.post_form(
        &format!("{url}/toezeggingen"),
        &[
            ("party", &g),
            ("what", "werkervaringsplaatsen"),
            ("promised", "250"),
            ("delivered", "120"),
            ("due_year", "2026"),
            ("version", "1"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    // Results answer the three questions of results-based accountability, each with its own figures.
    let bad_result = app
        .post_form(
            &format!("{url}/resultaten"),
            &[
                ("year", "2099"),
                ("label", "huishoudens schuldenvrij"),
                ("value", "veel"),
                ("unit", "aantal"),
                ("version", "2"),
            ],
        )
        .await;
    bad_result.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for message in ["Dit jaar is nog niet voorbij.", "Kies uit de lijst.", "Vul een getal in"] {
        assert!(bad_result.text().contains(message), "{message}");
    }
    assert!(bad_result.text().contains("value=\"huishoudens schuldenvrij\""), "what was typed stays");
    app.post_form(
        &format!("{url}/resultaten"),
        &[
            ("year", "2025"),
            ("kind", "beter-af"),
            ("label", "huishoudens schuldenvrij"),
            ("value", "40"),
            ("unit", "aantal"),
            ("version", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let shown = app.server.get(&url).await.text();
    assert!(shown.contains("Is iemand er beter van geworden?") && shown.contains("huishoudens schuldenvrij"));
    assert!(shown.contains("40 aantal"));
    let bad_money = app
        .post_form(
            &format!("{url}/begroting"),
            &[
                ("year", "2025"),
                ("planned", "twaalf"),
                ("funding_source", "gemeente"),
                ("cost_kind", "uitvoering"),
                ("version", "2"),
            ],
        )
        .await;
    bad_money.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_money.text().contains("Vul een bedrag in euro’s in") && bad_money.text().contains("value=\"twaalf\""));
    for (year, planned, spent, source, funder, version) in
        [("2025", "100.000", "80.000,50", "gemeente", g.as_str(), "3"), ("2026", "150.000", "", "rijk", "", "4")]
    {
        app.post_form(
            &format!("{url}/begroting"),
            &[
                ("year", year),
                ("planned", planned),
                ("spent", spent),
                ("funding_source", source),
                ("funder", funder),
                ("cost_kind", "uitvoering"),
                ("version", version),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    }
    let detail = app.server.get(&url).await.text();
    assert_inert(&detail, "measure page");
    assert!(detail.contains("werkervaringsplaatsen") && detail.contains("(48%)"), "120 of 250 delivered");
    assert!(detail.contains("€ 250.000") && detail.contains("€ 80.000,50"), "the measure's totals");
    let finance = app.server.get(&format!("{agenda}/financiering")).await.text();
    assert!(finance.contains("€ 250.000 begroot en € 80.000,50 besteed over 1 maatregel."));
    assert_eq!(
        finance.matches("<tfoot><tr><th scope=\"row\">Totaal</th><td class=\"num\">€ 250.000</td>").count(),
        4,
        "four overviews, one total"
    );
    assert!(
        finance.contains("Gemeente Rotterdam") && finance.contains("Geen partij opgegeven") && finance.contains("Rijk")
    );
    let matrix = app.server.get(&format!("{agenda}/wie-doet-wat")).await.text();
    assert_inert(&matrix, "matrix");
    assert!(matrix.contains("eigenaar") && matrix.contains("partner"));
    let wijkdeal = app.server.get(&format!("{agenda}/wijkdeal")).await.text();
    assert!(wijkdeal.contains("Namens Woonstad: naam, datum en handtekening"));
    assert!(wijkdeal.contains("250 werkervaringsplaatsen in 2026 (120 geleverd)"));
    assert!(wijkdeal.contains("/static/print.js"));
    // Downloads: CSV as Dutch Excel reads it (semicolons, decimal commas), as English spreadsheets
    // read it, and as a workbook with typed numbers and dates.
    let csv = app.server.get(&format!("{agenda}/begroting.csv")).await.text();
    assert!(
        csv.starts_with("\u{feff}maatregel;thema;jaar;bron")
            && csv.contains(";werk;2025;gemeente;Gemeente Rotterdam;uitvoering;100000,00;80000,50;"),
        "{csv}"
    );
    let csv = app.server.get(&format!("{agenda}/begroting.csv")).add_header("accept-language", "en").await.text();
    assert!(
        csv.starts_with("maatregel,thema,jaar,bron")
            && csv.contains(",werk,2025,gemeente,Gemeente Rotterdam,uitvoering,100000.00,80000.50,")
    );
    let sheet = crate::common::xlsx_rows(&app.server.get(&format!("{agenda}/begroting.xlsx")).await.into_bytes());
    assert_eq!(sheet[0][..3], ["maatregel", "thema", "jaar"]);
    assert!(
        sheet.iter().any(|r| r[1..8]
            == [
                "werk",
                "2025 (getal)",
                "gemeente",
                "Gemeente Rotterdam",
                "uitvoering",
                "100000 (getal)",
                "80000.5 (getal)"
            ]),
        "{sheet:?}"
    );
    let mcsv = app.server.get(&format!("{agenda}/maatregelen.csv")).await.text();
    assert!(mcsv.contains("Meer mensen aan het werk") && mcsv.contains("250000,00"), "{mcsv}");
    let measures = crate::common::xlsx_rows(&app.server.get(&format!("{agenda}/maatregelen.xlsx")).await.into_bytes());
    let work = measures.iter().find(|r| r[1] == "Werkgeversnetwerk <script>alert(1)</script>").unwrap();
    assert_eq!(
        (work[2].as_str(), work[5].as_str(), work[10].as_str()),
        ("Meer mensen aan het werk", "2025-01-01 (datum)", "250000 (getal)")
    );
    assert!(
        app.server
            .get(&format!("{agenda}/doelen.csv"))
            .await
            .text()
            .contains("Plaatsingen;aantal;hoger-beter;120;2024;450;2030;2027: 250")
    );
    let goals = crate::common::xlsx_rows(&app.server.get(&format!("{agenda}/doelen.xlsx")).await.into_bytes());
    assert!(
        goals
            .iter()
            .any(|r| r[4..10] == ["aantal", "hoger-beter", "120 (getal)", "2024", "450 (getal)", "2030 (getal)"])
    );
    // The coalition page signals a party without a measure once one is added.
    let coalition = app.server.get(&format!("/programmas/{}/coalitie", p.id)).await.text();
    assert!(!coalition.contains("Partijen zonder maatregel"), "both parties take part in the measure");
    add_police(&app, p.id).await;
    let coalition = app.server.get(&format!("/programmas/{}/coalitie", p.id)).await.text();
    assert!(coalition.contains("Partijen zonder maatregel: Politie Rotterdam."), "the idle party is signalled");
    let history = app.history(p.id).await;
    assert!(history.iter().any(|r| r.entity == "measure" && r.action == "budget"));
    // The same agenda through the API, with overviews that add up.
    let api = format!("/api/v1/programmes/{}", p.id);
    let budget: serde_json::Value = app.server.get(&format!("{api}/budget")).await.json();
    assert_eq!(budget["total"]["planned_cents"], 25_000_000);
    for grouping in ["by_party", "by_source", "by_year", "by_theme"] {
        let sum: i64 = budget[grouping].as_array().unwrap().iter().map(|g| g["planned_cents"].as_i64().unwrap()).sum();
        assert_eq!(sum, 25_000_000, "{grouping}");
    }
    let goals: serde_json::Value = app.server.get(&format!("{api}/goals")).await.json();
    assert_eq!(goals[0]["target"], 450.0);
    assert_eq!(goals[0]["milestones"][0]["year"], 2027);
    let measures: serde_json::Value = app.server.get(&format!("{api}/measures")).await.json();
    assert_eq!(measures[0]["commitments"][0]["delivered"], 120.0);
    assert_eq!(measures[0]["owner"]["name"], "Gemeente Rotterdam");
    let doc = app.server.get("/api/v1/openapi.json").await.text();
    for path in ["/goals", "/measures", "/budget", "/agenda-items", "/assessments", "/progress"] {
        assert!(doc.contains(&format!("/api/v1/programmes/{{id}}{path}")), "{path} in the OpenAPI document");
    }
}

#[tokio::test]
async fn a_partner_changes_only_what_its_party_owns_and_a_stale_edit_loses_nothing() {
    use wijkwijzer::domain::measure::NewCommitment;
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let (gemeente, woonstad) = two_parties(&app, p.id).await;
    let actor = Actor::system("test");
    let new = |title: &str, owner| crate::common::measure_input(title, owner, vec![]);
    let own = app.store.create_measure(&actor, p.id, &new("Buurtconciërges", woonstad)).await.unwrap();
    let other = app.store.create_measure(&actor, p.id, &new("Werkgeversnetwerk", gemeente)).await.unwrap();
    let promise = NewCommitment {
        party_id: woonstad,
        what: "stageplekken".into(),
        promised: 20.0,
        delivered: 0.0,
        due_year: None,
    };
    let other = app.store.save_commitment(&actor, p.id, other.id, None, 1, &promise).await.unwrap();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    app.store.set_party_account(&actor, p.id, woonstad, partner.id, true).await.unwrap();
    let measures = format!("/programmas/{}/agenda/maatregelen", p.id);
    let (w, g) = (woonstad.to_string(), gemeente.to_string());

    // Its own measure: editable. The other party's: not, and nothing changes.
    app.server.get(&format!("{measures}/{}/bewerken", own.id)).await.assert_status_ok();
    app.server.get(&format!("{measures}/{}/bewerken", other.id)).await.assert_status(StatusCode::FORBIDDEN);
    let (g_id, w_id) = (g.as_str(), w.as_str());
    app.post_form(&format!("{measures}/{}/bewerken", other.id), &fields("Gekaapt", w_id, "2"))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    app.post_form(
        &format!("{measures}/{}/begroting", other.id),
        &[
            ("year", "2025"),
            ("planned", "1"),
            ("funding_source", "gemeente"),
            ("cost_kind", "proces"),
            ("version", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.post_form(&measures, &fields("Nieuw", w_id, "")).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.measure(p.id, other.id).await.unwrap().title, "Werkgeversnetwerk");
    // A partner cannot hand its measure to another party.
    let away = app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Buurtconciërges", g_id, "1")).await;
    away.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(away.text().contains("Kies een partij waarvoor u optreedt."));
    // Its own party's promise on the other measure: it may report what was delivered.
    let line = other.commitments[0].id;
    app.server.get(&format!("{measures}/{}/toezeggingen/{line}", other.id)).await.assert_status_ok();
    app.post_form(
        &format!("{measures}/{}/toezeggingen/{line}", other.id),
        &[("party", &w), ("what", "stageplekken"), ("promised", "20"), ("delivered", "7"), ("version", "2")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.measure(p.id, other.id).await.unwrap().commitments[0].delivered, 7.0);
    app.post_form(&format!("{measures}/{}/toezeggingen/{line}/verwijderen", other.id), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // Two edits from forms loaded at version 1: the second gets a conflict with both versions.
    app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Buurtconciërges Zuid", w_id, "1"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let stale =
        app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Conciërges Bloemhof", w_id, "1")).await;
    stale.assert_status(StatusCode::CONFLICT);
    let html = stale.text();
    assert!(html.contains("value=\"Conciërges Bloemhof\""), "what this user typed is kept");
    assert!(html.contains("name=\"version\" value=\"2\""), "saving again overwrites knowingly");
    // Beside it, the version someone else saved.
    insta::assert_snapshot!(fragment(&html, "<div class=\"error-summary\"", "</div>"));
    assert_eq!(app.store.measure(p.id, own.id).await.unwrap().title, "Buurtconciërges Zuid", "no lost update");
    // Saving again from the conflict page carries the current version and succeeds.
    app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Conciërges Bloemhof", w_id, "2"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn residents_bring_in_items_and_the_manager_answers_and_publishes_them() {
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let partner = app.login_as("bewoners@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let list = format!("/programmas/{}/agenda/bewonersagenda", p.id);
    assert!(app.server.get(&list).await.text().contains("Er staan nog geen onderwerpen op de bewonersagenda."));
    let bad = app.post_form(&list, &[("title", "Speelplek"), ("submitted_on", "2099-01-01")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("value=\"Speelplek\""));
    app.post_form(
        &list,
        &[
            ("title", "Speelplek <img src=x onerror=alert(1)>"),
            ("body", "Kinderen spelen op straat.<script>alert(1)</script>"),
            ("submitted_by", "Bewonersplatform Bloemhof"),
            ("submitted_on", "2026-03-01"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let item = app.store.agenda_items(p.id, false).await.unwrap().pop().unwrap();
    let url = format!("{list}/{}", item.id);
    assert_inert(&app.server.get(&url).await.text(), "agenda item");
    // Only a beheerder answers.
    app.post_form(
        &format!("{url}/tegenbod"),
        &[("answer", "afgewezen"), ("answer_text", "Nee"), ("answered_on", "2026-04-01"), ("version", "1")],
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let no_text = app
        .post_form(
            &format!("{url}/tegenbod"),
            &[("answer", "samen-oppakken"), ("answered_on", "2026-04-01"), ("version", "1")],
        )
        .await;
    no_text.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    app.post_form(
        &format!("{url}/tegenbod"),
        &[
            ("answer", "samen-oppakken"),
            ("answer_text", "We zoeken samen met Woonstad een plek."),
            ("answered_on", "2026-04-01"),
            ("version", "1"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    // Not public until the item and the agenda page are both published.
    app.server.clear_cookies();
    app.server.get(&list).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Agenda]).await.unwrap();
    assert!(!app.server.get(&list).await.text().contains("Speelplek"));
    app.server.get(&url).await.assert_status(StatusCode::NOT_FOUND);
    app.login("beheerder@x.nl", PASSWORD).await;
    app.post_form(&format!("{url}/publicatie"), &[("publish", "1"), ("version", "2")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.server.clear_cookies();
    let public = app.server.get(&url).await.text();
    assert!(public.contains("We pakken het samen op") && public.contains("We zoeken samen met Woonstad een plek."));
    assert_inert(&public, "public agenda item");
    assert!(!public.contains("Tegenbod opslaan"), "the public sees no answer form");
    let private = wijkwijzer::domain::residents::NewItem {
        title: "Nog niet openbaar".into(),
        text: "Intern".into(),
        submitted_by: "Bewonersplatform".into(),
        submitted_on: "2026-05-01".into(),
    };
    app.store.create_agenda_item(&actor, p.id, &private).await.unwrap();
    let items: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/agenda-items", p.id)).await.json();
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(items[0]["answer"], "samen-oppakken");
}

/// A beheerder adds a measure through its form, the owning party's partner changes it, and a
/// second save from the same version gets the conflict — on the database under test.
async fn a_measure_is_added_changed_and_protected_from_lost_updates(app: TestApp) {
    let p = app.programme("Zuid", &[]).await;
    let (_, woonstad) = two_parties(&app, p.id).await;
    let w = woonstad.to_string();
    let measures = format!("/programmas/{}/agenda/maatregelen", p.id);
    app.login_with_role("beheerder@x.nl", p.id, Role::Manager).await;
    let made = app.post_form(&measures, &fields("Buurtconciërges", &w, "")).await;
    made.assert_status(StatusCode::SEE_OTHER);
    let m = app.store.measures(p.id).await.unwrap().pop().expect("the measure is stored");
    assert_eq!((m.title.as_str(), m.owner_id(), m.version), ("Buurtconciërges", Some(woonstad), 1));

    let partner = app.another_browser();
    partner.login_as_partner_of("partner@woonstad.nl", p.id, woonstad).await;
    let edit = format!("{measures}/{}/bewerken", m.id);
    partner.server.get(&edit).await.assert_status_ok();
    partner.post_form(&edit, &fields("Buurtconciërges Zuid", &w, "1")).await.assert_status(StatusCode::SEE_OTHER);
    let late = app.post_form(&edit, &fields("Conciërges Bloemhof", &w, "1")).await;
    late.assert_status(StatusCode::CONFLICT);
    assert!(late.text().contains("value=\"Conciërges Bloemhof\""), "what was typed is kept");
    assert_eq!(app.store.measure(p.id, m.id).await.unwrap().title, "Buurtconciërges Zuid", "no lost update");
    let history = app.history(p.id).await;
    assert_eq!(history.iter().filter(|r| r.entity == "measure").count(), 2, "created and changed, both audited");
}

#[tokio::test]
async fn a_measure_is_added_changed_and_protected_from_lost_updates_on_sqlite() {
    a_measure_is_added_changed_and_protected_from_lost_updates(TestApp::sqlite().await).await;
}

#[tokio::test]
async fn a_measure_is_added_changed_and_protected_from_lost_updates_on_postgres() {
    if let Some(app) = TestApp::postgres("a_measure_is_added_changed_and_protected_from_lost_updates").await {
        a_measure_is_added_changed_and_protected_from_lost_updates(app).await;
    }
}

/// The wijkdeal signed and published (issue 17 item 6): who signed for which party on which date
/// (a future date or another programme's party refused), a snapshot with its own address whose
/// HTML and PDF stay byte for byte the same after the programme is edited, and a newer snapshot
/// that visibly supersedes it.
#[tokio::test]
async fn the_wijkdeal_is_signed_published_as_an_immutable_snapshot_and_superseded_visibly() {
    use crate::common::app::text_of;
    use wijkwijzer::domain::coalition::PartyKind;
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview, Page::Agenda]).await;
    let actor = Actor::system("test");
    let gemeente = app
        .store
        .create_party(&actor, p.id, &crate::common::party_input("Gemeente Rotterdam", PartyKind::Municipality))
        .await
        .unwrap();
    app.store.add_contact(&actor, p.id, gemeente.id, ("Anna de Wit", "wethouder", "anna@rotterdam.nl")).await.unwrap();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let deal = format!("/programmas/{}/agenda/wijkdeal", p.id);
    let page = app.server.get(&deal).await.text();
    assert!(
        text_of(&page).contains("Nog door niemand ondertekend.") && page.contains("<option value=\"Anna de Wit\">")
    );

    let sign = format!("{deal}/ondertekening");
    let future = wijkwijzer::domain::validation::iso(time::OffsetDateTime::now_utc().date() + time::Duration::days(3));
    let bad = app.post_form(&sign, &[("party", ""), ("person", "Anna de Wit"), ("signed_on", &future)]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of(&bad.text()).contains("Deze datum ligt in de toekomst.")
            && bad.text().contains("value=\"Anna de Wit\"")
    );
    let party = gemeente.id.to_string();
    app.post_form(
        &sign,
        &[("party", &party), ("person", "Anna de Wit"), ("role", "wethouder"), ("signed_on", "2025-11-20")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let signed = text_of(&app.server.get(&deal).await.text());
    assert!(signed.contains("Gemeente Rotterdam Anna de Wit, wethouder 20-11-2025"), "{signed}");

    // Published: a page and a PDF of their own.
    let published = app.post_form(&format!("{deal}/publiceren"), &[]).await;
    published.assert_status(StatusCode::SEE_OTHER);
    let first = published.header("location").to_str().unwrap().split('?').next().unwrap().to_string();
    let snapshot = app.server.get(&first).await.text();
    assert!(
        text_of(&snapshot).contains("deze pagina verandert niet meer")
            && text_of(&snapshot).contains("Anna de Wit, wethouder")
    );
    assert!(!snapshot.contains("vervangen door een nieuwere"));
    let (html, pdf) = app.store.publication_content(p.id, 1).await.unwrap();
    assert!(
        pdf.starts_with(b"%PDF") && !html.contains("csrf_token") && !html.contains("beheerder@x.nl"),
        "nothing of the session"
    );
    let served = app.server.get(&format!("{first}/pdf")).await;
    assert_eq!(served.as_bytes().to_vec(), pdf);

    // The programme changes: the live wijkdeal shows it, the snapshot does not.
    app.store.remove_signature(&actor, p.id, app.store.wijkdeal_signatures(p.id).await.unwrap()[0].id).await.unwrap();
    app.store.create_party(&actor, p.id, &crate::common::party_input("Woonstad", PartyKind::Housing)).await.unwrap();
    assert!(text_of(&app.server.get(&deal).await.text()).contains("Woonstad"));
    let (html_after, pdf_after) = app.store.publication_content(p.id, 1).await.unwrap();
    assert_eq!((html_after, pdf_after), (html, pdf.clone()), "a snapshot never changes");
    assert_eq!(app.server.get(&format!("{first}/pdf")).await.as_bytes().to_vec(), pdf);

    // A newer publication supersedes the first, visibly; the list shows both.
    let again = app.post_form(&format!("{deal}/publiceren"), &[]).await;
    let second = again.header("location").to_str().unwrap().split('?').next().unwrap().to_string();
    let old = text_of(&app.server.get(&first).await.text());
    assert!(
        old.contains("Deze publicatie is vervangen door een nieuwere")
            && app.server.get(&first).await.text().contains(&format!("href=\"{second}\""))
    );
    let list = text_of(&app.server.get(&format!("/programmas/{}/publicaties", p.id)).await.text());
    assert!(list.contains("geldend") && list.contains("vervangen door een nieuwere versie"), "{list}");
    // Someone without an account reads what the programme published, not more.
    let public = TestApp::on(&app.store);
    public.server.get(&second).await.assert_status_ok();
    app.store.set_published_pages(&actor, p.id, &[]).await.unwrap();
    assert_ne!(public.server.get(&second).await.status_code(), StatusCode::OK);
}
