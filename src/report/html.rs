//! The report as HTML: a fragment for the web page (and the published snapshot), and a standalone
//! document with its stylesheet for `wijkwijzer report --format html`.

use super::Report;
use crate::i18n::Lang;
use crate::i18n::Locale;
use askama::Template;

/// The questions of results-based accountability, in the order of `Measure::results_in`.
const RBA_KEYS: [&str; 3] = ["rba-hoeveel", "rba-hoe-goed", "rba-beter-af"];

#[derive(Template)]
#[template(path = "report_body.html")]
struct Body<'a> {
    ctx: Locale,
    r: &'a Report,
    title: String,
    generated_on: String,
    rba_keys: [&'static str; 3],
    /// Revisions in a report never name who made them.
    internal: bool,
}

#[derive(Template)]
#[template(path = "report_standalone.html")]
struct Standalone {
    lang: &'static str,
    title: String,
    css: &'static str,
    body: String,
}

/// The report's body (from its title down), as the web page and the published snapshot show it.
pub fn body(report: &Report, lang: Lang, generated_on: &str) -> anyhow::Result<String> {
    Ok(Body {
        ctx: Locale::new(lang),
        r: report,
        title: report.title(lang),
        generated_on: generated_on.to_string(),
        rba_keys: RBA_KEYS,
        internal: false,
    }
    .render()?)
}

/// A complete HTML document that opens from disk: the body with the application's stylesheet.
pub fn standalone(report: &Report, lang: Lang, generated_on: &str) -> anyhow::Result<String> {
    Ok(Standalone {
        lang: lang.code(),
        title: report.title(lang),
        css: include_str!("../../static/style.css"),
        body: body(report, lang, generated_on)?,
    }
    .render()?)
}
