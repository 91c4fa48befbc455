//! `PageCtx`: what every HTML page needs (language, who is logged in, the CSRF token, the path).
//! It dereferences to `i18n::Locale`, so templates call `ctx.t(…)`, `ctx.decimal(…)` directly.

use super::AppState;
use super::session::Auth;
use crate::domain::user::User;
use crate::i18n::{Lang, Locale};
use axum::extract::FromRequestParts;
use axum::http::Uri;
use axum::http::request::Parts;
use std::convert::Infallible;

/// Notices a redirect may ask the next page to show (`?melding=opgeslagen`). Only these keys are
/// accepted, so the query string cannot inject text.
const NOTICES: [(&str, &str); 30] = [
    ("gepubliceerd", "notice-published-snapshot"),
    ("agenda-verstuurd", "notice-agenda-sent"),
    ("agenda-geen-adressen", "notice-agenda-no-addresses"),
    ("document-toegevoegd", "notice-document-added"),
    ("voorstel", "notice-proposal-saved"),
    ("agendapunt", "notice-agenda-item-received"),
    ("geimporteerd-herkend", "notice-imported-recognised"),
    ("geimporteerd-niet-in-catalogus", "notice-imported-not-catalogued"),
    ("ophalen-gestart", "notice-fetch-started"),
    ("bijgehouden", "notice-fetch-kept"),
    ("niet-meer-bijgehouden", "notice-fetch-unkept"),
    ("meldingen", "notice-notifications-saved"),
    ("opnieuw", "notice-mail-retry"),
    ("uitgenodigd", "notice-invited"),
    ("wachtwoord-gekozen", "notice-password-chosen"),
    ("verlopen", "notice-login-expired"),
    ("tweestap-uit", "notice-second-factor-off"),
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
    pub locale: Locale,
    pub user: Option<User>,
    pub csrf_token: Option<String>,
    /// Path and query of this page, for the language switch to return to.
    pub here: String,
    pub notice: Option<&'static str>,
    /// Per step of the programme this page belongs to: whether it has begun (members only).
    pub steps_begun: Option<[bool; 5]>,
    /// The gemeente's name, logo and colours (WijkWijzer's own when none are set).
    pub look: std::sync::Arc<crate::domain::look::SiteLook>,
}

/// One step in the stepper at the top of a step's pages.
pub struct StepLink {
    pub number: u8,
    pub key: &'static str,
    pub href: String,
    pub current: bool,
    /// Whether the step has begun; unknown to visitors who are not logged in.
    pub begun: Option<bool>,
}

impl PageCtx {
    /// The five steps, this page's marked, when the page belongs to a step of a programme.
    pub fn stepper(&self) -> Vec<StepLink> {
        use crate::domain::steps::{Step, step_of_path};
        let Some((programme, here)) = step_of_path(&self.here) else {
            return Vec::new();
        };
        Step::ALL
            .into_iter()
            .enumerate()
            .map(|(i, s)| StepLink {
                number: s.number(),
                key: s.key(),
                href: format!("/programmas/{programme}/{}", s.section()),
                current: s == here,
                begun: self.steps_begun.map(|b| b[i]),
            })
            .collect()
    }

    pub fn from_parts(parts: &Parts) -> PageCtx {
        let auth = parts.extensions.get::<Auth>().cloned().unwrap_or_default();
        let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
        let mut ctx = PageCtx::new(lang, &auth, &parts.uri);
        if let Some(look) = parts.extensions.get::<std::sync::Arc<crate::domain::look::SiteLook>>() {
            ctx.look = look.clone();
        }
        ctx
    }

    pub fn new(lang: Lang, auth: &Auth, uri: &Uri) -> PageCtx {
        let notice = uri.query().and_then(|q| {
            q.split('&')
                .filter_map(|kv| kv.strip_prefix("melding="))
                .find_map(|v| NOTICES.iter().find(|(k, _)| *k == v).map(|(_, key)| *key))
        });
        PageCtx {
            locale: Locale::new(lang),
            user: auth.user().cloned(),
            csrf_token: auth.csrf_token().map(str::to_string),
            here: uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
            notice,
            steps_begun: None,
            look: Default::default(),
        }
    }

    /// Whether the page is in English (for texts that come in two languages, like indicator titles).
    pub fn english(&self) -> bool {
        self.lang == Lang::En
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin)
    }

    /// May this account keep the shared statistics (imports, the indicator catalogue)?
    pub fn keeps_statistics(&self) -> bool {
        use crate::domain::access::{SiteAction, site_allowed};
        self.user.as_ref().is_some_and(|u| site_allowed(u.site_principal(), SiteAction::ImportStatistics))
    }
}

impl std::ops::Deref for PageCtx {
    type Target = Locale;

    fn deref(&self) -> &Locale {
        &self.locale
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let mut ctx = PageCtx::from_parts(parts);
        // The stepper says which steps have begun, for people logged in (one count query; a
        // failing database leaves the stepper without status rather than the page without content).
        if ctx.user.is_some()
            && let Some((programme, _)) = crate::domain::steps::step_of_path(&ctx.here)
            && let Ok(counts) = state.store.programme_counts(programme).await
        {
            ctx.steps_begun = Some(crate::domain::steps::Step::ALL.map(|s| crate::domain::steps::begun(s, &counts)));
        }
        Ok(ctx)
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

#[cfg(test)]
mod tests {
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
    fn a_page_speaks_its_readers_language_and_shows_only_known_notices() {
        let ctx = PageCtx::new(Lang::En, &Default::default(), &"/x?melding=opgeslagen".parse().unwrap());
        assert_eq!(ctx.num(1234), "1,234");
        assert_eq!(ctx.notice, Some("notice-saved"));
        let ctx = PageCtx::new(Lang::Nl, &Default::default(), &"/x?melding=%3Cscript%3E".parse().unwrap());
        assert_eq!(ctx.notice, None);
    }
}
