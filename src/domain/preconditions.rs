//! Step 4, the preconditions health check: in assessment rounds (peilingen) participants score
//! Platform31's seven preconditions from 1 to 5, each saying at which level they speak (bestuur,
//! uitvoering, bewoners). Results per precondition: median and spread, per level, a warning where
//! levels disagree strongly, and the trend across rounds.

use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

/// The seven preconditions that raise a wijkaanpak's chance of success (Platform31).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precondition {
    Urgency,
    Vision,
    Anchoring,
    ProcessLead,
    LongBreath,
    Trust,
    Means,
}

impl Precondition {
    pub const ALL: [Precondition; 7] = [
        Precondition::Urgency,
        Precondition::Vision,
        Precondition::Anchoring,
        Precondition::ProcessLead,
        Precondition::LongBreath,
        Precondition::Trust,
        Precondition::Means,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Precondition::Urgency => "urgentie",
            Precondition::Vision => "visie",
            Precondition::Anchoring => "verankering",
            Precondition::ProcessLead => "procesleiding",
            Precondition::LongBreath => "lange-adem",
            Precondition::Trust => "vertrouwen",
            Precondition::Means => "middelen",
        }
    }

    pub fn from_key(key: &str) -> Option<Precondition> {
        Precondition::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// At which level a participant speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Board,
    Practice,
    Residents,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Board, Level::Practice, Level::Residents];

    pub fn key(self) -> &'static str {
        match self {
            Level::Board => "bestuur",
            Level::Practice => "uitvoering",
            Level::Residents => "bewoners",
        }
    }

    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// One participant's answers: a score 1–5 (or none: "weet ik niet") and a note per precondition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub level: Level,
    pub scores: Vec<(Precondition, Option<i64>, String)>,
}

/// An assessment round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: i64,
    pub programme_id: i64,
    pub name: String,
    pub opened_on: String,
    /// When it is meant to close (empty: not said); members who have not answered hear of it.
    pub closes_on: String,
    /// Empty while the round is open.
    pub closed_on: String,
    pub responses: i64,
    pub version: i64,
}

impl Round {
    pub fn is_open(&self) -> bool {
        self.closed_on.is_empty()
    }

    /// The same round with another count of responses.
    pub fn with_responses(self, responses: i64) -> Round {
        Round { responses, ..self }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRound {
    pub name: String,
    pub opened_on: String,
    /// The planned closing date, or empty.
    pub closes_on: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct RoundInput {
    pub name: String,
    pub opened_on: String,
    pub closes_on: String,
}

impl RoundInput {
    pub fn with_defaults(today: Date) -> RoundInput {
        RoundInput { name: String::new(), opened_on: iso(today), closes_on: String::new() }
    }

    pub fn parse(&self, today: Date) -> Result<NewRound, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = self.name.trim().to_string();
        if name.is_empty() {
            e.add("name", "error-required");
        } else if name.chars().count() > 200 {
            e.add_with("name", "error-too-long", vec![("max", "200".into())]);
        }
        let opened_on = match parse_date(&self.opened_on) {
            Ok(d) if d > today => {
                e.add("opened_on", "error-date-future");
                String::new()
            }
            Ok(d) => iso(d),
            Err(k) => {
                e.add("opened_on", k);
                String::new()
            }
        };
        let closes_on = match self.closes_on.trim() {
            "" => String::new(),
            typed => match parse_date(typed) {
                Ok(d) if d < today => {
                    e.add("closes_on", "error-date-past");
                    String::new()
                }
                Ok(d) if !opened_on.is_empty() && iso(d) < opened_on => {
                    e.add("closes_on", "error-closes-before-opening");
                    String::new()
                }
                Ok(d) => iso(d),
                Err(k) => {
                    e.add("closes_on", k);
                    String::new()
                }
            },
        };
        e.into_result(|| NewRound { name, opened_on, closes_on })
    }
}

pub const MAX_NOTE: usize = 1_000;

/// The response form as typed: `level`, `score_<key>` (1–5 or empty) and `note_<key>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseInput {
    pub level: String,
    pub scores: Vec<(Precondition, String, String)>,
}

impl ResponseInput {
    pub fn empty(level: Option<Level>) -> ResponseInput {
        ResponseInput {
            level: level.map(|l| l.key().to_string()).unwrap_or_default(),
            scores: Precondition::ALL.iter().map(|p| (*p, String::new(), String::new())).collect(),
        }
    }

    pub fn from_pairs(pairs: &[(String, String)], level: Option<Level>) -> ResponseInput {
        let mut input = ResponseInput::empty(level);
        for (k, v) in pairs {
            if k == "level" && level.is_none() {
                input.level = v.clone();
            } else if let Some(p) = k.strip_prefix("score_").and_then(Precondition::from_key) {
                if let Some(s) = input.scores.iter_mut().find(|s| s.0 == p) {
                    s.1 = v.clone();
                }
            } else if let Some(p) = k.strip_prefix("note_").and_then(Precondition::from_key)
                && let Some(s) = input.scores.iter_mut().find(|s| s.0 == p)
            {
                s.2 = v.clone();
            }
        }
        input
    }

    pub fn score(&self, p: &Precondition) -> &str {
        self.scores.iter().find(|s| s.0 == *p).map(|s| s.1.as_str()).unwrap_or("")
    }

    pub fn note(&self, p: &Precondition) -> &str {
        self.scores.iter().find(|s| s.0 == *p).map(|s| s.2.as_str()).unwrap_or("")
    }

    /// Every score 1–5 or "weet ik niet" (empty); at least one score; notes of limited length.
    pub fn parse(&self) -> Result<Response, FieldErrors> {
        let mut e = FieldErrors::new();
        let level = Level::from_key(self.level.trim());
        if level.is_none() {
            e.add("level", "error-choose-one");
        }
        let mut scores = Vec::new();
        for (p, raw, note) in &self.scores {
            let score = match raw.trim() {
                "" => None,
                s => match s.parse::<i64>() {
                    Ok(v) if (1..=5).contains(&v) => Some(v),
                    _ => {
                        e.add(score_field(*p), "error-score");
                        None
                    }
                },
            };
            let note = note.trim().replace("\r\n", "\n");
            if note.chars().count() > MAX_NOTE {
                e.add_with(note_field(*p), "error-too-long", vec![("max", MAX_NOTE.to_string())]);
            }
            scores.push((*p, score, note));
        }
        if e.is_empty() && scores.iter().all(|s| s.1.is_none()) {
            e.add("score_urgentie", "error-score-none");
        }
        e.into_result(|| Response { level: level.unwrap_or(Level::Board), scores })
    }
}

/// The form field of a precondition's score (`score_urgentie`).
pub fn score_field(p: Precondition) -> &'static str {
    match p {
        Precondition::Urgency => "score_urgentie",
        Precondition::Vision => "score_visie",
        Precondition::Anchoring => "score_verankering",
        Precondition::ProcessLead => "score_procesleiding",
        Precondition::LongBreath => "score_lange-adem",
        Precondition::Trust => "score_vertrouwen",
        Precondition::Means => "score_middelen",
    }
}

fn note_field(p: Precondition) -> &'static str {
    match p {
        Precondition::Urgency => "note_urgentie",
        Precondition::Vision => "note_visie",
        Precondition::Anchoring => "note_verankering",
        Precondition::ProcessLead => "note_procesleiding",
        Precondition::LongBreath => "note_lange-adem",
        Precondition::Trust => "note_vertrouwen",
        Precondition::Means => "note_middelen",
    }
}

/// The median of sorted-or-not scores; `None` without scores.
pub fn median(scores: &[i64]) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let mut s = scores.to_vec();
    s.sort_unstable();
    let n = s.len();
    Some(if n % 2 == 1 { s[n / 2] as f64 } else { (s[n / 2 - 1] + s[n / 2]) as f64 / 2.0 })
}

/// How far apart the levels' medians must be to warn that they see it differently.
pub const DIVERGENCE: f64 = 1.5;
/// A median at or below this is weak: the page shows the model's guidance.
pub const WEAK: f64 = 2.5;

/// The results of one precondition in one round.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub precondition: Precondition,
    pub count: usize,
    pub median: Option<f64>,
    /// Lowest and highest score given.
    pub range: Option<(i64, i64)>,
    /// Per level that answered: its median and number of scores.
    pub by_level: Vec<(Level, f64, usize)>,
    /// The two levels furthest apart, when they are at least `DIVERGENCE` apart: (higher, lower).
    pub divergence: Option<((Level, f64), (Level, f64))>,
    /// Notes given, with their level (never the person).
    pub notes: Vec<(Level, String)>,
}

impl Outcome {
    /// The median and number of scores of one level, if it answered.
    pub fn of_level(&self, level: &Level) -> Option<(f64, usize)> {
        self.by_level.iter().find(|(l, _, _)| l == level).map(|(_, m, n)| (*m, *n))
    }

    pub fn is_weak(&self) -> bool {
        self.median.is_some_and(|m| m <= WEAK)
    }
}

/// Aggregate the responses of a round per precondition.
pub fn outcomes(responses: &[Response]) -> Vec<Outcome> {
    Precondition::ALL
        .into_iter()
        .map(|p| {
            let mut all = Vec::new();
            let mut per: Vec<(Level, Vec<i64>)> = Vec::new();
            let mut notes = Vec::new();
            for r in responses {
                for (q, score, note) in &r.scores {
                    if *q != p {
                        continue;
                    }
                    if let Some(s) = score {
                        all.push(*s);
                        match per.iter_mut().find(|(l, _)| *l == r.level) {
                            Some((_, v)) => v.push(*s),
                            None => per.push((r.level, vec![*s])),
                        }
                    }
                    if !note.is_empty() {
                        notes.push((r.level, note.clone()));
                    }
                }
            }
            per.sort_by_key(|(l, _)| *l);
            let by_level: Vec<(Level, f64, usize)> =
                per.iter().filter_map(|(l, v)| median(v).map(|m| (*l, m, v.len()))).collect();
            let high = by_level.iter().max_by(|a, b| a.1.total_cmp(&b.1));
            let low = by_level.iter().min_by(|a, b| a.1.total_cmp(&b.1));
            let divergence = match (high, low) {
                (Some(h), Some(l)) if h.1 - l.1 >= DIVERGENCE => Some(((h.0, h.1), (l.0, l.1))),
                _ => None,
            };
            notes.sort_by_key(|(l, _)| *l);
            Outcome {
                precondition: p,
                count: all.len(),
                median: median(&all),
                range: all.iter().min().zip(all.iter().max()).map(|(a, b)| (*a, *b)),
                by_level,
                divergence,
                notes,
            }
        })
        .collect()
}

/// A point of the radar chart: precondition `index` of the seven at `value` (0–5) on a chart with
/// its centre at (`c`, `c`) and score 5 at `radius`; the first axis points up, clockwise.
pub fn radar_point(index: usize, value: f64, c: f64, radius: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * index as f64 / Precondition::ALL.len() as f64 - std::f64::consts::FRAC_PI_2;
    let r = radius * value.clamp(0.0, 5.0) / 5.0;
    (c + r * angle.cos(), c + r * angle.sin())
}

/// An SVG `points` list for one series (a missing median sits at the centre).
pub fn radar_polygon(values: &[Option<f64>], c: f64, radius: f64) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = radar_point(i, v.unwrap_or(0.0), c, radius);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_radar_puts_the_first_precondition_on_top_and_five_on_the_rim() {
        let (x, y) = radar_point(0, 5.0, 100.0, 80.0);
        assert!((x - 100.0).abs() < 1e-9 && (y - 20.0).abs() < 1e-9);
        let (x, _) = radar_point(1, 5.0, 100.0, 80.0);
        assert!(x > 100.0, "clockwise");
        assert_eq!(radar_point(3, 0.0, 100.0, 80.0), (100.0, 100.0));
        assert_eq!(radar_polygon(&[Some(5.0), None], 100.0, 80.0).split(' ').count(), 2);
    }

    use super::*;

    fn response(level: Level, scores: [Option<i64>; 7]) -> Response {
        Response { level, scores: Precondition::ALL.iter().zip(scores).map(|(p, s)| (*p, s, String::new())).collect() }
    }

    #[test]
    fn medians_take_the_middle_or_the_mean_of_the_two_middles() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4, 1, 3]), Some(3.0));
        assert_eq!(median(&[2, 4, 1, 5]), Some(3.0));
        assert_eq!(median(&[2, 3]), Some(2.5));
    }

    #[test]
    fn the_board_and_the_residents_disagreeing_about_trust_is_flagged() {
        let s = |trust| [Some(4), Some(4), Some(4), Some(3), Some(4), Some(trust), None];
        let responses = vec![
            response(Level::Board, s(4)),
            response(Level::Board, s(5)),
            response(Level::Residents, s(2)),
            response(Level::Residents, s(2)),
            response(Level::Residents, s(1)),
        ];
        let o = outcomes(&responses);
        let trust = o.iter().find(|x| x.precondition == Precondition::Trust).unwrap();
        assert_eq!(trust.count, 5);
        assert_eq!(trust.median, Some(2.0));
        assert_eq!(trust.range, Some((1, 5)));
        assert_eq!(trust.by_level, [(Level::Board, 4.5, 2), (Level::Residents, 2.0, 3)]);
        assert_eq!(trust.divergence, Some(((Level::Board, 4.5), (Level::Residents, 2.0))));
        assert!(trust.is_weak());
        let urgency = &o[0];
        assert_eq!((urgency.median, urgency.divergence), (Some(4.0), None));
        let means = o.iter().find(|x| x.precondition == Precondition::Means).unwrap();
        assert_eq!((means.count, means.median, means.is_weak()), (0, None, false), "nobody knew: no score, no warning");
    }

    #[test]
    fn a_response_needs_a_level_and_scores_from_one_to_five() {
        let pairs =
            |list: &[(&str, &str)]| list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        let e = ResponseInput::from_pairs(&pairs(&[("score_visie", "7"), ("score_vertrouwen", "drie")]), None)
            .parse()
            .unwrap_err();
        assert_eq!(e.get("level").unwrap().key, "error-choose-one");
        assert_eq!(e.get("score_visie").unwrap().key, "error-score");
        assert_eq!(e.get("score_vertrouwen").unwrap().key, "error-score");
        let none = ResponseInput::from_pairs(&pairs(&[("level", "bestuur")]), None).parse().unwrap_err();
        assert_eq!(none.get("score_urgentie").unwrap().key, "error-score-none");
        // A resident's link fixes the level, whatever the form says.
        let r = ResponseInput::from_pairs(
            &pairs(&[
                ("level", "bestuur"),
                ("score_vertrouwen", "2"),
                ("note_vertrouwen", " Beloftes niet nagekomen "),
            ]),
            Some(Level::Residents),
        )
        .parse()
        .unwrap();
        assert_eq!(r.level, Level::Residents);
        let trust = r.scores.iter().find(|s| s.0 == Precondition::Trust).unwrap();
        assert_eq!((trust.1, trust.2.as_str()), (Some(2), "Beloftes niet nagekomen"));
    }

    #[test]
    fn a_round_has_a_name_and_a_start_that_is_not_in_the_future() {
        let today = time::macros::date!(2026 - 11 - 28);
        let e = RoundInput { name: " ".into(), opened_on: "2027-01-01".into(), closes_on: String::new() }
            .parse(today)
            .unwrap_err();
        assert_eq!(e.get("name").unwrap().key, "error-required");
        assert_eq!(e.get("opened_on").unwrap().key, "error-date-future");
        assert_eq!(
            RoundInput { name: "Peiling najaar 2026".into(), ..RoundInput::with_defaults(today) }
                .parse(today)
                .unwrap()
                .opened_on,
            "2026-11-28"
        );
    }

    #[test]
    fn a_planned_closing_date_is_optional_but_not_in_the_past() {
        let today = time::macros::date!(2026 - 11 - 28);
        let input = |closes: &str| RoundInput {
            name: "Peiling".into(),
            opened_on: "2026-11-01".into(),
            closes_on: closes.into(),
        };
        assert_eq!(input("").parse(today).unwrap().closes_on, "");
        assert_eq!(input("15-12-2026").parse(today).unwrap().closes_on, "2026-12-15");
        assert_eq!(input("2026-11-27").parse(today).unwrap_err().get("closes_on").unwrap().key, "error-date-past");
        assert!(input("morgen").parse(today).is_err());
    }
}
