//! Publications (issue 17 item 6): the dossier *Stand van de wijk*, the scan of the programme's
//! gemeente, the coalition, the agenda and the progress published as immutable, dated snapshots
//! (HTML and a PDF from the report engine); the dossier and a gemeente's scan as PDFs.

use crate::common::app::{TestApp, text_of};
use axum::http::StatusCode;
use wijkwijzer::domain::access::Role;
use wijkwijzer::domain::audit::Actor;
use wijkwijzer::domain::coalition::PartyKind;
use wijkwijzer::domain::programme::Page;

/// Publish `kind` as the logged-in beheerder; the snapshot's address.
async fn publish(app: &TestApp, programme_id: i64, kind: &str) -> String {
    let r = app.post_form(&format!("/programmas/{programme_id}/publicaties"), &[("soort", kind)]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    r.header("location").to_str().unwrap().split('?').next().unwrap().to_string()
}

/// A programme on two of the ten synthetic buurten, with their figures imported.
async fn programme_on_ten_buurten(app: &TestApp, published: &[Page]) -> wijkwijzer::domain::programme::Programme {
    let actor = Actor::system("test");
    app.store.import_dataset(&actor, "tien.json", "test", &super::urgency::ten_buurten()).await.unwrap();
    let input = wijkwijzer::domain::programme::ProgrammeInput {
        areas: "BU05991009 Buurt 9\nBU05991008 Buurt 8".into(),
        ..crate::common::app::programme_input("Zuid")
    };
    let p = app.store.create_programme(&actor, &input.parse().unwrap()).await.unwrap();
    app.store.set_published_pages(&actor, p.id, published).await.unwrap()
}

/// Every page published as a snapshot of its own, whose bytes stay the same after the programme is
/// edited; what cannot be published is said next to the choice and stores nothing; someone without
/// an account reads a snapshot only where the programme published the page it was taken of.
async fn every_page_is_published_as_a_snapshot_that_later_edits_never_change(app: TestApp) {
    let actor = Actor::system("test");
    let p = programme_on_ten_buurten(&app, &[Page::Overview, Page::Coalition, Page::Urgency]).await;
    app.store
        .create_party(&actor, p.id, &crate::common::party_input("Gemeente Rotterdam", PartyKind::Municipality))
        .await
        .unwrap();
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&actor, p.id, manager.id, Role::Manager).await.unwrap();
    let list = format!("/programmas/{}/publicaties", p.id);
    let form = app.server.get(&list).await.text();
    assert!(form.contains("value=\"stand\"") && form.contains("value=\"voortgang\""), "the beheerder chooses a page");
    // Each page links to the form with itself chosen.
    let coalition_page = app.server.get(&format!("/programmas/{}/coalitie", p.id)).await.text();
    assert!(coalition_page.contains(&format!("href=\"{list}?soort=coalitie#h-publish\"")));
    assert!(app.server.get(&format!("{list}?soort=coalitie")).await.text().contains("value=\"coalitie\" checked"));

    // An unknown choice: said next to the choice, nothing published.
    let bad = app.post_form(&list, &[("soort", "concept")]).await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&bad.text()).contains("Welke pagina?: Kies uit de lijst."), "{}", text_of(&bad.text()));
    assert!(app.store.publications(p.id).await.unwrap().is_empty());

    let coalition = publish(&app, p.id, "coalitie").await;
    let dossier = publish(&app, p.id, "stand").await;
    let scan = publish(&app, p.id, "scan").await;
    let agenda = publish(&app, p.id, "agenda").await;
    let progress = publish(&app, p.id, "voortgang").await;
    let published = app.store.publications(p.id).await.unwrap();
    let kinds: Vec<&str> = published.iter().map(|p| p.kind.key()).collect();
    assert_eq!(kinds, ["coalitie", "stand", "scan", "agenda", "voortgang"]);

    let page = text_of(&app.server.get(&coalition).await.text());
    assert!(page.contains("Coalitie: Zuid") && page.contains("Gemeente Rotterdam — gemeente"), "{page}");
    let page = text_of(&app.server.get(&dossier).await.text());
    assert!(page.contains("Stand van de wijk: Zuid") && page.contains("Buurt 9 (BU05991009)"), "{page}");
    // The scan of the gemeente: every buurt ranked, the programme's own marked.
    let page = text_of(&app.server.get(&scan).await.text());
    assert!(page.contains("Urgentiescan Rotterdam (2020)"), "{page}");
    assert!(page.contains("Buurt 9 (BU05991009) ◆ 1") && page.contains("Buurt 0 (BU05991000) 10"), "{page}");
    assert!(text_of(&app.server.get(&agenda).await.text()).contains("Agenda: Zuid"));
    assert!(text_of(&app.server.get(&progress).await.text()).contains("Zuid"));

    // Every snapshot has its PDF, served byte for byte as kept, with nothing of the session in it.
    let mut kept = Vec::new();
    for publication in &published {
        let (html, pdf) = app.store.publication_content(p.id, publication.id).await.unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{}", publication.kind.key());
        assert!(!html.contains("csrf_token") && !html.contains("beheerder@x.nl"), "{}", publication.kind.key());
        let served = app.server.get(&format!("{}/pdf", publication.href())).await;
        assert_eq!(served.as_bytes().to_vec(), pdf);
        kept.push((html, pdf));
    }

    // The programme changes: the live pages show it, no snapshot does.
    app.store.create_party(&actor, p.id, &crate::common::party_input("Woonstad", PartyKind::Housing)).await.unwrap();
    let mut d = app.store.dossier(p.id).await.unwrap();
    d.justification = "Een nieuwe onderbouwing.".into();
    app.store.save_dossier(&actor, p.id, &d).await.unwrap();
    assert!(text_of(&app.server.get(&format!("/programmas/{}/coalitie", p.id)).await.text()).contains("Woonstad"));
    for (publication, before) in published.iter().zip(&kept) {
        let after = app.store.publication_content(p.id, publication.id).await.unwrap();
        assert_eq!(&after, before, "the {} snapshot never changes", publication.kind.key());
    }
    assert!(!text_of(&app.server.get(&coalition).await.text()).contains("Woonstad"));

    // Publishing again supersedes visibly.
    let newer = publish(&app, p.id, "coalitie").await;
    let old = app.server.get(&coalition).await.text();
    assert!(text_of(&old).contains("Deze publicatie is vervangen door een nieuwere") && old.contains(&newer));
    assert!(text_of(&app.server.get(&newer).await.text()).contains("Woonstad"));

    // Without an account: the coalition and urgency snapshots (those pages are public), not the
    // agenda's or the progress' (their pages are not); the list shows only what may be read.
    let public = TestApp::on(&app.store);
    public.server.get(&coalition).await.assert_status_ok();
    public.server.get(&format!("{scan}/pdf")).await.assert_status_ok();
    for hidden in [&agenda, &progress] {
        assert_ne!(public.server.get(hidden).await.status_code(), StatusCode::OK, "{hidden}");
        assert_ne!(public.server.get(&format!("{hidden}/pdf")).await.status_code(), StatusCode::OK, "{hidden}");
    }
    let listed = public.server.get(&list).await.text();
    assert!(listed.contains(&coalition) && !listed.contains(&agenda) && !listed.contains(&progress));
    assert!(!listed.contains("name=\"soort\""), "no publishing for the public");
    // Only a beheerder publishes: an account without that role is refused.
    public.login_as("lezer@x.nl", false).await;
    public.post_form(&list, &[("soort", "coalitie")]).await.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.store.publications(p.id).await.unwrap().len(), 6, "nothing published by the public");
}

#[tokio::test]
async fn every_page_is_published_as_a_snapshot_that_later_edits_never_change_on_sqlite() {
    every_page_is_published_as_a_snapshot_that_later_edits_never_change(TestApp::sqlite().await).await;
}

#[tokio::test]
async fn every_page_is_published_as_a_snapshot_that_later_edits_never_change_on_postgres() {
    if let Some(app) = TestApp::postgres("every_page_is_published_as_a_snapshot_that_later_edits_never_change").await {
        every_page_is_published_as_a_snapshot_that_later_edits_never_change(app).await;
    }
}

/// Without figures for the scan there is nothing to publish: said next to the choice, nothing kept.
#[tokio::test]
async fn a_scan_without_figures_is_not_published() {
    let app = TestApp::sqlite().await;
    let p = app.programme("Zuid", &[Page::Overview]).await;
    let manager = app.login_as("beheerder@x.nl", false).await;
    app.store.set_member_role(&Actor::system("test"), p.id, manager.id, Role::Manager).await.unwrap();
    let r = app.post_form(&format!("/programmas/{}/publicaties", p.id), &[("soort", "scan")]).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let text = text_of(&r.text());
    assert!(text.contains("Er zijn nog geen cijfers voor de scan van de gebieden van dit programma"), "{text}");
    assert!(r.text().contains("value=\"scan\" checked"), "the choice is kept");
    assert!(app.store.publications(p.id).await.unwrap().is_empty());
}

/// The dossier and the scan of a gemeente as PDFs from the report engine; the whole country is
/// not paper (a clear refusal naming the downloads instead).
#[tokio::test]
async fn the_dossier_and_a_gemeentes_scan_are_typeset_as_pdfs() {
    let app = TestApp::sqlite().await;
    let p = programme_on_ten_buurten(&app, &[Page::Overview, Page::Urgency]).await;
    let pdf = app.server.get(&format!("/programmas/{}/stand/pdf", p.id)).await;
    pdf.assert_status_ok();
    assert!(pdf.as_bytes().starts_with(b"%PDF"));
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let scan = app.server.get("/urgentie/pdf?gemeente=GM0599&niveau=buurt").await;
    scan.assert_status_ok();
    assert!(scan.as_bytes().starts_with(b"%PDF"));
    assert!(scan.header("content-disposition").to_str().unwrap().contains("urgentiescan-GM0599-buurt-2020.pdf"));
    assert!(app.server.get("/urgentie?gemeente=GM0599").await.text().contains("href=\"/urgentie/pdf?gemeente=GM0599"));
    let country = app.server.get("/urgentie/pdf").await;
    country.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&country.text()).contains("Kies een gemeente"), "{}", text_of(&country.text()));
    // The dossier of a programme whose urgency page is not public: not for the public.
    let actor = Actor::system("test");
    app.store.set_published_pages(&actor, p.id, &[Page::Overview]).await.unwrap();
    assert_ne!(app.server.get(&format!("/programmas/{}/stand/pdf", p.id)).await.status_code(), StatusCode::OK);
}
