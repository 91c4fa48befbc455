//! Steps 4 and 5: the preconditions health check, progress on the goals, successes and the
//! yearly report.

use crate::common::PASSWORD;
use crate::common::app::{TestApp, assert_inert};
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;
use wijkwijzer::domain::revision::RevisionNote;

#[tokio::test]
async fn a_preconditions_round_takes_answers_from_members_and_residents_and_shows_where_they_disagree() {
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let page = format!("/programmas/{}/randvoorwaarden", p.id);
    assert!(app.server.get(&page).await.text().contains("Er is nog geen peiling gehouden."));
    let bad = app.post_form(&format!("{page}/peilingen"), &[("name", ""), ("opened_on", "2099-01-01")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Deze datum ligt in de toekomst.") && bad.text().contains("Dit veld is verplicht."));
    app.post_form(&format!("{page}/peilingen"), &[("name", "Peiling najaar 2026"), ("opened_on", "2026-10-01")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let round = app.store.assessment_rounds(p.id).await.unwrap()[0].clone();
    let round_url = format!("{page}/peilingen/{}", round.id);
    // The manager answers as the board: trust 5.
    assert!(app.server.get(&page).await.text().contains("Peiling invullen"), "invited to take part");
    let wrong = app.post_form(&format!("{round_url}/invullen"), &[("score_vertrouwen", "9")]).await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("Kies een cijfer van 1 tot 5"));
    let board = [
        ("level", "bestuur"),
        ("score_vertrouwen", "5"),
        ("score_urgentie", "4"),
        ("note_vertrouwen", "Goede samenwerking"),
    ];
    app.post_form(&format!("{round_url}/invullen"), &board).await.assert_status(StatusCode::SEE_OTHER);
    app.post_form(&format!("{round_url}/invullen"), &board).await.assert_status(StatusCode::CONFLICT);
    // Three links for a residents' evening, shown once.
    let made = app.post_form(&format!("{round_url}/links"), &[("label", "Bewonersavond"), ("count", "3")]).await;
    made.assert_status_ok();
    let html = made.text();
    let tokens: Vec<String> =
        html.match_indices("/peiling/").map(|(i, _)| html[i + 9..].split('<').next().unwrap().to_string()).collect();
    assert_eq!(tokens.len(), 3, "{html}");
    assert!(html.contains("http://localhost/peiling/") || html.contains("://"), "absolute links to hand out");
    // Residents answer without an account; each link works once.
    app.server.clear_cookies();
    let form = app.server.get(&format!("/peiling/{}", tokens[0])).await;
    form.assert_status_ok();
    assert!(!form.text().contains("name=\"level\""), "a resident's level is fixed");
    for t in &tokens[..2] {
        let done = app
            .server
            .post(&format!("/peiling/{t}"))
            .form(&[
                ("score_vertrouwen", "2"),
                ("score_urgentie", "5"),
                ("note_vertrouwen", "<script>alert(1)</script> Beloftes"),
            ])
            .await;
        done.assert_status_ok();
        assert!(done.text().contains("Bedankt"));
    }
    let again = app.server.post(&format!("/peiling/{}", tokens[0])).form(&[("score_vertrouwen", "5")]).await;
    again.assert_status(StatusCode::GONE);
    assert!(again.text().contains("Deze link is al gebruikt"));
    app.server.get("/peiling/verzonnen").await.assert_status(StatusCode::NOT_FOUND);
    // Members see the results, the disagreement and the notes; the public nothing until published.
    app.server.get(&page).await.assert_status(StatusCode::SEE_OTHER);
    app.login("beheerder@x.nl", PASSWORD).await;
    let results = app.server.get(&round_url).await.text();
    assert_inert(&results, "preconditions results");
    assert!(results.contains("Vertrouwen: Bestuur geeft 5, Bewoners 2"), "the divergence is named");
    assert!(results.contains("Wat helpt bij Vertrouwen"), "guidance for a weak precondition");
    assert!(results.contains("Goede samenwerking") && results.contains("Beloftes"), "notes for members");
    assert!(results.contains("<svg") && results.contains("role=\"img\""), "the radar chart");
    assert!(results.contains("Bewonersavond: 2 van 3 gebruikt"));
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Preconditions]).await.unwrap();
    app.server.clear_cookies();
    let public = app.server.get(&round_url).await.text();
    assert!(
        public.contains("Vertrouwen: Bestuur geeft 5, Bewoners 2") && !public.contains("Goede samenwerking"),
        "no notes in public"
    );
    assert!(!public.contains("Links maken") && !public.contains("Peiling openen"));
    let api: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/assessments", p.id)).await.json();
    let trust =
        api[0]["outcomes"].as_array().unwrap().iter().find(|o| o["precondition"] == "vertrouwen").unwrap().clone();
    assert_eq!(
        (trust["median"].clone(), trust["divergence"].clone()),
        (serde_json::json!(2.0), serde_json::json!(["bestuur", "bewoners"]))
    );
    assert!(!api.to_string().contains("Goede samenwerking"), "no notes through the API");
    // A closed round takes no more answers.
    app.login("beheerder@x.nl", PASSWORD).await;
    let v = round.version.to_string();
    app.post_form(&format!("{round_url}/sluiten"), &[("version", &v)]).await.assert_status(StatusCode::SEE_OTHER);
    app.server.clear_cookies();
    let closed = app.server.get(&format!("/peiling/{}", tokens[2])).await;
    closed.assert_status(StatusCode::GONE);
    assert!(closed.text().contains("Deze peiling is gesloten"));
}

#[tokio::test]
async fn progress_judges_goals_by_approved_values_against_the_path_to_the_target() {
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let goal = crate::common::own_goal("Meer bewonersinitiatieven");
    let g = app.store.create_goal(&actor, p.id, &goal).await.unwrap();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let page = format!("/programmas/{}/voortgang", p.id);
    let goal_url = format!("{page}/doelen/{}", g.id);
    assert!(app.server.get(&page).await.text().contains("0 van 1 doelen behaald of op koers."));
    let bad = app.post_form(&format!("{goal_url}/waarden"), &[("year", "2099"), ("value", "veel")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Dit jaar is nog niet voorbij.") && bad.text().contains("value=\"veel\""));
    app.post_form(
        &format!("{goal_url}/waarden"),
        &[("year", "2025"), ("value", "16"), ("source_text", "Registratie buurtwerk")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let pending = app.server.get(&goal_url).await.text();
    assert!(pending.contains("Wacht op beoordeling") && pending.contains("Geen gegevens"), "a partner's value waits");
    let m = app.store.measurements(p.id).await.unwrap()[0].clone();
    let review = format!("{goal_url}/waarden/{}/beoordeling", m.id);
    app.post_form(&review, &[("decision", "goedkeuren"), ("version", "1")]).await.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    app.post_form(&review, &[("decision", "goedkeuren"), ("version", "1")]).await.assert_status(StatusCode::SEE_OTHER);
    app.post_form(
        &format!("{goal_url}/verhaal"),
        &[("story_year", "2025"), ("story_text", "Twee buurtkamers <b>openden</b>.")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let html = app.server.get(&goal_url).await.text();
    assert!(html.contains("Op koers"), "16 in 2025 is ahead of the expected 15,6");
    assert!(html.contains("15,6") && html.contains("<svg"), "the expected value and the chart");
    // Round ticks on the value axis, and a legend that draws the chart's own lines.
    let chart = crate::common::app::fragment(&html, "<svg class=\"goal-chart\"", "</svg>");
    let ticks: Vec<f64> = chart
        .split("class=\"goal-chart__tick\"")
        .skip(1)
        .filter(|t| t.contains("text-anchor=\"end\""))
        .map(|t| {
            t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()].replace('.', "").replace(',', ".").parse().unwrap()
        })
        .collect();
    assert!(ticks.len() >= 3 && ticks.windows(2).all(|w| w[1] - w[0] == ticks[1] - ticks[0]), "{ticks:?}");
    assert!(
        ticks.iter().all(|t| (t / (ticks[1] - ticks[0])).fract() == 0.0),
        "ticks on multiples of the step: {ticks:?}"
    );
    let legend = crate::common::app::fragment(&html, "<p class=\"chart-legend", "</p>");
    assert!(legend.contains("class=\"goal-chart__path\"") && legend.contains("class=\"goal-chart__line\""), "{legend}");
    assert!(html.contains("Twee buurtkamers &#60;b&#62;openden") && !html.contains("<b>openden"), "the story, inert");
    assert!(app.server.get(&page).await.text().contains("1 van 1 doelen behaald of op koers."));
    // The public: nothing until the progress page is published, then approved values only.
    app.server.clear_cookies();
    app.server.get(&page).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Progress]).await.unwrap();
    let public = app.server.get(&goal_url).await.text();
    assert!(
        public.contains("Op koers") && !public.contains("Registratie buurtwerk") && !public.contains("Waarde opslaan")
    );
}

#[tokio::test]
async fn a_manager_records_successes_that_partners_and_the_public_can_read() {
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let list = format!("/programmas/{}/voortgang/successen", p.id);
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let empty = app.server.get(&list).await.text();
    assert!(empty.contains("Nog geen successen of mijlpalen vastgelegd.") && !empty.contains("Vastleggen"));
    let form = [("kind", "mijlpaal"), ("title", "Eerste buurtkamer open"), ("happened_on", "12-03-2026")];
    app.post_form(&list, &form).await.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let bad = app
        .post_form(&list, &[("kind", "mijlpaal"), ("title", "Eerste buurtkamer open"), ("happened_on", "2099-01-01")])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text().contains("Deze datum ligt in de toekomst.")
            && bad.text().contains("value=\"Eerste buurtkamer open\"")
    );
    assert!(app.store.successes(p.id).await.unwrap().is_empty(), "nothing saved");
    app.post_form(&list, &form).await.assert_status(StatusCode::SEE_OTHER);
    let s = app.store.successes(p.id).await.unwrap()[0].clone();
    let html = app.server.get(&list).await.text();
    assert!(html.contains("<h2>2026</h2>") && html.contains("Mijlpaal") && html.contains("12-03-2026"));
    // Two edits from the same form: the second sees the first.
    let edit = format!("{list}/{}/bewerken", s.id);
    let with =
        |title: &'static str| [("kind", "succes"), ("title", title), ("happened_on", "2026-03-12"), ("version", "1")];
    app.post_form(&edit, &with("Buurtkamer Bloemhof open")).await.assert_status(StatusCode::SEE_OTHER);
    let stale = app.post_form(&edit, &with("Buurtkamer open")).await;
    stale.assert_status(StatusCode::CONFLICT);
    assert!(stale.text().contains("Buurtkamer Bloemhof open") && stale.text().contains("value=\"Buurtkamer open\""));
    // Deleting asks first; the public reads the list once progress is published.
    assert!(app.server.get(&format!("{list}/{}/verwijderen", s.id)).await.text().contains("verwijderen?"));
    app.server.clear_cookies();
    app.server.get(&list).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Progress]).await.unwrap();
    let public = app.server.get(&list).await.text();
    assert!(public.contains("Buurtkamer Bloemhof open") && !public.contains("bewerken"));
    let anonymous = app.server.post(&format!("{list}/{}/verwijderen", s.id)).await;
    assert_ne!(anonymous.status_code(), StatusCode::OK);
    assert_eq!(app.store.successes(p.id).await.unwrap().len(), 1, "an anonymous post changes nothing");
}

#[tokio::test]
async fn a_yearly_report_is_a_draft_for_members_and_once_published_an_immutable_public_snapshot() {
    use wijkwijzer::domain::goal::NewGoal;
    use wijkwijzer::domain::monitoring::NewMeasurement;
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let goal = crate::common::own_goal("Meer initiatieven #set page(width: 1cm) <script>alert(1)</script>");
    let g = app.store.create_goal(&actor, p.id, &goal).await.unwrap();
    let m = NewMeasurement { year: 2025, value: 17.0, source: "Registratie buurtwerk".into(), evidence: String::new() };
    app.store.save_measurement(&actor, p.id, g.id, None, &m, true).await.unwrap();
    app.store
        .save_goal_story(&actor, p.id, g.id, 2025, "Twee buurtkamers openden \"eindelijk\" \\ samen.")
        .await
        .unwrap();
    let year = format!("/programmas/{}/voortgang/rapportages/2025", p.id);
    // Nothing is public before publishing.
    app.server.get(&year).await.assert_status(StatusCode::SEE_OTHER);
    app.server.get(&format!("{year}/pdf")).await.assert_status(StatusCode::SEE_OTHER);
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let draft = app.server.get(&year).await;
    draft.assert_status_ok();
    let html = draft.text();
    assert_inert(&html, "report");
    assert!(html.contains("Concept") && html.contains("1 van 1 doelen behaald of op koers."), "a draft, results first");
    assert!(html.contains("Twee buurtkamers openden") && html.contains("Registratie buurtwerk"), "story and source");
    assert!(!html.contains("Rapportage 2025 publiceren"), "a partner does not publish");
    app.post_form(&format!("{year}/publiceren"), &[]).await.assert_status(StatusCode::FORBIDDEN);
    // The PDF is made natively, markup in the data stays text.
    let pdf = app.server.get(&format!("{year}/pdf")).await;
    pdf.assert_status_ok();
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert!(pdf.as_bytes().starts_with(b"%PDF-"));
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    assert!(app.server.get(&year).await.text().contains("Rapportage 2025 publiceren"));
    // Publishing asks first, saying what it does; afterwards the publisher sees the published version.
    let ask = app.server.get(&format!("{year}/publiceren")).await.text();
    assert!(ask.contains("Rapportage 2025 publiceren?") && ask.contains("Publiceren legt deze versie vast"), "{ask}");
    let done = app.post_form(&format!("{year}/publiceren"), &[]).await;
    done.assert_status(StatusCode::SEE_OTHER);
    let shown = app.server.get(done.header("location").to_str().unwrap()).await.text();
    assert!(
        shown.contains("Gepubliceerde versie, vastgelegd op") && !shown.contains("Alleen leden zien dit"),
        "{shown}"
    );
    let working = app.server.get(&year).await.text();
    assert!(working.contains("Werkversie") && working.contains("Bekijk de gepubliceerde versie"), "{working}");
    let api = format!("/api/v1/programmes/{}/reports", p.id);
    let summary: serde_json::Value = app.server.get(&format!("{api}/2025")).await.json();
    assert_eq!((summary["goals"].as_i64(), summary["on_track"].as_i64()), (Some(1), Some(1)));
    assert_eq!(summary["sources"][0], "Registratie buurtwerk");
    let published_pdf = app.server.get(&format!("{year}/pdf?versie=gepubliceerd")).await.as_bytes().to_vec();
    assert!(published_pdf.starts_with(b"%PDF-"));
    // Later edits change the draft, never the published year; publishing again changes nothing.
    let renamed = NewGoal { title: "Meer bewonersinitiatieven".into(), ..goal.clone() };
    app.store.update_goal(&actor, p.id, g.id, 1, &renamed, &RevisionNote::system("test")).await.unwrap();
    assert!(app.server.get(&year).await.text().contains("Meer bewonersinitiatieven"));
    let again = app.post_form(&format!("{year}/publiceren"), &[]).await;
    assert!(again.header("location").to_str().unwrap().ends_with("melding=al-gepubliceerd"));
    app.server.clear_cookies();
    let public = app.server.get(&year).await;
    public.assert_status_ok();
    let public = public.text();
    assert!(
        public.contains("Meer initiatieven #set page") && !public.contains("Meer bewonersinitiatieven"),
        "the snapshot"
    );
    assert!(!public.contains("Concept") && !public.contains("publiceren"));
    assert_eq!(app.server.get(&format!("{year}/pdf")).await.as_bytes().to_vec(), published_pdf, "the stored PDF");
    let listed: serde_json::Value = app.server.get(&api).await.json();
    assert_eq!(listed[0]["year"], 2025);
    assert!(listed[0]["pdf_url"].as_str().unwrap().ends_with("/rapportages/2025/pdf?versie=gepubliceerd"));
    app.server.get(&format!("{api}/2025")).expect_failure().await.assert_status(StatusCode::UNAUTHORIZED);
    let doc = app.server.get("/api/v1/openapi.json").await.text();
    assert!(doc.contains("/api/v1/programmes/{id}/reports/{year}") && doc.contains("PublishedReportDto"));
    let index = app.server.get(&format!("/programmas/{}/voortgang/rapportages", p.id)).await.text();
    assert!(
        index.contains("Rapportage 2025 lezen") && !index.contains("Rapportage 2026 lezen"),
        "only what is published"
    );
    // Withdrawing asks first and takes it off the public page.
    app.login("beheerder@x.nl", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    assert!(app.server.get(&format!("{year}/intrekken")).await.text().contains("Rapportage 2025 intrekken?"));
    app.post_form(&format!("{year}/intrekken"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    app.server.clear_cookies();
    app.server.get(&year).await.assert_status(StatusCode::SEE_OTHER);
    let history = app.history(p.id).await;
    assert!(history.iter().any(|r| r.entity == "report" && r.action == "publish"));
    assert!(history.iter().any(|r| r.entity == "report" && r.action == "unpublish"));
    // A year outside the programme is not found.
    app.server
        .get(&format!("/programmas/{}/voortgang/rapportages/1999", p.id))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}
