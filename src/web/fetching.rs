//! *Ophalen* (`/beheer/import/ophalen`, for site administrators and gegevensbeheerders): fetch a
//! StatLine table or a boundary map now, keep tables current on a schedule, and read the log of
//! every fetch and check. A fetch runs beside the request (it may take minutes for the whole
//! country); its line in the log shows `bezig` until it ends, on every instance.

use super::form::{ConfirmTemplate, status_of};
use super::history::PageQuery;
use crate::app::fetch::{self as fetching, Request, What};
use crate::domain::programme::AreaLevel;
use crate::domain::validation::FieldErrors;
use crate::fetch::{Api, Selection};
use crate::http::AppState;
use crate::http::access::Importer;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::store::{FetchRunRow, KeptTableRow, Paged, StoreError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};

pub const RUNS_PER_PAGE: i64 = 25;
const BASE: &str = "/beheer/import/ophalen";

/// The fields of both forms (fetch now, keep current), kept as typed when a form comes back.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct FetchForm {
    #[serde(default)]
    pub tabel: String,
    #[serde(default)]
    pub bron: String,
    #[serde(default)]
    pub niveau: String,
    #[serde(default)]
    pub gemeenten: String,
    #[serde(default)]
    pub perioden: String,
    /// Fetch even when the table did not change ("on").
    #[serde(default)]
    pub opnieuw: String,
    /// Days between checks of a kept table.
    #[serde(default)]
    pub dagen: String,
}

/// A log line as the page shows it.
pub struct RunLine {
    pub run: FetchRunRow,
    pub selection: String,
}

pub struct KeptLine {
    pub kept: KeptTableRow,
    pub selection: String,
}

#[derive(Template)]
#[template(path = "fetch.html")]
struct FetchTemplate {
    ctx: PageCtx,
    form: FetchForm,
    errors: FieldErrors,
    kept: Vec<KeptLine>,
    runs: Paged<RunLine>,
    sources: Vec<(&'static str, &'static str)>,
    levels: Vec<(&'static str, &'static str)>,
}

#[derive(Template)]
#[template(path = "fetch_keep.html")]
struct KeepTemplate {
    ctx: PageCtx,
    form: FetchForm,
    errors: FieldErrors,
    sources: Vec<(&'static str, &'static str)>,
    levels: Vec<(&'static str, &'static str)>,
}

const SOURCES: [(&str, &str); 5] = [
    ("", "fetch-source-auto"),
    ("cbs", "fetch-source-cbs"),
    ("cbs-v4", "fetch-source-cbs-v4"),
    ("rivm", "fetch-source-rivm"),
    ("pdok", "fetch-source-pdok"),
];
const LEVELS: [(&str, &str); 4] =
    [("", "fetch-level-all"), ("buurt", "level-buurt"), ("wijk", "level-wijk"), ("gemeente", "level-gemeente")];

fn shown(selection_key: &str, ctx: &PageCtx) -> String {
    match Selection::from_key(selection_key) {
        Some(s) if s.key().is_empty() => ctx.t("fetch-whole-table"),
        Some(s) => s.describe(),
        None => selection_key.to_string(),
    }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    form: FetchForm,
    errors: FieldErrors,
    number: i64,
) -> AppResult<Response> {
    let runs = state.store.fetch_runs(number, RUNS_PER_PAGE).await?;
    let runs = Paged {
        items: runs.items.into_iter().map(|r| RunLine { selection: shown(&r.selection, &ctx), run: r }).collect(),
        total: runs.total,
        page: runs.page,
        per_page: runs.per_page,
    };
    let kept = state
        .store
        .kept_tables()
        .await?
        .into_iter()
        .map(|k| KeptLine { selection: shown(&k.selection, &ctx), kept: k })
        .collect();
    let status = status_of(&errors);
    let t = FetchTemplate { ctx, form, errors, kept, runs, sources: SOURCES.to_vec(), levels: LEVELS.to_vec() };
    Ok((status, render(t)?).into_response())
}

pub async fn form(
    State(state): State<AppState>,
    ctx: PageCtx,
    _who: Importer,
    axum::extract::Query(q): axum::extract::Query<PageQuery>,
) -> AppResult<Response> {
    let fresh = FetchForm { niveau: "wijk".into(), ..FetchForm::default() };
    page(&state, ctx, fresh, FieldErrors::new(), q.page()).await
}

fn keep_page(ctx: PageCtx, form: FetchForm, errors: FieldErrors) -> AppResult<Response> {
    let status = status_of(&errors);
    let t = KeepTemplate { ctx, form, errors, sources: SOURCES[..4].to_vec(), levels: LEVELS.to_vec() };
    Ok((status, render(t)?).into_response())
}

pub async fn keep_form(ctx: PageCtx, _who: Importer) -> AppResult<Response> {
    keep_page(ctx, FetchForm { niveau: "wijk".into(), dagen: "7".into(), ..FetchForm::default() }, FieldErrors::new())
}

/// Check the form: what to fetch, or the errors next to their fields.
fn what_of(form: &FetchForm, errors: &mut FieldErrors) -> Option<What> {
    let selection = match Selection::parse(
        Some(&form.niveau),
        std::slice::from_ref(&form.gemeenten),
        std::slice::from_ref(&form.perioden),
    ) {
        Ok(s) => Some(s),
        Err((key, value)) => {
            let field = match key {
                "fetch-error-level" => "niveau",
                "fetch-error-municipality" => "gemeenten",
                _ => "perioden",
            };
            errors.add_with(field, key, vec![("value", value)]);
            None
        }
    };
    let table = form.tabel.trim().to_uppercase();
    if form.bron == "pdok" {
        let year = table.parse::<i64>().ok().filter(|y| (2000..=2100).contains(y));
        if year.is_none() {
            errors.add_with("tabel", "fetch-error-year", vec![("value", form.tabel.trim().to_string())]);
        }
        let selection = selection?;
        return Some(What::Boundaries {
            year: year?,
            level: selection.level.unwrap_or(AreaLevel::Neighbourhood),
            municipalities: selection.municipalities,
        });
    }
    let api = match form.bron.as_str() {
        "" => Some(Api::for_table(&table)),
        other => Api::from_key(other),
    };
    if api.is_none() {
        errors.add_with("bron", "fetch-error-source", vec![("value", form.bron.clone())]);
    }
    if table.is_empty() || table.len() > 20 || !table.chars().all(|c| c.is_ascii_alphanumeric()) {
        errors.add_with("tabel", "fetch-error-table", vec![("value", form.tabel.trim().to_string())]);
        return None;
    }
    Some(What::Table { api: api?, table, selection: selection? })
}

pub async fn start(
    State(state): State<AppState>,
    ctx: PageCtx,
    who: Importer,
    Form(form): Form<FetchForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let Some(what) = what_of(&form, &mut errors) else {
        return page(&state, ctx, form, errors, 1).await;
    };
    let busy = state
        .store
        .fetch_in_progress(what.source(), &what.table(), &what.selection(), time::Duration::hours(1))
        .await?;
    if busy {
        errors.add("tabel", "fetch-form-busy");
        return page(&state, ctx, form, errors, 1).await;
    }
    let request = Request { what, force: form.opnieuw == "on", kept_id: None };
    let (store, fetcher, actor) = (state.store.clone(), state.fetcher.clone(), who.actor());
    // Beside the request: the run logs itself (`bezig`, then its outcome).
    tokio::spawn(async move {
        if let Err(fetching::RunError::Store(e)) =
            fetching::run(&store, &fetcher, &actor, &request, &|_| {}, &|_, _| {}).await
        {
            tracing::warn!(error = %e, "fetch: storing failed");
        }
    });
    Ok(Redirect::to(&format!("{BASE}?melding=ophalen-gestart")).into_response())
}

pub async fn keep(
    State(state): State<AppState>,
    ctx: PageCtx,
    who: Importer,
    Form(form): Form<FetchForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let what = what_of(&form, &mut errors);
    let days = form.dagen.trim().parse::<i64>().ok().filter(|d| (1..=366).contains(d));
    if days.is_none() {
        errors.add("dagen", "fetch-form-days");
    }
    let (Some(What::Table { api, table, selection }), Some(days)) = (what.clone(), days) else {
        if matches!(what, Some(What::Boundaries { .. })) {
            errors.add("bron", "fetch-form-keep-boundaries");
        }
        return keep_page(ctx, form, errors);
    };
    match state.store.add_kept_table(&who.actor(), api.key(), &table, &selection.key(), days).await {
        Ok(_) => Ok(Redirect::to(&format!("{BASE}?melding=bijgehouden")).into_response()),
        Err(StoreError::Conflict(_)) => {
            errors.add("tabel", "fetch-form-kept-already");
            keep_page(ctx, form, errors)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn unkeep_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _who: Importer,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let k = state.store.kept_table(id).await?.ok_or(AppError::NotFound)?;
    let title = format!("{} ({})", k.table_id, shown(&k.selection, &ctx));
    let page = ConfirmTemplate {
        title: ctx.t1("fetch-unkeep-title", "title", &title),
        text: ctx.t("fetch-unkeep-text"),
        submit: ctx.t("fetch-unkeep-submit"),
        action: format!("{BASE}/bijhouden/{id}/verwijderen"),
        cancel: BASE.to_string(),
        danger: true,
        ctx,
    };
    Ok(render(page)?.into_response())
}

pub async fn unkeep(State(state): State<AppState>, who: Importer, Path(id): Path<i64>) -> AppResult<Response> {
    state.store.remove_kept_table(&who.actor(), id).await?;
    Ok(Redirect::to(&format!("{BASE}?melding=niet-meer-bijgehouden")).into_response())
}
