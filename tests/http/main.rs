//! HTTP tests through the real router on a fresh database per test (`crate::common::app::TestApp`), by
//! step: what a user does on each page, what is refused, what is audited, in both languages.

#[path = "../common/mod.rs"]
mod common;

mod account;
mod agenda;
mod coalition;
mod documents;
mod fetching;
mod mail;
mod numbers;
mod oidc;
mod programmes;
mod progress;
mod publications;
mod second_factor;
mod site;
mod urgency;
mod wijkbudget;
