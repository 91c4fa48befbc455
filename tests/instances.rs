//! Stateless instances: two `wijkwijzer serve` processes on one database share logins, because
//! sessions live in the database. On SQLite always, on PostgreSQL when WIJKWIJZER_TEST_POSTGRES is set.

mod common;

use common::process::{bin, client, login, run, start};

async fn two_instances_share_one_login(db: &str) {
    let mut add = bin();
    add.args(["user", "add", "--database", db, "--email", "anna@gemeente.nl"]);
    let (ok, _, err) = run(add, "een lang wachtwoord\n");
    assert!(ok, "{err}");
    let serve = || {
        let mut c = bin();
        c.args(["serve", "--database", db, "--bind", "127.0.0.1:0"]);
        c
    };
    let a = start(serve());
    let b = start(serve());
    assert_ne!(a.url, b.url);

    let cookie = login(&a.url, "anna@gemeente.nl", "een lang wachtwoord").await;
    let page = client().get(format!("{}/account", b.url)).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200, "instance B knows the session made on A");
    let html = page.text().await.unwrap();
    assert!(html.contains("Ingelogd als anna"));

    // Logging out on B ends the session on A as well.
    let token = common::app::csrf_of(&html);
    let out = client()
        .post(format!("{}/uitloggen", b.url))
        .header("cookie", &cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf_token={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(out.status().as_u16(), 303);
    let after = client().get(format!("{}/account", a.url)).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(after.status().as_u16(), 303, "logged out everywhere");
}

#[tokio::test]
async fn two_instances_on_one_sqlite_file_share_logins() {
    let dir = tempfile::tempdir().unwrap();
    two_instances_share_one_login(&format!("sqlite://{}", dir.path().join("ww.db").display())).await;
}

#[tokio::test]
async fn two_instances_on_one_postgresql_share_logins() {
    common::on_fresh_postgres("two_instances_on_one_postgresql_share_logins", |url| async move {
        two_instances_share_one_login(&url).await
    })
    .await;
}

/// An instance keeps the data's generation between requests on PostgreSQL too (issue 18 item 7),
/// because every commit, of any instance, is NOTIFYd to it: a change another instance makes shows
/// on its next page. (It would otherwise keep the generation it read for up to a minute.)
#[tokio::test]
async fn a_change_made_elsewhere_shows_at_once_on_an_instance_that_keeps_the_generation() {
    let name = "a_change_made_elsewhere_shows_at_once_on_an_instance_that_keeps_the_generation";
    common::on_fresh_postgres(name, |url| async move {
        use wijkwijzer::store::LogoChange;
        let store = wijkwijzer::store::Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        let actor = wijkwijzer::domain::audit::Actor::system("test");
        store.save_site_look(&actor, "Gemeente Zuid", &[], LogoChange::Keep).await.unwrap();
        let mut serve = bin();
        serve.args(["serve", "--database", &url, "--bind", "127.0.0.1:0"]);
        let b = start(serve);
        let page = || async { client().get(format!("{}/", b.url)).send().await.unwrap().text().await.unwrap() };
        for _ in 0..3 {
            assert!(page().await.contains("Gemeente Zuid"));
        }
        // Another instance (this process) renames the gemeente: the next page shows it.
        store.save_site_look(&actor, "Gemeente Noord", &[], LogoChange::Keep).await.unwrap();
        let started = std::time::Instant::now();
        let mut shown = page().await;
        while !shown.contains("Gemeente Noord") && started.elapsed() < std::time::Duration::from_secs(5) {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            shown = page().await;
        }
        assert!(shown.contains("Gemeente Noord"), "the other instance's change is shown");
        store.close().await;
    })
    .await;
}

async fn readable_content(store: &wijkwijzer::store::Store) -> String {
    let mut out = String::new();
    for p in store.programmes(wijkwijzer::store::Viewer::Admin, None).await.unwrap() {
        out.push_str(&format!("{p:?}\n{:?}\n", store.goals(p.id).await.unwrap()));
        out.push_str(&format!("{:?}\n{:?}\n", store.measures(p.id).await.unwrap(), store.parties(p.id).await.unwrap()));
        out.push_str(&format!("{:?}\n", store.revisions(p.id, None).await.unwrap()));
        out.push_str(&format!("{:?}\n", store.successes(p.id).await.unwrap()));
    }
    out
}

/// The documented PostgreSQL backup route (docs/OPERATIONS.md): pg_dump of a serving database,
/// pg_restore into a new one, and WijkWijzer reads the same programmes from it.
#[tokio::test]
async fn a_postgresql_database_survives_pg_dump_and_pg_restore() {
    let Some(admin) = common::postgres_url() else {
        common::skipped(
            "a_postgresql_database_survives_pg_dump_and_pg_restore",
            &format!("set {} to run it", common::PG_ENV),
        );
        return;
    };
    let (url, name) = common::create_postgres_database(&admin).await;
    let (copy_url, copy_name) = common::create_postgres_database(&admin).await;
    let result = tokio::spawn({
        let (url, copy_url) = (url.clone(), copy_url.clone());
        async move {
            let store = wijkwijzer::store::Store::connect(&url).await.unwrap();
            store.migrate().await.unwrap();
            wijkwijzer::demo::load(&store).await.unwrap();
            let original = readable_content(&store).await;
            assert!(original.contains("Meer bewonersinitiatieven"));
            let dir = tempfile::tempdir().unwrap();
            let dump = dir.path().join("ww.dump");
            let ok = std::process::Command::new("pg_dump")
                .args(["--format=custom", "--no-owner", "--file", dump.to_str().unwrap(), &url])
                .status()
                .expect("pg_dump is installed with PostgreSQL");
            assert!(ok.success(), "pg_dump");
            let ok = std::process::Command::new("pg_restore")
                .args(["--no-owner", "--dbname", &copy_url, dump.to_str().unwrap()])
                .status()
                .expect("pg_restore is installed with PostgreSQL");
            assert!(ok.success(), "pg_restore");
            let copy = wijkwijzer::store::Store::connect(&copy_url).await.unwrap();
            copy.migrate().await.unwrap();
            assert_eq!(readable_content(&copy).await, original);
            store.close().await;
            copy.close().await;
        }
    })
    .await;
    common::drop_postgres_database(&admin, &name).await;
    common::drop_postgres_database(&admin, &copy_name).await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}
