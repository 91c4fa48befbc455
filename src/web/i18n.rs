//! Languages and the message catalogue (Fluent files in `locales/`, embedded at compile time).
//!
//! Dutch is the default and the fallback; English is complete too (a test fails on a missing key).

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nl",
        // Isolation marks around arguments would end up inside e-mail addresses and codes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static NL: LanguageIdentifier = langid!("nl");
static EN: LanguageIdentifier = langid!("en");

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

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }

    /// The message for `key`, or the key itself when it is missing (tests make sure none is).
    pub fn t(self, key: &str) -> String {
        LOCALES.try_lookup(self.id(), key).unwrap_or_else(|| key.to_string())
    }

    /// The message for `key` with named arguments. Numeric-looking values are passed as numbers,
    /// so that plural rules apply.
    pub fn t_args(self, key: &str, args: &[(&str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(v.clone()),
                };
                (Cow::Owned(k.to_string()), value)
            })
            .collect();
        LOCALES.try_lookup_with_args(self.id(), key, &map).unwrap_or_else(|| key.to_string())
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
}
