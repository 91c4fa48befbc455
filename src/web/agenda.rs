//! Step 3, the agenda page: the shared vision now in force and its earlier versions; a new version
//! records who agreed, when, and by which decision.

use super::form::{respond, status_of};
use crate::domain::access::Action;
use crate::domain::agenda::{VisionInput, VisionVersion};
use crate::domain::catalogue::Theme;
use crate::domain::clock;
use crate::domain::goal::Goal;
use crate::domain::measure::{Commitment, Measure, Sum, finance};
use crate::domain::programme::{Page, Programme};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{AgendaView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use askama::Template;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};

/// A goal with the measures that serve it.
pub struct GoalView {
    pub goal: Goal,
    /// (id, title, owner, status key).
    pub measures: Vec<(i64, String, String, String)>,
}

/// Goals by theme (first theme), with their measures.
fn goal_views(goals: Vec<Goal>, measures: &[Measure]) -> Vec<(Theme, Vec<GoalView>)> {
    let grouped = crate::domain::goal::by_theme(&goals);
    grouped
        .into_iter()
        .map(|(t, gs)| {
            let views = gs
                .into_iter()
                .map(|g| GoalView {
                    measures: measures
                        .iter()
                        .filter(|m| m.goal_ids.contains(&g.id))
                        .map(|m| {
                            (
                                m.id,
                                m.title.clone(),
                                m.owner.as_ref().map(|o| o.1.clone()).unwrap_or_default(),
                                format!("measure-status-{}", m.status.key()),
                            )
                        })
                        .collect(),
                    goal: g.clone(),
                })
                .collect();
            (t, views)
        })
        .collect()
}

#[derive(Template)]
#[template(path = "agenda.html")]
struct AgendaTemplate {
    ctx: PageCtx,
    programme: Programme,
    current: Option<VisionVersion>,
    earlier: Vec<VisionVersion>,
    themes: Vec<(Theme, Vec<GoalView>)>,
    can_manage: bool,
    internal: bool,
    published: bool,
}

/// `/programmas/{id}/agenda`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let mut versions = state.store.vision_versions(access.programme.id).await?;
    let current = if versions.is_empty() { None } else { Some(versions.remove(0)) };
    let measures = state.store.measures(access.programme.id).await?;
    let themes = goal_views(state.store.goals(access.programme.id).await?, &measures);
    let page = AgendaTemplate {
        themes,
        can_manage: access.can(Action::Manage),
        internal: access.can(Action::ReadInternal),
        published: access.programme.is_published(Page::Agenda),
        programme: access.programme,
        current,
        earlier: versions,
        ctx,
    };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "vision_form.html")]
struct VisionFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    input: VisionInput,
    errors: FieldErrors,
    /// (number, text) of every decision of the programme's bodies, newest first.
    decisions: Vec<(String, String)>,
    /// A version is in force: the new one must say why it changes.
    has_current: bool,
}

pub(super) async fn decisions(state: &AppState, programme_id: i64) -> AppResult<Vec<(String, String)>> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for b in state.store.bodies(programme_id).await? {
        for m in &b.meetings {
            for d in &m.decisions {
                out.push((m.held_on.clone(), d.number.clone(), format!("{} ({}, {})", d.text, b.name, m.held_on)));
            }
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    Ok(out.into_iter().map(|(_, n, t)| (n, t)).collect())
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let versions = state.store.vision_versions(access.programme.id).await?;
    let input = VisionInput::from_current(versions.first(), clock::now().date());
    let decisions = decisions(&state, access.programme.id).await?;
    let has_current = !versions.is_empty();
    let page = VisionFormTemplate {
        ctx,
        programme: access.programme,
        input,
        errors: FieldErrors::new(),
        decisions,
        has_current,
    };
    Ok(render(page)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<VisionInput>,
) -> AppResult<Response> {
    let versions = state.store.vision_versions(access.programme.id).await?;
    let decisions = decisions(&state, access.programme.id).await?;
    let numbers: Vec<String> = decisions.iter().map(|(n, _)| n.clone()).collect();
    match input.parse(&numbers, versions.first().map(|v| v.text.as_str()), clock::now().date()) {
        Err(errors) => {
            let has_current = !versions.is_empty();
            let page = VisionFormTemplate { ctx, programme: access.programme, input, errors, decisions, has_current };
            respond(status_of(&page.errors), page)
        }
        Ok(v) => {
            state.store.add_vision(&access.actor(), access.programme.id, &v).await?;
            Ok(Redirect::to(&format!("/programmas/{}/agenda?melding=opgeslagen", access.programme.id)).into_response())
        }
    }
}

/// One party in the wijkdeal: what it owns, promises and pays.
pub struct Signatory {
    pub name: String,
    pub owned: Vec<String>,
    pub commitments: Vec<Commitment>,
    pub contribution: Option<Sum>,
}

#[derive(Template)]
#[template(path = "wijkdeal.html")]
struct WijkdealTemplate {
    ctx: PageCtx,
    programme: Programme,
    vision: Option<VisionVersion>,
    themes: Vec<(Theme, Vec<GoalView>)>,
    signatories: Vec<Signatory>,
    total: Sum,
    today: String,
    /// The shared goal list shows no edit links on the agreement.
    can_manage: bool,
}

/// `/programmas/{id}/agenda/wijkdeal`: the agreement on one printable page — vision, goals with
/// targets, measures with owners, each party's commitments and contribution, and room to sign.
pub async fn wijkdeal(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let vision = state.store.vision_versions(pid).await?.into_iter().next();
    let goals = state.store.goals(pid).await?;
    let measures = state.store.measures(pid).await?;
    let f = finance(&measures, |_| String::new());
    let signatories = state
        .store
        .parties(pid)
        .await?
        .into_iter()
        .filter(|p| p.is_current())
        .map(|p| Signatory {
            // What a party stands for now: stopped measures are not part of the agreement.
            owned: measures
                .iter()
                .filter(|m| m.owner_id() == Some(p.id) && m.status != crate::domain::measure::Status::Stopped)
                .map(|m| m.title.clone())
                .collect(),
            commitments: measures
                .iter()
                .flat_map(|m| m.commitments.iter().filter(|c| c.party_id == p.id).cloned())
                .collect(),
            contribution: f.by_party.iter().find(|s| s.label == p.name).cloned(),
            name: p.name,
        })
        .collect();
    let page = WijkdealTemplate {
        today: ctx.date(&crate::domain::validation::iso(clock::now().date())),
        themes: goal_views(goals, &measures),
        ctx,
        programme: access.programme,
        vision,
        signatories,
        total: f.total,
        can_manage: false,
    };
    Ok(render(page)?.into_response())
}
