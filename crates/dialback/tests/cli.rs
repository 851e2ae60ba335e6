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

/// An operator approves one request and rejects another; the limit and the activity log follow.
#[test]
fn limit_requests_are_approved_and_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("ops.db").display());
    let created = create_account(&url, "ewa@salon.pl", "fioletowy-parasol-7");
    assert!(created.status.success());
    let account_id: i64 = String::from_utf8(created.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (first, second) = runtime.block_on(async {
        let db = dialback_server::platform::db::Db::connect(&url)
            .await
            .unwrap();
        let mut conn = db.pool.acquire().await.unwrap();
        let owner: i64 = sqlx::query_scalar("SELECT id FROM users")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let limit = dialback_domain::LimitName::MaxCallsInProgress;
        let first = dialback_server::limits::requests::create(
            &mut conn,
            account_id,
            owner,
            limit,
            10,
            40,
            "Kampania świąteczna",
        )
        .await
        .unwrap();
        let second = dialback_server::limits::requests::create(
            &mut conn,
            account_id,
            owner,
            limit,
            10,
            500,
            "Bardzo dużo",
        )
        .await
        .unwrap();
        (first, second)
    });

    let run = |args: &[&str]| {
        Command::new(BINARY)
            .args(args)
            .env("DATABASE_URL", &url)
            .output()
            .unwrap()
    };
    let listed = String::from_utf8(run(&["limit-requests", "list"]).stdout).unwrap();
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(
        listed.contains("max_calls_in_progress\t10 -> 40\tpending"),
        "{listed}"
    );

    let approved = run(&["limit-requests", "approve", &first.to_string()]);
    assert!(
        approved.status.success(),
        "{}",
        String::from_utf8_lossy(&approved.stderr)
    );
    let rejected = run(&[
        "limit-requests",
        "reject",
        &second.to_string(),
        "--reason",
        "Za dużo na start",
    ]);
    assert!(
        rejected.status.success(),
        "{}",
        String::from_utf8_lossy(&rejected.stderr)
    );
    let again = run(&["limit-requests", "approve", &second.to_string()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("rejected, not pending"));
    assert_eq!(
        run(&["limit-requests", "list"]).stdout.len(),
        0,
        "nothing is pending"
    );

    runtime.block_on(async {
        let db = dialback_server::platform::db::Db::connect(&url)
            .await
            .unwrap();
        let mut conn = db.pool.acquire().await.unwrap();
        let defaults = dialback_server::Config::for_database(&url).default_limits();
        let limits = dialback_server::limits::for_account(&mut conn, account_id, defaults)
            .await
            .unwrap();
        assert_eq!(limits.max_calls_in_progress, 40);
        let kinds: Vec<(String, String)> = sqlx::query_as(
            "SELECT kind, source FROM activity WHERE kind LIKE 'LIMIT_%' ORDER BY id",
        )
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        assert_eq!(
            kinds,
            vec![
                ("LIMIT_CHANGE_APPROVED".to_owned(), "cli".to_owned()),
                ("LIMIT_CHANGE_REJECTED".to_owned(), "cli".to_owned())
            ]
        );
    });
}

#[test]
fn announce_refuses_a_database_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.db");
    let output = Command::new(BINARY)
        .args(["announce", "--title", "Nowość", "--body", "Treść"])
        .env("DATABASE_URL", format!("sqlite://{}", path.display()))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert!(!path.exists(), "no empty database is created");

    let long = "x".repeat(151);
    let output = Command::new(BINARY)
        .args(["announce", "--title", &long, "--body", "Treść"])
        .env("DATABASE_URL", format!("sqlite://{}", path.display()))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("at most 150"));
}
