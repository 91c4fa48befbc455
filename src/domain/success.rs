//! Step 5, milestones reached and successes to celebrate: a wijkaanpak runs for a generation, and
//! the coalition keeps going by marking what worked ("eerste buurtkamer open", "100ste jongere
//! met een startkwalificatie"). Each has the date it happened and may point at a goal or measure.

use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuccessKind {
    /// A milestone of the plan reached ("wijkdeal ondertekend").
    Milestone,
    /// Something to celebrate ("buurtfeest met 400 bewoners").
    Success,
}

impl SuccessKind {
    pub const ALL: [SuccessKind; 2] = [SuccessKind::Milestone, SuccessKind::Success];

    pub fn key(self) -> &'static str {
        match self {
            SuccessKind::Milestone => "mijlpaal",
            SuccessKind::Success => "succes",
        }
    }

    pub fn from_key(key: &str) -> Option<SuccessKind> {
        SuccessKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Success {
    pub id: i64,
    pub programme_id: i64,
    pub kind: SuccessKind,
    /// `2026-03-12`.
    pub happened_on: String,
    pub title: String,
    pub description: String,
    /// The goal or measure it belongs to: (id, title).
    pub goal: Option<(i64, String)>,
    pub measure: Option<(i64, String)>,
    pub version: i64,
}

impl Success {
    pub fn year(&self) -> i64 {
        self.happened_on.get(..4).and_then(|y| y.parse().ok()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewSuccess {
    pub kind: SuccessKind,
    pub happened_on: String,
    pub title: String,
    pub description: String,
    pub goal_id: Option<i64>,
    pub measure_id: Option<i64>,
}

/// The form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct SuccessInput {
    pub kind: String,
    pub happened_on: String,
    pub title: String,
    pub description: String,
    pub goal: String,
    pub measure: String,
    pub version: String,
}

pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 4_000;

impl SuccessInput {
    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    pub fn from_success(s: &Success) -> SuccessInput {
        SuccessInput {
            kind: s.kind.key().into(),
            happened_on: s.happened_on.clone(),
            title: s.title.clone(),
            description: s.description.clone(),
            goal: s.goal.as_ref().map(|g| g.0.to_string()).unwrap_or_default(),
            measure: s.measure.as_ref().map(|m| m.0.to_string()).unwrap_or_default(),
            version: s.version.to_string(),
        }
    }

    /// Checks the form: it happened (not after `today`), has a title, and points only at the
    /// programme's own `goals` and `measures`.
    pub fn parse(&self, goals: &[i64], measures: &[i64], today: Date) -> Result<NewSuccess, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = SuccessKind::from_key(self.kind.trim());
        if kind.is_none() {
            e.add("kind", "error-choose-from-list");
        }
        let happened_on = match parse_date(&self.happened_on) {
            Ok(d) if d > today => {
                e.add("happened_on", "error-date-future");
                String::new()
            }
            Ok(d) => iso(d),
            Err(k) => {
                e.add("happened_on", k);
                String::new()
            }
        };
        let title = self.title.trim().to_string();
        if title.is_empty() {
            e.add("title", "error-required");
        } else if title.chars().count() > MAX_TITLE {
            e.add_with("title", "error-too-long", vec![("max", MAX_TITLE.to_string())]);
        }
        let description = self.description.trim().replace("\r\n", "\n");
        if description.chars().count() > MAX_DESCRIPTION {
            e.add_with("description", "error-too-long", vec![("max", MAX_DESCRIPTION.to_string())]);
        }
        let mut pick = |field: &'static str, raw: &str, offered: &[i64]| -> Option<i64> {
            let raw = raw.trim();
            if raw.is_empty() {
                return None;
            }
            let found = raw.parse::<i64>().ok().filter(|id| offered.contains(id));
            if found.is_none() {
                e.add(field, "error-choose-from-list");
            }
            found
        };
        let goal_id = pick("goal", &self.goal, goals);
        let measure_id = pick("measure", &self.measure, measures);
        e.into_result(|| NewSuccess {
            kind: kind.unwrap_or(SuccessKind::Success),
            happened_on,
            title,
            description,
            goal_id,
            measure_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_success_happened_has_a_title_and_points_only_at_the_programmes_own_goals() {
        let input = SuccessInput {
            kind: "mijlpaal".into(),
            happened_on: "12-03-2026".into(),
            title: " Eerste buurtkamer open ".into(),
            goal: "7".into(),
            ..Default::default()
        };
        let s = input.parse(&[7], &[], date!(2026 - 12 - 01)).unwrap();
        assert_eq!(
            (s.kind, s.happened_on.as_str(), s.title.as_str()),
            (SuccessKind::Milestone, "2026-03-12", "Eerste buurtkamer open")
        );
        assert_eq!((s.goal_id, s.measure_id), (Some(7), None));
        let e = SuccessInput {
            happened_on: "2027-01-01".into(),
            goal: "8".into(),
            measure: "x".into(),
            ..Default::default()
        }
        .parse(&[7], &[3], date!(2026 - 12 - 01))
        .unwrap_err();
        for (field, key) in [
            ("kind", "error-choose-from-list"),
            ("happened_on", "error-date-future"),
            ("title", "error-required"),
            ("goal", "error-choose-from-list"),
            ("measure", "error-choose-from-list"),
        ] {
            assert_eq!(e.get(field).unwrap().key, key, "{field}");
        }
    }
}
