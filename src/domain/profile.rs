//! The neighbourhood profile: every figure of an area next to its gemeente and the Netherlands,
//! with the difference, the trend over the periods present, and where each figure comes from.
//! Pure: the store supplies the observations, the web layer renders.

use super::catalogue::{Compare, Polarity, Source, Theme, has_stem, inhabitants_key, label, source, variant_label};
use super::statistics::{AreaObservation, Cell, IndicatorRow, Period};
use std::collections::{BTreeMap, HashMap};

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
    /// The indicator is neutral (no better or worse), or a figure is missing.
    None,
}

/// One period of an indicator's trend: the area, its gemeente and the country.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub period: Period,
    pub value: Option<Cell>,
    /// The area's figure of this period is in another region layout, and no crosswalk says the
    /// area kept its borders: left out (`value` is `None`), never joined on the code.
    pub other_layout: Option<i64>,
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

/// Build the profile of `areas.area` from the observations of the area, its gemeente and the
/// country (any order), described by the indicator catalogue.
pub fn build(areas: Areas<'_>, observations: &[AreaObservation], catalogue: &[IndicatorRow], english: bool) -> Profile {
    build_in_layout(areas, observations, catalogue, english, &|_, _| false)
}

/// `build`, where `same_area(older, newer)` says that the area kept its borders between two region
/// layouts (a stored crosswalk): only then is a figure of an older layout part of the trend.
pub fn build_in_layout(
    areas: Areas<'_>,
    observations: &[AreaObservation],
    catalogue: &[IndicatorRow],
    english: bool,
    same_area: &dyn Fn(i64, i64) -> bool,
) -> Profile {
    let meta: HashMap<IndicatorKey, &IndicatorRow> =
        catalogue.iter().map(|i| ((i.source_table.clone(), i.key.clone(), i.variant.clone()), i)).collect();
    // Per indicator: period → (area, gemeente, country) cells, and the area's layout year.
    #[allow(clippy::type_complexity)]
    let mut by_indicator: BTreeMap<IndicatorKey, (BTreeMap<String, [Option<Cell>; 3]>, i64)> = BTreeMap::new();
    // The layout of the area's own figure per indicator and period.
    let mut area_layouts: HashMap<(IndicatorKey, String), i64> = HashMap::new();
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
        let entry = by_indicator.entry((o.source_table.clone(), o.key.clone(), o.variant.clone())).or_default();
        entry.0.entry(o.period.clone()).or_default()[slot] = Some(o.cell);
        if slot == 0 {
            area_layouts
                .insert(((o.source_table.clone(), o.key.clone(), o.variant.clone()), o.period.clone()), o.layout_year);
        }
    }
    // Inhabitants per slot and period, for counts compared per 1.000 inhabitants.
    let mut inhabitants: HashMap<(String, String, usize), f64> = HashMap::new();
    for ((table, key, variant), (periods, _)) in &by_indicator {
        if variant.is_empty() && inhabitants_key(table).is_some_and(|k| has_stem(key, k)) {
            for (period, cells) in periods {
                for (slot, c) in cells.iter().enumerate() {
                    if let Some(Cell::Value { value, .. }) = c {
                        inhabitants.insert((table.clone(), period.clone(), slot), *value);
                    }
                }
            }
        }
    }
    let mut sections: BTreeMap<usize, Vec<ProfileRow>> = BTreeMap::new();
    for ((table, key, variant), (periods, _)) in by_indicator {
        // Only what the area itself has a cell for; the latest such period is the headline.
        let Some((latest, cells)) = periods.iter().rev().find(|(_, c)| c[0].is_some()) else { continue };
        let indicator = (table.clone(), key.clone(), variant.clone());
        let layout_of = |period: &str| area_layouts.get(&(indicator.clone(), period.to_string())).copied();
        let layout_year = layout_of(latest).unwrap_or(0);
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
                let people = inhabitants.get(&(table.clone(), latest.clone(), slot)).copied().filter(|p| *p > 0.0)?;
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
        let (title, unit) = (labels.title(english).to_string(), labels.unit(english).to_string());
        let trend = periods
            .iter()
            .filter_map(|(p, c)| {
                let other = layout_of(p).filter(|y| *y != layout_year && !same_area(*y, layout_year));
                Some(TrendPoint {
                    period: Period::from_statline(p)?,
                    value: if other.is_some() { None } else { c[0] },
                    other_layout: other,
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
            judgement: judge(polarity, difference),
            trend,
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
    Some(Sparkline { width: SPARK_WIDTH, height: SPARK_HEIGHT, lines, min, max })
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
        let kept = build_in_layout(AREAS, &o, &catalogue(), false, &|a, b| (a, b) == (2016, 2020));
        let row = kept.rows().next().unwrap();
        assert_eq!(
            (row.trend[0].value, row.trend[0].other_layout),
            (Some(v(58.0)), None),
            "a crosswalk says: same area"
        );
        assert!(row.has_trend());
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
