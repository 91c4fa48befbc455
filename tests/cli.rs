//! The `wijkwijzer` command as a user runs it: clear one-line errors, accounts from the command
//! line, the demo, and serving what `migrate` prepared.

mod common;

use common::process::{bin, client, login, run, start};

fn assert_one_line_error(stderr: &str, expected: &str) {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line, got: {stderr}");
    assert!(lines[0].contains(expected), "{stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

#[test]
fn an_unknown_database_scheme_is_one_clear_line() {
    let mut c = bin();
    c.args(["serve", "--database", "mysql://localhost/ww"]);
    let (ok, _, err) = run(c, "");
    assert!(!ok);
    assert_one_line_error(&err, "onbekend databaseschema 'mysql'");
}

#[test]
fn an_unreachable_database_is_one_clear_line_without_the_password() {
    let mut c = bin();
    c.args(["migrate", "--database", "postgres://ww:geheim@127.0.0.1:1/ww"]);
    let (ok, _, err) = run(c, "");
    assert!(!ok);
    assert_one_line_error(&err, "kan de database postgres://ww:***@127.0.0.1:1/ww niet bereiken");
    assert!(!err.contains("geheim"));
}

#[test]
fn an_occupied_port_is_one_clear_line() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let mut c = bin();
    c.args(["serve", "--data-dir", dir.path().to_str().unwrap(), "--bind", &addr]);
    let (ok, _, err) = run(c, "");
    assert!(!ok);
    assert_one_line_error(&err, &format!("adres {addr} is al in gebruik"));
}

#[test]
fn accounts_are_managed_from_the_command_line_with_passwords_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("ww.db").display());
    let user = |args: &[&str], stdin: &str| {
        let mut c = bin();
        c.arg("user").args(args).args(["--database", &db]);
        run(c, stdin)
    };
    let (ok, out, _) = user(&["add", "--email", "Anna@Gemeente.nl", "--admin"], "een lang wachtwoord\n");
    assert!(ok);
    assert!(out.contains("Account anna@gemeente.nl aangemaakt"));
    let (ok, _, err) = user(&["add", "--email", "anna@gemeente.nl"], "een lang wachtwoord\n");
    assert!(!ok);
    assert_one_line_error(&err, "er bestaat al een account met e-mailadres anna@gemeente.nl");
    let (ok, _, err) = user(&["add", "--email", "kort@gemeente.nl"], "kort\n");
    assert!(!ok);
    assert_one_line_error(&err, "minstens 12 tekens");
    let (ok, out, _) = user(&["list"], "");
    assert!(ok);
    assert!(out.contains("anna@gemeente.nl") && out.contains("Sitebeheerder"));
    assert!(!out.contains("kort@gemeente.nl"));
    let (ok, out, _) = user(&["passwd", "--email", "anna@gemeente.nl"], "nog een lang wachtwoord\n");
    assert!(ok, "{out}");
    let (ok, _, err) = user(&["passwd", "--email", "niemand@gemeente.nl"], "nog een lang wachtwoord\n");
    assert!(!ok);
    assert_one_line_error(&err, "er is geen account met e-mailadres niemand@gemeente.nl");
    let (ok, out, _) = user(&["token", "--email", "anna@gemeente.nl", "--name", "import"], "");
    assert!(ok && out.trim().starts_with("ww_"));
}

#[test]
fn config_default_prints_a_commented_configuration() {
    let mut c = bin();
    c.args(["config", "default"]);
    let (ok, out, _) = run(c, "");
    assert!(ok);
    assert!(out.contains("bind = \"127.0.0.1:8080\"") && out.contains("# Database"));
}

#[tokio::test]
async fn serve_uses_what_migrate_prepared_and_reports_health() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("ww.db").display());
    let mut c = bin();
    c.args(["migrate", "--database", &db]);
    let (ok, out, _) = run(c, "");
    assert!(ok && out.contains("Database bijgewerkt"), "{out}");
    let mut c = bin();
    c.args(["serve", "--database", &db, "--bind", "127.0.0.1:0"]);
    let server = start(c);
    let res = client().get(format!("{}/health", server.url)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
}

#[tokio::test]
async fn the_demo_prints_the_login_once_and_reuses_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let demo = || {
        let mut c = bin();
        c.args(["demo", "--data-dir", data.to_str().unwrap(), "--bind", "127.0.0.1:0", "--without-statistics"]);
        c.env_remove("WIJKWIJZER_ADMIN_EMAIL").env_remove("WIJKWIJZER_ADMIN_PASSWORD");
        c
    };
    let first = start(demo());
    let text = first.printed.join("\n");
    assert!(text.contains("2 demo-wijkaanpakken geladen"), "{text}");
    let line = first.printed.iter().find(|l| l.contains("Beheerder aangemaakt")).expect("login printed");
    let password = line.split("wachtwoord ").nth(1).unwrap().split(' ').next().unwrap().to_string();
    let cookie = login(&first.url, "beheerder@wijkwijzer.local", &password).await;
    let home =
        client().get(format!("{}/", first.url)).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Demo: Wijkaanpak Rotterdam Zuid") && home.contains("Ingelogd als Beheerder"));
    // The demo's invented coalition is public: parties by type, a party that left, a steering group
    // with decisions, and the working group without decisions signalled.
    let coalition =
        client().get(format!("{}/programmas/1/coalitie", first.url)).send().await.unwrap().text().await.unwrap();
    for part in [
        "Woningcorporatie Maasoever",
        "Bewonersplatform Feijenoord",
        "Deed eerder mee",
        "Ondernemersvereniging Zuidplein",
        "Stuurgroep Zuid",
        "Werkgroep Jeugd nam in het afgelopen halfjaar geen besluit.",
    ] {
        assert!(coalition.contains(part), "{part}: {coalition}");
    }
    assert!(!coalition.contains("voorbeeld.nl"), "contact persons stay with the members");
    // Its invented agenda is public too: measures with owners, a printable wijkdeal, and the
    // residents' agenda with only its published items.
    let get = |path: &'static str| {
        let url = format!("{}{path}", first.url);
        async move { client().get(url).send().await.unwrap().text().await.unwrap() }
    };
    let wijkdeal = get("/programmas/1/agenda/wijkdeal").await;
    for part in ["Werkgeversnetwerk Zuid", "250 werkervaringsplaatsen", "Namens Bewonersplatform Feijenoord"] {
        assert!(wijkdeal.contains(part), "{part}");
    }
    assert!(wijkdeal.contains("nog geen nulmeting"), "without statistics the catalogue goals wait for their baseline");
    assert!(!wijkdeal.contains("Cameratoezicht Zuidplein"), "a stopped measure is not part of the agreement");
    // The wijkdeal signed by the parties' contact persons and published as a PDF of its own.
    let publications = get("/programmas/1/publicaties").await;
    assert!(
        publications.contains("Wijkdeal Demo: Wijkaanpak Rotterdam Zuid") && publications.contains("geldend"),
        "{publications}"
    );
    let snapshot = get("/programmas/1/publicaties/1").await;
    assert!(snapshot.contains("Ondertekend") && snapshot.contains("20-11-2025"), "signed: {snapshot}");
    let pdf = client().get(format!("{}/programmas/1/publicaties/1/pdf", first.url)).send().await.unwrap();
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
    // The stuurgroep's meetings: the last one with its minutes (and their PDF), the next one planned.
    let meetings = get("/programmas/1/coalitie/overleg/1").await;
    assert!(meetings.contains("gepland") && meetings.contains("4 agendapunten"), "{meetings}");
    let residents = get("/programmas/1/agenda/bewonersagenda").await;
    assert!(residents.contains("Veilige speelplek aan de Hillevliet") && !residents.contains("Gratis zwemles"));
    // € 1.100.000 of the agenda's own measures and € 48.000 of last year's wijkbudget proposals.
    let finance = get("/programmas/1/agenda/financiering").await;
    assert!(finance.contains("€ 1.148.000") && finance.contains("Wijkbudget (bewoners)"), "{finance}");
    let preconditions = get("/programmas/1/randvoorwaarden").await;
    assert!(
        preconditions.contains("Peiling najaar 2026 (verzonnen)") && preconditions.contains("11 antwoorden"),
        "{preconditions}"
    );
    assert!(
        preconditions.contains("Vertrouwen: Bestuur geeft 4, Bewoners 2"),
        "the invented round shows a disagreement"
    );
    drop(first);

    // The yearly report of the demo, from the command line, as PDF and as a standalone HTML file.
    let report = |args: &[&str]| {
        let mut c = bin();
        c.args(["report", "--data-dir", data.to_str().unwrap(), "--programme"]).args(args);
        run(c, "")
    };
    let pdf = dir.path().join("voortgang-2026.pdf");
    let (ok, out, err) = report(&["1", "--year", "2026", "--format", "pdf", "--out", pdf.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("Rapportage geschreven naar"), "{out}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() > 20_000, "a typeset PDF with its font");
    let html = dir.path().join("voortgang-2026.html");
    let (ok, _, err) = report(&["1", "--year", "2026", "--format", "html", "--out", html.to_str().unwrap()]);
    assert!(ok, "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    for part in [
        "<!DOCTYPE html>",
        "Voortgangsrapportage 2026: Demo: Wijkaanpak Rotterdam Zuid",
        "Eerste buurtkamer open in Bloemhof",
        "Doelwaarde verhoogd van 30 naar 35",
        "huishoudens met een stabiele schuldsituatie na een jaar (verzonnen): 64 aantal",
        "Peiling najaar 2026 (verzonnen)",
    ] {
        assert!(page.contains(part), "{part}");
    }
    // The Typst source and the charts, for adjusting the layout by hand.
    let typst = dir.path().join("typst");
    let (ok, _, err) = report(&["1", "--year", "2026", "--format", "typst", "--out", typst.to_str().unwrap()]);
    assert!(ok, "{err}");
    let source = std::fs::read_to_string(typst.join("main.typ")).unwrap();
    assert!(source.starts_with("#set document(title: \"Voortgangsrapportage 2026") && source.contains("#outline("));
    assert!(std::fs::read_dir(&typst).unwrap().any(|e| e.unwrap().path().extension().is_some_and(|x| x == "svg")));
    let (ok, _, err) = report(&["99", "--year", "2026", "--out", pdf.to_str().unwrap()]);
    assert!(!ok);
    assert_one_line_error(&err, "Er is geen programma met nummer 99.");
    let (ok, _, err) = report(&["1", "--year", "2026", "--format", "docx", "--out", pdf.to_str().unwrap()]);
    assert!(!ok);
    assert_one_line_error(&err, "Onbekend formaat “docx”: kies pdf, html of typst.");

    let second = start(demo());
    let text = second.printed.join("\n");
    assert!(!text.contains("geladen") && !text.contains(&password), "{text}");
    assert!(text.contains("het wachtwoord is bij de eerste start getoond"));
    login(&second.url, "beheerder@wijkwijzer.local", &password).await;
}

#[tokio::test]
async fn the_demo_takes_the_administrator_login_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = bin();
    c.args(["demo", "--data-dir", dir.path().to_str().unwrap(), "--bind", "127.0.0.1:0", "--without-statistics"]);
    c.env("WIJKWIJZER_ADMIN_EMAIL", "test@gemeente.nl").env("WIJKWIJZER_ADMIN_PASSWORD", "wachtwoord voor scripts");
    let server = start(c);
    assert!(server.printed.iter().any(|l| l.contains("test@gemeente.nl")));
    login(&server.url, "test@gemeente.nl", "wachtwoord voor scripts").await;
}

#[test]
fn database_url_from_the_environment_is_used_when_no_flag_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("env.db");
    let mut c = bin();
    c.arg("migrate").env("DATABASE_URL", format!("sqlite://{}", file.display()));
    let (ok, out, err) = run(c, "");
    assert!(ok, "{err}");
    assert!(out.contains("env.db"), "{out}");
    assert!(file.exists());
}

#[tokio::test]
async fn a_backup_restores_to_identical_data_and_a_restore_never_loses_the_database_it_replaces() {
    use wijkwijzer::store::{Store, sqlite_url_for_dir};
    let dir = tempfile::tempdir().unwrap();
    let (live, other) = (dir.path().join("live"), dir.path().join("other"));
    let live_url = sqlite_url_for_dir(&live);
    // A database with content: the demo's programmes, coalition, agenda and monitoring.
    let store = Store::connect(&live_url).await.unwrap();
    store.migrate().await.unwrap();
    wijkwijzer::demo::load(&store).await.unwrap();
    // A document kept beside the database: the backup carries it, the restore puts it back.
    let pdf = b"%PDF-1.4\n% jaarplan\n%%EOF\n".to_vec();
    let file = wijkwijzer::domain::document::check_upload("jaarplan.pdf", &pdf, 1024, "").unwrap();
    let owner = (wijkwijzer::domain::document::OwnerKind::Programme, 1);
    let doc =
        store.add_document(&wijkwijzer::domain::audit::Actor::system("test"), 1, owner, &file, &pdf).await.unwrap();
    assert!(live.join("documenten").exists());
    let original = store.sqlite_content_digest().await.unwrap();
    store.close().await;
    assert!(original.iter().any(|(t, n, _)| t == "goals" && *n > 0), "{original:?}");
    let cmd = |args: &[&str]| {
        let mut c = bin();
        c.args(args);
        run(c, "")
    };
    let file = dir.path().join("backup.db");
    let (ok, out, err) = cmd(&["backup", "--data-dir", live.to_str().unwrap(), "--out", file.to_str().unwrap()]);
    assert!(ok && out.contains("Back-up geschreven naar"), "{out}{err}");
    let (ok, _, err) = cmd(&["backup", "--data-dir", live.to_str().unwrap(), "--out", file.to_str().unwrap()]);
    assert!(!ok);
    assert_one_line_error(&err, "bestaat al; kies een nieuwe bestandsnaam.");
    // Restore into an empty folder: the same data, table by table, row by row.
    let (ok, out, err) = cmd(&["restore", "--data-dir", other.to_str().unwrap(), "--from", file.to_str().unwrap()]);
    assert!(ok && out.contains("teruggezet in"), "{out}{err}");
    let restored = Store::connect(&sqlite_url_for_dir(&other)).await.unwrap();
    assert_eq!(restored.sqlite_content_digest().await.unwrap(), original);
    assert_eq!(restored.document_content(&doc).await.unwrap(), pdf, "the document is back on disk");
    assert!(other.join("documenten").join(&doc.sha256[..2]).join(&doc.sha256).exists());
    restored.close().await;
    // Over an existing database only with --force, and the replaced one is kept.
    let (ok, _, err) = cmd(&["restore", "--data-dir", live.to_str().unwrap(), "--from", file.to_str().unwrap()]);
    assert!(!ok);
    assert_one_line_error(&err, "Gebruik --force om haar te vervangen");
    let (ok, out, _) =
        cmd(&["restore", "--data-dir", live.to_str().unwrap(), "--from", file.to_str().unwrap(), "--force"]);
    assert!(ok && out.contains("De vervangen database is bewaard als"), "{out}");
    assert!(
        std::fs::read_dir(&live).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("voor-herstel"))
    );
    // Something that is not a backup changes nothing.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"geen database").unwrap();
    let (ok, _, err) =
        cmd(&["restore", "--data-dir", other.to_str().unwrap(), "--from", junk.to_str().unwrap(), "--force"]);
    assert!(!ok);
    assert_one_line_error(&err, "is geen intacte WijkWijzer-database; er is niets veranderd.");
    let still = Store::connect(&sqlite_url_for_dir(&other)).await.unwrap();
    assert_eq!(still.sqlite_content_digest().await.unwrap(), original);
}

/// `wijkwijzer mail test` sends one message through a real SMTP server and prints its answer; without
/// a mail server configured it says how to set one.
#[tokio::test]
async fn mail_test_sends_one_message_and_prints_the_servers_answer() {
    let Some(sink) = common::smtp::SmtpSink::start("wijkwijzer mail test") else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bin();
    cmd.current_dir(dir.path()).env("WIJKWIJZER_MAIL_URL", sink.url()).args([
        "mail",
        "test",
        "--to",
        "Test@Gemeente.nl",
    ]);
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("Testbericht aan test@gemeente.nl verstuurd. De mailserver antwoordde: 250"), "{stdout}");
    let got = sink.wait_for(1, std::time::Duration::from_secs(5)).await;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].envelope_to, ["test@gemeente.nl"]);
    assert_eq!(got[0].subject.as_deref(), Some("Testbericht van WijkWijzer"));

    let mut none = bin();
    none.current_dir(dir.path()).env_remove("WIJKWIJZER_MAIL_URL").args(["mail", "test", "--to", "a@b.nl"]);
    let out = none.output().unwrap();
    assert!(!out.status.success());
    assert_one_line_error(&String::from_utf8_lossy(&out.stderr), "Er is geen mailserver ingesteld");
}
