//! The wijkbudget (issue 17 item 1) through the pages: a beheerder sets it up, residents propose
//! with the flyer code and vote with a household code, without an account; every refusal says
//! why and changes nothing.

use crate::common::app::{TestApp, text_of};
use crate::common::two_wijkbudgets;
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::validation::iso;
use wijkwijzer::domain::wijkbudget::{Assessment, Phase};

/// The proposal form as a browser sends it (it carries a file field for the photo).
fn multipart(fields: &[(&str, String)]) -> axum_test::multipart::MultipartForm {
    let mut f = axum_test::multipart::MultipartForm::new();
    for (k, v) in fields {
        f = f.add_text(k.to_string(), v.clone());
    }
    f
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

#[tokio::test]
async fn a_beheerder_sets_up_a_wijkbudget_and_a_mistyped_form_keeps_what_was_typed() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let user = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, user.id, Role::Manager).await.unwrap();
    let base = format!("/programmas/{}/wijkbudget", p.id);
    assert!(text_of(&app.server.get(&base).await.text()).contains("Er is nog geen wijkbudget."));
    let form = |amount: &'static str, voting: &'static str| {
        vec![
            ("title", "Wijkbudget Feijenoord 2027"),
            ("year", "2027"),
            ("amount", amount),
            ("max_per_proposal", "15.000"),
            ("who_may_propose", "Bewoners van Feijenoord"),
            ("themes", "samenleven"),
            ("themes", "wonen"),
            ("proposals_from", "01-03-2027"),
            ("assessment_from", "2027-04-15"),
            ("voting_from", voting),
            ("results_from", "2027-06-01"),
            ("execution_from", "2027-07-01"),
        ]
    };
    let bad = app.post_form(&base, &form("vijftigduizend", "2027-04-01")).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let text = text_of(&bad.text());
    assert!(text.contains("Deze fase begint na de fase ervoor"), "{text}");
    assert!(bad.text().contains("value=\"vijftigduizend\""), "what was typed stays");
    assert!(app.store.wijkbudgets(p.id).await.unwrap().is_empty());
    let made = app.post_form(&base, &form("50.000", "2027-05-15")).await;
    made.assert_status(StatusCode::SEE_OTHER);
    let b = app.store.wijkbudgets(p.id).await.unwrap().pop().unwrap();
    assert_eq!(
        (b.amount_cents, b.max_per_proposal_cents, b.proposals_from.as_str()),
        (5_000_000, Some(1_500_000), "2027-03-01")
    );
    let page = text_of(&app.server.get(&format!("{base}/{}", b.id)).await.text());
    assert!(
        page.contains("€ 50.000") && page.contains("Nog niet begonnen") && page.contains(&b.proposal_code),
        "{page}"
    );
    // The flyer's address and the code slips carry the full address residents type.
    let html = app.server.get(&format!("{base}/{}", b.id)).await.text();
    assert!(html.contains(&format!("://localhost/wijkbudget/{}", b.proposal_code)), "a full address for the flyer");
    let bad_count = app.post_form(&format!("{base}/{}/stemcodes", b.id), &[("label", "Markt"), ("count", "0")]).await;
    bad_count.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let slips = app.post_form(&format!("{base}/{}/stemcodes", b.id), &[("label", "Markt"), ("count", "2")]).await;
    slips.assert_status_ok();
    assert_eq!(slips.text().matches("class=\"vote-slip\"").count(), 2);
    assert!(
        text_of(&slips.text()).contains("Ga naar http://localhost/stemmen en typ deze code"),
        "{}",
        text_of(&slips.text())
    );
    assert_eq!(app.store.vote_code_batches(b.id).await.unwrap(), vec![("Markt".to_string(), 2, 0)]);
    // A second one for the same year is refused with the reason next to the year.
    let twice = app.post_form(&base, &form("50.000", "2027-05-15")).await;
    twice.assert_status(StatusCode::CONFLICT);
    assert!(text_of(&twice.text()).contains("al een wijkbudget voor dat jaar"));
}

#[tokio::test]
async fn residents_propose_with_the_flyer_code_and_proposals_after_the_phase_are_refused() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let (open, decided, _) = two_wijkbudgets(&app.store, p.id, today()).await;
    // The code as a resident types it: lower case, a space instead of the dash.
    let typed = open.proposal_code.to_lowercase().replace('-', " ");
    let go = app.server.get(&format!("/wijkbudget?code={}", typed.replace(' ', "+"))).await;
    go.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(go.header("location"), format!("/wijkbudget/{}", open.proposal_code));
    let unknown = app.server.get("/wijkbudget?code=AAAA-AAAA").await;
    unknown.assert_status(StatusCode::NOT_FOUND);
    assert!(text_of(&unknown.text()).contains("Deze code kennen we niet"));
    let url = format!("/wijkbudget/{}", open.proposal_code);
    let page = text_of(&app.server.get(&url).await.text());
    assert!(
        page.contains("Doe een voorstel")
            && page.contains("Bankjes op het plein")
            && page.contains("Nog niet beoordeeld")
    );
    let area = p.areas[0].code.as_str().to_string();
    let proposal = |cost: &'static str| {
        vec![
            ("title", "Moestuin achter de school".to_string()),
            ("description", "Een moestuin voor kinderen en ouderen.".to_string()),
            ("theme", "samenleven".to_string()),
            ("cost", cost.to_string()),
            ("area", area.clone()),
            ("contact_name", "Fatima".to_string()),
            ("contact_email", "fatima@example.nl".to_string()),
        ]
    };
    let bad = app.server.post(&url).multipart(multipart(&proposal("veel"))).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Moestuin achter de school") && bad.text().contains("value=\"veel\""), "kept");
    assert_eq!(app.store.proposals(open.id).await.unwrap().len(), 1, "nothing stored");
    let done = app.server.post(&url).multipart(multipart(&proposal("2.500"))).await;
    done.assert_status(StatusCode::SEE_OTHER);
    let after = app.server.get(done.header("location").to_str().unwrap()).await.text();
    assert!(text_of(&after).contains("Uw voorstel is binnen") && text_of(&after).contains("Moestuin achter de school"));
    assert!(!after.contains("fatima@example.nl"), "contact data is never published");
    let stored = app.store.proposals(open.id).await.unwrap();
    assert_eq!((stored.len(), stored[1].cost_cents, stored[1].user_id), (2, 250_000, None));
    // The decided budget takes no proposals: refused with the reason, nothing stored.
    let late =
        app.server.post(&format!("/wijkbudget/{}", decided.proposal_code)).multipart(multipart(&proposal("100"))).await;
    late.assert_status(StatusCode::CONFLICT);
    assert!(text_of(&late.text()).contains("Voorstellen indienen kan nu niet meer"));
    assert_eq!(app.store.proposals(decided.id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_household_votes_once_within_the_amount_and_a_forged_code_is_unknown() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let actor = Actor::system("test");
    let day = |n: i64| today() + time::Duration::days(n);
    // A budget in its voting phase with three feasible proposals (20k, 20k, 15k of 50k).
    let new = wijkwijzer::domain::wijkbudget::NewWijkbudget {
        year: 2097,
        title: "Wijkbudget stemmen".into(),
        description: String::new(),
        amount_cents: 5_000_000,
        max_per_proposal_cents: None,
        who_may_propose: "Bewoners".into(),
        themes: vec![wijkwijzer::domain::catalogue::Theme::Community],
        proposals_from: iso(day(-30)),
        assessment_from: iso(day(-20)),
        voting_from: iso(day(-1)),
        results_from: iso(day(10)),
        execution_from: iso(day(40)),
    };
    let b = app.store.create_wijkbudget(&actor, p.id, &new).await.unwrap();
    let mut ids = Vec::new();
    for (title, cost) in [("Speeltuin", 2_000_000), ("Bankjes", 2_000_000), ("Buurtfeest", 1_500_000)] {
        let n = wijkwijzer::domain::wijkbudget::NewProposal {
            title: title.into(),
            description: "Voor iedereen.".into(),
            theme: wijkwijzer::domain::catalogue::Theme::Community,
            cost_cents: cost,
            area_code: p.areas[0].code.as_str().into(),
            contact_name: String::new(),
            contact_email: String::new(),
        };
        let made = app.store.submit_proposal(&actor, &b, &n, (None, false), day(-25)).await.unwrap();
        let yes = Assessment { feasible: true, reason: "Kan.".into(), assessed_on: iso(day(-15)) };
        app.store.assess_proposal(&actor, &b, made.id, &yes, day(-15)).await.unwrap();
        ids.push(made.id.to_string());
    }
    assert_eq!(b.phase(today()), Phase::Voting);
    let code = app.store.create_vote_codes(&actor, &b, "Buurthuis", 1, today()).await.unwrap().remove(0);
    // A forged code: unknown, said next to the field.
    let forged = app.server.post("/stemmen").form(&[("code", "AAAA-BBBB-CCCC")]).await;
    forged.assert_status(StatusCode::NOT_FOUND);
    assert!(text_of(&forged.text()).contains("Deze stemcode kennen we niet"));
    let ballot = app.server.post("/stemmen").form(&[("code", code.to_lowercase().as_str())]).await;
    ballot.assert_status_ok();
    let html = ballot.text();
    assert!(html.contains("Speeltuin") && html.contains("samen hoogstens € 50.000"), "{}", text_of(&html));
    // Over the amount: refused whole, the choice kept, the code still good.
    let over = app
        .server
        .post("/stemmen/stem")
        .form(&[("code", code.as_str()), ("voorstel", &ids[0]), ("voorstel", &ids[1]), ("voorstel", &ids[2])])
        .await;
    over.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&over.text()).contains("U koos voor € 55.000; dat is meer dan het wijkbudget van € 50.000"));
    assert_eq!(over.text().matches(" checked").count(), 3, "the choice is kept");
    assert_eq!(app.store.vote_counts(b.id).await.unwrap().1, 0);
    let counted = app
        .server
        .post("/stemmen/stem")
        .form(&[("code", code.as_str()), ("voorstel", &ids[0]), ("voorstel", &ids[2])])
        .await;
    counted.assert_status_ok();
    assert!(text_of(&counted.text()).contains("Uw stem is geteld"));
    let again = app.server.post("/stemmen/stem").form(&[("code", code.as_str()), ("voorstel", &ids[1])]).await;
    again.assert_status(StatusCode::GONE);
    assert!(text_of(&again.text()).contains("Deze code is al gebruikt"));
    assert_eq!(app.server.post("/stemmen").form(&[("code", code.as_str())]).await.status_code(), StatusCode::GONE);
    let (counts, ballots) = app.store.vote_counts(b.id).await.unwrap();
    assert_eq!((counts.len(), ballots), (2, 1));
    // Before the result, nobody sees how the votes stand.
    let public = text_of(&app.server.get(&format!("/wijkbudget/{}", b.proposal_code)).await.text());
    assert!(!public.contains("1 stem") && public.contains("Er wordt nu gestemd"), "{public}");
}

#[tokio::test]
async fn the_result_is_published_and_a_chosen_proposal_becomes_a_measure_with_wijkbudget_money() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let (_, decided, chosen) = two_wijkbudgets(&app.store, p.id, today()).await;
    let public = text_of(&app.server.get(&format!("/wijkbudget/{}", decided.proposal_code)).await.text());
    assert!(
        public.contains("1 huishouden heeft gestemd.") && public.contains("1 stem") && public.contains("Gekozen"),
        "{public}"
    );
    assert!(public.contains("Past binnen de regels."), "the assessment's reason is published");
    let party = app
        .store
        .create_party(
            &Actor::system("test"),
            p.id,
            &crate::common::party_input("Gemeente Rotterdam", wijkwijzer::domain::coalition::PartyKind::Municipality),
        )
        .await
        .unwrap();
    let user = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, user.id, Role::Manager).await.unwrap();
    let url = format!("/programmas/{}/wijkbudget/{}/voorstellen/{chosen}/maatregel", p.id, decided.id);
    let no_owner = app.post_form(&url, &[("owner", "")]).await;
    no_owner.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let made = app.post_form(&url, &[("owner", &party.id.to_string())]).await;
    made.assert_status(StatusCode::SEE_OTHER);
    let measure = app.store.measures(p.id).await.unwrap().pop().unwrap();
    assert_eq!((measure.title.as_str(), measure.budget[0].planned_cents), ("Buurtfeest", 1_250_000));
    assert_eq!(measure.budget[0].source.key(), "wijkbudget");
    let page = text_of(&app.server.get(&format!("/programmas/{}/agenda/financiering", p.id)).await.text());
    assert!(page.contains("Wijkbudget (bewoners)"), "the financing names the wijkbudget as a source: {page}");
    app.post_form(&url, &[("owner", &party.id.to_string())]).await.assert_status(StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_demo_has_a_wijkbudget_in_its_voting_phase_and_last_year_s_as_measures_with_results() {
    let (store, _dir) = crate::common::sqlite_store().await;
    wijkwijzer::demo::load(&store).await.unwrap();
    let budgets = store.wijkbudgets(1).await.unwrap();
    assert_eq!(budgets.len(), 2);
    let (current, last) = (&budgets[0], &budgets[1]);
    assert_eq!((current.phase(today()), last.phase(today())), (Phase::Voting, Phase::Execution));
    assert!(store.proposals(current.id).await.unwrap().iter().all(|p| p.invented && p.feasible()));
    let proposals = store.proposals(last.id).await.unwrap();
    assert!(proposals.iter().any(|p| !p.feasible()), "one proposal was not feasible, with its reason");
    let measures = store.measures(1).await.unwrap();
    let from_budget: Vec<_> =
        measures.iter().filter(|m| m.budget.iter().any(|b| b.source.key() == "wijkbudget")).collect();
    assert_eq!(from_budget.len(), proposals.iter().filter(|p| p.measure_id.is_some()).count());
    assert!(!from_budget.is_empty() && from_budget.iter().all(|m| !m.results.is_empty()), "measures with results");
    // Residents see the invented proposals marked as invented, and the result of last year.
    let app = TestApp::on(&store);
    let page = text_of(&app.server.get(&format!("/wijkbudget/{}", current.proposal_code)).await.text());
    assert!(page.contains("Verzonnen voorbeeld") && page.contains("Er wordt nu gestemd"), "{page}");
    let result = text_of(&app.server.get(&format!("/wijkbudget/{}", last.proposal_code)).await.text());
    assert!(
        result.contains("61 stemmen") && result.contains("Gekozen") && result.contains("geluidsregels"),
        "{result}"
    );
}

#[tokio::test]
async fn residents_bring_in_an_agenda_item_with_the_programme_s_code_and_read_the_tegenbod_once_published() {
    use wijkwijzer::domain::residents::{Answer, NewAnswer};
    use wijkwijzer::store::ItemChange;
    let mut app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let actor = Actor::system("test");
    let user = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, user.id, Role::Manager).await.unwrap();
    let list = format!("/programmas/{}/agenda/bewonersagenda", p.id);
    assert!(text_of(&app.server.get(&list).await.text()).contains("Maak een code voor bewoners"));
    app.post_form(&format!("{list}/code"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    let code = app.store.residents_code(p.id).await.unwrap().expect("a code");
    app.post_form(&format!("{list}/code"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.residents_code(p.id).await.unwrap(), Some(code.clone()), "one code per programme");
    assert!(app.server.get(&list).await.text().contains(&code));
    // A resident, without an account.
    app.server.clear_cookies();
    app.server.get("/bewonersagenda/AAAA-AAAA").await.assert_status(StatusCode::NOT_FOUND);
    let url = format!("/bewonersagenda/{}", code.to_lowercase());
    let page = text_of(&app.server.get(&url).await.text());
    assert!(page.contains("Er staan nog geen openbare punten op de agenda."), "{page}");
    let empty = app.server.post(&url).form(&[("title", ""), ("body", "Er is geen veilige speelplek.")]).await;
    empty.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text().contains("Er is geen veilige speelplek."), "what was typed stays");
    let sent = app
        .server
        .post(&url)
        .form(&[("title", "Speelplek Hillevliet"), ("body", "Er is geen veilige speelplek.")])
        .await;
    sent.assert_status(StatusCode::SEE_OTHER);
    let after = text_of(&app.server.get(sent.header("location").to_str().unwrap()).await.text());
    assert!(after.contains("Uw punt is binnen") && !after.contains("Speelplek Hillevliet"), "moderated first: {after}");
    let item = app.store.agenda_items(p.id, false).await.unwrap().pop().unwrap();
    assert_eq!((item.submitted_by.as_str(), item.published), ("Een bewoner (via de code)", false));
    // Answered and published by the programme: the resident reads the tegenbod.
    let answer = NewAnswer {
        answer: Answer::Together,
        text: "We zoeken samen een plek.".into(),
        answered_on: item.submitted_on.clone(),
    };
    let item =
        app.store.update_agenda_item(&actor, p.id, item.id, item.version, ItemChange::Answer(&answer)).await.unwrap();
    app.store.update_agenda_item(&actor, p.id, item.id, item.version, ItemChange::Publish(true)).await.unwrap();
    let public = text_of(&app.server.get(&url).await.text());
    assert!(public.contains("Speelplek Hillevliet") && public.contains("We zoeken samen een plek."), "{public}");
}
