//! The shape shared by StatLine's OData JSON and xlsx exports: a header of column keys and rows of
//! cells. Column roles follow StatLine: the region dimension (`WijkenEnBuurten`, `RegioS`), the
//! period (`Perioden`), other dimensions (`Leeftijd`, `Marges`: each combination becomes its own
//! indicator variant), text topics (`Gemeentenaam_1`, `Codering_3`: not indicators) and numeric
//! topics (the indicators).

use super::{ImportError, Properties, TableHints};
use crate::domain::programme::{AreaCode, AreaLevel};
use crate::domain::statistics::{AreaName, Cell, Dataset, Decimal, IndicatorMeta, Period, Record};
use std::collections::HashMap;

const REGION_KEYS: [&str; 4] = ["WijkenEnBuurten", "RegioS", "Gemeenten", "Regio"];
const PERIOD_KEY: &str = "Perioden";
const SKIPPED: [&str; 1] = ["ID"];
/// Text topics of the wijk-en-buurt tables, known by the part before `_N`.
const TEXT_STEMS: [&str; 9] = [
    "Gemeentenaam",
    "SoortRegio",
    "Codering",
    "IndelingswijzigingWijkenEnBuurten",
    "MeestVoorkomendePostcode",
    "Dekkingspercentage",
    "Naam",
    "Wijknaam",
    "Buurtnaam",
];

/// One cell as a reader found it.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw<'a> {
    Text(&'a str),
    Number(f64),
    Null,
    Empty,
}

#[derive(Debug, Clone, PartialEq)]
enum Role {
    Region,
    /// The area's own name (`regio` of a KWB flat file).
    AreaName,
    Period,
    Dimension(String),
    MunicipalityName,
    Text,
    Indicator(usize),
    Skip,
}

/// The key without its StatLine position suffix: `Gemeentenaam_1` → `Gemeentenaam`.
pub fn stem(key: &str) -> &str {
    match key.rsplit_once('_') {
        Some((s, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => s,
        _ => key,
    }
}

fn is_topic(key: &str) -> bool {
    stem(key) != key
}

/// Turns rows into a dataset, checking every cell.
pub struct Builder<'p> {
    file: String,
    roles: Vec<Role>,
    headers: Vec<String>,
    hints: TableHints,
    props: Option<&'p Properties>,
    data: Dataset,
    area_index: HashMap<String, usize>,
    period_index: HashMap<String, usize>,
    variant_index: HashMap<String, usize>,
    seen: HashMap<(usize, usize, usize), usize>,
    has_period: bool,
    decimal: Decimal,
}

/// Text columns of the CBS KWB flat files (`kwb-2023.xlsx`): codes, names, kinds and markers.
const FLAT_TEXT: [&str; 9] =
    ["gwb_code_8", "gwb_code", "gm_naam", "recs", "ind_wbi", "pst_mvp", "pst_dekp", "gm_code", "wk_code"];

/// The year of a KWB flat file from its name: `kwb-2023`, `kwb_2023`, `KWB-2023-v1`.
fn flat_year(stem: &str) -> Option<i64> {
    let lower = stem.to_lowercase();
    let rest = lower.strip_prefix("kwb")?.trim_start_matches(['-', '_', ' ']);
    rest.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())).and_then(|y| y.parse().ok())
}

impl<'p> Builder<'p> {
    pub fn new(
        file: &str,
        headers: Vec<String>,
        props: Option<&'p Properties>,
        hints: &TableHints,
        stem_name: &str,
    ) -> Result<Self, ImportError> {
        let mut data = Dataset {
            source_table: hints.table.clone().unwrap_or_else(|| stem_name.to_string()),
            layout_year: hints.layout_year.or(props.and_then(|p| p.map_year)),
            ..Dataset::default()
        };
        let mut roles = Vec::with_capacity(headers.len());
        // A CBS KWB flat file: short column names (`a_inw`), the code in `gwb_code_10`, no period.
        let flat = headers.iter().any(|h| h.trim().eq_ignore_ascii_case("gwb_code_10"));
        let mut hints = hints.clone();
        if flat && hints.period.is_none() {
            hints.period = flat_year(stem_name).and_then(|y| Period::from_statline(&format!("{y}JJ00")));
        }
        if flat && data.layout_year.is_none() {
            data.layout_year = hints.period.as_ref().map(Period::year);
        }
        for (i, h) in headers.iter().enumerate() {
            let key = h.trim();
            if flat {
                let lower = key.to_lowercase();
                let role = if lower == "gwb_code_10" {
                    Role::Region
                } else if lower == "regio" {
                    Role::AreaName
                } else if FLAT_TEXT.contains(&lower.as_str()) || lower.is_empty() {
                    Role::Text
                } else {
                    let catalogued = crate::domain::catalogue::key_for_short_name(&lower);
                    let stem = catalogued.clone().unwrap_or_else(|| lower.clone());
                    let title = match &catalogued {
                        Some(k) => k.clone(),
                        None => key.to_string(),
                    };
                    data.indicators.push(IndicatorMeta {
                        key: format!("{stem}_{}", i + 1),
                        title,
                        unit: String::new(),
                        description: format!("kwb: {key}"),
                    });
                    Role::Indicator(data.indicators.len() - 1)
                };
                roles.push(role);
                continue;
            }
            let text_by_props = props.is_some_and(|p| p.text_topics.iter().any(|t| t == key));
            let dim_by_props = props.is_some_and(|p| p.dimensions.iter().any(|d| d == key));
            let role = if REGION_KEYS.contains(&key) {
                Role::Region
            } else if key == PERIOD_KEY {
                Role::Period
            } else if SKIPPED.contains(&key) || key.is_empty() {
                Role::Skip
            } else if stem(key) == "Gemeentenaam" {
                Role::MunicipalityName
            } else if text_by_props || (is_topic(key) && TEXT_STEMS.contains(&stem(key))) {
                Role::Text
            } else if dim_by_props || !is_topic(key) {
                Role::Dimension(key.to_string())
            } else {
                let meta = props.and_then(|p| p.topics.iter().find(|t| t.key == key)).cloned().unwrap_or_else(|| {
                    IndicatorMeta { key: key.to_string(), title: stem(key).to_string(), ..Default::default() }
                });
                data.indicators.push(meta);
                Role::Indicator(data.indicators.len() - 1)
            };
            roles.push(role);
        }
        if !roles.contains(&Role::Region) {
            return Err(ImportError::file(file, "import-error-no-region").detail(REGION_KEYS.join(", ")));
        }
        if data.indicators.is_empty() {
            return Err(ImportError::file(file, "import-error-no-indicators"));
        }
        let has_period = roles.contains(&Role::Period);
        if !has_period && hints.period.is_none() {
            return Err(ImportError::file(file, "import-error-no-period"));
        }
        Ok(Builder {
            file: file.to_string(),
            roles,
            headers,
            hints,
            props,
            data,
            area_index: HashMap::new(),
            period_index: HashMap::new(),
            variant_index: HashMap::new(),
            seen: HashMap::new(),
            has_period,
            decimal: Decimal::Point,
        })
    }

    /// Read text figures with this decimal separator (a KWB flat file saved by Excel as `;`-CSV).
    pub fn with_decimal(mut self, decimal: Decimal) -> Self {
        self.decimal = decimal;
        self
    }

    fn text<'a>(&self, raw: &'a Raw<'a>, row: usize, col: usize) -> Result<String, ImportError> {
        match raw {
            Raw::Text(s) => Ok(s.trim().to_string()),
            Raw::Number(n) if n.fract() == 0.0 => Ok(format!("{n:.0}")),
            Raw::Number(n) => Ok(n.to_string()),
            Raw::Null | Raw::Empty => {
                Err(ImportError::at(&self.file, "import-error-empty-key", row, &self.headers[col], ""))
            }
        }
    }

    /// Add one data row; `row` is the row number a person sees in the file.
    pub fn add_row(&mut self, row: usize, cells: &[Raw<'_>]) -> Result<(), ImportError> {
        let mut area = None;
        let mut period = None;
        let mut variant_parts: Vec<String> = Vec::new();
        let mut municipality_name = None;
        let mut own_name = None;
        for (col, role) in self.roles.iter().enumerate() {
            let raw = cells.get(col).unwrap_or(&Raw::Empty);
            match role {
                Role::Region => {
                    let code = self.text(raw, row, col)?;
                    let parsed = AreaCode::parse(&code).map_err(|_| {
                        ImportError::at(&self.file, "import-error-area-code", row, &self.headers[col], &code)
                    })?;
                    area = Some(parsed);
                }
                Role::Period => {
                    let text = self.text(raw, row, col)?;
                    period = Some(Period::from_statline(&text).ok_or_else(|| {
                        ImportError::at(&self.file, "import-error-period", row, &self.headers[col], &text)
                    })?);
                }
                Role::Dimension(key) => variant_parts.push(format!("{key}={}", self.text(raw, row, col)?)),
                Role::MunicipalityName => {
                    if let Raw::Text(s) = raw {
                        municipality_name = Some(s.trim().to_string());
                    }
                }
                Role::AreaName => {
                    if let Raw::Text(s) = raw {
                        own_name = Some(s.trim().to_string()).filter(|n| !n.is_empty());
                    }
                }
                Role::Text | Role::Skip | Role::Indicator(_) => {}
            }
        }
        let area = area.expect("the region column exists");
        let period = match (period, &self.hints.period) {
            (Some(p), _) => p,
            (None, Some(p)) if !self.has_period => p.clone(),
            _ => return Err(ImportError::file(&self.file, "import-error-no-period")),
        };
        let name = match (area.level(), municipality_name) {
            _ if own_name.is_some() && area.level() != AreaLevel::Country => own_name.unwrap_or_default(),
            (AreaLevel::Municipality, Some(n)) if !n.is_empty() => n,
            (AreaLevel::Country, _) => "Nederland".to_string(),
            _ => area.as_str().to_string(),
        };
        let area_ix = intern(&mut self.area_index, area.as_str(), || {
            self.data.areas.push(AreaName { code: area.clone(), name: name.clone() });
            self.data.areas.len() - 1
        });
        let period_ix = intern(&mut self.period_index, period.code(), || {
            self.data.periods.push(period.clone());
            self.data.periods.len() - 1
        });
        let variant = variant_parts.join(";");
        let variant_ix = intern(&mut self.variant_index, &variant, || {
            self.data.variants.push(variant.clone());
            self.data.variants.len() - 1
        });
        let mut record = Record { area: area_ix, period: period_ix, variant: variant_ix, cells: Vec::new() };
        for (col, role) in self.roles.iter().enumerate() {
            let Role::Indicator(indicator) = role else {
                continue;
            };
            let raw = cells.get(col).unwrap_or(&Raw::Empty);
            let cell = match raw {
                Raw::Number(n) if n.is_finite() => Cell::Value { value: *n, symbol: None },
                Raw::Number(n) => {
                    return Err(ImportError::at(
                        &self.file,
                        "import-error-value",
                        row,
                        &self.headers[col],
                        &n.to_string(),
                    ));
                }
                Raw::Null => Cell::Missing('.'),
                Raw::Empty => Cell::NotMeasured,
                Raw::Text(s) => Cell::parse(s, self.decimal)
                    .ok_or_else(|| ImportError::at(&self.file, "import-error-value", row, &self.headers[col], s))?,
            };
            if cell != Cell::NotMeasured {
                record.cells.push((*indicator, cell));
            }
        }
        // Checked after the cells, so that a refused row leaves no trace. Published files sometimes
        // repeat a row verbatim; a repeat with other figures is an error.
        match self.seen.get(&(area_ix, period_ix, variant_ix)) {
            Some(&earlier) if self.data.records[earlier].cells == record.cells => return Ok(()),
            Some(_) => {
                return Err(ImportError::at(&self.file, "import-error-duplicate", row, "", area.as_str())
                    .detail(period.human()));
            }
            None => {
                self.seen.insert((area_ix, period_ix, variant_ix), self.data.records.len());
            }
        }
        self.data.records.push(record);
        Ok(())
    }

    pub fn finish(self) -> Result<Dataset, ImportError> {
        if self.data.areas.is_empty() {
            return Err(ImportError::file(&self.file, "import-error-no-rows"));
        }
        let _ = self.props;
        Ok(self.data)
    }
}

fn intern(index: &mut HashMap<String, usize>, key: &str, add: impl FnOnce() -> usize) -> usize {
    if let Some(i) = index.get(key) {
        return *i;
    }
    let i = add();
    index.insert(key.to_string(), i);
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn stems_drop_the_position_suffix() {
        assert_eq!(stem("Gemeentenaam_1"), "Gemeentenaam");
        assert_eq!(stem("Leeftijd"), "Leeftijd");
        assert_eq!(stem("Eenzaam_28"), "Eenzaam");
    }

    #[test]
    fn extra_dimensions_become_variants_and_symbols_are_kept() {
        let h = headers(&[
            "ID",
            "Leeftijd",
            "Marges",
            "WijkenEnBuurten",
            "Perioden",
            "Gemeentenaam_1",
            "Codering_3",
            "Eenzaam_28",
            "Roker_11",
        ]);
        let mut b = Builder::new("t.xlsx", h, None, &TableHints::default(), "t").unwrap();
        let gm = [
            Raw::Number(0.0),
            Raw::Number(20300.0),
            Raw::Text("MW00000"),
            Raw::Text("GM0599    "),
            Raw::Text("2020JJ00"),
            Raw::Text("Rotterdam   "),
            Raw::Text("GM0599"),
            Raw::Text("    50.1"),
            Raw::Text("       ."),
        ];
        let bu = [
            Raw::Number(1.0),
            Raw::Number(80200.0),
            Raw::Text("MW00000"),
            Raw::Text("BU05991081"),
            Raw::Text("2020JJ00"),
            Raw::Text("Rotterdam"),
            Raw::Text("BU05991081"),
            Raw::Text("61.0"),
            Raw::Empty,
        ];
        b.add_row(2, &gm).unwrap();
        b.add_row(3, &bu).unwrap();
        let d = b.finish().unwrap();
        assert_eq!(d.indicators.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["Eenzaam_28", "Roker_11"]);
        assert_eq!(d.variants, ["Leeftijd=20300;Marges=MW00000", "Leeftijd=80200;Marges=MW00000"]);
        assert_eq!(d.areas[0].name, "Rotterdam");
        assert_eq!(d.areas[1].name, "BU05991081", "no name in this table");
        assert_eq!(d.values(), 3, "the empty cell is not measured");
        assert_eq!(d.missing(), 1);
    }

    #[test]
    fn an_unreadable_value_names_row_column_and_value() {
        let h = headers(&["WijkenEnBuurten", "Perioden", "Eenzaam_28"]);
        let mut b = Builder::new("t.json", h, None, &TableHints::default(), "t").unwrap();
        let err = b.add_row(7, &[Raw::Text("GM0599"), Raw::Text("2020JJ00"), Raw::Text("veel")]).unwrap_err();
        assert_eq!(
            (err.key, err.row, err.column.as_deref(), err.value.as_deref()),
            ("import-error-value", Some(7), Some("Eenzaam_28"), Some("veel"))
        );
        let err = b.add_row(8, &[Raw::Text("Rotterdam"), Raw::Text("2020JJ00"), Raw::Text("1")]).unwrap_err();
        assert_eq!(err.key, "import-error-area-code");
        let err = b.add_row(9, &[Raw::Text("GM0599"), Raw::Text("twintig"), Raw::Text("1")]).unwrap_err();
        assert_eq!(err.key, "import-error-period");
        b.add_row(10, &[Raw::Text("GM0599"), Raw::Text("2020JJ00"), Raw::Text("1")]).unwrap();
        let err = b.add_row(11, &[Raw::Text("GM0599 "), Raw::Text("2020JJ00"), Raw::Text("2")]).unwrap_err();
        assert_eq!((err.key, err.row), ("import-error-duplicate", Some(11)));
    }

    #[test]
    fn a_table_without_regions_or_periods_is_refused_up_front() {
        let err = Builder::new("t", headers(&["Perioden", "X_1"]), None, &TableHints::default(), "t").err().unwrap();
        assert_eq!(err.key, "import-error-no-region");
        let err = Builder::new("t", headers(&["RegioS", "X_1"]), None, &TableHints::default(), "t").err().unwrap();
        assert_eq!(err.key, "import-error-no-period");
        let hints = TableHints { period: Period::from_statline("2024"), ..Default::default() };
        assert!(Builder::new("t", headers(&["RegioS", "X_1"]), None, &hints, "t").is_ok());
    }
}
