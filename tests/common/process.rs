//! Running the real `wijkwijzer` binary in tests: start it, wait for the line that says where it
//! listens (no sleeping), and stop it when the guard is dropped.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wijkwijzer"));
    // Messages in Dutch (the default), whatever the machine's locale.
    c.env("LANG", "C").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("DATABASE_URL");
    c.env("WIJKWIJZER_LOG", "warn");
    c
}

/// A running server process; killed on drop.
pub struct Running {
    child: Child,
    pub url: String,
    /// Everything it printed on standard output before it started listening.
    pub printed: Vec<String>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start `cmd` (which must bind port 0 or a free port) and wait until it prints its address.
pub fn start(mut cmd: Command) -> Running {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("binary starts");
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel::<Result<String, String>>();
    let tx2 = tx.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(Ok(line)).is_err() {
                break;
            }
        }
    });
    std::thread::spawn(move || {
        let text: Vec<String> = BufReader::new(stderr).lines().map_while(Result::ok).collect();
        let _ = tx2.send(Err(text.join("\n")));
    });
    let mut printed = Vec::new();
    loop {
        match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(Ok(line)) => {
                if let Some(i) = line.find("http://") {
                    let url = line[i..].trim().to_string();
                    printed.push(line);
                    return Running { child, url, printed };
                }
                printed.push(line);
            }
            Ok(Err(stderr)) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("server exited before listening; stdout: {printed:?}; stderr: {stderr}");
            }
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("server did not start within 120 s; stdout: {printed:?}");
            }
        }
    }
}

/// Run to completion with `stdin` as standard input; returns (success, stdout, stderr).
pub fn run(mut cmd: Command, stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    let mut child =
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("binary starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An HTTP client that keeps no cookies of its own (tests pass them explicitly) and never follows redirects.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The authenticator key each test account enrolled with (a process's accounts, by e-mail address).
static KEYS: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());

/// Log in with a form post — and, where the server asks for it, the second step with a code
/// computed like an authenticator app (enrolling first when required); returns the
/// `ww_session=…` cookie pair.
pub async fn login(base: &str, email: &str, password: &str) -> String {
    let res = client()
        .post(format!("{base}/inloggen"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string([("email", email), ("password", password)]).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303, "login failed: {}", res.text().await.unwrap_or_default());
    let pair = |res: &reqwest::Response| {
        let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
        cookie.split(';').next().unwrap().to_string()
    };
    if res.headers().get("location").and_then(|l| l.to_str().ok()) != Some("/inloggen/code") {
        return pair(&res);
    }
    let challenge = pair(&res);
    let page = client()
        .get(format!("{base}/inloggen/code"))
        .header("cookie", &challenge)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let marker = "<code class=\"secret\" lang=\"en\">";
    let key = match page.find(marker) {
        Some(at) => {
            let key = page[at + marker.len()..].split('<').next().unwrap().replace(' ', "");
            KEYS.lock().unwrap().push((email.to_string(), key.clone()));
            key
        }
        None => {
            KEYS.lock().unwrap().iter().rev().find(|(e, _)| e == email).expect("the key this test enrolled").1.clone()
        }
    };
    // A code is accepted once: a second sign-in within the same 30 seconds waits for the next one.
    for _ in 0..3 {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let code = wijkwijzer::domain::second_factor::code_at(&key, now).unwrap();
        let res = client()
            .post(format!("{base}/inloggen/code"))
            .header("cookie", &challenge)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string([("code", code.as_str())]).unwrap())
            .send()
            .await
            .unwrap();
        if matches!(res.status().as_u16(), 200 | 303) {
            let session = res
                .headers()
                .get_all("set-cookie")
                .iter()
                .filter_map(|c| c.to_str().ok())
                .find(|c| c.starts_with("ww_session=") && !c.starts_with("ww_session=;"))
                .expect("a session");
            return session.split(';').next().unwrap().to_string();
        }
        tokio::time::sleep(Duration::from_secs(30 - now % 30 + 1)).await;
    }
    panic!("the second step failed for {email}");
}
