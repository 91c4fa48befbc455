//! Importing statistics exactly as CBS and RIVM publish them. Each reader turns one file format
//! into a `domain::statistics::Dataset`; the store saves a dataset in one transaction.
//!
//! A file with any unreadable value is refused whole, with file, row, column and value named.

// The error carries the file, row, column and value for the message; it is built once per refused
// file, so its size does not matter.
#![allow(clippy::result_large_err)]

mod codelist;
pub mod fuzz;
pub mod geo;
mod odata;
mod rows;
pub mod statline_v4;
mod table;
mod xlsx;

use crate::domain::statistics::{Dataset, Period};
use std::path::Path;

/// The formats WijkWijzer recognises by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// StatLine OData JSON: a `value` envelope or a bare array of records (Typed or Untyped).
    ODataJson,
    /// A JSON object keyed by region code, each value an object of topic keys.
    KeyedJson,
    /// StatLine OData `DataProperties`: titles, units and descriptions of the columns.
    DataProperties,
    /// StatLine OData `TableInfos`: table identifier, title and period.
    TableInfos,
    /// A StatLine xlsx export (OData columns in the first sheet).
    Xlsx,
    /// A flat `Identifier,Title` list of area codes and names.
    CodeList,
    /// A table with human headers: StatLine CSV with symbols, CBS custom tables, plain CSV.
    Table,
    /// The dBase attribute table of a CBS map layer (area codes and names).
    Dbf,
    /// Area boundaries as a GeoJSON FeatureCollection (RD New or WGS84).
    GeoJson,
    /// Area boundaries as a TopoJSON Topology.
    TopoJson,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::ODataJson => "statline-odata-json",
            Format::KeyedJson => "json-keyed-by-code",
            Format::DataProperties => "statline-dataproperties",
            Format::TableInfos => "statline-tableinfos",
            Format::Xlsx => "statline-xlsx",
            Format::CodeList => "code-list",
            Format::Table => "csv-table",
            Format::Dbf => "dbase",
            Format::GeoJson => "geojson",
            Format::TopoJson => "topojson",
        }
    }
}

/// Why a file was refused. `key` is a catalogue message; the other fields point at the problem.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {key} (row {row:?}, column {column:?}, value {value:?})")]
pub struct ImportError {
    pub file: String,
    pub key: &'static str,
    pub row: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub detail: Option<String>,
}

impl ImportError {
    pub fn file(file: &str, key: &'static str) -> ImportError {
        ImportError { file: file.to_string(), key, row: None, column: None, value: None, detail: None }
    }

    pub fn at(file: &str, key: &'static str, row: usize, column: &str, value: &str) -> ImportError {
        ImportError {
            file: file.to_string(),
            key,
            row: Some(row),
            column: Some(column.to_string()),
            value: Some(value.to_string()),
            detail: None,
        }
    }

    pub fn detail(mut self, detail: impl ToString) -> ImportError {
        self.detail = Some(detail.to_string());
        self
    }

    /// The message arguments for the catalogue.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let mut a = vec![("file", self.file.clone())];
        if let Some(r) = self.row {
            a.push(("row", r.to_string()));
        }
        if let Some(c) = &self.column {
            a.push(("column", c.clone()));
        }
        if let Some(v) = &self.value {
            a.push(("value", v.clone()));
        }
        a.push(("detail", self.detail.clone().unwrap_or_default()));
        a
    }
}

/// Table-level facts that may come from the command line or a `TableInfos` file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableHints {
    pub table: Option<String>,
    pub period: Option<Period>,
    pub layout_year: Option<i64>,
}

/// Column metadata from a `DataProperties` file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Properties {
    pub topics: Vec<crate::domain::statistics::IndicatorMeta>,
    /// Keys of topics whose data type is text (names, codes), which are not indicators.
    pub text_topics: Vec<String>,
    pub dimensions: Vec<String>,
    pub map_year: Option<i64>,
}

/// One file, read.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Data(Dataset),
    Properties(Properties),
    TableInfo(TableHints),
}

/// Recognise the format of a file from its content (and the xlsx zip signature).
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(Format::Xlsx);
    }
    // dBase III(+): version byte 0x03 (or 0x83 with memo), then a plausible YYMMDD date.
    if bytes.len() > 32
        && matches!(bytes[0], 0x03 | 0x83)
        && (1..=12).contains(&bytes[2])
        && (1..=31).contains(&bytes[3])
    {
        return Some(Format::Dbf);
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    let head = text.trim_start();
    if head.starts_with('{') || head.starts_with('[') {
        // Which kind of JSON is decided while reading it (one parse).
        return Some(Format::ODataJson);
    }
    let first = head.lines().next().unwrap_or("").trim();
    if first.eq_ignore_ascii_case("Identifier,Title") {
        return Some(Format::CodeList);
    }
    if table::looks_like_table(text) {
        return Some(Format::Table);
    }
    None
}

/// The most a gzip-compressed file may unpack to (a guard against compression bombs).
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;

/// A gzip-compressed file (`.gz`) unpacked, with its name without `.gz`; other files as they are.
pub fn unpack<'a>(name: &str, bytes: &'a [u8]) -> Result<(String, std::borrow::Cow<'a, [u8]>), ImportError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok((name.to_string(), std::borrow::Cow::Borrowed(bytes)));
    }
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(MAX_UNPACKED_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| ImportError::file(name, "import-error-gzip").detail(e))?;
    if out.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(ImportError::file(name, "import-error-gzip").detail(format!("> {MAX_UNPACKED_BYTES} bytes")));
    }
    let inner = name.strip_suffix(".gz").or_else(|| name.strip_suffix(".GZ")).unwrap_or(name);
    Ok((inner.to_string(), std::borrow::Cow::Owned(out)))
}

/// One data file of an import, read and checked, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub name: String,
    pub format: Format,
    pub dataset: Dataset,
    /// What its columns say it is, when nothing else (`--table`, `TableInfos`) named the table.
    pub recognised: Option<crate::domain::catalogue::Recognition>,
    /// The text was Windows-1252 (as Excel saves CSV), read as such.
    pub windows_1252: bool,
}

impl Prepared {
    /// A file read as `format`, nothing recognised.
    pub fn new(name: String, format: Format, dataset: Dataset) -> Prepared {
        Prepared { name, format, dataset, recognised: None, windows_1252: false }
    }

    /// Extra lines for the import summary: what the file was recognised as, or that its columns
    /// are not in the catalogue; and the encoding it was read in.
    pub fn notes(&self) -> Vec<(&'static str, Vec<(&'static str, String)>)> {
        use crate::domain::catalogue::{Recognition, source};
        let mut out = Vec::new();
        match &self.recognised {
            Some(Recognition::Table { table, .. }) => {
                let s = source(table, false);
                out.push((
                    "import-recognised",
                    vec![
                        ("file", self.name.clone()),
                        ("table", table.to_string()),
                        ("source", format!("{} {}", s.publisher, s.title)),
                    ],
                ));
            }
            Some(Recognition::Unknown) | Some(Recognition::Partly { .. }) if !self.dataset.indicators.is_empty() => {
                out.push(("import-not-catalogued", vec![("file", self.name.clone())]));
            }
            _ => {}
        }
        if self.windows_1252 {
            out.push(("import-read-windows-1252", vec![("file", self.name.clone())]));
        }
        out
    }

    /// `(file name, format, dataset)` of each file, as `Store::import_datasets` takes them.
    pub fn items(prepared: &[Prepared]) -> Vec<(&str, &str, &Dataset)> {
        prepared.iter().map(|p| (p.name.as_str(), p.format.name(), &p.dataset)).collect()
    }
}

/// Read the files of one import. Metadata files (`DataProperties`, `TableInfos`) describe every
/// data file given with them; then each data file is read (`reading` is told which). Every file is
/// read before anything is stored: any error refuses the import, and all errors are returned.
pub fn prepare(
    files: &[(String, Vec<u8>)],
    mut hints: TableHints,
    reading: &dyn Fn(&str),
) -> Result<Vec<Prepared>, Vec<ImportError>> {
    let mut properties: Option<Properties> = None;
    let mut data = Vec::new();
    let mut errors = Vec::new();
    for (name, bytes) in files {
        let (name, bytes) = match unpack(name, bytes) {
            Ok(v) => v,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if detect(&bytes) == Some(Format::ODataJson) {
            match read_bytes(&name, &bytes, None, &TableHints::default()) {
                Ok((_, Parsed::Properties(p))) => {
                    properties = Some(p);
                    continue;
                }
                Ok((_, Parsed::TableInfo(t))) => {
                    hints.table = hints.table.or(t.table);
                    hints.period = hints.period.or(t.period);
                    continue;
                }
                // Data files are read again below, with the metadata.
                Ok((_, Parsed::Data(_))) | Err(_) => {}
            }
        }
        data.push((name, bytes));
    }
    if data.is_empty() && errors.is_empty() {
        return Err(vec![ImportError::file("", "import-error-no-data-files")]);
    }
    let mut out = Vec::new();
    for (name, bytes) in &data {
        reading(name);
        let (bytes, windows_1252) = match decode_text(name, bytes) {
            Ok(v) => v,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match read_bytes(name, &bytes, properties.as_ref(), &hints) {
            Ok((format, Parsed::Data(mut dataset))) => {
                // Nothing named the table: its columns may say which it is.
                let recognised = (hints.table.is_none() && !dataset.indicators.is_empty()).then(|| {
                    let year = dataset.periods.first().map(Period::year);
                    let r =
                        crate::domain::catalogue::recognise(dataset.indicators.iter().map(|i| i.key.as_str()), year);
                    if let crate::domain::catalogue::Recognition::Table { table, .. } = &r {
                        dataset.source_table = table.to_string();
                    }
                    r
                });
                out.push(Prepared { name: name.clone(), format, dataset, recognised, windows_1252 })
            }
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Text that is not UTF-8 but Windows-1252 (what Excel writes as "CSV"), as UTF-8; `true` when it
/// was converted. Bytes that Windows-1252 does not define refuse the file with a message that names
/// the encoding: a figure or a name is never read garbled. Binary formats pass as they are.
pub fn decode_text<'a>(name: &str, bytes: &'a [u8]) -> Result<(std::borrow::Cow<'a, [u8]>, bool), ImportError> {
    let binary = bytes.starts_with(b"PK\x03\x04") || detect(bytes) == Some(Format::Dbf);
    if binary || std::str::from_utf8(bytes).is_ok() {
        return Ok((std::borrow::Cow::Borrowed(bytes), false));
    }
    let (text, had_errors) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    // encoding_rs maps the five undefined bytes to C1 controls; a text file never holds those.
    if had_errors || text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        let at = std::str::from_utf8(bytes).err().map(|e| e.valid_up_to()).unwrap_or(0);
        return Err(ImportError::file(name, "import-error-encoding").detail(format!("byte {at}")));
    }
    Ok((std::borrow::Cow::Owned(text.into_owned().into_bytes()), true))
}

/// Read one file. `properties` and `hints` come from metadata files given in the same import.
pub fn read(path: &Path, properties: Option<&Properties>, hints: &TableHints) -> Result<(Format, Parsed), ImportError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let bytes = std::fs::read(path).map_err(|e| ImportError::file(&name, "import-error-read").detail(e))?;
    let (name, bytes) = unpack(&name, &bytes)?;
    read_bytes(&name, &bytes, properties, hints)
}

pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    properties: Option<&Properties>,
    hints: &TableHints,
) -> Result<(Format, Parsed), ImportError> {
    let format = detect(bytes).ok_or_else(|| ImportError::file(name, "import-error-format"))?;
    let stem = name.split('.').next().unwrap_or(name).to_string();
    match format {
        Format::ODataJson
        | Format::KeyedJson
        | Format::DataProperties
        | Format::TableInfos
        | Format::GeoJson
        | Format::TopoJson => odata::read_json(name, bytes, properties, hints, &stem),
        Format::Xlsx => Ok((format, Parsed::Data(xlsx::read(name, bytes, properties, hints, &stem)?))),
        Format::CodeList => Ok((format, Parsed::Data(codelist::read(name, bytes, hints)?))),
        Format::Table if table::is_kwb_flat(bytes) => {
            Ok((format, Parsed::Data(table::read_kwb_flat(name, bytes, hints, &stem)?)))
        }
        Format::Table => Ok((format, Parsed::Data(table::read(name, bytes, hints, &stem)?))),
        Format::Dbf => Ok((format, Parsed::Data(codelist::read_dbf(name, bytes, hints)?))),
    }
}

/// The records of a StatLine OData v3 `TypedDataSet` (all pages, in order) as one dataset, checked
/// cell by cell like an imported file; `properties` from the table's `DataProperties`.
pub fn odata_records(
    name: &str,
    records: &[serde_json::Value],
    properties: Option<&Properties>,
    hints: &TableHints,
) -> Result<Dataset, ImportError> {
    odata::data_records(name, records, properties, hints, name)
}

/// The `value` list of a StatLine OData v3 `DataProperties` response.
pub fn odata_properties(records: &[serde_json::Value]) -> Properties {
    odata::properties(records)
}
