//! `/urgentie/methode/controle`: a gegevensbeheerder checks the scan against a list of areas the
//! gemeente or programme designated (the same check as `wijkwijzer scan validate`, see
//! `domain::scan_check` and docs/SCAN.md).

use super::form::status_of;
use crate::app::scan::{ScanQuery, run_scan_for};
use crate::domain::scan_check::{self, LabelsError};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::Importer;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What the form asks; kept when the form comes back with a message.
#[derive(Debug, Clone, Default)]
pub struct CheckForm {
    pub codes: String,
    pub gemeente: String,
    pub niveau: String,
    pub periode: String,
}

/// One row of a result table: AUC, designated, others, what.
pub type Row = (String, usize, usize, String);

/// The outcome shown under the form.
pub struct Outcome {
    pub designated: usize,
    pub others: usize,
    pub overall: Vec<Row>,
    pub municipalities: Vec<Row>,
    /// Code, name, rank text, largest contributions.
    pub missed: Vec<(String, String, String, String)>,
    pub unknown: Vec<String>,
}

#[derive(Template)]
#[template(path = "scan_check.html")]
struct CheckTemplate {
    ctx: PageCtx,
    form: CheckForm,
    errors: FieldErrors,
    outcome: Option<Outcome>,
}

fn page(ctx: PageCtx, form: CheckForm, errors: FieldErrors, outcome: Option<Outcome>) -> AppResult<Response> {
    let status = status_of(&errors);
    Ok((status, render(CheckTemplate { ctx, form, errors, outcome })?).into_response())
}

pub async fn form(ctx: PageCtx, _who: Importer) -> AppResult<Response> {
    page(ctx, CheckForm { niveau: "buurt".into(), ..CheckForm::default() }, FieldErrors::new(), None)
}

pub async fn check(
    State(state): State<AppState>,
    ctx: PageCtx,
    _who: Importer,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut form = CheckForm::default();
    let mut file: Vec<u8> = Vec::new();
    let mut errors = FieldErrors::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(AppError::TooLarge),
            Err(_) => {
                errors.add("lijst", "scan-check-unreadable");
                break;
            }
        };
        match field.name().unwrap_or("") {
            "lijst" => file = field.bytes().await.map_err(|_| AppError::TooLarge)?.to_vec(),
            "codes" => form.codes = field.text().await.unwrap_or_default(),
            "gemeente" => form.gemeente = field.text().await.unwrap_or_default().trim().to_string(),
            "niveau" => form.niveau = field.text().await.unwrap_or_default().trim().to_string(),
            "periode" => form.periode = field.text().await.unwrap_or_default().trim().to_string(),
            _ => {}
        }
    }
    // The file, else what was typed or pasted.
    let source: &[u8] = if file.is_empty() { form.codes.as_bytes() } else { &file };
    let codes = match scan_check::parse_labels(source) {
        Ok(codes) => Some(codes),
        Err(LabelsError::NotText) => {
            errors.add("lijst", "scan-check-not-text");
            None
        }
        Err(LabelsError::Empty) => {
            errors.add("lijst", "scan-check-empty");
            None
        }
        Err(LabelsError::NoCode(lines)) => {
            let lines = lines.iter().take(10).map(usize::to_string).collect::<Vec<_>>().join(", ");
            errors.add_with("lijst", "scan-check-no-code", vec![("lines", lines)]);
            None
        }
    };
    let q = ScanQuery {
        gemeente: form.gemeente.clone(),
        niveau: form.niveau.clone(),
        periode: form.periode.clone(),
        ..ScanQuery::default()
    };
    let years = state.store.scan_years().await?;
    let ran = match run_scan_for(&state, &q, years).await {
        Ok(ran) => Some(ran),
        Err(AppError::Validation(e)) => {
            errors.merge(e);
            None
        }
        Err(e) => return Err(e),
    };
    let (Some(codes), Some((params, scan)), true) = (codes, ran, errors.is_empty()) else {
        return page(ctx, form, errors, None);
    };
    let (_, areas) =
        state.store.scan_inputs(params.level.prefix(), params.year, params.municipality.as_deref()).await?;
    let designated: std::collections::HashSet<String> = codes.into_iter().collect();
    let c = scan_check::check(&scan, &areas, &designated);
    // Two decimals throughout the column, with the page's decimal mark.
    let two = |v: f64| {
        let text = format!("{v:.2}");
        if ctx.lang == crate::i18n::Lang::En { text } else { text.replace('.', ",") }
    };
    let auc = |a: Option<f64>| a.map_or_else(|| "–".to_string(), two);
    let row = |r: &scan_check::AucRow, what: String| (auc(r.auc), r.designated, r.others, what);
    let english = ctx.lang == crate::i18n::Lang::En;
    let title = |r: &scan_check::AucRow| match r.indicator {
        None => ctx.t("scan-check-score"),
        Some(i) => scan.indicators[i].title(english).to_string(),
    };
    let mut overall: Vec<&scan_check::AucRow> = c.overall.rows.iter().collect();
    overall[1..].sort_by(|a, b| b.auc.unwrap_or(-1.0).total_cmp(&a.auc.unwrap_or(-1.0)));
    let listed: Vec<&str> = c.municipalities.iter().filter_map(|g| g.municipality.as_deref()).collect();
    let names = state.store.areas_by_code(&listed).await?;
    let municipalities = c
        .municipalities
        .iter()
        .map(|g| {
            let code = g.municipality.clone().unwrap_or_default();
            let name = names.iter().find(|a| a.code == code).map_or(code.clone(), |a| a.name.clone());
            row(&g.rows[0], format!("{name} ({code})"))
        })
        .collect();
    let missed = c
        .missed
        .iter()
        .map(|m| {
            let (rank, of) = m.rank_in_municipality.unwrap_or((0, 0));
            let why = m.why(&scan, english, &two);
            (
                m.area.code.clone(),
                m.area.name.clone(),
                ctx.lang.t_args("scan-check-rank", &[("rank", rank.to_string()), ("of", of.to_string())]),
                why,
            )
        })
        .collect();
    let score = &c.overall.rows[0];
    let outcome = Outcome {
        designated: score.designated + score.designated_without,
        others: score.others,
        overall: overall.into_iter().map(|r| row(r, title(r))).collect(),
        municipalities,
        missed,
        unknown: c.unknown.clone(),
    };
    page(ctx, form, errors, Some(outcome))
}
