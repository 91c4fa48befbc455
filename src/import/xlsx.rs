//! StatLine xlsx exports (read with calamine): the first sheet holds the OData columns, one row
//! per region, period and dimension combination.

use super::rows::{Builder, Raw};
use super::{ImportError, Properties, TableHints};
use crate::domain::statistics::Dataset;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
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
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| ImportError::file(name, "import-error-no-rows"))?
        .map_err(|e| ImportError::file(name, "import-error-xlsx").detail(e))?;
    let mut rows = range.rows();
    let header_row = rows.next().ok_or_else(|| ImportError::file(name, "import-error-no-rows"))?;
    let headers: Vec<String> = header_row.iter().map(|c| c.to_string().trim().to_string()).collect();
    let mut builder = Builder::new(name, headers, props, hints, stem)?;
    let first_row = range.start().map(|(r, _)| r as usize + 1).unwrap_or(1);
    let mut cells: Vec<Raw<'_>> = Vec::new();
    for (i, row) in rows.enumerate() {
        cells.clear();
        for c in row {
            cells.push(match c {
                Data::Empty => Raw::Empty,
                Data::String(s) if s.is_empty() => Raw::Empty,
                Data::String(s) => Raw::Text(s),
                Data::Int(n) => Raw::Number(*n as f64),
                Data::Float(f) => Raw::Number(*f),
                Data::Bool(_) | Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) | Data::Error(_) => {
                    Raw::Text("<?>")
                }
            });
        }
        // Row numbers as the spreadsheet shows them: the header is row 1.
        builder.add_row(first_row + i + 1, &cells)?;
    }
    builder.finish()
}
