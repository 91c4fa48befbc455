//! `/api/v1/programmes/{id}/assessments` and `/progress`: the preconditions' rounds with their
//! results, and every goal's judged progress with the values that count. For whoever may read the
//! corresponding page (members; the public once it is published). Notes and the persons behind
//! answers are never served.

use crate::domain::preconditions::{Outcome, outcomes};
use crate::http::AppState;
use crate::http::access::{Internal, PreconditionsView, ProgrammeAccess, ProgressView, ReportView};
use crate::http::error::AppResult;
use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct LevelMedianDto {
    /// bestuur, uitvoering or bewoners.
    pub level: &'static str,
    pub median: f64,
    pub count: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomeDto {
    /// urgentie, visie, verankering, procesleiding, lange-adem, vertrouwen or middelen.
    pub precondition: &'static str,
    pub count: usize,
    pub median: Option<f64>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub by_level: Vec<LevelMedianDto>,
    /// The levels furthest apart when their medians differ by 1.5 or more: [higher, lower].
    pub divergence: Option<[&'static str; 2]>,
}

impl From<Outcome> for OutcomeDto {
    fn from(o: Outcome) -> OutcomeDto {
        OutcomeDto {
            precondition: o.precondition.key(),
            count: o.count,
            median: o.median,
            min: o.range.map(|r| r.0),
            max: o.range.map(|r| r.1),
            by_level: o
                .by_level
                .iter()
                .map(|(l, m, n)| LevelMedianDto { level: l.key(), median: *m, count: *n })
                .collect(),
            divergence: o.divergence.map(|(h, l)| [h.0.key(), l.0.key()]),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoundDto {
    pub id: i64,
    pub name: String,
    pub opened_on: String,
    /// Empty while the round is open.
    pub closed_on: String,
    pub responses: i64,
    pub outcomes: Vec<OutcomeDto>,
}

/// The assessment rounds of the preconditions, newest first, with their results.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/assessments", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<RoundDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_assessments(
    State(state): State<AppState>,
    access: ProgrammeAccess<PreconditionsView>,
) -> AppResult<Json<Vec<RoundDto>>> {
    let responses = state.store.assessment_responses(access.programme.id).await?;
    let rounds = state.store.assessment_rounds(access.programme.id).await?;
    Ok(Json(
        rounds
            .into_iter()
            .map(|r| {
                let of: Vec<_> = responses.iter().filter(|(x, _)| *x == r.id).map(|(_, x)| x.clone()).collect();
                RoundDto {
                    outcomes: outcomes(&of).into_iter().map(Into::into).collect(),
                    id: r.id,
                    name: r.name,
                    opened_on: r.opened_on,
                    closed_on: r.closed_on,
                    responses: r.responses,
                }
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ValueDto {
    pub year: i64,
    pub value: f64,
    /// What the path from baseline to target expects that year.
    pub expected: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GoalProgressDto {
    pub goal_id: i64,
    pub title: String,
    /// behaald, op-koers, achter, geen-gegevens, geen-nulmeting or geen-doelwaarde.
    pub judgement: &'static str,
    /// The values that count: published figures, or approved entered values.
    pub values: Vec<ValueDto>,
    /// The stories behind the curve, by year.
    pub stories: Vec<StoryDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StoryDto {
    pub year: i64,
    pub text: String,
}

/// Every goal's progress against its path from baseline to target.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/progress", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<GoalProgressDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_progress(
    State(state): State<AppState>,
    access: ProgrammeAccess<ProgressView>,
) -> AppResult<Json<Vec<GoalProgressDto>>> {
    let (all, _) = crate::report::goal_progress(&state.store, access.programme.id, None).await?;
    Ok(Json(
        all.into_iter()
            .map(|g| GoalProgressDto {
                goal_id: g.goal.id,
                judgement: g.judgement.key(),
                values: g
                    .rows
                    .iter()
                    .map(|(year, value, expected)| ValueDto { year: *year, value: *value, expected: *expected })
                    .collect(),
                stories: g.stories.into_iter().map(|(year, text)| StoryDto { year, text }).collect(),
                title: g.goal.title,
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedReportDto {
    pub year: i64,
    pub title: String,
    /// When it was published (RFC 3339, UTC).
    pub published_at: String,
    /// The published report as a web page, readable without logging in.
    pub html_url: String,
    /// The published PDF, when there is one.
    pub pdf_url: Option<String>,
}

/// The programme's published yearly progress reports, newest first (readable by anyone).
#[utoipa::path(get, path = "/api/v1/programmes/{id}/reports", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<PublishedReportDto>), (status = 404, body = super::ErrorBody)))]
pub async fn list_reports(
    State(state): State<AppState>,
    access: ProgrammeAccess<ReportView>,
) -> AppResult<Json<Vec<PublishedReportDto>>> {
    let id = access.programme.id;
    let published = state.store.published_reports(id).await?;
    Ok(Json(
        published
            .into_iter()
            .filter(|r| r.kind == crate::report::KIND)
            .map(|r| {
                let page = format!("/programmas/{id}/voortgang/rapportages/{}", r.year);
                PublishedReportDto {
                    year: r.year,
                    title: r.title,
                    published_at: r.published_at,
                    pdf_url: r.has_pdf.then(|| format!("{page}/pdf?versie=gepubliceerd")),
                    html_url: format!("{page}?versie=gepubliceerd"),
                }
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JudgementCountDto {
    /// behaald, op-koers, achter, geen-gegevens, geen-nulmeting or geen-doelwaarde.
    pub judgement: &'static str,
    pub goals: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportSummaryDto {
    pub year: i64,
    pub title: String,
    pub goals: usize,
    /// Goals achieved or on track, judged on the values up to and including `year`.
    pub on_track: usize,
    pub judgements: Vec<JudgementCountDto>,
    pub measures: usize,
    pub commitments: usize,
    pub commitments_met: usize,
    pub planned_cents: i64,
    pub spent_cents: i64,
    pub revisions: usize,
    pub successes: usize,
    /// Where the figures come from.
    pub sources: Vec<String>,
}

/// The report of one year as it stands now (the draft; members only), in figures.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/reports/{year}", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id"), ("year" = i64, Path, description = "Year, e.g. 2025")),
    responses((status = 200, body = ReportSummaryDto), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn report_summary(
    State(state): State<AppState>,
    access: ProgrammeAccess<Internal>,
    Path(path): Path<(i64, i64)>,
) -> AppResult<Json<ReportSummaryDto>> {
    let year = path.1;
    if !(1990..=2100).contains(&year) {
        return Err(crate::http::error::AppError::NotFound);
    }
    let r = crate::report::build(&state.store, access.programme, year).await?;
    Ok(Json(ReportSummaryDto {
        title: r.title(crate::i18n::Lang::Nl),
        year: r.year,
        goals: r.total_goals,
        on_track: r.on_track,
        judgements: r.counts.iter().map(|(j, n)| JudgementCountDto { judgement: j.key(), goals: *n }).collect(),
        measures: r.measures.len(),
        commitments: r.commitments_total,
        commitments_met: r.commitments_met,
        planned_cents: r.finance.total.planned_cents,
        spent_cents: r.finance.total.spent_cents,
        revisions: r.revisions.len(),
        successes: r.successes.len(),
        sources: r.sources,
    }))
}
