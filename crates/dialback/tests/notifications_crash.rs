//! The notification outbox survives `kill -9`: the real `dialback serve` runs with an
//! SMTP server that refuses connections, is killed while the outbox holds messages, and
//! a new server on the same database delivers every message exactly once.

#[allow(dead_code)]
#[path = "../../dialback-server/tests/common/smtp.rs"]
mod smtp;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::Executor;

const BINARY: &str = env!("CARGO_BIN_EXE_dialback");
const OWNER_EMAIL: &str = "ewa@salon.pl";
const PASSWORD: &str = "fioletowy-parasol-7";
/// Test e-mails the owner asks for before the crash.
const TEST_EMAILS: usize = 6;

/// A fresh database: a SQLite file, or a new PostgreSQL database when `postgres`.
async fn database(postgres: bool, dir: &std::path::Path) -> String {
    if !postgres {
        return format!("sqlite://{}", dir.join("crash.db").display());
    }
    let admin_url = std::env::var("DIALBACK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let name = format!("dialback_test_crash_{}", std::process::id());
    let pool = sqlx::PgPool::connect(&admin_url)
        .await
        .expect("PostgreSQL is reachable; set DIALBACK_TEST_POSTGRES_URL");
    pool.execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
        .await
        .unwrap();
    pool.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    pool.close().await;
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(base, _)| base);
    format!("{base}/{name}")
}

/// Starts `dialback serve` on a free port and returns it with its address.
fn serve(database_url: &str, smtp_port: u16, dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(BINARY)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database-url",
            database_url,
        ])
        .arg("--smtp-url")
        .arg(format!("smtp://127.0.0.1:{smtp_port}"))
        .args([
            "--notification-retry-delay",
            "0.2",
            "--notification-lease",
            "3",
        ])
        .arg("--mail-dir")
        .arg(dir.join("mail"))
        .env("DIALBACK_LOG_FORMAT", "json")
        .env("RUST_LOG", "info,sqlx=warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let started: serde_json::Value =
        serde_json::from_str(&lines.next().unwrap().unwrap()).expect("a JSON log line");
    let listen = started["listen"]
        .as_str()
        .expect("the listen address")
        .to_owned();
    // Keep reading the log so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    (child, listen)
}

/// A port on which nothing listens, so SMTP connections are refused.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn create_account(database_url: &str) {
    let mut child = Command::new(BINARY)
        .args([
            "account",
            "create",
            "--email",
            OWNER_EMAIL,
            "--name",
            "Ewa Wiśniewska",
        ])
        .args([
            "--company",
            "Salon Ewa",
            "--password-stdin",
            "--language",
            "pl",
        ])
        .env("DATABASE_URL", database_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn csrf_token(page: &str) -> String {
    page.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a form with a CSRF token")
        .to_owned()
}

/// Signs in as the owner and presses "send test" for e-mail once, then records the
/// other `TEST_EMAILS - 1` test e-mails directly, since the button allows one a minute.
async fn request_test_emails(listen: &str, pool: &sqlx::AnyPool) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let base = format!("http://{listen}");
    let login = client.get(format!("{base}/login")).send().await.unwrap();
    let token = csrf_token(&login.text().await.unwrap());
    let signed_in = client
        .post(format!("{base}/login"))
        .form(&[
            ("email", OWNER_EMAIL),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    {
        let page = client
            .get(format!("{base}/settings/notifications"))
            .send()
            .await
            .unwrap();
        let token = csrf_token(&page.text().await.unwrap());
        let sent = client
            .post(format!("{base}/settings/notifications/test"))
            .form(&[("channel", "email"), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), 303);
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros() as i64;
    for n in 1..TEST_EMAILS as i64 {
        sqlx::query(
            "INSERT INTO notification_events (account_id, kind, payload, target_user, created_at) \
             SELECT account_id, 'notification.test', '{\"channel\":\"email\"}', id, $1 FROM users",
        )
        .bind(now + n)
        .execute(pool)
        .await
        .unwrap();
    }
}

async fn scalar(pool: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

/// Polls until `condition` holds or `limit` passes.
async fn wait_until<F, Fut>(limit: Duration, what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    while !condition().await {
        assert!(start.elapsed() < limit, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn outbox_survives_kill_9(postgres: bool) {
    let dir = tempfile::tempdir().unwrap();
    let url = database(postgres, dir.path()).await;
    create_account(&url);
    let db = dialback_server::platform::db::Db::connect(&url)
        .await
        .unwrap();
    let pool = db.pool.clone();

    // The first server cannot reach its SMTP server.
    let (mut first, listen) = serve(&url, closed_port(), dir.path());
    request_test_emails(&listen, &pool).await;
    let announced = Command::new(BINARY)
        .args([
            "announce",
            "--title",
            "Nowe raporty",
            "--body",
            "Raporty tygodniowe są już dostępne.",
        ])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(
        announced.status.success(),
        "{}",
        String::from_utf8_lossy(&announced.stderr)
    );
    wait_until(Duration::from_secs(20), "every e-mail failed at least once", || async {
        scalar(
            &pool,
            "SELECT COUNT(*) FROM notification_deliveries WHERE channel = 'email' AND status = 'pending' AND attempts >= 1",
        )
        .await
            == TEST_EMAILS as i64
    })
    .await;

    // SIGKILL: no shutdown, no chance to finish anything.
    first.kill().unwrap();
    first.wait().unwrap();
    assert_eq!(
        scalar(&pool, "SELECT COUNT(*) FROM notification_deliveries WHERE channel = 'email' AND status = 'pending'").await,
        TEST_EMAILS as i64,
        "the outbox holds every e-mail after the crash"
    );

    let listener = smtp::SmtpListener::start().await;
    let (mut second, _) = serve(&url, listener.port, dir.path());
    wait_until(
        Duration::from_secs(30),
        "every e-mail was delivered",
        || async {
            scalar(
                &pool,
                "SELECT COUNT(*) FROM notification_deliveries WHERE status = 'pending'",
            )
            .await
                == 0
        },
    )
    .await;
    // Give a duplicate time to show up if there were one.
    tokio::time::sleep(Duration::from_secs(2)).await;
    second.kill().unwrap();
    second.wait().unwrap();

    let received = listener.messages();
    assert_eq!(
        received.len(),
        TEST_EMAILS,
        "each e-mail arrives exactly once"
    );
    let arrived: BTreeSet<String> = received
        .iter()
        .map(|message| {
            let header = message
                .data
                .lines()
                .find_map(|line| line.strip_prefix("Message-ID: "))
                .expect("a Message-ID header");
            header.trim().trim_matches(['<', '>']).to_owned()
        })
        .collect();
    let expected: BTreeSet<String> = sqlx::query_scalar(
        "SELECT message_id FROM notification_deliveries WHERE channel = 'email'",
    )
    .fetch_all(&pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert_eq!(arrived, expected, "one message per delivery, none twice");
    for message in &received {
        assert_eq!(message.to, [OWNER_EMAIL]);
        assert_eq!(message.subject(), "Testowe powiadomienie Dialback");
    }
    assert_eq!(
        scalar(
            &pool,
            "SELECT COUNT(*) FROM notification_deliveries WHERE status = 'sent'"
        )
        .await,
        TEST_EMAILS as i64 + 1,
        "the e-mails and the product update's desktop notification"
    );
    assert_eq!(
        scalar(&pool, "SELECT COUNT(*) FROM desktop_notifications").await,
        1
    );
    let titles: Vec<String> = sqlx::query_scalar("SELECT title FROM desktop_notifications")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(titles, ["Dialback: Nowe raporty"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_outbox_survives_kill_9() {
    outbox_survives_kill_9(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_outbox_survives_kill_9() {
    outbox_survives_kill_9(true).await;
}
