//! Step 3, the agenda. This part: the shared vision, kept as versions (who agreed, when, by which
//! decision) so that earlier versions stay readable.

use super::revision::RevisionNote;
use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

/// One version of the shared vision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisionVersion {
    pub id: i64,
    pub text: String,
    pub agreed_on: String,
    /// Who agreed: a body or the parties ("Stuurgroep Zuid").
    pub agreed_by: String,
    /// The decision that adopted it (`SG-2026-1`), or empty.
    pub decision: String,
    /// Why this version replaced the previous one (empty for the first).
    pub reason: String,
    /// The account that recorded it.
    pub created_by: String,
    pub created_at: String,
}

impl VisionVersion {
    pub fn paragraphs(&self) -> Vec<&str> {
        self.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewVision {
    pub text: String,
    pub agreed_on: String,
    pub agreed_by: String,
    pub decision: String,
    /// Why it changed; empty for the first version.
    pub reason: String,
}

/// The vision form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct VisionInput {
    pub text: String,
    pub agreed_on: String,
    pub agreed_by: String,
    pub decision: String,
    pub reason: String,
}

pub const MAX_VISION: usize = 20_000;

impl VisionInput {
    /// A new version starts from the current one.
    pub fn from_current(current: Option<&VisionVersion>, today: Date) -> VisionInput {
        VisionInput {
            text: current.map(|v| v.text.clone()).unwrap_or_default(),
            agreed_on: iso(today),
            agreed_by: current.map(|v| v.agreed_by.clone()).unwrap_or_default(),
            decision: String::new(),
            reason: String::new(),
        }
    }

    /// `decisions`: the numbers of the programme's decisions (a reference must be one of them).
    /// `current`: the text now in force (a new version must differ from it).
    pub fn parse(&self, decisions: &[String], current: Option<&str>, today: Date) -> Result<NewVision, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = self.text.trim().replace("\r\n", "\n");
        if text.is_empty() {
            e.add("text", "error-required");
        } else if text.chars().count() > MAX_VISION {
            e.add_with("text", "error-too-long", vec![("max", MAX_VISION.to_string())]);
        } else if current == Some(text.as_str()) {
            e.add("text", "error-vision-unchanged");
        }
        let agreed_on = match parse_date(&self.agreed_on) {
            Ok(d) if d > today => {
                e.add("agreed_on", "error-date-future");
                String::new()
            }
            Ok(d) => iso(d),
            Err(k) => {
                e.add("agreed_on", k);
                String::new()
            }
        };
        let agreed_by = self.agreed_by.trim().to_string();
        if agreed_by.is_empty() {
            e.add("agreed_by", "error-required");
        } else if agreed_by.chars().count() > 200 {
            e.add_with("agreed_by", "error-too-long", vec![("max", "200".into())]);
        }
        let decision = self.decision.trim().to_string();
        if !decision.is_empty() && !decisions.contains(&decision) {
            e.add("decision", "error-choose-from-list");
        }
        // A change of the vision says why (the first version needs no reason).
        let reason = match current {
            Some(_) => RevisionNote::parse(&self.reason, "", &[], &mut e).reason,
            None => String::new(),
        };
        e.into_result(|| NewVision { text, agreed_on, agreed_by, decision, reason })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    #[test]
    fn a_new_vision_is_dated_agreed_and_different_from_the_current_one() {
        let input = VisionInput {
            text: " Een wijk waar kinderen kansen krijgen.\r\n\r\nSamen.".into(),
            agreed_on: "20-11-2025".into(),
            agreed_by: "Stuurgroep Zuid".into(),
            decision: "SG-2025-1".into(),
            reason: String::new(),
        };
        let v = input.parse(&["SG-2025-1".into()], None, TODAY).unwrap();
        assert_eq!(v.text, "Een wijk waar kinderen kansen krijgen.\n\nSamen.");
        assert_eq!(v.agreed_on, "2025-11-20");
        let same = input.parse(&["SG-2025-1".into()], Some("Een wijk waar kinderen kansen krijgen.\n\nSamen."), TODAY);
        let same = same.unwrap_err();
        assert_eq!(same.get("text").unwrap().key, "error-vision-unchanged");
        // Replacing an agreed vision says why; the first one needs no reason.
        assert_eq!(same.get("reason").unwrap().key, "error-reason-required");
        assert!(v.reason.is_empty());
        let e = VisionInput { decision: "SG-1999-9".into(), agreed_on: "2027-01-01".into(), ..Default::default() }
            .parse(&[], None, TODAY)
            .unwrap_err();
        assert_eq!(e.get("text").unwrap().key, "error-required");
        assert_eq!(e.get("agreed_on").unwrap().key, "error-date-future");
        assert_eq!(e.get("agreed_by").unwrap().key, "error-required");
        assert_eq!(e.get("decision").unwrap().key, "error-choose-from-list");
    }
}
