//! Programmes: the portfolio (home and per gemeente), a programme's home with the five steps,
//! creating, editing, publishing, archiving, and its history.

use super::form::{ConfirmTemplate, respond, status_of};
use crate::domain::access::Action;
use crate::domain::clock;
use crate::domain::document::OwnerKind;
use crate::domain::programme::{Page, Programme, ProgrammeInput, parse_municipality_code};
use crate::domain::steps::{Step, step_facts};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Delete, Manage, ProgrammeAccess, SiteAdmin, View};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::http::session::Auth;
use askama::Template;
use axum::extract::{Extension, Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

/// Programmes grouped by municipality, in name order.
pub struct MunicipalityGroup {
    pub code: String,
    pub name: String,
    pub programmes: Vec<Programme>,
}

fn group(programmes: Vec<Programme>) -> Vec<MunicipalityGroup> {
    let mut groups: Vec<MunicipalityGroup> = Vec::new();
    for p in programmes {
        match groups.iter_mut().find(|g| g.code == p.municipality_code) {
            Some(g) => g.programmes.push(p),
            None => groups.push(MunicipalityGroup {
                code: p.municipality_code.clone(),
                name: p.municipality_name.clone(),
                programmes: vec![p],
            }),
        }
    }
    groups.sort_by_key(|g| g.name.to_lowercase());
    groups
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeTemplate {
    ctx: PageCtx,
    groups: Vec<MunicipalityGroup>,
}

pub async fn home(
    State(state): State<AppState>,
    ctx: PageCtx,
    Extension(auth): Extension<Auth>,
) -> AppResult<Response> {
    let programmes = state.store.programmes(auth.viewer(), None).await?;
    Ok(render(HomeTemplate { ctx, groups: group(programmes) })?.into_response())
}

#[derive(Template)]
#[template(path = "municipality.html")]
struct MunicipalityTemplate {
    ctx: PageCtx,
    code: String,
    name: String,
    portfolio: crate::app::portfolio::Portfolio,
    map: Option<super::map_view::MapView>,
    sources: Vec<crate::domain::measure::Source>,
    years: Vec<i64>,
}

/// `/gemeenten/{code}`: the gemeente's portfolio — its programmes side by side, as far as the
/// viewer may see each (`app::portfolio`).
pub async fn municipality(
    State(state): State<AppState>,
    ctx: PageCtx,
    Extension(auth): Extension<Auth>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let code = parse_municipality_code(&code).map_err(|_| AppError::NotFound)?;
    let portfolio = crate::app::portfolio::portfolio(&state, &auth, code.as_str()).await?;
    let name = match portfolio.programmes.first() {
        Some(p) => p.programme.municipality_name.clone(),
        None => state.store.area(code.as_str(), None).await?.map(|a| a.name).unwrap_or_else(|| code.as_str().into()),
    };
    let title = ctx.t1("portfolio-map-title", "name", &name);
    let map = crate::domain::map::draw(&portfolio.shapes, 640, true).map(|m| {
        let names: std::collections::HashMap<String, String> =
            portfolio.shapes.iter().map(|s| (s.code.clone(), s.tag.clone().unwrap_or_default())).collect();
        super::map_view::view(
            m,
            title,
            |c| format!("map__area--p{}", c.unwrap_or(1)),
            "",
            |c| names.get(c).cloned().unwrap_or_default(),
            false,
            |_| format!("/gemeenten/{}", code.as_str()),
        )
    });
    let (sources, years) = (portfolio.money.sources(), portfolio.money.years());
    let page = MunicipalityTemplate { ctx, code: code.as_str().to_string(), name, portfolio, map, sources, years };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "programme_form.html")]
struct ProgrammeFormTemplate {
    ctx: PageCtx,
    /// `None` when creating.
    programme: Option<Programme>,
    input: ProgrammeInput,
    errors: FieldErrors,
}

fn current_year() -> i64 {
    i64::from(clock::now().year())
}

pub async fn new_form(ctx: PageCtx, _admin: SiteAdmin) -> AppResult<Response> {
    let page = ProgrammeFormTemplate {
        ctx,
        programme: None,
        input: ProgrammeInput::with_defaults(current_year()),
        errors: FieldErrors::new(),
    };
    Ok(render(page)?.into_response())
}

fn form_again(
    ctx: PageCtx,
    programme: Option<Programme>,
    input: ProgrammeInput,
    errors: FieldErrors,
) -> AppResult<Response> {
    respond(status_of(&errors), ProgrammeFormTemplate { ctx, programme, input, errors })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: SiteAdmin,
    Form(input): Form<ProgrammeInput>,
) -> AppResult<Response> {
    let new = match input.parse() {
        Ok(new) => new,
        Err(errors) => return form_again(ctx, None, input, errors),
    };
    let p = state.store.create_programme(&admin.actor(), &new).await?;
    Ok(Redirect::to(&format!("/programmas/{}?melding=aangemaakt", p.id)).into_response())
}

pub async fn edit_form(ctx: PageCtx, access: ProgrammeAccess<Manage>) -> AppResult<Response> {
    let input = ProgrammeInput::from_programme(&access.programme);
    Ok(render(ProgrammeFormTemplate { ctx, programme: Some(access.programme), input, errors: FieldErrors::new() })?
        .into_response())
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(input): Form<ProgrammeInput>,
) -> AppResult<Response> {
    let new = match input.parse() {
        Ok(new) => new,
        Err(errors) => return form_again(ctx, Some(access.programme), input, errors),
    };
    state.store.update_programme(&access.actor(), access.programme.id, &new).await?;
    Ok(Redirect::to(&format!("/programmas/{}?melding=opgeslagen", access.programme.id)).into_response())
}

/// One step on a programme's home page.
pub struct StepView {
    pub number: u8,
    pub key: &'static str,
    pub facts: Vec<String>,
    pub published: bool,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammeTemplate {
    ctx: PageCtx,
    programme: Programme,
    steps: Vec<StepView>,
    internal: bool,
    can_manage: bool,
    can_members: bool,
    can_history: bool,
    can_delete: bool,
    role_key: Option<&'static str>,
    documents: Vec<crate::domain::document::Document>,
    document_add: Option<String>,
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx, access: ProgrammeAccess<View>) -> AppResult<Response> {
    let counts = state.store.programme_counts(access.programme.id).await?;
    let internal = access.can(Action::ReadInternal);
    let steps = Step::ALL
        .into_iter()
        .filter(|s| internal || access.programme.is_published(s.page()))
        .map(|s| StepView {
            number: s.number(),
            key: s.key(),
            facts: step_facts(s, &counts)
                .into_iter()
                .filter(|f| internal || f.key != "fact-members" && f.key != "fact-managers")
                .map(|f| ctx.t1(f.key, "count", f.count))
                .collect(),
            published: access.programme.is_published(s.page()),
        })
        .collect();
    let documents = state.store.documents_of(access.programme.id, OwnerKind::Programme, access.programme.id).await?;
    let can_manage = access.can(Action::Manage);
    let page = ProgrammeTemplate {
        documents,
        document_add: can_manage
            .then(|| super::documents::add_href(access.programme.id, OwnerKind::Programme, access.programme.id)),
        steps,
        internal,
        can_manage,
        can_members: access.can(Action::ManageMembers),
        can_history: access.can(Action::ReadHistory),
        can_delete: access.can(Action::Delete),
        role_key: access.role.map(|r| r.key()),
        programme: access.programme,
        ctx,
    };
    Ok(render(page)?.into_response())
}

#[derive(Template)]
#[template(path = "publication.html")]
struct PublicationTemplate {
    ctx: PageCtx,
    programme: Programme,
    pages: Vec<(&'static str, bool)>,
}

pub async fn publication_form(ctx: PageCtx, access: ProgrammeAccess<Manage>) -> AppResult<Response> {
    let pages = Page::ALL.iter().map(|p| (p.key(), access.programme.is_published(*p))).collect();
    Ok(render(PublicationTemplate { ctx, programme: access.programme, pages })?.into_response())
}

pub async fn publish(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Form(form): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let published: Vec<Page> =
        Page::ALL.into_iter().filter(|p| form.contains_key(&format!("pagina_{}", p.key()))).collect();
    state.store.set_published_pages(&access.actor(), access.programme.id, &published).await?;
    Ok(Redirect::to(&format!("/programmas/{}?melding=opgeslagen", access.programme.id)).into_response())
}

pub async fn delete_confirm(ctx: PageCtx, access: ProgrammeAccess<Delete>) -> AppResult<Response> {
    let p = &access.programme;
    let page = ConfirmTemplate {
        title: ctx.t1("programme-delete-title", "name", &p.name),
        text: ctx.t("programme-delete-text"),
        action: format!("/programmas/{}/verwijderen", p.id),
        submit: ctx.t("programme-delete-submit"),
        cancel: format!("/programmas/{}", p.id),
        danger: true,
        ctx,
    };
    page.render()
}

pub async fn delete(State(state): State<AppState>, access: ProgrammeAccess<Delete>) -> AppResult<Response> {
    state.store.delete_programme(&access.actor(), access.programme.id).await?;
    Ok(Redirect::to("/?melding=verwijderd").into_response())
}
