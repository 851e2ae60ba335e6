//! The `dialback` binary as an operator runs it: account creation, logs and shutdown.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

const BINARY: &str = env!("CARGO_BIN_EXE_dialback");

fn create_account(database_url: &str, email: &str, password: &str) -> std::process::Output {
    let mut child = Command::new(BINARY)
        .args([
            "account",
            "create",
            "--email",
            email,
            "--name",
            "Ewa Wiśniewska",
            "--company",
            "Salon Ewa",
            "--password-stdin",
        ])
        .env("DATABASE_URL", database_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn account_create_prints_the_account_id() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("ops.db").display());

    let output = create_account(&url, "ewa@salon.pl", "fioletowy-parasol-7");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), "1");

    let again = create_account(&url, "Ewa@Salon.pl", "fioletowy-parasol-7");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn account_create_rejects_a_weak_password() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("ops.db").display());
    let output = create_account(&url, "ewa@salon.pl", "qwerty123");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid password"));
}

/// Starts `dialback serve` with JSON logs, signs in with a wrong password, then stops it with SIGTERM.
#[test]
fn serve_logs_json_without_secrets_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(BINARY)
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
        .arg(format!(
            "sqlite://{}",
            dir.path().join("serve.db").display()
        ))
        .arg("--mail-dir")
        .arg(dir.path().join("mail"))
        .env("DIALBACK_LOG_FORMAT", "json")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();

    let started: serde_json::Value =
        serde_json::from_str(&lines.next().unwrap().unwrap()).expect("a JSON log line");
    let listen = started["listen"]
        .as_str()
        .expect("the start line names the address")
        .to_owned();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .unwrap();
        let page = client
            .get(format!("http://{listen}/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let token = page
            .split("name=\"csrf_token\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        let response = client
            .post(format!("http://{listen}/login"))
            .form(&[
                ("email", "nobody@example.com"),
                ("password", "secret-password-in-form"),
                ("csrf_token", &token),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401);
    });

    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let mut log = String::new();
    for line in lines.map_while(Result::ok) {
        log.push_str(&line);
        log.push('\n');
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}\n{log}");

    let request_line = log
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .find(|entry| entry["http.route"] == "/login" && entry["http.method"] == "POST")
        .expect("a log line for the POST");
    assert_eq!(request_line["http.status_code"], 401);
    assert!(request_line["duration_ms"].is_number());
    assert!(
        !log.contains("secret-password-in-form"),
        "the password was logged"
    );
    assert!(log.contains("Dialback stopped"));
    std::thread::sleep(Duration::from_millis(10));
}
