//! Fetching statistics from StatLine and boundaries from PDOK, so that figures need not arrive by
//! hand: CBS OData v3 (`TableInfos`, `DataProperties`, the region code list and `TypedDataSet`,
//! paged through `odata.nextLink`), CBS OData v4 (`Properties`, `Dimensions`, `MeasureCodes`,
//! `Observations`, paged through `@odata.nextLink`), RIVM's StatLine (the v3 protocol on its own
//! base URL) and the CBS wijk- en buurtkaart through PDOK's OGC API Features (paged through the
//! `next` link).
//!
//! A fetch is an import: every page is read and checked first, then the whole table is handed to
//! the importer's reader, and the caller stores it in one transaction. A page that cannot be read
//! (after retries with back-off on 429, 5xx and dropped connections) fails the whole fetch and is
//! named in the message; nothing is stored.

// A failure carries the URL, page and detail for the message; it is built once per fetch.
#![allow(clippy::result_large_err)]

use crate::domain::programme::AreaLevel;
use crate::domain::statistics::{Dataset, Period};
use crate::import::{self, ImportError, Prepared, TableHints};
use reqwest::StatusCode;
use serde_json::Value;
use std::time::Duration;

/// Where the services live. Settings, so that tests and air-gapped deployments point elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Endpoints {
    /// CBS OData v3 (the bulk feed, which pages with `odata.nextLink`).
    pub cbs_v3: String,
    /// CBS OData v4, the catalogue `CBS`.
    pub cbs_v4: String,
    /// RIVM's StatLine tables (the v3 protocol; CBS hosts them for third parties).
    pub rivm_v3: String,
    /// PDOK's OGC API for the CBS wijk- en buurtkaart of each year.
    pub pdok: String,
}

impl Default for Endpoints {
    fn default() -> Self {
        Endpoints {
            cbs_v3: "https://opendata.cbs.nl/ODataFeed/odata".into(),
            cbs_v4: "https://odata4.cbs.nl/CBS".into(),
            rivm_v3: "https://dataderden.cbs.nl/ODataFeed/odata".into(),
            pdok: "https://api.pdok.nl/cbs".into(),
        }
    }
}

/// Timeouts and retries.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Tries per request, the first included.
    pub attempts: u32,
    /// Wait before the second try; doubled for every further try (unless the server says
    /// `Retry-After`, up to a minute).
    pub first_delay: Duration,
    /// The longest one request (headers and body) may take.
    pub timeout: Duration,
    /// A guard against a service that pages forever.
    pub max_pages: usize,
    /// The largest page accepted.
    pub max_page_bytes: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            attempts: 4,
            first_delay: Duration::from_secs(2),
            timeout: Duration::from_secs(120),
            max_pages: 5_000,
            max_page_bytes: 256 * 1024 * 1024,
        }
    }
}

/// The protocol and service of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    CbsV3,
    CbsV4,
    RivmV3,
}

impl Api {
    pub fn key(self) -> &'static str {
        match self {
            Api::CbsV3 => "cbs",
            Api::CbsV4 => "cbs-v4",
            Api::RivmV3 => "rivm",
        }
    }

    pub fn from_key(key: &str) -> Option<Api> {
        match key.trim().to_lowercase().as_str() {
            "cbs" | "cbs-v3" => Some(Api::CbsV3),
            "cbs-v4" | "v4" => Some(Api::CbsV4),
            "rivm" => Some(Api::RivmV3),
            _ => None,
        }
    }

    /// RIVM's tables (by the catalogue's publisher) come from RIVM's StatLine, others from CBS v3.
    pub fn for_table(table: &str) -> Api {
        if crate::domain::catalogue::source(table, false).publisher.starts_with("RIVM") {
            Api::RivmV3
        } else {
            Api::CbsV3
        }
    }

    fn base(self, e: &Endpoints) -> &str {
        match self {
            Api::CbsV3 => &e.cbs_v3,
            Api::CbsV4 => &e.cbs_v4,
            Api::RivmV3 => &e.rivm_v3,
        }
    }
}

/// Which part of a table to fetch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Only areas of this level (`None`: every level the table has).
    pub level: Option<AreaLevel>,
    /// Only areas in these gemeenten (`GM0599`); empty: the whole country.
    pub municipalities: Vec<String>,
    /// Only these periods (StatLine codes, `2020JJ00`); empty: all.
    pub periods: Vec<String>,
}

impl Selection {
    /// Check and normalise what a person typed: gemeente codes `GM` + 4 digits (or 4 digits),
    /// periods as `2024`, `2024-Q3`, `2024JJ00`.
    pub fn parse(
        level: Option<&str>,
        municipalities: &[String],
        periods: &[String],
    ) -> Result<Selection, (&'static str, String)> {
        let level = match level.map(str::trim).filter(|l| !l.is_empty()) {
            None => None,
            Some(l) => Some(match l.to_lowercase().as_str() {
                "buurt" | "buurten" | "neighbourhood" => AreaLevel::Neighbourhood,
                "wijk" | "wijken" | "district" => AreaLevel::District,
                "gemeente" | "gemeenten" | "municipality" => AreaLevel::Municipality,
                "land" | "country" => AreaLevel::Country,
                _ => return Err(("fetch-error-level", l.to_string())),
            }),
        };
        let mut gms = Vec::new();
        for m in municipalities.iter().flat_map(|m| m.split([',', ' '])).map(str::trim).filter(|m| !m.is_empty()) {
            let code =
                if m.len() == 4 && m.bytes().all(|b| b.is_ascii_digit()) { format!("GM{m}") } else { m.to_uppercase() };
            match crate::domain::programme::AreaCode::parse(&code) {
                Ok(c) if c.level() == AreaLevel::Municipality => gms.push(c.as_str().to_string()),
                _ => return Err(("fetch-error-municipality", m.to_string())),
            }
        }
        let mut ps = Vec::new();
        for p in periods.iter().flat_map(|p| p.split(',')).map(str::trim).filter(|p| !p.is_empty()) {
            match Period::parse_human(p) {
                Some(period) => ps.push(period.code().to_string()),
                None => return Err(("fetch-error-period", p.to_string())),
            }
        }
        gms.sort();
        gms.dedup();
        ps.sort();
        ps.dedup();
        Ok(Selection { level, municipalities: gms, periods: ps })
    }

    /// The canonical text under which runs are logged and kept tables stored:
    /// `niveau=buurt;gemeenten=GM0599,GM0363;perioden=2024JJ00` (empty parts left out).
    pub fn key(&self) -> String {
        let mut parts = Vec::new();
        if let Some(l) = self.level {
            parts.push(format!("niveau={}", l.as_str()));
        }
        if !self.municipalities.is_empty() {
            parts.push(format!("gemeenten={}", self.municipalities.join(",")));
        }
        if !self.periods.is_empty() {
            parts.push(format!("perioden={}", self.periods.join(",")));
        }
        parts.join(";")
    }

    /// Read a `key` back (checked again, as if typed).
    pub fn from_key(key: &str) -> Option<Selection> {
        let (mut level, mut gms, mut periods) = (None, Vec::new(), Vec::new());
        for part in key.split(';').filter(|p| !p.is_empty()) {
            match part.split_once('=')? {
                ("niveau", v) => level = Some(v.to_string()),
                ("gemeenten", v) => gms.push(v.to_string()),
                ("perioden", v) => periods.push(v.to_string()),
                _ => return None,
            }
        }
        Selection::parse(level.as_deref(), &gms, &periods).ok()
    }

    /// How the selection reads in a log line: `buurt · GM0599 · 2024JJ00`; empty for the whole table.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(l) = self.level {
            parts.push(l.as_str().to_string());
        }
        if !self.municipalities.is_empty() {
            parts.push(self.municipalities.join(", "));
        }
        if !self.periods.is_empty() {
            parts.push(
                self.periods
                    .iter()
                    .map(|p| Period::from_statline(p).map(|p| p.human()).unwrap_or(p.clone()))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        parts.join(" · ")
    }

    fn prefixes(&self) -> Vec<String> {
        let level = match self.level {
            Some(AreaLevel::Neighbourhood) => Some("BU"),
            Some(AreaLevel::District) => Some("WK"),
            Some(AreaLevel::Municipality) => Some("GM"),
            Some(AreaLevel::Country) => Some("NL"),
            None => None,
        };
        match (level, self.municipalities.is_empty()) {
            (Some("NL"), _) => vec!["NL".into()],
            (Some(l), true) => vec![l.to_string()],
            (Some(l), false) => self.municipalities.iter().map(|gm| format!("{l}{}", &gm[2..])).collect(),
            (None, true) => Vec::new(),
            (None, false) => self
                .municipalities
                .iter()
                .flat_map(|gm| ["GM", "WK", "BU"].map(|l| format!("{l}{}", &gm[2..])))
                .collect(),
        }
    }

    /// The OData `$filter` for this selection (the same expression in v3 and v4), or `None` for
    /// the whole table. Region codes are matched by prefix: StatLine pads them with spaces.
    pub fn filter(&self, region_key: &str, period_key: Option<&str>) -> Option<String> {
        let mut clauses = Vec::new();
        let regions: Vec<String> = self.prefixes().iter().map(|p| format!("startswith({region_key},'{p}')")).collect();
        if !regions.is_empty() {
            clauses.push(any(regions));
        }
        if let Some(pk) = period_key {
            let periods: Vec<String> = self.periods.iter().map(|p| format!("{pk} eq '{p}'")).collect();
            if !periods.is_empty() {
                clauses.push(any(periods));
            }
        }
        (!clauses.is_empty()).then(|| clauses.join(" and "))
    }
}

fn any(mut parts: Vec<String>) -> String {
    if parts.len() == 1 { parts.remove(0) } else { format!("({})", parts.join(" or ")) }
}

/// What a service says about a table: enough to decide whether it changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableInfo {
    pub identifier: String,
    pub title: String,
    /// The service's modification stamp, as it gives it (`2025-03-27T02:00:00`).
    pub modified: String,
    pub period: Option<String>,
}

/// What a fetch tells its caller while it runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Metadata read; `total` records expected when the service counts them.
    Started { total: Option<u64> },
    /// One page of data read.
    Page { number: usize, records: usize },
}

/// Why a fetch failed. `key` is a catalogue message.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{key}: {url} (page {page:?}): {detail}")]
pub struct FetchError {
    pub key: &'static str,
    pub url: String,
    /// The data page (1, 2, …) that failed, for a failure while paging.
    pub page: Option<usize>,
    pub detail: String,
}

impl FetchError {
    fn new(key: &'static str, url: &str, detail: impl ToString) -> FetchError {
        FetchError { key, url: url.to_string(), page: None, detail: detail.to_string() }
    }

    /// The message arguments for the catalogue.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let host = reqwest::Url::parse(&self.url)
            .ok()
            .and_then(|u| u.host_str().map(|h| h.to_string()))
            .unwrap_or_else(|| self.url.clone());
        vec![
            ("url", self.url.clone()),
            ("host", host),
            ("page", self.page.map(|p| p.to_string()).unwrap_or_default()),
            ("detail", self.detail.clone()),
        ]
    }
}

/// A failed fetch: the service could not be read, or what it sent is not a table the importer accepts.
#[derive(Debug)]
pub enum Failure {
    Fetch(FetchError),
    Import(ImportError),
}

impl From<FetchError> for Failure {
    fn from(e: FetchError) -> Self {
        Failure::Fetch(e)
    }
}

impl From<ImportError> for Failure {
    fn from(e: ImportError) -> Self {
        Failure::Import(e)
    }
}

/// A table read from a service and checked, ready to store in one transaction.
#[derive(Debug)]
pub struct Fetched {
    pub info: TableInfo,
    pub prepared: Vec<Prepared>,
    pub pages: usize,
    pub bytes: u64,
}

impl Fetched {
    pub fn values(&self) -> usize {
        self.prepared.iter().map(|p| p.dataset.values()).sum()
    }
}

/// The HTTP side: one client (rustls), the endpoints and the retry policy.
#[derive(Clone, Debug)]
pub struct Fetcher {
    client: reqwest::Client,
    pub endpoints: Endpoints,
    policy: Policy,
}

fn value_list(v: &Value) -> &[Value] {
    v.get("value").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

fn text(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or("").trim().to_string()
}

fn origin(url: &str) -> Option<String> {
    reqwest::Url::parse(url).ok().map(|u| u.origin().ascii_serialization())
}

impl Fetcher {
    pub fn new(endpoints: Endpoints, policy: Policy) -> Result<Fetcher, FetchError> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("WijkWijzer/", env!("CARGO_PKG_VERSION"), " (+https://github.com/wijkwijzer)"))
            .connect_timeout(Duration::from_secs(15))
            .timeout(policy.timeout)
            .build()
            .map_err(|e| FetchError::new("fetch-error-client", "", e))?;
        Ok(Fetcher { client, endpoints, policy })
    }

    /// GET a JSON document, with retries. `page` names the data page in a failure.
    async fn get_json(&self, url: &str, page: Option<usize>) -> Result<(Value, usize), FetchError> {
        let at_page = |mut e: FetchError| {
            e.page = page;
            e
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            let last = attempt >= self.policy.attempts;
            let outcome = self.client.get(url).header("Accept", "application/json").send().await;
            let wait = match outcome {
                Ok(resp) if resp.status().is_success() => {
                    match resp.bytes().await {
                        Ok(body) if body.len() > self.policy.max_page_bytes => {
                            return Err(at_page(FetchError::new("fetch-error-too-large", url, body.len())));
                        }
                        Ok(body) => {
                            let len = body.len();
                            let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&body);
                            return serde_json::from_slice(body)
                                .map(|v| (v, len))
                                .map_err(|e| at_page(FetchError::new("fetch-error-malformed", url, e)));
                        }
                        // The connection dropped while the body came in.
                        Err(e) if last => return Err(at_page(FetchError::new("fetch-error-dropped", url, e))),
                        Err(_) => None,
                    }
                }
                Ok(resp) => {
                    let status = resp.status();
                    let transient = status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
                    if !transient || last {
                        let key = match status {
                            StatusCode::NOT_FOUND => "fetch-error-not-found",
                            _ => "fetch-error-status",
                        };
                        return Err(at_page(FetchError::new(key, url, status.as_u16())));
                    }
                    resp.headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .map(|s| Duration::from_secs(s.min(60)))
                }
                Err(e) if last => {
                    let key = if e.is_connect() {
                        "fetch-error-offline"
                    } else if e.is_timeout() {
                        "fetch-error-timeout"
                    } else {
                        "fetch-error-dropped"
                    };
                    return Err(at_page(FetchError::new(key, url, e)));
                }
                Err(_) => None,
            };
            let backoff = self.policy.first_delay * 2u32.saturating_pow(attempt - 1);
            tracing::info!(url, attempt, "StatLine: opnieuw proberen");
            tokio::time::sleep(wait.unwrap_or(backoff)).await;
        }
    }

    /// Follow a service's paging: every page's `value` list, in order. `next` reads the link to
    /// the next page; it must stay on the service's own origin.
    async fn pages(
        &self,
        first: String,
        next: fn(&Value) -> Option<String>,
        list: fn(&Value) -> &[Value],
        progress: &(dyn Fn(Event) + Sync),
        bytes: &mut u64,
    ) -> Result<(Vec<Value>, usize), FetchError> {
        let own = origin(&first);
        let mut out = Vec::new();
        let mut url = first;
        let mut number = 0;
        loop {
            number += 1;
            if number > self.policy.max_pages {
                return Err(FetchError {
                    page: Some(number),
                    ..FetchError::new("fetch-error-too-many-pages", &url, "")
                });
            }
            let (page, len) = self.get_json(&url, Some(number)).await?;
            *bytes += len as u64;
            let records = list(&page);
            if page.get("value").is_none() && page.get("features").is_none() {
                return Err(FetchError {
                    page: Some(number),
                    ..FetchError::new("fetch-error-malformed", &url, "no value list")
                });
            }
            progress(Event::Page { number, records: records.len() });
            out.extend_from_slice(records);
            match next(&page) {
                Some(link) => {
                    if origin(&link) != own {
                        return Err(FetchError {
                            page: Some(number),
                            ..FetchError::new("fetch-error-next-link", &link, "")
                        });
                    }
                    url = link;
                }
                None => return Ok((out, number)),
            }
        }
    }

    fn table_url(&self, api: Api, table: &str, part: &str) -> String {
        format!("{}/{}/{}", api.base(&self.endpoints).trim_end_matches('/'), table, part)
    }

    /// A part of a table with an OData `$filter` (v3 also asks for JSON by `$format`).
    fn query_url(&self, api: Api, table: &str, part: &str, filter: Option<&str>) -> reqwest::Url {
        let mut url = reqwest::Url::parse(&self.table_url(api, table, part)).expect("a valid base URL");
        if api != Api::CbsV4 {
            url.query_pairs_mut().append_pair("$format", "json");
        }
        if let Some(f) = filter {
            url.query_pairs_mut().append_pair("$filter", f);
        }
        url
    }

    /// The table's identifier, title, period and modification stamp, to see whether it changed.
    pub async fn table_info(&self, api: Api, table: &str) -> Result<TableInfo, FetchError> {
        match api {
            Api::CbsV3 | Api::RivmV3 => {
                let url = self.table_url(api, table, "TableInfos?$format=json");
                let (v, _) = self.get_json(&url, None).await?;
                let first = value_list(&v).first().ok_or_else(|| FetchError::new("fetch-error-not-found", &url, ""))?;
                Ok(TableInfo {
                    identifier: text(first, "Identifier"),
                    title: text(first, "Title"),
                    modified: text(first, "Modified"),
                    period: Some(text(first, "Period")).filter(|p| !p.is_empty()),
                })
            }
            Api::CbsV4 => {
                let url = self.table_url(api, table, "Properties");
                let (v, _) = self.get_json(&url, None).await?;
                Ok(TableInfo {
                    identifier: text(&v, "Identifier"),
                    title: text(&v, "Title"),
                    modified: text(&v, "Modified"),
                    period: Some(text(&v, "TemporalCoverage")).filter(|p| !p.is_empty()),
                })
            }
        }
    }

    /// Fetch a table (the part `selection` names) and read it as the importer reads a file;
    /// `info` is what `table_info` said of it (read once, to decide whether to fetch at all).
    pub async fn table(
        &self,
        api: Api,
        table: &str,
        info: TableInfo,
        selection: &Selection,
        progress: &(dyn Fn(Event) + Sync),
    ) -> Result<Fetched, Failure> {
        let mut bytes = 0u64;
        let hints = TableHints {
            table: Some(if info.identifier.is_empty() { table.to_string() } else { info.identifier.clone() }),
            period: info.period.as_deref().and_then(Period::parse_human),
            layout_year: None,
        };
        let name = format!("{} ({})", hints.table.as_deref().unwrap_or(table), api.key());
        let (mut dataset, pages) = match api {
            Api::CbsV3 | Api::RivmV3 => self.v3(api, table, selection, &name, &hints, progress, &mut bytes).await?,
            Api::CbsV4 => self.v4(table, selection, &name, &hints, progress, &mut bytes).await?,
        };
        dataset.source_table = hints.table.clone().unwrap_or_else(|| table.to_string());
        let prepared = vec![Prepared::new(name, import::Format::ODataJson, dataset)];
        Ok(Fetched { info, prepared, pages, bytes })
    }

    #[allow(clippy::too_many_arguments)]
    async fn v3(
        &self,
        api: Api,
        table: &str,
        selection: &Selection,
        name: &str,
        hints: &TableHints,
        progress: &(dyn Fn(Event) + Sync),
        bytes: &mut u64,
    ) -> Result<(Dataset, usize), Failure> {
        let (props_json, _) = self.get_json(&self.table_url(api, table, "DataProperties?$format=json"), None).await?;
        let props_list = value_list(&props_json);
        let key_of = |kinds: &[&str]| {
            props_list
                .iter()
                .find(|p| kinds.contains(&text(p, "Type").as_str()))
                .map(|p| text(p, "Key"))
                .filter(|k| !k.is_empty())
        };
        // The Kerncijfers call their region dimension a GeoDetail, most tables a GeoDimension.
        let region = key_of(&["GeoDimension", "GeoDetail"]).unwrap_or_else(|| "WijkenEnBuurten".into());
        let period = key_of(&["TimeDimension"]);
        let props = import::odata_properties(props_list);
        let data_url =
            self.query_url(api, table, "TypedDataSet", selection.filter(&region, period.as_deref()).as_deref());
        // The region code list names every area (the data only name gemeenten).
        let names_url = self.query_url(api, table, &region, selection.filter("Key", None).as_deref());
        let (names, _) =
            self.pages(names_url.to_string(), |p| next_link(p, "odata.nextLink"), value_list, &|_| {}, bytes).await?;
        let mut count_url = data_url.clone();
        count_url.query_pairs_mut().append_pair("$top", "0").append_pair("$inlinecount", "allpages");
        let total = match self.get_json(count_url.as_str(), None).await {
            Ok((v, _)) => v.get("odata.count").and_then(|c| c.as_str().and_then(|s| s.parse().ok()).or(c.as_u64())),
            Err(_) => None,
        };
        progress(Event::Started { total });
        let (records, pages) =
            self.pages(data_url.to_string(), |p| next_link(p, "odata.nextLink"), value_list, progress, bytes).await?;
        if records.is_empty() {
            return Err(FetchError::new("fetch-error-empty", data_url.as_str(), selection.describe()).into());
        }
        let mut dataset = import::odata_records(name, &records, Some(&props), hints)?;
        name_areas(&mut dataset, &names, "Key");
        Ok((dataset, pages))
    }

    #[allow(clippy::too_many_arguments)]
    async fn v4(
        &self,
        table: &str,
        selection: &Selection,
        name: &str,
        hints: &TableHints,
        progress: &(dyn Fn(Event) + Sync),
        bytes: &mut u64,
    ) -> Result<(Dataset, usize), Failure> {
        let api = Api::CbsV4;
        let (dims, _) = self.get_json(&self.table_url(api, table, "Dimensions"), None).await?;
        let (measures, _) = self
            .pages(
                self.table_url(api, table, "MeasureCodes"),
                |p| next_link(p, "@odata.nextLink"),
                value_list,
                &|_| {},
                bytes,
            )
            .await?;
        let meta =
            import::statline_v4::Metadata::read(hints.table.as_deref().unwrap_or(table), value_list(&dims), &measures);
        let region = meta.dimensions.iter().find(|(_, k)| k == "GeoDimension").map(|(id, _)| id.clone());
        let region = region.unwrap_or_else(|| "WijkenEnBuurten".into());
        let period = meta.dimensions.iter().find(|(_, k)| k == "TimeDimension").map(|(id, _)| id.clone());
        let names_url =
            self.query_url(api, table, &format!("{region}Codes"), selection.filter("Identifier", None).as_deref());
        let (names, _) =
            self.pages(names_url.to_string(), |p| next_link(p, "@odata.nextLink"), value_list, &|_| {}, bytes).await?;
        let url = self.query_url(api, table, "Observations", selection.filter(&region, period.as_deref()).as_deref());
        let mut count_url = url.clone();
        count_url.query_pairs_mut().append_pair("$top", "0").append_pair("$count", "true");
        let total = match self.get_json(count_url.as_str(), None).await {
            Ok((v, _)) => v.get("@odata.count").and_then(Value::as_u64),
            Err(_) => None,
        };
        progress(Event::Started { total });
        let (observations, pages) =
            self.pages(url.to_string(), |p| next_link(p, "@odata.nextLink"), value_list, progress, bytes).await?;
        if observations.is_empty() {
            return Err(FetchError::new("fetch-error-empty", url.as_str(), selection.describe()).into());
        }
        let mut dataset = import::statline_v4::read(name, &meta, &observations, hints, name)?;
        name_areas(&mut dataset, &names, "Identifier");
        Ok((dataset, pages))
    }

    /// The CBS wijk- en buurtkaart of `year` at `level` (optionally of some gemeenten) from PDOK,
    /// in RD New, read as an imported boundary file.
    pub async fn boundaries(
        &self,
        year: i64,
        level: AreaLevel,
        municipalities: &[String],
        progress: &(dyn Fn(Event) + Sync),
    ) -> Result<Fetched, Failure> {
        let collection = match level {
            AreaLevel::Neighbourhood => "buurten",
            AreaLevel::District => "wijken",
            _ => "gemeenten",
        };
        let base = format!(
            "{}/wijken-en-buurten-{year}/ogc/v1/collections/{collection}/items",
            self.endpoints.pdok.trim_end_matches('/')
        );
        let mut features = Vec::new();
        let mut bytes = 0u64;
        let mut pages = 0;
        let gms: Vec<Option<&String>> =
            if municipalities.is_empty() { vec![None] } else { municipalities.iter().map(Some).collect() };
        progress(Event::Started { total: None });
        for gm in gms {
            let mut url = reqwest::Url::parse(&base).map_err(|e| FetchError::new("fetch-error-client", &base, e))?;
            url.query_pairs_mut()
                .append_pair("f", "json")
                .append_pair("limit", "1000")
                .append_pair("crs", "http://www.opengis.net/def/crs/EPSG/0/28992");
            if let Some(gm) = gm {
                url.query_pairs_mut().append_pair("gemeentecode", gm);
            }
            let (mut f, n) = self.pages(url.to_string(), pdok_next, pdok_features, progress, &mut bytes).await?;
            features.append(&mut f);
            pages += n;
        }
        let name = format!("wijken-en-buurten-{year} {collection} (pdok)");
        if features.is_empty() {
            return Err(FetchError::new("fetch-error-empty", &base, municipalities.join(",")).into());
        }
        let collection_json = serde_json::json!({
            "type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
            "features": features,
        });
        let hints = TableHints { table: Some(format!("wijkenbuurten-{year}")), period: None, layout_year: Some(year) };
        let dataset = import::geo::read_geojson(&name, collection_json, &hints)?;
        let info = TableInfo {
            identifier: format!("wijken-en-buurten-{year}"),
            title: collection.into(),
            ..TableInfo::default()
        };
        Ok(Fetched { info, prepared: vec![Prepared::new(name, import::Format::GeoJson, dataset)], pages, bytes })
    }
}

fn next_link(page: &Value, key: &str) -> Option<String> {
    page.get(key).and_then(Value::as_str).map(str::to_string).filter(|l| !l.is_empty())
}

fn pdok_next(page: &Value) -> Option<String> {
    page.get("links")?
        .as_array()?
        .iter()
        .find(|l| text(l, "rel") == "next")
        .map(|l| text(l, "href"))
        .filter(|h| !h.is_empty())
}

fn pdok_features(page: &Value) -> &[Value] {
    page.get("features").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// Give areas that the data name only by code the title of the region code list.
fn name_areas(dataset: &mut Dataset, code_list: &[Value], key: &str) {
    let names: std::collections::HashMap<String, String> = code_list
        .iter()
        .map(|c| (text(c, key).to_uppercase(), text(c, "Title")))
        .filter(|(k, t)| !k.is_empty() && !t.is_empty())
        .collect();
    for a in &mut dataset.areas {
        if a.name == a.code.as_str()
            && let Some(n) = names.get(a.code.as_str())
        {
            a.name = n.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_becomes_the_odata_filter_statline_documents() {
        let s = Selection::parse(Some("buurt"), &["GM0599".into()], &[]).unwrap();
        assert_eq!(s.filter("WijkenEnBuurten", None).as_deref(), Some("startswith(WijkenEnBuurten,'BU0599')"));
        let s = Selection::parse(Some("wijk"), &["0599, GM0363".into()], &["2020".into()]).unwrap();
        assert_eq!(
            s.filter("WijkenEnBuurten", Some("Perioden")).as_deref(),
            Some(
                "(startswith(WijkenEnBuurten,'WK0363') or startswith(WijkenEnBuurten,'WK0599')) and Perioden eq '2020JJ00'"
            )
        );
        let all = Selection::default();
        assert_eq!(all.filter("WijkenEnBuurten", Some("Perioden")), None, "no selection: the whole table");
        let gm_only = Selection::parse(None, &["GM0014".into()], &[]).unwrap();
        assert_eq!(
            gm_only.filter("RegioS", None).as_deref(),
            Some("(startswith(RegioS,'GM0014') or startswith(RegioS,'WK0014') or startswith(RegioS,'BU0014'))")
        );
    }

    #[test]
    fn a_selection_survives_its_key() {
        for s in [
            Selection::default(),
            Selection::parse(Some("buurt"), &["GM0599,GM0363".into()], &["2020".into(), "2016".into()]).unwrap(),
            Selection::parse(None, &[], &["2024".into()]).unwrap(),
        ] {
            assert_eq!(Selection::from_key(&s.key()), Some(s.clone()), "{}", s.key());
        }
        let s = Selection::parse(Some("wijk"), &["0599".into(), "GM0363".into(), "GM0599".into()], &[]).unwrap();
        assert_eq!(s.key(), "niveau=wijk;gemeenten=GM0363,GM0599", "sorted, once each: one key per selection");
        assert_eq!(Selection::from_key("niveau=straat"), None);
    }

    #[test]
    fn what_a_person_typed_wrong_is_named() {
        assert_eq!(Selection::parse(Some("straat"), &[], &[]).unwrap_err(), ("fetch-error-level", "straat".into()));
        assert_eq!(
            Selection::parse(None, &["WK059901".into()], &[]).unwrap_err(),
            ("fetch-error-municipality", "WK059901".into())
        );
        assert_eq!(Selection::parse(None, &[], &["vorig jaar".into()]).unwrap_err().0, "fetch-error-period");
    }

    #[test]
    fn rivm_tables_come_from_rivm_and_others_from_cbs() {
        assert_eq!(Api::for_table("50090NED"), Api::RivmV3);
        assert_eq!(Api::for_table("85984NED"), Api::CbsV3);
        assert_eq!(Api::from_key("cbs-v4"), Some(Api::CbsV4));
    }
}
