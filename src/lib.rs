//! WijkWijzer: carry a neighbourhood coalition through the five steps of the "wendbare wijkaanpak".
//!
//! Layers: `domain` (concepts and rules) ← `store` (SQL, SQLite and PostgreSQL) ← `web` (HTML pages)
//! and `api` (JSON + OpenAPI) ← `cli` (the `wijkwijzer` command). See docs/ARCHITECTURE.md.
#![forbid(unsafe_code)]

pub mod api;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod import;
pub mod report;
pub mod server;
pub mod store;
pub mod web;
