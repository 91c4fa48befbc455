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
