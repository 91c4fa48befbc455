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

/// How a figure of an indicator is set beside the same figure of the gemeente and the country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Compare {
    /// A share, rate or average: the difference says something.
    Difference,
    /// A count or an area: a buurt has fewer inhabitants than its gemeente, which says nothing.
    Count,
    /// A count that is compared per 1.000 inhabitants of the same area and period.
    PerThousand,
    /// Not shown to people (an outdated classification).
    Hidden,
}

impl Compare {
    fn from_key(key: &str) -> Option<Compare> {
        match key {
            "verschil" => Some(Compare::Difference),
            "aantal" => Some(Compare::Count),
            "per1000" => Some(Compare::PerThousand),
            "verborgen" => Some(Compare::Hidden),
            _ => None,
        }
    }
}

/// An indicator as people read it: title and unit in Dutch and English, and how it is compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub title: String,
    pub unit: String,
    pub title_en: String,
    pub unit_en: String,
    pub compare: Compare,
    /// From the reviewed catalogue (false: the file's own title, or its key).
    pub reviewed: bool,
}

impl Label {
    pub fn title(&self, english: bool) -> &str {
        if english { &self.title_en } else { &self.title }
    }

    pub fn unit(&self, english: bool) -> &str {
        if english { &self.unit_en } else { &self.unit }
    }
}

/// `family;key;title nl;unit nl;title en;unit en;compare` lines.
static TITLES: LazyLock<HashMap<(String, String), Label>> = LazyLock::new(|| {
    parse_titles(include_str!("../../catalogue/titles.csv")).expect("the shipped titles are valid (tested)")
});

/// Parse the titles file; `Err` names the first bad line.
pub fn parse_titles(text: &str) -> Result<HashMap<(String, String), Label>, String> {
    let mut map = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(';').map(str::trim).collect();
        let bad = || format!("line {}: {line}", n + 1);
        let [family, key, title, unit, title_en, unit_en, compare] = f[..] else { return Err(bad()) };
        if title.is_empty() || title_en.is_empty() {
            return Err(format!("{}: a title in both languages is needed", bad()));
        }
        let label = Label {
            title: title.into(),
            unit: unit.into(),
            title_en: title_en.into(),
            unit_en: unit_en.into(),
            compare: Compare::from_key(compare).ok_or_else(bad)?,
            reviewed: true,
        };
        if map.insert((family.to_string(), key.to_string()), label).is_some() {
            return Err(format!("{}: twice", bad()));
        }
    }
    Ok(map)
}

/// Units that mean "a number of things" and say nothing after the figure.
const COUNT_UNITS: [&str; 3] = ["aantal", "Aantal", "afgerond"];

/// How an indicator is shown: the reviewed catalogue's title, unit and comparison when it knows the
/// column (matched by key and, for keys that occur more than once in a table, by the title the
/// importer composed from the column's group or by its unit); otherwise the file's own title and
/// unit (a count compared as a count), or the key when the file had no title.
pub fn label(table: &str, key: &str, file_title: &str, file_unit: &str) -> Label {
    let reviewed = match family_of(table) {
        Some(family) => {
            let s = stem(key);
            [format!("{s}@{file_title}"), format!("{s}@{file_unit}"), s.to_string()]
                .into_iter()
                .find_map(|k| TITLES.get(&(family.to_string(), k)))
        }
        None => TITLES.get(&("tekst".to_string(), key.to_string())),
    };
    if let Some(l) = reviewed {
        return l.clone();
    }
    let title = if file_title.trim().is_empty() { key.to_string() } else { file_title.trim().to_string() };
    let count = COUNT_UNITS.contains(&file_unit.trim()) || file_unit.trim() == "ha";
    let unit = if COUNT_UNITS.contains(&file_unit.trim()) { String::new() } else { file_unit.trim().to_string() };
    Label {
        title_en: title.clone(),
        unit_en: unit.clone(),
        title,
        unit,
        compare: if count { Compare::Count } else { Compare::Difference },
        reviewed: false,
    }
}

/// The key of the inhabitants count in a table family, for figures compared per 1.000 inhabitants.
pub fn inhabitants_key(table: &str) -> Option<&'static str> {
    (family_of(table) == Some("kwb")).then_some("AantalInwoners")
}

/// Whether `key` is `stem` with or without a StatLine position suffix.
pub fn has_stem(key: &str, wanted: &str) -> bool {
    stem(key) == wanted
}

/// Every key of the reviewed classification catalogue, as (family, key): each needs a title.
pub fn classified_keys() -> Vec<(String, String)> {
    BUILTIN.keys().cloned().collect()
}

/// Whether the titles catalogue has a row for (family, key) with or without a qualifier.
pub fn has_reviewed_title(family: &str, key: &str) -> bool {
    TITLES.keys().any(|(f, k)| f == family && (k == key || k.split_once('@').is_some_and(|(s, _)| s == key)))
}

/// Who published a table: shown under every figure taken from it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub table: String,
    /// `RIVM`, `CBS`; empty when the table is not in the shipped list.
    pub publisher: String,
    pub title: String,
}

/// `family;kind;alias;key` lines: other names of catalogue columns (catalogue/aliases.csv).
static ALIASES: LazyLock<HashMap<(String, String, String), String>> = LazyLock::new(|| {
    rows(include_str!("../../catalogue/aliases.csv"))
        .filter_map(|f| match f[..] {
            [family, kind, alias, key] => {
                Some(((family.to_string(), kind.to_string(), alias.to_string()), key.to_string()))
            }
            _ => None,
        })
        .collect()
});

/// The catalogue key (without position suffix) of the column a table of a known family titles
/// `title`, as CBS OData v4 names its measures: `Aantal inwoners` → `AantalInwoners`.
pub fn key_for_title(table: &str, title: &str) -> Option<String> {
    let family = family_of(table)?;
    ALIASES.get(&(family.to_string(), "titel".to_string(), title.trim().to_string())).cloned()
}

/// The catalogue key of a short column name of the CBS KWB flat files (`a_inw` → `AantalInwoners`).
pub fn key_for_short_name(short: &str) -> Option<String> {
    ALIASES.get(&("kwb".to_string(), "kort".to_string(), short.trim().to_lowercase())).cloned()
}

/// `family;key;basis` lines: the count a percentage, rate or average is taken of (catalogue/bases.csv).
static BASES: LazyLock<HashMap<(String, String), String>> = LazyLock::new(|| {
    rows(include_str!("../../catalogue/bases.csv"))
        .filter_map(|f| match f[..] {
            [family, key, basis] => Some(((family.to_string(), key.to_string()), basis.to_string())),
            _ => None,
        })
        .collect()
});

/// The key (without position suffix) of the count that the figure `key` of `table` is a share,
/// rate or average of, where the catalogue names one: `Koopwoningen` → `Woningvoorraad`.
/// How a context column counts in the similarity of areas (catalogue/context.csv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextHow {
    Value,
    Log,
    PerInhabitant,
}

/// The context columns of the Kerncijfers (key without suffix, and how each counts), in order.
pub fn context_columns() -> Vec<(&'static str, ContextHow)> {
    rows(include_str!("../../catalogue/context.csv"))
        .filter_map(|f| match f[..] {
            ["kwb", key, how] => Some((
                key,
                match how {
                    "log" => ContextHow::Log,
                    "per-inwoner" => ContextHow::PerInhabitant,
                    _ => ContextHow::Value,
                },
            )),
            _ => None,
        })
        .collect()
}

/// The StatLine tables of the Kerncijfers wijken en buurten, newest first.
pub fn kwb_tables() -> &'static [&'static str] {
    FAMILIES[0].1
}

/// Tables outside the families (GGD exports, CBS maatwerk) are the `tekst` family, by header.
pub fn basis_key(table: &str, key: &str) -> Option<&'static str> {
    let family = family_of(table).unwrap_or("tekst");
    BASES.get(&(family.to_string(), stem(key).to_string())).map(String::as_str)
}

/// What the columns of a file say it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recognition {
    /// Most of its columns are a table family's: stored as `table` (the edition of its year).
    Table { table: &'static str, matched: usize, columns: usize },
    /// None of its columns is in the catalogue.
    Unknown,
    /// Some are, not enough to say which table it is.
    Partly { matched: usize, columns: usize },
}

/// Recognise a file by its indicator columns (keys with or without position suffix) and the year
/// of its figures: the family with most catalogued columns, when they are at least half of the
/// columns and three or more; the KWB edition by year (2014–2024).
pub fn recognise<'a>(keys: impl Iterator<Item = &'a str>, year: Option<i64>) -> Recognition {
    let keys: Vec<&str> = keys.collect();
    let mut best: Option<(&'static str, usize)> = None;
    for (family, _) in FAMILIES {
        let n = keys.iter().filter(|k| BUILTIN.contains_key(&(family.to_string(), stem(k).to_string()))).count();
        if n > best.map_or(0, |(_, m)| m) {
            best = Some((family, n));
        }
    }
    let Some((family, matched)) = best else { return Recognition::Unknown };
    if matched < 3 || matched * 2 < keys.len() {
        return Recognition::Partly { matched, columns: keys.len() };
    }
    let tables = FAMILIES.iter().find(|(f, _)| *f == family).map(|(_, t)| *t).unwrap_or(&[]);
    let table = match family {
        // Kerncijfers: one table per year, newest first (85984NED = 2024).
        "kwb" => year.and_then(|y| usize::try_from(2024 - y).ok()).and_then(|i| tables.get(i)).copied(),
        _ => tables.first().copied(),
    };
    match table {
        Some(table) => Recognition::Table { table, matched, columns: keys.len() },
        None => Recognition::Partly { matched, columns: keys.len() },
    }
}

/// Whether `table` is one the catalogue knows (a table of a family).
pub fn is_known_table(table: &str) -> bool {
    family_of(table).is_some()
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

/// Which bound of a 95 % interval a variant's `Marges` code is — StatLine's `MOG0095`
/// (ondergrens) and `MBG0095` (bovengrens) beside the value `MW00000` — and the variant of the
/// value it bounds. `None` for a value (or a variant without margins).
pub fn margin_bound(variant: &str) -> Option<(String, Bound)> {
    let mut bound = None;
    let parts: Vec<&str> = variant
        .split(';')
        .map(|part| match part.split_once('=') {
            Some(("Marges", code)) if code.starts_with("MOG") => {
                bound = Some(Bound::Lower);
                "Marges=MW00000"
            }
            Some(("Marges", code)) if code.starts_with("MBG") => {
                bound = Some(Bound::Upper);
                "Marges=MW00000"
            }
            _ => part,
        })
        .collect();
    bound.map(|b| (parts.join(";"), b))
}

/// The lower or upper bound of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Lower,
    Upper,
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
    #[test]
    fn every_alias_names_a_catalogue_column_and_v4_titles_find_it() {
        const TEXT: [&str; 5] = [
            "Gemeentenaam",
            "SoortRegio",
            "Codering",
            "IndelingswijzigingGemeenteWijkBuurt",
            "MeestVoorkomendePostcode",
        ];
        assert!(ALIASES.len() > 90, "{}", ALIASES.len());
        for ((family, kind, alias), key) in ALIASES.iter() {
            assert!(kind == "titel" || kind == "kort", "{alias}");
            assert!(
                BUILTIN.contains_key(&(family.clone(), key.clone())) || TEXT.contains(&key.as_str()),
                "{family};{alias} -> {key} is not in indicators.csv"
            );
        }
        assert_eq!(key_for_title("85984NED", "Aantal inwoners").as_deref(), Some("AantalInwoners"));
        assert_eq!(key_for_title("85618NED", " Aantal inwoners ").as_deref(), Some("AantalInwoners"), "any edition");
        assert_eq!(key_for_title("50090NED", "Aantal inwoners"), None, "titles are per family");
        assert_eq!(key_for_short_name("A_INW").as_deref(), Some("AantalInwoners"));
        assert_eq!(key_for_short_name("p_arb_pp").as_deref(), Some("Nettoarbeidsparticipatie"));
    }

    #[test]
    fn context_for_similar_areas_is_never_a_condition_the_scan_judges() {
        let columns = context_columns();
        assert!(columns.len() >= 8, "{columns:?}");
        for (key, _) in columns {
            let c = BUILTIN
                .get(&("kwb".to_string(), key.to_string()))
                .unwrap_or_else(|| panic!("{key} not in indicators.csv"));
            assert!(!c.in_scan && !c.composition && c.polarity == Polarity::Neutral, "{key}: {c:?}");
        }
    }

    #[test]
    fn every_basis_is_a_count_of_the_same_family_and_names_a_catalogue_column() {
        assert!(BASES.len() >= 20, "{}", BASES.len());
        for ((family, key), basis) in BASES.iter() {
            for k in [key, basis] {
                assert!(BUILTIN.contains_key(&(family.clone(), k.clone())), "{family};{k} is not in indicators.csv");
            }
            assert!(!BASES.contains_key(&(family.clone(), basis.clone())), "{basis} is a count, not a rate");
        }
        assert_eq!(basis_key("83487NED", "Koopwoningen_47"), Some("Woningvoorraad"), "any edition, any suffix");
        assert_eq!(basis_key("85984NED", "Nettoarbeidsparticipatie_78"), None, "its basis is not in the table");
        assert_eq!(basis_key("50090NED", "Eenzaam_28"), None);
        assert_eq!(basis_key("GGD-wijk-2016", "% eenzaam*"), Some("Bevolking 19 jaar en ouder"), "a header");
    }

    #[test]
    fn files_are_recognised_by_their_columns_and_year() {
        let rivm = ["Eenzaam_28", "Roker_11", "MoeiteMetRondkomen_38", "Gemeentenaam_1"];
        assert_eq!(
            recognise(rivm.into_iter(), Some(2020)),
            Recognition::Table { table: "50090NED", matched: 3, columns: 4 }
        );
        let kwb = ["AantalInwoners_5", "Mannen_6", "Vrouwen_7", "Woningvoorraad_35"];
        assert!(matches!(recognise(kwb.into_iter(), Some(2023)), Recognition::Table { table: "85618NED", .. }));
        assert!(matches!(recognise(kwb.into_iter(), Some(2024)), Recognition::Table { table: "85984NED", .. }));
        assert!(matches!(recognise(kwb.into_iter(), Some(2031)), Recognition::Partly { .. }), "no edition known");
        assert_eq!(recognise(["Totaalscore_1", "Spreiding_2"].into_iter(), Some(2019)), Recognition::Unknown);
        let mixed = ["AantalInwoners_5", "Mannen_6", "Vrouwen_7", "a", "b", "c", "d", "e"];
        assert!(matches!(recognise(mixed.into_iter(), Some(2024)), Recognition::Partly { matched: 3, columns: 8 }));
    }

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
        assert_eq!(
            margin_bound("Leeftijd=20300;Marges=MOG0095"),
            Some(("Leeftijd=20300;Marges=MW00000".into(), Bound::Lower))
        );
        assert_eq!(
            margin_bound("Marges=MBG0095;Leeftijd=80200"),
            Some(("Marges=MW00000;Leeftijd=80200".into(), Bound::Upper))
        );
        assert_eq!(margin_bound("Leeftijd=20300;Marges=MW00000"), None);
        assert_eq!(margin_bound(""), None);
        assert_eq!(variant_label("Leeftijd=80200;Marges=MW00000", true), "65 years and older");
        assert_eq!(variant_label("Geslacht=3000", false), "Geslacht 3000");
        assert_eq!(variant_label("", false), "");
        let l = label("50090NED", "MoeiteMetRondkomen_38", "MoeiteMetRondkomen_38", "");
        assert_eq!(
            (l.title.as_str(), l.unit.as_str(), l.title_en.as_str()),
            ("Moeite met rondkomen", "%", "Difficulty making ends meet")
        );
    }

    #[test]
    fn every_classified_indicator_has_a_reviewed_title_in_both_languages() {
        assert!(TITLES.len() > 170);
        let missing: Vec<_> =
            classified_keys().into_iter().filter(|(f, k)| !has_reviewed_title(f, k)).collect::<Vec<_>>();
        assert!(missing.is_empty(), "no reviewed title for {missing:?}");
        for l in TITLES.values() {
            assert!(!l.title.contains('_') && !l.title_en.contains('_'), "{l:?}");
            assert!(!l.title.contains("(%)") && !l.title.ends_with('*'), "the unit or a footnote mark in {l:?}");
        }
    }

    #[test]
    fn keys_that_occur_twice_in_a_table_are_told_apart_by_group_or_unit() {
        let born = label("85984NED", "Nederland_20", "Geboren in Nederland: Nederland", "aantal");
        assert_eq!(born.title, "Geboren in Nederland, herkomst Nederland");
        assert_eq!(
            label("85984NED", "Nederland_17", "Herkomstland: Nederland", "aantal").title_en,
            "Origin: the Netherlands"
        );
        let gas = label("85984NED", "Appartement_62", "Gemiddeld aardgasverbruik, naar woningtype: Appartement", "m³");
        assert_eq!((gas.title.as_str(), gas.unit.as_str()), ("Gemiddeld aardgasverbruik, appartement", "m³"));
        assert_eq!(label("85984NED", "Appartement_54", "", "kWh").unit, "kWh");
    }

    #[test]
    fn counts_are_not_compared_and_outdated_terms_are_left_out() {
        assert_eq!(label("85984NED", "AantalInwoners_5", "Aantal inwoners", "aantal").compare, Compare::Count);
        assert_eq!(label("85984NED", "Woningvoorraad_35", "Woningvoorraad", "aantal").compare, Compare::PerThousand);
        assert_eq!(label("GGD", "% niet-westers allochtonen", "", "").compare, Compare::Hidden);
        assert_eq!(label("85984NED", "NietWestersTotaal_19", "", "").compare, Compare::Hidden);
        // A column nobody reviewed keeps the file's title; a count unit marks a count.
        let own = label("EIGEN01", "Bewoners", "Bewoners in de wijk", "aantal");
        assert_eq!(
            (own.title.as_str(), own.unit.as_str(), own.compare, own.reviewed),
            ("Bewoners in de wijk", "", Compare::Count, false)
        );
        assert_eq!(label("EIGEN01", "Tevredenheid", "", "").title, "Tevredenheid");
    }

    #[test]
    fn a_titles_line_without_english_or_with_an_unknown_comparison_is_refused() {
        assert!(parse_titles("kwb;X;Titel;%;;%;verschil").is_err());
        assert!(parse_titles("kwb;X;Titel;%;Title;%;vergelijk").is_err());
        assert!(parse_titles("kwb;X;Titel;%;Title;%;verschil\nkwb;X;Titel;%;Title;%;verschil").is_err());
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
