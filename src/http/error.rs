//! The one error type at the HTTP edge.
//!
//! Handlers return `AppError`; its response carries an `ErrorPage` marker that the `frame`
//! middleware turns into an HTML page in the reader's language or, under `/api/`, a JSON body.
//! Internal errors are logged once, with detail, and never shown to the client.

use crate::domain::validation::FieldErrors;
use crate::store::StoreError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed")]
    Validation(FieldErrors),
    #[error("not found")]
    NotFound,
    /// Logged in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Not logged in where an account is required (API: 401; HTML routes redirect instead).
    #[error("unauthorised")]
    Unauthorised,
    /// A state-changing request without a valid per-session token or with a foreign origin.
    #[error("csrf")]
    Csrf,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("too many attempts")]
    TooManyAttempts,
    /// A page asked with a method it does not take (a form's address posted to a page).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A body (an upload) larger than the limit.
    #[error("too large")]
    TooLarge,
    #[error("database unavailable")]
    Unavailable,
    /// The database cannot store changes (disk full, read-only); nothing was half-written.
    #[error("database cannot write")]
    CannotWrite,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// What the error renderer needs to know; attached to the response's extensions.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    /// Machine-readable code for API clients.
    pub code: &'static str,
    /// Catalogue key of the title and explanation (`{key}-title`, `{key}-text`).
    pub key: &'static str,
    pub fields: Option<FieldErrors>,
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(what) => AppError::Conflict(what),
            StoreError::Stale => AppError::Conflict("stale"),
            e if e.is_unavailable() => AppError::Unavailable,
            e if e.is_cannot_write() => AppError::CannotWrite,
            other => AppError::Internal(other.into()),
        }
    }
}

impl AppError {
    /// The error of a computation that several requests waited for: each gets its own copy.
    pub fn shared(self: std::sync::Arc<Self>) -> AppError {
        match &*self {
            AppError::NotFound => AppError::NotFound,
            AppError::Unavailable => AppError::Unavailable,
            AppError::CannotWrite => AppError::CannotWrite,
            AppError::Validation(errors) => AppError::Validation(errors.clone()),
            other => AppError::Internal(anyhow::anyhow!(other.to_string())),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Unauthorised => StatusCode::UNAUTHORIZED,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable | AppError::CannotWrite => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn page(&self) -> ErrorPage {
        let (code, key) = match self {
            AppError::Validation(_) => ("validation", "error-validation"),
            AppError::NotFound => ("not_found", "error-not-found"),
            AppError::Forbidden => ("forbidden", "error-forbidden"),
            AppError::Unauthorised => ("unauthorised", "error-unauthorised"),
            AppError::Csrf => ("csrf", "error-csrf"),
            AppError::Conflict(_) => ("conflict", "error-conflict"),
            AppError::TooManyAttempts => ("too_many_attempts", "error-too-many"),
            AppError::MethodNotAllowed => ("method_not_allowed", "error-method"),
            AppError::TooLarge => ("too_large", "error-too-large"),
            AppError::Unavailable => ("unavailable", "error-unavailable"),
            AppError::CannotWrite => ("cannot_write", "error-cannot-write"),
            AppError::Internal(_) => ("internal", "error-internal"),
        };
        let fields = match self {
            AppError::Validation(f) => Some(f.clone()),
            _ => None,
        };
        ErrorPage { code, key, fields }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(e) = &self {
            tracing::error!(error = ?e, "internal error");
        }
        let mut res = self.status().into_response();
        res.extensions_mut().insert(self.page());
        res
    }
}

pub type AppResult<T> = Result<T, AppError>;
