//! `/urgentie`: the urgency scan of a gemeente's buurten or wijken (or of the whole country), with
//! a sortable table, theme filter, downloads, and the public method page `/urgentie/methode`.

use crate::app::scan::{ScanParams, ScanQuery, ScanResult, run_scan, run_scan_for};
use crate::domain::catalogue::Theme;
use crate::domain::map::{self, MapShape};
use crate::domain::scan::{self, CLASS_BOUNDS, MIN_COVERAGE, MIN_REFERENCE, Scan, ScanLevel, Scored, Z_CAP};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::i18n::Lang;
use crate::report::paper::Paper;
use crate::web::map_view::{self, MapView};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub const SCAN_PER_PAGE: usize = 100;

/// One row of the table.
pub struct Row {
    pub area: Scored,
    pub score: String,
    pub class_label: String,
    pub theme_score: Option<String>,
    /// Title and value of the top three contributions.
    pub reasons: Vec<String>,
    /// Catalogue keys of the flags that deserve a word.
    pub flags: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "scan.html")]
struct ScanTemplate {
    ctx: PageCtx,
    query: ScanQuery,
    errors: FieldErrors,
    years: Vec<i64>,
    themes: Vec<&'static str>,
    /// None when the parameters were wrong or nothing is imported.
    rows: Vec<Row>,
    unscored: Vec<Scored>,
    total: usize,
    page: i64,
    pages: i64,
    municipality_name: Option<String>,
    level_key: &'static str,
    theme: Option<Theme>,
    sort: &'static str,
    /// The query string of this scan without sort and page, for links.
    base: String,
    /// The choropleth, when a gemeente is chosen and boundaries exist.
    map: Option<MapView>,
    /// Names of the gemeenten, suggested in the gemeente field.
    municipalities: Vec<String>,
    /// Areas of the scan without a boundary: listed under the map.
    without_shape: Vec<(String, String)>,
    map_hint: Option<&'static str>,
    /// The pagination links' start.
    page_base: String,
    indicators: usize,
}

fn class_label(ctx: &PageCtx, class: u8) -> String {
    crate::app::scan::class_label(ctx.lang, class)
}

/// One area's row: score, class, theme score and its three largest contributions.
fn row(ctx: &PageCtx, scan_indicators: &[crate::domain::scan::ScanIndicator], theme: Option<Theme>, a: &Scored) -> Row {
    Row {
        score: a.score.map(|s| ctx.decimal((s * 100.0).round() / 100.0)).unwrap_or_default(),
        class_label: a.class.map(|c| class_label(ctx, c)).unwrap_or_default(),
        theme_score: theme.and_then(|t| a.themes.get(&t)).map(|s| ctx.decimal((s * 100.0).round() / 100.0)),
        reasons: a
            .contributions
            .iter()
            .filter(|c| c.share > 0.0)
            .take(3)
            .map(|c| {
                let reason =
                    format!("{} ({})", scan_indicators[c.indicator].title(ctx.lang == Lang::En), ctx.decimal(c.value));
                match c.within_margin {
                    Some(true) => ctx.t1("scan-reason-within-margin", "reason", reason),
                    _ => reason,
                }
            })
            .collect(),
        flags: a
            .flags
            .iter()
            .filter_map(|f| match f {
                scan::Flag::Suppressed => Some("scan-flag-suppressed"),
                scan::Flag::NationalReference => Some("scan-flag-national"),
                scan::Flag::NoSimilarAreas => Some("scan-flag-no-similar"),
                scan::Flag::TooFewFigures => None,
            })
            .collect(),
        area: a.clone(),
    }
}

/// `/urgentie`: the scan page.
pub async fn page(State(state): State<AppState>, ctx: PageCtx, Query(q): Query<ScanQuery>) -> AppResult<Response> {
    scan_page(&state, ctx, q, FieldErrors::new()).await
}

/// The scan page; with `refused` the form alone, with those messages beside its fields.
async fn scan_page(state: &AppState, ctx: PageCtx, q: ScanQuery, refused: FieldErrors) -> AppResult<Response> {
    let years = state.store.scan_years().await?;
    let themes: Vec<&'static str> = Theme::ALL.iter().filter(|t| **t != Theme::Context).map(|t| t.key()).collect();
    let base = serde_urlencoded::to_string([
        ("gemeente", q.gemeente.trim()),
        ("niveau", q.niveau.trim()),
        ("periode", q.periode.trim()),
        ("referentie", q.referentie.trim()),
        ("gewichten", q.gewichten.trim()),
        ("thema", q.thema.trim()),
    ])
    .unwrap_or_default();
    let mut municipalities: Vec<String> =
        crate::app::scan::municipality_names(state).await?.iter().map(|(_, name, _)| name.clone()).collect();
    municipalities.dedup();
    let empty = |ctx, q, errors: FieldErrors, status| {
        let t = ScanTemplate {
            ctx,
            query: q,
            errors,
            years: years.clone(),
            themes: themes.clone(),
            rows: Vec::new(),
            unscored: Vec::new(),
            total: 0,
            page: 1,
            pages: 1,
            municipality_name: None,
            level_key: "scan-level-buurt",
            theme: None,
            sort: "rang",
            base: base.clone(),
            map: None,
            municipalities: municipalities.clone(),
            without_shape: Vec::new(),
            map_hint: None,
            page_base: String::new(),
            indicators: 0,
        };
        Ok::<Response, AppError>((status, render(t)?).into_response())
    };
    if years.is_empty() {
        return empty(ctx, q, FieldErrors::new(), StatusCode::OK);
    }
    if !refused.is_empty() {
        return empty(ctx, q, refused, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (p, result) = match run_scan_for(state, &q, years.clone()).await {
        Ok(r) => r,
        Err(AppError::Validation(errors)) => return empty(ctx, q, errors, StatusCode::UNPROCESSABLE_ENTITY),
        Err(e) => return Err(e),
    };
    let theme = Theme::from_key(q.thema.trim()).filter(|t| *t != Theme::Context);
    let sort = match q.sorteer.as_str() {
        "naam" => "naam",
        "score" => "score",
        "thema" if theme.is_some() => "thema",
        _ => "rang",
    };
    let (map, without_shape, map_hint) = if p.municipality.is_some() {
        let whole = q.kaart == map_view::WHOLE.1;
        let (map, missing) = draw_map(state, &ctx, &result, p.year, theme, whole, &base).await?;
        (map, missing, None)
    } else {
        (None, Vec::new(), Some("scan-map-choose"))
    };
    let indicators = result.used.len();
    let Scan { indicators: scan_indicators, areas, .. } = &*result;
    let (mut scored, unscored): (Vec<&Scored>, Vec<&Scored>) = areas.iter().partition(|a| a.score.is_some());
    let unscored: Vec<Scored> = unscored.into_iter().cloned().collect();
    if let Some(t) = theme {
        scored.retain(|a| a.themes.contains_key(&t));
    }
    match sort {
        "naam" => scored.sort_by_key(|a| a.name.to_lowercase()),
        "thema" => {
            let t = theme.expect("checked");
            scored.sort_by(|a, b| b.themes[&t].total_cmp(&a.themes[&t]));
        }
        // Rank order is score order.
        _ => {}
    }
    let total = scored.len();
    let pages = total.div_ceil(SCAN_PER_PAGE).max(1) as i64;
    let page = q.pagina.unwrap_or(1).clamp(1, pages);
    let rows = scored
        .into_iter()
        .skip((page as usize - 1) * SCAN_PER_PAGE)
        .take(SCAN_PER_PAGE)
        .map(|a| row(&ctx, scan_indicators, theme, a))
        .collect();
    let municipality_name = match &p.municipality {
        Some(code) => Some(state.store.area(code, None).await?.map(|a| a.name).unwrap_or_else(|| code.clone())),
        None => None,
    };
    let level_key = match p.level {
        ScanLevel::Neighbourhood => "scan-level-buurt",
        ScanLevel::District => "scan-level-wijk",
        ScanLevel::Municipality => "scan-level-gemeente",
    };
    let t = ScanTemplate {
        ctx,
        query: q,
        errors: FieldErrors::new(),
        years,
        themes,
        rows,
        unscored,
        total,
        page,
        pages,
        municipality_name,
        level_key,
        theme,
        sort,
        page_base: format!("/urgentie?{base}&sorteer={sort}&"),
        map,
        municipalities,
        without_shape,
        map_hint,
        base,
        indicators,
    };
    Ok(render(t)?.into_response())
}

/// The scan of a gemeente on paper: every area with its rank, class, score and what pushes it up,
/// and the areas without a score. `highlight`: the codes of a programme's own areas, marked.
pub fn paper(ctx: &PageCtx, p: &ScanParams, scan: &Scan, municipality_name: &str, highlight: &[&str]) -> Paper {
    let level = match p.level {
        ScanLevel::Neighbourhood => "scan-level-buurt",
        ScanLevel::District => "scan-level-wijk",
        ScanLevel::Municipality => "scan-level-gemeente",
    };
    let reference = match p.reference {
        scan::ReferenceKind::Nl => "scan-reference-nl",
        scan::ReferenceKind::Municipality => "scan-reference-gemeente",
        scan::ReferenceKind::Similar => "scan-reference-similar",
    };
    let mut weights: Vec<(Theme, f64)> = p.weights.iter().map(|(t, w)| (*t, *w)).collect();
    weights.sort_by_key(|(t, _)| t.key());
    let weights = if weights.is_empty() {
        ctx.t("scan-paper-equal-weights")
    } else {
        weights
            .iter()
            .map(|(t, w)| format!("{} {}", ctx.t(&format!("theme-{}", t.key())), ctx.decimal(*w)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let lead = ctx.lang.t_args(
        "scan-paper-lead",
        &[("level", ctx.t(level)), ("year", p.year.to_string()), ("reference", ctx.t(reference)), ("weights", weights)],
    );
    let title =
        ctx.lang.t_args("scan-paper-title", &[("name", municipality_name.to_string()), ("year", p.year.to_string())]);
    let mut out = Paper::new(title, lead);
    let (scored, unscored): (Vec<&Scored>, Vec<&Scored>) = scan.areas.iter().partition(|a| a.score.is_some());
    out.h2(ctx.t("scan-paper-ranking"));
    if scored.is_empty() {
        out.note(ctx.t("scan-no-rows"));
    } else {
        out.para(ctx.t1("scan-summary-indicators", "count", scan.used.len()));
        if !highlight.is_empty() {
            out.note(ctx.t("scan-paper-marked"));
        }
        let rows = scored
            .into_iter()
            .map(|a| {
                let r = row(ctx, &scan.indicators, None, a);
                let mine = if highlight.contains(&a.code.as_str()) { " ◆" } else { "" };
                let mut class = r.class_label.clone();
                for f in &r.flags {
                    class.push_str(&format!(" ({})", ctx.t(f)));
                }
                vec![
                    format!("{} ({}){mine}", a.name, a.code),
                    a.rank.map(|n| n.to_string()).unwrap_or_default(),
                    class,
                    r.score,
                    if r.reasons.is_empty() { "–".into() } else { r.reasons.join("; ") },
                ]
            })
            .collect();
        let header = ["scan-col-area", "scan-col-rank", "scan-col-class", "scan-col-score", "scan-col-reasons"]
            .map(|k| ctx.t(k))
            .to_vec();
        out.table(ctx.t("scan-paper-ranking"), header, rows);
    }
    if !unscored.is_empty() {
        out.h2(ctx.t("scan-unscored-title"));
        out.para(ctx.t("scan-unscored-intro"));
        out.list(unscored.iter().map(|a| format!("{} ({})", a.name, a.code)).collect());
    }
    out.note(ctx.t("scan-paper-method"));
    out.source = crate::domain::statistics::ATTRIBUTION.to_string();
    out
}

/// `/urgentie/pdf`: the scan of one gemeente (the same query as the page) typeset; the whole
/// country is a download (CSV, Excel, JSON), not paper.
pub async fn pdf(State(state): State<AppState>, ctx: PageCtx, Query(q): Query<ScanQuery>) -> AppResult<Response> {
    let years = state.store.scan_years().await?;
    let (p, result) = match run_scan_for(&state, &q, years).await {
        Ok(r) => r,
        Err(AppError::Validation(errors)) => return scan_page(&state, ctx, q, errors).await,
        Err(e) => return Err(e),
    };
    let Some(code) = &p.municipality else {
        let mut errors = FieldErrors::new();
        errors.add("gemeente", "error-scan-pdf-gemeente");
        return scan_page(&state, ctx, q, errors).await;
    };
    let name = state.store.area(code, None).await?.map(|a| a.name).unwrap_or_else(|| code.clone());
    let lang = ctx.lang;
    let paper = paper(&ctx, &p, &result, &name, &[]);
    let bytes = super::publications::typeset(paper, lang).await?;
    Ok(super::pdf::response(bytes, &format!("{}.pdf", file_base(&p))))
}

/// The scan as a map: every area coloured by its class (or, with a theme chosen, by the class of
/// its theme score, so an area without a score on the theme has no colour), with a label; the
/// most urgent areas named on it (every area when there are few); cropped to where the scores
/// are unless `whole`. The areas without a boundary are returned to be listed (never silently
/// dropped).
async fn draw_map(
    state: &AppState,
    ctx: &PageCtx,
    result: &Scan,
    year: i64,
    theme: Option<Theme>,
    whole: bool,
    base: &str,
) -> AppResult<(Option<MapView>, Vec<(String, String)>)> {
    let codes: Vec<&str> = result.areas.iter().map(|a| a.code.as_str()).collect();
    let shapes = state.store.boundaries_near(&codes, year).await?;
    let score_of = |a: &Scored| match theme {
        Some(t) => a.themes.get(&t).copied().filter(|_| a.score.is_some()),
        None => a.score,
    };
    // Named on the map: the five most urgent, or all when there are at most twenty.
    let mut ranked: Vec<(&str, f64)> =
        result.areas.iter().filter_map(|a| Some((a.code.as_str(), score_of(a)?))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let named: Vec<&str> =
        ranked.iter().take(if result.areas.len() <= 20 { usize::MAX } else { 5 }).map(|r| r.0).collect();
    let mut drawn = Vec::new();
    let mut missing = Vec::new();
    for a in &result.areas {
        let polygons = shapes.get(&a.code).and_then(|g| crate::import::geo::from_geometry_text(g));
        match polygons {
            Some(polygons) if !polygons.is_empty() => {
                let score = score_of(a);
                let class = match theme {
                    Some(_) => score.map(scan::class_of),
                    None => a.class,
                };
                let label = match (class, score) {
                    (Some(c), Some(s)) => {
                        format!("{}: {} ({})", a.name, class_label(ctx, c), ctx.decimal((s * 100.0).round() / 100.0))
                    }
                    _ => format!("{}: {}", a.name, ctx.t("scan-no-class")),
                };
                let tag = named.contains(&a.code.as_str()).then(|| a.name.clone());
                drawn.push(MapShape { code: a.code.clone(), polygons, class, label, tag });
            }
            _ => missing.push((a.code.clone(), a.name.clone())),
        }
    }
    let name_of =
        |code: &str| result.areas.iter().find(|a| a.code == code).map_or(code.to_string(), |a| a.name.clone());
    let href = |whole: bool| {
        let (k, v) = map_view::WHOLE;
        if whole { format!("/urgentie?{base}&{k}={v}#kaart") } else { format!("/urgentie?{base}#kaart") }
    };
    let view = map::draw(&drawn, 640, !whole).map(|m| {
        let css = |c: Option<u8>| c.map_or("map__area--none".to_string(), |c| format!("map__area--c{c}"));
        map_view::view(m, ctx.t("scan-map-title"), css, "", name_of, whole, href)
    });
    Ok((view, missing))
}

/// `/urgentie.csv`, `/urgentie.xlsx` and `/urgentie.json`: the whole result of the same query.
pub async fn download_csv(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ScanQuery>,
    asked: super::export::Download,
) -> AppResult<Response> {
    let (p, result) = run_scan(&state, &q).await?;
    let table = crate::app::scan::table(&result, &|c| class_label(&ctx, c));
    asked.respond(&file_base(&p), &table)
}

pub async fn download_json(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ScanQuery>,
) -> AppResult<Response> {
    let (p, result) = run_scan(&state, &q).await?;
    let body = ScanResult::new(&result, &|c| class_label(&ctx, c)).to_json();
    Ok(file(&p, "json", "application/json; charset=utf-8", body))
}

fn file_base(p: &ScanParams) -> String {
    format!("urgentiescan-{}-{}-{}", p.municipality.as_deref().unwrap_or("NL"), p.level.key(), p.year)
}

fn file(p: &ScanParams, ext: &str, content_type: &'static str, body: String) -> Response {
    let name = format!("{}.{ext}", file_base(p));
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "scan_method.html")]
struct MethodTemplate {
    ctx: PageCtx,
    z_cap: String,
    min_coverage: String,
    min_reference: usize,
    bounds: Vec<(u8, String)>,
    indicators: Vec<(String, String, String, String)>,
}

/// `/urgentie/methode`: how a score is made, with the default indicators.
pub async fn method(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let all = state.store.indicators().await?;
    let mut seen = std::collections::HashSet::new();
    let indicators = all
        .into_iter()
        .filter(|i| i.classification.in_scan && !i.classification.composition)
        .filter(|i| seen.insert((i.source_table.clone(), i.key.clone())))
        .map(|i| {
            (
                i.title(ctx.lang == Lang::En).to_string(),
                format!("{} ({})", i.source_table, i.key),
                ctx.t(&format!("theme-{}", i.classification.theme.key())),
                ctx.t(&format!("polarity-{}", i.classification.polarity.key())),
            )
        })
        .collect();
    let mut bounds: Vec<(u8, String)> = Vec::new();
    for (n, b) in CLASS_BOUNDS.iter().enumerate() {
        bounds.push((n as u8 + 1, format!("≥ {}", ctx.decimal(*b))));
    }
    bounds.push((9, format!("< {}", ctx.decimal(CLASS_BOUNDS[7]))));
    let t = MethodTemplate {
        z_cap: ctx.decimal(Z_CAP),
        min_coverage: format!("{}%", ctx.decimal(MIN_COVERAGE * 100.0)),
        min_reference: MIN_REFERENCE,
        bounds,
        indicators,
        ctx,
    };
    Ok(render(t)?.into_response())
}
