//! A programme's members and their roles (beheerder, partner, lezer).

use super::form::ConfirmTemplate;
use super::form::{FormPage, FormState, respond};
use crate::domain::access::{Action, Role};
use crate::domain::programme::Programme;
use crate::domain::user::Email;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Internal, ManageMembers, ProgrammeAccess};
use crate::http::ctx::PageCtx;
use crate::http::error::{AppError, AppResult};
use crate::http::render::render;
use crate::store::{Member, StoreError};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "members.html")]
struct MembersTemplate {
    ctx: PageCtx,
    programme: Programme,
    members: Vec<Member>,
    can_manage: bool,
    roles: Vec<&'static str>,
    email: String,
    role: String,
    errors: FieldErrors,
}

/// The members with, for beheerders, the form to add one.
async fn page(state: &AppState, f: FormPage<(), MemberForm>, can_manage: bool) -> AppResult<Response> {
    let members = state.store.members(f.programme.id).await?;
    let status = f.shown.status();
    let t = MembersTemplate {
        ctx: f.ctx,
        programme: f.programme,
        members,
        can_manage,
        roles: Role::ALL.iter().map(|r| r.key()).collect(),
        email: f.input.email,
        role: if f.input.role.is_empty() { Role::Reader.key().to_string() } else { f.input.role },
        errors: f.shown.errors,
    };
    respond(status, t)
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<Internal>,
) -> AppResult<Response> {
    let can_manage = access.can(Action::ManageMembers);
    page(&state, FormPage::fresh(ctx, access.programme, None, MemberForm::default()), can_manage).await
}

#[derive(Deserialize, Default)]
pub struct MemberForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// Add an account to the programme, or change the role of a member.
pub async fn add(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ManageMembers>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let role = Role::from_key(&form.role);
    if role.is_none() {
        errors.add("role", "error-role");
    }
    let user = match Email::parse(&form.email) {
        Err(k) => {
            errors.add("email", k);
            None
        }
        Ok(email) => match state.store.user_by_email(&email).await {
            Ok(u) if !u.disabled => Some(u),
            Ok(_) | Err(StoreError::NotFound) => {
                errors.add("email", "error-user-unknown");
                None
            }
            Err(e) => return Err(e.into()),
        },
    };
    let (Some(user), Some(role)) = (user, role) else {
        let shown = FormState::invalid(errors);
        let f = FormPage { ctx, programme: access.programme.clone(), record: None, input: form, shown };
        return page(&state, f, true).await;
    };
    state.store.set_member_role(&access.actor(), access.programme.id, user.id, role).await?;
    Ok(Redirect::to(&format!("/programmas/{}/leden?melding=lid", access.programme.id)).into_response())
}

#[derive(Deserialize)]
pub struct MemberPath {
    id: i64,
    user_id: i64,
}

async fn member_of(state: &AppState, programme_id: i64, user_id: i64) -> AppResult<Member> {
    state.store.members(programme_id).await?.into_iter().find(|m| m.user_id == user_id).ok_or(AppError::NotFound)
}

pub async fn remove_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    access: ProgrammeAccess<ManageMembers>,
    Path(path): Path<MemberPath>,
) -> AppResult<Response> {
    let member = member_of(&state, path.id, path.user_id).await?;
    let p = &access.programme;
    let page = ConfirmTemplate {
        title: ctx.t1("member-remove-title", "name", &member.display_name),
        text: ctx.t1("member-remove-text", "programme", &p.name),
        action: format!("/programmas/{}/leden/{}/verwijderen", p.id, member.user_id),
        submit: ctx.t("member-remove-submit"),
        cancel: format!("/programmas/{}/leden", p.id),
        danger: true,
        ctx,
    };
    Ok(render(page)?.into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    access: ProgrammeAccess<ManageMembers>,
    Path(path): Path<MemberPath>,
) -> AppResult<Response> {
    state.store.remove_member(&access.actor(), path.id, path.user_id).await?;
    Ok(Redirect::to(&format!("/programmas/{}/leden?melding=verwijderd", path.id)).into_response())
}
