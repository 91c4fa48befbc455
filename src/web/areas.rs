//! Public area pages (open data, no login): finding an area by name or code, navigating gemeente →
//! wijken → buurten, and the neighbourhood profile with its CSV and JSON downloads.

use super::export::Download as Asked;
use super::stories::{StoryView, place};
use crate::app::profile::{COUNTRY, build_profile, subject};
use crate::app::similar::{Similar, similar_areas, similar_figures};
use crate::app::table::{Cell as TableCell, Table};
use crate::domain::catalogue::indicator_ref;
use crate::domain::catalogue::{Compare, Theme};
use crate::domain::profile::{self, Judgement, ProfileRow, Reference, Sparkline};
use crate::domain::programme::AreaLevel;
use crate::domain::statistics::ATTRIBUTION;
use crate::domain::statistics::{Cell, Period};
use crate::http::AppState;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::http::session::Auth;
use crate::store::{AreaRow, Paged};
use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub const SEARCH_PER_PAGE: i64 = 50;

#[derive(Debug, Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    pagina: Option<i64>,
}

#[derive(Template)]
#[template(path = "areas.html")]
struct AreasTemplate {
    ctx: PageCtx,
    query: String,
    /// Search results, when a search was made.
    results: Option<Paged<AreaRow>>,
    /// Without a search: the gemeenten.
    municipalities: Vec<AreaRow>,
    /// The query string for the pagination links.
    page_base: String,
    too_short: bool,
}

/// `/gebieden`: search by name or code; without a search, every gemeente.
pub async fn index(State(state): State<AppState>, ctx: PageCtx, Query(q): Query<SearchQuery>) -> AppResult<Response> {
    let query = q.q.trim().to_string();
    let too_short = !query.is_empty() && query.chars().count() < 2;
    let results = if query.is_empty() || too_short {
        None
    } else {
        Some(state.store.search_areas(&query, q.pagina.unwrap_or(1).max(1), SEARCH_PER_PAGE).await?)
    };
    let municipalities = if results.is_none() { state.store.children(COUNTRY).await? } else { Vec::new() };
    let page_base = format!("/gebieden?{}&", serde_urlencoded::to_string([("q", &query)]).unwrap_or_default());
    Ok(render(AreasTemplate { ctx, query, results, municipalities, page_base, too_short })?.into_response())
}

/// A figure of the profile, formatted for the page.
pub struct FigureView {
    pub row: ProfileRow,
    pub value: String,
    /// The area's rate per 1.000 inhabitants, for a count compared that way.
    pub rate: Option<String>,
    /// The gemeente's and the country's figure (or rate); none for a count, which is not compared.
    pub municipality: Option<String>,
    pub country: Option<String>,
    pub difference: Option<String>,
    pub judgement: Option<&'static str>,
    /// The typical figure of the similar areas (their median), for a compared figure.
    pub similar: Option<String>,
    /// "95%-interval 30,1 – 37,2", where the table's margins were imported.
    pub interval: Option<String>,
    /// Why the difference is not judged: the area has very few inhabitants.
    pub small_base: Option<String>,
    pub reference: &'static str,
    pub source: String,
    pub chart: Option<Sparkline>,
    pub chart_title: String,
    /// Trend table: period, area, gemeente, country.
    pub trend: Vec<[String; 4]>,
    /// What the mark in the chart means, when the trend crosses a re-division of the area.
    pub redivision: Option<String>,
    /// Stories that speak to this figure.
    pub stories: Vec<StoryView>,
    /// The figure on a map of the gemeente's areas (buurt, wijk and gemeente profiles).
    pub map_link: Option<String>,
}

pub struct SectionView {
    pub theme: Theme,
    pub figures: Vec<FigureView>,
    /// Stories of the theme that speak to none of its figures.
    pub stories: Vec<StoryView>,
}

#[derive(Template)]
#[template(path = "area.html")]
struct AreaTemplate {
    ctx: PageCtx,
    area: AreaRow,
    level_key: &'static str,
    ancestors: Vec<AreaRow>,
    children: Vec<AreaRow>,
    children_level: &'static str,
    municipality_name: Option<String>,
    has_country: bool,
    sections: Vec<SectionView>,
    figures: usize,
    /// Compared percentages without a published margin: their difference is not tested.
    without_margins: usize,
    similar: Similar,
    /// The context the similar areas were found by, and the period of its edition, as people read them.
    similar_features: String,
    similar_period: String,
    /// "gebiedsindeling 2024 (CBS); gebiedsindeling 2020 (RIVM)".
    layouts: String,
    attribution: &'static str,
}

/// The unit after a figure: `%` attached, others after a space.
fn with_unit(text: String, unit: &str) -> String {
    match unit.trim() {
        "" => text,
        "%" => format!("{text}%"),
        u => format!("{text} {u}"),
    }
}

pub(super) fn figure_view(ctx: &PageCtx, row: ProfileRow) -> FigureView {
    let cell = |c: &Option<Cell>| match c {
        Some(c) => ctx.cell(c),
        None => ctx.t("figure-missing"),
    };
    let value = with_unit(ctx.cell(&row.value), &row.unit);
    let unit_of = |c: &Option<Cell>| match c {
        Some(Cell::Value { .. }) => with_unit(cell(c), &row.unit),
        _ => cell(c),
    };
    let per_thousand = ctx.t("figure-per-thousand");
    let rate = |v: Option<f64>| match v {
        Some(v) => format!("{} {per_thousand}", ctx.decimal(v)),
        None => ctx.t("figure-missing"),
    };
    let (rate_line, municipality, country) = match (row.compare, row.per_thousand) {
        (Compare::Difference, _) => (None, Some(unit_of(&row.municipality)), Some(unit_of(&row.country))),
        (Compare::PerThousand, Some([a, m, c])) => (a.map(|a| rate(Some(a))), Some(rate(m)), Some(rate(c))),
        _ => (None, None, None),
    };
    // A difference of percentages is in percentage points, of rates per 1.000 inhabitants.
    let difference = row.difference.map(|d| match (row.compare, row.unit.trim()) {
        (Compare::PerThousand, _) => format!("{} {per_thousand}", ctx.signed(d)),
        (_, "%") => format!("{} {}", ctx.signed(d), ctx.t("figure-points")),
        (_, u) => with_unit(ctx.signed(d), u),
    });
    let judgement = match (row.judgement, row.significant) {
        (Judgement::Better, Some(true)) => Some("judgement-better-significant"),
        (Judgement::Worse, Some(true)) => Some("judgement-worse-significant"),
        (Judgement::Better, _) => Some("judgement-better"),
        (Judgement::Worse, _) => Some("judgement-worse"),
        (Judgement::Same, _) => Some("judgement-same"),
        (Judgement::WithinMargin, _) => Some("judgement-within-margin"),
        (Judgement::None, _) => None,
    };
    let interval = row.interval.map(|(lo, hi)| {
        ctx.lang.t_args(
            "figure-interval",
            &[("low", with_unit(ctx.decimal(lo), &row.unit)), ("high", with_unit(ctx.decimal(hi), &row.unit))],
        )
    });
    let small_base = row.small_base.map(|n| ctx.t1("figure-small-base", "count", ctx.decimal(n)));
    let reference = match row.reference {
        Some(Reference::Municipality) => "figure-difference-municipality",
        _ => "figure-difference-country",
    };
    let source = source_line(ctx, &row, &row.period);
    let chart = profile::sparkline(&row);
    let first = row.trend.first().map(|p| p.period.human()).unwrap_or_default();
    let last = row.trend.last().map(|p| p.period.human()).unwrap_or_default();
    let chart_title =
        ctx.lang.t_args("figure-chart-title", &[("title", row.title.clone()), ("start", first), ("end", last)]);
    let trend = row
        .trend
        .iter()
        .map(|p| {
            let own = match (p.other_layout, p.carried_from) {
                (Some(y), _) => ctx.t1("trend-other-layout", "year", y),
                (None, Some(y)) => {
                    ctx.lang.t_args("trend-carried", &[("value", cell(&p.value)), ("year", y.to_string())])
                }
                (None, None) => match p.interval {
                    Some((lo, hi)) => ctx.lang.t_args(
                        "trend-interval",
                        &[("value", cell(&p.value)), ("low", ctx.decimal(lo)), ("high", ctx.decimal(hi))],
                    ),
                    None => cell(&p.value),
                },
            };
            [p.period.human(), own, cell(&p.municipality), cell(&p.country)]
        })
        .collect();
    // The mark in the chart: after which period the area was re-divided, and the layout of the line.
    let redivision = row.redivisions().first().map(|&(before, _)| {
        ctx.lang.t_args(
            "figure-redivision",
            &[("period", row.trend[before].period.human()), ("year", row.layout_year.to_string())],
        )
    });
    FigureView {
        redivision,
        row,
        value,
        rate: rate_line,
        municipality,
        country,
        difference,
        judgement,
        interval,
        small_base,
        reference,
        source,
        chart,
        chart_title,
        trend,
        stories: Vec::new(),
        map_link: None,
        similar: None,
    }
}

/// "Bron: RIVM, Gezondheidsmonitor 2020" (and the region layout when it differs from the period).
fn source_line(ctx: &PageCtx, row: &ProfileRow, period: &Period) -> String {
    let who = if row.source.publisher.is_empty() {
        row.source.title.clone()
    } else {
        format!("{}, {}", row.source.publisher, row.source.title)
    };
    let mut line = ctx.lang.t_args("figure-source", &[("source", who), ("period", period.human())]);
    if row.layout_year != period.year() {
        line.push_str(" · ");
        line.push_str(&ctx.t1("figure-layout", "year", row.layout_year));
    }
    line
}

/// `/gebieden/{code}`: the profile of an area.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Extension(auth): Extension<Auth>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let s = subject(&state, &code).await?;
    let profile = build_profile(&state, &s, ctx.lang).await?;
    let children = state.store.children(&s.area.code).await?;
    let children_level = match s.level {
        AreaLevel::Country => "areas-children-gemeente",
        AreaLevel::Municipality => "areas-children-wijk",
        _ => "areas-children-buurt",
    };
    let figures = profile.rows().count();
    let without_margins = profile::without_margins(&profile);
    let similar = similar_areas(&state, &s.area.code).await?;
    let (similar_features, similar_period) = match &similar {
        Similar::Found { table, period, features, .. } => (
            crate::app::similar::features_text(table, features, ctx.lang),
            Period::from_statline(period).map(|p| p.human()).unwrap_or_default(),
        ),
        _ => (String::new(), String::new()),
    };
    let typical = match &similar {
        Similar::Found { areas, .. } => similar_figures(&state, areas).await?,
        _ => Default::default(),
    };
    // Which region layouts the figures are in: a buurt's code may mean another piece of town in
    // another year's layout, so the page says it.
    let mut layouts: Vec<(i64, String)> = Vec::new();
    for r in profile.rows() {
        let who = if r.source.publisher.is_empty() { r.source.title.clone() } else { r.source.publisher.clone() };
        match layouts.iter_mut().find(|(y, _)| *y == r.layout_year) {
            Some((_, names)) if !names.split(", ").any(|n| n == who) => {
                names.push_str(", ");
                names.push_str(&who);
            }
            Some(_) => {}
            None => layouts.push((r.layout_year, who)),
        }
    }
    layouts.sort_by_key(|l| std::cmp::Reverse(l.0));
    let layouts = layouts
        .into_iter()
        .filter(|(y, _)| *y > 0)
        .map(|(y, who)| ctx.lang.t_args("area-layout", &[("year", y.to_string()), ("source", who)]))
        .collect::<Vec<_>>()
        .join("; ");
    let stories: Vec<StoryView> = state
        .store
        .area_stories(&s.area.code, auth.viewer())
        .await?
        .into_iter()
        .map(|a| StoryView {
            programme: Some((a.story.programme_id, a.programme_name)),
            ..StoryView::new(&ctx, a.story)
        })
        .collect();
    let mut sections: Vec<SectionView> = Vec::new();
    // One section per theme (the profile's own order is Theme::ALL's), moved, not copied.
    let mut by_theme: HashMap<Theme, Vec<ProfileRow>> =
        profile.sections.into_iter().map(|s| (s.theme, s.rows)).collect();
    for theme in Theme::ALL {
        let rows = by_theme.remove(&theme).unwrap_or_default();
        let refs: Vec<(String, String)> =
            rows.iter().map(|r| (r.anchor(), indicator_ref(&r.source_table, &r.key))).collect();
        let (beside, rest) = place(theme, &stories, &refs);
        if rows.is_empty() && rest.is_empty() {
            continue;
        }
        let figures = rows
            .into_iter()
            .map(|r| {
                let anchor = r.anchor();
                let typical_of = typical
                    .get(&(indicator_ref(&r.source_table, &r.key), r.variant.clone(), r.period.code().to_string()))
                    .filter(|_| r.compare == Compare::Difference)
                    .copied();
                let unit = r.unit.clone();
                let mut f = figure_view(&ctx, r);
                f.similar = typical_of.map(|(median, n)| {
                    ctx.lang.t_args(
                        "figure-similar",
                        &[("value", with_unit(ctx.decimal(median), &unit)), ("count", n.to_string())],
                    )
                });
                f.stories = beside.iter().find(|(a, _)| *a == anchor).map(|(_, s)| s.clone()).unwrap_or_default();
                if s.level != AreaLevel::Country {
                    f.map_link = Some(super::indicator_map::link(
                        &s.area.code,
                        &f.row.source_table,
                        &f.row.key,
                        &f.row.variant,
                        &f.row.period,
                    ));
                }
                f
            })
            .collect();
        sections.push(SectionView { theme, figures, stories: rest });
    }
    let page = AreaTemplate {
        municipality_name: s.municipality.as_ref().map(|m| m.name.clone()),
        has_country: s.level != AreaLevel::Country,
        ctx,
        level_key: match s.level {
            AreaLevel::Country => "level-land",
            AreaLevel::Municipality => "level-gemeente",
            AreaLevel::District => "level-wijk",
            AreaLevel::Neighbourhood => "level-buurt",
        },
        area: s.area,
        ancestors: s.ancestors,
        children,
        children_level,
        sections,
        figures,
        without_margins,
        similar_features,
        similar_period,
        similar,
        layouts,
        attribution: ATTRIBUTION,
    };
    Ok(render(page)?.into_response())
}

/// A figure in a download: the number, or `null` with the publisher's symbol for a missing one.
#[derive(Debug, Serialize)]
struct DownloadCell {
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol: Option<String>,
}

fn download_cell(c: &Option<Cell>) -> DownloadCell {
    match c {
        Some(Cell::Value { value, symbol }) => DownloadCell { value: Some(*value), symbol: symbol.map(String::from) },
        Some(Cell::Missing(s)) => DownloadCell { value: None, symbol: Some(s.to_string()) },
        Some(Cell::NotMeasured) | None => DownloadCell { value: None, symbol: None },
    }
}

#[derive(Debug, Serialize)]
struct DownloadPoint {
    period: String,
    source: String,
    area: DownloadCell,
    municipality: DownloadCell,
    country: DownloadCell,
}

#[derive(Debug, Serialize)]
struct DownloadFigure {
    theme: &'static str,
    source_table: String,
    key: String,
    variant: String,
    variant_label: String,
    title: String,
    unit: String,
    polarity: &'static str,
    source: String,
    layout_year: i64,
    period: String,
    value: DownloadCell,
    municipality: DownloadCell,
    country: DownloadCell,
    difference: Option<f64>,
    reference: Option<Reference>,
    judgement: Judgement,
    trend: Vec<DownloadPoint>,
}

#[derive(Debug, Serialize)]
struct DownloadArea {
    code: String,
    name: String,
    level: String,
    layout_year: i64,
    municipality: Option<String>,
}

#[derive(Debug, Serialize)]
struct Download {
    area: DownloadArea,
    attribution: &'static str,
    figures: Vec<DownloadFigure>,
}

async fn download(state: &AppState, ctx: &PageCtx, code: &str) -> AppResult<Download> {
    let s = subject(state, code).await?;
    let profile = build_profile(state, &s, ctx.lang).await?;
    let figures = profile
        .rows()
        .map(|r| DownloadFigure {
            theme: r.theme.key(),
            source_table: r.source_table.clone(),
            key: r.key.clone(),
            variant: r.variant.clone(),
            variant_label: r.variant_label.clone(),
            title: r.title.clone(),
            unit: r.unit.clone(),
            polarity: r.polarity.key(),
            source: source_line(ctx, r, &r.period),
            layout_year: r.layout_year,
            period: r.period.human(),
            value: download_cell(&Some(r.value)),
            municipality: download_cell(&r.municipality),
            country: download_cell(&r.country),
            difference: r.difference,
            reference: r.reference,
            judgement: r.judgement,
            trend: r
                .trend
                .iter()
                .map(|p| DownloadPoint {
                    period: p.period.human(),
                    source: source_line(ctx, r, &p.period),
                    area: download_cell(&p.value),
                    municipality: download_cell(&p.municipality),
                    country: download_cell(&p.country),
                })
                .collect(),
        })
        .collect();
    Ok(Download {
        area: DownloadArea {
            code: s.area.code.clone(),
            name: s.area.name.clone(),
            level: s.area.level.clone(),
            layout_year: s.area.layout_year,
            municipality: s.municipality.map(|m| m.code),
        },
        attribution: ATTRIBUTION,
        figures,
    })
}

fn attachment(code: &str, ext: &str) -> String {
    // The code was validated by AreaCode::parse: letters and digits only.
    format!("attachment; filename=\"profiel-{code}.{ext}\"")
}

/// `/gebieden/{code}/profiel.json`: what the profile shows, as JSON.
pub async fn download_json(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let d = download(&state, &ctx, &code).await?;
    let body = serde_json::to_string_pretty(&d).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, attachment(&d.area.code, "json")),
        ],
        body,
    )
        .into_response())
}

/// A figure as CSV text: the number with a decimal point, or the publisher's symbol (`.`).
fn table_cell(c: &DownloadCell) -> TableCell {
    match (&c.value, &c.symbol) {
        (Some(v), _) => TableCell::number(Some(*v)),
        (None, Some(s)) => TableCell::text(s),
        (None, None) => TableCell::Empty,
    }
}

/// `/gebieden/{code}/profiel.csv` and `.xlsx`: one line per indicator and period, as the page shows them.
pub async fn download_csv(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(code): Path<String>,
    asked: Asked,
) -> AppResult<Response> {
    let d = download(&state, &ctx, &code).await?;
    let mut table = Table::new(
        "Profiel",
        &[
            "gebied",
            "gebiedsnaam",
            "thema",
            "tabel",
            "indicator",
            "variant",
            "titel",
            "eenheid",
            "periode",
            "waarde",
            "gemeente",
            "nederland",
            "bron",
        ],
    )
    .with_source(ATTRIBUTION);
    for f in &d.figures {
        for p in &f.trend {
            table.push(vec![
                TableCell::text(&d.area.code),
                TableCell::text(&d.area.name),
                TableCell::text(f.theme.to_string()),
                TableCell::text(&f.source_table),
                TableCell::text(&f.key),
                TableCell::text(&f.variant_label),
                TableCell::text(&f.title),
                TableCell::text(&f.unit),
                TableCell::text(&p.period),
                table_cell(&p.area),
                table_cell(&p.municipality),
                table_cell(&p.country),
                TableCell::text(&p.source),
            ]);
        }
    }
    // The code was validated by AreaCode::parse: letters and digits only.
    asked.respond(&format!("profiel-{}", d.area.code), &table)
}

/// `/gebieden/{code}/vergelijkbaar.csv` and `.xlsx`: the similar areas of an area, nearest first.
pub async fn similar_csv(State(state): State<AppState>, Path(code): Path<String>, asked: Asked) -> AppResult<Response> {
    let s = subject(&state, &code).await?;
    let Similar::Found { table: source_table, period, features, areas } = similar_areas(&state, &s.area.code).await?
    else {
        return Err(AppError::NotFound);
    };
    let source = format!("{source_table} {period}; {ATTRIBUTION}");
    let mut table = Table::new("Vergelijkbaar", &["rang", "gebied", "gebiedsnaam", "afstand", "kenmerken", "bron"])
        .with_source(&source);
    for (i, (a, distance)) in areas.iter().enumerate() {
        table.push(vec![
            TableCell::Integer(i as i64 + 1),
            TableCell::text(&a.code),
            TableCell::text(&a.name),
            TableCell::fixed(Some(*distance), 4),
            TableCell::text(features.join(" ")),
            TableCell::text(&source),
        ]);
    }
    asked.respond(&format!("vergelijkbaar-{}", s.area.code), &table)
}
