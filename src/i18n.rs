//! Languages, the message catalogue (Fluent files in `locales/`, embedded at compile time) and the
//! way each language writes numbers, amounts and dates. Used by pages, API, reports and the CLI.
//!
//! Dutch is the default and the fallback; English is complete too (a test fails on a missing key).

use crate::domain::clock;
use crate::domain::validation::{self, FieldErrors};
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_templates::{LanguageIdentifier, langid};
use std::collections::HashMap;
use std::sync::LazyLock;

/// One language's catalogue (`locales/{lang}/main.ftl`, embedded), parsed the first time a message
/// of that language is asked for — not both languages at once: a command that prints a few Dutch
/// labels (the scan's classes) spent 3 ms of its start parsing 270 kB of Fluent.
type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: LanguageIdentifier, ftl: &'static str) -> Bundle {
    let resource = FluentResource::try_new(ftl.to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/main.ftl does not parse: {errors:?}"));
    let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
    // Isolation marks around arguments would end up inside e-mail addresses and codes.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{lang}/main.ftl: {errors:?}"));
    bundle
}

static NL_FTL: &str = include_str!("../locales/nl/main.ftl");
static EN_FTL: &str = include_str!("../locales/en/main.ftl");
static NL: LazyLock<Bundle> = LazyLock::new(|| bundle(langid!("nl"), NL_FTL));
static EN: LazyLock<Bundle> = LazyLock::new(|| bundle(langid!("en"), EN_FTL));
static NL_PLAIN: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| plain_messages(NL_FTL));
static EN_PLAIN: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| plain_messages(EN_FTL));

/// The plain messages of a catalogue, read straight from its text: a message of one line of
/// text — no placeable (`{`), no attribute, no continuation line — is that text, trimmed, whatever
/// the arguments. Most messages a short command prints are such (the scan's class labels), and are
/// then found without parsing the catalogue; every other message goes through Fluent. A test
/// compares the two ways for every message of both languages.
fn plain_messages(ftl: &'static str) -> HashMap<&'static str, &'static str> {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut out = HashMap::with_capacity(lines.len());
    for (n, line) in lines.iter().enumerate() {
        let Some((key, text)) = line.split_once(" =") else { continue };
        let is_id = key.starts_with(|c: char| c.is_ascii_alphabetic())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let text = text.trim();
        // A value or attribute may go on after blank lines, on an indented line.
        let continued =
            lines[n + 1..].iter().find(|l| !l.trim().is_empty()).is_some_and(|l| l.starts_with([' ', '\t']));
        if is_id && !text.is_empty() && !text.contains(['{', '}']) && !continued {
            out.insert(key, text);
        }
    }
    out
}

/// A message (`key`, or `key.attribute`) formatted in one bundle; `None` when the bundle lacks it
/// or formatting it failed (an argument missing), so that the next language is tried.
fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = match key.split_once('.') {
        Some((message, attribute)) => bundle.get_message(message)?.get_attribute(attribute)?.value(),
        None => bundle.get_message(key)?.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().get(..2) {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language of an `Accept-Language` header (weights in order of appearance,
    /// which is how browsers send them).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("");
            let q = it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            if let Some(lang) = Lang::from_code(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, lang));
            }
        }
        best.map(|(_, l)| l)
    }

    /// The message in this language, else in Dutch (the fallback).
    fn lookup(self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let plain = match self {
            Lang::Nl => &NL_PLAIN,
            Lang::En => &EN_PLAIN,
        };
        if let Some(text) = plain.get(key) {
            return Some(text.to_string());
        }
        let own = match self {
            Lang::Nl => None,
            Lang::En => format_in(&EN, key, args),
        };
        own.or_else(|| format_in(&NL, key, args))
    }

    /// Whether the catalogue has `key`.
    pub fn has(self, key: &str) -> bool {
        self.lookup(key, None).is_some()
    }

    /// The message for `key`, or the key itself when it is missing (tests make sure none is).
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None).unwrap_or_else(|| key.to_string())
    }

    /// The message for `key` with named arguments. Numeric-looking values are passed as numbers,
    /// so that plural rules apply.
    pub fn t_args(self, key: &str, args: &[(&str, String)]) -> String {
        let map: FluentArgs = args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<i64>() {
                    // A count of a thousand or more is written with its thousands mark ("13.066
                    // gebieden"); as text it takes the plural, which every number past one does.
                    Ok(n)
                        if n.abs() >= 1000
                            && matches!(*k, "count" | "total" | "missing" | "areas" | "values" | "indicators") =>
                    {
                        FluentValue::from(Locale::new(self).num(n))
                    }
                    Ok(n) => FluentValue::from(n),
                    // A ratio the code computed (a contrast of 1.4:1) reads with the page's decimal mark.
                    Err(_) if *k == "ratio" => match v.parse::<f64>() {
                        Ok(r) => FluentValue::from(Locale::new(self).decimal(r)),
                        Err(_) => FluentValue::from(v.clone()),
                    },
                    Err(_) => FluentValue::from(v.clone()),
                };
                (*k, value)
            })
            .collect();
        self.lookup(key, Some(&map)).unwrap_or_else(|| key.to_string())
    }
}

/// Message keys present in a Fluent file (top-level `key = …` lines).
pub fn catalogue_keys(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| !l.starts_with([' ', '\t', '#', '-', '.']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next().map(|k| k.trim().to_string()))
        .filter(|k| !k.is_empty())
        .collect()
}

/// A language with the conventions of its readers: messages, numbers, amounts and dates as people
/// of that language write them. Pages reach it through `PageCtx` (which dereferences to it);
/// reports and the command line use it directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Locale {
    pub lang: Lang,
}

impl Locale {
    pub fn new(lang: Lang) -> Locale {
        Locale { lang }
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A message with one named argument.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.lang.t_args(key, &[(name, value.to_string())])
    }

    /// A message with two named arguments.
    pub fn t2(&self, key: &str, a: &str, va: impl std::fmt::Display, b: &str, vb: impl std::fmt::Display) -> String {
        self.lang.t_args(key, &[(a, va.to_string()), (b, vb.to_string())])
    }

    /// How this language writes numbers, for reading what people type (`domain::number`).
    pub fn number_style(&self) -> crate::domain::number::NumberStyle {
        match self.lang {
            Lang::Nl => crate::domain::number::NumberStyle::Dutch,
            Lang::En => crate::domain::number::NumberStyle::English,
        }
    }

    /// The other language, offered by the language switch.
    pub fn other_lang(&self) -> Lang {
        match self.lang {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The translated message for a form field, if it has a problem.
    pub fn field_error(&self, errors: &FieldErrors, field: &str) -> Option<String> {
        errors.get(field).map(|e| self.lang.t_args(e.key, &e.args))
    }

    /// The label of a form field, for the error summary: catalogue key `field-{form}-{name}` where
    /// the form calls the field its own way (a result's "kind"), else `field-{name}`.
    pub fn field_label(&self, form: &str, field: &str) -> String {
        let field = field.replace('_', "-");
        let own = format!("field-{form}-{field}");
        if !form.is_empty() && self.lang.has(&own) { self.lang.t(&own) } else { self.lang.t(&format!("field-{field}")) }
    }

    /// A title made of parts (CBS's "Opleidingsniveau/Laag/Waarde"), with a line break allowed after
    /// each slash, so that a phone wraps it between its parts instead of widening the page.
    pub fn breakable(&self, title: &str) -> String {
        title.replace('/', "/\u{200B}")
    }

    /// A stored date (`2026-03-12`) as people read it (`12-03-2026` in Dutch).
    pub fn date(&self, iso: &str) -> String {
        validation::date_label(iso, self.lang == Lang::En)
    }

    /// A stored time as people read it.
    pub fn when(&self, stored: &str) -> String {
        clock::display(stored, self.lang == Lang::En)
    }

    /// Thousands with a dot in Dutch ("1.234"), a comma in English.
    pub fn num(&self, n: i64) -> String {
        let sep = if self.lang == Lang::En { ',' } else { '.' };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    /// A published figure as people read it: `34,4` in Dutch (`1.234,5`), `34.4` in English, with
    /// the precision it was published with, and a typographic minus.
    pub fn decimal(&self, v: impl Figure) -> String {
        let v = v.figure();
        let text = format!("{}", v.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let whole: i64 = int.parse().unwrap_or(0);
        let mut out = self.num(whole);
        if !frac.is_empty() {
            out.push(if self.lang == Lang::En { '.' } else { ',' });
            out.push_str(frac);
        }
        if v < 0.0 { format!("\u{2212}{out}") } else { out }
    }

    /// An amount in cents as readers write euros: `€ 12.500` (Dutch), `€12,500` (English).
    pub fn euros(&self, cents: impl std::borrow::Borrow<i64>) -> String {
        validation::euros_label(*cents.borrow(), self.lang == Lang::En)
    }

    /// A difference with its sign: `+14,7`, `−2`, `0`.
    pub fn signed(&self, v: f64) -> String {
        if v > 0.0 { format!("+{}", self.decimal(v)) } else { self.decimal(v) }
    }

    /// A field named in the history as its form names it (`baseline_period` → "Periode van de
    /// nulmeting"); a field without a label is written out in words, never as a code.
    pub fn history_field(&self, field: &str) -> String {
        let dashed = field.replace('_', "-");
        for key in [format!("revision-field-{dashed}"), format!("field-{dashed}")] {
            if self.lang.has(&key) {
                return self.lang.t(&key);
            }
        }
        let words = field.replace('_', " ");
        let mut chars = words.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }

    /// A stored value in the history as people read it: dates and times in the page's language,
    /// numbers with its decimal mark, lists as lists, yes/no in words.
    pub fn history_value(&self, value: &Option<serde_json::Value>) -> String {
        value.as_ref().map_or_else(|| "—".to_string(), |v| self.stored_value(v))
    }

    fn stored_value(&self, value: &serde_json::Value) -> String {
        use serde_json::Value;
        match value {
            Value::Null => "—".to_string(),
            Value::Bool(b) => self.t(if *b { "yes" } else { "no" }),
            Value::Number(n) => match n.as_i64() {
                // Years stay as they are written.
                Some(i) if (1800..=2200).contains(&i) => i.to_string(),
                Some(i) => self.num(i),
                None => n.as_f64().map(|f| self.decimal(f)).unwrap_or_else(|| n.to_string()),
            },
            Value::String(s) if s.is_empty() => "—".to_string(),
            Value::String(s)
                if s.len() == 10
                    && time::Date::parse(s, &time::format_description::well_known::Iso8601::DATE).is_ok() =>
            {
                self.date(s)
            }
            Value::String(s) if clock::from_db(s).is_some() => self.when(s),
            Value::String(s) => s.clone(),
            Value::Array(items) if items.is_empty() => "—".to_string(),
            Value::Array(items) => items.iter().map(|v| self.stored_value(v)).collect::<Vec<_>>().join(", "),
            other => other.to_string(),
        }
    }

    /// A revision's change as a sentence: "Doelwaarde verhoogd van 55 naar 60".
    pub fn change(&self, c: &crate::domain::revision::FieldChange) -> String {
        use crate::domain::revision::ValueKind;
        let field = self.t(&format!("revision-field-{}", c.field));
        let value = |v: &str| match c.kind {
            _ if v.is_empty() => "–".to_string(),
            ValueKind::Number => v.parse::<f64>().map(|x| self.decimal(x)).unwrap_or_else(|_| v.to_string()),
            _ if c.field == "status" => self.t(&format!("measure-status-{v}")),
            _ => v.to_string(),
        };
        let key = if c.kind == ValueKind::Long {
            "revision-change-long".to_string()
        } else {
            format!("revision-change-{}", c.verb())
        };
        self.lang.t_args(&key, &[("field", field), ("before", value(&c.before)), ("after", value(&c.after))])
    }

    /// A cell: the figure (with its CBS mark, e.g. `12,5*`), or "geen gegevens".
    pub fn cell(&self, c: &crate::domain::statistics::Cell) -> String {
        use crate::domain::statistics::Cell;
        match c {
            Cell::Value { value, symbol: Some('*') } => format!("{}*", self.decimal(*value)),
            Cell::Value { value, .. } => self.decimal(*value),
            Cell::Missing(_) => self.t("figure-missing"),
            Cell::NotMeasured => self.t("figure-not-measured"),
        }
    }
}

/// A number a template passes by value or through references (templates add `&` freely).
pub trait Figure {
    fn figure(&self) -> f64;
}

impl Figure for f64 {
    fn figure(&self) -> f64 {
        *self
    }
}

impl<T: Figure + ?Sized> Figure for &T {
    fn figure(&self) -> f64 {
        (**self).figure()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_preferred_supported_language() {
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9,nl;q=0.8"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("de-DE,nl;q=0.5,en;q=0.4"), Some(Lang::Nl));
        assert_eq!(Lang::from_accept_language("fr"), None);
    }

    #[test]
    fn messages_come_in_both_languages_with_arguments() {
        assert_eq!(Lang::Nl.t("nav-login"), "Inloggen");
        assert_eq!(Lang::En.t("nav-login"), "Log in");
        assert_eq!(Lang::Nl.t_args("fact-areas", &[("count", "1".into())]), "1 gebied");
        assert_eq!(Lang::Nl.t_args("fact-areas", &[("count", "3".into())]), "3 gebieden");
        assert_eq!(Lang::En.t_args("fact-areas", &[("count", "1".into())]), "1 area");
    }

    #[test]
    fn a_missing_message_or_argument_falls_back_to_dutch_then_to_the_key() {
        // Formatting without its argument fails in both languages: the key is shown, as before.
        assert_eq!(Lang::En.t("fact-areas"), "fact-areas");
        // (A key made at run time: the catalogue test takes every literal key as one in use.)
        let unknown = ["no", "such", "message"].join("-");
        assert_eq!(Lang::Nl.t(&unknown), unknown);
        assert!(Lang::En.has("nav-login") && !Lang::En.has(&unknown));
        // A message's attribute is looked up as `message.attribute`, the message itself as ever.
        assert_eq!(Lang::Nl.t("nav-login.no-such-attribute"), "nav-login.no-such-attribute");
    }

    #[test]
    fn a_plain_message_read_from_the_text_is_what_fluent_makes_of_it() {
        for (lang, ftl, plain, bundle) in [(Lang::Nl, NL_FTL, &NL_PLAIN, &NL), (Lang::En, EN_FTL, &EN_PLAIN, &EN)] {
            let keys = catalogue_keys(ftl);
            for key in &keys {
                if let Some(text) = plain.get(key.as_str()) {
                    assert_eq!(Some(text.to_string()), format_in(bundle, key, None), "{lang:?} {key}");
                }
            }
            // Most messages are plain, among them every label the scan writes; none that is not.
            assert!(plain.len() * 2 > keys.len(), "{lang:?}: {} of {}", plain.len(), keys.len());
            for class in 1..=9 {
                assert!(plain.contains_key(format!("scan-class-{class}").as_str()));
            }
            for key in ["fact-areas", "nav-login.no-such-attribute"] {
                assert!(!plain.contains_key(key), "{key}");
            }
        }
    }

    #[test]
    fn every_catalogue_is_the_one_file_that_is_embedded() {
        // Each language is embedded as `locales/{lang}/main.ftl`: a second file would be ignored.
        for lang in Lang::ALL {
            let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
            let files: Vec<String> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(files, ["main.ftl"], "{dir}");
        }
    }

    #[test]
    fn figures_are_written_as_dutch_and_english_readers_expect() {
        let nl = Locale::new(Lang::Nl);
        let en = Locale::new(Lang::En);
        assert_eq!(nl.decimal(34.4), "34,4");
        assert_eq!(en.decimal(34.4), "34.4");
        assert_eq!(nl.decimal(1234567.25), "1.234.567,25");
        assert_eq!(nl.decimal(-0.1), "\u{2212}0,1");
        assert_eq!(nl.signed(14.7), "+14,7");
        assert_eq!(nl.signed(0.0), "0");
        let missing = crate::domain::statistics::Cell::Missing('.');
        assert_eq!(nl.cell(&missing), "geen gegevens");
    }

    #[test]
    fn numbers_are_grouped_the_dutch_way() {
        let nl = Locale::new(Lang::Nl);
        assert_eq!(nl.num(1234567), "1.234.567");
        assert_eq!(nl.num(-1234), "-1.234");
        assert_eq!(nl.num(12), "12");
        assert_eq!(Locale::new(Lang::En).num(1234), "1,234");
    }
}
