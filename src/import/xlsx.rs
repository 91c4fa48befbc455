//! StatLine xlsx exports (read with calamine): the first sheet holds the OData columns, one row
//! per region, period and dimension combination.

use super::rows::{Builder, Raw};
use super::{ImportError, Properties, TableHints};
use crate::domain::statistics::Dataset;
use calamine::{DataRef, Reader, ReaderRef, Xlsx, open_workbook_from_rs};
use std::io::Cursor;

pub fn read(
    name: &str,
    bytes: &[u8],
    props: Option<&Properties>,
    hints: &TableHints,
    stem: &str,
) -> Result<Dataset, ImportError> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| ImportError::file(name, "import-error-xlsx").detail(e))?;
    // Cells borrowed from the shared-strings table: no copy of the 450,000 strings of a StatLine sheet.
    let sheet = book.sheet_names().first().cloned().ok_or_else(|| ImportError::file(name, "import-error-no-rows"))?;
    let range = book.worksheet_range_ref(&sheet).map_err(|e| ImportError::file(name, "import-error-xlsx").detail(e))?;
    let mut rows = range.rows();
    let header_row = rows.next().ok_or_else(|| ImportError::file(name, "import-error-no-rows"))?;
    let headers: Vec<String> = header_row
        .iter()
        .map(|c| match raw(c) {
            Raw::Text(t) => t.trim().to_string(),
            Raw::Number(n) => n.to_string(),
            _ => String::new(),
        })
        .collect();
    let mut builder = Builder::new(name, headers, props, hints, stem)?;
    let first_row = range.start().map(|(r, _)| r as usize + 1).unwrap_or(1);
    let mut cells: Vec<Raw<'_>> = Vec::new();
    for (i, row) in rows.enumerate() {
        cells.clear();
        for c in row {
            cells.push(raw(c));
        }
        // Row numbers as the spreadsheet shows them: the header is row 1.
        builder.add_row(first_row + i + 1, &cells)?;
    }
    builder.finish()
}

fn raw<'a>(c: &'a DataRef<'a>) -> Raw<'a> {
    match c {
        DataRef::Empty | DataRef::SharedString("") => Raw::Empty,
        DataRef::String(s) if s.is_empty() => Raw::Empty,
        DataRef::String(s) => Raw::Text(s),
        DataRef::SharedString(s) => Raw::Text(s),
        DataRef::Int(n) => Raw::Number(*n as f64),
        DataRef::Float(f) => Raw::Number(*f),
        DataRef::Bool(_)
        | DataRef::DateTime(_)
        | DataRef::DateTimeIso(_)
        | DataRef::DurationIso(_)
        | DataRef::Error(_) => Raw::Text("<?>"),
    }
}
