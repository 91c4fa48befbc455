//! Step 5, `/programmas/{id}/voortgang/successen`: milestones reached and successes to celebrate,
//! by year, with a form for the programme's beheerders.

use super::AppState;
use super::access::{Manage, ProgrammeAccess, ProgressView};
use super::ctx::PageCtx;
use super::error::AppResult;
use super::pages::render;
use super::programmes::ConfirmTemplate;
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::programme::Programme;
use crate::domain::success::{Success, SuccessInput, SuccessKind};
use crate::domain::validation::FieldErrors;
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
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

async fn page(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<impl Send>,
    editing: Option<i64>,
    input: SuccessInput,
    errors: FieldErrors,
    stale: Option<Success>,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let status = if stale.is_some() {
        StatusCode::CONFLICT
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = SuccessesTemplate {
        ctx,
        programme: access.programme.clone(),
        years: by_year(state.store.successes(pid).await?),
        can_manage: access.can(Action::Manage),
        editing,
        input,
        errors,
        stale,
        kinds: SuccessKind::ALL,
        goals: state.store.goals(pid).await?.into_iter().map(|g| (g.id, g.title)).collect(),
        measures: state.store.measures(pid).await?.into_iter().map(|m| (m.id, m.title)).collect(),
    };
    Ok((status, render(page)?).into_response())
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
    page(&state, ctx, &access, None, input, FieldErrors::new(), None).await
}

async fn save(
    state: &AppState,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    id: Option<i64>,
    input: SuccessInput,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let goals: Vec<i64> = state.store.goals(pid).await?.iter().map(|g| g.id).collect();
    let measures: Vec<i64> = state.store.measures(pid).await?.iter().map(|m| m.id).collect();
    let new = match input.parse(&goals, &measures, clock::now().date()) {
        Ok(n) => n,
        Err(errors) => return page(state, ctx, &access, id, input, errors, None).await,
    };
    let saved = match id {
        None => state.store.create_success(&access.actor(), pid, &new).await,
        Some(id) => state.store.update_success(&access.actor(), pid, id, input.version(), &new).await,
    };
    match saved {
        Ok(s) => Ok(Redirect::to(&format!("{}?melding=opgeslagen#succes-{}", base(pid), s.id)).into_response()),
        Err(StoreError::Stale) => {
            let current = state.store.success(pid, id.unwrap_or_default()).await?;
            let again = SuccessInput { version: current.version.to_string(), ..input };
            page(state, ctx, &access, id, again, FieldErrors::new(), Some(current)).await
        }
        Err(e) => Err(e.into()),
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
    page(&state, ctx, &access, Some(s.id), SuccessInput::from_success(&s), FieldErrors::new(), None).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
    Form(input): Form<SuccessInput>,
) -> AppResult<Response> {
    state.store.success(path.id, path.success_id).await?;
    save(&state, ctx, access, Some(path.success_id), input).await
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
) -> AppResult<Response> {
    let s = state.store.success(path.id, path.success_id).await?;
    let action = format!("{}/{}/verwijderen", base(path.id), s.id);
    let page = ConfirmTemplate::delete(ctx, "success", &s.title, action, base(path.id));
    Ok(render(page)?.into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<SuccessPath>,
) -> AppResult<Response> {
    state.store.delete_success(&access.actor(), path.id, path.success_id).await?;
    Ok(Redirect::to(&format!("{}?melding=verwijderd", base(path.id))).into_response())
}
