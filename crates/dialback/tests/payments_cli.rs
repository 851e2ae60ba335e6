//! `dialback plans` and `dialback payments` as an operator runs them, on SQLite and
//! PostgreSQL.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use dialback_domain::{BillingPeriod, Currency, Money, PaymentMethod};
use dialback_server::payments::storage::{self, Checkout, NewPayment};
use dialback_server::platform::db::Db;
use sqlx::Executor;

const BINARY: &str = env!("CARGO_BIN_EXE_dialback");

fn run(database_url: &str, args: &[&str]) -> Output {
    Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", database_url)
        .env_remove("DIALBACK_SANDBOX_SECRET")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs")
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn failed(output: &Output) -> String {
    assert!(!output.status.success(), "the command should fail");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const PRICES: [&str; 20] = [
    "--monthly",
    "PLN=49.00",
    "--monthly",
    "USD=12.50",
    "--monthly",
    "GBP=10",
    "--monthly",
    "EUR=11.90",
    "--monthly",
    "BRL=65.00",
    "--annual",
    "PLN=490.00",
    "--annual",
    "USD=125.00",
    "--annual",
    "GBP=100.00",
    "--annual",
    "EUR=119.00",
    "--annual",
    "BRL=650.00",
];

fn create_account(database_url: &str) {
    let mut child = Command::new(BINARY)
        .args([
            "account",
            "create",
            "--email",
            "ewa@salon.pl",
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
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"fioletowy-parasol-7\n")
        .unwrap();
    ok(&child.wait_with_output().unwrap());
}

async fn pending_payment(database_url: &str, plan_id: i64) -> String {
    let db = Db::connect(database_url).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let (account_id, user_id): (i64, i64) = sqlx::query_as("SELECT account_id, id FROM users")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let money = |text: &str| Money::parse(text, Currency::Pln).unwrap();
    let payment = storage::create(
        &mut tx,
        &NewPayment {
            account_id,
            user_id,
            plan_id,
            billing_period: BillingPeriod::Annual,
            method: PaymentMethod::BankTransfer,
            price: money("490.00"),
            credit: money("0"),
            net: money("490.00"),
            vat_rate: "23".parse().unwrap(),
            vat: money("112.70"),
            gross: money("602.70"),
            checkout: Checkout {
                full_name: "Ewa Wiśniewska".into(),
                country: "PL".into(),
                city: "Kraków".into(),
                address: "ul. Floriańska 3".into(),
                zip_code: "31-019".into(),
                ..Checkout::default()
            },
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    payment.reference
}

async fn scalar(database_url: &str, sql: &str) -> String {
    let db = Db::connect(database_url).await.unwrap();
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

async fn plans_and_payments(database_url: &str) {
    let mut create = vec![
        "plans",
        "create",
        "--name",
        "Pro",
        "--max-calls-in-progress",
        "20",
        "--max-conversation-duration",
        "7200",
        "--scheduled-calls-per-timestamp",
        "6",
    ];
    create.extend(PRICES);
    let id = ok(&run(database_url, &create)).trim().to_owned();
    assert!(
        id.parse::<i64>().unwrap() > 1,
        "the trial plan is the first"
    );

    assert!(failed(&run(database_url, &create)).contains("a plan named \"Pro\" already exists"));
    let mut missing = create.clone();
    missing[3] = "Lite";
    missing.truncate(missing.len() - 2);
    assert!(failed(&run(database_url, &missing)).contains("missing --annual BRL=AMOUNT"));
    let mut inexact = create.clone();
    inexact[3] = "Lite";
    inexact[11] = "PLN=49.999";
    assert!(failed(&run(database_url, &inexact)).contains("invalid --monthly \"PLN=49.999\""));

    let list = ok(&run(database_url, &["plans", "list"]));
    assert!(list.contains("Trial\ttrial"), "{list}");
    assert!(
        list.contains("Pro\toffered\tcalls 20\tduration 7200\tscheduled 6"),
        "{list}"
    );
    assert!(
        list.contains("monthly:GBP=10.00") && list.contains("annual:BRL=650.00"),
        "{list}"
    );

    ok(&run(
        database_url,
        &[
            "plans",
            "update",
            &id,
            "--monthly",
            "PLN=59.00",
            "--max-calls-in-progress",
            "25",
        ],
    ));
    let list = ok(&run(database_url, &["plans", "list"]));
    assert!(
        list.contains("Pro\toffered\tcalls 25\tduration 7200"),
        "{list}"
    );
    assert!(
        list.contains("monthly:PLN=59.00") && list.contains("monthly:USD=12.50"),
        "{list}"
    );

    create_account(database_url);
    let reference = pending_payment(database_url, id.parse().unwrap()).await;
    let pending = ok(&run(database_url, &["payments", "pending"]));
    assert!(
        pending.contains(&format!(
            "{reference}\taccount 1\tbank_transfer\t602.70 PLN"
        )),
        "{pending}"
    );

    assert!(
        failed(&run(database_url, &["payments", "record", &reference]))
            .contains("--transaction-id")
    );
    assert!(
        failed(&run(
            database_url,
            &["payments", "record", "PAY-NOPE", "--manual"]
        ))
        .contains("no payment or invoice")
    );
    let recorded = ok(&run(
        database_url,
        &[
            "payments",
            "record",
            &reference,
            "--transaction-id",
            "BANK-2026-77",
        ],
    ));
    assert!(
        recorded.starts_with(&format!(
            "confirmed: {reference} of account 1, invoice INV/"
        )),
        "{recorded}"
    );
    let number = recorded.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(number.ends_with("/00001"));
    let again = ok(&run(
        database_url,
        &["payments", "record", &number, "--manual"],
    ));
    assert!(again.contains("already confirmed"), "{again}");

    assert_eq!(
        scalar(database_url, "SELECT transaction_id FROM invoices").await,
        "BANK-2026-77"
    );
    assert_eq!(
        scalar(database_url, "SELECT gross FROM invoices").await,
        "602.70"
    );
    let kinds = scalar(
        database_url,
        "SELECT kind FROM activity WHERE source = 'cli' AND kind = 'SUBSCRIPTION_CHANGED'",
    )
    .await;
    assert_eq!(kinds, "SUBSCRIPTION_CHANGED");
    let calls = scalar(
        database_url,
        "SELECT CAST(max_calls_in_progress AS TEXT) FROM account_limits",
    )
    .await;
    assert_eq!(calls, "25", "the plan's limits now apply");

    ok(&run(database_url, &["plans", "archive", &id]));
    let list = ok(&run(database_url, &["plans", "list"]));
    assert!(list.contains("Pro\tarchived"), "{list}");
    assert!(
        failed(&run(database_url, &["plans", "archive", "1"])).contains("the trial plan cannot")
    );
}

#[tokio::test]
async fn plans_and_payments_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("ops.db").display());
    plans_and_payments(&url).await;
}

#[tokio::test]
async fn plans_and_payments_on_postgres() {
    let admin_url = std::env::var("DIALBACK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let name = format!("dialback_cli_{}", std::process::id());
    let pool = sqlx::PgPool::connect(&admin_url)
        .await
        .expect("PostgreSQL is reachable");
    pool.execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
        .await
        .unwrap();
    pool.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(base, _)| base);
    plans_and_payments(&format!("{base}/{name}")).await;
    pool.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
        .await
        .unwrap();
}
