//! "Stand van de wijk": a programme's dossier of step 1. What made the coalition act (the urgency
//! trigger), how the scan weighs the themes for this programme, and the coalition's justification.
//! The scan position, profile highlights and stories are read live from the statistics and stories.

use super::catalogue::Theme;
use super::number::{NumberError, NumberStyle, edit_text, parse_number};
use super::scan::ReferenceKind;
use super::story::story_themes;
use super::validation::FieldErrors;
use super::validation::{iso, parse_date};
use std::collections::HashMap;
use time::Date;

/// What made the urgency felt (Platform31, step 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    /// Residents raised it.
    Residents,
    /// The municipal council asked for it.
    Council,
    /// An incident.
    Incident,
    /// A positive initiative to build on.
    Initiative,
}

impl TriggerKind {
    pub const ALL: [TriggerKind; 4] =
        [TriggerKind::Residents, TriggerKind::Council, TriggerKind::Incident, TriggerKind::Initiative];

    pub fn key(self) -> &'static str {
        match self {
            TriggerKind::Residents => "bewoners",
            TriggerKind::Council => "gemeenteraad",
            TriggerKind::Incident => "incident",
            TriggerKind::Initiative => "initiatief",
        }
    }

    pub fn from_key(key: &str) -> Option<TriggerKind> {
        TriggerKind::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// The stored dossier of a programme. A programme without one has `Dossier::empty`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dossier {
    pub trigger: Option<TriggerKind>,
    /// `YYYY-MM-DD`, or empty.
    pub trigger_date: String,
    pub trigger_description: String,
    pub justification: String,
    /// Theme weights of this programme's scan; themes not named weigh 1.
    pub weights: HashMap<Theme, f64>,
    pub reference: ReferenceKind,
    pub updated_at: String,
}

impl Dossier {
    pub fn empty() -> Dossier {
        Dossier {
            trigger: None,
            trigger_date: String::new(),
            trigger_description: String::new(),
            justification: String::new(),
            weights: HashMap::new(),
            reference: ReferenceKind::Nl,
            updated_at: String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.trigger.is_none() && self.trigger_description.is_empty() && self.justification.is_empty()
    }

    /// The weight of a theme in this programme's scan.
    pub fn weight(&self, theme: Theme) -> f64 {
        self.weights.get(&theme).copied().unwrap_or(1.0)
    }

    /// Weights as `parse_weights` reads them, only those that differ from 1, in theme order:
    /// stored in the database and passed to the scan page.
    pub fn weights_text(&self) -> String {
        story_themes()
            .filter(|t| self.weight(*t) != 1.0)
            .map(|t| format!("{}={}", t.key(), self.weight(t)))
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn reference_key(&self) -> &'static str {
        match self.reference {
            ReferenceKind::Nl => "nl",
            ReferenceKind::Municipality => "gemeente",
            ReferenceKind::Similar => "vergelijkbaar",
        }
    }
}

/// The dossier form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DossierInput {
    pub trigger: String,
    pub trigger_date: String,
    pub trigger_description: String,
    pub justification: String,
    pub reference: String,
    /// Theme key → weight as typed.
    pub weights: Vec<(String, String)>,
}

pub const MAX_DESCRIPTION: usize = 2000;
pub const MAX_JUSTIFICATION: usize = 10000;

impl DossierInput {
    /// The form of a stored dossier, its weights written as the page's language writes them.
    pub fn from_dossier(d: &Dossier, style: NumberStyle) -> DossierInput {
        DossierInput {
            trigger: d.trigger.map(|t| t.key().to_string()).unwrap_or_default(),
            trigger_date: d.trigger_date.clone(),
            trigger_description: d.trigger_description.clone(),
            justification: d.justification.clone(),
            reference: d.reference_key().to_string(),
            weights: story_themes().map(|t| (t.key().to_string(), edit_text(d.weight(t), style))).collect(),
        }
    }

    /// Read a submitted form: weights come as `weight_<theme>` fields.
    pub fn from_pairs(pairs: &[(String, String)]) -> DossierInput {
        let mut input = DossierInput::default();
        for (k, v) in pairs {
            match k.as_str() {
                "trigger" => input.trigger = v.clone(),
                "trigger_date" => input.trigger_date = v.clone(),
                "trigger_description" => input.trigger_description = v.clone(),
                "justification" => input.justification = v.clone(),
                "reference" => input.reference = v.clone(),
                _ => {
                    if let Some(theme) = k.strip_prefix("weight_") {
                        input.weights.push((theme.to_string(), v.clone()));
                    }
                }
            }
        }
        input
    }

    /// The weight of a theme as typed (for showing the form again).
    pub fn weight(&self, theme: &str) -> String {
        self.weights.iter().find(|(k, _)| k == theme).map(|(_, v)| v.clone()).unwrap_or_else(|| "1".into())
    }

    pub fn parse(&self, today: Date, style: NumberStyle) -> Result<Dossier, FieldErrors> {
        let mut e = FieldErrors::new();
        let trigger = match self.trigger.trim() {
            "" => None,
            k => {
                let t = TriggerKind::from_key(k);
                if t.is_none() {
                    e.add("trigger", "error-choose-one");
                }
                t
            }
        };
        let trigger_date = match self.trigger_date.trim() {
            "" => String::new(),
            raw => match parse_date(raw) {
                Ok(d) if d > today => {
                    e.add("trigger_date", "error-date-future");
                    String::new()
                }
                Ok(d) => iso(d),
                Err(k) => {
                    e.add("trigger_date", k);
                    String::new()
                }
            },
        };
        let trigger_description = self.trigger_description.trim().replace("\r\n", "\n");
        if trigger_description.chars().count() > MAX_DESCRIPTION {
            e.add_with("trigger_description", "error-too-long", vec![("max", MAX_DESCRIPTION.to_string())]);
        }
        if trigger.is_some() && trigger_description.is_empty() {
            e.add("trigger_description", "error-trigger-description");
        }
        let justification = self.justification.trim().replace("\r\n", "\n");
        if justification.chars().count() > MAX_JUSTIFICATION {
            e.add_with("justification", "error-too-long", vec![("max", MAX_JUSTIFICATION.to_string())]);
        }
        let reference = match self.reference.trim() {
            "" => ReferenceKind::Nl,
            raw => ReferenceKind::parse(raw).unwrap_or_else(|| {
                e.add("reference", "error-choose-one");
                ReferenceKind::Nl
            }),
        };
        let mut weights = HashMap::new();
        for (key, raw) in &self.weights {
            let Some(theme) = story_themes().find(|t| t.key() == key) else { continue };
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            match parse_number(raw, style) {
                Ok(w) if (0.0..=10.0).contains(&w) => {
                    weights.insert(theme, w);
                }
                Err(problem @ (NumberError::Ambiguous { .. } | NumberError::OtherConvention { .. })) => {
                    problem.add_to(&mut e, "weights", false)
                }
                _ => e.add("weights", "error-weight"),
            }
        }
        if !weights.is_empty() && weights.values().all(|w| *w == 0.0) && weights.len() == story_themes().count() {
            e.add("weights", "error-weights-all-zero");
        }
        weights.retain(|_, w| *w != 1.0);
        e.into_result(|| Dossier {
            trigger,
            trigger_date,
            trigger_description,
            justification,
            weights,
            reference,
            updated_at: String::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_dossier_keeps_only_weights_that_differ_from_one() {
        let input = DossierInput::from_pairs(&pairs(&[
            ("trigger", "bewoners"),
            ("trigger_date", "3-9-2026"),
            ("trigger_description", "Bewonersavond over overlast"),
            ("justification", "Waarom deze buurten"),
            ("reference", "gemeente"),
            ("weight_gezondheid", "2"),
            ("weight_werk", "0,5"),
            ("weight_wonen", "1"),
        ]));
        let d = input.parse(TODAY, NumberStyle::Dutch).unwrap();
        assert_eq!(d.trigger, Some(TriggerKind::Residents));
        assert_eq!(d.trigger_date, "2026-09-03");
        assert_eq!(d.reference, ReferenceKind::Municipality);
        assert_eq!(d.weights_text(), "werk=0.5,gezondheid=2");
        assert_eq!(super::super::scan::parse_weights(&d.weights_text()).unwrap(), d.weights);
        let again = DossierInput::from_dossier(&d, NumberStyle::Dutch);
        assert_eq!(again.weight("werk"), "0,5");
        assert_eq!(again.weight("wonen"), "1");
    }

    #[test]
    fn wrong_fields_are_named() {
        let input = DossierInput::from_pairs(&pairs(&[
            ("trigger", "storm"),
            ("trigger_date", "1-1-2027"),
            ("reference", "wereld"),
            ("weight_gezondheid", "veel"),
        ]));
        let e = input.parse(TODAY, NumberStyle::Dutch).unwrap_err();
        assert_eq!(e.get("trigger").unwrap().key, "error-choose-one");
        assert_eq!(e.get("trigger_date").unwrap().key, "error-date-future");
        assert_eq!(e.get("reference").unwrap().key, "error-choose-one");
        assert_eq!(e.get("weights").unwrap().key, "error-weight");
    }

    #[test]
    fn a_trigger_needs_a_description_and_weights_cannot_all_be_zero() {
        let mut list = vec![("trigger", "incident")];
        let zeros: Vec<String> = story_themes().map(|t| format!("weight_{}", t.key())).collect();
        for z in &zeros {
            list.push((z.as_str(), "0"));
        }
        let e = DossierInput::from_pairs(&pairs(&list)).parse(TODAY, NumberStyle::Dutch).unwrap_err();
        assert_eq!(e.get("trigger_description").unwrap().key, "error-trigger-description");
        assert_eq!(e.get("weights").unwrap().key, "error-weights-all-zero");
    }

    #[test]
    fn an_empty_form_is_an_empty_dossier() {
        let d = DossierInput::default().parse(TODAY, NumberStyle::Dutch).unwrap();
        assert!(d.is_empty());
        assert_eq!(d.weights_text(), "");
        assert_eq!(d.reference, ReferenceKind::Nl);
    }
}
