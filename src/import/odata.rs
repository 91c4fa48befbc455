//! StatLine OData JSON: data records (TypedDataSet with numbers and nulls, UntypedDataSet with
//! padded text), with or without the `value` envelope; `DataProperties` and `TableInfos` metadata;
//! and a JSON object keyed by region code.

use super::rows::{Builder, Raw};
use super::{Format, ImportError, Parsed, Properties, TableHints};
use crate::domain::statistics::{IndicatorMeta, Period};
use serde_json::{Map, Value};

pub fn read_json(
    name: &str,
    bytes: &[u8],
    props: Option<&Properties>,
    hints: &TableHints,
    stem: &str,
) -> Result<(Format, Parsed), ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let json: Value =
        serde_json::from_slice(bytes).map_err(|e| ImportError::file(name, "import-error-json").detail(e))?;
    match super::geo::kind(&json) {
        Some(Format::GeoJson) => {
            return Ok((Format::GeoJson, Parsed::Data(super::geo::read_geojson(name, json, hints)?)));
        }
        Some(Format::TopoJson) => {
            return Ok((Format::TopoJson, Parsed::Data(super::geo::read_topojson(name, &json, hints)?)));
        }
        _ => {}
    }
    let records = match &json {
        Value::Object(o) if o.get("value").is_some_and(Value::is_array) => o["value"].as_array(),
        Value::Array(a) => Some(a),
        _ => None,
    };
    match records {
        Some(records) => {
            let first = records.first().and_then(Value::as_object);
            if first.is_some_and(|r| r.contains_key("Key") && r.contains_key("Type")) {
                Ok((Format::DataProperties, Parsed::Properties(properties(records))))
            } else if first.is_some_and(|r| r.contains_key("Identifier") && r.contains_key("Period")) {
                Ok((Format::TableInfos, Parsed::TableInfo(table_infos(first.expect("checked")))))
            } else {
                Ok((Format::ODataJson, Parsed::Data(data_records(name, records, props, hints, stem)?)))
            }
        }
        None => match &json {
            Value::Object(o) => Ok((Format::KeyedJson, Parsed::Data(keyed(name, o, props, hints, stem)?))),
            _ => Err(ImportError::file(name, "import-error-format")),
        },
    }
}

fn raw(v: &Value) -> Raw<'_> {
    match v {
        Value::Null => Raw::Null,
        Value::String(s) if s.is_empty() => Raw::Empty,
        Value::String(s) => Raw::Text(s),
        Value::Number(n) => n.as_f64().map(Raw::Number).unwrap_or(Raw::Null),
        Value::Bool(_) | Value::Array(_) | Value::Object(_) => Raw::Text("<?>"),
    }
}

pub(super) fn data_records(
    name: &str,
    records: &[Value],
    props: Option<&Properties>,
    hints: &TableHints,
    stem: &str,
) -> Result<crate::domain::statistics::Dataset, ImportError> {
    let first =
        records.first().and_then(Value::as_object).ok_or_else(|| ImportError::file(name, "import-error-no-rows"))?;
    let headers: Vec<String> = first.keys().cloned().collect();
    let mut builder = Builder::new(name, headers.clone(), props, hints, stem)?;
    let mut cells = Vec::with_capacity(headers.len());
    for (i, record) in records.iter().enumerate() {
        let record = record.as_object().ok_or_else(|| ImportError::at(name, "import-error-record", i + 1, "", ""))?;
        cells.clear();
        cells.extend(headers.iter().map(|h| record.get(h).map(raw).unwrap_or(Raw::Empty)));
        builder.add_row(i + 1, &cells)?;
    }
    builder.finish()
}

/// `{"GM0599": {"AantalInwoners_5": 670610, …}, …}`: one record per region, no period inside.
fn keyed(
    name: &str,
    object: &Map<String, Value>,
    props: Option<&Properties>,
    hints: &TableHints,
    stem: &str,
) -> Result<crate::domain::statistics::Dataset, ImportError> {
    let mut topics: Vec<String> = Vec::new();
    for v in object.values() {
        let fields = v.as_object().ok_or_else(|| ImportError::file(name, "import-error-format"))?;
        for k in fields.keys() {
            if !topics.contains(k) {
                topics.push(k.clone());
            }
        }
    }
    let mut headers = vec!["RegioS".to_string()];
    headers.extend(topics.iter().cloned());
    let mut builder = Builder::new(name, headers, props, hints, stem)?;
    for (i, (code, fields)) in object.iter().enumerate() {
        let fields = fields.as_object().expect("checked above");
        let mut cells = vec![Raw::Text(code)];
        cells.extend(topics.iter().map(|t| fields.get(t).map(raw).unwrap_or(Raw::Empty)));
        builder.add_row(i + 1, &cells)?;
    }
    builder.finish()
}

/// The key without its position suffix (`Nederland_17` → `Nederland`).
fn key_stem(key: &str) -> &str {
    match key.rsplit_once('_') {
        Some((s, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => s,
        _ => key,
    }
}

/// A topic's title with the titles of its groups when its key occurs more than once in the table
/// (`Nederland_17` under Herkomstland and `Nederland_20` under Geboren in Nederland become
/// "Herkomstland: Nederland" and "Geboren in Nederland: Nederland"): one more group level at a
/// time until the titles differ.
fn group_titles(records: &[&Map<String, Value>]) -> std::collections::HashMap<String, String> {
    use std::collections::HashMap;
    let text = |r: &Map<String, Value>, k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").trim().to_string();
    let by_id: HashMap<i64, &Map<String, Value>> =
        records.iter().filter_map(|r| Some((r.get("ID")?.as_i64()?, *r))).collect();
    let topics: Vec<&Map<String, Value>> = records.iter().copied().filter(|r| text(r, "Type") == "Topic").collect();
    let mut stems: HashMap<String, Vec<&Map<String, Value>>> = HashMap::new();
    for t in &topics {
        stems.entry(key_stem(&text(t, "Key")).to_string()).or_default().push(t);
    }
    let mut out = HashMap::new();
    for same in stems.values().filter(|v| v.len() > 1) {
        let chain = |t: &Map<String, Value>| {
            let mut groups = Vec::new();
            let mut parent = t.get("ParentID").and_then(Value::as_i64);
            while let Some(g) = parent.and_then(|id| by_id.get(&id)) {
                groups.push(text(g, "Title"));
                parent = g.get("ParentID").and_then(Value::as_i64);
            }
            groups
        };
        let chains: Vec<Vec<String>> = same.iter().map(|t| chain(t)).collect();
        let deepest = chains.iter().map(Vec::len).max().unwrap_or(0);
        for depth in 1..=deepest.max(1) {
            let titles: Vec<String> = same
                .iter()
                .zip(&chains)
                .map(|(t, c)| {
                    let groups: Vec<&str> = c.iter().take(depth).rev().map(String::as_str).collect();
                    if groups.is_empty() {
                        text(t, "Title")
                    } else {
                        format!("{}: {}", phrase(&groups), text(t, "Title"))
                    }
                })
                .collect();
            let distinct: std::collections::HashSet<&String> = titles.iter().collect();
            if distinct.len() == titles.len() || depth >= deepest {
                for (t, title) in same.iter().zip(titles) {
                    out.insert(text(t, "Key"), title);
                }
                break;
            }
        }
    }
    out
}

/// Group titles as one phrase: "Gemiddelde elektriciteitslevering, naar woningtype".
fn phrase(groups: &[&str]) -> String {
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mut c = g.chars();
            match c.next() {
                Some(f) if i > 0 => f.to_lowercase().chain(c).collect(),
                _ => g.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn properties(records: &[Value]) -> Properties {
    let mut p = Properties::default();
    let objects: Vec<&Map<String, Value>> = records.iter().filter_map(Value::as_object).collect();
    let composed = group_titles(&objects);
    for r in records.iter().filter_map(Value::as_object) {
        let text = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").trim().to_string();
        let key = text("Key");
        match text("Type").as_str() {
            "Topic" => {
                if text("Datatype") == "String" {
                    p.text_topics.push(key);
                } else {
                    p.topics.push(IndicatorMeta {
                        title: composed.get(&key).cloned().unwrap_or_else(|| text("Title")),
                        key,
                        unit: text("Unit"),
                        description: text("Description"),
                    });
                }
            }
            "GeoDetail" | "Dimension" | "TimeDimension" | "GeoDimension" => {
                if let Some(y) = r.get("MapYear").and_then(Value::as_i64) {
                    p.map_year = Some(y);
                }
                if text("Type") == "Dimension" {
                    p.dimensions.push(key);
                }
            }
            _ => {}
        }
    }
    p
}

fn table_infos(r: &Map<String, Value>) -> TableHints {
    let text = |k: &str| r.get(k).and_then(Value::as_str).map(|s| s.trim().to_string());
    TableHints {
        table: text("Identifier"),
        period: text("Period").and_then(|p| Period::parse_human(&p)),
        layout_year: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(json: &str) -> crate::domain::statistics::Dataset {
        match read_json("t.json", json.as_bytes(), None, &TableHints::default(), "t").unwrap().1 {
            Parsed::Data(d) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn typed_and_untyped_records_with_and_without_envelope_read_alike() {
        let typed = r#"{"odata.metadata":"x","value":[{"ID":0,"WijkenEnBuurten":"GM0599    ","Perioden":"2020JJ00","Eenzaam_28":50.1,"Roker_11":null}]}"#;
        let untyped = r#"[{"ID":"0","WijkenEnBuurten":"GM0599    ","Perioden":"2020JJ00","Eenzaam_28":"    50.1","Roker_11":"       ."}]"#;
        let a = data(typed);
        let b = data(untyped);
        assert_eq!(a.records, b.records);
        assert_eq!(a.missing(), 1);
    }

    #[test]
    fn metadata_files_are_recognised() {
        let props = r#"{"value":[{"Key":"AantalInwoners_5","Type":"Topic","Title":"Aantal inwoners","Unit":"aantal","Datatype":"Long","Description":null},
            {"Key":"Gemeentenaam_1","Type":"Topic","Title":"Gemeentenaam","Datatype":"String"},{"Key":"WijkenEnBuurten","Type":"GeoDetail","MapYear":2024}]}"#;
        let (f, p) = read_json("p.json", props.as_bytes(), None, &TableHints::default(), "p").unwrap();
        assert_eq!(f, Format::DataProperties);
        let Parsed::Properties(p) = p else { panic!() };
        assert_eq!(p.topics[0].unit, "aantal");
        assert_eq!(p.text_topics, ["Gemeentenaam_1"]);
        assert_eq!(p.map_year, Some(2024));
        let infos = r#"[{"Identifier":"85984NED","Period":"2024","Title":"Kerncijfers"}]"#;
        let (f, t) = read_json("i.json", infos.as_bytes(), None, &TableHints::default(), "i").unwrap();
        assert_eq!(f, Format::TableInfos);
        let Parsed::TableInfo(t) = t else { panic!() };
        assert_eq!(
            (t.table.as_deref(), t.period.unwrap().code().to_string()),
            (Some("85984NED"), "2024JJ00".to_string())
        );
    }

    #[test]
    fn an_object_keyed_by_code_needs_a_period_from_elsewhere() {
        let keyed =
            r#"{"GM0599":{"AantalInwoners_5":670610,"Woningvoorraad_35":null},"WK059910":{"AantalInwoners_5":77000}}"#;
        let err = read_json("k.json", keyed.as_bytes(), None, &TableHints::default(), "k").unwrap_err();
        assert_eq!(err.key, "import-error-no-period");
        let hints = TableHints {
            period: Period::from_statline("2024"),
            table: Some("85984NED".into()),
            layout_year: Some(2024),
        };
        let (f, d) = read_json("k.json", keyed.as_bytes(), None, &hints, "k").unwrap();
        assert_eq!(f, Format::KeyedJson);
        let Parsed::Data(d) = d else { panic!() };
        assert_eq!(d.source_table, "85984NED");
        assert_eq!(d.values(), 3);
        assert_eq!(d.missing(), 1);
    }

    #[test]
    fn broken_json_is_refused_with_the_parser_message() {
        let err = read_json("b.json", b"{\"value\": [", None, &TableHints::default(), "b").unwrap_err();
        assert_eq!(err.key, "import-error-json");
        assert!(err.detail.unwrap().contains("EOF"));
    }

    #[test]
    fn keys_that_occur_more_than_once_get_the_titles_of_their_groups() {
        use std::io::Read;
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/kwb/kwb2024_85984NED_DataProperties.json.gz");
        let mut text = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()).read_to_string(&mut text).unwrap();
        let records: Vec<Value> = serde_json::from_str(&text).unwrap();
        let p = properties(&records);
        let title = |key: &str| p.topics.iter().find(|t| t.key == key).map(|t| t.title.as_str()).unwrap();
        assert_eq!(title("Nederland_17"), "Herkomstland: Nederland");
        assert_eq!(title("Nederland_20"), "Geboren in Nederland: Nederland");
        assert_eq!(title("BuitenEuropa_24"), "Geboren buiten Nederland: Buiten Europa");
        assert_eq!(title("Appartement_54"), "Gemiddelde elektriciteitslevering, naar woningtype: Appartement");
        assert_eq!(title("Appartement_62"), "Gemiddeld aardgasverbruik, naar woningtype: Appartement");
        assert_eq!(title("Woningvoorraad_35"), "Woningvoorraad", "a key that occurs once keeps its own title");
        // And every topic of the table reads as people say it once the reviewed catalogue is applied.
        for t in &p.topics {
            let l = crate::domain::catalogue::label("85984NED", &t.key, &t.title, &t.unit);
            assert!(!l.title.contains('_'), "{} {l:?}", t.key);
        }
    }
}
