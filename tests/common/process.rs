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

/// Log in with a form post; returns the `ww_session=…` cookie pair.
pub async fn login(base: &str, email: &str, password: &str) -> String {
    let res = client()
        .post(format!("{base}/inloggen"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string([("email", email), ("password", password)]).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303, "login failed: {}", res.text().await.unwrap_or_default());
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
    cookie.split(';').next().unwrap().to_string()
}
