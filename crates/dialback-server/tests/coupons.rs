//! Settings > Coupons: applying codes, their limits, throttling and concurrency, on both
//! databases.

mod common;

use common::{Backend, Options, TestApp, field_error, location, submit_with};
use dialback_domain::{CouponCode, LimitName};
use dialback_server::coupons::{self, NewCoupon};
use dialback_server::platform::clock::now_micros;
use reqwest::{Client, StatusCode};

const PASSWORD: &str = "zielona-herbata-42";

async fn create_coupon(
    app: &TestApp,
    code: &str,
    limit: LimitName,
    increase: i64,
    max_redemptions: i64,
    expires_at: Option<i64>,
) {
    let mut conn = app.db.pool.acquire().await.unwrap();
    let coupon = NewCoupon {
        code: CouponCode::parse(code).unwrap(),
        limit,
        increase,
        max_redemptions,
        expires_at,
    };
    coupons::create(&mut conn, &coupon)
        .await
        .unwrap()
        .expect("a new code");
}

/// Reads the account's stored limit, which every limit check uses.
async fn limit_of(app: &TestApp, account_id: i64, column: &str) -> i64 {
    app.scalar(&format!(
        "SELECT {column} FROM account_limits WHERE account_id = {account_id}"
    ))
    .await
}

async fn apply(app: &TestApp, code: &str) -> reqwest::Response {
    app.submit("/settings/coupons", &[("code", code)]).await
}

async fn code_error(response: reqwest::Response) -> String {
    let page = response.text().await.unwrap();
    field_error(&page, "code").unwrap_or_else(|| panic!("no error beside the code: {page}"))
}

async fn a_coupon_raises_the_limit_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account = app.scalar("SELECT id FROM accounts").await;
    create_coupon(
        &app,
        "WIOSNA-2027",
        LimitName::MaxCallsInProgress,
        5,
        100,
        None,
    )
    .await;
    create_coupon(
        &app,
        "DLUGIE_ROZMOWY",
        LimitName::MaxConversationDuration,
        600,
        100,
        None,
    )
    .await;
    let empty = app.page("/settings/coupons").await;
    assert!(empty.contains("No coupon has been applied yet."));

    // The code is typed in lower case with spaces around it.
    let applied = apply(&app, "  wiosna-2027 ").await;
    assert_eq!(location(&applied), "/settings/coupons?saved=1");
    assert_eq!(limit_of(&app, account, "max_calls_in_progress").await, 15);
    let limits_page = app.page("/settings/limits").await;
    assert!(limits_page.contains("<td>15</td>"), "{limits_page}");

    let page = app.page("/settings/coupons?saved=1").await;
    assert!(page.contains("<td>WIOSNA-2027</td>"));
    assert!(
        page.contains("<td>Calls in progress at once: +5</td>"),
        "{page}"
    );

    let again = apply(&app, "WIOSNA-2027").await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        code_error(again).await,
        "This account has already used this coupon code."
    );
    assert_eq!(limit_of(&app, account, "max_calls_in_progress").await, 15);

    let before = limit_of(&app, account, "max_conversation_duration").await;
    let applied = apply(&app, "Dlugie_Rozmowy").await;
    assert_eq!(location(&applied), "/settings/coupons?saved=1");
    assert_eq!(
        limit_of(&app, account, "max_conversation_duration").await,
        before + 600
    );
    let page = app.page("/settings/coupons").await;
    assert!(
        page.contains("<td>Maximum conversation duration: +600 seconds</td>"),
        "{page}"
    );
    assert!(page.find("DLUGIE_ROZMOWY").unwrap() < page.find("WIOSNA-2027").unwrap());

    let entries: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT kind, source, details FROM activity WHERE kind = 'COUPON_APPLIED' ORDER BY id",
    )
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].1, "web");
    let details: serde_json::Value =
        serde_json::from_str(entries[0].2.as_deref().unwrap()).unwrap();
    assert_eq!(details["code"], "WIOSNA-2027");
    assert_eq!(details["limit"], "max_calls_in_progress");
    assert_eq!(details["old_value"], 10);
    assert_eq!(details["new_value"], 15);
    assert_eq!(
        app.scalar("SELECT redemptions FROM coupons WHERE code = 'WIOSNA-2027'")
            .await,
        1
    );
}

async fn refused_codes_say_why(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account = app.scalar("SELECT id FROM accounts").await;
    let hour = 3_600_000_000;
    create_coupon(
        &app,
        "LATO",
        LimitName::MaxCallsInProgress,
        5,
        10,
        Some(now_micros() - hour),
    )
    .await;
    create_coupon(
        &app,
        "JESIEN",
        LimitName::MaxCallsInProgress,
        5,
        10,
        Some(now_micros() + hour),
    )
    .await;
    create_coupon(&app, "ZIMA", LimitName::MaxCallsInProgress, 5, 1, None).await;
    create_coupon(&app, "WYCOFANY", LimitName::MaxCallsInProgress, 5, 10, None).await;
    let mut conn = app.db.pool.acquire().await.unwrap();
    assert!(
        coupons::disable(&mut conn, &CouponCode::parse("wycofany").unwrap())
            .await
            .unwrap()
    );
    drop(conn);

    // Another account uses up ZIMA first.
    let other = app.new_browser();
    submit_with(
        &other,
        &app.base,
        "/signup",
        &[
            ("company_name", "Piekarnia"),
            ("name", "Jan Zieliński"),
            ("email", "jan@piekarnia.pl"),
            ("password", PASSWORD),
        ],
    )
    .await;
    let used = submit_with(&other, &app.base, "/settings/coupons", &[("code", "zima")]).await;
    assert_eq!(location(&used), "/settings/coupons?saved=1");

    let cases = [
        (
            "NIEMA",
            "This coupon code does not exist. Check its spelling.",
        ),
        ("", "Enter a coupon code."),
        ("  ", "Enter a coupon code."),
        (
            "A!",
            "A coupon code has 3 to 40 letters, digits, hyphens or underscores.",
        ),
        ("LATO", "This coupon code has expired."),
        ("WYCOFANY", "This coupon code is no longer active."),
        ("ZIMA", "This coupon code has been used up."),
    ];
    for (code, message) in cases {
        let response = apply(&app, code).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{code}"
        );
        assert_eq!(code_error(response).await, message, "{code}");
    }
    assert_eq!(limit_of(&app, account, "max_calls_in_progress").await, 10);
    assert_eq!(
        app.scalar("SELECT redemptions FROM coupons WHERE code = 'ZIMA'")
            .await,
        1
    );

    // Only the unknown code counts towards the throttle: the other refusals are not
    // guesses.
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM sign_in_failures WHERE email_key = 'coupon:account:{account}'"
        ))
        .await,
        1
    );

    // A code that has not expired yet still works.
    let applied = apply(&app, "jesien").await;
    assert_eq!(location(&applied), "/settings/coupons?saved=1");

    // Errors follow the interface language.
    sqlx::query("UPDATE users SET interface_language = 'pl' WHERE email = 'owner@kwiaciarnia.pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        code_error(apply(&app, "LATO").await).await,
        "Ten kod kuponu wygasł."
    );
    assert_eq!(
        code_error(apply(&app, "WYCOFANY").await).await,
        "Ten kod kuponu nie jest już aktywny."
    );
}

/// A double-click on a valid code sends it several times at once: one request applies
/// it, the others are told it is already used, and none of them counts as a guess.
async fn a_double_click_does_not_lock_the_account(backend: Backend) {
    const CLICKS: usize = 8;
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    create_coupon(
        &app,
        "PODWOJNY",
        LimitName::MaxCallsInProgress,
        2,
        100,
        None,
    )
    .await;
    create_coupon(&app, "DRUGI", LimitName::MaxCallsInProgress, 3, 100, None).await;

    let page = app.page("/settings/coupons").await;
    let token = common::csrf_token(&page).unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CLICKS {
        let browser = app.client.clone();
        let url = app.url("/settings/coupons");
        let token = token.clone();
        tasks.spawn(async move {
            let response = browser
                .post(url)
                .form(&[("code", "podwojny"), ("csrf_token", &token)])
                .send()
                .await
                .unwrap();
            let status = response.status();
            (status, response.text().await.unwrap())
        });
    }
    let mut applied = 0;
    while let Some(result) = tasks.join_next().await {
        let (status, body) = result.unwrap();
        match status {
            StatusCode::SEE_OTHER => applied += 1,
            StatusCode::UNPROCESSABLE_ENTITY => assert!(
                body.contains("This account has already used this coupon code."),
                "{body}"
            ),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(applied, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sign_in_failures").await, 0);

    // The account can go on to apply another code at once.
    let next = apply(&app, "drugi").await;
    assert_eq!(location(&next), "/settings/coupons?saved=1");
    let account = app.scalar("SELECT id FROM accounts").await;
    assert_eq!(limit_of(&app, account, "max_calls_in_progress").await, 15);
}

async fn failed_attempts_are_throttled(backend: Backend) {
    let app = TestApp::start_with(
        backend,
        Options {
            trusted_proxies: vec!["127.0.0.1/32"],
            ..Options::default()
        },
    )
    .await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    create_coupon(
        &app,
        "PRAWDZIWY",
        LimitName::MaxCallsInProgress,
        5,
        100,
        None,
    )
    .await;

    // Per account: five wrong codes, from five addresses, block the sixth attempt.
    for attempt in 0..5 {
        let response = with_address(
            &app.client,
            &app.base,
            &format!("198.51.100.{attempt}"),
            "ZGADUJE",
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = with_address(&app.client, &app.base, "198.51.100.99", "PRAWDZIWY").await;
    assert_eq!(blocked.status(), StatusCode::TOO_MANY_REQUESTS);
    let message = code_error(blocked).await;
    assert!(
        message.starts_with("Too many wrong coupon codes. Try again in 15 minutes"),
        "{message}"
    );
    assert_eq!(app.scalar("SELECT redemptions FROM coupons").await, 0);

    // Per address: accounts that each stay under their own limit share the address's.
    let mut browsers = Vec::new();
    for n in 0..5 {
        let browser = app.new_browser();
        submit_with(
            &browser,
            &app.base,
            "/signup",
            &[
                ("company_name", "Piekarnia"),
                ("name", "Jan Zieliński"),
                ("email", &format!("jan{n}@piekarnia.pl")),
                ("password", PASSWORD),
            ],
        )
        .await;
        browsers.push(browser);
    }
    let mut refused = 0;
    for browser in &browsers[..4] {
        for _ in 0..4 {
            let response = with_address(browser, &app.base, "203.0.113.7", "ZGADUJE").await;
            assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
            refused += 1;
        }
    }
    assert_eq!(refused, 16);
    for _ in 0..4 {
        with_address(&browsers[4], &app.base, "203.0.113.7", "ZGADUJE").await;
    }
    let blocked = with_address(&browsers[4], &app.base, "203.0.113.7", "PRAWDZIWY").await;
    assert_eq!(blocked.status(), StatusCode::TOO_MANY_REQUESTS);
    // The same account from another address is not blocked.
    let applied = with_address(&browsers[4], &app.base, "203.0.113.8", "PRAWDZIWY").await;
    assert_eq!(location(&applied), "/settings/coupons?saved=1");

    // Coupon failures never count against sign-ins from the same address.
    let login = app.new_browser();
    let signed_in = submit_with(
        &login,
        &app.base,
        "/login",
        &[("email", "jan0@piekarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(location(&signed_in), "/settings/profile");
}

/// Applies `code` from the client address `ip`, as a trusted proxy reports it.
async fn with_address(browser: &Client, base: &str, ip: &str, code: &str) -> reqwest::Response {
    let page = common::page_with(browser, &format!("{base}/settings/coupons")).await;
    let token = common::csrf_token(&page).unwrap();
    browser
        .post(format!("{base}/settings/coupons"))
        .header("x-forwarded-for", ip)
        .form(&[("code", code), ("csrf_token", &token)])
        .send()
        .await
        .unwrap()
}

async fn concurrent_redemptions_stop_at_the_maximum(backend: Backend) {
    const ACCOUNTS: usize = 24;
    const MAXIMUM: i64 = 10;
    let app = TestApp::start(backend).await;
    create_coupon(
        &app,
        "TLOK",
        LimitName::ScheduledCallsPerTimestamp,
        3,
        MAXIMUM,
        None,
    )
    .await;

    let mut ready = Vec::new();
    for n in 0..ACCOUNTS {
        let browser = app.new_browser();
        let signed_up = submit_with(
            &browser,
            &app.base,
            "/signup",
            &[
                ("company_name", "Piekarnia"),
                ("name", "Jan Zieliński"),
                ("email", &format!("jan{n}@piekarnia.pl")),
                ("password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(signed_up.status(), StatusCode::SEE_OTHER);
        let page = common::page_with(&browser, &app.url("/settings/coupons")).await;
        let token = common::csrf_token(&page).unwrap();
        ready.push((browser, token));
    }

    let mut tasks = tokio::task::JoinSet::new();
    for (browser, token) in ready {
        let url = app.url("/settings/coupons");
        tasks.spawn(async move {
            let response = browser
                .post(url)
                .form(&[("code", "tlok"), ("csrf_token", &token)])
                .send()
                .await
                .unwrap();
            let status = response.status();
            (status, response.text().await.unwrap())
        });
    }
    let mut applied = 0;
    let mut exhausted = 0;
    while let Some(result) = tasks.join_next().await {
        let (status, body) = result.unwrap();
        match status {
            StatusCode::SEE_OTHER => applied += 1,
            StatusCode::UNPROCESSABLE_ENTITY => {
                assert!(
                    body.contains("This coupon code has been used up."),
                    "{body}"
                );
                exhausted += 1;
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(applied, MAXIMUM);
    assert_eq!(exhausted, ACCOUNTS as i64 - MAXIMUM);
    assert_eq!(app.scalar("SELECT redemptions FROM coupons").await, MAXIMUM);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM coupon_redemptions").await,
        MAXIMUM
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM account_limits WHERE scheduled_calls_per_timestamp = 6")
            .await,
        MAXIMUM
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'COUPON_APPLIED'")
            .await,
        MAXIMUM
    );
}

async fn an_increase_stops_at_the_ceiling(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account = app.scalar("SELECT id FROM accounts").await;
    let ceiling = LimitName::MaxCallsInProgress.ceiling();
    create_coupon(
        &app,
        "OGROMNY",
        LimitName::MaxCallsInProgress,
        ceiling,
        1,
        None,
    )
    .await;

    let applied = apply(&app, "ogromny").await;
    assert_eq!(location(&applied), "/settings/coupons?saved=1");
    assert_eq!(
        limit_of(&app, account, "max_calls_in_progress").await,
        ceiling
    );
    // The list shows what the limit gained: from the default 10 up to the ceiling.
    let page = app.page("/settings/coupons").await;
    let gained = ceiling - 10;
    assert!(
        page.contains(&format!("<td>Calls in progress at once: +{gained}</td>")),
        "{page}"
    );
}

both_databases!(
    a_coupon_raises_the_limit_once,
    an_increase_stops_at_the_ceiling,
    refused_codes_say_why,
    a_double_click_does_not_lock_the_account,
    failed_attempts_are_throttled,
    concurrent_redemptions_stop_at_the_maximum,
);
