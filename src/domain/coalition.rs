//! Step 2, the coalition: the parties that take part, when they joined and left, who to contact,
//! and what the coalition page signals. "A coalition is never finished": parties join and leave,
//! and former partners stay in the history.

use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

/// What kind of organisation a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartyKind {
    Municipality,
    Housing,
    Care,
    Welfare,
    Police,
    Prosecution,
    Education,
    Sport,
    Culture,
    Business,
    Residents,
    State,
    Other,
}

/// The model's three types of partner (gemeente, maatschappelijke organisaties, bewoners) plus
/// ondernemers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartyType {
    Government,
    Civil,
    Residents,
    Business,
}

impl PartyType {
    pub const ALL: [PartyType; 4] =
        [PartyType::Government, PartyType::Civil, PartyType::Residents, PartyType::Business];

    pub fn key(self) -> &'static str {
        match self {
            PartyType::Government => "overheid",
            PartyType::Civil => "maatschappelijk",
            PartyType::Residents => "bewoners",
            PartyType::Business => "ondernemers",
        }
    }
}

impl PartyKind {
    pub const ALL: [PartyKind; 13] = [
        PartyKind::Municipality,
        PartyKind::Housing,
        PartyKind::Care,
        PartyKind::Welfare,
        PartyKind::Police,
        PartyKind::Prosecution,
        PartyKind::Education,
        PartyKind::Sport,
        PartyKind::Culture,
        PartyKind::Business,
        PartyKind::Residents,
        PartyKind::State,
        PartyKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PartyKind::Municipality => "gemeente",
            PartyKind::Housing => "woningcorporatie",
            PartyKind::Care => "zorg",
            PartyKind::Welfare => "welzijn",
            PartyKind::Police => "politie",
            PartyKind::Prosecution => "openbaar-ministerie",
            PartyKind::Education => "onderwijs",
            PartyKind::Sport => "sport",
            PartyKind::Culture => "cultuur",
            PartyKind::Business => "ondernemers",
            PartyKind::Residents => "bewoners",
            PartyKind::State => "rijk",
            PartyKind::Other => "overig",
        }
    }

    pub fn from_key(key: &str) -> Option<PartyKind> {
        PartyKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Where the kind sits in the model: the gemeente (and the Rijk) as government, the
    /// organisations as civil society, residents, and entrepreneurs.
    pub fn party_type(self) -> PartyType {
        match self {
            PartyKind::Municipality | PartyKind::State => PartyType::Government,
            PartyKind::Residents => PartyType::Residents,
            PartyKind::Business => PartyType::Business,
            _ => PartyType::Civil,
        }
    }
}

/// One period in which a party took part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub id: i64,
    pub joined_on: String,
    pub joined_note: String,
    /// `None` while the party takes part.
    pub left_on: Option<String>,
    pub left_reason: String,
}

/// A contact person: personal data, shown to the programme's members only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub email: String,
}

/// A party of a programme's coalition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub id: i64,
    pub programme_id: i64,
    pub name: String,
    pub kind: PartyKind,
    pub description: String,
    /// Oldest first.
    pub periods: Vec<Period>,
    pub contacts: Vec<Contact>,
    /// Accounts that act for the party (partners edit what their party owns).
    pub accounts: Vec<(i64, String)>,
    /// Raised on every change; a form carries the version it was loaded with.
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl Party {
    /// Takes part now: its last period is open.
    pub fn is_current(&self) -> bool {
        self.periods.last().is_some_and(|p| p.left_on.is_none())
    }

    pub fn joined_on(&self) -> Option<&str> {
        self.periods.last().map(|p| p.joined_on.as_str())
    }
}

/// One moment on the coalition's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEvent {
    pub date: String,
    pub party: String,
    pub joined: bool,
    /// The note on joining or the reason for leaving.
    pub note: String,
}

/// Joins and leaves of every party, newest first.
pub fn timeline(parties: &[Party]) -> Vec<TimelineEvent> {
    let mut events = Vec::new();
    for p in parties {
        for period in &p.periods {
            events.push(TimelineEvent {
                date: period.joined_on.clone(),
                party: p.name.clone(),
                joined: true,
                note: period.joined_note.clone(),
            });
            if let Some(left) = &period.left_on {
                events.push(TimelineEvent {
                    date: left.clone(),
                    party: p.name.clone(),
                    joined: false,
                    note: period.left_reason.clone(),
                });
            }
        }
    }
    // Newest first; on one day a leave before a join reads as "replaced by".
    events.sort_by(|a, b| b.date.cmp(&a.date).then(a.joined.cmp(&b.joined)).then(a.party.cmp(&b.party)));
    events
}

/// What the coalition page warns about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// No party takes part at all.
    Empty,
    /// No residents or residents' organisation takes part.
    NoResidents,
    /// One of the model's three types (gemeente, maatschappelijke organisaties, bewoners) is missing.
    TypeMissing(PartyType),
}

impl Signal {
    pub fn key(self) -> String {
        match self {
            Signal::Empty => "signal-empty".into(),
            Signal::NoResidents => "signal-no-residents".into(),
            Signal::TypeMissing(t) => format!("signal-type-missing-{}", t.key()),
        }
    }
}

/// The signals about the current coalition. (Bodies and measures add their own signals when they
/// exist.)
pub fn signals(parties: &[Party]) -> Vec<Signal> {
    let current: Vec<&Party> = parties.iter().filter(|p| p.is_current()).collect();
    if current.is_empty() {
        return vec![Signal::Empty];
    }
    let mut out = Vec::new();
    if !current.iter().any(|p| p.kind.party_type() == PartyType::Residents) {
        out.push(Signal::NoResidents);
    }
    for t in [PartyType::Government, PartyType::Civil] {
        if !current.iter().any(|p| p.kind.party_type() == t) {
            out.push(Signal::TypeMissing(t));
        }
    }
    out
}

/// A validated party, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewParty {
    pub name: String,
    pub kind: PartyKind,
    pub description: String,
    /// For a new party: when it joined, with a note.
    pub joined_on: String,
    pub joined_note: String,
}

/// The party form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct PartyInput {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub joined_on: String,
    pub joined_note: String,
    /// The version the form was loaded with (editing only).
    pub version: String,
}

fn text(e: &mut FieldErrors, field: &'static str, raw: &str, required: bool, max: usize) -> String {
    let v = raw.trim().replace("\r\n", "\n");
    if required && v.is_empty() {
        e.add(field, "error-required");
    } else if v.chars().count() > max {
        e.add_with(field, "error-too-long", vec![("max", max.to_string())]);
    }
    v
}

/// A date that may not lie after `today`.
fn past_date(e: &mut FieldErrors, field: &'static str, raw: &str, today: Date) -> String {
    match parse_date(raw) {
        Ok(d) if d > today => {
            e.add(field, "error-date-future");
            String::new()
        }
        Ok(d) => iso(d),
        Err(k) => {
            e.add(field, k);
            String::new()
        }
    }
}

impl PartyInput {
    pub fn with_defaults(today: Date) -> PartyInput {
        PartyInput { joined_on: iso(today), ..Default::default() }
    }

    pub fn from_party(p: &Party) -> PartyInput {
        PartyInput {
            name: p.name.clone(),
            kind: p.kind.key().into(),
            description: p.description.clone(),
            joined_on: p.joined_on().unwrap_or_default().into(),
            joined_note: String::new(),
            version: p.version.to_string(),
        }
    }

    /// Validate; `editing` skips the joining date (periods change through join and leave).
    pub fn parse(&self, today: Date, editing: bool) -> Result<NewParty, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = text(&mut e, "name", &self.name, true, 120);
        let kind = PartyKind::from_key(self.kind.trim());
        if kind.is_none() {
            e.add("kind", "error-choose-one");
        }
        let description = text(&mut e, "description", &self.description, false, 2000);
        let joined_on = if editing { String::new() } else { past_date(&mut e, "joined_on", &self.joined_on, today) };
        let joined_note = text(&mut e, "joined_note", &self.joined_note, false, 500);
        match kind {
            Some(kind) if e.is_empty() => Ok(NewParty { name, kind, description, joined_on, joined_note }),
            _ => Err(e),
        }
    }

    /// The version the form was loaded with; 0 when missing (which never matches).
    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }
}

/// Leaving (or rejoining) the coalition, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct MoveInput {
    pub date: String,
    pub reason: String,
    pub version: String,
}

/// A validated join or leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub date: String,
    pub reason: String,
}

impl MoveInput {
    /// A leave needs a reason and may not precede the joining of the open period; a rejoin may
    /// not precede the last leave.
    pub fn parse(&self, party: &Party, today: Date) -> Result<Move, FieldErrors> {
        let mut e = FieldErrors::new();
        let date = past_date(&mut e, "date", &self.date, today);
        let leaving = party.is_current();
        let reason = text(&mut e, "reason", &self.reason, leaving, 500);
        if !date.is_empty()
            && let Some(last) = party.periods.last()
        {
            let bound = if leaving { Some(last.joined_on.as_str()) } else { last.left_on.as_deref() };
            if let Some(bound) = bound
                && date.as_str() < bound
            {
                e.add_with(
                    "date",
                    if leaving { "error-leave-before-join" } else { "error-join-before-leave" },
                    vec![("date", bound.to_string())],
                );
            }
        }
        e.into_result(|| Move { date, reason })
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }
}

/// A contact person as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ContactInput {
    pub contact_name: String,
    pub contact_role: String,
    pub contact_email: String,
}

impl ContactInput {
    pub fn parse(&self) -> Result<(String, String, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let name = text(&mut e, "contact_name", &self.contact_name, true, 120);
        let role = text(&mut e, "contact_role", &self.contact_role, false, 120);
        let email = self.contact_email.trim().to_lowercase();
        if !email.is_empty() && super::user::Email::parse(&email).is_err() {
            e.add("contact_email", "error-email-invalid");
        }
        e.into_result(|| (name, role, email))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn party(name: &str, kind: PartyKind, periods: &[(&str, Option<&str>)]) -> Party {
        Party {
            id: 1,
            programme_id: 1,
            name: name.into(),
            kind,
            description: String::new(),
            periods: periods
                .iter()
                .enumerate()
                .map(|(i, (j, l))| Period {
                    id: i as i64,
                    joined_on: j.to_string(),
                    joined_note: String::new(),
                    left_on: l.map(String::from),
                    left_reason: if l.is_some() { "reden".into() } else { String::new() },
                })
                .collect(),
            contacts: vec![],
            accounts: vec![],
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn every_kind_belongs_to_one_of_the_model_s_types() {
        assert_eq!(PartyKind::Housing.party_type(), PartyType::Civil);
        assert_eq!(PartyKind::Police.party_type(), PartyType::Civil);
        assert_eq!(PartyKind::State.party_type(), PartyType::Government);
        assert_eq!(PartyKind::Residents.party_type(), PartyType::Residents);
        for k in PartyKind::ALL {
            assert_eq!(PartyKind::from_key(k.key()), Some(k));
        }
    }

    #[test]
    fn the_coalition_signals_what_is_missing_now_not_in_the_past() {
        assert_eq!(signals(&[]), [Signal::Empty]);
        let gone = party("Bewonersplatform", PartyKind::Residents, &[("2024-01-01", Some("2025-06-01"))]);
        let gemeente = party("Gemeente", PartyKind::Municipality, &[("2024-01-01", None)]);
        assert_eq!(
            signals(&[gone.clone(), gemeente.clone()]),
            [Signal::NoResidents, Signal::TypeMissing(PartyType::Civil)],
            "a residents' party that left does not count"
        );
        let back = party(
            "Bewonersplatform",
            PartyKind::Residents,
            &[("2024-01-01", Some("2025-06-01")), ("2026-01-01", None)],
        );
        let corporatie = party("Woonstad", PartyKind::Housing, &[("2024-01-01", None)]);
        assert!(signals(&[back, gemeente, corporatie]).is_empty());
        assert_eq!(Signal::TypeMissing(PartyType::Civil).key(), "signal-type-missing-maatschappelijk");
    }

    #[test]
    fn the_timeline_lists_joins_and_leaves_newest_first() {
        let a = party("A", PartyKind::Care, &[("2024-01-01", Some("2025-03-01")), ("2026-02-01", None)]);
        let b = party("B", PartyKind::Welfare, &[("2025-03-01", None)]);
        let t = timeline(&[a, b]);
        let read: Vec<(String, &str, bool)> = t.iter().map(|e| (e.date.clone(), e.party.as_str(), e.joined)).collect();
        assert_eq!(
            read,
            [
                ("2026-02-01".into(), "A", true),
                ("2025-03-01".into(), "A", false),
                ("2025-03-01".into(), "B", true),
                ("2024-01-01".into(), "A", true),
            ]
        );
    }

    #[test]
    fn a_party_form_is_validated_field_by_field() {
        let ok = PartyInput {
            name: " Woonstad Rotterdam ".into(),
            kind: "woningcorporatie".into(),
            joined_on: "1-2-2025".into(),
            ..Default::default()
        };
        let p = ok.parse(TODAY, false).unwrap();
        assert_eq!(
            (p.name.as_str(), p.kind, p.joined_on.as_str()),
            ("Woonstad Rotterdam", PartyKind::Housing, "2025-02-01")
        );
        let bad = PartyInput { kind: "sekte".into(), joined_on: "2027-01-01".into(), ..Default::default() };
        let e = bad.parse(TODAY, false).unwrap_err();
        assert_eq!(e.get("name").unwrap().key, "error-required");
        assert_eq!(e.get("kind").unwrap().key, "error-choose-one");
        assert_eq!(e.get("joined_on").unwrap().key, "error-date-future");
        assert!(PartyInput { joined_on: String::new(), ..ok }.parse(TODAY, true).is_ok(), "editing needs no date");
    }

    #[test]
    fn leaving_needs_a_reason_and_a_date_after_joining() {
        let p = party("A", PartyKind::Care, &[("2025-01-01", None)]);
        let e = MoveInput { date: "2024-12-31".into(), ..Default::default() }.parse(&p, TODAY).unwrap_err();
        assert_eq!(e.get("date").unwrap().key, "error-leave-before-join");
        assert_eq!(e.get("reason").unwrap().key, "error-required");
        let m = MoveInput { date: "2026-01-01".into(), reason: "Fusie".into(), version: "1".into() }
            .parse(&p, TODAY)
            .unwrap();
        assert_eq!(m, Move { date: "2026-01-01".into(), reason: "Fusie".into() });
        let left = party("A", PartyKind::Care, &[("2025-01-01", Some("2026-01-01"))]);
        let e = MoveInput { date: "2025-06-01".into(), ..Default::default() }.parse(&left, TODAY).unwrap_err();
        assert_eq!(e.get("date").unwrap().key, "error-join-before-leave");
        assert!(
            MoveInput { date: "2026-02-01".into(), ..Default::default() }.parse(&left, TODAY).is_ok(),
            "rejoining needs no reason"
        );
    }

    #[test]
    fn a_contact_needs_a_name_and_a_valid_address_when_given() {
        let e = ContactInput { contact_email: "geen-adres".into(), ..Default::default() }.parse().unwrap_err();
        assert_eq!(e.get("contact_name").unwrap().key, "error-required");
        assert_eq!(e.get("contact_email").unwrap().key, "error-email-invalid");
        let ok = ContactInput {
            contact_name: "Fatima".into(),
            contact_role: "wijkregisseur".into(),
            contact_email: "F@Gemeente.nl".into(),
        };
        assert_eq!(ok.parse().unwrap(), ("Fatima".into(), "wijkregisseur".into(), "f@gemeente.nl".into()));
    }
}
