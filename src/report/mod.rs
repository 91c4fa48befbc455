//! Step 5, the yearly progress report (voortgangsrapportage): generated from what the programme
//! recorded, never typed. Results first (goals against their targets, the stories behind the
//! curves, who is better off), efforts second (measures, commitments, money), then the
//! preconditions, the adjustments of the year and the successes.
//!
//! `build` gathers the report from the store; `html` renders it for the web and as a standalone
//! file; `pdf` typesets it natively (Typst, see `crates/report-pdf`).

pub mod html;
pub mod meeting;
pub mod paper;
pub mod pdf;
pub mod wijkdeal;

use crate::domain::area_union::PROGRAMME_AREA;
use crate::domain::catalogue::Theme;
use crate::domain::goal::{Goal, GoalIndicator, by_theme};
use crate::domain::measure::{Finance, Measure, finance, money_theme};
use crate::domain::monitoring::{Chart, Judgement, Measurement, Review, chart, judge};
use crate::domain::preconditions::{Outcome, Round, outcomes};
use crate::domain::programme::Programme;
use crate::domain::revision::Revision;
use crate::domain::success::Success;
use crate::store::{Store, StoreResult};
use std::collections::HashMap;

/// The attribution every report carries for the open statistics it uses.
pub use crate::domain::statistics::ATTRIBUTION;

/// A goal with what is known of its progress.
#[derive(Debug, Clone)]
pub struct GoalProgress {
    pub goal: Goal,
    pub judgement: Judgement,
    /// `judgement-…` catalogue key.
    pub judgement_key: String,
    /// (year, value) that count: published figures, or approved entered values.
    pub values: Vec<(i64, f64)>,
    /// (year, value, what the path expects that year).
    pub rows: Vec<(i64, f64, Option<f64>)>,
    pub chart: Chart,
    /// Stories behind the curve: (year, text).
    pub stories: Vec<(i64, String)>,
    /// Where the values come from: the statistics, or the sources named with entered values.
    pub sources: Vec<String>,
    /// The area a catalogue goal is measured for.
    pub measured_for: Option<MeasuredFor>,
}

/// The area a catalogue goal's figures are of.
#[derive(Debug, Clone, PartialEq)]
pub enum MeasuredFor {
    /// The programme's areas taken together (`area_union`).
    ProgrammeArea,
    /// One area, by its name in the programme.
    Area(String),
}

impl GoalProgress {
    pub fn latest(&self) -> Option<&(i64, f64)> {
        self.values.iter().max_by_key(|v| v.0)
    }

    /// "the programme area" or the area's name, for a catalogue goal.
    pub fn measured_for(&self, lang: &crate::i18n::Lang) -> Option<String> {
        match &self.measured_for {
            Some(MeasuredFor::ProgrammeArea) => Some(lang.t("goal-area-programme-name")),
            Some(MeasuredFor::Area(name)) => Some(name.clone()),
            None => None,
        }
    }

    /// The story behind the curve told for `year`.
    pub fn story_of(&self, year: i64) -> Option<&str> {
        self.stories.iter().find(|s| s.0 == year).map(|s| s.1.as_str())
    }
}

/// The progress of every goal of a programme, judged on the values up to `up_to` (all values when
/// None). Also returns every entered value (members see those awaiting review; they do not count).
pub async fn goal_progress(
    store: &Store,
    programme_id: i64,
    up_to: Option<i64>,
) -> StoreResult<(Vec<GoalProgress>, Vec<Measurement>)> {
    let goals = store.goals(programme_id).await?;
    let programme = store.programme(programme_id).await?;
    let measurements = store.measurements(programme_id).await?;
    let stories = store.goal_stories(programme_id).await?;
    let until = up_to.unwrap_or(i64::MAX);
    let mut out = Vec::with_capacity(goals.len());
    // Goals usually share an area: its figures are read once.
    let mut observed: HashMap<String, Vec<crate::domain::statistics::AreaObservation>> = HashMap::new();
    // Goals on the programme's whole area: its figures are combined once.
    let mut whole: Option<crate::store::ProgrammeAreaFigures> = None;
    for goal in goals {
        let (mut values, sources): (Vec<(i64, f64)>, Vec<String>) = match &goal.indicator {
            GoalIndicator::Catalogue { reference, area_code, variant, .. } if area_code == PROGRAMME_AREA => {
                let (union, same) = match whole.take() {
                    Some(figures) => figures,
                    None => {
                        let parts = crate::domain::area_union::parts(programme.areas.iter().map(|a| &a.code));
                        store.programme_area_figures(&parts).await?
                    }
                };
                let values = crate::domain::area_union::series(&union, &same, reference, variant);
                whole = Some((union, same));
                (values, vec![ATTRIBUTION.to_string()])
            }
            GoalIndicator::Catalogue { reference, area_code, variant, .. } => {
                if !observed.contains_key(area_code) {
                    observed.insert(area_code.clone(), store.area_observations(area_code, None).await?);
                }
                (
                    store.series_in_one_layout(&observed[area_code], area_code, reference, variant).await?,
                    vec![ATTRIBUTION.to_string()],
                )
            }
            GoalIndicator::Own { .. } => {
                let approved: Vec<&Measurement> = measurements
                    .iter()
                    .filter(|m| m.goal_id == goal.id && m.review == Review::Approved && m.year <= until)
                    .collect();
                let mut sources: Vec<String> = approved.iter().map(|m| m.source.clone()).collect();
                sources.sort();
                sources.dedup();
                (approved.iter().map(|m| (m.year, m.value)).collect(), sources)
            }
        };
        values.retain(|v| v.0 <= until);
        let judgement = judge(&goal, &values);
        let waypoints = crate::domain::monitoring::path(&goal);
        let mut rows: Vec<(i64, f64, Option<f64>)> = values
            .iter()
            .map(|(y, v)| (*y, *v, waypoints.as_ref().and_then(|p| crate::domain::monitoring::expected_at(p, *y))))
            .collect();
        rows.sort_by_key(|r| r.0);
        out.push(GoalProgress {
            rows,
            judgement_key: format!("judgement-{}", judgement.key()),
            chart: chart(&goal, &values),
            stories: stories.iter().filter(|s| s.0 == goal.id && s.1 <= until).map(|s| (s.1, s.2.clone())).collect(),
            sources,
            measured_for: match &goal.indicator {
                GoalIndicator::Catalogue { area_code, .. } if area_code == PROGRAMME_AREA => {
                    Some(MeasuredFor::ProgrammeArea)
                }
                GoalIndicator::Catalogue { area_code, .. } => Some(MeasuredFor::Area(
                    programme
                        .areas
                        .iter()
                        .find(|a| a.code.as_str() == area_code)
                        .map(|a| a.name.clone())
                        .unwrap_or_else(|| area_code.clone()),
                )),
                GoalIndicator::Own { .. } => None,
            },
            values,
            judgement,
            goal,
        });
    }
    Ok((out, measurements))
}

/// Group goal progress by the theme of each goal, in the agenda's order.
pub fn group_by_theme(all: Vec<GoalProgress>) -> Vec<(Theme, Vec<GoalProgress>)> {
    let order: Vec<Goal> = all.iter().map(|g| g.goal.clone()).collect();
    let mut rest = all;
    by_theme(&order)
        .into_iter()
        .map(|(t, goals)| {
            let mut of = Vec::new();
            for g in goals {
                if let Some(i) = rest.iter().position(|x| x.goal.id == g.id) {
                    of.push(rest.swap_remove(i));
                }
            }
            (t, of)
        })
        .collect()
}

/// (judgement, number of goals) for the judgements that occur, in their fixed order.
pub fn judgement_counts(goals: &[GoalProgress]) -> Vec<(Judgement, usize)> {
    Judgement::ALL
        .iter()
        .map(|j| (*j, goals.iter().filter(|g| g.judgement == *j).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// A measure as the report shows it: status, the year's results, its commitments.
#[derive(Debug, Clone)]
pub struct MeasureLine {
    pub measure: Measure,
    /// Titles of the goals it serves.
    pub goals: Vec<String>,
}

/// A yearly progress report.
#[derive(Debug, Clone)]
pub struct Report {
    pub programme: Programme,
    pub year: i64,
    /// Goals per theme, judged on the values up to and including `year`.
    pub themes: Vec<(Theme, Vec<GoalProgress>)>,
    pub counts: Vec<(Judgement, usize)>,
    pub total_goals: usize,
    /// Achieved or on track.
    pub on_track: usize,
    pub measures: Vec<MeasureLine>,
    /// Commitments: how many there are, and how many delivered all they promised.
    pub commitments_total: usize,
    pub commitments_met: usize,
    /// Budget lines of `year`, grouped.
    pub finance: Finance,
    /// The latest assessment round opened up to the end of `year`, with its outcomes.
    pub round: Option<(Round, Vec<Outcome>)>,
    /// The adjustments of the agenda made in `year`, newest first.
    pub revisions: Vec<Revision>,
    /// Milestones and successes of `year`, most recent first.
    pub successes: Vec<Success>,
    /// Every source the figures come from (the attribution of the statistics first).
    pub sources: Vec<String>,
}

/// The kind under which a yearly progress report is published (`published_reports.kind`).
pub const KIND: &str = "voortgang";

impl Report {
    pub fn title(&self, lang: crate::i18n::Lang) -> String {
        lang.t_args("report-title", &[("year", self.year.to_string()), ("programme", self.programme.name.clone())])
    }
}

/// Gather the report of `programme` for `year` from the store.
pub async fn build(store: &Store, programme: Programme, year: i64) -> StoreResult<Report> {
    let pid = programme.id;
    let (goals, _) = goal_progress(store, pid, Some(year)).await?;
    let total_goals = goals.len();
    let on_track = goals.iter().filter(|g| matches!(g.judgement, Judgement::Achieved | Judgement::OnTrack)).count();
    let counts = judgement_counts(&goals);
    let mut sources: Vec<String> = goals.iter().flat_map(|g| g.sources.iter().cloned()).collect();
    sources.sort_by_key(|s| (s != ATTRIBUTION, s.clone()));
    sources.dedup();
    let titles: HashMap<i64, String> = goals.iter().map(|g| (g.goal.id, g.goal.title.clone())).collect();
    let themes_of: HashMap<i64, Theme> = goals.iter().map(|g| (g.goal.id, g.goal.theme())).collect();
    let themes = group_by_theme(goals);
    let all_measures = store.measures(pid).await?;
    let mut commitments_total = 0;
    let mut commitments_met = 0;
    for c in all_measures.iter().flat_map(|m| m.commitments.iter()) {
        commitments_total += 1;
        if c.delivered >= c.promised {
            commitments_met += 1;
        }
    }
    let of_year: Vec<Measure> = all_measures
        .iter()
        .map(|m| Measure { budget: m.budget.iter().filter(|b| b.year == year).cloned().collect(), ..m.clone() })
        .collect();
    let finance = finance(&of_year, |m| money_theme(m, |g| themes_of.get(&g).copied()));
    // Measures that ran in the year (started before its end and not ended before it began).
    let measures = all_measures
        .into_iter()
        .filter(|m| {
            let start = m.starts_on.get(..4).and_then(|y| y.parse::<i64>().ok()).unwrap_or(i64::MIN);
            let end = m.ends_on.get(..4).and_then(|y| y.parse::<i64>().ok()).unwrap_or(i64::MAX);
            start <= year && end >= year
        })
        .map(|m| MeasureLine { goals: m.goal_ids.iter().filter_map(|g| titles.get(g).cloned()).collect(), measure: m })
        .collect();
    let year_text = year.to_string();
    let rounds = store.assessment_rounds(pid).await?;
    let latest = rounds
        .into_iter()
        .filter(|r| r.opened_on.get(..4).is_some_and(|y| y <= year_text.as_str()))
        .max_by(|a, b| a.opened_on.cmp(&b.opened_on).then(a.id.cmp(&b.id)));
    let round = match latest {
        Some(r) => {
            let responses = store.assessment_responses(pid).await?;
            let of: Vec<_> = responses.into_iter().filter(|(id, _)| *id == r.id).map(|(_, x)| x).collect();
            Some((r, outcomes(&of)))
        }
        None => None,
    };
    let revisions = store.revisions(pid, None).await?.into_iter().filter(|r| r.year() == Some(year)).collect();
    let successes = store.successes(pid).await?.into_iter().filter(|s| s.year() == year).collect();
    Ok(Report {
        programme,
        year,
        themes,
        counts,
        total_goals,
        on_track,
        measures,
        commitments_total,
        commitments_met,
        finance,
        round,
        revisions,
        successes,
        sources,
    })
}
