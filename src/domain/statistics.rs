//! Statistics as CBS and RIVM publish them: periods, cells with their symbols, and the imported
//! dataset that the store saves in one transaction.

use super::programme::AreaCode;

/// The attribution every page, download and report showing the open data carries.
pub const ATTRIBUTION: &str = "Bron: CBS / RIVM, CC BY 4.0";

/// A StatLine period. Stored as the StatLine code (`2020JJ00`, `2020KW03`, `2020MM07`); shown and
/// accepted as people say it (`2020`, `2020-Q3`, `2020-07`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period(String);

impl Period {
    /// A StatLine period code, or a plain year as in the CSV exports.
    pub fn from_statline(raw: &str) -> Option<Period> {
        let s = raw.trim().to_uppercase();
        // Every period code is ASCII; anything else (and slicing it by bytes) is refused up front.
        if !s.is_ascii() {
            return None;
        }
        let year_ok = s.len() >= 4 && s[..4].bytes().all(|b| b.is_ascii_digit());
        if !year_ok {
            return None;
        }
        let rest = &s[4..];
        let ok = match rest.len() {
            0 => return Some(Period(format!("{}JJ00", &s[..4]))),
            4 => {
                let (kind, n) = rest.split_at(2);
                let n: u8 = n.parse().ok()?;
                matches!((kind, n), ("JJ", 0) | ("KW", 1..=4) | ("MM", 1..=12) | ("HJ", 1..=2))
            }
            _ => false,
        };
        ok.then_some(Period(s))
    }

    /// What a person types: `2020`, `2020-Q3`, `2020-07`, `2020-H1`, or a StatLine code.
    pub fn parse_human(raw: &str) -> Option<Period> {
        let s = raw.trim().to_uppercase();
        match s.split_once('-') {
            None => Period::from_statline(&s),
            Some((year, part)) if year.len() == 4 => {
                let code = if let Some(q) = part.strip_prefix('Q') {
                    format!("{year}KW0{q}")
                } else if let Some(h) = part.strip_prefix('H') {
                    format!("{year}HJ0{h}")
                } else {
                    format!("{year}MM{part:0>2}")
                };
                Period::from_statline(&code)
            }
            _ => None,
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    pub fn year(&self) -> i64 {
        self.0[..4].parse().unwrap_or(0)
    }

    /// `2020`, `2020-Q3`, `2020-07`, `2020-H1`.
    pub fn human(&self) -> String {
        let (year, kind, n) = (&self.0[..4], &self.0[4..6], &self.0[6..8]);
        match kind {
            "JJ" => year.to_string(),
            "KW" => format!("{year}-Q{}", n.trim_start_matches('0')),
            "HJ" => format!("{year}-H{}", n.trim_start_matches('0')),
            _ => format!("{year}-{n}"),
        }
    }
}

/// An indicator of the catalogue, with the periods it has figures for (StatLine codes).
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    pub source_table: String,
    pub key: String,
    pub variant: String,
    /// Title, unit and comparison as people read them (`catalogue::label`).
    pub label: super::catalogue::Label,
    pub classification: super::catalogue::Classification,
    pub periods: Vec<String>,
}

impl IndicatorRow {
    pub fn title(&self, english: bool) -> &str {
        self.label.title(english)
    }

    pub fn unit(&self, english: bool) -> &str {
        self.label.unit(english)
    }
}

/// One figure of an area, with what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaObservation {
    pub area_code: String,
    pub layout_year: i64,
    pub source_table: String,
    pub key: String,
    pub variant: String,
    pub period: String,
    pub cell: Cell,
}

/// What an import stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    pub source_table: String,
    pub layout_year: i64,
    pub areas: usize,
    pub indicators: usize,
    /// Periods as people say them (`2020`).
    pub periods: Vec<String>,
    pub values: usize,
    pub missing: usize,
    /// Boundaries stored, and areas named without a usable shape (boundary files).
    pub boundaries: usize,
    pub without_geometry: usize,
}

impl ImportSummary {
    /// The catalogue message that reports this import of `file`, with its arguments.
    pub fn message(&self, file: &str) -> (&'static str, Vec<(&'static str, String)>) {
        if self.boundaries > 0 || self.without_geometry > 0 {
            let args = vec![
                ("file", file.to_string()),
                ("count", self.boundaries.to_string()),
                ("missing", self.without_geometry.to_string()),
                ("year", self.layout_year.to_string()),
            ];
            ("cli-import-boundaries", args)
        } else if self.values == 0 && self.indicators == 0 {
            // A list of codes and names: it names areas, it has no figures.
            let args = vec![
                ("file", file.to_string()),
                ("areas", self.areas.to_string()),
                ("year", self.layout_year.to_string()),
            ];
            ("cli-import-names", args)
        } else {
            let args = vec![
                ("file", file.to_string()),
                ("table", self.source_table.clone()),
                ("areas", self.areas.to_string()),
                ("indicators", self.indicators.to_string()),
                ("periods", self.periods.join(", ")),
                ("values", self.values.to_string()),
                ("missing", self.missing.to_string()),
            ];
            ("cli-import-summary", args)
        }
    }
}

/// One published cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// A figure. `symbol` keeps a CBS mark that comes with it (`*` provisional, `-` nil).
    Value { value: f64, symbol: Option<char> },
    /// No figure: `.` (missing or suppressed), `x` (confidential), `?` (unreliable). Never zero.
    Missing(char),
    /// An empty cell: the indicator was not measured here. Nothing is stored.
    NotMeasured,
}

/// Decimal separator of a file: StatLine exports use a point, custom tables (maatwerk) a comma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decimal {
    Point,
    Comma,
}

impl Cell {
    /// Read a text cell as CBS writes it. `None` when it is not a figure or a known symbol.
    pub fn parse(raw: &str, decimal: Decimal) -> Option<Cell> {
        let s = raw.trim();
        match s {
            "" => return Some(Cell::NotMeasured),
            "." | "x" | "X" | "?" => {
                return Some(Cell::Missing(s.chars().next()?.to_ascii_lowercase()));
            }
            // CBS: "-" is nil, a true zero.
            "-" => {
                return Some(Cell::Value { value: 0.0, symbol: Some('-') });
            }
            _ => {}
        }
        let (number, symbol) = match s.strip_suffix('*') {
            Some(n) => (n.trim_end_matches('*').trim(), Some('*')),
            None => (s, None),
        };
        let normalised = match decimal {
            Decimal::Point => {
                if number.contains(',') {
                    return None;
                }
                number.to_string()
            }
            Decimal::Comma => {
                if number.contains('.') {
                    return None;
                }
                number.replace(',', ".")
            }
        };
        let valid = !normalised.is_empty()
            && normalised.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+')
            && normalised.bytes().any(|b| b.is_ascii_digit());
        if !valid {
            return None;
        }
        let value: f64 = normalised.parse().ok()?;
        value.is_finite().then_some(Cell::Value { value, symbol })
    }
}

/// An area named by a table or list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaName {
    pub code: AreaCode,
    pub name: String,
}

/// What a source says about one indicator column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndicatorMeta {
    pub key: String,
    pub title: String,
    pub unit: String,
    pub description: String,
}

/// One published record: the figures of one area, period and variant. Indexes point into the
/// dataset's `areas`, `periods`, `variants` and `indicators`. Cells that were not measured are left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub area: usize,
    pub period: usize,
    pub variant: usize,
    pub cells: Vec<(usize, Cell)>,
}

impl Cell {
    /// The stored form: a number; `"."`, `"x"`, `"?"` for a missing figure; `"-"` for nil;
    /// `[12.5, "*"]` for a figure with another mark.
    pub fn to_json(self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Value { value: _, symbol: Some('-') } => Value::String("-".into()),
            Cell::Value { value, symbol: None } => serde_json::json!(value),
            Cell::Value { value, symbol: Some(c) } => serde_json::json!([value, c.to_string()]),
            Cell::Missing(c) => Value::String(c.to_string()),
            Cell::NotMeasured => Value::Null,
        }
    }

    pub fn from_json(v: &serde_json::Value) -> Option<Cell> {
        use serde_json::Value;
        match v {
            Value::Number(n) => Some(Cell::Value { value: n.as_f64()?, symbol: None }),
            Value::String(s) if s == "-" => Some(Cell::Value { value: 0.0, symbol: Some('-') }),
            Value::String(s) => s.chars().next().map(Cell::Missing),
            Value::Array(a) => Some(Cell::Value {
                value: a.first()?.as_f64()?,
                symbol: a.get(1).and_then(Value::as_str).and_then(|s| s.chars().next()),
            }),
            _ => None,
        }
    }
}

/// Writes records as stored: a JSON object from indicator key to cell. Keys are quoted once per
/// import rather than once per value (an import writes millions of values).
pub struct RecordEncoder {
    keys: Vec<String>,
}

impl RecordEncoder {
    pub fn new(indicators: &[IndicatorMeta]) -> RecordEncoder {
        RecordEncoder {
            keys: indicators.iter().map(|m| serde_json::Value::String(m.key.clone()).to_string()).collect(),
        }
    }

    pub fn encode(&self, cells: &[(usize, Cell)]) -> String {
        use std::fmt::Write;
        let mut out = String::with_capacity(2 + cells.len() * 24);
        out.push('{');
        for (n, (i, cell)) in cells.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            out.push_str(&self.keys[*i]);
            out.push(':');
            match *cell {
                // Finite by construction (`Cell::parse` refuses anything else); Display gives the
                // shortest text that reads back to the same number.
                Cell::Value { value, symbol: None } => {
                    let _ = write!(out, "{value}");
                }
                other => out.push_str(&other.to_json().to_string()),
            }
        }
        out.push('}');
        out
    }
}

/// A record as stored (see `RecordEncoder` for many records).
pub fn encode_record(indicators: &[IndicatorMeta], cells: &[(usize, Cell)]) -> String {
    RecordEncoder::new(indicators).encode(cells)
}

/// The cells of a stored record, by indicator key.
pub fn decode_record(text: &str) -> Vec<(String, Cell)> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(map)) => {
            map.into_iter().filter_map(|(k, v)| Cell::from_json(&v).map(|c| (k, c))).collect()
        }
        _ => Vec::new(),
    }
}

/// A whole imported file in one shape, whatever its format. Stored in one transaction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    /// Table identifier (`50090NED`) or, for custom tables, a name derived from the file.
    pub source_table: String,
    /// Region layout year of the codes, when known.
    pub layout_year: Option<i64>,
    pub areas: Vec<AreaName>,
    pub indicators: Vec<IndicatorMeta>,
    /// Extra dimensions, as `Leeftijd=20300;Marges=MW00000`; `""` when there are none.
    pub variants: Vec<String>,
    pub periods: Vec<Period>,
    pub records: Vec<Record>,
    /// Boundaries of areas (from a GeoJSON or TopoJSON file).
    pub boundaries: Vec<Boundary>,
    /// Areas a boundary file names without a usable shape.
    pub without_geometry: usize,
}

/// The boundary of an area of a dataset: a GeoJSON MultiPolygon geometry in RD New metres.
#[derive(Debug, Clone, PartialEq)]
pub struct Boundary {
    pub area: usize,
    pub geometry: String,
}

impl Dataset {
    /// Number of cells stored (figures and missing figures).
    pub fn values(&self) -> usize {
        self.records.iter().map(|r| r.cells.len()).sum()
    }

    pub fn missing(&self) -> usize {
        self.records.iter().flat_map(|r| &r.cells).filter(|(_, c)| matches!(c, Cell::Missing(_))).count()
    }

    /// The layout year to store codes under: the file's, else the first period's year.
    pub fn effective_layout_year(&self) -> i64 {
        self.layout_year.or_else(|| self.periods.first().map(Period::year)).unwrap_or(0)
    }
}

#[cfg(test)]
mod pick_tests {
    use super::*;

    #[test]
    fn a_record_decodes_to_the_cells_it_was_encoded_from() {
        let metas: Vec<IndicatorMeta> = ["A_1", "B_2", "C \"q\" 3", "AA_1"]
            .iter()
            .map(|k| IndicatorMeta { key: k.to_string(), ..Default::default() })
            .collect();
        let cells = vec![
            (0, Cell::Value { value: 12.5, symbol: None }),
            (1, Cell::Missing('.')),
            (2, Cell::Value { value: 3.0, symbol: Some('*') }),
            (3, Cell::Value { value: -0.25, symbol: None }),
        ];
        let mut decoded = decode_record(&encode_record(&metas, &cells));
        decoded.sort_by(|a, b| a.0.cmp(&b.0));
        let expected: Vec<(String, Cell)> = {
            let mut e: Vec<(String, Cell)> = cells.iter().map(|(i, c)| (metas[*i].key.clone(), *c)).collect();
            e.sort_by(|a, b| a.0.cmp(&b.0));
            e
        };
        assert_eq!(decoded, expected, "an escaped quote in a key, a mark, a missing figure");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statline_periods_read_and_show_as_people_say_them() {
        assert_eq!(Period::from_statline("2020JJ00").unwrap().human(), "2020");
        assert_eq!(Period::from_statline(" 2020kw03 ").unwrap().human(), "2020-Q3");
        assert_eq!(Period::from_statline("2020MM07").unwrap().human(), "2020-07");
        assert_eq!(Period::from_statline("2019").unwrap().code(), "2019JJ00");
        for bad in ["", "20", "2020KW05", "2020MM13", "2020XX00", "abcdJJ00"] {
            assert!(Period::from_statline(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn people_type_periods_and_get_statline_codes() {
        assert_eq!(Period::parse_human("2020").unwrap().code(), "2020JJ00");
        assert_eq!(Period::parse_human("2020-Q3").unwrap().code(), "2020KW03");
        assert_eq!(Period::parse_human("2020-7").unwrap().code(), "2020MM07");
        assert_eq!(Period::parse_human("2020-h1").unwrap().code(), "2020HJ01");
        assert!(Period::parse_human("2020-Q9").is_none());
        assert!(Period::parse_human("vorig jaar").is_none());
        // Found by schemathesis: a character of several bytes where the year ends.
        for odd in ["0\u{10000}", "2020\u{e9}", "\u{e9}\u{e9}\u{e9}", "2020-\u{10000}", "2020KW\u{e9}"] {
            assert!(Period::parse_human(odd).is_none() && Period::from_statline(odd).is_none(), "{odd}");
        }
    }

    #[test]
    fn cells_follow_the_cbs_symbols() {
        let p = Decimal::Point;
        assert_eq!(Cell::parse("    78.4", p), Some(Cell::Value { value: 78.4, symbol: None }));
        assert_eq!(Cell::parse("  -0.100", p), Some(Cell::Value { value: -0.1, symbol: None }));
        assert_eq!(Cell::parse("       .", p), Some(Cell::Missing('.')));
        assert_eq!(Cell::parse("x", p), Some(Cell::Missing('x')));
        assert_eq!(Cell::parse("?", p), Some(Cell::Missing('?')));
        assert_eq!(Cell::parse("", p), Some(Cell::NotMeasured));
        assert_eq!(Cell::parse("-", p), Some(Cell::Value { value: 0.0, symbol: Some('-') }));
        assert_eq!(Cell::parse("12.5*", p), Some(Cell::Value { value: 12.5, symbol: Some('*') }));
        assert_eq!(Cell::parse("25,6", Decimal::Comma), Some(Cell::Value { value: 25.6, symbol: None }));
    }

    #[test]
    fn cells_survive_storage_with_their_symbols() {
        let meta: Vec<IndicatorMeta> =
            ["a", "b", "c", "d"].iter().map(|k| IndicatorMeta { key: k.to_string(), ..Default::default() }).collect();
        let cells = vec![
            (0, Cell::Value { value: 34.4, symbol: None }),
            (1, Cell::Missing('.')),
            (2, Cell::Value { value: 0.0, symbol: Some('-') }),
            (3, Cell::Value { value: 12.5, symbol: Some('*') }),
        ];
        let mut back = decode_record(&encode_record(&meta, &cells));
        back.sort_by(|x, y| x.0.cmp(&y.0));
        let expected: Vec<(String, Cell)> = cells.iter().map(|(i, c)| (meta[*i].key.clone(), *c)).collect();
        assert_eq!(back, expected);
    }

    #[test]
    fn anything_else_is_unreadable_rather_than_guessed() {
        for bad in ["abc", "12,5", "1.2.3x", "NaN", "inf", "--", "1e"] {
            assert_eq!(Cell::parse(bad, Decimal::Point), None, "{bad}");
        }
        assert_eq!(Cell::parse("25.6", Decimal::Comma), None, "a point in a comma file is ambiguous");
    }
}
