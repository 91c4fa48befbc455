//! Step 5, monitoring results: the values of a goal's indicator per year (from imported statistics
//! for catalogue indicators, entered with source and evidence for own indicators, approved by a
//! beheerder when a partner entered them), and the judgement of progress against the straight path
//! from baseline to target through the interim targets.

use super::catalogue::{Compare, Polarity};
use super::goal::Goal;
use super::number::{NumberStyle, parse_number};
use super::validation::{FieldErrors, parse_year};

/// How a goal is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Judgement {
    /// The latest value reached the target.
    Achieved,
    /// The latest value is at or beyond the path from baseline to target.
    OnTrack,
    /// The latest value lags the path.
    Behind,
    /// No value after the baseline yet.
    NoData,
    /// No target: nothing to judge against.
    NoTarget,
    /// A target but no baseline (or no year of it): the path has no start.
    NoBaseline,
}

impl Judgement {
    pub const ALL: [Judgement; 6] = [
        Judgement::Achieved,
        Judgement::OnTrack,
        Judgement::Behind,
        Judgement::NoData,
        Judgement::NoBaseline,
        Judgement::NoTarget,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Judgement::Achieved => "behaald",
            Judgement::OnTrack => "op-koers",
            Judgement::Behind => "achter",
            Judgement::NoData => "geen-gegevens",
            Judgement::NoTarget => "geen-doelwaarde",
            Judgement::NoBaseline => "geen-nulmeting",
        }
    }
}

/// The year a period speaks of: `2020`, `2020JJ00`, `2019/2020` (the later year).
pub fn year_of(period: &str) -> Option<i64> {
    let digits: Vec<i64> = period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| s.len() == 4)
        .filter_map(|s| s.parse().ok())
        .filter(|y| (1900..=2200).contains(y))
        .collect();
    digits.into_iter().max()
}

/// A catalogue indicator's values of one area, one per year, from its published observations:
/// those of `reference` (`gezondheid:Eenzaam`), of the variant that sorts first (for RIVM tables:
/// all adults), as published. Missing figures are left out.
///
/// A series is shown in one region layout, the newest its figures have: a figure of an older
/// layout is joined only when `same_area(layout)` says the area kept its borders between that
/// layout and the newest (a stored crosswalk), never on its code alone — CBS redraws buurten and
/// wijken, and a code may then mean another piece of town.
pub fn catalogue_series(
    observations: &[super::statistics::AreaObservation],
    reference: &str,
    variant: &str,
    same_area: &dyn Fn(i64) -> bool,
) -> Vec<(i64, f64)> {
    let Some(newest) = newest_layout(observations, reference) else { return Vec::new() };
    let mut found: Vec<(&str, i64, f64)> = observations
        .iter()
        .filter(|o| super::catalogue::indicator_ref(&o.source_table, &o.key) == reference)
        .filter(|o| o.layout_year == newest || same_area(o.layout_year))
        .filter_map(|o| match o.cell {
            super::statistics::Cell::Value { value, .. } => Some((o.variant.as_str(), year_of(&o.period)?, value)),
            _ => None,
        })
        .collect();
    // The variant asked for (an age group), or the one that sorts first.
    let wanted = if variant.is_empty() { found.iter().map(|f| f.0).min() } else { Some(variant) };
    let Some(first) = wanted else { return Vec::new() };
    found.retain(|f| f.0 == first);
    found.sort_by_key(|f| f.1);
    found.dedup_by_key(|f| f.1);
    found.into_iter().map(|(_, y, v)| (y, v)).collect()
}

/// A catalogue indicator's yearly values of an area carried over from the areas of an older
/// layout `older` that lie in it (`pieces` of a stored crosswalk; `old` holds their figures):
/// counts by their parts, percentages weighted by their basis; a year whose parts cannot be
/// combined is left out (niet vergelijkbaar).
pub fn carried_series(
    old: &[super::statistics::AreaObservation],
    reference: &str,
    variant: &str,
    older: i64,
    pieces: &[super::crosswalk::Piece],
) -> Vec<(i64, f64)> {
    let cells: Vec<&super::statistics::AreaObservation> = old
        .iter()
        .filter(|o| o.layout_year == older && super::catalogue::indicator_ref(&o.source_table, &o.key) == reference)
        .collect();
    // The variant asked for, or the one that sorts first, as in `catalogue_series`.
    let wanted = if variant.is_empty() { cells.iter().map(|o| o.variant.as_str()).min() } else { Some(variant) };
    let Some(variant) = wanted else { return Vec::new() };
    let mut periods: Vec<(&str, Compare)> = cells
        .iter()
        .filter(|o| o.variant == variant)
        .map(|o| (o.period.as_str(), super::catalogue::label(&o.source_table, &o.key, "", "").compare))
        .collect();
    periods.sort_by_key(|p| p.0);
    periods.dedup_by_key(|p| p.0);
    let mut out: Vec<(i64, f64)> = Vec::new();
    for (period, compare) in periods {
        let Some(year) = year_of(period) else { continue };
        if let Some(Some(v)) = super::crosswalk::carry_cells(old, (reference, variant), period, older, compare, pieces)
        {
            out.push((year, v));
        }
    }
    out.sort_by_key(|f| f.0);
    out.dedup_by_key(|f| f.0);
    out
}

/// The layouts a catalogue indicator's figures of one area are in, newest last.
pub fn layouts_of(observations: &[super::statistics::AreaObservation], reference: &str) -> Vec<i64> {
    let mut years: Vec<i64> = observations
        .iter()
        .filter(|o| super::catalogue::indicator_ref(&o.source_table, &o.key) == reference)
        .map(|o| o.layout_year)
        .collect();
    years.sort();
    years.dedup();
    years
}

/// The newest layout of a catalogue indicator's figures of one area.
pub fn newest_layout(observations: &[super::statistics::AreaObservation], reference: &str) -> Option<i64> {
    layouts_of(observations, reference).last().copied()
}

/// The waypoints of the path: baseline, interim targets, target, by year.
pub fn path(goal: &Goal) -> Option<Vec<(i64, f64)>> {
    let baseline = goal.baseline?;
    let start = year_of(&goal.baseline_period)?;
    let (target, end) = (goal.target?, goal.target_year?);
    let mut points = vec![(start, baseline)];
    points.extend(goal.milestones.iter().filter(|m| m.year > start && m.year < end).map(|m| (m.year, m.value)));
    points.push((end, target));
    Some(points)
}

/// The value the path expects in `year`: none before the baseline (the line starts there), the
/// target after the target year.
pub fn expected_at(points: &[(i64, f64)], year: i64) -> Option<f64> {
    let first = points.first()?;
    let last = points.last()?;
    if year < first.0 {
        return None;
    }
    if year == first.0 {
        return Some(first.1);
    }
    if year >= last.0 {
        return Some(last.1);
    }
    points.windows(2).find(|w| year >= w[0].0 && year <= w[1].0).map(|w| {
        let (y0, v0) = w[0];
        let (y1, v1) = w[1];
        if y1 == y0 { v1 } else { v0 + (v1 - v0) * (year - y0) as f64 / (y1 - y0) as f64 }
    })
}

/// Is `a` at least as good as `b` for an indicator of this direction?
fn at_least(a: f64, b: f64, polarity: Polarity) -> bool {
    match polarity {
        Polarity::HigherIsWorse => a <= b + 1e-9,
        _ => a >= b - 1e-9,
    }
}

/// Judge a goal by its latest value after the baseline year. `values`: (year, value), any order.
pub fn judge(goal: &Goal, values: &[(i64, f64)]) -> Judgement {
    let Some(points) = path(goal) else {
        return if goal.target.is_some() && goal.target_year.is_some() {
            Judgement::NoBaseline
        } else {
            Judgement::NoTarget
        };
    };
    let start = points[0].0;
    let Some(&(year, value)) = values.iter().filter(|(y, _)| *y > start).max_by_key(|(y, _)| *y) else {
        return Judgement::NoData;
    };
    let (target, polarity) = (points[points.len() - 1].1, goal.polarity);
    if at_least(value, target, polarity) {
        return Judgement::Achieved;
    }
    match expected_at(&points, year) {
        Some(expected) if at_least(value, expected, polarity) => Judgement::OnTrack,
        _ => Judgement::Behind,
    }
}

/// Where an entered value stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Review {
    Submitted,
    Approved,
    Returned,
}

impl Review {
    pub fn key(self) -> &'static str {
        match self {
            Review::Submitted => "ingediend",
            Review::Approved => "goedgekeurd",
            Review::Returned => "teruggestuurd",
        }
    }

    pub fn from_key(key: &str) -> Option<Review> {
        [Review::Submitted, Review::Approved, Review::Returned].into_iter().find(|r| r.key() == key)
    }
}

/// A value of an own indicator for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    pub id: i64,
    pub goal_id: i64,
    pub year: i64,
    pub value: f64,
    /// Where the figure comes from ("registratie Buurtwerk").
    pub source: String,
    /// A link or a description of the evidence.
    pub evidence: String,
    pub review: Review,
    /// Why it was returned.
    pub remark: String,
    pub entered_by: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewMeasurement {
    pub year: i64,
    pub value: f64,
    pub source: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct MeasurementInput {
    pub year: String,
    pub value: String,
    pub source_text: String,
    pub evidence: String,
}

impl MeasurementInput {
    pub fn parse(&self, current_year: i64, style: NumberStyle) -> Result<NewMeasurement, FieldErrors> {
        let mut e = FieldErrors::new();
        let year = match parse_year(&self.year) {
            Ok(y) if y > current_year => {
                e.add("year", "error-year-future");
                0
            }
            Ok(y) => y,
            Err(k) => {
                e.add("year", k);
                0
            }
        };
        let value = parse_number(&self.value, style).map_err(|k| k.add_to(&mut e, "value", false)).unwrap_or(0.0);
        let source = self.source_text.trim().to_string();
        if source.is_empty() {
            e.add("source_text", "error-required");
        } else if source.chars().count() > 300 {
            e.add_with("source_text", "error-too-long", vec![("max", "300".into())]);
        }
        let evidence = self.evidence.trim().to_string();
        if evidence.chars().count() > 1_000 {
            e.add_with("evidence", "error-too-long", vec![("max", "1000".into())]);
        }
        e.into_result(|| NewMeasurement { year, value, source, evidence })
    }
}

/// A goal's chart: the path from baseline to target (dashed), the values as dots, axes with ticks.
/// Coordinates in a `WIDTH` × `HEIGHT` SVG viewBox.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// `points` of the path polyline; empty without a path.
    pub path: String,
    /// `points` of the values' polyline.
    pub line: String,
    /// (x, y, year, value) per value.
    pub dots: Vec<(f64, f64, i64, f64)>,
    /// (x, year) along the bottom.
    pub x_ticks: Vec<(f64, i64)>,
    /// (y, value) along the left.
    pub y_ticks: Vec<(f64, f64)>,
}

pub const WIDTH: f64 = 480.0;
pub const HEIGHT: f64 = 220.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// A value axis with round ticks: from `lo` to `hi` (with a little room), in steps of 1, 2, 2.5 or
/// 5 times a power of ten, about four of them; never below zero for values that are not.
pub fn nice_axis(lo: f64, hi: f64) -> (f64, f64, f64) {
    let pad = ((hi - lo) * 0.1).max(if hi.abs().max(lo.abs()) > 0.0 { hi.abs().max(lo.abs()) * 0.05 } else { 1.0 });
    let (raw_lo, raw_hi) = (if lo >= 0.0 { (lo - pad).max(0.0) } else { lo - pad }, hi + pad);
    let rough = (raw_hi - raw_lo) / 4.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step =
        [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(10.0 * magnitude);
    ((raw_lo / step).floor() * step, (raw_hi / step).ceil() * step, step)
}

/// Lay out a goal's path and values (year, value) on one chart.
pub fn chart(goal: &Goal, values: &[(i64, f64)]) -> Chart {
    let waypoints = path(goal).unwrap_or_default();
    let all: Vec<(i64, f64)> = waypoints.iter().chain(values.iter()).copied().collect();
    let (Some(y0), Some(y1)) = (all.iter().map(|p| p.0).min(), all.iter().map(|p| p.0).max()) else {
        return Chart { path: String::new(), line: String::new(), dots: vec![], x_ticks: vec![], y_ticks: vec![] };
    };
    let (lo, hi) = all.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
    let (lo, hi, value_step) = nice_axis(lo, hi);
    let span_years = (y1 - y0).max(1) as f64;
    let x = |year: i64| LEFT + (WIDTH - LEFT - RIGHT) * (year - y0) as f64 / span_years;
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (v - lo) / (hi - lo));
    let points =
        |ps: &[(i64, f64)]| ps.iter().map(|(a, b)| format!("{:.1},{:.1}", x(*a), y(*b))).collect::<Vec<_>>().join(" ");
    let mut sorted = values.to_vec();
    sorted.sort_by_key(|v| v.0);
    // Years: every 1, 2, 5 or 10 years, on round years, at most seven labels (readable on a phone).
    let year_step = [1, 2, 5, 10, 20].into_iter().find(|s| (y1 - y0) / s <= 6).unwrap_or(50);
    let x_ticks = (y0..=y1).filter(|yr| yr % year_step == 0).map(|yr| (x(yr), yr)).collect();
    let count = ((hi - lo) / value_step).round() as i64;
    let y_ticks = (0..=count)
        .map(|i| lo + value_step * i as f64)
        .map(|v| (y(v), (v / value_step).round() * value_step))
        .map(|(at, v)| (at, (v * 1e6).round() / 1e6))
        .collect();
    Chart {
        path: points(&waypoints),
        line: points(&sorted),
        dots: sorted.iter().map(|(yr, v)| (x(*yr), y(*v), *yr, *v)).collect(),
        x_ticks,
        y_ticks,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_series_joins_an_older_layout_only_where_the_area_kept_its_borders() {
        use crate::domain::statistics::{AreaObservation, Cell};
        let obs = |table: &str, key: &str, layout: i64, period: &str, value: f64| AreaObservation {
            area_code: "WK059901".into(),
            layout_year: layout,
            source_table: table.into(),
            key: key.into(),
            variant: String::new(),
            period: period.into(),
            cell: Cell::Value { value, symbol: None },
        };
        let observations = vec![
            obs("85618NED", "AantalInwoners_5", 2023, "2023JJ00", 41_000.0),
            obs("85984NED", "AantalInwoners_5", 2024, "2024JJ00", 42_565.0),
        ];
        let reference = "kwb:AantalInwoners";
        assert_eq!(super::layouts_of(&observations, reference), [2023, 2024]);
        assert_eq!(
            super::catalogue_series(&observations, reference, "", &|_| false),
            [(2024, 42_565.0)],
            "without a crosswalk the 2023 figure is not joined on the code"
        );
        assert_eq!(
            super::catalogue_series(&observations, reference, "", &|y| y == 2023),
            [(2023, 41_000.0), (2024, 42_565.0)],
            "an area that kept its borders carries its figures over"
        );
    }

    #[test]
    fn the_chart_spans_baseline_to_target_and_places_values_inside() {
        let g = goal(30.0, 20.0, Polarity::HigherIsWorse, vec![]);
        let c = chart(&g, &[(2024, 25.0), (2022, 27.0)]);
        assert_eq!(c.path.split(' ').count(), 2);
        assert_eq!(c.dots.iter().map(|d| d.2).collect::<Vec<_>>(), [2022, 2024], "values in year order");
        assert!(c.dots.iter().all(|d| d.0 > LEFT && d.0 < WIDTH - RIGHT && d.1 > TOP && d.1 < HEIGHT - BOTTOM));
        assert_eq!(c.x_ticks.first().unwrap().1, 2020);
        assert_eq!(c.x_ticks.last().unwrap().1, 2030);
        let ys: Vec<f64> = c.y_ticks.iter().map(|t| t.1).collect();
        assert_eq!(ys, [15.0, 20.0, 25.0, 30.0, 35.0], "round values");
        let empty = chart(&Goal { baseline: None, ..g }, &[]);
        assert!(empty.dots.is_empty() && empty.path.is_empty());
    }

    #[test]
    fn axes_have_round_ticks_that_hold_every_value() {
        // The demo's odd axis: 29, 62, 95, 128, 161.
        assert_eq!(nice_axis(40.0, 150.0), (0.0, 200.0, 50.0));
        for (lo, hi) in [(0.0, 1.0), (0.31, 0.36), (12.0, 12.0), (-3.0, 4.5), (1200.0, 13066.0), (33.6, 49.9)] {
            let (a, b, step) = nice_axis(lo, hi);
            assert!(a <= lo && b >= hi, "{lo}..{hi}: {a}..{b}");
            assert!(lo < 0.0 || a >= 0.0, "{lo}: {a}");
            let ticks = ((b - a) / step).round();
            assert!((3.0..=8.0).contains(&ticks), "{lo}..{hi}: {ticks} steps of {step}");
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!([1.0, 2.0, 2.5, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-9), "{step}");
            assert!(((a / step) - (a / step).round()).abs() < 1e-9, "starts on a tick: {a} / {step}");
        }
    }

    use super::*;
    use crate::domain::catalogue::Theme;
    use crate::domain::goal::{GoalIndicator, Milestone};

    fn goal(baseline: f64, target: f64, polarity: Polarity, milestones: Vec<Milestone>) -> Goal {
        Goal {
            id: 1,
            programme_id: 1,
            themes: vec![Theme::Work],
            title: "Doel".into(),
            description: String::new(),
            indicator: GoalIndicator::Own { name: "x".into(), unit: "%".into() },
            polarity,
            baseline: Some(baseline),
            baseline_period: "2020JJ00".into(),
            target: Some(target),
            target_year: Some(2030),
            milestones,
            position: 1,
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn periods_name_their_year() {
        assert_eq!(year_of("2020JJ00"), Some(2020));
        assert_eq!(year_of("2024"), Some(2024));
        assert_eq!(year_of("2019/2020"), Some(2020));
        assert_eq!(year_of("onbekend"), None);
    }

    #[test]
    fn the_path_runs_straight_from_baseline_through_interim_targets_to_the_target() {
        let g = goal(30.0, 20.0, Polarity::HigherIsWorse, vec![Milestone { year: 2025, value: 28.0 }]);
        let p = path(&g).unwrap();
        assert_eq!(p, [(2020, 30.0), (2025, 28.0), (2030, 20.0)]);
        assert_eq!(expected_at(&p, 2022), Some(29.2));
        assert_eq!(expected_at(&p, 2028), Some(23.2));
        assert_eq!(expected_at(&p, 2035), Some(20.0));
        assert_eq!(expected_at(&p, 2020), Some(30.0));
        assert_eq!(expected_at(&p, 2016), None, "no line before the baseline, so nothing expected");
    }

    #[test]
    fn progress_is_judged_against_the_path_in_the_indicators_direction() {
        let worse = goal(30.0, 20.0, Polarity::HigherIsWorse, vec![]);
        assert_eq!(judge(&worse, &[]), Judgement::NoData);
        assert_eq!(judge(&worse, &[(2020, 10.0)]), Judgement::NoData, "the baseline year itself is no progress");
        assert_eq!(judge(&worse, &[(2024, 25.0)]), Judgement::OnTrack, "expected 26 in 2024");
        assert_eq!(judge(&worse, &[(2024, 27.0)]), Judgement::Behind);
        assert_eq!(judge(&worse, &[(2024, 27.0), (2026, 19.5)]), Judgement::Achieved, "the latest value counts");
        let better = goal(60.0, 70.0, Polarity::HigherIsBetter, vec![]);
        assert_eq!(judge(&better, &[(2025, 65.0)]), Judgement::OnTrack);
        assert_eq!(judge(&better, &[(2025, 64.0)]), Judgement::Behind);
        let mut open = better.clone();
        open.target = None;
        assert_eq!(judge(&open, &[(2025, 64.0)]), Judgement::NoTarget);
        let mut unmeasured = better.clone();
        unmeasured.baseline = None;
        assert_eq!(judge(&unmeasured, &[(2025, 64.0)]), Judgement::NoBaseline, "a target, but no line to it");
    }

    #[test]
    fn an_entered_value_needs_a_past_year_a_number_and_a_source() {
        let e = MeasurementInput { year: "2031".into(), value: "veel".into(), ..Default::default() }
            .parse(2026, NumberStyle::Dutch)
            .unwrap_err();
        assert_eq!(e.get("year").unwrap().key, "error-year-future");
        assert_eq!(e.get("value").unwrap().key, "error-number");
        assert_eq!(e.get("source_text").unwrap().key, "error-required");
        let m = MeasurementInput {
            year: "2025".into(),
            value: "14".into(),
            source_text: "Registratie".into(),
            evidence: String::new(),
        }
        .parse(2026, NumberStyle::Dutch)
        .unwrap();
        assert_eq!((m.year, m.value), (2025, 14.0));
    }
}
