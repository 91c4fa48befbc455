//! Boundary crosswalks: how the areas of one region layout (a year of the CBS wijk- en buurtkaart)
//! are divided over the areas of another. CBS redraws buurten and wijken every year; a trend that
//! joins figures on the area code alone runs straight through a re-division as if nothing changed.
//!
//! For every area of the old layout the crosswalk gives the share of its surface that lies in each
//! area of the new layout (intersections in RD New metres, with the geo crate's boolean operations),
//! and the share of the new area that comes from it. Counts are carried over by these shares;
//! percentages and averages are re-weighted by their population basis; without a basis a figure of a
//! changed area is "niet vergelijkbaar". Where the population of the parts is known (a population
//! grid, address counts) it is the better weight; with surface only, the crosswalk says so.

use super::catalogue::{Compare, basis_key, has_stem, indicator_ref};
use super::statistics::{AreaObservation, Cell};
use geo::{Area, BooleanOps, BoundingRect, Intersects, MultiPolygon, Rect};
use std::collections::HashMap;

/// Pieces smaller than this share of both areas are slivers of two drawings of the same line
/// (simplified boundaries differ by metres), not a re-division.
pub const SLIVER: f64 = 0.002;
/// An area is unchanged when this share of it lies in the area of the same code, and that area
/// comes from it for this share too.
pub const UNCHANGED: f64 = 0.98;
/// A new area's figure is carried over only when the old areas cover at least this share of it
/// (the rest is land the old map did not have, or two simplified drawings of one border).
pub const COVERED: f64 = 0.95;

/// One piece: `share` of `from` lies in `to`, and makes up `to_share` of `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub from: String,
    pub to: String,
    pub share: f64,
    pub to_share: f64,
}

/// What happened to an area of the old layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// The same code covers (nearly) the same surface.
    Unchanged,
    /// Its surface went to several new areas.
    Split,
    /// It went (nearly) whole into a new area that took in other areas too.
    Merged,
    /// Otherwise redrawn (a border moved, a code changed).
    Redrawn,
    /// No new area covers it (outside the new map, e.g. a gemeente left out).
    Gone,
}

impl Change {
    pub fn key(self) -> &'static str {
        match self {
            Change::Unchanged => "ongewijzigd",
            Change::Split => "gesplitst",
            Change::Merged => "samengevoegd",
            Change::Redrawn => "hertekend",
            Change::Gone => "verdwenen",
        }
    }
}

/// An area of a layout with its shape.
pub struct Shape {
    pub code: String,
    pub geometry: MultiPolygon<f64>,
    area: f64,
    bbox: Option<Rect<f64>>,
}

impl Shape {
    pub fn new(code: impl Into<String>, geometry: MultiPolygon<f64>) -> Shape {
        let area = geometry.unsigned_area();
        let bbox = geometry.bounding_rect();
        Shape { code: code.into(), geometry, area, bbox }
    }
}

/// The pieces of every old area over the new layout, largest first per old area. Areas without
/// surface are left out.
pub fn compute(old: &[Shape], new: &[Shape]) -> Vec<Piece> {
    let mut out = Vec::new();
    for o in old.iter().filter(|o| o.area > 0.0) {
        let Some(ob) = o.bbox else { continue };
        let mut pieces: Vec<Piece> = Vec::new();
        for n in new.iter().filter(|n| n.area > 0.0) {
            if !n.bbox.is_some_and(|nb| nb.intersects(&ob)) {
                continue;
            }
            let common = o.geometry.intersection(&n.geometry).unsigned_area();
            let (share, to_share) = (common / o.area, common / n.area);
            if share < SLIVER && to_share < SLIVER {
                continue;
            }
            pieces.push(Piece { from: o.code.clone(), to: n.code.clone(), share, to_share });
        }
        pieces.sort_by(|a, b| b.share.total_cmp(&a.share));
        out.extend(pieces);
    }
    out
}

/// What happened to each old area, from its pieces.
pub fn changes(pieces: &[Piece], old_codes: &[String]) -> HashMap<String, Change> {
    let mut by_from: HashMap<&str, Vec<&Piece>> = HashMap::new();
    for p in pieces {
        by_from.entry(p.from.as_str()).or_default().push(p);
    }
    old_codes
        .iter()
        .map(|code| {
            let ps = by_from.get(code.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            let big: Vec<&&Piece> = ps.iter().filter(|p| p.share >= 0.05).collect();
            let change = match ps.first() {
                None => Change::Gone,
                Some(p) if p.to == *code && p.share >= UNCHANGED && p.to_share >= UNCHANGED => Change::Unchanged,
                Some(_) if big.len() > 1 => Change::Split,
                Some(p) if p.share >= UNCHANGED && p.to_share < UNCHANGED => Change::Merged,
                Some(_) => Change::Redrawn,
            };
            (code.clone(), change)
        })
        .collect()
}

/// A count (inhabitants, dwellings) of the old layout carried over to the new one by the pieces'
/// shares: a new area gets the parts of the old areas that lie in it.
pub fn carry_counts(values: &HashMap<String, f64>, pieces: &[Piece]) -> HashMap<String, f64> {
    let mut out: HashMap<String, f64> = HashMap::new();
    for p in pieces {
        if let Some(v) = values.get(&p.from) {
            *out.entry(p.to.clone()).or_default() += v * p.share;
        }
    }
    out
}

/// A percentage or average of the old layout in the new one, weighted by its population basis
/// (the count it is a share of), itself carried by the pieces. A new area gets a figure only when
/// every old area it draws on (above a sliver) has both the figure and the basis; otherwise `None`
/// (niet vergelijkbaar).
pub fn carry_rates(
    rates: &HashMap<String, f64>,
    basis: &HashMap<String, f64>,
    pieces: &[Piece],
) -> HashMap<String, Option<f64>> {
    let mut into: HashMap<&str, Vec<Piece>> = HashMap::new();
    for p in pieces {
        into.entry(p.to.as_str()).or_default().push(p.clone());
    }
    into.into_iter().map(|(to, ps)| (to.to_string(), carry_into(rates, Some(basis), &ps))).collect()
}

/// The figure of one area of the new layout from the figures of the old areas whose pieces lie in
/// it (`pieces`, all with the same `to`). A count (`basis` is `None`) is the sum of their parts; a
/// percentage or average is weighted by its basis, carried the same way. `None` — niet
/// vergelijkbaar — when an old area that makes up more than a sliver of the new one lacks the
/// figure or its basis, or when the old map covers less than `COVERED` of it: a part is never guessed.
pub fn carry_into(
    values: &HashMap<String, f64>,
    basis: Option<&HashMap<String, f64>>,
    pieces: &[Piece],
) -> Option<f64> {
    if pieces.iter().map(|p| p.to_share).sum::<f64>() < COVERED {
        return None;
    }
    let (mut num, mut den) = (0.0, 0.0);
    for p in pieces {
        let weight = match basis {
            Some(b) => b.get(&p.from).copied(),
            None => Some(1.0),
        };
        match (values.get(&p.from), weight) {
            (Some(v), Some(w)) => {
                num += v * w * p.share;
                den += w * p.share;
            }
            // A missing part only matters when it is more than a sliver of the new area.
            _ if p.to_share >= SLIVER => return None,
            _ => {}
        }
    }
    match basis {
        None => (!pieces.is_empty()).then_some(num),
        Some(_) => (den > 0.0).then(|| num / den),
    }
}

/// One figure — `(reference, variant)` of `period`, the reference a catalogue name across the
/// editions of a table family (`kwb:AantalInwoners`) — of the area the `pieces` lie in, from the
/// published figures of the older areas of layout `year` among `observations`. `None` when those
/// areas have no cells of it at all; `Some(None)` when they cannot be combined (a part without a
/// figure, a percentage without inhabitants to weigh it by: niet vergelijkbaar). A count is the sum
/// of its parts, a percentage or average is weighted by the count the catalogue names as its basis
/// (catalogue/bases.csv), and the result is as precise as the figures it comes from.
pub fn carry_cells(
    observations: &[AreaObservation],
    (reference, variant): (&str, &str),
    period: &str,
    year: i64,
    compare: Compare,
    pieces: &[Piece],
) -> Option<Option<f64>> {
    let here: Vec<&AreaObservation> =
        observations.iter().filter(|o| o.layout_year == year && o.period == period).collect();
    let cells: Vec<&&AreaObservation> =
        here.iter().filter(|o| o.variant == variant && indicator_ref(&o.source_table, &o.key) == reference).collect();
    let table = cells.first()?.source_table.as_str();
    let figures = |of: &[&&AreaObservation]| -> HashMap<String, f64> {
        of.iter()
            .filter_map(|o| match o.cell {
                Cell::Value { value, .. } => Some((o.area_code.clone(), value)),
                _ => None,
            })
            .collect()
    };
    let values = figures(&cells);
    let value = match compare {
        Compare::Count | Compare::PerThousand => carry_into(&values, None, pieces),
        Compare::Difference => basis_key(table, &cells[0].key).and_then(|of| {
            let basis: Vec<&&AreaObservation> = here
                .iter()
                .filter(|o| o.variant.is_empty() && o.source_table == table && has_stem(&o.key, of))
                .collect();
            carry_into(&values, Some(&figures(&basis)), pieces)
        }),
        Compare::Hidden => None,
    };
    let places = values.values().map(|v| super::profile::decimals(*v)).max().unwrap_or(0).min(6) as i32;
    let f = 10f64.powi(places);
    Some(value.map(|v| (v * f).round() / f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{MultiPolygon, polygon};

    fn square(x: f64, y: f64, w: f64, h: f64) -> MultiPolygon<f64> {
        MultiPolygon(vec![
            polygon![(x: x, y: y), (x: x + w, y: y), (x: x + w, y: y + h), (x: x, y: y + h), (x: x, y: y)],
        ])
    }

    /// Old: A (0..100) and B (100..200). New: A (0..100) unchanged, B split into B1 (100..150)
    /// and B2 (150..200), and C = B2 + a field outside (200..250).
    fn layouts() -> (Vec<Shape>, Vec<Shape>) {
        let old = vec![
            Shape::new("WK000101", square(0.0, 0.0, 100.0, 100.0)),
            Shape::new("WK000102", square(100.0, 0.0, 100.0, 100.0)),
        ];
        let new = vec![
            Shape::new("WK000101", square(0.0, 0.0, 100.0, 100.0)),
            Shape::new("WK000103", square(100.0, 0.0, 50.0, 100.0)),
            Shape::new("WK000104", square(150.0, 0.0, 100.0, 100.0)),
        ];
        (old, new)
    }

    #[test]
    fn a_split_area_is_divided_by_surface_and_an_unchanged_one_carries_over() {
        let (old, new) = layouts();
        let pieces = compute(&old, &new);
        let of =
            |from: &str, to: &str| pieces.iter().find(|p| p.from == from && p.to == to).map(|p| (p.share, p.to_share));
        assert_eq!(of("WK000101", "WK000101"), Some((1.0, 1.0)));
        assert_eq!(of("WK000102", "WK000103"), Some((0.5, 1.0)));
        assert_eq!(of("WK000102", "WK000104"), Some((0.5, 0.5)));
        assert_eq!(of("WK000101", "WK000103"), None, "touching borders are no piece");
        let changes = changes(&pieces, &["WK000101".into(), "WK000102".into(), "WK000109".into()]);
        assert_eq!(changes["WK000101"], Change::Unchanged);
        assert_eq!(changes["WK000102"], Change::Split);
        assert_eq!(changes["WK000109"], Change::Gone);
    }

    #[test]
    fn counts_keep_their_total_and_rates_are_weighted_by_their_basis_never_averaged() {
        let (old, new) = layouts();
        let pieces = compute(&old, &new);
        let inhabitants: HashMap<String, f64> = [("WK000101".into(), 1000.0), ("WK000102".into(), 3000.0)].into();
        let carried = carry_counts(&inhabitants, &pieces);
        assert_eq!(carried["WK000101"], 1000.0);
        assert_eq!(carried["WK000103"], 1500.0);
        assert_eq!(carried["WK000104"], 1500.0);
        assert_eq!(carried.values().sum::<f64>(), 4000.0, "the total is kept");
        // A rate of the merged area: weighted by inhabitants (30 % of 1500 and nothing else).
        let lonely: HashMap<String, f64> = [("WK000101".into(), 10.0), ("WK000102".into(), 30.0)].into();
        let rates = carry_rates(&lonely, &inhabitants, &pieces);
        assert_eq!(rates["WK000101"], Some(10.0));
        assert_eq!(rates["WK000103"], Some(30.0));
        // Without the basis of a part: not comparable, never a guess.
        let basis: HashMap<String, f64> = [("WK000101".into(), 1000.0)].into();
        let rates = carry_rates(&lonely, &basis, &pieces);
        assert_eq!(rates["WK000101"], Some(10.0));
        assert_eq!(rates["WK000103"], None);
        // One new area at a time: a count needs every part that is more than a sliver.
        let into = |to: &str| pieces.iter().filter(|p| p.to == to).cloned().collect::<Vec<Piece>>();
        assert_eq!(carry_into(&inhabitants, None, &into("WK000103")), Some(1500.0));
        assert_eq!(carry_into(&inhabitants, None, &into("WK000104")), None, "half of it was not on the old map");
        let partial: HashMap<String, f64> = [("WK000101".into(), 1000.0)].into();
        assert_eq!(carry_into(&partial, None, &into("WK000103")), None, "a missing part is not counted as zero");
    }

    #[test]
    fn a_merged_area_is_recognised() {
        let old = vec![
            Shape::new("WK000101", square(0.0, 0.0, 100.0, 100.0)),
            Shape::new("WK000102", square(100.0, 0.0, 100.0, 100.0)),
        ];
        let new = vec![Shape::new("WK000105", square(0.0, 0.0, 200.0, 100.0))];
        let pieces = compute(&old, &new);
        let changes = changes(&pieces, &["WK000101".into(), "WK000102".into()]);
        assert_eq!(changes["WK000101"], Change::Merged);
        // Rates of a merger: (10 × 1000 + 30 × 3000) / 4000 = 25, not the mean 20.
        let inhabitants: HashMap<String, f64> = [("WK000101".into(), 1000.0), ("WK000102".into(), 3000.0)].into();
        let lonely: HashMap<String, f64> = [("WK000101".into(), 10.0), ("WK000102".into(), 30.0)].into();
        assert_eq!(carry_rates(&lonely, &inhabitants, &pieces)["WK000105"], Some(25.0));
    }
}
