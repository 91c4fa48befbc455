//! Step 4, the preconditions health check: rounds (peilingen), the answer form for members, one-time
//! links for residents without an account, and the results — per precondition the median, spread
//! and per-level medians, a warning where levels disagree, the trend across rounds, a radar chart
//! with the table as its alternative, the model's guidance for weak preconditions and the data that
//! bear on each.

use super::form::status_of;
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::measure::Status;
use crate::domain::preconditions::{
    Level, Outcome, Precondition, Response, ResponseInput, Round, RoundInput, outcomes, radar_point, radar_polygon,
};
use crate::domain::programme::{Page, Programme};
use crate::domain::validation::{FieldErrors, iso};
use crate::http::AppState;
use crate::http::access::{Internal, Manage, PreconditionsView, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response as HttpResponse};
use serde::Deserialize;

fn base(programme_id: i64) -> String {
    format!("/programmas/{programme_id}/randvoorwaarden")
}

/// A fact from elsewhere in the programme that bears on a precondition: a catalogue key with a
/// count or text, and where to look.
pub struct Evidence {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub href: String,
}

/// One series on the radar: a label key and its points.
pub struct Series {
    pub key: String,
    pub points: String,
    pub class: &'static str,
}

/// The results of one round.
pub struct Results {
    pub round: Round,
    pub outcomes: Vec<Outcome>,
    pub series: Vec<Series>,
}

/// The axes and rings of the radar chart: (x2, y2, label x, label y, anchor) per axis and the rings.
pub struct Radar {
    pub axes: Vec<(String, String, String, String, &'static str, &'static str)>,
    pub rings: Vec<String>,
}

const C: f64 = 160.0;
const R: f64 = 110.0;

fn radar() -> Radar {
    let axes = Precondition::ALL
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (x, y) = radar_point(i, 5.0, C, R);
            // Labels sit outside the rim: score 5 on a circle a fifth wider.
            let (lx, ly) = radar_point(i, 5.0, C, R * 1.2);
            let anchor = if (lx - C).abs() < 5.0 {
                "middle"
            } else if lx > C {
                "start"
            } else {
                "end"
            };
            (format!("{x:.1}"), format!("{y:.1}"), format!("{lx:.1}"), format!("{ly:.1}"), anchor, p.key())
        })
        .collect();
    let rings = (1..=5).map(|v| radar_polygon(&[Some(v as f64); 7], C, R)).collect();
    Radar { axes, rings }
}

fn results(round: Round, responses: &[(i64, Response)]) -> Results {
    let of_round: Vec<Response> = responses.iter().filter(|(r, _)| *r == round.id).map(|(_, x)| x.clone()).collect();
    let outcomes = outcomes(&of_round);
    let mut series = vec![Series {
        key: "precondition-all".into(),
        points: radar_polygon(&medians(&outcomes, None), C, R),
        class: "all",
    }];
    for level in Level::ALL {
        if outcomes.iter().any(|o| o.by_level.iter().any(|(l, _, _)| *l == level)) {
            series.push(Series {
                key: format!("level-{}", level.key()),
                points: radar_polygon(&medians(&outcomes, Some(level)), C, R),
                class: level.key(),
            });
        }
    }
    Results { round, outcomes, series }
}

fn medians(outcomes: &[Outcome], level: Option<Level>) -> Vec<Option<f64>> {
    outcomes
        .iter()
        .map(|o| match level {
            None => o.median,
            Some(l) => o.by_level.iter().find(|(x, _, _)| *x == l).map(|(_, m, _)| *m),
        })
        .collect()
}

/// What the programme's own data say about each precondition.
async fn evidence(state: &AppState, programme: &Programme) -> AppResult<Vec<(Precondition, Vec<Evidence>)>> {
    let pid = programme.id;
    let today = clock::now().date();
    let year = i64::from(today.year());
    let p = format!("/programmas/{pid}");
    let mut out = Vec::new();
    let counts = state.store.programme_counts(pid).await?;
    out.push((
        Precondition::Urgency,
        vec![Evidence {
            key: "evidence-urgency",
            args: vec![("count", counts.stories.to_string())],
            href: format!("{p}/stand"),
        }],
    ));
    let vision = state.store.vision_versions(pid).await?;
    out.push((
        Precondition::Vision,
        vec![match vision.first() {
            Some(v) => Evidence {
                key: "evidence-vision",
                args: vec![("date", v.agreed_on.clone()), ("by", v.agreed_by.clone())],
                href: format!("{p}/agenda"),
            },
            None => Evidence { key: "evidence-no-vision", args: vec![], href: format!("{p}/agenda") },
        }],
    ));
    let bodies = state.store.bodies(pid).await?;
    let (no_steering, quiet) = crate::domain::governance::body_signals(&bodies, today);
    let mut anchoring = Vec::new();
    if no_steering {
        anchoring.push(Evidence { key: "signal-no-steering", args: vec![], href: format!("{p}/coalitie") });
    }
    for name in quiet {
        anchoring.push(Evidence {
            key: "signal-body-quiet",
            args: vec![("name", name)],
            href: format!("{p}/coalitie"),
        });
    }
    if anchoring.is_empty() {
        anchoring.push(Evidence { key: "evidence-anchoring-ok", args: vec![], href: format!("{p}/coalitie") });
    }
    out.push((Precondition::Anchoring, anchoring));
    out.push((
        Precondition::ProcessLead,
        vec![Evidence {
            key: "evidence-process-lead",
            args: vec![("count", counts.managers.to_string())],
            href: format!("{p}/leden"),
        }],
    ));
    let plans = state.store.plans(pid).await?;
    let planned_until = plans.iter().map(|x| x.ends_year).max();
    out.push((
        Precondition::LongBreath,
        vec![Evidence {
            key: if planned_until.is_some() { "evidence-long-breath" } else { "evidence-no-plans" },
            args: vec![
                ("horizon", programme.horizon_year.to_string()),
                ("year", planned_until.unwrap_or_default().to_string()),
            ],
            href: format!("{p}/agenda/plannen"),
        }],
    ));
    let open_items = state.store.agenda_items(pid, false).await?.iter().filter(|i| i.answer.is_none()).count();
    out.push((
        Precondition::Trust,
        vec![Evidence {
            key: "evidence-trust",
            args: vec![("count", open_items.to_string())],
            href: format!("{p}/agenda/bewonersagenda"),
        }],
    ));
    // Money that ends within a year: running or planned measures whose last budget year is this one.
    let ending: Vec<String> = state
        .store
        .measures(pid)
        .await?
        .into_iter()
        .filter(|m| matches!(m.status, Status::Running | Status::Planned))
        .filter(|m| m.budget.iter().map(|b| b.year).max().is_some_and(|last| last <= year))
        .map(|m| m.title)
        .collect();
    out.push((
        Precondition::Means,
        vec![Evidence {
            key: if ending.is_empty() { "evidence-means-ok" } else { "evidence-means-ending" },
            args: vec![
                ("count", ending.len().to_string()),
                ("measures", ending.join(", ")),
                ("year", year.to_string()),
            ],
            href: format!("{p}/agenda/financiering"),
        }],
    ));
    Ok(out)
}

#[derive(Template)]
#[template(path = "preconditions.html")]
struct PreconditionsTemplate {
    ctx: PageCtx,
    programme: Programme,
    rounds: Vec<Round>,
    results: Option<Results>,
    /// Medians per round (oldest first) per precondition, for the trend.
    trend: Vec<(Round, Vec<Option<f64>>)>,
    evidence: Vec<(Precondition, Vec<Evidence>)>,
    radar: Radar,
    preconditions: Vec<Precondition>,
    internal: bool,
    can_manage: bool,
    /// The open round this member has not answered yet.
    to_answer: Option<Round>,
    published: bool,
    input: RoundInput,
    errors: FieldErrors,
    /// The shown round's resident links by label: (label, made, used); managers only.
    links: Vec<(String, i64, i64)>,
    levels: Vec<Level>,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<impl Send>,
    chosen: Option<i64>,
    input: RoundInput,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    let pid = access.programme.id;
    let rounds = state.store.assessment_rounds(pid).await?;
    let responses = state.store.assessment_responses(pid).await?;
    let round = match chosen {
        Some(id) => Some(rounds.iter().find(|r| r.id == id).cloned().ok_or(AppError::NotFound)?),
        None => rounds.iter().find(|r| r.responses > 0).or(rounds.first()).cloned(),
    };
    let results = round.map(|r| results(r, &responses));
    let trend = rounds
        .iter()
        .rev()
        .filter(|r| r.responses > 0)
        .map(|r| {
            let of: Vec<Response> = responses.iter().filter(|(x, _)| *x == r.id).map(|(_, x)| x.clone()).collect();
            (r.clone(), medians(&outcomes(&of), None))
        })
        .collect();
    let mut to_answer = None;
    if let Some(user) = access.auth.user()
        && access.can(Action::ReadInternal)
        && let Some(open) = rounds.iter().find(|r| r.is_open())
        && !state.store.has_answered(open.id, user.id).await?
    {
        to_answer = Some(open.clone());
    }
    let links = match (&results, access.can(Action::Manage)) {
        (Some(r), true) => state.store.assessment_links(r.round.id).await?,
        _ => Vec::new(),
    };
    let status = status_of(&errors);
    let page = PreconditionsTemplate {
        links,
        levels: Level::ALL.to_vec(),
        evidence: evidence(state, &access.programme).await?,
        programme: access.programme.clone(),
        rounds,
        results,
        trend,
        radar: radar(),
        preconditions: Precondition::ALL.to_vec(),
        internal: access.can(Action::ReadInternal),
        can_manage: access.can(Action::Manage),
        to_answer,
        published: access.programme.is_published(Page::Preconditions),
        input,
        errors,
        ctx,
    };
    Ok((status, render(page)?).into_response())
}

/// `/programmas/{id}/randvoorwaarden`: the latest round with answers.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<PreconditionsView>,
) -> AppResult<HttpResponse> {
    page(&state, ctx, &access, None, RoundInput::with_defaults(clock::now().date()), FieldErrors::new()).await
}

#[derive(Deserialize)]
pub struct RoundPath {
    id: i64,
    round_id: i64,
}

/// `/programmas/{id}/randvoorwaarden/peilingen/{round_id}`: one round's results.
pub async fn show_round(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<PreconditionsView>,
    Path(path): Path<RoundPath>,
) -> AppResult<HttpResponse> {
    let input = RoundInput::with_defaults(clock::now().date());
    page(&state, ctx, &access, Some(path.round_id), input, FieldErrors::new()).await
}

pub async fn create_round(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<RoundInput>,
) -> AppResult<HttpResponse> {
    match input.parse(clock::now().date()) {
        Err(errors) => page(&state, ctx, &access, None, input, errors).await,
        Ok(new) => {
            let r = state.store.create_round(&access.actor(), access.programme.id, &new).await?;
            Ok(Redirect::to(&format!("{}/peilingen/{}?melding=aangemaakt", base(access.programme.id), r.id))
                .into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct VersionForm {
    #[serde(default)]
    version: String,
}

pub async fn close_round(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<RoundPath>,
    Form(form): Form<VersionForm>,
) -> AppResult<HttpResponse> {
    let version = form.version.trim().parse().unwrap_or(0);
    let today = iso(clock::now().date());
    state.store.close_round(&access.actor(), path.id, path.round_id, version, &today).await?;
    Ok(Redirect::to(&format!("{}/peilingen/{}?melding=opgeslagen", base(path.id), path.round_id)).into_response())
}

#[derive(Template)]
#[template(path = "precondition_form.html")]
struct AnswerTemplate {
    ctx: PageCtx,
    programme: Option<Programme>,
    round: Round,
    /// Where the form posts.
    action: String,
    /// A resident's link fixes the level.
    fixed_level: bool,
    levels: Vec<Level>,
    input: ResponseInput,
    errors: FieldErrors,
    preconditions: Vec<Precondition>,
}

fn answer_page(
    ctx: PageCtx,
    programme: Option<Programme>,
    round: Round,
    action: String,
    input: ResponseInput,
    errors: FieldErrors,
) -> AppResult<HttpResponse> {
    let fixed_level = programme.is_none();
    let status = status_of(&errors);
    let page = AnswerTemplate {
        ctx,
        programme,
        round,
        action,
        fixed_level,
        levels: Level::ALL.to_vec(),
        input,
        errors,
        preconditions: Precondition::ALL.to_vec(),
    };
    Ok((status, render(page)?).into_response())
}

/// `/…/peilingen/{round_id}/invullen`: a member's answer.
pub async fn answer_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Internal>,
    Path(path): Path<RoundPath>,
) -> AppResult<HttpResponse> {
    let round = state.store.assessment_round(path.id, path.round_id).await?;
    let user = access.auth.user().ok_or(AppError::Unauthorised)?;
    if !round.is_open() || state.store.has_answered(round.id, user.id).await? {
        return Ok(Redirect::to(&format!("{}/peilingen/{}", base(path.id), round.id)).into_response());
    }
    let action = format!("{}/peilingen/{}/invullen", base(path.id), round.id);
    answer_page(ctx, Some(access.programme), round, action, ResponseInput::empty(None), FieldErrors::new())
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Internal>,
    Path(path): Path<RoundPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let round = state.store.assessment_round(path.id, path.round_id).await?;
    let user = access.auth.user().ok_or(AppError::Unauthorised)?.clone();
    let input = ResponseInput::from_pairs(&pairs, None);
    let response = match input.parse() {
        Ok(r) => r,
        Err(errors) => {
            let action = format!("{}/peilingen/{}/invullen", base(path.id), round.id);
            return answer_page(ctx, Some(access.programme), round, action, input, errors);
        }
    };
    match state.store.submit_response(&access.actor(), path.id, round.id, user.id, &response).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}/peilingen/{}?melding=opgeslagen", base(path.id), round.id)).into_response())
        }
        Err(StoreError::Conflict(_)) => Err(AppError::Conflict("response")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct LinksForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    count: String,
}

#[derive(Template)]
#[template(path = "precondition_links.html")]
struct LinksTemplate {
    ctx: PageCtx,
    programme: Programme,
    round: Round,
    label: String,
    links: Vec<String>,
}

pub const MAX_LINKS: usize = 200;

/// Make one-time links for residents; they are shown once, to print or send.
pub async fn create_links(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Path(path): Path<RoundPath>,
    headers: axum::http::HeaderMap,
    Form(form): Form<LinksForm>,
) -> AppResult<HttpResponse> {
    let round = state.store.assessment_round(path.id, path.round_id).await?;
    let label = form.label.trim().chars().take(200).collect::<String>();
    let count = form.count.trim().parse::<usize>().ok().filter(|n| (1..=MAX_LINKS).contains(n));
    let (Some(count), false) = (count, label.is_empty()) else {
        let mut errors = FieldErrors::new();
        if label.is_empty() {
            errors.add("label", "error-required");
        }
        if count.is_none() {
            errors.add_with("count", "error-links-count", vec![("max", MAX_LINKS.to_string())]);
        }
        let input = RoundInput::with_defaults(clock::now().date());
        return page(&state, ctx, &access, Some(round.id), input, errors).await;
    };
    let secrets = state.store.create_assessment_links(&access.actor(), path.id, round.id, &label, count).await?;
    let origin = public_origin(&state, &headers);
    let links = secrets.into_iter().map(|s| format!("{origin}/peiling/{s}")).collect();
    Ok(render(LinksTemplate { ctx, programme: access.programme, round, label, links })?.into_response())
}

/// The site's address for links to hand out: the configured public origin, else the request's
/// host (only if it looks like one) with https when cookies are marked secure.
pub(super) fn public_origin(state: &AppState, headers: &axum::http::HeaderMap) -> String {
    if let Some(origin) = state.settings.trusted_origins.first() {
        return origin.trim_end_matches('/').to_string();
    }
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("localhost");
    let scheme = if state.settings.secure_cookies { "https" } else { "http" };
    format!("{scheme}://{host}")
}

#[derive(Template)]
#[template(path = "precondition_done.html")]
struct DoneTemplate {
    ctx: PageCtx,
    /// `precondition-thanks-title` etc.
    title_key: String,
    text_key: String,
}

impl DoneTemplate {
    /// `key`: `precondition-thanks`, `precondition-link-used` or `precondition-round-closed`.
    fn new(ctx: PageCtx, key: &str) -> DoneTemplate {
        DoneTemplate { ctx, title_key: format!("{key}-title"), text_key: format!("{key}-text") }
    }
}

/// `/peiling/{token}`: a resident's form, without an account.
pub async fn resident_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<HttpResponse> {
    let (round, used) = state.store.round_of_link(&token).await?;
    if used || !round.is_open() {
        let key = if used { "precondition-link-used" } else { "precondition-round-closed" };
        return Ok((StatusCode::GONE, render(DoneTemplate::new(ctx, key))?).into_response());
    }
    let action = format!("/peiling/{token}");
    answer_page(ctx, None, round, action, ResponseInput::empty(Some(Level::Residents)), FieldErrors::new())
}

pub async fn resident_answer(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let (round, _) = state.store.round_of_link(&token).await?;
    let input = ResponseInput::from_pairs(&pairs, Some(Level::Residents));
    let response = match input.parse() {
        Ok(r) => r,
        Err(errors) => return answer_page(ctx, None, round, format!("/peiling/{token}"), input, errors),
    };
    let key = match state.store.submit_by_link(&token, &response).await {
        Ok(()) => "precondition-thanks",
        Err(StoreError::Conflict("used")) => "precondition-link-used",
        Err(StoreError::Conflict(_)) => "precondition-round-closed",
        Err(e) => return Err(e.into()),
    };
    let status = if key == "precondition-thanks" { StatusCode::OK } else { StatusCode::GONE };
    Ok((status, render(DoneTemplate::new(ctx, key))?).into_response())
}
