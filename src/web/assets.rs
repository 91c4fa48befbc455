//! Health check, the stylesheet and the not-found fallback.

use crate::http::AppState;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

/// 200 when the database answers, 503 otherwise (for load balancers and the demo script).
pub async fn health(State(state): State<AppState>) -> impl IntoResponse {
    if state.store.healthy().await {
        (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "database unavailable")
    }
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        include_str!("../../static/style.css"),
    )
}

/// The dossier's print button (a file, since the CSP allows no inline script).
pub async fn print_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        include_str!("../../static/print.js"),
    )
}
