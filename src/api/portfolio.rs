//! `/api/v1/municipalities/{code}/portfolio`: a gemeente's programmes side by side, as the page
//! `/gemeenten/{code}` shows them (`app::portfolio`), each part only where the caller may read it.

use super::dto::ErrorBody;
use crate::domain::measure::Source;
use crate::domain::portfolio::{Amount, GoalCounts};
use crate::domain::programme::parse_municipality_code;
use crate::http::AppState;
use crate::http::error::{AppError, AppResult};
use crate::http::session::Auth;
use axum::Json;
use axum::extract::{Extension, Path, State};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct GoalCountsDto {
    pub reached: usize,
    pub on_course: usize,
    pub behind: usize,
    /// No value after the baseline yet, or no target or baseline.
    pub unjudged: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AmountDto {
    pub planned_cents: i64,
    pub spent_cents: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoundDto {
    pub name: String,
    /// Empty while the round is open.
    pub closed_on: String,
    pub responses: i64,
    /// The precondition with the lowest median, and that median.
    pub weakest: Option<String>,
    pub weakest_median: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PortfolioProgrammeDto {
    pub id: i64,
    pub name: String,
    /// CBS codes of its areas.
    pub areas: Vec<String>,
    /// null: the progress page is not public.
    pub goals: Option<GoalCountsDto>,
    /// null: the agenda is not public.
    pub money: Option<AmountDto>,
    /// null: the preconditions page is not public, or no round yet.
    pub latest_round: Option<RoundDto>,
    /// Published yearly reports: their web pages.
    pub reports: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MoneyCellDto {
    /// gemeente, corporatie, zorgverzekeraar, rijk, provincie, fonds, wijkbudget or overig.
    pub source: String,
    pub year: i64,
    pub planned_cents: i64,
    pub spent_cents: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PortfolioDto {
    pub municipality_code: String,
    pub programmes: Vec<PortfolioProgrammeDto>,
    /// The money of the programmes whose agenda is public (to the caller), per source and year.
    pub money: Vec<MoneyCellDto>,
    /// Their total: the sum of `money`, and of the programmes' `money`.
    pub total: AmountDto,
}

fn amount(a: Amount) -> AmountDto {
    AmountDto { planned_cents: a.planned_cents, spent_cents: a.spent_cents }
}

fn counts(g: GoalCounts) -> GoalCountsDto {
    GoalCountsDto { reached: g.reached, on_course: g.on_course, behind: g.behind, unjudged: g.unjudged }
}

/// A gemeente's portfolio: its programmes with goals, money, latest preconditions round and
/// reports, each where the caller may read it; money per source and year adding up to the total.
#[utoipa::path(get, path = "/api/v1/municipalities/{code}/portfolio", tag = "programmes",
    params(("code" = String, Path, description = "Gemeente code, GM0599")),
    responses((status = 200, body = PortfolioDto), (status = 404, body = ErrorBody)))]
pub async fn portfolio(
    State(state): State<AppState>,
    Extension(auth): Extension<Auth>,
    Path(code): Path<String>,
) -> AppResult<Json<PortfolioDto>> {
    let code = parse_municipality_code(&code).map_err(|_| AppError::NotFound)?;
    let p = crate::app::portfolio::portfolio(&state, &auth, code.as_str()).await?;
    let mut money = Vec::new();
    for ((source, year), a) in &p.money.cells {
        money.push(MoneyCellDto {
            source: Source::ALL.get(*source).map(|s| s.key()).unwrap_or("overig").to_string(),
            year: *year,
            planned_cents: a.planned_cents,
            spent_cents: a.spent_cents,
        });
    }
    Ok(Json(PortfolioDto {
        municipality_code: code.as_str().to_string(),
        total: amount(p.money.total),
        money,
        programmes: p
            .programmes
            .into_iter()
            .map(|s| PortfolioProgrammeDto {
                id: s.programme.id,
                areas: s.programme.areas.iter().map(|a| a.code.as_str().to_string()).collect(),
                goals: s.goals.map(counts),
                money: s.money.map(|m| amount(m.total)),
                latest_round: s.round.flatten().map(|r| RoundDto {
                    weakest: r.weakest.map(|w| w.0.key().to_string()),
                    weakest_median: r.weakest.map(|w| w.1),
                    name: r.round.name,
                    closed_on: r.round.closed_on,
                    responses: r.round.responses,
                }),
                reports: s
                    .reports
                    .iter()
                    .map(|r| {
                        format!("/programmas/{}/voortgang/rapportages/{}?versie=gepubliceerd", s.programme.id, r.year)
                    })
                    .collect(),
                name: s.programme.name,
            })
            .collect(),
    }))
}
