//! Site administration: accounts (the site-wide history is in `history`).

use super::form::{respond, status_of};
use super::history::PageQuery;
use crate::domain::user::{NewUser, User, UserFlags, check_password_policy};
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::SiteAdmin;
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::store::{Paged, StoreError};
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub const USERS_PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "users.html")]
struct UsersTemplate {
    ctx: PageCtx,
    users: Paged<User>,
}

pub async fn users(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: SiteAdmin,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let users = state.store.users(q.page(), USERS_PER_PAGE).await?;
    Ok(render(UsersTemplate { ctx, users })?.into_response())
}

#[derive(Deserialize, Default)]
pub struct NewUserForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    is_admin: Option<String>,
}

#[derive(Template)]
#[template(path = "user_new.html")]
struct NewUserTemplate {
    ctx: PageCtx,
    email: String,
    display_name: String,
    is_admin: bool,
    /// E-mail is set up: the password may be left empty to send an invitation.
    invite: bool,
    errors: FieldErrors,
}

pub async fn new_user_form(State(state): State<AppState>, ctx: PageCtx, _admin: SiteAdmin) -> AppResult<Response> {
    let page = NewUserTemplate {
        ctx,
        email: String::new(),
        display_name: String::new(),
        is_admin: false,
        invite: state.settings.mail.is_some(),
        errors: FieldErrors::new(),
    };
    Ok(render(page)?.into_response())
}

pub async fn create_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: SiteAdmin,
    Form(form): Form<NewUserForm>,
) -> AppResult<Response> {
    let is_admin = form.is_admin.is_some();
    let again = |ctx: PageCtx, errors: FieldErrors| -> AppResult<Response> {
        let page = NewUserTemplate {
            ctx,
            email: form.email.clone(),
            display_name: form.display_name.clone(),
            is_admin,
            invite: state.settings.mail.is_some(),
            errors,
        };
        respond(status_of(&page.errors), page)
    };
    // With e-mail set up, an empty password means: invite the person to choose their own.
    if let Some(mail) = state.settings.mail.as_ref().filter(|_| form.password.is_empty()) {
        let new = match NewUser::invited(&form.email, &form.display_name, is_admin) {
            Ok(n) => n,
            Err(errors) => return again(ctx, errors),
        };
        let secret = crate::domain::password::random_secret(32);
        let link = mail.link(&format!("/wachtwoord/{secret}"));
        let message =
            crate::app::mail::invitation(ctx.lang, new.email.as_str(), &new.display_name, &admin.0.display_name, &link);
        return match state.store.invite_user(&admin.actor(), &new, &secret, &message).await {
            Ok(_) => Ok(Redirect::to("/beheer/gebruikers?melding=uitgenodigd").into_response()),
            Err(StoreError::Conflict(_)) => again(ctx, FieldErrors::single("email", "error-email-taken")),
            Err(e) => Err(e.into()),
        };
    }
    let new = match NewUser::parse(&form.email, &form.display_name, &form.password, is_admin) {
        Ok(n) => n,
        Err(errors) => return again(ctx, errors),
    };
    let hash = crate::http::hash_password(&new.password).await?;
    match state.store.create_user(&admin.actor(), &new, &hash).await {
        Ok(_) => Ok(Redirect::to("/beheer/gebruikers?melding=aangemaakt").into_response()),
        Err(StoreError::Conflict(_)) => again(ctx, FieldErrors::single("email", "error-email-taken")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "user_edit.html")]
struct EditUserTemplate {
    ctx: PageCtx,
    account: User,
    flags: UserFlags,
    /// Whether the account has a second factor (a site administrator may reset it).
    second_factor_on: bool,
    /// The identity provider the account signs in through (then it has no password here).
    provider: Option<String>,
    errors: FieldErrors,
}

/// The name of the provider an account signs in through, if any (the issuer when it is no longer
/// configured).
async fn provider_of(state: &AppState, user_id: i64) -> AppResult<Option<String>> {
    Ok(state
        .store
        .oidc_issuer_of(user_id)
        .await?
        .map(|issuer| state.oidc.provider_of_issuer(&issuer).map(|p| p.name.clone()).unwrap_or(issuer)))
}

pub async fn user(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: SiteAdmin,
    Path(user_id): Path<i64>,
) -> AppResult<Response> {
    let account = state.store.user(user_id).await?;
    let second_factor_on = state.store.second_factor(user_id).await?.is_on();
    let provider = provider_of(&state, user_id).await?;
    let page = EditUserTemplate {
        ctx,
        flags: account.flags(),
        account,
        second_factor_on,
        provider,
        errors: FieldErrors::new(),
    };
    Ok(render(page)?.into_response())
}

#[derive(Deserialize)]
pub struct EditUserForm {
    #[serde(default)]
    is_admin: Option<String>,
    #[serde(default)]
    is_data_steward: Option<String>,
    #[serde(default)]
    disabled: Option<String>,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    reset_second_factor: Option<String>,
}

pub async fn update_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: SiteAdmin,
    Path(user_id): Path<i64>,
    Form(form): Form<EditUserForm>,
) -> AppResult<Response> {
    let account = state.store.user(user_id).await?;
    let flags = UserFlags {
        is_admin: form.is_admin.is_some(),
        is_data_steward: form.is_data_steward.is_some(),
        disabled: form.disabled.is_some(),
    };
    let mut errors = FieldErrors::new();
    if user_id == admin.0.id && (!flags.is_admin || flags.disabled) {
        // Locking yourself out is never what an administrator means to do.
        errors.add("is_admin", "error-self-lockout");
    }
    let provider = provider_of(&state, user_id).await?;
    if !form.new_password.is_empty() && provider.is_some() {
        // A password would be a way in around the provider (and its second factor); the form
        // offers none for such an account.
        return Err(AppError::Forbidden);
    }
    if !form.new_password.is_empty()
        && let Err(k) = check_password_policy(&form.new_password)
    {
        errors.add("new_password", k);
    }
    if !errors.is_empty() {
        let second_factor_on = state.store.second_factor(user_id).await?.is_on();
        let page = EditUserTemplate { ctx, account, flags, second_factor_on, provider, errors };
        return respond(status_of(&page.errors), page);
    }
    let actor = admin.actor();
    state.store.update_user_flags(&actor, user_id, flags).await?;
    if form.reset_second_factor.is_some() {
        // The person sets it up again at the next sign-in (when required) or on their account page.
        state.store.remove_second_factor(&actor, user_id).await?;
    }
    if !form.new_password.is_empty() {
        let hash = crate::http::hash_password(&form.new_password).await?;
        state.store.set_password(&actor, user_id, &hash, None).await?;
    }
    Ok(Redirect::to(&format!("/beheer/gebruikers/{user_id}?melding=opgeslagen")).into_response())
}
