//! Step 5, `/programmas/{id}/voortgang/successen`: milestones reached and successes to celebrate,
//! by year, with a form for the programme's beheerders.

use super::form::{ConfirmTemplate, FormPage, FormState, Saved, respond, saved};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::programme::Programme;
use crate::domain::success::{Success, SuccessInput, SuccessKind};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Manage, ProgrammeAccess, ProgressView};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "successes.html")]
struct SuccessesTemplate {
    ctx: PageCtx,
    programme: Programme,
    /// (year, the successes of that year), newest first.
    years: Vec<(i64, Vec<Success>)>,
    can_manage: bool,
    /// The success being edited (None: the form adds one).
    editing: Option<i64>,
    input: SuccessInput,
    errors: FieldErrors,
    /// The success as someone else saved it while this form was open.
    stale: Option<Success>,
    kinds: [SuccessKind; 2],
    goals: Vec<(i64, String)>,
    measures: Vec<(i64, String)>,
}

fn base(id: i64) -> String {
    format!("/programmas/{id}/voortgang/successen")
}

/// The successes grouped by year, newest first.
pub fn by_year(all: Vec<Success>) -> Vec<(i64, Vec<Success>)> {
    let mut years: Vec<(i64, Vec<Success>)> = Vec::new();
    for s in all {
        match years.last_mut() {
            Some((y, list)) if *y == s.year() => list.push(s),
            _ => years.push((s.year(), vec![s])),
        }
    }
    years
}

/// The list of successes with the form: adding one (`f.record` None) or changing `f.record`.
async fn page(state: &AppState, f: FormPage<Success, SuccessInput>, can_manage: bool) -> AppResult<Response> {
    let pid = f.programme.id;
    let status = f.shown.status();
    let page = SuccessesTemplate {
        years: by_year(state.store.successes(pid).await?),
        can_manage,
        editing: f.record.as_ref().map(|s| s.id),
        // Beside what was typed: the success as someone else saved it meanwhile.
        stale: f.record.filter(|_| f.shown.stale),
        ctx: f.ctx,
        programme: f.programme,
        input: f.input,
        errors: f.shown.errors,
        kinds: SuccessKind::ALL,
        goals: state.store.goals(pid).await?.into_iter().map(|g| (g.id, g.title)).collect(),
        measures: state.store.measures(pid).await?.into_iter().map(|m| (m.id, m.title)).collect(),
    };
    respond(status, page)
}

/// `GET …/successen`: the list, and for beheerders a form to add one.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ProgressView>,
) -> AppResult<Response> {
    let input = SuccessInput {
        kind: SuccessKind::Success.key().into(),
        happened_on: crate::domain::validation::iso(clock::now().date()),
        ..SuccessInput::default()
    };
    let can_manage = access.can(Action::Manage);
    page(&state, FormPage::fresh(ctx, access.programme, None, input), can_manage).await
}

/// Add a success (`current` None) or change `current`.
async fn save(
    state: &AppState,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    current: Option<Success>,
    input: SuccessInput,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let goals: Vec<i64> = state.store.goals(pid).await?.iter().map(|g| g.id).collect();
    let measures: Vec<i64> = state.store.measures(pid).await?.iter().map(|m| m.id).collect();
    let new = match input.parse(&goals, &measures, clock::now().date()) {
        Ok(n) => n,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return page(state, FormPage { ctx, programme: access.programme, record: current, input, shown }, true)
                .await;
        }
    };
    let result = match &current {
        None => state.store.create_success(&access.actor(), pid, &new).await,
        Some(c) => state.store.update_success(&access.actor(), pid, c.id, input.version(), &new).await,
    };
    match saved(result, input, current.as_ref().map_or(0, |c| c.version))? {
        Saved::Done(s) => {
            Ok(Redirect::to(&format!("{}?melding=opgeslagen#succes-{}", base(pid), s.id)).into_response())
        }
        Saved::Again(input, shown) => {
            page(state, FormPage { ctx, programme: access.programme, record: current, input, shown }, true).await
        }
    }
}

/// `POST …/successen`.
pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<SuccessInput>,
) -> AppResult<Response> {
    save(&state, ctx, access, None, input).await
}

#[derive(Deserialize)]
pub struct SuccessPath {
    id: i64,
    success_id: i64,
}

/// `GET …/successen/{success_id}/bewerken`.
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
) -> AppResult<Response> {
    let s = state.store.success(path.id, path.success_id).await?;
    let input = SuccessInput::from_success(&s);
    page(&state, FormPage::fresh(ctx, access.programme, Some(s), input), true).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
    Form(input): Form<SuccessInput>,
) -> AppResult<Response> {
    let current = state.store.success(path.id, path.success_id).await?;
    save(&state, ctx, access, Some(current), input).await
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
) -> AppResult<Response> {
    let s = state.store.success(path.id, path.success_id).await?;
    let action = format!("{}/{}/verwijderen", base(path.id), s.id);
    ConfirmTemplate::delete(ctx, "success", &s.title, action, base(path.id)).render()
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
) -> AppResult<Response> {
    state.store.delete_success(&access.actor(), path.id, path.success_id).await?;
    Ok(Redirect::to(&format!("{}?melding=verwijderd", base(path.id))).into_response())
}
