//! Step 3, overviews of the agenda: execution plans, the financing grouped four ways (totals that
//! add up), the "wie doet wat" matrix of parties × goals, and downloads of goals, measures and
//! budget lines
//! (CSV and Excel).

use super::export::Download;
use super::form::{FormPage, FormState, Saved, respond, saved_unique};
use crate::app::agenda::{programme_finance, theme_of};
use crate::app::table::{Cell as TableCell, Table};
use crate::domain::coalition::Party;
use crate::domain::goal::Goal;
use crate::domain::measure::{Cell, Finance, Plan, PlanInput, matrix};
use crate::domain::programme::Programme;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{AgendaView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "plans.html")]
struct PlansTemplate {
    ctx: PageCtx,
    programme: Programme,
    /// Each plan with the number of its measures.
    plans: Vec<(Plan, usize)>,
    /// The plan being edited (None: the form adds one).
    editing: Option<i64>,
    input: PlanInput,
    errors: FieldErrors,
    /// The plan as someone else saved it while this form was open.
    stale: Option<Plan>,
}

/// The plans with the form: adding one (`f.record` None) or changing `f.record`.
async fn plans_page(state: &AppState, f: FormPage<Plan, PlanInput>) -> AppResult<Response> {
    let status = f.shown.status();
    let measures = state.store.measures(f.programme.id).await?;
    let plans = state
        .store
        .plans(f.programme.id)
        .await?
        .into_iter()
        .map(|p| {
            let n = measures.iter().filter(|m| m.plan.as_ref().is_some_and(|x| x.0 == p.id)).count();
            (p, n)
        })
        .collect();
    let page = PlansTemplate {
        editing: f.record.as_ref().map(|p| p.id),
        // Beside what was typed: the plan as someone else saved it meanwhile.
        stale: f.record.filter(|_| f.shown.stale),
        ctx: f.ctx,
        programme: f.programme,
        plans,
        input: f.input,
        errors: f.shown.errors,
    };
    respond(status, page)
}

/// `/programmas/{id}/agenda/plannen`: the execution plans, and a form to add one.
pub async fn plans(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let start = access.programme.start_year;
    let input =
        PlanInput { starts_year: start.to_string(), ends_year: (start + 3).to_string(), ..PlanInput::default() };
    plans_page(&state, FormPage::fresh(ctx, access.programme, None, input)).await
}

/// Add a plan (`current` None) or change `current`.
async fn save(
    state: &AppState,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    current: Option<Plan>,
    input: PlanInput,
) -> AppResult<Response> {
    let plan = match input.parse() {
        Ok(p) => p,
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return plans_page(state, FormPage { ctx, programme: access.programme, record: current, input, shown })
                .await;
        }
    };
    let existing = current.as_ref().map(|c| (c.id, input.version()));
    let result = state.store.save_plan(&access.actor(), access.programme.id, existing, &plan).await;
    let taken = FieldErrors::single("name", "error-plan-name-taken");
    match saved_unique(result, input, current.as_ref().map_or(0, |c| c.version), taken)? {
        Saved::Done(_) => {
            Ok(Redirect::to(&format!("/programmas/{}/agenda/plannen?melding=opgeslagen", access.programme.id))
                .into_response())
        }
        Saved::Again(input, shown) => {
            plans_page(state, FormPage { ctx, programme: access.programme, record: current, input, shown }).await
        }
    }
}

pub async fn create_plan(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<PlanInput>,
) -> AppResult<Response> {
    save(&state, ctx, access, None, input).await
}

#[derive(Deserialize)]
pub struct PlanPath {
    id: i64,
    plan_id: i64,
}

pub async fn edit_plan_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PlanPath>,
) -> AppResult<Response> {
    let plan = find_plan(&state, path.id, path.plan_id).await?;
    let input = PlanInput::from_plan(&plan);
    plans_page(&state, FormPage::fresh(ctx, access.programme, Some(plan), input)).await
}

pub async fn update_plan(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<PlanPath>,
    Form(input): Form<PlanInput>,
) -> AppResult<Response> {
    let current = find_plan(&state, path.id, path.plan_id).await?;
    save(&state, ctx, access, Some(current), input).await
}

async fn find_plan(state: &AppState, programme_id: i64, plan_id: i64) -> AppResult<Plan> {
    let plans = state.store.plans(programme_id).await?;
    plans.into_iter().find(|p| p.id == plan_id).ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "finance.html")]
struct FinanceTemplate {
    ctx: PageCtx,
    programme: Programme,
    finance: Finance,
    measures: usize,
}

/// `/programmas/{id}/agenda/financiering`: planned against spent per funding party, source, year
/// and theme; each grouping adds up to the same total.
pub async fn finance_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let f = programme_finance(&state.store, access.programme.id).await?;
    let page = FinanceTemplate { ctx, programme: access.programme, finance: f.finance, measures: f.measures.len() };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "matrix.html")]
struct MatrixTemplate {
    ctx: PageCtx,
    programme: Programme,
    goals: Vec<Goal>,
    /// Per party: its cells, one per goal plus one for measures without a goal.
    rows: Vec<(Party, Vec<Cell>)>,
    /// Parties taking part without any measure.
    idle: Vec<String>,
}

/// `/programmas/{id}/agenda/wie-doet-wat`: parties × goals with owned and partner measures.
pub async fn matrix_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let mut goals = state.store.goals(pid).await?;
    goals
        .sort_by_key(|g| (crate::domain::catalogue::Theme::ALL.iter().position(|t| *t == g.theme()), g.position, g.id));
    let measures = state.store.measures(pid).await?;
    // Current parties, and former ones that still hold a measure.
    let parties: Vec<Party> = state
        .store
        .parties(pid)
        .await?
        .into_iter()
        .filter(|p| p.is_current() || measures.iter().any(|m| m.involves(p.id)))
        .collect();
    let named: Vec<(i64, String)> = parties.iter().map(|p| (p.id, p.name.clone())).collect();
    let ids: Vec<i64> = goals.iter().map(|g| g.id).collect();
    let cells = matrix(&named, &ids, &measures);
    let idle = parties
        .iter()
        .filter(|p| p.is_current() && !measures.iter().any(|m| m.involves(p.id)))
        .map(|p| p.name.clone())
        .collect();
    let rows = parties.into_iter().zip(cells).collect();
    Ok(render(MatrixTemplate { ctx, programme: access.programme, goals, rows, idle })?.into_response())
}

/// `/programmas/{id}/agenda/doelen.csv` and `.xlsx`.
pub async fn goals_csv(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
    download: Download,
) -> AppResult<Response> {
    let mut table = Table::new(
        "Doelen",
        &[
            "id",
            "themas",
            "doel",
            "indicator",
            "eenheid",
            "richting",
            "nulmeting",
            "periode_nulmeting",
            "streefwaarde",
            "streefjaar",
            "tussendoelen",
        ],
    );
    for g in state.store.goals(access.programme.id).await? {
        table.push(vec![
            TableCell::Integer(g.id),
            TableCell::text(g.themes_text()),
            TableCell::text(&g.title),
            TableCell::text(g.indicator_name()),
            TableCell::text(g.unit()),
            TableCell::text(g.polarity.key()),
            TableCell::number(g.baseline),
            TableCell::text(&g.baseline_period),
            TableCell::number(g.target),
            g.target_year.map_or(TableCell::Empty, TableCell::Integer),
            TableCell::text(g.milestones_text().replace('\n', "; ")),
        ]);
    }
    download.respond(&format!("doelen-{}", access.programme.id), &table)
}

/// `/programmas/{id}/agenda/maatregelen.csv` and `.xlsx`: one line per measure.
pub async fn measures_csv(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
    download: Download,
) -> AppResult<Response> {
    let goals = state.store.goals(access.programme.id).await?;
    let mut table = Table::new(
        "Maatregelen",
        &[
            "id",
            "maatregel",
            "doelen",
            "eigenaar",
            "partners",
            "start",
            "einde",
            "status",
            "reden",
            "uitvoeringsprogramma",
            "gepland_eur",
            "besteed_eur",
        ],
    );
    for m in state.store.measures(access.programme.id).await? {
        let goal_titles: Vec<&str> =
            m.goal_ids.iter().filter_map(|id| goals.iter().find(|g| g.id == *id).map(|g| g.title.as_str())).collect();
        table.push(vec![
            TableCell::Integer(m.id),
            TableCell::text(&m.title),
            TableCell::text(goal_titles.join("; ")),
            TableCell::text(m.owner.as_ref().map(|o| o.1.as_str()).unwrap_or_default()),
            TableCell::text(m.partners.iter().map(|p| p.1.as_str()).collect::<Vec<_>>().join("; ")),
            TableCell::Date(m.starts_on.clone()),
            TableCell::Date(m.ends_on.clone()),
            TableCell::text(m.status.key()),
            TableCell::text(&m.status_reason),
            TableCell::text(m.plan.as_ref().map(|p| p.1.as_str()).unwrap_or_default()),
            TableCell::Euro(m.planned_cents()),
            TableCell::Euro(m.spent_cents()),
        ]);
    }
    download.respond(&format!("maatregelen-{}", access.programme.id), &table)
}

/// `/programmas/{id}/agenda/begroting.csv` and `.xlsx`: one line per budget line.
pub async fn budget_csv(
    State(state): State<AppState>,
    access: ProgrammeAccess<AgendaView>,
    download: Download,
) -> AppResult<Response> {
    let goals = state.store.goals(access.programme.id).await?;
    let theme = theme_of(&goals);
    let mut table = Table::new(
        "Begroting",
        &["maatregel", "thema", "jaar", "bron", "financier", "soort", "gepland_eur", "besteed_eur", "toelichting"],
    );
    for m in state.store.measures(access.programme.id).await? {
        for b in &m.budget {
            table.push(vec![
                TableCell::text(&m.title),
                TableCell::text(theme(&m)),
                TableCell::Integer(b.year),
                TableCell::text(b.source.key()),
                TableCell::text(b.funder.as_ref().map(|f| f.1.as_str()).unwrap_or_default()),
                TableCell::text(b.kind.key()),
                TableCell::Euro(b.planned_cents),
                TableCell::Euro(b.spent_cents),
                TableCell::text(&b.note),
            ]);
        }
    }
    download.respond(&format!("begroting-{}", access.programme.id), &table)
}
