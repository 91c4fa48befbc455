//! The authorisation matrix: every route of the router, read from `src/web/router.rs` itself, has an
//! expected rule here; each role that the rule keeps out is tried on it (with a valid CSRF token, so
//! that only authorisation can refuse) and must be refused. A route added without a line in `RULES`
//! fails the test. The programme under test publishes nothing, so every programme page is for its
//! members only.

mod common;

use Method::*;
use Rule::*;
use common::app::TestApp;
use common::routes::{Method, api_routes, concrete, csrf_of, declared_routes};
use common::{PASSWORD, add_user};
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;

/// Who may use a route (the least that is needed).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Rule {
    /// Anyone, also without an account.
    Open,
    /// Any logged-in account.
    Account,
    /// Members of the programme (lezer, partner, beheerder) and site administrators.
    Member,
    /// Partners and beheerders of the programme.
    Contribute,
    /// Partners of the party that owns the record (a measure, or the committing party of a
    /// commitment), beheerders and site administrators — not partners of another party.
    Owner,
    /// Beheerders of the programme.
    Manage,
    /// A beheerder of any programme (indicators, imports).
    SiteManager,
    /// Site administrators only.
    SiteAdmin,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Anonymous,
    /// An account without a role anywhere.
    Account,
    /// Beheerder of another programme.
    ManagerElsewhere,
    Reader,
    /// Partner of the programme, acting for a party that owns none of the records tried.
    PartnerOfOtherParty,
    /// Partner acting for the party that owns measure 1.
    Partner,
    Manager,
    Admin,
}

const EVERYONE: [Who; 8] = [
    Who::Anonymous,
    Who::Account,
    Who::ManagerElsewhere,
    Who::Reader,
    Who::PartnerOfOtherParty,
    Who::Partner,
    Who::Manager,
    Who::Admin,
];

fn allowed(rule: Rule, who: Who) -> bool {
    use Who::*;
    match rule {
        Rule::Open => true,
        Rule::Account => who != Anonymous,
        Rule::Member => matches!(who, Reader | PartnerOfOtherParty | Partner | Manager | Admin),
        Rule::Contribute => matches!(who, PartnerOfOtherParty | Partner | Manager | Admin),
        Rule::Owner => matches!(who, Partner | Manager | Admin),
        Rule::Manage => matches!(who, Manager | Admin),
        Rule::SiteManager => matches!(who, ManagerElsewhere | Manager | Admin),
        Rule::SiteAdmin => who == Admin,
    }
}

const RULES: &[(Method, &str, Rule)] = &[
    (GET, "/", Open),
    (GET, "/health", Open),
    (GET, "/static/style.css", Open),
    (GET, "/static/print.js", Open),
    (GET, "/huisstijl.css", Open),
    (GET, "/huisstijl/logo", Open),
    (GET, "/inloggen", Open),
    (POST, "/inloggen", Open),
    (POST, "/uitloggen", Open),
    (POST, "/taal", Open),
    (GET, "/account", Account),
    (POST, "/account/wachtwoord", Account),
    (POST, "/account/tokens", Account),
    (POST, "/account/tokens/{token_id}/intrekken", Account),
    (GET, "/gemeenten/{code}", Open),
    (GET, "/urgentie", Open),
    (GET, "/urgentie.csv", Open),
    (GET, "/urgentie.json", Open),
    (GET, "/urgentie/methode", Open),
    (GET, "/gebieden", Open),
    (GET, "/gebieden/{code}", Open),
    (GET, "/gebieden/{code}/profiel.csv", Open),
    (GET, "/gebieden/{code}/profiel.json", Open),
    (GET, "/gebieden/{code}/kaart", Open),
    (GET, "/programmas/nieuw", SiteAdmin),
    (POST, "/programmas", SiteAdmin),
    (GET, "/programmas/{id}", Member),
    (GET, "/programmas/{id}/bewerken", Manage),
    (POST, "/programmas/{id}/bewerken", Manage),
    (GET, "/programmas/{id}/publicatie", Manage),
    (POST, "/programmas/{id}/publicatie", Manage),
    (GET, "/programmas/{id}/verwijderen", SiteAdmin),
    (POST, "/programmas/{id}/verwijderen", SiteAdmin),
    (GET, "/programmas/{id}/geschiedenis", Manage),
    (GET, "/programmas/{id}/leden", Member),
    (POST, "/programmas/{id}/leden", Manage),
    (GET, "/programmas/{id}/leden/{user_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/leden/{user_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/verhalen", Member),
    (POST, "/programmas/{id}/verhalen", Contribute),
    (GET, "/programmas/{id}/verhalen/nieuw", Contribute),
    (GET, "/programmas/{id}/verhalen/{story_id}/bewerken", Contribute),
    (POST, "/programmas/{id}/verhalen/{story_id}/bewerken", Contribute),
    (GET, "/programmas/{id}/verhalen/{story_id}/verwijderen", Contribute),
    (POST, "/programmas/{id}/verhalen/{story_id}/verwijderen", Contribute),
    (GET, "/programmas/{id}/stand", Member),
    (GET, "/programmas/{id}/stand/bewerken", Manage),
    (POST, "/programmas/{id}/stand/bewerken", Manage),
    (GET, "/programmas/{id}/agenda", Member),
    (GET, "/programmas/{id}/agenda/visie", Manage),
    (POST, "/programmas/{id}/agenda/visie", Manage),
    (GET, "/programmas/{id}/agenda/wijkdeal", Member),
    (GET, "/programmas/{id}/agenda/wijzigingen", Member),
    (POST, "/programmas/{id}/agenda/doelen", Manage),
    (GET, "/programmas/{id}/agenda/doelen.csv", Member),
    (GET, "/programmas/{id}/agenda/doelen/nieuw", Manage),
    (GET, "/programmas/{id}/agenda/doelen/{goal_id}/bewerken", Manage),
    (POST, "/programmas/{id}/agenda/doelen/{goal_id}/bewerken", Manage),
    (GET, "/programmas/{id}/agenda/doelen/{goal_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/doelen/{goal_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/agenda/maatregelen", Member),
    (POST, "/programmas/{id}/agenda/maatregelen", Manage),
    (GET, "/programmas/{id}/agenda/maatregelen.csv", Member),
    (GET, "/programmas/{id}/agenda/maatregelen/nieuw", Manage),
    (GET, "/programmas/{id}/agenda/maatregelen/{measure_id}", Member),
    (GET, "/programmas/{id}/agenda/maatregelen/{measure_id}/bewerken", Owner),
    (POST, "/programmas/{id}/agenda/maatregelen/{measure_id}/bewerken", Owner),
    (GET, "/programmas/{id}/agenda/maatregelen/{measure_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/maatregelen/{measure_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}", Owner),
    (GET, "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/nieuw", Owner),
    (GET, "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/{line_id}", Owner),
    (POST, "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/{line_id}", Owner),
    (GET, "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/{line_id}/verwijderen", Owner),
    (POST, "/programmas/{id}/agenda/maatregelen/{measure_id}/{kind}/{line_id}/verwijderen", Owner),
    (GET, "/programmas/{id}/agenda/plannen", Manage),
    (POST, "/programmas/{id}/agenda/plannen", Manage),
    (GET, "/programmas/{id}/agenda/plannen/{plan_id}/bewerken", Manage),
    (POST, "/programmas/{id}/agenda/plannen/{plan_id}/bewerken", Manage),
    (GET, "/programmas/{id}/agenda/financiering", Member),
    (GET, "/programmas/{id}/agenda/begroting.csv", Member),
    (GET, "/programmas/{id}/agenda/wie-doet-wat", Member),
    (GET, "/programmas/{id}/agenda/bewonersagenda", Member),
    (POST, "/programmas/{id}/agenda/bewonersagenda", Contribute),
    (GET, "/programmas/{id}/agenda/bewonersagenda.csv", Member),
    (GET, "/programmas/{id}/agenda/bewonersagenda/{item_id}", Member),
    (POST, "/programmas/{id}/agenda/bewonersagenda/{item_id}/tegenbod", Manage),
    (POST, "/programmas/{id}/agenda/bewonersagenda/{item_id}/publicatie", Manage),
    (GET, "/programmas/{id}/agenda/bewonersagenda/{item_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/bewonersagenda/{item_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/voortgang", Member),
    (GET, "/programmas/{id}/voortgang/rapportages", Member),
    (GET, "/programmas/{id}/voortgang/rapportages/{year}", Member),
    (GET, "/programmas/{id}/voortgang/rapportages/{year}/pdf", Member),
    (GET, "/programmas/{id}/voortgang/rapportages/{year}/publiceren", Manage),
    (POST, "/programmas/{id}/voortgang/rapportages/{year}/publiceren", Manage),
    (GET, "/programmas/{id}/voortgang/rapportages/{year}/intrekken", Manage),
    (POST, "/programmas/{id}/voortgang/rapportages/{year}/intrekken", Manage),
    (GET, "/programmas/{id}/voortgang/successen", Member),
    (POST, "/programmas/{id}/voortgang/successen", Manage),
    (GET, "/programmas/{id}/voortgang/successen/{success_id}/bewerken", Manage),
    (POST, "/programmas/{id}/voortgang/successen/{success_id}/bewerken", Manage),
    (GET, "/programmas/{id}/voortgang/successen/{success_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/voortgang/successen/{success_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/voortgang/doelen/{goal_id}", Member),
    (POST, "/programmas/{id}/voortgang/doelen/{goal_id}/waarden", Contribute),
    (POST, "/programmas/{id}/voortgang/doelen/{goal_id}/waarden/{measurement_id}/beoordeling", Manage),
    (POST, "/programmas/{id}/voortgang/doelen/{goal_id}/verhaal", Manage),
    (GET, "/programmas/{id}/randvoorwaarden", Member),
    (POST, "/programmas/{id}/randvoorwaarden/peilingen", Manage),
    (GET, "/programmas/{id}/randvoorwaarden/peilingen/{round_id}", Member),
    (GET, "/programmas/{id}/randvoorwaarden/peilingen/{round_id}/invullen", Member),
    (POST, "/programmas/{id}/randvoorwaarden/peilingen/{round_id}/invullen", Member),
    (POST, "/programmas/{id}/randvoorwaarden/peilingen/{round_id}/links", Manage),
    (POST, "/programmas/{id}/randvoorwaarden/peilingen/{round_id}/sluiten", Manage),
    (GET, "/peiling/{token}", Open),
    (POST, "/peiling/{token}", Open),
    (GET, "/programmas/{id}/coalitie", Member),
    (POST, "/programmas/{id}/coalitie/partijen", Manage),
    (GET, "/programmas/{id}/coalitie/partijen.csv", Member),
    (GET, "/programmas/{id}/coalitie/partijen/nieuw", Manage),
    (GET, "/programmas/{id}/coalitie/partijen/{party_id}", Member),
    (GET, "/programmas/{id}/coalitie/partijen/{party_id}/bewerken", Manage),
    (POST, "/programmas/{id}/coalitie/partijen/{party_id}/bewerken", Manage),
    (GET, "/programmas/{id}/coalitie/partijen/{party_id}/deelname", Manage),
    (POST, "/programmas/{id}/coalitie/partijen/{party_id}/deelname", Manage),
    (POST, "/programmas/{id}/coalitie/partijen/{party_id}/contactpersonen", Manage),
    (GET, "/programmas/{id}/coalitie/partijen/{party_id}/contactpersonen/{contact_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/coalitie/partijen/{party_id}/contactpersonen/{contact_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/coalitie/partijen/{party_id}/accounts", Manage),
    (POST, "/programmas/{id}/coalitie/overleg", Manage),
    (GET, "/programmas/{id}/coalitie/overleg/nieuw", Manage),
    (GET, "/programmas/{id}/coalitie/overleg/{body_id}", Member),
    (GET, "/programmas/{id}/coalitie/overleg/{body_id}/bewerken", Manage),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/bewerken", Manage),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/leden", Manage),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/leden/{seat_id}/beeindigen", Manage),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen", Manage),
    (GET, "/beheer/gebruikers", SiteAdmin),
    (POST, "/beheer/gebruikers", SiteAdmin),
    (GET, "/beheer/gebruikers/nieuw", SiteAdmin),
    (GET, "/beheer/gebruikers/{user_id}", SiteAdmin),
    (POST, "/beheer/gebruikers/{user_id}", SiteAdmin),
    (GET, "/beheer/geschiedenis", SiteAdmin),
    (GET, "/beheer/privacy", SiteAdmin),
    (POST, "/beheer/privacy", SiteAdmin),
    (POST, "/beheer/privacy/export", SiteAdmin),
    (POST, "/beheer/privacy/wissen", SiteAdmin),
    (GET, "/beheer/huisstijl", SiteAdmin),
    (POST, "/beheer/huisstijl", SiteAdmin),
    (GET, "/beheer/indicatoren", SiteManager),
    (POST, "/beheer/indicatoren", SiteManager),
    (GET, "/beheer/import", SiteManager),
    (POST, "/beheer/import", SiteManager),
];

/// The JSON API, as its OpenAPI document (generated from the router) lists it.
const API_RULES: &[(Method, &str, Rule)] = &[
    (GET, "/api/v1/me", Account),
    (GET, "/api/v1/users", SiteAdmin),
    (POST, "/api/v1/users", SiteAdmin),
    // Lists only what the requester may see (checked on its content below).
    (GET, "/api/v1/programmes", Open),
    (POST, "/api/v1/programmes", SiteAdmin),
    (GET, "/api/v1/programmes/{id}", Member),
    (PUT, "/api/v1/programmes/{id}", Manage),
    (DELETE, "/api/v1/programmes/{id}", SiteAdmin),
    (GET, "/api/v1/programmes/{id}/members", Member),
    (PUT, "/api/v1/programmes/{id}/members/{user_id}", Manage),
    (DELETE, "/api/v1/programmes/{id}/members/{user_id}", Manage),
    (GET, "/api/v1/programmes/{id}/parties", Member),
    (GET, "/api/v1/programmes/{id}/bodies", Member),
    (GET, "/api/v1/programmes/{id}/goals", Member),
    (GET, "/api/v1/programmes/{id}/measures", Member),
    (GET, "/api/v1/programmes/{id}/budget", Member),
    (GET, "/api/v1/programmes/{id}/agenda-items", Member),
    (GET, "/api/v1/programmes/{id}/assessments", Member),
    (GET, "/api/v1/programmes/{id}/progress", Member),
    // Lists only published snapshots (checked on its content below).
    (GET, "/api/v1/programmes/{id}/reports", Open),
    (GET, "/api/v1/programmes/{id}/reports/{year}", Member),
    (GET, "/api/v1/areas", Open),
    (GET, "/api/v1/areas/{code}", Open),
    (GET, "/api/v1/areas/{code}/observations", Open),
    (GET, "/api/v1/indicators", Open),
    (GET, "/api/v1/scan", Open),
];

fn unclassified(declared: &[(Method, String)], rules: &[(Method, &str, Rule)]) -> (Vec<String>, Vec<String>) {
    let missing = declared
        .iter()
        .filter(|(m, p)| !rules.iter().any(|(rm, rp, _)| rm == m && rp == p))
        .map(|(m, p)| format!("{m:?} {p}"))
        .collect();
    let stale = rules
        .iter()
        .filter(|(m, p, _)| !declared.iter().any(|(dm, dp)| dm == m && dp == p))
        .map(|(m, p, _)| format!("{m:?} {p}"))
        .collect();
    (missing, stale)
}

#[test]
fn every_route_of_the_router_has_a_rule_and_no_rule_names_a_route_that_is_gone() {
    let declared = declared_routes();
    assert!(declared.len() > 100, "the parser found the routes ({})", declared.len());
    let (missing, stale) = unclassified(&declared, RULES);
    assert!(missing.is_empty(), "routes without an access rule in tests/access_matrix.rs: {missing:#?}");
    assert!(stale.is_empty(), "rules for routes that no longer exist: {stale:#?}");
    let api = api_routes();
    assert!(api.len() > 20, "the API lists its routes ({})", api.len());
    let (missing, stale) = unclassified(&api, API_RULES);
    assert!(missing.is_empty(), "API routes without an access rule in tests/access_matrix.rs: {missing:#?}");
    assert!(stale.is_empty(), "API rules for routes that no longer exist: {stale:#?}");
}

#[tokio::test]
async fn no_role_gets_past_a_route_it_may_not_use() {
    let (store, _dir) = common::sqlite_store().await;
    wijkwijzer::demo::load(&store).await.unwrap();
    let actor = Actor::system("test");
    // Programme 1 publishes nothing: its pages are for members only.
    store.set_published_pages(&actor, 1, &[]).await.unwrap();
    // Measure 1 belongs to one party; another party owns neither it nor its commitment 1.
    let measure = store.measure(1, 1).await.unwrap();
    let owner = measure.owner_id().expect("measure 1 has an owning party");
    let committed: Vec<i64> = measure.commitments.iter().map(|c| c.party_id).collect();
    let other_party = store
        .parties(1)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .find(|id| *id != owner && !committed.contains(id))
        .expect("a party that owns nothing of measure 1");
    let mut servers = Vec::new();
    for who in EVERYONE {
        let app = TestApp::on(&store);
        if who != Who::Anonymous {
            let email = format!("{who:?}@matrix.nl").to_lowercase();
            let user = add_user(&store, &email, who == Who::Admin).await;
            match who {
                Who::ManagerElsewhere => store.set_member_role(&actor, 2, user.id, Role::Manager).await.unwrap(),
                Who::Reader => store.set_member_role(&actor, 1, user.id, Role::Reader).await.unwrap(),
                Who::Partner | Who::PartnerOfOtherParty => {
                    store.set_member_role(&actor, 1, user.id, Role::Partner).await.unwrap();
                    let party = if who == Who::Partner { owner } else { other_party };
                    store.set_party_account(&actor, 1, party, user.id, true).await.unwrap();
                }
                Who::Manager => store.set_member_role(&actor, 1, user.id, Role::Manager).await.unwrap(),
                _ => {}
            }
            assert_eq!(app.login(&email, PASSWORD).await.status_code(), 303, "{who:?} logs in");
        }
        let token = csrf_of(&app.server.get("/").await.text()).unwrap_or_default();
        // With a valid token only authorisation can refuse a logged-in role's change.
        assert!(who == Who::Anonymous || !token.is_empty(), "{who:?} has a CSRF token");
        servers.push((who, app, token));
    }
    let mut leaks = Vec::new();
    let mut tried = 0;
    for (method, path, rule) in RULES.iter().chain(API_RULES) {
        let url = concrete(path);
        for (who, app, token) in &servers {
            let server = &app.server;
            if allowed(*rule, *who) {
                continue;
            }
            tried += 1;
            let api = url.starts_with("/api/");
            let res = match method {
                GET => server.get(&url).await,
                POST if !api => server.post(&url).form(&[("csrf_token", token.as_str())]).await,
                POST => server.post(&url).add_header("x-csrf-token", token.as_str()).json(&serde_json::json!({})).await,
                PUT => server.put(&url).add_header("x-csrf-token", token.as_str()).json(&serde_json::json!({})).await,
                DELETE => server.delete(&url).add_header("x-csrf-token", token.as_str()).await,
            };
            let status = res.status_code().as_u16();
            let to_login = status == 303
                && res
                    .maybe_header("location")
                    .is_some_and(|l| l.to_str().unwrap_or_default().starts_with("/inloggen"));
            if !(matches!(status, 401 | 403 | 404) || to_login) {
                leaks.push(format!("{who:?} {method:?} {url} → {status}"));
            }
        }
    }
    // Lists show only what the requester may see: nothing of the unpublished programme.
    for (who, app, _) in &servers {
        let server = &app.server;
        if allowed(Member, *who) {
            let home = server.get("/").await.text();
            assert!(home.contains("Demo: Wijkaanpak Rotterdam Zuid"), "{who:?}, a member, sees the programme");
            continue;
        }
        let programmes: serde_json::Value = server.get("/api/v1/programmes").await.json();
        let ids: Vec<i64> = programmes.as_array().unwrap().iter().filter_map(|p| p["id"].as_i64()).collect();
        if ids.contains(&1) {
            leaks.push(format!("{who:?} sees the unpublished programme in GET /api/v1/programmes"));
        }
        let reports: serde_json::Value = server.get("/api/v1/programmes/1/reports").await.json();
        if reports.as_array().is_some_and(|r| !r.is_empty()) {
            leaks.push(format!("{who:?} sees unpublished reports"));
        }
        let home = server.get("/").await.text();
        if home.contains("Demo: Wijkaanpak Rotterdam Zuid") {
            leaks.push(format!("{who:?} sees the unpublished programme on the home page"));
        }
    }
    // Control: the owning party's partner does get in where the other party's partner does not.
    for (who, app, _) in &servers {
        let status = app.server.get("/programmas/1/agenda/maatregelen/1/bewerken").await.status_code().as_u16();
        match who {
            Who::Partner | Who::Manager | Who::Admin => assert_eq!(status, 200, "{who:?} edits measure 1"),
            Who::PartnerOfOtherParty => assert_eq!(status, 403, "{who:?} may not edit measure 1"),
            _ => {}
        }
    }
    assert!(tried > 300, "the matrix tried {tried} refusals");
    assert!(leaks.is_empty(), "{} leak(s):\n{}", leaks.len(), leaks.join("\n"));
    eprintln!("authorisation matrix: {tried} refusals tried by {} roles, 0 leaks", EVERYONE.len());
}

/// Every state-changing route refuses a request with a session but without the session's CSRF token
/// (missing or wrong), even for a site administrator who may do everything else — and changes nothing.
#[tokio::test]
async fn every_state_changing_route_refuses_a_missing_or_wrong_csrf_token() {
    let (store, _dir) = common::sqlite_store().await;
    wijkwijzer::demo::load(&store).await.unwrap();
    let app = TestApp::on(&store);
    app.login_as("admin@matrix.nl", true).await;
    let server = &app.server;
    let before = store.audit_records(wijkwijzer::store::AuditFilter { programme_id: None }, 1, 1).await.unwrap().total;
    let mut accepted = Vec::new();
    let mut tried = 0;
    for (method, path, _) in RULES.iter().chain(API_RULES).filter(|(m, _, _)| *m != GET) {
        let url = concrete(path);
        for token in [None, Some("vervalst-token")] {
            tried += 1;
            let api = url.starts_with("/api/");
            let res = match (method, api, token) {
                (POST, false, None) => server.post(&url).form(&[("naam", "x")]).await,
                (POST, false, Some(t)) => server.post(&url).form(&[("csrf_token", t)]).await,
                (POST, true, t) => match t {
                    Some(t) => server.post(&url).add_header("x-csrf-token", t).json(&serde_json::json!({})).await,
                    None => server.post(&url).json(&serde_json::json!({})).await,
                },
                (PUT, _, t) => match t {
                    Some(t) => server.put(&url).add_header("x-csrf-token", t).json(&serde_json::json!({})).await,
                    None => server.put(&url).json(&serde_json::json!({})).await,
                },
                (DELETE, _, t) => match t {
                    Some(t) => server.delete(&url).add_header("x-csrf-token", t).await,
                    None => server.delete(&url).await,
                },
                (GET, _, _) => unreachable!(),
            };
            let text = res.text();
            let refused = res.status_code() == 403 && (text.contains("\"csrf\"") || text.contains("Verzoek geweigerd"));
            if !refused {
                accepted.push(format!("{method:?} {url} token {token:?} → {}", res.status_code()));
            }
        }
    }
    assert!(tried > 120, "tried {tried}");
    // The control: the same session with its real token gets through.
    let token = csrf_of(&server.get("/").await.text()).unwrap();
    let ok = server.post("/taal").form(&[("csrf_token", token.as_str()), ("lang", "en"), ("terug", "/")]).await;
    assert_eq!(ok.status_code(), 303, "{}", ok.text());
    assert!(accepted.is_empty(), "accepted without a valid CSRF token:\n{}", accepted.join("\n"));
    let after = store.audit_records(wijkwijzer::store::AuditFilter { programme_id: None }, 1, 1).await.unwrap().total;
    assert_eq!(before, after, "nothing changed");
}
