//! The one test harness for everything that speaks HTTP: the real router (`build_router`) on a fresh
//! database of its own — SQLite always, PostgreSQL when `WIJKWIJZER_TEST_POSTGRES` is set — with
//! cookies kept like a browser keeps them, and the steps every test takes: log in (as a site
//! administrator or with a role in a programme), fetch the CSRF token, post a form, create a
//! programme.
#![allow(dead_code)]

use super::{PASSWORD, add_user};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum_test::{TestResponse, TestServer};
use tempfile::TempDir;
use wijkwijzer::build_router;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::{Actor, AuditRecord};
use wijkwijzer::domain::programme::{Page, Programme, ProgrammeInput};
use wijkwijzer::domain::user::User;
use wijkwijzer::http::{AppState, WebSettings};
use wijkwijzer::store::{AuditFilter, Store};

/// Where the app's database lives, and what to clean up after the test.
enum Database {
    /// A file in a folder that disappears with the test.
    Sqlite(TempDir),
    /// A database of its own on the test server, dropped after the test.
    Postgres { admin: String, name: String },
    /// The database of another `TestApp` (a second browser on the same site).
    Shared,
}

/// The site, as one browser sees it.
pub struct TestApp {
    pub server: TestServer,
    pub store: Store,
    settings: WebSettings,
    database: Database,
}

impl TestApp {
    /// The site on a fresh SQLite database.
    pub async fn sqlite() -> TestApp {
        TestApp::sqlite_with(WebSettings::default()).await
    }

    /// The site on a fresh SQLite database, with other settings.
    pub async fn sqlite_with(settings: WebSettings) -> TestApp {
        let (store, dir) = super::sqlite_store().await;
        TestApp::serve(store, settings, Database::Sqlite(dir))
    }

    /// The site on a fresh PostgreSQL database, or `None` (said on the standard error stream) when
    /// no PostgreSQL server is configured. A configured server that cannot be reached fails.
    pub async fn postgres(test: &str) -> Option<TestApp> {
        let Some(admin) = super::postgres_url() else {
            super::skipped(&format!("{test} on PostgreSQL"), &format!("set {}", super::PG_ENV));
            return None;
        };
        let (url, name) = super::create_postgres_database(&admin).await;
        let store = Store::connect(&url).await.expect("postgres connects");
        store.migrate().await.expect("postgres migrates");
        Some(TestApp::serve(store, WebSettings::default(), Database::Postgres { admin, name }))
    }

    /// The site on a database a test prepared (the demo data, poisoned texts …).
    pub fn on(store: &Store) -> TestApp {
        TestApp::serve(store.clone(), WebSettings::default(), Database::Shared)
    }

    /// The site with other settings on a database a test prepared (another instance).
    pub fn serve_on(store: &Store, settings: WebSettings) -> TestApp {
        TestApp::serve(store.clone(), settings, Database::Shared)
    }

    /// A client that keeps no cookies: every request carries only the cookies it is given (for
    /// tests that plant or replay a cookie themselves).
    pub fn cookieless(store: &Store) -> TestServer {
        TestServer::builder().build(build_router(AppState::new(store.clone(), WebSettings::default())))
    }

    /// A second browser on the same site and database, with cookies of its own.
    pub fn another_browser(&self) -> TestApp {
        TestApp::serve(self.store.clone(), self.settings.clone(), Database::Shared)
    }

    fn serve(store: Store, settings: WebSettings, database: Database) -> TestApp {
        let router = build_router(AppState::new(store.clone(), settings.clone()));
        let server = TestServer::builder().save_cookies().build(router);
        TestApp { server, store, settings, database }
    }

    pub async fn login(&self, email: &str, password: &str) -> TestResponse {
        self.server.post("/inloggen").form(&[("email", email), ("password", password), ("terug", "/")]).await
    }

    /// Create an account with the test password and log in with it.
    pub async fn login_as(&self, email: &str, is_admin: bool) -> User {
        let u = add_user(&self.store, email, is_admin).await;
        let res = self.login(email, PASSWORD).await;
        assert_eq!(res.status_code(), StatusCode::SEE_OTHER, "{}", res.text());
        u
    }

    /// Create an account with `role` in programme `programme_id` and log in with it.
    pub async fn login_with_role(&self, email: &str, programme_id: i64, role: Role) -> User {
        let u = self.login_as(email, false).await;
        self.store.set_member_role(&Actor::system("test"), programme_id, u.id, role).await.expect("role given");
        u
    }

    /// A partner acting for `party_id` in programme `programme_id`, logged in.
    pub async fn login_as_partner_of(&self, email: &str, programme_id: i64, party_id: i64) -> User {
        let u = self.login_with_role(email, programme_id, Role::Partner).await;
        self.store
            .set_party_account(&Actor::system("test"), programme_id, party_id, u.id, true)
            .await
            .expect("account acts for the party");
        u
    }

    /// The current session's CSRF token, as a form on any page carries it.
    pub async fn csrf(&self) -> String {
        csrf_of(&self.server.get("/account").await.text())
    }

    /// Post a form with the session's CSRF token, as a browser does.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        let res = self.server.post(path).form(&all).await;
        // Every form answered with its errors names each field as the form does.
        if res.status_code() == StatusCode::UNPROCESSABLE_ENTITY
            && res.header("content-type").to_str().unwrap().starts_with("text/html")
        {
            assert_summary_names_the_fields(&res.text(), path);
        }
        res
    }

    /// A programme's audit records, newest first.
    pub async fn history(&self, programme_id: i64) -> Vec<AuditRecord> {
        let filter = AuditFilter { programme_id: Some(programme_id) };
        self.store.audit_records(filter, 1, 100).await.unwrap().items
    }

    /// A programme in Rotterdam (wijk Feijenoord) with these pages published.
    pub async fn programme(&self, name: &str, published: &[Page]) -> Programme {
        let p =
            self.store.create_programme(&Actor::system("test"), &programme_input(name).parse().unwrap()).await.unwrap();
        self.store.set_published_pages(&Actor::system("test"), p.id, published).await.unwrap()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Database::Postgres { admin, name } = self {
            // Dropping is async; do it on a runtime of its own, off the test's.
            let (admin, name) = (admin.clone(), name.clone());
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                rt.block_on(super::drop_postgres_database(&admin, &name));
            })
            .join();
        }
    }
}

/// The form of a programme in Rotterdam with one wijk.
pub fn programme_input(name: &str) -> ProgrammeInput {
    ProgrammeInput {
        name: name.into(),
        municipality_code: "GM0599".into(),
        municipality_name: "Rotterdam".into(),
        start_year: "2024".into(),
        horizon_year: "2044".into(),
        layout_year: "2024".into(),
        areas: "WK059910 Feijenoord".into(),
        description: String::new(),
    }
}

/// The value of the hidden CSRF field on a page.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

pub fn h(name: &'static str) -> HeaderName {
    HeaderName::from_static(name)
}

pub fn v(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).unwrap()
}

/// The page's `<main>` element, with the session's CSRF token replaced by `[csrf]`: the part of a
/// page a snapshot should hold (the frame around it is tested once, not in every snapshot).
pub fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("page has a main element");
    let end = html.rfind("</main>").expect("main is closed") + "</main>".len();
    let main = &html[start..end];
    match main.find("name=\"csrf_token\" value=\"") {
        Some(_) => main.replace(&csrf_of(main), "[csrf]"),
        None => main.to_string(),
    }
}

/// Script and markup to type into every free-text field.
pub const PAYLOAD: &str = "<script>alert('x')</script><img src=x onerror=alert(1)>";

/// The payload must never arrive as live markup.
pub fn assert_inert(html: &str, what: &str) {
    assert!(!html.contains("<script>alert"), "{what}: a script tag got through");
    assert!(!html.contains("<img src=x"), "{what}: markup got through");
}

/// The first element of `html` that starts with `open` (e.g. `<div class="error-summary"`), up to
/// its first `close` (`</div>`), with blank lines and indentation folded: a fragment for a snapshot.
pub fn fragment(html: &str, open: &str, close: &str) -> String {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open} on the page"));
    let end = html[start..].find(close).unwrap_or_else(|| panic!("{open} is not closed")) + start + close.len();
    html[start..end].lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// The error summary of a form: each entry links to a field that exists and calls it what the
/// form's own label (or, for a group of choices, its legend) calls it.
pub fn assert_summary_names_the_fields(html: &str, what: &str) {
    use scraper::{Html, Selector};
    let doc = Html::parse_document(html);
    let sel = |s: &str| Selector::parse(s).unwrap();
    let text = |e: scraper::ElementRef| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
    for link in doc.select(&sel(".error-summary a[href^='#f-']")) {
        let id = &link.value().attr("href").unwrap()[1..];
        let said = text(link);
        let field = doc
            .select(&sel(&format!("[id='{id}']")))
            .next()
            .unwrap_or_else(|| panic!("{what}: the summary links to #{id}, which is not on the page"));
        let legend = |f: scraper::ElementRef| f.select(&sel("legend")).next().map(text);
        let label = if field.value().name() == "fieldset" {
            legend(field)
        } else if field.value().attr("type") == Some("radio") {
            // A choice: the legend of its group.
            field
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .find(|a| a.value().name() == "fieldset")
                .and_then(legend)
        } else {
            doc.select(&sel(&format!("label[for='{id}']"))).next().map(text)
        };
        let label = label.unwrap_or_else(|| panic!("{what}: #{id} has no label"));
        assert!(
            said.starts_with(&format!("{label}:")),
            "{what}: the summary says “{said}” of the field labelled “{label}”"
        );
    }
}

/// The page as read: tags dropped, whitespace collapsed.
#[allow(dead_code)]
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
