//! `/gebieden/{code}/kaart`: a choropleth of one indicator from the profile, over the areas of the
//! same level in the area's gemeente (a gemeente's own profile maps its wijken). Drawn
//! server-side as SVG like the scan's map, with the table of every area as the accessible
//! alternative and the areas without a boundary listed.

use crate::app::profile::subject;
use crate::domain::catalogue::{self, Polarity};
use crate::domain::map::{self, MapShape, quantile_breaks, quantile_class};
use crate::domain::programme::AreaLevel;
use crate::domain::statistics::ATTRIBUTION;
use crate::domain::statistics::{Cell, Period};
use crate::http::AppState;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::web::map_view::{self, MapView};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// Which figure to map, as the profile links it.
#[derive(Debug, Deserialize, Default)]
pub struct MapQuery {
    #[serde(default)]
    tabel: String,
    #[serde(default)]
    sleutel: String,
    #[serde(default)]
    variant: String,
    #[serde(default)]
    periode: String,
    /// `heel`: the whole gemeente instead of where the figures are.
    #[serde(default)]
    kaart: String,
}

/// The link from a profile figure to its map.
pub fn link(area: &str, table: &str, key: &str, variant: &str, period: &Period) -> String {
    let q = serde_urlencoded::to_string([
        ("tabel", table),
        ("sleutel", key),
        ("variant", variant),
        ("periode", period.code()),
    ])
    .unwrap_or_default();
    format!("/gebieden/{area}/kaart?{q}")
}

/// One area in the table under the map.
pub struct MapRow {
    pub code: String,
    pub name: String,
    pub value: String,
    /// Legend entry (1-based) of the area's class; none for a missing figure.
    pub class: Option<usize>,
    pub current: bool,
    /// The figure, for sorting (missing figures last).
    number: f64,
}

pub struct LegendEntry {
    pub css: String,
    pub range: String,
}

#[derive(Template)]
#[template(path = "area_map.html")]
struct AreaMapTemplate {
    ctx: PageCtx,
    area_code: String,
    area_name: String,
    municipality_name: String,
    title: String,
    period: String,
    level_key: &'static str,
    polarity_key: &'static str,
    map: Option<MapView>,
    legend: Vec<LegendEntry>,
    rows: Vec<MapRow>,
    without_shape: Vec<(String, String)>,
    source: String,
    attribution: &'static str,
}

/// The fill class of quantile class `q` of `classes`: the scan's diverging palette from
/// unfavourable (`c1`, red) to favourable (`c9`, blue) for indicators with a direction, a
/// sequential one (`q1`–`q5`) for neutral ones.
fn fill(q: usize, classes: usize, polarity: Polarity) -> String {
    let degree = match polarity {
        Polarity::HigherIsWorse => q,
        Polarity::HigherIsBetter => classes - 1 - q,
        Polarity::Neutral => return format!("map__area--q{}", q + 1),
    };
    if classes <= 1 {
        return "map__area--c5".into();
    }
    // Most unfavourable → 1, most favourable → 9.
    let c = 9 - (degree * 8 + (classes - 1) / 2) / (classes - 1);
    format!("map__area--c{c}")
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(code): Path<String>,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    let s = subject(&state, &code).await?;
    let (level, municipality) = match s.level {
        AreaLevel::Municipality => (AreaLevel::District, s.area.code.clone()),
        AreaLevel::District | AreaLevel::Neighbourhood => {
            (s.level, s.area.municipality_code.clone().ok_or(AppError::NotFound)?)
        }
        AreaLevel::Country => return Err(AppError::NotFound),
    };
    let period = Period::from_statline(&q.periode).ok_or(AppError::NotFound)?;
    let indicator = state
        .store
        .indicators()
        .await?
        .into_iter()
        .find(|i| i.source_table == q.tabel && i.key == q.sleutel && i.variant == q.variant)
        .ok_or(AppError::NotFound)?;
    let prefix = match level {
        AreaLevel::District => "WK",
        _ => "BU",
    };
    let number = municipality.get(2..6).ok_or(AppError::NotFound)?;
    let values = state.store.indicator_values(&q.tabel, &q.sleutel, &q.variant, period.code(), prefix, number).await?;
    let codes: Vec<&str> = values.iter().map(|(c, _)| c.as_str()).collect();
    let names = state.store.areas_by_code(&codes).await?;
    let name_of = |code: &str| names.iter().find(|a| a.code == code).map(|a| a.name.clone()).unwrap_or(code.into());
    let municipality_name =
        state.store.area(&municipality, None).await?.map(|a| a.name).unwrap_or_else(|| municipality.clone());

    let numbers: Vec<f64> = values
        .iter()
        .filter_map(|(_, c)| if let Cell::Value { value, .. } = c { Some(*value) } else { None })
        .collect();
    let breaks = quantile_breaks(&numbers);
    let classes = breaks.len() + 1;
    let polarity = indicator.classification.polarity;
    let unit = indicator.unit(ctx.lang == crate::i18n::Lang::En).trim().to_string();
    let show_value = |c: &Cell| match (c, unit.as_str()) {
        (Cell::Value { .. }, "%") => format!("{}%", ctx.cell(c)),
        (Cell::Value { .. }, "") => ctx.cell(c),
        (Cell::Value { .. }, u) => format!("{} {u}", ctx.cell(c)),
        _ => ctx.cell(c),
    };
    // The legend: per class the lowest and highest value in it.
    let mut ranges: Vec<Option<(f64, f64)>> = vec![None; classes];
    for v in &numbers {
        let r = &mut ranges[quantile_class(*v, &breaks)];
        *r = Some(r.map_or((*v, *v), |(lo, hi)| (lo.min(*v), hi.max(*v))));
    }
    let legend = ranges
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let (lo, hi) = (*r)?;
            let range = if lo == hi { ctx.decimal(lo) } else { format!("{} – {}", ctx.decimal(lo), ctx.decimal(hi)) };
            Some(LegendEntry { css: fill(i, classes, polarity), range })
        })
        .collect();

    let shapes = state.store.boundaries_near(&codes, period.year()).await?;
    let mut drawn = Vec::new();
    let mut without_shape = Vec::new();
    let mut rows = Vec::new();
    for (code, cell) in &values {
        let name = name_of(code);
        let (class, number) = match cell {
            Cell::Value { value, .. } => (Some(quantile_class(*value, &breaks)), *value),
            _ => (None, f64::NEG_INFINITY),
        };
        let value = show_value(cell);
        match shapes.get(code).and_then(|g| crate::import::geo::from_geometry_text(g)) {
            Some(polygons) if !polygons.is_empty() => drawn.push(MapShape {
                code: code.clone(),
                polygons,
                class: class.map(|c| c as u8),
                label: format!("{name}: {value}"),
                // Named on the map: the area itself, or every area when there are at most twenty.
                tag: (values.len() <= 20 || *code == s.area.code).then(|| name.clone()),
            }),
            _ => without_shape.push((code.clone(), name.clone())),
        }
        rows.push(MapRow {
            current: *code == s.area.code,
            code: code.clone(),
            name,
            value,
            class: class.map(|c| c + 1),
            number,
        });
    }
    let whole = q.kaart == map_view::WHOLE.1;
    let here = link(&s.area.code, &q.tabel, &q.sleutel, &q.variant, &period);
    let href = |whole: bool| {
        let (k, v) = map_view::WHOLE;
        if whole { format!("{here}&{k}={v}") } else { here.clone() }
    };
    let css = |c: Option<u8>| match c {
        Some(q) => fill(usize::from(q), classes, polarity),
        None => "map__area--none".into(),
    };
    let map_title =
        format!("{}, {municipality_name} {}", indicator.title(ctx.lang == crate::i18n::Lang::En), period.human());
    let map =
        map::draw(&drawn, 640, !whole).map(|m| map_view::view(m, map_title, css, &s.area.code, name_of, whole, href));
    rows.sort_by(|a, b| b.number.total_cmp(&a.number).then_with(|| a.name.cmp(&b.name)));
    without_shape.sort_by(|a, b| a.1.cmp(&b.1));
    let source = catalogue::source(&indicator.source_table, ctx.lang == crate::i18n::Lang::En);
    let who =
        if source.publisher.is_empty() { source.title } else { format!("{}, {}", source.publisher, source.title) };
    let variant = catalogue::variant_label(&indicator.variant, ctx.lang == crate::i18n::Lang::En);
    let title = indicator.title(ctx.lang == crate::i18n::Lang::En);
    let title = if variant.is_empty() { title.to_string() } else { format!("{title} ({variant})") };
    let page = AreaMapTemplate {
        source: ctx.lang.t_args("figure-source", &[("source", who), ("period", period.human())]),
        area_code: s.area.code.clone(),
        area_name: s.area.name.clone(),
        municipality_name,
        title,
        period: period.human(),
        level_key: if level == AreaLevel::District { "areas-children-wijk" } else { "areas-children-buurt" },
        polarity_key: match polarity {
            Polarity::HigherIsWorse => "map-polarity-higher-worse",
            Polarity::HigherIsBetter => "map-polarity-higher-better",
            Polarity::Neutral => "map-polarity-neutral",
        },
        map,
        legend,
        rows,
        without_shape,
        attribution: ATTRIBUTION,
        ctx,
    };
    Ok(render(page)?.into_response())
}
