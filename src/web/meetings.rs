//! A meeting's own page (issue 17 item 4): before it, the agenda, who is invited (from the body's
//! seats) and its documents, printable (PDF from the report engine) and mailed to the invitees whose
//! address the coalition knows; after it, the minutes and the numbered decisions. Readable where the
//! coalition page is; changed by the programme's beheerders.

use super::form::{ConfirmTemplate, respond};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::coalition::Party;
use crate::domain::document::{Document, OwnerKind};
use crate::domain::governance::{AgendaPointInput, Body, Meeting, MeetingInput, Seat};
use crate::domain::programme::Programme;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{CoalitionView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct MeetingPath {
    id: i64,
    body_id: i64,
    meeting_id: i64,
}

#[derive(Deserialize)]
pub struct PointPath {
    id: i64,
    body_id: i64,
    meeting_id: i64,
    point_id: i64,
}

fn href(programme_id: i64, body_id: i64, meeting_id: i64) -> String {
    format!("/programmas/{programme_id}/coalitie/overleg/{body_id}/vergaderingen/{meeting_id}")
}

/// An invited seat with the address the coalition knows for that person (a contact of the seat's
/// party with the same name), if any.
struct Invitee {
    seat: Seat,
    email: Option<String>,
}

fn invitees(body: &Body, m: &Meeting, parties: &[Party]) -> Vec<Invitee> {
    body.seats
        .iter()
        .filter(|s| m.invitees.contains(&s.id))
        .map(|s| {
            let email = parties
                .iter()
                .filter(|p| p.id == s.party_id)
                .flat_map(|p| p.contacts.iter())
                .find(|c| c.name.trim().eq_ignore_ascii_case(s.person.trim()) && !c.email.is_empty())
                .map(|c| c.email.clone());
            Invitee { seat: s.clone(), email }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct MeetingTemplate {
    ctx: PageCtx,
    programme: Programme,
    body: Body,
    meeting: Meeting,
    planned: bool,
    invitees: Vec<Invitee>,
    /// The seats that may be invited: those taken on the meeting's day, and anyone invited already.
    seats: Vec<Seat>,
    documents: Vec<Document>,
    can_manage: bool,
    can_mail: bool,
    details: MeetingInput,
    point: AgendaPointInput,
    /// The form that failed (`details`, `point`) and its problems.
    failed: String,
    errors: FieldErrors,
}

impl MeetingTemplate {
    fn errors_of(&self, form: &str) -> FieldErrors {
        if self.failed == form { self.errors.clone() } else { FieldErrors::new() }
    }

    fn invited(&self, seat: &i64) -> bool {
        self.meeting.invitees.contains(seat)
    }

    fn document_add(&self) -> Option<String> {
        self.can_manage.then(|| super::documents::add_href(self.programme.id, OwnerKind::Meeting, self.meeting.id))
    }

    fn without_address(&self) -> usize {
        self.invitees.iter().filter(|i| i.email.is_none()).count()
    }
}

struct Shown {
    details: MeetingInput,
    point: AgendaPointInput,
    failed: &'static str,
    errors: FieldErrors,
}

async fn page<P>(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<P>,
    path: &MeetingPath,
    shown: Shown,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let meeting = body.meeting(path.meeting_id).cloned().ok_or(AppError::NotFound)?;
    let can_manage = access.can(Action::Manage);
    // Addresses are for the beheerders only.
    let parties = if can_manage { state.store.parties(path.id).await? } else { Vec::new() };
    let invited = invitees(&body, &meeting, &parties);
    let seats = body
        .seats
        .iter()
        .filter(|s| meeting.invitees.contains(&s.id) || body.seats_on(&meeting.held_on).any(|o| o.id == s.id))
        .cloned()
        .collect();
    let documents = state.store.documents_of(path.id, OwnerKind::Meeting, meeting.id).await?;
    let status = if shown.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let details = if shown.failed == "details" { shown.details } else { MeetingInput::from_meeting(&meeting) };
    let page = MeetingTemplate {
        planned: meeting.is_planned(clock::now().date()),
        ctx,
        programme: access.programme.clone(),
        invitees: invited,
        seats,
        documents,
        can_manage,
        can_mail: state.settings.mail.is_some(),
        details,
        point: shown.point,
        failed: shown.failed.to_string(),
        errors: shown.errors,
        body,
        meeting,
    };
    respond(status, page)
}

fn fresh() -> Shown {
    Shown {
        details: MeetingInput::default(),
        point: AgendaPointInput::default(),
        failed: "",
        errors: FieldErrors::new(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<CoalitionView>,
    Path(path): Path<MeetingPath>,
) -> AppResult<Response> {
    page(&state, ctx, &access, &path, fresh()).await
}

/// The agenda (or, after the meeting, the minutes) as a PDF to print or pass on.
pub async fn pdf(
    State(state): State<AppState>,
    _access: ProgrammeAccess<CoalitionView>,
    ctx: PageCtx,
    Path(path): Path<MeetingPath>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let meeting = body.meeting(path.meeting_id).cloned().ok_or(AppError::NotFound)?;
    let today = clock::now().date();
    let kind = if meeting.is_planned(today) { "agenda" } else { "verslag" };
    let name = format!("{kind}-{}-{}.pdf", meeting.id, meeting.held_on);
    let lang = ctx.lang;
    let bytes =
        super::pdf::typeset("meeting", move || crate::report::meeting::render(&body, &meeting, lang, today)).await?;
    Ok(super::pdf::response(bytes, &name))
}

/// Date, time, place, minutes and new decisions.
pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<MeetingPath>,
    Form(input): Form<MeetingInput>,
) -> AppResult<Response> {
    let key = (path.id, path.body_id, path.meeting_id);
    let errors = match input.parse(clock::now().date()) {
        Ok(m) => match state.store.update_meeting(&access.actor(), key, input.version(), &m).await {
            Ok(_) => return done(&path, "opgeslagen"),
            Err(StoreError::Stale) => FieldErrors::single("held_on", "error-stale-meeting"),
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    let shown = Shown { details: input, point: AgendaPointInput::default(), failed: "details", errors };
    page(&state, ctx, &access, &path, shown).await
}

fn done(path: &MeetingPath, notice: &str) -> AppResult<Response> {
    Ok(Redirect::to(&format!("{}?melding={notice}", href(path.id, path.body_id, path.meeting_id))).into_response())
}

pub async fn add_point(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<MeetingPath>,
    Form(input): Form<AgendaPointInput>,
) -> AppResult<Response> {
    match input.parse() {
        Ok(point) => {
            state.store.add_agenda_point(&access.actor(), (path.id, path.body_id, path.meeting_id), &point).await?;
            Ok(Redirect::to(&format!("{}?melding=opgeslagen#agenda", href(path.id, path.body_id, path.meeting_id)))
                .into_response())
        }
        Err(errors) => {
            let shown = Shown { details: MeetingInput::default(), point: input, failed: "point", errors };
            page(&state, ctx, &access, &path, shown).await
        }
    }
}

async fn change_point(
    state: &AppState,
    access: &ProgrammeAccess<Manage>,
    path: &PointPath,
    up: Option<bool>,
) -> AppResult<Response> {
    let key = (path.id, path.body_id, path.meeting_id);
    state.store.change_agenda_point(&access.actor(), key, path.point_id, up).await?;
    let notice = if up.is_some() { "opgeslagen" } else { "verwijderd" };
    Ok(Redirect::to(&format!("{}?melding={notice}#agenda", href(path.id, path.body_id, path.meeting_id)))
        .into_response())
}

pub async fn point_up(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PointPath>,
) -> AppResult<Response> {
    change_point(&state, &access, &path, Some(true)).await
}

pub async fn point_down(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PointPath>,
) -> AppResult<Response> {
    change_point(&state, &access, &path, Some(false)).await
}

pub async fn point_delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<PointPath>,
) -> AppResult<Response> {
    let body = state.store.body(path.id, path.body_id).await?;
    let meeting = body.meeting(path.meeting_id).ok_or(AppError::NotFound)?;
    let point = meeting.agenda.iter().find(|p| p.id == path.point_id).ok_or(AppError::NotFound)?;
    let meeting_href = href(path.id, path.body_id, path.meeting_id);
    let action = format!("{meeting_href}/agendapunten/{}/verwijderen", point.id);
    ConfirmTemplate::delete(ctx, "agenda-point", &point.title, action, format!("{meeting_href}#agenda")).render()
}

pub async fn point_delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PointPath>,
) -> AppResult<Response> {
    change_point(&state, &access, &path, None).await
}

/// The invitees as ticked (`seat` repeated).
pub async fn set_invitees(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<MeetingPath>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let seats: Vec<i64> = fields.iter().filter(|(k, _)| k == "seat").filter_map(|(_, v)| v.parse().ok()).collect();
    state.store.set_invitees(&access.actor(), (path.id, path.body_id, path.meeting_id), &seats).await?;
    Ok(Redirect::to(&format!("{}?melding=opgeslagen#genodigden", href(path.id, path.body_id, path.meeting_id)))
        .into_response())
}

/// Mail the agenda to every invitee whose address the coalition knows (through the outbox).
pub async fn send_agenda(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<MeetingPath>,
) -> AppResult<Response> {
    let Some(mail) = state.settings.mail.as_ref() else { return Err(AppError::NotFound) };
    let body = state.store.body(path.id, path.body_id).await?;
    let meeting = body.meeting(path.meeting_id).cloned().ok_or(AppError::NotFound)?;
    let parties = state.store.parties(path.id).await?;
    let link = format!("{}{}", mail.public_url.trim_end_matches('/'), href(path.id, path.body_id, path.meeting_id));
    let mut sent = 0;
    for invitee in invitees(&body, &meeting, &parties) {
        let Some(to) = invitee.email else { continue };
        let message = crate::app::mail::meeting_agenda(
            crate::i18n::Lang::default(),
            &to,
            &invitee.seat.person,
            (&body, &meeting),
            &link,
        );
        state.store.queue_mail(&message).await?;
        sent += 1;
    }
    if sent > 0 {
        state
            .store
            .mark_agenda_sent(&access.actor(), (path.id, path.body_id, path.meeting_id), &clock::now_db())
            .await?;
    }
    let notice = if sent > 0 { "agenda-verstuurd" } else { "agenda-geen-adressen" };
    done(&path, notice)
}
