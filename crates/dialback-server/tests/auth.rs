//! Sign-up, sign-in, sign-out and password reset, over HTTP on both databases.

mod common;

use common::{Backend, Options, TestApp, csrf_token, field_error, location, submit_with};
use reqwest::StatusCode;

const PASSWORD: &str = "zielona-herbata-42";

async fn signup_creates_account_and_owner(backend: Backend) {
    let app = TestApp::start(backend).await;

    let response = app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    assert_eq!(location(&response), "/settings/profile");

    let profile = app.page("/settings/profile").await;
    assert!(profile.contains("value=\"Zofia Kowalska\""));
    assert!(profile.contains("Kwiaciarnia Róża"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM accounts").await, 1);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE role = 'owner'")
            .await,
        1
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'USER_SIGNUP'")
            .await,
        1
    );
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "stored hash: {hash}");
}

async fn signup_with_bad_input_changes_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;

    let response = app
        .submit(
            "/signup",
            &[
                ("company_name", ""),
                ("name", "Jan"),
                ("email", "jan@"),
                ("password", "password123"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "company_name").as_deref(),
        Some("Enter the company name.")
    );
    assert_eq!(
        field_error(&page, "email").as_deref(),
        Some("Enter a valid e-mail address, such as name@example.com.")
    );
    assert_eq!(
        field_error(&page, "password").as_deref(),
        Some("This password is too common and easy to guess. Choose another one.")
    );
    assert!(
        page.contains("value=\"Jan\""),
        "the form keeps what was typed"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM accounts").await, 0);
}

async fn signup_errors_follow_accept_language(backend: Backend) {
    let app = TestApp::start(backend).await;
    let client = app.new_browser();
    let page = client
        .get(app.url("/signup"))
        .header("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(common::html_lang(&page), "pl");
    let token = csrf_token(&page).unwrap();

    let response = client
        .post(app.url("/signup"))
        .header("accept-language", "pl-PL")
        .form(&[
            ("company_name", "Firma"),
            ("name", "Jan"),
            ("email", "jan@example.com"),
            ("password", "krótkie"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "password").as_deref(),
        Some("Hasło jest za krótkie: użyj co najmniej 8 znaków.")
    );
}

async fn duplicate_email_is_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;

    let other = app.new_browser();
    let response = submit_with(
        &other,
        &app.base,
        "/signup",
        &[
            ("company_name", "Inna"),
            ("name", "Inna Osoba"),
            ("email", "ZOFIA@kwiaciarnia.pl"),
            ("password", PASSWORD),
        ],
    )
    .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "email").as_deref(),
        Some("This e-mail address is already used by another user.")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM accounts").await, 1);
}

async fn login_sets_hardened_cookie_and_rotates_session(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;

    let browser = app.new_browser();
    let page = common::page_with(&browser, &app.url("/login")).await;
    let token = csrf_token(&page).unwrap();
    // A session id planted before sign-in must not survive it.
    let planted = "planted-session-id-planted-session-id-0000";
    let response = browser
        .post(app.url("/login"))
        .header(
            "cookie",
            format!("dialback_session={planted}; dialback_csrf={token}"),
        )
        .form(&[
            ("email", "zofia@kwiaciarnia.pl"),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("dialback_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains(planted), "{cookie}");
    assert!(
        !cookie.contains("Secure"),
        "plain http must not set Secure: {cookie}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'USER_LOGGED_IN'")
            .await,
        1
    );
}

async fn wrong_password_is_refused_then_throttled(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let browser = app.new_browser();

    for _ in 0..5 {
        let response = submit_with(
            &browser,
            &app.base,
            "/login",
            &[
                ("email", "zofia@kwiaciarnia.pl"),
                ("password", "not-the-password"),
            ],
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("The e-mail address or password is not correct.")
        );
    }

    // Even the right password is refused while the address is throttled.
    let response = submit_with(
        &browser,
        &app.base,
        "/login",
        &[("email", "zofia@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Too many failed sign-in attempts. Try again in 15 minutes.")
    );
}

async fn form_without_csrf_token_is_rejected(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;

    let response = app
        .client
        .post(app.url("/settings/profile"))
        .form(&[("name", "Hacked"), ("email", "x@example.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("The form has expired")
    );

    let response = app
        .client
        .post(app.url("/settings/profile"))
        .form(&[
            ("name", "Hacked"),
            ("email", "x@example.com"),
            ("csrf_token", "wrong-token-wrong-token-wrong-token-00"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(
        app.page("/settings/profile")
            .await
            .contains("value=\"Zofia Kowalska\"")
    );
}

async fn signed_out_settings_redirect_to_login(backend: Backend) {
    let app = TestApp::start(backend).await;
    for path in [
        "/settings/profile",
        "/settings/account",
        "/settings/password",
        "/settings/activity",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(location(&response), "/login", "{path}");
    }
}

async fn logout_ends_the_session(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;

    let response = app.submit("/logout", &[]).await;
    assert_eq!(location(&response), "/login?notice=signed-out");
    assert_eq!(location(&app.get("/settings/profile").await), "/login");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn password_reset_mail_link_works_once(backend: Backend) {
    let app = TestApp::start_with(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    app.submit("/settings/account", &account_fields("pl")).await;
    app.submit("/logout", &[]).await;

    let response = app
        .submit("/password/forgot", &[("email", "zofia@kwiaciarnia.pl")])
        .await;
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("If this address belongs to a Dialback account")
    );

    let smtp = app.smtp.clone().unwrap();
    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1);
    let mail = &messages[0];
    assert_eq!(mail.to, vec!["zofia@kwiaciarnia.pl".to_owned()]);
    assert_eq!(mail.subject(), "Resetowanie hasła do konta Dialback");
    let text = mail.text();
    assert!(text.contains("Dzień dobry, Zofia Kowalska!"), "{text}");
    assert!(text.contains("60 minut"), "{text}");
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/password/reset?token="))
        .expect("a reset link")
        .to_owned();
    let path = link.trim_start_matches(&app.base).to_owned();

    let page = app.page(&path).await;
    assert!(page.contains("name=\"new_password\""));
    let token = path.split("token=").nth(1).unwrap();
    let response = app
        .submit(
            &path,
            &[
                ("token", token),
                ("new_password", "nowe-haslo-do-kwiaciarni"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/login?notice=reset");

    // The same link, sent again from the same page, is used up.
    let csrf = csrf_token(&page).unwrap();
    let again = app
        .client
        .post(app.url("/password/reset"))
        .form(&[
            ("token", token),
            ("new_password", "jeszcze-inne-haslo-99"),
            ("csrf_token", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("This link is invalid, has expired or has already been used.")
    );

    let login = app
        .submit(
            "/login",
            &[
                ("email", "zofia@kwiaciarnia.pl"),
                ("password", "nowe-haslo-do-kwiaciarni"),
            ],
        )
        .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'USER_REQUESTED_PASSWORD_RESET'")
            .await,
        1
    );
}

async fn expired_reset_link_is_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    app.submit("/password/forgot", &[("email", "zofia@kwiaciarnia.pl")])
        .await;
    let mail = app
        .mail_files()
        .pop()
        .expect("the folder mailer wrote the message");
    let parsed = mail_parser::MessageParser::default()
        .parse(mail.as_bytes())
        .unwrap();
    let text = parsed.body_text(0).unwrap().into_owned();
    let token = text
        .split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();

    sqlx::query("UPDATE password_resets SET expires_at = created_at - 1")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let page = app.page(&format!("/password/reset?token={token}")).await;
    assert!(page.contains("This link is invalid, has expired or has already been used."));
    assert!(!page.contains("name=\"new_password\""));
}

async fn unknown_address_gets_same_answer_and_no_mail(backend: Backend) {
    let app = TestApp::start_with(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let response = app
        .submit("/password/forgot", &[("email", "nobody@example.com")])
        .await;
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("If this address belongs to a Dialback account")
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.smtp.as_ref().unwrap().messages().is_empty());
}

/// The account settings form with every value filled in, in `language`.
pub fn account_fields(language: &str) -> Vec<(&str, &str)> {
    vec![
        ("interface_language", language),
        ("sms_language", language),
        ("email_language", language),
        ("currency", "PLN"),
        ("timezone", "Europe/Warsaw"),
        ("date_format", "dd.mm.yyyy"),
        ("time_format", "24h"),
    ]
}

both_databases!(
    signup_creates_account_and_owner,
    signup_with_bad_input_changes_nothing,
    signup_errors_follow_accept_language,
    duplicate_email_is_refused,
    login_sets_hardened_cookie_and_rotates_session,
    wrong_password_is_refused_then_throttled,
    form_without_csrf_token_is_rejected,
    signed_out_settings_redirect_to_login,
    logout_ends_the_session,
    password_reset_mail_link_works_once,
    expired_reset_link_is_refused,
    unknown_address_gets_same_answer_and_no_mail,
);
