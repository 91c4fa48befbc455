//! `/api/v1/scan`: the urgency scan as JSON (open data: no login). The same result types serve the
//! command line (`wijkwijzer scan --format json`) and the download on `/urgentie`.

use super::dto::ErrorBody;
use crate::domain::scan::{Flag, Scan, ScanIndicator, TOP_CONTRIBUTIONS, round3};
use crate::web::AppState;
use crate::web::error::AppResult;
use crate::web::scan::{ScanQuery, run_scan};
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// The scan as JSON, borrowing from the `Scan` it describes (the national buurt scan writes 15 MB:
/// no copies of names and titles per area).
#[derive(Debug, Serialize, ToSchema)]
pub struct ScanResult<'a> {
    /// Most urgent first; areas without a score (too few figures) last.
    pub areas: Vec<ScanAreaDto<'a>>,
    /// The indicators the scan used.
    pub indicators: Vec<ScanIndicatorDto<'a>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScanAreaDto<'a> {
    pub code: &'a str,
    pub name: &'a str,
    /// 1 = most urgent; absent without a score.
    pub rank: Option<usize>,
    /// Higher = more urgent; about −3 to 3.
    pub score: Option<f64>,
    /// 1 (zeer urgent) to 9 (geen urgentie).
    pub class: Option<u8>,
    pub class_label: Option<String>,
    /// Theme key → theme score.
    pub themes: BTreeMap<&'static str, f64>,
    /// The indicators that push the score most (largest share first, at most five).
    pub contributions: Vec<ContributionDto<'a>>,
    /// Share of the scan's indicators with a figure for this area.
    pub coverage: f64,
    /// suppressed, too-few-figures, national-reference.
    #[schema(value_type = Vec<String>)]
    pub flags: &'a [Flag],
}

/// `table/key/variant`, written straight into the output.
#[derive(Debug, Clone, Copy)]
pub struct IndicatorName<'a>(&'a ScanIndicator);

impl Serialize for IndicatorName<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let i = self.0;
        if i.variant.is_empty() {
            s.collect_str(&format_args!("{}/{}", i.source_table, i.key))
        } else {
            s.collect_str(&format_args!("{}/{}/{}", i.source_table, i.key, i.variant))
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionDto<'a> {
    /// table/key/variant.
    #[schema(value_type = String)]
    pub indicator: IndicatorName<'a>,
    pub title: &'a str,
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
pub struct ScanIndicatorDto<'a> {
    #[schema(value_type = String)]
    pub indicator: IndicatorName<'a>,
    pub title: &'a str,
    pub unit: &'a str,
    pub theme: &'static str,
    /// hoger-slechter or hoger-beter.
    pub polarity: &'static str,
}

impl<'a> ScanResult<'a> {
    pub fn new(scan: &'a Scan, class_label: &dyn Fn(u8) -> String) -> ScanResult<'a> {
        // Nine labels, looked up once rather than once per area.
        let labels: Vec<String> = (0..=9).map(class_label).collect();
        ScanResult {
            areas: scan
                .areas
                .iter()
                .map(|a| ScanAreaDto {
                    code: &a.code,
                    name: &a.name,
                    rank: a.rank,
                    score: a.score.map(round3),
                    class: a.class,
                    class_label: a.class.map(|c| labels[usize::from(c).min(9)].clone()),
                    themes: a.themes.iter().map(|(t, s)| (t.key(), round3(*s))).collect(),
                    contributions: a
                        .contributions
                        .iter()
                        .take(TOP_CONTRIBUTIONS)
                        .map(|c| ContributionDto {
                            indicator: IndicatorName(&scan.indicators[c.indicator]),
                            title: &scan.indicators[c.indicator].title,
                            value: c.value,
                            reference: c.reference,
                            spread: (c.spread * 10_000.0).round() / 10_000.0,
                            z: round3(c.z),
                            share: round3(c.share),
                        })
                        .collect(),
                    coverage: round3(a.coverage),
                    flags: &a.flags,
                })
                .collect(),
            indicators: scan
                .used
                .iter()
                .map(|&i| (i, &scan.indicators[i]))
                .map(|(_, ind)| ScanIndicatorDto {
                    indicator: IndicatorName(ind),
                    title: &ind.title,
                    unit: &ind.unit,
                    theme: ind.theme.key(),
                    polarity: ind.polarity.key(),
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
