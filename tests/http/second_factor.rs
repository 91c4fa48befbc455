//! Two-step verification: enrolment at the first sign-in where it is required, a code after every
//! password, recovery codes, replayed codes and challenges refused, wrong codes throttled, turning
//! it on and off on the account page, and a site administrator's reset.

use crate::common::app::TestApp;
use crate::common::{PASSWORD, add_user};
use axum::http::StatusCode;
use wijkwijzer::domain::second_factor::{Requirement, code_at};
use wijkwijzer::http::WebSettings;
use wijkwijzer::store::AuditFilter;

fn requiring(r: Requirement) -> WebSettings {
    WebSettings { second_factor: r, ..WebSettings::default() }
}

fn now() -> u64 {
    wijkwijzer::domain::clock::now().unix_timestamp() as u64
}

/// The key shown for typing into the app (spaces removed).
fn key_on(html: &str) -> String {
    let at = html.find("<code class=\"secret\" lang=\"en\">").expect("the key is shown") + 31;
    html[at..].split('<').next().unwrap().replace(' ', "")
}

/// The recovery codes on the page that shows them once.
fn recovery_codes_on(html: &str) -> Vec<String> {
    html.split("<li><code class=\"secret\">").skip(1).map(|s| s.split('<').next().unwrap().to_string()).collect()
}

async fn code_step(app: &TestApp, code: &str) -> axum_test::TestResponse {
    app.server.post("/inloggen/code").form(&[("code", code)]).await
}

#[tokio::test]
async fn an_administrator_sets_up_a_second_factor_at_the_first_sign_in_and_needs_a_code_after() {
    let app = TestApp::sqlite_with(requiring(Requirement::Admins)).await;
    add_user(&app.store, "admin@x.nl", true).await;
    let res = app
        .server
        .post("/inloggen")
        .form(&[("email", "admin@x.nl"), ("password", PASSWORD), ("terug", "/account")])
        .await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/inloggen/code");
    let cookie = res.header("set-cookie").to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("Path=/inloggen"), "{cookie}");
    // No session yet: the password alone does not sign in.
    app.server.get("/account").await.assert_status(StatusCode::SEE_OTHER);

    let page = app.server.get("/inloggen/code").await;
    page.assert_status_ok();
    let html = page.text();
    assert!(html.contains("Tweestapsverificatie instellen") && html.contains("<svg"), "enrolment with a QR code");
    assert!(html.contains("role=\"img\" aria-label=\"QR-code"), "the QR code is named for screen readers");
    let key = key_on(&html);
    assert_eq!(key.len(), 32);
    // Reloading keeps the same key (an app that scanned it stays right).
    assert_eq!(key_on(&app.server.get("/inloggen/code").await.text()), key);

    let wrong = code_step(&app, "000000").await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("Deze code klopt niet."));
    app.server.get("/account").await.assert_status(StatusCode::SEE_OTHER);

    let code = code_at(&key, now()).unwrap();
    let done = code_step(&app, &code).await;
    done.assert_status_ok();
    let codes = recovery_codes_on(&done.text());
    assert_eq!(codes.len(), 10, "ten recovery codes, shown once");
    assert!(done.text().contains("Ze worden maar één keer getoond"));
    assert_eq!(done.header("cache-control"), "no-store");
    assert!(done.text().contains("href=\"/account\""), "then on to where they were going");
    let account = app.server.get("/account").await;
    account.assert_status_ok();
    assert!(account.text().contains("Tweestapsverificatie staat aan sinds"));
    let audit = app.store.audit_records(AuditFilter::default(), 1, 5).await.unwrap();
    assert!(audit.items.iter().any(|r| r.action == "second-factor-on"), "enrolment is audited");

    // The next sign-in asks the code, not the enrolment; the same code again is refused.
    let other = app.another_browser();
    other.login("admin@x.nl", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    let ask = other.server.get("/inloggen/code").await.text();
    assert!(ask.contains("Code uit uw app") && !ask.contains("<svg"));
    let replay = code_step(&other, &code).await;
    replay.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(replay.text().contains("Deze code is al gebruikt"), "{}", replay.text());
    // A recovery code works, once (typed in capitals and without the dash, as people do).
    let typed = codes[0].to_uppercase().replace('-', "");
    let res = code_step(&other, &typed).await;
    res.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), "/");
    other.server.get("/account").await.assert_status_ok();
    let third = app.another_browser();
    third.login("admin@x.nl", PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
    code_step(&third, &codes[0]).await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(third.server.get("/account/tweestapsverificatie").await.status_code() == StatusCode::SEE_OTHER);
    assert!(other.server.get("/account/tweestapsverificatie").await.text().contains("U hebt nog 9 herstelcodes."));
}

#[tokio::test]
async fn a_challenge_leads_to_one_session_and_expires_without_its_cookie() {
    let app = TestApp::sqlite_with(requiring(Requirement::Admins)).await;
    add_user(&app.store, "admin@x.nl", true).await;
    // Without a challenge: back to the password, with a reason.
    let res = app.server.get("/inloggen/code").await;
    assert_eq!(res.header("location"), "/inloggen?melding=verlopen");
    assert!(app.server.get("/inloggen?melding=verlopen").await.text().contains("Uw inlogpoging is verlopen"));
    app.login("admin@x.nl", PASSWORD).await;
    let key = key_on(&app.server.get("/inloggen/code").await.text());
    let challenge = app
        .server
        .post("/inloggen")
        .form(&[("email", "admin@x.nl"), ("password", PASSWORD)])
        .await
        .header("set-cookie")
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    code_step(&app, &code_at(&key, now()).unwrap()).await.assert_status_ok();
    // The same challenge cookie, sent again by a copy of the browser, makes no second session.
    let copy = TestApp::cookieless(&app.store);
    let again = copy
        .post("/inloggen/code")
        .add_header(crate::common::app::h("cookie"), crate::common::app::v(&challenge))
        .form(&[("code", "123456")])
        .await;
    assert_eq!(again.header("location"), "/inloggen?melding=verlopen");
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_passwords() {
    let app = TestApp::sqlite_with(requiring(Requirement::Admins)).await;
    add_user(&app.store, "admin@x.nl", true).await;
    app.login("admin@x.nl", PASSWORD).await;
    let key = key_on(&app.server.get("/inloggen/code").await.text());
    for _ in 0..5 {
        code_step(&app, "000000").await.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let res = code_step(&app, &code_at(&key, now()).unwrap()).await;
    res.assert_status(StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().contains("Te veel mislukte pogingen"));
    // A right password again does not clear the wrong codes.
    app.login("admin@x.nl", PASSWORD).await.assert_status(StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn anyone_may_turn_it_on_and_off_where_it_is_not_required_and_an_administrator_resets_it() {
    let app = TestApp::sqlite_with(requiring(Requirement::Admins)).await;
    let anna = app.login_as("anna@x.nl", false).await;
    let page = app.server.get("/account/tweestapsverificatie").await.text();
    assert!(page.contains("Tweestapsverificatie aanzetten"));
    let key = key_on(&page);
    let on = app.post_form("/account/tweestapsverificatie", &[("code", &code_at(&key, now()).unwrap())]).await;
    on.assert_status_ok();
    assert_eq!(recovery_codes_on(&on.text()).len(), 10);
    assert!(app.store.second_factor(anna.id).await.unwrap().is_on());
    // New recovery codes need a current code; the old ones stop working.
    let wrong = app.post_form("/account/tweestapsverificatie/herstelcodes", &[("code", "111111")]).await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let first = recovery_codes_on(&on.text())[0].clone();
    let renewed = app.post_form("/account/tweestapsverificatie/herstelcodes", &[("code", &first)]).await;
    renewed.assert_status_ok();
    let second = recovery_codes_on(&renewed.text());
    assert_eq!(second.len(), 10);
    assert!(!second.contains(&first));
    // Off with a current code.
    let off = app.post_form("/account/tweestapsverificatie/uitzetten", &[("code", &second[1])]).await;
    assert_eq!(off.header("location"), "/account?melding=tweestap-uit");
    assert!(!app.store.second_factor(anna.id).await.unwrap().is_on());

    // An administrator, for whom it is required, cannot turn it off …
    let admin = TestApp::sqlite_with(requiring(Requirement::Admins)).await;
    add_user(&admin.store, "admin@x.nl", true).await;
    let bert = add_user(&admin.store, "bert@x.nl", false).await;
    admin.login("admin@x.nl", PASSWORD).await;
    let key = key_on(&admin.server.get("/inloggen/code").await.text());
    let codes = recovery_codes_on(&code_step(&admin, &code_at(&key, now()).unwrap()).await.text());
    let refused = admin.post_form("/account/tweestapsverificatie/uitzetten", &[("code", &codes[0])]).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("verplicht; u kunt haar niet uitzetten"));
    // … but resets another person's (a lost phone), recorded in the history.
    let bert_key = wijkwijzer::domain::second_factor::new_secret();
    admin.store.begin_second_factor(bert.id, &bert_key).await.unwrap();
    let actor = wijkwijzer::domain::audit::Actor::system("test");
    admin.store.confirm_second_factor(&actor, bert.id, &bert_key, 1, &[]).await.unwrap();
    let form = admin.server.get(&format!("/beheer/gebruikers/{}", bert.id)).await.text();
    assert!(form.contains("Tweestapsverificatie opnieuw laten instellen"));
    admin
        .post_form(&format!("/beheer/gebruikers/{}", bert.id), &[("reset_second_factor", "1")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(!admin.store.second_factor(bert.id).await.unwrap().is_on());
    let last = &admin.store.audit_records(AuditFilter::default(), 1, 1).await.unwrap().items[0];
    assert_eq!((last.action.as_str(), last.entity_id.as_str()), ("second-factor-off", bert.id.to_string().as_str()));
}
