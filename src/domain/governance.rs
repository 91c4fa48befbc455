//! Step 2, governance: the coalition's bodies (stuurgroep, regiegroep, werkgroep, wijkteam), who sits
//! in them for which party and since when, how they decide, and their meetings with a list of
//! decisions (besluitenlijst) that later changes to the agenda can refer to.

use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Steering,
    Directing,
    Working,
    DistrictTeam,
    Other,
}

impl BodyKind {
    pub const ALL: [BodyKind; 5] =
        [BodyKind::Steering, BodyKind::Directing, BodyKind::Working, BodyKind::DistrictTeam, BodyKind::Other];

    pub fn key(self) -> &'static str {
        match self {
            BodyKind::Steering => "stuurgroep",
            BodyKind::Directing => "regiegroep",
            BodyKind::Working => "werkgroep",
            BodyKind::DistrictTeam => "wijkteam",
            BodyKind::Other => "overig",
        }
    }

    pub fn from_key(key: &str) -> Option<BodyKind> {
        BodyKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How a body decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionRule {
    Consensus,
    Majority,
    /// One party decides after hearing the others.
    LeadParty,
}

impl DecisionRule {
    pub const ALL: [DecisionRule; 3] = [DecisionRule::Consensus, DecisionRule::Majority, DecisionRule::LeadParty];

    pub fn key(self) -> &'static str {
        match self {
            DecisionRule::Consensus => "consensus",
            DecisionRule::Majority => "meerderheid",
            DecisionRule::LeadParty => "trekker",
        }
    }

    pub fn from_key(key: &str) -> Option<DecisionRule> {
        DecisionRule::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A seat in a body: a person for a party, from a date, until a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub id: i64,
    pub party_id: i64,
    pub party_name: String,
    pub person: String,
    pub position: String,
    pub started_on: String,
    pub ended_on: Option<String>,
}

/// One decision of a meeting, numbered within the body (`SG-2025-3`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub id: i64,
    pub number: String,
    pub text: String,
}

/// One point of a meeting's agenda, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaPoint {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub description: String,
    /// Who introduces it (a name or a role), optional.
    pub presenter: String,
}

/// A meeting: planned with an agenda and invitees before, minutes (`notes`) and numbered
/// decisions after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    pub held_on: String,
    /// "19:30", or empty.
    pub starts_at: String,
    pub location: String,
    /// The minutes (verslag).
    pub notes: String,
    pub decisions: Vec<Decision>,
    pub agenda: Vec<AgendaPoint>,
    /// The seats invited.
    pub invitees: Vec<i64>,
    /// When the agenda was last mailed to the invitees, or empty.
    pub agenda_sent_at: String,
    pub version: i64,
}

impl Meeting {
    /// Still to come (after `today`): an agenda, no minutes or decisions yet.
    pub fn is_planned(&self, today: Date) -> bool {
        self.held_on.as_str() > iso(today).as_str()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub id: i64,
    pub programme_id: i64,
    pub name: String,
    pub kind: BodyKind,
    pub rule: DecisionRule,
    /// The party that decides under `LeadParty`.
    pub lead_party: Option<(i64, String)>,
    pub description: String,
    pub seats: Vec<Seat>,
    /// Newest first.
    pub meetings: Vec<Meeting>,
    pub version: i64,
}

/// How long a body may go without a decision before the coalition page says so.
pub const QUIET_DAYS: i64 = 183;

impl Body {
    pub fn current_seats(&self) -> impl Iterator<Item = &Seat> {
        self.seats.iter().filter(|s| s.ended_on.is_none())
    }

    /// The seats taken on `date` (ISO): who is invited to a meeting on that day by default.
    pub fn seats_on<'a>(&'a self, date: &'a str) -> impl Iterator<Item = &'a Seat> {
        self.seats
            .iter()
            .filter(move |s| s.started_on.as_str() <= date && s.ended_on.as_deref().is_none_or(|e| e > date))
    }

    pub fn meeting(&self, id: i64) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The date of the newest decision.
    pub fn last_decision(&self) -> Option<&str> {
        self.meetings.iter().filter(|m| !m.decisions.is_empty()).map(|m| m.held_on.as_str()).max()
    }

    /// No decision in the last `QUIET_DAYS` (nor ever).
    pub fn is_quiet(&self, today: Date) -> bool {
        let limit = iso(today - time::Duration::days(QUIET_DAYS));
        self.last_decision().is_none_or(|d| d < limit.as_str())
    }
}

/// The body form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct BodyInput {
    pub name: String,
    pub kind: String,
    pub rule: String,
    pub lead_party: String,
    pub description: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBody {
    pub name: String,
    pub kind: BodyKind,
    pub rule: DecisionRule,
    pub lead_party: Option<i64>,
    pub description: String,
}

impl BodyInput {
    pub fn from_body(b: &Body) -> BodyInput {
        BodyInput {
            name: b.name.clone(),
            kind: b.kind.key().into(),
            rule: b.rule.key().into(),
            lead_party: b.lead_party.as_ref().map(|(id, _)| id.to_string()).unwrap_or_default(),
            description: b.description.clone(),
            version: b.version.to_string(),
        }
    }

    /// `parties`: the ids of the programme's current parties (a lead party must be one).
    pub fn parse(&self, parties: &[i64]) -> Result<NewBody, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = self.name.trim().to_string();
        if name.is_empty() {
            e.add("name", "error-required");
        } else if name.chars().count() > 120 {
            e.add_with("name", "error-too-long", vec![("max", "120".into())]);
        }
        let kind = BodyKind::from_key(self.kind.trim());
        if kind.is_none() {
            e.add("kind", "error-choose-one");
        }
        let rule = DecisionRule::from_key(self.rule.trim());
        if rule.is_none() {
            e.add("rule", "error-choose-one");
        }
        let lead_party = match self.lead_party.trim() {
            "" => None,
            raw => match raw.parse::<i64>() {
                Ok(id) if parties.contains(&id) => Some(id),
                _ => {
                    e.add("lead_party", "error-choose-from-list");
                    None
                }
            },
        };
        if rule == Some(DecisionRule::LeadParty) && lead_party.is_none() && e.get("lead_party").is_none() {
            e.add("lead_party", "error-lead-party");
        }
        let description = self.description.trim().replace("\r\n", "\n");
        if description.chars().count() > 2000 {
            e.add_with("description", "error-too-long", vec![("max", "2000".into())]);
        }
        match (kind, rule) {
            (Some(kind), Some(rule)) if e.is_empty() => Ok(NewBody {
                name,
                kind,
                rule,
                lead_party: if rule == DecisionRule::LeadParty { lead_party } else { None },
                description,
            }),
            _ => Err(e),
        }
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }
}

/// A seat as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct SeatInput {
    pub party: String,
    pub person: String,
    pub position: String,
    pub started_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSeat {
    pub party_id: i64,
    pub person: String,
    pub position: String,
    pub started_on: String,
}

impl SeatInput {
    pub fn parse(&self, parties: &[i64], today: Date) -> Result<NewSeat, FieldErrors> {
        let mut e = FieldErrors::new();
        let party_id = match self.party.trim().parse::<i64>() {
            Ok(id) if parties.contains(&id) => Some(id),
            _ => {
                e.add("party", "error-choose-from-list");
                None
            }
        };
        let person = self.person.trim().to_string();
        if person.is_empty() {
            e.add("person", "error-required");
        } else if person.chars().count() > 120 {
            e.add_with("person", "error-too-long", vec![("max", "120".into())]);
        }
        let position = self.position.trim().to_string();
        if position.chars().count() > 120 {
            e.add_with("position", "error-too-long", vec![("max", "120".into())]);
        }
        let started_on = match parse_date(&self.started_on) {
            Ok(d) if d > today => {
                e.add("started_on", "error-date-future");
                String::new()
            }
            Ok(d) => iso(d),
            Err(k) => {
                e.add("started_on", k);
                String::new()
            }
        };
        match party_id {
            Some(party_id) if e.is_empty() => Ok(NewSeat { party_id, person, position, started_on }),
            _ => Err(e),
        }
    }
}

/// A meeting as typed: the decisions one per line. A meeting still to come has no minutes or
/// decisions yet; one that was held may get them at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct MeetingInput {
    pub held_on: String,
    pub starts_at: String,
    pub location: String,
    pub notes: String,
    pub decisions: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub held_on: String,
    pub starts_at: String,
    pub location: String,
    pub notes: String,
    pub decisions: Vec<String>,
}

/// "19.30", "1930" or "19:30" → "19:30".
fn parse_time(raw: &str) -> Option<String> {
    let digits: String = raw.trim().chars().filter(|c| c.is_ascii_digit()).collect();
    let sep_ok = raw.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | 'u'));
    let (h, m) = match digits.len() {
        3 => (digits[..1].parse::<u8>().ok()?, digits[1..].parse::<u8>().ok()?),
        4 => (digits[..2].parse::<u8>().ok()?, digits[2..].parse::<u8>().ok()?),
        1 | 2 => (digits.parse::<u8>().ok()?, 0),
        _ => return None,
    };
    (sep_ok && h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// The decisions typed one per line.
pub fn decision_lines(e: &mut FieldErrors, raw: &str) -> Vec<String> {
    let decisions: Vec<String> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    if decisions.iter().any(|d| d.chars().count() > 1000) {
        e.add_with("decisions", "error-decision-too-long", vec![("max", "1000".into())]);
    }
    if decisions.len() > 50 {
        e.add_with("decisions", "error-too-many-decisions", vec![("max", "50".into())]);
    }
    decisions
}

impl MeetingInput {
    pub fn from_meeting(m: &Meeting) -> MeetingInput {
        MeetingInput {
            held_on: m.held_on.clone(),
            starts_at: m.starts_at.clone(),
            location: m.location.clone(),
            notes: m.notes.clone(),
            decisions: String::new(),
            version: m.version.to_string(),
        }
    }

    pub fn parse(&self, today: Date) -> Result<NewMeeting, FieldErrors> {
        let mut e = FieldErrors::new();
        let date = match parse_date(&self.held_on) {
            Ok(d) => Some(d),
            Err(k) => {
                e.add("held_on", k);
                None
            }
        };
        let starts_at = match self.starts_at.trim() {
            "" => String::new(),
            raw => parse_time(raw).unwrap_or_else(|| {
                e.add("starts_at", "error-time");
                String::new()
            }),
        };
        let location = self.location.trim().to_string();
        if location.chars().count() > 200 {
            e.add_with("location", "error-too-long", vec![("max", "200".into())]);
        }
        let notes = self.notes.trim().replace("\r\n", "\n");
        if notes.chars().count() > 20000 {
            e.add_with("notes", "error-too-long", vec![("max", "20000".into())]);
        }
        let decisions = decision_lines(&mut e, &self.decisions);
        if date.is_some_and(|d| d > today) {
            // Minutes and decisions come after the meeting.
            if !notes.is_empty() {
                e.add("notes", "error-meeting-not-held");
            }
            if !decisions.is_empty() {
                e.add("decisions", "error-meeting-not-held");
            }
        }
        let held_on = date.map(iso).unwrap_or_default();
        e.into_result(|| NewMeeting { held_on, starts_at, location, notes, decisions })
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }
}

/// An agenda point as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct AgendaPointInput {
    pub title: String,
    pub description: String,
    pub presenter: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgendaPoint {
    pub title: String,
    pub description: String,
    pub presenter: String,
}

impl AgendaPointInput {
    pub fn parse(&self) -> Result<NewAgendaPoint, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = self.title.trim().to_string();
        if title.is_empty() {
            e.add("title", "error-required");
        } else if title.chars().count() > 200 {
            e.add_with("title", "error-too-long", vec![("max", "200".into())]);
        }
        let description = self.description.trim().replace("\r\n", "\n");
        if description.chars().count() > 2000 {
            e.add_with("description", "error-too-long", vec![("max", "2000".into())]);
        }
        let presenter = self.presenter.trim().to_string();
        if presenter.chars().count() > 120 {
            e.add_with("presenter", "error-too-long", vec![("max", "120".into())]);
        }
        e.into_result(|| NewAgendaPoint { title, description, presenter })
    }
}

/// The prefix of a body's decision numbers: `SG` for a stuurgroep, … (`SG-2025-3`).
pub fn decision_prefix(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Steering => "SG",
        BodyKind::Directing => "RG",
        BodyKind::Working => "WG",
        BodyKind::DistrictTeam => "WT",
        BodyKind::Other => "B",
    }
}

/// What the coalition page warns about its bodies: no steering body, and bodies without a
/// decision for half a year (by name).
pub fn body_signals(bodies: &[Body], today: Date) -> (bool, Vec<String>) {
    let no_steering = !bodies.iter().any(|b| b.kind == BodyKind::Steering);
    let quiet = bodies.iter().filter(|b| b.is_quiet(today)).map(|b| b.name.clone()).collect();
    (no_steering, quiet)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn body(meetings: Vec<(&str, usize)>) -> Body {
        Body {
            id: 1,
            programme_id: 1,
            name: "Stuurgroep".into(),
            kind: BodyKind::Steering,
            rule: DecisionRule::Consensus,
            lead_party: None,
            description: String::new(),
            seats: vec![],
            meetings: meetings
                .into_iter()
                .enumerate()
                .map(|(i, (d, n))| Meeting {
                    id: i as i64,
                    held_on: d.into(),
                    starts_at: String::new(),
                    location: String::new(),
                    notes: String::new(),
                    decisions: (0..n)
                        .map(|k| Decision { id: k as i64, number: String::new(), text: "x".into() })
                        .collect(),
                    agenda: vec![],
                    invitees: vec![],
                    agenda_sent_at: String::new(),
                    version: 1,
                })
                .collect(),
            version: 1,
        }
    }

    #[test]
    fn a_body_is_quiet_after_half_a_year_without_decisions() {
        assert!(body(vec![]).is_quiet(TODAY), "never decided");
        assert!(!body(vec![("2026-09-01", 2)]).is_quiet(TODAY));
        assert!(
            body(vec![("2026-09-01", 0), ("2025-01-10", 3)]).is_quiet(TODAY),
            "a meeting without decisions does not count"
        );
        assert_eq!(body(vec![("2026-09-01", 0), ("2025-01-10", 3)]).last_decision(), Some("2025-01-10"));
    }

    #[test]
    fn a_lead_party_rule_needs_a_current_party() {
        let input = BodyInput {
            name: "Stuurgroep".into(),
            kind: "stuurgroep".into(),
            rule: "trekker".into(),
            ..Default::default()
        };
        assert_eq!(input.parse(&[7]).unwrap_err().get("lead_party").unwrap().key, "error-lead-party");
        let wrong = BodyInput { lead_party: "8".into(), ..input.clone() };
        assert_eq!(wrong.parse(&[7]).unwrap_err().get("lead_party").unwrap().key, "error-choose-from-list");
        let ok = BodyInput { lead_party: "7".into(), ..input.clone() };
        assert_eq!(ok.parse(&[7]).unwrap().lead_party, Some(7));
        let consensus = BodyInput { rule: "consensus".into(), lead_party: "7".into(), ..input };
        assert_eq!(consensus.parse(&[7]).unwrap().lead_party, None, "no lead party without that rule");
        let e = BodyInput::default().parse(&[]).unwrap_err();
        assert_eq!(
            (e.get("name").unwrap().key, e.get("kind").unwrap().key, e.get("rule").unwrap().key),
            ("error-required", "error-choose-one", "error-choose-one")
        );
    }

    #[test]
    fn a_meeting_takes_one_decision_per_line() {
        let m = MeetingInput {
            held_on: "3-11-2026".into(),
            decisions: "Wijkdeal vastgesteld\n\n  Budget 2027 akkoord \n".into(),
            ..Default::default()
        }
        .parse(TODAY)
        .unwrap();
        assert_eq!(m.held_on, "2026-11-03");
        assert_eq!(m.decisions, ["Wijkdeal vastgesteld", "Budget 2027 akkoord"]);
        // A meeting still to come is planned: an agenda now, minutes and decisions after.
        let planned = MeetingInput { held_on: "2027-01-01".into(), starts_at: "19.30".into(), ..Default::default() };
        assert_eq!(planned.parse(TODAY).unwrap().starts_at, "19:30");
        let early = MeetingInput { held_on: "2027-01-01".into(), decisions: "Te vroeg".into(), ..Default::default() };
        assert_eq!(early.parse(TODAY).unwrap_err().get("decisions").unwrap().key, "error-meeting-not-held");
        for (raw, want) in [
            ("930", Some("09:30")),
            ("19:30", Some("19:30")),
            ("20u", Some("20:00")),
            ("25:00", None),
            ("kwart over", None),
        ] {
            assert_eq!(parse_time(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn a_seat_is_for_a_current_party() {
        let e = SeatInput { party: "9".into(), started_on: "2026-01-01".into(), ..Default::default() }
            .parse(&[1], TODAY)
            .unwrap_err();
        assert_eq!(e.get("party").unwrap().key, "error-choose-from-list");
        assert_eq!(e.get("person").unwrap().key, "error-required");
        let s = SeatInput {
            party: "1".into(),
            person: "Wethouder".into(),
            position: "voorzitter".into(),
            started_on: "1-1-2026".into(),
        }
        .parse(&[1], TODAY)
        .unwrap();
        assert_eq!(s.started_on, "2026-01-01");
    }
}
