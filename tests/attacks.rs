//! Hostile input (issue 7): stored script in every free-text column of the schema rendered on every
//! page of the router, session fixation and logout, oversized bodies, path traversal and file names.
//! CSRF on every state-changing route and the authorisation matrix are in `access_matrix.rs`; login
//! throttling and the security headers (CSP without 'unsafe-inline') in `http.rs`.

mod common;

use axum_test::TestServer;
use common::app::TestApp;
use common::routes::{Method, concrete, csrf_of, declared_routes};
use common::{PASSWORD, add_user};
use sqlx::Row;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;

/// What an attacker types: a script element, and an attribute break-out with an event handler.
const PAYLOAD: &str = "<script>alert('ww')</script>\"'><img src=x onerror=alert('ww')>";
/// Either of these in an HTML page means the payload was rendered live.
const LIVE: [&str; 2] = ["<script>alert('ww')", "<img src=x onerror"];

/// Every TEXT column that holds what people type or files carry (names, descriptions, notes,
/// reasons, stories, uploaded file names, imported titles and units).
const FREE_TEXT: &[(&str, &[&str])] = &[
    ("users", &["display_name"]),
    ("programmes", &["name", "municipality_name", "description"]),
    ("programme_areas", &["name"]),
    ("audit_log", &["actor_label"]),
    ("site_look", &["name"]),
    ("areas", &["name"]),
    ("area_names", &["name"]),
    ("level_names", &["names"]),
    ("indicators", &["title", "unit", "description"]),
    ("imports", &["actor_label", "file_name"]),
    ("stories", &["author_role", "body"]),
    ("dossiers", &["trigger_description", "justification"]),
    ("parties", &["name", "description"]),
    ("party_periods", &["joined_note", "left_reason"]),
    ("party_contacts", &["name", "role"]),
    ("bodies", &["name", "description"]),
    ("body_seats", &["person", "position"]),
    ("meetings", &["notes", "location"]),
    ("meeting_points", &["title", "description", "presenter"]),
    ("decisions", &["text"]),
    ("vision_versions", &["body", "agreed_by", "created_by", "reason"]),
    ("goals", &["title", "description", "indicator_title", "own_name", "own_unit"]),
    ("plans", &["name", "description"]),
    ("measures", &["title", "description", "status_reason"]),
    ("commitments", &["what"]),
    ("budget_lines", &["note"]),
    ("agenda_items", &["title", "body", "submitted_by", "answer_text"]),
    ("wijkbudgets", &["title", "description", "who_may_propose"]),
    ("budget_proposals", &["title", "description", "contact_name", "contact_email", "verdict_reason"]),
    ("documents", &["title", "file_name"]),
    ("budget_vote_codes", &["label"]),
    ("assessment_rounds", &["name"]),
    ("assessment_links", &["label"]),
    ("assessment_scores", &["note"]),
    ("measurements", &["source", "evidence", "remark", "entered_by"]),
    ("goal_stories", &["body", "updated_by"]),
    ("revisions", &["subject_title", "reason", "created_by"]),
    ("successes", &["title", "description", "created_by"]),
    ("measure_results", &["label", "unit", "created_by"]),
    ("published_reports", &["title", "published_by"]),
    ("publications", &["title", "published_by"]),
    ("wijkdeal_signatures", &["person", "role"]),
    // A fetch's message carries what a remote service said; its stamp is the service's text.
    ("fetch_runs", &["actor_label", "message", "modified"]),
    ("kept_tables", &["created_by"]),
];

/// TEXT columns with a fixed shape (keys, codes, dates, enum values, hashes, JSON written by the
/// application, validated addresses): the application parses them, so they are not free text.
const STRUCTURED: &[(&str, &[&str])] = &[
    (
        "users",
        &[
            "email",
            "password_hash",
            "locale",
            "created_at",
            "updated_at",
            "disabled_at",
            "totp_secret",
            "totp_confirmed_at",
        ],
    ),
    ("sessions", &["id_hash", "csrf_token", "created_at", "expires_at"]),
    ("recovery_codes", &["code_hash", "used_at"]),
    ("account_tokens", &["id_hash", "purpose", "created_at", "expires_at", "used_at"]),
    // Written by the application (JSON of names it read from the database, escaped when mailed).
    ("notifications", &["kind", "dedupe_key", "params", "link", "created_at", "handled_at"]),
    ("notification_prefs", &["kind", "frequency"]),
    ("notification_digests", &["sent_at"]),
    // Messages are rendered by the application (names escaped in their HTML part) and never shown
    // as page content; the administration lists their subject, escaped like any text.
    (
        "outbox",
        &[
            "kind",
            "to_address",
            "subject",
            "text_body",
            "html_body",
            "status",
            "next_attempt_at",
            "claimed_until",
            "last_error",
            "created_at",
            "sent_at",
        ],
    ),
    // An identity provider's issuer (from the configuration) and subject (an opaque id from a
    // verified ID token): compared, never shown on a page. The provider's name claim lands in
    // `users.display_name`, free text tried like any other.
    ("oidc_identities", &["issuer", "subject", "provider", "created_at", "last_login_at"]),
    // Random values made by the application; `back` is checked by `safe_return_path` first.
    (
        "oidc_logins",
        &["id_hash", "provider", "csrf_state", "nonce", "pkce_verifier", "back", "created_at", "expires_at"],
    ),
    // `back` is a path checked by `safe_return_path` before it is stored.
    ("login_challenges", &["id_hash", "back", "created_at", "expires_at"]),
    ("login_attempts", &["email", "ip", "at"]),
    ("api_tokens", &["name", "token_hash", "created_at", "last_used_at", "revoked_at"]),
    ("programmes", &["municipality_code", "created_at", "updated_at", "deleted_at"]),
    ("programme_areas", &["code"]),
    // Checked as colour codes and image types when saved and again when read.
    ("site_look", &["colours", "logo_type"]),
    ("programme_pages", &["page"]),
    ("memberships", &["role", "created_at"]),
    ("audit_log", &["at", "action", "entity", "entity_id", "before_json", "after_json"]),
    ("areas", &["code", "level", "municipality_code", "parent_code"]),
    ("indicators", &["source_table", "key", "variant", "theme", "polarity", "periods"]),
    ("observations", &["source_table", "variant", "area_code", "period", "record"]),
    ("imports", &["at", "format", "source_table", "periods"]),
    ("boundaries", &["code", "geometry"]),
    // Checked table numbers and service keys; the selection is the canonical text of a checked
    // level, gemeente codes and periods.
    ("kept_tables", &["source", "table_id", "selection", "created_at", "next_check_at"]),
    ("fetch_runs", &["at", "source", "table_id", "selection", "outcome"]),
    ("leases", &["name", "holder", "until_at"]),
    ("crosswalks", &["from_code", "to_code", "weight", "computed_at"]),
    ("stories", &["area_code", "told_on", "source_type", "themes", "indicators", "created_at", "updated_at"]),
    ("dossiers", &["trigger_kind", "trigger_date", "weights", "reference", "updated_at"]),
    ("area_names", &["code"]),
    ("level_names", &["level"]),
    ("column_areas", &["source_table", "variant", "period", "level", "codes"]),
    ("figure_columns", &["source_table", "variant", "period", "level", "key"]),
    ("parties", &["kind", "created_at", "updated_at"]),
    ("party_periods", &["joined_on", "left_on"]),
    ("party_contacts", &["email"]),
    ("bodies", &["kind", "decision_rule", "created_at", "updated_at"]),
    ("body_seats", &["started_on", "ended_on"]),
    ("meetings", &["held_on", "created_at", "starts_at", "agenda_sent_at"]),
    ("decisions", &["number"]),
    ("vision_versions", &["agreed_on", "decision_number", "created_at"]),
    (
        "goals",
        &[
            "themes",
            "indicator_ref",
            "area_code",
            "indicator_variant",
            "polarity",
            "baseline_period",
            "created_at",
            "updated_at",
        ],
    ),
    ("plans", &["created_at", "updated_at"]),
    ("measures", &["starts_on", "ends_on", "status", "created_at", "updated_at"]),
    ("budget_lines", &["source", "kind"]),
    ("agenda_items", &["submitted_on", "answer", "answered_on", "created_at", "updated_at"]),
    ("assessment_rounds", &["opened_on", "closes_on", "closed_on", "created_at", "updated_at"]),
    ("assessment_links", &["token_hash", "created_at", "used_at"]),
    ("assessment_responses", &["level", "created_at"]),
    ("assessment_scores", &["precondition"]),
    ("measurements", &["review", "created_at", "updated_at"]),
    ("goal_stories", &["updated_at"]),
    ("revisions", &["subject_kind", "changes", "decision_number", "created_at"]),
    ("successes", &["kind", "happened_on", "created_at", "updated_at"]),
    ("measure_results", &["kind", "created_at", "updated_at"]),
    ("published_reports", &["kind", "html", "pdf", "published_at"]),
    // A snapshot's HTML is rendered by our own escaping templates when published (a snapshot
    // published from the poisoned texts is crawled below).
    ("publications", &["kind", "html", "sha256", "published_at"]),
    ("wijkdeal_signatures", &["signed_on", "created_at"]),
    (
        "wijkbudgets",
        &[
            "themes",
            "proposals_from",
            "assessment_from",
            "voting_from",
            "results_from",
            "execution_from",
            "proposal_code",
            "created_at",
            "updated_at",
        ],
    ),
    ("budget_proposals", &["theme", "area_code", "submitted_on", "verdict", "assessed_on", "created_at"]),
    ("documents", &["owner_kind", "media_type", "sha256", "uploaded_at"]),
    ("budget_vote_codes", &["code_hash", "created_at", "used_on"]),
    ("residents_codes", &["code", "created_at"]),
];

/// Upload the small real-shaped StatLine fixture through the import form, under `file_name`.
async fn upload_fixture(server: &TestServer, token: &str, file_name: &str) -> u16 {
    let good = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/good.json")).unwrap();
    let form = axum_test::multipart::MultipartForm::new()
        .add_text("csrf_token", token.to_string())
        .add_part("bestanden", axum_test::multipart::Part::bytes(good).file_name(file_name.to_string()))
        .add_text("tabel", "HAND01")
        .add_text("periode", "")
        .add_text("indeling", "");
    server.post("/beheer/import").multipart(form).await.status_code().as_u16()
}

fn listed(list: &[(&str, &[&str])], table: &str, column: &str) -> bool {
    list.iter().any(|(t, cols)| *t == table && cols.contains(&column))
}

async fn logged_in(store: &wijkwijzer::store::Store, email: &str, admin: bool) -> TestServer {
    let app = TestApp::on(store);
    app.login_as(email, admin).await;
    app.server
}

#[tokio::test]
async fn script_stored_in_every_free_text_field_renders_inert_on_every_page() {
    let (store, dir) = common::sqlite_store().await;
    wijkwijzer::demo::load(&store).await.unwrap();
    let admin = logged_in(&store, "admin@aanval.nl", true).await;
    let token = csrf_of(&admin.get("/").await.text()).unwrap();
    assert_eq!(upload_fixture(&admin, &token, "cijfers.json").await, 303, "statistics imported");
    // A published report snapshot, so its stored HTML is crawled too (it is rendered again below).
    let year = time::OffsetDateTime::now_utc().year();
    admin.post(&format!("/programmas/1/voortgang/rapportages/{year}/publiceren")).form(&[("csrf_token", &token)]).await;

    // Every TEXT column must be classified, so a new one cannot escape this test.
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_%' ESCAPE '\\'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    // A gemeente's name in the header of every page.
    sqlx::query("INSERT INTO site_look (id, name) VALUES (1, 'Gemeente')").execute(&pool).await.unwrap();
    let mut unclassified = Vec::new();
    let mut poisoned = 0u64;
    for table in &tables {
        for col in sqlx::query(&format!("PRAGMA table_info({table})")).fetch_all(&pool).await.unwrap() {
            let (name, kind): (String, String) = (col.get("name"), col.get("type"));
            if !kind.eq_ignore_ascii_case("TEXT") || listed(STRUCTURED, table, &name) {
                continue;
            }
            if !listed(FREE_TEXT, table, &name) {
                unclassified.push(format!("{table}.{name}"));
                continue;
            }
            let sql = format!("UPDATE {table} SET {name} = {name} || $1 WHERE {name} IS NOT NULL");
            poisoned += sqlx::query(&sql).bind(PAYLOAD).execute(&pool).await.unwrap().rows_affected();
        }
    }
    assert!(unclassified.is_empty(), "classify these TEXT columns in tests/attacks.rs: {unclassified:?}");
    assert!(poisoned > 300, "the demo's texts were poisoned ({poisoned} values)");
    // Publish everything of programme 1, so the public sees the poisoned texts too.
    let all = [Page::Overview, Page::Urgency, Page::Coalition, Page::Agenda, Page::Preconditions, Page::Progress];
    store.set_published_pages(&Actor::system("test"), 1, &all).await.unwrap();
    let public = TestApp::on(&store).server;

    let mut extra: Vec<String> =
        ["/gebieden/BU05991081", "/gebieden?q=Bloemhof", "/urgentie?niveau=buurt&gemeente=GM0599"]
            .map(String::from)
            .to_vec();
    extra.push(format!("/programmas/1/voortgang/rapportages/{year}"));
    // The wijkdeal published from the poisoned texts: the snapshot's HTML comes from the escaping
    // templates, so it must stay inert too.
    let published = admin.post("/programmas/1/agenda/wijkdeal/publiceren").form(&[("csrf_token", &token)]).await;
    assert_eq!(published.status_code(), 303, "the poisoned wijkdeal is published");
    extra.push(published.header("location").to_str().unwrap().split('?').next().unwrap().to_string());
    let paths: Vec<String> = declared_routes()
        .into_iter()
        .filter(|(m, _)| *m == Method::GET)
        .map(|(_, p)| concrete(&p))
        .chain(extra)
        .collect();
    let (mut live, mut errors, mut escaped_pages, mut pages, mut bad_names) = (vec![], vec![], 0, 0, vec![]);
    for (who, server) in [("admin", &admin), ("public", &public)] {
        for path in &paths {
            let res = server.get(path).await;
            let status = res.status_code().as_u16();
            if status >= 500 {
                errors.push(format!("{who} GET {path} → {status}"));
            }
            if let Some(d) = res.maybe_header("content-disposition") {
                let d = d.to_str().unwrap_or("").to_string();
                let name = d.split("filename=\"").nth(1).unwrap_or("").trim_end_matches('"');
                let safe = !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
                    && !name.starts_with('.');
                if !safe {
                    bad_names.push(format!("{path}: {d}"));
                }
            }
            let html =
                res.maybe_header("content-type").is_some_and(|c| c.to_str().unwrap_or("").starts_with("text/html"));
            if status != 200 || !html {
                continue;
            }
            pages += 1;
            let body = res.text();
            if LIVE.iter().any(|l| body.contains(l)) {
                live.push(format!("{who} GET {path}"));
            }
            if body.contains("&#60;script&#62;alert(") || body.contains("&lt;script&gt;alert(") {
                escaped_pages += 1;
            }
        }
    }
    assert!(errors.is_empty(), "server errors on poisoned data:\n{}", errors.join("\n"));
    assert!(live.is_empty(), "the payload ran on {} page(s):\n{}", live.len(), live.join("\n"));
    assert!(bad_names.is_empty(), "unsafe download names: {bad_names:?}");
    // The test proves something only if the poisoned texts were on the pages.
    assert!(escaped_pages >= 80, "poisoned text shown escaped on {escaped_pages} of {pages} pages");
    eprintln!("stored XSS: {poisoned} values poisoned, {pages} pages crawled, {escaped_pages} show the payload inert");
}

#[tokio::test]
async fn a_session_is_new_at_login_and_dead_after_logout() {
    let (store, _dir) = common::sqlite_store().await;
    add_user(&store, "anna@x.nl", false).await;
    let server = TestApp::cookieless(&store);
    // Fixation: a session id planted before login is never the one the login hands out.
    let planted = "ww_session=aanvaller-kent-deze-waarde";
    let res = server
        .post("/inloggen")
        .add_header("cookie", planted)
        .form(&[("email", "anna@x.nl"), ("password", PASSWORD), ("terug", "/")])
        .await;
    assert_eq!(res.status_code(), 303);
    let set = res.header("set-cookie").to_str().unwrap().to_string();
    let session = set.split(';').next().unwrap().to_string();
    assert!(session.starts_with("ww_session=") && session != planted, "{set}");
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax") || set.contains("SameSite=Strict"), "{set}");
    let planted_page = server.get("/account").add_header("cookie", planted).await;
    assert_eq!(planted_page.status_code(), 303, "the planted id is nobody's session");
    let page = server.get("/account").add_header("cookie", &session).await;
    assert_eq!(page.status_code(), 200);
    // Logout ends the session on the server: the old cookie, replayed, is worth nothing.
    let token = csrf_of(&page.text()).unwrap();
    let out = server.post("/uitloggen").add_header("cookie", &session).form(&[("csrf_token", token.as_str())]).await;
    assert_eq!(out.status_code(), 303);
    let replay = server.get("/account").add_header("cookie", &session).await;
    assert_eq!(replay.status_code(), 303, "a logged-out session is refused");
    assert!(replay.header("location").to_str().unwrap().starts_with("/inloggen"));
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_a_clear_message_and_change_nothing() {
    let (store, _dir) = common::sqlite_store().await;
    let server = logged_in(&store, "admin@x.nl", true).await;
    let token = csrf_of(&server.get("/").await.text()).unwrap();
    let huge = "a".repeat(3 * 1024 * 1024);
    // A form of 3 MB (forms are limited to 2 MB), logged in and anonymous.
    let res = server
        .post("/programmas")
        .form(&[("csrf_token", token.as_str()), ("name", huge.as_str()), ("municipality_code", "GM0599")])
        .await;
    assert_eq!(res.status_code(), 413);
    assert!(res.text().contains("te groot"), "{}", &res.text()[..res.text().len().min(300)]);
    let anonymous = TestApp::on(&store).server;
    let res = anonymous.post("/inloggen").form(&[("email", "x@x.nl"), ("password", huge.as_str())]).await;
    assert_eq!(res.status_code(), 413);
    assert!(res.text().contains("te groot"), "{}", &res.text()[..res.text().len().min(300)]);
    // A JSON body of 3 MB to the API.
    let res = server
        .post("/api/v1/programmes")
        .add_header("x-csrf-token", token.as_str())
        .json(&serde_json::json!({ "name": huge }))
        .await;
    assert_eq!(res.status_code(), 413, "{}", &res.text()[..res.text().len().min(300)]);
    // An upload over the limit of 64 MB.
    let big = vec![b'x'; wijkwijzer::http::frame::MAX_UPLOAD_BYTES + 1024];
    let form = axum_test::multipart::MultipartForm::new()
        .add_text("csrf_token", token.clone())
        .add_part("bestanden", axum_test::multipart::Part::bytes(big).file_name("groot.csv"));
    let res = server.post("/beheer/import").multipart(form).await;
    assert_eq!(res.status_code(), 413);
    assert!(res.text().contains("te groot"));
    assert!(store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap().is_empty(), "nothing was created");
    assert!(store.imports(1, 10).await.unwrap().items.is_empty(), "nothing was imported");
}

#[tokio::test]
async fn path_traversal_in_urls_and_file_names_gets_nowhere() {
    let (store, _dir) = common::sqlite_store().await;
    let server = logged_in(&store, "admin@x.nl", true).await;
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2f..%2fCargo.toml",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/gebieden/..%2f..%2fetc%2fpasswd",
        "/gebieden/..%2F..%2Fetc%2Fpasswd/profiel.csv",
        "/programmas/1/voortgang/rapportages/..%2f..%2fetc/pdf",
        "/urgentie.csv?gemeente=..%2f..%2fetc%2fpasswd",
    ] {
        let res = server.get(path).await;
        let status = res.status_code().as_u16();
        assert!((400..500).contains(&status), "{path} → {status}");
        let body = res.text();
        assert!(!body.contains("root:x:0:0") && !body.contains("[package]"), "{path} leaked a file");
    }
    // An uploaded file's name is kept without folders or control characters, and no file is written.
    let token = csrf_of(&server.get("/").await.text()).unwrap();
    assert_eq!(upload_fixture(&server, &token, "../../../tmp/ww-aanval.json").await, 303);
    assert_eq!(upload_fixture(&server, &token, "..\\..\\Windows\\ww-aanval.json").await, 303);
    assert!(!std::path::Path::new("/tmp/ww-aanval.json").exists());
    let imports = store.imports(1, 10).await.unwrap().items;
    assert_eq!(imports.len(), 2, "the files themselves were good and imported");
    for import in imports {
        assert_eq!(import.file_name, "ww-aanval.json");
    }
}
