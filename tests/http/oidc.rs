//! Signing in through an organisation's identity provider, against a real OpenID provider
//! (`oidc-provider` from npm, `common::oidc`): accounts and roles from the provider's groups, never
//! an account taken over on its address alone, and every broken or forged answer refused with a
//! clear message and no session.

use crate::common::app::TestApp;
use crate::common::oidc::OidcProvider;
use crate::common::{PASSWORD, add_user};
use axum::http::StatusCode;
use axum_test::TestResponse;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::oidc::ProviderConfig;
use wijkwijzer::domain::user::Email;
use wijkwijzer::http::WebSettings;

const SITE: &str = "http://wijkwijzer.test";
const RETURN: &str = "http://wijkwijzer.test/inloggen/met/gemeente/terug";

fn provider(test: &str) -> Option<OidcProvider> {
    OidcProvider::start(test, RETURN, &format!("{SITE}/?melding=uitgelogd"))
}

async fn site(op: &OidcProvider, config: &ProviderConfig) -> TestApp {
    site_with(op, config, WebSettings::default()).await
}

async fn site_with(op: &OidcProvider, config: &ProviderConfig, settings: WebSettings) -> TestApp {
    TestApp::sqlite_with(WebSettings { public_url: SITE.into(), oidc: vec![op.provider(config)], ..settings }).await
}

/// Press "Inloggen met …": the provider's authorisation address.
async fn set_out(app: &TestApp, back: &str) -> String {
    let res = app.server.get(&format!("/inloggen/met/gemeente?terug={back}")).await;
    assert_eq!(res.status_code(), StatusCode::SEE_OTHER, "{}", res.text());
    let to = res.header("location").to_str().unwrap().to_string();
    assert!(res.header("set-cookie").to_str().unwrap().starts_with("ww_oidc="));
    to
}

/// Follow the provider's answer back into WijkWijzer.
async fn come_back(app: &TestApp, url: &str) -> TestResponse {
    let path = url.strip_prefix(SITE).expect("the provider sends the browser back to the site");
    app.server.get(path).await
}

/// The whole way: set out, sign in at the provider as `login`, come back.
async fn sign_in(app: &TestApp, op: &OidcProvider, login: &str, back: &str) -> TestResponse {
    let to = set_out(app, back).await;
    let url = op.sign_in(&to, login).await;
    come_back(app, &url).await
}

async fn signed_in(app: &TestApp) -> bool {
    app.server.get("/account").await.status_code() == StatusCode::OK
}

#[tokio::test]
async fn the_provider_creates_the_account_and_its_groups_set_the_roles() {
    let Some(op) = provider("sign-in through an identity provider") else { return };
    let bootstrap = TestApp::sqlite().await;
    let zuid = bootstrap.programme("Zuid", &[]).await;
    let noord = bootstrap.programme("Noord", &[]).await;
    let config = op.config(
        "gemeente",
        &[
            ("wijkaanpak-lezers", &format!("programma:{}:lezer", zuid.id)),
            ("noord-partners", &format!("programma:{}:partner", noord.id)),
            ("wijkwijzer-beheer", "sitebeheerder"),
        ],
    );
    let app = TestApp::serve_on(
        &bootstrap.store,
        WebSettings { public_url: SITE.into(), oidc: vec![op.provider(&config)], ..WebSettings::default() },
    );

    let login = app.server.get("/inloggen").await.text();
    assert!(login.contains("Inloggen met Gemeente Testdorp"), "{login}");
    assert!(login.contains("href=\"/inloggen/met/gemeente?terug=/\""), "{login}");
    assert!(login.contains("name=\"password\""), "the password form stays while it is allowed");

    // The authorisation request carries PKCE, a state and a nonce, and asks for the scopes.
    let to = set_out(&app, &format!("/programmas/{}", zuid.id)).await;
    assert!(to.starts_with(&format!("{}/auth?", op.issuer())), "{to}");
    for part in
        ["code_challenge_method=S256", "code_challenge=", "state=", "nonce=", "scope=openid+email+profile+groups"]
    {
        assert!(to.contains(part), "{part} in {to}");
    }
    let url = op.sign_in(&to, "anna").await;
    assert!(url.contains(&format!("iss={}", urlencoding(&op.issuer()))), "RFC 9207 issuer in {url}");
    let res = come_back(&app, &url).await;
    assert_eq!(res.status_code(), StatusCode::SEE_OTHER, "{}", res.text());
    assert_eq!(res.header("location"), format!("/programmas/{}", zuid.id).as_str());
    assert!(signed_in(&app).await);
    app.server.get(&format!("/programmas/{}", zuid.id)).await.assert_status_ok();

    let anna = app.store.user_by_email(&Email::parse("anna@gemeente.example").unwrap()).await.unwrap();
    assert_eq!(anna.display_name, "Anna de Vries");
    assert!(!anna.is_admin);
    assert_eq!(app.store.role_in(anna.id, zuid.id).await.unwrap(), Some(Role::Reader));
    assert_eq!(app.store.role_in(anna.id, noord.id).await.unwrap(), None);
    let history = app.history(zuid.id).await;
    assert!(
        history.iter().any(|r| r.entity == "membership" && r.action == "create" && r.actor_label == "oidc:gemeente"),
        "the role the provider gave is audited: {history:?}"
    );

    // The provider decides the roles it maps: a role given by hand in Noord is taken away at the
    // next sign-in (Anna is not in noord-partners); a role in a programme it does not map stays.
    let other = app.programme("Elders", &[]).await;
    app.store.set_member_role(&Actor::system("test"), noord.id, anna.id, Role::Manager).await.unwrap();
    app.store.set_member_role(&Actor::system("test"), other.id, anna.id, Role::Partner).await.unwrap();
    let again = app.another_browser();
    let res = sign_in(&again, &op, "anna", "/").await;
    assert_eq!(res.status_code(), StatusCode::SEE_OTHER, "{}", res.text());
    assert_eq!(app.store.role_in(anna.id, noord.id).await.unwrap(), None);
    assert_eq!(app.store.role_in(anna.id, other.id).await.unwrap(), Some(Role::Partner));
    let same = app.store.user_by_email(&Email::parse("anna@gemeente.example").unwrap()).await.unwrap();
    assert_eq!(same.id, anna.id, "the second sign-in is the same account");

    // Whoever signs in through the provider has no password here.
    let pw = app.another_browser();
    let res = pw.login("anna@gemeente.example", PASSWORD).await;
    assert_eq!(res.status_code(), StatusCode::UNAUTHORIZED);

    // A site role follows a group too.
    let admin = app.another_browser();
    sign_in(&admin, &op, "beheer", "/").await.assert_status(StatusCode::SEE_OTHER);
    let bram = app.store.user_by_email(&Email::parse("beheer@gemeente.example").unwrap()).await.unwrap();
    assert!(bram.is_admin);
    admin.server.get("/beheer/gebruikers").await.assert_status_ok();
    // The administrator sees how Anna signs in, and cannot give her a password around the provider.
    let page = admin.server.get(&format!("/beheer/gebruikers/{}", anna.id)).await.text();
    assert!(page.contains("via Gemeente Testdorp (geen wachtwoord in WijkWijzer)"), "{page}");
    assert!(!page.contains("name=\"new_password\""));
    let res = admin
        .post_form(&format!("/beheer/gebruikers/{}", anna.id), &[("new_password", "een lang genoeg wachtwoord")])
        .await;
    assert_eq!(res.status_code(), StatusCode::FORBIDDEN);
    assert!(page.contains("logt in via de organisatie en krijgt geen wachtwoord"));
    pw.login("anna@gemeente.example", "een lang genoeg wachtwoord").await.assert_status(StatusCode::UNAUTHORIZED);
}

fn urlencoding(s: &str) -> String {
    s.replace(':', "%3A").replace('/', "%2F")
}

#[tokio::test]
async fn an_account_without_a_role_sees_no_programme() {
    let Some(op) = provider("an identity-provider account without a role") else { return };
    let app = site(&op, &op.config("gemeente", &[])).await;
    let p = app.programme("Zuid", &[]).await;
    sign_in(&app, &op, "piet", "/").await.assert_status(StatusCode::SEE_OTHER);
    assert!(signed_in(&app).await);
    let res = app.server.get(&format!("/programmas/{}", p.id)).await;
    assert!(matches!(res.status_code(), StatusCode::FORBIDDEN | StatusCode::NOT_FOUND), "{}", res.status_code());
    app.server.get("/beheer/gebruikers").await.assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn no_account_is_made_or_taken_over_unless_the_provider_may() {
    let Some(op) = provider("accounts and identity providers") else { return };
    let closed = ProviderConfig { create_accounts: false, ..op.config("gemeente", &[]) };
    let app = site(&op, &closed).await;
    let res = sign_in(&app, &op, "piet", "/").await;
    assert_eq!(res.status_code(), StatusCode::FORBIDDEN);
    assert!(res.text().contains("heeft nog geen account in WijkWijzer"), "{}", res.text());
    assert!(!signed_in(&app).await);
    assert!(app.store.user_by_email(&Email::parse("piet@example.org").unwrap()).await.is_err());

    // An account with the same address exists: never taken over on the address alone.
    let existing = add_user(&app.store, "piet@example.org", true).await;
    let res = sign_in(&app, &op, "piet", "/").await;
    assert_eq!(res.status_code(), StatusCode::FORBIDDEN);
    assert!(res.text().contains("bestaat al een WijkWijzer-account"), "{}", res.text());
    assert!(!signed_in(&app).await);
    app.login("piet@example.org", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);

    // A provider allowed to match addresses links it; the password stops working.
    let open = ProviderConfig { match_email: true, ..closed };
    let app2 = TestApp::serve_on(
        &app.store,
        WebSettings { public_url: SITE.into(), oidc: vec![op.provider(&open)], ..WebSettings::default() },
    );
    sign_in(&app2, &op, "piet", "/").await.assert_status(StatusCode::SEE_OTHER);
    assert!(signed_in(&app2).await);
    let me = app2.server.get("/account").await.text();
    assert!(me.contains("piet@example.org"), "signed in as the existing account");
    let fresh = app2.another_browser();
    fresh.login("piet@example.org", PASSWORD).await.assert_status(StatusCode::UNAUTHORIZED);
    let linked = app.store.user(existing.id).await.unwrap();
    assert!(linked.is_admin, "roles the provider does not map are kept");
}

#[tokio::test]
async fn the_way_back_is_checked_and_used_once() {
    let Some(op) = provider("the return from the identity provider") else { return };
    let app = site(&op, &op.config("gemeente", &[])).await;

    // The way back after signing in stays on this site.
    for evil in ["https://evil.example/", "//evil.example/x", "/\\evil.example"] {
        let b = app.another_browser();
        let res = sign_in(&b, &op, "piet", &evil.replace('/', "%2F").replace('\\', "%5C").replace(':', "%3A")).await;
        assert_eq!(res.status_code(), StatusCode::SEE_OTHER);
        assert_eq!(res.header("location"), "/", "{evil}");
    }

    // Unknown provider.
    app.server.get("/inloggen/met/onbekend").await.assert_status(StatusCode::NOT_FOUND);
    app.server.get("/inloggen/met/onbekend/terug?code=x&state=y").await.assert_status(StatusCode::NOT_FOUND);

    // A state this browser did not send.
    let to = set_out(&app, "/").await;
    let url = op.sign_in(&to, "piet").await;
    let forged = url.replace("state=", "state=x");
    let res = come_back(&app, &forged).await;
    assert_eq!(res.status_code(), StatusCode::BAD_REQUEST);
    assert!(res.text().contains("Deze inlogpoging is verlopen of al gebruikt"), "{}", res.text());
    assert!(!signed_in(&app).await);
    // … and that sign-in is spent: the right state no longer works either.
    come_back(&app, &url).await.assert_status(StatusCode::BAD_REQUEST);
    assert!(!signed_in(&app).await);

    // Another browser cannot finish this browser's sign-in (login CSRF).
    let to = set_out(&app, "/").await;
    let url = op.sign_in(&to, "piet").await;
    let other = app.another_browser();
    let res = come_back(&other, &url).await;
    assert_eq!(res.status_code(), StatusCode::BAD_REQUEST);
    // The right browser can, once.
    come_back(&app, &url).await.assert_status(StatusCode::SEE_OTHER);
    assert!(signed_in(&app).await);
    let second = come_back(&app, &url).await;
    assert_eq!(second.status_code(), StatusCode::BAD_REQUEST, "a return address works once");

    // A code used before, brought back with a fresh sign-in's state: the provider refuses it.
    let b = app.another_browser();
    let fresh = set_out(&b, "/").await;
    let state = fresh.split("state=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let old_code = url.split("code=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let res = b.server.get(&format!("/inloggen/met/gemeente/terug?code={old_code}&state={state}")).await;
    assert_eq!(res.status_code(), StatusCode::BAD_REQUEST);
    assert!(res.text().contains("heeft de inlogpoging niet aanvaard"), "{}", res.text());
    assert!(!signed_in(&b).await);

    // The person cancelled at the provider.
    let c = app.another_browser();
    let fresh = set_out(&c, "/").await;
    let state = fresh.split("state=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let res = c.server.get(&format!("/inloggen/met/gemeente/terug?error=access_denied&state={state}")).await;
    assert_eq!(res.status_code(), StatusCode::UNAUTHORIZED);
    assert!(res.text().contains("is afgebroken"), "{}", res.text());

    // An answer that names another issuer (mix-up attack).
    let d = app.another_browser();
    let to = set_out(&d, "/").await;
    let url = op.sign_in(&to, "piet").await;
    let mixed = url.replace(&urlencoding(&op.issuer()), "http%3A%2F%2Fevil.example");
    let res = come_back(&d, &mixed).await;
    assert_eq!(res.status_code(), StatusCode::BAD_REQUEST);
    assert!(!signed_in(&d).await);
}

#[tokio::test]
async fn a_forged_expired_or_misdirected_id_token_signs_nobody_in() {
    let Some(op) = provider("forged ID tokens") else { return };
    let app = site(&op, &op.config("gemeente", &[])).await;
    for mode in ["expired", "wrong-key", "other-issuer", "wrong-nonce"] {
        op.set_mode(mode).await;
        let b = app.another_browser();
        let res = sign_in(&b, &op, &format!("vals-{mode}"), "/").await;
        assert_eq!(res.status_code(), StatusCode::BAD_REQUEST, "{mode}: {}", res.text());
        assert!(res.text().contains("kon niet worden gecontroleerd"), "{mode}: {}", res.text());
        assert!(!signed_in(&b).await, "{mode}");
        let address = format!("vals-{mode}@example.org");
        assert!(app.store.user_by_email(&Email::parse(&address).unwrap()).await.is_err(), "{mode}: no account");
    }
    // Clocks differ a little between machines: a token a provider running a minute behind or
    // ahead issued is taken.
    for mode in ["late", "ahead"] {
        op.set_mode(mode).await;
        let b = app.another_browser();
        let res = sign_in(&b, &op, &format!("scheef-{mode}"), "/").await;
        assert_eq!(res.status_code(), StatusCode::SEE_OTHER, "{mode}: {}", res.text());
        assert!(signed_in(&b).await, "{mode}");
    }
    op.set_mode("ok").await;
    sign_in(&app, &op, "echt", "/").await.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_provider_that_is_down_gets_a_clear_answer_and_a_new_key_is_fetched() {
    let Some(mut op) = provider("identity provider outage and key rotation") else { return };
    let app = site(&op, &op.config("gemeente", &[])).await;
    sign_in(&app, &op, "piet", "/").await.assert_status(StatusCode::SEE_OTHER);

    // The provider restarts with a new signing key: the cached keys do not verify the new token,
    // so they are fetched again, once.
    op.restart();
    let b = app.another_browser();
    sign_in(&b, &op, "piet", "/").await.assert_status(StatusCode::SEE_OTHER);
    assert!(signed_in(&b).await);

    // Down while the person is at the provider (the code cannot be exchanged) …
    let c = app.another_browser();
    let to = set_out(&c, "/").await;
    let url = op.sign_in(&to, "piet").await;
    op.stop();
    let res = come_back(&c, &url).await;
    assert_eq!(res.status_code(), StatusCode::BAD_GATEWAY, "{}", res.text());
    assert!(res.text().contains("Gemeente Testdorp is nu niet bereikbaar"), "{}", res.text());
    assert!(!signed_in(&c).await);

    // … and down before setting out, with discovery to do (a fresh instance).
    let fresh = TestApp::serve_on(
        &app.store,
        WebSettings {
            public_url: SITE.into(),
            oidc: vec![op.provider(&op.config("gemeente", &[]))],
            ..WebSettings::default()
        },
    );
    let res = fresh.server.get("/inloggen/met/gemeente").await;
    assert_eq!(res.status_code(), StatusCode::BAD_GATEWAY);
    assert!(res.text().contains("is nu niet bereikbaar"));
    let en = fresh.server.get("/inloggen/met/gemeente").add_header("accept-language", "en").await;
    assert!(en.text().contains("cannot be reached right now"), "{}", en.text());
}

#[tokio::test]
async fn signing_out_ends_the_session_at_the_provider_too() {
    let Some(op) = provider("signing out through the identity provider") else { return };
    let app = site(&op, &op.config("gemeente", &[])).await;
    sign_in(&app, &op, "piet", "/").await.assert_status(StatusCode::SEE_OTHER);
    // A redirect after a form is the form's navigation: the CSP lets it go on to the provider.
    let csp = app.server.get("/account").await.header("content-security-policy").to_str().unwrap().to_string();
    assert!(csp.contains(&format!("form-action 'self' {};", op.issuer())), "{csp}");
    let res = app.post_form("/uitloggen", &[]).await;
    assert_eq!(res.status_code(), StatusCode::SEE_OTHER);
    let to = res.header("location").to_str().unwrap().to_string();
    assert!(to.starts_with(&format!("{}/session/end?", op.issuer())), "{to}");
    assert!(to.contains("post_logout_redirect_uri=http%3A%2F%2Fwijkwijzer.test%2F%3Fmelding%3Duitgelogd"), "{to}");
    assert!(!signed_in(&app).await);
}

#[tokio::test]
async fn with_password_sign_in_off_only_the_provider_lets_people_in() {
    let Some(op) = provider("password sign-in turned off") else { return };
    let app =
        site_with(&op, &op.config("gemeente", &[]), WebSettings { password_login: false, ..WebSettings::default() })
            .await;
    add_user(&app.store, "anna@x.nl", true).await;
    let page = app.server.get("/inloggen").await.text();
    assert!(page.contains("Inloggen met Gemeente Testdorp"));
    assert!(!page.contains("name=\"password\""), "no password form");
    assert!(!page.contains("/wachtwoord-vergeten"));
    let res = app.login("anna@x.nl", PASSWORD).await;
    assert_eq!(res.status_code(), StatusCode::FORBIDDEN);
    assert!(res.text().contains("Inloggen met een wachtwoord staat uit"));
    assert!(!signed_in(&app).await);
    let res = app.server.get("/wachtwoord-vergeten").await;
    assert_eq!(res.status_code(), StatusCode::SEE_OTHER);
    sign_in(&app, &op, "piet", "/").await.assert_status(StatusCode::SEE_OTHER);
    assert!(signed_in(&app).await);
}
