//! Step 3, the residents' agenda (bewonersagenda): residents or their organisation put items on the
//! agenda, and the gemeente answers each with a *tegenbod* — it fits municipal plans, we pick it
//! up together, residents look for other parties, or declined — always with an explanation.
//! Items and answers are visible to the programme and can be published.

use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

/// The four answers of the tegenbod.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// It fits the gemeente's plans: the gemeente takes it on.
    FitsPlans,
    /// We pick it up together.
    Together,
    /// Residents look for other parties; the gemeente helps them find them.
    OtherParties,
    Declined,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::FitsPlans, Answer::Together, Answer::OtherParties, Answer::Declined];

    pub fn key(self) -> &'static str {
        match self {
            Answer::FitsPlans => "past-in-plannen",
            Answer::Together => "samen-oppakken",
            Answer::OtherParties => "andere-partijen",
            Answer::Declined => "afgewezen",
        }
    }

    pub fn from_key(key: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub id: i64,
    pub programme_id: i64,
    pub title: String,
    pub text: String,
    /// Who brings it in, as they want to be named ("Bewonersplatform Bloemhof").
    pub submitted_by: String,
    pub submitted_on: String,
    pub answer: Option<Answer>,
    pub answer_text: String,
    pub answered_on: String,
    pub published: bool,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewItem {
    pub title: String,
    pub text: String,
    pub submitted_by: String,
    pub submitted_on: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ItemInput {
    pub title: String,
    pub body: String,
    pub submitted_by: String,
    pub submitted_on: String,
}

pub const MAX_TEXT: usize = 5_000;

fn text(e: &mut FieldErrors, field: &'static str, raw: &str, max: usize) -> String {
    let v = raw.trim().replace("\r\n", "\n");
    if v.is_empty() {
        e.add(field, "error-required");
    } else if v.chars().count() > max {
        e.add_with(field, "error-too-long", vec![("max", max.to_string())]);
    }
    v
}

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

impl ItemInput {
    pub fn with_defaults(today: Date, submitted_by: &str) -> ItemInput {
        ItemInput { submitted_on: iso(today), submitted_by: submitted_by.to_string(), ..ItemInput::default() }
    }

    pub fn parse(&self, today: Date) -> Result<NewItem, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = text(&mut e, "title", &self.title, 200);
        let body = text(&mut e, "body", &self.body, MAX_TEXT);
        let submitted_by = text(&mut e, "submitted_by", &self.submitted_by, 200);
        let submitted_on = past_date(&mut e, "submitted_on", &self.submitted_on, today);
        e.into_result(|| NewItem { title, text: body, submitted_by, submitted_on })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAnswer {
    pub answer: Answer,
    pub text: String,
    pub answered_on: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct AnswerInput {
    pub answer: String,
    pub answer_text: String,
    pub answered_on: String,
    pub version: String,
}

impl AnswerInput {
    pub fn from_item(item: &AgendaItem, today: Date) -> AnswerInput {
        AnswerInput {
            answer: item.answer.map(|a| a.key().to_string()).unwrap_or_default(),
            answer_text: item.answer_text.clone(),
            answered_on: if item.answered_on.is_empty() { iso(today) } else { item.answered_on.clone() },
            version: item.version.to_string(),
        }
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// Every answer needs an explanation; it cannot predate the item.
    pub fn parse(&self, item: &AgendaItem, today: Date) -> Result<NewAnswer, FieldErrors> {
        let mut e = FieldErrors::new();
        let answer = Answer::from_key(self.answer.trim());
        if answer.is_none() {
            e.add("answer", "error-choose-one");
        }
        let text = text(&mut e, "answer_text", &self.answer_text, MAX_TEXT);
        let mut answered_on = past_date(&mut e, "answered_on", &self.answered_on, today);
        if !answered_on.is_empty() && answered_on < item.submitted_on {
            e.add("answered_on", "error-answer-before-item");
            answered_on.clear();
        }
        e.into_result(|| NewAnswer { answer: answer.unwrap_or(Answer::Declined), text, answered_on })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn item() -> AgendaItem {
        AgendaItem {
            id: 1,
            programme_id: 1,
            title: "Speelplek Hillevliet".into(),
            text: "Er is geen veilige speelplek.".into(),
            submitted_by: "Bewonersplatform".into(),
            submitted_on: "2026-03-01".into(),
            answer: None,
            answer_text: String::new(),
            answered_on: String::new(),
            published: false,
            version: 1,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn an_item_says_what_who_and_when() {
        let e = ItemInput { submitted_on: "2027-01-01".into(), ..Default::default() }.parse(TODAY).unwrap_err();
        for (field, key) in [
            ("title", "error-required"),
            ("body", "error-required"),
            ("submitted_by", "error-required"),
            ("submitted_on", "error-date-future"),
        ] {
            assert_eq!(e.get(field).map(|x| x.key), Some(key), "{field}");
        }
        let ok = ItemInput {
            title: "Speelplek".into(),
            body: "Graag.".into(),
            ..ItemInput::with_defaults(TODAY, "Bewonersplatform")
        }
        .parse(TODAY)
        .unwrap();
        assert_eq!(ok.submitted_on, "2026-11-28");
    }

    #[test]
    fn every_tegenbod_is_one_of_four_answers_with_an_explanation() {
        let e = AnswerInput { answer: "misschien".into(), answered_on: "2026-02-01".into(), ..Default::default() }
            .parse(&item(), TODAY)
            .unwrap_err();
        assert_eq!(e.get("answer").unwrap().key, "error-choose-one");
        assert_eq!(e.get("answer_text").unwrap().key, "error-required");
        assert_eq!(e.get("answered_on").unwrap().key, "error-answer-before-item");
        let a = AnswerInput {
            answer: "samen-oppakken".into(),
            answer_text: "We zoeken samen een plek.".into(),
            ..AnswerInput::from_item(&item(), TODAY)
        }
        .parse(&item(), TODAY)
        .unwrap();
        assert_eq!((a.answer, a.answered_on.as_str()), (Answer::Together, "2026-11-28"));
        assert_eq!(Answer::ALL.map(|a| Answer::from_key(a.key())), Answer::ALL.map(Some));
    }
}
