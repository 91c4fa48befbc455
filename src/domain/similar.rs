//! Similar areas (issue 18 item 2): for an area, the areas of the same level elsewhere in the
//! country that are most alike in their *context* — how urban, how large, what housing, what age
//! structure — never in the conditions the scan judges (income, health, loneliness). A process lead
//! in Heerlen then compares a buurt with buurten like it, not only with the Netherlands or the
//! gemeente.
//!
//! Method: every context feature is standardised over all areas of the level that have every
//! feature (value minus the median, divided by 1.4826 × the median absolute deviation, as the scan
//! does), and the distance of two areas is the root of the mean squared difference of their
//! standardised features. The `k` nearest are the area's similar areas (default 50); ties are
//! broken by code so the list is reproducible. An area that lacks a feature has no similar areas
//! (and says so); it is never compared on fewer features than the others.

use super::catalogue::{ContextHow, context_columns, has_stem};
use super::statistics::Cell;
use std::collections::HashMap;

/// How many similar areas an area gets by default.
pub const DEFAULT_K: usize = 50;

/// One area's context: its features in the order of the feature list.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub code: String,
    pub features: Vec<Option<f64>>,
}

/// A similar area and how far it is (0 = the same context).
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    pub code: String,
    pub distance: f64,
}

/// Why an area has no similar areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoNeighbours {
    /// The area lacks one or more context features.
    MissingFeature,
    /// Fewer than two areas have every feature.
    TooFewAreas,
}

/// The median and robust spread of each feature over the complete areas; `None` for a feature
/// without spread (every area alike: it cannot tell areas apart and is left out).
fn scales(complete: &[&Context], features: usize) -> Vec<Option<(f64, f64)>> {
    (0..features)
        .map(|f| {
            let values: Vec<f64> = complete.iter().filter_map(|c| c.features[f]).collect();
            super::scan::centre_and_spread(&values)
        })
        .collect()
}

/// The `k` areas most like each area of `areas` (all of one level), nearest first.
pub fn nearest(areas: &[Context], k: usize) -> HashMap<String, Result<Vec<Neighbour>, NoNeighbours>> {
    rank(areas, &|_| true, k)
}

/// The `k` areas most like `code` among `areas` (all of one level), nearest first; `None` when
/// `code` is not among them.
pub fn nearest_to(areas: &[Context], code: &str, k: usize) -> Option<Result<Vec<Neighbour>, NoNeighbours>> {
    rank(areas, &|c| c == code, k).remove(code)
}

/// `nearest` for the areas `wanted` picks, standardised over all.
fn rank(
    areas: &[Context],
    wanted: &dyn Fn(&str) -> bool,
    k: usize,
) -> HashMap<String, Result<Vec<Neighbour>, NoNeighbours>> {
    let features = areas.first().map_or(0, |a| a.features.len());
    let complete: Vec<&Context> =
        areas.iter().filter(|a| a.features.len() == features && a.features.iter().all(Option::is_some)).collect();
    let scale = scales(&complete, features);
    let used: Vec<usize> = (0..features).filter(|f| scale[*f].is_some()).collect();
    let standardised: Vec<Vec<f64>> = complete
        .iter()
        .map(|a| {
            used.iter()
                .map(|&f| {
                    let (centre, spread) = scale[f].unwrap_or((0.0, 1.0));
                    (a.features[f].unwrap_or(centre) - centre) / spread
                })
                .collect()
        })
        .collect();
    let mut out = HashMap::new();
    for a in areas.iter().filter(|a| wanted(&a.code)) {
        let Some(me) = complete.iter().position(|c| c.code == a.code) else {
            out.insert(a.code.clone(), Err(NoNeighbours::MissingFeature));
            continue;
        };
        if complete.len() < 2 || used.is_empty() {
            out.insert(a.code.clone(), Err(NoNeighbours::TooFewAreas));
            continue;
        }
        let mut others: Vec<Neighbour> = complete
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != me)
            .map(|(i, c)| {
                let sum: f64 =
                    standardised[me].iter().zip(&standardised[i]).map(|(x, y)| (x - y) * (x - y)).sum::<f64>();
                Neighbour { code: c.code.clone(), distance: (sum / used.len() as f64).sqrt() }
            })
            .collect();
        others.sort_by(|x, y| x.distance.total_cmp(&y.distance).then_with(|| x.code.cmp(&y.code)));
        others.truncate(k);
        out.insert(a.code.clone(), Ok(others));
    }
    out
}

/// The context of every area of one edition of the Kerncijfers (`records`: code and its cells,
/// variant-free), on the catalogue's context columns (catalogue/context.csv) that the edition has
/// for at least nine in ten of its areas: the columns used (keys) and each area's features.
pub fn contexts(records: &[(String, Vec<(String, Cell)>)]) -> (Vec<&'static str>, Vec<Context>) {
    let value = |cells: &[(String, Cell)], key: &str| {
        cells.iter().find(|(k, _)| has_stem(k, key)).and_then(|(_, c)| match c {
            Cell::Value { value, .. } => Some(*value),
            _ => None,
        })
    };
    let feature = |cells: &[(String, Cell)], key: &str, how: ContextHow| -> Option<f64> {
        let v = value(cells, key)?;
        match how {
            ContextHow::Value => Some(v),
            ContextHow::Log => (v > 0.0).then(|| v.ln()),
            ContextHow::PerInhabitant => value(cells, "AantalInwoners").filter(|n| *n > 0.0).map(|n| v / n),
        }
    };
    let used: Vec<(&'static str, ContextHow)> = context_columns()
        .into_iter()
        .filter(|(key, how)| {
            let have = records.iter().filter(|(_, cells)| feature(cells, key, *how).is_some()).count();
            !records.is_empty() && have * 10 >= records.len() * 9
        })
        .collect();
    let areas = records
        .iter()
        .map(|(code, cells)| Context {
            code: code.clone(),
            features: used.iter().map(|(key, how)| feature(cells, key, *how)).collect(),
        })
        .collect();
    (used.into_iter().map(|(k, _)| k).collect(), areas)
}

/// The typical figure of the similar areas: the median of those that have one, and how many do.
pub fn median_of(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(code: &str, features: &[Option<f64>]) -> Context {
        Context { code: code.into(), features: features.to_vec() }
    }

    #[test]
    fn the_nearest_areas_are_those_alike_in_every_feature_ties_by_code() {
        // Density and share of rented dwellings; areas 1–3 urban and rented, 4–6 rural and owned.
        let areas = vec![
            area("WK000101", &[Some(6000.0), Some(80.0)]),
            area("WK000102", &[Some(5800.0), Some(78.0)]),
            area("WK000103", &[Some(6200.0), Some(82.0)]),
            area("WK000104", &[Some(300.0), Some(20.0)]),
            area("WK000105", &[Some(350.0), Some(22.0)]),
            area("WK000106", &[Some(320.0), Some(18.0)]),
            area("WK000107", &[None, Some(50.0)]),
        ];
        let near = nearest(&areas, 2);
        let codes = |c: &str| near[c].as_ref().unwrap().iter().map(|n| n.code.clone()).collect::<Vec<_>>();
        assert_eq!(codes("WK000101"), ["WK000102", "WK000103"]);
        assert_eq!(codes("WK000104"), ["WK000106", "WK000105"]);
        assert_eq!(near["WK000107"], Err(NoNeighbours::MissingFeature), "never on fewer features");
        // By hand, over the six complete areas: medians (350 + 5800) / 2 = 3075 and 50; absolute
        // deviations 2725 2725 2755 2775 2925 3125 and 28 28 30 30 32 32, so MADs 2765 and 30.
        // 101 vs 102: ((200 / (1.4826 × 2765))² + (2 / (1.4826 × 30))²) / 2, rooted.
        let d = |a: f64, mad: f64| a / (1.4826 * mad);
        let by_hand = ((d(200.0, 2765.0).powi(2) + d(2.0, 30.0).powi(2)) / 2.0).sqrt();
        let got = &near["WK000101"].as_ref().unwrap()[0];
        assert!((got.distance - by_hand).abs() < 1e-12, "{} vs {by_hand}", got.distance);
        // One area at a time gives the same list, standardised over all.
        assert_eq!(nearest_to(&areas, "WK000101", 2), Some(near["WK000101"].clone()));
        assert_eq!(nearest_to(&areas, "WK000199", 2), None);
    }

    #[test]
    fn a_feature_without_spread_is_left_out_and_too_few_areas_say_so() {
        let alike = vec![
            area("BU1", &[Some(1.0), Some(10.0)]),
            area("BU2", &[Some(1.0), Some(12.0)]),
            area("BU3", &[Some(1.0), Some(30.0)]),
        ];
        let near = nearest(&alike, 5);
        assert_eq!(near["BU1"].as_ref().unwrap()[0].code, "BU2", "decided by the feature that differs");
        let one = vec![area("BU1", &[Some(1.0)])];
        assert_eq!(nearest(&one, 5)["BU1"], Err(NoNeighbours::TooFewAreas));
    }

    #[test]
    fn an_editions_context_uses_the_columns_most_areas_have_per_inhabitant_where_the_catalogue_says() {
        let v = |value: f64| Cell::Value { value, symbol: None };
        let record = |code: &str, inhabitants: f64, dwellings: f64, density: Option<f64>| {
            let mut cells =
                vec![("AantalInwoners_5".to_string(), v(inhabitants)), ("Woningvoorraad_35".to_string(), v(dwellings))];
            if let Some(d) = density {
                cells.push(("Bevolkingsdichtheid_34".to_string(), v(d)));
            }
            (code.to_string(), cells)
        };
        let records =
            vec![record("WK000101", 1000.0, 500.0, Some(4000.0)), record("WK000102", 2000.0, 800.0, Some(5000.0))];
        let (used, areas) = contexts(&records);
        assert_eq!(used, ["Bevolkingsdichtheid", "AantalInwoners", "Woningvoorraad"]);
        assert_eq!(areas[0].features, [Some(4000.0), Some(1000f64.ln()), Some(0.5)]);
        // A column one area in two lacks is not used for any.
        let records = vec![record("WK000101", 1000.0, 500.0, Some(4000.0)), record("WK000102", 2000.0, 800.0, None)];
        assert_eq!(contexts(&records).0, ["AantalInwoners", "Woningvoorraad"]);
        assert_eq!(median_of(&mut [3.0, 1.0, 2.0, 10.0]), Some(2.5));
        assert_eq!(median_of(&mut []), None);
    }
}
