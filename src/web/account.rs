//! Logging in and out, the language switch, and one's own account: password and API tokens.

use super::form::{respond, status_of};
use crate::domain::notification::{Frequency, Kind};
use crate::domain::user::{Email, check_password_policy};
use crate::domain::validation::FieldErrors;
use crate::domain::{password, throttle};
use crate::http::AppState;
use crate::http::access::{ClientAddr, CurrentUser};
use crate::http::ctx::{PageCtx, safe_return_path};
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::http::session::{clear_session_cookie, lang_cookie, session_cookie};
use crate::i18n::Lang;
use crate::store::ApiToken;
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Template)]
#[template(path = "login.html")]
pub(super) struct LoginTemplate {
    ctx: PageCtx,
    email: String,
    back: String,
    errors: FieldErrors,
    /// Why signing in did not work (translated).
    problem: Option<String>,
    /// The e-mail and password form is offered.
    password_login: bool,
    /// Identity providers: (key, button text).
    providers: Vec<(String, String)>,
}

impl LoginTemplate {
    pub(super) fn new(state: &AppState, ctx: PageCtx, email: String, back: String) -> LoginTemplate {
        let providers = state
            .settings
            .oidc
            .iter()
            .map(|p| (p.key.clone(), ctx.t1("login-with", "provider", p.name.clone())))
            .collect();
        LoginTemplate {
            ctx,
            email,
            back,
            errors: FieldErrors::new(),
            problem: None,
            password_login: state.settings.password_login,
            providers,
        }
    }

    pub(super) fn with_problem(mut self, problem: String) -> LoginTemplate {
        self.problem = Some(problem);
        self
    }
}

#[derive(Deserialize, Default)]
pub struct BackQuery {
    terug: Option<String>,
}

pub async fn login_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<BackQuery>,
) -> AppResult<Response> {
    let back = safe_return_path(q.terug.as_deref());
    if ctx.user.is_some() {
        return Ok(Redirect::to(&back).into_response());
    }
    Ok(render(LoginTemplate::new(&state, ctx, String::new(), back))?.into_response())
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    terug: Option<String>,
}

/// The client's address for rate limiting: the socket peer, or the `X-Forwarded-For` entry our
/// outermost trusted proxy wrote (never one the client could write itself).
pub(super) fn client_ip(state: &AppState, headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    let lines: Vec<&str> = headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    let peer = peer.map(|p| p.ip().to_string());
    throttle::client_address(&lines, state.settings.trusted_proxy_hops, peer.as_deref())
}

pub async fn login(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    ClientAddr(peer): ClientAddr,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let back = safe_return_path(form.terug.as_deref());
    let page = |ctx: PageCtx, errors: FieldErrors, problem: Option<String>| LoginTemplate {
        errors,
        problem,
        ..LoginTemplate::new(&state, ctx, form.email.trim().to_string(), back.clone())
    };
    if !state.settings.password_login {
        // Everyone signs in through an identity provider: the form is gone, and so is its address.
        let problem = ctx.t("login-password-off");
        return Ok((StatusCode::FORBIDDEN, render(page(ctx, FieldErrors::new(), Some(problem)))?).into_response());
    }
    let mut errors = FieldErrors::new();
    let email = Email::parse(&form.email).map_err(|k| errors.add("email", k)).ok();
    if form.password.is_empty() {
        errors.add("password", "error-required");
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        let page = page(ctx, errors, None);
        return respond(status_of(&page.errors), page);
    };

    let ip = client_ip(&state, &headers, peer);
    if let Some(wait) = throttle_wait(&state, email.as_str(), &ip).await? {
        let problem = ctx.t1("login-too-many", "minutes", throttle::minutes_to_wait(wait));
        return too_many(wait, page(ctx, FieldErrors::new(), Some(problem)));
    }

    let found = state.store.user_with_hash(&email).await?;
    let password = form.password.clone();
    let verified = tokio::task::spawn_blocking(move || match found {
        Some((user, hash)) if !user.disabled => password::verify(&password, &hash).then_some(user),
        Some((_, hash)) => {
            // Blocked accounts take the same time and give the same answer as a wrong password.
            let _ = password::verify(&password, &hash);
            None
        }
        None => {
            password::verify_dummy(&password);
            None
        }
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;

    let Some(user) = verified else {
        state.store.record_login_attempt(email.as_str(), &ip, false).await?;
        return Ok((
            StatusCode::UNAUTHORIZED,
            render(page(ctx.clone(), FieldErrors::new(), Some(ctx.t("login-failed"))))?,
        )
            .into_response());
    };
    // A second factor follows: nothing counts as a success yet (a right password must not clear
    // the failures of wrong codes), and no session exists until the code is right.
    if state.store.second_factor(user.id).await?.is_on() || state.settings.second_factor.applies_to(&user) {
        return super::second_factor::challenge(&state, user.id, &back).await;
    }
    state.store.record_login_attempt(email.as_str(), &ip, true).await?;
    start_session(&state, &headers, user.id, back, Vec::new()).await
}

/// How long this address must wait before it may try `email` again, if at all.
pub(super) async fn throttle_wait(state: &AppState, email: &str, ip: &str) -> AppResult<Option<time::Duration>> {
    let settings = &state.settings;
    let (pair, address) = state.store.recent_login_failures(email, ip, settings.login_window).await?;
    let now = crate::domain::clock::now();
    let wait = [
        settings.throttle_per_account_and_address.remaining(pair, now),
        settings.throttle_per_address.remaining(address, now),
    ]
    .into_iter()
    .flatten()
    .max();
    if let Some(wait) = wait {
        // Not counted as a failure: nothing was checked, and the wait does not grow by asking.
        tracing::warn!(email, ip, seconds = wait.whole_seconds(), "sign-in refused: too many failed attempts");
    }
    Ok(wait)
}

/// The page that says to wait, with `Retry-After`.
pub(super) fn too_many(wait: time::Duration, page: impl Template) -> AppResult<Response> {
    let retry = [(axum::http::header::RETRY_AFTER, wait.whole_seconds().max(1).to_string())];
    Ok((StatusCode::TOO_MANY_REQUESTS, retry, render(page)?).into_response())
}

/// Start a session for `user_id`, ending the browser's old one; returns its `Set-Cookie` value.
pub(super) async fn new_session_cookie(state: &AppState, headers: &HeaderMap, user_id: i64) -> AppResult<String> {
    if let Some(old) = crate::http::session::cookie_value(headers, crate::http::session::SESSION_COOKIE) {
        state.store.delete_session(&old).await?;
    }
    let secret = state.store.create_session(user_id, state.settings.session_ttl).await?;
    tracing::info!(user_id, "logged in");
    Ok(session_cookie(&secret, state))
}

/// A response with these `Set-Cookie` values added.
pub(super) fn with_cookies(mut res: Response, cookies: Vec<String>) -> Response {
    for c in cookies {
        if let Ok(v) = axum::http::HeaderValue::from_str(&c) {
            res.headers_mut().append(SET_COOKIE, v);
        }
    }
    res
}

/// Start a session for `user_id` (ending the browser's old one) and go `back`, with extra cookies.
pub(super) async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user_id: i64,
    back: String,
    mut cookies: Vec<String>,
) -> AppResult<Response> {
    cookies.push(new_session_cookie(state, headers, user_id).await?);
    Ok(with_cookies((StatusCode::SEE_OTHER, [(LOCATION, back)]).into_response(), cookies))
}

pub async fn logout(State(state): State<AppState>, user: Option<CurrentUser>) -> AppResult<Response> {
    if let Some(secret) = user.as_ref().and_then(|u| u.auth.session_secret()) {
        state.store.delete_session(secret).await?;
    }
    // Who signed in through a provider signs out there too (when it says where), and comes back.
    let mut to = "/?melding=uitgelogd".to_string();
    if let Some(user) = &user
        && let Some(issuer) = state.store.oidc_issuer_of(user.user.id).await?
        && let Some(provider) = state.oidc.provider_of_issuer(&issuer)
        && let Some(end) = state.oidc.end_session_url(provider).await
    {
        to = end;
    }
    Ok((StatusCode::SEE_OTHER, [(SET_COOKIE, clear_session_cookie(&state)), (LOCATION, to)]).into_response())
}

#[derive(Deserialize)]
pub struct LangForm {
    lang: String,
    #[serde(default)]
    terug: Option<String>,
}

pub async fn switch_language(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Form(form): Form<LangForm>,
) -> AppResult<Response> {
    let lang = Lang::from_code(&form.lang).ok_or(AppError::NotFound)?;
    if let Some(u) = &user {
        state.store.set_user_locale(u.user.id, lang.code()).await?;
    }
    let back = safe_return_path(form.terug.as_deref());
    Ok((StatusCode::SEE_OTHER, [(SET_COOKIE, lang_cookie(lang.code(), &state)), (LOCATION, back)]).into_response())
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountTemplate {
    ctx: PageCtx,
    tokens: Vec<ApiToken>,
    second_factor_on: bool,
    second_factor_since: String,
    /// Per kind of notification: its key and the chosen frequency's key.
    notifications: Vec<(&'static str, &'static str)>,
    can_mail: bool,
    new_token: Option<String>,
    token_name: String,
    password_errors: FieldErrors,
    token_errors: FieldErrors,
}

/// The account page's two forms: a new password and a new API token, each with its messages.
#[derive(Default)]
struct AccountForms {
    /// A token just made: shown once.
    new_token: Option<String>,
    token_name: String,
    password_errors: FieldErrors,
    token_errors: FieldErrors,
}

async fn account_page(state: &AppState, ctx: PageCtx, user_id: i64, f: AccountForms) -> AppResult<Response> {
    let tokens = state.store.api_tokens(user_id).await?;
    let factor = state.store.second_factor(user_id).await?;
    let prefs = state.store.notification_prefs(user_id).await?;
    let notifications =
        Kind::ALL.into_iter().map(|k| (k.key(), prefs.get(&k).copied().unwrap_or_default().key())).collect();
    let status = status_of(&f.password_errors).max(status_of(&f.token_errors));
    let page = AccountTemplate {
        second_factor_on: factor.is_on(),
        second_factor_since: factor.confirmed_at.map(|t| ctx.when(&t)).unwrap_or_default(),
        notifications,
        can_mail: state.settings.mail.is_some(),
        ctx,
        tokens,
        new_token: f.new_token,
        token_name: f.token_name,
        password_errors: f.password_errors,
        token_errors: f.token_errors,
    };
    respond(status, page)
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx, me: CurrentUser) -> AppResult<Response> {
    account_page(&state, ctx, me.user.id, AccountForms::default()).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default, rename = "current_password")]
    current: String,
    #[serde(default, rename = "new_password")]
    new: String,
    #[serde(default, rename = "confirm_password")]
    confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    me: CurrentUser,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    if form.current.is_empty() {
        errors.add("current_password", "error-required");
    }
    if let Err(k) = check_password_policy(&form.new) {
        errors.add("new_password", k);
    } else if form.new != form.confirm {
        errors.add("confirm_password", "error-password-mismatch");
    }
    let email = Email::parse(&me.user.email).map_err(|_| AppError::NotFound)?;
    if errors.is_empty() {
        let (_, hash) = state.store.user_with_hash(&email).await?.ok_or(AppError::NotFound)?;
        if !crate::http::verify_password(&form.current, hash).await? {
            errors.add("current_password", "error-password-wrong");
        }
    }
    if !errors.is_empty() {
        let forms = AccountForms { password_errors: errors, ..AccountForms::default() };
        return account_page(&state, ctx, me.user.id, forms).await;
    }
    let hash = crate::http::hash_password(&form.new).await?;
    state.store.set_password(&me.actor(), me.user.id, &hash, me.auth.session_secret()).await?;
    Ok(Redirect::to("/account?melding=wachtwoord").into_response())
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default, rename = "token_name")]
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    ctx: PageCtx,
    me: CurrentUser,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    let name = form.name.trim().to_string();
    let mut errors = FieldErrors::new();
    if name.is_empty() {
        errors.add("token_name", "error-required");
    } else if name.chars().count() > 80 {
        errors.add_with("token_name", "error-too-long", vec![("max", "80".into())]);
    }
    if !errors.is_empty() {
        let forms = AccountForms { token_errors: errors, token_name: form.name, ..AccountForms::default() };
        return account_page(&state, ctx, me.user.id, forms).await;
    }
    let (_, secret) = state.store.create_api_token(&me.actor(), me.user.id, &name).await?;
    let forms = AccountForms { new_token: Some(secret), ..AccountForms::default() };
    account_page(&state, ctx, me.user.id, forms).await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    me: CurrentUser,
    Path(token_id): Path<i64>,
) -> AppResult<Response> {
    state.store.revoke_api_token(&me.actor(), me.user.id, token_id).await?;
    Ok(Redirect::to("/account?melding=ingetrokken").into_response())
}

/// `POST /account/meldingen`: how often each kind of notification is mailed (`<kind>=<frequency>`).
pub async fn set_notifications(
    State(state): State<AppState>,
    me: CurrentUser,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let prefs: Vec<(Kind, Frequency)> = Kind::ALL
        .into_iter()
        .filter_map(|k| form.get(k.key()).and_then(|f| Frequency::from_key(f)).map(|f| (k, f)))
        .collect();
    state.store.set_notification_prefs(me.user.id, &prefs).await?;
    Ok(Redirect::to("/account?melding=meldingen#h-notifications").into_response())
}
