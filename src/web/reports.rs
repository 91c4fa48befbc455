//! Step 5, the yearly progress report on the web: members see the report of any year as it
//! stands (a draft, generated on every request) and download it as PDF; a beheerder publishes a
//! year, which stores an immutable snapshot (HTML and PDF) that anyone can read without logging
//! in, until it is unpublished.

use super::form::ConfirmTemplate;
use crate::domain::access::{Action, ReportCopy};
use crate::domain::clock;
use crate::domain::programme::Programme;
use crate::domain::validation::iso;
use crate::http::AppState;
use crate::http::access::{ProgrammeAccess, PublishReports, ReportView};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::report;
use crate::store::{PublishedReport, StoreError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

fn base(id: i64) -> String {
    format!("/programmas/{id}/voortgang/rapportages")
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsTemplate {
    ctx: PageCtx,
    programme: Programme,
    /// Per year, newest first: the published snapshot, if any. Only published years for the public.
    years: Vec<(i64, Option<PublishedReport>)>,
    internal: bool,
}

/// `/programmas/{id}/voortgang/rapportages`.
pub async fn index(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ReportView>,
) -> AppResult<Response> {
    let p = &access.programme;
    let internal = access.can(Action::ReadInternal);
    let published = state.store.published_reports(p.id).await?;
    let requester = access.requester(&state).await?;
    if !requester.list_reports(!published.is_empty(), p.is_published(crate::domain::programme::Page::Overview)) {
        return Err(if access.auth.user().is_none() { AppError::Unauthorised } else { AppError::Forbidden });
    }
    let this_year = i64::from(clock::now().year());
    let years = (p.start_year.min(this_year)..=this_year)
        .rev()
        .map(|y| (y, published.iter().find(|r| r.year == y && r.kind == report::KIND).cloned()))
        .filter(|(_, r)| internal || r.is_some())
        .collect();
    let page = ReportsTemplate { programme: access.programme, years, internal, ctx };
    Ok(render(page)?.into_response())
}

#[derive(Deserialize)]
pub struct YearPath {
    id: i64,
    year: i64,
}

#[derive(Deserialize)]
pub struct VersionQuery {
    /// `gepubliceerd`: members see the published snapshot instead of the draft.
    versie: Option<String>,
}

impl VersionQuery {
    fn published(&self) -> bool {
        self.versie.as_deref() == Some("gepubliceerd")
    }
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportTemplate {
    ctx: PageCtx,
    programme: Programme,
    year: i64,
    title: String,
    /// The rendered report body (our own template output, or the stored snapshot of it).
    body: String,
    /// Showing the draft (members) rather than the published snapshot.
    draft: bool,
    published: Option<PublishedReport>,
    can_manage: bool,
}

fn check_year(p: &Programme, year: i64) -> AppResult<()> {
    let this_year = i64::from(clock::now().year());
    if (p.start_year.min(this_year)..=this_year).contains(&year) { Ok(()) } else { Err(AppError::NotFound) }
}

/// The answer to a requester who is not a member, for a year that is not published: a refusal
/// (the year's draft exists for the members), never a "not found".
fn not_public(access: &ProgrammeAccess<ReportView>) -> AppError {
    if access.auth.user().is_none() { AppError::Unauthorised } else { AppError::Forbidden }
}

/// `/programmas/{id}/voortgang/rapportages/{year}`: the draft for members, the snapshot for all.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ReportView>,
    Path(path): Path<YearPath>,
    Query(q): Query<VersionQuery>,
) -> AppResult<Response> {
    check_year(&access.programme, path.year)?;
    let published = state
        .store
        .published_reports(path.id)
        .await?
        .into_iter()
        .find(|r| r.year == path.year && r.kind == report::KIND);
    let requester = access.requester(&state).await?;
    let (body, draft, title) = match (requester.read_report(published.is_some(), q.published()), &published) {
        (Some(ReportCopy::Draft), _) => {
            let report = crate::report::build(&state.store, access.programme.clone(), path.year).await?;
            let body = crate::report::html::body(&report, ctx.lang, &iso(clock::now().date()))?;
            (body, true, report.title(ctx.lang))
        }
        (Some(ReportCopy::Published), Some(meta)) => {
            let body = state.store.published_html(path.id, report::KIND, path.year).await?.ok_or(AppError::NotFound)?;
            (body, false, meta.title.clone())
        }
        _ => return Err(not_public(&access)),
    };
    let page = ReportTemplate {
        can_manage: requester.publish_report(),
        programme: access.programme,
        year: path.year,
        title,
        body,
        draft,
        published,
        ctx,
    };
    Ok(render(page)?.into_response())
}

/// Typeset the report on a blocking thread (CPU work off the async workers).
async fn typeset(report: crate::report::Report, lang: crate::i18n::Lang, today: time::Date) -> AppResult<Vec<u8>> {
    super::pdf::typeset("report", move || crate::report::pdf::render(&report, lang, today)).await
}

fn pdf_response(bytes: Vec<u8>, programme_id: i64, year: i64) -> Response {
    super::pdf::response(bytes, &format!("voortgangsrapportage-{programme_id}-{year}.pdf"))
}

/// `…/rapportages/{year}/pdf`: the draft as PDF for members, the published PDF for all.
pub async fn pdf(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ReportView>,
    Path(path): Path<YearPath>,
    Query(q): Query<VersionQuery>,
) -> AppResult<Response> {
    check_year(&access.programme, path.year)?;
    let requester = access.requester(&state).await?;
    // Whether a snapshot exists is only known by reading it; the rule is asked as if it did.
    match requester.read_report(true, q.published()) {
        Some(ReportCopy::Draft) => {
            let report = crate::report::build(&state.store, access.programme.clone(), path.year).await?;
            let bytes = typeset(report, ctx.lang, clock::now().date()).await?;
            Ok(pdf_response(bytes, path.id, path.year))
        }
        Some(ReportCopy::Published) => match state.store.published_pdf(path.id, report::KIND, path.year).await? {
            Some(bytes) => Ok(pdf_response(bytes, path.id, path.year)),
            None => Err(not_public(&access)),
        },
        None => Err(not_public(&access)),
    }
}

/// `GET …/rapportages/{year}/publiceren`: say what publishing does, then publish.
pub async fn publish_confirm(
    ctx: PageCtx,
    access: ProgrammeAccess<PublishReports>,
    Path(path): Path<YearPath>,
) -> AppResult<Response> {
    let (title, submit) =
        (ctx.t1("report-publish-title", "year", path.year), ctx.t1("report-publish", "year", path.year));
    let text = ctx.t("report-publish-hint");
    confirm_year(ctx, &access, &path, "publiceren", (title, text, submit), false)
}

/// `POST …/rapportages/{year}/publiceren`: store the snapshot as it stands now.
pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<PublishReports>,
    Path(path): Path<YearPath>,
) -> AppResult<Response> {
    check_year(&access.programme, path.year)?;
    let report = crate::report::build(&state.store, access.programme.clone(), path.year).await?;
    let lang = ctx.lang;
    let today = clock::now().date();
    let body = crate::report::html::body(&report, lang, &iso(today))?;
    let title = report.title(lang);
    let pdf = typeset(report, lang, today).await?;
    let to = format!("{}/{}", base(path.id), path.year);
    match state.store.publish_report(&access.actor(), path.id, report::KIND, path.year, &title, &body, &pdf).await {
        // The publisher sees what everyone now reads: the published version.
        Ok(()) => Ok(Redirect::to(&format!("{to}?versie=gepubliceerd&melding=gepubliceerd")).into_response()),
        // Published meanwhile: the year stays as it was published.
        Err(StoreError::Conflict(_)) => Ok(Redirect::to(&format!("{to}?melding=al-gepubliceerd")).into_response()),
        Err(e) => Err(e.into()),
    }
}

/// `GET …/rapportages/{year}/intrekken`: confirm first.
pub async fn unpublish_confirm(
    ctx: PageCtx,
    access: ProgrammeAccess<PublishReports>,
    Path(path): Path<YearPath>,
) -> AppResult<Response> {
    let (title, submit) = (ctx.t1("report-unpublish-title", "year", path.year), ctx.t("report-unpublish-submit"));
    let text = ctx.t("report-unpublish-text");
    confirm_year(ctx, &access, &path, "intrekken", (title, text, submit), true)
}

/// The question before publishing or withdrawing a year: `(title, text, submit)`, posted to
/// `…/rapportages/{year}/{step}`, cancelled back to the year.
fn confirm_year(
    ctx: PageCtx,
    access: &ProgrammeAccess<PublishReports>,
    path: &YearPath,
    step: &str,
    (title, text, submit): (String, String, String),
    danger: bool,
) -> AppResult<Response> {
    check_year(&access.programme, path.year)?;
    let year = format!("{}/{}", base(path.id), path.year);
    let page = ConfirmTemplate { title, text, action: format!("{year}/{step}"), submit, cancel: year, danger, ctx };
    Ok(render(page)?.into_response())
}

pub async fn unpublish(
    State(state): State<AppState>,
    access: ProgrammeAccess<PublishReports>,
    Path(path): Path<YearPath>,
) -> AppResult<Response> {
    state.store.unpublish_report(&access.actor(), path.id, report::KIND, path.year).await?;
    Ok(Redirect::to(&format!("{}/{}?melding=rapport-ingetrokken", base(path.id), path.year)).into_response())
}
