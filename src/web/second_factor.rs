//! Two-step verification: after a right password, a code from an authenticator app (or a recovery
//! code); the enrolment with a QR code, at the first sign-in when the setting requires it or on
//! the account page when someone chooses it; turning it off and new recovery codes.

use super::account::{client_ip, new_session_cookie, start_session, throttle_wait, too_many, with_cookies};
use super::form::{respond, status_of};
use crate::domain::password::digest;
use crate::domain::second_factor as factor;
use crate::domain::throttle;
use crate::domain::user::User;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{ClientAddr, CurrentUser};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::session::cookie_value;
use askama::Template;
use axum::extract::{Form, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use time::Duration;

/// The cookie that carries a login challenge between the password and the code.
pub const CHALLENGE_COOKIE: &str = "ww_login";
const CHALLENGE_TTL: Duration = Duration::minutes(10);

fn challenge_cookie(secret: &str, state: &AppState, max_age: Duration) -> String {
    crate::http::session::sign_in_cookie(CHALLENGE_COOKIE, "/inloggen", secret, state, max_age)
}

/// The password was right: remember that for a few minutes and ask for the code.
pub(super) async fn challenge(state: &AppState, user_id: i64, back: &str) -> AppResult<Response> {
    let secret = state.store.create_login_challenge(user_id, back, CHALLENGE_TTL).await?;
    Ok((
        StatusCode::SEE_OTHER,
        [(SET_COOKIE, challenge_cookie(&secret, state, CHALLENGE_TTL)), (LOCATION, "/inloggen/code".to_string())],
    )
        .into_response())
}

/// What a person needs to add WijkWijzer to an authenticator app.
pub struct Enrolment {
    /// The QR code (SVG made on the server from the otpauth address; no text from a person).
    pub qr_svg: String,
    /// The secret in groups of four, for typing it in.
    pub secret_groups: String,
}

/// The enrolment for `user`: the secret being enrolled, or a new one.
async fn enrolment(state: &AppState, user: &User) -> AppResult<Enrolment> {
    let current = state.store.second_factor(user.id).await?;
    let secret = match current.secret.filter(|_| current.confirmed_at.is_none()) {
        Some(s) => s,
        None => {
            let s = factor::new_secret();
            state.store.begin_second_factor(user.id, &s).await?;
            s
        }
    };
    let url =
        factor::otpauth_url(&secret, &user.email).ok_or_else(|| AppError::Internal(anyhow::anyhow!("otpauth")))?;
    let qr_svg = factor::qr_svg(&url).ok_or_else(|| AppError::Internal(anyhow::anyhow!("qr code")))?;
    let secret_groups =
        secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    Ok(Enrolment { qr_svg, secret_groups })
}

fn unix_now() -> u64 {
    u64::try_from(crate::domain::clock::now().unix_timestamp()).unwrap_or_default()
}

/// Why an enrolment's first code was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NotEnrolled {
    /// The code does not fit the secret now.
    WrongCode,
    /// The secret changed meanwhile (another tab started over).
    Changed,
}

/// Turn the enrolled secret on with its first code; returns the new recovery codes (shown once).
async fn confirm_enrolment(
    state: &AppState,
    user: &User,
    secret: &str,
    typed: &str,
) -> AppResult<Result<Vec<String>, NotEnrolled>> {
    let Some(step) = factor::check(secret, typed, unix_now()) else { return Ok(Err(NotEnrolled::WrongCode)) };
    let codes = factor::new_recovery_codes();
    let digests: Vec<String> = codes.iter().map(|c| digest(c)).collect();
    let actor = crate::domain::audit::Actor::user(user.id, &user.email);
    match state.store.confirm_second_factor(&actor, user.id, secret, step, &digests).await {
        Ok(()) => Ok(Ok(codes)),
        Err(crate::store::StoreError::Stale) => Ok(Err(NotEnrolled::Changed)),
        Err(e) => Err(e.into()),
    }
}

/// The page that shows recovery codes, this once (never kept by a cache).
fn recovery_codes_page(ctx: PageCtx, codes: Vec<String>, next: String) -> AppResult<Response> {
    let page = RecoveryCodesTemplate { ctx, codes, next };
    Ok(([(axum::http::header::CACHE_CONTROL, "no-store")], crate::http::render::render(page)?).into_response())
}

/// How a typed code fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Checked {
    /// A right code from the app (its step not used before) or an unused recovery code.
    Right {
        recovery: bool,
    },
    /// The right code, but its time step was used already.
    Replayed,
    Wrong,
}

/// Check a code against the account's confirmed second factor; a right one is used up.
async fn check_code(state: &AppState, user_id: i64, secret: &str, typed: &str) -> AppResult<Checked> {
    if let Some(step) = factor::check(secret, typed, unix_now()) {
        return Ok(if state.store.use_code_step(user_id, step).await? {
            Checked::Right { recovery: false }
        } else {
            Checked::Replayed
        });
    }
    if let Some(code) = factor::normalise_recovery_code(typed)
        && state.store.use_recovery_code(user_id, &digest(&code)).await?
    {
        return Ok(Checked::Right { recovery: true });
    }
    Ok(Checked::Wrong)
}

#[derive(Template)]
#[template(path = "login_code.html")]
struct CodeTemplate {
    ctx: PageCtx,
    /// Set when the account must enrol first.
    enrolment: Option<Enrolment>,
    errors: FieldErrors,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
struct RecoveryCodesTemplate {
    ctx: PageCtx,
    codes: Vec<String>,
    next: String,
}

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// The account behind the challenge cookie, or the way back to the password.
async fn challenged(state: &AppState, headers: &HeaderMap) -> AppResult<Result<(String, User, String), Response>> {
    let expired = || Ok(Err(Redirect::to("/inloggen?melding=verlopen").into_response()));
    let Some(secret) = cookie_value(headers, CHALLENGE_COOKIE) else { return expired() };
    let Some(challenge) = state.store.login_challenge(&secret).await? else { return expired() };
    let user = state.store.user(challenge.user_id).await?;
    Ok(Ok((secret, user, challenge.back)))
}

/// `GET /inloggen/code`: the code, or first the enrolment.
pub async fn code_form(State(state): State<AppState>, ctx: PageCtx, headers: HeaderMap) -> AppResult<Response> {
    let (_, user, _) = match challenged(&state, &headers).await? {
        Ok(found) => found,
        Err(back) => return Ok(back),
    };
    let enrolment =
        if state.store.second_factor(user.id).await?.is_on() { None } else { Some(enrolment(&state, &user).await?) };
    respond(StatusCode::OK, CodeTemplate { ctx, enrolment, errors: FieldErrors::new(), problem: None })
}

/// `POST /inloggen/code`: a right code starts the session (after an enrolment, with the recovery
/// codes shown once); a wrong one counts as a failed sign-in.
pub async fn code_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    ClientAddr(peer): ClientAddr,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let (secret, user, back) = match challenged(&state, &headers).await? {
        Ok(found) => found,
        Err(back) => return Ok(back),
    };
    let ip = client_ip(&state, &headers, peer);
    let current = state.store.second_factor(user.id).await?;
    let enrolling = !current.is_on();
    let again = |ctx: PageCtx, errors: FieldErrors, problem: Option<String>, enrolment: Option<Enrolment>| {
        CodeTemplate { ctx, enrolment, errors, problem }
    };
    if let Some(wait) = throttle_wait(&state, &user.email, &ip).await? {
        let problem = ctx.t1("login-too-many", "minutes", throttle::minutes_to_wait(wait));
        let enrolment = if enrolling { Some(enrolment(&state, &user).await?) } else { None };
        return too_many(wait, again(ctx, FieldErrors::new(), Some(problem), enrolment));
    }
    let mut errors = FieldErrors::new();
    let mut recovery_codes = Vec::new();
    let totp_secret = current.secret.clone().unwrap_or_default();
    if form.code.trim().is_empty() {
        errors.add("code", "error-required");
    } else if enrolling {
        match confirm_enrolment(&state, &user, &totp_secret, &form.code).await? {
            Ok(codes) => recovery_codes = codes,
            Err(_) => errors.add("code", "error-code-wrong"),
        }
    } else {
        match check_code(&state, user.id, &totp_secret, &form.code).await? {
            Checked::Right { .. } => {}
            Checked::Replayed => errors.add("code", "error-code-used"),
            Checked::Wrong => errors.add("code", "error-code-wrong"),
        }
    }
    if !errors.is_empty() {
        if errors.get("code").is_some_and(|e| e.key != "error-required") {
            state.store.record_login_attempt(&user.email, &ip, false).await?;
        }
        let enrolment = if enrolling { Some(enrolment(&state, &user).await?) } else { None };
        let page = again(ctx, errors, None, enrolment);
        return respond(status_of(&page.errors), page);
    }
    // One challenge makes one session, however many requests race for it.
    if !state.store.end_login_challenge(&secret).await? {
        return Ok(Redirect::to("/inloggen?melding=verlopen").into_response());
    }
    state.store.record_login_attempt(&user.email, &ip, true).await?;
    let cleared = vec![challenge_cookie("", &state, Duration::ZERO)];
    if recovery_codes.is_empty() {
        return start_session(&state, &headers, user.id, back, cleared).await;
    }
    // Signed in, and the recovery codes shown this once (not a redirect: they are never stored).
    let mut cookies = cleared;
    cookies.push(new_session_cookie(&state, &headers, user.id).await?);
    Ok(with_cookies(recovery_codes_page(ctx, recovery_codes, back)?, cookies))
}

#[derive(Template)]
#[template(path = "account_second_factor.html")]
struct AccountFactorTemplate {
    ctx: PageCtx,
    on: bool,
    since: String,
    codes_left: i64,
    /// The setting requires it for this account: it cannot be turned off.
    required: bool,
    enrolment: Option<Enrolment>,
    errors: FieldErrors,
}

async fn account_factor_page(state: &AppState, ctx: PageCtx, user: &User, errors: FieldErrors) -> AppResult<Response> {
    let current = state.store.second_factor(user.id).await?;
    let enrolment = if current.is_on() { None } else { Some(enrolment(state, user).await?) };
    let page = AccountFactorTemplate {
        on: current.is_on(),
        since: current.confirmed_at.map(|t| ctx.when(&t)).unwrap_or_default(),
        codes_left: current.recovery_codes_left,
        required: state.settings.second_factor.applies_to(user),
        enrolment,
        errors,
        ctx,
    };
    respond(status_of(&page.errors), page)
}

/// `GET /account/tweestapsverificatie`.
pub async fn account_show(State(state): State<AppState>, ctx: PageCtx, me: CurrentUser) -> AppResult<Response> {
    account_factor_page(&state, ctx, &me.user, FieldErrors::new()).await
}

/// `POST /account/tweestapsverificatie`: confirm the enrolment with a first code.
pub async fn account_enrol(
    State(state): State<AppState>,
    ctx: PageCtx,
    me: CurrentUser,
    headers: HeaderMap,
    ClientAddr(peer): ClientAddr,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let ip = client_ip(&state, &headers, peer);
    let current = state.store.second_factor(me.user.id).await?;
    if current.is_on() {
        return Ok(Redirect::to("/account/tweestapsverificatie").into_response());
    }
    if let Some(wait) = throttle_wait(&state, &me.user.email, &ip).await? {
        let mut errors = FieldErrors::new();
        errors.add_with("code", "error-code-wait", vec![("minutes", throttle::minutes_to_wait(wait).to_string())]);
        return account_factor_page(&state, ctx, &me.user, errors).await;
    }
    let secret = current.secret.unwrap_or_default();
    let mut errors = FieldErrors::new();
    if form.code.trim().is_empty() {
        errors.add("code", "error-required");
    } else {
        match confirm_enrolment(&state, &me.user, &secret, &form.code).await? {
            Ok(codes) => return recovery_codes_page(ctx, codes, "/account".into()),
            Err(NotEnrolled::Changed) => errors.add("code", "error-code-wrong"),
            Err(NotEnrolled::WrongCode) => {
                state.store.record_login_attempt(&me.user.email, &ip, false).await?;
                errors.add("code", "error-code-wrong");
            }
        }
    }
    account_factor_page(&state, ctx, &me.user, errors).await
}

/// A right current code for a change to the second factor, or the page with the reason.
async fn confirmed_by_code(
    state: &AppState,
    me: &CurrentUser,
    ip: &str,
    typed: &str,
) -> AppResult<Result<(), FieldErrors>> {
    let mut errors = FieldErrors::new();
    if let Some(wait) = throttle_wait(state, &me.user.email, ip).await? {
        errors.add_with("code", "error-code-wait", vec![("minutes", throttle::minutes_to_wait(wait).to_string())]);
        return Ok(Err(errors));
    }
    let secret = state.store.second_factor(me.user.id).await?.secret.unwrap_or_default();
    match check_code(state, me.user.id, &secret, typed).await? {
        _ if typed.trim().is_empty() => errors.add("code", "error-required"),
        Checked::Right { .. } => return Ok(Ok(())),
        Checked::Replayed => errors.add("code", "error-code-used"),
        Checked::Wrong => {
            state.store.record_login_attempt(&me.user.email, ip, false).await?;
            errors.add("code", "error-code-wrong");
        }
    }
    Ok(Err(errors))
}

/// `POST /account/tweestapsverificatie/uitzetten`: with a current code, unless required.
pub async fn account_turn_off(
    State(state): State<AppState>,
    ctx: PageCtx,
    me: CurrentUser,
    headers: HeaderMap,
    ClientAddr(peer): ClientAddr,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    if state.settings.second_factor.applies_to(&me.user) {
        let mut errors = FieldErrors::new();
        errors.add("code", "error-second-factor-required");
        return account_factor_page(&state, ctx, &me.user, errors).await;
    }
    let ip = client_ip(&state, &headers, peer);
    match confirmed_by_code(&state, &me, &ip, &form.code).await? {
        Ok(()) => {
            state.store.remove_second_factor(&me.actor(), me.user.id).await?;
            Ok(Redirect::to("/account?melding=tweestap-uit").into_response())
        }
        Err(errors) => account_factor_page(&state, ctx, &me.user, errors).await,
    }
}

/// `POST /account/tweestapsverificatie/herstelcodes`: ten new recovery codes, with a current code.
pub async fn account_new_codes(
    State(state): State<AppState>,
    ctx: PageCtx,
    me: CurrentUser,
    headers: HeaderMap,
    ClientAddr(peer): ClientAddr,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    if !state.store.second_factor(me.user.id).await?.is_on() {
        return Ok(Redirect::to("/account/tweestapsverificatie").into_response());
    }
    let ip = client_ip(&state, &headers, peer);
    match confirmed_by_code(&state, &me, &ip, &form.code).await? {
        Ok(()) => {
            let codes = factor::new_recovery_codes();
            let digests: Vec<String> = codes.iter().map(|c| digest(c)).collect();
            state.store.renew_recovery_codes(&me.actor(), me.user.id, &digests).await?;
            recovery_codes_page(ctx, codes, "/account".into())
        }
        Err(errors) => account_factor_page(&state, ctx, &me.user, errors).await,
    }
}
