//! The HTTP edge shared by the pages (`web`) and the JSON API (`api`): the application state and
//! settings, the one error type, who is asking (session or token) and in which language, the
//! extractors that check `domain::access` before a handler runs, the request frame (CSRF, error
//! pages, shared caches) and the layers every response passes through. Neither `web` nor `api` is
//! imported here; both build on this.

pub mod access;
pub mod cache;
pub mod ctx;
pub mod error;
pub mod frame;
mod layers;
pub mod render;
pub mod session;

pub use error::{AppError, AppResult};
pub use layers::{CSP, wrap};

use crate::store::Store;
use std::sync::Arc;
use time::Duration;

/// Settings the HTTP edge reads on every request.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Mark cookies `Secure` (serve behind https).
    pub secure_cookies: bool,
    pub session_ttl: Duration,
    /// Extra origins allowed to post forms (the public URL when a proxy rewrites `Host`).
    pub trusted_origins: Vec<String>,
    /// How many proxies of our own stand in front and append to `X-Forwarded-For` (0: ignore the
    /// header and use the socket peer).
    pub trusted_proxy_hops: usize,
    /// How long failed sign-ins count.
    pub login_window: Duration,
    /// Waits for one account from one address.
    pub throttle_per_account_and_address: crate::domain::throttle::Policy,
    /// Waits for one address, whichever accounts it tries.
    pub throttle_per_address: crate::domain::throttle::Policy,
    /// Months after a party left before its contact persons are deleted.
    pub contact_retention_months: u32,
    /// Who must sign in with a second factor (TOTP) after the password.
    pub second_factor: crate::domain::second_factor::Requirement,
    /// E-mail, when a mail server is configured (invitations, password reset, notifications).
    pub mail: Option<crate::mail::MailSettings>,
    /// Whether the e-mail address and password form is offered (and accepted).
    pub password_login: bool,
    /// The address people reach WijkWijzer on (identity providers send the browser back to it).
    pub public_url: String,
    /// Identity providers to sign in with (OpenID Connect).
    pub oidc: Vec<crate::domain::oidc::Provider>,
    /// Where StatLine and PDOK are (`[sources]`), and how patiently they are asked.
    pub sources: crate::fetch::Endpoints,
    pub fetch_policy: crate::fetch::Policy,
    /// How often the kept tables are looked at (each is checked when its own interval is due);
    /// `None`: no scheduled refresh (embedders and tests).
    pub refresh_every: Option<std::time::Duration>,
    /// The largest document that may be uploaded.
    pub document_max_bytes: usize,
    /// The virus scanner run on every upload (`Config::document_scan_command`).
    pub document_scan: Option<String>,
}

impl Default for WebSettings {
    fn default() -> Self {
        WebSettings {
            secure_cookies: false,
            session_ttl: Duration::hours(8),
            trusted_origins: Vec::new(),
            trusted_proxy_hops: 0,
            login_window: Duration::hours(24),
            throttle_per_account_and_address: crate::domain::throttle::Policy {
                free: 5,
                first_wait: Duration::minutes(1),
                longest_wait: Duration::hours(1),
            },
            throttle_per_address: crate::domain::throttle::Policy {
                free: 50,
                first_wait: Duration::minutes(1),
                longest_wait: Duration::hours(1),
            },
            contact_retention_months: 24,
            // Embedders and tests start without a compulsory second factor; the configuration's
            // default (`admins`, in `Config`) is what `serve` and `demo` run with.
            second_factor: crate::domain::second_factor::Requirement::Optional,
            mail: None,
            password_login: true,
            public_url: "http://127.0.0.1:8080".into(),
            oidc: Vec::new(),
            document_max_bytes: 10 * 1024 * 1024,
            document_scan: None,
            sources: crate::fetch::Endpoints::default(),
            fetch_policy: crate::fetch::Policy::default(),
            refresh_every: None,
        }
    }
}

/// Argon2id takes tens of milliseconds of CPU: hash off the async runtime.
pub async fn hash_password(password: &str) -> AppResult<String> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || crate::domain::password::hash(&password))
        .await
        .map_err(|e| AppError::Internal(e.into()))
}

/// Verify off the async runtime.
pub async fn verify_password(password: &str, phc: String) -> AppResult<bool> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || crate::domain::password::verify(&password, &phc))
        .await
        .map_err(|e| AppError::Internal(e.into()))
}

/// Shared by every request. Cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<WebSettings>,
    pub caches: cache::Caches,
    /// The identity providers' protocol clients (discovery cached).
    pub oidc: crate::oidc::Clients,
    /// The StatLine and PDOK client (fetches started on the page *Ophalen*).
    pub fetcher: crate::fetch::Fetcher,
}

impl AppState {
    pub fn new(store: Store, settings: WebSettings) -> Self {
        let oidc = crate::oidc::Clients::new(settings.oidc.clone(), &settings.public_url);
        let fetcher = crate::fetch::Fetcher::new(settings.sources.clone(), settings.fetch_policy.clone())
            .expect("an HTTP client with rustls builds");
        AppState { store, settings: Arc::new(settings), caches: cache::Caches::default(), oidc, fetcher }
    }
}
