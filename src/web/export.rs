//! Table downloads: the same table as CSV (in the reader's language: Dutch Excel wants semicolons
//! and decimal commas) or as an Excel workbook, chosen by the path's extension.

use crate::app::table::{CsvDialect, Table};
use crate::http::AppState;
use crate::http::error::{AppError, AppResult};
use crate::i18n::Lang;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What a table download is asked as: `….xlsx` a workbook, anything else CSV in the language of
/// the page it was asked from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    Csv(CsvDialect),
    Xlsx,
}

impl Download {
    pub fn extension(self) -> &'static str {
        match self {
            Download::Csv(_) => "csv",
            Download::Xlsx => "xlsx",
        }
    }

    /// The table as this download, named `{base}.{csv|xlsx}`.
    pub fn respond(self, base: &str, table: &Table) -> AppResult<Response> {
        let (content_type, body) = match self {
            Download::Csv(dialect) => {
                ("text/csv; charset=utf-8", table.to_csv(dialect).map_err(|e| AppError::Internal(e.into()))?)
            }
            Download::Xlsx => (XLSX, table.to_xlsx().map_err(|e| AppError::Internal(e.into()))?),
        };
        let name: String = base.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
        Ok((
            [
                (header::CONTENT_TYPE, content_type.to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.{}\"", self.extension())),
            ],
            body,
        )
            .into_response())
    }
}

impl FromRequestParts<AppState> for Download {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, Self::Rejection> {
        if parts.uri.path().ends_with(".xlsx") {
            return Ok(Download::Xlsx);
        }
        Ok(Download::Csv(match parts.extensions.get::<Lang>().copied().unwrap_or_default() {
            Lang::Nl => CsvDialect::Dutch,
            Lang::En => CsvDialect::International,
        }))
    }
}
