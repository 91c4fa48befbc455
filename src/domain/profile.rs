//! The neighbourhood profile: every figure of an area next to its gemeente and the Netherlands,
//! with the difference, the trend over the periods present, and where each figure comes from.
//! Pure: the store supplies the observations, the web layer renders.

use super::catalogue::{
    Bound, Compare, Polarity, Source, Theme, has_stem, indicator_ref, inhabitants_key, label, margin_bound, source,
    variant_label,
};
use super::crosswalk::{Piece, carry_cells};
use super::statistics::{AreaObservation, Cell, IndicatorRow, Period};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What the area is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reference {
    Municipality,
    Country,
}

/// Whether the area does better or worse than the reference, by the indicator's polarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Judgement {
    Better,
    Worse,
    Same,
    /// A difference that the published 95 % interval does not bear out: not significant.
    WithinMargin,
    /// The indicator is neutral (no better or worse), or a figure is missing, or the area is too
    /// small for its figure to be judged.
    None,
}

/// Below this many inhabitants a percentage of an area is not judged better or worse when no
/// margin is published (a few people decide it).
pub const MIN_BASE: f64 = 100.0;

/// One period of an indicator's trend: the area, its gemeente and the country.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub period: Period,
    pub value: Option<Cell>,
    /// The area's figure of this period is in another region layout, and no crosswalk says the
    /// area kept its borders: left out (`value` is `None`), never joined on the code.
    pub other_layout: Option<i64>,
    /// The area's figure of this period was computed from the figures of the areas of this older
    /// layout that now lie in it (a stored crosswalk): counts by their parts, percentages weighted
    /// by the count the catalogue names as their basis.
    pub carried_from: Option<i64>,
    /// The published 95 % interval of the area's figure of this period, where imported.
    pub interval: Option<(f64, f64)>,
    pub municipality: Option<Cell>,
    pub country: Option<Cell>,
}

/// One indicator (and variant) of the profile, at the latest period the area has it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub source_table: String,
    pub key: String,
    pub variant: String,
    /// The variant as people read it (`65 jaar of ouder`); empty when there is none.
    pub variant_label: String,
    pub title: String,
    pub unit: String,
    pub theme: Theme,
    pub polarity: Polarity,
    pub source: Source,
    /// Region layout of the table's codes for this area.
    pub layout_year: i64,
    pub period: Period,
    pub value: Cell,
    pub municipality: Option<Cell>,
    pub country: Option<Cell>,
    /// How the figure is set beside the gemeente and the country: a count is shown, not compared.
    pub compare: Compare,
    /// For a count compared per 1.000 inhabitants: the area's, the gemeente's and the country's rate.
    pub per_thousand: Option<[Option<f64>; 3]>,
    /// Value (or rate per 1.000 inhabitants) minus the reference (the country, or the gemeente when the table has no national figure).
    pub difference: Option<f64>,
    pub reference: Option<Reference>,
    pub judgement: Judgement,
    /// Every period of the table, oldest first.
    pub trend: Vec<TrendPoint>,
    /// The published 95 % interval of the area's figure, where the table's margins were imported.
    pub interval: Option<(f64, f64)>,
    /// Whether the difference with the reference is significant by those intervals; `None` when
    /// no margin is known.
    pub significant: Option<bool>,
    /// The area's inhabitants when fewer than `MIN_BASE` (its percentages are then not judged).
    pub small_base: Option<f64>,
}

impl ProfileRow {
    /// Anchor on the page, unique per row, starting with a letter (usable as a CSS selector).
    pub fn anchor(&self) -> String {
        let raw = format!("{}-{}-{}", self.source_table, self.key, self.variant);
        let slug: String =
            raw.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
        format!("cijfer-{slug}")
    }

    /// More than one period with a figure for the area: worth a chart.
    pub fn has_trend(&self) -> bool {
        self.trend.iter().filter(|p| matches!(p.value, Some(Cell::Value { .. }))).count() > 1
    }

    /// Where the trend crosses a re-division: (the last point of an older layout — carried over or
    /// not comparable — and the first point of the next layout), by index into `trend`.
    pub fn redivisions(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut last: Option<(usize, Option<i64>)> = None;
        for (i, p) in self.trend.iter().enumerate() {
            let older = p.carried_from.or(p.other_layout);
            if older.is_none() && p.value.is_none() {
                continue;
            }
            if let Some((before, layout)) = last
                && layout != older
            {
                out.push((before, i));
            }
            last = Some((i, older));
        }
        out
    }
}

/// A theme (opgave) with its indicators.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub theme: Theme,
    pub rows: Vec<ProfileRow>,
}

/// The whole profile, themes in the catalogue's order with context last.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Profile {
    pub sections: Vec<Section>,
}

impl Profile {
    pub fn rows(&self) -> impl Iterator<Item = &ProfileRow> {
        self.sections.iter().flat_map(|s| s.rows.iter())
    }

    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }
}

/// What stored crosswalks say about the profile's area: between which layouts it kept its borders,
/// and which areas of an older layout now lie in it, with their figures.
#[derive(Debug, Clone, Default)]
pub struct Crosswalks {
    /// Pairs (older, newer) of layouts between which the area kept its borders.
    pub same: HashSet<(i64, i64)>,
    /// Per pair (older, newer): the pieces of the older layout's areas that lie in the area.
    pub into: HashMap<(i64, i64), Vec<Piece>>,
    /// The figures of those older areas.
    pub observations: Vec<AreaObservation>,
}

impl Crosswalks {
    /// The pairs of layouts of an area's figures that are worth asking a crosswalk about: each
    /// older layout of an indicator (across the editions of a table family) with its newest.
    pub fn pairs_of(area: &str, observations: &[AreaObservation]) -> Vec<(i64, i64)> {
        let mut by_indicator: HashMap<(String, &str), Vec<i64>> = HashMap::new();
        for o in observations.iter().filter(|o| o.area_code == area) {
            by_indicator.entry((indicator_ref(&o.source_table, &o.key), &o.variant)).or_default().push(o.layout_year);
        }
        let mut pairs = std::collections::BTreeSet::new();
        for years in by_indicator.values_mut() {
            years.sort();
            years.dedup();
            if let Some((&newest, older)) = years.split_last() {
                pairs.extend(older.iter().map(|&y| (y, newest)));
            }
        }
        pairs.into_iter().collect()
    }
}

/// Which codes the profile is built from.
#[derive(Debug, Clone, Copy)]
pub struct Areas<'a> {
    pub area: &'a str,
    /// The gemeente to compare with (none on a gemeente's or the country's own profile).
    pub municipality: Option<&'a str>,
    /// The country (none on the country's own profile).
    pub country: Option<&'a str>,
}

type IndicatorKey = (String, String, String);

/// Bounds of published intervals: (indicator, the value's variant, period, slot) → (lower, upper).
type Margins = HashMap<(String, String, String, usize), (Option<f64>, Option<f64>)>;

/// The area's, the gemeente's and the country's cell of one period.
type Slots<'a> = [Option<Slot<'a>>; 3];

/// One cell of the profile, with where it came from.
#[derive(Clone, Copy)]
struct Slot<'a> {
    cell: Cell,
    layout_year: i64,
    table: &'a str,
    key: &'a str,
}

/// Build the profile of `areas.area` from the observations of the area, its gemeente and the
/// country (any order), described by the indicator catalogue.
pub fn build(areas: Areas<'_>, observations: &[AreaObservation], catalogue: &[IndicatorRow], english: bool) -> Profile {
    build_in_layout(areas, observations, catalogue, english, &Crosswalks::default())
}

/// `build`, with every trend in the layout of its headline figure. A figure of an older layout
/// joins the trend as it is only where a stored crosswalk says the area kept its borders; where the
/// crosswalk says which older areas now lie in it, their figures are carried over (counts by their
/// parts, percentages and averages weighted by the basis the catalogue names); otherwise the
/// point is left out as not comparable. Never joined on the code alone.
pub fn build_in_layout(
    areas: Areas<'_>,
    observations: &[AreaObservation],
    catalogue: &[IndicatorRow],
    english: bool,
    crosswalks: &Crosswalks,
) -> Profile {
    let meta: HashMap<IndicatorKey, &IndicatorRow> =
        catalogue.iter().map(|i| ((i.source_table.clone(), i.key.clone(), i.variant.clone()), i)).collect();
    // Per indicator — by its name across the editions of a table family (`kwb:AantalInwoners`, so
    // the Kerncijfers of 2016 and 2024 make one trend) and variant: period → the cells of the
    // area, its gemeente and the country, with the layout and the table and key each came from.
    let mut by_indicator: BTreeMap<(String, String), BTreeMap<String, Slots<'_>>> = BTreeMap::new();
    // The bounds of published 95 % intervals: (indicator, value's variant, period, slot) → (lower, upper).
    let mut margins: Margins = HashMap::new();
    for o in observations {
        let slot = if o.area_code == areas.area {
            0
        } else if Some(o.area_code.as_str()) == areas.municipality {
            1
        } else if Some(o.area_code.as_str()) == areas.country {
            2
        } else {
            continue;
        };
        if let Some((variant, bound)) = margin_bound(&o.variant) {
            if let Cell::Value { value, .. } = o.cell {
                let entry = margins
                    .entry((indicator_ref(&o.source_table, &o.key), variant, o.period.clone(), slot))
                    .or_default();
                match bound {
                    Bound::Lower => entry.0 = Some(value),
                    Bound::Upper => entry.1 = Some(value),
                }
            }
            continue;
        }
        let group = (indicator_ref(&o.source_table, &o.key), o.variant.clone());
        let cell = &mut by_indicator.entry(group).or_default().entry(o.period.clone()).or_default()[slot];
        // Two editions with the same period: the newer layout's figure.
        if cell.as_ref().is_none_or(|c| c.layout_year < o.layout_year) {
            *cell = Some(Slot { cell: o.cell, layout_year: o.layout_year, table: &o.source_table, key: &o.key });
        }
    }
    // The periods of older areas' figures that a crosswalk may carry into the area's trends.
    for o in crosswalks.observations.iter().filter(|o| margin_bound(&o.variant).is_none()) {
        if let Some(entry) = by_indicator.get_mut(&(indicator_ref(&o.source_table, &o.key), o.variant.clone())) {
            entry.entry(o.period.clone()).or_default();
        }
    }
    // Inhabitants per slot and period, for counts compared per 1.000 inhabitants.
    let mut inhabitants: HashMap<(String, usize), f64> = HashMap::new();
    for ((_, variant), periods) in &by_indicator {
        for (period, slots) in periods {
            for (i, s) in slots.iter().enumerate() {
                if let Some(Slot { cell: Cell::Value { value, .. }, table, key, .. }) = s
                    && variant.is_empty()
                    && inhabitants_key(table).is_some_and(|k| has_stem(key, k))
                {
                    inhabitants.insert((period.clone(), i), *value);
                }
            }
        }
    }
    let mut sections: BTreeMap<usize, Vec<ProfileRow>> = BTreeMap::new();
    for ((name, variant), slotted) in by_indicator {
        // Only what the area itself has a cell for; the latest such period is the headline, and
        // its table (the newest edition) names the row.
        let Some((latest, Some(own))) = slotted.iter().rev().find(|(_, c)| c[0].is_some()).map(|(p, c)| (p, c[0]))
        else {
            continue;
        };
        let (table, key, layout_year) = (own.table.to_string(), own.key.to_string(), own.layout_year);
        let periods: BTreeMap<&String, [Option<Cell>; 3]> =
            slotted.iter().map(|(p, c)| (p, c.map(|s| s.map(|s| s.cell)))).collect();
        let layout_of = |period: &str| slotted.get(period).and_then(|c| c[0]).map(|s| s.layout_year);
        let cells = periods[latest];
        let Some(period) = Period::from_statline(latest) else { continue };
        let Some(value) = cells[0] else { continue };
        let info = meta.get(&(table.clone(), key.clone(), variant.clone()));
        let (labels, theme, polarity) = match info {
            Some(i) => (i.label.clone(), i.classification.theme, i.classification.polarity),
            None => (label(&table, &key, "", ""), Theme::Context, Polarity::Neutral),
        };
        if labels.compare == Compare::Hidden {
            continue;
        }
        let figure = |c: Option<Cell>| match c {
            Some(Cell::Value { value, .. }) => Some(value),
            _ => None,
        };
        // The figures that are compared: the values, or for counts their rate per 1.000 inhabitants.
        let per_thousand = (labels.compare == Compare::PerThousand).then(|| {
            std::array::from_fn(|slot| {
                inhabitants_key(&table)?;
                let people = inhabitants.get(&(latest.clone(), slot)).copied().filter(|p| *p > 0.0)?;
                Some((figure(cells[slot])? * 10_000.0 / people).round() / 10.0)
            })
        });
        let compared: [Option<f64>; 3] = match (labels.compare, per_thousand) {
            (Compare::Difference, _) => [figure(cells[0]), figure(cells[1]), figure(cells[2])],
            (Compare::PerThousand, Some(rates)) => rates,
            _ => [None, None, None],
        };
        let reference = match (compared[2], compared[1]) {
            (Some(_), _) if areas.country.is_some() => Some(Reference::Country),
            (_, Some(_)) if areas.municipality.is_some() => Some(Reference::Municipality),
            _ => None,
        };
        let reference_value = match reference {
            Some(Reference::Country) => compared[2],
            Some(Reference::Municipality) => compared[1],
            None => None,
        };
        let difference = match (compared[0], reference_value) {
            (Some(a), Some(b)) => Some(round_like(a - b, a, b)),
            _ => None,
        };
        // Significance, where the margins were imported: the area's interval against the
        // reference's (or its value, when it has none).
        let interval_in =
            |period: &str, slot: usize| match margins.get(&(name.clone(), variant.clone(), period.to_string(), slot)) {
                Some((Some(lo), Some(hi))) if labels.compare == Compare::Difference => Some((*lo, *hi)),
                _ => None,
            };
        let interval_of = |slot: usize| interval_in(latest, slot);
        let interval = (labels.compare == Compare::Difference).then(|| interval_of(0)).flatten();
        let reference_slot = match reference {
            Some(Reference::Country) => 2,
            _ => 1,
        };
        let significant = match (interval, reference_value) {
            (Some((lo, hi)), Some(r)) => Some(match interval_of(reference_slot) {
                Some((rlo, rhi)) => hi < rlo || lo > rhi,
                None => r < lo || r > hi,
            }),
            _ => None,
        };
        // Without a margin, a percentage of a very small area is not judged.
        let small_base = if labels.compare == Compare::Difference && interval.is_none() {
            inhabitants
                .iter()
                .filter(|((_, slot), _)| *slot == 0)
                .max_by(|a, b| a.0.0.cmp(&b.0.0))
                .map(|(_, n)| *n)
                .filter(|n| *n < MIN_BASE)
        } else {
            None
        };
        let judgement = match (judge(polarity, difference), significant, small_base) {
            (_, _, Some(_)) => Judgement::None,
            (Judgement::Better | Judgement::Worse, Some(false), _) => Judgement::WithinMargin,
            (j, _, _) => j,
        };
        let (title, unit) = (labels.title(english).to_string(), labels.unit(english).to_string());
        let same_area = |y: i64| crosswalks.same.contains(&(y, layout_year));
        let trend = periods
            .iter()
            .filter_map(|(p, c)| {
                let period = Period::from_statline(p)?;
                let own = layout_of(p);
                let other = own.filter(|y| *y != layout_year && !same_area(*y));
                let native = if own.is_some() && other.is_none() { c[0] } else { None };
                // A point of an older layout (or a code the older layout did not have) from the
                // older areas that now lie in the area.
                let carried = if native.is_some() {
                    None
                } else {
                    carried_point(
                        crosswalks,
                        (&name, &variant),
                        p,
                        layout_year,
                        labels.compare,
                        own.filter(|_| other.is_some()),
                    )
                };
                let (value, other_layout, carried_from) = match carried {
                    Some((year, Some(v))) => (Some(Cell::Value { value: v, symbol: None }), None, Some(year)),
                    Some((year, None)) => (None, Some(year), None),
                    None => (native, other, None),
                };
                // An interval belongs to the area's own figure of the period, not to a carried one.
                let interval = if native.is_some() { interval_in(p, 0) } else { None };
                Some(TrendPoint {
                    period,
                    value,
                    other_layout,
                    carried_from,
                    interval,
                    municipality: c[1],
                    country: c[2],
                })
            })
            .collect();
        let row = ProfileRow {
            source: source(&table, english),
            variant_label: variant_label(&variant, english),
            source_table: table,
            key,
            variant,
            title,
            unit,
            theme,
            polarity,
            layout_year,
            period,
            value,
            municipality: cells[1],
            country: cells[2],
            compare: labels.compare,
            per_thousand,
            difference,
            reference,
            judgement,
            trend,
            interval,
            significant,
            small_base,
        };
        let order = Theme::ALL.iter().position(|t| *t == theme).unwrap_or(usize::MAX);
        sections.entry(order).or_default().push(row);
    }
    Profile {
        sections: sections
            .into_values()
            .map(|mut rows| {
                rows.sort_by(|a, b| {
                    (a.source_table.as_str(), a.title.as_str(), a.variant.as_str()).cmp(&(
                        b.source_table.as_str(),
                        b.title.as_str(),
                        b.variant.as_str(),
                    ))
                });
                Section { theme: rows[0].theme, rows }
            })
            .collect(),
    }
}

/// How many of a profile's compared figures have no published margin (their difference is then
/// not tested for significance; the page says so).
pub fn without_margins(profile: &Profile) -> usize {
    profile
        .rows()
        .filter(|r| r.difference.is_some() && r.compare == Compare::Difference && r.significant.is_none())
        .count()
}

/// The area's figure of `period` carried over from an older layout by a stored crosswalk into the
/// area's layout `layout`: `Some((older, value))` when the older areas that lie in the area have
/// figures of the period, with `value` `None` when they cannot be combined (a part without a
/// figure, a percentage without inhabitants to weigh it by); `None` without such a crosswalk.
/// `older` is the layout of the area's own figure of the period, if it has one.
fn carried_point(
    crosswalks: &Crosswalks,
    figure: (&str, &str),
    period: &str,
    layout: i64,
    compare: Compare,
    older: Option<i64>,
) -> Option<(i64, Option<f64>)> {
    let mut candidates: Vec<i64> = match older {
        Some(y) => vec![y],
        None => crosswalks.into.keys().filter(|(_, to)| *to == layout).map(|(from, _)| *from).collect(),
    };
    candidates.sort_by(|a, b| b.cmp(a));
    for year in candidates {
        let Some(pieces) = crosswalks.into.get(&(year, layout)) else { continue };
        if let Some(value) = carry_cells(&crosswalks.observations, figure, period, year, compare, pieces) {
            return Some((year, value));
        }
    }
    older.map(|y| (y, None))
}

fn judge(polarity: Polarity, difference: Option<f64>) -> Judgement {
    match (polarity, difference) {
        (Polarity::Neutral, _) | (_, None) => Judgement::None,
        (_, Some(0.0)) => Judgement::Same,
        (Polarity::HigherIsBetter, Some(d)) if d > 0.0 => Judgement::Better,
        (Polarity::HigherIsWorse, Some(d)) if d < 0.0 => Judgement::Better,
        _ => Judgement::Worse,
    }
}

/// Decimals of a figure as published (`34.4` → 1). Figures come from decimal text, so the shortest
/// representation of the float is the published one.
pub fn decimals(v: f64) -> usize {
    let s = format!("{v}");
    s.split_once('.').map(|(_, d)| d.len()).unwrap_or(0)
}

/// A difference rounded to the precision of the figures it comes from (no `0.30000000000000004`).
fn round_like(d: f64, a: f64, b: f64) -> f64 {
    let places = decimals(a).max(decimals(b)).min(6) as i32;
    let f = 10f64.powi(places);
    (d * f).round() / f
}

/// The geometry of a small trend chart (drawn server-side as SVG): a line per series over evenly
/// spaced periods, the vertical scale from the lowest to the highest figure of all series.
#[derive(Debug, Clone, PartialEq)]
pub struct Sparkline {
    pub width: u32,
    pub height: u32,
    /// Area, gemeente, country, in that order; a series without any figure is left out.
    pub lines: Vec<SparkLine>,
    pub min: f64,
    pub max: f64,
    /// x of a vertical mark between two periods where the area was re-divided.
    pub divisions: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SparkLine {
    /// `area`, `municipality` or `country` (the CSS class of the line).
    pub series: &'static str,
    /// `x,y x,y …` for a polyline; gaps (missing figures) are skipped.
    pub points: String,
    pub dots: Vec<(f64, f64)>,
}

pub const SPARK_WIDTH: u32 = 240;
pub const SPARK_HEIGHT: u32 = 64;
const PAD: f64 = 6.0;

/// The chart of a row's trend, or `None` when the area has fewer than two figures.
pub fn sparkline(row: &ProfileRow) -> Option<Sparkline> {
    if !row.has_trend() {
        return None;
    }
    let figure = |c: &Option<Cell>| match c {
        Some(Cell::Value { value, .. }) => Some(*value),
        _ => None,
    };
    // A count has only its own line: the gemeente's count would flatten it to the bottom.
    let compared = row.compare == Compare::Difference;
    let series: [(&'static str, Vec<Option<f64>>); 3] = [
        ("area", row.trend.iter().map(|p| figure(&p.value)).collect()),
        ("municipality", row.trend.iter().map(|p| figure(&p.municipality).filter(|_| compared)).collect()),
        ("country", row.trend.iter().map(|p| figure(&p.country).filter(|_| compared)).collect()),
    ];
    let all: Vec<f64> = series.iter().flat_map(|(_, v)| v.iter().flatten().copied()).collect();
    let min = all.iter().copied().fold(f64::INFINITY, f64::min);
    let max = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (w, h) = (f64::from(SPARK_WIDTH), f64::from(SPARK_HEIGHT));
    let n = row.trend.len();
    let x = |i: usize| if n == 1 { w / 2.0 } else { PAD + (w - 2.0 * PAD) * i as f64 / (n - 1) as f64 };
    let y = |v: f64| if max > min { PAD + (h - 2.0 * PAD) * (max - v) / (max - min) } else { h / 2.0 };
    let lines = series
        .iter()
        .filter(|(_, v)| v.iter().any(Option::is_some))
        .map(|(name, values)| {
            let dots: Vec<(f64, f64)> = values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| ((x(i) * 10.0).round() / 10.0, (y(v) * 10.0).round() / 10.0)))
                .collect();
            SparkLine {
                series: name,
                points: dots.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" "),
                dots,
            }
        })
        .collect();
    let divisions = row.redivisions().into_iter().map(|(_, i)| ((x(i - 1) + x(i)) * 5.0).round() / 10.0).collect();
    Some(Sparkline { width: SPARK_WIDTH, height: SPARK_HEIGHT, lines, min, max, divisions })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::Classification;

    fn obs(area: &str, table: &str, key: &str, period: &str, cell: Cell) -> AreaObservation {
        AreaObservation {
            area_code: area.into(),
            layout_year: 2020,
            source_table: table.into(),
            key: key.into(),
            variant: "Leeftijd=20300;Marges=MW00000".into(),
            period: period.into(),
            cell,
        }
    }

    fn v(value: f64) -> Cell {
        Cell::Value { value, symbol: None }
    }

    fn catalogue() -> Vec<IndicatorRow> {
        let row = |key: &str, title: &str, theme, polarity| IndicatorRow {
            source_table: "50090NED".into(),
            key: key.into(),
            variant: "Leeftijd=20300;Marges=MW00000".into(),
            label: crate::domain::catalogue::Label {
                title: title.into(),
                unit: "%".into(),
                title_en: format!("{title} (en)"),
                unit_en: "%".into(),
                compare: Compare::Difference,
                reviewed: true,
            },
            classification: Classification { theme, polarity, in_scan: true, composition: false },
            periods: vec![],
        };
        vec![
            row("Eenzaam_28", "Eenzaam", Theme::Community, Polarity::HigherIsWorse),
            row("ErvarenGezondheidGoedZeerGoed_4", "Ervaren gezondheid goed", Theme::Health, Polarity::HigherIsBetter),
        ]
    }

    const AREAS: Areas<'static> = Areas { area: "BU05991081", municipality: Some("GM0599"), country: Some("NL01") };

    /// A cell of a bound of the 95 % interval (`MOG0095` lower, `MBG0095` upper).
    fn bound(area: &str, key: &str, code: &str, value: f64) -> AreaObservation {
        AreaObservation {
            variant: format!("Leeftijd=20300;Marges={code}"),
            ..obs(area, "50090NED", key, "2020JJ00", v(value))
        }
    }

    #[test]
    fn a_difference_is_significant_only_when_the_intervals_allow_it() {
        let observations = vec![
            // Lonely: 40 (36–44) against the country's 30 (29.5–30.5): significantly worse.
            obs("BU05991081", "50090NED", "Eenzaam_28", "2020JJ00", v(40.0)),
            bound("BU05991081", "Eenzaam_28", "MOG0095", 36.0),
            bound("BU05991081", "Eenzaam_28", "MBG0095", 44.0),
            obs("NL01", "50090NED", "Eenzaam_28", "2020JJ00", v(30.0)),
            bound("NL01", "Eenzaam_28", "MOG0095", 29.5),
            bound("NL01", "Eenzaam_28", "MBG0095", 30.5),
            // Health: 60 (52–68) against 62 without an interval: within the margin.
            obs("BU05991081", "50090NED", "ErvarenGezondheidGoedZeerGoed_4", "2020JJ00", v(60.0)),
            bound("BU05991081", "ErvarenGezondheidGoedZeerGoed_4", "MOG0095", 52.0),
            bound("BU05991081", "ErvarenGezondheidGoedZeerGoed_4", "MBG0095", 68.0),
            obs("NL01", "50090NED", "ErvarenGezondheidGoedZeerGoed_4", "2020JJ00", v(62.0)),
        ];
        let p = build(AREAS, &observations, &catalogue(), false);
        assert_eq!(p.rows().count(), 2, "the bounds are no figures of their own");
        let lonely = p.rows().find(|r| r.key == "Eenzaam_28").unwrap();
        assert_eq!(
            (lonely.interval, lonely.significant, lonely.judgement),
            (Some((36.0, 44.0)), Some(true), Judgement::Worse)
        );
        let health = p.rows().find(|r| r.key.starts_with("ErvarenGezondheid")).unwrap();
        assert_eq!((health.difference, health.significant), (Some(-2.0), Some(false)));
        assert_eq!(health.judgement, Judgement::WithinMargin, "worse by 2 points, but not by its margin");
        assert_eq!(without_margins(&p), 0);
        assert_eq!(lonely.trend.last().unwrap().interval, Some((36.0, 44.0)), "also in the table alternative");
        // Overlapping intervals are no significant difference, even when the reference's value lies outside the area's.
        let mut overlapping = observations.clone();
        overlapping.retain(|o| !(o.area_code == "NL01" && o.key == "Eenzaam_28"));
        overlapping.push(obs("NL01", "50090NED", "Eenzaam_28", "2020JJ00", v(34.0)));
        overlapping.push(bound("NL01", "Eenzaam_28", "MOG0095", 33.0));
        overlapping.push(bound("NL01", "Eenzaam_28", "MBG0095", 37.0));
        let p = build(AREAS, &overlapping, &catalogue(), false);
        let lonely = p.rows().find(|r| r.key == "Eenzaam_28").unwrap();
        assert_eq!((lonely.significant, lonely.judgement), (Some(false), Judgement::WithinMargin));
    }

    #[test]
    fn without_margins_the_page_can_say_so_and_a_tiny_area_is_not_judged() {
        let observations = vec![
            obs("BU05991081", "50090NED", "Eenzaam_28", "2020JJ00", v(40.0)),
            obs("NL01", "50090NED", "Eenzaam_28", "2020JJ00", v(30.0)),
        ];
        let p = build(AREAS, &observations, &catalogue(), false);
        let lonely = p.rows().next().unwrap();
        assert_eq!((lonely.significant, lonely.judgement, lonely.small_base), (None, Judgement::Worse, None));
        assert_eq!(without_margins(&p), 1);
        // The same buurt with 60 inhabitants (Kerncijfers): its percentage is shown, not judged.
        let mut tiny = observations.clone();
        tiny.push(AreaObservation {
            variant: String::new(),
            ..obs("BU05991081", "85984NED", "AantalInwoners_5", "2024JJ00", v(60.0))
        });
        let p = build(AREAS, &tiny, &catalogue(), false);
        let lonely = p.rows().find(|r| r.key == "Eenzaam_28").unwrap();
        assert_eq!((lonely.small_base, lonely.judgement), (Some(60.0), Judgement::None));
        assert_eq!(lonely.difference, Some(10.0), "the difference is still shown");
    }

    #[test]
    fn a_figure_of_another_layout_joins_the_trend_only_where_the_area_kept_its_borders() {
        let o = vec![
            AreaObservation { layout_year: 2016, ..obs("BU05991081", "50090NED", "Eenzaam_28", "2016JJ00", v(58.0)) },
            obs("BU05991081", "50090NED", "Eenzaam_28", "2020JJ00", v(61.2)),
            obs("GM0599", "50090NED", "Eenzaam_28", "2016JJ00", v(50.0)),
        ];
        let row = build(AREAS, &o, &catalogue(), false).rows().next().unwrap().clone();
        assert_eq!(row.layout_year, 2020, "the headline's layout");
        assert_eq!(row.trend[0].value, None, "2016 is another layout: not joined on the code");
        assert_eq!(row.trend[0].other_layout, Some(2016));
        assert_eq!(row.trend[0].municipality, Some(v(50.0)), "the gemeente's figure stays");
        assert!(!row.has_trend(), "no line through a re-division");
        let same = Crosswalks { same: [(2016, 2020)].into(), ..Crosswalks::default() };
        let kept = build_in_layout(AREAS, &o, &catalogue(), false, &same);
        let row = kept.rows().next().unwrap();
        assert_eq!(
            (row.trend[0].value, row.trend[0].other_layout),
            (Some(v(58.0)), None),
            "a crosswalk says: same area"
        );
        assert!(row.has_trend());
    }

    /// Synthetic KWB figures (unit test only): wijk WK000102 of layout 2016 was split, and its
    /// western half is WK000103 of layout 2020; WK000105 took in WK000101 and WK000102 whole.
    fn kwb_in(area: &str, layout_year: i64, key: &str, period: &str, value: f64) -> AreaObservation {
        AreaObservation {
            area_code: area.into(),
            layout_year,
            source_table: "85984NED".into(),
            key: key.into(),
            variant: String::new(),
            period: period.into(),
            cell: v(value),
        }
    }

    fn kwb_catalogue() -> Vec<IndicatorRow> {
        let row = |key: &str, unit: &str, compare| IndicatorRow {
            source_table: "85984NED".into(),
            key: key.into(),
            variant: String::new(),
            label: crate::domain::catalogue::Label {
                title: key.into(),
                unit: unit.into(),
                title_en: key.into(),
                unit_en: unit.into(),
                compare,
                reviewed: true,
            },
            classification: Classification {
                theme: Theme::Work,
                polarity: Polarity::HigherIsWorse,
                in_scan: true,
                composition: false,
            },
            periods: vec![],
        };
        vec![
            row("AantalInwoners_5", "", Compare::Count),
            row("GemiddeldInkomenPerInwoner_83", "x 1 000 euro", Compare::Difference),
            row("Nettoarbeidsparticipatie_78", "%", Compare::Difference),
        ]
    }

    fn piece(from: &str, to: &str, share: f64, to_share: f64) -> Piece {
        Piece { from: from.into(), to: to.into(), share, to_share }
    }

    fn old_figures(with_second_basis: bool) -> Vec<AreaObservation> {
        let mut o = vec![
            kwb_in("WK000101", 2016, "AantalInwoners_5", "2016JJ00", 1000.0),
            kwb_in("WK000101", 2016, "GemiddeldInkomenPerInwoner_83", "2016JJ00", 10.0),
            kwb_in("WK000102", 2016, "GemiddeldInkomenPerInwoner_83", "2016JJ00", 30.0),
        ];
        if with_second_basis {
            o.push(kwb_in("WK000102", 2016, "AantalInwoners_5", "2016JJ00", 3000.0));
        }
        o
    }

    #[test]
    fn figures_of_a_redivided_area_are_carried_into_its_new_layout_and_the_redivision_is_marked() {
        let areas = |code| Areas { area: code, municipality: None, country: None };
        let new = |code: &'static str| {
            vec![
                kwb_in(code, 2020, "AantalInwoners_5", "2020JJ00", 1600.0),
                kwb_in(code, 2020, "GemiddeldInkomenPerInwoner_83", "2020JJ00", 20.0),
            ]
        };
        let row_of = |p: &Profile, key: &str| p.rows().find(|r| r.key == key).unwrap().clone();
        // A split: the western half of WK000102 is WK000103.
        let split = Crosswalks {
            into: [((2016, 2020), vec![piece("WK000102", "WK000103", 0.5, 1.0)])].into(),
            observations: old_figures(true),
            ..Crosswalks::default()
        };
        let p = build_in_layout(areas("WK000103"), &new("WK000103"), &kwb_catalogue(), false, &split);
        let people = row_of(&p, "AantalInwoners_5");
        assert_eq!(people.trend.len(), 2, "the period of the old layout joins the trend");
        assert_eq!((people.trend[0].value, people.trend[0].carried_from), (Some(v(1500.0)), Some(2016)));
        assert_eq!(people.trend[1].carried_from, None);
        assert_eq!(people.redivisions(), vec![(0, 1)]);
        assert_eq!(sparkline(&people).unwrap().divisions, vec![120.0], "a mark between the two periods");
        let low = row_of(&p, "GemiddeldInkomenPerInwoner_83");
        assert_eq!(low.trend[0].value, Some(v(30.0)), "a rate of the part is the rate of the old area");
        // A merger: weighted by inhabitants, (10 × 1000 + 30 × 3000) / 4000 = 25, not the mean 20.
        let merged = Crosswalks {
            into: [(
                (2016, 2020),
                vec![piece("WK000101", "WK000105", 1.0, 0.25), piece("WK000102", "WK000105", 1.0, 0.75)],
            )]
            .into(),
            observations: old_figures(true),
            ..Crosswalks::default()
        };
        let p = build_in_layout(areas("WK000105"), &new("WK000105"), &kwb_catalogue(), false, &merged);
        assert_eq!(row_of(&p, "AantalInwoners_5").trend[0].value, Some(v(4000.0)));
        assert_eq!(row_of(&p, "GemiddeldInkomenPerInwoner_83").trend[0].value, Some(v(25.0)));
        // Without the inhabitants of a part: the rate is not comparable, and said so; the count of
        // the part that is known is not passed off as the whole.
        let unknown = Crosswalks { observations: old_figures(false), ..merged.clone() };
        let p = build_in_layout(areas("WK000105"), &new("WK000105"), &kwb_catalogue(), false, &unknown);
        let low = row_of(&p, "GemiddeldInkomenPerInwoner_83");
        assert_eq!((low.trend[0].value, low.trend[0].other_layout), (None, Some(2016)));
        assert_eq!(low.redivisions(), vec![(0, 1)], "the re-division is marked even without a figure before it");
        let people = row_of(&p, "AantalInwoners_5");
        assert_eq!((people.trend[0].value, people.trend[0].other_layout), (None, Some(2016)));
        // A percentage whose basis the catalogue does not name is not comparable across the
        // re-division, even with every part's figure and inhabitants known: no unweighted mean.
        let unnamed = Crosswalks {
            observations: vec![
                kwb_in("WK000101", 2016, "Nettoarbeidsparticipatie_78", "2016JJ00", 60.0),
                kwb_in("WK000102", 2016, "Nettoarbeidsparticipatie_78", "2016JJ00", 70.0),
            ],
            ..merged.clone()
        };
        let new_rate = vec![kwb_in("WK000105", 2020, "Nettoarbeidsparticipatie_78", "2020JJ00", 66.0)];
        let p = build_in_layout(areas("WK000105"), &new_rate, &kwb_catalogue(), false, &unnamed);
        let work = row_of(&p, "Nettoarbeidsparticipatie_78");
        assert_eq!((work.trend[0].value, work.trend[0].other_layout), (None, Some(2016)));
        // Without a crosswalk nothing of the old areas is used.
        let p = build(areas("WK000105"), &new("WK000105"), &kwb_catalogue(), false);
        assert_eq!(row_of(&p, "GemiddeldInkomenPerInwoner_83").trend.len(), 1);
    }

    #[test]
    fn the_editions_of_the_kerncijfers_make_one_trend_in_the_newest_edition_s_layout() {
        let areas = Areas { area: "WK000101", municipality: None, country: None };
        let o = vec![
            AreaObservation {
                source_table: "83487NED".into(),
                ..kwb_in("WK000101", 2016, "AantalInwoners_5", "2016JJ00", 1000.0)
            },
            AreaObservation {
                source_table: "85984NED".into(),
                ..kwb_in("WK000101", 2024, "AantalInwoners_5", "2024JJ00", 1100.0)
            },
        ];
        let same = Crosswalks { same: [(2016, 2024)].into(), ..Crosswalks::default() };
        let p = build_in_layout(areas, &o, &kwb_catalogue(), false, &same);
        let rows: Vec<&ProfileRow> = p.rows().collect();
        assert_eq!(rows.len(), 1, "one row for the indicator, not one per edition");
        assert_eq!((rows[0].source_table.as_str(), rows[0].layout_year), ("85984NED", 2024), "named by the newest");
        let values: Vec<Option<Cell>> = rows[0].trend.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![Some(v(1000.0)), Some(v(1100.0))]);
        assert!(rows[0].redivisions().is_empty(), "the area kept its borders: no mark");
        // Without a crosswalk the older edition's figure is in another layout: left out, and marked.
        let p = build(areas, &o, &kwb_catalogue(), false);
        let row = p.rows().next().unwrap();
        assert_eq!((row.trend[0].value, row.trend[0].other_layout), (None, Some(2016)));
    }

    #[test]
    fn each_figure_stands_next_to_gemeente_and_country_with_a_judged_difference() {
        let o = vec![
            obs("BU05991081", "50090NED", "Eenzaam_28", "2016JJ00", v(58.0)),
            obs("BU05991081", "50090NED", "Eenzaam_28", "2020JJ00", v(61.2)),
            obs("GM0599", "50090NED", "Eenzaam_28", "2020JJ00", v(52.1)),
            obs("NL01", "50090NED", "Eenzaam_28", "2020JJ00", v(46.5)),
            obs("NL01", "50090NED", "Eenzaam_28", "2016JJ00", v(43.8)),
            // Another buurt's figure is ignored.
            obs("BU05991082", "50090NED", "Eenzaam_28", "2020JJ00", v(1.0)),
        ];
        let p = build(AREAS, &o, &catalogue(), false);
        let row = p.rows().next().unwrap();
        assert_eq!(row.period.human(), "2020");
        assert_eq!((row.value, row.municipality, row.country), (v(61.2), Some(v(52.1)), Some(v(46.5))));
        assert_eq!(row.difference, Some(14.7), "rounded to the published precision");
        assert_eq!((row.reference, row.judgement), (Some(Reference::Country), Judgement::Worse));
        assert_eq!(row.variant_label, "18 jaar of ouder");
        assert_eq!(row.source.publisher, "RIVM");
        assert_eq!(row.trend.len(), 2);
        assert_eq!(row.trend[0].municipality, None, "no gemeente figure for 2016");
        assert!(row.has_trend());
    }

    #[test]
    fn a_missing_figure_stays_missing_and_is_not_judged() {
        let o = vec![
            obs("BU05991081", "50090NED", "ErvarenGezondheidGoedZeerGoed_4", "2020JJ00", Cell::Missing('.')),
            obs("NL01", "50090NED", "ErvarenGezondheidGoedZeerGoed_4", "2020JJ00", v(78.4)),
        ];
        let row = build(AREAS, &o, &catalogue(), false).rows().next().unwrap().clone();
        assert_eq!(row.value, Cell::Missing('.'));
        assert_eq!((row.difference, row.judgement), (None, Judgement::None));
        assert!(!row.has_trend());
        assert_eq!(sparkline(&row), None);
    }

    #[test]
    fn higher_is_better_turns_the_judgement_around_and_themes_keep_their_order() {
        let o = vec![
            obs("BU05991081", "50090NED", "ErvarenGezondheidGoedZeerGoed_4", "2020JJ00", v(80.0)),
            obs("NL01", "50090NED", "ErvarenGezondheidGoedZeerGoed_4", "2020JJ00", v(78.4)),
            obs("BU05991081", "50090NED", "Eenzaam_28", "2020JJ00", v(40.0)),
            obs("NL01", "50090NED", "Eenzaam_28", "2020JJ00", v(46.5)),
            obs("BU05991081", "OWN01", "Tevredenheid", "2020JJ00", v(7.0)),
        ];
        let p = build(AREAS, &o, &catalogue(), false);
        let themes: Vec<Theme> = p.sections.iter().map(|s| s.theme).collect();
        let pos = |t| Theme::ALL.iter().position(|x| *x == t).unwrap();
        assert!(pos(themes[0]) < pos(themes[1]) && *themes.last().unwrap() == Theme::Context, "{themes:?}");
        for r in p.rows() {
            let expected = if r.polarity == Polarity::Neutral { Judgement::None } else { Judgement::Better };
            assert_eq!(r.judgement, expected, "{}", r.key);
        }
    }

    #[test]
    fn without_a_national_figure_the_gemeente_is_the_reference() {
        let o = vec![
            obs("WK059910", "OWN01", "Tevredenheid", "2024JJ00", v(7.5)),
            obs("GM0599", "OWN01", "Tevredenheid", "2024JJ00", v(7.0)),
        ];
        let areas = Areas { area: "WK059910", municipality: Some("GM0599"), country: Some("NL01") };
        let row = build(areas, &o, &[], false).rows().next().unwrap().clone();
        assert_eq!((row.reference, row.difference), (Some(Reference::Municipality), Some(0.5)));
        assert_eq!(row.title, "Tevredenheid", "an indicator missing from the catalogue shows its key");
    }

    fn kwb(area: &str, key: &str, value: f64) -> AreaObservation {
        AreaObservation { variant: String::new(), ..obs(area, "85984NED", key, "2024JJ00", v(value)) }
    }

    #[test]
    fn counts_are_shown_not_compared_and_some_are_compared_per_thousand_inhabitants() {
        let o = vec![
            kwb("WK059910", "AantalInwoners_5", 79_440.0),
            kwb("GM0599", "AantalInwoners_5", 670_610.0),
            kwb("WK059910", "Woningvoorraad_35", 37_391.0),
            kwb("GM0599", "Woningvoorraad_35", 324_597.0),
            kwb("WK059910", "Mannen_6", 39_315.0),
            kwb("GM0599", "Mannen_6", 332_267.0),
        ];
        let areas = Areas { area: "WK059910", municipality: Some("GM0599"), country: Some("NL01") };
        let p = build(areas, &o, &[], false);
        let row = |key: &str| p.rows().find(|r| r.key == key).unwrap().clone();
        let people = row("AantalInwoners_5");
        assert_eq!((people.title.as_str(), people.unit.as_str()), ("Aantal inwoners", ""));
        assert_eq!((people.difference, people.reference), (None, None), "a buurt is smaller than its gemeente");
        assert_eq!(row("Mannen_6").title, "Mannen");
        let homes = row("Woningvoorraad_35");
        assert_eq!(homes.per_thousand, Some([Some(470.7), Some(484.0), None]));
        assert_eq!((homes.reference, homes.difference), (Some(Reference::Municipality), Some(-13.3)));
        let english = build(areas, &o, &[], true);
        assert_eq!(english.rows().find(|r| r.key == "Woningvoorraad_35").unwrap().title, "Housing stock");
    }

    #[test]
    fn outdated_classifications_are_left_out() {
        let o = vec![
            AreaObservation {
                variant: String::new(),
                ..obs("WK059910", "GGD-wijk-2016", "% niet-westers allochtonen", "2016JJ00", v(58.0))
            },
            AreaObservation {
                variant: String::new(),
                ..obs("WK059910", "GGD-wijk-2016", "% eenzaam*", "2016JJ00", v(59.0))
            },
        ];
        let areas = Areas { area: "WK059910", municipality: Some("GM0599"), country: Some("NL01") };
        let titles: Vec<String> = build(areas, &o, &[], false).rows().map(|r| r.title.clone()).collect();
        assert_eq!(titles, vec!["Eenzaam (19 jaar of ouder)".to_string()]);
    }

    #[test]
    fn the_trend_chart_spans_the_lowest_to_the_highest_figure_of_all_lines() {
        let o = vec![
            obs("BU05991081", "50090NED", "Eenzaam_28", "2012JJ00", v(50.0)),
            obs("BU05991081", "50090NED", "Eenzaam_28", "2016JJ00", Cell::Missing('.')),
            obs("BU05991081", "50090NED", "Eenzaam_28", "2020JJ00", v(60.0)),
            obs("NL01", "50090NED", "Eenzaam_28", "2020JJ00", v(40.0)),
        ];
        let row = build(AREAS, &o, &catalogue(), false).rows().next().unwrap().clone();
        let chart = sparkline(&row).unwrap();
        assert_eq!((chart.min, chart.max), (40.0, 60.0));
        assert_eq!(chart.lines.len(), 2, "no gemeente line without gemeente figures");
        let area = &chart.lines[0];
        assert_eq!(area.series, "area");
        assert_eq!(area.dots.len(), 2, "the missing 2016 figure is a gap, not a zero");
        let top = f64::from(SPARK_HEIGHT) - PAD;
        assert_eq!(area.dots[0], (PAD, 32.0), "50 lies halfway between 40 and 60");
        assert_eq!(chart.lines[1].dots, vec![(f64::from(SPARK_WIDTH) - PAD, top)], "the lowest figure at the bottom");
    }
}
