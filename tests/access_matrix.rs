//! The authorisation matrix: every route of the router, read from `src/web/router.rs` itself, has an
//! expected rule here; each role that the rule keeps out is tried on it (with a valid CSRF token, so
//! that only authorisation can refuse) and must be refused. A route added without a line in `RULES`
//! fails the test. The programme under test publishes nothing, so every programme page is for its
//! members only.

mod common;

use Method::*;
use Rule::*;
use common::app::TestApp;
use common::routes::{Method, api_routes, concrete, csrf_of, declared_routes, fits, targets};
use common::{PASSWORD, add_user};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::document::OwnerKind;
use wijkwijzer::domain::user::UserFlags;

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
    /// Data stewards and site administrators: the shared statistics (indicators, imports), which
    /// no programme role grants.
    Statistics,
    /// Site administrators only.
    SiteAdmin,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Anonymous,
    /// An account without a role anywhere.
    Account,
    /// An account made at its first sign-in through an identity provider, without a role.
    ProviderAccount,
    /// Beheerder of another programme.
    ManagerElsewhere,
    /// Gegevensbeheerder (site role), without a role in the programme.
    DataSteward,
    Reader,
    /// Partner of the programme, acting for a party that owns none of the records tried.
    PartnerOfOtherParty,
    /// Partner acting for the party that owns measure 1.
    Partner,
    Manager,
    Admin,
}

const EVERYONE: [Who; 10] = [
    Who::Anonymous,
    Who::Account,
    Who::ProviderAccount,
    Who::ManagerElsewhere,
    Who::DataSteward,
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
        Rule::Statistics => matches!(who, DataSteward | Admin),
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
    (GET, "/inloggen/code", Open),
    (POST, "/inloggen/code", Open),
    (GET, "/inloggen/met/{provider}", Open),
    (GET, "/inloggen/met/{provider}/terug", Open),
    (GET, "/wachtwoord-vergeten", Open),
    (POST, "/wachtwoord-vergeten", Open),
    (GET, "/wachtwoord/{secret}", Open),
    (POST, "/wachtwoord/{secret}", Open),
    (POST, "/uitloggen", Open),
    (POST, "/taal", Open),
    (GET, "/account", Account),
    (POST, "/account/wachtwoord", Account),
    (POST, "/account/meldingen", Account),
    (POST, "/account/tokens", Account),
    (POST, "/account/tokens/{token_id}/intrekken", Account),
    (GET, "/account/tweestapsverificatie", Account),
    (POST, "/account/tweestapsverificatie", Account),
    (POST, "/account/tweestapsverificatie/uitzetten", Account),
    (POST, "/account/tweestapsverificatie/herstelcodes", Account),
    (GET, "/gemeenten/{code}", Open),
    (GET, "/urgentie", Open),
    (GET, "/urgentie.csv", Open),
    (GET, "/urgentie.xlsx", Open),
    (GET, "/urgentie.json", Open),
    (GET, "/urgentie/pdf", Open),
    (GET, "/urgentie/methode", Open),
    (GET, "/urgentie/methode/controle", Statistics),
    (POST, "/urgentie/methode/controle", Statistics),
    (GET, "/gebieden", Open),
    (GET, "/gebieden/{code}", Open),
    (GET, "/gebieden/{code}/profiel.csv", Open),
    (GET, "/gebieden/{code}/profiel.xlsx", Open),
    (GET, "/gebieden/{code}/vergelijkbaar.csv", Open),
    (GET, "/gebieden/{code}/vergelijkbaar.xlsx", Open),
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
    (GET, "/programmas/{id}/stand/pdf", Member),
    (GET, "/programmas/{id}/gebied", Member),
    (GET, "/programmas/{id}/stand/bewerken", Manage),
    (POST, "/programmas/{id}/stand/bewerken", Manage),
    (GET, "/programmas/{id}/agenda", Member),
    (GET, "/programmas/{id}/agenda/visie", Manage),
    (POST, "/programmas/{id}/agenda/visie", Manage),
    (GET, "/programmas/{id}/agenda/wijkdeal", Member),
    (GET, "/programmas/{id}/agenda/wijzigingen", Member),
    (POST, "/programmas/{id}/agenda/doelen", Manage),
    (GET, "/programmas/{id}/agenda/doelen.csv", Member),
    (GET, "/programmas/{id}/agenda/doelen.xlsx", Member),
    (GET, "/programmas/{id}/agenda/doelen/nieuw", Manage),
    (GET, "/programmas/{id}/agenda/doelen/{goal_id}/bewerken", Manage),
    (POST, "/programmas/{id}/agenda/doelen/{goal_id}/bewerken", Manage),
    (GET, "/programmas/{id}/agenda/doelen/{goal_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/doelen/{goal_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/agenda/maatregelen", Member),
    (POST, "/programmas/{id}/agenda/maatregelen", Manage),
    (GET, "/programmas/{id}/agenda/maatregelen.csv", Member),
    (GET, "/programmas/{id}/agenda/maatregelen.xlsx", Member),
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
    (GET, "/programmas/{id}/agenda/begroting.xlsx", Member),
    (GET, "/programmas/{id}/agenda/wie-doet-wat", Member),
    (GET, "/programmas/{id}/agenda/bewonersagenda", Member),
    (POST, "/programmas/{id}/agenda/bewonersagenda", Contribute),
    (GET, "/programmas/{id}/agenda/bewonersagenda.csv", Member),
    (GET, "/programmas/{id}/agenda/bewonersagenda.xlsx", Member),
    (POST, "/programmas/{id}/agenda/bewonersagenda/code", Manage),
    (GET, "/bewonersagenda/{code}", Open),
    (POST, "/bewonersagenda/{code}", Open),
    (GET, "/programmas/{id}/agenda/bewonersagenda/{item_id}", Member),
    (GET, "/programmas/{id}/wijkbudget", Member),
    (POST, "/programmas/{id}/wijkbudget", Manage),
    (GET, "/programmas/{id}/wijkbudget/nieuw", Manage),
    (GET, "/programmas/{id}/wijkbudget/{budget_id}", Member),
    (GET, "/programmas/{id}/wijkbudget/{budget_id}/bewerken", Manage),
    (POST, "/programmas/{id}/wijkbudget/{budget_id}/bewerken", Manage),
    (POST, "/programmas/{id}/wijkbudget/{budget_id}/stemcodes", Manage),
    (POST, "/programmas/{id}/wijkbudget/{budget_id}/voorstellen/{proposal_id}/beoordeling", Manage),
    (POST, "/programmas/{id}/wijkbudget/{budget_id}/voorstellen/{proposal_id}/maatregel", Manage),
    (POST, "/programmas/{id}/documenten", Contribute),
    (GET, "/programmas/{id}/documenten/nieuw", Manage),
    (GET, "/programmas/{id}/documenten/{doc_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/documenten/{doc_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/documenten/{doc_id}/{name}", Member),
    (GET, "/wijkbudget/{code}/fotos/{doc_id}", Open),
    (GET, "/programmas/{id}/agenda/wijkdeal/pdf", Member),
    (POST, "/programmas/{id}/agenda/wijkdeal/ondertekening", Manage),
    (GET, "/programmas/{id}/agenda/wijkdeal/ondertekening/{signature_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/wijkdeal/ondertekening/{signature_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/wijkdeal/publiceren", Manage),
    (GET, "/programmas/{id}/publicaties", Member),
    (POST, "/programmas/{id}/publicaties", Manage),
    (GET, "/programmas/{id}/publicaties/{publication_id}", Member),
    (GET, "/programmas/{id}/publicaties/{publication_id}/pdf", Member),
    (GET, "/wijkbudget", Open),
    (GET, "/wijkbudget/{code}", Open),
    (POST, "/wijkbudget/{code}", Open),
    (GET, "/stemmen", Open),
    (POST, "/stemmen", Open),
    (POST, "/stemmen/stem", Open),
    (POST, "/programmas/{id}/agenda/bewonersagenda/{item_id}/tegenbod", Manage),
    (POST, "/programmas/{id}/agenda/bewonersagenda/{item_id}/publicatie", Manage),
    (GET, "/programmas/{id}/agenda/bewonersagenda/{item_id}/verwijderen", Manage),
    (POST, "/programmas/{id}/agenda/bewonersagenda/{item_id}/verwijderen", Manage),
    (GET, "/programmas/{id}/voortgang", Member),
    // Public once a year is published (the test publishes 2025); lists only published years then.
    (GET, "/programmas/{id}/voortgang/rapportages", Open),
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
    (GET, "/programmas/{id}/coalitie/partijen.xlsx", Member),
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
    (GET, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}", Member),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}", Manage),
    (GET, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/pdf", Member),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten", Manage),
    (
        POST,
        "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/omhoog",
        Manage,
    ),
    (
        POST,
        "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/omlaag",
        Manage,
    ),
    (
        GET,
        "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/verwijderen",
        Manage,
    ),
    (
        POST,
        "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/agendapunten/{point_id}/verwijderen",
        Manage,
    ),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/genodigden", Manage),
    (POST, "/programmas/{id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}/versturen", Manage),
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
    (GET, "/beheer/mail", SiteAdmin),
    (POST, "/beheer/mail/{mail_id}/opnieuw", SiteAdmin),
    (GET, "/beheer/huisstijl", SiteAdmin),
    (POST, "/beheer/huisstijl", SiteAdmin),
    (GET, "/beheer/indicatoren", Statistics),
    (POST, "/beheer/indicatoren", Statistics),
    (GET, "/beheer/import", Statistics),
    (POST, "/beheer/import", Statistics),
    (GET, "/beheer/import/ophalen", Statistics),
    (POST, "/beheer/import/ophalen", Statistics),
    (GET, "/beheer/import/ophalen/bijhouden", Statistics),
    (POST, "/beheer/import/ophalen/bijhouden", Statistics),
    (GET, "/beheer/import/ophalen/bijhouden/{id}/verwijderen", Statistics),
    (POST, "/beheer/import/ophalen/bijhouden/{id}/verwijderen", Statistics),
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
    (GET, "/api/v1/programmes/{id}/area", Member),
    // Lists only published snapshots (checked on its content below).
    (GET, "/api/v1/programmes/{id}/reports", Open),
    (GET, "/api/v1/programmes/{id}/reports/{year}", Member),
    (GET, "/api/v1/areas", Open),
    (GET, "/api/v1/areas/{code}", Open),
    (GET, "/api/v1/areas/{code}/observations", Open),
    (GET, "/api/v1/municipalities/{code}/portfolio", Open),
    (GET, "/api/v1/indicators", Open),
    (GET, "/api/v1/scan", Open),
];

/// The concrete URLs to try for every route: the real records of programme 1, as a site
/// administrator finds them by following the links and forms of its pages (so a new kind of record
/// is found without a line here); every value of a `{kind}` segment. API routes take the values
/// the site's pages used for parameters of the same name. Returns the routes without a record.
async fn real_urls(
    admin: &axum_test::TestServer,
    routes: &[(Method, &'static str, Rule)],
) -> (Vec<(Method, &'static str, Rule, String)>, Vec<String>) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = routes
        .iter()
        .filter(|(m, p, _)| *m == GET && !p.starts_with("/api/") && p.matches('{').count() == p.matches("{id}").count())
        .map(|(_, p, _)| concrete(p))
        .collect();
    let mut found: BTreeSet<String> = BTreeSet::new();
    let mut fetched = 0;
    while let Some(url) = queue.pop_front() {
        if !seen.insert(url.clone()) || fetched > 600 {
            continue;
        }
        fetched += 1;
        let res = admin.get(&url).await;
        if res.status_code() != 200
            || !res
                .maybe_header("content-type")
                .is_some_and(|c| c.to_str().unwrap_or_default().starts_with("text/html"))
        {
            continue;
        }
        for target in targets(&res.text()) {
            let ours = target.starts_with("/programmas/1/") || target.starts_with("/beheer/");
            let heavy = target.ends_with("/pdf") || target.contains('.');
            if ours && !heavy && !seen.contains(&target) {
                queue.push_back(target.clone());
            }
            found.insert(target);
        }
    }
    // Parameter values of programme 1's records, by name, for the API.
    let mut by_name: BTreeMap<String, String> = BTreeMap::new();
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for (method, pattern, rule) in routes.iter().filter(|(_, p, _)| !p.starts_with("/api/")) {
        let mut kinds = BTreeSet::new();
        let mut matched = false;
        for url in &found {
            let Some(params) = fits(pattern, url) else { continue };
            if params.iter().any(|(n, v)| n == "id" && v != "1") {
                continue;
            }
            let kind = params.iter().find(|(n, _)| n == "kind").map(|(_, v)| v.clone());
            // One record per route, and one per value of `{kind}`.
            if !kinds.insert(kind) {
                continue;
            }
            matched = true;
            for (n, v) in params {
                by_name.entry(n).or_insert(v);
            }
            out.push((*method, *pattern, *rule, url.clone()));
        }
        let needs_record = pattern.matches('{').count() > pattern.matches("{id}").count()
            && !pattern.contains("{code}")
            && !pattern.contains("{token}");
        if !matched {
            if needs_record && *rule != Open {
                missing.push(format!("{method:?} {pattern}"));
            }
            out.push((*method, *pattern, *rule, concrete(pattern)));
        }
    }
    for (method, pattern, rule) in routes.iter().filter(|(_, p, _)| p.starts_with("/api/")) {
        let url = pattern
            .split('/')
            .map(|seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => by_name.get(name).cloned().unwrap_or_else(|| concrete(seg)),
                None => seg.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/");
        out.push((*method, *pattern, *rule, url));
    }
    eprintln!("access matrix: {fetched} pages crawled, {} links and forms found", found.len());
    (out, missing)
}

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
    // Records of every kind that a route acts on, beyond what the demo holds: a story, an open
    // precondition round, a value waiting for review, a published report.
    let story = wijkwijzer::domain::story::NewStory {
        area_code: None,
        told_on: "2026-10-01".into(),
        source: wijkwijzer::domain::story::SourceType::Resident,
        role: "bewoner".into(),
        text: "De speeltuin is weer open.".into(),
        themes: vec![],
        indicators: vec![],
        consent: false,
    };
    store.create_story(&actor, 1, &story).await.unwrap();
    let round = wijkwijzer::domain::preconditions::NewRound {
        name: "Peiling matrix".into(),
        opened_on: "2026-11-01".into(),
        closes_on: String::new(),
    };
    store.create_round(&actor, 1, &round).await.unwrap();
    let own = store.goals(1).await.unwrap().into_iter().find(|g| g.is_own()).expect("a goal with its own indicator");
    let value = wijkwijzer::domain::monitoring::NewMeasurement {
        year: 2025,
        value: 12.0,
        source: "Registratie".into(),
        evidence: String::new(),
    };
    store.save_measurement(&actor, 1, own.id, None, &value, false).await.unwrap();
    // A message the mail server refused, which a site administrator may send again.
    let refused = wijkwijzer::domain::mail::OutgoingMail::new("test", "x@x.nl", "Test", String::new(), String::new());
    store.queue_mail(&refused).await.unwrap();
    let taken = store.claim_next_mail(time::Duration::minutes(5)).await.unwrap().unwrap();
    store.mail_failed(&taken, "550 geen postbus", true, time::Duration::ZERO).await.unwrap();
    // Wijkbudgets: one taking proposals (an assessment form), one with its result (a measure form).
    common::two_wijkbudgets(&store, 1, time::OffsetDateTime::now_utc().date()).await;
    // The signed wijkdeal published (as the demo command does once the figures are in).
    assert!(wijkwijzer::publish_demo_wijkdeal(&store).await.unwrap());
    // A document of the programme (the first), which members read and beheerders remove.
    let pdf = wijkwijzer::domain::document::check_upload("jaarplan.pdf", b"%PDF-1.4\n%%EOF\n", 1024, "").unwrap();
    store.add_document(&actor, 1, (OwnerKind::Programme, 1), &pdf, b"%PDF-1.4\n%%EOF\n").await.unwrap();
    // A table kept current (id 1), which a gegevensbeheerder may stop keeping.
    store.add_kept_table(&actor, "cbs", "85984NED", "niveau=wijk;gemeenten=GM0599", 7).await.unwrap();
    store
        .publish_report(&actor, 1, "voortgang", 2025, "Voortgang 2025", "<p>Voortgang</p>", b"%PDF-1.4")
        .await
        .unwrap();
    let mut servers = Vec::new();
    for who in EVERYONE {
        // With e-mail set up, so the forms that send mail are there to try too.
        let settings = wijkwijzer::http::WebSettings {
            mail: Some(wijkwijzer::mail::MailSettings {
                url: "smtp://127.0.0.1:9".into(),
                password: None,
                from: "WijkWijzer <wijkwijzer@localhost>".into(),
                public_url: "http://localhost".into(),
                poll: std::time::Duration::from_secs(3600),
                first_retry: time::Duration::minutes(5),
            }),
            ..wijkwijzer::http::WebSettings::default()
        };
        let mut app = TestApp::serve_on(&store, settings);
        if who == Who::ProviderAccount {
            // Made the way a sign-in through a provider makes it, and signed in with a session.
            use wijkwijzer::domain::oidc::{Identity, Provider, ProviderConfig};
            let config = ProviderConfig {
                key: "gemeente".into(),
                name: "Gemeente".into(),
                issuer: "https://login.gemeente.example".into(),
                client_id: "wijkwijzer".into(),
                scopes: vec![],
                email_claim: "email".into(),
                name_claim: "name".into(),
                groups_claim: None,
                roles: BTreeMap::new(),
                create_accounts: true,
                match_email: false,
            };
            let provider = Provider::from_config(&config, None).unwrap();
            let identity = Identity {
                issuer: provider.issuer.clone(),
                subject: "matrix".into(),
                email: Some("provider@matrix.nl".into()),
                name: Some("Via de gemeente".into()),
                groups: vec!["wijkwijzer-beheer".into()],
            };
            let wijkwijzer::store::OidcSignIn::Account(user) = store.sign_in_oidc(&provider, &identity).await.unwrap()
            else {
                panic!("the provider makes the account")
            };
            let secret = store.create_session(user.id, time::Duration::hours(1)).await.unwrap();
            app.server.add_cookie(cookie::Cookie::new("ww_session", secret));
        } else if who != Who::Anonymous {
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
                Who::DataSteward => {
                    let flags = UserFlags { is_data_steward: true, ..user.flags() };
                    store.update_user_flags(&actor, user.id, flags).await.unwrap();
                }
                _ => {}
            }
            assert_eq!(app.login(&email, PASSWORD).await.status_code(), 303, "{who:?} logs in");
            if who == Who::Admin {
                store.create_api_token(&actor, user.id, "matrix").await.unwrap();
            }
        }
        let token = csrf_of(&app.server.get("/").await.text()).unwrap_or_default();
        // With a valid token only authorisation can refuse a logged-in role's change.
        assert!(who == Who::Anonymous || !token.is_empty(), "{who:?} has a CSRF token");
        servers.push((who, app, token));
    }
    let all: Vec<_> = RULES.iter().chain(API_RULES).copied().collect();
    let admin = &servers.iter().find(|(w, _, _)| *w == Who::Admin).unwrap().1.server;
    let (urls, without_record) = real_urls(admin, &all).await;
    assert!(without_record.is_empty(), "routes tried without a real record of programme 1: {without_record:#?}");
    // The control: every page exists for the administrator, so a refusal below is a refusal.
    let mut absent = Vec::new();
    for (method, _, rule, url) in &urls {
        if *method == GET && *rule != Open {
            let status = admin.get(url).await.status_code().as_u16();
            if !(200..400).contains(&status) {
                absent.push(format!("GET {url} → {status}"));
            }
        }
    }
    assert!(absent.is_empty(), "the administrator does not get these pages:\n{}", absent.join("\n"));
    let mut leaks = Vec::new();
    let mut tried = 0;
    for (method, _, rule, url) in &urls {
        let (method, rule, url) = (*method, *rule, url.clone());
        for (who, app, token) in &servers {
            let server = &app.server;
            if allowed(rule, *who) {
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
            // A refusal is 401, 403 or the way to the login page — a 404 for a record that exists
            // would hide a route that forgot to check, behind a missing record.
            if !(matches!(status, 401 | 403) || to_login) {
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
        let years: Vec<i64> = reports.as_array().unwrap().iter().filter_map(|r| r["year"].as_i64()).collect();
        if years != [2025] {
            leaks.push(format!("{who:?} sees reports of {years:?} in the API, not only the published 2025"));
        }
        let list = server.get("/programmas/1/voortgang/rapportages").await.text();
        if list.contains("/rapportages/2024") || !list.contains("/rapportages/2025") {
            leaks.push(format!("{who:?} sees other years than the published 2025 in the list of reports"));
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
