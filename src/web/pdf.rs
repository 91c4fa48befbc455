//! PDFs as the pages answer them: typeset by the report engine on a blocking thread (CPU work off
//! the async workers), served inline under a safe file name.

use crate::http::error::{AppError, AppResult};
use axum::response::{IntoResponse, Response};

/// Run `make` (a typesetting call) on a blocking thread; `what` names it in the log on failure.
pub async fn typeset(
    what: &'static str,
    make: impl FnOnce() -> Result<Vec<u8>, report_pdf::Error> + Send + 'static,
) -> AppResult<Vec<u8>> {
    tokio::task::spawn_blocking(make)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{what} pdf: {e}")))?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{what} pdf: {e}")))
}

/// A PDF shown in the browser; `name` only of `[A-Za-z0-9._-]`.
pub fn response(bytes: Vec<u8>, name: &str) -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, "application/pdf".to_string()),
            (axum::http::header::CONTENT_DISPOSITION, format!("inline; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response()
}
