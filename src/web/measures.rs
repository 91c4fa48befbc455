//! Step 3, the agenda's measures: the list by execution plan, a measure with its commitments and
//! budget lines, and the forms. Beheerders add and remove measures; the accounts that act for the
//! owning party change the measure and its lines; a party updates its own commitments anywhere.

use super::form::{ConfirmTemplate, FormPage, FormState, Saved, Versioned, respond, saved};
use super::revisions::{NoteForm, with_note};
use crate::domain::access::{Action, Requester};
use crate::domain::clock;
use crate::domain::coalition::Party;
use crate::domain::goal::Goal;
use crate::domain::measure::{
    BudgetInput, CommitmentInput, CostKind, LineKind, Measure, MeasureInput, Plan, ResultInput, ResultKind, Source,
    Status,
};
use crate::domain::programme::Programme;
use crate::domain::revision::Subject;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{AgendaView, Contribute, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub(super) fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/agenda/maatregelen")
}

/// A measure in a list, with the goals it serves.
pub struct MeasureRow {
    pub measure: Measure,
    pub goals: Vec<(i64, String)>,
    pub status_key: String,
    pub editable: bool,
}

fn rows(measures: Vec<Measure>, goals: &[Goal], editor: &Requester) -> Vec<MeasureRow> {
    measures
        .into_iter()
        .map(|m| MeasureRow {
            goals: m
                .goal_ids
                .iter()
                .filter_map(|id| goals.iter().find(|g| g.id == *id).map(|g| (g.id, g.title.clone())))
                .collect(),
            status_key: format!("measure-status-{}", m.status.key()),
            editable: editor.edit_measure(&m),
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
    let editor = access.requester(&state).await?;
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
    let page =
        MeasuresTemplate { ctx, programme: access.programme, groups, total, can_manage: editor.may(Action::Manage) };
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
    documents: Vec<crate::domain::document::Document>,
    document_add: Option<String>,
}

/// `/…/maatregelen/{measure_id}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
    Path(path): Path<MeasurePath>,
) -> AppResult<Response> {
    let editor = access.requester(&state).await?;
    let m = state.store.measure(path.id, path.measure_id).await?;
    let goals = state.store.goals(path.id).await?;
    let commitments = m.commitments.iter().map(|c| (c.clone(), editor.edit_commitment(&m, c.party_id))).collect();
    let row = rows(vec![m], &goals, &editor).pop().ok_or(AppError::NotFound)?;
    let revisions = state.store.revisions(path.id, Some((Subject::Measure, path.measure_id))).await?;
    let internal = access.can(Action::ReadInternal);
    let owner = crate::domain::document::OwnerKind::Measure;
    let documents = state.store.documents_of(path.id, owner, path.measure_id).await?;
    let document_add = row.editable.then(|| super::documents::add_href(path.id, owner, path.measure_id));
    let page = MeasureTemplate {
        documents,
        document_add,
        ctx,
        programme: access.programme,
        row,
        commitments,
        can_manage: editor.may(Action::Manage),
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

fn measure_form(f: FormPage<Measure, MeasureInput>, o: Options, editor: &Requester) -> AppResult<Response> {
    let status = f.shown.status();
    let owners = o.parties.iter().filter(|p| editor.assign_measure_to(p.id)).cloned().collect();
    let page = MeasureFormTemplate {
        ctx: f.ctx,
        programme: f.programme,
        measure: f.record,
        input: f.input,
        errors: f.shown.errors,
        goals: o.goals,
        owners,
        parties: o.parties,
        plans: o.plans,
        statuses: Status::ALL.to_vec(),
        stale: f.shown.stale,
        note: o.note,
    };
    respond(status, page)
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
    let editor = access.requester(&state).await?;
    measure_form(FormPage::fresh(ctx, access.programme, None, input), o, &editor)
}

fn parse(
    input: &MeasureInput,
    o: &Options,
    editor: &Requester,
) -> Result<crate::domain::measure::NewMeasure, FieldErrors> {
    let goals: Vec<i64> = o.goals.iter().map(|g| g.id).collect();
    let parties: Vec<i64> = o.parties.iter().map(|p| p.id).collect();
    let plans: Vec<i64> = o.plans.iter().map(|p| p.id).collect();
    let new = input.parse(&goals, &parties, &plans)?;
    // A partner keeps the measure with a party it acts for.
    if !editor.assign_measure_to(new.owner_id) {
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
    let editor = access.requester(&state).await?;
    match parse(&input, &o, &editor) {
        Err(errors) => {
            let shown = FormState::invalid(errors);
            measure_form(FormPage { ctx, programme: access.programme, record: None, input, shown }, o, &editor)
        }
        Ok(new) => {
            let m = state.store.create_measure(&access.actor(), access.programme.id, &new).await?;
            Ok(Redirect::to(&format!("{}/{}?melding=aangemaakt", base(access.programme.id), m.id)).into_response())
        }
    }
}

/// The measure, if the requester may change it.
async fn editable(state: &AppState, access: &ProgrammeAccess<Contribute>, id: i64) -> AppResult<(Measure, Requester)> {
    let m = state.store.measure(access.programme.id, id).await?;
    let editor = access.requester(state).await?;
    if editor.edit_measure(&m) { Ok((m, editor)) } else { Err(AppError::Forbidden) }
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
    measure_form(FormPage::fresh(ctx, access.programme, Some(m), input), o, &editor)
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
        Err(errors) => {
            let shown = FormState::invalid(errors);
            return measure_form(
                FormPage { ctx, programme: access.programme, record: Some(m), input, shown },
                o,
                &editor,
            );
        }
    };
    let result = state.store.update_measure(&access.actor(), path.id, m.id, input.version(), &new, &note).await;
    match saved(result, input, m.version)? {
        Saved::Done(_) => Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen", base(path.id), m.id)).into_response()),
        Saved::Again(input, shown) => {
            measure_form(FormPage { ctx, programme: access.programme, record: Some(m), input, shown }, o, &editor)
        }
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
    ConfirmTemplate::delete(ctx, "measure", &m.title, action, cancel).render()
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

/// What was typed in a line form: a commitment, a budget line or a result.
enum LineInput {
    Commitment(CommitmentInput),
    Budget(BudgetInput),
    Result(ResultInput),
}

impl LineInput {
    /// The path segment and anchor of the kind.
    fn kind(&self) -> &'static str {
        match self {
            LineInput::Commitment(_) => "toezeggingen",
            LineInput::Budget(_) => "begroting",
            LineInput::Result(_) => "resultaten",
        }
    }

    /// The form's fields as posted (unknown fields, like the CSRF token, are passed over).
    fn from_pairs(kind: &str, pairs: &[(String, String)]) -> LineInput {
        let body = serde_urlencoded::to_string(pairs).unwrap_or_default();
        match kind {
            "toezeggingen" => LineInput::Commitment(serde_urlencoded::from_str(&body).unwrap_or_default()),
            "begroting" => LineInput::Budget(serde_urlencoded::from_str(&body).unwrap_or_default()),
            _ => LineInput::Result(serde_urlencoded::from_str(&body).unwrap_or_default()),
        }
    }
}

impl Versioned for LineInput {
    fn set_version(&mut self, version: i64) {
        match self {
            LineInput::Commitment(c) => c.set_version(version),
            LineInput::Budget(b) => b.set_version(version),
            LineInput::Result(r) => r.set_version(version),
        }
    }
}

/// The line a form is about: the measure, the line (`None` when adding) and who asks.
struct LineTarget {
    measure: Measure,
    line: Option<i64>,
    editor: Requester,
}

async fn line_form(state: &AppState, f: FormPage<LineTarget, LineInput>) -> AppResult<Response> {
    let status = f.shown.status();
    let target = f.record.ok_or(AppError::NotFound)?;
    let parties = state.store.parties(f.programme.id).await?;
    let promisers = parties.iter().filter(|p| target.editor.edit_commitment(&target.measure, p.id)).cloned().collect();
    let kind = f.input.kind();
    let (mut commitment, mut budget, mut result) = Default::default();
    match f.input {
        LineInput::Commitment(c) => commitment = c,
        LineInput::Budget(b) => budget = b,
        LineInput::Result(r) => result = r,
    }
    let page = LineFormTemplate {
        ctx: f.ctx,
        programme: f.programme,
        measure: target.measure,
        kind,
        title_key: format!("line-form-title-{kind}"),
        line: target.line,
        commitment,
        budget,
        result,
        result_kinds: ResultKind::ALL.to_vec(),
        errors: f.shown.errors,
        parties,
        promisers,
        sources: Source::ALL.to_vec(),
        kinds: CostKind::ALL.to_vec(),
        stale: f.shown.stale,
    };
    respond(status, page)
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
    let input = match kind {
        "toezeggingen" => LineInput::Commitment(CommitmentInput {
            party: m.owner_id().map(|o| o.to_string()).unwrap_or_default(),
            version,
            ..CommitmentInput::default()
        }),
        "begroting" => {
            LineInput::Budget(BudgetInput { version, ..BudgetInput::with_defaults(clock::now().year().into()) })
        }
        _ => LineInput::Result(ResultInput {
            year: (i64::from(clock::now().year()) - 1).to_string(),
            unit: "aantal".into(),
            version,
            ..ResultInput::default()
        }),
    };
    let target = LineTarget { measure: m, line: None, editor };
    line_form(&state, FormPage::fresh(ctx, access.programme, Some(target), input)).await
}

/// Save a new line (`target.line` None) or a changed one.
async fn save_line(
    state: &AppState,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    target: LineTarget,
    input: LineInput,
) -> AppResult<Response> {
    let pid = access.programme.id;
    let (m, line, actor, style) = (&target.measure, target.line, access.actor(), ctx.number_style());
    let parties: Vec<i64> = state.store.parties(pid).await?.into_iter().map(|p| p.id).collect();
    let parsed = match &input {
        LineInput::Result(r) => match r.parse(clock::now().year().into(), style) {
            Err(e) => Err(e),
            Ok(new) => Ok(state.store.save_result(&actor, pid, m.id, line, r.version(), &new).await),
        },
        LineInput::Commitment(c) => {
            // Someone who may not change the measure changes only its own party's promise.
            let allowed: Vec<i64> = parties.iter().copied().filter(|p| target.editor.edit_commitment(m, *p)).collect();
            match c.parse(&allowed, style) {
                Err(e) => Err(e),
                Ok(new) => Ok(state.store.save_commitment(&actor, pid, m.id, line, c.version(), &new).await),
            }
        }
        LineInput::Budget(b) => match b.parse(&parties, style) {
            Err(e) => Err(e),
            Ok(new) => Ok(state.store.save_budget_line(&actor, pid, m.id, line, b.version(), &new).await),
        },
    };
    let kind = input.kind();
    let (input, shown) = match parsed {
        Err(errors) => (input, FormState::invalid(errors)),
        Ok(result) => match saved(result, input, m.version)? {
            Saved::Done(_) => {
                return Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen#{kind}", base(pid), m.id)).into_response());
            }
            Saved::Again(input, shown) => (input, shown),
        },
    };
    line_form(state, FormPage { ctx, programme: access.programme, record: Some(target), input, shown }).await
}

pub async fn create_line(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineKindPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let kind = kind_of(&path.kind)?;
    let (measure, editor) = editable(&state, &access, path.measure_id).await?;
    let input = LineInput::from_pairs(kind, &pairs);
    save_line(&state, ctx, access, LineTarget { measure, line: None, editor }, input).await
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
) -> AppResult<(Measure, Requester, &'static str)> {
    let kind = kind_of(&path.kind)?;
    let m = state.store.measure(access.programme.id, path.measure_id).await?;
    let editor = access.requester(state).await?;
    let allowed = if kind == "toezeggingen" {
        let c = m.commitments.iter().find(|c| c.id == path.line_id).ok_or(AppError::NotFound)?;
        editor.edit_commitment(&m, c.party_id)
    } else if kind == "begroting" {
        m.budget.iter().find(|b| b.id == path.line_id).ok_or(AppError::NotFound)?;
        editor.edit_measure(&m)
    } else {
        m.results.iter().find(|r| r.id == path.line_id).ok_or(AppError::NotFound)?;
        editor.edit_measure(&m)
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
    let input = match kind {
        "toezeggingen" => m
            .commitments
            .iter()
            .find(|c| c.id == path.line_id)
            .map(|c| LineInput::Commitment(CommitmentInput::from_commitment(c, m.version, ctx.number_style()))),
        "begroting" => m
            .budget
            .iter()
            .find(|b| b.id == path.line_id)
            .map(|b| LineInput::Budget(BudgetInput::from_line(b, m.version, ctx.number_style()))),
        _ => m
            .results
            .iter()
            .find(|r| r.id == path.line_id)
            .map(|r| LineInput::Result(ResultInput::from_result(r, m.version, ctx.number_style()))),
    }
    .ok_or(AppError::NotFound)?;
    let target = LineTarget { measure: m, line: Some(path.line_id), editor };
    line_form(&state, FormPage::fresh(ctx, access.programme, Some(target), input)).await
}

pub async fn update_line(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (measure, editor, kind) = line_access(&state, &access, &path).await?;
    let input = LineInput::from_pairs(kind, &pairs);
    save_line(&state, ctx, access, LineTarget { measure, line: Some(path.line_id), editor }, input).await
}

pub async fn delete_line_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
) -> AppResult<Response> {
    let (m, editor, kind) = line_access(&state, &access, &path).await?;
    if !editor.edit_measure(&m) {
        return Err(AppError::Forbidden);
    }
    ConfirmTemplate {
        title: ctx.t1(&format!("line-delete-title-{kind}"), "title", &m.title),
        text: ctx.t("line-delete-text"),
        action: format!("{}/{}/{kind}/{}/verwijderen", base(path.id), m.id, path.line_id),
        submit: ctx.t("line-delete-submit"),
        cancel: format!("{}/{}#{kind}", base(path.id), m.id),
        danger: true,
        ctx,
    }
    .render()
}

pub async fn delete_line(
    State(state): State<AppState>,
    access: ProgrammeAccess<Contribute>,
    Path(path): Path<LineEditPath>,
) -> AppResult<Response> {
    let (m, editor, kind) = line_access(&state, &access, &path).await?;
    if !editor.edit_measure(&m) {
        return Err(AppError::Forbidden);
    }
    state.store.remove_measure_line(&access.actor(), path.id, m.id, line_kind(kind), path.line_id).await?;
    Ok(Redirect::to(&format!("{}/{}?melding=verwijderd#{kind}", base(path.id), m.id)).into_response())
}
