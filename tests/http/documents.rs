//! Documents (issue 17 item 3) through the pages: attached to a measure, read where the measure is
//! read, refused when too large, of another kind than the name says, or not let in by the virus
//! scanner — each refusal with a clear message and nothing kept; removed after a question; a
//! resident's photo with a proposal, shown once the proposal is assessed.

use crate::common::app::{TestApp, text_of};
use crate::common::{measure_input, party_input, two_wijkbudgets};
use axum::http::StatusCode;
use axum_test::multipart::{MultipartForm, Part};
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::coalition::PartyKind;
use wijkwijzer::domain::programme::Page;
use wijkwijzer::domain::validation::iso;
use wijkwijzer::domain::wijkbudget::Assessment;
use wijkwijzer::http::WebSettings;
use wijkwijzer::store::DocumentPlace;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n";

fn png() -> Vec<u8> {
    [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H', b'D', b'R'][..], &[0u8; 64]].concat()
}

fn upload(token: &str, kind: &str, id: i64, title: &str, (name, bytes): (&str, Vec<u8>)) -> MultipartForm {
    MultipartForm::new()
        .add_text("csrf_token", token.to_string())
        .add_text("bij", kind.to_string())
        .add_text("nr", id.to_string())
        .add_text("title", title.to_string())
        .add_part("file", Part::bytes(bytes).file_name(name.to_string()))
}

fn urlencoding(path: &str) -> String {
    path.replace('/', "%2F")
}

/// The files kept beside the SQLite database.
fn files_on_disk(app: &TestApp) -> usize {
    let DocumentPlace::Disk(dir) = app.store.document_place() else { return 0 };
    let Ok(levels) = std::fs::read_dir(dir) else { return 0 };
    levels.flatten().map(|l| std::fs::read_dir(l.path()).map(|f| f.count()).unwrap_or(0)).sum()
}

#[tokio::test]
async fn a_beheerder_attaches_minutes_to_a_measure_and_readers_download_them_where_the_measure_is_read() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let party = app.store.create_party(&actor, p.id, &party_input("Woonstad", PartyKind::Housing)).await.unwrap();
    let m = app.store.create_measure(&actor, p.id, &measure_input("Buurtconciërges", party.id, vec![])).await.unwrap();
    let user = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, user.id, Role::Manager).await.unwrap();
    let page = app.server.get(&format!("/programmas/{}/agenda/maatregelen/{}", p.id, m.id)).await.text();
    assert!(text_of(&page).contains("Nog geen documenten."), "an empty state");
    let add = format!("/programmas/{}/documenten/nieuw?bij=maatregel&nr={}", p.id, m.id);
    assert!(page.contains(&add.replace('&', "&#38;")), "the measure's page links to the upload form: {page}");
    let form = text_of(&app.server.get(&add).await.text());
    assert!(form.contains("Bij de maatregel: Buurtconciërges") && form.contains("hoogstens 10 MB"), "{form}");

    let token = app.csrf().await;
    let sent = app
        .server
        .post(&format!("/programmas/{}/documenten", p.id))
        .multipart(upload(
            &token,
            "maatregel",
            m.id,
            "Verslag 12 maart",
            ("C:\\stukken\\verslag maart.pdf", PDF.to_vec()),
        ))
        .await;
    sent.assert_status(StatusCode::SEE_OTHER);
    let back = sent.header("location").to_str().unwrap().to_string();
    assert_eq!(
        back,
        format!("/programmas/{}/agenda/maatregelen/{}?melding=document-toegevoegd#documenten", p.id, m.id)
    );
    let shown = app.server.get(&back).await.text();
    assert!(
        text_of(&shown).contains("Het document is toegevoegd.")
            && text_of(&shown).contains("Verslag 12 maart (pdf, 1 kB)")
    );
    let docs = app.store.documents(p.id).await.unwrap();
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(
        (d.file_name.as_str(), d.kind.media_type(), d.size_bytes),
        ("verslag maart.pdf", "application/pdf", PDF.len() as i64)
    );
    assert_eq!(files_on_disk(&app), 1, "kept beside the SQLite database");
    assert!(app.history(p.id).await.iter().any(|r| r.entity == "document" && r.action == "create"));

    // The download: the bytes, their own type, a safe name, and nothing a browser would run.
    let got = app.server.get(&d.href()).await;
    got.assert_status_ok();
    assert_eq!(got.as_bytes().to_vec(), PDF.to_vec());
    assert_eq!(got.header("content-type"), "application/pdf");
    assert_eq!(got.header("x-content-type-options"), "nosniff");
    let disposition = got.header("content-disposition").to_str().unwrap().to_string();
    assert!(
        disposition.starts_with("attachment; filename=\"verslag-maart.pdf\"; filename*=UTF-8''verslag%20maart.pdf"),
        "{disposition}"
    );
    assert!(got.header("content-security-policy").to_str().unwrap().contains("sandbox"));
    // Another name in the address leads to the right one.
    let renamed = app.server.get(&format!("/programmas/{}/documenten/{}/x.exe", p.id, d.id)).await;
    renamed.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(renamed.header("location"), d.href());

    // The agenda is not published: someone without an account is sent to log in, and gets nothing.
    let anonymous = TestApp::on(&app.store);
    let refused = anonymous.server.get(&d.href()).await;
    assert_ne!(refused.status_code(), StatusCode::OK);
    assert!(!refused.as_bytes().starts_with(b"%PDF"));
    // A reader of another programme neither.
    let other = app.another_browser();
    other.login_as("lezer@x.nl", false).await;
    other.server.get(&d.href()).await.assert_status(StatusCode::FORBIDDEN);
    other.server.get(&add).await.assert_status(StatusCode::FORBIDDEN);
    // Once the agenda is published, everybody reads it.
    app.store.set_published_pages(&actor, p.id, &[Page::Overview, Page::Agenda]).await.unwrap();
    let public = anonymous.server.get(&d.href()).await;
    public.assert_status_ok();
    assert_eq!(public.as_bytes().to_vec(), PDF.to_vec());

    // Removing asks first, then the row and the file are gone; the history keeps that it was there.
    let remove = format!("/programmas/{}/documenten/{}/verwijderen", p.id, d.id);
    let question = text_of(&app.server.get(&remove).await.text());
    assert!(question.contains("Document “Verslag 12 maart” verwijderen?"), "{question}");
    let stranger = anonymous.server.post(&remove).await;
    assert_eq!(stranger.header("location"), format!("/inloggen?terug={}", urlencoding(&remove)));
    other.server.post(&remove).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.documents(p.id).await.unwrap().len(), 1, "nobody else removes it");
    let gone = app.post_form(&remove, &[]).await;
    gone.assert_status(StatusCode::SEE_OTHER);
    assert!(app.store.documents(p.id).await.unwrap().is_empty());
    assert_eq!(files_on_disk(&app), 0, "the file went with its last document");
    app.server.get(&d.href()).await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn uploads_too_large_of_another_kind_than_named_or_refused_by_the_scanner_keep_nothing() {
    let settings = WebSettings {
        document_max_bytes: 10 * 1024 * 1024,
        document_scan: Some("! grep -q EICAR".into()),
        ..WebSettings::default()
    };
    let app = TestApp::sqlite_with(settings).await;
    let p = app.programme("Zuid", &[]).await;
    let user = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, user.id, Role::Manager).await.unwrap();
    let token = app.csrf().await;
    let post = |form: MultipartForm| app.server.post(&format!("/programmas/{}/documenten", p.id)).multipart(form);

    // 20 MB against a limit of 10: refused on the form, with the limit, what was typed kept.
    let big = [PDF, &vec![b' '; 20 * 1024 * 1024][..]].concat();
    let refused = post(upload(&token, "programma", p.id, "Jaarplan", ("jaarplan.pdf", big))).await;
    refused.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    let text = text_of(&refused.text());
    assert!(text.contains("Het bestand is groter dan 10 MB. Er is niets opgeslagen"), "{text}");
    assert!(refused.text().contains("value=\"Jaarplan\""), "the title stays");

    // A PNG named .pdf, a page of HTML named .pdf, an empty choice: each refused with its reason.
    let lying = post(upload(&token, "programma", p.id, "", ("notulen.pdf", png()))).await;
    lying.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&lying.text()).contains("De naam eindigt op “.pdf”, maar het bestand is een png-bestand."));
    let html =
        post(upload(&token, "programma", p.id, "", ("notulen.pdf", b"<html><script>alert(1)</script>".to_vec()))).await;
    html.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&html.text()).contains("Dit soort bestand kan niet worden bewaard"));
    let nothing = post(upload(&token, "programma", p.id, "", ("", Vec::new()))).await;
    assert!(text_of(&nothing.text()).contains("Kies een bestand."));

    // The scanner's verdict counts.
    let infected = [PDF, b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE"].concat();
    let scanned = post(upload(&token, "programma", p.id, "", ("brief.pdf", infected))).await;
    scanned.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&scanned.text()).contains("De virusscanner liet dit bestand niet toe."));

    // A record of another programme, or one that does not exist: not found.
    let q = app.programme("Noord", &[]).await;
    post(upload(&token, "programma", q.id, "", ("a.pdf", PDF.to_vec()))).await.assert_status(StatusCode::NOT_FOUND);
    post(upload(&token, "maatregel", 999, "", ("a.pdf", PDF.to_vec()))).await.assert_status(StatusCode::NOT_FOUND);

    assert!(app.store.documents(p.id).await.unwrap().is_empty(), "nothing kept");
    assert_eq!(files_on_disk(&app), 0);
    let fine = post(upload(&token, "programma", p.id, "", ("brief.pdf", PDF.to_vec()))).await;
    fine.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.store.documents(p.id).await.unwrap()[0].title, "brief.pdf", "the file's name as title");
}

#[tokio::test]
async fn a_partner_adds_documents_to_its_own_measures_only() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let actor = Actor::system("test");
    let own = app.store.create_party(&actor, p.id, &party_input("Woonstad", PartyKind::Housing)).await.unwrap();
    let other = app.store.create_party(&actor, p.id, &party_input("Gemeente", PartyKind::Municipality)).await.unwrap();
    let mine =
        app.store.create_measure(&actor, p.id, &measure_input("Portiekgesprekken", own.id, vec![])).await.unwrap();
    let theirs =
        app.store.create_measure(&actor, p.id, &measure_input("Schoolpleinen", other.id, vec![])).await.unwrap();
    app.login_as_partner_of("partner@woonstad.nl", p.id, own.id).await;
    let token = app.csrf().await;
    let post = |form: MultipartForm| app.server.post(&format!("/programmas/{}/documenten", p.id)).multipart(form);
    post(upload(&token, "maatregel", mine.id, "", ("plan.pdf", PDF.to_vec())))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    post(upload(&token, "maatregel", theirs.id, "", ("plan.pdf", PDF.to_vec())))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    post(upload(&token, "programma", p.id, "", ("plan.pdf", PDF.to_vec()))).await.assert_status(StatusCode::FORBIDDEN);
    let docs = app.store.documents(p.id).await.unwrap();
    assert_eq!(docs.iter().map(|d| d.owner_id).collect::<Vec<_>>(), vec![mine.id]);
    assert_eq!(docs[0].uploaded_by, "partner", "who added it, for the members");
}

#[tokio::test]
async fn a_residents_photo_comes_with_the_proposal_and_shows_once_the_proposal_is_assessed() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[]).await;
    let today = time::OffsetDateTime::now_utc().date();
    let (open, _, _) = two_wijkbudgets(&app.store, p.id, today).await;
    let url = format!("/wijkbudget/{}", open.proposal_code);
    let area = p.areas[0].code.as_str().to_string();
    let form = |cost: &str, photo: Option<(&str, Vec<u8>)>| {
        let mut f = MultipartForm::new();
        for (k, v) in [
            ("title", "Plantenbakken"),
            ("description", "Groen voor de portiek."),
            ("theme", "samenleven"),
            ("cost", cost),
            ("area", area.as_str()),
        ] {
            f = f.add_text(k, v.to_string());
        }
        match photo {
            Some((name, bytes)) => f.add_part("file", Part::bytes(bytes).file_name(name.to_string())),
            None => f.add_part("file", Part::bytes(Vec::new()).file_name(String::new())),
        }
    };
    let page = app.server.get(&url).await.text();
    assert!(
        page.contains("enctype=\"multipart/form-data\"") && text_of(&page).contains("Foto of schets (mag ook niet)")
    );
    // A PDF is no photo: refused, the proposal not stored either.
    let pdf = app.server.post(&url).multipart(form("300", Some(("plan.pdf", PDF.to_vec())))).await;
    pdf.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&pdf.text()).contains("Kies een foto of schets als png, jpg of webp."));
    assert!(pdf.text().contains("value=\"Plantenbakken\""), "what was typed stays");
    assert_eq!(app.store.proposals(open.id).await.unwrap().len(), 1, "nothing stored");
    // A photo with a mistyped cost: the cost's message; nothing stored.
    let bad = app.server.post(&url).multipart(form("veel", Some(("bak.png", png())))).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.store.proposals(open.id).await.unwrap().len(), 1);
    assert!(app.store.documents(p.id).await.unwrap().is_empty());
    // Without a photo, and with one: both stored.
    app.server.post(&url).multipart(form("300", None)).await.assert_status(StatusCode::SEE_OTHER);
    app.server.post(&url).multipart(form("400", Some(("bak.png", png())))).await.assert_status(StatusCode::SEE_OTHER);
    let proposals = app.store.proposals(open.id).await.unwrap();
    let with_photo = proposals.iter().find(|x| x.cost_cents == 40_000).unwrap();
    let docs = app.store.documents(p.id).await.unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!((docs[0].owner_id, docs[0].title.as_str()), (with_photo.id, "Foto bij het voorstel “Plantenbakken”"));
    // Not shown before the programme assessed the proposal; not through the programme's address.
    let photo_url = format!("{url}/fotos/{}", docs[0].id);
    assert!(!app.server.get(&url).await.text().contains(&photo_url));
    app.server.get(&photo_url).await.assert_status(StatusCode::NOT_FOUND);
    assert_ne!(app.server.get(&docs[0].href()).await.status_code(), StatusCode::OK);
    let yes = Assessment { feasible: true, reason: "Kan.".into(), assessed_on: iso(today) };
    app.store.assess_proposal(&Actor::system("test"), &open, with_photo.id, &yes, today).await.unwrap();
    let page = app.server.get(&url).await.text();
    assert!(
        page.contains(&format!("src=\"{photo_url}\""))
            && page.contains("alt=\"Foto bij het voorstel “Plantenbakken”\""),
        "{page}"
    );
    let shown = app.server.get(&photo_url).await;
    shown.assert_status_ok();
    assert_eq!((shown.header("content-type").to_str().unwrap(), shown.as_bytes().to_vec()), ("image/png", png()));
}
