//! `/api/v1/scan`: the urgency scan as JSON (open data: no login). The result type is the
//! application layer's (`app::scan::ScanResult`), shared with the command line and the download on
//! `/urgentie`.

use super::dto::ErrorBody;
use crate::app::scan::{ScanQuery, ScanResult, class_label, run_scan};
use crate::http::AppState;
use crate::http::error::AppResult;
use crate::i18n::Lang;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The urgency scan of the buurten, wijken or gemeenten of a gemeente or of the country.
#[utoipa::path(get, path = "/api/v1/scan", tag = "statistics", params(ScanQuery),
    responses((status = 200, body = ScanResult), (status = 422, body = ErrorBody)))]
pub async fn scan(State(state): State<AppState>, Query(q): Query<ScanQuery>) -> AppResult<Response> {
    let (_, result) = run_scan(&state, &q).await?;
    let body = ScanResult::new(&result, &|c| class_label(Lang::Nl, c)).to_json();
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}
