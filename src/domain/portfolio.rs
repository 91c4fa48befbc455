//! A gemeente's portfolio: all its programmes side by side — how their goals stand, and the money
//! planned and spent per source and year, adding up to the gemeente's total. Pure: the use case
//! (`app::portfolio`) reads each programme as far as the viewer may see it.

use super::measure::{BudgetLine, Measure, Source};
use super::monitoring::Judgement;
use std::collections::BTreeMap;

/// How many of a programme's goals stand where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct GoalCounts {
    pub reached: usize,
    pub on_course: usize,
    pub behind: usize,
    /// No value after the baseline yet, no target or no baseline: nothing to judge.
    pub unjudged: usize,
}

impl GoalCounts {
    pub fn of(judgements: impl IntoIterator<Item = Judgement>) -> GoalCounts {
        let mut c = GoalCounts::default();
        for j in judgements {
            match j {
                Judgement::Achieved => c.reached += 1,
                Judgement::OnTrack => c.on_course += 1,
                Judgement::Behind => c.behind += 1,
                Judgement::NoData | Judgement::NoTarget | Judgement::NoBaseline => c.unjudged += 1,
            }
        }
        c
    }

    pub fn total(&self) -> usize {
        self.reached + self.on_course + self.behind + self.unjudged
    }
}

/// Planned and spent, in cents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Amount {
    pub planned_cents: i64,
    pub spent_cents: i64,
}

impl Amount {
    fn add(&mut self, b: &BudgetLine) {
        self.planned_cents += b.planned_cents;
        self.spent_cents += b.spent_cents;
    }

    fn plus(&mut self, other: Amount) {
        self.planned_cents += other.planned_cents;
        self.spent_cents += other.spent_cents;
    }
}

/// Money per source (in `Source::ALL` order) and year, with the totals of each row and column and
/// of the whole; every total is the sum of the cells it spans.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Money {
    pub cells: BTreeMap<(usize, i64), Amount>,
    pub by_source: BTreeMap<usize, Amount>,
    pub by_year: BTreeMap<i64, Amount>,
    pub total: Amount,
}

impl Money {
    /// The budget lines of `measures`.
    pub fn of(measures: &[Measure]) -> Money {
        Money::of_lines(measures.iter().flat_map(|x| &x.budget))
    }

    pub fn of_lines<'a>(lines: impl IntoIterator<Item = &'a BudgetLine>) -> Money {
        let mut m = Money::default();
        for b in lines {
            let source = Source::ALL.iter().position(|s| *s == b.source).unwrap_or(Source::ALL.len() - 1);
            m.cells.entry((source, b.year)).or_default().add(b);
            m.by_source.entry(source).or_default().add(b);
            m.by_year.entry(b.year).or_default().add(b);
            m.total.add(b);
        }
        m
    }

    /// Several programmes' money together.
    pub fn sum<'a>(all: impl IntoIterator<Item = &'a Money>) -> Money {
        let mut m = Money::default();
        for one in all {
            for (k, a) in &one.cells {
                m.cells.entry(*k).or_default().plus(*a);
            }
            for (k, a) in &one.by_source {
                m.by_source.entry(*k).or_default().plus(*a);
            }
            for (k, a) in &one.by_year {
                m.by_year.entry(*k).or_default().plus(*a);
            }
            m.total.plus(one.total);
        }
        m
    }

    /// The years with money, in order.
    pub fn years(&self) -> Vec<i64> {
        self.by_year.keys().copied().collect()
    }

    /// The sources with money, in `Source::ALL` order.
    pub fn sources(&self) -> Vec<Source> {
        self.by_source.keys().map(|i| Source::ALL[*i]).collect()
    }

    pub fn cell(&self, source: Source, year: i64) -> Amount {
        let i = Source::ALL.iter().position(|s| *s == source).unwrap_or(0);
        self.cells.get(&(i, year)).copied().unwrap_or_default()
    }

    pub fn of_source(&self, source: Source) -> Amount {
        let i = Source::ALL.iter().position(|s| *s == source).unwrap_or(0);
        self.by_source.get(&i).copied().unwrap_or_default()
    }

    pub fn of_year(&self, year: i64) -> Amount {
        self.by_year.get(&year).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::measure::CostKind;

    fn line(year: i64, source: Source, planned: i64, spent: i64) -> BudgetLine {
        BudgetLine {
            id: 0,
            year,
            planned_cents: planned,
            spent_cents: spent,
            source,
            funder: None,
            kind: CostKind::Execution,
            note: String::new(),
        }
    }

    #[test]
    fn every_total_is_the_sum_of_its_cells_across_programmes() {
        let a = Money::of_lines(&[
            line(2025, Source::Municipality, 100, 80),
            line(2026, Source::Municipality, 200, 0),
            line(2025, Source::Housing, 50, 50),
        ]);
        let b = Money::of_lines(&[line(2026, Source::Municipality, 30, 10), line(2027, Source::State, 7, 0)]);
        let all = Money::sum([&a, &b]);
        assert_eq!(all.total, Amount { planned_cents: 387, spent_cents: 140 });
        assert_eq!(all.total.planned_cents, a.total.planned_cents + b.total.planned_cents);
        assert_eq!(all.cell(Source::Municipality, 2026), Amount { planned_cents: 230, spent_cents: 10 });
        assert_eq!(all.of_source(Source::Municipality), Amount { planned_cents: 330, spent_cents: 90 });
        assert_eq!(all.of_year(2025), Amount { planned_cents: 150, spent_cents: 130 });
        assert_eq!(all.years(), vec![2025, 2026, 2027]);
        assert_eq!(all.sources(), vec![Source::Municipality, Source::Housing, Source::State]);
        let rows: i64 = all.sources().iter().map(|s| all.of_source(*s).planned_cents).sum();
        let columns: i64 = all.years().iter().map(|y| all.of_year(*y).planned_cents).sum();
        let cells: i64 = all.cells.values().map(|a| a.planned_cents).sum();
        assert_eq!((rows, columns, cells), (387, 387, 387));
    }

    #[test]
    fn goals_are_counted_by_where_they_stand() {
        let c = GoalCounts::of([
            Judgement::Achieved,
            Judgement::OnTrack,
            Judgement::OnTrack,
            Judgement::Behind,
            Judgement::NoData,
            Judgement::NoTarget,
        ]);
        assert_eq!(c, GoalCounts { reached: 1, on_course: 2, behind: 1, unjudged: 2 });
        assert_eq!(c.total(), 6);
    }
}
