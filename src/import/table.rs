//! Tables with human headers: StatLine's "CSV met statistische symbolen", CBS custom tables
//! (*maatwerk*: title lines, headers spread over several lines, decimal commas, a `Bron:` footer)
//! and plain CSV files with a code column. Columns are recognised by their cells: the column(s)
//! holding CBS area codes, a name column, `Perioden`, and numeric columns (the indicators).

use super::{ImportError, TableHints};
use crate::domain::programme::{AreaCode, AreaLevel};
use crate::domain::statistics::{AreaName, Cell, Dataset, Decimal, IndicatorMeta, Period, Record};
use std::collections::HashMap;

/// Column labels that hold identifiers, never figures (`gemnr` is a bare municipality number).
const ID_LABELS: [&str; 8] = ["gemnr", "gemeentecode", "wijkcode", "buurtcode", "regiocode", "code", "gwb_code", "id"];

/// Is this text a table of this kind? Used for format detection.
pub fn looks_like_table(text: &str) -> bool {
    let delimiter = sniff_delimiter(text);
    text.lines().take(400).any(|l| {
        l.split(delimiter as char).take(5).any(|c| {
            let c = c.trim().trim_matches('"').trim();
            c.len() >= 6 && AreaCode::parse(c).is_ok()
        })
    })
}

fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(20).collect();
    let semis: usize = lines.iter().map(|l| l.matches(';').count()).sum();
    let commas: usize = lines.iter().map(|l| l.matches(',').count()).sum();
    if semis >= commas { b';' } else { b',' }
}

fn code_in(cell: &str) -> Option<AreaCode> {
    let c = cell.trim();
    AreaCode::parse(c).ok().filter(|_| c.len() >= 4)
}

/// The national row of a custom table says "Nederland" and has no code. Only then is it the
/// country: a wijk may be called Nederland too (Steenwijkerland has one).
fn national_row(r: &[String]) -> bool {
    r.first().is_some_and(|c| c.trim().eq_ignore_ascii_case("nederland"))
        && !r.iter().take(5).any(|c| code_in(c).is_some())
}

fn is_number_like(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty() && matches!(t, "." | "x" | "X" | "?" | "-")
        || (!t.is_empty() && t.trim_end_matches('*').bytes().all(|b| b.is_ascii_digit() || b"-+.,".contains(&b)))
            && t.bytes().any(|b| b.is_ascii_digit())
}

pub fn read(name: &str, bytes: &[u8], hints: &TableHints, stem: &str) -> Result<Dataset, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::file(name, "import-error-encoding").detail(e))?;
    let delimiter = sniff_delimiter(text);
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::file(name, "import-error-csv").detail(e))?;
        rows.push(record.iter().map(|c| c.to_string()).collect());
    }
    let is_data = |r: &Vec<String>| r.iter().take(5).any(|c| code_in(c).is_some()) || national_row(r);
    let first_data = rows.iter().position(is_data).ok_or_else(|| ImportError::file(name, "import-error-no-rows"))?;
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |r: &Vec<String>, j: usize| r.get(j).map(|c| c.trim().to_string()).unwrap_or_default();

    // Data rows end at the footer (`Bron: …`); empty rows are skipped.
    let mut data_rows: Vec<usize> = Vec::new();
    for (i, r) in rows.iter().enumerate().skip(first_data) {
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if is_data(r) {
            data_rows.push(i);
            continue;
        }
        let first = cell(r, 0).to_lowercase();
        if first.starts_with("bron") || r.iter().skip(1).all(|c| c.trim().is_empty()) {
            continue; // footer or note
        }
        return Err(ImportError::at(name, "import-error-row", i + 1, "", &r.join(";")));
    }

    // Header lines: everything above the data with more than one filled cell is a label part;
    // single-cell lines are titles (one may name the region layout).
    let mut labels: Vec<String> = vec![String::new(); width];
    let mut layout_year = hints.layout_year;
    for r in &rows[..first_data] {
        let filled: Vec<usize> = (0..width).filter(|j| !cell(r, *j).is_empty()).collect();
        if filled.len() == 1 && filled[0] == 0 {
            let title = cell(r, 0).to_lowercase();
            if let Some(pos) = title.find("indeling") {
                layout_year = layout_year.or_else(|| {
                    title[pos..]
                        .split(|c: char| !c.is_ascii_digit())
                        .find(|w| w.len() == 4)
                        .and_then(|y| y.parse().ok())
                });
            }
            continue;
        }
        for j in filled {
            let part = cell(r, j);
            if !labels[j].is_empty() {
                labels[j].push(' ');
            }
            labels[j].push_str(&part);
        }
    }

    // Column roles from the data cells.
    let code_cols: Vec<usize> =
        (0..width).filter(|j| data_rows.iter().any(|&i| code_in(&cell(&rows[i], *j)).is_some())).collect();
    let period_col = (0..width).find(|j| labels[*j].eq_ignore_ascii_case("perioden"));
    let id_col = |j: usize| ID_LABELS.contains(&labels[j].to_lowercase().as_str());
    let mut name_col = None;
    let mut indicator_cols = Vec::new();
    for (j, label) in labels.iter().enumerate() {
        if code_cols.contains(&j) || Some(j) == period_col || id_col(j) {
            continue;
        }
        let filled: Vec<String> = data_rows.iter().map(|&i| cell(&rows[i], j)).filter(|c| !c.is_empty()).collect();
        if filled.is_empty() {
            if !label.is_empty() {
                indicator_cols.push(j); // a column never measured: read, nothing stored
            }
            continue;
        }
        // Names are text throughout (a stray number in a name column is rare); a column of
        // figures with some text in it is a column of figures with errors, reported below.
        let numeric = filled.iter().filter(|c| is_number_like(c)).count();
        if numeric * 10 >= filled.len() {
            indicator_cols.push(j);
        } else if name_col.is_none() {
            name_col = Some(j);
        }
    }
    if indicator_cols.is_empty() {
        return Err(ImportError::file(name, "import-error-no-indicators"));
    }
    let decimal = {
        let cells = || data_rows.iter().flat_map(|&i| indicator_cols.iter().map(move |&j| (i, j)));
        let comma = cells().any(|(i, j)| cell(&rows[i], j).contains(','));
        if comma { Decimal::Comma } else { Decimal::Point }
    };
    if period_col.is_none() && hints.period.is_none() {
        return Err(ImportError::file(name, "import-error-no-period"));
    }

    let mut d = Dataset {
        source_table: hints.table.clone().unwrap_or_else(|| stem.to_string()),
        layout_year,
        indicators: indicator_cols
            .iter()
            .map(|&j| {
                let label = if labels[j].is_empty() { format!("kolom {}", j + 1) } else { labels[j].clone() };
                let unit = label
                    .rsplit_once('(')
                    .and_then(|(_, u)| u.strip_suffix(')'))
                    .map(str::to_string)
                    .unwrap_or_default();
                IndicatorMeta { key: label.clone(), title: label, unit, description: String::new() }
            })
            .collect(),
        variants: vec![String::new()],
        ..Dataset::default()
    };
    let mut area_index: HashMap<String, usize> = HashMap::new();
    let mut period_index: HashMap<String, usize> = HashMap::new();
    let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
    for &i in &data_rows {
        let r = &rows[i];
        let row_no = i + 1;
        // The most specific code of the row (a wijk row also names its gemeente).
        let code = code_cols
            .iter()
            .filter_map(|&j| code_in(&cell(r, j)))
            .max_by_key(|c| match c.level() {
                AreaLevel::Country => 0,
                AreaLevel::Municipality => 1,
                AreaLevel::District => 2,
                AreaLevel::Neighbourhood => 3,
            })
            .or_else(|| national_row(r).then(|| AreaCode::parse("NL01").expect("valid")))
            .expect("a data row has a code");
        let period = match period_col {
            Some(j) => {
                let p = cell(r, j);
                Period::from_statline(&p)
                    .ok_or_else(|| ImportError::at(name, "import-error-period", row_no, &labels[j], &p))?
            }
            None => hints.period.clone().expect("checked"),
        };
        let area_name = match (code.level(), name_col.map(|j| cell(r, j))) {
            (AreaLevel::Country, _) => "Nederland".to_string(),
            (_, Some(n)) if !n.is_empty() => n,
            _ => code.as_str().to_string(),
        };
        let area = *area_index.entry(code.as_str().to_string()).or_insert_with(|| {
            d.areas.push(AreaName { code: code.clone(), name: area_name });
            d.areas.len() - 1
        });
        let period_ix = *period_index.entry(period.code().to_string()).or_insert_with(|| {
            d.periods.push(period.clone());
            d.periods.len() - 1
        });
        let mut cells = Vec::new();
        for (k, &j) in indicator_cols.iter().enumerate() {
            let raw = cell(r, j);
            let parsed = Cell::parse(&raw, decimal).ok_or_else(|| {
                let column = if labels[j].is_empty() { format!("{}", j + 1) } else { labels[j].clone() };
                ImportError::at(name, "import-error-value", row_no, &column, &raw)
            })?;
            if parsed != Cell::NotMeasured {
                cells.push((k, parsed));
            }
        }
        // Published files sometimes repeat a row verbatim; a repeat with other figures is an error.
        match seen.get(&(area, period_ix)) {
            Some(&earlier) if d.records[earlier].cells == cells => continue,
            Some(_) => {
                return Err(
                    ImportError::at(name, "import-error-duplicate", row_no, "", code.as_str()).detail(period.human())
                );
            }
            None => {
                seen.insert((area, period_ix), d.records.len());
            }
        }
        d.records.push(Record { area, period: period_ix, variant: 0, cells });
    }
    Ok(d)
}

/// Whether a CSV is a CBS KWB flat file (`kwb-2023.csv`): its header names `gwb_code_10`.
pub fn is_kwb_flat(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    String::from_utf8_lossy(first).to_lowercase().contains("gwb_code_10")
}

/// A CBS KWB flat file as CSV: one header row of short column names, one row per area. Saved by
/// Excel in Dutch it is `;`-separated with decimal commas; otherwise `,` and points.
pub fn read_kwb_flat(name: &str, bytes: &[u8], hints: &TableHints, stem: &str) -> Result<Dataset, ImportError> {
    use super::rows::{Builder, Raw};
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::file(name, "import-error-encoding").detail(e))?;
    let delimiter = sniff_delimiter(text);
    let decimal = if delimiter == b';' { Decimal::Comma } else { Decimal::Point };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(true).flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::file(name, "import-error-csv").detail(e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut builder = Builder::new(name, headers, None, hints, stem)?.with_decimal(decimal);
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::file(name, "import-error-csv").detail(e))?;
        let cells: Vec<Raw<'_>> =
            record.iter().map(|c| if c.trim().is_empty() { Raw::Empty } else { Raw::Text(c.trim()) }).collect();
        // Row numbers as a spreadsheet shows them: the header is row 1.
        builder.add_row(i + 2, &cells)?;
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(period: &str) -> TableHints {
        TableHints { period: Period::parse_human(period), ..TableHints::default() }
    }

    #[test]
    fn a_custom_table_with_titles_decimal_commas_and_a_footer_reads() {
        let text = "\u{feff}Tabel 1;;;\nInkomen naar wijk, 2020;;;\n;;;Gemiddeld\n;;;inkomen\nGemeentelijke indeling van 2023;;;\n\
            Gemeentecode;Wijkcode;Regionaam;\n;;;x 1000 euro\nNederland;;;27,9\nGM0014;Totaal;Groningen;25,6\n;WK001400;Centrum;22,5\n\
            ;WK001401;Oud-Zuid;.\nBron: CBS;;;\n";
        let d = read("t.csv", text.as_bytes(), &hints("2020"), "t").unwrap();
        assert_eq!(d.layout_year, Some(2023));
        assert_eq!(d.indicators[0].key, "Gemiddeld inkomen x 1000 euro");
        let codes: Vec<_> = d.areas.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect();
        assert_eq!(
            codes,
            [("NL01", "Nederland"), ("GM0014", "Groningen"), ("WK001400", "Centrum"), ("WK001401", "Oud-Zuid")]
        );
        assert_eq!(d.records[1].cells, [(0, Cell::Value { value: 25.6, symbol: None })]);
        assert_eq!(d.missing(), 1);
    }

    #[test]
    fn a_statline_csv_with_symbols_reads_its_periods() {
        let text = "\"Perioden\";\"Wijken en buurten\";\"Regiocode (gemeente, wijk, buurt) (code)\";\"SES-WOA/Totaalscore (Getal)\"\n\
            \"2019\";\"Amsterdam\";\"GM0363    \";\"  -0.100\"\n\"2019\";\"Kop Zeedijk\";\"BU03630000\";\"       .\"\n";
        let d = read("s.csv", text.as_bytes(), &TableHints::default(), "s").unwrap();
        assert_eq!(d.periods[0].code(), "2019JJ00");
        assert_eq!(d.areas[1].name, "Kop Zeedijk");
        assert_eq!(d.indicators[0].unit, "Getal");
        assert_eq!(d.records[0].cells[0].1, Cell::Value { value: -0.1, symbol: None });
    }

    #[test]
    fn a_row_repeated_verbatim_is_read_once_and_a_conflicting_repeat_refused() {
        let text = "wijkcode,wijknaam,% eenzaam\nWK191104,Wieringen,40\nWK191104,Wieringen,40\n";
        let d = read("w.csv", text.as_bytes(), &hints("2016"), "w").unwrap();
        assert_eq!(d.records.len(), 1);
        let text = "wijkcode,wijknaam,% eenzaam\nWK191104,Wieringen,40\nWK191104,Wieringen,41\n";
        let err = read("w.csv", text.as_bytes(), &hints("2016"), "w").unwrap_err();
        assert_eq!((err.key, err.row), ("import-error-duplicate", Some(3)));
    }

    #[test]
    fn a_wijk_called_nederland_is_a_wijk() {
        let text = "Wijknaam;Wijkcode;Gemeentenaam;Auto's per huishouden\nCentrum;WK001400  ;Groningen;0,2\n\
            Nederland;WK170835  ;Steenwijkerland;.\n";
        let d = read("a.csv", text.as_bytes(), &hints("2023"), "a").unwrap();
        let names: Vec<_> = d.areas.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect();
        assert_eq!(names, [("WK001400", "Centrum"), ("WK170835", "Nederland")]);
    }

    #[test]
    fn a_bad_cell_or_an_unknown_line_is_named() {
        let text = "wijkcode,wijknaam,gemnr,% eenzaam\nWK000300,Wijk 00,3,46\nWK000500,Wijk 00,5,veel\n";
        let err = read("w.csv", text.as_bytes(), &hints("2016"), "w").unwrap_err();
        assert_eq!((err.row, err.column.as_deref(), err.value.as_deref()), (Some(3), Some("% eenzaam"), Some("veel")));
        let text = "wijkcode,wijknaam,% eenzaam\nWK000300,Wijk 00,46\nhier staat iets,anders,\n";
        let err = read("w.csv", text.as_bytes(), &hints("2016"), "w").unwrap_err();
        assert_eq!((err.key, err.row), ("import-error-row", Some(3)));
    }
}
