//! `/api/v1/me` and `/api/v1/users`.

use super::dto::{ErrorBody, NewUserBody, UserDto, UserPage};
use crate::domain::user::NewUser;
use crate::domain::validation::FieldErrors;
use crate::http::AppState;
use crate::http::access::{CurrentUser, SiteAdmin};
use crate::http::error::{AppError, AppResult};
use crate::store::StoreError;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use serde::Deserialize;

/// The account the caller is authenticated as.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = UserDto), (status = 401, body = ErrorBody)))]
pub async fn me(me: CurrentUser) -> Json<UserDto> {
    Json(me.user.into())
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct PageParams {
    /// Page number, from 1.
    page: Option<i64>,
    /// Items per page, 1–200 (default 50).
    per_page: Option<i64>,
}

/// All accounts, by e-mail address (site administrators).
#[utoipa::path(get, path = "/api/v1/users", tag = "accounts", params(PageParams),
    responses((status = 200, body = UserPage), (status = 403, body = ErrorBody)))]
pub async fn list_users(
    State(state): State<AppState>,
    _admin: SiteAdmin,
    Query(q): Query<PageParams>,
) -> AppResult<Json<UserPage>> {
    let per_page = q.per_page.unwrap_or(50).clamp(1, 200);
    let page = state.store.users(q.page.unwrap_or(1).max(1), per_page).await?;
    Ok(Json(UserPage {
        total: page.total,
        page: page.page,
        per_page: page.per_page,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

/// Create an account (site administrators).
#[utoipa::path(post, path = "/api/v1/users", tag = "accounts", request_body = NewUserBody,
    responses((status = 201, body = UserDto), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_user(
    State(state): State<AppState>,
    admin: SiteAdmin,
    Json(body): Json<NewUserBody>,
) -> AppResult<(StatusCode, Json<UserDto>)> {
    let new =
        NewUser::parse(&body.email, &body.display_name, &body.password, body.is_admin).map_err(AppError::Validation)?;
    let hash = crate::http::hash_password(&new.password).await?;
    match state.store.create_user(&admin.actor(), &new, &hash).await {
        Ok(u) => Ok((StatusCode::CREATED, Json(u.into()))),
        Err(StoreError::Conflict(_)) => Err(AppError::Validation(FieldErrors::single("email", "error-email-taken"))),
        Err(e) => Err(e.into()),
    }
}
