//! Who is asking: the session cookie or an API token, resolved once per request by `frame`.

use super::AppState;
use crate::domain::access::Principal;
use crate::domain::user::User;
use crate::store::SessionInfo;
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};
use cookie::{Cookie, SameSite};

pub const SESSION_COOKIE: &str = "ww_session";
pub const LANG_COOKIE: &str = "ww_lang";

/// How the current request is authenticated. Stored in the request's extensions.
#[derive(Debug, Clone, Default)]
pub enum Auth {
    #[default]
    Anonymous,
    /// A browser session (cookie). Its state-changing requests must carry the CSRF token.
    Session { info: SessionInfo, secret: String },
    /// A script with a bearer token (no ambient credentials, so no CSRF token needed).
    Token(User),
}

impl Auth {
    pub fn user(&self) -> Option<&User> {
        match self {
            Auth::Anonymous => None,
            Auth::Session { info, .. } => Some(&info.user),
            Auth::Token(u) => Some(u),
        }
    }

    pub fn csrf_token(&self) -> Option<&str> {
        match self {
            Auth::Session { info, .. } => Some(&info.csrf_token),
            _ => None,
        }
    }

    pub fn session_secret(&self) -> Option<&str> {
        match self {
            Auth::Session { secret, .. } => Some(secret),
            _ => None,
        }
    }

    /// Which programmes the requester may see listed.
    pub fn viewer(&self) -> crate::store::Viewer {
        use crate::store::Viewer;
        match self.user() {
            None => Viewer::Public,
            Some(u) if u.is_admin => Viewer::Admin,
            Some(u) => Viewer::Member(u.id),
        }
    }

    pub fn principal(&self, role: Option<crate::domain::access::Role>) -> Principal {
        match self.user() {
            None => Principal::Anonymous,
            Some(u) => Principal::User { is_admin: u.is_admin, role },
        }
    }

    /// Who is asking, site-wide (site roles only; a programme role grants nothing here).
    pub fn site_principal(&self) -> crate::domain::access::SitePrincipal {
        self.user().map_or(crate::domain::access::SitePrincipal::Anonymous, |u| u.site_principal())
    }
}

/// The value of one cookie of the request.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// Resolve the request's credentials: a bearer token wins over a cookie.
pub async fn load_auth(state: &AppState, headers: &HeaderMap) -> Auth {
    if let Some(token) = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
    {
        return match state.store.user_for_api_token(token.trim()).await {
            Ok(Some(user)) => Auth::Token(user),
            _ => Auth::Anonymous,
        };
    }
    let Some(secret) = cookie_value(headers, SESSION_COOKIE) else {
        return Auth::Anonymous;
    };
    match state.store.session(&secret, state.settings.session_ttl).await {
        Ok(Some(info)) => Auth::Session { info, secret },
        _ => Auth::Anonymous,
    }
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(secret: &str, state: &AppState) -> String {
    Cookie::build((SESSION_COOKIE, secret.to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.secure_cookies)
        .max_age(cookie::time::Duration::seconds(state.settings.session_ttl.whole_seconds()))
        .build()
        .to_string()
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_session_cookie(state: &AppState) -> String {
    Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.secure_cookies)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// A short-lived cookie of a sign-in in progress (the second-factor step, the way to an identity
/// provider and back), for `path` only; `max_age` zero removes it. Lax: the provider sends the
/// browser back with a top-level GET from its own site.
pub fn sign_in_cookie(name: &str, path: &str, secret: &str, state: &AppState, max_age: time::Duration) -> String {
    Cookie::build((name.to_string(), secret.to_string()))
        .path(path.to_string())
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.secure_cookies)
        .max_age(cookie::time::Duration::seconds(max_age.whole_seconds()))
        .build()
        .to_string()
}

/// The `Set-Cookie` value that remembers a language choice for a year.
pub fn lang_cookie(code: &str, state: &AppState) -> String {
    Cookie::build((LANG_COOKIE, code.to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.secure_cookies)
        .max_age(cookie::time::Duration::days(365))
        .build()
        .to_string()
}
