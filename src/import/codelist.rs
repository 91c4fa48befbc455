//! Flat code lists: `Identifier,Title` as exported from a StatLine dimension (buurt codes and names).

use super::{ImportError, TableHints};
use crate::domain::programme::AreaCode;
use crate::domain::statistics::{AreaName, Dataset};

pub fn read(name: &str, bytes: &[u8], hints: &TableHints) -> Result<Dataset, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).trim(csv::Trim::All).from_reader(bytes);
    let mut areas = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = record.map_err(|e| ImportError::file(name, "import-error-csv").detail(e))?;
        let code = record.get(0).unwrap_or("");
        let title = record.get(1).unwrap_or("");
        let code = AreaCode::parse(code)
            .map_err(|_| ImportError::at(name, "import-error-area-code", row, "Identifier", code))?;
        if title.is_empty() {
            return Err(ImportError::at(name, "import-error-empty-key", row, "Title", ""));
        }
        areas.push(AreaName { code, name: title.to_string() });
    }
    if areas.is_empty() {
        return Err(ImportError::file(name, "import-error-no-rows"));
    }
    Ok(Dataset {
        source_table: hints.table.clone().unwrap_or_else(|| name.split('.').next().unwrap_or(name).to_string()),
        layout_year: hints.layout_year.or(hints.period.as_ref().map(|p| p.year())),
        areas,
        ..Dataset::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_list_names_areas() {
        let d = read(
            "b.csv",
            b"\xEF\xBB\xBFIdentifier,Title\nBU05991081,Bloemhof\nWK0363AA , Centrum-West \n",
            &TableHints::default(),
        )
        .unwrap();
        assert_eq!(d.areas.len(), 2);
        assert_eq!(d.areas[1].code.as_str(), "WK0363AA");
        assert_eq!(d.areas[1].name, "Centrum-West");
        let err = read("b.csv", b"Identifier,Title\nBU1,Bloemhof\n", &TableHints::default()).unwrap_err();
        assert_eq!((err.row, err.value.as_deref()), (Some(2), Some("BU1")));
    }
}
