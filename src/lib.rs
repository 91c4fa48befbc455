//! WijkWijzer: carry a neighbourhood coalition through the five steps of the "wendbare wijkaanpak".
//!
//! Layers: `domain` (concepts and rules) ← `store` (SQL, SQLite and PostgreSQL) ← `http` (the edge:
//! state, errors, sessions, access extractors) and `app` (use cases shared by pages, API and CLI) ←
//! `web` (HTML pages) and `api` (JSON + OpenAPI), which never import each other ← `build_router`
//! here (both behind one set of layers) ← `server` and `cli` (the `wijkwijzer` command). `i18n` (languages and how they
//! write numbers) is used by all. See docs/ARCHITECTURE.md.
#![forbid(unsafe_code)]

pub mod api;
pub mod app;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod fetch;
pub mod http;
pub mod i18n;
pub mod import;
pub mod mail;
pub mod oidc;
pub mod report;
pub mod server;
pub mod store;
pub mod web;

/// The whole site: the pages and the JSON API, which know nothing of each other, behind the HTTP
/// edge's layers. The crate root is the one place that puts the two front ends together.
pub fn build_router(state: http::AppState) -> axum::Router {
    http::wrap(web::routes().merge(api::router()), state)
}

/// Publish the demo's signed wijkdeal as a snapshot with its PDF, once (`wijkwijzer demo` does so
/// when the figures are in). Here because it renders the page's own template (`web`) for data the
/// demo (which knows no pages) made. Returns whether it published.
pub async fn publish_demo_wijkdeal(store: &store::Store) -> Result<bool, store::StoreError> {
    let Some(programme) = demo::wijkdeal_to_publish(store).await? else { return Ok(false) };
    let actor = domain::audit::Actor::system("demo");
    web::agenda::publish_wijkdeal_snapshot(store, &actor, &programme, i18n::Lang::Nl)
        .await
        .map_err(|e| store::StoreError::Unavailable(format!("demo wijkdeal: {e}")))?;
    Ok(true)
}
