//! Step 5, monitoring results: every goal judged against its path from baseline to target (results,
//! not efforts), with a chart, the values per year, and the story behind the curve. Values of own
//! indicators are entered with source and evidence; a partner's wait for a beheerder's review.

use super::form::status_of;
use crate::domain::access::Action;
use crate::domain::catalogue::Theme;
use crate::domain::clock;
use crate::domain::document::{Document, OwnerKind};
use crate::domain::monitoring::{Judgement, Measurement, MeasurementInput};
use crate::domain::programme::{Page, Programme};
use crate::domain::revision::Subject;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Contribute, Manage, ProgrammeAccess, ProgressView, ReviewValues};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::report::{GoalProgress, goal_progress, group_by_theme, judgement_counts};
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/voortgang")
}

/// The progress of every goal, judged on all values.
async fn progress(state: &AppState, programme_id: i64) -> AppResult<(Vec<GoalProgress>, Vec<Measurement>)> {
    Ok(goal_progress(&state.store, programme_id, None).await?)
}

#[derive(Template)]
#[template(path = "progress.html")]
struct ProgressTemplate {
    ctx: PageCtx,
    programme: Programme,
    themes: Vec<(Theme, Vec<GoalProgress>)>,
    /// (judgement key, count) for the summary.
    summary: Vec<(String, usize)>,
    total: usize,
    on_track: usize,
    internal: bool,
    published: bool,
    can_manage: bool,
}

/// `/programmas/{id}/voortgang`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ProgressView>,
) -> AppResult<Response> {
    let (all, _) = progress(&state, access.programme.id).await?;
    let total = all.len();
    let on_track = all.iter().filter(|g| matches!(g.judgement, Judgement::Achieved | Judgement::OnTrack)).count();
    let summary = judgement_counts(&all).into_iter().map(|(j, n)| (format!("judgement-{}", j.key()), n)).collect();
    let themes = group_by_theme(all);
    let page = ProgressTemplate {
        internal: access.can(Action::ReadInternal),
        can_manage: access.can(Action::Manage),
        published: access.programme.is_published(Page::Progress),
        programme: access.programme,
        themes,
        summary,
        total,
        on_track,
        ctx,
    };
    Ok(render(page)?.into_response())
}

#[derive(Deserialize)]
pub struct GoalPath {
    id: i64,
    goal_id: i64,
}

#[derive(Template)]
#[template(path = "progress_goal.html")]
struct GoalTemplate {
    ctx: PageCtx,
    programme: Programme,
    progress: GoalProgress,
    /// Entered values with their review (members only).
    entered: Vec<Measurement>,
    internal: bool,
    /// Adjustments of this goal, newest first.
    revisions: Vec<crate::domain::revision::Revision>,
    can_enter: bool,
    can_manage: bool,
    input: MeasurementInput,
    errors: FieldErrors,
    story_year: String,
    story_text: String,
    /// Evidence attached to the entered values.
    documents: Vec<Document>,
}

impl GoalTemplate {
    fn docs_of(&self, measurement: &i64) -> Vec<Document> {
        self.documents.iter().filter(|d| d.owner_id == *measurement).cloned().collect()
    }

    fn add_of(&self, measurement: &i64) -> Option<String> {
        self.can_enter.then(|| super::documents::add_href(self.programme.id, OwnerKind::Measurement, *measurement))
    }
}

async fn goal_page(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<impl Send>,
    goal_id: i64,
    input: MeasurementInput,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (all, measurements) = progress(state, access.programme.id).await?;
    let progress = all.into_iter().find(|g| g.goal.id == goal_id).ok_or(AppError::NotFound)?;
    let internal = access.can(Action::ReadInternal);
    let entered = if internal { measurements.into_iter().filter(|m| m.goal_id == goal_id).collect() } else { vec![] };
    let status = status_of(&errors);
    let year = i64::from(clock::now().year()) - 1;
    let revisions = state.store.revisions(access.programme.id, Some((Subject::Goal, goal_id))).await?;
    let requester = access.requester(state).await?;
    let documents = if internal {
        let all = state.store.documents(access.programme.id).await?;
        all.into_iter().filter(|d| d.owner == OwnerKind::Measurement).collect()
    } else {
        Vec::new()
    };
    let page = GoalTemplate {
        documents,
        revisions,
        can_enter: requester.enter_value(progress.goal.is_own()),
        can_manage: access.can(Action::Manage),
        programme: access.programme.clone(),
        story_year: progress.latest().map(|l| l.0).unwrap_or(year).to_string(),
        story_text: String::new(),
        progress,
        entered,
        internal,
        input,
        errors,
        ctx,
    };
    Ok((status, render(page)?).into_response())
}

/// `/programmas/{id}/voortgang/doelen/{goal_id}`.
pub async fn show_goal(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ProgressView>,
    Path(path): Path<GoalPath>,
) -> AppResult<Response> {
    let year = i64::from(clock::now().year()) - 1;
    let input = MeasurementInput { year: year.to_string(), ..MeasurementInput::default() };
    goal_page(&state, ctx, &access, path.goal_id, input, FieldErrors::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ValueForm {
    year: String,
    value: String,
    source_text: String,
    evidence: String,
    version: String,
}

/// Enter a value of an own indicator: a beheerder's counts at once, a partner's waits for review.
pub async fn enter_value(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<GoalPath>,
    Form(form): Form<ValueForm>,
) -> AppResult<Response> {
    let goal = state.store.goal(path.id, path.goal_id).await?;
    let requester = access.requester(&state).await?;
    if !goal.is_own() {
        return Err(AppError::NotFound); // catalogue goals take their values from CBS/RIVM
    }
    if !requester.enter_value(true) {
        return Err(AppError::Forbidden);
    }
    let input =
        MeasurementInput { year: form.year, value: form.value, source_text: form.source_text, evidence: form.evidence };
    let new = match input.parse(i64::from(clock::now().year()), ctx.number_style()) {
        Ok(n) => n,
        Err(errors) => return goal_page(&state, ctx, &access, goal.id, input, errors).await,
    };
    let version = form.version.trim().parse().ok();
    let manager = requester.value_counts_at_once();
    match state.store.save_measurement(&access.actor(), path.id, goal.id, version, &new, manager).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/doelen/{}?melding=opgeslagen", base(path.id), goal.id)).into_response()),
        Err(StoreError::Stale) => {
            let errors = FieldErrors::single("year", "error-value-exists");
            goal_page(&state, ctx, &access, goal.id, input, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct ReviewPath {
    id: i64,
    goal_id: i64,
    measurement_id: i64,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewForm {
    decision: String,
    remark: String,
    version: String,
}

pub async fn review_value(
    State(state): State<AppState>,
    access: ProgrammeAccess<ReviewValues>,
    Path(path): Path<ReviewPath>,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    let approve = form.decision == "goedkeuren";
    let version = form.version.trim().parse().unwrap_or(0);
    let remark = form.remark.trim().chars().take(1_000).collect::<String>();
    state.store.review_measurement(&access.actor(), path.id, path.measurement_id, version, approve, &remark).await?;
    Ok(Redirect::to(&format!("{}/doelen/{}?melding=opgeslagen", base(path.id), path.goal_id)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StoryForm {
    story_year: String,
    story_text: String,
}

/// The story behind the curve for a year (empty text removes it).
pub async fn save_story(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<GoalPath>,
    Form(form): Form<StoryForm>,
) -> AppResult<Response> {
    let year = crate::domain::validation::parse_year(&form.story_year)
        .map_err(|_| AppError::Validation(FieldErrors::single("story_year", "error-year")))?;
    let text = form.story_text.trim().replace("\r\n", "\n").chars().take(5_000).collect::<String>();
    state.store.save_goal_story(&access.actor(), path.id, path.goal_id, year, &text).await?;
    Ok(Redirect::to(&format!("{}/doelen/{}?melding=opgeslagen#verhaal", base(path.id), path.goal_id)).into_response())
}
