//! Entry points for fuzzing, one per import format: each reads arbitrary bytes the way an upload of
//! that format is read, and must return a result or an `ImportError`, never panic or hang. Used by
//! the cargo-fuzz targets in `fuzz/` (coverage-guided, documented ten-minute runs) and by the short
//! deterministic run in `tests/fuzz_smoke.rs` that `cargo test` does.

use super::{Properties, TableHints, codelist, geo, odata, table, unpack, xlsx};

/// A fuzz target: reads whatever bytes it is given.
pub type Target = fn(&[u8]);

/// The formats with a fuzz target, by target name.
pub const TARGETS: [(&str, Target); 8] = [
    ("statline_json", statline_json),
    ("csv_table", csv_table),
    ("code_list", code_list),
    ("xlsx", xlsx),
    ("kwb_dbf", kwb_dbf),
    ("geojson", geojson),
    ("topojson", topojson),
    ("any_file", any_file),
];

fn hints() -> TableHints {
    TableHints::default()
}

/// StatLine OData JSON (data, DataProperties, TableInfos, keyed JSON of the KWB).
pub fn statline_json(bytes: &[u8]) {
    let _ = odata::read_json("fuzz.json", bytes, None, &hints(), "fuzz");
    let props = Properties::default();
    let _ = odata::read_json("fuzz.json", bytes, Some(&props), &hints(), "fuzz");
}

/// Tables with human headers: StatLine CSV with symbols, CBS custom tables, plain CSV.
pub fn csv_table(bytes: &[u8]) {
    let _ = table::read("fuzz.csv", bytes, &hints(), "fuzz");
}

/// `Identifier,Title` code lists.
pub fn code_list(bytes: &[u8]) {
    let _ = codelist::read("fuzz.csv", bytes, &hints());
}

/// StatLine xlsx exports.
pub fn xlsx(bytes: &[u8]) {
    let _ = xlsx::read("fuzz.xlsx", bytes, None, &hints(), "fuzz");
}

/// The dBase attribute table of the KWB map layers.
pub fn kwb_dbf(bytes: &[u8]) {
    let _ = codelist::read_dbf("fuzz.dbf", bytes, &hints());
}

/// GeoJSON boundaries (RD New or WGS84).
pub fn geojson(bytes: &[u8]) {
    if let Ok(json) = serde_json::from_slice(bytes) {
        let _ = geo::read_geojson("fuzz.geojson", json, &hints());
    }
}

/// TopoJSON boundaries.
pub fn topojson(bytes: &[u8]) {
    if let Ok(json) = serde_json::from_slice::<serde_json::Value>(bytes) {
        let _ = geo::read_topojson("fuzz.topojson", &json, &hints());
    }
}

/// Any file as an upload arrives: gzip/zip unpacking, format detection, then its reader.
pub fn any_file(bytes: &[u8]) {
    if let Ok((name, inner)) = unpack("fuzz.gz", bytes) {
        let _ = super::read_bytes(&name, &inner, None, &hints());
    }
    let _ = super::read_bytes("fuzz", bytes, None, &hints());
}
