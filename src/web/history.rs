//! The history (audit records) of a programme and of the whole site, and the page query that
//! every paged list takes.

use crate::domain::audit::AuditRecord;
use crate::http::AppState;
use crate::http::access::{History, ProgrammeAccess, SiteAdmin};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use crate::store::{AuditFilter, Paged};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// `?pagina=N` of a paged list.
#[derive(Deserialize)]
pub struct PageQuery {
    pagina: Option<i64>,
}

pub const HISTORY_PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "history.html")]
pub struct HistoryTemplate {
    pub ctx: PageCtx,
    pub title: String,
    pub back: Option<(String, String)>,
    pub records: Paged<AuditRecord>,
    pub base: String,
}

/// `/programmas/{id}/geschiedenis`: every change of one programme, newest first.
pub async fn programme(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<History>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let p = &access.programme;
    let records =
        state.store.audit_records(AuditFilter { programme_id: Some(p.id) }, q.page(), HISTORY_PER_PAGE).await?;
    let page = HistoryTemplate {
        title: ctx.t1("history-programme-title", "name", &p.name),
        back: Some((format!("/programmas/{}", p.id), p.name.clone())),
        base: format!("/programmas/{}/geschiedenis?", p.id),
        records,
        ctx,
    };
    Ok(render(page)?.into_response())
}

impl PageQuery {
    pub fn page(&self) -> i64 {
        self.pagina.unwrap_or(1).max(1)
    }
}

/// `/beheer/geschiedenis`: every change on the site, newest first (site administrators).
pub async fn site(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: SiteAdmin,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let records = state.store.audit_records(AuditFilter::default(), q.page(), HISTORY_PER_PAGE).await?;
    let page = HistoryTemplate {
        title: ctx.t("history-site-title"),
        back: None,
        base: "/beheer/geschiedenis?".into(),
        records,
        ctx,
    };
    Ok(render(page)?.into_response())
}
