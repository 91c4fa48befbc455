//! `PageCtx`: what every HTML page needs (language, who is logged in, the CSRF token, the path) and
//! the helpers templates call to translate.

use super::i18n::Lang;
use super::session::Auth;
use crate::domain::clock;
use crate::domain::user::User;
use crate::domain::validation::FieldErrors;
use axum::extract::FromRequestParts;
use axum::http::Uri;
use axum::http::request::Parts;
use std::convert::Infallible;

/// Notices a redirect may ask the next page to show (`?melding=opgeslagen`). Only these keys are
/// accepted, so the query string cannot inject text.
const NOTICES: [(&str, &str); 13] = [
    ("verhaal", "notice-story-saved"),
    ("geimporteerd", "notice-imported"),
    ("opgeslagen", "notice-saved"),
    ("aangemaakt", "notice-created"),
    ("verwijderd", "notice-deleted"),
    ("wachtwoord", "notice-password-changed"),
    ("uitgelogd", "notice-logged-out"),
    ("ingelogd", "notice-logged-in"),
    ("lid", "notice-member-saved"),
    ("ingetrokken", "notice-token-revoked"),
    ("gepubliceerd", "notice-report-published"),
    ("al-gepubliceerd", "notice-report-already-published"),
    ("rapport-ingetrokken", "notice-report-unpublished"),
];

#[derive(Debug, Clone)]
pub struct PageCtx {
    pub lang: Lang,
    pub user: Option<User>,
    pub csrf_token: Option<String>,
    /// Path and query of this page, for the language switch to return to.
    pub here: String,
    pub notice: Option<&'static str>,
}

impl PageCtx {
    pub fn from_parts(parts: &Parts) -> PageCtx {
        let auth = parts.extensions.get::<Auth>().cloned().unwrap_or_default();
        let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
        PageCtx::new(lang, &auth, &parts.uri)
    }

    pub fn new(lang: Lang, auth: &Auth, uri: &Uri) -> PageCtx {
        let notice = uri.query().and_then(|q| {
            q.split('&')
                .filter_map(|kv| kv.strip_prefix("melding="))
                .find_map(|v| NOTICES.iter().find(|(k, _)| *k == v).map(|(_, key)| *key))
        });
        PageCtx {
            lang,
            user: auth.user().cloned(),
            csrf_token: auth.csrf_token().map(str::to_string),
            here: uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
            notice,
        }
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

    /// The other language, offered by the language switch.
    pub fn other_lang(&self) -> Lang {
        match self.lang {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin)
    }

    /// The translated message for a form field, if it has a problem.
    pub fn field_error(&self, errors: &FieldErrors, field: &str) -> Option<String> {
        errors.get(field).map(|e| self.lang.t_args(e.key, &e.args))
    }

    /// The label of a form field, for the error summary: catalogue key `field-{name}`.
    pub fn field_label(&self, field: &str) -> String {
        self.lang.t(&format!("field-{}", field.replace('_', "-")))
    }

    /// A stored date (`2026-03-12`) as people read it (`12-03-2026` in Dutch).
    pub fn date(&self, iso: &str) -> String {
        crate::domain::validation::date_label(iso, self.lang == Lang::En)
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
}

impl PageCtx {
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
        crate::domain::validation::euros_label(*cents.borrow(), self.lang == Lang::En)
    }

    /// A difference with its sign: `+14,7`, `−2`, `0`.
    pub fn signed(&self, v: f64) -> String {
        if v > 0.0 { format!("+{}", self.decimal(v)) } else { self.decimal(v) }
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

    /// A context for rendering outside a request (reports, snapshots): no account, no form token.
    pub fn detached(lang: Lang) -> PageCtx {
        PageCtx { lang, user: None, csrf_token: None, here: "/".into(), notice: None }
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

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(PageCtx::from_parts(parts))
    }
}

/// A local path to return to after login or a language switch; anything else becomes `/`.
pub fn safe_return_path(raw: Option<&str>) -> String {
    match raw {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.contains("\r")
                && !p.contains('\n') =>
        {
            p.to_string()
        }
        _ => "/".to_string(),
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
    #[test]
    fn figures_are_written_as_dutch_and_english_readers_expect() {
        use super::{Lang, PageCtx};
        let nl = PageCtx::new(Lang::Nl, &Default::default(), &"/".parse().unwrap());
        let en = PageCtx::new(Lang::En, &Default::default(), &"/".parse().unwrap());
        assert_eq!(nl.decimal(34.4), "34,4");
        assert_eq!(en.decimal(34.4), "34.4");
        assert_eq!(nl.decimal(1234567.25), "1.234.567,25");
        assert_eq!(nl.decimal(-0.1), "\u{2212}0,1");
        assert_eq!(nl.signed(14.7), "+14,7");
        assert_eq!(nl.signed(0.0), "0");
        let missing = crate::domain::statistics::Cell::Missing('.');
        assert_eq!(nl.cell(&missing), "geen gegevens");
    }

    use super::*;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path(Some("/programmas/3?x=1")), "/programmas/3?x=1");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "javascript:alert(1)", ""] {
            assert_eq!(safe_return_path(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_return_path(None), "/");
    }

    #[test]
    fn numbers_are_grouped_the_dutch_way() {
        let ctx = PageCtx { lang: Lang::Nl, user: None, csrf_token: None, here: "/".into(), notice: None };
        assert_eq!(ctx.num(1234567), "1.234.567");
        assert_eq!(ctx.num(-1234), "-1.234");
        assert_eq!(ctx.num(12), "12");
        let en = PageCtx { lang: Lang::En, ..ctx };
        assert_eq!(en.num(1234), "1,234");
    }
}
