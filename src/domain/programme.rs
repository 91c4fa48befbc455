//! Programmes (wijkaanpakken): what one has, and how a submitted programme form is parsed.

use super::validation::FieldErrors;

/// The level of a CBS area code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AreaLevel {
    /// The Netherlands as a whole (`NL01`), the national reference.
    Country,
    Municipality,
    District,
    Neighbourhood,
}

impl AreaLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            AreaLevel::Country => "land",
            AreaLevel::Municipality => "gemeente",
            AreaLevel::District => "wijk",
            AreaLevel::Neighbourhood => "buurt",
        }
    }
}

/// A CBS area code: `GM` + 4 digits, `WK` + 6 or `BU` + 8 characters, or `NL01` for the country.
/// The first four digits after the prefix are the municipality's number; the rest of a wijk or buurt
/// code is usually digits, but Amsterdam uses letters since 2023 (`WK0363AA`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AreaCode(String);

impl AreaCode {
    pub fn parse(raw: &str) -> Result<AreaCode, &'static str> {
        let s = raw.trim().to_uppercase();
        let shape = |total: usize| {
            s.len() == 2 + total
                && s.is_ascii()
                && s[2..6].bytes().all(|b| b.is_ascii_digit())
                && s[6..].bytes().all(|b| b.is_ascii_alphanumeric())
        };
        let ok = s == "NL01"
            || s == "NL00"
            || (s.starts_with("GM") && shape(4))
            || (s.starts_with("WK") && shape(6))
            || (s.starts_with("BU") && shape(8));
        if ok { Ok(AreaCode(s)) } else { Err("error-area-code") }
    }

    pub fn level(&self) -> AreaLevel {
        match &self.0[..2] {
            "NL" => AreaLevel::Country,
            "GM" => AreaLevel::Municipality,
            "WK" => AreaLevel::District,
            _ => AreaLevel::Neighbourhood,
        }
    }

    /// The four digits of the municipality this area lies in (empty for the country).
    pub fn municipality_number(&self) -> &str {
        if self.level() == AreaLevel::Country { "" } else { &self.0[2..6] }
    }

    /// The gemeente code of a wijk or buurt (`GM0599` for `BU05991081`); `None` for the country.
    pub fn municipality(&self) -> Option<AreaCode> {
        match self.level() {
            AreaLevel::Country => None,
            _ => Some(AreaCode(format!("GM{}", self.municipality_number()))),
        }
    }

    /// The wijk of a buurt (`WK059910` for `BU05991081`), the gemeente of a wijk, the country of a
    /// gemeente.
    pub fn parent(&self) -> Option<AreaCode> {
        match self.level() {
            AreaLevel::Neighbourhood => Some(AreaCode(format!("WK{}", &self.0[2..8]))),
            AreaLevel::District => self.municipality(),
            AreaLevel::Municipality => Some(AreaCode("NL01".into())),
            AreaLevel::Country => None,
        }
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A municipality code, `GM` + 4 digits.
pub fn parse_municipality_code(raw: &str) -> Result<AreaCode, &'static str> {
    match AreaCode::parse(raw) {
        Ok(c) if c.level() == AreaLevel::Municipality => Ok(c),
        _ if raw.trim().is_empty() => Err("error-required"),
        _ => Err("error-municipality-code"),
    }
}

/// A gemeente as people type it: its code (GM0599) or its name in any case ("rotterdam",
/// "'s-gravenhage"), given every (code, name, newest layout) a gemeente had; of several gemeenten
/// that carried the name, the one in the newest layout.
pub fn resolve_municipality(raw: &str, names: &[(String, String, i64)]) -> Result<AreaCode, &'static str> {
    if let Ok(code) = parse_municipality_code(raw) {
        return Ok(code);
    }
    let norm =
        |s: &str| s.replace(['’', '‘', '`'], "'").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let wanted = norm(raw);
    if wanted.is_empty() {
        return Err("error-required");
    }
    names
        .iter()
        .filter(|(_, name, _)| norm(name) == wanted)
        .max_by_key(|(_, _, year)| *year)
        .and_then(|(code, _, _)| parse_municipality_code(code).ok())
        .ok_or("error-municipality-unknown")
}

/// One area of a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeArea {
    pub code: AreaCode,
    pub name: String,
    pub layout_year: i64,
}

/// The pages of a programme that can each be published to the public separately. Later steps fill
/// them; the switch exists from the start so that nothing is public by accident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Urgency,
    Coalition,
    Agenda,
    Preconditions,
    Progress,
}

impl Page {
    pub const ALL: [Page; 6] =
        [Page::Overview, Page::Urgency, Page::Coalition, Page::Agenda, Page::Preconditions, Page::Progress];

    /// The stable key stored in the database and used in forms.
    pub fn key(self) -> &'static str {
        match self {
            Page::Overview => "overzicht",
            Page::Urgency => "urgentie",
            Page::Coalition => "coalitie",
            Page::Agenda => "agenda",
            Page::Preconditions => "randvoorwaarden",
            Page::Progress => "voortgang",
        }
    }

    pub fn from_key(key: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// A programme as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: i64,
    pub name: String,
    pub municipality_code: String,
    pub municipality_name: String,
    pub start_year: i64,
    pub horizon_year: i64,
    pub description: String,
    pub areas: Vec<ProgrammeArea>,
    pub published: Vec<Page>,
    pub created_at: String,
    pub updated_at: String,
}

impl Programme {
    pub fn is_published(&self, page: Page) -> bool {
        self.published.contains(&page)
    }
}

/// The programme form as typed by the user (all text, so it can be shown again unchanged).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ProgrammeInput {
    pub name: String,
    pub municipality_code: String,
    pub municipality_name: String,
    pub start_year: String,
    pub horizon_year: String,
    pub layout_year: String,
    /// One area per line: a CBS code, optionally followed by its name.
    pub areas: String,
    pub description: String,
}

/// A validated programme, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgramme {
    pub name: String,
    pub municipality_code: AreaCode,
    pub municipality_name: String,
    pub start_year: i64,
    pub horizon_year: i64,
    pub description: String,
    pub areas: Vec<ProgrammeArea>,
}

pub const MIN_YEAR: i64 = 1990;
pub const MAX_YEAR: i64 = 2100;
const MAX_AREAS: usize = 500;

fn parse_year(raw: &str) -> Result<i64, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("error-required");
    }
    match raw.parse::<i64>() {
        Ok(y) if (MIN_YEAR..=MAX_YEAR).contains(&y) => Ok(y),
        _ => Err("error-year"),
    }
}

impl ProgrammeInput {
    /// A form with sensible defaults: this year as start and a generation (20 years) as horizon.
    pub fn with_defaults(current_year: i64) -> Self {
        ProgrammeInput {
            start_year: current_year.to_string(),
            horizon_year: (current_year + 20).to_string(),
            layout_year: current_year.to_string(),
            ..Default::default()
        }
    }

    /// The input that edits an existing programme.
    pub fn from_programme(p: &Programme) -> Self {
        ProgrammeInput {
            name: p.name.clone(),
            municipality_code: p.municipality_code.clone(),
            municipality_name: p.municipality_name.clone(),
            start_year: p.start_year.to_string(),
            horizon_year: p.horizon_year.to_string(),
            layout_year: p.areas.first().map(|a| a.layout_year).unwrap_or(p.start_year).to_string(),
            areas: p.areas.iter().map(|a| format!("{} {}", a.code.as_str(), a.name)).collect::<Vec<_>>().join("\n"),
            description: p.description.clone(),
        }
    }

    pub fn parse(&self) -> Result<NewProgramme, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = self.name.trim().to_string();
        if name.is_empty() {
            e.add("name", "error-required");
        } else if name.chars().count() > 120 {
            e.add_with("name", "error-too-long", vec![("max", "120".into())]);
        }
        let municipality_code =
            parse_municipality_code(&self.municipality_code).map_err(|k| e.add("municipality_code", k)).ok();
        let municipality_name = self.municipality_name.trim().to_string();
        if municipality_name.is_empty() {
            e.add("municipality_name", "error-required");
        } else if municipality_name.chars().count() > 80 {
            e.add_with("municipality_name", "error-too-long", vec![("max", "80".into())]);
        }
        let start_year = parse_year(&self.start_year).map_err(|k| e.add("start_year", k)).ok();
        let horizon_year = parse_year(&self.horizon_year).map_err(|k| e.add("horizon_year", k)).ok();
        if let (Some(s), Some(h)) = (start_year, horizon_year)
            && h <= s
        {
            e.add("horizon_year", "error-horizon-before-start");
        }
        let layout_year = parse_year(&self.layout_year).map_err(|k| e.add("layout_year", k)).ok();
        let description = self.description.trim().to_string();
        if description.chars().count() > 5000 {
            e.add_with("description", "error-too-long", vec![("max", "5000".into())]);
        }
        let areas = self.parse_areas(municipality_code.as_ref(), layout_year.unwrap_or(MIN_YEAR), &mut e);
        match (municipality_code, start_year, horizon_year) {
            (Some(municipality_code), Some(start_year), Some(horizon_year)) if e.is_empty() => Ok(NewProgramme {
                name,
                municipality_code,
                municipality_name,
                start_year,
                horizon_year,
                description,
                areas,
            }),
            _ => Err(e),
        }
    }

    fn parse_areas(
        &self,
        municipality: Option<&AreaCode>,
        layout_year: i64,
        e: &mut FieldErrors,
    ) -> Vec<ProgrammeArea> {
        let mut areas: Vec<ProgrammeArea> = Vec::new();
        for (i, line) in self.areas.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let line_no = (i + 1).to_string();
            let (code, name) = match line.split_once(char::is_whitespace) {
                Some((c, n)) => (c, n.trim()),
                None => (line, ""),
            };
            let code = match AreaCode::parse(code) {
                Ok(c) if c.level() != AreaLevel::Country => c,
                _ => {
                    e.add_with("areas", "error-area-line-code", vec![("line", line_no), ("code", code.to_string())]);
                    continue;
                }
            };
            if let Some(m) = municipality
                && code.municipality_number() != m.municipality_number()
            {
                e.add_with(
                    "areas",
                    "error-area-line-municipality",
                    vec![
                        ("line", line_no),
                        ("code", code.as_str().to_string()),
                        ("municipality", m.as_str().to_string()),
                    ],
                );
                continue;
            }
            if areas.iter().any(|a| a.code == code) {
                e.add_with(
                    "areas",
                    "error-area-line-duplicate",
                    vec![("line", line_no), ("code", code.as_str().to_string())],
                );
                continue;
            }
            if name.chars().count() > 120 {
                e.add_with("areas", "error-area-line-name", vec![("line", line_no)]);
                continue;
            }
            let name = if name.is_empty() { code.as_str().to_string() } else { name.to_string() };
            areas.push(ProgrammeArea { code, name, layout_year });
        }
        if areas.is_empty() && e.get("areas").is_none() {
            e.add("areas", "error-areas-required");
        }
        if areas.len() > MAX_AREAS {
            e.add_with("areas", "error-areas-too-many", vec![("max", MAX_AREAS.to_string())]);
        }
        areas
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ProgrammeInput {
        ProgrammeInput {
            name: "Wijkaanpak Zuid".into(),
            municipality_code: "gm0599".into(),
            municipality_name: "Rotterdam".into(),
            start_year: "2024".into(),
            horizon_year: "2044".into(),
            layout_year: "2024".into(),
            areas: "WK059910 Feijenoord\n\n  BU05991081   Bloemhof \nWK059915".into(),
            description: "".into(),
        }
    }

    #[test]
    fn area_codes_know_their_level_and_municipality() {
        let c = AreaCode::parse(" bu05991081 ").unwrap();
        assert_eq!(c.as_str(), "BU05991081");
        assert_eq!(c.level(), AreaLevel::Neighbourhood);
        assert_eq!(c.municipality_number(), "0599");
        assert_eq!(AreaCode::parse("WK059910").unwrap().level(), AreaLevel::District);
        for bad in ["", "GM599", "WK05991", "BU0599108", "XX0599", "GM05a9", "WK0599100", "WK03A3AA"] {
            assert!(AreaCode::parse(bad).is_err(), "{bad} accepted");
        }
        let amsterdam = AreaCode::parse("WK0363AA").unwrap();
        assert_eq!(amsterdam.municipality().unwrap().as_str(), "GM0363");
        assert_eq!(AreaCode::parse("BU05991081").unwrap().parent().unwrap().as_str(), "WK059910");
        assert_eq!(AreaCode::parse("NL01").unwrap().level(), AreaLevel::Country);
    }

    #[test]
    fn a_valid_programme_form_parses_with_its_areas() {
        let p = valid().parse().unwrap();
        assert_eq!(p.municipality_code.as_str(), "GM0599");
        let names: Vec<_> = p.areas.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect();
        assert_eq!(names, [("WK059910", "Feijenoord"), ("BU05991081", "Bloemhof"), ("WK059915", "WK059915")]);
        assert!(p.areas.iter().all(|a| a.layout_year == 2024));
    }

    #[test]
    fn the_horizon_must_lie_after_the_start() {
        let mut i = valid();
        i.horizon_year = "2024".into();
        assert_eq!(i.parse().unwrap_err().get("horizon_year").unwrap().key, "error-horizon-before-start");
    }

    #[test]
    fn areas_outside_the_municipality_are_refused_with_their_line() {
        let mut i = valid();
        i.areas = "WK059910\nWK036301 Burgwallen".into();
        let e = i.parse().unwrap_err();
        let err = e.get("areas").unwrap();
        assert_eq!(err.key, "error-area-line-municipality");
        assert!(err.args.contains(&("line", "2".to_string())));
    }

    #[test]
    fn the_country_is_not_an_area_of_a_programme() {
        let mut i = valid();
        i.areas = "NL01".into();
        assert_eq!(i.parse().unwrap_err().get("areas").unwrap().key, "error-area-line-code");
    }

    #[test]
    fn a_programme_needs_at_least_one_area_and_no_duplicates() {
        let mut i = valid();
        i.areas = "  \n".into();
        assert_eq!(i.parse().unwrap_err().get("areas").unwrap().key, "error-areas-required");
        i.areas = "WK059910\nwk059910".into();
        assert_eq!(i.parse().unwrap_err().get("areas").unwrap().key, "error-area-line-duplicate");
    }

    #[test]
    fn missing_and_malformed_fields_each_get_a_message() {
        let e = ProgrammeInput { start_year: "twintig".into(), ..Default::default() }.parse().unwrap_err();
        assert_eq!(e.get("name").unwrap().key, "error-required");
        assert_eq!(e.get("municipality_code").unwrap().key, "error-required");
        assert_eq!(e.get("start_year").unwrap().key, "error-year");
        assert_eq!(e.get("horizon_year").unwrap().key, "error-required");
    }

    #[test]
    fn an_edit_form_shows_the_stored_programme_and_parses_back_to_it() {
        let new = valid().parse().unwrap();
        let p = Programme {
            id: 1,
            name: new.name.clone(),
            municipality_code: "GM0599".into(),
            municipality_name: new.municipality_name.clone(),
            start_year: new.start_year,
            horizon_year: new.horizon_year,
            description: new.description.clone(),
            areas: new.areas.clone(),
            published: vec![],
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert_eq!(ProgrammeInput::from_programme(&p).parse().unwrap(), new);
    }

    #[test]
    fn page_keys_round_trip() {
        for p in Page::ALL {
            assert_eq!(Page::from_key(p.key()), Some(p));
        }
        assert_eq!(Page::from_key("geheim"), None);
    }

    #[test]
    fn a_gemeente_is_found_by_code_or_by_its_name_as_people_type_it() {
        let names = vec![
            ("GM0518".to_string(), "'s-Gravenhage".to_string(), 2024),
            ("GM0599".to_string(), "Rotterdam".to_string(), 2024),
            ("GM0001".to_string(), "Oudstad".to_string(), 2016),
            ("GM0002".to_string(), "Oudstad".to_string(), 2023),
        ];
        let code = |raw: &str| resolve_municipality(raw, &names).map(|c| c.as_str().to_string());
        assert_eq!(code("GM0599"), Ok("GM0599".into()));
        assert_eq!(code("  rotterdam "), Ok("GM0599".into()));
        assert_eq!(code("’s-gravenhage"), Ok("GM0518".into()), "a curly apostrophe is the same");
        assert_eq!(code("Oudstad"), Ok("GM0002".into()), "the newest gemeente of that name");
        assert_eq!(code("Rotterdamm"), Err("error-municipality-unknown"));
        assert_eq!(code(""), Err("error-required"));
    }
}
