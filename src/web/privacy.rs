//! Requests about personal data (AVG): a site administrator finds everything stored about one
//! person, hands it over as JSON, or erases it after confirming. The person is always sent in
//! the body of a POST, so addresses and names never land in URLs or access logs.

use super::form::status_of;
use crate::domain::clock;
use crate::domain::privacy::{Erasure, PersonInput, PersonRecord};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::SiteAdmin;
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// What the page shows below the search form.
enum Step {
    Search,
    Found(PersonRecord),
    Confirm(PersonRecord),
    Erased(Erasure),
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyTemplate {
    ctx: PageCtx,
    input: PersonInput,
    errors: FieldErrors,
    record: Option<PersonRecord>,
    confirming: bool,
    erased: Option<Erasure>,
}

fn page(ctx: PageCtx, input: PersonInput, errors: FieldErrors, step: Step) -> AppResult<Response> {
    let status = status_of(&errors);
    let (record, confirming, erased) = match step {
        Step::Search => (None, false, None),
        Step::Found(r) => (Some(r), false, None),
        Step::Confirm(r) => (Some(r), true, None),
        Step::Erased(e) => (None, false, Some(e)),
    };
    Ok((status, render(PrivacyTemplate { ctx, input, errors, record, confirming, erased })?).into_response())
}

/// `GET /beheer/privacy`: the search form.
pub async fn show(ctx: PageCtx, _admin: SiteAdmin) -> AppResult<Response> {
    page(ctx, PersonInput::default(), FieldErrors::new(), Step::Search)
}

/// `POST /beheer/privacy`: everything found about the person.
pub async fn search(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: SiteAdmin,
    Form(input): Form<PersonInput>,
) -> AppResult<Response> {
    match input.parse() {
        Err(errors) => page(ctx, input, errors, Step::Search),
        Ok(q) => {
            let record = state.store.person_record(&q).await?;
            page(ctx, input, FieldErrors::new(), Step::Found(record))
        }
    }
}

/// `POST /beheer/privacy/export`: the record as a JSON download (an inzageverzoek), audited.
pub async fn export(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: SiteAdmin,
    Form(input): Form<PersonInput>,
) -> AppResult<Response> {
    let q = match input.parse() {
        Ok(q) => q,
        Err(errors) => return page(ctx, input, errors, Step::Search),
    };
    let record = state.store.person_record(&q).await?;
    state.store.log_person_export(&admin.actor(), record.account.as_ref().map(|a| a.id)).await?;
    let headers = [
        (header::CONTENT_TYPE, "application/json; charset=utf-8"),
        (header::CONTENT_DISPOSITION, "attachment; filename=\"persoonsgegevens.json\""),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, record.to_export_json(&clock::now_db())).into_response())
}

#[derive(Deserialize)]
pub struct EraseForm {
    #[serde(flatten)]
    person: PersonInput,
    /// Present on the confirmation page's button only.
    #[serde(default)]
    bevestigd: String,
}

/// `POST /beheer/privacy/wissen`: first a confirmation with what will go, then the erasure.
pub async fn erase(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: SiteAdmin,
    Form(form): Form<EraseForm>,
) -> AppResult<Response> {
    let input = form.person;
    let q = match input.parse() {
        Ok(q) => q,
        Err(errors) => return page(ctx, input, errors, Step::Search),
    };
    if form.bevestigd != "ja" {
        let record = state.store.person_record(&q).await?;
        return page(ctx, input, FieldErrors::new(), Step::Confirm(record));
    }
    match state.store.erase_person(&admin.actor(), &q).await {
        Ok(done) => page(ctx, PersonInput::default(), FieldErrors::new(), Step::Erased(done)),
        Err(StoreError::Conflict(_)) => {
            let record = state.store.person_record(&q).await?;
            page(ctx, input, FieldErrors::single("email", "error-privacy-self"), Step::Found(record))
        }
        Err(e) => Err(e.into()),
    }
}
