//! Privacy (AVG/GDPR): finding everything stored about one person, exporting it, erasing it on
//! request, and the retention period for contact data of parties that left the coalition.
//!
//! A person is found by e-mail address (their account, contact entries with that address, and
//! everything their account recorded) and/or by name (contact entries and seats in governance
//! bodies typed with that exact name). Erasure keeps the programme's facts and history but removes
//! who: the account is anonymised, contact entries deleted, names in seats and in the audit trail
//! replaced by a neutral word.

use super::user::Email;
use super::validation::FieldErrors;
use serde::Serialize;
use time::{Date, Month};

/// The word that replaces an erased name wherever the record itself must stay.
pub const ERASED: &str = "[verwijderd]";

/// Who to look for, as typed by the site administrator.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct PersonInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
}

/// A validated search: at least one of both, the e-mail address in lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonQuery {
    /// Empty when only a name was given.
    pub email: String,
    /// Empty when only an address was given.
    pub name: String,
}

impl PersonInput {
    pub fn parse(&self) -> Result<PersonQuery, FieldErrors> {
        let mut e = FieldErrors::new();
        let email = self.email.trim();
        let name = self.name.trim();
        if email.is_empty() && name.is_empty() {
            e.add("email", "error-privacy-who");
        }
        let email = if email.is_empty() {
            String::new()
        } else {
            match Email::parse(email) {
                Ok(m) => m.as_str().to_string(),
                Err(k) => {
                    e.add("email", k);
                    String::new()
                }
            }
        };
        // A short name would match (and erase) far more than one person.
        if !name.is_empty() && name.chars().count() < 3 {
            e.add_with("name", "error-too-short", vec![("min", "3".into())]);
        } else if name.chars().count() > 120 {
            e.add_with("name", "error-too-long", vec![("max", "120".into())]);
        }
        e.into_result(|| PersonQuery { email, name: name.to_string() })
    }
}

impl PersonQuery {
    /// Does a stored name or address belong to this person? Case and surrounding spaces do not count.
    pub fn matches_contact(&self, name: &str, email: &str) -> bool {
        (!self.email.is_empty() && email.trim().eq_ignore_ascii_case(&self.email))
            || (!self.name.is_empty() && name.trim().to_lowercase() == self.name.to_lowercase())
    }
}

/// The account of the person, without its password hash.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountData {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    pub is_data_steward: bool,
    pub locale: Option<String>,
    pub created_at: String,
    pub disabled_at: Option<String>,
    /// Programme name and role.
    pub memberships: Vec<(String, String)>,
    /// Programme name and party the account acts for.
    pub parties: Vec<(String, String)>,
    /// Name, created, last used, revoked.
    pub api_tokens: Vec<(String, String, Option<String>, Option<String>)>,
    pub active_sessions: i64,
    /// When, from which address, succeeded.
    pub login_attempts: Vec<(String, String, bool)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactData {
    pub id: i64,
    pub programme: String,
    pub party: String,
    pub name: String,
    pub role: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeatData {
    pub id: i64,
    pub programme: String,
    pub body: String,
    pub party: String,
    pub person: String,
    pub position: String,
    pub started_on: String,
    pub ended_on: Option<String>,
}

/// A story the person's account recorded (the words are the teller's, kept with the programme).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryData {
    pub id: i64,
    pub programme: String,
    pub told_on: String,
    pub author_role: String,
    pub body: String,
    pub consent: bool,
}

/// Contact data a resident left with a wijkbudget proposal (only what they chose to leave).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposalContactData {
    pub id: i64,
    pub programme: String,
    pub name: String,
    pub email: String,
}

/// A document that concerns the person: added by their account (kept: it is the programme's), or a
/// photo with a proposal they left their contact details with (deleted on erasure).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentData {
    pub id: i64,
    pub programme: String,
    pub title: String,
    pub file_name: String,
    pub added_on: String,
    /// `account` (added by the person's account) or `proposal` (with the person's proposal).
    pub how: String,
}

/// One thing the person's account did, from the audit trail.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionData {
    pub at: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
}

/// Everything WijkWijzer stores about one person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonRecord {
    pub searched_email: String,
    pub searched_name: String,
    pub account: Option<AccountData>,
    pub contacts: Vec<ContactData>,
    /// Wijkbudget proposals whose proposer left this name or address for contact.
    pub proposal_contacts: Vec<ProposalContactData>,
    /// Documents the person's account added, and photos with the person's proposals.
    #[serde(default)]
    pub documents: Vec<DocumentData>,
    pub seats: Vec<SeatData>,
    pub stories: Vec<StoryData>,
    /// Records that name the person as their author (table, count), e.g. values entered, revisions.
    pub authored: Vec<(String, i64)>,
    pub actions: Vec<ActionData>,
}

impl PersonRecord {
    pub fn is_empty(&self) -> bool {
        self.account.is_none()
            && self.contacts.is_empty()
            && self.proposal_contacts.is_empty()
            && self.documents.is_empty()
            && self.seats.is_empty()
            && self.stories.is_empty()
            && self.authored.iter().all(|(_, n)| *n == 0)
            && self.actions.is_empty()
    }

    /// The export handed to the person (Article 15 AVG): pretty JSON with a short explanation.
    pub fn to_export_json(&self, exported_at: &str) -> String {
        let value = serde_json::json!({
            "toelichting": "Alle gegevens die WijkWijzer over deze persoon bewaart (AVG artikel 15). \
                Wachtwoorden en sleutels worden alleen als onomkeerbare hash bewaard en niet meegegeven.",
            "geexporteerd_op": exported_at,
            "gegevens": self,
        });
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }
}

/// What an erasure changed, for the confirmation and the audit trail (counts only: no names).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Erasure {
    pub account_anonymised: bool,
    pub contacts_deleted: i64,
    /// Wijkbudget proposals whose contact name and address were removed (the proposal stays).
    #[serde(default)]
    pub proposal_contacts_cleared: i64,
    /// Photos with those proposals, deleted.
    #[serde(default)]
    pub documents_deleted: i64,
    pub seats_anonymised: i64,
    pub labels_replaced: i64,
    pub audit_entries_cleaned: i64,
}

/// The address and name an erased account keeps: unique, recognisably not a person.
pub fn pseudonym(user_id: i64) -> (String, String) {
    (format!("verwijderd-{user_id}@verwijderd.invalid"), format!("Verwijderd account {user_id}"))
}

/// Contacts of a party that left on or before this date are past their retention period.
pub fn retention_cutoff(today: Date, months: u32) -> Date {
    add_months(today, -(months as i32))
}

/// The day a former party's contact data goes, given when it left.
pub fn contacts_removed_on(left_on: Date, months: u32) -> Date {
    add_months(left_on, months as i32)
}

/// Calendar months later (or earlier); the 31st becomes the last day of a shorter month.
fn add_months(d: Date, months: i32) -> Date {
    let total = d.year() * 12 + (d.month() as i32 - 1) + months;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u8 + 1);
    let month = Month::try_from(month).unwrap_or(Month::January);
    Date::from_calendar_date(year, month, d.day().min(month.length(year))).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_search_needs_an_address_or_a_name_of_three_letters() {
        let none = PersonInput::default().parse().unwrap_err();
        assert_eq!(none.get("email").unwrap().key, "error-privacy-who");
        let short = PersonInput { name: "Al".into(), ..Default::default() }.parse().unwrap_err();
        assert_eq!(short.get("name").unwrap().key, "error-too-short");
        let bad = PersonInput { email: "geen adres".into(), ..Default::default() }.parse().unwrap_err();
        assert_eq!(bad.get("email").unwrap().key, "error-email-invalid");
        let q = PersonInput { email: " Fatima@Gemeente.NL ".into(), name: " Fatima Yilmaz ".into() }.parse().unwrap();
        assert_eq!(q, PersonQuery { email: "fatima@gemeente.nl".into(), name: "Fatima Yilmaz".into() });
    }

    #[test]
    fn contacts_match_on_address_or_exact_name_ignoring_case() {
        let q = PersonQuery { email: "f@x.nl".into(), name: "Fatima Yilmaz".into() };
        assert!(q.matches_contact("Iemand anders", "F@X.nl"));
        assert!(q.matches_contact("fatima yilmaz", ""));
        assert!(!q.matches_contact("Fatima", "fatima@y.nl"));
        let by_mail = PersonQuery { email: "f@x.nl".into(), name: String::new() };
        assert!(!by_mail.matches_contact("", ""), "an empty name must not match an empty search");
    }

    #[test]
    fn retention_counts_calendar_months_and_clamps_the_day() {
        assert_eq!(retention_cutoff(date!(2026 - 12 - 01), 24), date!(2024 - 12 - 01));
        assert_eq!(retention_cutoff(date!(2026 - 03 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(retention_cutoff(date!(2026 - 01 - 15), 13), date!(2024 - 12 - 15));
        assert_eq!(contacts_removed_on(date!(2024 - 11 - 30), 3), date!(2025 - 02 - 28));
        assert_eq!(contacts_removed_on(date!(2025 - 06 - 01), 24), date!(2027 - 06 - 01));
    }

    #[test]
    fn the_export_explains_itself_and_never_carries_a_password() {
        let r = PersonRecord {
            searched_email: "f@x.nl".into(),
            searched_name: String::new(),
            account: None,
            contacts: vec![],
            proposal_contacts: vec![],
            documents: vec![],
            seats: vec![],
            stories: vec![],
            authored: vec![("revisions".into(), 0)],
            actions: vec![],
        };
        assert!(r.is_empty());
        let json = r.to_export_json("2026-12-01T10:00:00Z");
        assert!(json.contains("AVG artikel 15"));
        assert!(!json.contains("password"));
        let (mail, name) = pseudonym(7);
        assert!(Email::parse(&mail).is_ok(), "the pseudonym must still be a valid, unique address");
        assert_eq!(name, "Verwijderd account 7");
    }
}
