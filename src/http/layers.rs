//! What every response passes through, pages and API alike: the request frame (who, language,
//! CSRF token, error pages, shared caches), tower-http's origin check, panic catching, tracing,
//! the security headers and compression.

use super::error::AppError;
use super::{AppState, frame};
use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware;
use axum::response::IntoResponse;
use tower_http::CompressionLevel;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::csrf::CsrfLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Content-Security-Policy: everything from this origin only, no inline script or style.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The CSP of this site: signing out may send the browser on to an identity provider (a redirect
/// after a form, which `form-action` governs), so the providers' origins are allowed there.
pub fn csp_for(settings: &super::WebSettings) -> String {
    let origins: Vec<String> = settings
        .oidc
        .iter()
        .map(|p| p.issuer.splitn(4, '/').take(3).collect::<Vec<_>>().join("/"))
        .filter(|o| !o.is_empty() && o.chars().all(|c| c.is_ascii_graphic() && c != ';' && c != ',' && c != '\''))
        .collect();
    if origins.is_empty() {
        return CSP.to_string();
    }
    CSP.replace("form-action 'self'", &format!("form-action 'self' {}", origins.join(" ")))
}

/// Put the routes of the site behind the frame and the security layers; an unknown path is a 404
/// page (or JSON under `/api/`).
pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    let mut csrf = CsrfLayer::new();
    for origin in &state.settings.trusted_origins {
        match csrf.clone().add_trusted_origin(origin) {
            Ok(c) => csrf = c,
            Err(e) => tracing::warn!(origin, error = ?e, "ignoring an invalid trusted origin"),
        }
    }

    routes
        .fallback(not_found)
        // A panic is a bug, never a dropped connection: it becomes the error page (or JSON) below.
        .layer(CatchPanicLayer::custom(|_| AppError::Internal(anyhow::anyhow!("a handler panicked")).into_response()))
        .layer(csrf)
        .layer(middleware::from_fn_with_state(state.clone(), frame::frame))
        .layer(TraceLayer::new_for_http())
        // A response with its own, stricter policy keeps it (a document's download: a sandbox).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&csp_for(&state.settings)).unwrap_or(HeaderValue::from_static(CSP)),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        // Brotli (or gzip) on the wire: a buurt profile of 170 kB HTML travels as ~20 kB. Level 4,
        // not brotli's default 11, which is meant for files compressed once, not for every answer.
        // PDFs and spreadsheets are compressed already.
        .layer(
            CompressionLayer::new().quality(CompressionLevel::Precise(4)).compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("application/pdf"))
                    .and(NotForContentType::const_new("application/vnd.openxmlformats"))
                    .and(NotForContentType::const_new("application/zip")),
            ),
        )
        .with_state(state)
}

async fn not_found() -> AppError {
    AppError::NotFound
}
