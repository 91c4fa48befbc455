//! The urgency scan: which areas need extra area-based effort, and why. Pure and reproducible by
//! hand (the method is on the public page `/urgentie/methode` and in docs/SCAN.md):
//!
//! 1. Per indicator, every area's figure is compared with a reference population (all areas of the
//!    same level in the Netherlands, or in the gemeente): `z = sign × (value − median) / spread`,
//!    where `spread` is 1.4826 × the median absolute deviation (a robust standard deviation) and
//!    `sign` is +1 when a higher figure is worse, −1 when it is better. `z` is capped at ±3 so one
//!    extreme figure cannot dominate.
//! 2. A theme score is the mean `z` of its indicators, when at least `MIN_PER_THEME` are present.
//! 3. The urgency score is the weighted mean of the theme scores, times the area's coverage (the
//!    share of the scan's indicators it has a figure for), so missing or suppressed figures pull a
//!    score towards average instead of letting noise put a small area on top.
//! 4. Classes on a fixed scale of nine, from "zeer urgent" (score ≥ 1.5) to "geen urgentie" (< −1.5);
//!    rank 1 is the most urgent. Areas with too few figures get no rank and no class.

use super::catalogue::{Polarity, Theme};
use super::statistics::Cell;
use std::collections::{BTreeMap, HashMap};

/// Cap of a standardised score.
pub const Z_CAP: f64 = 3.0;
/// A theme counts when it has at least this many indicators with a figure.
pub const MIN_PER_THEME: usize = 1;
/// An area is scored when it has a figure for at least this share of the scan's indicators.
pub const MIN_COVERAGE: f64 = 0.5;
/// The reference must have at least this many areas with a figure, else the indicator is skipped.
pub const MIN_REFERENCE: usize = 5;
/// How many contributions a result lists (the largest).
pub const TOP_CONTRIBUTIONS: usize = 5;
/// Lower bounds of classes 1 to 8 (class 9 is below the last).
pub const CLASS_BOUNDS: [f64; 8] = [1.5, 1.0, 0.6, 0.3, -0.3, -0.6, -1.0, -1.5];

/// One indicator the scan uses.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanIndicator {
    pub source_table: String,
    pub key: String,
    pub variant: String,
    pub label: super::catalogue::Label,
    pub theme: Theme,
    pub polarity: Polarity,
}

impl ScanIndicator {
    pub fn title(&self, english: bool) -> &str {
        self.label.title(english)
    }

    pub fn unit(&self, english: bool) -> &str {
        self.label.unit(english)
    }
}

/// An area to score, with its figures (indicator index → cell).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScanArea {
    pub code: String,
    pub name: String,
    pub municipality: Option<String>,
    pub cells: Cells,
    /// The published 95 % interval of a figure, where the table carries its margins (RIVM's
    /// `Marges=MOG0095`/`MBG0095`): (indicator, lower, upper). Empty for tables without them.
    pub margins: Vec<(usize, f64, f64)>,
}

impl ScanArea {
    /// The published interval of indicator `i`'s figure, if known.
    pub fn interval(&self, i: usize) -> Option<(f64, f64)> {
        self.margins.iter().find(|m| m.0 == i).map(|m| (m.1, m.2))
    }
}

/// An area's figures by indicator index: a dense list (the scan has a dozen indicators and looks
/// each up for 14,000 areas; a hash map spent most of the scan's time hashing).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cells(Vec<Option<Cell>>);

impl Cells {
    /// Room for the cells of `indicators` indicators, none set.
    pub fn sized(indicators: usize) -> Cells {
        Cells(vec![None; indicators])
    }

    pub fn get(&self, i: &usize) -> Option<&Cell> {
        self.0.get(*i).and_then(Option::as_ref)
    }

    pub fn get_mut(&mut self, i: &usize) -> Option<&mut Cell> {
        self.0.get_mut(*i).and_then(Option::as_mut)
    }

    /// Set indicator `i`'s cell (a later one replaces an earlier).
    pub fn insert(&mut self, i: usize, cell: Cell) {
        if self.0.len() <= i {
            self.0.resize(i + 1, None);
        }
        self.0[i] = Some(cell);
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, &Cell)> {
        self.0.iter().enumerate().filter_map(|(i, c)| c.as_ref().map(|c| (i, c)))
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

impl Extend<(usize, Cell)> for Cells {
    fn extend<T: IntoIterator<Item = (usize, Cell)>>(&mut self, cells: T) {
        for (i, c) in cells {
            self.insert(i, c);
        }
    }
}

impl FromIterator<(usize, Cell)> for Cells {
    fn from_iter<T: IntoIterator<Item = (usize, Cell)>>(cells: T) -> Self {
        let mut out = Cells::default();
        out.extend(cells);
        out
    }
}

impl IntoIterator for Cells {
    type Item = (usize, Cell);
    type IntoIter = std::iter::FilterMap<
        std::iter::Enumerate<std::vec::IntoIter<Option<Cell>>>,
        fn((usize, Option<Cell>)) -> Option<(usize, Cell)>,
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().enumerate().filter_map(|(i, c)| c.map(|c| (i, c)))
    }
}

/// What the areas are compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceKind {
    /// All areas of the level in the Netherlands.
    Nl,
    /// The areas of the level in the same gemeente.
    Municipality,
    /// Each area's similar areas (`domain::similar`: the nearest in context, nationally).
    Similar,
}

/// Why a score deserves care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// Some figures are suppressed or missing (small numbers): the score is pulled towards average.
    Suppressed,
    /// Too few figures for a score.
    TooFewFigures,
    /// The gemeente has too few areas to be its own reference: compared with the Netherlands.
    NationalReference,
    /// No similar areas are known for the area (a context figure is missing), or too few of them
    /// have the figure: compared with the Netherlands.
    NoSimilarAreas,
}

/// One indicator's part in an area's score.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Contribution {
    pub indicator: usize,
    pub value: f64,
    /// The reference median, and the robust spread the difference is divided by.
    pub reference: f64,
    pub spread: f64,
    pub z: f64,
    /// This indicator's share of the score (the shares of all indicators add up to 1).
    pub share: f64,
    /// Whether the reference lies within the figure's published 95 % interval — the difference is
    /// then not significant; `None` where no margin is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within_margin: Option<bool>,
}

/// One area's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub code: String,
    pub name: String,
    pub rank: Option<usize>,
    pub score: Option<f64>,
    /// 1 (zeer urgent) to 9 (geen urgentie).
    pub class: Option<u8>,
    pub themes: BTreeMap<Theme, f64>,
    /// Largest first.
    pub contributions: Vec<Contribution>,
    pub coverage: f64,
    pub flags: Vec<Flag>,
}

/// The result of a scan.
#[derive(Debug, Clone, PartialEq)]
pub struct Scan {
    pub indicators: Vec<ScanIndicator>,
    /// The indicators that took part: a theme, a direction and a reference of enough areas.
    pub used: Vec<usize>,
    pub areas: Vec<Scored>,
}

/// The scan's level: which areas are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanLevel {
    Municipality,
    District,
    Neighbourhood,
}

impl ScanLevel {
    pub fn parse(raw: &str) -> Option<ScanLevel> {
        match raw.trim().to_lowercase().as_str() {
            "buurt" | "buurten" => Some(ScanLevel::Neighbourhood),
            "wijk" | "wijken" => Some(ScanLevel::District),
            "gemeente" | "gemeenten" => Some(ScanLevel::Municipality),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ScanLevel::Neighbourhood => "buurt",
            ScanLevel::District => "wijk",
            ScanLevel::Municipality => "gemeente",
        }
    }

    /// The code prefix of the level's areas.
    pub fn prefix(self) -> &'static str {
        match self {
            ScanLevel::Neighbourhood => "BU",
            ScanLevel::District => "WK",
            ScanLevel::Municipality => "GM",
        }
    }
}

impl ReferenceKind {
    pub fn parse(raw: &str) -> Option<ReferenceKind> {
        match raw.trim().to_lowercase().as_str() {
            "nl" | "nederland" => Some(ReferenceKind::Nl),
            "municipality" | "gemeente" => Some(ReferenceKind::Municipality),
            "similar" | "vergelijkbaar" | "vergelijkbare-gebieden" => Some(ReferenceKind::Similar),
            _ => None,
        }
    }
}

/// Theme weights as written on the command line or in a form: `gezondheid=2,werk=1`.
pub fn parse_weights(raw: &str) -> Result<HashMap<Theme, f64>, String> {
    let mut out = HashMap::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').ok_or_else(|| part.to_string())?;
        let theme = Theme::from_key(k.trim()).filter(|t| *t != Theme::Context).ok_or_else(|| part.to_string())?;
        let w: f64 = v.trim().replace(',', ".").parse().map_err(|_| part.to_string())?;
        if !(0.0..=100.0).contains(&w) {
            return Err(part.to_string());
        }
        out.insert(theme, w);
    }
    Ok(out)
}

impl Scan {
    /// Only the areas `keep` picks, ranked again 1, 2, … in the same order (a scan against similar
    /// areas is computed nationally — the similar areas lie anywhere — and shown for one gemeente).
    pub fn keep(&mut self, keep: impl Fn(&Scored) -> bool) {
        self.areas.retain(|a| keep(a));
        for (n, a) in self.areas.iter_mut().filter(|a| a.score.is_some()).enumerate() {
            a.rank = Some(n + 1);
        }
    }

    /// `table/key/variant`: how the scan's outputs name an indicator.
    pub fn indicator_name(&self, i: usize) -> String {
        let ind = &self.indicators[i];
        let variant = if ind.variant.is_empty() { String::new() } else { format!("/{}", ind.variant) };
        format!("{}/{}{variant}", ind.source_table, ind.key)
    }
}

/// Indicator, value, reference median, spread, z, whether the reference is within the margin.
type Standardised = (usize, f64, f64, f64, f64, Option<bool>);

pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Median of a non-empty slice (reordered in place: the middle is selected, not the whole sorted;
/// for an even length the lower middle is the largest of the half before the upper one).
fn median(v: &mut [f64]) -> f64 {
    let n = v.len();
    let (below, upper, _) = v.select_nth_unstable_by(n / 2, f64::total_cmp);
    let upper = *upper;
    if n % 2 == 1 {
        upper
    } else {
        let lower = below.iter().copied().max_by(f64::total_cmp).unwrap_or(upper);
        (lower + upper) / 2.0
    }
}

/// Median and robust spread (1.4826 × MAD; the mean absolute deviation when the MAD is zero).
pub fn centre_and_spread(values: &[f64]) -> Option<(f64, f64)> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    let m = median(&mut v);
    let mut dev: Vec<f64> = values.iter().map(|x| (x - m).abs()).collect();
    let mad = median(&mut dev) * 1.4826;
    let spread = if mad > 0.0 { mad } else { dev.iter().sum::<f64>() / dev.len() as f64 * 1.2533 };
    (spread > 0.0).then_some((m, spread))
}

/// The class (1–9) of a score.
pub fn class_of(score: f64) -> u8 {
    CLASS_BOUNDS.iter().position(|b| score >= *b).map(|i| i as u8 + 1).unwrap_or(9)
}

/// Run the scan. `weights` per theme (missing = 1); context and neutral indicators are ignored.
/// With [`ReferenceKind::Similar`] every area is compared with the Netherlands: use [`run_with_peers`].
pub fn run(
    indicators: Vec<ScanIndicator>,
    areas: Vec<ScanArea>,
    reference: ReferenceKind,
    weights: &HashMap<Theme, f64>,
) -> Scan {
    run_with_peers(indicators, areas, reference, &HashMap::new(), weights)
}

/// Each area's similar areas by code (`domain::similar::nearest`), for [`ReferenceKind::Similar`].
pub type Peers = HashMap<String, Vec<String>>;

/// The median and spread of each indicator over each area's similar areas that have a figure
/// (at least `MIN_REFERENCE` of them), by area code and indicator.
fn peer_references(areas: &[ScanArea], used: &[usize], peers: &Peers) -> HashMap<String, Vec<Option<(f64, f64)>>> {
    let width = used.iter().max().map_or(0, |m| m + 1);
    let at: HashMap<&str, usize> = areas.iter().enumerate().map(|(n, a)| (a.code.as_str(), n)).collect();
    let mut out = HashMap::with_capacity(areas.len());
    let mut values = Vec::new();
    for a in areas {
        let Some(similar) = peers.get(&a.code) else { continue };
        let similar: Vec<&ScanArea> = similar.iter().filter_map(|c| at.get(c.as_str()).map(|&n| &areas[n])).collect();
        let mut refs = vec![None; width];
        for &i in used {
            values.clear();
            values.extend(similar.iter().filter_map(|p| match p.cells.get(&i) {
                Some(Cell::Value { value, .. }) => Some(*value),
                _ => None,
            }));
            if values.len() >= MIN_REFERENCE {
                refs[i] = centre_and_spread(&values);
            }
        }
        out.insert(a.code.clone(), refs);
    }
    out
}

/// [`run`], with each area's similar areas for [`ReferenceKind::Similar`] (`peers` by area code;
/// the similar areas must be among `areas` to count). An area without similar areas, or whose
/// similar areas have too few figures of an indicator, is compared with the Netherlands for it
/// and flagged [`Flag::NoSimilarAreas`].
pub fn run_with_peers(
    indicators: Vec<ScanIndicator>,
    areas: Vec<ScanArea>,
    reference: ReferenceKind,
    peers: &Peers,
    weights: &HashMap<Theme, f64>,
) -> Scan {
    let used: Vec<usize> = (0..indicators.len())
        .filter(|&i| indicators[i].theme != Theme::Context && indicators[i].polarity != Polarity::Neutral)
        .collect();
    let figure = |a: &ScanArea, i: usize| match a.cells.get(&i) {
        Some(Cell::Value { value, .. }) => Some(*value),
        _ => None,
    };
    // Reference per indicator: national, and per gemeente when asked; the indicators spread over
    // the cores (each is a pass over every area).
    type References = (Option<(usize, (f64, f64))>, Vec<((String, usize), (f64, f64))>);
    let references: Vec<References> = in_parallel_runs(used.clone(), 4, |run| {
        run.into_iter()
            .map(|i| {
                let all: Vec<f64> = areas.iter().filter_map(|a| figure(a, i)).collect();
                let national =
                    (all.len() >= MIN_REFERENCE).then(|| centre_and_spread(&all)).flatten().map(|cs| (i, cs));
                let mut local = Vec::new();
                if reference == ReferenceKind::Municipality {
                    let mut by_gm: HashMap<&str, Vec<f64>> = HashMap::new();
                    for a in &areas {
                        if let (Some(gm), Some(v)) = (a.municipality.as_deref(), figure(a, i)) {
                            by_gm.entry(gm).or_default().push(v);
                        }
                    }
                    for (gm, values) in by_gm {
                        if values.len() >= MIN_REFERENCE
                            && let Some(cs) = centre_and_spread(&values)
                        {
                            local.push(((gm.to_string(), i), cs));
                        }
                    }
                }
                (national, local)
            })
            .collect()
    });
    let mut national: HashMap<usize, (f64, f64)> = HashMap::new();
    let mut local: HashMap<(String, usize), (f64, f64)> = HashMap::new();
    for (n, l) in references {
        national.extend(n);
        local.extend(l);
    }
    let scorable: Vec<usize> = used.iter().copied().filter(|i| national.contains_key(i)).collect();
    // The national reference by indicator number: looked up for every figure of every area (a
    // hashed lookup per figure cost the national buurt scan more than the arithmetic).
    let national: Vec<(f64, f64)> =
        (0..indicators.len()).map(|i| national.get(&i).copied().unwrap_or((0.0, 1.0))).collect();
    let similar = match reference {
        ReferenceKind::Similar => peer_references(&areas, &scorable, peers),
        _ => HashMap::new(),
    };
    // Per theme (in the order of `Theme`, as a map of them iterates): (indicator, value, reference,
    // spread, z). Buffers reused from area to area: the national buurt scan scores 14,000 areas.
    // Each run of areas is scored on its own core (areas do not depend on each other).
    let score_run = |areas: Vec<ScanArea>| -> Vec<Scored> {
        let mut per_theme: [Vec<Standardised>; Theme::ALL.len()] = Default::default();
        let mut parts: Vec<(Standardised, f64)> = Vec::new();
        areas
            .into_iter()
            .map(|a| {
                let mut flags = Vec::new();
                per_theme.iter_mut().for_each(Vec::clear);
                let mut present = 0usize;
                for &i in &scorable {
                    match a.cells.get(&i) {
                        Some(Cell::Value { value, .. }) => {
                            let (centre, spread) = match (reference, a.municipality.as_ref()) {
                                (ReferenceKind::Similar, _) => {
                                    match similar.get(&a.code).and_then(|r| r.get(i).copied().flatten()) {
                                        Some(cs) => cs,
                                        None => {
                                            if !flags.contains(&Flag::NoSimilarAreas) {
                                                flags.push(Flag::NoSimilarAreas);
                                            }
                                            national[i]
                                        }
                                    }
                                }
                                (ReferenceKind::Municipality, Some(gm)) => match local.get(&(gm.clone(), i)) {
                                    Some(cs) => *cs,
                                    None => {
                                        if !flags.contains(&Flag::NationalReference) {
                                            flags.push(Flag::NationalReference);
                                        }
                                        national[i]
                                    }
                                },
                                _ => national[i],
                            };
                            let sign = if indicators[i].polarity == Polarity::HigherIsBetter { -1.0 } else { 1.0 };
                            let z = (sign * (value - centre) / spread).clamp(-Z_CAP, Z_CAP);
                            let within = a.interval(i).map(|(lower, upper)| lower <= centre && centre <= upper);
                            per_theme[indicators[i].theme as usize].push((i, *value, centre, spread, z, within));
                            present += 1;
                        }
                        Some(Cell::Missing(_)) if !flags.contains(&Flag::Suppressed) => flags.push(Flag::Suppressed),
                        _ => {}
                    }
                }
                let coverage = if scorable.is_empty() { 0.0 } else { present as f64 / scorable.len() as f64 };
                if present < scorable.len() && !flags.contains(&Flag::Suppressed) {
                    flags.push(Flag::Suppressed);
                }
                let themes: BTreeMap<Theme, f64> = Theme::ALL
                    .iter()
                    .zip(&per_theme)
                    .filter(|(_, v)| !v.is_empty() && v.len() >= MIN_PER_THEME)
                    .map(|(t, v)| (*t, v.iter().map(|x| x.4).sum::<f64>() / v.len() as f64))
                    .collect();
                let weight = |t: &Theme| weights.get(t).copied().unwrap_or(1.0).max(0.0);
                let total_weight: f64 = themes.keys().map(weight).sum();
                let enough = coverage >= MIN_COVERAGE && total_weight > 0.0;
                let (score, contributions) = if enough {
                    // Each indicator's part: theme weight share × its z / indicators in the theme × coverage.
                    parts.clear();
                    for (t, v) in Theme::ALL.iter().zip(&per_theme) {
                        if v.is_empty() || !themes.contains_key(t) {
                            continue;
                        }
                        for &x in v {
                            let part = weight(t) / total_weight * x.4 / v.len() as f64 * coverage;
                            parts.push((x, part));
                        }
                    }
                    let score: f64 = parts.iter().map(|p| p.1).sum();
                    let mut contributions: Vec<Contribution> = parts
                        .iter()
                        .map(|&((indicator, value, reference, spread, z, within_margin), part)| Contribution {
                            indicator,
                            value,
                            reference,
                            spread,
                            z,
                            share: if score != 0.0 { part / score } else { 0.0 },
                            within_margin,
                        })
                        .collect();
                    contributions.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.indicator.cmp(&b.indicator)));
                    (Some(score), contributions)
                } else {
                    flags.push(Flag::TooFewFigures);
                    (None, Vec::new())
                };
                flags.sort();
                Scored {
                    code: a.code,
                    name: a.name,
                    rank: None,
                    class: score.map(class_of),
                    score,
                    themes,
                    contributions,
                    coverage,
                    flags,
                }
            })
            .collect()
    };
    let mut scored = in_parallel(areas, score_run);
    // Rank: most urgent first; areas without a score last, by code (codes are unique, so the order
    // is total and an unstable sort gives the same list).
    scored.sort_unstable_by(|a, b| match (a.score, b.score) {
        (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| a.code.cmp(&b.code)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.code.cmp(&b.code),
    });
    for (n, s) in scored.iter_mut().filter(|s| s.score.is_some()).enumerate() {
        s.rank = Some(n + 1);
    }
    Scan { indicators, used: scorable, areas: scored }
}

/// `f` applied to runs of `items`, one run per core (at most eight) when there are enough of them
/// to be worth a thread, the results joined in the order of the items.
pub fn in_parallel<T: Send, U: Send>(items: Vec<T>, f: impl Fn(Vec<T>) -> Vec<U> + Sync) -> Vec<U> {
    in_parallel_runs(items, 2_000, f)
}

/// As [`in_parallel`], with runs of at least `worth_a_thread` items.
pub fn in_parallel_runs<T: Send, U: Send>(
    mut items: Vec<T>,
    worth_a_thread: usize,
    f: impl Fn(Vec<T>) -> Vec<U> + Sync,
) -> Vec<U> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).min(8);
    let runs = cores.min(items.len() / worth_a_thread.max(1)).max(1);
    if runs == 1 {
        return f(items);
    }
    let size = items.len().div_ceil(runs);
    let mut chunks = Vec::with_capacity(runs);
    while items.len() > size {
        let rest = items.split_off(size);
        chunks.push(std::mem::replace(&mut items, rest));
    }
    chunks.push(items);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks.into_iter().map(|chunk| s.spawn(move || f(chunk))).collect();
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(key: &str, theme: Theme, polarity: Polarity) -> ScanIndicator {
        ScanIndicator {
            source_table: "T".into(),
            key: key.into(),
            variant: String::new(),
            label: crate::domain::catalogue::label("OWN01", key, key, "%"),
            theme,
            polarity,
        }
    }

    fn area(code: &str, gm: &str, cells: &[(usize, Cell)]) -> ScanArea {
        ScanArea {
            code: code.into(),
            name: format!("Buurt {code}"),
            municipality: Some(gm.into()),
            cells: cells.iter().copied().collect(),
            margins: Vec::new(),
        }
    }

    /// Compared with similar areas, each area's reference is the median and spread of its own
    /// similar areas; one without them is compared with the Netherlands and says so. Kept to part
    /// of the areas, the ranks run 1, 2, … again.
    #[test]
    fn each_area_is_compared_with_its_own_similar_areas() {
        let areas = ten();
        let code = |n: usize| format!("BU000100{n:02}");
        // BU…09 (rondkomen 19 %) is like BU…05–09 (15–19 %: median 17); BU…00 has no similar areas.
        let peers: Peers = (1..10).map(|n| (code(n), (5..10).map(code).collect())).collect();
        let scan = run_with_peers(indicators(), areas, ReferenceKind::Similar, &peers, &HashMap::new());
        let area = |c: &str| scan.areas.iter().find(|a| a.code == c).unwrap();
        let rondkomen = |c: &str| area(c).contributions.iter().find(|x| x.indicator == 0).unwrap().clone();
        assert_eq!(rondkomen("BU00010009").reference, 17.0);
        assert_eq!(rondkomen("BU00010000").reference, 14.5, "the national median");
        assert_eq!(area("BU00010000").flags, vec![Flag::NoSimilarAreas]);
        assert!(area("BU00010009").flags.is_empty());
        let national = run(indicators(), ten(), ReferenceKind::Nl, &HashMap::new());
        assert_ne!(national.areas.iter().find(|a| a.code == "BU00010009").unwrap().score, area("BU00010009").score);

        let mut kept = scan.clone();
        kept.keep(|a| a.code.as_str() >= "BU00010007");
        assert_eq!(kept.areas.len(), 3);
        assert_eq!(kept.areas.iter().map(|a| a.rank).collect::<Vec<_>>(), [Some(1), Some(2), Some(3)]);
    }

    /// Where a table carries margins, a contribution says whether the reference lies within the
    /// figure's interval (then the difference is not significant); without them it says nothing.
    #[test]
    fn a_contribution_whose_interval_holds_the_reference_is_marked_within_the_margin() {
        let mut areas = ten();
        // Rondkomen: the reference median is 14.5. BU…09 has 19 % in [16, 22] (outside: significant),
        // BU…08 18 % in [13, 23] (the reference within), BU…07 17 % without a margin.
        areas[9].margins = vec![(0, 16.0, 22.0), (1, 60.0, 80.0)];
        areas[8].margins = vec![(0, 13.0, 23.0)];
        let scan = run(indicators(), areas, ReferenceKind::Nl, &HashMap::new());
        let within = |code: &str, i: usize| {
            let a = scan.areas.iter().find(|a| a.code == code).unwrap();
            a.contributions.iter().find(|c| c.indicator == i).unwrap().within_margin
        };
        assert_eq!(within("BU00010009", 0), Some(false));
        assert_eq!(within("BU00010009", 1), Some(true), "gezondheid 71 in [60, 80] holds the median 75.5");
        assert_eq!(within("BU00010008", 0), Some(true));
        assert_eq!(within("BU00010008", 1), None);
        assert_eq!(within("BU00010007", 0), None);
        let json = serde_json::to_string(&scan.areas[0].contributions).unwrap();
        assert!(json.contains("\"within_margin\":false"), "{json}");
    }

    fn v(x: f64) -> Cell {
        Cell::Value { value: x, symbol: None }
    }

    /// Ten buurten with rondkomen 10..19 % (higher is worse) and gezondheid 80..71 (higher is better).
    fn ten() -> Vec<ScanArea> {
        (0..10)
            .map(|n| area(&format!("BU000100{n:02}"), "GM0001", &[(0, v(10.0 + n as f64)), (1, v(80.0 - n as f64))]))
            .collect()
    }

    fn indicators() -> Vec<ScanIndicator> {
        vec![
            indicator("Rondkomen", Theme::Work, Polarity::HigherIsWorse),
            indicator("Gezond", Theme::Health, Polarity::HigherIsBetter),
            indicator("Inwoners", Theme::Context, Polarity::Neutral),
        ]
    }

    #[test]
    fn work_split_over_cores_comes_back_whole_and_in_order() {
        for n in [0, 1, 1_999, 2_000, 4_001, 16_003] {
            let items: Vec<usize> = (0..n).collect();
            let doubled = in_parallel(items, |run| run.into_iter().map(|x| x * 2).collect());
            assert_eq!(doubled, (0..n).map(|x| x * 2).collect::<Vec<_>>(), "{n} items");
        }
    }

    #[test]
    fn themes_are_numbered_in_the_order_a_map_of_them_sorts_them() {
        for (n, t) in Theme::ALL.iter().enumerate() {
            assert_eq!(*t as usize, n);
        }
        assert!(Theme::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_robust_spread_is_the_scaled_median_absolute_deviation() {
        let (m, s) = centre_and_spread(&[1.0, 2.0, 3.0, 4.0, 100.0]).unwrap();
        assert_eq!(m, 3.0);
        assert!((s - 1.4826).abs() < 1e-9, "the outlier does not widen it: {s}");
        assert_eq!(centre_and_spread(&[5.0, 5.0, 5.0]), None, "no spread, no scores");
    }

    #[test]
    fn a_score_can_be_reproduced_by_hand() {
        let scan = run(indicators(), ten(), ReferenceKind::Nl, &HashMap::new());
        let worst = &scan.areas[0];
        assert_eq!((worst.code.as_str(), worst.rank), ("BU00010009", Some(1)));
        // Rondkomen: median 14.5, MAD 2.5 → spread 3.7065; z = (19 − 14.5) / 3.7065 = 1.2141.
        // Gezond: median 75.5, same spread, higher is better: z = −(71 − 75.5) / 3.7065 = 1.2141.
        // Two themes, equal weights, full coverage: score = 1.2141.
        let z = 4.5 / (2.5 * 1.4826);
        assert!((worst.score.unwrap() - z).abs() < 1e-9, "{:?}", worst.score);
        assert_eq!(worst.class, Some(2), "1.21 is 'urgent'");
        assert_eq!(worst.themes[&Theme::Work], worst.themes[&Theme::Health]);
        let shares: f64 = worst.contributions.iter().map(|c| c.share).sum();
        assert!((shares - 1.0).abs() < 1e-9);
        assert_eq!((worst.contributions[0].value, worst.contributions[0].reference), (19.0, 14.5));
        assert!(scan.areas.iter().all(|a| a.flags.is_empty()));
        let best = scan.areas.last().unwrap();
        assert_eq!((best.rank, best.class), (Some(10), Some(8)));
    }

    #[test]
    fn an_outlier_is_capped_and_context_never_counts() {
        let mut areas = ten();
        areas[0].cells.insert(0, v(1000.0));
        areas[0].cells.insert(2, v(1_000_000.0));
        let scan = run(indicators(), areas, ReferenceKind::Nl, &HashMap::new());
        let top = scan.areas.iter().find(|a| a.code == "BU00010000").unwrap();
        assert_eq!(top.contributions.iter().find(|c| c.indicator == 0).unwrap().z, Z_CAP);
        assert!(top.contributions.iter().all(|c| c.indicator != 2), "context is not scored");
        assert_eq!(scan.used, vec![0, 1]);
    }

    #[test]
    fn suppressed_figures_pull_a_score_towards_average_and_too_few_give_no_rank() {
        let mut areas = ten();
        // The worst buurt with its health figure suppressed: half coverage, half the score.
        areas[9].cells.insert(1, Cell::Missing('.'));
        // Another with nothing but suppressed figures: no score, no rank, no class.
        areas[0].cells = [(0, Cell::Missing('.')), (1, Cell::Missing('.'))].into_iter().collect();
        let scan = run(indicators(), areas, ReferenceKind::Nl, &HashMap::new());
        let small = scan.areas.iter().find(|a| a.code == "BU00010009").unwrap();
        assert_eq!(small.flags, vec![Flag::Suppressed]);
        assert_eq!(small.coverage, 0.5);
        let empty = scan.areas.last().unwrap();
        assert_eq!((empty.code.as_str(), empty.rank, empty.class), ("BU00010000", None, None));
        assert!(empty.flags.contains(&Flag::TooFewFigures));
    }

    #[test]
    fn theme_weights_change_the_score_and_a_zero_weight_removes_a_theme() {
        let mut areas = ten();
        // Buurt 5: bad on health only.
        areas[5].cells.insert(1, v(50.0));
        let only_work: HashMap<Theme, f64> = [(Theme::Health, 0.0)].into_iter().collect();
        let scan = run(indicators(), areas.clone(), ReferenceKind::Nl, &only_work);
        let b5 = scan.areas.iter().find(|a| a.code == "BU00010005").unwrap();
        assert!(b5.contributions.iter().all(|c| c.indicator == 0 || c.share == 0.0), "{:?}", b5.contributions);
        let equal = run(indicators(), areas, ReferenceKind::Nl, &HashMap::new());
        let b5_equal = equal.areas.iter().find(|a| a.code == "BU00010005").unwrap();
        assert!(b5_equal.score.unwrap() > b5.score.unwrap());
    }

    #[test]
    fn against_the_gemeente_each_area_is_compared_with_its_own_gemeente() {
        let mut areas = ten();
        // A second gemeente whose buurten are all 20 points worse on rondkomen.
        for (n, a) in ten().into_iter().enumerate() {
            let mut b = a;
            b.code = format!("BU000200{n:02}");
            b.municipality = Some("GM0002".into());
            if let Some(Cell::Value { value, .. }) = b.cells.get_mut(&0) {
                *value += 20.0;
            }
            areas.push(b);
        }
        let local = run(indicators(), areas.clone(), ReferenceKind::Municipality, &HashMap::new());
        let a1 = local.areas.iter().find(|a| a.code == "BU00010009").unwrap().score;
        let a2 = local.areas.iter().find(|a| a.code == "BU00020009").unwrap().score;
        assert_eq!(a1, a2, "within its own gemeente each is equally far from the middle");
        let national = run(indicators(), areas, ReferenceKind::Nl, &HashMap::new());
        assert_eq!(national.areas[0].code.get(..6), Some("BU0002"), "nationally the second gemeente tops the list");
    }

    #[test]
    fn a_gemeente_with_too_few_areas_is_compared_with_the_country_and_says_so() {
        let mut areas = ten();
        for (n, code) in ["BU00030000", "BU00030001", "BU00030002"].iter().enumerate() {
            areas.push(area(code, "GM0003", &[(0, v(12.0 + n as f64)), (1, v(75.0))]));
        }
        let scan = run(indicators(), areas, ReferenceKind::Municipality, &HashMap::new());
        let small = scan.areas.iter().find(|a| a.code == "BU00030000").unwrap();
        assert_eq!(small.flags, vec![Flag::NationalReference]);
        assert!(scan.areas.iter().filter(|a| a.code.starts_with("BU0001")).all(|a| a.flags.is_empty()));
    }

    #[test]
    fn classes_run_from_zeer_urgent_to_geen_urgentie() {
        assert_eq!(class_of(2.0), 1);
        assert_eq!(class_of(1.0), 2);
        assert_eq!(class_of(0.0), 5);
        assert_eq!(class_of(-1.49), 8);
        assert_eq!(class_of(-1.5), 8);
        assert_eq!(class_of(-2.0), 9);
    }
}
