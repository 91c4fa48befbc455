//! "Wachtwoord vergeten" and the one-time links that set a password (after a reset request or an
//! invitation). The answer to a request is the same whether or not the address has an account.

use super::account::{client_ip, start_session, throttle_wait, too_many};
use super::form::{respond, status_of};
use crate::domain::throttle;
use crate::domain::user::{Email, check_password_policy};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::ClientAddr;
use crate::http::ctx::PageCtx;
use crate::http::error::AppResult;
use crate::i18n::Lang;
use crate::store::StoreError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "password_forgotten.html")]
struct ForgottenTemplate {
    ctx: PageCtx,
    /// E-mail is set up; without it, an administrator sets passwords.
    can_mail: bool,
    email: String,
    /// The request was taken (the same answer for every address).
    sent: bool,
    errors: FieldErrors,
    problem: Option<String>,
}

/// `GET /wachtwoord-vergeten`.
pub async fn form(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    if !state.settings.password_login {
        return Ok(Redirect::to("/inloggen").into_response());
    }
    let page = ForgottenTemplate {
        ctx,
        can_mail: state.settings.mail.is_some(),
        email: String::new(),
        sent: false,
        errors: FieldErrors::new(),
        problem: None,
    };
    respond(StatusCode::OK, page)
}

#[derive(Deserialize, Default)]
pub struct ForgottenForm {
    #[serde(default)]
    email: String,
}

/// `POST /wachtwoord-vergeten`: queue a link when the address has an active account; say the
/// same either way. Requests count like failed sign-ins, so nobody floods a mailbox.
pub async fn request(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    ClientAddr(peer): ClientAddr,
    Form(form): Form<ForgottenForm>,
) -> AppResult<Response> {
    if !state.settings.password_login {
        return Ok(Redirect::to("/inloggen").into_response());
    }
    let can_mail = state.settings.mail.is_some();
    let page = |ctx: PageCtx, sent: bool, errors: FieldErrors, problem: Option<String>| ForgottenTemplate {
        ctx,
        can_mail,
        email: form.email.trim().to_string(),
        sent,
        errors,
        problem,
    };
    let Some(mail) = state.settings.mail.clone() else {
        return respond(StatusCode::OK, page(ctx, false, FieldErrors::new(), None));
    };
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(k) => {
            let p = page(ctx, false, FieldErrors::single("email", k), None);
            return respond(status_of(&p.errors), p);
        }
    };
    let ip = client_ip(&state, &headers, peer);
    let key = format!("herstel:{email}");
    if let Some(wait) = throttle_wait(&state, &key, &ip).await? {
        let problem = ctx.t1("login-too-many", "minutes", throttle::minutes_to_wait(wait));
        return too_many(wait, page(ctx, false, FieldErrors::new(), Some(problem)));
    }
    state.store.record_login_attempt(&key, &ip, false).await?;
    let found = state.store.user_with_hash(&email).await?.filter(|(u, _)| !u.disabled);
    // Who signs in through an organisation's provider has no password here to reset (the same
    // answer all the same).
    let found = match found {
        Some((user, _)) if state.store.oidc_issuer_of(user.id).await?.is_some() => None,
        other => other,
    };
    if let Some((user, _)) = found {
        let secret = crate::domain::password::random_secret(32);
        let lang = user.locale.as_deref().and_then(Lang::from_code).unwrap_or(ctx.lang);
        let message = crate::app::mail::password_reset(
            lang,
            &user.email,
            &user.display_name,
            &mail.link(&format!("/wachtwoord/{secret}")),
        );
        state.store.request_password_reset(user.id, &secret, &message).await?;
        tracing::info!(user_id = user.id, "password reset requested");
    }
    respond(StatusCode::OK, page(ctx, true, FieldErrors::new(), None))
}

#[derive(Template)]
#[template(path = "password_choose.html")]
struct ChooseTemplate {
    ctx: PageCtx,
    /// The link works; `invitation` says whether it is a first password.
    valid: bool,
    invitation: bool,
    email: String,
    secret: String,
    errors: FieldErrors,
}

/// The page for a link that does not work (used, expired, or for a blocked account).
fn dead_link(ctx: PageCtx) -> AppResult<Response> {
    let page = ChooseTemplate {
        ctx,
        valid: false,
        invitation: false,
        email: String::new(),
        secret: String::new(),
        errors: FieldErrors::new(),
    };
    respond(StatusCode::GONE, page)
}

/// `GET /wachtwoord/{secret}`.
pub async fn choose_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let Some((user, purpose)) = state.store.account_token(&secret).await? else { return dead_link(ctx) };
    let page = ChooseTemplate {
        ctx,
        valid: true,
        invitation: purpose == crate::domain::mail::TokenPurpose::Invitation,
        email: user.email,
        secret,
        errors: FieldErrors::new(),
    };
    respond(StatusCode::OK, page)
}

#[derive(Deserialize, Default)]
pub struct ChooseForm {
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    confirm_password: String,
}

/// `POST /wachtwoord/{secret}`: set the password (once), then sign in — through the second step
/// when the account has or needs one.
pub async fn choose(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    Path(secret): Path<String>,
    Form(form): Form<ChooseForm>,
) -> AppResult<Response> {
    let Some((user, purpose)) = state.store.account_token(&secret).await? else { return dead_link(ctx) };
    let mut errors = FieldErrors::new();
    if let Err(k) = check_password_policy(&form.new_password) {
        errors.add("new_password", k);
    } else if form.new_password != form.confirm_password {
        errors.add("confirm_password", "error-password-mismatch");
    }
    if !errors.is_empty() {
        let page = ChooseTemplate {
            ctx,
            valid: true,
            invitation: purpose == crate::domain::mail::TokenPurpose::Invitation,
            email: user.email,
            secret,
            errors,
        };
        return respond(status_of(&page.errors), page);
    }
    let hash = crate::http::hash_password(&form.new_password).await?;
    let user = match state.store.redeem_account_token(&secret, &hash).await {
        Ok((user, _)) => user,
        // Used meanwhile by another request: the link works once.
        Err(StoreError::NotFound) => return dead_link(ctx),
        Err(e) => return Err(e.into()),
    };
    let back = "/?melding=wachtwoord-gekozen".to_string();
    if state.store.second_factor(user.id).await?.is_on() || state.settings.second_factor.applies_to(&user) {
        return super::second_factor::challenge(&state, user.id, &back).await;
    }
    start_session(&state, &headers, user.id, back, Vec::new()).await.map(IntoResponse::into_response)
}
