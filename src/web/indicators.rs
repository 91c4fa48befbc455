//! Reviewing the indicator catalogue: per imported column its theme (opgave), polarity and whether
//! the urgency scan uses it. Columns about population composition stay context only.

use super::form::status_of;
use super::history::PageQuery;
use crate::domain::catalogue::{Classification, Polarity, Theme};
use crate::domain::statistics::Period;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::Classifier;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::store::{IndicatorRow, Paged};
use askama::Template;
use axum::extract::{Form, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub const INDICATORS_PER_PAGE: usize = 50;

/// One row of the page.
pub struct IndicatorView {
    pub row: IndicatorRow,
    pub periods: String,
    /// Anchor and field id prefix, unique per row.
    pub id: String,
}

#[derive(Template)]
#[template(path = "indicators.html")]
struct IndicatorsTemplate {
    ctx: PageCtx,
    list: Paged<IndicatorView>,
    themes: Vec<&'static str>,
    polarities: Vec<&'static str>,
    errors: FieldErrors,
}

async fn page(state: &AppState, ctx: PageCtx, number: i64, errors: FieldErrors) -> AppResult<Response> {
    let all = state.store.indicators().await?;
    let total = all.len() as i64;
    let per_page = INDICATORS_PER_PAGE as i64;
    let number = number.clamp(1, ((total + per_page - 1) / per_page).max(1));
    let items = all
        .into_iter()
        .enumerate()
        .skip(((number - 1) * per_page) as usize)
        .take(INDICATORS_PER_PAGE)
        .map(|(i, row)| IndicatorView {
            periods: row
                .periods
                .iter()
                .filter_map(|p| Period::from_statline(p))
                .map(|p| p.human())
                .collect::<Vec<_>>()
                .join(", "),
            id: format!("i{i}"),
            row,
        })
        .collect();
    let status = status_of(&errors);
    let t = IndicatorsTemplate {
        ctx,
        list: Paged { items, total, page: number, per_page },
        themes: Theme::ALL.iter().map(|t| t.key()).collect(),
        polarities: Polarity::ALL.iter().map(|p| p.key()).collect(),
        errors,
    };
    Ok((status, render(t)?).into_response())
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    _who: Classifier,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    page(&state, ctx, q.page(), FieldErrors::new()).await
}

#[derive(Deserialize)]
pub struct ClassifyForm {
    source_table: String,
    key: String,
    #[serde(default)]
    variant: String,
    theme: String,
    polarity: String,
    #[serde(default)]
    in_scan: Option<String>,
    #[serde(default)]
    pagina: Option<i64>,
}

pub async fn classify(
    State(state): State<AppState>,
    ctx: PageCtx,
    who: Classifier,
    Form(form): Form<ClassifyForm>,
) -> AppResult<Response> {
    let number = form.pagina.unwrap_or(1);
    let mut errors = FieldErrors::new();
    let theme = Theme::from_key(&form.theme);
    if theme.is_none() {
        errors.add("theme", "error-theme");
    }
    let polarity = Polarity::from_key(&form.polarity);
    if polarity.is_none() {
        errors.add("polarity", "error-polarity");
    }
    let (Some(theme), Some(polarity)) = (theme, polarity) else { return page(&state, ctx, number, errors).await };
    let wanted = Classification { theme, polarity, in_scan: form.in_scan.is_some(), composition: false };
    match state.store.classify_indicator(&who.actor(), &form.source_table, &form.key, &form.variant, wanted).await {
        Ok(_) => Ok(Redirect::to(&format!("/beheer/indicatoren?pagina={number}&melding=opgeslagen")).into_response()),
        Err(crate::store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
