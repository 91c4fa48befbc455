//! The indicator catalogue: which opgave (theme) an indicator speaks to, whether higher is worse or
//! better, whether the urgency scan uses it, and whether it describes population composition
//! (then it is context only and can never be scored; see docs and domain.md, Ethics).
//!
//! The reviewed catalogue lives in `catalogue/indicators.csv` and is compiled in.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The eight opgaven of a wijkaanpak, plus `context` for indicators that describe, not judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    Housing,
    Work,
    Education,
    Safety,
    Health,
    Community,
    Environment,
    Sustainability,
    Context,
}

impl Theme {
    pub const ALL: [Theme; 9] = [
        Theme::Housing,
        Theme::Work,
        Theme::Education,
        Theme::Safety,
        Theme::Health,
        Theme::Community,
        Theme::Environment,
        Theme::Sustainability,
        Theme::Context,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Housing => "wonen",
            Theme::Work => "werk",
            Theme::Education => "onderwijs",
            Theme::Safety => "veiligheid",
            Theme::Health => "gezondheid",
            Theme::Community => "samenleven",
            Theme::Environment => "leefomgeving",
            Theme::Sustainability => "duurzaamheid",
            Theme::Context => "context",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Polarity {
    HigherIsWorse,
    HigherIsBetter,
    Neutral,
}

impl Polarity {
    pub const ALL: [Polarity; 3] = [Polarity::HigherIsWorse, Polarity::HigherIsBetter, Polarity::Neutral];

    pub fn key(self) -> &'static str {
        match self {
            Polarity::HigherIsWorse => "hoger-slechter",
            Polarity::HigherIsBetter => "hoger-beter",
            Polarity::Neutral => "neutraal",
        }
    }

    pub fn from_key(key: &str) -> Option<Polarity> {
        Polarity::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// How one indicator is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classification {
    pub theme: Theme,
    pub polarity: Polarity,
    pub in_scan: bool,
    /// Describes who lives somewhere (migration background, ethnicity, religion): context only.
    pub composition: bool,
}

impl Classification {
    pub const CONTEXT: Classification =
        Classification { theme: Theme::Context, polarity: Polarity::Neutral, in_scan: false, composition: false };

    /// A classification a beheerder asks for, made safe: composition is never scored, context
    /// and neutral indicators have no direction to score.
    pub fn sanitised(self) -> Classification {
        let scorable = !self.composition && self.theme != Theme::Context && self.polarity != Polarity::Neutral;
        Classification { in_scan: self.in_scan && scorable, ..self }
    }
}

/// StatLine table identifiers per family of editions.
const FAMILIES: [(&str, &[&str]); 2] = [
    (
        "kwb",
        // Kerncijfers wijken en buurten, 2014 to 2024 editions.
        &[
            "85984NED", "85618NED", "85318NED", "85039NED", "84799NED", "84583NED", "84286NED", "83765NED", "83487NED",
            "83220NED", "82931NED",
        ],
    ),
    ("gezondheid", &["50090NED"]),
];

/// Words in a column key or title that mark population composition.
const COMPOSITION_WORDS: [&str; 10] = [
    "migratieachtergrond",
    "herkomst",
    "allochto",
    "autochto",
    "westers",
    "etnic",
    "etnisch",
    "religie",
    "geboorteland",
    "nationaliteit",
];

fn family_of(table: &str) -> Option<&'static str> {
    FAMILIES.iter().find(|(_, ids)| ids.iter().any(|id| id.eq_ignore_ascii_case(table))).map(|(f, _)| *f)
}

/// A stable name of an indicator across the editions of its table family: `kwb:Nettoarbeidsparticipatie`
/// for `Nettoarbeidsparticipatie_45` of any Kerncijfers edition, `85163NED:Key` outside the families.
/// Stories link to indicators by this name, so a link survives next year's edition.
pub fn indicator_ref(table: &str, key: &str) -> String {
    match family_of(table) {
        Some(f) => format!("{f}:{}", stem(key)),
        None => format!("{table}:{key}"),
    }
}

/// The key without its StatLine position suffix: `Eenzaam_28` → `Eenzaam`.
fn stem(key: &str) -> &str {
    match key.rsplit_once('_') {
        Some((s, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => s,
        _ => key,
    }
}

static BUILTIN: LazyLock<HashMap<(String, String), Classification>> = LazyLock::new(|| {
    let text = include_str!("../../catalogue/indicators.csv");
    parse(text).expect("the shipped catalogue is valid (tested)")
});

/// Parse the catalogue file; `Err` names the first bad line.
pub fn parse(text: &str) -> Result<HashMap<(String, String), Classification>, String> {
    let mut map = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("family,") {
            continue;
        }
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        let bad = || format!("line {}: {line}", n + 1);
        let [family, key, theme, polarity, scan, composition] = f[..] else { return Err(bad()) };
        let c = Classification {
            theme: Theme::from_key(theme).ok_or_else(bad)?,
            polarity: Polarity::from_key(polarity).ok_or_else(bad)?,
            in_scan: scan == "1",
            composition: composition == "1",
        };
        if c.sanitised() != c {
            return Err(format!("{}: scored but not scorable", bad()));
        }
        map.insert((family.to_string(), key.to_string()), c);
    }
    Ok(map)
}

/// The classification of a newly imported column: the reviewed catalogue when it knows the
/// table and key, otherwise context (and composition when the key or title says so).
pub fn classify(table: &str, key: &str, title: &str) -> Classification {
    if let Some(c) = family_of(table).and_then(|f| BUILTIN.get(&(f.to_string(), stem(key).to_string()))) {
        return *c;
    }
    // Human column headers (CBS maatwerk, StatLine CSV) are specific enough to match under any table.
    if let Some(c) = BUILTIN.get(&("tekst".to_string(), key.to_string())) {
        return *c;
    }
    let text = format!("{key} {title}").to_lowercase();
    Classification { composition: COMPOSITION_WORDS.iter().any(|w| text.contains(w)), ..Classification::CONTEXT }
}

/// `family;key;title;unit` lines: titles for columns whose files carry only keys.
static TITLES: LazyLock<HashMap<(String, String), [String; 2]>> = LazyLock::new(|| {
    rows(include_str!("../../catalogue/titles.csv"))
        .filter_map(|f| match f[..] {
            [family, key, title, unit] => Some(((family.to_string(), key.to_string()), [title.into(), unit.into()])),
            _ => None,
        })
        .collect()
});

/// The reviewed title and unit of a column, for files that carry only its key.
pub fn title(table: &str, key: &str) -> Option<(&'static str, &'static str)> {
    let [t, u] = TITLES.get(&(family_of(table)?.to_string(), stem(key).to_string()))?;
    Some((t.as_str(), u.as_str()))
}

/// Who published a table: shown under every figure taken from it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub table: String,
    /// `RIVM`, `CBS`; empty when the table is not in the shipped list.
    pub publisher: String,
    pub title: String,
}

/// `table;publisher;title nl;title en` lines.
static SOURCES: LazyLock<HashMap<String, [String; 3]>> = LazyLock::new(|| {
    rows(include_str!("../../catalogue/sources.csv"))
        .filter_map(|f| match f[..] {
            [table, publisher, nl, en] => Some((table.to_string(), [publisher.into(), nl.into(), en.into()])),
            _ => None,
        })
        .collect()
});

/// `dimension;code;label nl;label en` lines.
static DIMENSIONS: LazyLock<HashMap<(String, String), [String; 2]>> = LazyLock::new(|| {
    rows(include_str!("../../catalogue/dimensions.csv"))
        .filter_map(|f| match f[..] {
            [dim, code, nl, en] => Some(((dim.to_string(), code.to_string()), [nl.into(), en.into()])),
            _ => None,
        })
        .collect()
});

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split(';').collect())
}

/// The publisher and title of a table, in Dutch or English.
pub fn source(table: &str, english: bool) -> Source {
    match SOURCES.get(table) {
        Some([publisher, nl, en]) => Source {
            table: table.to_string(),
            publisher: publisher.clone(),
            title: if english { en.clone() } else { nl.clone() },
        },
        None => Source { table: table.to_string(), publisher: String::new(), title: table.to_string() },
    }
}

/// A variant (`Leeftijd=20300;Marges=MW00000`) as people read it (`18 jaar of ouder`). Codes
/// without a label are shown as `dimension code`.
pub fn variant_label(variant: &str, english: bool) -> String {
    variant
        .split(';')
        .filter(|p| !p.is_empty())
        .filter_map(|part| {
            let (dim, code) = part.split_once('=').unwrap_or(("", part));
            match DIMENSIONS.get(&(dim.to_string(), code.to_string())) {
                Some([nl, en]) => {
                    let l = if english { en } else { nl };
                    (!l.is_empty()).then(|| l.clone())
                }
                None => Some(format!("{dim} {code}").trim().to_string()),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_is_valid_and_covers_the_health_table() {
        assert!(BUILTIN.len() > 130);
        let eenzaam = classify("50090NED", "Eenzaam_28", "Eenzaam");
        assert_eq!(
            eenzaam,
            Classification {
                theme: Theme::Community,
                polarity: Polarity::HigherIsWorse,
                in_scan: true,
                composition: false
            }
        );
    }

    #[test]
    fn predecessors_of_a_table_match_by_key_stem() {
        assert_eq!(classify("84583NED", "Nettoarbeidsparticipatie_70", "").theme, Theme::Work);
    }

    #[test]
    fn behaviour_that_differs_by_culture_is_not_scored() {
        for key in ["Roker_11", "Drinker_13", "WekelijkseSporters_6", "Vrijwilligerswerk_33"] {
            assert!(!classify("50090NED", key, "").in_scan, "{key}");
        }
    }

    #[test]
    fn population_composition_is_context_and_never_scored() {
        let c = classify("85984NED", "BuitenEuropa_19", "");
        assert!(c.composition && !c.in_scan && c.theme == Theme::Context);
        let unknown = classify("WIJK-2016", "% niet-westers allochtonen", "% niet-westers allochtonen");
        assert!(unknown.composition);
        let forced = Classification {
            theme: Theme::Community,
            polarity: Polarity::HigherIsWorse,
            in_scan: true,
            composition: true,
        };
        assert!(!forced.sanitised().in_scan);
    }

    #[test]
    fn human_headers_of_cbs_custom_tables_match_under_any_table_name() {
        let c = classify("IIV-2020", "40% huishoudens met laagste besteedbaar inkomen %", "");
        assert_eq!((c.theme, c.polarity, c.in_scan), (Theme::Work, Polarity::HigherIsWorse, true));
        assert!(classify("GGD-2016", "% niet-westers allochtonen", "").composition);
    }

    #[test]
    fn sources_and_variants_read_as_people_say_them() {
        let s = source("50090NED", false);
        assert_eq!((s.publisher.as_str(), s.title.as_str()), ("RIVM", "Gezondheidsmonitor"));
        assert_eq!(source("EIGEN01", false).title, "EIGEN01");
        assert_eq!(variant_label("Leeftijd=20300;Marges=MW00000", false), "18 jaar of ouder");
        assert_eq!(variant_label("Leeftijd=80200;Marges=MW00000", true), "65 years and older");
        assert_eq!(variant_label("Geslacht=3000", false), "Geslacht 3000");
        assert_eq!(variant_label("", false), "");
        assert_eq!(title("50090NED", "MoeiteMetRondkomen_38"), Some(("Moeite met rondkomen", "%")));
        assert_eq!(title("85984NED", "AantalInwoners_5"), None);
    }

    #[test]
    fn unknown_columns_are_context() {
        assert_eq!(classify("EIGEN01", "Tevredenheid", "Tevredenheid"), Classification::CONTEXT);
    }

    #[test]
    fn a_scored_neutral_line_is_refused() {
        assert!(parse("gezondheid,X,gezondheid,neutraal,1,0").is_err());
        assert!(parse("gezondheid,X,gezond,hoger-beter,1,0").is_err());
    }
}
