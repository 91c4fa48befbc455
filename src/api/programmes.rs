//! `/api/v1/programmes`: the programmes the caller may see, and their members.

use super::dto::{ErrorBody, MemberDto, ProgrammeBody, ProgrammeDto, RoleBody};
use crate::domain::access::Role;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{Delete, Internal, Manage, ManageMembers, ProgrammeAccess, SiteAdmin, View};
use crate::http::error::{AppError, AppResult};
use crate::http::session::Auth;
use axum::Json;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;

/// Programmes visible to the caller: published ones, plus those the caller is a member of.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "programmes",
    responses((status = 200, body = Vec<ProgrammeDto>)))]
pub async fn list_programmes(
    State(state): State<AppState>,
    Extension(auth): Extension<Auth>,
) -> AppResult<Json<Vec<ProgrammeDto>>> {
    let list = state.store.programmes(auth.viewer(), None).await?;
    Ok(Json(list.into_iter().map(Into::into).collect()))
}

/// Create a programme (site administrators).
#[utoipa::path(post, path = "/api/v1/programmes", tag = "programmes", request_body = ProgrammeBody,
    responses((status = 201, body = ProgrammeDto), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create_programme(
    State(state): State<AppState>,
    admin: SiteAdmin,
    Json(body): Json<ProgrammeBody>,
) -> AppResult<(StatusCode, Json<ProgrammeDto>)> {
    let new = body.to_input().parse().map_err(AppError::Validation)?;
    let p = state.store.create_programme(&admin.actor(), &new).await?;
    Ok((StatusCode::CREATED, Json(p.into())))
}

#[utoipa::path(get, path = "/api/v1/programmes/{id}", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeDto), (status = 404, body = ErrorBody)))]
pub async fn get_programme(access: ProgrammeAccess<View>) -> AppResult<Json<ProgrammeDto>> {
    Ok(Json(access.programme.into()))
}

/// Replace a programme's settings and areas (its beheerders).
#[utoipa::path(put, path = "/api/v1/programmes/{id}", tag = "programmes", request_body = ProgrammeBody,
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeDto), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn update_programme(
    State(state): State<AppState>,
    access: ProgrammeAccess<Manage>,
    Json(body): Json<ProgrammeBody>,
) -> AppResult<Json<ProgrammeDto>> {
    let new = body.to_input().parse().map_err(AppError::Validation)?;
    let p = state.store.update_programme(&access.actor(), access.programme.id, &new).await?;
    Ok(Json(p.into()))
}

/// Archive a programme (site administrators). Its history stays.
#[utoipa::path(delete, path = "/api/v1/programmes/{id}", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 204), (status = 403, body = ErrorBody)))]
pub async fn delete_programme(State(state): State<AppState>, access: ProgrammeAccess<Delete>) -> AppResult<StatusCode> {
    state.store.delete_programme(&access.actor(), access.programme.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/programmes/{id}/members", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id")),
    responses((status = 200, body = Vec<MemberDto>), (status = 403, body = ErrorBody)))]
pub async fn list_members(
    State(state): State<AppState>,
    access: ProgrammeAccess<Internal>,
) -> AppResult<Json<Vec<MemberDto>>> {
    let members = state.store.members(access.programme.id).await?;
    Ok(Json(members.into_iter().map(Into::into).collect()))
}

#[derive(serde::Deserialize)]
pub struct MemberPath {
    id: i64,
    user_id: i64,
}

/// Give an account a role in the programme, or change it.
#[utoipa::path(put, path = "/api/v1/programmes/{id}/members/{user_id}", tag = "programmes", request_body = RoleBody,
    params(("id" = i64, Path, description = "Programme id"), ("user_id" = i64, Path, description = "Account id")),
    responses((status = 204), (status = 422, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn put_member(
    State(state): State<AppState>,
    access: ProgrammeAccess<ManageMembers>,
    Path(path): Path<MemberPath>,
    Json(body): Json<RoleBody>,
) -> AppResult<StatusCode> {
    let role =
        Role::from_key(&body.role).ok_or_else(|| AppError::Validation(FieldErrors::single("role", "error-role")))?;
    let user = state.store.user(path.user_id).await?;
    if user.disabled {
        return Err(AppError::Validation(FieldErrors::single("user_id", "error-user-unknown")));
    }
    state.store.set_member_role(&access.actor(), path.id, path.user_id, role).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/programmes/{id}/members/{user_id}", tag = "programmes",
    params(("id" = i64, Path, description = "Programme id"), ("user_id" = i64, Path, description = "Account id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_member(
    State(state): State<AppState>,
    access: ProgrammeAccess<ManageMembers>,
    Path(path): Path<MemberPath>,
) -> AppResult<StatusCode> {
    state.store.remove_member(&access.actor(), access.programme.id, path.user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
