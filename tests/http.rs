//! HTTP tests through the real router on a fresh SQLite database per test: login, CSRF refusal,
//! role checks, validation errors, audit records, languages, security headers and the JSON API.

mod common;

use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum_test::{TestResponse, TestServer};
use common::{PASSWORD, add_user};
use tempfile::TempDir;
use wijkwijzer::build_router;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::{Page, Programme, ProgrammeInput};
use wijkwijzer::domain::revision::RevisionNote;
use wijkwijzer::http::{AppState, WebSettings};
use wijkwijzer::store::{AuditFilter, Store};

struct TestApp {
    server: TestServer,
    store: Store,
    _dir: TempDir,
}

async fn spawn_app_with(settings: WebSettings) -> TestApp {
    let (store, dir) = common::sqlite_store().await;
    let server = TestServer::builder().save_cookies().build(build_router(AppState::new(store.clone(), settings)));
    TestApp { server, store, _dir: dir }
}

async fn spawn_app() -> TestApp {
    spawn_app_with(WebSettings::default()).await
}

fn h(name: &'static str) -> HeaderName {
    HeaderName::from_static(name)
}

fn v(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).unwrap()
}

/// The value of the hidden CSRF field on a page.
fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

impl TestApp {
    async fn login(&self, email: &str, password: &str) -> TestResponse {
        self.server.post("/inloggen").form(&[("email", email), ("password", password), ("terug", "/")]).await
    }

    async fn login_as(&self, email: &str, is_admin: bool) -> wijkwijzer::domain::user::User {
        let u = add_user(&self.store, email, is_admin).await;
        let res = self.login(email, PASSWORD).await;
        assert_eq!(res.status_code(), StatusCode::SEE_OTHER, "{}", res.text());
        u
    }

    /// The current session's CSRF token, as a form on any page carries it.
    async fn csrf(&self) -> String {
        csrf_of(&self.server.get("/account").await.text())
    }

    async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.server.post(path).form(&all).await
    }

    /// A programme's audit records, newest first.
    async fn history(&self, programme_id: i64) -> Vec<wijkwijzer::domain::audit::AuditRecord> {
        let filter = AuditFilter { programme_id: Some(programme_id) };
        self.store.audit_records(filter, 1, 100).await.unwrap().items
    }

    async fn programme(&self, name: &str, published: &[Page]) -> Programme {
        let input = ProgrammeInput {
            name: name.into(),
            municipality_code: "GM0599".into(),
            municipality_name: "Rotterdam".into(),
            start_year: "2024".into(),
            horizon_year: "2044".into(),
            layout_year: "2024".into(),
            areas: "WK059910 Feijenoord".into(),
            description: String::new(),
        };
        let p = self.store.create_programme(&Actor::system("test"), &input.parse().unwrap()).await.unwrap();
        self.store.set_published_pages(&Actor::system("test"), p.id, published).await.unwrap()
    }
}

#[tokio::test]
async fn health_answers_200_while_the_database_answers_and_503_after() {
    let app = spawn_app().await;
    app.server.get("/health").await.assert_status_ok();
    app.store.close().await;
    app.server.get("/health").await.assert_status(StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn pages_are_dutch_by_default_and_english_when_the_browser_asks() {
    let app = spawn_app().await;
    let nl = app.server.get("/").await.text();
    assert!(nl.contains("<html lang=\"nl\">"));
    assert!(nl.contains("Naar de inhoud"));
    let en = app.server.get("/").add_header(h("accept-language"), v("en-GB,en;q=0.9")).await.text();
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Skip to content"));
}

#[tokio::test]
async fn the_language_switch_remembers_the_choice_and_returns_to_the_page() {
    let app = spawn_app().await;
    let res = app.server.post("/taal").form(&[("lang", "en"), ("terug", "/inloggen")]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/inloggen");
    assert!(app.server.get("/inloggen").await.text().contains("<html lang=\"en\">"));
    // An outside address is never a place to return to.
    let res = app.server.post("/taal").form(&[("lang", "nl"), ("terug", "https://evil.example/")]).await;
    assert_eq!(res.header("location"), "/");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/inloggen", "/static/style.css", "/bestaat-niet", "/api/v1/openapi.json"] {
        let res = app.server.get(path).await;
        let csp = res.header("content-security-policy");
        let csp = csp.to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(res.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(res.header("referrer-policy"), "same-origin", "{path}");
    }
}

#[tokio::test]
async fn pages_make_no_external_requests() {
    let app = spawn_app().await;
    app.login_as("admin@x.nl", true).await;
    app.programme("P", &[]).await;
    for path in ["/", "/programmas/1", "/programmas/nieuw", "/account", "/beheer/gebruikers"] {
        let html = app.server.get(path).await.text();
        for attr in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "<script", "style=\""] {
            assert!(!html.contains(attr), "{path} contains {attr}");
        }
    }
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_address_get_the_same_answer() {
    let app = spawn_app().await;
    add_user(&app.store, "anna@x.nl", false).await;
    let wrong = app.login("anna@x.nl", "helemaal verkeerd wachtwoord").await;
    let unknown = app.login("niemand@x.nl", "helemaal verkeerd wachtwoord").await;
    assert_eq!(wrong.status_code(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status_code(), StatusCode::UNAUTHORIZED);
    assert!(wrong.text().contains("Het e-mailadres of het wachtwoord klopt niet."));
    assert_eq!(wrong.text().replace("anna@x.nl", "E"), unknown.text().replace("niemand@x.nl", "E"));
    assert!(wrong.maybe_header("set-cookie").is_none());
}

#[tokio::test]
async fn an_empty_login_form_is_shown_again_with_messages_next_to_the_fields() {
    let app = spawn_app().await;
    let res = app.server.post("/inloggen").form(&[("email", "geen-adres"), ("password", "")]).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(html.contains("value=\"geen-adres\""), "the typed address is kept");
    assert!(html.contains("id=\"f-email-error\""));
    assert!(html.contains("Vul een geldig e-mailadres in"));
    assert!(html.contains("id=\"f-password-error\""));
}

#[tokio::test]
async fn logging_in_sets_a_safe_session_cookie_and_the_header_shows_who_you_are() {
    let app = spawn_app().await;
    add_user(&app.store, "anna@x.nl", false).await;
    let res = app
        .server
        .post("/inloggen")
        .form(&[("email", "anna@x.nl"), ("password", PASSWORD), ("terug", "/account")])
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/account");
    let cookie = res.header("set-cookie").to_str().unwrap().to_string();
    assert!(cookie.starts_with("ww_session="));
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http by default");
    for path in ["/", "/account", "/bestaat-niet"] {
        let html = app.server.get(path).await.text();
        assert!(html.contains("Ingelogd als anna"), "{path}");
        assert!(html.contains(">Uitloggen</button>"), "{path}");
    }
}

#[tokio::test]
async fn cookies_are_secure_when_configured_for_https() {
    let app = spawn_app_with(WebSettings { secure_cookies: true, ..WebSettings::default() }).await;
    add_user(&app.store, "anna@x.nl", false).await;
    let res = app.login("anna@x.nl", PASSWORD).await;
    assert!(res.header("set-cookie").to_str().unwrap().contains("Secure"));
}

#[tokio::test]
async fn a_login_never_redirects_to_another_site() {
    let app = spawn_app().await;
    add_user(&app.store, "anna@x.nl", false).await;
    let res = app
        .server
        .post("/inloggen")
        .form(&[("email", "anna@x.nl"), ("password", PASSWORD), ("terug", "//evil.example")])
        .await;
    assert_eq!(res.header("location"), "/");
}

#[tokio::test]
async fn logging_out_ends_the_session() {
    let app = spawn_app().await;
    app.login_as("anna@x.nl", false).await;
    let res = app.post_form("/uitloggen", &[]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert!(res.header("set-cookie").to_str().unwrap().contains("Max-Age=0"));
    // Even a copy of the old cookie no longer works: the session is gone from the database.
    let res = app.server.get("/account").await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/inloggen?terug=%2Faccount");
}

#[tokio::test]
async fn repeated_failed_logins_are_refused_for_a_while_even_with_the_right_password() {
    let app = spawn_app().await;
    add_user(&app.store, "anna@x.nl", false).await;
    for _ in 0..5 {
        app.login("anna@x.nl", "verkeerd verkeerd verkeerd").await.assert_status(StatusCode::UNAUTHORIZED);
    }
    let res = app.login("anna@x.nl", PASSWORD).await;
    res.assert_status(StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().contains("Te veel mislukte pogingen"));
    // Another account from elsewhere is not affected.
    add_user(&app.store, "bert@x.nl", false).await;
    app.login("bert@x.nl", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_form_post_without_the_session_token_is_refused_with_a_clear_page() {
    let app = spawn_app().await;
    app.login_as("admin@x.nl", true).await;
    let res = app.server.post("/programmas").form(&[("name", "Zonder token")]).await;
    res.assert_status(StatusCode::FORBIDDEN);
    let html = res.text();
    assert!(html.contains("Verzoek geweigerd"));
    assert!(html.contains("<html lang=\"nl\">"));
    let res = app.server.post("/programmas").form(&[("name", "Fout token"), ("csrf_token", "nep")]).await;
    res.assert_status(StatusCode::FORBIDDEN);
    assert!(
        app.store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap().is_empty(),
        "nothing was written"
    );
}

#[tokio::test]
async fn a_cross_site_post_is_refused_even_with_a_valid_token() {
    let app = spawn_app().await;
    app.login_as("admin@x.nl", true).await;
    let token = app.csrf().await;
    let res = app
        .server
        .post("/uitloggen")
        .add_header(h("sec-fetch-site"), v("cross-site"))
        .form(&[("csrf_token", token.as_str())])
        .await;
    res.assert_status(StatusCode::FORBIDDEN);
    assert!(res.text().contains("Verzoek geweigerd"));
    let res = app
        .server
        .post("/uitloggen")
        .add_header(h("origin"), v("https://evil.example"))
        .add_header(h("host"), v("localhost"))
        .form(&[("csrf_token", token.as_str())])
        .await;
    res.assert_status(StatusCode::FORBIDDEN);
    // Still logged in: neither request got through.
    app.server.get("/account").await.assert_status_ok();
}

#[tokio::test]
async fn an_administrator_creates_a_programme_and_the_change_is_audited() {
    let app = spawn_app().await;
    let admin = app.login_as("admin@x.nl", true).await;
    let form = app.server.get("/programmas/nieuw").await.text();
    let year = time::OffsetDateTime::now_utc().year();
    assert!(
        form.contains(&format!("value=\"{year}\"")) && form.contains(&format!("value=\"{}\"", year + 20)),
        "start this year, a generation ahead"
    );
    let res = app
        .post_form(
            "/programmas",
            &[
                ("name", "Wijkaanpak Zuid"),
                ("municipality_code", "GM0599"),
                ("municipality_name", "Rotterdam"),
                ("start_year", "2024"),
                ("horizon_year", "2044"),
                ("layout_year", "2024"),
                ("areas", "WK059910 Feijenoord\nWK059915 Charlois"),
                ("description", "Samen aan de slag."),
            ],
        )
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    let location = res.header("location").to_str().unwrap().to_string();
    assert!(location.starts_with("/programmas/1"), "{location}");
    let page = app.server.get(&location).await.text();
    assert!(page.contains("Wijkaanpak Zuid") && page.contains("Aangemaakt."));
    for step in ["Urgentie", "Coalitie", "Agenda", "Randvoorwaarden", "Uitvoeren"] {
        assert!(page.contains(step), "{step}");
    }
    assert!(page.contains("2 gebieden"));
    let audit = app.history(1).await;
    assert_eq!(audit[0].action, "create");
    assert_eq!(audit[0].actor_id, Some(admin.id));
    // The history page shows it too.
    assert!(app.server.get("/programmas/1/geschiedenis").await.text().contains("Wijkaanpak aangemaakt"));
}

#[tokio::test]
async fn an_invalid_programme_form_keeps_the_input_and_explains_each_field() {
    let app = spawn_app().await;
    app.login_as("admin@x.nl", true).await;
    let res = app
        .post_form(
            "/programmas",
            &[
                ("name", "Mijn <wijk>"),
                ("municipality_code", "GM0599"),
                ("municipality_name", "Rotterdam"),
                ("start_year", "2030"),
                ("horizon_year", "2020"),
                ("layout_year", "2024"),
                ("areas", "WK059910\nWK036301 Burgwallen"),
            ],
        )
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text();
    assert!(
        html.contains("value=\"Mijn &#60;wijk&#62;\"") || html.contains("value=\"Mijn &lt;wijk&gt;\""),
        "typed name kept, escaped"
    );
    assert!(html.contains("WK036301 Burgwallen</textarea>"), "typed areas kept");
    assert!(html.contains("Het horizonjaar moet na het startjaar liggen."));
    assert!(html.contains("Regel 2: WK036301 ligt niet in gemeente GM0599."));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("href=\"#f-horizon_year\""), "the summary links to the field");
    let summary = html.split("error-summary").nth(1).unwrap();
    let horizon = summary.find("Horizonjaar: Het horizonjaar moet na het startjaar liggen.").expect("labelled");
    let areas = summary.find("Gebieden (één per regel): Regel 2:").expect("labelled");
    assert!(horizon < areas, "the summary follows the order of the form");
    assert!(app.store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap().is_empty());
}

#[tokio::test]
async fn free_text_is_escaped_everywhere_it_is_shown() {
    let app = spawn_app().await;
    app.login_as("admin@x.nl", true).await;
    let p = app.programme("<script>alert(1)</script>", &[Page::Overview]).await;
    for path in ["/".to_string(), format!("/programmas/{}", p.id), "/gemeenten/GM0599".into()] {
        let html = app.server.get(&path).await.text();
        assert!(!html.contains("<script>alert(1)"), "{path}");
        assert!(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"), "{path}");
    }
}

/// The role matrix: for each kind of visitor, which programme routes answer how.
#[tokio::test]
async fn each_role_gets_exactly_its_rights_on_every_programme_route() {
    let mut app = spawn_app().await;
    let hidden = app.programme("Verborgen", &[]).await;
    let id = hidden.id;
    let manager = add_user(&app.store, "beheerder@x.nl", false).await;
    let partner = add_user(&app.store, "partner@x.nl", false).await;
    let reader = add_user(&app.store, "lezer@x.nl", false).await;
    add_user(&app.store, "buiten@x.nl", false).await;
    add_user(&app.store, "admin@x.nl", true).await;
    let actor = Actor::system("test");
    app.store.set_member_role(&actor, id, manager.id, Role::Manager).await.unwrap();
    app.store.set_member_role(&actor, id, partner.id, Role::Partner).await.unwrap();
    app.store.set_member_role(&actor, id, reader.id, Role::Reader).await.unwrap();

    let routes = [
        format!("/programmas/{id}"),
        format!("/programmas/{id}/leden"),
        format!("/programmas/{id}/bewerken"),
        format!("/programmas/{id}/publicatie"),
        format!("/programmas/{id}/geschiedenis"),
        format!("/programmas/{id}/verwijderen"),
        "/programmas/nieuw".to_string(),
        "/beheer/gebruikers".to_string(),
        "/beheer/geschiedenis".to_string(),
        format!("/programmas/{id}/verhalen"),
        format!("/programmas/{id}/verhalen/nieuw"),
        format!("/programmas/{id}/stand"),
        format!("/programmas/{id}/stand/bewerken"),
        format!("/programmas/{id}/coalitie"),
        format!("/programmas/{id}/coalitie/partijen/nieuw"),
        format!("/programmas/{id}/agenda"),
        format!("/programmas/{id}/agenda/visie"),
        format!("/programmas/{id}/agenda/doelen/nieuw"),
        format!("/programmas/{id}/agenda/maatregelen"),
        format!("/programmas/{id}/agenda/maatregelen/nieuw"),
        format!("/programmas/{id}/agenda/plannen"),
        format!("/programmas/{id}/agenda/financiering"),
        format!("/programmas/{id}/agenda/wie-doet-wat"),
        format!("/programmas/{id}/agenda/bewonersagenda"),
        format!("/programmas/{id}/agenda/wijkdeal"),
        format!("/programmas/{id}/agenda/begroting.csv"),
        format!("/programmas/{id}/randvoorwaarden"),
        format!("/programmas/{id}/voortgang"),
    ];
    // 200 = allowed, 303 = log in first, 403 = not for your role.
    let expected: [(&str, [u16; 28]); 6] = [
        ("", [303; 28]),
        ("buiten@x.nl", [403; 28]),
        (
            "lezer@x.nl",
            [
                200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403, 200, 403, 200, 403, 200, 403, 403, 200, 403,
                403, 200, 200, 200, 200, 200, 200, 200,
            ],
        ),
        (
            "partner@x.nl",
            [
                200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 403, 200, 403, 200, 403, 403, 200, 403,
                403, 200, 200, 200, 200, 200, 200, 200,
            ],
        ),
        (
            "beheerder@x.nl",
            [
                200, 200, 200, 200, 200, 403, 403, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
                200, 200, 200, 200, 200, 200, 200, 200,
            ],
        ),
        ("admin@x.nl", [200; 28]),
    ];
    for (who, codes) in expected {
        app.server.clear_cookies();
        if !who.is_empty() {
            app.login(who, PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
        }
        for (route, code) in routes.iter().zip(codes) {
            let got = app.server.get(route).await.status_code().as_u16();
            assert_eq!(got, code, "{who} GET {route}");
        }
    }
}

#[tokio::test]
async fn state_changes_are_refused_for_roles_without_the_right() {
    let app = spawn_app().await;
    let p = app.programme("P", &[]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    let edit = app.post_form(&format!("/programmas/{}/bewerken", p.id), &[("name", "Gekaapt")]).await;
    edit.assert_status(StatusCode::FORBIDDEN);
    let add = app
        .post_form(&format!("/programmas/{}/leden", p.id), &[("email", "partner@x.nl"), ("role", "beheerder")])
        .await;
    add.assert_status(StatusCode::FORBIDDEN);
    let publish = app.post_form(&format!("/programmas/{}/publicatie", p.id), &[("pagina_overzicht", "1")]).await;
    publish.assert_status(StatusCode::FORBIDDEN);
    let delete = app.post_form(&format!("/programmas/{}/verwijderen", p.id), &[]).await;
    delete.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.programme(p.id).await.unwrap().name, "P");
    assert_eq!(app.store.role_in(partner.id, p.id).await.unwrap(), Some(Role::Partner));
}

#[tokio::test]
async fn the_public_sees_a_programme_only_once_its_overview_is_published() {
    let app = spawn_app().await;
    let open = app.programme("Open", &[Page::Overview]).await;
    let closed = app.programme("Dicht", &[]).await;
    let home = app.server.get("/").await.text();
    assert!(home.contains("Open") && !home.contains("Dicht"));
    let page = app.server.get(&format!("/programmas/{}", open.id)).await;
    page.assert_status_ok();
    let html = page.text();
    assert!(!html.contains("Leden"), "no internal links for the public");
    assert!(!html.contains("Coalitie"), "unpublished steps stay hidden");
    app.server.get(&format!("/programmas/{}", closed.id)).await.assert_status(StatusCode::SEE_OTHER);
    app.server.get("/programmas/999").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_publishes_pages_and_manages_members() {
    let app = spawn_app().await;
    let p = app.programme("P", &[]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    add_user(&app.store, "nieuw@x.nl", false).await;

    let res = app
        .post_form(&format!("/programmas/{}/publicatie", p.id), &[("pagina_overzicht", "1"), ("pagina_agenda", "1")])
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    let after = app.store.programme(p.id).await.unwrap();
    assert!(
        after.is_published(Page::Overview) && after.is_published(Page::Agenda) && !after.is_published(Page::Urgency)
    );

    let unknown =
        app.post_form(&format!("/programmas/{}/leden", p.id), &[("email", "onbekend@x.nl"), ("role", "lezer")]).await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = unknown.text();
    assert!(html.contains("Er is geen actief account met dit e-mailadres."));
    assert!(html.contains("value=\"onbekend@x.nl\""));

    let res =
        app.post_form(&format!("/programmas/{}/leden", p.id), &[("email", "nieuw@x.nl"), ("role", "partner")]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    let members = app.server.get(&format!("/programmas/{}/leden", p.id)).await.text();
    assert!(members.contains("nieuw@x.nl") && members.contains("Partner"));

    // Removing asks for confirmation first.
    let new_id = app.store.members(p.id).await.unwrap().iter().find(|m| m.email == "nieuw@x.nl").unwrap().user_id;
    let confirm = app.server.get(&format!("/programmas/{}/leden/{new_id}/verwijderen", p.id)).await.text();
    assert!(confirm.contains("verwijderen als lid?"));
    app.post_form(&format!("/programmas/{}/leden/{new_id}/verwijderen", p.id), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.members(p.id).await.unwrap().len(), 1);
    let history = app.history(p.id).await;
    assert!(history.iter().any(|r| r.entity == "membership" && r.action == "delete" && r.actor_id == Some(manager.id)));
}

#[tokio::test]
async fn archiving_a_programme_asks_first_and_keeps_its_history() {
    let app = spawn_app().await;
    let p = app.programme("Weg", &[Page::Overview]).await;
    app.login_as("admin@x.nl", true).await;
    let confirm = app.server.get(&format!("/programmas/{}/verwijderen", p.id)).await.text();
    assert!(confirm.contains("Weg archiveren?"));
    let res = app.post_form(&format!("/programmas/{}/verwijderen", p.id), &[]).await;
    assert_eq!(res.header("location"), "/?melding=verwijderd");
    app.server.get(&format!("/programmas/{}", p.id)).await.assert_status(StatusCode::NOT_FOUND);
    let history = app.history(p.id).await;
    assert_eq!(history[0].action, "delete");
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = spawn_app().await;
    let u = app.login_as("anna@x.nl", false).await;
    let other = app.store.create_session(u.id, time::Duration::hours(1)).await.unwrap();
    let res = app
        .post_form(
            "/account/wachtwoord",
            &[
                ("current_password", "fout fout fout fout"),
                ("new_password", "nieuw lang wachtwoord"),
                ("confirm_password", "nieuw lang wachtwoord"),
            ],
        )
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().contains("Het huidige wachtwoord klopt niet."));
    let res = app
        .post_form(
            "/account/wachtwoord",
            &[
                ("current_password", PASSWORD),
                ("new_password", "nieuw lang wachtwoord"),
                ("confirm_password", "anders"),
            ],
        )
        .await;
    assert!(res.text().contains("De twee nieuwe wachtwoorden zijn niet gelijk."));
    let res = app
        .post_form(
            "/account/wachtwoord",
            &[
                ("current_password", PASSWORD),
                ("new_password", "nieuw lang wachtwoord"),
                ("confirm_password", "nieuw lang wachtwoord"),
            ],
        )
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert!(app.store.session(&other, time::Duration::hours(1)).await.unwrap().is_none(), "other session ended");
    app.server.get("/account").await.assert_status_ok();
    app.post_form("/uitloggen", &[]).await;
    app.login("anna@x.nl", PASSWORD).await.assert_status(StatusCode::UNAUTHORIZED);
    app.login("anna@x.nl", "nieuw lang wachtwoord").await.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_administrator_creates_accounts_and_cannot_lock_themselves_out() {
    let app = spawn_app().await;
    let admin = app.login_as("admin@x.nl", true).await;
    let res = app
        .post_form("/beheer/gebruikers", &[("email", "p@woonstad.nl"), ("display_name", "Piet"), ("password", "kort")])
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().contains("minstens 12 tekens") && res.text().contains("value=\"Piet\""));
    app.post_form(
        "/beheer/gebruikers",
        &[("email", "p@woonstad.nl"), ("display_name", "Piet"), ("password", PASSWORD)],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let dup = app.post_form("/beheer/gebruikers", &[("email", "P@woonstad.nl"), ("password", PASSWORD)]).await;
    assert!(dup.text().contains("Er bestaat al een account met dit e-mailadres."));
    assert!(app.server.get("/beheer/gebruikers").await.text().contains("p@woonstad.nl"));
    let res = app.post_form(&format!("/beheer/gebruikers/{}", admin.id), &[("disabled", "1"), ("is_admin", "1")]).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().contains("U kunt uzelf geen beheerrechten afnemen of blokkeren."));
}

#[tokio::test]
async fn a_blocked_account_cannot_log_in() {
    let app = spawn_app().await;
    let u = add_user(&app.store, "weg@x.nl", false).await;
    app.store.update_user_flags(&Actor::system("test"), u.id, false, true).await.unwrap();
    app.login("weg@x.nl", PASSWORD).await.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_in_the_readers_language() {
    let app = spawn_app().await;
    let res = app.server.get("/bestaat-niet").add_header(h("accept-language"), v("en")).await;
    res.assert_status(StatusCode::NOT_FOUND);
    assert!(res.text().contains("Page not found"));
    let res = app.server.get("/api/v1/bestaat-niet").await;
    res.assert_status(StatusCode::NOT_FOUND);
    let body: serde_json::Value = res.json();
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn the_api_authenticates_scripts_by_token() {
    let app = spawn_app().await;
    let u = add_user(&app.store, "script@x.nl", true).await;
    let (_, token) = app.store.create_api_token(&Actor::system("test"), u.id, "script").await.unwrap();
    let res = app.server.get("/api/v1/me").await;
    res.assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(res.json::<serde_json::Value>()["error"]["code"], "unauthorised");
    let me: serde_json::Value = app.server.get("/api/v1/me").authorization_bearer(&token).await.json();
    assert_eq!(me["email"], "script@x.nl");
    app.server.get("/api/v1/me").authorization_bearer("ww_nep").await.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_api_creates_programmes_with_the_same_validation_as_the_form() {
    let app = spawn_app().await;
    let admin = add_user(&app.store, "admin@x.nl", true).await;
    let (_, token) = app.store.create_api_token(&Actor::system("test"), admin.id, "script").await.unwrap();
    let bad = serde_json::json!({
        "name": "", "municipality_code": "GM0599", "municipality_name": "Rotterdam",
        "start_year": 2024, "horizon_year": 2020, "areas": [{"code": "WK999999"}]
    });
    let res = app.server.post("/api/v1/programmes").authorization_bearer(&token).json(&bad).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json();
    assert_eq!(body["error"]["code"], "validation");
    assert_eq!(body["error"]["fields"]["name"], "Dit veld is verplicht.");
    assert!(body["error"]["fields"]["areas"].as_str().unwrap().contains("WK999999"));
    let good = serde_json::json!({
        "name": "Via API", "municipality_code": "GM0599", "municipality_name": "Rotterdam",
        "start_year": 2024, "horizon_year": 2044, "areas": [{"code": "WK059910", "name": "Feijenoord"}]
    });
    let res = app.server.post("/api/v1/programmes").authorization_bearer(&token).json(&good).await;
    res.assert_status(StatusCode::CREATED);
    let p: serde_json::Value = res.json();
    assert_eq!(p["areas"][0]["layout_year"], 2024);
    let list: serde_json::Value = app.server.get("/api/v1/programmes").authorization_bearer(&token).await.json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    // Without a token the unpublished programme is invisible.
    let public: serde_json::Value = app.server.get("/api/v1/programmes").await.json();
    assert!(public.as_array().unwrap().is_empty());
}

#[tokio::test]
async fn the_api_refuses_non_administrators_and_browser_writes_without_the_token_header() {
    let app = spawn_app().await;
    app.login_as("anna@x.nl", false).await;
    let body = serde_json::json!({"email": "x@y.nl", "password": PASSWORD});
    let res = app.server.post("/api/v1/users").add_header(h("x-csrf-token"), v(&app.csrf().await)).json(&body).await;
    res.assert_status(StatusCode::FORBIDDEN);
    let res = app.server.post("/api/v1/users").json(&body).await;
    res.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(res.json::<serde_json::Value>()["error"]["code"], "csrf");
}

#[tokio::test]
async fn the_openapi_document_describes_programmes_and_users() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.server.get("/api/v1/openapi.json").await.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/programmes",
        "/api/v1/programmes/{id}",
        "/api/v1/programmes/{id}/members",
        "/api/v1/users",
        "/api/v1/me",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["schemas"].get("ProgrammeDto").is_some());
    assert!(doc["components"]["securitySchemes"].get("bearer").is_some());
}

#[tokio::test]
async fn api_tokens_are_created_shown_once_and_revoked_from_the_account_page() {
    let app = spawn_app().await;
    app.login_as("anna@x.nl", false).await;
    let empty = app.post_form("/account/tokens", &[("token_name", "")]).await;
    empty.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text().contains("Dit veld is verplicht."));
    let html = app.post_form("/account/tokens", &[("token_name", "import")]).await.text();
    let start = html.find("ww_").expect("token shown");
    let token: String =
        html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
    assert_eq!(
        app.server.get("/api/v1/me").authorization_bearer(&token).await.json::<serde_json::Value>()["email"],
        "anna@x.nl"
    );
    assert!(!app.server.get("/account").await.text().contains(&token), "shown only once");
    let res = app.post_form("/account/tokens/1/intrekken", &[]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    app.server.get("/api/v1/me").authorization_bearer(&token).await.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_municipality_page_lists_its_programmes() {
    let app = spawn_app().await;
    app.programme("Zuid", &[Page::Overview]).await;
    let html = app.server.get("/gemeenten/GM0599").await.text();
    assert!(html.contains("Gemeente Rotterdam") && html.contains("Zuid"));
    let html = app.server.get("/gemeenten/GM0363").await.text();
    assert!(html.contains("Er zijn (nog) geen zichtbare wijkaanpakken"));
    app.server.get("/gemeenten/onzin").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_edits_the_programme_and_its_members_through_the_api() {
    let app = spawn_app().await;
    let p = app.programme("API", &[]).await;
    let manager = add_user(&app.store, "beheerder@x.nl", false).await;
    let partner = add_user(&app.store, "partner@x.nl", false).await;
    let actor = Actor::system("test");
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let (_, token) = app.store.create_api_token(&actor, manager.id, "script").await.unwrap();
    let base = format!("/api/v1/programmes/{}", p.id);

    let res = app
        .server
        .put(&format!("{base}/members/{}", partner.id))
        .authorization_bearer(&token)
        .json(&serde_json::json!({"role": "eigenaar"}))
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .server
        .put(&format!("{base}/members/{}", partner.id))
        .authorization_bearer(&token)
        .json(&serde_json::json!({"role": "partner"}))
        .await;
    res.assert_status(StatusCode::NO_CONTENT);
    let members: serde_json::Value =
        app.server.get(&format!("{base}/members")).authorization_bearer(&token).await.json();
    let roles: Vec<&str> = members.as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["beheerder", "partner"]);

    let body = serde_json::json!({
        "name": "API hernoemd", "municipality_code": "GM0599", "municipality_name": "Rotterdam",
        "start_year": 2024, "horizon_year": 2044, "areas": [{"code": "BU05991081", "name": "Bloemhof"}]
    });
    let updated: serde_json::Value = app.server.put(&base).authorization_bearer(&token).json(&body).await.json();
    assert_eq!(updated["name"], "API hernoemd");
    assert_eq!(updated["areas"][0]["code"], "BU05991081");

    app.server
        .delete(&format!("{base}/members/{}", partner.id))
        .authorization_bearer(&token)
        .await
        .assert_status(StatusCode::NO_CONTENT);
    // A manager may not archive the programme: only site administrators may.
    app.server.delete(&base).authorization_bearer(&token).await.assert_status(StatusCode::FORBIDDEN);
    let history = app.history(p.id).await;
    assert!(history.iter().all(|r| r.actor_id.is_none() || r.actor_id == Some(manager.id)));
    assert_eq!(history.iter().filter(|r| r.actor_id == Some(manager.id)).count(), 3);
}

/// Loneliness (RIVM 50090NED) for Rotterdam and Bloemhof: 2016 without a figure, 2020 with `bloemhof_2020`.
fn eenzaam_dataset(bloemhof_2020: f64) -> wijkwijzer::domain::statistics::Dataset {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Dataset, IndicatorMeta, Period, Record};
    Dataset {
        source_table: "50090NED".into(),
        layout_year: Some(2020),
        areas: vec![
            AreaName { code: AreaCode::parse("GM0599").unwrap(), name: "Rotterdam".into() },
            AreaName { code: AreaCode::parse("BU05991081").unwrap(), name: "Bloemhof".into() },
        ],
        indicators: vec![IndicatorMeta {
            key: "Eenzaam_28".into(),
            title: "Eenzaam".into(),
            unit: "%".into(),
            description: String::new(),
        }],
        variants: vec!["Leeftijd=20300;Marges=MW00000".into()],
        periods: vec![Period::from_statline("2016JJ00").unwrap(), Period::from_statline("2020JJ00").unwrap()],
        records: vec![
            Record { area: 0, period: 1, variant: 0, cells: vec![(0, Cell::Value { value: 55.7, symbol: None })] },
            Record { area: 1, period: 0, variant: 0, cells: vec![(0, Cell::Missing('.'))] },
            Record {
                area: 1,
                period: 1,
                variant: 0,
                cells: vec![(0, Cell::Value { value: bloemhof_2020, symbol: None })],
            },
        ],
        ..Default::default()
    }
}

#[tokio::test]
async fn the_public_api_serves_areas_figures_and_the_indicator_catalogue() {
    let app = spawn_app().await;
    let d = eenzaam_dataset(63.8);
    app.store.import_dataset(&Actor::system("test"), "t", "test", &d).await.unwrap();

    let page: serde_json::Value = app.server.get("/api/v1/areas?level=buurt&municipality=GM0599").await.json();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["name"], "Bloemhof");
    assert_eq!(page["items"][0]["parent_code"], "WK059910");
    let bad = app.server.get("/api/v1/areas?level=provincie").await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.json::<serde_json::Value>()["error"]["fields"]["level"].as_str().unwrap().contains("buurt"));

    let area: serde_json::Value = app.server.get("/api/v1/areas/bu05991081").await.json();
    assert_eq!((area["level"].as_str(), area["layout_year"].as_i64()), (Some("buurt"), Some(2020)));
    app.server.get("/api/v1/areas/BU99999999").await.assert_status(StatusCode::NOT_FOUND);

    let all: serde_json::Value = app.server.get("/api/v1/areas/BU05991081/observations").await.json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["period"], "2016");
    assert_eq!(all[0]["value"], serde_json::Value::Null, "no figure is null, never 0");
    assert_eq!(all[0]["symbol"], ".");
    assert_eq!(all[1]["value"], 63.8);
    assert_eq!(all[1]["theme"], "samenleven");
    let one: serde_json::Value = app.server.get("/api/v1/areas/BU05991081/observations?period=2020").await.json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    app.server
        .get("/api/v1/areas/BU05991081/observations?period=vorig-jaar")
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    let indicators: serde_json::Value = app.server.get("/api/v1/indicators").await.json();
    let eenzaam = &indicators[0];
    assert_eq!(
        (eenzaam["key"].as_str(), eenzaam["polarity"].as_str(), eenzaam["in_scan"].as_bool()),
        (Some("Eenzaam_28"), Some("hoger-slechter"), Some(true))
    );
    assert_eq!(eenzaam["periods"], serde_json::json!(["2016", "2020"]));
    let doc: serde_json::Value = app.server.get("/api/v1/openapi.json").await.json();
    for path in ["/api/v1/areas", "/api/v1/areas/{code}", "/api/v1/areas/{code}/observations", "/api/v1/indicators"] {
        assert!(doc["paths"].get(path).is_some(), "{path}");
    }
}

#[tokio::test]
async fn administrators_and_beheerders_classify_indicators_but_composition_is_never_scored() {
    use wijkwijzer::domain::programme::AreaCode;
    use wijkwijzer::domain::statistics::{AreaName, Cell, Dataset, IndicatorMeta, Period, Record};
    let mut app = spawn_app().await;
    let d = Dataset {
        source_table: "EIGEN01".into(),
        layout_year: Some(2020),
        areas: vec![AreaName { code: AreaCode::parse("GM0599").unwrap(), name: "Rotterdam".into() }],
        indicators: vec![
            IndicatorMeta { key: "Tevredenheid".into(), title: "Tevreden over de buurt".into(), ..Default::default() },
            IndicatorMeta { key: "Herkomst".into(), title: "% met migratieachtergrond".into(), ..Default::default() },
        ],
        variants: vec![String::new()],
        periods: vec![Period::from_statline("2020").unwrap()],
        records: vec![Record {
            area: 0,
            period: 0,
            variant: 0,
            cells: vec![(0, Cell::Value { value: 7.1, symbol: None }), (1, Cell::Value { value: 40.0, symbol: None })],
        }],
        ..Default::default()
    };
    app.store.import_dataset(&Actor::system("test"), "t", "test", &d).await.unwrap();

    // Someone who manages no programme may not.
    app.login_as("lezer@x.nl", false).await;
    app.server.get("/beheer/indicatoren").await.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();

    // A beheerder of a programme may.
    let p = app.programme("P", &[]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let html = app.server.get("/beheer/indicatoren").await.text();
    assert!(html.contains("Tevreden over de buurt") && html.contains("2 indicatoren"));
    assert!(html.contains("Bevolkingssamenstelling: alleen context"), "composition is marked");
    let bad = app
        .post_form(
            "/beheer/indicatoren",
            &[("source_table", "EIGEN01"), ("key", "Tevredenheid"), ("theme", "geluk"), ("polarity", "hoger-beter")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Opgave: Kies een van de opgaven."));
    let ok = app
        .post_form(
            "/beheer/indicatoren",
            &[
                ("source_table", "EIGEN01"),
                ("key", "Tevredenheid"),
                ("theme", "samenleven"),
                ("polarity", "hoger-beter"),
                ("in_scan", "1"),
            ],
        )
        .await;
    ok.assert_status(StatusCode::SEE_OTHER);
    let c = app.store.indicator_classification("EIGEN01", "Tevredenheid", "").await.unwrap().unwrap();
    assert!(c.in_scan && c.polarity == wijkwijzer::domain::catalogue::Polarity::HigherIsBetter);
    // Asking to score the composition column changes nothing about that.
    app.post_form(
        "/beheer/indicatoren",
        &[
            ("source_table", "EIGEN01"),
            ("key", "Herkomst"),
            ("theme", "samenleven"),
            ("polarity", "hoger-slechter"),
            ("in_scan", "1"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let c = app.store.indicator_classification("EIGEN01", "Herkomst", "").await.unwrap().unwrap();
    assert!(c.composition && !c.in_scan);
    let audit = app.store.audit_records(AuditFilter::default(), 1, 5).await.unwrap();
    assert_eq!(audit.items[0].action, "classify");
    assert_eq!(audit.items[0].actor_id, Some(manager.id));
}

/// A beheerder uploads StatLine files through the browser: the same importer as the command line,
/// all files of one upload in one transaction, a pointed message for a broken file, typed fields
/// kept, CSRF required, and nobody else may.
#[tokio::test]
async fn a_beheerder_uploads_statistics_files_and_a_broken_upload_stores_nothing() {
    use axum_test::multipart::{MultipartForm, Part};
    let mut app = spawn_app().await;
    let fixture =
        |name: &str| std::fs::read(format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let upload = |token: &str, files: &[(&str, Vec<u8>)], table: &str| {
        let mut form = MultipartForm::new().add_text("csrf_token", token.to_string());
        for (name, bytes) in files {
            form = form.add_part("bestanden", Part::bytes(bytes.clone()).file_name(name.to_string()));
        }
        form.add_text("tabel", table.to_string()).add_text("periode", "").add_text("indeling", "")
    };

    // Anonymous: to the login; a reader of nothing: forbidden.
    app.server.get("/beheer/import").await.assert_status(StatusCode::SEE_OTHER);
    app.login_as("lezer@x.nl", false).await;
    app.server.get("/beheer/import").await.assert_status(StatusCode::FORBIDDEN);
    let token = app.csrf().await;
    let refused = app
        .server
        .post("/beheer/import")
        .multipart(upload(&token, &[("good.json", fixture("good.json"))], "HAND01"))
        .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();

    let p = app.programme("P", &[]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let page = app.server.get("/beheer/import").await.text();
    assert!(page.contains("enctype=\"multipart/form-data\"") && page.contains("Er is nog niets geïmporteerd."));
    let token = app.csrf().await;

    // Without the CSRF token: refused.
    let no_token = MultipartForm::new().add_part("bestanden", Part::bytes(fixture("good.json")).file_name("good.json"));
    app.server.post("/beheer/import").multipart(no_token).await.assert_status(StatusCode::FORBIDDEN);

    // No file: a message next to the field, the typed table name kept.
    let none = app.server.post("/beheer/import").multipart(upload(&token, &[], "MIJN-TABEL")).await;
    none.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.text().contains("Kies ten minste één bestand.") && none.text().contains("value=\"MIJN-TABEL\""));

    // A good file with a broken one: nothing stored, the broken value pointed at.
    let files = [("good.json", fixture("good.json")), ("bad-value.json", fixture("bad-value.json"))];
    let broken = app.server.post("/beheer/import").multipart(upload(&token, &files, "HAND01")).await;
    broken.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        broken.text().contains("bad-value.json, rij 2, kolom Eenzaam_28: &#39;veel&#39; is geen getal"),
        "{}",
        broken.text()
    );
    assert_eq!(app.store.count_values("HAND01").await.unwrap(), 0);
    assert_eq!(app.store.imports(1, 10).await.unwrap().total, 0);

    // The good file alone: stored, listed, audited.
    let ok = app
        .server
        .post("/beheer/import")
        .multipart(upload(&token, &[("good.json", fixture("good.json"))], "HAND01"))
        .await;
    ok.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(ok.header("location"), "/beheer/import?melding=geimporteerd");
    assert_eq!(app.store.count_values("HAND01").await.unwrap(), 2, "55.7 and a missing figure");
    let listed = app.server.get("/beheer/import?melding=geimporteerd").await.text();
    assert!(
        listed.contains("De bestanden zijn geïmporteerd.") && listed.contains("good.json") && listed.contains("HAND01")
    );
    assert!(listed.contains("beheerder@x.nl"), "who imported it");

    // Too large: refused with a clear message, before anything is read.
    let huge = vec![b' '; wijkwijzer::http::frame::MAX_UPLOAD_BYTES + 1024];
    let too_large = app.server.post("/beheer/import").multipart(upload(&token, &[("groot.csv", huge)], "")).await;
    too_large.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_large.text().contains("Te groot om te verwerken"));
}

/// Script and markup in every field of the story form.
const PAYLOAD: &str = "<script>alert('x')</script><img src=x onerror=alert(1)>";

fn assert_inert(html: &str, what: &str) {
    assert!(!html.contains("<script>alert"), "{what}: a script tag got through");
    assert!(!html.contains("<img src=x"), "{what}: markup got through");
}

#[tokio::test]
async fn a_partner_records_a_story_and_every_field_renders_inert() {
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    let form = app.server.get(&format!("/programmas/{}/verhalen/nieuw", p.id)).await;
    form.assert_status_ok();
    let html = form.text();
    assert!(html.contains("<option value=\"WK059910\" selected>"), "the programme's only area is chosen");
    assert!(html.contains("name=\"consent\" value=\"1\" aria-describedby=\"f-consent-hint\">"), "consent starts off");

    // Payloads in every field: refused with a message per field, everything shown back escaped.
    let path = format!("/programmas/{}/verhalen", p.id);
    let all = [
        ("text", PAYLOAD),
        ("role", PAYLOAD),
        ("told_on", PAYLOAD),
        ("area", PAYLOAD),
        ("source", PAYLOAD),
        ("themes", PAYLOAD),
        ("indicators", PAYLOAD),
    ];
    let refused = app.post_form(&path, &all).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert_inert(&html, "refused form");
    assert!(html.contains("Vul een bestaande datum in"), "date message");
    assert!(html.contains("Kies een gebied van dit programma."));
    assert!(html.contains("Kies een van de mogelijkheden."));
    assert!(html.contains("Kies minstens één thema.") || html.contains("Kies uit de lijst."));
    assert!(html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"), "the text is kept, escaped");
    assert!(app.store.stories(p.id, false).await.unwrap().is_empty(), "nothing stored");

    // Free text may hold anything; it is stored as typed and shown inert everywhere.
    let ok = app
        .post_form(
            &path,
            &[
                ("text", PAYLOAD),
                ("role", PAYLOAD),
                ("told_on", "1-10-2026"),
                ("area", "WK059910"),
                ("source", "bewoner"),
                ("themes", "veiligheid"),
                ("themes", "samenleven"),
                ("consent", "1"),
            ],
        )
        .await;
    ok.assert_status(StatusCode::SEE_OTHER);
    let stored = app.store.stories(p.id, false).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].text, PAYLOAD);
    assert_eq!(stored[0].told_on, "2026-10-01");
    assert!(stored[0].consent);
    let id = stored[0].id;
    for page in [
        format!("/programmas/{}/verhalen", p.id),
        format!("/programmas/{}/verhalen/{id}/bewerken", p.id),
        format!("/programmas/{}/verhalen/{id}/verwijderen", p.id),
        format!("/programmas/{}/stand", p.id),
        format!("/programmas/{}", p.id),
    ] {
        let res = app.server.get(&page).await;
        res.assert_status_ok();
        assert_inert(&res.text(), &page);
    }
    assert!(app.server.get(&format!("/programmas/{}", p.id)).await.text().contains("1 verhaal"));
    assert_eq!(app.history(p.id).await[0].entity, "story");
}

#[tokio::test]
async fn a_story_is_public_only_with_consent_on_a_published_urgency_page() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let path = format!("/programmas/{}/verhalen", p.id);
    for (text, consent) in [("Openbaar verhaal", "1"), ("Vertrouwelijk verhaal", "")] {
        app.post_form(
            &path,
            &[
                ("text", text),
                ("role", "wijkagent"),
                ("told_on", "2026-10-01"),
                ("source", "professional"),
                ("themes", "veiligheid"),
                ("consent", consent),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    }
    let internal = app.server.get(&format!("/programmas/{}/stand", p.id)).await.text();
    assert!(internal.contains("Openbaar verhaal") && internal.contains("Vertrouwelijk verhaal"));
    assert!(internal.contains("Niet openbaar: alleen voor het programma"), "private stories are marked for members");
    assert!(internal.contains("Nog niet openbaar"), "members see that the dossier is not public");

    app.server.clear_cookies();
    let dossier = format!("/programmas/{}/stand", p.id);
    app.server.get(&dossier).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&Actor::system("test"), p.id, &[Page::Overview, Page::Urgency]).await.unwrap();
    let public = app.server.get(&dossier).await;
    public.assert_status_ok();
    let html = public.text();
    assert!(html.contains("Openbaar verhaal"));
    assert!(!html.contains("Vertrouwelijk verhaal"), "no consent, not public");
    assert!(html.contains("— wijkagent (professional), 01-10-2026"), "only the role is shown");
    assert!(!html.contains("beheerder@x.nl"), "not who recorded it");
    app.server.get(&path).await.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn editing_and_deleting_a_story_asks_first_and_is_limited_to_its_programme() {
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[]).await;
    let other = app.programme("Elders", &[]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    let actor = Actor::system("test");
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    app.store.set_member_role(&actor, other.id, partner.id, Role::Reader).await.unwrap();
    let new = wijkwijzer::domain::story::NewStory {
        area_code: None,
        told_on: "2026-10-01".into(),
        source: wijkwijzer::domain::story::SourceType::Entrepreneur,
        role: "winkelier".into(),
        text: "Eerste versie".into(),
        themes: vec![wijkwijzer::domain::catalogue::Theme::Work],
        indicators: vec![],
        consent: false,
    };
    let s = app.store.create_story(&actor, p.id, &new).await.unwrap();
    // Through the other programme the story does not exist, and a reader there may not change anything.
    app.server
        .get(&format!("/programmas/{}/verhalen/{}/bewerken", other.id, s.id))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let edit = format!("/programmas/{}/verhalen/{}/bewerken", p.id, s.id);
    let html = app.server.get(&edit).await.text();
    assert!(html.contains("Eerste versie") && html.contains("value=\"ondernemer\" checked"));
    let bad = app
        .post_form(
            &edit,
            &[
                ("text", "Tweede versie"),
                ("role", ""),
                ("told_on", "2026-10-01"),
                ("source", "ondernemer"),
                ("themes", "werk"),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Tweede versie"), "the typed text is kept");
    assert_eq!(app.store.story(p.id, s.id).await.unwrap().text, "Eerste versie");
    app.post_form(
        &edit,
        &[
            ("text", "Tweede versie"),
            ("role", "winkelier"),
            ("told_on", "2026-10-01"),
            ("source", "ondernemer"),
            ("themes", "werk"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.story(p.id, s.id).await.unwrap().text, "Tweede versie");
    let confirm = app.server.get(&format!("/programmas/{}/verhalen/{}/verwijderen", p.id, s.id)).await;
    confirm.assert_status_ok();
    assert!(confirm.text().contains("Verhaal van winkelier (01-10-2026) verwijderen?"));
    app.post_form(&format!("/programmas/{}/verhalen/{}/verwijderen", p.id, s.id), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(app.store.stories(p.id, false).await.unwrap().is_empty());
    app.post_form(&format!("/programmas/{}/verhalen/{}/verwijderen", p.id, s.id), &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_writes_the_dossier_and_a_wrong_form_keeps_what_was_typed() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let path = format!("/programmas/{}/stand/bewerken", p.id);
    let form = app.server.get(&path).await.text();
    assert!(
        form.contains("name=\"weight_gezondheid\" type=\"text\" inputmode=\"decimal\" value=\"1\""),
        "weights start at 1"
    );
    let bad = app
        .post_form(
            &path,
            &[
                ("trigger", "incident"),
                ("trigger_description", ""),
                ("justification", "Mijn onderbouwing"),
                ("weight_gezondheid", "veel"),
            ],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    assert!(html.contains("Beschrijf de aanleiding.") && html.contains("Een gewicht is een getal van 0 tot 10"));
    assert!(html.contains("Mijn onderbouwing") && html.contains("value=\"veel\""), "typed values are kept");
    assert!(app.store.dossier(p.id).await.unwrap().is_empty());
    app.post_form(
        &path,
        &[
            ("trigger", "bewoners"),
            ("trigger_date", "2026-03-12"),
            ("trigger_description", "Bewonersavond <b>vol</b>"),
            ("justification", "Eerste alinea.\n\nTweede alinea."),
            ("reference", "gemeente"),
            ("weight_gezondheid", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let d = app.store.dossier(p.id).await.unwrap();
    assert_eq!(d.weights_text(), "gezondheid=2");
    let html = app.server.get(&format!("/programmas/{}/stand", p.id)).await.text();
    assert!(html.contains("Signalen van bewoners") && html.contains("12-03-2026"), "dates as Dutch readers write them");
    assert!(html.contains("Bewonersavond &#60;b&#62;vol&#60;/b&#62;") || html.contains("Bewonersavond &lt;b&gt;vol"));
    assert!(html.contains("<p>Eerste alinea.</p><p>Tweede alinea.</p>"));
    assert!(html.contains("data-print") && html.contains("/static/print.js"), "a print button without inline script");
    let js = app.server.get("/static/print.js").await;
    js.assert_status_ok();
    assert!(js.text().contains("window.print()"));
    // A partner may not change the dossier.
    app.server.clear_cookies();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    app.post_form(&path, &[("justification", "Gekaapt")]).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.dossier(p.id).await.unwrap().justification, "Eerste alinea.\n\nTweede alinea.");
}

#[tokio::test]
async fn a_manager_builds_the_coalition_and_parties_join_and_leave_over_time() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let coalition = format!("/programmas/{}/coalitie", p.id);
    let empty = app.server.get(&coalition).await.text();
    assert!(empty.contains("Er doet nog geen enkele partij mee."), "the empty coalition says so");

    // A wrong form comes back with what was typed and a message per field.
    let bad = app
        .post_form(
            &format!("{coalition}/partijen"),
            &[("name", "Woonstad"), ("kind", "sekte"), ("joined_on", "morgen")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    assert!(
        html.contains("value=\"Woonstad\"")
            && html.contains("Kies een van de mogelijkheden.")
            && html.contains("Vul een bestaande datum in")
    );
    for (name, kind) in [
        ("Gemeente Rotterdam", "gemeente"),
        ("Woonstad", "woningcorporatie"),
        ("Winkeliersvereniging Zuid", "ondernemers"),
    ] {
        app.post_form(
            &format!("{coalition}/partijen"),
            &[("name", name), ("kind", kind), ("joined_on", "2024-01-15"), ("joined_note", "ondertekende de wijkdeal")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    }
    let dup = app
        .post_form(
            &format!("{coalition}/partijen"),
            &[("name", "Woonstad"), ("kind", "zorg"), ("joined_on", "2024-01-15")],
        )
        .await;
    dup.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(dup.text().contains("Er is al een partij met deze naam in dit programma."));
    let page = app.server.get(&coalition).await.text();
    assert!(page.contains("Er doen geen bewoners of bewonersorganisatie mee."), "the missing residents are signalled");
    assert!(!page.contains("De gemeente doet niet mee."));
    assert!(page.contains("Maatschappelijke organisaties") && page.contains("Woonstad"));
    assert!(page.contains("sinds 15-01-2024"), "dates as Dutch readers write them");

    // Woonstad leaves: a reason is needed and the date may not precede joining.
    let parties = app.store.parties(p.id).await.unwrap();
    let woonstad = parties.iter().find(|x| x.name == "Woonstad").unwrap();
    let leave = format!("{coalition}/partijen/{}/deelname", woonstad.id);
    let v = woonstad.version.to_string();
    let early = app.post_form(&leave, &[("date", "2023-12-31"), ("reason", ""), ("version", &v)]).await;
    early.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let t = early.text();
    assert!(
        t.contains("De partij sloot aan op 2024-01-15; vertrekken kan niet eerder.")
            && t.contains("Dit veld is verplicht.")
    );
    app.post_form(&leave, &[("date", "2025-06-30"), ("reason", "Fusie met een andere corporatie"), ("version", &v)])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = app.server.get(&coalition).await.text();
    assert!(page.contains("Er doen geen maatschappelijke organisaties mee."), "signals follow who takes part now");
    assert!(page.contains("Deed eerder mee"));
    assert!(
        page.contains("Woonstad vertrok</li>")
            || page.contains("Woonstad vertrok: <span class=\"timeline__note\">Fusie met een andere corporatie")
    );

    // Two people edit the same party: the second save is a conflict that keeps what was typed.
    let gemeente = parties.iter().find(|x| x.name == "Gemeente Rotterdam").unwrap();
    let edit = format!("{coalition}/partijen/{}/bewerken", gemeente.id);
    let v = gemeente.version.to_string();
    app.post_form(&edit, &[("name", "Gemeente Rotterdam (Zuid)"), ("kind", "gemeente"), ("version", &v)])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let stale = app
        .post_form(
            &edit,
            &[("name", "Gemeente R'dam"), ("kind", "gemeente"), ("description", "Mijn tekst"), ("version", &v)],
        )
        .await;
    stale.assert_status(StatusCode::CONFLICT);
    let t = stale.text();
    assert!(
        t.contains("Iemand anders heeft dit intussen gewijzigd")
            && t.contains("Mijn tekst")
            && t.contains("Gemeente Rotterdam (Zuid)")
    );
    assert_eq!(app.store.party(p.id, gemeente.id).await.unwrap().name, "Gemeente Rotterdam (Zuid)", "no lost update");

    // Contacts are for members only; the public sees the coalition once it is published.
    app.post_form(
        &format!("{coalition}/partijen/{}/contactpersonen", gemeente.id),
        &[
            ("contact_name", "Fatima Yilmaz"),
            ("contact_role", "wijkregisseur"),
            ("contact_email", "f.yilmaz@rotterdam.nl"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert!(
        app.server.get(&format!("{coalition}/partijen/{}", gemeente.id)).await.text().contains("f.yilmaz@rotterdam.nl")
    );
    app.server.clear_cookies();
    app.server.get(&coalition).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&Actor::system("test"), p.id, &[Page::Overview, Page::Coalition]).await.unwrap();
    app.server.get(&coalition).await.assert_status_ok();
    let public_party = app.server.get(&format!("{coalition}/partijen/{}", gemeente.id)).await.text();
    assert!(public_party.contains("Gemeente Rotterdam (Zuid)"));
    assert!(
        !public_party.contains("Fatima") && !public_party.contains("f.yilmaz"),
        "personal data stays with the members"
    );
    assert!(app.history(p.id).await.iter().any(|r| r.entity == "party" && r.action == "leave"));
}

#[tokio::test]
async fn partners_and_readers_cannot_change_the_coalition() {
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[]).await;
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, partner.id, Role::Partner).await.unwrap();
    let coalition = format!("/programmas/{}/coalitie", p.id);
    app.server.get(&coalition).await.assert_status_ok();
    app.server.get(&format!("{coalition}/partijen/nieuw")).await.assert_status(StatusCode::FORBIDDEN);
    app.post_form(
        &format!("{coalition}/partijen"),
        &[("name", "Eigen club"), ("kind", "zorg"), ("joined_on", "2024-01-01")],
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    assert!(app.store.parties(p.id).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_manager_records_a_steering_group_its_members_and_its_decisions() {
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let coalition = format!("/programmas/{}/coalitie", p.id);
    app.post_form(
        &format!("{coalition}/partijen"),
        &[("name", "Gemeente Rotterdam"), ("kind", "gemeente"), ("joined_on", "2024-01-15")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert!(app.server.get(&coalition).await.text().contains("Er is geen stuurgroep."));
    let bad = app
        .post_form(
            &format!("{coalition}/overleg"),
            &[("name", "Stuurgroep Zuid"), ("kind", "stuurgroep"), ("rule", "trekker")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Kies de partij die besluit.") && bad.text().contains("value=\"Stuurgroep Zuid\""));
    let gemeente = app.store.parties(p.id).await.unwrap()[0].id.to_string();
    let created = app
        .post_form(
            &format!("{coalition}/overleg"),
            &[("name", "Stuurgroep Zuid"), ("kind", "stuurgroep"), ("rule", "trekker"), ("lead_party", &gemeente)],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    let body_url = created.header("location").to_str().unwrap().split('?').next().unwrap().to_string();
    app.post_form(
        &format!("{body_url}/leden"),
        &[
            ("party", &gemeente),
            ("person", "Wethouder <b>Wonen</b>"),
            ("position", "voorzitter"),
            ("started_on", "2024-02-01"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let future = app
        .post_form(&format!("{body_url}/vergaderingen"), &[("held_on", "2999-01-01"), ("decisions", "Te vroeg")])
        .await;
    future.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(future.text().contains("Te vroeg"), "the typed decisions are kept");
    let today = time::OffsetDateTime::now_utc().date();
    let date = format!("{}-{:02}-{:02}", today.year(), u8::from(today.month()), today.day());
    app.post_form(
        &format!("{body_url}/vergaderingen"),
        &[("held_on", &date), ("decisions", "Wijkdeal vastgesteld\nBudget akkoord")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let html = app.server.get(&body_url).await.text();
    assert!(
        html.contains(&format!("SG-{}-1", today.year())) && html.contains(&format!("SG-{}-2", today.year())),
        "decisions are numbered"
    );
    assert!(
        html.contains("Wethouder &#60;b&#62;Wonen&#60;/b&#62;") || html.contains("Wethouder &lt;b&gt;Wonen"),
        "escaped"
    );
    let page = app.server.get(&coalition).await.text();
    assert!(!page.contains("Er is geen stuurgroep.") && !page.contains("nam in het afgelopen halfjaar geen besluit"));
    assert!(page.contains("1 lid") && page.contains("laatste besluit"));
}

#[tokio::test]
async fn the_coalition_downloads_as_csv_and_json_with_contacts_for_members_only() {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let party = NewParty {
        name: "=HYPERLINK(\"http://x\")".into(),
        kind: PartyKind::Residents,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: "wijkdeal".into(),
    };
    let created = app.store.create_party(&actor, p.id, &party).await.unwrap();
    app.store.add_contact(&actor, p.id, created.id, ("Fatima", "voorzitter", "f@bewoners.nl")).await.unwrap();
    let member = app.login_as("lezer@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, member.id, Role::Reader).await.unwrap();
    let csv = app.server.get(&format!("/programmas/{}/coalitie/partijen.csv", p.id)).await;
    csv.assert_status_ok();
    assert!(csv.header("content-disposition").to_str().unwrap().contains("coalitie-"));
    let text = csv.text();
    assert!(text.starts_with("partij,soort,type,sloot_aan"));
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\",bewoners,bewoners,2024-01-15,wijkdeal"), "{text}");
    assert!(text.contains("f@bewoners.nl"), "members get the contacts");
    let json: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/parties", p.id)).await.json();
    assert_eq!(json[0]["type"], "bewoners");
    assert_eq!(json[0]["contacts"][0]["email"], "f@bewoners.nl");
    assert_eq!(json[0]["current"], true);
    let bodies: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/bodies", p.id)).await.json();
    assert_eq!(bodies, serde_json::json!([]));
    // The public: nothing until published, then no personal data.
    app.server.clear_cookies();
    app.server.get(&format!("/api/v1/programmes/{}/parties", p.id)).await.assert_status(StatusCode::UNAUTHORIZED);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Coalition]).await.unwrap();
    let public: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/parties", p.id)).await.json();
    assert!(public[0].get("contacts").is_none(), "{public}");
    assert!(
        !app.server.get(&format!("/programmas/{}/coalitie/partijen.csv", p.id)).await.text().contains("f@bewoners.nl")
    );
    let spec = app.server.get("/api/v1/openapi.json").await.text();
    assert!(spec.contains("/api/v1/programmes/{id}/parties") && spec.contains("/api/v1/programmes/{id}/bodies"));
}

#[tokio::test]
async fn a_manager_records_versions_of_the_vision_citing_a_decision() {
    use wijkwijzer::domain::governance::{BodyKind, DecisionRule, NewBody, NewMeeting};
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let body = NewBody {
        name: "Stuurgroep".into(),
        kind: BodyKind::Steering,
        rule: DecisionRule::Consensus,
        lead_party: None,
        description: String::new(),
    };
    let b = app.store.create_body(&actor, p.id, &body).await.unwrap();
    let m =
        NewMeeting { held_on: "2025-11-20".into(), notes: String::new(), decisions: vec!["Visie vastgesteld".into()] };
    app.store.add_meeting(&actor, p.id, b.id, &m).await.unwrap();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let agenda = format!("/programmas/{}/agenda", p.id);
    assert!(app.server.get(&agenda).await.text().contains("De coalitie heeft haar visie nog niet vastgelegd."));
    let form = app.server.get(&format!("{agenda}/visie")).await.text();
    assert!(form.contains("SG-2025-1: Visie vastgesteld (Stuurgroep, 2025-11-20)"), "decisions can be cited");
    let post = |text: &'static str, decision: &'static str, reason: &'static str| {
        let app = &app;
        let agenda = agenda.clone();
        async move {
            app.post_form(
                &format!("{agenda}/visie"),
                &[
                    ("text", text),
                    ("agreed_by", "Stuurgroep Zuid"),
                    ("agreed_on", "2025-11-20"),
                    ("decision", decision),
                    ("reason", reason),
                ],
            )
            .await
        }
    };
    post("Een wijk waar kinderen kansen krijgen.", "SG-2025-1", "").await.assert_status(StatusCode::SEE_OTHER);
    let same = post("Een wijk waar kinderen kansen krijgen.", "", "").await;
    same.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same.text().contains("Deze tekst is gelijk aan de huidige visie."));
    assert!(same.text().contains("Geef aan waarom dit verandert."), "a new version of the vision says why");
    post("Een wijk waar iedereen kansen krijgt.", "SG-1999-9", "Bewoners misten zich")
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    post("Een wijk waar iedereen kansen krijgt.", "", "Bewoners misten zichzelf in de tekst")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let log = app.server.get(&format!("{agenda}/wijzigingen")).await.text();
    assert!(log.contains("Visie herschreven") && log.contains("Bewoners misten zichzelf in de tekst"), "{log}");
    let html = app.server.get(&agenda).await.text();
    assert!(html.contains("Een wijk waar iedereen kansen krijgt.") && html.contains("Eerdere versies"));
    assert!(
        html.contains("Een wijk waar kinderen kansen krijgen.") && html.contains("SG-2025-1"),
        "the earlier version stays readable"
    );
    app.server.clear_cookies();
    app.server.get(&agenda).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Agenda]).await.unwrap();
    app.server.get(&agenda).await.assert_status_ok();
}

async fn add_police(app: &TestApp, programme_id: i64) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    let police = NewParty {
        name: "Politie Rotterdam".into(),
        kind: PartyKind::Police,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    app.store.create_party(&Actor::system("test"), programme_id, &police).await.unwrap();
}

/// The measure form with a title, an owner and the version it was loaded with.
fn fields<'a>(title: &'a str, owner: &'a str, version: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("owner", owner),
        ("starts_on", "2025-01-01"),
        ("status", "lopend"),
        ("version", version),
        ("reason", "Naam afgestemd met de buurt"),
    ]
}

/// Two parties of a programme, made through the store: (gemeente, woonstad).
async fn two_parties(app: &TestApp, programme_id: i64) -> (i64, i64) {
    use wijkwijzer::domain::coalition::{NewParty, PartyKind};
    let party = |name: &str, kind| NewParty {
        name: name.into(),
        kind,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    let actor = Actor::system("test");
    let g = app.store.create_party(&actor, programme_id, &party("Gemeente Rotterdam", PartyKind::Municipality)).await;
    let w = app.store.create_party(&actor, programme_id, &party("Woonstad", PartyKind::Housing)).await;
    (g.unwrap().id, w.unwrap().id)
}

#[tokio::test]
async fn a_manager_builds_goals_measures_and_financing_whose_totals_reconcile() {
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let (gemeente, woonstad) = two_parties(&app, p.id).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let agenda = format!("/programmas/{}/agenda", p.id);
    assert!(app.server.get(&agenda).await.text().contains("Er zijn nog geen doelen."));

    // A wrong goal form keeps what was typed and explains each field.
    let bad = app
        .post_form(
            &format!("{agenda}/doelen"),
            &[("title", "Meer werk"), ("indicator_source", "eigen"), ("baseline", "veel"), ("target", "40")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    for message in ["Kies minstens één thema.", "Vul een getal in", "Vul streefwaarde en streefjaar allebei in"] {
        assert!(html.contains(message), "{message}");
    }
    assert!(html.contains("value=\"Meer werk\"") && html.contains("value=\"veel\""));
    app.post_form(
        &format!("{agenda}/doelen"),
        &[
            ("themes", "werk"),
            ("title", "Meer mensen aan het werk"),
            ("indicator_source", "eigen"),
            ("own_name", "Plaatsingen"),
            ("own_unit", "aantal"),
            ("polarity", "hoger-beter"),
            ("baseline", "120"),
            ("baseline_period", "2024"),
            ("target", "400"),
            ("target_year", "2030"),
            ("milestones", "2027: 250"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let goal = app.store.goals(p.id).await.unwrap().pop().unwrap();
    let page = app.server.get(&agenda).await.text();
    assert!(page.contains("Meer mensen aan het werk") && page.contains("400 in 2030") && page.contains("2027: 250"));

    // Raising the target asks why; the revision log then tells what changed, why and when.
    let goal_edit = format!("{agenda}/doelen/{}/bewerken", goal.id);
    let raise = |reason: &'static str| {
        [
            ("themes", "werk"),
            ("title", "Meer mensen aan het werk"),
            ("indicator_source", "eigen"),
            ("own_name", "Plaatsingen"),
            ("own_unit", "aantal"),
            ("polarity", "hoger-beter"),
            ("baseline", "120"),
            ("baseline_period", "2024"),
            ("target", "450"),
            ("target_year", "2030"),
            ("milestones", "2027: 250"),
            ("version", "1"),
            ("reason", reason),
        ]
    };
    let why = app.post_form(&goal_edit, &raise("  ")).await;
    why.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(why.text().contains("Geef aan waarom dit verandert.") && why.text().contains("value=\"450\""));
    assert_eq!(app.store.goals(p.id).await.unwrap()[0].target, Some(400.0), "nothing saved without a reason");
    app.post_form(&goal_edit, &raise("Tussendoel 2027 al bijna gehaald")).await.assert_status(StatusCode::SEE_OTHER);
    let log = app.server.get(&format!("{agenda}/wijzigingen")).await.text();
    assert!(log.contains("Doelwaarde verhoogd van 400 naar 450"), "{log}");
    assert!(log.contains("Tussendoel 2027 al bijna gehaald") && log.contains("beheerder@x.nl"));
    assert!(!log.contains("Titel gewijzigd"), "only what changed is listed");
    let goal_page = app.server.get(&format!("/programmas/{}/voortgang/doelen/{}", p.id, goal.id)).await.text();
    assert!(goal_page.contains("Doelwaarde verhoogd van 400 naar 450"), "the goal shows its own revisions");
    // A second user who loaded version 1 and now raises it to 500: a conflict with both versions, nothing lost.
    let mut other: Vec<(&str, &str)> = raise("Ambitie van de wethouder").to_vec();
    other.iter_mut().filter(|f| f.0 == "target").for_each(|f| f.1 = "500");
    let stale_goal = app.post_form(&goal_edit, &other).await;
    stale_goal.assert_status(StatusCode::CONFLICT);
    let text = stale_goal.text();
    assert!(text.contains("value=\"500\"") && text.contains("450"), "both versions: {text}");
    assert_eq!(app.store.goals(p.id).await.unwrap()[0].target, Some(450.0), "the first save stands");

    app.post_form(
        &format!("{agenda}/plannen"),
        &[("name", "Uitvoeringsprogramma 2024–2027"), ("starts_year", "2024"), ("ends_year", "2027")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let plan = app.store.plans(p.id).await.unwrap()[0].id;
    let edit = format!("{agenda}/plannen/{plan}/bewerken");
    let rename =
        |name: &'static str| [("name", name), ("starts_year", "2024"), ("ends_year", "2027"), ("version", "1")];
    app.post_form(&edit, &rename("UP 2024–2027")).await.assert_status(StatusCode::SEE_OTHER);
    let stale = app.post_form(&edit, &rename("Eerste uitvoeringsprogramma")).await;
    stale.assert_status(StatusCode::CONFLICT);
    assert!(stale.text().contains("UP 2024–2027") && stale.text().contains("value=\"Eerste uitvoeringsprogramma\""));
    let measures = format!("{agenda}/maatregelen");
    let no_owner = app
        .post_form(&measures, &[("title", "Werkgeversnetwerk"), ("starts_on", "2025-01-01"), ("status", "lopend")])
        .await;
    no_owner.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_owner.text().contains("Kies de partij die eigenaar is."));
    let (g, w, pl, gl) = (gemeente.to_string(), woonstad.to_string(), plan.to_string(), goal.id.to_string());
    let created = app
        .post_form(
            &measures,
            &[
                ("title", "Werkgeversnetwerk <script>alert(1)</script>"),
                ("goals", &gl),
                ("owner", &g),
                ("partners", &w),
                ("starts_on", "01-01-2025"),
                ("status", "lopend"),
                ("plan", &pl),
            ],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    let m = app.store.measures(p.id).await.unwrap().pop().unwrap();
    let url = format!("{measures}/{}", m.id);
    // Commitments and budget lines, typed as Dutch people type numbers and euros.
    app.post_form(
        &format!("{url}/toezeggingen"),
        &[
            ("party", &g),
            ("what", "werkervaringsplaatsen"),
            ("promised", "250"),
            ("delivered", "120"),
            ("due_year", "2026"),
            ("version", "1"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    // Results answer the three questions of results-based accountability, each with its own figures.
    let bad_result = app
        .post_form(
            &format!("{url}/resultaten"),
            &[
                ("year", "2099"),
                ("label", "huishoudens schuldenvrij"),
                ("value", "veel"),
                ("unit", "aantal"),
                ("version", "2"),
            ],
        )
        .await;
    bad_result.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for message in ["Dit jaar is nog niet voorbij.", "Kies uit de lijst.", "Vul een getal in"] {
        assert!(bad_result.text().contains(message), "{message}");
    }
    assert!(bad_result.text().contains("value=\"huishoudens schuldenvrij\""), "what was typed stays");
    app.post_form(
        &format!("{url}/resultaten"),
        &[
            ("year", "2025"),
            ("kind", "beter-af"),
            ("label", "huishoudens schuldenvrij"),
            ("value", "40"),
            ("unit", "aantal"),
            ("version", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let shown = app.server.get(&url).await.text();
    assert!(shown.contains("Is iemand er beter van geworden?") && shown.contains("huishoudens schuldenvrij"));
    assert!(shown.contains("40 aantal"));
    let bad_money = app
        .post_form(
            &format!("{url}/begroting"),
            &[
                ("year", "2025"),
                ("planned", "twaalf"),
                ("funding_source", "gemeente"),
                ("cost_kind", "uitvoering"),
                ("version", "2"),
            ],
        )
        .await;
    bad_money.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_money.text().contains("Vul een bedrag in euro’s in") && bad_money.text().contains("value=\"twaalf\""));
    for (year, planned, spent, source, funder, version) in
        [("2025", "100.000", "80.000,50", "gemeente", g.as_str(), "3"), ("2026", "150.000", "", "rijk", "", "4")]
    {
        app.post_form(
            &format!("{url}/begroting"),
            &[
                ("year", year),
                ("planned", planned),
                ("spent", spent),
                ("funding_source", source),
                ("funder", funder),
                ("cost_kind", "uitvoering"),
                ("version", version),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    }
    let detail = app.server.get(&url).await.text();
    assert_inert(&detail, "measure page");
    assert!(detail.contains("werkervaringsplaatsen") && detail.contains("(48%)"), "120 of 250 delivered");
    assert!(detail.contains("€ 250.000") && detail.contains("€ 80.000,50"), "the measure's totals");
    let finance = app.server.get(&format!("{agenda}/financiering")).await.text();
    assert!(finance.contains("€ 250.000 begroot en € 80.000,50 besteed over 1 maatregelen"));
    assert_eq!(
        finance.matches("<tfoot><tr><th scope=\"row\">Totaal</th><td class=\"num\">€ 250.000</td>").count(),
        4,
        "four overviews, one total"
    );
    assert!(
        finance.contains("Gemeente Rotterdam") && finance.contains("Geen partij opgegeven") && finance.contains("Rijk")
    );
    let matrix = app.server.get(&format!("{agenda}/wie-doet-wat")).await.text();
    assert_inert(&matrix, "matrix");
    assert!(matrix.contains("eigenaar") && matrix.contains("partner"));
    let wijkdeal = app.server.get(&format!("{agenda}/wijkdeal")).await.text();
    assert!(wijkdeal.contains("Namens Woonstad: naam, datum en handtekening"));
    assert!(wijkdeal.contains("250 werkervaringsplaatsen in 2026 (120 geleverd)"));
    assert!(wijkdeal.contains("/static/print.js"));
    let csv = app.server.get(&format!("{agenda}/begroting.csv")).await.text();
    assert!(
        csv.starts_with("maatregel,thema,jaar,bron")
            && csv.contains(",werk,2025,gemeente,Gemeente Rotterdam,uitvoering,100000.00,80000.50,")
    );
    let mcsv = app.server.get(&format!("{agenda}/maatregelen.csv")).await.text();
    assert!(mcsv.contains("Meer mensen aan het werk") && mcsv.contains("250000.00"));
    assert!(
        app.server
            .get(&format!("{agenda}/doelen.csv"))
            .await
            .text()
            .contains("Plaatsingen,aantal,hoger-beter,120,2024,450,2030,2027: 250")
    );
    // The coalition page signals a party without a measure once one is added.
    let coalition = app.server.get(&format!("/programmas/{}/coalitie", p.id)).await.text();
    assert!(!coalition.contains("Partijen zonder maatregel"), "both parties take part in the measure");
    add_police(&app, p.id).await;
    let coalition = app.server.get(&format!("/programmas/{}/coalitie", p.id)).await.text();
    assert!(coalition.contains("Partijen zonder maatregel: Politie Rotterdam."), "the idle party is signalled");
    let history = app.history(p.id).await;
    assert!(history.iter().any(|r| r.entity == "measure" && r.action == "budget"));
    // The same agenda through the API, with overviews that add up.
    let api = format!("/api/v1/programmes/{}", p.id);
    let budget: serde_json::Value = app.server.get(&format!("{api}/budget")).await.json();
    assert_eq!(budget["total"]["planned_cents"], 25_000_000);
    for grouping in ["by_party", "by_source", "by_year", "by_theme"] {
        let sum: i64 = budget[grouping].as_array().unwrap().iter().map(|g| g["planned_cents"].as_i64().unwrap()).sum();
        assert_eq!(sum, 25_000_000, "{grouping}");
    }
    let goals: serde_json::Value = app.server.get(&format!("{api}/goals")).await.json();
    assert_eq!(goals[0]["target"], 450.0);
    assert_eq!(goals[0]["milestones"][0]["year"], 2027);
    let measures: serde_json::Value = app.server.get(&format!("{api}/measures")).await.json();
    assert_eq!(measures[0]["commitments"][0]["delivered"], 120.0);
    assert_eq!(measures[0]["owner"]["name"], "Gemeente Rotterdam");
    let doc = app.server.get("/api/v1/openapi.json").await.text();
    for path in ["/goals", "/measures", "/budget", "/agenda-items", "/assessments", "/progress"] {
        assert!(doc.contains(&format!("/api/v1/programmes/{{id}}{path}")), "{path} in the OpenAPI document");
    }
}

#[tokio::test]
async fn a_partner_changes_only_what_its_party_owns_and_a_stale_edit_loses_nothing() {
    use wijkwijzer::domain::measure::{NewCommitment, NewMeasure, Status};
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let (gemeente, woonstad) = two_parties(&app, p.id).await;
    let actor = Actor::system("test");
    let new = |title: &str, owner| NewMeasure {
        title: title.into(),
        description: String::new(),
        goal_ids: vec![],
        owner_id: owner,
        partner_ids: vec![],
        starts_on: "2025-01-01".into(),
        ends_on: String::new(),
        status: Status::Running,
        status_reason: String::new(),
        plan_id: None,
    };
    let own = app.store.create_measure(&actor, p.id, &new("Buurtconciërges", woonstad)).await.unwrap();
    let other = app.store.create_measure(&actor, p.id, &new("Werkgeversnetwerk", gemeente)).await.unwrap();
    let promise = NewCommitment {
        party_id: woonstad,
        what: "stageplekken".into(),
        promised: 20.0,
        delivered: 0.0,
        due_year: None,
    };
    let other = app.store.save_commitment(&actor, p.id, other.id, None, 1, &promise).await.unwrap();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    app.store.set_party_account(&actor, p.id, woonstad, partner.id, true).await.unwrap();
    let measures = format!("/programmas/{}/agenda/maatregelen", p.id);
    let (w, g) = (woonstad.to_string(), gemeente.to_string());

    // Its own measure: editable. The other party's: not, and nothing changes.
    app.server.get(&format!("{measures}/{}/bewerken", own.id)).await.assert_status_ok();
    app.server.get(&format!("{measures}/{}/bewerken", other.id)).await.assert_status(StatusCode::FORBIDDEN);
    let (g_id, w_id) = (g.as_str(), w.as_str());
    app.post_form(&format!("{measures}/{}/bewerken", other.id), &fields("Gekaapt", w_id, "2"))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    app.post_form(
        &format!("{measures}/{}/begroting", other.id),
        &[
            ("year", "2025"),
            ("planned", "1"),
            ("funding_source", "gemeente"),
            ("cost_kind", "proces"),
            ("version", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.post_form(&measures, &fields("Nieuw", w_id, "")).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.measure(p.id, other.id).await.unwrap().title, "Werkgeversnetwerk");
    // A partner cannot hand its measure to another party.
    let away = app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Buurtconciërges", g_id, "1")).await;
    away.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(away.text().contains("Kies een partij waarvoor u optreedt."));
    // Its own party's promise on the other measure: it may report what was delivered.
    let line = other.commitments[0].id;
    app.server.get(&format!("{measures}/{}/toezeggingen/{line}", other.id)).await.assert_status_ok();
    app.post_form(
        &format!("{measures}/{}/toezeggingen/{line}", other.id),
        &[("party", &w), ("what", "stageplekken"), ("promised", "20"), ("delivered", "7"), ("version", "2")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.measure(p.id, other.id).await.unwrap().commitments[0].delivered, 7.0);
    app.post_form(&format!("{measures}/{}/toezeggingen/{line}/verwijderen", other.id), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // Two edits from forms loaded at version 1: the second gets a conflict with both versions.
    app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Buurtconciërges Zuid", w_id, "1"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let stale =
        app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Conciërges Bloemhof", w_id, "1")).await;
    stale.assert_status(StatusCode::CONFLICT);
    let html = stale.text();
    assert!(
        html.contains("Buurtconciërges Zuid") && html.contains("value=\"Conciërges Bloemhof\""),
        "both versions shown"
    );
    assert_eq!(app.store.measure(p.id, own.id).await.unwrap().title, "Buurtconciërges Zuid", "no lost update");
    // Saving again from the conflict page carries the current version and succeeds.
    app.post_form(&format!("{measures}/{}/bewerken", own.id), &fields("Conciërges Bloemhof", w_id, "2"))
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn residents_bring_in_items_and_the_manager_answers_and_publishes_them() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let partner = app.login_as("bewoners@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let list = format!("/programmas/{}/agenda/bewonersagenda", p.id);
    assert!(app.server.get(&list).await.text().contains("Er staan nog geen onderwerpen op de bewonersagenda."));
    let bad = app.post_form(&list, &[("title", "Speelplek"), ("submitted_on", "2099-01-01")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("value=\"Speelplek\""));
    app.post_form(
        &list,
        &[
            ("title", "Speelplek <img src=x onerror=alert(1)>"),
            ("body", "Kinderen spelen op straat.<script>alert(1)</script>"),
            ("submitted_by", "Bewonersplatform Bloemhof"),
            ("submitted_on", "2026-03-01"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let item = app.store.agenda_items(p.id, false).await.unwrap().pop().unwrap();
    let url = format!("{list}/{}", item.id);
    assert_inert(&app.server.get(&url).await.text(), "agenda item");
    // Only a beheerder answers.
    app.post_form(
        &format!("{url}/tegenbod"),
        &[("answer", "afgewezen"), ("answer_text", "Nee"), ("answered_on", "2026-04-01"), ("version", "1")],
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let no_text = app
        .post_form(
            &format!("{url}/tegenbod"),
            &[("answer", "samen-oppakken"), ("answered_on", "2026-04-01"), ("version", "1")],
        )
        .await;
    no_text.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    app.post_form(
        &format!("{url}/tegenbod"),
        &[
            ("answer", "samen-oppakken"),
            ("answer_text", "We zoeken samen met Woonstad een plek."),
            ("answered_on", "2026-04-01"),
            ("version", "1"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    // Not public until the item and the agenda page are both published.
    app.server.clear_cookies();
    app.server.get(&list).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Agenda]).await.unwrap();
    assert!(!app.server.get(&list).await.text().contains("Speelplek"));
    app.server.get(&url).await.assert_status(StatusCode::NOT_FOUND);
    app.login("beheerder@x.nl", PASSWORD).await;
    app.post_form(&format!("{url}/publicatie"), &[("publish", "1"), ("version", "2")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.server.clear_cookies();
    let public = app.server.get(&url).await.text();
    assert!(public.contains("We pakken het samen op") && public.contains("We zoeken samen met Woonstad een plek."));
    assert_inert(&public, "public agenda item");
    assert!(!public.contains("Tegenbod opslaan"), "the public sees no answer form");
    let private = wijkwijzer::domain::residents::NewItem {
        title: "Nog niet openbaar".into(),
        text: "Intern".into(),
        submitted_by: "Bewonersplatform".into(),
        submitted_on: "2026-05-01".into(),
    };
    app.store.create_agenda_item(&actor, p.id, &private).await.unwrap();
    let items: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/agenda-items", p.id)).await.json();
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(items[0]["answer"], "samen-oppakken");
}

#[tokio::test]
async fn a_preconditions_round_takes_answers_from_members_and_residents_and_shows_where_they_disagree() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let page = format!("/programmas/{}/randvoorwaarden", p.id);
    assert!(app.server.get(&page).await.text().contains("Er is nog geen peiling gehouden."));
    let bad = app.post_form(&format!("{page}/peilingen"), &[("name", ""), ("opened_on", "2099-01-01")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Deze datum ligt in de toekomst.") && bad.text().contains("Dit veld is verplicht."));
    app.post_form(&format!("{page}/peilingen"), &[("name", "Peiling najaar 2026"), ("opened_on", "2026-10-01")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let round = app.store.assessment_rounds(p.id).await.unwrap()[0].clone();
    let round_url = format!("{page}/peilingen/{}", round.id);
    // The manager answers as the board: trust 5.
    assert!(app.server.get(&page).await.text().contains("Peiling invullen"), "invited to take part");
    let wrong = app.post_form(&format!("{round_url}/invullen"), &[("score_vertrouwen", "9")]).await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("Kies een cijfer van 1 tot 5"));
    let board = [
        ("level", "bestuur"),
        ("score_vertrouwen", "5"),
        ("score_urgentie", "4"),
        ("note_vertrouwen", "Goede samenwerking"),
    ];
    app.post_form(&format!("{round_url}/invullen"), &board).await.assert_status(StatusCode::SEE_OTHER);
    app.post_form(&format!("{round_url}/invullen"), &board).await.assert_status(StatusCode::CONFLICT);
    // Three links for a residents' evening, shown once.
    let made = app.post_form(&format!("{round_url}/links"), &[("label", "Bewonersavond"), ("count", "3")]).await;
    made.assert_status_ok();
    let html = made.text();
    let tokens: Vec<String> =
        html.match_indices("/peiling/").map(|(i, _)| html[i + 9..].split('<').next().unwrap().to_string()).collect();
    assert_eq!(tokens.len(), 3, "{html}");
    assert!(html.contains("http://localhost/peiling/") || html.contains("://"), "absolute links to hand out");
    // Residents answer without an account; each link works once.
    app.server.clear_cookies();
    let form = app.server.get(&format!("/peiling/{}", tokens[0])).await;
    form.assert_status_ok();
    assert!(!form.text().contains("name=\"level\""), "a resident's level is fixed");
    for t in &tokens[..2] {
        let done = app
            .server
            .post(&format!("/peiling/{t}"))
            .form(&[
                ("score_vertrouwen", "2"),
                ("score_urgentie", "5"),
                ("note_vertrouwen", "<script>alert(1)</script> Beloftes"),
            ])
            .await;
        done.assert_status_ok();
        assert!(done.text().contains("Bedankt"));
    }
    let again = app.server.post(&format!("/peiling/{}", tokens[0])).form(&[("score_vertrouwen", "5")]).await;
    again.assert_status(StatusCode::GONE);
    assert!(again.text().contains("Deze link is al gebruikt"));
    app.server.get("/peiling/verzonnen").await.assert_status(StatusCode::NOT_FOUND);
    // Members see the results, the disagreement and the notes; the public nothing until published.
    app.server.get(&page).await.assert_status(StatusCode::SEE_OTHER);
    app.login("beheerder@x.nl", PASSWORD).await;
    let results = app.server.get(&round_url).await.text();
    assert_inert(&results, "preconditions results");
    assert!(results.contains("Vertrouwen: Bestuur geeft 5, Bewoners 2"), "the divergence is named");
    assert!(results.contains("Wat helpt bij Vertrouwen"), "guidance for a weak precondition");
    assert!(results.contains("Goede samenwerking") && results.contains("Beloftes"), "notes for members");
    assert!(results.contains("<svg") && results.contains("role=\"img\""), "the radar chart");
    assert!(results.contains("Bewonersavond: 2 van 3 gebruikt"));
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Preconditions]).await.unwrap();
    app.server.clear_cookies();
    let public = app.server.get(&round_url).await.text();
    assert!(
        public.contains("Vertrouwen: Bestuur geeft 5, Bewoners 2") && !public.contains("Goede samenwerking"),
        "no notes in public"
    );
    assert!(!public.contains("Links maken") && !public.contains("Peiling openen"));
    let api: serde_json::Value = app.server.get(&format!("/api/v1/programmes/{}/assessments", p.id)).await.json();
    let trust =
        api[0]["outcomes"].as_array().unwrap().iter().find(|o| o["precondition"] == "vertrouwen").unwrap().clone();
    assert_eq!(
        (trust["median"].clone(), trust["divergence"].clone()),
        (serde_json::json!(2.0), serde_json::json!(["bestuur", "bewoners"]))
    );
    assert!(!api.to_string().contains("Goede samenwerking"), "no notes through the API");
    // A closed round takes no more answers.
    app.login("beheerder@x.nl", PASSWORD).await;
    let v = round.version.to_string();
    app.post_form(&format!("{round_url}/sluiten"), &[("version", &v)]).await.assert_status(StatusCode::SEE_OTHER);
    app.server.clear_cookies();
    let closed = app.server.get(&format!("/peiling/{}", tokens[2])).await;
    closed.assert_status(StatusCode::GONE);
    assert!(closed.text().contains("Deze peiling is gesloten"));
}

#[tokio::test]
async fn progress_judges_goals_by_approved_values_against_the_path_to_the_target() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let goal = common::own_goal("Meer bewonersinitiatieven");
    let g = app.store.create_goal(&actor, p.id, &goal).await.unwrap();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let page = format!("/programmas/{}/voortgang", p.id);
    let goal_url = format!("{page}/doelen/{}", g.id);
    assert!(app.server.get(&page).await.text().contains("0 van 1 doelen behaald of op koers."));
    let bad = app.post_form(&format!("{goal_url}/waarden"), &[("year", "2099"), ("value", "veel")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("Dit jaar is nog niet voorbij.") && bad.text().contains("value=\"veel\""));
    app.post_form(
        &format!("{goal_url}/waarden"),
        &[("year", "2025"), ("value", "16"), ("source_text", "Registratie buurtwerk")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let pending = app.server.get(&goal_url).await.text();
    assert!(pending.contains("Wacht op beoordeling") && pending.contains("Geen gegevens"), "a partner's value waits");
    let m = app.store.measurements(p.id).await.unwrap()[0].clone();
    let review = format!("{goal_url}/waarden/{}/beoordeling", m.id);
    app.post_form(&review, &[("decision", "goedkeuren"), ("version", "1")]).await.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    app.post_form(&review, &[("decision", "goedkeuren"), ("version", "1")]).await.assert_status(StatusCode::SEE_OTHER);
    app.post_form(
        &format!("{goal_url}/verhaal"),
        &[("story_year", "2025"), ("story_text", "Twee buurtkamers <b>openden</b>.")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let html = app.server.get(&goal_url).await.text();
    assert!(html.contains("Op koers"), "16 in 2025 is ahead of the expected 15,6");
    assert!(html.contains("15,6") && html.contains("<svg"), "the expected value and the chart");
    assert!(html.contains("Twee buurtkamers &#60;b&#62;openden") && !html.contains("<b>openden"), "the story, inert");
    assert!(app.server.get(&page).await.text().contains("1 van 1 doelen behaald of op koers."));
    // The public: nothing until the progress page is published, then approved values only.
    app.server.clear_cookies();
    app.server.get(&page).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Progress]).await.unwrap();
    let public = app.server.get(&goal_url).await.text();
    assert!(
        public.contains("Op koers") && !public.contains("Registratie buurtwerk") && !public.contains("Waarde opslaan")
    );
}

#[tokio::test]
async fn a_manager_records_successes_that_partners_and_the_public_can_read() {
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let list = format!("/programmas/{}/voortgang/successen", p.id);
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let empty = app.server.get(&list).await.text();
    assert!(empty.contains("Nog geen successen of mijlpalen vastgelegd.") && !empty.contains("Vastleggen"));
    let form = [("kind", "mijlpaal"), ("title", "Eerste buurtkamer open"), ("happened_on", "12-03-2026")];
    app.post_form(&list, &form).await.assert_status(StatusCode::FORBIDDEN);
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let bad = app
        .post_form(&list, &[("kind", "mijlpaal"), ("title", "Eerste buurtkamer open"), ("happened_on", "2099-01-01")])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text().contains("Deze datum ligt in de toekomst.")
            && bad.text().contains("value=\"Eerste buurtkamer open\"")
    );
    assert!(app.store.successes(p.id).await.unwrap().is_empty(), "nothing saved");
    app.post_form(&list, &form).await.assert_status(StatusCode::SEE_OTHER);
    let s = app.store.successes(p.id).await.unwrap()[0].clone();
    let html = app.server.get(&list).await.text();
    assert!(html.contains("<h2>2026</h2>") && html.contains("Mijlpaal") && html.contains("12-03-2026"));
    // Two edits from the same form: the second sees the first.
    let edit = format!("{list}/{}/bewerken", s.id);
    let with =
        |title: &'static str| [("kind", "succes"), ("title", title), ("happened_on", "2026-03-12"), ("version", "1")];
    app.post_form(&edit, &with("Buurtkamer Bloemhof open")).await.assert_status(StatusCode::SEE_OTHER);
    let stale = app.post_form(&edit, &with("Buurtkamer open")).await;
    stale.assert_status(StatusCode::CONFLICT);
    assert!(stale.text().contains("Buurtkamer Bloemhof open") && stale.text().contains("value=\"Buurtkamer open\""));
    // Deleting asks first; the public reads the list once progress is published.
    assert!(app.server.get(&format!("{list}/{}/verwijderen", s.id)).await.text().contains("verwijderen?"));
    app.server.clear_cookies();
    app.server.get(&list).await.assert_status(StatusCode::SEE_OTHER);
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Progress]).await.unwrap();
    let public = app.server.get(&list).await.text();
    assert!(public.contains("Buurtkamer Bloemhof open") && !public.contains("bewerken"));
    let anonymous = app.server.post(&format!("{list}/{}/verwijderen", s.id)).await;
    assert_ne!(anonymous.status_code(), StatusCode::OK);
    assert_eq!(app.store.successes(p.id).await.unwrap().len(), 1, "an anonymous post changes nothing");
}

#[tokio::test]
async fn a_yearly_report_is_a_draft_for_members_and_once_published_an_immutable_public_snapshot() {
    use wijkwijzer::domain::goal::NewGoal;
    use wijkwijzer::domain::monitoring::NewMeasurement;
    let mut app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let goal = common::own_goal("Meer initiatieven #set page(width: 1cm) <script>alert(1)</script>");
    let g = app.store.create_goal(&actor, p.id, &goal).await.unwrap();
    let m = NewMeasurement { year: 2025, value: 17.0, source: "Registratie buurtwerk".into(), evidence: String::new() };
    app.store.save_measurement(&actor, p.id, g.id, None, &m, true).await.unwrap();
    app.store
        .save_goal_story(&actor, p.id, g.id, 2025, "Twee buurtkamers openden \"eindelijk\" \\ samen.")
        .await
        .unwrap();
    let year = format!("/programmas/{}/voortgang/rapportages/2025", p.id);
    // Nothing is public before publishing.
    app.server.get(&year).await.assert_status(StatusCode::SEE_OTHER);
    app.server.get(&format!("{year}/pdf")).await.assert_status(StatusCode::SEE_OTHER);
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let draft = app.server.get(&year).await;
    draft.assert_status_ok();
    let html = draft.text();
    assert_inert(&html, "report");
    assert!(html.contains("Concept") && html.contains("1 van 1 doelen behaald of op koers."), "a draft, results first");
    assert!(html.contains("Twee buurtkamers openden") && html.contains("Registratie buurtwerk"), "story and source");
    assert!(!html.contains("Rapportage 2025 publiceren"), "a partner does not publish");
    app.post_form(&format!("{year}/publiceren"), &[]).await.assert_status(StatusCode::FORBIDDEN);
    // The PDF is made natively, markup in the data stays text.
    let pdf = app.server.get(&format!("{year}/pdf")).await;
    pdf.assert_status_ok();
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert!(pdf.as_bytes().starts_with(b"%PDF-"));
    app.server.clear_cookies();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    assert!(app.server.get(&year).await.text().contains("Rapportage 2025 publiceren"));
    app.post_form(&format!("{year}/publiceren"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    let api = format!("/api/v1/programmes/{}/reports", p.id);
    let summary: serde_json::Value = app.server.get(&format!("{api}/2025")).await.json();
    assert_eq!((summary["goals"].as_i64(), summary["on_track"].as_i64()), (Some(1), Some(1)));
    assert_eq!(summary["sources"][0], "Registratie buurtwerk");
    let published_pdf = app.server.get(&format!("{year}/pdf?versie=gepubliceerd")).await.as_bytes().to_vec();
    assert!(published_pdf.starts_with(b"%PDF-"));
    // Later edits change the draft, never the published year; publishing again changes nothing.
    let renamed = NewGoal { title: "Meer bewonersinitiatieven".into(), ..goal.clone() };
    app.store.update_goal(&actor, p.id, g.id, 1, &renamed, &RevisionNote::system("test")).await.unwrap();
    assert!(app.server.get(&year).await.text().contains("Meer bewonersinitiatieven"));
    let again = app.post_form(&format!("{year}/publiceren"), &[]).await;
    assert!(again.header("location").to_str().unwrap().ends_with("melding=al-gepubliceerd"));
    app.server.clear_cookies();
    let public = app.server.get(&year).await;
    public.assert_status_ok();
    let public = public.text();
    assert!(
        public.contains("Meer initiatieven #set page") && !public.contains("Meer bewonersinitiatieven"),
        "the snapshot"
    );
    assert!(!public.contains("Concept") && !public.contains("publiceren"));
    assert_eq!(app.server.get(&format!("{year}/pdf")).await.as_bytes().to_vec(), published_pdf, "the stored PDF");
    let listed: serde_json::Value = app.server.get(&api).await.json();
    assert_eq!(listed[0]["year"], 2025);
    assert!(listed[0]["pdf_url"].as_str().unwrap().ends_with("/rapportages/2025/pdf?versie=gepubliceerd"));
    app.server.get(&format!("{api}/2025")).expect_failure().await.assert_status(StatusCode::UNAUTHORIZED);
    let doc = app.server.get("/api/v1/openapi.json").await.text();
    assert!(doc.contains("/api/v1/programmes/{id}/reports/{year}") && doc.contains("PublishedReportDto"));
    let index = app.server.get(&format!("/programmas/{}/voortgang/rapportages", p.id)).await.text();
    assert!(
        index.contains("Rapportage 2025 lezen") && !index.contains("Rapportage 2026 lezen"),
        "only what is published"
    );
    // Withdrawing asks first and takes it off the public page.
    app.login("beheerder@x.nl", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    assert!(app.server.get(&format!("{year}/intrekken")).await.text().contains("Rapportage 2025 intrekken?"));
    app.post_form(&format!("{year}/intrekken"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    app.server.clear_cookies();
    app.server.get(&year).await.assert_status(StatusCode::SEE_OTHER);
    let history = app.history(p.id).await;
    assert!(history.iter().any(|r| r.entity == "report" && r.action == "publish"));
    assert!(history.iter().any(|r| r.entity == "report" && r.action == "unpublish"));
    // A year outside the programme is not found.
    app.server
        .get(&format!("/programmas/{}/voortgang/rapportages/1999", p.id))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_site_administrator_hands_over_and_erases_a_persons_data_after_confirming() {
    use wijkwijzer::domain::coalition::{Move, NewParty, PartyKind};
    let app = spawn_app().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let party = NewParty {
        name: "Woonstad".into(),
        kind: PartyKind::Housing,
        description: String::new(),
        joined_on: "2024-01-15".into(),
        joined_note: String::new(),
    };
    let woonstad = app.store.create_party(&actor, p.id, &party).await.unwrap();
    let woonstad = app
        .store
        .add_contact(&actor, p.id, woonstad.id, ("Jan Smit", "wijkbeheerder", "jan@woonstad.nl"))
        .await
        .unwrap();
    let admin = app.login_as("admin@x.nl", true).await;

    // Validation keeps what was typed.
    let res = app.post_form("/beheer/privacy", &[("email", "geen-adres"), ("name", "Jan Smit")]).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text().contains("value=\"Jan Smit\"") && res.text().contains("Vul een geldig e-mailadres in"),
        "{}",
        res.text()
    );

    let found = app.post_form("/beheer/privacy", &[("email", "JAN@woonstad.nl"), ("name", "")]).await;
    found.assert_status_ok();
    let html = found.text();
    assert!(html.contains("Jan Smit, wijkbeheerder, jan@woonstad.nl — Woonstad (Zuid)"), "{html}");
    assert!(html.contains("Geen account met dit e-mailadres."));

    let export = app.post_form("/beheer/privacy/export", &[("email", "jan@woonstad.nl"), ("name", "")]).await;
    export.assert_status_ok();
    assert!(export.header("content-disposition").to_str().unwrap().contains("persoonsgegevens.json"));
    let json: serde_json::Value = export.json();
    assert_eq!(json["gegevens"]["contacts"][0]["name"], "Jan Smit");

    // Erasing asks first and changes nothing until confirmed.
    let confirm = app.post_form("/beheer/privacy/wissen", &[("email", "jan@woonstad.nl"), ("name", "")]).await;
    assert!(confirm.text().contains("Gegevens van deze persoon verwijderen?"));
    assert_eq!(app.store.party(p.id, woonstad.id).await.unwrap().contacts.len(), 1);
    let done = app
        .post_form("/beheer/privacy/wissen", &[("email", "jan@woonstad.nl"), ("name", ""), ("bevestigd", "ja")])
        .await;
    done.assert_status_ok();
    assert!(done.text().contains("1 contactgegevens verwijderd."), "{}", done.text());
    assert!(app.store.party(p.id, woonstad.id).await.unwrap().contacts.is_empty());
    let again = app.post_form("/beheer/privacy", &[("email", "jan@woonstad.nl"), ("name", "")]).await;
    assert!(again.text().contains("Niets gevonden over deze persoon."));
    let trail = app.store.audit_records(AuditFilter::default(), 1, 100).await.unwrap().items;
    assert!(trail.iter().any(|r| r.action == "export" && r.actor_id == Some(admin.id)), "handing out is audited");
    assert!(!format!("{trail:?}").contains("jan@woonstad.nl"));

    // One's own account is never erased from the session that uses it.
    let own =
        app.post_form("/beheer/privacy/wissen", &[("email", "admin@x.nl"), ("name", ""), ("bevestigd", "ja")]).await;
    own.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.text().contains("U kunt het account waarmee u bent ingelogd niet verwijderen."));
    assert!(!app.store.user(admin.id).await.unwrap().disabled);

    // A party that left shows when its remaining contacts go.
    let woonstad = app.store.add_contact(&actor, p.id, woonstad.id, ("Els", "", "")).await.unwrap();
    let m = Move { date: "2025-03-31".into(), reason: "Fusie".into() };
    app.store.move_party(&actor, p.id, woonstad.id, woonstad.version, &m).await.unwrap();
    let page = app.server.get(&format!("/programmas/{}/coalitie/partijen/{}", p.id, woonstad.id)).await.text();
    assert!(page.contains("worden op 31-03-2027 verwijderd (bewaartermijn 24 maanden na vertrek)"), "{page}");
}

#[tokio::test]
async fn public_pages_are_shared_between_visitors_yet_never_older_than_the_data() {
    let mut app = spawn_app().await;
    let dataset = eenzaam_dataset;
    app.store.import_dataset(&Actor::system("test"), "t", "test", &dataset(63.8)).await.unwrap();
    let first = app.server.get("/gebieden/BU05991081").await.text();
    assert!(first.contains("63,8"), "the figure is shown");
    assert_eq!(app.server.get("/gebieden/BU05991081").await.text(), first, "a second visitor gets the same page");
    let csv = app.server.get("/urgentie.csv?niveau=buurt&gemeente=GM0599&jaar=2020").await;
    assert!(csv.header("content-disposition").to_str().unwrap().contains("urgentiescan-GM0599"), "headers kept");
    // A new import is visible at once, to the next anonymous visitor.
    app.store.import_dataset(&Actor::system("test"), "t", "test", &dataset(71.2)).await.unwrap();
    let after = app.server.get("/gebieden/BU05991081").await;
    assert!(after.text().contains("71,2") && !after.text().contains("63,8"), "never older than the data");
    assert!(after.header("content-security-policy").to_str().unwrap().contains("default-src 'self'"));
    // The English page is its own.
    let en = app.server.get("/gebieden/BU05991081").add_header(h("accept-language"), v("en")).await.text();
    assert!(en.contains("<html lang=\"en\">") && en.contains("71.2"));
    // Logged in, the page is one's own (the header names the account), never a shared copy.
    app.login_as("anna@x.nl", false).await;
    let mine = app.server.get("/gebieden/BU05991081").await.text();
    assert!(mine.contains("Uitloggen") && mine.contains("71,2"));
    app.server.clear_cookies();
    assert!(!app.server.get("/gebieden/BU05991081").await.text().contains("Uitloggen"), "and not shared onward");
}

#[tokio::test]
async fn the_api_answers_a_malformed_body_and_an_odd_period_in_json_never_by_dropping_the_connection() {
    let mut app = spawn_app().await;
    let admin = app.login_as("admin@x.nl", true).await;
    let (_, token) = app.store.create_api_token(&Actor::user(admin.id, &admin.email), admin.id, "t").await.unwrap();
    app.server.clear_cookies();
    // Found by schemathesis: these came back as plain text, and the period as a dropped connection.
    let res = app
        .server
        .post("/api/v1/programmes")
        .authorization_bearer(&token)
        .content_type("application/json")
        .bytes("[null, null]".into())
        .await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json();
    assert_eq!(body["error"]["code"], "invalid_request");
    assert!(body["error"]["message"].as_str().unwrap().starts_with("Ongeldig verzoek: "), "{body}");
    let res = app.server.get("/api/v1/areas/BU00030001/observations?period=0%F0%90%80%80").await;
    assert!(res.status_code().is_client_error(), "{}", res.status_code());
    let code = res.json::<serde_json::Value>()["error"]["code"].as_str().unwrap_or_default().to_string();
    assert!(matches!(code.as_str(), "validation" | "not_found"), "{code}");
}
