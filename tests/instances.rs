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
    let token = html.split("name=\"csrf_token\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
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
    let Some(admin) = common::postgres_url() else {
        common::skipped("two_instances_on_one_postgresql_share_logins", &format!("set {} to run it", common::PG_ENV));
        return;
    };
    let (url, name) = common::create_postgres_database(&admin).await;
    let result = tokio::spawn({
        let url = url.clone();
        async move { two_instances_share_one_login(&url).await }
    })
    .await;
    common::drop_postgres_database(&admin, &name).await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}
