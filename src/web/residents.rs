//! Step 3, the residents' agenda: partners (residents' organisations among them) and beheerders
//! put items on it; a beheerder gives the gemeente's tegenbod and publishes items one by one.
//! The public sees published items once the programme publishes its agenda.

use super::form::{ConfirmTemplate, FormPage, FormState, Saved, respond, saved, status_of};
use crate::domain::access::{Action, may_read_page};
use crate::domain::clock;
use crate::domain::programme::Programme;
use crate::domain::residents::{AgendaItem, Answer, AnswerInput, ItemInput};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{AgendaView, Contribute, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::store::ItemChange;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/agenda/bewonersagenda")
}

#[derive(Template)]
#[template(path = "residents.html")]
struct ResidentsTemplate {
    ctx: PageCtx,
    programme: Programme,
    items: Vec<AgendaItem>,
    internal: bool,
    can_contribute: bool,
    input: ItemInput,
    errors: FieldErrors,
    /// For beheerders: the code residents use without an account (once made).
    residents_code: Option<String>,
    can_manage: bool,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<impl Send>,
    input: ItemInput,
    errors: FieldErrors,
) -> AppResult<Response> {
    let internal = access.can(Action::ReadInternal);
    let items = state.store.agenda_items(access.programme.id, !internal).await?;
    let status = status_of(&errors);
    let can_manage = access.can(Action::Manage);
    let residents_code = if can_manage { state.store.residents_code(access.programme.id).await? } else { None };
    let page = ResidentsTemplate {
        ctx,
        programme: access.programme.clone(),
        items,
        internal,
        can_contribute: access.can(Action::Contribute),
        input,
        errors,
        residents_code,
        can_manage,
    };
    respond(status, page)
}

/// Who an item is from by default: the residents' party the account acts for, if any.
async fn default_submitter(state: &AppState, access: &ProgrammeAccess<impl Send>) -> AppResult<String> {
    let Some(user) = access.auth.user() else { return Ok(String::new()) };
    let mine = state.store.parties_of(access.programme.id, user.id).await?;
    let parties = state.store.parties(access.programme.id).await?;
    Ok(parties
        .into_iter()
        .find(|p| mine.contains(&p.id) && p.kind == crate::domain::coalition::PartyKind::Residents)
        .map(|p| p.name)
        .unwrap_or_default())
}

/// `/programmas/{id}/agenda/bewonersagenda`.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let by = default_submitter(&state, &access).await?;
    let input = ItemInput::with_defaults(clock::now().date(), &by);
    page(&state, ctx, &access, input, FieldErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Form(input): Form<ItemInput>,
) -> AppResult<Response> {
    match input.parse(clock::now().date()) {
        Err(errors) => page(&state, ctx, &access, input, errors).await,
        Ok(item) => {
            let i = state.store.create_agenda_item(&access.actor(), access.programme.id, &item).await?;
            Ok(Redirect::to(&format!("{}/{}?melding=aangemaakt", base(access.programme.id), i.id)).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct ItemPath {
    id: i64,
    item_id: i64,
}

#[derive(Template)]
#[template(path = "residents_item.html")]
struct ItemTemplate {
    ctx: PageCtx,
    programme: Programme,
    item: AgendaItem,
    answer_key: String,
    can_manage: bool,
    answers: Vec<Answer>,
    input: AnswerInput,
    errors: FieldErrors,
    stale: bool,
}

/// An item with, for beheerders, the form to answer it (the tegenbod).
fn item_page(f: FormPage<AgendaItem, AnswerInput>, can_manage: bool) -> AppResult<Response> {
    let status = f.shown.status();
    let item = f.record.ok_or(AppError::NotFound)?;
    let page = ItemTemplate {
        answer_key: item.answer.map(|a| format!("answer-{}", a.key())).unwrap_or_default(),
        ctx: f.ctx,
        programme: f.programme,
        item,
        can_manage,
        answers: Answer::ALL.to_vec(),
        input: f.input,
        errors: f.shown.errors,
        stale: f.shown.stale,
    };
    respond(status, page)
}

/// `/…/bewonersagenda/{item_id}`: the item, the tegenbod, and for beheerders the answer form.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
    Path(path): Path<ItemPath>,
) -> AppResult<Response> {
    let item = state.store.agenda_item(path.id, path.item_id).await?;
    // Members read every item; the public the items published one by one.
    if !may_read_page(access.principal(), item.published) {
        return Err(AppError::NotFound);
    }
    let input = AnswerInput::from_item(&item, clock::now().date());
    let can_manage = access.can(Action::Manage);
    item_page(FormPage::fresh(ctx, access.programme, Some(item), input), can_manage)
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<ItemPath>,
    Form(input): Form<AnswerInput>,
) -> AppResult<Response> {
    let item = state.store.agenda_item(path.id, path.item_id).await?;
    let a = match input.parse(&item, clock::now().date()) {
        Ok(a) => a,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return item_page(FormPage { ctx, programme: access.programme, record: Some(item), input, shown }, true);
        }
    };
    let change = ItemChange::Answer(&a);
    let result = state.store.update_agenda_item(&access.actor(), path.id, item.id, input.version(), change).await;
    match saved(result, input, item.version)? {
        Saved::Done(_) => {
            Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), item.id)).into_response())
        }
        Saved::Again(input, shown) => {
            item_page(FormPage { ctx, programme: access.programme, record: Some(item), input, shown }, true)
        }
    }
}

#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    publish: String,
    #[serde(default)]
    version: String,
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<ItemPath>,
    Form(form): Form<PublishForm>,
) -> AppResult<Response> {
    let item = state.store.agenda_item(path.id, path.item_id).await?;
    let version = form.version.trim().parse().unwrap_or(0);
    let change = ItemChange::Publish(form.publish == "1");
    let result = state.store.update_agenda_item(&access.actor(), path.id, item.id, version, change).await;
    // Someone else changed the item first: its current state is shown, with nothing typed to keep.
    let input = AnswerInput::from_item(&item, clock::now().date());
    match saved(result, input, item.version)? {
        Saved::Done(_) => {
            Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), item.id)).into_response())
        }
        Saved::Again(input, shown) => {
            item_page(FormPage { ctx, programme: access.programme, record: Some(item), input, shown }, true)
        }
    }
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<ItemPath>,
) -> AppResult<Response> {
    let item = state.store.agenda_item(path.id, path.item_id).await?;
    let action = format!("{}/{}/verwijderen", base(path.id), item.id);
    let cancel = format!("{}/{}", base(path.id), item.id);
    ConfirmTemplate::delete(ctx, "item", &item.title, action, cancel).render()
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<ItemPath>,
) -> AppResult<Response> {
    state.store.delete_agenda_item(&access.actor(), path.id, path.item_id).await?;
    Ok(Redirect::to(&format!("{}?melding=verwijderd", base(path.id))).into_response())
}

/// `/…/bewonersagenda.csv` and `.xlsx`: what the requester may read.
pub async fn download_csv(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
    download: super::export::Download,
) -> AppResult<Response> {
    use crate::app::table::{Cell, Table};
    let internal = access.can(Action::ReadInternal);
    let mut table = Table::new(
        "Bewonersagenda",
        &["ingebracht_op", "onderwerp", "toelichting", "door", "tegenbod", "uitleg", "beantwoord_op", "openbaar"],
    );
    for i in state.store.agenda_items(access.programme.id, !internal).await? {
        table.push(vec![
            Cell::Date(i.submitted_on.clone()),
            Cell::text(&i.title),
            Cell::text(&i.text),
            Cell::text(&i.submitted_by),
            Cell::text(i.answer.map(|a| a.key()).unwrap_or_default()),
            Cell::text(&i.answer_text),
            Cell::Date(i.answered_on.clone()),
            Cell::text(if i.published { "ja" } else { "nee" }),
        ]);
    }
    download.respond(&format!("bewonersagenda-{}", access.programme.id), &table)
}

/// Make the programme's code for residents (or keep the one it has).
pub async fn make_code(State(state): State<AppState>, access: ProgrammeAccess<Manage>) -> AppResult<Response> {
    state.store.make_residents_code(&access.actor(), access.programme.id).await?;
    Ok(Redirect::to(&format!("{}?melding=opgeslagen#bewonerscode", base(access.programme.id))).into_response())
}

#[derive(Template)]
#[template(path = "residents_public.html")]
struct PublicTemplate {
    ctx: PageCtx,
    programme_name: String,
    code: String,
    items: Vec<AgendaItem>,
    input: ItemInput,
    errors: FieldErrors,
}

async fn public_page(
    state: &AppState,
    ctx: PageCtx,
    code: String,
    input: ItemInput,
    errors: FieldErrors,
) -> AppResult<Response> {
    let programme_id = state.store.programme_of_residents_code(&code).await?;
    let programme = state.store.programme(programme_id).await?;
    // Only what the programme published, with its tegenbod.
    let items = state.store.agenda_items(programme_id, true).await?;
    let status = status_of(&errors);
    respond(status, PublicTemplate { ctx, programme_name: programme.name, code, items, input, errors })
}

fn residents_code(raw: &str) -> AppResult<String> {
    crate::domain::wijkbudget::normalise_code(raw).ok_or(AppError::NotFound)
}

/// `/bewonersagenda/{code}`: the published residents' agenda with the gemeente's tegenbod, and a
/// form to bring in an item without an account.
pub async fn public(State(state): State<AppState>, ctx: PageCtx, Path(code): Path<String>) -> AppResult<Response> {
    let code = residents_code(&code)?;
    public_page(&state, ctx, code, ItemInput::default(), FieldErrors::new()).await
}

/// An item brought in through the code: stored unpublished, for the programme to read and publish.
pub async fn public_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(code): Path<String>,
    Form(mut input): Form<ItemInput>,
) -> AppResult<Response> {
    let code = residents_code(&code)?;
    let programme_id = state.store.programme_of_residents_code(&code).await?;
    let today = clock::now().date();
    input.submitted_on = crate::domain::validation::iso(today);
    let mut parsed = input.clone();
    if parsed.submitted_by.trim().is_empty() {
        parsed.submitted_by = ctx.t("residents-code-anonymous");
    }
    match parsed.parse(today) {
        Err(errors) => public_page(&state, ctx, code, input, errors).await,
        Ok(item) => {
            state
                .store
                .create_agenda_item(&crate::domain::audit::Actor::system("bewonerscode"), programme_id, &item)
                .await?;
            Ok(Redirect::to(&format!("/bewonersagenda/{code}?melding=agendapunt")).into_response())
        }
    }
}
