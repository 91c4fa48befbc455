//! Flat code lists: `Identifier,Title` as exported from a StatLine dimension (buurt codes and names),
//! and the dBase attribute table of the CBS wijk- en buurtkaart (`WK_CODE`, `WK_NAAM`, `GM_CODE`, …).

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

/// The dBase table of a CBS map layer: every area code column (`GM_CODE`, `WK_CODE`, `BU_CODE`)
/// with its name column (`GM_NAAM`, …); the layout year from `JAAR`.
pub fn read_dbf(name: &str, bytes: &[u8], hints: &TableHints) -> Result<Dataset, ImportError> {
    use dbase::FieldValue;
    let mut reader = dbase::ReaderBuilder::new()
        .with_encoding(dbase::encoding::UnicodeLossy)
        .build(std::io::Cursor::new(bytes))
        .map_err(|e| ImportError::file(name, "import-error-dbf").detail(e))?;
    let records = reader.read().map_err(|e| ImportError::file(name, "import-error-dbf").detail(e))?;
    let text = |v: Option<&FieldValue>| match v {
        Some(FieldValue::Character(Some(s))) => s.trim().to_string(),
        Some(FieldValue::Numeric(Some(n))) => format!("{n:.0}"),
        _ => String::new(),
    };
    let mut areas: Vec<AreaName> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut year = hints.layout_year;
    for (i, r) in records.iter().enumerate() {
        let row = i + 1;
        if year.is_none() {
            year = text(r.get("JAAR")).parse().ok();
        }
        for prefix in ["GM", "WK", "BU"] {
            let column = format!("{prefix}_CODE");
            let Some(value) = r.get(&column) else { continue };
            let code_text = text(Some(value));
            let code = AreaCode::parse(&code_text)
                .map_err(|_| ImportError::at(name, "import-error-area-code", row, &column, &code_text))?;
            let title = text(r.get(&format!("{prefix}_NAAM")));
            if seen.insert(code.clone()) {
                areas.push(AreaName { name: if title.is_empty() { code.as_str().to_string() } else { title }, code });
            }
        }
    }
    if areas.is_empty() {
        return Err(ImportError::file(name, "import-error-no-rows"));
    }
    Ok(Dataset {
        source_table: hints.table.clone().unwrap_or_else(|| name.split('.').next().unwrap_or(name).to_string()),
        layout_year: year,
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
