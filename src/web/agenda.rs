//! Step 3, the agenda page: the shared vision now in force and its earlier versions; a new version
//! records who agreed, when, and by which decision.

use super::form::{respond, status_of};
use crate::domain::access::Action;
use crate::domain::agenda::{VisionInput, VisionVersion};
use crate::domain::catalogue::Theme;
use crate::domain::clock;
use crate::domain::coalition::Party;
use crate::domain::goal::Goal;
use crate::domain::measure::{Commitment, Measure, Sum, finance};
use crate::domain::programme::{Page, Programme};
use crate::domain::publication::{Publication, PublicationKind, Signature, SignatureInput};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{AgendaView, Manage, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::report::paper::Paper;
use crate::store::Store;
use askama::Template;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};

/// A goal with the measures that serve it.
pub struct GoalView {
    pub goal: Goal,
    /// (id, title, owner, status key).
    pub measures: Vec<(i64, String, String, String)>,
}

/// Goals by theme (first theme), with their measures.
fn goal_views(goals: Vec<Goal>, measures: &[Measure]) -> Vec<(Theme, Vec<GoalView>)> {
    let grouped = crate::domain::goal::by_theme(&goals);
    grouped
        .into_iter()
        .map(|(t, gs)| {
            let views = gs
                .into_iter()
                .map(|g| GoalView {
                    measures: measures
                        .iter()
                        .filter(|m| m.goal_ids.contains(&g.id))
                        .map(|m| {
                            (
                                m.id,
                                m.title.clone(),
                                m.owner.as_ref().map(|o| o.1.clone()).unwrap_or_default(),
                                format!("measure-status-{}", m.status.key()),
                            )
                        })
                        .collect(),
                    goal: g.clone(),
                })
                .collect();
            (t, views)
        })
        .collect()
}

#[derive(Template)]
#[template(path = "agenda.html")]
struct AgendaTemplate {
    ctx: PageCtx,
    programme: Programme,
    current: Option<VisionVersion>,
    earlier: Vec<VisionVersion>,
    themes: Vec<(Theme, Vec<GoalView>)>,
    can_manage: bool,
    internal: bool,
    published: bool,
}

/// `/programmas/{id}/agenda`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let mut versions = state.store.vision_versions(access.programme.id).await?;
    let current = if versions.is_empty() { None } else { Some(versions.remove(0)) };
    let measures = state.store.measures(access.programme.id).await?;
    let themes = goal_views(state.store.goals(access.programme.id).await?, &measures);
    let page = AgendaTemplate {
        themes,
        can_manage: access.can(Action::Manage),
        internal: access.can(Action::ReadInternal),
        published: access.programme.is_published(Page::Agenda),
        programme: access.programme,
        current,
        earlier: versions,
        ctx,
    };
    Ok(render(page)?.into_response())
}

/// The agenda on paper (and as a publication): the vision in force and the goals per theme with
/// their indicator, baseline, target and the measures that serve them.
pub async fn paper(store: &Store, ctx: &PageCtx, programme: &Programme) -> AppResult<Paper> {
    let current = store.vision_versions(programme.id).await?.into_iter().next();
    let measures = store.measures(programme.id).await?;
    let themes = goal_views(store.goals(programme.id).await?, &measures);
    let mut out = Paper::new(format!("{}: {}", ctx.t("agenda-title"), programme.name), ctx.t("agenda-intro"));
    out.h2(ctx.t("vision-title"));
    match &current {
        Some(v) => {
            for para in v.paragraphs() {
                out.para(para);
            }
            let mut agreed =
                ctx.lang.t_args("vision-agreed", &[("by", v.agreed_by.clone()), ("date", ctx.date(&v.agreed_on))]);
            if !v.decision.is_empty() {
                agreed.push_str(&format!(" · {}", ctx.t1("vision-decision", "number", &v.decision)));
            }
            out.note(agreed);
        }
        None => out.note(ctx.t("vision-empty")),
    }
    out.h2(ctx.t("goals-title"));
    if themes.is_empty() {
        out.note(ctx.t("goals-empty"));
    }
    for (theme, views) in &themes {
        out.h3(ctx.t(&format!("theme-{}", theme.key())));
        let rows = views
            .iter()
            .map(|v| {
                let g = &v.goal;
                let unit = if g.unit().is_empty() { String::new() } else { format!(" ({})", g.unit()) };
                let baseline = match g.baseline {
                    Some(b) => format!("{} ({})", ctx.decimal(b), g.baseline_period),
                    None => ctx.t("goal-no-baseline"),
                };
                let target = match (g.target, g.target_year) {
                    (Some(t), Some(y)) => format!("{} {}", ctx.decimal(t), ctx.t1("goal-in-year", "year", y)),
                    (Some(t), None) => ctx.decimal(t),
                    _ => ctx.t("goal-no-target"),
                };
                let measures = if v.measures.is_empty() {
                    ctx.t("goal-no-measures")
                } else {
                    v.measures
                        .iter()
                        .map(|(_, title, owner, status)| {
                            let owner = if owner.is_empty() { String::new() } else { format!(" · {owner}") };
                            format!("{title}{owner} · {}", ctx.t(status))
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                vec![g.title.clone(), format!("{}{unit}", g.indicator_name()), baseline, target, measures]
            })
            .collect();
        let header = ["paper-col-goal", "goal-result-indicator", "field-baseline", "field-target", "measures-title"]
            .map(|k| ctx.t(k))
            .to_vec();
        out.table(ctx.t(&format!("theme-{}", theme.key())), header, rows);
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "vision_form.html")]
struct VisionFormTemplate {
    ctx: PageCtx,
    programme: Programme,
    input: VisionInput,
    errors: FieldErrors,
    /// (number, text) of every decision of the programme's bodies, newest first.
    decisions: Vec<(String, String)>,
    /// A version is in force: the new one must say why it changes.
    has_current: bool,
}

pub(super) async fn decisions(state: &AppState, programme_id: i64) -> AppResult<Vec<(String, String)>> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for b in state.store.bodies(programme_id).await? {
        for m in &b.meetings {
            for d in &m.decisions {
                out.push((m.held_on.clone(), d.number.clone(), format!("{} ({}, {})", d.text, b.name, m.held_on)));
            }
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    Ok(out.into_iter().map(|(_, n, t)| (n, t)).collect())
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let versions = state.store.vision_versions(access.programme.id).await?;
    let input = VisionInput::from_current(versions.first(), clock::now().date());
    let decisions = decisions(&state, access.programme.id).await?;
    let has_current = !versions.is_empty();
    let page = VisionFormTemplate {
        ctx,
        programme: access.programme,
        input,
        errors: FieldErrors::new(),
        decisions,
        has_current,
    };
    Ok(render(page)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<VisionInput>,
) -> AppResult<Response> {
    let versions = state.store.vision_versions(access.programme.id).await?;
    let decisions = decisions(&state, access.programme.id).await?;
    let numbers: Vec<String> = decisions.iter().map(|(n, _)| n.clone()).collect();
    match input.parse(&numbers, versions.first().map(|v| v.text.as_str()), clock::now().date()) {
        Err(errors) => {
            let has_current = !versions.is_empty();
            let page = VisionFormTemplate { ctx, programme: access.programme, input, errors, decisions, has_current };
            respond(status_of(&page.errors), page)
        }
        Ok(v) => {
            state.store.add_vision(&access.actor(), access.programme.id, &v).await?;
            Ok(Redirect::to(&format!("/programmas/{}/agenda?melding=opgeslagen", access.programme.id)).into_response())
        }
    }
}

/// One party in the wijkdeal: what it owns, promises and pays.
pub struct Signatory {
    pub name: String,
    pub owned: Vec<String>,
    pub commitments: Vec<Commitment>,
    pub contribution: Option<Sum>,
}

/// The agreement itself (the part a publication keeps): rendered on its own, without the reader's
/// session, so a snapshot holds nothing of who published it.
#[derive(Template)]
#[template(path = "wijkdeal_article.html")]
struct WijkdealArticle {
    ctx: PageCtx,
    programme: Programme,
    vision: Option<VisionVersion>,
    themes: Vec<(Theme, Vec<GoalView>)>,
    signatories: Vec<Signatory>,
    signatures: Vec<Signature>,
    total: Sum,
    today: String,
    /// The shared goal list shows no edit links on the agreement.
    can_manage: bool,
}

#[derive(Template)]
#[template(path = "wijkdeal.html")]
struct WijkdealTemplate {
    ctx: PageCtx,
    programme: Programme,
    article: String,
    signatures: Vec<Signature>,
    parties: Vec<Party>,
    input: SignatureInput,
    errors: FieldErrors,
    can_manage: bool,
    publications: Vec<Publication>,
}

/// Everything the wijkdeal says now, for the page, the PDF and a publication.
async fn wijkdeal_article(store: &Store, ctx: PageCtx, programme: &Programme) -> AppResult<WijkdealArticle> {
    let pid = programme.id;
    let vision = store.vision_versions(pid).await?.into_iter().next();
    let goals = store.goals(pid).await?;
    let measures = store.measures(pid).await?;
    let f = finance(&measures, |_| String::new());
    let signatories = store
        .parties(pid)
        .await?
        .into_iter()
        .filter(|p| p.is_current())
        .map(|p| Signatory {
            // What a party stands for now: stopped measures are not part of the agreement.
            owned: measures
                .iter()
                .filter(|m| m.owner_id() == Some(p.id) && m.status != crate::domain::measure::Status::Stopped)
                .map(|m| m.title.clone())
                .collect(),
            commitments: measures
                .iter()
                .flat_map(|m| m.commitments.iter().filter(|c| c.party_id == p.id).cloned())
                .collect(),
            contribution: f.by_party.iter().find(|s| s.label == p.name).cloned(),
            name: p.name,
        })
        .collect();
    Ok(WijkdealArticle {
        today: ctx.date(&crate::domain::validation::iso(clock::now().date())),
        themes: goal_views(goals, &measures),
        signatures: store.wijkdeal_signatures(pid).await?,
        ctx,
        programme: programme.clone(),
        vision,
        signatories,
        total: f.total,
        can_manage: false,
    })
}

/// The paper the report engine typesets from the same article.
fn wijkdeal_paper(a: &WijkdealArticle) -> crate::report::wijkdeal::Paper {
    let ctx = &a.ctx;
    let p = &a.programme;
    let goals = a
        .themes
        .iter()
        .map(|(theme, views)| {
            let lines = views
                .iter()
                .map(|v| {
                    let g = &v.goal;
                    let base = g.baseline.map(|b| ctx.decimal(b)).unwrap_or_else(|| ctx.t("goal-no-baseline"));
                    let target = match (g.target, g.target_year) {
                        (Some(t), Some(y)) => format!("{} {}", ctx.decimal(t), ctx.t1("goal-in-year", "year", y)),
                        (Some(t), None) => ctx.decimal(t),
                        _ => ctx.t("goal-no-target"),
                    };
                    format!("{}: {} ({base} → {target})", g.title, g.indicator_name())
                })
                .collect();
            (ctx.t(&format!("theme-{}", theme.key())), lines)
        })
        .collect();
    let parties = a
        .signatories
        .iter()
        .map(|s| {
            let commitments = s
                .commitments
                .iter()
                .map(|c| {
                    format!(
                        "{} {} ({})",
                        ctx.decimal(c.promised),
                        c.what,
                        ctx.t1("wijkdeal-delivered", "value", ctx.decimal(c.delivered))
                    )
                })
                .collect();
            let contribution =
                s.contribution.as_ref().map(|c| ctx.euros(c.planned_cents)).unwrap_or_else(|| "–".into());
            (s.name.clone(), s.owned.clone(), commitments, contribution)
        })
        .collect();
    let vision_agreed = a
        .vision
        .as_ref()
        .map(|v| ctx.lang.t_args("vision-agreed", &[("by", v.agreed_by.clone()), ("date", ctx.date(&v.agreed_on))]))
        .unwrap_or_default();
    crate::report::wijkdeal::Paper {
        programme: p.name.clone(),
        intro: ctx.lang.t_args(
            "wijkdeal-intro",
            &[
                ("municipality", p.municipality_name.clone()),
                ("start", p.start_year.to_string()),
                ("horizon", p.horizon_year.to_string()),
            ],
        ),
        vision: a.vision.as_ref().map(|v| v.paragraphs().into_iter().map(str::to_string).collect()).unwrap_or_default(),
        vision_agreed,
        goals,
        parties,
        total: ctx.lang.t_args("wijkdeal-total", &[("planned", ctx.euros(a.total.planned_cents))]),
        signatures: a.signatures.clone(),
    }
}

async fn typeset(a: &WijkdealArticle) -> AppResult<Vec<u8>> {
    let paper = wijkdeal_paper(a);
    let lang = a.ctx.lang;
    let today = clock::now().date();
    super::pdf::typeset("wijkdeal", move || crate::report::wijkdeal::render(&paper, lang, today)).await
}

async fn wijkdeal_page(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<impl Send>,
    input: SignatureInput,
    errors: FieldErrors,
) -> AppResult<Response> {
    let article = wijkdeal_article(&state.store, ctx.clone(), &access.programme).await?;
    let signatures = article.signatures.clone();
    let can_manage = access.can(Action::Manage);
    let parties = if can_manage {
        state.store.parties(access.programme.id).await?.into_iter().filter(|p| p.is_current()).collect()
    } else {
        Vec::new()
    };
    let publications = state
        .store
        .publications(access.programme.id)
        .await?
        .into_iter()
        .filter(|p| p.kind == PublicationKind::Wijkdeal)
        .rev()
        .collect();
    let input = if input.signed_on.is_empty() {
        SignatureInput { signed_on: crate::domain::validation::iso(clock::now().date()), ..input }
    } else {
        input
    };
    let page = WijkdealTemplate {
        article: article.render().map_err(|e| AppError::Internal(anyhow::anyhow!("wijkdeal: {e}")))?,
        ctx,
        programme: access.programme.clone(),
        signatures,
        parties,
        input,
        errors,
        can_manage,
        publications,
    };
    respond(status_of(&page.errors), page)
}

/// `/programmas/{id}/agenda/wijkdeal`: the agreement on one printable page — vision, goals with
/// targets, measures with owners, each party's commitments and contribution, who signed — and, for
/// beheerders, recording signatures and publishing it.
pub async fn wijkdeal(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    wijkdeal_page(&state, ctx, &access, SignatureInput::default(), FieldErrors::new()).await
}

/// `/programmas/{id}/agenda/wijkdeal/pdf`: the agreement as it stands, typeset.
pub async fn wijkdeal_pdf(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<AgendaView>,
) -> AppResult<Response> {
    let article = wijkdeal_article(&state.store, ctx, &access.programme).await?;
    let bytes = typeset(&article).await?;
    let name = format!("wijkdeal-{}.pdf", access.programme.id);
    Ok(super::pdf::response(bytes, &name))
}

/// Record who signed for a party on which date.
pub async fn sign(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<SignatureInput>,
) -> AppResult<Response> {
    let current: Vec<i64> =
        state.store.parties(access.programme.id).await?.iter().filter(|p| p.is_current()).map(|p| p.id).collect();
    match input.parse(&current, clock::now().date()) {
        Ok(sig) => {
            state.store.add_signature(&access.actor(), access.programme.id, &sig).await?;
            let to = format!("/programmas/{}/agenda/wijkdeal?melding=opgeslagen#ondertekening", access.programme.id);
            Ok(Redirect::to(&to).into_response())
        }
        Err(errors) => wijkdeal_page(&state, ctx, &access, input, errors).await,
    }
}

#[derive(serde::Deserialize)]
pub struct SignaturePath {
    id: i64,
    signature_id: i64,
}

pub async fn unsign_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    axum::extract::Path(path): axum::extract::Path<SignaturePath>,
) -> AppResult<Response> {
    let sigs = state.store.wijkdeal_signatures(access.programme.id).await?;
    let sig = sigs.iter().find(|s| s.id == path.signature_id).ok_or(AppError::NotFound)?;
    let base = format!("/programmas/{}/agenda/wijkdeal", path.id);
    let what = format!("{} ({})", sig.person, sig.party_name);
    super::form::ConfirmTemplate::delete(
        ctx,
        "signature",
        &what,
        format!("{base}/ondertekening/{}/verwijderen", sig.id),
        format!("{base}#ondertekening"),
    )
    .render()
}

pub async fn unsign(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    axum::extract::Path(path): axum::extract::Path<SignaturePath>,
) -> AppResult<Response> {
    state.store.remove_signature(&access.actor(), access.programme.id, path.signature_id).await?;
    Ok(Redirect::to(&format!("/programmas/{}/agenda/wijkdeal?melding=verwijderd#ondertekening", path.id))
        .into_response())
}

/// Publish the wijkdeal as it stands: an immutable, dated snapshot (HTML and PDF).
pub async fn publish_wijkdeal(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
) -> AppResult<Response> {
    let p = publish_wijkdeal_snapshot(&state.store, &access.actor(), &access.programme, ctx.lang).await?;
    Ok(Redirect::to(&format!("{}?melding=gepubliceerd", p.href())).into_response())
}

/// The snapshot of the wijkdeal, rendered for an anonymous reader in `lang` (nothing of the
/// publisher's session in it), typeset and kept. Also used by the demo.
pub async fn publish_wijkdeal_snapshot(
    store: &Store,
    actor: &crate::domain::audit::Actor,
    programme: &Programme,
    lang: crate::i18n::Lang,
) -> AppResult<Publication> {
    let neutral = PageCtx::new(lang, &crate::http::session::Auth::default(), &axum::http::Uri::from_static("/"));
    let article = wijkdeal_article(store, neutral, programme).await?;
    let html = article.render().map_err(|e| AppError::Internal(anyhow::anyhow!("wijkdeal: {e}")))?;
    let pdf = typeset(&article).await?;
    let ctx = &article.ctx;
    let title = format!(
        "{} ({})",
        ctx.t1("wijkdeal-heading", "name", &programme.name),
        ctx.date(&crate::domain::validation::iso(clock::now().date()))
    );
    Ok(store.publish(actor, programme.id, (PublicationKind::Wijkdeal, &title), &html, &pdf).await?)
}
