//! `dialback plans` and `dialback payments` as an operator runs them, on SQLite and
//! PostgreSQL.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use dialback_domain::{BillingPeriod, Currency, Money, PaymentMethod};
use dialback_server::payments::invoices::PartySnapshot;
use dialback_server::payments::storage::{self, Checkout, NewPayment};
use dialback_server::platform::db::Db;
use sqlx::Executor;

const BINARY: &str = env!("CARGO_BIN_EXE_dialback");

fn run(database_url: &str, args: &[&str]) -> Output {
    Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", database_url)
        .env_remove("DIALBACK_SANDBOX_SECRET")
        .env_remove("DIALBACK_SELLER_NAME")
        .env_remove("DIALBACK_SELLER_ADDRESS")
        .env_remove("DIALBACK_SELLER_TAX_ID")
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

/// Stores a pending payment as the server's checkout does: it replaces the pending one
/// and keeps the server's seller.
async fn pending_payment(database_url: &str, plan_id: i64) -> String {
    let db = Db::connect(database_url).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let seller = PartySnapshot {
        name: "Salonowe Usługi Sp. z o.o.".into(),
        address_lines: vec!["ul. Długa 5".into(), "80-827 Gdańsk".into()],
        tax_id: Some("PL5260250274".into()),
    };
    let (account_id, user_id): (i64, i64) = sqlx::query_as("SELECT account_id, id FROM users")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let money = |text: &str| Money::parse(text, Currency::Pln).unwrap();
    storage::cancel_pending(&mut tx, account_id).await.unwrap();
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
            seller,
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
            "{reference}\taccount 1\tPro\tannual\tbank_transfer\t602.70 PLN\tcreated 20"
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
        failed(&run(database_url, &["plans", "archive", "1"]))
            .contains("plan 1 is the trial plan, which cannot be archived")
    );
    operator_safeguards(database_url, &id).await;
}

/// Runs `args` and closes the reading end of its output at once, as `| head -0` does.
fn run_into_closed_pipe(database_url: &str, args: &[&str]) -> Output {
    let mut child = Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", database_url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

/// The checks an operator relies on: the trial is not sold, prices are bounded, unknown
/// ids and unchanged updates are named, lists survive a closed pipe, one transaction ID
/// pays one payment, a replaced payment cannot be recorded, and the invoice's seller is
/// the server's although `record` got no seller flags.
async fn operator_safeguards(database_url: &str, id: &str) {
    assert!(
        failed(&run(
            database_url,
            &["plans", "update", "1", "--monthly", "PLN=5.00"]
        ))
        .contains("plan 1 is the trial plan, which is not sold")
    );
    let unchanged = ok(&run(database_url, &["plans", "update", id]));
    assert_eq!(unchanged.trim(), format!("nothing changed: plan {id}"));
    assert!(
        failed(&run(
            database_url,
            &["plans", "update", id, "--annual", "EUR=1000000.01"]
        ))
        .contains("a price is at most 1000000 per period")
    );
    assert!(failed(&run(database_url, &["plans", "archive", "99"])).contains("no plan with id 99"));
    ok(&run(
        database_url,
        &[
            "coupons",
            "create",
            "--code",
            "WIOSNA",
            "--limit",
            "max_calls_in_progress",
            "--increase",
            "2",
            "--max-redemptions",
            "5",
        ],
    ));

    let first = pending_payment(database_url, id.parse().unwrap()).await;
    let replaced = pending_payment(database_url, id.parse().unwrap()).await;
    let pending = ok(&run(database_url, &["payments", "pending"]));
    assert!(
        pending.contains(&replaced) && !pending.contains(&first),
        "{pending}"
    );
    let refused = failed(&run(
        database_url,
        &["payments", "record", &first, "--transaction-id", "BANK-9"],
    ));
    assert!(
        refused.contains(&format!("payment {first} was cancelled")),
        "{refused}"
    );

    for list in [
        &["plans", "list"][..],
        &["coupons", "list"],
        &["limit-requests", "list", "--all"],
        &["payments", "pending"],
    ] {
        let output = run_into_closed_pipe(database_url, list);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{list:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{list:?}: {stderr}");
    }

    // BANK-2026-77 paid the first payment of this account already.
    let reused = failed(&run(
        database_url,
        &[
            "payments",
            "record",
            &replaced,
            "--transaction-id",
            "BANK-2026-77",
        ],
    ));
    assert!(
        reused.contains("transaction ID \"BANK-2026-77\" already confirmed payment PAY-"),
        "{reused}"
    );
    let recorded = ok(&run(
        database_url,
        &[
            "payments",
            "record",
            &replaced,
            "--transaction-id",
            "BANK-2026-78",
        ],
    ));
    assert!(recorded.starts_with("confirmed:"), "{recorded}");
    let seller = scalar(
        database_url,
        "SELECT seller FROM invoices ORDER BY id DESC LIMIT 1",
    )
    .await;
    assert!(
        seller.contains("Salonowe Usługi Sp. z o.o.") && seller.contains("80-827 Gdańsk"),
        "{seller}"
    );

    // A payment stored before payments kept their seller takes the configured one, and
    // without one `record` refuses rather than issue an invoice with no seller.
    let legacy = pending_payment(database_url, id.parse().unwrap()).await;
    let db = Db::connect(database_url).await.unwrap();
    sqlx::query("UPDATE payments SET seller = '' WHERE reference = $1")
        .bind(&legacy)
        .execute(&db.pool)
        .await
        .unwrap();
    let args = ["payments", "record", legacy.as_str(), "--manual"];
    assert!(
        failed(&run(database_url, &args)).contains("was created without a seller"),
        "no seller configured"
    );
    let output = Command::new(BINARY)
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("DIALBACK_SELLER_NAME", "Ewa Operator")
        .env("DIALBACK_SELLER_ADDRESS", "ul. Mariacka 1|80-833 Gdańsk")
        .output()
        .unwrap();
    ok(&output);
    let seller = scalar(
        database_url,
        "SELECT seller FROM invoices ORDER BY id DESC LIMIT 1",
    )
    .await;
    assert!(seller.contains("Ewa Operator"), "{seller}");
}

#[tokio::test]
async fn plans_and_payments_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("ops.db").display());
    // Operator commands refuse a missing SQLite file; `dialback serve` creates it.
    dialback_server::platform::db::Db::connect(&url)
        .await
        .unwrap();
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
