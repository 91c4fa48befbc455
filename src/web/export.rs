//! CSV downloads: one writer, text a spreadsheet would run as a formula made inert.

use crate::http::error::{AppError, AppResult};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is quoted with `'`.
pub fn csv_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

/// A CSV download named `file_name`: the header, then the rows (free text already through `csv_text`).
pub fn csv_response(file_name: &str, header: &[&str], rows: Vec<Vec<String>>) -> AppResult<Response> {
    let internal = |e: csv::Error| AppError::Internal(e.into());
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(internal)?;
    for r in rows {
        w.write_record(r).map_err(internal)?;
    }
    let body = w.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!(e.to_string())))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::csv_text;

    #[test]
    fn formulas_are_made_inert() {
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_text("-3"), "'-3");
        assert_eq!(csv_text("Woonstad"), "Woonstad");
    }
}
