//! `/api/v1/scan`: the urgency scan as JSON (open data: no login). The same result types serve the
//! command line (`wijkwijzer scan --format json`) and the download on `/urgentie`.

use super::dto::ErrorBody;
use crate::domain::scan::{Flag, Scan, TOP_CONTRIBUTIONS, round3};
use crate::web::AppState;
use crate::web::error::AppResult;
use crate::web::scan::{ScanQuery, run_scan};
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct ScanResult {
    /// Most urgent first; areas without a score (too few figures) last.
    pub areas: Vec<ScanAreaDto>,
    /// The indicators the scan used.
    pub indicators: Vec<ScanIndicatorDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScanAreaDto {
    pub code: String,
    pub name: String,
    /// 1 = most urgent; absent without a score.
    pub rank: Option<usize>,
    /// Higher = more urgent; about −3 to 3.
    pub score: Option<f64>,
    /// 1 (zeer urgent) to 9 (geen urgentie).
    pub class: Option<u8>,
    pub class_label: Option<String>,
    /// Theme key → theme score.
    pub themes: BTreeMap<String, f64>,
    /// The indicators that push the score most (largest share first, at most five).
    pub contributions: Vec<ContributionDto>,
    /// Share of the scan's indicators with a figure for this area.
    pub coverage: f64,
    /// suppressed, too-few-figures, national-reference.
    #[schema(value_type = Vec<String>)]
    pub flags: Vec<Flag>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionDto {
    /// table/key/variant.
    pub indicator: String,
    pub title: String,
    pub value: f64,
    /// The reference median.
    pub reference: f64,
    /// The robust spread: z = ±(value − reference) / spread, capped at ±3.
    pub spread: f64,
    pub z: f64,
    /// Share of the score.
    pub share: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScanIndicatorDto {
    pub indicator: String,
    pub title: String,
    pub unit: String,
    pub theme: String,
    /// hoger-slechter or hoger-beter.
    pub polarity: String,
}

impl ScanResult {
    pub fn new(scan: &Scan, class_label: &dyn Fn(u8) -> String) -> ScanResult {
        ScanResult {
            areas: scan
                .areas
                .iter()
                .map(|a| ScanAreaDto {
                    code: a.code.clone(),
                    name: a.name.clone(),
                    rank: a.rank,
                    score: a.score.map(round3),
                    class: a.class,
                    class_label: a.class.map(class_label),
                    themes: a.themes.iter().map(|(t, s)| (t.key().to_string(), round3(*s))).collect(),
                    contributions: a
                        .contributions
                        .iter()
                        .take(TOP_CONTRIBUTIONS)
                        .map(|c| ContributionDto {
                            indicator: scan.indicator_name(c.indicator),
                            title: scan.indicators[c.indicator].title.clone(),
                            value: c.value,
                            reference: c.reference,
                            spread: (c.spread * 10_000.0).round() / 10_000.0,
                            z: round3(c.z),
                            share: round3(c.share),
                        })
                        .collect(),
                    coverage: round3(a.coverage),
                    flags: a.flags.clone(),
                })
                .collect(),
            indicators: scan
                .used
                .iter()
                .map(|&i| (i, &scan.indicators[i]))
                .map(|(i, ind)| ScanIndicatorDto {
                    indicator: scan.indicator_name(i),
                    title: ind.title.clone(),
                    unit: ind.unit.clone(),
                    theme: ind.theme.key().into(),
                    polarity: ind.polarity.key().into(),
                })
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The urgency scan of the buurten, wijken or gemeenten of a gemeente or of the country.
#[utoipa::path(get, path = "/api/v1/scan", tag = "statistics", params(ScanQuery),
    responses((status = 200, body = ScanResult), (status = 422, body = ErrorBody)))]
pub async fn scan(State(state): State<AppState>, Query(q): Query<ScanQuery>) -> AppResult<Response> {
    let (_, result) = run_scan(&state, &q).await?;
    let body = ScanResult::new(&result, &|c| crate::web::i18n::Lang::Nl.t(&format!("scan-class-{c}"))).to_json();
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}
