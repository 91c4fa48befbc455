//! Step 3, the agenda's goals: added, changed and removed by the programme's beheerders. A goal's
//! result indicator comes from the indicator catalogue (so its values arrive with imported
//! statistics) or is the coalition's own, with unit and direction.

use super::form::{ConfirmTemplate, FormPage, FormState, Saved, respond, saved};
use super::revisions::{NoteForm, with_note};
use crate::domain::area_union::{PROGRAMME_AREA, parts};
use crate::domain::catalogue::{Polarity, Theme, indicator_ref};
use crate::domain::goal::{FigureBaseline, Goal, GoalInput, IndicatorChoice, goal_themes};
use crate::domain::programme::Programme;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Catalogue indicators a goal may measure by (not context), one per name across editions, by
/// theme then title.
pub async fn indicator_choices(state: &AppState, english: bool) -> AppResult<Vec<(Theme, Vec<IndicatorChoice>)>> {
    let mut by_theme: Vec<(Theme, Vec<IndicatorChoice>)> = goal_themes().map(|t| (t, Vec::new())).collect();
    for i in state.store.indicators().await? {
        let c = i.classification;
        if c.theme == Theme::Context {
            continue;
        }
        let reference = indicator_ref(&i.source_table, &i.key);
        let Some((_, list)) = by_theme.iter_mut().find(|(t, _)| *t == c.theme) else { continue };
        if let Some(known) = list.iter_mut().find(|x| x.reference == reference) {
            if !i.variant.is_empty() && !known.variants.contains(&i.variant) {
                known.variants.push(i.variant.clone());
                known.variants.sort();
            }
            continue;
        }
        let (title, unit) = (i.title(english), i.unit(english));
        let title = if unit.is_empty() { title.to_string() } else { format!("{title} ({unit})") };
        let variants = if i.variant.is_empty() { Vec::new() } else { vec![i.variant.clone()] };
        list.push(IndicatorChoice { reference, title, polarity: c.polarity, variants });
    }
    for (_, list) in &mut by_theme {
        list.sort_by_key(|x| x.title.to_lowercase());
    }
    by_theme.retain(|(_, l)| !l.is_empty());
    Ok(by_theme)
}

#[derive(Template)]
#[template(path = "goal_form.html")]
struct GoalFormTemplate {
    ctx: PageCtx,
    /// Age groups: code and label.
    variants: Vec<(String, String)>,
    programme: Programme,
    goal: Option<Goal>,
    input: GoalInput,
    errors: FieldErrors,
    choices: Vec<(Theme, Vec<IndicatorChoice>)>,
    themes: Vec<Theme>,
    polarities: Vec<Polarity>,
    stale: bool,
    /// Why it changes (edits only).
    note: Option<NoteForm>,
    /// The baseline was just filled in from the published figures: which.
    filled: Option<String>,
}

async fn goal_form(state: &AppState, f: FormPage<Goal, GoalInput>, note: Option<NoteForm>) -> AppResult<Response> {
    goal_form_filled(state, f, note, None).await
}

async fn goal_form_filled(
    state: &AppState,
    f: FormPage<Goal, GoalInput>,
    note: Option<NoteForm>,
    filled: Option<String>,
) -> AppResult<Response> {
    let status = f.shown.status();
    let english = f.ctx.lang == crate::i18n::Lang::En;
    let choices = indicator_choices(state, english).await?;
    // Every age group any indicator has, as people read it (the form refuses one the chosen
    // indicator lacks).
    let mut variants: Vec<(String, String)> = Vec::new();
    for c in choices.iter().flat_map(|(_, l)| l) {
        for v in &c.variants {
            if !variants.iter().any(|(code, _)| code == v) {
                variants.push((v.clone(), crate::domain::catalogue::variant_label(v, english)));
            }
        }
    }
    variants.sort_by(|a, b| a.1.cmp(&b.1));
    let page = GoalFormTemplate {
        variants,
        choices,
        ctx: f.ctx,
        programme: f.programme,
        goal: f.record,
        input: f.input,
        errors: f.shown.errors,
        themes: goal_themes().collect(),
        polarities: vec![Polarity::HigherIsBetter, Polarity::HigherIsWorse],
        stale: f.shown.stale,
        note,
        filled,
    };
    respond(status, page)
}

fn agenda(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/agenda")
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let count = state.store.goals(access.programme.id).await?.len() as i64;
    let input = GoalInput::with_defaults(count + 1);
    goal_form(&state, FormPage::fresh(ctx, access.programme, None, input), None).await
}

/// A catalogue goal's baseline from the published figures of its area: an empty baseline is filled
/// in (the year typed, or the last before the programme's start); an indicator without any figure
/// for the area, or a year without one, is refused. Returns the messages and, when filled, what.
async fn baseline_from_figures(
    state: &AppState,
    ctx: &PageCtx,
    programme: &Programme,
    input: &mut GoalInput,
) -> AppResult<(FieldErrors, Option<String>)> {
    let mut errors = FieldErrors::new();
    let (indicator, area) = (input.indicator.trim().to_string(), input.area.trim().to_string());
    if input.indicator_source.trim() != "catalogus" || indicator.is_empty() {
        return Ok((errors, None));
    }
    let (name, series) = if area == PROGRAMME_AREA {
        let parts = parts(programme.areas.iter().map(|a| &a.code));
        (
            ctx.t("goal-area-programme-name"),
            state.store.programme_area_values(&parts, &indicator, input.variant.trim()).await?,
        )
    } else {
        let Some(place) = programme.areas.iter().find(|a| a.code.as_str() == area) else {
            return Ok((errors, None));
        };
        (place.name.clone(), state.store.catalogue_values(&area, &indicator, input.variant.trim()).await?)
    };
    let filled = match input.baseline_from_figures(&series, programme.start_year, ctx.number_style()) {
        FigureBaseline::NoFigure if area == PROGRAMME_AREA => {
            errors.add("indicator", "error-goal-indicator-no-union");
            None
        }
        FigureBaseline::NoFigure => {
            errors.add_with("indicator", "error-goal-indicator-no-figure", vec![("area", name.clone())]);
            None
        }
        FigureBaseline::NoFigureIn { year, years } => {
            let years = years.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
            errors.add_with(
                "baseline_period",
                "error-goal-no-figure-in",
                vec![("year", year.to_string()), ("area", name.clone()), ("years", years)],
            );
            None
        }
        FigureBaseline::Filled { year, value } => Some(ctx.lang.t_args(
            "goal-baseline-filled",
            &[("value", ctx.decimal(value)), ("year", year.to_string()), ("area", name.clone())],
        )),
        FigureBaseline::Typed => None,
    };
    Ok((errors, filled))
}

async fn parse(
    state: &AppState,
    ctx: &PageCtx,
    programme: &Programme,
    input: &mut GoalInput,
) -> AppResult<Result<crate::domain::goal::NewGoal, FieldErrors>> {
    let (figure_errors, _) = baseline_from_figures(state, ctx, programme, input).await?;
    let choices: Vec<IndicatorChoice> =
        indicator_choices(state, false).await?.into_iter().flat_map(|(_, l)| l).collect();
    let areas: Vec<String> = programme.areas.iter().map(|a| a.code.as_str().to_string()).collect();
    Ok(match (input.parse(&choices, &areas, ctx.number_style()), figure_errors.is_empty()) {
        (result, true) => result,
        (Ok(_), false) => Err(figure_errors),
        (Err(mut e), false) => {
            e.merge(figure_errors);
            Err(e)
        }
    })
}

/// The form's "Nulmeting ophalen" button: the baseline filled in from the figures, nothing saved.
fn wants_baseline(pairs: &[(String, String)]) -> bool {
    pairs.iter().any(|(k, v)| k == "action" && v == "nulmeting")
}

async fn show_baseline(
    state: &AppState,
    ctx: PageCtx,
    programme: Programme,
    goal: Option<Goal>,
    mut input: GoalInput,
    note: Option<NoteForm>,
) -> AppResult<Response> {
    let (errors, filled) = baseline_from_figures(state, &ctx, &programme, &mut input).await?;
    let shown = if errors.is_empty() { FormState::fresh() } else { FormState::invalid(errors) };
    goal_form_filled(state, FormPage { ctx, programme, record: goal, input, shown }, note, filled).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let mut input = GoalInput::from_pairs(&pairs);
    if wants_baseline(&pairs) {
        return show_baseline(&state, ctx, access.programme, None, input, None).await;
    }
    match parse(&state, &ctx, &access.programme, &mut input).await? {
        Err(errors) => {
            let f =
                FormPage { ctx, programme: access.programme, record: None, input, shown: FormState::invalid(errors) };
            goal_form(&state, f, None).await
        }
        Ok(new) => {
            let g = state.store.create_goal(&access.actor(), access.programme.id, &new).await?;
            Ok(Redirect::to(&format!("{}?melding=aangemaakt#doel-{}", agenda(access.programme.id), g.id))
                .into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct GoalPath {
    id: i64,
    goal_id: i64,
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<GoalPath>,
) -> AppResult<Response> {
    let goal = state.store.goal(path.id, path.goal_id).await?;
    let input = GoalInput::from_goal(&goal, ctx.number_style());
    let note = NoteForm::load(&state, path.id, None).await?;
    goal_form(&state, FormPage::fresh(ctx, access.programme, Some(goal), input), Some(note)).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<GoalPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let goal = state.store.goal(path.id, path.goal_id).await?;
    let mut input = GoalInput::from_pairs(&pairs);
    let note_form = NoteForm::load(&state, path.id, Some(&pairs)).await?;
    if wants_baseline(&pairs) {
        return show_baseline(&state, ctx, access.programme, Some(goal), input, Some(note_form)).await;
    }
    let (new, note) = match with_note(parse(&state, &ctx, &access.programme, &mut input).await?, &note_form) {
        Ok(n) => n,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            let f = FormPage { ctx, programme: access.programme, record: Some(goal), input, shown };
            return goal_form(&state, f, Some(note_form)).await;
        }
    };
    let result = state.store.update_goal(&access.actor(), path.id, goal.id, input.version(), &new, &note).await;
    match saved(result, input, goal.version)? {
        Saved::Done(g) => {
            Ok(Redirect::to(&format!("{}?melding=opgeslagen#doel-{}", agenda(path.id), g.id)).into_response())
        }
        Saved::Again(input, shown) => {
            let f = FormPage { ctx, programme: access.programme, record: Some(goal), input, shown };
            goal_form(&state, f, Some(note_form)).await
        }
    }
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<GoalPath>,
) -> AppResult<Response> {
    let goal = state.store.goal(path.id, path.goal_id).await?;
    let action = format!("{}/doelen/{}/verwijderen", agenda(path.id), goal.id);
    let cancel = format!("{}#doel-{}", agenda(path.id), goal.id);
    ConfirmTemplate::delete(ctx, "goal", &goal.title, action, cancel).render()
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<GoalPath>,
) -> AppResult<Response> {
    state.store.delete_goal(&access.actor(), path.id, path.goal_id).await?;
    Ok(Redirect::to(&format!("{}?melding=verwijderd", agenda(path.id))).into_response())
}
