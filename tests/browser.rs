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
    let mut demo = bin();
    demo.args(["demo", "--data-dir", dir.path().to_str().unwrap(), "--bind", "127.0.0.1:0"])
        .env("WIJKWIJZER_ADMIN_EMAIL", email)
        .env("WIJKWIJZER_ADMIN_PASSWORD", password);
    let server = start(demo);
    let status = Command::new("node")
        .arg(suite.join("suite.mjs"))
        .arg(&server.url)
        .env("ADMIN_EMAIL", email)
        .env("ADMIN_PASSWORD", password)
        .env("CHROMIUM", &chromium)
        .status()
        .expect("node runs");
    assert!(status.success(), "the browser suite failed (see its output above)");
}
