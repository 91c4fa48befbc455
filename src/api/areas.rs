//! `/api/v1/areas` and `/api/v1/indicators`: the area register, the figures of an area and the
//! indicator catalogue. Open data: no login needed.

use super::dto::ErrorBody;
use crate::domain::area_union::LeftOut;
use crate::domain::programme::{AreaCode, parse_municipality_code};
use crate::domain::statistics::{AreaObservation, Cell, Period};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{ProgrammeAccess, UrgencyView};
use crate::http::error::{AppError, AppResult};
use crate::store::{AreaFilter, AreaRow, IndicatorRow};
use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AreaDto {
    /// CBS code: NL01, GM0599, WK059910, BU05991081.
    pub code: String,
    pub name: String,
    /// land, gemeente, wijk or buurt.
    pub level: String,
    /// Region layout year the code belongs to.
    pub layout_year: i64,
    pub municipality_code: Option<String>,
    pub parent_code: Option<String>,
}

impl From<AreaRow> for AreaDto {
    fn from(a: AreaRow) -> Self {
        AreaDto {
            code: a.code,
            name: a.name,
            level: a.level,
            layout_year: a.layout_year,
            municipality_code: a.municipality_code,
            parent_code: a.parent_code,
        }
    }
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AreaPage {
    pub items: Vec<AreaDto>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AreaQuery {
    /// land, gemeente, wijk or buurt.
    level: Option<String>,
    /// Gemeente code, e.g. GM0599.
    municipality: Option<String>,
    /// Region layout year.
    layout_year: Option<i64>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Items per page, 1–1000 (default 100).
    per_page: Option<i64>,
}

/// Areas of the register.
#[utoipa::path(get, path = "/api/v1/areas", tag = "statistics", params(AreaQuery),
    responses((status = 200, body = AreaPage), (status = 422, body = ErrorBody)))]
pub async fn list_areas(State(state): State<AppState>, Query(q): Query<AreaQuery>) -> AppResult<Json<AreaPage>> {
    let mut errors = FieldErrors::new();
    if let Some(l) = &q.level
        && !["land", "gemeente", "wijk", "buurt"].contains(&l.as_str())
    {
        errors.add("level", "error-level");
    }
    let municipality = match &q.municipality {
        Some(m) => {
            parse_municipality_code(m).map_err(|k| errors.add("municipality", k)).ok().map(|c| c.as_str().to_string())
        }
        None => None,
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let filter = AreaFilter { level: q.level.clone(), municipality, layout_year: q.layout_year };
    let per_page = q.per_page.unwrap_or(100).clamp(1, 1000);
    let page = state.store.areas(&filter, q.page.unwrap_or(1).max(1), per_page).await?;
    Ok(Json(AreaPage {
        total: page.total,
        page: page.page,
        per_page: page.per_page,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AreaYear {
    /// Region layout year (default: the latest that has this code).
    layout_year: Option<i64>,
}

/// One area.
#[utoipa::path(get, path = "/api/v1/areas/{code}", tag = "statistics",
    params(("code" = String, Path, description = "CBS area code"), AreaYear),
    responses((status = 200, body = AreaDto), (status = 404, body = ErrorBody)))]
pub async fn get_area(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<AreaYear>,
) -> AppResult<Json<AreaDto>> {
    let code = AreaCode::parse(&code).map_err(|_| AppError::NotFound)?;
    let area = state.store.area(code.as_str(), q.layout_year).await?.ok_or(AppError::NotFound)?;
    Ok(Json(area.into()))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ObservationDto {
    /// StatLine table (or the name given at import).
    pub source_table: String,
    /// Indicator key, e.g. Eenzaam_28.
    pub indicator: String,
    /// Extra dimensions, e.g. Leeftijd=20300;Marges=MW00000 (empty when none).
    pub variant: String,
    pub title: String,
    pub unit: String,
    /// One of the eight opgaven, or context.
    pub theme: String,
    /// As people say it: 2020, 2020-Q3.
    pub period: String,
    /// The figure; null when the publisher gave none.
    pub value: Option<f64>,
    /// The publisher's symbol: "." no figure, "x" confidential, "?" unreliable, "-" nil, "*" provisional.
    pub symbol: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct PeriodQuery {
    /// Only this period: 2020, 2020-Q3, 2020-07.
    period: Option<String>,
}

/// The figures of an area: every indicator, variant and period (or one period).
#[utoipa::path(get, path = "/api/v1/areas/{code}/observations", tag = "statistics",
    params(("code" = String, Path, description = "CBS area code"), PeriodQuery),
    responses((status = 200, body = Vec<ObservationDto>), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn area_observations(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> AppResult<Json<Vec<ObservationDto>>> {
    let code = AreaCode::parse(&code).map_err(|_| AppError::NotFound)?;
    state.store.area(code.as_str(), None).await?.ok_or(AppError::NotFound)?;
    let period = match &q.period {
        Some(p) => Some(
            Period::parse_human(p)
                .ok_or_else(|| AppError::Validation(FieldErrors::single("period", "error-period")))?,
        ),
        None => None,
    };
    let catalogue = catalogue_by_key(&state).await?;
    let observations = state.store.area_observations(code.as_str(), period.as_ref().map(Period::code)).await?;
    Ok(Json(observations.into_iter().map(|o| observation_dto(o, &catalogue)).collect()))
}

type CatalogueByKey = HashMap<(String, String, String), IndicatorRow>;

async fn catalogue_by_key(state: &AppState) -> AppResult<CatalogueByKey> {
    Ok(state
        .store
        .indicators()
        .await?
        .into_iter()
        .map(|i| ((i.source_table.clone(), i.key.clone(), i.variant.clone()), i))
        .collect())
}

fn observation_dto(o: AreaObservation, catalogue: &CatalogueByKey) -> ObservationDto {
    let meta = catalogue.get(&(o.source_table.clone(), o.key.clone(), o.variant.clone()));
    let (value, symbol) = match o.cell {
        Cell::Value { value, symbol } => (Some(value), symbol.map(String::from)),
        Cell::Missing(c) => (None, Some(c.to_string())),
        Cell::NotMeasured => (None, None),
    };
    ObservationDto {
        title: meta.map(|m| m.title(false).to_string()).unwrap_or_else(|| o.key.clone()),
        unit: meta.map(|m| m.unit(false).to_string()).unwrap_or_default(),
        theme: meta.map(|m| m.classification.theme.key()).unwrap_or("context").to_string(),
        period: Period::from_statline(&o.period).map(|p| p.human()).unwrap_or(o.period),
        source_table: o.source_table,
        indicator: o.key,
        variant: o.variant,
        value,
        symbol,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OmissionDto {
    pub source_table: String,
    pub indicator: String,
    pub variant: String,
    /// As people say it: 2020.
    pub period: String,
    /// not-published, withheld, no-basis, basis-missing or layouts.
    pub reason: String,
    /// The area whose figure (or basis) is missing or withheld, where one is.
    pub area: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeAreaDto {
    /// The areas taken together (an area within another is counted once, in the larger).
    pub parts: Vec<String>,
    /// The combined figures: counts summed, percentages and averages weighted by the basis the
    /// catalogue names (inhabitants, households, dwellings, adults counted by the same table).
    pub figures: Vec<ObservationDto>,
    /// The figures that could not be combined, and why.
    pub omitted: Vec<OmissionDto>,
}

/// The figures of a programme's whole area, as its profile page and its goals on the programme
/// area use them.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/area", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeAreaDto), (status = 404, body = ErrorBody)))]
pub async fn programme_area(
    State(state): State<AppState>,
    access: ProgrammeAccess<UrgencyView>,
) -> AppResult<Json<ProgrammeAreaDto>> {
    let parts = crate::domain::area_union::parts(access.programme.areas.iter().map(|a| &a.code));
    let union = state.store.programme_area(&parts).await?;
    let catalogue = catalogue_by_key(&state).await?;
    let omitted = union
        .omitted
        .into_iter()
        .map(|o| {
            let (area, reason) = match &o.why {
                LeftOut::NotPublished { area } => (Some(area.clone()), "not-published"),
                LeftOut::Withheld { area, .. } => (Some(area.clone()), "withheld"),
                LeftOut::NoBasis => (None, "no-basis"),
                LeftOut::BasisMissing { area } => (Some(area.clone()), "basis-missing"),
                LeftOut::Layouts => (None, "layouts"),
            };
            OmissionDto {
                period: Period::from_statline(&o.period).map(|p| p.human()).unwrap_or(o.period),
                source_table: o.source_table,
                indicator: o.key,
                variant: o.variant,
                reason: reason.to_string(),
                area,
            }
        })
        .collect();
    Ok(Json(ProgrammeAreaDto {
        parts,
        figures: union.observations.into_iter().map(|o| observation_dto(o, &catalogue)).collect(),
        omitted,
    }))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct IndicatorDto {
    pub source_table: String,
    pub key: String,
    pub variant: String,
    /// Dutch title and unit as people read them (the reviewed catalogue, else the file's own).
    pub title: String,
    pub unit: String,
    pub title_en: String,
    pub unit_en: String,
    pub theme: String,
    /// hoger-slechter, hoger-beter or neutraal.
    pub polarity: String,
    /// Used by the urgency scan.
    pub in_scan: bool,
    /// Describes population composition: context only, never scored.
    pub composition: bool,
    /// Periods with figures, as people say them.
    pub periods: Vec<String>,
}

/// The indicator catalogue.
#[utoipa::path(get, path = "/api/v1/indicators", tag = "statistics", responses((status = 200, body = Vec<IndicatorDto>)))]
pub async fn list_indicators(State(state): State<AppState>) -> AppResult<Json<Vec<IndicatorDto>>> {
    let rows = state.store.indicators().await?;
    Ok(Json(
        rows.into_iter()
            .map(|i| IndicatorDto {
                theme: i.classification.theme.key().to_string(),
                polarity: i.classification.polarity.key().to_string(),
                in_scan: i.classification.in_scan,
                composition: i.classification.composition,
                periods: i.periods.iter().filter_map(|p| Period::from_statline(p)).map(|p| p.human()).collect(),
                source_table: i.source_table,
                key: i.key,
                variant: i.variant,
                title: i.label.title,
                unit: i.label.unit,
                title_en: i.label.title_en,
                unit_en: i.label.unit_en,
            })
            .collect(),
    ))
}
