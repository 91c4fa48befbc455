//! `/api/v1/programmes/{id}/goals`, `/measures`, `/budget` and `/agenda-items`: the agenda as JSON,
//! for whoever may read the agenda page (members; the public once it is published). The public
//! sees published residents' agenda items only.

use crate::app::agenda::{ProgrammeFinance, programme_finance};
use crate::domain::access::Action;
use crate::domain::goal::{Goal, GoalIndicator};
use crate::domain::measure::{Measure, Sum};
use crate::domain::residents::AgendaItem;
use crate::http::AppState;
use crate::http::access::{AgendaView, ProgrammeAccess};
use crate::http::error::AppResult;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct MilestoneDto {
    pub year: i64,
    pub value: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GoalDto {
    pub id: i64,
    /// Theme keys (wonen, werk, onderwijs, veiligheid, gezondheid, samenleven, leefomgeving,
    /// duurzaamheid); the first groups the goal.
    pub themes: Vec<&'static str>,
    pub title: String,
    pub description: String,
    /// A catalogue indicator (`gezondheid:MoeiteMetRondkomen`), or absent for an own indicator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The area a catalogue indicator is measured for: a CBS code, or `programma` for the
    /// programme's areas taken together (`/api/v1/programmes/{id}/area`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// The variant (age group) of a catalogue indicator, e.g. `Leeftijd=80200;Marges=MW00000`;
    /// empty: the first (all adults).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    pub indicator_name: String,
    /// Unit of an own indicator; empty for catalogue indicators.
    pub unit: String,
    /// hoger-beter or hoger-slechter.
    pub polarity: &'static str,
    pub baseline: Option<f64>,
    pub baseline_period: String,
    pub target: Option<f64>,
    pub target_year: Option<i64>,
    pub milestones: Vec<MilestoneDto>,
    pub version: i64,
}

impl From<Goal> for GoalDto {
    fn from(g: Goal) -> GoalDto {
        let (indicator, area, variant) = match &g.indicator {
            GoalIndicator::Catalogue { reference, area_code, variant, .. } => {
                (Some(reference.clone()), Some(area_code.clone()), Some(variant.clone()))
            }
            GoalIndicator::Own { .. } => (None, None, None),
        };
        GoalDto {
            id: g.id,
            themes: g.themes.iter().map(|t| t.key()).collect(),
            indicator_name: g.indicator_name().to_string(),
            unit: g.unit().to_string(),
            polarity: g.polarity.key(),
            milestones: g.milestones.iter().map(|m| MilestoneDto { year: m.year, value: m.value }).collect(),
            indicator,
            area,
            variant,
            title: g.title,
            description: g.description,
            baseline: g.baseline,
            baseline_period: g.baseline_period,
            target: g.target,
            target_year: g.target_year,
            version: g.version,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RefDto {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CommitmentDto {
    pub id: i64,
    pub party: RefDto,
    pub what: String,
    pub promised: f64,
    pub delivered: f64,
    pub due_year: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetLineDto {
    pub id: i64,
    pub measure_id: i64,
    pub year: i64,
    /// Euro cents.
    pub planned_cents: i64,
    pub spent_cents: i64,
    /// gemeente, corporatie, zorgverzekeraar, rijk, provincie, fonds, wijkbudget or overig.
    pub source: &'static str,
    pub funder: Option<RefDto>,
    /// uitvoering, proces or menskracht.
    pub kind: &'static str,
    pub note: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureDto {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub goal_ids: Vec<i64>,
    pub owner: Option<RefDto>,
    pub partners: Vec<RefDto>,
    pub starts_on: String,
    /// Empty when open-ended.
    pub ends_on: String,
    /// idee, gepland, lopend, afgerond or gestopt.
    pub status: &'static str,
    pub status_reason: String,
    pub plan: Option<RefDto>,
    pub commitments: Vec<CommitmentDto>,
    pub budget: Vec<BudgetLineDto>,
    pub version: i64,
}

fn party(p: (i64, String)) -> RefDto {
    RefDto { id: p.0, name: p.1 }
}

fn budget_lines(m: &Measure) -> Vec<BudgetLineDto> {
    m.budget
        .iter()
        .map(|b| BudgetLineDto {
            id: b.id,
            measure_id: m.id,
            year: b.year,
            planned_cents: b.planned_cents,
            spent_cents: b.spent_cents,
            source: b.source.key(),
            funder: b.funder.clone().map(party),
            kind: b.kind.key(),
            note: b.note.clone(),
        })
        .collect()
}

impl From<Measure> for MeasureDto {
    fn from(m: Measure) -> MeasureDto {
        MeasureDto {
            budget: budget_lines(&m),
            id: m.id,
            status: m.status.key(),
            commitments: m
                .commitments
                .into_iter()
                .map(|c| CommitmentDto {
                    id: c.id,
                    party: RefDto { id: c.party_id, name: c.party },
                    what: c.what,
                    promised: c.promised,
                    delivered: c.delivered,
                    due_year: c.due_year,
                })
                .collect(),
            title: m.title,
            description: m.description,
            goal_ids: m.goal_ids,
            owner: m.owner.map(party),
            partners: m.partners.into_iter().map(party).collect(),
            starts_on: m.starts_on,
            ends_on: m.ends_on,
            status_reason: m.status_reason,
            plan: m.plan.map(party),
            version: m.version,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SumDto {
    /// A funding party's name, a source key, a year or a theme key; empty for "none given".
    pub label: String,
    pub planned_cents: i64,
    pub spent_cents: i64,
}

impl From<Sum> for SumDto {
    fn from(s: Sum) -> SumDto {
        SumDto { label: s.label, planned_cents: s.planned_cents, spent_cents: s.spent_cents }
    }
}

/// Every budget line, and the totals per funding party, source, year and theme (each grouping adds
/// up to `total`).
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetDto {
    pub lines: Vec<BudgetLineDto>,
    pub by_party: Vec<SumDto>,
    pub by_source: Vec<SumDto>,
    pub by_year: Vec<SumDto>,
    pub by_theme: Vec<SumDto>,
    pub total: SumDto,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItemDto {
    pub id: i64,
    pub title: String,
    pub text: String,
    pub submitted_by: String,
    pub submitted_on: String,
    /// past-in-plannen, samen-oppakken, andere-partijen or afgewezen; absent until answered.
    pub answer: Option<&'static str>,
    pub answer_text: String,
    pub answered_on: String,
    pub published: bool,
    pub version: i64,
}

impl From<AgendaItem> for AgendaItemDto {
    fn from(i: AgendaItem) -> AgendaItemDto {
        AgendaItemDto {
            id: i.id,
            answer: i.answer.map(|a| a.key()),
            title: i.title,
            text: i.text,
            submitted_by: i.submitted_by,
            submitted_on: i.submitted_on,
            answer_text: i.answer_text,
            answered_on: i.answered_on,
            published: i.published,
            version: i.version,
        }
    }
}

/// The programme's goals in agenda order.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/goals", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<GoalDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_goals(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Json<Vec<GoalDto>>> {
    Ok(Json(state.store.goals(access.programme.id).await?.into_iter().map(Into::into).collect()))
}

/// The programme's measures with their commitments and budget lines.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/measures", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<MeasureDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_measures(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Json<Vec<MeasureDto>>> {
    Ok(Json(state.store.measures(access.programme.id).await?.into_iter().map(Into::into).collect()))
}

/// Budget lines and the financing overviews.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/budget", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = BudgetDto), (status = 404, body = super::ErrorBody)))]
pub async fn budget(State(state): State<AppState>, access: ProgrammeAccess<AgendaView>) -> AppResult<Json<BudgetDto>> {
    let ProgrammeFinance { measures, finance: f } = programme_finance(&state.store, access.programme.id).await?;
    let sums = |v: Vec<Sum>| v.into_iter().map(SumDto::from).collect();
    Ok(Json(BudgetDto {
        lines: measures.iter().flat_map(budget_lines).collect(),
        by_party: sums(f.by_party),
        by_source: sums(f.by_source),
        by_year: sums(f.by_year),
        by_theme: sums(f.by_theme),
        total: f.total.into(),
    }))
}

/// The residents' agenda, newest first: every item for members, published ones for the public.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/agenda-items", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<AgendaItemDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_agenda_items(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Json<Vec<AgendaItemDto>>> {
    let internal = access.can(Action::ReadInternal);
    let items = state.store.agenda_items(access.programme.id, !internal).await?;
    Ok(Json(items.into_iter().map(Into::into).collect()))
}
