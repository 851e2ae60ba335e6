//! `dialback coupons` as an operator runs it, on SQLite and on PostgreSQL.

use std::process::{Command, Output};

use sqlx::Executor;

const BINARY: &str = env!("CARGO_BIN_EXE_dialback");

/// A fresh database URL; the SQLite folder lives as long as the returned guard.
async fn database(postgres: bool) -> (String, Option<tempfile::TempDir>) {
    if !postgres {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("ops.db").display());
        // Operator commands refuse a missing SQLite file; `dialback serve` creates it.
        dialback_server::platform::db::Db::connect(&url)
            .await
            .unwrap();
        return (url, Some(dir));
    }
    let admin_url = std::env::var("DIALBACK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let name = format!(
        "dialback_test_cli_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let pool = sqlx::PgPool::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {admin_url} is not reachable: {e}"));
    pool.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    pool.close().await;
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(b, _)| b);
    (format!("{base}/{name}"), None)
}

fn run(url: &str, args: &[&str]) -> Output {
    Command::new(BINARY)
        .arg("coupons")
        .args(args)
        .env("DATABASE_URL", url)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    assert!(!output.status.success(), "the command should fail");
    String::from_utf8(output.stderr.clone()).unwrap()
}

async fn coupons_are_created_listed_and_disabled(postgres: bool) {
    let (url, _dir) = database(postgres).await;

    let created = run(
        &url,
        &[
            "create",
            "--code",
            "wiosna-2027",
            "--limit",
            "max_calls_in_progress",
            "--increase",
            "5",
            "--max-redemptions",
            "100",
            "--expires",
            "2027-03-31",
        ],
    );
    assert_eq!(stdout(&created).trim(), "WIOSNA-2027");
    let second = run(
        &url,
        &[
            "create",
            "--code",
            "LATO",
            "--limit",
            "max_conversation_duration",
            "--increase",
            "600",
            "--max-redemptions",
            "1",
        ],
    );
    assert_eq!(stdout(&second).trim(), "LATO");

    let listed = stdout(&run(&url, &["list"]));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(
        lines,
        vec![
            "LATO\tmax_conversation_duration\t+600\t0/1\texpires never\tactive",
            "WIOSNA-2027\tmax_calls_in_progress\t+5\t0/100\texpires 2027-04-01T00:00:00Z\tactive",
        ]
    );

    // Codes are unique whatever their case.
    let duplicate = run(
        &url,
        &[
            "create",
            "--code",
            "Lato",
            "--limit",
            "max_calls_in_progress",
            "--increase",
            "1",
            "--max-redemptions",
            "1",
        ],
    );
    assert!(stderr(&duplicate).contains("a coupon with the code LATO already exists"));

    assert_eq!(
        stdout(&run(&url, &["disable", "lato"])).trim(),
        "disabled: LATO"
    );
    assert!(
        stdout(&run(&url, &["list"]))
            .contains("LATO\tmax_conversation_duration\t+600\t0/1\texpires never\tdisabled")
    );
    assert!(stderr(&run(&url, &["disable", "JESIEN"])).contains("no coupon has the code JESIEN"));
}

async fn invalid_coupon_options_are_rejected(postgres: bool) {
    let (url, _dir) = database(postgres).await;
    let create = |code: &str, limit: &str, increase: &str, max: &str, expires: Option<&str>| {
        let mut args = vec![
            "create",
            "--code",
            code,
            "--limit",
            limit,
            "--increase",
            increase,
            "--max-redemptions",
            max,
        ];
        if let Some(expires) = expires {
            args.extend(["--expires", expires]);
        }
        run(&url, &args)
    };

    let cases = [
        (
            create("A B", "max_calls_in_progress", "5", "1", None),
            "invalid --code",
        ),
        (
            create("ZIMA", "calls", "5", "1", None),
            "invalid --limit \"calls\": use one of max_calls_in_progress",
        ),
        (
            create("ZIMA", "max_calls_in_progress", "0", "1", None),
            "invalid --increase 0",
        ),
        (
            create("ZIMA", "max_calls_in_progress", "5", "0", None),
            "invalid --max-redemptions 0",
        ),
        (
            create(
                "ZIMA",
                "max_calls_in_progress",
                "5",
                "1",
                Some("31.03.2027"),
            ),
            "invalid --expires \"31.03.2027\"",
        ),
    ];
    for (output, message) in cases {
        let error = stderr(&output);
        assert!(error.contains(message), "{error}");
    }
    assert_eq!(stdout(&run(&url, &["list"])), "");
}

/// An expiry keeps the exact instant the operator typed, whatever its offset, and a time
/// without an offset is refused instead of being read as the end of its day.
async fn expiry_times_keep_their_offset(postgres: bool) {
    let (url, _dir) = database(postgres).await;
    let create = |code: &str, expires: &str| {
        run(
            &url,
            &[
                "create",
                "--code",
                code,
                "--limit",
                "max_calls_in_progress",
                "--increase",
                "1",
                "--max-redemptions",
                "1",
                "--expires",
                expires,
            ],
        )
    };
    assert_eq!(
        stdout(&create("WARSZAWA", "2027-01-31T12:00:00+02:00")).trim(),
        "WARSZAWA"
    );
    assert_eq!(
        stdout(&create("NOWY-JORK", "2027-01-31T23:30:00-05:00")).trim(),
        "NOWY-JORK"
    );
    assert_eq!(stdout(&create("UTC", "2027-01-31T12:00:00Z")).trim(), "UTC");
    assert_eq!(stdout(&create("DZIEN", "2027-01-31")).trim(), "DZIEN");
    let naive = stderr(&create("BEZ-STREFY", "2027-01-31T12:00:00"));
    assert!(
        naive.contains("invalid --expires \"2027-01-31T12:00:00\": the time has no UTC offset"),
        "{naive}"
    );

    let listed = stdout(&run(&url, &["list"]));
    let expiries: Vec<(&str, &str)> = listed
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields[0], fields[4])
        })
        .collect();
    assert_eq!(
        expiries,
        vec![
            ("DZIEN", "expires 2027-02-01T00:00:00Z"),
            ("UTC", "expires 2027-01-31T12:00:00Z"),
            ("NOWY-JORK", "expires 2027-02-01T04:30:00Z"),
            ("WARSZAWA", "expires 2027-01-31T10:00:00Z"),
        ]
    );
}

macro_rules! on_both_databases {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(false).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(true).await;
                }
            )+
        }
    };
}

on_both_databases!(
    coupons_are_created_listed_and_disabled,
    invalid_coupon_options_are_rejected,
    expiry_times_keep_their_offset,
);
