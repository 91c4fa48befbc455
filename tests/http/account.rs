//! Accounts and the frame every page shares: logging in and out, sessions and their cookies,
//! throttling, CSRF, languages, security headers, error pages, passwords, accounts and API tokens.

use crate::common::app::{TestApp, h, v};
use crate::common::{PASSWORD, add_user};
use axum::http::StatusCode;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::http::WebSettings;

#[tokio::test]
async fn health_answers_200_while_the_database_answers_and_503_after() {
    let app = TestApp::sqlite().await;
    app.server.get("/health").await.assert_status_ok();
    app.store.close().await;
    app.server.get("/health").await.assert_status(StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn pages_are_dutch_by_default_and_english_when_the_browser_asks() {
    let app = TestApp::sqlite().await;
    let nl = app.server.get("/").await.text();
    assert!(nl.contains("<html lang=\"nl\">"));
    assert!(nl.contains("Naar de inhoud"));
    let en = app.server.get("/").add_header(h("accept-language"), v("en-GB,en;q=0.9")).await.text();
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Skip to content"));
}

#[tokio::test]
async fn the_language_switch_remembers_the_choice_and_returns_to_the_page() {
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite_with(WebSettings { secure_cookies: true, ..WebSettings::default() }).await;
    add_user(&app.store, "anna@x.nl", false).await;
    let res = app.login("anna@x.nl", PASSWORD).await;
    assert!(res.header("set-cookie").to_str().unwrap().contains("Secure"));
}

#[tokio::test]
async fn a_login_never_redirects_to_another_site() {
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
    app.login_as("anna@x.nl", false).await;
    let res = app.post_form("/uitloggen", &[]).await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert!(res.header("set-cookie").to_str().unwrap().contains("Max-Age=0"));
    // Even a copy of the old cookie no longer works: the session is gone from the database.
    let res = app.server.get("/account").await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/inloggen?terug=%2Faccount");
}

/// Behind one trusted proxy, which appends the address it saw to `X-Forwarded-For`.
fn behind_a_proxy() -> WebSettings {
    WebSettings { trusted_proxy_hops: 1, ..WebSettings::default() }
}

/// A sign-in through the proxy from `address`, with whatever the client itself put in the header.
async fn login_from(
    app: &TestApp,
    client_wrote: &str,
    address: &str,
    email: &str,
    password: &str,
) -> axum_test::TestResponse {
    let forwarded = if client_wrote.is_empty() { address.to_string() } else { format!("{client_wrote}, {address}") };
    app.server
        .post("/inloggen")
        .add_header(h("x-forwarded-for"), v(&forwarded))
        .form(&[("email", email), ("password", password), ("terug", "/")])
        .await
}

#[tokio::test]
async fn a_stranger_guessing_slows_down_only_themselves_and_the_owner_still_gets_in() {
    let app = TestApp::sqlite_with(behind_a_proxy()).await;
    add_user(&app.store, "admin@x.nl", true).await;
    let stranger = "198.51.100.7";
    for _ in 0..5 {
        login_from(&app, "", stranger, "admin@x.nl", "verkeerd verkeerd verkeerd")
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    // The stranger now waits, even with the right password …
    let res = login_from(&app, "", stranger, "admin@x.nl", PASSWORD).await;
    res.assert_status(StatusCode::TOO_MANY_REQUESTS);
    assert!(
        res.text().contains("Te veel mislukte pogingen vanaf dit adres. Probeer het over een minuut opnieuw"),
        "{}",
        res.text()
    );
    assert_eq!(res.header("retry-after").to_str().unwrap().parse::<i64>().map(|s| (1..=60).contains(&s)), Ok(true));
    // … and a made-up first hop on every request does not get around it.
    for made_up in ["1.2.3.4", "5.6.7.8", "unknown"] {
        login_from(&app, made_up, stranger, "admin@x.nl", PASSWORD).await.assert_status(StatusCode::TOO_MANY_REQUESTS);
    }
    // The owner, from their own address, signs in as usual: the account is not locked.
    let other = app.another_browser();
    login_from(&other, "", "203.0.113.20", "admin@x.nl", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    // Which clears nothing for the stranger.
    login_from(&app, "", stranger, "admin@x.nl", PASSWORD).await.assert_status(StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn one_address_trying_many_accounts_waits_and_another_address_does_not() {
    let mut settings = behind_a_proxy();
    settings.throttle_per_address.free = 3;
    let app = TestApp::sqlite_with(settings).await;
    for who in ["a", "b", "c", "d"] {
        add_user(&app.store, &format!("{who}@x.nl"), false).await;
    }
    let sprayer = "198.51.100.8";
    for who in ["a", "b", "c"] {
        login_from(&app, "", sprayer, &format!("{who}@x.nl"), "verkeerd verkeerd verkeerd")
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    let res = login_from(&app, "", sprayer, "d@x.nl", PASSWORD).await;
    res.assert_status(StatusCode::TOO_MANY_REQUESTS);
    login_from(&app.another_browser(), "", "203.0.113.21", "d@x.nl", PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn without_a_trusted_proxy_the_forwarded_header_is_ignored() {
    let app = TestApp::sqlite().await;
    add_user(&app.store, "anna@x.nl", false).await;
    for i in 0..5 {
        // Each try claims another address; without a trusted proxy the header counts for nothing.
        login_from(&app, "", &format!("192.0.2.{i}"), "anna@x.nl", "verkeerd verkeerd verkeerd")
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    login_from(&app, "", "192.0.2.99", "anna@x.nl", PASSWORD).await.assert_status(StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_form_post_without_the_session_token_is_refused_with_a_clear_page() {
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
    let u = add_user(&app.store, "weg@x.nl", false).await;
    app.store
        .update_user_flags(
            &Actor::system("test"),
            u.id,
            wijkwijzer::domain::user::UserFlags { disabled: true, ..u.flags() },
        )
        .await
        .unwrap();
    app.login("weg@x.nl", PASSWORD).await.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_in_the_readers_language() {
    let app = TestApp::sqlite().await;
    let res = app.server.get("/bestaat-niet").add_header(h("accept-language"), v("en")).await;
    res.assert_status(StatusCode::NOT_FOUND);
    assert!(res.text().contains("Page not found"));
    let res = app.server.get("/api/v1/bestaat-niet").await;
    res.assert_status(StatusCode::NOT_FOUND);
    let body: serde_json::Value = res.json();
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn api_tokens_are_created_shown_once_and_revoked_from_the_account_page() {
    let app = TestApp::sqlite().await;
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
