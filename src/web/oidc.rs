//! "Inloggen met <organisatie>": the way to the identity provider and back (OpenID Connect,
//! authorisation code flow with PKCE). The protocol is `crate::oidc`'s; whom the person becomes is
//! `Store::sign_in_oidc`'s.

use super::account::{LoginTemplate, start_session, with_cookies};
use crate::domain::oidc::Outcome;
use crate::http::AppState;
use crate::http::ctx::{PageCtx, safe_return_path};
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::http::session::cookie_value;
use crate::oidc::OidcError;
use crate::store::{OidcLogin, OidcSignIn};
use axum::extract::{Path, Query, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use subtle::ConstantTimeEq;
use time::Duration;

/// The cookie that ties the way back to the browser that set out.
pub const OIDC_COOKIE: &str = "ww_oidc";
/// How long a person may take at the provider.
const LOGIN_TTL: Duration = Duration::minutes(10);

fn oidc_cookie(secret: &str, state: &AppState, max_age: Duration) -> String {
    crate::http::session::sign_in_cookie(OIDC_COOKIE, "/inloggen/met", secret, state, max_age)
}

#[derive(Deserialize, Default)]
pub struct StartQuery {
    terug: Option<String>,
}

/// The login page with a problem, and its status.
fn problem(state: &AppState, ctx: PageCtx, status: StatusCode, back: String, text: String) -> AppResult<Response> {
    let page = LoginTemplate::new(state, ctx, String::new(), back).with_problem(text);
    Ok(with_cookies((status, render(page)?).into_response(), vec![oidc_cookie("", state, Duration::ZERO)]))
}

/// What a failed exchange with the provider means for the person.
fn explain(state: &AppState, ctx: PageCtx, name: &str, back: String, e: OidcError) -> AppResult<Response> {
    let (status, key) = match &e {
        OidcError::UnknownProvider => return Err(AppError::NotFound),
        OidcError::Unreachable(_) => (StatusCode::BAD_GATEWAY, "login-oidc-unreachable"),
        OidcError::Refused(_) => (StatusCode::BAD_REQUEST, "login-oidc-refused"),
        OidcError::InvalidToken(_) => (StatusCode::BAD_REQUEST, "login-oidc-invalid"),
    };
    tracing::warn!(provider = name, error = %e, "sign-in through identity provider failed");
    let text = ctx.t1(key, "provider", name.to_string());
    problem(state, ctx, status, back, text)
}

/// `GET /inloggen/met/{provider}`: off to the provider, with a fresh state, nonce and PKCE
/// challenge remembered for this browser.
pub async fn start(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(key): Path<String>,
    Query(q): Query<StartQuery>,
) -> AppResult<Response> {
    let back = safe_return_path(q.terug.as_deref());
    let Some(provider) = state.oidc.provider(&key).cloned() else { return Err(AppError::NotFound) };
    if ctx.user.is_some() {
        return Ok(Redirect::to(&back).into_response());
    }
    let begun = match state.oidc.begin(&provider).await {
        Ok(b) => b,
        Err(e) => return explain(&state, ctx, &provider.name, back, e),
    };
    let login = OidcLogin {
        provider: provider.key.clone(),
        state: begun.state,
        nonce: begun.nonce,
        pkce_verifier: begun.pkce_verifier,
        back,
    };
    let secret = state.store.create_oidc_login(&login, LOGIN_TTL).await?;
    Ok((StatusCode::SEE_OTHER, [(SET_COOKIE, oidc_cookie(&secret, &state, LOGIN_TTL)), (LOCATION, begun.url)])
        .into_response())
}

#[derive(Deserialize, Default)]
pub struct ReturnQuery {
    code: Option<String>,
    state: Option<String>,
    iss: Option<String>,
    error: Option<String>,
}

/// `GET /inloggen/met/{provider}/terug`: the provider sends the browser back with a code. The
/// sign-in this browser started is taken (once), the state compared, the code exchanged and the
/// ID token checked; then the person is signed in as the account tied to the identity.
pub async fn finish(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    Path(key): Path<String>,
    Query(q): Query<ReturnQuery>,
) -> AppResult<Response> {
    let Some(provider) = state.oidc.provider(&key).cloned() else { return Err(AppError::NotFound) };
    let name = provider.name.clone();
    let expired = |ctx: PageCtx| {
        let text = ctx.t1("login-oidc-expired", "provider", name.clone());
        problem(&state, ctx, StatusCode::BAD_REQUEST, "/".into(), text)
    };
    let Some(secret) = cookie_value(&headers, OIDC_COOKIE) else { return expired(ctx) };
    let Some(login) = state.store.take_oidc_login(&secret).await? else { return expired(ctx) };
    let given = q.state.unwrap_or_default();
    if login.provider != provider.key || !bool::from(given.as_bytes().ct_eq(login.state.as_bytes())) {
        tracing::warn!(provider = %provider.key, "sign-in came back with a state this browser did not send");
        return expired(ctx);
    }
    let back = login.back.clone();
    if let Some(error) = q.error {
        // Most often the person cancelled at the provider, or may not use this application there.
        tracing::info!(provider = %provider.key, error, "provider ended the sign-in without a code");
        let text = ctx.t1("login-oidc-cancelled", "provider", name.clone());
        return problem(&state, ctx, StatusCode::UNAUTHORIZED, back, text);
    }
    if q.iss.as_deref().is_some_and(|iss| iss != provider.issuer) {
        let e = OidcError::InvalidToken(format!("the answer came from issuer {:?}", q.iss.unwrap_or_default()));
        return explain(&state, ctx, &name, back, e);
    }
    let Some(code) = q.code.filter(|c| !c.is_empty()) else { return expired(ctx) };
    let identity = match state.oidc.finish(&provider, &code, &login.nonce, &login.pkce_verifier).await {
        Ok(i) => i,
        Err(e) => return explain(&state, ctx, &name, back, e),
    };
    let refused = |ctx: PageCtx, key: &str| {
        let text = ctx.t1(key, "provider", name.clone());
        problem(&state, ctx, StatusCode::FORBIDDEN, back.clone(), text)
    };
    match state.store.sign_in_oidc(&provider, &identity).await? {
        OidcSignIn::Account(user) if user.disabled => {
            tracing::warn!(user_id = user.id, provider = %provider.key, "blocked account signed in at its provider");
            refused(ctx, "login-oidc-blocked")
        }
        OidcSignIn::Account(user) => {
            tracing::info!(user_id = user.id, provider = %provider.key, "signed in through identity provider");
            let cleared = vec![oidc_cookie("", &state, Duration::ZERO)];
            start_session(&state, &headers, user.id, safe_return_path(Some(&back)), cleared).await
        }
        OidcSignIn::Refused(Outcome::AddressTaken) => refused(ctx, "login-oidc-address-taken"),
        OidcSignIn::Refused(Outcome::NoAddress) => refused(ctx, "login-oidc-no-address"),
        OidcSignIn::Refused(_) => refused(ctx, "login-oidc-no-account"),
    }
}
