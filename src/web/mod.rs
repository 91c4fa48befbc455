//! The HTML pages, per step. Thin handlers: they parse input, let an extractor of `http::access`
//! check `domain::access`, call the application layer or the store and render a template. Shared
//! form pieces are in `form`; the route table is `router::routes`.

mod account;
mod admin;
pub mod agenda;
mod areas;
mod assets;
mod coalition;
mod documents;
mod dossier;
mod export;
mod fetching;
mod form;
mod goals;
mod governance;
mod history;
mod imports;
mod indicator_map;
mod indicators;
mod look;
mod map_view;
mod measures;
mod meetings;
mod members;
mod oidc;
mod outbox;
mod overview;
mod password_reset;
mod pdf;
mod preconditions;
mod privacy;
mod programme_area;
mod programmes;
mod progress;
mod publications;
mod reports;
mod residents;
mod revisions;
mod router;
mod scan;
mod scan_check;
mod second_factor;
mod stories;
mod successes;
mod wijkbudget;

pub use router::routes;
