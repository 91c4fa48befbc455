//! A real OpenID provider for the sign-in tests: `oidc-provider` from npm
//! (tests/browser/oidc-provider.mjs), started on a free port, with its own login and consent pages.
//! Enabled by WIJKWIJZER_TEST_OIDC=1; when enabled, a missing Node or npm package fails the test
//! instead of skipping it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use wijkwijzer::domain::oidc::{Provider, ProviderConfig};

pub const OIDC_ENV: &str = "WIJKWIJZER_TEST_OIDC";
/// The client secret the test provider knows.
pub const SECRET: &str = "een-geheim-voor-de-test";

pub struct OidcProvider {
    pub port: u16,
    redirect_uri: String,
    post_logout_uri: String,
    child: Option<Child>,
}

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

impl OidcProvider {
    /// A running provider that sends people back to `redirect_uri`, or `None` (said on stderr)
    /// when the sign-in tests are not switched on.
    pub fn start(test: &str, redirect_uri: &str, post_logout_uri: &str) -> Option<OidcProvider> {
        if !super::node_service_on(test, OIDC_ENV, "oidc-provider") {
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut p = OidcProvider {
            port,
            redirect_uri: redirect_uri.to_string(),
            post_logout_uri: post_logout_uri.to_string(),
            child: None,
        };
        p.restart();
        Some(p)
    }

    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Stop the provider: its port refuses connections until `restart`.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Start (again) on the same port, with a new signing key.
    pub fn restart(&mut self) {
        self.stop();
        let mut child = Command::new("node")
            .arg(suite_dir().join("oidc-provider.mjs"))
            .arg(self.port.to_string())
            .arg(&self.redirect_uri)
            .arg(&self.post_logout_uri)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs");
        let mut line = String::new();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "listening", "the OpenID provider started");
        // The provider writes notices to its standard output: keep reading, or it dies of EPIPE.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "the OpenID provider listens");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// How the provider answers from now on (`ok`, `expired`, `wrong-key`, `other-issuer`,
    /// `wrong-nonce`: see oidc-provider.mjs).
    pub async fn set_mode(&self, mode: &str) {
        let r = reqwest::get(format!("{}/test/mode/{mode}", self.issuer())).await.unwrap();
        assert!(r.status().is_success());
    }

    /// The provider as WijkWijzer's configuration names it: groups mapped to roles.
    pub fn config(&self, key: &str, roles: &[(&str, &str)]) -> ProviderConfig {
        ProviderConfig {
            key: key.into(),
            name: "Gemeente Testdorp".into(),
            issuer: self.issuer(),
            client_id: "wijkwijzer".into(),
            scopes: vec!["openid".into(), "email".into(), "profile".into(), "groups".into()],
            email_claim: "email".into(),
            name_claim: "name".into(),
            groups_claim: Some("groups".into()),
            roles: roles.iter().map(|(g, r)| (g.to_string(), r.to_string())).collect::<BTreeMap<_, _>>(),
            create_accounts: true,
            match_email: false,
        }
    }

    pub fn provider(&self, config: &ProviderConfig) -> Provider {
        Provider::from_config(config, Some(SECRET.into())).unwrap()
    }

    /// Sign in at the provider as `login` (any password), giving consent: from the authorisation
    /// address WijkWijzer sent the browser to, until the provider sends it back. Returns that
    /// return address (with code, state and iss).
    pub async fn sign_in(&self, authorize_url: &str, login: &str) -> String {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let mut jar = Jar::default();
        let mut url = authorize_url.to_string();
        let mut form: Option<Vec<(String, String)>> = None;
        for _ in 0..12 {
            let req = match form.take() {
                Some(fields) => client.post(&url).form(&fields),
                None => client.get(&url),
            };
            let res = req
                .header("cookie", jar.header(&url))
                .send()
                .await
                .unwrap_or_else(|e| panic!("the provider answers {url}: {e:?}"));
            jar.take(&res);
            if let Some(next) = res.headers().get("location") {
                let next = next.to_str().unwrap().to_string();
                let next = if next.starts_with('/') { format!("{}{next}", self.issuer()) } else { next };
                if next.starts_with(&self.redirect_uri) || next.contains("/inloggen/met/") {
                    return next;
                }
                url = next;
                continue;
            }
            let status = res.status();
            let html = res.text().await.unwrap();
            assert!(status.is_success(), "the provider's page answered {status}: {html}");
            let action = between(&html, "action=\"", "\"").expect("a form on the provider's page");
            let prompt = between(&html, "name=\"prompt\" value=\"", "\"").unwrap_or("login".into());
            url = if action.starts_with('/') { format!("{}{action}", self.issuer()) } else { action };
            form = Some(match prompt.as_str() {
                "login" => vec![
                    ("prompt".into(), "login".into()),
                    ("login".into(), login.into()),
                    ("password".into(), "wachtwoord".into()),
                ],
                other => vec![("prompt".into(), other.into())],
            });
        }
        panic!("the provider did not send the browser back");
    }
}

fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let at = text.find(start)? + start.len();
    Some(text[at..].split(end).next()?.to_string())
}

/// Cookies as a browser keeps them for one site: by name and path.
#[derive(Default)]
struct Jar(BTreeMap<(String, String), String>);

impl Jar {
    fn take(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all("set-cookie") {
            let Ok(c) = cookie::Cookie::parse(v.to_str().unwrap().to_string()) else { continue };
            let path = c.path().unwrap_or("/").to_string();
            let key = (c.name().to_string(), path);
            if c.max_age().is_some_and(|a| a.is_zero()) || c.value().is_empty() {
                self.0.remove(&key);
            } else {
                self.0.insert(key, c.value().to_string());
            }
        }
    }

    fn header(&self, url: &str) -> String {
        let path =
            url.splitn(4, '/').nth(3).map(|p| format!("/{}", p.split('?').next().unwrap())).unwrap_or("/".into());
        self.0
            .iter()
            .filter(|((_, p), _)| path.starts_with(p.as_str()))
            .map(|((n, _), v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        self.stop();
    }
}
