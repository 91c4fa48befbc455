//! The bundled demo: two programmes on real CBS area codes (wijkindeling 2024, Bron: CBS, CC BY
//! 4.0), the real CBS/RIVM tables shipped in `data/` (imported on first start, as published), and
//! the administrator account. The demo invents no figures; its coalitions (parties, people, bodies
//! and decisions) are invented and say so.

use crate::domain::agenda::NewVision;
use crate::domain::audit::Actor;
use crate::domain::catalogue::{Polarity, Theme};
use crate::domain::coalition::{Move, NewParty, PartyKind};
use crate::domain::goal::{GoalIndicator, Milestone, NewGoal};
use crate::domain::governance::{BodyKind, DecisionRule, NewBody, NewMeeting, NewSeat};
use crate::domain::measure::{
    CostKind, NewBudgetLine, NewCommitment, NewMeasure, NewPlan, NewResult, ResultKind, Source, Status,
};
use crate::domain::monitoring::NewMeasurement;
use crate::domain::password;
use crate::domain::preconditions::{Level, NewRound, Precondition, Response};
use crate::domain::programme::{Page, ProgrammeInput};
use crate::domain::residents::{Answer, NewAnswer, NewItem};
use crate::domain::revision::RevisionNote;
use crate::domain::statistics::Period;
use crate::domain::success::{NewSuccess, SuccessKind};
use crate::domain::user::{Email, NewUser, UserFlags};
use crate::import::{self, TableHints};
use crate::store::{ItemChange, Store, StoreError, Viewer};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const DEFAULT_ADMIN_EMAIL: &str = "beheerder@wijkwijzer.local";

struct DemoProgramme {
    name: &'static str,
    municipality_code: &'static str,
    municipality_name: &'static str,
    start_year: i64,
    horizon_year: i64,
    /// Codes and names as published in the CBS wijk list of 2023/2024 (region layout 2024).
    areas: &'static str,
    description: &'static str,
}

const PROGRAMMES: [DemoProgramme; 2] = [
    DemoProgramme {
        name: "Demo: Wijkaanpak Rotterdam Zuid",
        municipality_code: "GM0599",
        municipality_name: "Rotterdam",
        start_year: 2024,
        horizon_year: 2044,
        areas: "WK059910 Feijenoord\nWK059915 Charlois\nWK059912 IJsselmonde",
        description: "Voorbeeldprogramma van de WijkWijzer-demo, naar het voorbeeld van het Nationaal Programma Rotterdam Zuid: \
            gemeente, corporaties, zorg, politie, scholen en bewoners werken met een generatie als horizon aan dezelfde doelen.\n\n\
            De gebiedscodes zijn echt (CBS-wijkindeling 2024) en de cijfers ook: statistieken van CBS en RIVM (CC BY 4.0), \
            de demo verzint er geen. De partijen, doelen en maatregelen zijn een voorbeeld.",
    },
    DemoProgramme {
        name: "Demo: Wijkaanpak Den Haag Zuidwest",
        municipality_code: "GM0518",
        municipality_name: "'s-Gravenhage",
        start_year: 2024,
        horizon_year: 2044,
        areas: "WK051833 Wijk 33 Bouwlust en Vrederust\nWK051834 Wijk 34 Morgenstond\nWK051836 Wijk 36 Moerwijk",
        description: "Voorbeeldprogramma van de WijkWijzer-demo voor drie wijken in Den Haag Zuidwest.\n\n\
            De gebiedscodes zijn echt (CBS-wijkindeling 2024) en de cijfers ook: statistieken van CBS en RIVM (CC BY 4.0). \
            De partijen, doelen en maatregelen zijn een voorbeeld.",
    },
];

/// A fictional party of a demo coalition: name, kind, joined, left (date and reason).
struct DemoParty {
    name: &'static str,
    kind: PartyKind,
    joined: &'static str,
    left: Option<(&'static str, &'static str)>,
    contact: Option<(&'static str, &'static str)>,
}

/// A fictional body: name, kind, rule, seats (party, person, position), meetings (date, decisions).
struct DemoBody {
    name: &'static str,
    kind: BodyKind,
    rule: DecisionRule,
    lead: Option<&'static str>,
    seats: &'static [(&'static str, &'static str, &'static str)],
    meetings: &'static [(&'static str, &'static [&'static str])],
}

const fn party(name: &'static str, kind: PartyKind, joined: &'static str) -> DemoParty {
    DemoParty { name, kind, joined, left: None, contact: None }
}

/// The coalitions of the two demo programmes. Parties and people are invented (the statistics are not).
const COALITIONS: [(&[DemoParty], &[DemoBody]); 2] = [
    (
        &[
            DemoParty {
                contact: Some(("Sanne de Vries", "wijkregisseur")),
                ..party("Gemeente Rotterdam", PartyKind::Municipality, "2024-01-15")
            },
            DemoParty {
                contact: Some(("Youssef Amrani", "gebiedsmanager")),
                ..party("Woningcorporatie Maasoever", PartyKind::Housing, "2024-01-15")
            },
            party("Welzijnsorganisatie Zuidkracht", PartyKind::Welfare, "2024-01-15"),
            party("Stichting Scholen op Zuid", PartyKind::Education, "2024-01-15"),
            party("Wijkpolitie Zuid", PartyKind::Police, "2024-03-01"),
            DemoParty {
                contact: Some(("Marja Bakker", "voorzitter")),
                ..party("Bewonersplatform Feijenoord", PartyKind::Residents, "2024-02-10")
            },
            DemoParty {
                left: Some(("2025-06-30", "opgegaan in Ondernemersnetwerk Zuid")),
                ..party("Ondernemersvereniging Zuidplein", PartyKind::Business, "2024-01-15")
            },
            party("Ondernemersnetwerk Zuid", PartyKind::Business, "2025-07-01"),
        ],
        &[
            DemoBody {
                name: "Stuurgroep Zuid",
                kind: BodyKind::Steering,
                rule: DecisionRule::Consensus,
                lead: None,
                seats: &[
                    ("Gemeente Rotterdam", "wethouder Wonen", "voorzitter"),
                    ("Woningcorporatie Maasoever", "bestuurder", "lid"),
                    ("Welzijnsorganisatie Zuidkracht", "directeur", "lid"),
                    ("Bewonersplatform Feijenoord", "Marja Bakker", "lid namens de bewoners"),
                ],
                meetings: &[
                    (
                        "2025-11-20",
                        &["Wijkdeal 2026–2029 vastgesteld", "Werkgroep Jeugd ingesteld, Scholen op Zuid trekt"],
                    ),
                    ("2026-06-15", &["Tussenevaluatie besproken; de aanpak van eenzaamheid wordt versterkt"]),
                ],
            },
            DemoBody {
                name: "Werkgroep Jeugd",
                kind: BodyKind::Working,
                rule: DecisionRule::LeadParty,
                lead: Some("Stichting Scholen op Zuid"),
                seats: &[
                    ("Stichting Scholen op Zuid", "coördinator brede school", "trekker"),
                    ("Welzijnsorganisatie Zuidkracht", "jongerenwerker", "lid"),
                ],
                meetings: &[],
            },
        ],
    ),
    (
        &[
            party("Gemeente Den Haag", PartyKind::Municipality, "2024-04-01"),
            party("Woningcorporatie Duinstede", PartyKind::Housing, "2024-04-01"),
            party("Bewonersoverleg Moerwijk", PartyKind::Residents, "2024-05-15"),
        ],
        &[],
    ),
];

/// The demo programme's coalition: invented parties, bodies and decisions (so that every page
/// has something to show).
async fn load_coalition(
    store: &Store,
    actor: &Actor,
    programme_id: i64,
    index: usize,
) -> Result<HashMap<&'static str, i64>, StoreError> {
    let (parties, bodies) = &COALITIONS[index];
    let invalid = |e: String| StoreError::Unavailable(format!("demo coalition invalid: {e}"));
    let mut ids = std::collections::HashMap::new();
    for d in parties.iter() {
        let new = NewParty {
            name: d.name.into(),
            kind: d.kind,
            description: "Verzonnen partij van de demo.".into(),
            joined_on: d.joined.into(),
            joined_note: String::new(),
        };
        let mut p = store.create_party(actor, programme_id, &new).await?;
        if let Some((name, role)) = d.contact {
            let email = format!("{}@voorbeeld.nl", name.to_lowercase().replace(' ', "."));
            p = store.add_contact(actor, programme_id, p.id, (name, role, &email)).await?;
        }
        if let Some((date, reason)) = d.left {
            let m = Move { date: date.into(), reason: reason.into() };
            store.move_party(actor, programme_id, p.id, p.version, &m).await?;
        }
        ids.insert(d.name, p.id);
    }
    for b in bodies.iter() {
        let new = NewBody {
            name: b.name.into(),
            kind: b.kind,
            rule: b.rule,
            lead_party: b.lead.and_then(|l| ids.get(l).copied()),
            description: String::new(),
        };
        let body = store.create_body(actor, programme_id, &new).await?;
        for (party, person, position) in b.seats {
            let party_id = *ids.get(party).ok_or_else(|| invalid(party.to_string()))?;
            let seat = NewSeat {
                party_id,
                person: (*person).into(),
                position: (*position).into(),
                started_on: "2024-02-01".into(),
            };
            store.add_seat(actor, programme_id, body.id, &seat).await?;
        }
        for (date, decisions) in b.meetings {
            let m = NewMeeting {
                held_on: (*date).into(),
                starts_at: "19:30".into(),
                location: "Wijkcentrum".into(),
                notes: String::new(),
                decisions: decisions.iter().map(|d| d.to_string()).collect(),
            };
            store.add_meeting(actor, programme_id, body.id, &m).await?;
        }
    }
    Ok(ids)
}

/// The wijkdeal signed by every current party's contact person on the day the stuurgroep adopted
/// it (invented, as the whole coalition). Published by `publish_wijkdeal` once the figures are in.
async fn sign_wijkdeal(store: &Store, actor: &Actor, programme_id: i64) -> Result<(), StoreError> {
    use crate::domain::publication::NewSignature;
    for party in store.parties(programme_id).await?.into_iter().filter(|p| p.is_current()) {
        if let Some(c) = party.contacts.first() {
            let s = NewSignature {
                party_id: party.id,
                person: c.name.clone(),
                role: c.role.clone(),
                signed_on: "2025-11-20".into(),
            };
            store.add_signature(actor, programme_id, &s).await?;
        }
    }
    Ok(())
}

/// The first demo programme, when its signed wijkdeal is still to be published (once, after the
/// statistics and the goals' baselines are in, so the snapshot holds them): see
/// `crate::publish_demo_wijkdeal`, which renders it with the page's own template.
pub async fn wijkdeal_to_publish(store: &Store) -> Result<Option<crate::domain::programme::Programme>, StoreError> {
    let Some(programme) =
        store.programmes(Viewer::Admin, None).await?.into_iter().find(|p| p.name == PROGRAMMES[0].name)
    else {
        return Ok(None);
    };
    Ok(store.publications(programme.id).await?.is_empty().then_some(programme))
}

/// The stuurgroep's last meeting with its agenda, minutes and the minutes as a PDF, and its next
/// meeting three weeks ahead with an agenda and invitees (invented, as the whole coalition).
async fn load_meetings(store: &Store, actor: &Actor, programme_id: i64) -> Result<(), StoreError> {
    use crate::domain::document::{OwnerKind, check_upload};
    use crate::domain::governance::NewAgendaPoint;
    let bodies = store.bodies(programme_id).await?;
    let Some(body) = bodies.into_iter().find(|b| b.kind == BodyKind::Steering) else { return Ok(()) };
    let point = |title: &str, presenter: &str| NewAgendaPoint {
        title: title.into(),
        description: String::new(),
        presenter: presenter.into(),
    };
    // The last meeting held: its agenda afterwards, and the minutes.
    if let Some(held) = body.meetings.iter().find(|m| !m.decisions.is_empty()).cloned() {
        let key = (programme_id, body.id, held.id);
        for p in [
            point("Opening en vaststellen van de agenda", "voorzitter"),
            point("Tussenevaluatie: wat de cijfers en de verhalen zeggen", "Welzijnsorganisatie Zuidkracht"),
            point("Eenzaamheid: versterken van de aanpak", "Gemeente Rotterdam"),
            point("Rondvraag en sluiting", "voorzitter"),
        ] {
            store.add_agenda_point(actor, key, &p).await?;
        }
        let minutes = NewMeeting {
            held_on: held.held_on.clone(),
            starts_at: held.starts_at.clone(),
            location: "Wijkcentrum Feijenoord".into(),
            notes: "Verzonnen verslag van de demo.\n\nDe stuurgroep bespreekt de tussenevaluatie. De cijfers over \
                    eenzaamheid blijven achter bij het doel; bewoners vertellen in de verhalen dat de buurthuizen \
                    's avonds dicht zijn.\n\nDe gemeente stelt voor de aanpak van eenzaamheid te versterken met \
                    een avondopenstelling. De stuurgroep stemt in."
                .into(),
            decisions: Vec::new(),
        };
        let body = store.update_meeting(actor, key, held.version, &minutes).await?;
        if let Some(m) = body.meeting(held.id) {
            let today = crate::domain::clock::now().date();
            let pdf = crate::report::meeting::render(&body, m, crate::i18n::Lang::Nl, today)
                .map_err(|e| StoreError::Unavailable(format!("demo minutes: {e}")))?;
            let name = format!("verslag-stuurgroep-{}.pdf", m.held_on);
            let file = check_upload(&name, &pdf, pdf.len(), "Verslag (vastgesteld)")
                .map_err(|e| StoreError::Unavailable(format!("demo minutes: {e:?}")))?;
            store.add_document(actor, programme_id, (OwnerKind::Meeting, m.id), &file, &pdf).await?;
        }
    }
    // The next meeting, planned three weeks ahead.
    let next = crate::domain::validation::iso(crate::domain::clock::now().date() + time::Duration::days(21));
    let planned = NewMeeting {
        held_on: next,
        starts_at: "19:30".into(),
        location: "Wijkcentrum Feijenoord, zaal 2".into(),
        notes: String::new(),
        decisions: Vec::new(),
    };
    let after = store.add_meeting(actor, programme_id, body.id, &planned).await?;
    if let Some(id) = after.meetings.iter().map(|m| m.id).max() {
        for p in [
            point("Opening en vaststellen van de agenda", "voorzitter"),
            point("Stand van de wijk: de nieuwe cijfers van CBS en RIVM", "Gemeente Rotterdam"),
            point("Wijkbudget: de stemming van bewoners", "Bewonersplatform Feijenoord"),
            point("Rondvraag en sluiting", "voorzitter"),
        ] {
            store.add_agenda_point(actor, (programme_id, body.id, id), &p).await?;
        }
    }
    Ok(())
}

/// A demo goal on a catalogue indicator: its real baseline is read from the imported statistics
/// (`complete_baselines`); the target is the invented aim `delta` points better by 2030.
struct DemoGoal {
    theme: Theme,
    title: &'static str,
    indicator: &'static str,
    indicator_title: &'static str,
    polarity: Polarity,
    delta: f64,
    /// The area it is measured for: a wijk, or the programme's whole area.
    area: &'static str,
}

/// The catalogue goals of the first demo programme; the last is created after the own goals (the
/// demo measures name goals by their index).
const DEMO_GOALS: [DemoGoal; 4] = [
    DemoGoal {
        theme: Theme::Work,
        title: "Minder huishoudens met geldzorgen",
        indicator: "gezondheid:MoeiteMetRondkomen",
        indicator_title: "Moeite met rondkomen",
        polarity: Polarity::HigherIsWorse,
        delta: 5.0,
        area: "WK059910",
    },
    DemoGoal {
        theme: Theme::Community,
        title: "Minder bewoners voelen zich eenzaam",
        indicator: "gezondheid:Eenzaam",
        indicator_title: "Eenzaam",
        polarity: Polarity::HigherIsWorse,
        delta: 5.0,
        area: "WK059910",
    },
    DemoGoal {
        theme: Theme::Health,
        title: "Meer bewoners voelen zich gezond",
        indicator: "gezondheid:ErvarenGezondheidGoedZeerGoed",
        indicator_title: "Ervaren gezondheid goed/zeer goed",
        polarity: Polarity::HigherIsBetter,
        delta: 5.0,
        area: "WK059910",
    },
    DemoGoal {
        theme: Theme::Community,
        title: "Minder eenzaamheid in heel Zuid",
        indicator: "GGD-wijk-2016:% eenzaam*",
        indicator_title: "Eenzaam (19 jaar of ouder)",
        polarity: Polarity::HigherIsWorse,
        delta: 5.0,
        area: crate::domain::area_union::PROGRAMME_AREA,
    },
];

/// The first demo programme's agenda: vision, goals, an execution plan, measures with commitments
/// and budget lines, and a residents' agenda with answers. All invented, except the baselines of
/// catalogue goals, which come from the imported CBS/RIVM figures.
async fn load_agenda(
    store: &Store,
    actor: &Actor,
    programme_id: i64,
    parties: &HashMap<&'static str, i64>,
) -> Result<(), StoreError> {
    let party = |name: &str| {
        parties.get(name).copied().ok_or_else(|| StoreError::Unavailable(format!("demo agenda: no party {name}")))
    };
    let vision = NewVision {
        text: "Zuid is over een generatie een wijk waar kinderen dezelfde kansen krijgen als elders in de stad: \
               ze groeien gezond op, halen een diploma en vinden werk.\n\n\
               Bewoners, gemeente, corporaties, zorg, scholen en ondernemers werken daarvoor samen aan één agenda, \
               met de verhalen en de cijfers van de wijk als kompas. (Verzonnen tekst van de demo.)"
            .into(),
        agreed_on: "2025-11-20".into(),
        agreed_by: "Stuurgroep Zuid".into(),
        decision: "SG-2025-1".into(),
        reason: String::new(),
    };
    store.add_vision(actor, programme_id, &vision).await?;
    let mut goal_ids = Vec::new();
    let catalogue_goal = |i: usize, g: &DemoGoal| NewGoal {
        themes: vec![g.theme],
        title: g.title.into(),
        description:
            "Verzonnen doel van de demo. De nulmeting komt uit de CBS/RIVM-cijfers (Bron: CBS / RIVM, CC BY 4.0); \
                          de streefwaarde is verzonnen."
                .into(),
        indicator: GoalIndicator::Catalogue {
            reference: g.indicator.into(),
            title: g.indicator_title.into(),
            area_code: g.area.into(),
            variant: String::new(),
        },
        polarity: g.polarity,
        baseline: None,
        baseline_period: String::new(),
        target: None,
        target_year: None,
        milestones: vec![],
        position: i as i64 + 1,
    };
    for (i, g) in DEMO_GOALS[..3].iter().enumerate() {
        goal_ids.push(store.create_goal(actor, programme_id, &catalogue_goal(i, g)).await?.id);
    }
    let own = |title: &str, theme, name: &str, baseline, target, milestone| NewGoal {
        themes: vec![theme],
        title: title.into(),
        description: "Verzonnen doel van de demo met een eigen indicator.".into(),
        indicator: GoalIndicator::Own { name: name.into(), unit: "aantal".into() },
        polarity: Polarity::HigherIsBetter,
        baseline: Some(baseline),
        baseline_period: "2025".into(),
        target: Some(target),
        target_year: Some(2029),
        milestones: vec![Milestone { year: 2027, value: milestone }],
        position: 1,
    };
    let youth = own(
        "Jongeren op weg naar een startkwalificatie",
        Theme::Education,
        "Jongeren in een traject",
        40.0,
        150.0,
        90.0,
    );
    goal_ids.push(store.create_goal(actor, programme_id, &youth).await?.id);
    let initiatives =
        own("Meer bewonersinitiatieven", Theme::Community, "Actieve bewonersinitiatieven", 12.0, 30.0, 20.0);
    goal_ids.push(store.create_goal(actor, programme_id, &initiatives).await?.id);
    // On the programme's whole area: the three wijken's figures weighted by their adults.
    goal_ids.push(store.create_goal(actor, programme_id, &catalogue_goal(3, &DEMO_GOALS[3])).await?.id);
    let plan = NewPlan {
        name: "Uitvoeringsprogramma 2026–2029".into(),
        starts_year: 2026,
        ends_year: 2029,
        description: "Het eerste uitvoeringsprogramma onder de wijkdeal (verzonnen).".into(),
    };
    let plan_id = store.save_plan(actor, programme_id, None, &plan).await?;
    let future = NewPlan {
        name: "Uitvoeringsprogramma 2030–2033".into(),
        starts_year: 2030,
        ends_year: 2033,
        description: "In voorbereiding.".into(),
    };
    store.save_plan(actor, programme_id, None, &future).await?;
    for m in DEMO_MEASURES {
        let new = NewMeasure {
            title: m.title.into(),
            description: "Verzonnen maatregel van de demo.".into(),
            goal_ids: m.goals.iter().map(|g| goal_ids[*g]).collect(),
            owner_id: party(m.owner)?,
            partner_ids: m.partners.iter().map(|p| party(p)).collect::<Result<_, _>>()?,
            starts_on: m.starts_on.into(),
            ends_on: m.ends_on.into(),
            status: m.status,
            status_reason: m.reason.into(),
            plan_id: Some(plan_id),
        };
        let mut measure = store.create_measure(actor, programme_id, &new).await?;
        for (who, what, promised, delivered, due) in m.commitments {
            let c = NewCommitment {
                party_id: party(who)?,
                what: (*what).into(),
                promised: *promised,
                delivered: *delivered,
                due_year: Some(*due),
            };
            measure = store.save_commitment(actor, programme_id, measure.id, None, measure.version, &c).await?;
        }
        for (year, planned, spent, source, funder, kind) in m.budget {
            let b = NewBudgetLine {
                year: *year,
                planned_cents: planned * 100,
                spent_cents: spent * 100,
                source: *source,
                funder_id: match funder {
                    Some(f) => Some(party(f)?),
                    None => None,
                },
                kind: *kind,
                note: String::new(),
            };
            measure = store.save_budget_line(actor, programme_id, measure.id, None, measure.version, &b).await?;
        }
    }
    for (title, text, on, answer, published) in DEMO_ITEMS {
        let item = NewItem {
            title: (*title).into(),
            text: (*text).into(),
            submitted_by: "Bewonersplatform Feijenoord".into(),
            submitted_on: (*on).into(),
        };
        let mut i = store.create_agenda_item(actor, programme_id, &item).await?;
        if let Some((answer, explanation, when)) = answer {
            let a = NewAnswer { answer, text: explanation.into(), answered_on: when.into() };
            i = store.update_agenda_item(actor, programme_id, i.id, i.version, ItemChange::Answer(&a)).await?;
        }
        if published {
            store.update_agenda_item(actor, programme_id, i.id, i.version, ItemChange::Publish(true)).await?;
        }
    }
    Ok(())
}

/// Invented answers of one assessment round: (level, scores in the order of `Precondition::ALL`
/// — urgentie, visie, verankering, procesleiding, lange adem, vertrouwen, middelen; 0 = "weet ik niet").
const DEMO_ANSWERS: [(Level, [i64; 7]); 11] = [
    (Level::Board, [5, 4, 4, 3, 4, 4, 3]),
    (Level::Board, [5, 4, 5, 4, 4, 4, 3]),
    (Level::Board, [4, 3, 4, 3, 5, 4, 2]),
    (Level::Practice, [5, 3, 3, 3, 3, 3, 2]),
    (Level::Practice, [4, 3, 3, 2, 3, 3, 2]),
    (Level::Practice, [5, 4, 3, 3, 4, 3, 3]),
    (Level::Residents, [5, 2, 0, 0, 2, 2, 2]),
    (Level::Residents, [4, 2, 2, 0, 3, 1, 2]),
    (Level::Residents, [5, 3, 0, 3, 2, 2, 3]),
    (Level::Residents, [4, 2, 2, 2, 2, 2, 0]),
    (Level::Residents, [5, 3, 3, 0, 3, 3, 2]),
];

/// An invented, closed assessment round of the preconditions (the answers come in through links,
/// as a resident's would; the demo invents them, it measures nothing).
async fn load_preconditions(store: &Store, actor: &Actor, programme_id: i64) -> Result<(), StoreError> {
    let round = NewRound {
        name: "Peiling najaar 2026 (verzonnen)".into(),
        opened_on: "2026-10-01".into(),
        closes_on: String::new(),
    };
    let round = store.create_round(actor, programme_id, &round).await?;
    let links = store.create_assessment_links(actor, programme_id, round.id, "Demo", DEMO_ANSWERS.len()).await?;
    for (secret, (level, scores)) in links.iter().zip(DEMO_ANSWERS) {
        let response = Response {
            level,
            scores: Precondition::ALL
                .iter()
                .zip(scores)
                .map(|(p, s)| (*p, (s > 0).then_some(s), String::new()))
                .collect(),
        };
        store.submit_by_link(secret, &response).await?;
    }
    store.close_round(actor, programme_id, round.id, round.version, "2026-10-31").await?;
    Ok(())
}

/// Invented values of the demo's own indicators for 2026, and the stories behind them.
async fn load_progress(store: &Store, actor: &Actor, programme_id: i64) -> Result<(), StoreError> {
    let values = [
        (
            "Jongeren op weg naar een startkwalificatie",
            58.0,
            "Registratie Brede school Zuid (verzonnen)",
            "Minder jongeren dan gehoopt: de brede school startte pas na de zomer.",
        ),
        (
            "Meer bewonersinitiatieven",
            17.0,
            "Registratie bewonersbudget (verzonnen)",
            "De buurtkamers trekken nieuwe initiatiefnemers aan.",
        ),
    ];
    let goals = store.goals(programme_id).await?;
    for (title, value, source, story) in values {
        let Some(goal) = goals.iter().find(|g| g.title == title) else { continue };
        let m = NewMeasurement { year: 2026, value, source: source.into(), evidence: String::new() };
        store.save_measurement(actor, programme_id, goal.id, None, &m, true).await?;
        store.save_goal_story(actor, programme_id, goal.id, 2026, story).await?;
    }
    // Results-based accountability for one measure: how much, how well, and is anyone better off
    // (invented figures).
    if let Some(m) =
        store.measures(programme_id).await?.into_iter().find(|m| m.title == "Schuldhulp aan de keukentafel")
    {
        let results = [
            (ResultKind::HowMuch, "huishoudens met een keukentafelgesprek (verzonnen)", 212.0, "aantal"),
            (ResultKind::HowWell, "binnen twee weken geholpen (verzonnen)", 78.0, "%"),
            (
                ResultKind::BetterOff,
                "huishoudens met een stabiele schuldsituatie na een jaar (verzonnen)",
                64.0,
                "aantal",
            ),
        ];
        let mut version = m.version;
        for (kind, label, value, unit) in results {
            let r = NewResult { year: 2026, kind, label: label.into(), value, unit: unit.into() };
            version = store.save_result(actor, programme_id, m.id, None, version, &r).await?.version;
        }
    }
    // Milestones and successes to celebrate (invented).
    let goals = store.goals(programme_id).await?;
    let goal = |title: &str| goals.iter().find(|g| g.title == title).map(|g| g.id);
    let successes = [
        (
            SuccessKind::Milestone,
            "2025-11-20",
            "Wijkdeal 2026–2029 getekend",
            "Negen partijen tekenden de wijkdeal in de stuurgroep.",
            None,
        ),
        (
            SuccessKind::Success,
            "2026-03-12",
            "Eerste buurtkamer open in Bloemhof",
            "Veertig bewoners kwamen op de opening; twaalf meldden zich als vrijwilliger.",
            goal("Meer bewonersinitiatieven"),
        ),
        (
            SuccessKind::Milestone,
            "2026-09-01",
            "Brede school Zuid gestart",
            "Drie scholen bieden na schooltijd huiswerkbegeleiding, sport en cultuur.",
            goal("Jongeren op weg naar een startkwalificatie"),
        ),
    ];
    for (kind, on, title, text, goal_id) in successes {
        let s = NewSuccess {
            kind,
            happened_on: on.into(),
            title: title.into(),
            description: format!("{text} (Verzonnen.)"),
            goal_id,
            measure_id: None,
        };
        store.create_success(actor, programme_id, &s).await?;
    }
    // An adjustment on the way: the mid-term review raised the bar for residents' initiatives.
    let review =
        store.bodies(programme_id).await?.into_iter().flat_map(|b| b.meetings).find(|m| m.held_on == "2026-06-15");
    let decision = review.and_then(|m| m.decisions.first().map(|d| d.number.clone())).unwrap_or_default();
    if let Some(g) = store.goals(programme_id).await?.into_iter().find(|g| g.title == "Meer bewonersinitiatieven") {
        let raised = NewGoal { target: Some(35.0), ..NewGoal::from(&g) };
        let note = RevisionNote {
            reason: "De buurtkamers trekken meer initiatiefnemers aan dan verwacht; de stuurgroep legt de lat hoger \
                     (verzonnen)."
                .into(),
            decision,
        };
        store.update_goal(actor, programme_id, g.id, g.version, &raised, &note).await?;
    }
    Ok(())
}

/// A demo measure: goals by index into the demo goals (catalogue goals first, then the two own ones).
struct DemoMeasure {
    title: &'static str,
    goals: &'static [usize],
    owner: &'static str,
    partners: &'static [&'static str],
    starts_on: &'static str,
    ends_on: &'static str,
    status: Status,
    reason: &'static str,
    /// (party, what, promised, delivered, due year)
    commitments: &'static [(&'static str, &'static str, f64, f64, i64)],
    budget: &'static [DemoBudget],
}

/// (year, planned euros, spent euros, source, funding party, kind)
type DemoBudget = (i64, i64, i64, Source, Option<&'static str>, CostKind);

const GEMEENTE: &str = "Gemeente Rotterdam";
const ZUIDKRACHT: &str = "Welzijnsorganisatie Zuidkracht";
const BEWONERS: &str = "Bewonersplatform Feijenoord";

const DEMO_MEASURES: [DemoMeasure; 7] = [
    DemoMeasure {
        title: "Werkgeversnetwerk Zuid",
        goals: &[0],
        owner: GEMEENTE,
        partners: &["Ondernemersnetwerk Zuid"],
        starts_on: "2026-01-01",
        ends_on: "2029-12-31",
        status: Status::Running,
        reason: "",
        commitments: &[("Ondernemersnetwerk Zuid", "werkervaringsplaatsen", 250.0, 64.0, 2028)],
        budget: &[
            (2026, 250_000, 180_000, Source::Municipality, Some(GEMEENTE), CostKind::Execution),
            (2027, 300_000, 0, Source::State, None, CostKind::Execution),
        ],
    },
    DemoMeasure {
        title: "Schuldhulp aan de keukentafel",
        goals: &[0],
        owner: ZUIDKRACHT,
        partners: &[GEMEENTE, "Woningcorporatie Maasoever"],
        starts_on: "2026-01-01",
        ends_on: "2027-12-31",
        status: Status::Running,
        reason: "",
        commitments: &[(ZUIDKRACHT, "huishoudens bereikt", 400.0, 155.0, 2027)],
        budget: &[
            (2026, 120_000, 95_000, Source::Municipality, Some(GEMEENTE), CostKind::Staff),
            (2026, 40_000, 40_000, Source::HealthInsurer, None, CostKind::Execution),
        ],
    },
    DemoMeasure {
        title: "Buurtkamers tegen eenzaamheid",
        goals: &[1, 4],
        owner: ZUIDKRACHT,
        partners: &[BEWONERS],
        starts_on: "2026-03-01",
        ends_on: "",
        status: Status::Running,
        reason: "",
        commitments: &[(BEWONERS, "buurtkamers open", 12.0, 7.0, 2027)],
        budget: &[(2026, 80_000, 60_500, Source::Municipality, Some(GEMEENTE), CostKind::Execution)],
    },
    DemoMeasure {
        title: "Zuid in beweging",
        goals: &[2],
        owner: GEMEENTE,
        partners: &["Stichting Scholen op Zuid"],
        starts_on: "2027-01-01",
        ends_on: "2029-12-31",
        status: Status::Planned,
        reason: "",
        commitments: &[],
        budget: &[(2027, 60_000, 0, Source::Fund, None, CostKind::Process)],
    },
    DemoMeasure {
        title: "Brede school Zuid",
        goals: &[3],
        owner: "Stichting Scholen op Zuid",
        partners: &[ZUIDKRACHT],
        starts_on: "2026-08-15",
        ends_on: "",
        status: Status::Running,
        reason: "",
        commitments: &[("Stichting Scholen op Zuid", "jongeren in een traject", 150.0, 52.0, 2029)],
        budget: &[(2026, 200_000, 110_000, Source::State, None, CostKind::Staff)],
    },
    DemoMeasure {
        title: "Bewonersbudget Feijenoord",
        goals: &[4],
        owner: GEMEENTE,
        partners: &[BEWONERS],
        starts_on: "2026-01-01",
        ends_on: "",
        status: Status::Running,
        reason: "",
        commitments: &[],
        budget: &[(2026, 50_000, 22_000, Source::Municipality, Some(GEMEENTE), CostKind::Process)],
    },
    DemoMeasure {
        title: "Cameratoezicht Zuidplein",
        goals: &[],
        owner: "Wijkpolitie Zuid",
        partners: &[],
        starts_on: "2026-01-01",
        ends_on: "2026-06-15",
        status: Status::Stopped,
        reason: "De stuurgroep koos voor buurtpreventie met bewoners (juni 2026).",
        commitments: &[],
        budget: &[],
    },
];

/// Residents' agenda items: (title, text, submitted on, answer (kind, explanation, date), published).
type DemoItem = (&'static str, &'static str, &'static str, Option<(Answer, &'static str, &'static str)>, bool);

const DEMO_ITEMS: [DemoItem; 4] = [
    (
        "Veilige speelplek aan de Hillevliet",
        "Kinderen spelen nu op straat tussen de auto's. Bewoners willen een veilige speelplek, en helpen die beheren.",
        "2026-02-12",
        Some((
            Answer::Together,
            "Woningcorporatie Maasoever stelt een binnenterrein beschikbaar; de gemeente richt het in, bewoners beheren het.",
            "2026-03-20",
        )),
        true,
    ),
    (
        "Meer verlichting in het park",
        "In het donker voelen veel bewoners zich onveilig op de route naar de tram.",
        "2026-03-05",
        Some((
            Answer::FitsPlans,
            "Past in het programma openbare ruimte 2026: de gemeente plaatst dit najaar extra lichtmasten.",
            "2026-04-02",
        )),
        true,
    ),
    (
        "Gratis zwemles voor alle kinderen",
        "Veel kinderen in de wijk hebben geen zwemdiploma.",
        "2026-04-20",
        Some((
            Answer::OtherParties,
            "Geen gemeentelijk budget; de gemeente brengt bewoners in contact met een fonds en de zwembaden.",
            "2026-05-15",
        )),
        false,
    ),
    ("Een eigen buurthuis in Bloemhof", "Bewoners missen een plek om elkaar te ontmoeten.", "2026-09-01", None, false),
];

/// Fill in the real baseline of every demo goal on a catalogue indicator that has none yet: the
/// figure of its area in the last published period up to the programme's start (the variant that
/// sorts first, which for RIVM tables is all adults), and set the invented target from it.
pub async fn complete_baselines(store: &Store) -> Result<usize, StoreError> {
    let mut done = 0;
    let actor = Actor::system("demo");
    for p in store.programmes(Viewer::Admin, None).await? {
        for g in store.goals(p.id).await? {
            let GoalIndicator::Catalogue { reference, area_code, variant, .. } = &g.indicator else { continue };
            let Some(spec) = DEMO_GOALS.iter().find(|d| d.indicator == reference) else { continue };
            if g.baseline.is_some() {
                continue;
            }
            // The last published figure up to the programme's start.
            let series = if area_code == crate::domain::area_union::PROGRAMME_AREA {
                let parts = crate::domain::area_union::parts(p.areas.iter().map(|a| &a.code));
                store.programme_area_values(&parts, reference, variant).await?
            } else {
                store.catalogue_values(area_code, reference, variant).await?
            };
            let Some(&(year, value)) = series.iter().filter(|(y, _)| *y <= p.start_year).max_by_key(|(y, _)| *y) else {
                continue;
            };
            let better = if spec.polarity == Polarity::HigherIsWorse { -spec.delta } else { spec.delta };
            let new = NewGoal {
                baseline: Some(value),
                baseline_period: year.to_string(),
                target: Some(((value + better) * 10.0).round() / 10.0),
                target_year: Some(2030),
                ..NewGoal::from(&g)
            };
            let note = RevisionNote::system("Nulmeting uit de gepubliceerde CBS/RIVM-cijfers");
            store.update_goal(&actor, p.id, g.id, g.version, &new, &note).await?;
            done += 1;
        }
    }
    Ok(done)
}

/// Load the demo programmes into an empty database; returns how many were added (0 when the
/// database already has programmes, so running the demo again reuses the data).
/// Two wijkbudgets of the first programme, around the day the demo is loaded: last year's, whose
/// chosen proposals are measures with results, and this year's in its voting phase. Every proposal,
/// vote and result is invented and says so.
async fn load_wijkbudgets(
    store: &Store,
    actor: &Actor,
    programme_id: i64,
    parties: &HashMap<&'static str, i64>,
) -> Result<(), StoreError> {
    use crate::domain::validation::iso;
    use crate::domain::wijkbudget::{Assessment, NewProposal, NewWijkbudget, result};
    let today = crate::domain::clock::now().date();
    let day = |n: i64| iso(today + time::Duration::days(n));
    let Some(owner) = parties.get("Gemeente Rotterdam").copied() else { return Ok(()) };
    let budget = |year: i64, title: &str, start: i64, length: [i64; 4]| NewWijkbudget {
        year,
        title: title.into(),
        description: "Voorbeeld: de voorstellen, stemmen en resultaten van dit wijkbudget zijn verzonnen.".into(),
        amount_cents: 5_000_000,
        max_per_proposal_cents: Some(2_000_000),
        who_may_propose: "Bewoners, verenigingen en ondernemers van Feijenoord, Charlois en IJsselmonde".into(),
        themes: vec![Theme::Community, Theme::Environment, Theme::Safety, Theme::Health],
        proposals_from: day(start),
        assessment_from: day(start + length[0]),
        voting_from: day(start + length[1]),
        results_from: day(start + length[2]),
        execution_from: day(start + length[3]),
    };
    type DemoProposal = (&'static str, &'static str, Theme, i64, &'static str, Option<&'static str>, i64);
    // (title, description, theme, cost in euros, buurt, reason it is not feasible, votes)
    let proposal = |p: &DemoProposal| NewProposal {
        title: p.0.into(),
        description: p.1.into(),
        theme: p.2,
        cost_cents: p.3 * 100,
        area_code: p.4.into(),
        contact_name: String::new(),
        contact_email: String::new(),
    };
    let year = i64::from(today.year());
    let last: [DemoProposal; 5] = [
        (
            "Moestuin achter de Tarwewijkschool",
            "Buurtbewoners en kinderen kweken samen groente; de school leent het terrein uit.",
            Theme::Environment,
            14_500,
            "BU05991081",
            None,
            61,
        ),
        (
            "Zomeravonden op het Afrikaanderplein",
            "Vier avonden muziek en eten van de buurt, door buurtbewoners georganiseerd.",
            Theme::Community,
            12_000,
            "BU05991086",
            None,
            48,
        ),
        (
            "Beter licht in de Hillesluisse steegjes",
            "Lampen in drie donkere steegjes waar bewoners zich 's avonds onveilig voelen.",
            Theme::Safety,
            18_000,
            "BU05991082",
            None,
            44,
        ),
        (
            "Wandelgroep voor ouderen",
            "Elke week samen wandelen, met koffie na afloop.",
            Theme::Health,
            3_500,
            "BU05991085",
            None,
            17,
        ),
        (
            "Nieuwe skatebaan",
            "Een skatebaan op het Noordereiland.",
            Theme::Community,
            19_500,
            "BU05991088",
            Some("Er is op het Noordereiland geen plek voor een skatebaan die aan de geluidsregels voldoet."),
            0,
        ),
    ];
    let old = store
        .create_wijkbudget(
            actor,
            programme_id,
            &budget(year - 1, &format!("Wijkbudget {}", year - 1), -520, [45, 75, 95, 120]),
        )
        .await?;
    let mut ids = Vec::new();
    for p in &last {
        let made =
            store.submit_proposal(actor, &old, &proposal(p), (None, true), today - time::Duration::days(510)).await?;
        let verdict = Assessment {
            feasible: p.5.is_none(),
            reason: p.5.unwrap_or("Past binnen de regels en de gemeente kan het uitvoeren.").into(),
            assessed_on: day(-470),
        };
        store.assess_proposal(actor, &old, made.id, &verdict, today - time::Duration::days(470)).await?;
        ids.push((made.id, p.6));
    }
    // Invented ballots: households choosing the most popular proposals that fit, in turn.
    let households = ids.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let codes = store
        .create_vote_codes(
            actor,
            &old,
            "Verzonnen stemmen (demo)",
            households as usize,
            today - time::Duration::days(450),
        )
        .await?;
    for (n, code) in codes.iter().enumerate() {
        let mut chosen: Vec<i64> = ids.iter().filter(|(_, v)| (n as i64) < *v).map(|(id, _)| *id).collect();
        let cost = |id: &i64| last[ids.iter().position(|(i, _)| i == id).unwrap_or(0)].3 * 100;
        while chosen.iter().map(cost).sum::<i64>() > old.amount_cents {
            chosen.pop();
        }
        if !chosen.is_empty() {
            let _ = store.cast_ballot(code, &chosen, today - time::Duration::days(440)).await?;
        }
    }
    let proposals = store.proposals(old.id).await?;
    let (counts, _) = store.vote_counts(old.id).await?;
    for line in result(&proposals, &counts, old.amount_cents).iter().filter(|l| l.chosen) {
        let measure_id = store.proposal_to_measure(actor, &old, line.proposal_id, owner, today).await?;
        let m = store.measure(programme_id, measure_id).await?;
        let r = NewResult {
            year: year - 1,
            kind: ResultKind::HowMuch,
            label: "bewoners die meededen (verzonnen)".into(),
            value: (40 + line.votes) as f64,
            unit: "aantal".into(),
        };
        store.save_result(actor, programme_id, m.id, None, m.version, &r).await?;
    }
    let now: [DemoProposal; 4] = [
        (
            "Bankjes en schaduw op het Afrikaanderplein",
            "Zes bankjes en twee bomen, zodat ouderen en ouders kunnen zitten.",
            Theme::Environment,
            16_000,
            "BU05991086",
            None,
            0,
        ),
        (
            "Huiswerkklas in het buurthuis",
            "Twee middagen per week hulp bij huiswerk door vrijwilligers.",
            Theme::Community,
            9_500,
            "BU05991082",
            None,
            0,
        ),
        (
            "Buurtpreventie-app en hesjes",
            "Een app-groep en hesjes voor bewoners die 's avonds samen een ronde lopen.",
            Theme::Safety,
            4_000,
            "BU05991081",
            None,
            0,
        ),
        (
            "Sportdag voor de hele wijk",
            "Een zaterdag met sport voor alle leeftijden op Varkenoord.",
            Theme::Health,
            11_000,
            "BU05991087",
            None,
            0,
        ),
    ];
    let current = store
        .create_wijkbudget(actor, programme_id, &budget(year, &format!("Wijkbudget {year}"), -60, [30, 50, 90, 120]))
        .await?;
    for p in &now {
        let made = store
            .submit_proposal(actor, &current, &proposal(p), (None, true), today - time::Duration::days(55))
            .await?;
        let verdict = Assessment { feasible: true, reason: "Past binnen de regels.".into(), assessed_on: day(-25) };
        store.assess_proposal(actor, &current, made.id, &verdict, today - time::Duration::days(25)).await?;
    }
    Ok(())
}

pub async fn load(store: &Store) -> Result<usize, StoreError> {
    if !store.programmes(Viewer::Admin, None).await?.is_empty() {
        return Ok(0);
    }
    let actor = Actor::system("demo");
    for (index, d) in PROGRAMMES.iter().enumerate() {
        let input = ProgrammeInput {
            name: d.name.into(),
            municipality_code: d.municipality_code.into(),
            municipality_name: d.municipality_name.into(),
            start_year: d.start_year.to_string(),
            horizon_year: d.horizon_year.to_string(),
            layout_year: "2024".into(),
            areas: d.areas.into(),
            description: d.description.into(),
        };
        let new = input.parse().map_err(|e| StoreError::Unavailable(format!("demo programme invalid: {e:?}")))?;
        let p = store.create_programme(&actor, &new).await?;
        store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Urgency, Page::Coalition]).await?;
        let parties = load_coalition(store, &actor, p.id, index).await?;
        if index == 0 {
            load_agenda(store, &actor, p.id, &parties).await?;
            load_preconditions(store, &actor, p.id).await?;
            load_progress(store, &actor, p.id).await?;
            load_wijkbudgets(store, &actor, p.id, &parties).await?;
            load_meetings(store, &actor, p.id).await?;
            sign_wijkdeal(store, &actor, p.id).await?;
            store.make_residents_code(&actor, p.id).await?;
            let pages =
                [Page::Overview, Page::Urgency, Page::Coalition, Page::Agenda, Page::Preconditions, Page::Progress];
            store.set_published_pages(&actor, p.id, &pages).await?;
        }
    }
    Ok(PROGRAMMES.len())
}

/// One import of the demo: files of `data/` that belong together, with what they do not say themselves.
pub struct DemoImport {
    pub files: &'static [&'static str],
    pub table: Option<&'static str>,
    pub period: Option<&'static str>,
    pub layout_year: Option<i64>,
}

/// The real tables in `data/` (see data/README.md for provenance), in import order: names first.
pub const IMPORTS: [DemoImport; 10] = [
    DemoImport { files: &["kwb/wijk_2023_v0.dbf.gz"], table: None, period: None, layout_year: None },
    DemoImport {
        files: &["kwb/buurtnamen_85984NED_2024.csv.gz"],
        table: Some("85984NED"),
        period: None,
        layout_year: Some(2024),
    },
    DemoImport {
        files: &[
            "kwb/kwb2024_85984NED_DataProperties.json.gz",
            "kwb/kwb2024_85984NED_TableInfos.json.gz",
            "kwb/kwb2024_85984NED_gm_wijk_stripped.json.gz",
        ],
        table: None,
        period: None,
        layout_year: None,
    },
    DemoImport {
        files: &["gezondheid/50090NED_2012_18plus.xlsx"],
        table: Some("50090NED"),
        period: None,
        // "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)": one layout for every year.
        layout_year: Some(2020),
    },
    DemoImport {
        files: &["gezondheid/50090NED_2016_18plus.xlsx"],
        table: Some("50090NED"),
        period: None,
        // "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)": one layout for every year.
        layout_year: Some(2020),
    },
    DemoImport {
        files: &["gezondheid/50090NED_2016_65plus.xlsx"],
        table: Some("50090NED"),
        period: None,
        // "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)": one layout for every year.
        layout_year: Some(2020),
    },
    DemoImport {
        files: &["gezondheid/50090NED_2020_18plus.xlsx"],
        table: Some("50090NED"),
        period: None,
        // "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)": one layout for every year.
        layout_year: Some(2020),
    },
    DemoImport {
        files: &["gezondheid/50090NED_2020_65plus.xlsx"],
        table: Some("50090NED"),
        period: None,
        // "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)": one layout for every year.
        layout_year: Some(2020),
    },
    DemoImport {
        files: &["inkomen/kvk2020-wb2023.csv.gz"],
        table: Some("IIV-2020"),
        period: Some("2020"),
        layout_year: Some(2023),
    },
    DemoImport {
        files: &["overig/gem-autobezit-huishouden_2023_gem.csv.gz", "overig/gem-autobezit-huishouden_2023_wijk.csv.gz"],
        table: Some("RDW-2023"),
        period: Some("2023"),
        layout_year: Some(2023),
    },
];

/// Smaller tables and the boundaries, imported after the ones above.
pub const MORE_IMPORTS: [DemoImport; 6] = [
    DemoImport {
        files: &["gezondheid/WijkEenzaamheid2016.csv.gz"],
        table: Some("GGD-wijk-2016"),
        period: Some("2016"),
        layout_year: Some(2016),
    },
    DemoImport {
        files: &["ses/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv.gz"],
        table: Some("85163NED"),
        period: None,
        layout_year: None,
    },
    // Boundaries: the coarse national buurten and wijken of 2014 first, so that the finer
    // wijken of 2016 and of Den Haag (a recent layout, 2022 or later) are the nearest for newer years.
    DemoImport { files: &["geo/Buurt_2014_layer_q1e3.json.gz"], table: None, period: None, layout_year: Some(2014) },
    DemoImport { files: &["geo/Wijk_2014_layer_q1e3.json.gz"], table: None, period: None, layout_year: Some(2014) },
    DemoImport { files: &["geo/wijk_2016_6.geojson.gz"], table: None, period: None, layout_year: Some(2016) },
    DemoImport { files: &["geo/wijkgeo_denhaag_e_o.json.gz"], table: None, period: None, layout_year: Some(2022) },
];

/// Where the demo's data folder is: `WIJKWIJZER_DEMO_DATA`, else `data/` of the source tree this
/// binary was built from, else `data/` in the working folder.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WIJKWIJZER_DEMO_DATA").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    [Path::new(env!("CARGO_MANIFEST_DIR")).join("data"), PathBuf::from("data")]
        .into_iter()
        .find(|d| d.join("README.md").is_file())
}

/// What loading the demo's statistics did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct StatisticsLoaded {
    pub imports: usize,
    pub values: usize,
}

/// Import the demo's real tables from `dir`: each import in its own transaction, and only those
/// not imported before (an interrupted first start completes on the next). `reading` is told each
/// file as it is read.
pub async fn load_statistics(store: &Store, dir: &Path, reading: &dyn Fn(&str)) -> anyhow::Result<StatisticsLoaded> {
    let done = store.imported_files().await?;
    let actor = Actor::system("demo");
    let mut loaded = StatisticsLoaded::default();
    for group in IMPORTS.iter().chain(MORE_IMPORTS.iter()) {
        // Data files come last in a group and are stored in order: when the last is in, all are.
        let last = group.files.last().map(|f| f.trim_end_matches(".gz").rsplit('/').next().unwrap_or(f));
        if last.is_some_and(|n| done.contains(n)) {
            continue;
        }
        let mut files = Vec::new();
        for f in group.files {
            let path = dir.join(f);
            let bytes = std::fs::read(&path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            files.push((f.rsplit('/').next().unwrap_or(f).to_string(), bytes));
        }
        let hints = TableHints {
            table: group.table.map(str::to_string),
            period: group.period.and_then(Period::parse_human),
            layout_year: group.layout_year,
        };
        let prepared = import::prepare(&files, hints, reading)
            .map_err(|errors| anyhow::anyhow!(errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(" | ")))?;
        let items = import::Prepared::items(&prepared);
        for s in store.import_datasets(&actor, &items, &|_, _| {}).await? {
            loaded.values += s.values;
            loaded.imports += 1;
        }
    }
    Ok(loaded)
}

/// How the administrator of the demo logs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminLogin {
    /// A new account with a generated password, to print once.
    Created { email: String, password: String },
    /// Credentials from WIJKWIJZER_ADMIN_EMAIL / WIJKWIJZER_ADMIN_PASSWORD (created or reset).
    FromEnvironment { email: String },
    /// The account exists; its password was printed when it was created.
    Existing { email: String },
}

/// Make sure the demo has an administrator.
pub async fn ensure_admin(
    store: &Store,
    email: Option<&str>,
    env_password: Option<&str>,
) -> anyhow::Result<AdminLogin> {
    let email = Email::parse(email.unwrap_or(DEFAULT_ADMIN_EMAIL)).map_err(|k| {
        super::cli::fail(
            "cli-error-email",
            &[("email", email.unwrap_or("").into()), ("reason", super::cli::msg(k, &[]))],
        )
    })?;
    let actor = Actor::system("demo");
    let existing = match store.user_by_email(&email).await {
        Ok(u) => Some(u),
        Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let password = match env_password {
        Some(p) => p.to_string(),
        None if existing.is_some() => {
            return Ok(AdminLogin::Existing { email: email.to_string() });
        }
        None => password::random_secret(15),
    };
    let hash = {
        let pw = password.clone();
        tokio::task::spawn_blocking(move || password::hash(&pw)).await?
    };
    match existing {
        Some(user) => {
            store.set_password(&actor, user.id, &hash, None).await?;
            if !user.is_admin || user.disabled {
                store
                    .update_user_flags(&actor, user.id, UserFlags { is_admin: true, disabled: false, ..user.flags() })
                    .await?;
            }
        }
        None => {
            let new = NewUser::parse(email.as_str(), "Beheerder", &password, true).map_err(|e| {
                let reasons: Vec<String> =
                    e.iter().map(|(f, e)| format!("{f}: {}", super::cli::msg(e.key, &e.args))).collect();
                super::cli::fail("cli-error-user-invalid", &[("reasons", reasons.join("; "))])
            })?;
            store.create_user(&actor, &new, &hash).await?;
        }
    }
    Ok(if env_password.is_some() {
        AdminLogin::FromEnvironment { email: email.to_string() }
    } else {
        AdminLogin::Created { email: email.to_string(), password }
    })
}
