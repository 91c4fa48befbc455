//! A programme's publications (issue 17 item 6): each an immutable, dated snapshot with its own
//! address, HTML and PDF exactly as published; a newer one of the same kind is pointed to.

use crate::domain::programme::Programme;
use crate::domain::publication::Publication;
use crate::http::AppState;
use crate::http::access::{ProgrammeAccess, View};
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::http::render::render;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "publications.html")]
struct ListTemplate {
    ctx: PageCtx,
    programme: Programme,
    publications: Vec<Publication>,
}

/// `/programmas/{id}/publicaties`: newest first.
pub async fn list(State(state): State<AppState>, ctx: PageCtx, access: ProgrammeAccess<View>) -> AppResult<Response> {
    let mut publications = state.store.publications(access.programme.id).await?;
    publications.reverse();
    Ok(render(ListTemplate { ctx, programme: access.programme, publications })?.into_response())
}

#[derive(Deserialize)]
pub struct PublicationPath {
    id: i64,
    publication_id: i64,
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
    let publication = state.store.publication(path.id, path.publication_id).await?;
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
    _access: ProgrammeAccess<View>,
    Path(path): Path<PublicationPath>,
) -> AppResult<Response> {
    let publication = state.store.publication(path.id, path.publication_id).await?;
    let (_, bytes) = state.store.publication_content(path.id, path.publication_id).await?;
    let name = format!("{}-{}-{}.pdf", publication.kind.key(), publication.id, publication.published_on());
    Ok(super::agenda::pdf_response(bytes, &name))
}
