//! Step 5, agility: the agenda is adjusted on the way, and every adjustment is recorded with its
//! reason and, when there is one, the governance decision it rests on ("doelwaarde verhoogd van 55
//! naar 60 op 12 maart 2025, besluit SG-2025-14"). This module says what changed between two
//! versions of a goal or measure and checks the note that must come with a change.

use super::goal::{Goal, GoalIndicator, number_text};
use super::measure::Measure;
use super::validation::FieldErrors;

/// What a revision is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Vision,
    Goal,
    Measure,
}

impl Subject {
    pub fn key(self) -> &'static str {
        match self {
            Subject::Vision => "visie",
            Subject::Goal => "doel",
            Subject::Measure => "maatregel",
        }
    }

    pub fn from_key(key: &str) -> Option<Subject> {
        [Subject::Vision, Subject::Goal, Subject::Measure].into_iter().find(|s| s.key() == key)
    }
}

/// How a changed value reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    /// A figure: shown as a number, and the change as raised or lowered.
    Number,
    /// A short text shown before and after.
    Text,
    /// A long text (description, vision): the change is named, the texts are behind a disclosure.
    Long,
}

impl ValueKind {
    pub fn is_long(self) -> bool {
        self == ValueKind::Long
    }
}

/// One field that changed. `field` is a message key suffix (`revision-field-…`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub kind: ValueKind,
    pub before: String,
    pub after: String,
}

impl FieldChange {
    fn new(field: &str, kind: ValueKind, before: String, after: String) -> FieldChange {
        FieldChange { field: field.to_string(), kind, before, after }
    }

    /// `verhoogd`/`verlaagd` for figures that went up or down, else `gewijzigd` (message key suffix).
    pub fn verb(&self) -> &'static str {
        match (self.kind, self.before.parse::<f64>(), self.after.parse::<f64>()) {
            (ValueKind::Number, Ok(b), Ok(a)) if a > b => "raised",
            (ValueKind::Number, Ok(b), Ok(a)) if a < b => "lowered",
            _ if self.before.is_empty() => "set",
            _ if self.after.is_empty() => "cleared",
            _ => "changed",
        }
    }
}

/// A recorded revision.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub id: i64,
    pub programme_id: i64,
    pub subject: Subject,
    pub subject_id: i64,
    pub subject_title: String,
    pub changes: Vec<FieldChange>,
    pub reason: String,
    /// The decision it rests on (`SG-2026-1`), or empty.
    pub decision: String,
    pub by: String,
    /// RFC 3339 UTC.
    pub at: String,
}

impl Revision {
    pub fn year(&self) -> Option<i64> {
        self.at.get(..4).and_then(|y| y.parse().ok())
    }
}

/// Why something changed: required with every change of a vision, goal or measure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RevisionNote {
    pub reason: String,
    pub decision: String,
}

pub const MAX_REASON: usize = 2_000;

impl RevisionNote {
    /// Checks the reason (required, at most 2000 characters) and the decision (one of `known`, or none).
    pub fn parse(reason: &str, decision: &str, known: &[String], errors: &mut FieldErrors) -> RevisionNote {
        let reason = reason.trim();
        if reason.is_empty() {
            errors.add("reason", "error-reason-required");
        } else if reason.chars().count() > MAX_REASON {
            errors.add_with("reason", "error-too-long", vec![("max", MAX_REASON.to_string())]);
        }
        let decision = decision.trim();
        if !decision.is_empty() && !known.iter().any(|k| k == decision) {
            errors.add("decision", "error-decision-unknown");
        }
        RevisionNote { reason: reason.to_string(), decision: decision.to_string() }
    }

    /// The note of a change made without a person deciding (the demo, an import).
    pub fn system(reason: &str) -> RevisionNote {
        RevisionNote { reason: reason.to_string(), decision: String::new() }
    }
}

fn opt(v: Option<f64>) -> String {
    v.map(number_text).unwrap_or_default()
}

fn push(out: &mut Vec<FieldChange>, field: &str, kind: ValueKind, before: String, after: String) {
    if before != after {
        out.push(FieldChange::new(field, kind, before, after));
    }
}

fn indicator_text(g: &Goal) -> String {
    match &g.indicator {
        GoalIndicator::Catalogue { title, area_code, variant, .. } if !variant.is_empty() => {
            format!("{title}, {} ({area_code})", super::catalogue::variant_label(variant, false))
        }
        GoalIndicator::Catalogue { title, area_code, .. } => format!("{title} ({area_code})"),
        GoalIndicator::Own { name, unit } if unit.is_empty() => name.clone(),
        GoalIndicator::Own { name, unit } => format!("{name} ({unit})"),
    }
}

/// The fields that differ between two versions of a goal, in form order.
pub fn goal_changes(before: &Goal, after: &Goal) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let themes = |g: &Goal| g.themes.iter().map(|t| t.key()).collect::<Vec<_>>().join(", ");
    let milestones = |g: &Goal| {
        g.milestones.iter().map(|m| format!("{}: {}", m.year, number_text(m.value))).collect::<Vec<_>>().join("; ")
    };
    push(&mut out, "title", ValueKind::Text, before.title.clone(), after.title.clone());
    push(&mut out, "themes", ValueKind::Text, themes(before), themes(after));
    push(&mut out, "description", ValueKind::Long, before.description.clone(), after.description.clone());
    push(&mut out, "indicator", ValueKind::Text, indicator_text(before), indicator_text(after));
    push(&mut out, "baseline", ValueKind::Number, opt(before.baseline), opt(after.baseline));
    push(&mut out, "baseline-period", ValueKind::Text, before.baseline_period.clone(), after.baseline_period.clone());
    push(&mut out, "target", ValueKind::Number, opt(before.target), opt(after.target));
    push(
        &mut out,
        "target-year",
        ValueKind::Text,
        before.target_year.map(|y| y.to_string()).unwrap_or_default(),
        after.target_year.map(|y| y.to_string()).unwrap_or_default(),
    );
    push(&mut out, "milestones", ValueKind::Text, milestones(before), milestones(after));
    out
}

/// The fields that differ between two versions of a measure; `goal_title` names linked goals.
pub fn measure_changes(before: &Measure, after: &Measure, goal_title: &dyn Fn(i64) -> String) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let goals = |m: &Measure| m.goal_ids.iter().map(|id| goal_title(*id)).collect::<Vec<_>>().join("; ");
    let name = |p: &Option<(i64, String)>| p.as_ref().map(|p| p.1.clone()).unwrap_or_default();
    let partners = |m: &Measure| m.partners.iter().map(|p| p.1.as_str()).collect::<Vec<_>>().join(", ");
    push(&mut out, "title", ValueKind::Text, before.title.clone(), after.title.clone());
    push(&mut out, "description", ValueKind::Long, before.description.clone(), after.description.clone());
    push(&mut out, "goals", ValueKind::Text, goals(before), goals(after));
    push(&mut out, "owner", ValueKind::Text, name(&before.owner), name(&after.owner));
    push(&mut out, "partners", ValueKind::Text, partners(before), partners(after));
    push(&mut out, "starts-on", ValueKind::Text, before.starts_on.clone(), after.starts_on.clone());
    push(&mut out, "ends-on", ValueKind::Text, before.ends_on.clone(), after.ends_on.clone());
    push(&mut out, "status", ValueKind::Text, before.status.key().to_string(), after.status.key().to_string());
    push(&mut out, "plan", ValueKind::Text, name(&before.plan), name(&after.plan));
    out
}

/// The change of a vision's text.
pub fn vision_change(before: &str, after: &str) -> Vec<FieldChange> {
    let mut out = Vec::new();
    push(&mut out, "vision", ValueKind::Long, before.to_string(), after.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{Polarity, Theme};
    use crate::domain::goal::Milestone;

    fn goal() -> Goal {
        Goal {
            id: 1,
            programme_id: 1,
            themes: vec![Theme::Work],
            title: "Minder armoede".into(),
            description: "Tekst".into(),
            indicator: GoalIndicator::Own { name: "Deelnemers".into(), unit: "%".into() },
            polarity: Polarity::HigherIsBetter,
            baseline: Some(40.0),
            baseline_period: "2022".into(),
            target: Some(55.0),
            target_year: Some(2030),
            milestones: vec![],
            position: 0,
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn a_raised_target_is_one_change_that_reads_as_raised() {
        let before = goal();
        let after = Goal { target: Some(60.0), ..goal() };
        let changes = goal_changes(&before, &after);
        assert_eq!(changes, vec![FieldChange::new("target", ValueKind::Number, "55".into(), "60".into())]);
        assert_eq!(changes[0].verb(), "raised");
        let lowered = goal_changes(&after, &Goal { target: Some(52.5), ..goal() });
        assert_eq!((lowered[0].after.as_str(), lowered[0].verb()), ("52.5", "lowered"));
    }

    #[test]
    fn unchanged_goal_gives_no_changes_and_interim_targets_count() {
        assert!(goal_changes(&goal(), &goal()).is_empty());
        let with = Goal { milestones: vec![Milestone { year: 2027, value: 47.0 }], ..goal() };
        let changes = goal_changes(&goal(), &with);
        assert_eq!(changes[0].field, "milestones");
        assert_eq!((changes[0].after.as_str(), changes[0].verb()), ("2027: 47", "set"));
    }

    #[test]
    fn a_note_needs_a_reason_and_a_known_decision() {
        let known = vec!["SG-2025-14".to_string()];
        let mut errors = FieldErrors::new();
        RevisionNote::parse("  ", "SG-1999-1", &known, &mut errors);
        assert_eq!(errors.get("reason").unwrap().key, "error-reason-required");
        assert_eq!(errors.get("decision").unwrap().key, "error-decision-unknown");
        let mut errors = FieldErrors::new();
        let note = RevisionNote::parse(" Eerder gehaald ", "SG-2025-14", &known, &mut errors);
        assert!(errors.is_empty());
        assert_eq!(note, RevisionNote { reason: "Eerder gehaald".into(), decision: "SG-2025-14".into() });
    }
}
