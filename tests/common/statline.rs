//! A local StatLine / PDOK server for the fetch tests (and, through `examples/statline_fixture.rs`,
//! for trying `wijkwijzer fetch` by hand). It serves the real files of `data/` in the shapes of
//! the public services, with paging, and can be told to misbehave.
//!
//! Where each shape comes from:
//! - **CBS OData v3** (`/cbs/v3/{table}/…`) and **RIVM** (`/rivm/v3/{table}/…`): `TableInfos`,
//!   `DataProperties`, `TypedDataSet` and the region code list, each `{"odata.metadata": …,
//!   "value": […]}`, paged with `odata.nextLink` as the bulk feed (ODataFeed) does; `$filter`
//!   (`startswith`, `eq`, `and`, `or`, parentheses), `$top=0&$inlinecount=allpages` → `odata.count`.
//!   85984NED: `TableInfos` and `DataProperties` are the real responses in data/kwb; the records
//!   are the real figures of `kwb2024_85984NED_gm_wijk_stripped.json` (8 columns; gemeenten and
//!   wijken only, so a buurt selection has no figures here); the code list names buurten from the
//!   real 2024 buurt list and wijken and gemeenten from the 2023 wijk layer (names only).
//!   50090NED: the records are the real rows of the RIVM xlsx exports (typed: numbers, `.` → null);
//!   `DataProperties` lists the file's columns with their roles (titles are the keys: the exports
//!   carry no titles); `TableInfos.Modified` is the download date the data README gives.
//! - **CBS OData v4** (`/cbs/v4/{table}/…`): `Properties`, `Dimensions`, `MeasureCodes`,
//!   `{Dimension}Codes`, `Observations` in long form, paged with `@odata.nextLink`, `$count=true` →
//!   `@odata.count`, as documented on odata4.cbs.nl and by CBS's cbsodata4 client. Built from the
//!   same 85984NED figures; measure codes are `M` + the v3 property ID (the real codes differ; the
//!   titles are the real v3 titles).
//! - **PDOK OGC API Features** (`/pdok/wijken-en-buurten-{year}/ogc/v1/collections/{coll}/items`):
//!   a GeoJSON FeatureCollection with `numberReturned` and `links` (`next`), `limit`/`offset`,
//!   `gemeentecode=` as a property filter, `crs=` EPSG:28992, as PDOK documents it. 2016 `wijken`:
//!   the real wijk_2016_6.geojson with PDOK's property names.
#![allow(dead_code)]
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

fn data_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn read_gz(rel: &str) -> Vec<u8> {
    let bytes = std::fs::read(data_dir().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out).expect("gzip");
    out
}

fn pad(s: &str, n: usize) -> String {
    format!("{s:<n$}")
}

/// What the server is told to do wrong. Pages count from 1, per data request.
#[derive(Default)]
pub struct Faults {
    /// Drop the connection in the middle of this data page (0: never) …
    pub drop_page: AtomicUsize,
    /// … this many times (then serve it).
    pub drop_times: AtomicUsize,
    /// Answer this many data requests with 503 first.
    pub unavailable: AtomicUsize,
    /// Answer this data page with broken JSON (0: never).
    pub malformed_page: AtomicUsize,
    /// Answer every request with 429 and `Retry-After: 0` this many times.
    pub too_many: AtomicUsize,
    /// Overrides the tables' `Modified` stamp.
    pub modified: Mutex<Option<String>>,
    /// Every path and query asked, in order.
    pub requests: Mutex<Vec<String>>,
}

struct Table {
    infos: Value,
    properties: Vec<Value>,
    region_key: String,
    regions: Vec<Value>,
    records: Vec<Value>,
}

struct Inner {
    page_size: usize,
    faults: Arc<Faults>,
    kwb: OnceLock<Arc<Table>>,
    rivm: OnceLock<Arc<Table>>,
    wijk2016: OnceLock<Arc<Vec<Value>>>,
}

pub struct Fixture {
    pub base: String,
    pub faults: Arc<Faults>,
    handle: tokio::task::JoinHandle<()>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

impl Fixture {
    /// Start on a free port; `page_size` records per data page.
    pub async fn start(page_size: usize) -> Fixture {
        Self::start_on("127.0.0.1:0", page_size).await
    }

    pub async fn start_on(addr: &str, page_size: usize) -> Fixture {
        let faults = Arc::new(Faults::default());
        let inner = Arc::new(Inner {
            page_size,
            faults: faults.clone(),
            kwb: OnceLock::new(),
            rivm: OnceLock::new(),
            wijk2016: OnceLock::new(),
        });
        let app = Router::new()
            .route("/{api}/v3/{table}/{part}", axum::routing::get(v3))
            .route("/cbs/v4/{table}/{part}", axum::routing::get(v4))
            .route("/pdok/{dataset}/ogc/v1/collections/{coll}/items", axum::routing::get(pdok))
            .with_state(inner);
        let listener = tokio::net::TcpListener::bind(addr).await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let handle = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        Fixture { base, faults, handle }
    }

    pub fn endpoints(&self) -> wijkwijzer::fetch::Endpoints {
        wijkwijzer::fetch::Endpoints {
            cbs_v3: format!("{}/cbs/v3", self.base),
            cbs_v4: format!("{}/cbs/v4", self.base),
            rivm_v3: format!("{}/rivm/v3", self.base),
            pdok: format!("{}/pdok", self.base),
        }
    }

    pub fn requests(&self) -> Vec<String> {
        self.faults.requests.lock().expect("lock").clone()
    }
}

fn kwb() -> Table {
    let infos: Value = serde_json::from_slice(&read_gz("kwb/kwb2024_85984NED_TableInfos.json.gz")).expect("json");
    let props: Value = serde_json::from_slice(&read_gz("kwb/kwb2024_85984NED_DataProperties.json.gz")).expect("json");
    let figures: serde_json::Map<String, Value> =
        serde_json::from_slice(&read_gz("kwb/kwb2024_85984NED_gm_wijk_stripped.json.gz")).expect("json");
    let mut records = Vec::new();
    for (i, (code, fields)) in figures.iter().enumerate() {
        let mut r = serde_json::Map::new();
        r.insert("ID".into(), json!(i));
        r.insert("WijkenEnBuurten".into(), json!(pad(code, 10)));
        for (k, v) in fields.as_object().expect("object") {
            r.insert(k.clone(), v.clone());
        }
        records.push(Value::Object(r));
    }
    // Names: buurten from the 2024 buurt list; wijken and gemeenten from the 2023 wijk layer.
    let mut names: Vec<(String, String)> = Vec::new();
    let wijken = read_gz("kwb/wijk_2023_v0.dbf.gz");
    let mut reader = dbase::ReaderBuilder::new()
        .with_encoding(dbase::encoding::UnicodeLossy)
        .build(std::io::Cursor::new(wijken))
        .expect("dbf");
    let text = |r: &dbase::Record, k: &str| match r.get(k) {
        Some(dbase::FieldValue::Character(Some(s))) => s.trim().to_string(),
        _ => String::new(),
    };
    let mut seen_gm = std::collections::HashSet::new();
    for r in reader.read().expect("dbf records") {
        if seen_gm.insert(text(&r, "GM_CODE")) {
            names.push((text(&r, "GM_CODE"), text(&r, "GM_NAAM")));
        }
        names.push((text(&r, "WK_CODE"), text(&r, "WK_NAAM")));
    }
    let known: std::collections::HashSet<&String> = figures.keys().collect();
    names.retain(|(code, _)| known.contains(code));
    let buurten = read_gz("kwb/buurtnamen_85984NED_2024.csv.gz");
    let mut csv = csv::Reader::from_reader(&buurten[..]);
    for r in csv.records() {
        let r = r.expect("csv");
        names.push((r[0].to_string(), r[1].to_string()));
    }
    let regions = names
        .iter()
        .map(
            |(code, title)| json!({"Key": pad(code, 10), "Title": title, "Description": null, "CategoryGroupID": null}),
        )
        .collect();
    Table {
        // The files are the responses' `value` lists.
        infos: json!({"odata.metadata": "TableInfos", "value": infos}),
        properties: props.as_array().expect("list").clone(),
        region_key: "WijkenEnBuurten".into(),
        regions,
        records,
    }
}

fn rivm() -> Table {
    use calamine::{Data, Reader, Xlsx};
    let mut records = Vec::new();
    let mut headers: Vec<String> = Vec::new();
    for file in ["50090NED_2020_18plus.xlsx", "50090NED_2020_65plus.xlsx"] {
        let mut book: Xlsx<_> = calamine::open_workbook(data_dir().join("gezondheid").join(file)).expect("xlsx");
        let sheet = book.worksheet_range_at(0).expect("sheet").expect("range");
        let mut rows = sheet.rows();
        headers = rows.next().expect("header").iter().map(|c| c.to_string()).collect();
        for row in rows {
            let mut r = serde_json::Map::new();
            for (h, c) in headers.iter().zip(row) {
                let text = match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                };
                let v = if h == "ID" {
                    json!(records.len())
                } else if ["Leeftijd", "Marges", "WijkenEnBuurten", "Perioden"].contains(&h.as_str())
                    || h.starts_with("Gemeentenaam")
                    || h.starts_with("SoortRegio")
                    || h.starts_with("Codering")
                {
                    json!(text)
                } else {
                    // TypedDataSet: numbers; "." (suppressed) and empty (not measured) are null.
                    text.trim().parse::<f64>().map(|n| json!(n)).unwrap_or(Value::Null)
                };
                r.insert(h.clone(), v);
            }
            records.push(Value::Object(r));
        }
    }
    let properties = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| h.as_str() != "ID")
        .map(|(i, h)| {
            let (kind, datatype) = match h.as_str() {
                "Leeftijd" | "Marges" => ("Dimension", ""),
                "WijkenEnBuurten" => ("GeoDimension", ""),
                "Perioden" => ("TimeDimension", ""),
                _ if h.starts_with("Gemeentenaam") || h.starts_with("SoortRegio") || h.starts_with("Codering") => {
                    ("Topic", "String")
                }
                _ => ("Topic", "Double"),
            };
            let mut p = json!({"ID": i, "Position": i, "ParentID": null, "Type": kind, "Key": h, "Title": h,
                               "Description": "", "Datatype": datatype, "Unit": if datatype == "Double" {"%"} else {""}});
            if kind == "GeoDimension" {
                p["MapYear"] = json!(2020);
            }
            p
        })
        .collect();
    let mut regions: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in &records {
        let key = r["WijkenEnBuurten"].as_str().unwrap_or("").to_string();
        if seen.insert(key.clone()) {
            let code = key.trim();
            let title = if code.starts_with("GM") { r["Gemeentenaam_1"].as_str().unwrap_or(code).trim() } else { code };
            regions.push(json!({"Key": key, "Title": title, "Description": null}));
        }
    }
    Table {
        infos: json!({"odata.metadata": "TableInfos", "value": [{
            "ID": 0, "Identifier": "50090NED", "Title": "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)",
            "Period": "2012, 2016, 2020", "Modified": "2022-07-01T00:00:00", "Frequency": "Eenmalig"}]}),
        properties,
        region_key: "WijkenEnBuurten".into(),
        regions,
        records,
    }
}

/// A tiny OData `$filter`: `startswith(K,'v')`, `K eq 'v'`, `and`, `or`, parentheses.
#[derive(Debug)]
enum Expr {
    StartsWith(String, String),
    Eq(String, String),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

fn parse_filter(s: &str) -> Expr {
    fn strip_parens(s: &str) -> &str {
        let s = s.trim();
        if s.starts_with('(') && s.ends_with(')') {
            let mut depth = 0;
            for (i, c) in s.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 && i < s.len() - 1 {
                            return s;
                        }
                    }
                    _ => {}
                }
            }
            return strip_parens(&s[1..s.len() - 1]);
        }
        s
    }
    fn split_top<'a>(s: &'a str, op: &str) -> Option<(&'a str, &'a str)> {
        let mut depth = 0;
        let mut quoted = false;
        let bytes = s.as_bytes();
        for i in 0..s.len() {
            match bytes[i] {
                b'\'' => quoted = !quoted,
                b'(' if !quoted => depth += 1,
                b')' if !quoted => depth -= 1,
                _ if depth == 0 && !quoted && s[i..].starts_with(op) => return Some((&s[..i], &s[i + op.len()..])),
                _ => {}
            }
        }
        None
    }
    let s = strip_parens(s);
    if let Some((a, b)) = split_top(s, " or ") {
        return Expr::Or(Box::new(parse_filter(a)), Box::new(parse_filter(b)));
    }
    if let Some((a, b)) = split_top(s, " and ") {
        return Expr::And(Box::new(parse_filter(a)), Box::new(parse_filter(b)));
    }
    if let Some(inner) = s.strip_prefix("startswith(").and_then(|r| r.strip_suffix(')')) {
        let (k, v) = inner.split_once(',').expect("startswith(K,'v')");
        return Expr::StartsWith(k.trim().into(), v.trim().trim_matches('\'').into());
    }
    let (k, v) = s.split_once(" eq ").unwrap_or_else(|| panic!("unsupported filter: {s}"));
    Expr::Eq(k.trim().into(), v.trim().trim_matches('\'').into())
}

fn matches(e: &Expr, r: &Value) -> bool {
    let field = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    match e {
        Expr::StartsWith(k, v) => field(k).starts_with(v.as_str()),
        Expr::Eq(k, v) => field(k).trim() == v,
        Expr::And(a, b) => matches(a, r) && matches(b, r),
        Expr::Or(a, b) => matches(a, r) || matches(b, r),
    }
}

fn log(inner: &Inner, uri: &axum::http::Uri) {
    inner.faults.requests.lock().expect("lock").push(uri.to_string());
}

/// The fault for this data page, if any, as a response.
fn fault(inner: &Inner, page: usize) -> Option<Response> {
    let f = &inner.faults;
    if f.too_many.load(Ordering::SeqCst) > 0 {
        f.too_many.fetch_sub(1, Ordering::SeqCst);
        return Some((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "0")], "slow down").into_response());
    }
    if f.unavailable.load(Ordering::SeqCst) > 0 {
        f.unavailable.fetch_sub(1, Ordering::SeqCst);
        return Some((StatusCode::SERVICE_UNAVAILABLE, "onderhoud").into_response());
    }
    if f.malformed_page.load(Ordering::SeqCst) == page {
        return Some(([(header::CONTENT_TYPE, "application/json")], "{\"value\": [{\"ID\": 0,").into_response());
    }
    if f.drop_page.load(Ordering::SeqCst) == page && f.drop_times.load(Ordering::SeqCst) > 0 {
        f.drop_times.fetch_sub(1, Ordering::SeqCst);
        // Some bytes, then the connection breaks.
        let stream = futures_util::stream::iter(vec![
            Ok::<_, std::io::Error>(axum::body::Bytes::from_static(b"{\"value\": [")),
            Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "dropped")),
        ]);
        return Some(
            Response::builder()
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::CONTENT_LENGTH, "100000")
                .body(Body::from_stream(stream))
                .expect("response"),
        );
    }
    None
}

fn json_response(v: Value) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], v.to_string()).into_response()
}

/// One page of `list` by `$skip`, with the link to the next (the request's own URL, `$skip` moved on).
fn page_of(
    inner: &Inner,
    base: &str,
    q: &HashMap<String, String>,
    list: &[Value],
    next_key: &str,
) -> Result<(Vec<Value>, Option<String>, usize), Response> {
    let skip: usize = q.get("$skip").and_then(|s| s.parse().ok()).unwrap_or(0);
    let number = skip / inner.page_size + 1;
    if let Some(r) = fault(inner, number) {
        return Err(r);
    }
    let end = (skip + inner.page_size).min(list.len());
    let items = list.get(skip..end).unwrap_or(&[]).to_vec();
    let next = (end < list.len()).then(|| {
        let mut url = reqwest::Url::parse(base).expect("url");
        for (k, v) in q.iter().filter(|(k, _)| k.as_str() != "$skip") {
            url.query_pairs_mut().append_pair(k, v);
        }
        url.query_pairs_mut().append_pair("$skip", &end.to_string());
        url.to_string()
    });
    let _ = next_key;
    Ok((items, next, number))
}

fn table_of(inner: &Inner, api: &str, table: &str) -> Option<Arc<Table>> {
    match (api, table.to_uppercase().as_str()) {
        ("cbs", "85984NED") => Some(inner.kwb.get_or_init(|| Arc::new(kwb())).clone()),
        ("rivm", "50090NED") => Some(inner.rivm.get_or_init(|| Arc::new(rivm())).clone()),
        _ => None,
    }
}

fn modified(inner: &Inner, infos: &Value) -> String {
    inner
        .faults
        .modified
        .lock()
        .expect("lock")
        .clone()
        .unwrap_or_else(|| infos["value"][0]["Modified"].as_str().unwrap_or("").to_string())
}

async fn v3(
    State(inner): State<Arc<Inner>>,
    Path((api, table, part)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: axum::http::HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    log(&inner, &uri);
    let t = {
        let inner = inner.clone();
        let (api, table) = (api.clone(), table.clone());
        tokio::task::spawn_blocking(move || table_of(&inner, &api, &table)).await.expect("load")
    };
    let Some(t) = t else {
        return (StatusCode::NOT_FOUND, "Resource not found for the segment").into_response();
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1").to_string();
    let base = format!("http://{host}{}", uri.path());
    let filter = q.get("$filter").map(|f| parse_filter(f));
    let select = |list: &[Value]| -> Vec<Value> {
        list.iter().filter(|r| filter.as_ref().is_none_or(|f| matches(f, r))).cloned().collect()
    };
    match part.as_str() {
        "TableInfos" => {
            let mut infos = t.infos.clone();
            infos["value"][0]["Modified"] = json!(modified(&inner, &t.infos));
            json_response(infos)
        }
        "DataProperties" => json_response(json!({"odata.metadata": "DataProperties", "value": t.properties})),
        "TypedDataSet" | "UntypedDataSet" => {
            let rows = select(&t.records);
            if q.get("$inlinecount").map(String::as_str) == Some("allpages")
                && q.get("$top").map(String::as_str) == Some("0")
            {
                return json_response(json!({"odata.count": rows.len().to_string(), "value": []}));
            }
            match page_of(&inner, &base, &q, &rows, "odata.nextLink") {
                Err(r) => r,
                Ok((items, next, _)) => {
                    let mut v = json!({"odata.metadata": "TypedDataSet", "value": items});
                    if let Some(n) = next {
                        v["odata.nextLink"] = json!(n);
                    }
                    json_response(v)
                }
            }
        }
        p if p == t.region_key => json_response(json!({"odata.metadata": p, "value": select(&t.regions)})),
        _ => (StatusCode::NOT_FOUND, "Resource not found for the segment").into_response(),
    }
}

async fn v4(
    State(inner): State<Arc<Inner>>,
    Path((table, part)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: axum::http::HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    log(&inner, &uri);
    let t = {
        let inner = inner.clone();
        let table = table.clone();
        tokio::task::spawn_blocking(move || table_of(&inner, "cbs", &table)).await.expect("load")
    };
    let Some(t) = t else {
        return (StatusCode::NOT_FOUND, json!({"error": {"message": "dataset not found"}}).to_string()).into_response();
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1").to_string();
    let topics: Vec<&Value> = t
        .properties
        .iter()
        .filter(|p| {
            p["Type"] == "Topic" && t.records.iter().take(1).any(|r| r.get(p["Key"].as_str().unwrap_or("")).is_some())
        })
        .collect();
    let code_of = |p: &Value| format!("M{:06}", p["ID"].as_i64().unwrap_or(0));
    match part.as_str() {
        "Properties" => {
            let info = &t.infos["value"][0];
            json_response(json!({"Identifier": info["Identifier"], "Title": info["Title"],
                "Modified": modified(&inner, &t.infos), "TemporalCoverage": info["Period"], "Status": "Regulier"}))
        }
        "Dimensions" => json_response(json!({"value": [
            {"Identifier": "WijkenEnBuurten", "Title": "Wijken en buurten", "Kind": "GeoDimension", "MapYear": 2024},
            {"Identifier": "Perioden", "Title": "Perioden", "Kind": "TimeDimension"}]})),
        "MeasureCodes" => json_response(json!({"value": topics.iter().enumerate().map(|(i, p)| json!({
            "Identifier": code_of(p), "Index": i, "Title": p["Title"], "Description": p["Description"],
            "MeasureGroupId": null, "DataType": if p["Datatype"] == "Double" {"Double"} else {"Long"},
            "Unit": p["Unit"], "Decimals": p["Decimals"], "PresentationType": "Absolute"})).collect::<Vec<_>>()})),
        "WijkenEnBuurtenCodes" => {
            let filter = q.get("$filter").map(|f| parse_filter(f));
            let list: Vec<Value> = t
                .regions
                .iter()
                .map(|r| json!({"Identifier": r["Key"].as_str().unwrap_or("").trim(), "Index": 0, "Title": r["Title"], "DimensionGroupId": null}))
                .filter(|r| filter.as_ref().is_none_or(|f| matches(f, r)))
                .collect();
            json_response(json!({"value": list}))
        }
        "PeriodenCodes" => {
            json_response(json!({"value": [{"Identifier": "2024JJ00", "Title": "2024", "Status": "Definitief"}]}))
        }
        "Observations" => {
            let filter = q.get("$filter").map(|f| parse_filter(f));
            let mut obs = Vec::new();
            for r in &t.records {
                let code = r["WijkenEnBuurten"].as_str().unwrap_or("").trim().to_string();
                for p in &topics {
                    let key = p["Key"].as_str().unwrap_or("");
                    let Some(v) = r.get(key) else { continue };
                    let o = json!({"Id": obs.len(), "Measure": code_of(p), "ValueAttribute": if v.is_null() {"Impossible"} else {"None"},
                        "Value": v, "WijkenEnBuurten": code, "Perioden": "2024JJ00"});
                    if filter.as_ref().is_none_or(|f| matches(f, &o)) {
                        obs.push(o);
                    }
                }
            }
            if q.get("$count").map(String::as_str) == Some("true") && q.get("$top").map(String::as_str) == Some("0") {
                return json_response(json!({"@odata.count": obs.len(), "value": []}));
            }
            let base = format!("http://{host}{}", uri.path());
            match page_of(&inner, &base, &q, &obs, "@odata.nextLink") {
                Err(r) => r,
                Ok((items, next, _)) => {
                    let mut v = json!({"@odata.context": "Observations", "value": items});
                    if let Some(n) = next {
                        v["@odata.nextLink"] = json!(n);
                    }
                    json_response(v)
                }
            }
        }
        _ => (StatusCode::NOT_FOUND, json!({"error": {"message": "not found"}}).to_string()).into_response(),
    }
}

fn wijk2016() -> Vec<Value> {
    let v: Value = serde_json::from_slice(&read_gz("geo/wijk_2016_6.geojson.gz")).expect("geojson");
    v["features"]
        .as_array()
        .expect("features")
        .iter()
        .map(|f| {
            let p = &f["properties"];
            json!({"type": "Feature", "id": p["WKC"], "geometry": f["geometry"], "properties": {
                "wijkcode": p["WKC"], "wijknaam": p["WKN"], "gemeentecode": p["GMC"], "gemeentenaam": p["GMN"], "jaar": 2016}})
        })
        .collect()
}

async fn pdok(
    State(inner): State<Arc<Inner>>,
    Path((dataset, coll)): Path<(String, String)>,
    Query(mut q): Query<HashMap<String, String>>,
    headers: axum::http::HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    log(&inner, &uri);
    if dataset != "wijken-en-buurten-2016" || coll != "wijken" {
        return (StatusCode::NOT_FOUND, json!({"code": "NotFound", "description": "collection not found"}).to_string())
            .into_response();
    }
    let features = {
        let inner = inner.clone();
        tokio::task::spawn_blocking(move || inner.wijk2016.get_or_init(|| Arc::new(wijk2016())).clone())
            .await
            .expect("load")
    };
    let selected: Vec<Value> = match q.get("gemeentecode") {
        Some(gm) => features.iter().filter(|f| f["properties"]["gemeentecode"] == gm.as_str()).cloned().collect(),
        None => features.to_vec(),
    };
    let limit: usize = q.get("limit").and_then(|l| l.parse().ok()).unwrap_or(10).min(inner.page_size);
    let offset: usize = q.get("offset").and_then(|l| l.parse().ok()).unwrap_or(0);
    if let Some(r) = fault(&inner, offset / limit.max(1) + 1) {
        return r;
    }
    let end = (offset + limit).min(selected.len());
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1").to_string();
    let mut links = vec![json!({"rel": "self", "type": "application/geo+json", "href": format!("http://{host}{uri}")})];
    if end < selected.len() {
        q.insert("offset".into(), end.to_string());
        let mut url = reqwest::Url::parse(&format!("http://{host}{}", uri.path())).expect("url");
        for (k, v) in &q {
            url.query_pairs_mut().append_pair(k, v);
        }
        links.push(json!({"rel": "next", "type": "application/geo+json", "href": url.to_string()}));
    }
    let body = json!({"type": "FeatureCollection", "timeStamp": "2026-12-06T00:00:00Z",
        "numberReturned": end.saturating_sub(offset), "features": selected.get(offset..end).unwrap_or(&[]), "links": links});
    (
        [
            (header::CONTENT_TYPE, "application/geo+json"),
            (header::HeaderName::from_static("content-crs"), "<http://www.opengis.net/def/crs/EPSG/0/28992>"),
        ],
        body.to_string(),
    )
        .into_response()
}
