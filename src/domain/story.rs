//! Stories (zachte gegevens): what residents, professionals and entrepreneurs tell about their
//! neighbourhood, next to the numbers. Personal data is minimised: the teller is shown only by a
//! role ("bewoner", "wijkagent"), and a story is private to the programme unless the teller
//! consented to publication.

use super::catalogue::Theme;
use super::validation::{FieldErrors, iso, parse_date};
use time::Date;

/// Who told the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceType {
    Resident,
    Professional,
    Entrepreneur,
}

impl SourceType {
    pub const ALL: [SourceType; 3] = [SourceType::Resident, SourceType::Professional, SourceType::Entrepreneur];

    /// The stable key stored and used in forms (Dutch, as the field says it).
    pub fn key(self) -> &'static str {
        match self {
            SourceType::Resident => "bewoner",
            SourceType::Professional => "professional",
            SourceType::Entrepreneur => "ondernemer",
        }
    }

    pub fn from_key(key: &str) -> Option<SourceType> {
        SourceType::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A story as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub id: i64,
    pub programme_id: i64,
    /// One of the programme's areas, or `None` when it is about the programme's area as a whole.
    pub area_code: Option<String>,
    /// `YYYY-MM-DD`.
    pub told_on: String,
    pub source: SourceType,
    pub role: String,
    pub text: String,
    pub themes: Vec<Theme>,
    /// Indicators the story speaks to (`catalogue::indicator_ref` names).
    pub indicators: Vec<String>,
    /// The teller agreed to publication. Without it the story stays within the programme.
    pub consent: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Story {
    pub fn is_about(&self, theme: Theme) -> bool {
        self.themes.contains(&theme)
    }

    pub fn speaks_to(&self, indicator: &str) -> bool {
        self.indicators.iter().any(|i| i == indicator)
    }

    /// The date as people read it: `12-03-2026` in Dutch, `2026-03-12` in English.
    pub fn date_label(&self, english: bool) -> String {
        super::validation::date_label(&self.told_on, english)
    }
}

/// A validated story, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStory {
    pub area_code: Option<String>,
    pub told_on: String,
    pub source: SourceType,
    pub role: String,
    pub text: String,
    pub themes: Vec<Theme>,
    pub indicators: Vec<String>,
    pub consent: bool,
}

/// The story form as typed (every field kept as text so that a refused form comes back unchanged).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryInput {
    pub area: String,
    pub told_on: String,
    pub source: String,
    pub role: String,
    pub text: String,
    pub themes: Vec<String>,
    pub indicators: Vec<String>,
    pub consent: bool,
}

pub const MAX_TEXT: usize = 4000;
pub const MAX_ROLE: usize = 60;

/// The themes a story can be about: every opgave, not the context.
pub fn story_themes() -> impl Iterator<Item = Theme> {
    Theme::ALL.into_iter().filter(|t| *t != Theme::Context)
}

impl StoryInput {
    /// A new story: told today, by a resident, private.
    pub fn with_defaults(today: Date) -> StoryInput {
        StoryInput { told_on: iso(today), source: SourceType::Resident.key().into(), ..Default::default() }
    }

    /// Read a submitted form; repeated fields (`thema`, `indicator`) keep every value.
    pub fn from_pairs(pairs: &[(String, String)]) -> StoryInput {
        let mut input = StoryInput::default();
        for (k, v) in pairs {
            match k.as_str() {
                "area" => input.area = v.clone(),
                "told_on" => input.told_on = v.clone(),
                "source" => input.source = v.clone(),
                "role" => input.role = v.clone(),
                "text" => input.text = v.clone(),
                "themes" => input.themes.push(v.clone()),
                "indicators" => input.indicators.push(v.clone()),
                "consent" => input.consent = !v.is_empty(),
                _ => {}
            }
        }
        input
    }

    pub fn from_story(s: &Story) -> StoryInput {
        StoryInput {
            area: s.area_code.clone().unwrap_or_default(),
            told_on: s.told_on.clone(),
            source: s.source.key().into(),
            role: s.role.clone(),
            text: s.text.clone(),
            themes: s.themes.iter().map(|t| t.key().to_string()).collect(),
            indicators: s.indicators.clone(),
            consent: s.consent,
        }
    }

    pub fn has_theme(&self, key: &str) -> bool {
        self.themes.iter().any(|t| t == key)
    }

    pub fn has_indicator(&self, reference: &str) -> bool {
        self.indicators.iter().any(|i| i == reference)
    }

    /// Validate against the programme's areas and the indicators that may be linked; a story
    /// cannot be dated after `today`.
    pub fn parse(&self, areas: &[String], indicators: &[String], today: Date) -> Result<NewStory, FieldErrors> {
        let mut e = FieldErrors::new();
        let area = self.area.trim();
        let area_code = if area.is_empty() {
            None
        } else if areas.iter().any(|a| a == area) {
            Some(area.to_string())
        } else {
            e.add("area", "error-story-area");
            None
        };
        let told_on = match parse_date(&self.told_on) {
            Err(key) => {
                e.add("told_on", key);
                String::new()
            }
            Ok(d) if d > today => {
                e.add("told_on", "error-date-future");
                String::new()
            }
            Ok(d) => iso(d),
        };
        let source = SourceType::from_key(self.source.trim());
        if source.is_none() {
            e.add("source", "error-choose-one");
        }
        let role = self.role.trim().to_string();
        if role.is_empty() {
            e.add("role", "error-required");
        } else if role.chars().count() > MAX_ROLE {
            e.add_with("role", "error-too-long", vec![("max", MAX_ROLE.to_string())]);
        }
        let text = self.text.trim().replace("\r\n", "\n");
        if text.is_empty() {
            e.add("text", "error-required");
        } else if text.chars().count() > MAX_TEXT {
            e.add_with("text", "error-too-long", vec![("max", MAX_TEXT.to_string())]);
        }
        let themes: Vec<Theme> = story_themes().filter(|t| self.has_theme(t.key())).collect();
        if themes.is_empty() {
            e.add("themes", "error-story-themes");
        } else if self.themes.iter().any(|k| !themes.iter().any(|t| t.key() == k)) {
            e.add("themes", "error-choose-from-list");
        }
        let mut linked: Vec<String> = Vec::new();
        for i in &self.indicators {
            if !indicators.contains(i) {
                e.add("indicators", "error-choose-from-list");
            } else if !linked.contains(i) {
                linked.push(i.clone());
            }
        }
        match source {
            Some(source) if e.is_empty() => Ok(NewStory {
                area_code,
                told_on,
                source,
                role,
                text,
                themes,
                indicators: linked,
                consent: self.consent,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn input() -> StoryInput {
        StoryInput {
            area: "BU05991081".into(),
            told_on: "2026-11-20".into(),
            source: "bewoner".into(),
            role: "bewoner".into(),
            text: "  De portiek is 's avonds donker.\r\nWe lopen om.  ".into(),
            themes: vec!["veiligheid".into(), "leefomgeving".into()],
            indicators: vec!["gezondheid:Eenzaam".into(), "gezondheid:Eenzaam".into()],
            consent: false,
        }
    }

    fn areas() -> Vec<String> {
        vec!["BU05991081".into()]
    }

    fn offered() -> Vec<String> {
        vec!["gezondheid:Eenzaam".into(), "kwb:Nettoarbeidsparticipatie".into()]
    }

    #[test]
    fn a_valid_story_is_trimmed_and_private_by_default() {
        let s = input().parse(&areas(), &offered(), TODAY).unwrap();
        assert_eq!(s.text, "De portiek is 's avonds donker.\nWe lopen om.");
        assert_eq!(s.themes, [Theme::Safety, Theme::Environment]);
        assert_eq!(s.indicators, ["gezondheid:Eenzaam"], "a doubled link is kept once");
        assert!(!s.consent);
        assert_eq!(s.area_code.as_deref(), Some("BU05991081"));
        assert_eq!(StoryInput::with_defaults(TODAY).told_on, "2026-11-28");
        assert!(!StoryInput::with_defaults(TODAY).consent);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let bad = StoryInput {
            area: "BU03630000".into(),
            told_on: "2026-12-01".into(),
            source: "journalist".into(),
            role: "x".repeat(61),
            text: " ".into(),
            themes: vec![],
            indicators: vec!["kwb:Onbekend".into()],
            consent: true,
        };
        let e = bad.parse(&areas(), &offered(), TODAY).unwrap_err();
        assert_eq!(e.get("area").unwrap().key, "error-story-area");
        assert_eq!(e.get("told_on").unwrap().key, "error-date-future");
        assert_eq!(e.get("source").unwrap().key, "error-choose-one");
        assert_eq!(e.get("role").unwrap().key, "error-too-long");
        assert_eq!(e.get("text").unwrap().key, "error-required");
        assert_eq!(e.get("themes").unwrap().key, "error-story-themes");
        assert_eq!(e.get("indicators").unwrap().key, "error-choose-from-list");
    }

    #[test]
    fn the_context_is_no_theme_of_a_story() {
        let mut i = input();
        i.themes.push("context".into());
        assert_eq!(
            i.parse(&areas(), &offered(), TODAY).unwrap_err().get("themes").unwrap().key,
            "error-choose-from-list"
        );
    }

    #[test]
    fn dates_are_read_as_typed_in_both_ways() {
        assert_eq!(parse_date("2026-03-12").unwrap(), date!(2026 - 03 - 12));
        assert_eq!(parse_date("12-3-2026").unwrap(), date!(2026 - 03 - 12));
        assert_eq!(parse_date("31-02-2026"), Err("error-date"));
        assert_eq!(parse_date(""), Err("error-required"));
    }

    #[test]
    fn a_form_with_repeated_fields_keeps_every_choice() {
        let pairs: Vec<(String, String)> = [
            ("themes", "wonen"),
            ("themes", "werk"),
            ("indicators", "kwb:Nettoarbeidsparticipatie"),
            ("consent", "1"),
            ("text", "<script>x</script>"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let i = StoryInput::from_pairs(&pairs);
        assert_eq!(i.themes, ["wonen", "werk"]);
        assert!(i.consent && i.has_indicator("kwb:Nettoarbeidsparticipatie"));
        assert_eq!(i.text, "<script>x</script>", "the text is kept as typed; templates escape it");
    }

    #[test]
    fn dates_read_in_the_reader_s_language() {
        let s = Story {
            id: 1,
            programme_id: 1,
            area_code: None,
            told_on: "2026-03-12".into(),
            source: SourceType::Professional,
            role: "wijkagent".into(),
            text: "t".into(),
            themes: vec![Theme::Safety],
            indicators: vec![],
            consent: true,
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert_eq!(s.date_label(false), "12-03-2026");
        assert_eq!(s.date_label(true), "2026-03-12");
        assert!(s.is_about(Theme::Safety) && !s.is_about(Theme::Housing));
    }
}
