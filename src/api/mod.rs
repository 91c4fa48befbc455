//! The JSON API under `/api/v1`: token authentication for scripts (`Authorization: Bearer ww_…`),
//! the session cookie (plus `X-CSRF-Token` for changes) for the browser. The OpenAPI 3 document at
//! `/api/v1/openapi.json` is generated from the handler annotations.

mod agenda;
mod areas;
mod coalition;
mod dto;
mod monitoring;
mod portfolio;
mod programmes;
pub mod scan;
mod users;

pub use dto::*;

use crate::http::AppState;
use axum::Json;
use axum::Router;
use axum::routing::get;
use std::sync::Arc;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "WijkWijzer API", description = "Programmes (wijkaanpakken), their members and accounts."),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags((name = "programmes", description = "Wijkaanpakken"), (name = "accounts", description = "Accounts"),
        (name = "statistics", description = "Areas, indicators and figures (open data: Bron: CBS / RIVM, CC BY 4.0)"))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("ww_…").build()),
        );
    }
}

/// The API routes and the generated OpenAPI document.
pub fn api_router() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(users::me))
        .routes(routes!(users::list_users, users::create_user))
        .routes(routes!(programmes::list_programmes, programmes::create_programme))
        .routes(routes!(programmes::get_programme, programmes::update_programme, programmes::delete_programme))
        .routes(routes!(programmes::list_members))
        .routes(routes!(coalition::list_parties))
        .routes(routes!(coalition::list_bodies))
        .routes(routes!(agenda::list_goals))
        .routes(routes!(agenda::list_measures))
        .routes(routes!(agenda::budget))
        .routes(routes!(agenda::list_agenda_items))
        .routes(routes!(monitoring::list_assessments))
        .routes(routes!(monitoring::list_progress))
        .routes(routes!(monitoring::list_reports))
        .routes(routes!(monitoring::report_summary))
        .routes(routes!(programmes::put_member, programmes::delete_member))
        .routes(routes!(areas::list_areas))
        .routes(routes!(scan::scan))
        .routes(routes!(areas::get_area))
        .routes(routes!(areas::area_observations))
        .routes(routes!(areas::programme_area))
        .routes(routes!(portfolio::portfolio))
        .routes(routes!(areas::list_indicators))
        .split_for_parts()
}

pub fn router() -> Router<AppState> {
    let (router, doc) = api_router();
    let doc = Arc::new(doc);
    router.route("/api/v1/openapi.json", get(move || async move { Json((*doc).clone()) }))
}
