//! `/beheer/mail`: what the outbox holds and how each message fared; a message whose outcome a
//! stopped sender left unknown, or that was given up, can be sent again.

use super::history::PageQuery;
use crate::http::AppState;
use crate::http::access::SiteAdmin;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::store::{OutboxRow, Paged};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxTemplate {
    ctx: PageCtx,
    configured: bool,
    mails: Paged<OutboxRow>,
}

pub async fn index(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: SiteAdmin,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let mails = state.store.outbox(q.page(), 50).await?;
    Ok(render(OutboxTemplate { ctx, configured: state.settings.mail.is_some(), mails })?.into_response())
}

/// `POST /beheer/mail/{mail_id}/opnieuw`.
pub async fn retry(State(state): State<AppState>, _admin: SiteAdmin, Path(mail_id): Path<i64>) -> AppResult<Response> {
    if state.store.retry_mail(mail_id).await? {
        Ok(Redirect::to("/beheer/mail?melding=opnieuw").into_response())
    } else {
        Err(AppError::NotFound)
    }
}
