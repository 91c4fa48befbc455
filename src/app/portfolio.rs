//! A gemeente's portfolio (`/gemeenten/{code}` and its API): every programme of the gemeente the
//! viewer may see, each part of it only where the viewer may read the page it comes from —
//! goals where the progress page is, money where the agenda is, the latest precondition round
//! where that page is, reports where they were published — and the money of those programmes
//! together, per source and year (`domain::portfolio`).

use crate::domain::access::may_read_page;
use crate::domain::map::MapShape;
use crate::domain::portfolio::{GoalCounts, Money};
use crate::domain::preconditions::{Precondition, Round, outcomes};
use crate::domain::programme::{Page, Programme};
use crate::http::AppState;
use crate::http::error::AppResult;
use crate::http::session::Auth;
use crate::store::PublishedReport;

/// The latest precondition round: its name, when it closed, how many answered and the
/// precondition scored lowest (median), if any scored.
pub struct RoundSummary {
    pub round: Round,
    pub weakest: Option<(Precondition, f64)>,
}

pub struct ProgrammeSummary {
    pub programme: Programme,
    /// `None`: the viewer may not read the progress page.
    pub goals: Option<GoalCounts>,
    /// `None`: the viewer may not read the agenda.
    pub money: Option<Money>,
    /// `Some(None)`: readable, no round yet.
    pub round: Option<Option<RoundSummary>>,
    pub reports: Vec<PublishedReport>,
}

pub struct Portfolio {
    pub programmes: Vec<ProgrammeSummary>,
    /// The money of the programmes whose agenda the viewer may read, together.
    pub money: Money,
    /// How many programmes' money is not shown (agenda not published).
    pub money_hidden: usize,
    /// The programmes' areas to draw: class = the programme's place in the list (1-based).
    pub shapes: Vec<MapShape>,
}

pub async fn portfolio(state: &AppState, auth: &Auth, code: &str) -> AppResult<Portfolio> {
    let mut programmes = Vec::new();
    for p in state.store.programmes(auth.viewer(), Some(code)).await? {
        let role = match auth.user() {
            Some(u) => state.store.role_in(u.id, p.id).await?,
            None => None,
        };
        let who = auth.principal(role);
        let may = |page: Page| may_read_page(who, p.is_published(page));
        let goals = if may(Page::Progress) {
            let (all, _) = crate::report::goal_progress(&state.store, p.id, None).await?;
            Some(GoalCounts::of(all.iter().map(|g| g.judgement)))
        } else {
            None
        };
        let money = if may(Page::Agenda) { Some(Money::of(&state.store.measures(p.id).await?)) } else { None };
        let round = if may(Page::Preconditions) { Some(latest_round(state, p.id).await?) } else { None };
        let mut reports = if may(Page::Overview) { state.store.published_reports(p.id).await? } else { Vec::new() };
        reports.retain(|r| r.kind == crate::report::KIND);
        programmes.push(ProgrammeSummary { programme: p, goals, money, round, reports });
    }
    let money = Money::sum(programmes.iter().filter_map(|p| p.money.as_ref()));
    let money_hidden = programmes.iter().filter(|p| p.money.is_none()).count();
    // The areas of all programmes, each coloured by its programme.
    let mut shapes = Vec::new();
    let codes: Vec<&str> = programmes.iter().flat_map(|p| p.programme.areas.iter().map(|a| a.code.as_str())).collect();
    let year = programmes.iter().flat_map(|p| p.programme.areas.iter().map(|a| a.layout_year)).max().unwrap_or(0);
    let geometry = state.store.boundaries_near(&codes, year).await?;
    for (i, p) in programmes.iter().enumerate() {
        for a in &p.programme.areas {
            let Some(polygons) = geometry.get(a.code.as_str()).and_then(|g| crate::import::geo::from_geometry_text(g))
            else {
                continue;
            };
            shapes.push(MapShape {
                code: a.code.as_str().to_string(),
                polygons,
                class: Some(u8::try_from(i % 6 + 1).unwrap_or(1)),
                label: format!("{} · {}", a.name, p.programme.name),
                tag: Some(a.name.clone()),
            });
        }
    }
    Ok(Portfolio { programmes, money, money_hidden, shapes })
}

/// The newest round (by opening date) with the precondition whose median is lowest.
async fn latest_round(state: &AppState, programme_id: i64) -> AppResult<Option<RoundSummary>> {
    let rounds = state.store.assessment_rounds(programme_id).await?;
    let Some(round) = rounds.into_iter().max_by(|a, b| (&a.opened_on, a.id).cmp(&(&b.opened_on, b.id))) else {
        return Ok(None);
    };
    let responses: Vec<_> = state
        .store
        .assessment_responses(programme_id)
        .await?
        .into_iter()
        .filter(|(r, _)| *r == round.id)
        .map(|(_, r)| r)
        .collect();
    let weakest = outcomes(&responses)
        .into_iter()
        .filter_map(|o| o.median.map(|m| (o.precondition, m)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    Ok(Some(RoundSummary { round, weakest }))
}
