//! Publications (issue 17 item 6): a published page is an immutable, dated snapshot (HTML and a
//! PDF from the report engine) with its own address; a newer one of the same kind supersedes it.
//! The wijkdeal records who signed it for which party on which date.

use super::programme::Page;
use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

/// What can be published: the wijkdeal, the dossier *Stand van de wijk*, the scan of the
/// programme's gemeente, and the coalition, agenda and progress pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicationKind {
    Wijkdeal,
    Dossier,
    Scan,
    Coalition,
    Agenda,
    Progress,
}

impl PublicationKind {
    pub const ALL: [PublicationKind; 6] = [
        PublicationKind::Wijkdeal,
        PublicationKind::Dossier,
        PublicationKind::Scan,
        PublicationKind::Coalition,
        PublicationKind::Agenda,
        PublicationKind::Progress,
    ];

    /// The stable key stored in the database and used in forms and file names.
    pub fn key(self) -> &'static str {
        match self {
            PublicationKind::Wijkdeal => "wijkdeal",
            PublicationKind::Dossier => "stand",
            PublicationKind::Scan => "scan",
            PublicationKind::Coalition => "coalitie",
            PublicationKind::Agenda => "agenda",
            PublicationKind::Progress => "voortgang",
        }
    }

    /// The page whose publication opens snapshots of this kind to the public: a snapshot never
    /// shows anyone more than the live page would.
    pub fn page(self) -> Page {
        match self {
            PublicationKind::Wijkdeal | PublicationKind::Agenda => Page::Agenda,
            PublicationKind::Dossier | PublicationKind::Scan => Page::Urgency,
            PublicationKind::Coalition => Page::Coalition,
            PublicationKind::Progress => Page::Progress,
        }
    }

    pub fn from_key(key: &str) -> Option<PublicationKind> {
        PublicationKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A snapshot as listed (its HTML and PDF are read separately).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub id: i64,
    pub programme_id: i64,
    pub kind: PublicationKind,
    pub title: String,
    pub sha256: String,
    pub published_by: String,
    pub published_at: String,
    /// The newer publication of the same kind that replaces this one.
    pub superseded_by: Option<i64>,
}

impl Publication {
    pub fn href(&self) -> String {
        format!("/programmas/{}/publicaties/{}", self.programme_id, self.id)
    }

    /// The day it was published (ISO).
    pub fn published_on(&self) -> &str {
        self.published_at.get(..10).unwrap_or(&self.published_at)
    }
}

/// One signature under the wijkdeal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub id: i64,
    pub party_id: i64,
    pub party_name: String,
    pub person: String,
    pub role: String,
    pub signed_on: String,
}

/// A signature as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct SignatureInput {
    pub party: String,
    pub person: String,
    pub role: String,
    pub signed_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSignature {
    pub party_id: i64,
    pub person: String,
    pub role: String,
    pub signed_on: String,
}

impl SignatureInput {
    /// `parties`: the ids of the coalition's current parties.
    pub fn parse(&self, parties: &[i64], today: Date) -> Result<NewSignature, FieldErrors> {
        let mut e = FieldErrors::new();
        let party_id = match self.party.trim().parse::<i64>() {
            Ok(id) if parties.contains(&id) => id,
            _ => {
                e.add("party", "error-choose-from-list");
                0
            }
        };
        let person = self.person.trim().to_string();
        if person.is_empty() {
            e.add("person", "error-required");
        } else if person.chars().count() > 120 {
            e.add_with("person", "error-too-long", vec![("max", "120".into())]);
        }
        let role = self.role.trim().to_string();
        if role.chars().count() > 120 {
            e.add_with("role", "error-too-long", vec![("max", "120".into())]);
        }
        let signed_on = match parse_date(&self.signed_on) {
            Ok(d) if d > today => {
                e.add("signed_on", "error-date-future");
                String::new()
            }
            Ok(d) => iso(d),
            Err(k) => {
                e.add("signed_on", k);
                String::new()
            }
        };
        e.into_result(|| NewSignature { party_id, person, role, signed_on })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn every_kind_has_its_own_key_and_follows_a_page() {
        for k in PublicationKind::ALL {
            assert_eq!(PublicationKind::from_key(k.key()), Some(k));
        }
        assert_eq!(PublicationKind::from_key("concept"), None);
        assert_eq!(PublicationKind::Scan.page(), Page::Urgency);
        assert_eq!(PublicationKind::Wijkdeal.page(), Page::Agenda);
        assert_eq!(PublicationKind::Progress.page(), Page::Progress);
    }

    #[test]
    fn a_signature_names_a_current_party_a_person_and_a_day_that_has_come() {
        let ok = SignatureInput {
            party: "3".into(),
            person: " Anna de Wit ".into(),
            role: "wethouder".into(),
            signed_on: "1-12-2026".into(),
        };
        let s = ok.parse(&[3], date!(2026 - 12 - 07)).unwrap();
        assert_eq!((s.party_id, s.person.as_str(), s.signed_on.as_str()), (3, "Anna de Wit", "2026-12-01"));
        let e = SignatureInput { party: "4".into(), person: "".into(), signed_on: "2027-01-01".into(), ..ok }
            .parse(&[3], date!(2026 - 12 - 07))
            .unwrap_err();
        assert_eq!(e.get("party").unwrap().key, "error-choose-from-list");
        assert_eq!(e.get("person").unwrap().key, "error-required");
        assert_eq!(e.get("signed_on").unwrap().key, "error-date-future");
    }
}
