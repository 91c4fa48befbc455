//! Caches for what is costly to compute and the same for everyone: the urgency scan, and the public
//! statistics pages (area profiles and maps, the scan and its downloads, published reports) as
//! anonymous visitors get them.
//!
//! Every change in WijkWijzer writes an audit record in the transaction that makes it (imports,
//! classifications, stories, publication switches, reports …), so the newest audit id is the
//! generation of the data. Keys contain it: a cached answer is never older than the database, on
//! one instance or on many sharing a PostgreSQL. Concurrent requests for the same missing key wait
//! for one computation (moka's `try_get_with`), so a burst of visitors costs one scan, not 64.

use crate::domain::scan::Scan;
use axum::body::{Body, Bytes, to_bytes};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use moka::future::Cache;
use std::sync::Arc;
use std::time::Duration;

/// Bytes of rendered pages kept at most (weighed by body size).
const PAGE_BYTES: u64 = 32 * 1024 * 1024;
/// Scan results kept at most (a national buurt scan is a few MB).
const SCANS: u64 = 16;

/// One answer as it was sent: status, headers of the handler (not the security headers, which the
/// outer layers add to every response), and the body.
#[derive(Debug)]
pub struct CachedPage {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl CachedPage {
    /// Buffer a response; `None` when its body cannot be read.
    pub async fn from_response(res: Response) -> Option<CachedPage> {
        let (parts, body) = res.into_parts();
        let body = to_bytes(body, usize::MAX).await.ok()?;
        Some(CachedPage { status: parts.status, headers: parts.headers, body })
    }

    /// The handler's body broke off while it was read.
    pub fn unreadable() -> CachedPage {
        CachedPage {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"Er ging iets mis bij het lezen van deze pagina."),
        }
    }

    /// Only complete, anonymous answers are shared: 200 without a cookie.
    pub fn shareable(&self) -> bool {
        self.status == StatusCode::OK && !self.headers.contains_key(header::SET_COOKIE)
    }

    pub fn to_response(&self) -> Response {
        let mut res = (self.status, Body::from(self.body.clone())).into_response();
        *res.headers_mut() = self.headers.clone();
        res
    }
}

#[derive(Clone)]
pub struct Caches {
    pub scans: Cache<String, Arc<Scan>>,
    pub pages: Cache<String, Arc<CachedPage>>,
    /// Every gemeente's names (code, name, newest layout), per generation of the data: the scan's
    /// gemeente field reads them on every request.
    pub municipality_names: Cache<i64, Arc<MunicipalityNames>>,
    /// The gemeente's look per generation of the data (a change of the look is audited): every
    /// page needs it, and it changes rarely.
    pub looks: Cache<i64, Arc<crate::domain::look::SiteLook>>,
}

/// A gemeente's code, one of its names, and the newest layout that uses it.
pub type MunicipalityNames = Vec<(String, String, i64)>;

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caches")
            .field("scans", &self.scans.entry_count())
            .field("pages", &self.pages.entry_count())
            .finish()
    }
}

impl Default for Caches {
    fn default() -> Self {
        Caches {
            scans: Cache::builder().max_capacity(SCANS).time_to_idle(Duration::from_secs(3600)).build(),
            pages: Cache::builder()
                .max_capacity(PAGE_BYTES)
                .weigher(|_k: &String, v: &Arc<CachedPage>| u32::try_from(v.body.len()).unwrap_or(u32::MAX))
                .time_to_idle(Duration::from_secs(600))
                .build(),
            municipality_names: Cache::builder().max_capacity(2).build(),
            looks: Cache::builder().max_capacity(2).build(),
        }
    }
}

/// Public pages that depend only on audited data and are the same for every anonymous visitor.
pub fn cacheable(path: &str) -> bool {
    path.starts_with("/gebieden/")
        || path.starts_with("/urgentie")
        || (path.starts_with("/programmas/") && path.contains("/voortgang/rapportages/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_statistics_and_reports_are_cached() {
        assert!(cacheable("/gebieden/BU05991081"));
        assert!(cacheable("/urgentie.csv"));
        assert!(cacheable("/programmas/1/voortgang/rapportages/2025/pdf"));
        for private in ["/", "/inloggen", "/health", "/programmas/1", "/beheer/gebruikers", "/api/v1/me", "/gebieden"] {
            assert!(!cacheable(private), "{private}");
        }
    }

    #[tokio::test]
    async fn a_page_with_a_cookie_or_an_error_is_not_shared() {
        let ok = CachedPage::from_response((StatusCode::OK, "x").into_response()).await.unwrap();
        assert!(ok.shareable());
        let missing = CachedPage::from_response((StatusCode::NOT_FOUND, "x").into_response()).await.unwrap();
        assert!(!missing.shareable());
        let cookie = ([(header::SET_COOKIE, "ww_lang=en")], "x").into_response();
        assert!(!CachedPage::from_response(cookie).await.unwrap().shareable());
        let again = ok.to_response();
        assert_eq!(again.status(), StatusCode::OK);
        assert_eq!(to_bytes(again.into_body(), 10).await.unwrap(), "x");
    }
}
