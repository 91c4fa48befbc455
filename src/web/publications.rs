//! A programme's publications (issue 17 item 6): each an immutable, dated snapshot with its own
//! address, HTML and PDF exactly as published; a newer one of the same kind is pointed to.

use crate::domain::access::{Action, may_read_page};
use crate::domain::audit::Actor;
use crate::domain::clock;
use crate::domain::programme::Programme;
use crate::domain::publication::{Publication, PublicationKind};
use crate::domain::validation::{FieldErrors, iso};
use crate::http::AppState;
use crate::http::access::{Manage, ProgrammeAccess, View};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::i18n::Lang;
use crate::report::paper::{Block, Paper};
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "publications.html")]
struct ListTemplate {
    ctx: PageCtx,
    programme: Programme,
    publications: Vec<Publication>,
    /// For beheerders: what can be published, with whether its page is public now.
    kinds: Vec<(PublicationKind, bool)>,
    errors: FieldErrors,
    chosen: String,
}

/// May the requester read snapshots of `kind`? Only who may read the page itself.
fn may_read<P>(access: &ProgrammeAccess<P>, kind: PublicationKind) -> bool {
    may_read_page(access.principal(), access.programme.is_published(kind.page()))
}

async fn list_page<P>(
    state: &AppState,
    ctx: PageCtx,
    access: &ProgrammeAccess<P>,
    errors: FieldErrors,
    chosen: String,
) -> AppResult<Response> {
    let mut publications: Vec<Publication> =
        state.store.publications(access.programme.id).await?.into_iter().filter(|p| may_read(access, p.kind)).collect();
    publications.reverse();
    let kinds = if access.can(Action::Manage) {
        PublicationKind::ALL.into_iter().map(|k| (k, access.programme.is_published(k.page()))).collect()
    } else {
        Vec::new()
    };
    let status = super::form::status_of(&errors);
    let page = ListTemplate { ctx, programme: access.programme.clone(), publications, kinds, errors, chosen };
    Ok((status, render(page)?).into_response())
}

/// `/programmas/{id}/publicaties`: newest first, only those whose page the reader may see; for
/// beheerders the form that publishes a page as it stands.
/// `?soort=` chooses a page in the form beforehand (the links on the pages themselves).
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<View>,
    Query(q): Query<PublishForm>,
) -> AppResult<Response> {
    list_page(&state, ctx, &access, FieldErrors::new(), q.soort).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PublishForm {
    soort: String,
}

/// Publish the chosen page as it stands now: an immutable, dated snapshot.
pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Manage>,
    Form(form): Form<PublishForm>,
) -> AppResult<Response> {
    let Some(kind) = PublicationKind::from_key(form.soort.trim()) else {
        let mut errors = FieldErrors::new();
        errors.add("soort", "error-choose-from-list");
        return list_page(&state, ctx, &access, errors, form.soort).await;
    };
    match snapshot(&state, &access.actor(), &access.programme, kind, ctx.lang).await {
        Ok(p) => Ok(Redirect::to(&format!("{}?melding=gepubliceerd", p.href())).into_response()),
        Err(AppError::Validation(errors)) => list_page(&state, ctx, &access, errors, form.soort).await,
        Err(e) => Err(e),
    }
}

/// A paper's HTML as a publication keeps it.
#[derive(Template)]
#[template(path = "paper_article.html")]
struct PaperArticle<'a> {
    paper: &'a Paper,
    made: String,
}

/// Typeset a paper on a blocking thread.
pub async fn typeset(paper: Paper, lang: Lang) -> AppResult<Vec<u8>> {
    let today = clock::now().date();
    super::pdf::typeset("paper", move || crate::report::paper::render(&paper, lang, today)).await
}

/// Make and keep the snapshot of `kind` as an anonymous reader in `lang` would read the page now
/// (nothing of the publisher's session in it): its HTML and its PDF from the report engine.
pub async fn snapshot(
    state: &AppState,
    actor: &Actor,
    programme: &Programme,
    kind: PublicationKind,
    lang: Lang,
) -> AppResult<Publication> {
    let store = &state.store;
    let ctx = PageCtx::new(lang, &crate::http::session::Auth::default(), &axum::http::Uri::from_static("/"));
    let today = ctx.date(&iso(clock::now().date()));
    let paper = match kind {
        PublicationKind::Wijkdeal => {
            return super::agenda::publish_wijkdeal_snapshot(store, actor, programme, lang).await;
        }
        PublicationKind::Progress => {
            let year = i64::from(clock::now().year()).max(programme.start_year);
            let report = crate::report::build(store, programme.clone(), year).await?;
            let html = crate::report::html::body(&report, lang, &iso(clock::now().date()))?;
            let title = format!("{} ({today})", report.title(lang));
            let today = clock::now().date();
            let pdf = super::pdf::typeset("report", move || crate::report::pdf::render(&report, lang, today)).await?;
            return Ok(store.publish(actor, programme.id, (kind, &title), &html, &pdf).await?);
        }
        PublicationKind::Dossier => super::dossier::paper(state, ctx.clone(), programme).await?,
        PublicationKind::Coalition => super::coalition::paper(store, &ctx, programme).await?,
        PublicationKind::Agenda => super::agenda::paper(store, &ctx, programme).await?,
        PublicationKind::Scan => {
            let Some((params, scan)) = super::dossier::scan_of_programme(state, programme).await? else {
                let mut errors = FieldErrors::new();
                errors.add("soort", "error-publication-no-scan");
                return Err(AppError::Validation(errors));
            };
            let mine: Vec<&str> = programme.areas.iter().map(|a| a.code.as_str()).collect();
            super::scan::paper(&ctx, &params, &scan, &programme.municipality_name, &mine)
        }
    };
    let made = ctx.t1("paper-made", "date", &today);
    let html = PaperArticle { paper: &paper, made }
        .render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("publication: {e}")))?;
    let title = format!("{} ({today})", paper.title);
    let pdf = typeset(paper, lang).await?;
    Ok(store.publish(actor, programme.id, (kind, &title), &html, &pdf).await?)
}

#[derive(Deserialize)]
pub struct PublicationPath {
    id: i64,
    publication_id: i64,
}

/// The publication asked for, when its page is one the requester may read (otherwise the same
/// refusal as the page itself gives).
async fn readable(state: &AppState, access: &ProgrammeAccess<View>, path: &PublicationPath) -> AppResult<Publication> {
    let publication = state.store.publication(path.id, path.publication_id).await?;
    if may_read(access, publication.kind) {
        Ok(publication)
    } else if access.auth.user().is_none() {
        Err(AppError::Unauthorised)
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Template)]
#[template(path = "publication_snapshot.html")]
struct SnapshotTemplate {
    ctx: PageCtx,
    programme: Programme,
    publication: Publication,
    newer: Option<Publication>,
    html: String,
}

/// `/programmas/{id}/publicaties/{publication_id}`: the snapshot as published, with a notice when a
/// newer one replaces it.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<View>,
    Path(path): Path<PublicationPath>,
) -> AppResult<Response> {
    let publication = readable(&state, &access, &path).await?;
    let newer = match publication.superseded_by {
        Some(id) => Some(state.store.publication(path.id, id).await?),
        None => None,
    };
    let (html, _) = state.store.publication_content(path.id, path.publication_id).await?;
    Ok(render(SnapshotTemplate { ctx, programme: access.programme, publication, newer, html })?.into_response())
}

/// The snapshot's PDF, byte for byte as published.
pub async fn pdf(
    State(state): State<AppState>,
    access: ProgrammeAccess<View>,
    Path(path): Path<PublicationPath>,
) -> AppResult<Response> {
    let publication = readable(&state, &access, &path).await?;
    let (_, bytes) = state.store.publication_content(path.id, path.publication_id).await?;
    let name = format!("{}-{}-{}.pdf", publication.kind.key(), publication.id, publication.published_on());
    Ok(super::pdf::response(bytes, &name))
}
