//! The request frame: one middleware around every route that
//! 1. resolves who is asking (session cookie or API token) and in which language,
//! 2. demands the per-session CSRF token on every state-changing request made with a session cookie,
//! 3. renders every error response (from `AppError` or the origin check) as an HTML page in the
//!    reader's language, or as JSON under `/api/`.

use super::AppState;
use super::cache::{CachedPage, cacheable};
use super::ctx::PageCtx;
use super::error::{AppError, ErrorPage};
use super::render::ErrorTemplate;
use super::session::{Auth, LANG_COOKIE, cookie_value, load_auth};
use crate::i18n::Lang;
use askama::Template;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH, LOCATION, VARY};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use subtle::ConstantTimeEq;
use tower_http::csrf::ProtectionError;

/// Forms are small; uploads (later) are multipart and carry the token in their URL.
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;
/// The largest upload (all files of one import together).
pub const MAX_UPLOAD_BYTES: usize = 64 * 1024 * 1024;
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The site's look, read once per generation of the data (the default when the database is away).
async fn site_look(state: &AppState, generation: Option<i64>) -> std::sync::Arc<crate::domain::look::SiteLook> {
    let Some(generation) = generation else { return Default::default() };
    let store = state.store.clone();
    state
        .caches
        .looks
        .try_get_with(generation, async move { store.site_look().await.map(std::sync::Arc::new) })
        .await
        .unwrap_or_default()
}

pub async fn frame(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let auth = load_auth(&state, req.headers()).await;
    let lang = negotiate(&req, &auth);
    let is_api = req.uri().path().starts_with("/api/");
    req.extensions_mut().insert(auth.clone());
    req.extensions_mut().insert(lang);
    // The generation of the data, read once: it names the look and a shared page.
    let page = !is_api && !req.uri().path().starts_with("/static/");
    let generation = if page { state.store.generation().await.ok() } else { None };
    // The gemeente's look, for every page (a database that is away leaves WijkWijzer's own).
    let look = if page { site_look(&state, generation).await } else { Default::default() };
    req.extensions_mut().insert(look.clone());
    // What an error page needs, taken before the request moves on.
    let mut ctx = PageCtx::new(lang, &auth, req.uri());
    ctx.look = look;

    let shared = req.method() == Method::GET && auth.user().is_none() && cacheable(req.uri().path());
    if !shared {
        return respond(req, next, &auth, is_api, ctx).await;
    }
    // An anonymous visitor's public page: one rendering per generation of the data, shared.
    let generation = match generation {
        Some(g) => Some(g),
        None if !page => state.store.generation().await.ok(),
        None => None,
    };
    let Some(generation) = generation else {
        return respond(req, next, &auth, is_api, ctx).await; // the handler says the database is away
    };
    // The generation and the language name the page: the same tag on every instance, a new one
    // after any change. Weak, since the bytes on the wire differ by compression.
    let etag = format!("W/\"{generation}-{}\"", lang.code());
    if if_none_match(&req, &etag) {
        return not_modified(&etag);
    }
    let key = format!("{generation}|{}|{}", lang.code(), req.uri());
    let page = state
        .caches
        .pages
        .try_get_with(key, async move {
            let res = respond(req, next, &auth, is_api, ctx).await;
            match CachedPage::from_response(res).await {
                Some(page) if page.shareable() => Ok(Arc::new(page)),
                Some(page) => Err(page),
                None => Err(CachedPage::unreadable()),
            }
        })
        .await;
    match page {
        Ok(page) => revalidated(page.to_response(), &etag),
        Err(page) => page.to_response(),
    }
}

/// Whether the visitor already has this version of the page.
fn if_none_match(req: &Request, etag: &str) -> bool {
    req.headers().get_all(IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(|tag| {
        let tag = tag.trim();
        tag == "*" || tag.trim_start_matches("W/") == etag.trim_start_matches("W/")
    })
}

/// A shared page may be kept, but is asked after each time (a change shows at once): the tag
/// makes asking cheap.
fn validators(headers: &mut HeaderMap, etag: &str) {
    if let Ok(tag) = HeaderValue::from_str(etag) {
        headers.insert(ETAG, tag);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("public, no-cache"));
    headers.insert(VARY, HeaderValue::from_static("accept-language, cookie, accept-encoding"));
}

fn revalidated(mut res: Response, etag: &str) -> Response {
    validators(res.headers_mut(), etag);
    res
}

fn not_modified(etag: &str) -> Response {
    let mut res = StatusCode::NOT_MODIFIED.into_response();
    validators(res.headers_mut(), etag);
    res
}

/// Run the handler behind the CSRF check and render an error response as a page (or JSON).
async fn respond(req: Request, next: Next, auth: &Auth, is_api: bool, ctx: PageCtx) -> Response {
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let response = match (unsafe_method, auth.csrf_token()) {
        (true, Some(expected)) => match check_token(req, expected).await {
            Ok(req) => next.run(req).await,
            Err(e) => e.into_response(),
        },
        _ => next.run(req).await,
    };

    let page = response.extensions().get::<ErrorPage>().cloned().or_else(|| {
        response.extensions().get::<ProtectionError>().map(|_| ErrorPage {
            code: "csrf",
            key: "error-csrf",
            fields: None,
        })
    });
    // A body over an extractor's limit is refused by axum in plain English: say it like every other error.
    let page = page.or_else(|| {
        (response.status() == StatusCode::PAYLOAD_TOO_LARGE && is_plain_text(&response)).then_some(ErrorPage {
            code: "too_large",
            key: "error-too-large",
            fields: None,
        })
    });
    match page {
        Some(page) => render_error(response.status(), page, is_api, ctx),
        None if is_api && response.status().is_client_error() && is_plain_text(&response) => {
            api_rejection(response, ctx).await
        }
        None => response,
    }
}

fn is_plain_text(res: &Response) -> bool {
    res.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/plain"))
}

/// axum's own refusals of an API request (a body that is not the documented JSON, a missing
/// content type) in the API's error format, keeping axum's explanation of what was wrong.
async fn api_rejection(res: Response, ctx: PageCtx) -> Response {
    let status = res.status();
    let detail = to_bytes(res.into_body(), 4096).await.map(|b| String::from_utf8_lossy(&b).into_owned());
    let body = serde_json::json!({
        "error": {
            "code": "invalid_request",
            "message": format!("{}: {}", ctx.t("error-invalid-request-title"), detail.unwrap_or_default().trim()),
            "fields": {},
        }
    });
    (status, axum::Json(body)).into_response()
}

/// Cookie choice, then the account's preference, then the browser's, then Dutch.
fn negotiate(req: &Request, auth: &Auth) -> Lang {
    cookie_value(req.headers(), LANG_COOKIE)
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| auth.user().and_then(|u| u.locale.as_deref()).and_then(Lang::from_code))
        .or_else(|| {
            req.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// The token may come as a header (scripts, fetch), or as a form field (HTML forms).
async fn check_token(req: Request, expected: &str) -> Result<Request, AppError> {
    let matches = |given: &str| bool::from(given.as_bytes().ct_eq(expected.as_bytes()));
    if let Some(given) = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok()) {
        return if matches(given) { Ok(req) } else { Err(AppError::Csrf) };
    }
    let content_type = req.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if content_type.starts_with("multipart/form-data") {
        // File uploads: the token is a field of the multipart body (the form puts it first).
        let (parts, body) = req.into_parts();
        let bytes = to_bytes(body, MAX_UPLOAD_BYTES).await.map_err(|_| AppError::TooLarge)?;
        let boundary = multer::parse_boundary(&content_type).map_err(|_| AppError::Csrf)?;
        let chunk = bytes.clone();
        let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(chunk) });
        let mut multipart = multer::Multipart::new(stream, boundary);
        let mut given = String::new();
        while let Ok(Some(field)) = multipart.next_field().await {
            if field.name() == Some(CSRF_FIELD) {
                given = field.text().await.unwrap_or_default();
                break;
            }
        }
        return if matches(&given) { Ok(Request::from_parts(parts, Body::from(bytes))) } else { Err(AppError::Csrf) };
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(AppError::Csrf);
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES).await.map_err(|_| AppError::TooLarge)?;
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::Csrf)?;
    let given = fields.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.as_str()).unwrap_or("");
    if matches(given) { Ok(Request::from_parts(parts, Body::from(bytes))) } else { Err(AppError::Csrf) }
}

fn render_error(status: StatusCode, page: ErrorPage, is_api: bool, ctx: PageCtx) -> Response {
    if is_api {
        let fields: serde_json::Map<String, serde_json::Value> = page
            .fields
            .iter()
            .flat_map(|f| f.iter())
            .map(|(k, e)| (k.to_string(), serde_json::Value::String(ctx.lang.t_args(e.key, &e.args))))
            .collect();
        let body = serde_json::json!({
            "error": { "code": page.code, "message": ctx.t(&format!("{}-title", page.key)), "fields": fields }
        });
        return (status, axum::Json(body)).into_response();
    }
    if status == StatusCode::UNAUTHORIZED {
        // A page that needs an account: log in first and come back.
        let target = format!("/inloggen?terug={}", urlencode(&ctx.here));
        let mut res = StatusCode::SEE_OTHER.into_response();
        if let Ok(v) = HeaderValue::from_str(&target) {
            res.headers_mut().insert(LOCATION, v);
        }
        return res;
    }
    let html = ErrorTemplate { ctx, key: page.key, status: status.as_u16() }.render();
    match html {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "rendering the error page failed");
            status.into_response()
        }
    }
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|s| s.trim_start_matches('=').to_string()).unwrap_or_default()
}
