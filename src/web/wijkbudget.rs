//! The wijkbudget on the web. For the programme: budgets with their rules and phases, the
//! proposals with the assessment, printed batches of voting codes, the result and turning chosen
//! proposals into measures. For residents, without an account: the budget's page through its short
//! code (`/wijkbudget/{code}`) with the proposal form while proposals are open, and the ballot
//! through a household's voting code (`/stemmen`).

use super::form::{respond, status_of};
use crate::app::wijkbudget::{outcome, proposal_areas};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::document::{Document, OwnerKind};
use crate::domain::programme::Programme;
use crate::domain::validation::FieldErrors;
use crate::domain::wijkbudget::{
    AssessmentInput, BallotError, MAX_CODES, Phase, Proposal, ProposalInput, ResultLine, Wijkbudget, WijkbudgetInput,
    normalise_code, proposal_themes,
};
use crate::http::AppState;
use crate::http::access::{AgendaView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/wijkbudget")
}

#[derive(Deserialize)]
pub struct BudgetPath {
    budget_id: i64,
}

#[derive(Deserialize)]
pub struct ProposalPath {
    id: i64,
    budget_id: i64,
    proposal_id: i64,
}

/// A proposal as pages show it: with its buurt's name and, once counted, its votes.
pub struct ProposalView {
    pub proposal: Proposal,
    pub area_name: String,
    pub line: Option<ResultLine>,
}

fn views(proposals: Vec<Proposal>, lines: &[ResultLine], areas: &[(String, String)]) -> Vec<ProposalView> {
    proposals
        .into_iter()
        .map(|p| ProposalView {
            area_name: areas.iter().find(|a| a.0 == p.area_code).map_or(p.area_code.clone(), |a| a.1.clone()),
            line: lines.iter().find(|l| l.proposal_id == p.id).cloned(),
            proposal: p,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "wijkbudget_list.html")]
struct ListTemplate {
    ctx: PageCtx,
    programme: Programme,
    budgets: Vec<(Wijkbudget, Phase)>,
    can_manage: bool,
}

/// `/programmas/{id}/wijkbudget`: the programme's wijkbudgets.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let today = clock::now().date();
    let budgets = state
        .store
        .wijkbudgets(access.programme.id)
        .await?
        .into_iter()
        .map(|b| {
            let phase = b.phase(today);
            (b, phase)
        })
        .collect();
    respond(
        StatusCode::OK,
        ListTemplate { ctx, programme: access.programme.clone(), budgets, can_manage: access.can(Action::Manage) },
    )
}

#[derive(Template)]
#[template(path = "wijkbudget_form.html")]
struct FormTemplate {
    ctx: PageCtx,
    programme: Programme,
    /// The budget being changed; `None` for a new one.
    budget: Option<Wijkbudget>,
    input: WijkbudgetInput,
    errors: FieldErrors,
    themes: Vec<crate::domain::catalogue::Theme>,
}

fn form_page(
    ctx: PageCtx,
    programme: &Programme,
    budget: Option<Wijkbudget>,
    input: WijkbudgetInput,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    respond(
        status,
        FormTemplate { ctx, programme: programme.clone(), budget, input, errors, themes: proposal_themes() },
    )
}

pub async fn new_form(ctx: PageCtx, access: ProgrammeAccess<Manage>) -> AppResult<Response> {
    let input = WijkbudgetInput::with_defaults(clock::now().date());
    form_page(ctx, &access.programme, None, input, FieldErrors::new(), StatusCode::OK)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = WijkbudgetInput::from_pairs(&pairs);
    let new = match input.parse(ctx.number_style()) {
        Ok(n) => n,
        Err(errors) => {
            let status = status_of(&errors);
            return form_page(ctx, &access.programme, None, input, errors, status);
        }
    };
    match state.store.create_wijkbudget(&access.actor(), access.programme.id, &new).await {
        Ok(b) => {
            Ok(Redirect::to(&format!("{}/{}?melding=aangemaakt", base(access.programme.id), b.id)).into_response())
        }
        Err(StoreError::Conflict("year")) => {
            let errors = FieldErrors::single("year", "error-wijkbudget-year-taken");
            form_page(ctx, &access.programme, None, input, errors, StatusCode::CONFLICT)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BudgetPath>,
) -> AppResult<Response> {
    let b = state.store.wijkbudget(access.programme.id, path.budget_id).await?;
    let input = WijkbudgetInput::from_budget(&b, ctx.number_style());
    form_page(ctx, &access.programme, Some(b), input, FieldErrors::new(), StatusCode::OK)
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BudgetPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let b = state.store.wijkbudget(access.programme.id, path.budget_id).await?;
    let input = WijkbudgetInput::from_pairs(&pairs);
    let new = match input.parse(ctx.number_style()) {
        Ok(n) => n,
        Err(errors) => {
            let status = status_of(&errors);
            return form_page(ctx, &access.programme, Some(b), input, errors, status);
        }
    };
    let refused = |key: &'static str, field: &'static str, status| {
        let errors = FieldErrors::single(field, key);
        (errors, status)
    };
    let (errors, status) =
        match state.store.update_wijkbudget(&access.actor(), b.programme_id, b.id, input.version(), &new).await {
            Ok(b) => {
                return Ok(
                    Redirect::to(&format!("{}/{}?melding=opgeslagen", base(b.programme_id), b.id)).into_response()
                );
            }
            Err(StoreError::Stale) => refused("error-wijkbudget-stale", "title", StatusCode::CONFLICT),
            Err(StoreError::Conflict("year")) => refused("error-wijkbudget-year-taken", "year", StatusCode::CONFLICT),
            Err(StoreError::Conflict("amount")) => {
                refused("error-wijkbudget-amount-committed", "amount", StatusCode::CONFLICT)
            }
            Err(e) => return Err(e.into()),
        };
    form_page(ctx, &access.programme, Some(b), input, errors, status)
}

#[derive(Template)]
#[template(path = "wijkbudget.html")]
struct ShowTemplate {
    ctx: PageCtx,
    programme: Programme,
    budget: Wijkbudget,
    phase: Phase,
    proposals: Vec<ProposalView>,
    ballots: i64,
    batches: Vec<(String, i64, i64)>,
    parties: Vec<(i64, String)>,
    can_manage: bool,
    internal: bool,
    /// The form that failed (`assess-{id}`, `codes`, `measure-{id}`) and its problems.
    failed: String,
    errors: FieldErrors,
    proposal_link: String,
    /// The proposals' documents (members only).
    documents: Vec<Document>,
}

/// The problems of `form` on a page with several forms: those of the one that failed, none for the others.
fn errors_of_form(failed: &str, form: &str, errors: &FieldErrors) -> FieldErrors {
    if failed == form { errors.clone() } else { FieldErrors::new() }
}

impl ShowTemplate {
    fn errors_of(&self, form: &str) -> FieldErrors {
        errors_of_form(&self.failed, form, &self.errors)
    }

    fn docs_of(&self, proposal: &i64) -> Vec<Document> {
        self.documents.iter().filter(|d| d.owner_id == *proposal).cloned().collect()
    }

    fn add_of(&self, proposal: &i64) -> Option<String> {
        self.can_manage.then(|| super::documents::add_href(self.programme.id, OwnerKind::Proposal, *proposal))
    }
}

async fn show_page(
    state: &AppState,
    (ctx, headers): (PageCtx, &HeaderMap),
    access: &ProgrammeAccess<impl Send>,
    budget_id: i64,
    (failed, errors, status): (String, FieldErrors, StatusCode),
) -> AppResult<Response> {
    let origin = super::preconditions::public_origin(state, headers);
    let b = state.store.wijkbudget(access.programme.id, budget_id).await?;
    let areas = proposal_areas(&state.store, &access.programme).await?;
    let (proposals, lines, ballots) = outcome(&state.store, &b).await?;
    let can_manage = access.can(Action::Manage);
    let batches = if can_manage { state.store.vote_code_batches(b.id).await? } else { Vec::new() };
    let parties = state
        .store
        .parties(access.programme.id)
        .await?
        .into_iter()
        .filter(|p| p.is_current())
        .map(|p| (p.id, p.name))
        .collect();
    let internal = access.can(Action::ReadInternal);
    let documents = if internal {
        let all = state.store.documents(access.programme.id).await?;
        all.into_iter().filter(|d| d.owner == OwnerKind::Proposal).collect()
    } else {
        Vec::new()
    };
    let page = ShowTemplate {
        documents,
        phase: b.phase(clock::now().date()),
        proposal_link: format!("{origin}/wijkbudget/{}", b.proposal_code),
        ctx,
        programme: access.programme.clone(),
        proposals: views(proposals, &lines, &areas),
        budget: b,
        ballots,
        batches,
        parties,
        can_manage,
        internal,
        failed,
        errors,
    };
    respond(status, page)
}

/// `/programmas/{id}/wijkbudget/{budget_id}`: the budget, its proposals and, for beheerders, the
/// assessment, the voting codes and the result's measures.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    access: ProgrammeAccess<AgendaView>,
    Path(path): Path<BudgetPath>,
) -> AppResult<Response> {
    show_page(&state, (ctx, &headers), &access, path.budget_id, (String::new(), FieldErrors::new(), StatusCode::OK))
        .await
}

pub async fn assess(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<ProposalPath>,
    Form(input): Form<AssessmentInput>,
) -> AppResult<Response> {
    let b = state.store.wijkbudget(access.programme.id, path.budget_id).await?;
    let today = clock::now().date();
    let failed = format!("assess-{}", path.proposal_id);
    let a = match input.parse(today) {
        Ok(a) => a,
        Err(errors) => {
            let status = status_of(&errors);
            return show_page(&state, (ctx, &headers), &access, b.id, (failed, errors, status)).await;
        }
    };
    match state.store.assess_proposal(&access.actor(), &b, path.proposal_id, &a, today).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("{}/{}?melding=opgeslagen#voorstel-{}", base(path.id), b.id, path.proposal_id))
                .into_response())
        }
        Err(StoreError::Conflict("phase")) => {
            let errors = FieldErrors::single("verdict", "error-wijkbudget-assessment-closed");
            show_page(&state, (ctx, &headers), &access, b.id, (failed, errors, StatusCode::CONFLICT)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct CodesForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    count: String,
}

#[derive(Template)]
#[template(path = "wijkbudget_codes.html")]
struct CodesTemplate {
    ctx: PageCtx,
    programme: Programme,
    budget: Wijkbudget,
    label: String,
    codes: Vec<String>,
    /// Where residents vote: `https://…/stemmen`.
    vote_address: String,
}

/// Make a batch of voting codes; they are shown once, to print and hand out one per household.
pub async fn create_codes(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<BudgetPath>,
    Form(form): Form<CodesForm>,
) -> AppResult<Response> {
    let b = state.store.wijkbudget(access.programme.id, path.budget_id).await?;
    let label = form.label.trim().chars().take(200).collect::<String>();
    let count = form.count.trim().parse::<usize>().ok().filter(|n| (1..=MAX_CODES).contains(n));
    let mut errors = FieldErrors::new();
    if label.is_empty() {
        errors.add("label", "error-required");
    }
    if count.is_none() {
        errors.add_with("count", "error-codes-count", vec![("max", MAX_CODES.to_string())]);
    }
    let (Some(count), true) = (count, errors.is_empty()) else {
        let status = status_of(&errors);
        return show_page(&state, (ctx, &headers), &access, b.id, ("codes".into(), errors, status)).await;
    };
    match state.store.create_vote_codes(&access.actor(), &b, &label, count, clock::now().date()).await {
        Ok(codes) => {
            let vote_address = format!("{}/stemmen", super::preconditions::public_origin(&state, &headers));
            let page =
                CodesTemplate { ctx, programme: access.programme.clone(), budget: b, label, codes, vote_address };
            respond(StatusCode::OK, page)
        }
        Err(StoreError::Conflict("phase")) => {
            let errors = FieldErrors::single("count", "error-wijkbudget-voting-over");
            show_page(&state, (ctx, &headers), &access, b.id, ("codes".into(), errors, StatusCode::CONFLICT)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct MeasureForm {
    #[serde(default)]
    owner: String,
}

/// A chosen proposal becomes a measure owned by a party of the coalition.
pub async fn to_measure(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<ProposalPath>,
    Form(form): Form<MeasureForm>,
) -> AppResult<Response> {
    let b = state.store.wijkbudget(access.programme.id, path.budget_id).await?;
    let failed = format!("measure-{}", path.proposal_id);
    let (_, lines, _) = outcome(&state.store, &b).await?;
    if !lines.iter().any(|l| l.proposal_id == path.proposal_id && l.chosen) {
        let errors = FieldErrors::single("owner", "error-wijkbudget-not-chosen");
        return show_page(&state, (ctx, &headers), &access, b.id, (failed, errors, StatusCode::CONFLICT)).await;
    }
    let Ok(owner) = form.owner.trim().parse::<i64>() else {
        let errors = FieldErrors::single("owner", "error-choose-one");
        return show_page(&state, (ctx, &headers), &access, b.id, (failed, errors, StatusCode::UNPROCESSABLE_ENTITY))
            .await;
    };
    let errors = match state
        .store
        .proposal_to_measure(&access.actor(), &b, path.proposal_id, owner, clock::now().date())
        .await
    {
        Ok(m) => {
            return Ok(Redirect::to(&format!("/programmas/{}/agenda/maatregelen/{m}?melding=aangemaakt", path.id))
                .into_response());
        }
        Err(StoreError::NotFound) => FieldErrors::single("owner", "error-choose-one"),
        Err(StoreError::Conflict("phase")) => FieldErrors::single("owner", "error-wijkbudget-no-result-yet"),
        Err(StoreError::Conflict("measure")) => FieldErrors::single("owner", "error-wijkbudget-already-measure"),
        Err(e) => return Err(e.into()),
    };
    show_page(&state, (ctx, &headers), &access, b.id, (failed, errors, StatusCode::CONFLICT)).await
}

// ---------------------------------------------------------------------------------------------
// Residents, without an account.

#[derive(Template)]
#[template(path = "wijkbudget_enter.html")]
struct EnterTemplate {
    ctx: PageCtx,
    code: String,
    errors: FieldErrors,
    /// `voorstel` or `stem`: which form the errors belong to.
    which: String,
}

impl EnterTemplate {
    fn errors_of(&self, which: &str) -> FieldErrors {
        errors_of_form(&self.which, which, &self.errors)
    }

    /// What was typed in the form that failed, so nothing is lost.
    fn code_of(&self, which: &str) -> String {
        if self.which == which { self.code.clone() } else { String::new() }
    }
}

#[derive(Deserialize, Default)]
pub struct CodeQuery {
    #[serde(default)]
    code: String,
}

/// `/wijkbudget`: type the code from the flyer to see a wijkbudget and propose, or the household's
/// voting code to vote. `?code=` goes to the budget of a proposal code.
pub async fn enter(State(state): State<AppState>, ctx: PageCtx, Query(q): Query<CodeQuery>) -> AppResult<Response> {
    if q.code.trim().is_empty() {
        return respond(
            StatusCode::OK,
            EnterTemplate { ctx, code: String::new(), errors: FieldErrors::new(), which: String::new() },
        );
    }
    let known = match normalise_code(&q.code) {
        Some(code) => state.store.wijkbudget_by_code(&code).await.ok().map(|_| code),
        None => None,
    };
    match known {
        Some(code) => Ok(Redirect::to(&format!("/wijkbudget/{code}")).into_response()),
        None => respond(
            StatusCode::NOT_FOUND,
            EnterTemplate {
                ctx,
                code: q.code.chars().take(40).collect(),
                errors: FieldErrors::single("code", "error-wijkbudget-code-unknown"),
                which: "voorstel".into(),
            },
        ),
    }
}

#[derive(Template)]
#[template(path = "wijkbudget_public.html")]
struct PublicTemplate {
    ctx: PageCtx,
    budget: Wijkbudget,
    programme_name: String,
    phase: Phase,
    proposals: Vec<ProposalView>,
    ballots: i64,
    areas: Vec<(String, String)>,
    input: ProposalInput,
    errors: FieldErrors,
    /// The result is out: votes and choices are shown.
    results: bool,
    /// Photos of the assessed proposals (shown through the budget's code).
    photos: Vec<Document>,
    max_mb: usize,
}

impl PublicTemplate {
    fn photo_of(&self, proposal: &i64) -> Option<&Document> {
        self.photos.iter().find(|d| d.owner_id == *proposal)
    }
}

/// The photos residents may see: images of assessed proposals of this budget.
async fn public_photos(state: &AppState, b: &Wijkbudget, proposals: &[ProposalView]) -> AppResult<Vec<Document>> {
    let assessed: Vec<i64> =
        proposals.iter().filter(|v| v.proposal.assessment.is_some()).map(|v| v.proposal.id).collect();
    let all = state.store.documents(b.programme_id).await?;
    Ok(all
        .into_iter()
        .filter(|d| d.owner == OwnerKind::Proposal && d.kind.is_image() && assessed.contains(&d.owner_id))
        .collect())
}

/// The programme's name and the buurten a proposal may be for.
struct Place {
    programme_name: String,
    areas: Vec<(String, String)>,
}

async fn place_of(state: &AppState, b: &Wijkbudget) -> AppResult<Place> {
    let programme = state.store.programme(b.programme_id).await?;
    let areas = proposal_areas(&state.store, &programme).await?;
    Ok(Place { programme_name: programme.name, areas })
}

async fn public_page(
    state: &AppState,
    ctx: PageCtx,
    (b, place): (Wijkbudget, Place),
    input: ProposalInput,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let Place { programme_name, areas } = place;
    let phase = b.phase(clock::now().date());
    let (proposals, lines, ballots) = outcome(&state.store, &b).await?;
    let results = phase >= Phase::Results;
    // Before the result, nobody sees how the votes stand.
    let lines = if results { lines } else { Vec::new() };
    let proposals = views(proposals, &lines, &areas);
    let photos = public_photos(state, &b, &proposals).await?;
    let page = PublicTemplate {
        ctx,
        programme_name,
        phase,
        proposals,
        photos,
        max_mb: state.settings.document_max_bytes / (1024 * 1024),
        ballots: if results { ballots } else { 0 },
        areas,
        input,
        errors,
        results,
        budget: b,
    };
    respond(status, page)
}

async fn budget_of_code(state: &AppState, code: &str) -> AppResult<Wijkbudget> {
    let code = normalise_code(code).ok_or(AppError::NotFound)?;
    Ok(state.store.wijkbudget_by_code(&code).await?)
}

/// `/wijkbudget/{code}`: the budget as residents see it, with the proposal form while open.
pub async fn public(State(state): State<AppState>, ctx: PageCtx, Path(code): Path<String>) -> AppResult<Response> {
    let b = budget_of_code(&state, &code).await?;
    let place = place_of(&state, &b).await?;
    public_page(&state, ctx, (b, place), ProposalInput::default(), FieldErrors::new(), StatusCode::OK).await
}

/// A resident's proposal through the code (or with an account).
pub async fn propose(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(code): Path<String>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let b = budget_of_code(&state, &code).await?;
    let place = place_of(&state, &b).await?;
    let max = state.settings.document_max_bytes;
    let form = super::documents::read_upload(&mut multipart, "file", max).await;
    let input = ProposalInput {
        title: form.field("title"),
        description: form.field("description"),
        theme: form.field("theme"),
        cost: form.field("cost"),
        area: form.field("area"),
        contact_name: form.field("contact_name"),
        contact_email: form.field("contact_email"),
    };
    let areas: Vec<String> = place.areas.iter().map(|a| a.0.clone()).collect();
    let parsed = input.parse(&b, &areas, ctx.number_style());
    // The photo is optional; when given it must be a photo, and pass the scanner.
    let photo = if form.name.is_empty() && form.bytes.is_empty() && !form.too_large {
        Ok(None)
    } else {
        let title = ctx.t1("wijkbudget-photo-title", "title", input.title.trim());
        match super::documents::check_file(&form, max, &title) {
            Ok(c) if c.kind.is_image() => super::documents::scanned(&state, &form.bytes).await.map(|()| Some(c)),
            Ok(_) => Err(FieldErrors::single("file", "error-proposal-photo-kind")),
            Err(e) => Err(e),
        }
    };
    let new = match (parsed, photo) {
        (Ok(n), Ok(photo)) => (n, photo),
        (parsed, photo) => {
            let mut errors = parsed.err().unwrap_or_default();
            if let Err(e) = photo {
                errors.merge(e);
            }
            let status = if form.too_large { StatusCode::PAYLOAD_TOO_LARGE } else { status_of(&errors) };
            return public_page(&state, ctx, (b, place), input, errors, status).await;
        }
    };
    let (new, photo) = new;
    let user = ctx.user.as_ref().map(|u| u.id);
    let actor = match &ctx.user {
        Some(u) => crate::domain::audit::Actor::user(u.id, &u.email),
        None => crate::domain::audit::Actor::system("voorstelcode"),
    };
    let photo = photo.as_ref().map(|c| (c, form.bytes.as_slice()));
    let today = clock::now().date();
    match state.store.submit_proposal_with_photo(&actor, &b, &new, (user, false), today, photo).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("/wijkbudget/{}?melding=voorstel#voorstellen", b.proposal_code)).into_response())
        }
        Err(StoreError::Conflict("phase")) => {
            let errors = FieldErrors::single("title", "error-wijkbudget-proposals-closed");
            public_page(&state, ctx, (b, place), input, errors, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `/wijkbudget/{code}/fotos/{doc_id}`: the photo of an assessed proposal, for whoever has the code.
pub async fn photo(State(state): State<AppState>, Path((code, doc_id)): Path<(String, i64)>) -> AppResult<Response> {
    let b = budget_of_code(&state, &code).await?;
    let d = state.store.document(b.programme_id, doc_id).await?;
    if d.owner != OwnerKind::Proposal || !d.kind.is_image() {
        return Err(AppError::NotFound);
    }
    // A proposal of this budget, assessed (`NotFound` for another budget's).
    let proposal = state.store.proposal(b.id, d.owner_id).await?;
    if proposal.assessment.is_none() {
        return Err(AppError::NotFound);
    }
    super::documents::content_response(&state, &d).await
}

#[derive(Template)]
#[template(path = "wijkbudget_ballot.html")]
struct BallotTemplate {
    ctx: PageCtx,
    budget: Wijkbudget,
    code: String,
    proposals: Vec<ProposalView>,
    chosen: Vec<i64>,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "wijkbudget_done.html")]
struct DoneTemplate {
    ctx: PageCtx,
    /// `wijkbudget-voted`, `wijkbudget-code-used` or `wijkbudget-not-voting`.
    key: String,
    budget_code: String,
}

impl DoneTemplate {
    fn title_key(&self) -> String {
        format!("{}-title", self.key)
    }

    fn text_key(&self) -> String {
        format!("{}-text", self.key)
    }
}

fn done(ctx: PageCtx, key: &str, b: &Wijkbudget, status: StatusCode) -> AppResult<Response> {
    respond(status, DoneTemplate { ctx, key: key.to_string(), budget_code: b.proposal_code.clone() })
}

async fn ballot_page(
    state: &AppState,
    ctx: PageCtx,
    b: Wijkbudget,
    code: String,
    chosen: Vec<i64>,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let programme = state.store.programme(b.programme_id).await?;
    let areas = proposal_areas(&state.store, &programme).await?;
    let proposals = state.store.proposals(b.id).await?.into_iter().filter(Proposal::feasible).collect();
    respond(status, BallotTemplate { ctx, proposals: views(proposals, &[], &areas), budget: b, code, chosen, errors })
}

/// `/stemmen`: the form for a household's voting code.
pub async fn vote_start(ctx: PageCtx) -> AppResult<Response> {
    respond(
        StatusCode::OK,
        EnterTemplate { ctx, code: String::new(), errors: FieldErrors::new(), which: String::new() },
    )
}

/// The code typed: the ballot, or why not.
pub async fn vote_code(State(state): State<AppState>, ctx: PageCtx, Form(q): Form<CodeQuery>) -> AppResult<Response> {
    let unknown = |ctx, code: &str| {
        respond(
            StatusCode::NOT_FOUND,
            EnterTemplate {
                ctx,
                code: code.chars().take(40).collect(),
                errors: FieldErrors::single("stemcode", "error-wijkbudget-vote-code-unknown"),
                which: "stem".into(),
            },
        )
    };
    let Some(code) = normalise_code(&q.code) else { return unknown(ctx, &q.code) };
    let (b, used) = match state.store.budget_of_vote_code(&code).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return unknown(ctx, &q.code),
        Err(e) => return Err(e.into()),
    };
    if used {
        return done(ctx, "wijkbudget-code-used", &b, StatusCode::GONE);
    }
    if b.phase(clock::now().date()) != Phase::Voting {
        return done(ctx, "wijkbudget-not-voting", &b, StatusCode::CONFLICT);
    }
    ballot_page(&state, ctx, b, code, Vec::new(), FieldErrors::new(), StatusCode::OK).await
}

/// The ballot cast: counted, or refused whole with the choice kept.
pub async fn vote_cast(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let raw = pairs.iter().find(|(k, _)| k == "code").map(|(_, v)| v.clone()).unwrap_or_default();
    let chosen: Vec<i64> = pairs.iter().filter(|(k, _)| k == "voorstel").filter_map(|(_, v)| v.parse().ok()).collect();
    let code = normalise_code(&raw).ok_or(AppError::NotFound)?;
    let (b, _) = state.store.budget_of_vote_code(&code).await?;
    let today = clock::now().date();
    let refused = match state.store.cast_ballot(&code, &chosen, today).await {
        Ok(Ok(())) => return done(ctx, "wijkbudget-voted", &b, StatusCode::OK),
        Ok(Err(e)) => e,
        Err(StoreError::Conflict("used")) => return done(ctx, "wijkbudget-code-used", &b, StatusCode::GONE),
        Err(StoreError::Conflict(_)) => return done(ctx, "wijkbudget-not-voting", &b, StatusCode::CONFLICT),
        Err(e) => return Err(e.into()),
    };
    let errors = match refused {
        BallotError::Empty => FieldErrors::single("voorstel", "error-ballot-empty"),
        BallotError::NotOnBallot => FieldErrors::single("voorstel", "error-ballot-unknown"),
        BallotError::OverAmount { total, amount } => {
            let mut e = FieldErrors::new();
            e.add_with(
                "voorstel",
                "error-ballot-over",
                vec![("total", ctx.euros(total)), ("amount", ctx.euros(amount))],
            );
            e
        }
    };
    ballot_page(&state, ctx, b, code, chosen, errors, StatusCode::UNPROCESSABLE_ENTITY).await
}
