//! `/beheer/huisstijl`: a gemeente's own name, logo and colours (administrators), and the
//! stylesheet and logo every page links to when they are set.

use super::form::{respond, status_of};
use crate::domain::look::{self, LookInput, MAX_LOGO_BYTES, SiteLook, TOKENS};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::SiteAdmin;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::store::LogoChange;
use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The form with a logo at the limit, and room for the other fields.
pub const MAX_FORM_BYTES: usize = MAX_LOGO_BYTES + 64 * 1024;

#[derive(Template)]
#[template(path = "look.html")]
struct LookTemplate {
    ctx: PageCtx,
    input: LookInput,
    errors: FieldErrors,
    /// (field, token name, WijkWijzer's colour).
    tokens: Vec<(&'static str, &'static str, &'static str)>,
    has_logo: bool,
    max_kb: usize,
}

fn page(ctx: PageCtx, input: LookInput, errors: FieldErrors, has_logo: bool) -> AppResult<Response> {
    let status = status_of(&errors);
    let t = LookTemplate {
        ctx,
        input,
        errors,
        tokens: TOKENS.iter().map(|t| (t.field, t.name, t.default)).collect(),
        has_logo,
        max_kb: MAX_LOGO_BYTES / 1024,
    };
    respond(status, t)
}

pub async fn form(State(state): State<AppState>, ctx: PageCtx, _admin: SiteAdmin) -> AppResult<Response> {
    let current = state.store.site_look().await?;
    page(ctx, LookInput::from_look(&current), FieldErrors::new(), current.has_logo())
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: SiteAdmin,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let current = state.store.site_look().await?;
    let mut input = LookInput::default();
    let mut logo: Option<Vec<u8>> = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
        _ => AppError::Validation(FieldErrors::single("logo", "error-look-unreadable")),
    })? {
        let name = field.name().unwrap_or("").to_string();
        match name.as_str() {
            "logo" => {
                let bytes = field.bytes().await.map_err(|_| AppError::TooLarge)?;
                if !bytes.is_empty() {
                    logo = Some(bytes.to_vec());
                }
            }
            "name" => input.name = field.text().await.unwrap_or_default(),
            "remove_logo" => input.remove_logo = true,
            other => {
                if let Some(t) = TOKENS.iter().find(|t| t.field == other) {
                    input.colours.push((t.field.to_string(), field.text().await.unwrap_or_default()));
                }
            }
        }
    }
    let mut errors = FieldErrors::new();
    let change = match logo {
        Some(bytes) if bytes.len() > MAX_LOGO_BYTES => {
            errors.add_with("logo", "error-look-logo-size", vec![("max", (MAX_LOGO_BYTES / 1024).to_string())]);
            LogoChange::Keep
        }
        Some(bytes) => match look::logo_type(&bytes) {
            Some(media) => LogoChange::Replace(bytes, media),
            None => {
                errors.add("logo", "error-look-logo-type");
                LogoChange::Keep
            }
        },
        None if input.remove_logo => LogoChange::Remove,
        None => LogoChange::Keep,
    };
    match input.parse() {
        Ok((name, colours)) if errors.is_empty() => {
            state.store.save_site_look(&admin.actor(), &name, &colours, change).await?;
            Ok(Redirect::to("/beheer/huisstijl?melding=opgeslagen").into_response())
        }
        Ok(_) => page(ctx, input, errors, current.has_logo()),
        Err(mut e) => {
            e.merge(errors);
            page(ctx, input, e, current.has_logo())
        }
    }
}

#[derive(Deserialize)]
pub struct Version {
    v: Option<i64>,
}

/// Long-lived when the address names the current version (it changes with every save).
fn cache_control(look: &SiteLook, q: &Version) -> &'static str {
    if q.v == Some(look.version) { "public, max-age=31536000, immutable" } else { "no-cache" }
}

pub async fn stylesheet(State(state): State<AppState>, Query(q): Query<Version>) -> AppResult<Response> {
    let look = state.store.site_look().await?;
    Ok((
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, cache_control(&look, &q))],
        look.css(),
    )
        .into_response())
}

pub async fn logo(State(state): State<AppState>, Query(q): Query<Version>) -> AppResult<Response> {
    let look = state.store.site_look().await?;
    let (bytes, media) = state.store.site_logo().await?.ok_or(AppError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, media.as_str()), (header::CACHE_CONTROL, cache_control(&look, &q))], bytes)
        .into_response())
}
