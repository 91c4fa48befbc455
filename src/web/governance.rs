//! Governance bodies of the coalition: a body's page with its seats and meetings, and the forms to
//! add bodies, seats and meetings with their decisions. Managed by the programme's beheerders;
//! readable where the coalition page is.

use super::form::{FormPage, FormState, Saved, respond, saved_unique};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::coalition::Party;
use crate::domain::document::{Document, OwnerKind};
use crate::domain::governance::{Body, BodyInput, BodyKind, DecisionRule, MeetingInput, SeatInput};
use crate::domain::programme::Programme;
use crate::domain::validation::{FieldErrors, iso};
use crate::http::AppState;
use crate::http::access::{CoalitionView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/coalitie/overleg")
}

async fn current_parties(state: &AppState, programme_id: i64) -> AppResult<Vec<Party>> {
    Ok(state.store.parties(programme_id).await?.into_iter().filter(|p| p.is_current()).collect())
}

fn ids(parties: &[Party]) -> Vec<i64> {
    parties.iter().map(|p| p.id).collect()
}

#[derive(Template)]
#[template(path = "body_form.html")]
struct BodyFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    body: Option<Body>,
    input: BodyInput,
    errors: FieldErrors,
    parties: Vec<Party>,
    kinds: Vec<BodyKind>,
    rules: Vec<DecisionRule>,
    stale: bool,
}

fn body_form(f: FormPage<Body, BodyInput>, parties: Vec<Party>) -> AppResult<Response> {
    let status = f.shown.status();
    let page = BodyFormTemplate {
        ctx: f.ctx,
        programme: f.programme,
        body: f.record,
        input: f.input,
        errors: f.shown.errors,
        parties,
        kinds: BodyKind::ALL.to_vec(),
        rules: DecisionRule::ALL.to_vec(),
        stale: f.shown.stale,
    };
    respond(status, page)
}

fn name_taken() -> FieldErrors {
    FieldErrors::single("name", "error-body-name-taken")
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let parties = current_parties(&state, access.programme.id).await?;
    let input = BodyInput { kind: "stuurgroep".into(), rule: "consensus".into(), ..Default::default() };
    body_form(FormPage::fresh(ctx, access.programme, None, input), parties)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<BodyInput>,
) -> AppResult<Response> {
    let parties = current_parties(&state, access.programme.id).await?;
    let new = match input.parse(&ids(&parties)) {
        Ok(n) => n,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return body_form(FormPage { ctx, programme: access.programme, record: None, input, shown }, parties);
        }
    };
    let result = state.store.create_body(&access.actor(), access.programme.id, &new).await;
    match saved_unique(result, input, 0, name_taken())? {
        Saved::Done(b) => {
            Ok(Redirect::to(&format!("{}/{}?melding=aangemaakt", base(access.programme.id), b.id)).into_response())
        }
        Saved::Again(input, shown) => {
            body_form(FormPage { ctx, programme: access.programme, record: None, input, shown }, parties)
        }
    }
}

#[derive(Deserialize)]
pub struct BodyPath {
    id: i64,
    body_id: i64,
}

#[derive(Template)]
#[template(path = "body.html")]
struct BodyTemplate {
    ctx: PageCtx,
    programme: Programme,
    body: Body,
    rule_key: String,
    kind_key: String,
    can_manage: bool,
    parties: Vec<Party>,
    seat: SeatInput,
    meeting: MeetingInput,
    errors: FieldErrors,
    /// Today (ISO): meetings after it are planned.
    today: String,
    /// The documents of the body's meetings and decisions.
    documents: Vec<Document>,
}

impl BodyTemplate {
    fn docs_of(&self, kind: &str, id: &i64) -> Vec<Document> {
        self.documents.iter().filter(|d| d.owner.key() == kind && d.owner_id == *id).cloned().collect()
    }

    fn add_of(&self, kind: &str, id: &i64) -> Option<String> {
        let kind = OwnerKind::from_key(kind)?;
        self.can_manage.then(|| super::documents::add_href(self.programme.id, kind, *id))
    }
}

/// A body's page with its two forms: a seat and a meeting with its decisions.
async fn body_page(
    state: &AppState,
    f: FormPage<Body, (SeatInput, MeetingInput)>,
    can_manage: bool,
) -> AppResult<Response> {
    let status = f.shown.status();
    let (ctx, programme, (seat, meeting), errors) = (f.ctx, f.programme, f.input, f.shown.errors);
    let body = f.record.ok_or(AppError::NotFound)?;
    let parties = if can_manage { current_parties(state, programme.id).await? } else { Vec::new() };
    let today = iso(clock::now().date());
    let documents = state
        .store
        .documents(programme.id)
        .await?
        .into_iter()
        .filter(|d| matches!(d.owner, OwnerKind::Meeting | OwnerKind::Decision))
        .collect();
    let page = BodyTemplate {
        documents,
        rule_key: format!("rule-{}", body.rule.key()),
        kind_key: format!("body-kind-{}", body.kind.key()),
        ctx,
        programme,
        body,
        can_manage,
        parties,
        seat: if seat.started_on.is_empty() { SeatInput { started_on: today.clone(), ..seat } } else { seat },
        meeting: if meeting.held_on.is_empty() { MeetingInput { held_on: today.clone(), ..meeting } } else { meeting },
        errors,
        today,
    };
    respond(status, page)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<CoalitionView>,
    Path(path): Path<BodyPath>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let can_manage = access.can(Action::Manage);
    let forms = (SeatInput::default(), MeetingInput::default());
    body_page(&state, FormPage::fresh(ctx, access.programme, Some(body), forms), can_manage).await
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BodyPath>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let parties = current_parties(&state, path.id).await?;
    let input = BodyInput::from_body(&body);
    body_form(FormPage::fresh(ctx, access.programme, Some(body), input), parties)
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BodyPath>,
    Form(input): Form<BodyInput>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let parties = current_parties(&state, path.id).await?;
    let new = match input.parse(&ids(&parties)) {
        Ok(n) => n,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return body_form(FormPage { ctx, programme: access.programme, record: Some(body), input, shown }, parties);
        }
    };
    let result = state.store.update_body(&access.actor(), path.id, body.id, input.version(), &new).await;
    match saved_unique(result, input, body.version, name_taken())? {
        Saved::Done(_) => {
            Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), body.id)).into_response())
        }
        Saved::Again(input, shown) => {
            body_form(FormPage { ctx, programme: access.programme, record: Some(body), input, shown }, parties)
        }
    }
}

pub async fn add_seat(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BodyPath>,
    Form(input): Form<SeatInput>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let parties = current_parties(&state, path.id).await?;
    match input.parse(&ids(&parties), clock::now().date()) {
        Err(errors) => {
            let (input, shown) = ((input, MeetingInput::default()), FormState::invalid(errors));
            body_page(&state, FormPage { ctx, programme: access.programme, record: Some(body), input, shown }, true)
                .await
        }
        Ok(seat) => {
            state.store.add_seat(&access.actor(), path.id, body.id, &seat).await?;
            Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), body.id)).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct SeatPath {
    id: i64,
    body_id: i64,
    seat_id: i64,
}

/// The person leaves the body today.
pub async fn end_seat(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<SeatPath>,
) -> AppResult<Response> {
    let today = iso(clock::now().date());
    state.store.end_seat(&access.actor(), path.id, path.body_id, path.seat_id, &today).await?;
    Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), path.body_id)).into_response())
}

pub async fn add_meeting(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BodyPath>,
    Form(input): Form<MeetingInput>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    match input.parse(clock::now().date()) {
        Err(errors) => {
            let (input, shown) = ((SeatInput::default(), input), FormState::invalid(errors));
            body_page(&state, FormPage { ctx, programme: access.programme, record: Some(body), input, shown }, true)
                .await
        }
        Ok(m) => {
            let after = state.store.add_meeting(&access.actor(), path.id, body.id, &m).await?;
            let id = after.meetings.iter().map(|m| m.id).max().unwrap_or_default();
            let to = format!("{}/{}/vergaderingen/{id}?melding=aangemaakt", base(path.id), body.id);
            Ok(Redirect::to(&to).into_response())
        }
    }
}
