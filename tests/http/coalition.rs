//! Step 2, the coalition: parties over time, governance bodies and decisions, downloads.

use crate::common::app::TestApp;
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::programme::Page;

#[tokio::test]
async fn a_manager_builds_the_coalition_and_parties_join_and_leave_over_time() {
    let mut app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let app = TestApp::sqlite().await;
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
    let mut app = TestApp::sqlite().await;
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
    assert!(text.starts_with("\u{feff}partij;soort;type;sloot_aan"), "Dutch Excel's CSV: {text}");
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\";bewoners;bewoners;2024-01-15;wijkdeal"), "{text}");
    assert!(text.contains("f@bewoners.nl"), "members get the contacts");
    let english = app
        .server
        .get(&format!("/programmas/{}/coalitie/partijen.csv", p.id))
        .add_header("accept-language", "en")
        .await;
    assert!(english.text().contains("\"'=HYPERLINK(\"\"http://x\"\")\",bewoners,bewoners,2024-01-15,wijkdeal"));
    // In the workbook the name is text (never run as a formula) and the date a date.
    let xlsx = app.server.get(&format!("/programmas/{}/coalitie/partijen.xlsx", p.id)).await;
    assert_eq!(xlsx.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    let sheet = crate::common::xlsx_rows(&xlsx.into_bytes());
    assert_eq!(sheet[1][..5], ["=HYPERLINK(\"http://x\")", "bewoners", "bewoners", "2024-01-15 (datum)", "wijkdeal"]);
    assert!(sheet[1][7].contains("f@bewoners.nl"));
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
    let sheet = crate::common::xlsx_rows(
        &app.server.get(&format!("/programmas/{}/coalitie/partijen.xlsx", p.id)).await.into_bytes(),
    );
    assert!(sheet.iter().flatten().all(|c| !c.contains("f@bewoners.nl")), "no contacts in the public workbook");
    let spec = app.server.get("/api/v1/openapi.json").await.text();
    assert!(spec.contains("/api/v1/programmes/{id}/parties") && spec.contains("/api/v1/programmes/{id}/bodies"));
}

/// A meeting (issue 17 item 4): planned with a time and place, the body's members invited, an
/// agenda put together and printed (PDF) and mailed to the members whose address the coalition
/// knows; afterwards minutes and numbered decisions. A reader sees it all, changes nothing.
#[tokio::test]
async fn a_beheerder_plans_a_meeting_with_an_agenda_mails_it_and_records_the_minutes_after() {
    use crate::common::app::text_of;
    use wijkwijzer::domain::coalition::PartyKind;
    use wijkwijzer::domain::governance::{BodyKind, DecisionRule, NewBody, NewSeat};
    let settings = wijkwijzer::http::WebSettings {
        mail: Some(wijkwijzer::mail::MailSettings {
            url: "smtp://127.0.0.1:9".into(),
            password: None,
            from: "WijkWijzer <wijkwijzer@localhost>".into(),
            public_url: "https://wijkwijzer.example".into(),
            poll: std::time::Duration::from_secs(3600),
            first_retry: time::Duration::minutes(5),
        }),
        ..wijkwijzer::http::WebSettings::default()
    };
    let app = TestApp::sqlite_with(settings).await;
    let p = app.programme("Zuid", &[Page::Overview, Page::Coalition]).await;
    let actor = Actor::system("test");
    let party = |name: &str, kind| crate::common::party_input(name, kind);
    let gemeente =
        app.store.create_party(&actor, p.id, &party("Gemeente Rotterdam", PartyKind::Municipality)).await.unwrap();
    let woonstad = app.store.create_party(&actor, p.id, &party("Woonstad", PartyKind::Housing)).await.unwrap();
    app.store.add_contact(&actor, p.id, gemeente.id, ("Anna de Wit", "wethouder", "anna@rotterdam.nl")).await.unwrap();
    let new_body = NewBody {
        name: "Stuurgroep Zuid".into(),
        kind: BodyKind::Steering,
        rule: DecisionRule::Consensus,
        lead_party: None,
        description: String::new(),
    };
    let body = app.store.create_body(&actor, p.id, &new_body).await.unwrap();
    for (party_id, person) in [(gemeente.id, "Anna de Wit"), (woonstad.id, "Bram Smit")] {
        let seat = NewSeat { party_id, person: person.into(), position: "lid".into(), started_on: "2024-02-01".into() };
        app.store.add_seat(&actor, p.id, body.id, &seat).await.unwrap();
    }
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let body_url = format!("/programmas/{}/coalitie/overleg/{}", p.id, body.id);
    let today = time::OffsetDateTime::now_utc().date();
    let ahead = wijkwijzer::domain::validation::iso(today + time::Duration::days(14));

    // Planned: a date ahead, a time typed the Dutch way. Decisions cannot come before the meeting.
    let early =
        app.post_form(&format!("{body_url}/vergaderingen"), &[("held_on", &ahead), ("decisions", "Te vroeg")]).await;
    early.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&early.text()).contains("Verslag en besluiten komen na de vergadering"));
    let made = app
        .post_form(
            &format!("{body_url}/vergaderingen"),
            &[("held_on", &ahead), ("starts_at", "19.30"), ("location", "Wijkcentrum Feijenoord")],
        )
        .await;
    made.assert_status(StatusCode::SEE_OTHER);
    let meeting_url = made.header("location").to_str().unwrap().split('?').next().unwrap().to_string();
    let page = text_of(&app.server.get(&meeting_url).await.text());
    assert!(page.contains("gepland") && page.contains("19:30 · Wijkcentrum Feijenoord"), "{page}");
    assert!(page.contains("Anna de Wit (Gemeente Rotterdam, lid) · anna@rotterdam.nl"), "{page}");
    assert!(page.contains("Bram Smit (Woonstad, lid) · geen e-mailadres bekend bij de partij"), "{page}");

    // The agenda: a point without a title is refused with what was typed kept; order can change.
    let points = format!("{meeting_url}/agendapunten");
    let bad = app.post_form(&points, &[("title", ""), ("presenter", "voorzitter")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("value=\"voorzitter\""));
    for title in ["Opening", "Wijkbudget", "Rondvraag"] {
        app.post_form(&points, &[("title", title)]).await.assert_status(StatusCode::SEE_OTHER);
    }
    let meeting = |b: &wijkwijzer::domain::governance::Body| b.meetings[0].clone();
    let m = meeting(&app.store.body(p.id, body.id).await.unwrap());
    assert_eq!(m.invitees.len(), 2, "the body's members on the day are invited");
    let rondvraag = m.agenda[2].id;
    app.post_form(&format!("{points}/{rondvraag}/omhoog"), &[]).await.assert_status(StatusCode::SEE_OTHER);
    let m = meeting(&app.store.body(p.id, body.id).await.unwrap());
    assert_eq!(m.agenda.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), ["Opening", "Rondvraag", "Wijkbudget"]);
    let question = text_of(&app.server.get(&format!("{points}/{rondvraag}/verwijderen")).await.text());
    assert!(question.contains("Agendapunt “Rondvraag” van de agenda halen?"), "{question}");
    app.post_form(&format!("{points}/{rondvraag}/verwijderen"), &[]).await.assert_status(StatusCode::SEE_OTHER);

    // Printed: the agenda as a PDF; mailed to the one member whose address the coalition knows.
    let pdf = app.server.get(&format!("{meeting_url}/pdf")).await;
    pdf.assert_status_ok();
    assert!(pdf.as_bytes().starts_with(b"%PDF") && pdf.header("content-type") == "application/pdf");
    let sent = app.post_form(&format!("{meeting_url}/versturen"), &[]).await;
    sent.assert_status(StatusCode::SEE_OTHER);
    let mails = app.store.outbox(1, 10).await.unwrap().items;
    assert_eq!(
        mails.iter().map(|m| (m.to.as_str(), m.kind.as_str())).collect::<Vec<_>>(),
        [("anna@rotterdam.nl", "agenda")]
    );
    assert!(mails[0].subject.starts_with("Agenda Stuurgroep Zuid, "), "{}", mails[0].subject);
    let m = meeting(&app.store.body(p.id, body.id).await.unwrap());
    assert!(!m.agenda_sent_at.is_empty());
    // Only the invited: Bram's seat unticked, Anna's kept.
    let anna =
        app.store.body(p.id, body.id).await.unwrap().seats.iter().find(|s| s.person == "Anna de Wit").unwrap().id;
    app.post_form(&format!("{meeting_url}/genodigden"), &[("seat", &anna.to_string())])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(meeting(&app.store.body(p.id, body.id).await.unwrap()).invitees, vec![anna]);

    // A reader sees the meeting, not its forms, and cannot change it.
    let reader = app.another_browser();
    let r = reader.login_as("lezer@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, r.id, Role::Reader).await.unwrap();
    let seen = reader.server.get(&meeting_url).await.text();
    assert!(
        text_of(&seen).contains("Opening") && !seen.contains("/agendapunten\"") && !seen.contains("anna@rotterdam.nl")
    );
    reader.post_form(&points, &[("title", "Van mij")]).await.assert_status(StatusCode::FORBIDDEN);

    // After the meeting: its date moved to today, minutes and decisions, numbered.
    let m = meeting(&app.store.body(p.id, body.id).await.unwrap());
    let date = wijkwijzer::domain::validation::iso(today);
    let version = m.version.to_string();
    let fields = [
        ("held_on", date.as_str()),
        ("starts_at", "19:30"),
        ("location", "Wijkcentrum Feijenoord"),
        ("notes", "De stuurgroep bespreekt het wijkbudget."),
        ("decisions", "Uitslag wijkbudget bekrachtigd"),
        ("version", version.as_str()),
    ];
    app.post_form(&meeting_url, &fields).await.assert_status(StatusCode::SEE_OTHER);
    let stale = app.post_form(&meeting_url, &fields).await;
    stale.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&stale.text()).contains("Iemand anders heeft deze vergadering intussen gewijzigd"));
    let page = text_of(&app.server.get(&meeting_url).await.text());
    assert!(
        page.contains("De stuurgroep bespreekt het wijkbudget.")
            && page.contains(&format!("SG-{}-1 Uitslag wijkbudget bekrachtigd", today.year())),
        "{page}"
    );
    let minutes = app.server.get(&format!("{meeting_url}/pdf")).await;
    assert!(minutes.as_bytes().starts_with(b"%PDF"));
    assert_eq!(
        meeting(&app.store.body(p.id, body.id).await.unwrap()).decisions.len(),
        1,
        "the stale form added nothing"
    );
}
