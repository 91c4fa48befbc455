//! E-mail through a real SMTP server (smtp-server from npm, `common::smtp`): password reset and
//! invitations arrive in Dutch and their links work once; the same answer whether or not an
//! address has an account; a mail server outage loses nothing and sends nothing twice.

use crate::common::app::TestApp;
use crate::common::smtp::SmtpSink;
use crate::common::{PASSWORD, add_user};
use axum::http::StatusCode;
use std::time::Duration;
use wijkwijzer::http::WebSettings;
use wijkwijzer::mail::{MailSettings, Mailer, run_outbox};

const SITE: &str = "http://wijkwijzer.test";

/// The site with e-mail through `sink`, and its outbox worker running.
async fn with_mail(sink: &SmtpSink) -> (TestApp, tokio::sync::watch::Sender<bool>) {
    let mail = MailSettings {
        url: sink.url(),
        password: None,
        from: "WijkWijzer <wijkwijzer@gemeente.test>".into(),
        public_url: SITE.into(),
        poll: Duration::from_millis(100),
        first_retry: time::Duration::milliseconds(200),
    };
    let app = TestApp::sqlite_with(WebSettings { mail: Some(mail.clone()), ..WebSettings::default() }).await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(run_outbox(app.store.clone(), Mailer::new(&mail).unwrap(), mail, stopped));
    (app, stop)
}

/// The path of a link in a message.
fn path_of(link: &str) -> String {
    link.strip_prefix(SITE).expect("a link to the site").to_string()
}

async fn forgotten(app: &TestApp, email: &str) -> axum_test::TestResponse {
    app.server.post("/wachtwoord-vergeten").form(&[("email", email)]).await
}

#[tokio::test]
async fn a_password_reset_arrives_in_dutch_and_its_link_works_once() {
    let Some(sink) = SmtpSink::start("password reset by e-mail") else { return };
    let (app, _stop) = with_mail(&sink).await;
    add_user(&app.store, "anna@x.nl", false).await;
    assert!(app.server.get("/inloggen").await.text().contains("href=\"/wachtwoord-vergeten\""));

    let known = forgotten(&app, "Anna@X.nl").await;
    let unknown = forgotten(&app, "niemand@x.nl").await;
    known.assert_status_ok();
    unknown.assert_status_ok();
    let answer = |html: &str| html.split("<main").nth(1).unwrap().split("</main>").next().unwrap().to_string();
    assert_eq!(answer(&known.text()), answer(&unknown.text()), "the same answer for an unknown address");
    assert!(known.text().contains("Als er een account is met dit e-mailadres"));

    let got = sink.wait_for(1, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let got_later = sink.messages();
    assert_eq!((got.len(), got_later.len()), (1, 1), "one message, to the account only: {got_later:?}");
    let m = &got[0];
    assert_eq!(m.envelope_to, ["anna@x.nl"]);
    assert_eq!(m.subject.as_deref(), Some("Nieuw wachtwoord voor WijkWijzer"));
    assert!(m.text.as_deref().unwrap().starts_with("Beste"), "{:?}", m.text);
    assert!(m.html.contains("<a href=\"http://wijkwijzer.test/wachtwoord/"), "HTML with the link");
    assert!(m.message_id.as_deref().unwrap_or_default().starts_with("<outbox-"));
    let link = path_of(&m.link(SITE).unwrap());

    let form = app.server.get(&link).await;
    form.assert_status_ok();
    assert!(form.text().contains("Nieuw wachtwoord kiezen") && form.text().contains("anna@x.nl"));
    let mismatch = app
        .server
        .post(&link)
        .form(&[("new_password", "een nieuw lang wachtwoord"), ("confirm_password", "anders")])
        .await;
    mismatch.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let done = app
        .server
        .post(&link)
        .form(&[("new_password", "een nieuw lang wachtwoord"), ("confirm_password", "een nieuw lang wachtwoord")])
        .await;
    done.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(done.header("location"), "/?melding=wachtwoord-gekozen");
    assert!(
        app.server
            .get("/?melding=wachtwoord-gekozen")
            .await
            .text()
            .contains("Uw wachtwoord is opgeslagen en u bent ingelogd.")
    );

    // Used: the link is dead, the old password too; the new one works.
    let again = app.server.get(&link).await;
    again.assert_status(StatusCode::GONE);
    assert!(again.text().contains("Deze link werkt niet meer"));
    let other = app.another_browser();
    other.login("anna@x.nl", PASSWORD).await.assert_status(StatusCode::UNAUTHORIZED);
    other.login("anna@x.nl", "een nieuw lang wachtwoord").await.assert_status(StatusCode::SEE_OTHER);
    let audit = app.store.audit_records(wijkwijzer::store::AuditFilter::default(), 1, 3).await.unwrap();
    assert!(audit.items.iter().any(|r| r.action == "password-reset"), "the reset is in the history");
}

#[tokio::test]
async fn an_invitation_lets_the_new_person_choose_a_password_and_signs_them_in() {
    let Some(sink) = SmtpSink::start("invitations by e-mail") else { return };
    let (app, _stop) = with_mail(&sink).await;
    app.login_as("admin@x.nl", true).await;
    let form = app.server.get("/beheer/gebruikers/nieuw").await.text();
    assert!(form.contains("Laat leeg om een uitnodiging per e-mail te sturen"));
    let res = app
        .post_form(
            "/beheer/gebruikers",
            &[("email", "bert@x.nl"), ("display_name", "Bert\r\nBcc: x@evil.test"), ("password", "")],
        )
        .await;
    assert_eq!(res.header("location"), "/beheer/gebruikers?melding=uitgenodigd");
    let bert = app.store.user_by_email(&wijkwijzer::domain::user::Email::parse("bert@x.nl").unwrap()).await.unwrap();
    // Without a password yet: nothing signs in.
    let stranger = app.another_browser();
    stranger.login("bert@x.nl", "!").await.assert_status(StatusCode::UNAUTHORIZED);

    let got = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 1);
    let m = &got[0];
    assert_eq!(m.envelope_to, ["bert@x.nl"]);
    assert_eq!(m.subject.as_deref(), Some("Uw account bij WijkWijzer"));
    assert!(m.text.as_deref().unwrap().contains("heeft een account voor u aangemaakt"));
    let link = path_of(&m.link(SITE).unwrap());
    let choose = stranger.server.get(&link).await.text();
    assert!(choose.contains("Kies uw wachtwoord"));
    let done = stranger
        .server
        .post(&link)
        .form(&[("new_password", "bert kiest zelf een zin"), ("confirm_password", "bert kiest zelf een zin")])
        .await;
    done.assert_status(StatusCode::SEE_OTHER);
    let home = stranger.server.get("/").await.text();
    assert!(home.contains("Ingelogd als"), "signed in after choosing");
    // The link works once, also for someone else who got hold of it.
    let copy = app.another_browser();
    copy.server.get(&link).await.assert_status(StatusCode::GONE);
    let twice = [("new_password", "nog een lange zin"), ("confirm_password", "nog een lange zin")];
    copy.server.post(&link).form(&twice).await.assert_status(StatusCode::GONE);
    let audit = app.store.audit_records(wijkwijzer::store::AuditFilter::default(), 1, 5).await.unwrap();
    assert!(audit.items.iter().any(|r| r.action == "invite" && r.entity_id == bert.id.to_string()));
    assert!(audit.items.iter().any(|r| r.action == "invitation-accepted" && r.actor_id == Some(bert.id)));
}

#[tokio::test]
async fn a_mail_server_outage_loses_nothing_and_sends_nothing_twice() {
    let Some(mut sink) = SmtpSink::start("e-mail through a mail server outage") else { return };
    let (app, _stop) = with_mail(&sink).await;
    for who in ["a", "b", "c"] {
        add_user(&app.store, &format!("{who}@x.nl"), false).await;
    }
    sink.stop();
    for who in ["a", "b", "c"] {
        forgotten(&app, &format!("{who}@x.nl")).await.assert_status_ok();
    }
    // The worker tries while the server is away and waits longer each time.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let outbox = app.store.outbox(1, 10).await.unwrap();
    assert_eq!(outbox.total, 3);
    assert!(outbox.items.iter().all(|m| m.attempts >= 1 && !m.last_error.is_empty()), "{:?}", outbox.items);
    assert!(sink.messages().is_empty());
    sink.restart();
    let got = sink.wait_for(3, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let mut to: Vec<String> = sink.messages().iter().flat_map(|m| m.envelope_to.clone()).collect();
    to.sort();
    assert_eq!(got.len(), 3);
    assert_eq!(to, ["a@x.nl", "b@x.nl", "c@x.nl"], "each once");
    let outbox = app.store.outbox(1, 10).await.unwrap();
    assert!(outbox.items.iter().all(|m| m.status == wijkwijzer::domain::mail::MailStatus::Sent));
}

#[tokio::test]
async fn a_value_waiting_for_review_and_a_returned_value_are_mailed_to_the_right_people() {
    use wijkwijzer::domain::access::Role;
    use wijkwijzer::domain::audit::Actor;
    use wijkwijzer::domain::programme::Page;
    let Some(sink) = SmtpSink::start("notifications by e-mail") else { return };
    let (app, _stop) = with_mail(&sink).await;
    let actor = Actor::system("test");
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let g = app.store.create_goal(&actor, p.id, &crate::common::own_goal("Meer bewonersinitiatieven")).await.unwrap();
    let manager = add_user(&app.store, "beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    // A reader of the programme hears nothing about values.
    let reader = add_user(&app.store, "lezer@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, reader.id, Role::Reader).await.unwrap();
    let partner = app.login_as("partner@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, partner.id, Role::Partner).await.unwrap();
    let goal_url = format!("/programmas/{}/voortgang/doelen/{}", p.id, g.id);
    app.post_form(
        &format!("{goal_url}/waarden"),
        &[("year", "2025"), ("value", "16,5"), ("source_text", "Registratie")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);

    let got = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].envelope_to, ["beheerder@x.nl"]);
    assert_eq!(got[0].subject.as_deref(), Some("Waarde wacht op uw beoordeling: Meer bewonersinitiatieven"));
    let text = got[0].text.clone().unwrap();
    assert!(text.contains("partner@x.nl heeft voor 2025 de waarde 16,5 ingevuld"), "{text}");
    assert_eq!(got[0].link(SITE).map(|l| path_of(&l)), Some(goal_url.clone()), "a link back to the page");

    // The beheerder returns it with a remark: the partner hears why.
    let m = app.store.measurements(p.id).await.unwrap()[0].clone();
    let boss = app.another_browser();
    boss.login("beheerder@x.nl", PASSWORD).await;
    boss.post_form(
        &format!("{goal_url}/waarden/{}/beoordeling", m.id),
        &[("decision", "terugsturen"), ("remark", "Bron ontbreekt"), ("version", "1")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let got = sink.wait_for(2, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].envelope_to, ["partner@x.nl"]);
    assert!(got[1].text.as_deref().unwrap().contains("teruggestuurd met deze opmerking: Bron ontbreekt"));

    // The partner chooses "never" for returned values and a weekly overview for the rest.
    let page = app.server.get("/account").await.text();
    assert!(
        page.contains("Een waarde van mij is teruggestuurd") && page.contains("<option value=\"direct\" selected>")
    );
    app.post_form("/account/meldingen", &[("teruggestuurd", "nooit"), ("ter-beoordeling", "week")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let prefs = app.store.notification_prefs(partner.id).await.unwrap();
    use wijkwijzer::domain::notification::{Frequency, Kind};
    assert_eq!(prefs[&Kind::Returned], Frequency::Never);
    assert_eq!(prefs[&Kind::RoundOpened], Frequency::Immediately, "not chosen: at once");
    app.post_form(
        &format!("{goal_url}/waarden"),
        &[("year", "2025"), ("value", "17"), ("source_text", "Registratie"), ("version", "2")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let m = app.store.measurements(p.id).await.unwrap()[0].clone();
    let got = sink.wait_for(3, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 3, "the beheerder hears of the correction");
    boss.post_form(
        &format!("{goal_url}/waarden/{}/beoordeling", m.id),
        &[("decision", "terugsturen"), ("remark", "Nog steeds geen bron"), ("version", &m.version.to_string())],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(sink.messages().len(), 3, "never means never");
    assert!(app.store.pending_notifications(10).await.unwrap().is_empty(), "handled, without a message");
}

#[tokio::test]
async fn a_weekly_overview_gathers_a_weeks_notifications_in_one_message() {
    use wijkwijzer::domain::access::Role;
    use wijkwijzer::domain::audit::Actor;
    use wijkwijzer::domain::monitoring::NewMeasurement;
    use wijkwijzer::domain::notification::{Frequency, Kind};
    use wijkwijzer::domain::programme::Page;
    // The store and the digest rule only: no mail server needed, the outbox shows what would go.
    let app = TestApp::sqlite().await;
    let actor = Actor::system("test");
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = add_user(&app.store, "beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    app.store.set_notification_prefs(manager.id, &[(Kind::AwaitingReview, Frequency::Weekly)]).await.unwrap();
    for title in ["Eerste doel", "Tweede doel"] {
        let g = app.store.create_goal(&actor, p.id, &crate::common::own_goal(title)).await.unwrap();
        let value = NewMeasurement { year: 2025, value: 3.0, source: "R".into(), evidence: String::new() };
        app.store.save_measurement(&Actor::user(1, "partner@x.nl"), p.id, g.id, None, &value, false).await.unwrap();
    }
    let mail = MailSettings {
        url: "smtp://127.0.0.1:1".into(),
        password: None,
        from: "a@b.nl".into(),
        public_url: SITE.into(),
        poll: Duration::from_secs(1),
        first_retry: time::Duration::seconds(1),
    };
    let now = wijkwijzer::domain::clock::now();
    assert_eq!(wijkwijzer::app::notify::dispatch(&app.store, &mail, now).await.unwrap(), 0, "not a week yet");
    assert_eq!(app.store.outbox(1, 10).await.unwrap().total, 0);
    let later = now + time::Duration::days(8);
    assert_eq!(wijkwijzer::app::notify::dispatch(&app.store, &mail, later).await.unwrap(), 2);
    let outbox = app.store.outbox(1, 10).await.unwrap();
    assert_eq!(outbox.total, 1, "one message for both");
    assert_eq!(outbox.items[0].subject, "Weekoverzicht van WijkWijzer: 2 meldingen");
    assert_eq!(wijkwijzer::app::notify::dispatch(&app.store, &mail, later).await.unwrap(), 0, "once");
}
