//! The programme area: the figures of several areas (a programme's wijken or buurten) taken
//! together as one. A count is the sum of its parts; a percentage, rate or average is weighted by
//! the count the catalogue names as its basis (catalogue/bases.csv: inhabitants, households,
//! dwellings), never an unweighted mean of percentages. A figure is left out — and the reason is
//! said — when a part has no published figure (missing, suppressed, confidential), when the
//! catalogue names no basis or a part lacks it, or when the parts' figures are in different
//! region layouts. Pure: the store supplies the observations.

use super::catalogue::{Compare, basis_key, has_stem, indicator_ref, label};
use super::programme::AreaCode;
use super::statistics::{AreaObservation, Cell};
use std::collections::BTreeMap;

/// The goal's `area_code` that means "the programme's whole area" (the union of its areas).
pub const PROGRAMME_AREA: &str = "programma";

/// Why a figure of the programme area is not given.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum LeftOut {
    /// An area has no figure of this period (not published, or not for this level).
    NotPublished { area: String },
    /// An area's figure is withheld: `.` missing or suppressed, `x` confidential, `?` unreliable.
    Withheld { area: String, symbol: char },
    /// A percentage or average whose basis the catalogue does not name (for RIVM's health figures
    /// the adults of 18 or 65 and over, which no imported table counts): it cannot be weighted.
    NoBasis,
    /// The basis is named, but an area has no figure of it in the same table and period.
    BasisMissing { area: String },
    /// The areas' figures are in different region layouts: they are not added up.
    Layouts,
}

impl LeftOut {
    /// The message key that says it, with its argument.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            LeftOut::NotPublished { area } => ("union-left-not-published", vec![("area", area.clone())]),
            LeftOut::Withheld { area, symbol } => {
                ("union-left-withheld", vec![("area", area.clone()), ("symbol", symbol.to_string())])
            }
            LeftOut::NoBasis => ("union-left-no-basis", vec![]),
            LeftOut::BasisMissing { area } => ("union-left-basis-missing", vec![("area", area.clone())]),
            LeftOut::Layouts => ("union-left-layouts", vec![]),
        }
    }
}

/// One indicator (and variant) that has no figure of the programme area in any period, with why
/// (the reason of its latest period).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Omission {
    pub source_table: String,
    pub key: String,
    pub variant: String,
    pub period: String,
    #[serde(flatten)]
    pub why: LeftOut,
}

/// The programme area's figures: observations of the area `code`, as the profile and the goals
/// read any area's, and the indicators that could not be combined.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Union {
    pub observations: Vec<AreaObservation>,
    pub omitted: Vec<Omission>,
}

/// The areas a union is made of: the programme's areas without those that lie in another of them
/// (a buurt of a wijk that is itself a part), so that nothing is counted twice; sorted.
pub fn parts<'a>(areas: impl IntoIterator<Item = &'a AreaCode>) -> Vec<String> {
    let areas: Vec<&AreaCode> = areas.into_iter().collect();
    let within = |a: &AreaCode| {
        let mut up = a.parent();
        while let Some(p) = up {
            if areas.contains(&&p) {
                return true;
            }
            up = p.parent();
        }
        false
    };
    let mut out: Vec<String> = areas.iter().filter(|a| !within(a)).map(|a| a.as_str().to_string()).collect();
    out.sort();
    out.dedup();
    out
}

/// The yearly values of one indicator (and variant: empty for the first) of a union's figures,
/// in the newest layout they have and older ones in which every part kept its borders (`same`:
/// pairs of layouts, older first) — as `monitoring::catalogue_series` gives them for one area.
pub fn series(
    union: &Union,
    same: &std::collections::HashSet<(i64, i64)>,
    reference: &str,
    variant: &str,
) -> Vec<(i64, f64)> {
    let newest = super::monitoring::newest_layout(&union.observations, reference);
    super::monitoring::catalogue_series(&union.observations, reference, variant, &|y| {
        newest.is_some_and(|n| same.contains(&(y, n)))
    })
}

/// The cell of one part of one figure: the newest layout's when two editions share a period.
type PartCells<'a> = BTreeMap<&'a str, &'a AreaObservation>;

/// Combine the figures of `parts` (area codes) among `observations` into figures of the area
/// `code`. Observations of other areas are ignored.
pub fn combine(code: &str, parts: &[String], observations: &[AreaObservation]) -> Union {
    let is_part = |a: &str| parts.iter().any(|p| p == a);
    // (indicator, variant, period) → part → cell.
    let mut figures: BTreeMap<(String, &str, &str), PartCells<'_>> = BTreeMap::new();
    for o in observations.iter().filter(|o| is_part(&o.area_code)) {
        let cells = figures.entry((indicator_ref(&o.source_table, &o.key), &o.variant, &o.period)).or_default();
        match cells.get(o.area_code.as_str()) {
            Some(had) if had.layout_year >= o.layout_year => {}
            _ => {
                cells.insert(&o.area_code, o);
            }
        }
    }
    // The basis of a part: its figure of `basis` in `table`, all people (no variant), `period`.
    let basis_of = |part: &str, table: &str, basis: &str, period: &str| -> Option<f64> {
        observations
            .iter()
            .find(|o| {
                o.area_code == part
                    && o.source_table == table
                    && o.variant.is_empty()
                    && o.period == period
                    && has_stem(&o.key, basis)
            })
            .and_then(|o| match o.cell {
                Cell::Value { value, .. } => Some(value),
                _ => None,
            })
    };
    let mut union = Union::default();
    // The latest reason per indicator, kept only when no period could be combined.
    let mut reasons: BTreeMap<(String, &str), Omission> = BTreeMap::new();
    let mut combined: std::collections::BTreeSet<(String, &str)> = Default::default();
    for ((reference, variant, period), cells) in &figures {
        let Some(first) = cells.values().next() else { continue };
        let compare = label(&first.source_table, &first.key, "", "").compare;
        if compare == Compare::Hidden {
            continue;
        }
        let result = figure(parts, cells, compare, &|part, o| {
            basis_key(&o.source_table, &o.key).map(|b| basis_of(part, &o.source_table, b, period))
        });
        match result {
            Ok((value, symbol)) => {
                combined.insert((reference.clone(), variant));
                union.observations.push(AreaObservation {
                    area_code: code.to_string(),
                    layout_year: first.layout_year,
                    source_table: first.source_table.clone(),
                    key: first.key.clone(),
                    variant: variant.to_string(),
                    period: period.to_string(),
                    cell: Cell::Value { value, symbol },
                });
            }
            Err(why) => {
                reasons.insert(
                    (reference.clone(), variant),
                    Omission {
                        source_table: first.source_table.clone(),
                        key: first.key.clone(),
                        variant: variant.to_string(),
                        period: period.to_string(),
                        why,
                    },
                );
            }
        }
    }
    union.omitted = reasons.into_iter().filter(|(k, _)| !combined.contains(k)).map(|(_, o)| o).collect();
    union
}

/// The basis of a part's figure: `None` when the catalogue names none for the figure,
/// `Some(None)` when it names one the part has no figure of.
type BasisOf<'a> = dyn Fn(&str, &AreaObservation) -> Option<Option<f64>> + 'a;

/// One figure of the union from the cells of its parts, or why it cannot be given.
fn figure(
    parts: &[String],
    cells: &PartCells<'_>,
    compare: Compare,
    basis_of: &BasisOf<'_>,
) -> Result<(f64, Option<char>), LeftOut> {
    let mut values: Vec<(&str, &AreaObservation, f64)> = Vec::with_capacity(parts.len());
    for part in parts {
        let Some(o) = cells.get(part.as_str()) else { return Err(LeftOut::NotPublished { area: part.clone() }) };
        match o.cell {
            Cell::Value { value, .. } => values.push((part, o, value)),
            Cell::Missing(symbol) => return Err(LeftOut::Withheld { area: part.clone(), symbol }),
            Cell::NotMeasured => return Err(LeftOut::NotPublished { area: part.clone() }),
        }
    }
    let Some(&(_, first, _)) = values.first() else { return Err(LeftOut::NoBasis) };
    // One area is its own union: its figure as published, whatever its basis.
    if let [(_, only, _)] = values[..]
        && let Cell::Value { value, symbol } = only.cell
    {
        return Ok((value, symbol));
    }
    if values.iter().any(|(_, o, _)| o.layout_year != first.layout_year) {
        return Err(LeftOut::Layouts);
    }
    // Provisional when any part is.
    let symbol = values.iter().any(|(_, o, _)| matches!(o.cell, Cell::Value { symbol: Some('*'), .. })).then_some('*');
    let places = values.iter().map(|(_, _, v)| super::profile::decimals(*v)).max().unwrap_or(0).min(6) as i32;
    let round = |v: f64| {
        let f = 10f64.powi(places);
        (v * f).round() / f
    };
    match compare {
        Compare::Count | Compare::PerThousand => Ok((round(values.iter().map(|(_, _, v)| v).sum()), symbol)),
        Compare::Difference => {
            let (mut num, mut den) = (0.0, 0.0);
            for (part, o, v) in &values {
                match basis_of(part, o) {
                    None => return Err(LeftOut::NoBasis),
                    Some(None) => return Err(LeftOut::BasisMissing { area: part.to_string() }),
                    Some(Some(w)) => {
                        num += v * w;
                        den += w;
                    }
                }
            }
            if den <= 0.0 {
                return Err(LeftOut::BasisMissing { area: first.area_code.clone() });
            }
            Ok((round(num / den), symbol))
        }
        Compare::Hidden => Err(LeftOut::NoBasis),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(area: &str, table: &str, key: &str, variant: &str, period: &str, cell: Cell) -> AreaObservation {
        AreaObservation {
            area_code: area.into(),
            layout_year: 2024,
            source_table: table.into(),
            key: key.into(),
            variant: variant.into(),
            period: period.into(),
            cell,
        }
    }

    fn v(value: f64) -> Cell {
        Cell::Value { value, symbol: None }
    }

    fn parts() -> Vec<String> {
        vec!["WK000101".into(), "WK000102".into()]
    }

    fn value_of(u: &Union, key: &str) -> Option<f64> {
        u.observations.iter().find(|o| has_stem(&o.key, key)).and_then(|o| match o.cell {
            Cell::Value { value, .. } => Some(value),
            _ => None,
        })
    }

    #[test]
    fn counts_are_summed_and_percentages_weighted_by_their_basis_never_averaged() {
        let t = "85984NED";
        let observations = vec![
            obs("WK000101", t, "AantalInwoners_5", "", "2024JJ00", v(1000.0)),
            obs("WK000102", t, "AantalInwoners_5", "", "2024JJ00", v(3000.0)),
            obs("WK000101", t, "Woningvoorraad_35", "", "2024JJ00", v(400.0)),
            obs("WK000102", t, "Woningvoorraad_35", "", "2024JJ00", v(1600.0)),
            obs("WK000101", t, "Koopwoningen_47", "", "2024JJ00", v(10.0)),
            obs("WK000102", t, "Koopwoningen_47", "", "2024JJ00", v(40.0)),
            // Another area's figures do not count.
            obs("WK000199", t, "AantalInwoners_5", "", "2024JJ00", v(99.0)),
        ];
        let u = combine(PROGRAMME_AREA, &parts(), &observations);
        assert_eq!(value_of(&u, "AantalInwoners"), Some(4000.0));
        assert_eq!(value_of(&u, "Woningvoorraad"), Some(2000.0));
        // (10 × 400 + 40 × 1600) / 2000 = 34, not the mean 25.
        assert_eq!(value_of(&u, "Koopwoningen"), Some(34.0));
        assert!(u.observations.iter().all(|o| o.area_code == PROGRAMME_AREA));
        assert!(u.omitted.is_empty());
    }

    #[test]
    fn a_suppressed_part_or_an_unknown_basis_leaves_the_figure_out_and_says_why() {
        let t = "85984NED";
        let observations = vec![
            obs("WK000101", t, "AantalInwoners_5", "", "2024JJ00", v(1000.0)),
            obs("WK000102", t, "AantalInwoners_5", "", "2024JJ00", Cell::Missing('x')),
            obs("WK000101", t, "Woningvoorraad_35", "", "2024JJ00", v(400.0)),
            obs("WK000102", t, "Woningvoorraad_35", "", "2024JJ00", v(1600.0)),
            // Basis named (inhabitants), but one part's inhabitants are confidential.
            obs("WK000101", t, "GemiddeldInkomenPerInwoner_72", "", "2024JJ00", v(30.0)),
            obs("WK000102", t, "GemiddeldInkomenPerInwoner_72", "", "2024JJ00", v(20.0)),
            // No basis named: RIVM's percentages of adults.
            obs("WK000101", "50090NED", "Eenzaam_28", "Leeftijd=20300", "2020", v(40.0)),
            obs("WK000102", "50090NED", "Eenzaam_28", "Leeftijd=20300", "2020", v(60.0)),
            // One part not published at all.
            obs("WK000101", t, "WmoClienten_91", "", "2024JJ00", v(50.0)),
        ];
        let u = combine(PROGRAMME_AREA, &parts(), &observations);
        let why = |key: &str| u.omitted.iter().find(|o| has_stem(&o.key, key)).map(|o| o.why.clone());
        assert_eq!(why("AantalInwoners"), Some(LeftOut::Withheld { area: "WK000102".into(), symbol: 'x' }));
        assert_eq!(why("GemiddeldInkomenPerInwoner"), Some(LeftOut::BasisMissing { area: "WK000102".into() }));
        assert_eq!(why("Eenzaam"), Some(LeftOut::NoBasis));
        assert_eq!(why("WmoClienten"), Some(LeftOut::NotPublished { area: "WK000102".into() }));
        assert_eq!(value_of(&u, "Woningvoorraad"), Some(2000.0));
        for key in ["AantalInwoners", "GemiddeldInkomenPerInwoner", "Eenzaam", "WmoClienten"] {
            assert_eq!(value_of(&u, key), None, "{key} is never guessed");
        }
    }

    #[test]
    fn a_figure_combined_in_one_period_is_not_omitted_for_another_and_layouts_are_not_mixed() {
        let t = "85984NED";
        let mut older = obs("WK000102", t, "AantalInwoners_5", "", "2020JJ00", v(3000.0));
        older.layout_year = 2020;
        let observations = vec![
            obs("WK000101", t, "AantalInwoners_5", "", "2024JJ00", v(1000.0)),
            obs("WK000102", t, "AantalInwoners_5", "", "2024JJ00", v(3000.0)),
            obs("WK000101", t, "AantalInwoners_5", "", "2020JJ00", v(900.0)),
            older,
            obs("WK000101", t, "Woningvoorraad_35", "", "2020JJ00", v(400.0)),
            {
                let mut o = obs("WK000102", t, "Woningvoorraad_35", "", "2020JJ00", v(1600.0));
                o.layout_year = 2020;
                o
            },
        ];
        let u = combine(PROGRAMME_AREA, &parts(), &observations);
        let periods: Vec<&str> =
            u.observations.iter().filter(|o| has_stem(&o.key, "AantalInwoners")).map(|o| o.period.as_str()).collect();
        assert_eq!(periods, vec!["2024JJ00"], "2020 is in two layouts");
        assert_eq!(u.omitted.len(), 1);
        assert_eq!(u.omitted[0].why, LeftOut::Layouts);
        assert!(has_stem(&u.omitted[0].key, "Woningvoorraad"));
    }

    #[test]
    fn a_programme_of_one_area_has_that_areas_figures() {
        let observations = vec![obs("WK000101", "50090NED", "Eenzaam_28", "Leeftijd=20300", "2020", v(40.0))];
        let u = combine(PROGRAMME_AREA, &parts()[..1], &observations);
        assert_eq!(value_of(&u, "Eenzaam"), Some(40.0));
    }

    #[test]
    fn an_area_within_another_part_is_not_counted_twice() {
        let codes: Vec<AreaCode> =
            ["WK059910", "BU05991001", "WK059915", "BU05991201"].iter().map(|c| AreaCode::parse(c).unwrap()).collect();
        assert_eq!(super::parts(&codes), vec!["BU05991201", "WK059910", "WK059915"]);
    }

    #[test]
    fn the_result_is_as_precise_as_its_parts_and_provisional_when_one_is() {
        let t = "85984NED";
        let observations = vec![
            obs("WK000101", t, "AantalInwoners_5", "", "2024JJ00", v(1000.0)),
            obs("WK000102", t, "AantalInwoners_5", "", "2024JJ00", v(2000.0)),
            obs("WK000101", t, "GemiddeldInkomenPerInwoner_72", "", "2024JJ00", v(30.1)),
            obs(
                "WK000102",
                t,
                "GemiddeldInkomenPerInwoner_72",
                "",
                "2024JJ00",
                Cell::Value { value: 20.0, symbol: Some('*') },
            ),
        ];
        let u = combine(PROGRAMME_AREA, &parts(), &observations);
        // (30.1 × 1000 + 20 × 2000) / 3000 = 23.3666… → 23.4 (one decimal, as published).
        let income = u.observations.iter().find(|o| has_stem(&o.key, "GemiddeldInkomenPerInwoner")).unwrap();
        assert_eq!(income.cell, Cell::Value { value: 23.4, symbol: Some('*') });
    }
}
