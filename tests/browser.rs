//! The browser suite (tests/browser/suite.mjs): Debian's Chromium through playwright-core, with
//! axe-core on every page. Enabled by WIJKWIJZER_TEST_BROWSER=1; when enabled, a missing Chromium
//! or Node fails the test instead of skipping it.

mod common;

use common::process::{bin, start};
use std::path::Path;
use std::process::Command;

#[test]
fn the_browser_suite_passes_with_zero_accessibility_violations() {
    if std::env::var("WIJKWIJZER_TEST_BROWSER").map(|v| v.is_empty() || v == "0").unwrap_or(true) {
        common::skipped(
            "the browser suite",
            "set WIJKWIJZER_TEST_BROWSER=1 (needs node and /usr/bin/chromium) to run it",
        );
        return;
    }
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(Path::new(&chromium).exists(), "Chromium not found at {chromium}: apt-get install chromium");
    if !suite.join("node_modules/playwright-core").exists() {
        let ok =
            Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&suite).status().expect("npm runs");
        assert!(ok.success(), "npm ci failed in tests/browser");
    }
    let dir = tempfile::tempdir().unwrap();
    let (email, password) = ("browser@wijkwijzer.local", "wachtwoord voor de browsertest");
    // A port chosen ahead, so that the OpenID provider knows where to send people back to.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let site = format!("http://127.0.0.1:{port}");
    let provider = common::oidc::OidcProvider::start(
        "signing in through an OpenID provider in the browser suite",
        &format!("{site}/inloggen/met/gemeente/terug"),
        &format!("{site}/?melding=uitgelogd"),
    );
    let config = dir.path().join("wijkwijzer.toml");
    let mut toml = format!("public_url = \"{site}\"\n");
    if let Some(p) = &provider {
        toml.push_str(&format!(
            "[[oidc]]\nkey = \"gemeente\"\nname = \"Gemeente Testdorp\"\nissuer = \"{}\"\nclient_id = \"wijkwijzer\"\n\
             scopes = [\"openid\", \"email\", \"profile\", \"groups\"]\ngroups_claim = \"groups\"\ncreate_accounts = true\n\
             [oidc.roles]\n\"wijkaanpak-lezers\" = \"programma:1:lezer\"\n",
            p.issuer()
        ));
    }
    std::fs::write(&config, toml).unwrap();
    // The local StatLine/PDOK server (real files of data/), for the page *Ophalen*.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let statline = runtime.block_on(common::statline::Fixture::start(1000));
    let sources = statline.endpoints();
    let data = dir.path().join("data");
    let mut demo = bin();
    demo.args(["--config", config.to_str().unwrap(), "demo", "--data-dir", data.to_str().unwrap()])
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .env("WIJKWIJZER_ADMIN_EMAIL", email)
        .env("WIJKWIJZER_ADMIN_PASSWORD", password)
        .env("WIJKWIJZER_OIDC_GEMEENTE_SECRET", common::oidc::SECRET)
        .env("WIJKWIJZER_SOURCES_CBS_V3", &sources.cbs_v3)
        .env("WIJKWIJZER_SOURCES_CBS_V4", &sources.cbs_v4)
        .env("WIJKWIJZER_SOURCES_RIVM_V3", &sources.rivm_v3)
        .env("WIJKWIJZER_SOURCES_PDOK", &sources.pdok);
    let server = start(demo);
    let mut node = Command::new("node");
    node.arg(suite.join("suite.mjs"))
        .arg(&server.url)
        .env("ADMIN_EMAIL", email)
        .env("ADMIN_PASSWORD", password)
        .env("CHROMIUM", &chromium);
    if provider.is_some() {
        node.env("OIDC_PROVIDER_NAME", "Gemeente Testdorp");
    }
    let status = node.status().expect("node runs");
    drop(statline);
    drop(runtime);
    assert!(status.success(), "the browser suite failed (see its output above)");
}
