//! CBS OData v4 (`odata4.cbs.nl`): a table is `Observations` in long form, one figure per row
//! (`Measure`, `Value` or `StringValue`, and one column per dimension), described by `Dimensions`
//! and `MeasureCodes`. The rows are gathered into the wide shape of the v3 `TypedDataSet`, so
//! both protocols are checked by the same reader.
//!
//! A v4 measure has a code (`M000352`) instead of the v3 column key (`AantalInwoners_5`); it is
//! named after the catalogue column whose StatLine title it carries (catalogue/aliases.csv), so a
//! fetched table and an imported file of the same edition land on the same indicators.

use super::rows::{Builder, Raw};
use super::{ImportError, Properties, TableHints};
use crate::domain::statistics::{Dataset, IndicatorMeta};
use serde_json::Value;
use std::collections::HashMap;

/// The metadata of a v4 table, as its `Dimensions` and `MeasureCodes` lists.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    /// `(Identifier, Kind)` of each dimension, in order.
    pub dimensions: Vec<(String, String)>,
    pub measures: Vec<Measure>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub code: String,
    /// The column key the reader gives it: the catalogue's key where the title is known.
    pub key: String,
    pub title: String,
    pub unit: String,
    pub description: String,
    pub text: bool,
}

fn text(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or("").trim().to_string()
}

impl Metadata {
    /// Read the `value` lists of `Dimensions` and `MeasureCodes`; `family` picks the catalogue's
    /// titles (`kwb`) used to name measures.
    pub fn read(table: &str, dimensions: &[Value], measures: &[Value]) -> Metadata {
        let mut m = Metadata {
            dimensions: dimensions.iter().map(|d| (text(d, "Identifier"), text(d, "Kind"))).collect(),
            measures: Vec::new(),
        };
        for (i, mc) in measures.iter().enumerate() {
            let code = text(mc, "Identifier");
            let title = text(mc, "Title");
            if code.is_empty() {
                continue;
            }
            let stem = crate::domain::catalogue::key_for_title(table, &title).unwrap_or_else(|| code.clone());
            m.measures.push(Measure {
                key: format!("{stem}_{}", i + 1),
                code,
                title,
                unit: text(mc, "Unit"),
                description: text(mc, "Description"),
                text: matches!(text(mc, "DataType").as_str(), "String" | "Text"),
            });
        }
        m
    }

    fn properties(&self) -> Properties {
        let mut p = Properties::default();
        for m in &self.measures {
            if m.text {
                p.text_topics.push(m.key.clone());
            } else {
                p.topics.push(IndicatorMeta {
                    key: m.key.clone(),
                    title: m.title.clone(),
                    unit: m.unit.clone(),
                    description: m.description.clone(),
                });
            }
        }
        p.dimensions = self
            .dimensions
            .iter()
            .filter(|(_, kind)| kind != "GeoDimension" && kind != "TimeDimension")
            .map(|(id, _)| id.clone())
            .collect();
        p
    }
}

/// Gather the observations into one dataset. Every observation must name a known measure and a
/// value for every dimension; a second figure for the same cell is refused.
pub fn read(
    name: &str,
    meta: &Metadata,
    observations: &[Value],
    hints: &TableHints,
    stem: &str,
) -> Result<Dataset, ImportError> {
    let props = meta.properties();
    let measure_column: HashMap<&str, usize> =
        meta.measures.iter().enumerate().map(|(i, m)| (m.code.as_str(), meta.dimensions.len() + i)).collect();
    let mut headers: Vec<String> = meta
        .dimensions
        .iter()
        .map(|(id, kind)| match kind.as_str() {
            // The reader knows the region and period columns by their v3 names.
            "GeoDimension" if !["WijkenEnBuurten", "RegioS", "Gemeenten", "Regio"].contains(&id.as_str()) => {
                "RegioS".to_string()
            }
            "TimeDimension" => "Perioden".to_string(),
            _ => id.clone(),
        })
        .collect();
    headers.extend(meta.measures.iter().map(|m| m.key.clone()));
    let mut builder = Builder::new(name, headers.clone(), Some(&props), hints, stem)?;
    // Rows by their dimension values, in the order they first occur.
    let mut rows: Vec<(usize, Vec<Value>)> = Vec::new();
    let mut row_of: HashMap<Vec<String>, usize> = HashMap::new();
    for (i, o) in observations.iter().enumerate() {
        let line = i + 1;
        let measure = text(o, "Measure");
        let col = *measure_column
            .get(measure.as_str())
            .ok_or_else(|| ImportError::at(name, "import-error-v4-measure", line, "Measure", &measure))?;
        let mut key = Vec::with_capacity(meta.dimensions.len());
        for (id, _) in &meta.dimensions {
            match o.get(id).and_then(Value::as_str) {
                Some(v) if !v.trim().is_empty() => key.push(v.trim().to_string()),
                _ => return Err(ImportError::at(name, "import-error-empty-key", line, id, "")),
            }
        }
        let r = match row_of.get(&key) {
            Some(r) => *r,
            None => {
                let mut cells = vec![Value::Null; headers.len()];
                for (c, v) in key.iter().enumerate() {
                    cells[c] = Value::String(v.clone());
                }
                rows.push((line, cells));
                row_of.insert(key, rows.len() - 1);
                rows.len() - 1
            }
        };
        let value = match o.get("Value") {
            Some(v) if !v.is_null() => v.clone(),
            _ => o.get("StringValue").cloned().unwrap_or(Value::Null),
        };
        let cell = &mut rows[r].1[col];
        if !cell.is_null() {
            return Err(ImportError::at(name, "import-error-v4-twice", line, &measure, &value.to_string()));
        }
        *cell = if value.is_null() { Value::String(".".into()) } else { value };
    }
    let mut cells = Vec::with_capacity(headers.len());
    for (line, row) in &rows {
        cells.clear();
        cells.extend(row.iter().map(|v| match v {
            Value::Null => Raw::Empty,
            Value::String(s) => Raw::Text(s),
            Value::Number(n) => n.as_f64().map(Raw::Number).unwrap_or(Raw::Null),
            _ => Raw::Text("<?>"),
        }));
        builder.add_row(*line, &cells)?;
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn meta() -> Metadata {
        Metadata::read(
            "85984NED",
            &[
                json!({"Identifier": "WijkenEnBuurten", "Kind": "GeoDimension"}),
                json!({"Identifier": "Perioden", "Kind": "TimeDimension"}),
            ],
            &[
                json!({"Identifier": "M1", "Title": "Aantal inwoners", "Unit": "aantal", "DataType": "Long"}),
                json!({"Identifier": "M2", "Title": "Iets nieuws", "Unit": "%", "DataType": "Double"}),
                json!({"Identifier": "M3", "Title": "Gemeentenaam", "DataType": "String"}),
            ],
        )
    }

    #[test]
    fn observations_become_one_record_per_area_and_period_with_catalogue_keys() {
        let obs = vec![
            json!({"Id": 0, "Measure": "M1", "ValueAttribute": "None", "Value": 670610, "WijkenEnBuurten": "GM0599", "Perioden": "2024JJ00"}),
            json!({"Id": 1, "Measure": "M2", "ValueAttribute": "Confidential", "Value": null, "WijkenEnBuurten": "GM0599", "Perioden": "2024JJ00"}),
            json!({"Id": 2, "Measure": "M3", "StringValue": "Rotterdam", "Value": null, "WijkenEnBuurten": "GM0599", "Perioden": "2024JJ00"}),
            json!({"Id": 3, "Measure": "M1", "Value": 1200, "WijkenEnBuurten": "WK059901", "Perioden": "2024JJ00"}),
        ];
        let d = read("85984NED", &meta(), &obs, &TableHints::default(), "85984NED").unwrap();
        assert_eq!(d.records.len(), 2);
        assert_eq!(d.indicators[0].key, "AantalInwoners_1", "named after the catalogue's column");
        assert_eq!(d.indicators[1].key, "M2_2", "an unknown measure keeps its code");
        assert_eq!(d.indicators.len(), 2, "a text measure is not an indicator");
        assert_eq!(d.missing(), 1, "a figure without a value is missing, not zero");
        assert_eq!(d.areas[0].name, "Rotterdam");
    }

    #[test]
    fn an_unknown_measure_or_a_second_figure_for_a_cell_is_refused_with_its_line() {
        let obs = vec![json!({"Measure": "M9", "Value": 1, "WijkenEnBuurten": "GM0599", "Perioden": "2024JJ00"})];
        let e = read("t", &meta(), &obs, &TableHints::default(), "t").unwrap_err();
        assert_eq!((e.key, e.row), ("import-error-v4-measure", Some(1)));
        let twice = vec![
            json!({"Measure": "M1", "Value": 1, "WijkenEnBuurten": "GM0599", "Perioden": "2024JJ00"}),
            json!({"Measure": "M1", "Value": 2, "WijkenEnBuurten": "GM0599", "Perioden": "2024JJ00"}),
        ];
        let e = read("t", &meta(), &twice, &TableHints::default(), "t").unwrap_err();
        assert_eq!((e.key, e.row), ("import-error-v4-twice", Some(2)));
    }
}
