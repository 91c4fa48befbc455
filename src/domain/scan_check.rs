//! Checking the scan against a list you trust (issue 18 item 5): a gemeente or national programme
//! designated some areas (focus areas); how well do the scan's score, and each single indicator,
//! put those areas above the others?
//!
//! The measure is the ROC AUC: the chance that a designated area, picked at random, is ranked as
//! more urgent than an undesignated one picked at random (ties count half). 1 means every
//! designated area comes first, 0.5 is what a coin would do, below 0.5 the order is reversed. It is
//! computed with the Mann–Whitney rank sum (average ranks for ties), per gemeente and over all areas,
//! over the areas that have the value (an area without a score or without the figure is left out of
//! that row, and counted). A single indicator is oriented so that higher means more urgent
//! (multiplied by −1 where a higher figure is better), as in the scan itself.
//!
//! It checks; it does not tune. The default weights are never fitted to any one list.

use super::catalogue::Polarity;
use super::scan::{Scan, ScanArea, ScanIndicator, Scored};
use super::statistics::Cell;
use std::collections::{BTreeMap, HashSet};

/// The AUC of `values`, each with whether it is designated: `None` without at least one area of
/// each kind.
pub fn auc(values: &[(f64, bool)]) -> Option<f64> {
    let positives = values.iter().filter(|(_, p)| *p).count();
    let negatives = values.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    let mut sorted: Vec<(f64, bool)> = values.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Rank sum of the designated areas, ties given their average rank (1-based).
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1].0 == sorted[i].0 {
            j += 1;
        }
        let average = (i + j) as f64 / 2.0 + 1.0;
        rank_sum += average * sorted[i..=j].iter().filter(|(_, p)| *p).count() as f64;
        i = j + 1;
    }
    let (p, n) = (positives as f64, negatives as f64);
    Some((rank_sum - p * (p + 1.0) / 2.0) / (p * n))
}

/// One row of the check: how well one measure (the score, or one indicator) orders the areas.
#[derive(Debug, Clone, PartialEq)]
pub struct AucRow {
    /// `None` for the scan's score, else the indicator's index in the scan.
    pub indicator: Option<usize>,
    pub auc: Option<f64>,
    /// Designated and other areas that had the value.
    pub designated: usize,
    pub others: usize,
    /// Designated areas without the value (no score, or the figure suppressed or missing).
    pub designated_without: usize,
}

/// The check of one group of areas (a gemeente, or all of them).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCheck {
    /// The gemeente code, or `None` for all areas together.
    pub municipality: Option<String>,
    /// The score first, then every indicator of the scan.
    pub rows: Vec<AucRow>,
}

/// A designated area the scan ranks in the less urgent half of its group, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct Missed<'a> {
    pub area: &'a Scored,
    /// Its rank among the scored areas of its gemeente (1 = most urgent) and how many there are.
    pub rank_in_municipality: Option<(usize, usize)>,
}

impl Missed<'_> {
    /// Why the scan ranks it low: its three largest contributions as "title (z 1,23)", in the
    /// language of `english` and written with `number`.
    pub fn why(&self, scan: &Scan, english: bool, number: &dyn Fn(f64) -> String) -> String {
        let parts: Vec<String> = self
            .area
            .contributions
            .iter()
            .take(3)
            .map(|c| format!("{} (z {})", scan.indicators[c.indicator].title(english), number(c.z)))
            .collect();
        parts.join(" · ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Check<'a> {
    pub overall: GroupCheck,
    pub municipalities: Vec<GroupCheck>,
    /// Designated areas with a score in the lower half of their gemeente, lowest first.
    pub missed: Vec<Missed<'a>>,
    /// Codes in the list that are not among the scanned areas (another level, year or gemeente).
    pub unknown: Vec<String>,
}

fn oriented(indicator: &ScanIndicator, cell: Option<&Cell>) -> Option<f64> {
    match cell {
        Some(Cell::Value { value, .. }) => {
            Some(if indicator.polarity == Polarity::HigherIsBetter { -*value } else { *value })
        }
        _ => None,
    }
}

fn group(
    municipality: Option<String>,
    members: &[(&ScanArea, &Scored)],
    indicators: &[ScanIndicator],
    used: &[usize],
    designated: &HashSet<String>,
) -> GroupCheck {
    let row = |indicator: Option<usize>, value: &dyn Fn(&ScanArea, &Scored) -> Option<f64>| {
        let mut values = Vec::with_capacity(members.len());
        let mut designated_without = 0;
        for (input, scored) in members {
            let is = designated.contains(&input.code);
            match value(input, scored) {
                Some(v) => values.push((v, is)),
                None if is => designated_without += 1,
                None => {}
            }
        }
        let designated_with = values.iter().filter(|(_, p)| *p).count();
        AucRow {
            indicator,
            auc: auc(&values),
            designated: designated_with,
            others: values.len() - designated_with,
            designated_without,
        }
    };
    let mut rows = vec![row(None, &|_, s| s.score)];
    for &i in used {
        rows.push(row(Some(i), &|a, _| oriented(&indicators[i], a.cells.get(&i))));
    }
    GroupCheck { municipality, rows }
}

/// Check `scan` (computed from `areas`) against the `designated` area codes.
pub fn check<'a>(scan: &'a Scan, areas: &[ScanArea], designated: &HashSet<String>) -> Check<'a> {
    let scored: std::collections::HashMap<&str, &Scored> = scan.areas.iter().map(|s| (s.code.as_str(), s)).collect();
    let members: Vec<(&ScanArea, &Scored)> =
        areas.iter().filter_map(|a| scored.get(a.code.as_str()).map(|s| (a, *s))).collect();
    let mut by_municipality: BTreeMap<&str, Vec<(&ScanArea, &Scored)>> = BTreeMap::new();
    for m in &members {
        if let Some(gm) = m.0.municipality.as_deref() {
            by_municipality.entry(gm).or_default().push(*m);
        }
    }
    let overall = group(None, &members, &scan.indicators, &scan.used, designated);
    // Per gemeente only where the list designates something there.
    let municipalities: Vec<GroupCheck> = by_municipality
        .iter()
        .filter(|(_, ms)| ms.iter().any(|(a, _)| designated.contains(&a.code)))
        .map(|(gm, ms)| group(Some(gm.to_string()), ms, &scan.indicators, &scan.used, designated))
        .collect();
    let mut missed = Vec::new();
    for ms in by_municipality.values() {
        let mut ranked: Vec<&Scored> = ms.iter().map(|(_, s)| *s).filter(|s| s.score.is_some()).collect();
        ranked.sort_by(|a, b| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)).then(a.code.cmp(&b.code)));
        let of = ranked.len();
        for (n, s) in ranked.iter().enumerate() {
            if designated.contains(&s.code) && (n + 1) * 2 > of {
                missed.push(Missed { area: s, rank_in_municipality: Some((n + 1, of)) });
            }
        }
    }
    missed.sort_by(|a, b| {
        let share = |m: &Missed| m.rank_in_municipality.map_or(1.0, |(r, of)| r as f64 / of as f64);
        share(b).total_cmp(&share(a)).then(a.area.code.cmp(&b.area.code))
    });
    let known: HashSet<&str> = members.iter().map(|(a, _)| a.code.as_str()).collect();
    let mut unknown: Vec<String> = designated.iter().filter(|c| !known.contains(c.as_str())).cloned().collect();
    unknown.sort();
    Check { overall, municipalities, missed, unknown }
}

/// A list of designated areas that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelsError {
    /// Not UTF-8 text (a spreadsheet saved as xlsx, or another encoding).
    NotText,
    /// These lines (1-based) hold no CBS area code in their first column.
    NoCode(Vec<usize>),
    /// No area code at all.
    Empty,
}

/// Read a list of designated areas: one area per line, its CBS code (`BU05991081`, `WK059910`,
/// `GM0599`) in the first column (separated by `;`, `,` or a tab; quotes allowed); a first line
/// without a code is a header, empty lines are skipped, other columns are ignored. A UTF-8 byte
/// order mark (Excel's "CSV UTF-8") is allowed. Codes are upper-cased and counted once.
pub fn parse_labels(bytes: &[u8]) -> Result<Vec<String>, LabelsError> {
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| LabelsError::NotText)?;
    let mut codes: Vec<String> = Vec::new();
    let mut bad = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let first = line.split([';', ',', '\t']).next().unwrap_or("").trim().trim_matches('"').trim();
        if first.is_empty() {
            continue;
        }
        match super::programme::AreaCode::parse(&first.to_uppercase()) {
            Ok(code) => {
                if !codes.iter().any(|c| c == code.as_str()) {
                    codes.push(code.as_str().to_string());
                }
            }
            Err(_) if n == 0 => {} // a header
            Err(_) => bad.push(n + 1),
        }
    }
    if !bad.is_empty() {
        return Err(LabelsError::NoCode(bad));
    }
    if codes.is_empty() {
        return Err(LabelsError::Empty);
    }
    Ok(codes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_is_read_from_its_first_column_with_or_without_header_and_bom() {
        let file = "\u{feff}code;naam\nBU05991081;Bloemhof\n\n\"bu05991082\",Hillesluis\nBU05991081;twice\nWK059910\tFeijenoord\n";
        assert_eq!(
            parse_labels(file.as_bytes()),
            Ok(vec!["BU05991081".into(), "BU05991082".into(), "WK059910".into()])
        );
        assert_eq!(parse_labels(b"BU05991081\nBloemhof\nBU05991082\n"), Err(LabelsError::NoCode(vec![2])));
        assert_eq!(parse_labels(b"code\n\n"), Err(LabelsError::Empty));
        assert_eq!(parse_labels(b"PK\x03\x04\xff\xfe"), Err(LabelsError::NotText));
    }

    use super::*;
    use crate::domain::catalogue::Theme;
    use crate::domain::scan::{ReferenceKind, run};

    #[test]
    fn the_auc_is_the_chance_that_a_designated_area_comes_first_ties_counting_half() {
        assert_eq!(auc(&[(3.0, true), (2.0, false), (1.0, false)]), Some(1.0));
        assert_eq!(auc(&[(1.0, true), (2.0, false), (3.0, false)]), Some(0.0));
        // Pairs (designated, other): (3,2) yes, (3,4) no, (1,2) no, (1,4) no → 1/4.
        assert_eq!(auc(&[(3.0, true), (1.0, true), (2.0, false), (4.0, false)]), Some(0.25));
        // A tie counts half: (2,2) ½, (2,1) 1 → 0.75.
        assert_eq!(auc(&[(2.0, true), (2.0, false), (1.0, false)]), Some(0.75));
        assert_eq!(auc(&[(2.0, true), (3.0, true)]), None, "nothing to compare with");
        assert_eq!(auc(&[]), None);
    }

    fn indicator(key: &str, polarity: Polarity) -> ScanIndicator {
        ScanIndicator {
            source_table: "T".into(),
            key: key.into(),
            variant: String::new(),
            label: crate::domain::catalogue::label("OWN01", key, key, "%"),
            theme: if key == "Gezond" { Theme::Health } else { Theme::Work },
            polarity,
        }
    }

    /// Ten buurten in one gemeente: rondkomen rises with n (higher is worse), gezond falls (higher
    /// is better) except that buurt 0 is the least healthy of all.
    fn areas() -> Vec<ScanArea> {
        (0..10)
            .map(|n| {
                let gezond = if n == 0 { 60.0 } else { 80.0 - n as f64 };
                ScanArea {
                    code: format!("BU000100{n:02}"),
                    name: format!("Buurt {n}"),
                    municipality: Some("GM0001".into()),
                    cells: [
                        (0, Cell::Value { value: 10.0 + n as f64, symbol: None }),
                        (1, Cell::Value { value: gezond, symbol: None }),
                    ]
                    .into_iter()
                    .collect(),
                    margins: Vec::new(),
                }
            })
            .collect()
    }

    #[test]
    fn a_list_is_checked_per_gemeente_and_overall_for_the_score_and_each_indicator() {
        let indicators =
            vec![indicator("Rondkomen", Polarity::HigherIsWorse), indicator("Gezond", Polarity::HigherIsBetter)];
        let areas = areas();
        let scan = run(indicators, areas.clone(), ReferenceKind::Nl, &Default::default());
        // The gemeente designated the three poorest buurten (7, 8, 9) and a code the scan lacks.
        let designated: HashSet<String> =
            ["BU00010007", "BU00010008", "BU00010009", "BU09999999"].iter().map(|c| c.to_string()).collect();
        let c = check(&scan, &areas, &designated);
        let rondkomen = c.overall.rows.iter().find(|r| r.indicator == Some(0)).unwrap();
        assert_eq!((rondkomen.auc, rondkomen.designated, rondkomen.others), (Some(1.0), 3, 7));
        // Gezond (oriented: less healthy = more urgent): 7, 8, 9 beat 1..6 but not buurt 0:
        // 3 × 6 pairs won of 3 × 7 → 18/21.
        let gezond = c.overall.rows.iter().find(|r| r.indicator == Some(1)).unwrap();
        assert!((gezond.auc.unwrap() - 18.0 / 21.0).abs() < 1e-12, "{gezond:?}");
        assert_eq!(c.overall.rows[0].indicator, None, "the score comes first");
        assert_eq!(c.municipalities.len(), 1);
        assert_eq!(c.municipalities[0].municipality.as_deref(), Some("GM0001"));
        assert_eq!(c.unknown, ["BU09999999"]);
        assert!(c.missed.is_empty(), "all three are in the more urgent half");

        // A list the scan does not follow: buurt 1 (second least poor) is missed, with its rank.
        let designated: HashSet<String> = ["BU00010001".to_string(), "BU00010009".to_string()].into();
        let c = check(&scan, &areas, &designated);
        assert_eq!(c.missed.len(), 1);
        assert_eq!(c.missed[0].area.code, "BU00010001");
        let (rank, of) = c.missed[0].rank_in_municipality.unwrap();
        assert_eq!(of, 10);
        assert!(rank > 5, "{rank}");
        assert!(!c.missed[0].area.contributions.is_empty(), "why: its contributions");
    }
}
