//! Step 3, the agenda's measures: the list by execution plan, a measure with its commitments and
//! budget lines, and the forms. Beheerders add and remove measures; the accounts that act for the
//! owning party change the measure and its lines; a party updates its own commitments anywhere.

use super::AppState;
use super::access::{AgendaView, Contribute, Manage, ProgrammeAccess};
use super::coalition::form_status;
use super::ctx::PageCtx;
use super::error::{AppError, AppResult};
use super::pages::render;
use super::programmes::ConfirmTemplate;
use super::revisions::{NoteForm, with_note};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::coalition::Party;
use crate::domain::goal::{Goal, number_text};
use crate::domain::measure::{
    BudgetInput, CommitmentInput, CostKind, LineKind, Measure, MeasureInput, Plan, ResultInput, ResultKind, Source,
    Status,
};
use crate::domain::programme::Programme;
use crate::domain::revision::Subject;
use crate::domain::validation::FieldErrors;
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub(super) fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/agenda/maatregelen")
}

/// What the requester may change: everything (beheerder), or what the parties it acts for own.
pub(super) struct Editor {
    pub manage: bool,
    pub parties: Vec<i64>,
}

impl Editor {
    pub(super) async fn of<P>(state: &AppState, access: &ProgrammeAccess<P>) -> AppResult<Editor> {
        let manage = access.can(Action::Manage);
        let parties = match access.auth.user() {
            Some(u) if access.can(Action::Contribute) => state.store.parties_of(access.programme.id, u.id).await?,
            _ => Vec::new(),
        };
        Ok(Editor { manage, parties })
    }

    pub(super) fn measure(&self, m: &Measure) -> bool {
        self.manage || m.owned_by_any(&self.parties)
    }

    fn commitment(&self, m: &Measure, party_id: i64) -> bool {
        self.measure(m) || self.parties.contains(&party_id)
    }
}

/// A measure in a list, with the goals it serves.
pub struct MeasureRow {
    pub measure: Measure,
    pub goals: Vec<(i64, String)>,
    pub status_key: String,
    pub editable: bool,
}

fn rows(measures: Vec<Measure>, goals: &[Goal], editor: &Editor) -> Vec<MeasureRow> {
    measures
        .into_iter()
        .map(|m| MeasureRow {
            goals: m
                .goal_ids
                .iter()
                .filter_map(|id| goals.iter().find(|g| g.id == *id).map(|g| (g.id, g.title.clone())))
                .collect(),
            status_key: format!("measure-status-{}", m.status.key()),
            editable: editor.measure(&m),
            measure: m,
        })
        .collect()
}

/// Measures of one execution plan (or of none).
pub struct PlanGroup {
    pub plan: Option<Plan>,
    pub rows: Vec<MeasureRow>,
}

#[derive(Template)]
#[template(path = "measures.html")]
struct MeasuresTemplate {
    ctx: PageCtx,
    programme: Programme,
    groups: Vec<PlanGroup>,
    total: usize,
    can_manage: bool,
}

/// `/programmas/{id}/agenda/maatregelen`: every measure, grouped by execution plan.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let editor = Editor::of(&state, &access).await?;
    let goals = state.store.goals(pid).await?;
    let measures = state.store.measures(pid).await?;
    let total = measures.len();
    let mut all = rows(measures, &goals, &editor);
    let mut groups = Vec::new();
    for plan in state.store.plans(pid).await? {
        let (of, rest): (Vec<MeasureRow>, Vec<MeasureRow>) =
            all.into_iter().partition(|r| r.measure.plan.as_ref().is_some_and(|p| p.0 == plan.id));
        all = rest;
        groups.push(PlanGroup { plan: Some(plan), rows: of });
    }
    if !all.is_empty() {
        groups.push(PlanGroup { plan: None, rows: all });
    }
    let page = MeasuresTemplate { ctx, programme: access.programme, groups, total, can_manage: editor.manage };
    Ok(render(page)?.into_response())
}

#[derive(Deserialize)]
pub struct MeasurePath {
    id: i64,
    measure_id: i64,
}

#[derive(Template)]
#[template(path = "measure.html")]
struct MeasureTemplate {
    ctx: PageCtx,
    programme: Programme,
    row: MeasureRow,
    /// Per commitment: may the requester change it?
    commitments: Vec<(crate::domain::measure::Commitment, bool)>,
    can_manage: bool,
    /// Adjustments of this measure, newest first; who made them only for members.
    revisions: Vec<crate::domain::revision::Revision>,
    internal: bool,
    result_kinds: [ResultKind; 3],
}

/// `/…/maatregelen/{measure_id}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
    Path(path): Path<MeasurePath>,
) -> AppResult<Response> {
    let editor = Editor::of(&state, &access).await?;
    let m = state.store.measure(path.id, path.measure_id).await?;
    let goals = state.store.goals(path.id).await?;
    let commitments = m.commitments.iter().map(|c| (c.clone(), editor.commitment(&m, c.party_id))).collect();
    let row = rows(vec![m], &goals, &editor).pop().ok_or(AppError::NotFound)?;
    let revisions = state.store.revisions(path.id, Some((Subject::Measure, path.measure_id))).await?;
    let internal = access.can(Action::ReadInternal);
    let page = MeasureTemplate {
        ctx,
        programme: access.programme,
        row,
        commitments,
        can_manage: editor.manage,
        revisions,
        internal,
        result_kinds: ResultKind::ALL,
    };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "measure_form.html")]
struct MeasureFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    measure: Option<Measure>,
    input: MeasureInput,
    errors: FieldErrors,
    goals: Vec<Goal>,
    /// Parties that may own it (all for a beheerder, the requester's own for a partner).
    owners: Vec<Party>,
    parties: Vec<Party>,
    plans: Vec<Plan>,
    statuses: Vec<Status>,
    stale: bool,
    /// Why it changes (edits only).
    note: Option<NoteForm>,
}

struct Options {
    goals: Vec<Goal>,
    parties: Vec<Party>,
    plans: Vec<Plan>,
    /// The reason and decision asked with a change (edits only).
    note: Option<NoteForm>,
}

async fn options(state: &AppState, programme_id: i64) -> AppResult<Options> {
    Ok(Options {
        goals: state.store.goals(programme_id).await?,
        parties: state.store.parties(programme_id).await?,
        plans: state.store.plans(programme_id).await?,
        note: None,
    })
}

#[allow(clippy::too_many_arguments)]
fn measure_form(
    ctx: PageCtx,
    programme: Programme,
    measure: Option<Measure>,
    input: MeasureInput,
    errors: FieldErrors,
    o: Options,
    editor: &Editor,
    stale: bool,
) -> AppResult<Response> {
    let status = form_status(&errors, stale);
    let owners = o.parties.iter().filter(|p| editor.manage || editor.parties.contains(&p.id)).cloned().collect();
    let page = MeasureFormTemplate {
        ctx,
        programme,
        measure,
        input,
        errors,
        goals: o.goals,
        owners,
        parties: o.parties,
        plans: o.plans,
        statuses: Status::ALL.to_vec(),
        stale,
        note: o.note,
    };
    Ok((status, render(page)?).into_response())
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    doel: Option<i64>,
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    axum::extract::Query(q): axum::extract::Query<NewQuery>,
) -> AppResult<Response> {
    let o = options(&state, access.programme.id).await?;
    let goal = q.doel.filter(|g| o.goals.iter().any(|x| x.id == *g));
    let input = MeasureInput::with_defaults(clock::now().date(), None, goal);
    let editor = Editor::of(&state, &access).await?;
    measure_form(ctx, access.programme, None, input, FieldErrors::new(), o, &editor, false)
}

fn parse(
    input: &MeasureInput,
    o: &Options,
    editor: &Editor,
) -> Result<crate::domain::measure::NewMeasure, FieldErrors> {
    let goals: Vec<i64> = o.goals.iter().map(|g| g.id).collect();
    let parties: Vec<i64> = o.parties.iter().map(|p| p.id).collect();
    let plans: Vec<i64> = o.plans.iter().map(|p| p.id).collect();
    let new = input.parse(&goals, &parties, &plans)?;
    // A partner keeps the measure with a party it acts for.
    if !editor.manage && !editor.parties.contains(&new.owner_id) {
        return Err(FieldErrors::single("owner", "error-measure-owner-own"));
    }
    Ok(new)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = MeasureInput::from_pairs(&pairs);
    let o = options(&state, access.programme.id).await?;
    let editor = Editor::of(&state, &access).await?;
    match parse(&input, &o, &editor) {
        Err(errors) => measure_form(ctx, access.programme, None, input, errors, o, &editor, false),
        Ok(new) => {
            let m = state.store.create_measure(&access.actor(), access.programme.id, &new).await?;
            Ok(Redirect::to(&format!("{}/{}?melding=aangemaakt", base(access.programme.id), m.id)).into_response())
        }
    }
}

/// The measure, if the requester may change it.
async fn editable(state: &AppState, access: &ProgrammeAccess<Contribute>, id: i64) -> AppResult<(Measure, Editor)> {
    let m = state.store.measure(access.programme.id, id).await?;
    let editor = Editor::of(state, access).await?;
    if editor.measure(&m) { Ok((m, editor)) } else { Err(AppError::Forbidden) }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<MeasurePath>,
) -> AppResult<Response> {
    let (m, editor) = editable(&state, &access, path.measure_id).await?;
    let mut o = options(&state, path.id).await?;
    o.note = Some(NoteForm::load(&state, path.id, None).await?);
    let input = MeasureInput::from_measure(&m);
    measure_form(ctx, access.programme, Some(m), input, FieldErrors::new(), o, &editor, false)
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<MeasurePath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (m, editor) = editable(&state, &access, path.measure_id).await?;
    let input = MeasureInput::from_pairs(&pairs);
    let mut o = options(&state, path.id).await?;
    let note_form = NoteForm::load(&state, path.id, Some(&pairs)).await?;
    let parsed = with_note(parse(&input, &o, &editor), &note_form);
    o.note = Some(note_form);
    let (new, note) = match parsed {
        Ok(n) => n,
        Err(errors) => return measure_form(ctx, access.programme, Some(m), input, errors, o, &editor, false),
    };
    match state.store.update_measure(&access.actor(), path.id, m.id, input.version(), &new, &note).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), m.id)).into_response()),
        Err(StoreError::Stale) => {
            let mut again = input;
            again.version = m.version.to_string();
            measure_form(ctx, access.programme, Some(m), again, FieldErrors::new(), o, &editor, true)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    _access: ProgrammeAccess<Manage>,
    Path(path): Path<MeasurePath>,
) -> AppResult<Response> {
    let m = state.store.measure(path.id, path.measure_id).await?;
    let action = format!("{}/{}/verwijderen", base(path.id), m.id);
    let cancel = format!("{}/{}", base(path.id), m.id);
    let page = ConfirmTemplate::delete(ctx, "measure", &m.title, action, cancel);
    Ok(render(page)?.into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<MeasurePath>,
) -> AppResult<Response> {
    state.store.delete_measure(&access.actor(), path.id, path.measure_id).await?;
    Ok(Redirect::to(&format!("{}?melding=verwijderd", base(path.id))).into_response())
}

/// A commitment or a budget line of a measure, in its own form.
#[derive(Template)]
#[template(path = "measure_line_form.html")]
struct LineFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    measure: Measure,
    /// `toezeggingen`, `begroting` or `resultaten`.
    kind: &'static str,
    /// `line-form-title-…`.
    title_key: String,
    /// `None` when adding.
    line: Option<i64>,
    commitment: CommitmentInput,
    budget: BudgetInput,
    result: ResultInput,
    result_kinds: Vec<ResultKind>,
    errors: FieldErrors,
    parties: Vec<Party>,
    /// For a commitment: the parties it may be of.
    promisers: Vec<Party>,
    sources: Vec<Source>,
    kinds: Vec<CostKind>,
    stale: bool,
}

struct LineForm {
    kind: &'static str,
    line: Option<i64>,
    commitment: CommitmentInput,
    budget: BudgetInput,
    result: ResultInput,
    errors: FieldErrors,
    stale: bool,
}

async fn line_form(
    state: &AppState,
    ctx: PageCtx,
    programme: Programme,
    measure: Measure,
    editor: &Editor,
    f: LineForm,
) -> AppResult<Response> {
    let status = form_status(&f.errors, f.stale);
    let parties = state.store.parties(programme.id).await?;
    let promisers =
        parties.iter().filter(|p| editor.measure(&measure) || editor.parties.contains(&p.id)).cloned().collect();
    let page = LineFormTemplate {
        ctx,
        programme,
        measure,
        kind: f.kind,
        title_key: format!("line-form-title-{}", f.kind),
        line: f.line,
        commitment: f.commitment,
        budget: f.budget,
        result: f.result,
        result_kinds: ResultKind::ALL.to_vec(),
        errors: f.errors,
        parties,
        promisers,
        sources: Source::ALL.to_vec(),
        kinds: CostKind::ALL.to_vec(),
        stale: f.stale,
    };
    Ok((status, render(page)?).into_response())
}

fn commitment_input(c: &crate::domain::measure::Commitment, version: i64) -> CommitmentInput {
    CommitmentInput {
        party: c.party_id.to_string(),
        what: c.what.clone(),
        promised: number_text(c.promised),
        delivered: number_text(c.delivered),
        due_year: c.due_year.map(|y| y.to_string()).unwrap_or_default(),
        version: version.to_string(),
    }
}

fn budget_input(b: &crate::domain::measure::BudgetLine, version: i64) -> BudgetInput {
    let euros = |c: i64| if c % 100 == 0 { (c / 100).to_string() } else { format!("{},{:02}", c / 100, c % 100) };
    BudgetInput {
        year: b.year.to_string(),
        planned: euros(b.planned_cents),
        spent: euros(b.spent_cents),
        funding_source: b.source.key().into(),
        funder: b.funder.as_ref().map(|f| f.0.to_string()).unwrap_or_default(),
        cost_kind: b.kind.key().into(),
        note: b.note.clone(),
        version: version.to_string(),
    }
}

fn kind_of(segment: &str) -> AppResult<&'static str> {
    match segment {
        "toezeggingen" => Ok("toezeggingen"),
        "begroting" => Ok("begroting"),
        "resultaten" => Ok("resultaten"),
        _ => Err(AppError::NotFound),
    }
}

fn line_kind(segment: &str) -> LineKind {
    match segment {
        "toezeggingen" => LineKind::Commitment,
        "begroting" => LineKind::Budget,
        _ => LineKind::Result,
    }
}

#[derive(Deserialize)]
pub struct LineKindPath {
    measure_id: i64,
    kind: String,
}

/// `/…/maatregelen/{measure_id}/{toezeggingen|begroting}/nieuw`.
pub async fn new_line_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineKindPath>,
) -> AppResult<Response> {
    let kind = kind_of(&path.kind)?;
    let (m, editor) = editable(&state, &access, path.measure_id).await?;
    let version = m.version.to_string();
    let f = LineForm {
        kind,
        line: None,
        commitment: CommitmentInput {
            party: m.owner_id().map(|o| o.to_string()).unwrap_or_default(),
            version: version.clone(),
            ..CommitmentInput::default()
        },
        budget: BudgetInput { version: version.clone(), ..BudgetInput::with_defaults(clock::now().year().into()) },
        result: ResultInput {
            year: (i64::from(clock::now().year()) - 1).to_string(),
            unit: "aantal".into(),
            version,
            ..ResultInput::default()
        },
        errors: FieldErrors::new(),
        stale: false,
    };
    line_form(&state, ctx, access.programme, m, &editor, f).await
}

/// Save a new line (`line` None) or a changed one.
#[allow(clippy::too_many_arguments)]
async fn save_line(
    state: &AppState,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    m: Measure,
    editor: Editor,
    kind: &'static str,
    line: Option<i64>,
    pairs: Vec<(String, String)>,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let parties: Vec<i64> = state.store.parties(pid).await?.into_iter().map(|p| p.id).collect();
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut f = LineForm {
        kind,
        line,
        commitment: CommitmentInput::default(),
        budget: BudgetInput::default(),
        result: ResultInput::default(),
        errors: FieldErrors::new(),
        stale: false,
    };
    let result = if kind == "resultaten" {
        f.result = ResultInput {
            year: get("year"),
            kind: get("kind"),
            label: get("label"),
            value: get("value"),
            unit: get("unit"),
            version: get("version"),
        };
        match f.result.parse(clock::now().year().into()) {
            Err(e) => Err(e),
            Ok(r) => Ok(state.store.save_result(&access.actor(), pid, m.id, line, f.result.version(), &r).await),
        }
    } else if kind == "toezeggingen" {
        f.commitment = CommitmentInput {
            party: get("party"),
            what: get("what"),
            promised: get("promised"),
            delivered: get("delivered"),
            due_year: get("due_year"),
            version: get("version"),
        };
        // Someone who may not change the measure changes only its own party's promise.
        let allowed: Vec<i64> = parties.iter().copied().filter(|p| editor.commitment(&m, *p)).collect();
        match f.commitment.parse(&allowed) {
            Err(e) => Err(e),
            Ok(c) => {
                Ok(state.store.save_commitment(&access.actor(), pid, m.id, line, f.commitment.version(), &c).await)
            }
        }
    } else {
        f.budget = BudgetInput {
            year: get("year"),
            planned: get("planned"),
            spent: get("spent"),
            funding_source: get("funding_source"),
            funder: get("funder"),
            cost_kind: get("cost_kind"),
            note: get("note"),
            version: get("version"),
        };
        match f.budget.parse(&parties) {
            Err(e) => Err(e),
            Ok(b) => Ok(state.store.save_budget_line(&access.actor(), pid, m.id, line, f.budget.version(), &b).await),
        }
    };
    match result {
        Err(errors) => {
            f.errors = errors;
            line_form(state, ctx, access.programme, m, &editor, f).await
        }
        Ok(Ok(_)) => Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen#{kind}", base(pid), m.id)).into_response()),
        Ok(Err(StoreError::Stale)) => {
            f.stale = true;
            f.commitment.version = m.version.to_string();
            f.budget.version = m.version.to_string();
            f.result.version = m.version.to_string();
            line_form(state, ctx, access.programme, m, &editor, f).await
        }
        Ok(Err(e)) => Err(e.into()),
    }
}

pub async fn create_line(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineKindPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let kind = kind_of(&path.kind)?;
    let (m, editor) = editable(&state, &access, path.measure_id).await?;
    save_line(&state, ctx, access, m, editor, kind, None, pairs).await
}

#[derive(Deserialize)]
pub struct LineEditPath {
    id: i64,
    measure_id: i64,
    kind: String,
    line_id: i64,
}

/// The measure and the line, if the requester may change that line.
async fn line_access(
    state: &AppState,
    access: &ProgrammeAccess<Contribute>,
    path: &LineEditPath,
) -> AppResult<(Measure, Editor, &'static str)> {
    let kind = kind_of(&path.kind)?;
    let m = state.store.measure(access.programme.id, path.measure_id).await?;
    let editor = Editor::of(state, access).await?;
    let allowed = if kind == "toezeggingen" {
        let c = m.commitments.iter().find(|c| c.id == path.line_id).ok_or(AppError::NotFound)?;
        editor.commitment(&m, c.party_id)
    } else if kind == "begroting" {
        m.budget.iter().find(|b| b.id == path.line_id).ok_or(AppError::NotFound)?;
        editor.measure(&m)
    } else {
        m.results.iter().find(|r| r.id == path.line_id).ok_or(AppError::NotFound)?;
        editor.measure(&m)
    };
    if allowed { Ok((m, editor, kind)) } else { Err(AppError::Forbidden) }
}

pub async fn edit_line_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
) -> AppResult<Response> {
    let (m, editor, kind) = line_access(&state, &access, &path).await?;
    let mut f = LineForm {
        kind,
        line: Some(path.line_id),
        commitment: CommitmentInput::default(),
        budget: BudgetInput::default(),
        result: ResultInput::default(),
        errors: FieldErrors::new(),
        stale: false,
    };
    if let Some(r) = m.results.iter().find(|r| r.id == path.line_id).filter(|_| kind == "resultaten") {
        f.result = ResultInput::from_result(r, m.version);
    }
    if let Some(c) = m.commitments.iter().find(|c| c.id == path.line_id).filter(|_| kind == "toezeggingen") {
        f.commitment = commitment_input(c, m.version);
    }
    if let Some(b) = m.budget.iter().find(|b| b.id == path.line_id).filter(|_| kind == "begroting") {
        f.budget = budget_input(b, m.version);
    }
    line_form(&state, ctx, access.programme, m, &editor, f).await
}

pub async fn update_line(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (m, editor, kind) = line_access(&state, &access, &path).await?;
    save_line(&state, ctx, access, m, editor, kind, Some(path.line_id), pairs).await
}

pub async fn delete_line_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
) -> AppResult<Response> {
    let (m, editor, kind) = line_access(&state, &access, &path).await?;
    if !editor.measure(&m) {
        return Err(AppError::Forbidden);
    }
    let page = ConfirmTemplate {
        title: ctx.t1(&format!("line-delete-title-{kind}"), "title", &m.title),
        text: ctx.t("line-delete-text"),
        action: format!("{}/{}/{kind}/{}/verwijderen", base(path.id), m.id, path.line_id),
        submit: ctx.t("line-delete-submit"),
        cancel: format!("{}/{}#{kind}", base(path.id), m.id),
        ctx,
    };
    Ok(render(page)?.into_response())
}

pub async fn delete_line(
    State(state): State<AppState>,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
) -> AppResult<Response> {
    let (m, editor, kind) = line_access(&state, &access, &path).await?;
    if !editor.measure(&m) {
        return Err(AppError::Forbidden);
    }
    state.store.remove_measure_line(&access.actor(), path.id, m.id, line_kind(kind), path.line_id).await?;
    Ok(Redirect::to(&format!("{}/{}?melding=verwijderd#{kind}", base(path.id), m.id)).into_response())
}

/// The theme a measure's money counts under: the first theme of its first goal.
pub fn theme_of(goals: &[Goal]) -> impl Fn(&Measure) -> String + '_ {
    move |m: &Measure| {
        m.goal_ids
            .first()
            .and_then(|id| goals.iter().find(|g| g.id == *id))
            .map(|g| g.theme().key().to_string())
            .unwrap_or_default()
    }
}
