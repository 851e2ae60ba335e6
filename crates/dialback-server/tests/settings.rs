//! Settings > Profile, Account settings, Change password and Activity, over HTTP on both databases.

mod common;

use common::{Backend, TestApp, field_error, html_lang, location, submit_with};
use reqwest::StatusCode;

const PASSWORD: &str = "zielona-herbata-42";

fn account_fields<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("interface_language", "en"),
        ("sms_language", "en"),
        ("email_language", "en"),
        ("currency", "PLN"),
        ("timezone", "Europe/Warsaw"),
        ("date_format", "yyyy-mm-dd"),
        ("time_format", "24h"),
    ];
    for (name, value) in overrides {
        fields
            .iter_mut()
            .find(|(field, _)| field == name)
            .expect("a known field")
            .1 = value;
    }
    fields
}

async fn profile_stores_e164_and_shows_it_formatted(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    app.submit(
        "/settings/account",
        &account_fields(&[("interface_language", "pl")]),
    )
    .await;

    let response = app
        .submit(
            "/settings/profile",
            &[
                ("name", "Zofia Nowak"),
                ("job_title", "Kierowniczka"),
                ("phone_number", "501 234 567"),
                ("email", "zofia@kwiaciarnia.pl"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/settings/profile?saved=1");

    let stored: String = sqlx::query_scalar("SELECT phone_e164 FROM users")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(stored, "+48501234567");
    let page = app.page("/settings/profile?saved=1").await;
    assert!(
        page.contains("value=\"+48 501 234 567\""),
        "the form shows the formatted number"
    );
    assert!(page.contains("value=\"Kierowniczka\""));
    let details: String =
        sqlx::query_scalar("SELECT details FROM activity WHERE kind = 'USER_EDITED'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert!(
        details.contains("phone_number")
            && details.contains("name")
            && details.contains("job_title"),
        "{details}"
    );
}

async fn profile_rejects_bad_phone_and_keeps_old_values(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;

    let response = app
        .submit(
            "/settings/profile",
            &[
                ("name", "Zmieniona"),
                ("job_title", ""),
                ("phone_number", "12"),
                ("email", "zofia@kwiaciarnia.pl"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = response.text().await.unwrap();
    assert!(
        field_error(&page, "phone_number")
            .unwrap()
            .starts_with("Enter a valid phone number")
    );
    let name: String = sqlx::query_scalar("SELECT name FROM users")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(name, "Zofia Kowalska");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'USER_EDITED'")
            .await,
        0
    );
}

async fn profile_refuses_an_email_of_another_user(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let other = app.new_browser();
    submit_with(
        &other,
        &app.base,
        "/signup",
        &[
            ("company_name", "Inna"),
            ("name", "Jan Nowak"),
            ("email", "jan@example.com"),
            ("password", PASSWORD),
        ],
    )
    .await;

    let response = app
        .submit(
            "/settings/profile",
            &[
                ("name", "Zofia"),
                ("job_title", ""),
                ("phone_number", ""),
                ("email", "Jan@Example.com"),
                ("current_password", PASSWORD),
            ],
        )
        .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "email").as_deref(),
        Some("This e-mail address is already used by another user.")
    );
}

async fn email_change_needs_password_and_notifies_old_address(backend: Backend) {
    let app = TestApp::start_with(
        backend,
        common::Options {
            smtp: true,
            ..common::Options::default()
        },
    )
    .await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let fields = |password| {
        vec![
            ("name", "Zofia Kowalska"),
            ("job_title", ""),
            ("phone_number", ""),
            ("email", "nowy@kwiaciarnia.pl"),
            ("current_password", password),
        ]
    };

    let refused = app
        .submit("/settings/profile", &fields("zle-haslo-123"))
        .await;
    let page = refused.text().await.unwrap();
    assert_eq!(
        field_error(&page, "current_password").as_deref(),
        Some("Enter your current password to change the e-mail address.")
    );
    let email: String = sqlx::query_scalar("SELECT email FROM users")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(email, "zofia@kwiaciarnia.pl");

    let accepted = app.submit("/settings/profile", &fields(PASSWORD)).await;
    assert_eq!(location(&accepted), "/settings/profile?saved=1");
    let messages = app.smtp.as_ref().unwrap().wait_for(1).await;
    assert_eq!(messages[0].to, vec!["zofia@kwiaciarnia.pl".to_owned()]);
    assert_eq!(
        messages[0].subject(),
        "Your Dialback sign-in address was changed"
    );
    assert!(messages[0].text().contains("nowy@kwiaciarnia.pl"));
}

async fn new_password_voids_older_reset_links_and_lock(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    app.submit("/password/forgot", &[("email", "zofia@kwiaciarnia.pl")])
        .await;
    let other = app.new_browser();
    for _ in 0..5 {
        submit_with(
            &other,
            &app.base,
            "/login",
            &[
                ("email", "zofia@kwiaciarnia.pl"),
                ("password", "zle-haslo-123"),
            ],
        )
        .await;
    }

    let changed = app
        .submit(
            "/settings/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "nowe-haslo-do-kwiaciarni"),
            ],
        )
        .await;
    assert_eq!(location(&changed), "/settings/password?saved=1");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM password_resets WHERE used_at IS NULL")
            .await,
        0,
        "the older link is void"
    );
    let login = submit_with(
        &other,
        &app.base,
        "/login",
        &[
            ("email", "zofia@kwiaciarnia.pl"),
            ("password", "nowe-haslo-do-kwiaciarni"),
        ],
    )
    .await;
    assert_eq!(
        login.status(),
        StatusCode::SEE_OTHER,
        "the new password lifts the sign-in lock"
    );
}

async fn personal_and_blank_passwords_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app
        .submit(
            "/signup",
            &[
                ("company_name", "Firma"),
                ("name", "Jan Nowak"),
                ("email", "jan.nowak@example.pl"),
                ("password", "jan.nowak@example.pl"),
            ],
        )
        .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "password").as_deref(),
        Some("The password must not be your e-mail address or your name.")
    );
    let response = app
        .submit(
            "/signup",
            &[
                ("company_name", "Firma"),
                ("name", "Jan Nowak"),
                ("email", "jan@example.pl"),
                ("password", "          "),
            ],
        )
        .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "password").as_deref(),
        Some("The password is too short: use at least 8 characters.")
    );
    let response = app
        .submit(
            "/signup",
            &[
                ("company_name", "Firma"),
                ("name", "Anna\u{202E}X"),
                ("email", "anna@example.pl"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "name").as_deref(),
        Some("Remove invisible or control characters, such as tabs or line breaks.")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM accounts").await, 0);
}

async fn malformed_forms_get_a_translated_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let token = common::csrf_token(&app.page("/settings/profile").await).unwrap();
    let response = app
        .client
        .post(app.url("/settings/profile"))
        .form(&[("name", "A"), ("name", "B"), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("The request could not be read")
    );
    let query = app.get("/login?notice=a&notice=b").await;
    assert_eq!(query.status(), StatusCode::BAD_REQUEST);
    assert!(
        query
            .text()
            .await
            .unwrap()
            .contains("The request could not be read")
    );
}

async fn saving_polish_switches_the_interface(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    assert_eq!(html_lang(&app.page("/settings/account").await), "en");

    let response = app
        .submit(
            "/settings/account",
            &account_fields(&[("interface_language", "pl"), ("currency", "EUR")]),
        )
        .await;
    assert_eq!(location(&response), "/settings/account?saved=1");

    let page = app.page("/settings/account?saved=1").await;
    assert_eq!(html_lang(&page), "pl");
    assert!(
        page.contains("Ustawienia konta"),
        "the page heading is Polish"
    );
    let currency: String = sqlx::query_scalar("SELECT currency FROM accounts")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(currency, "EUR");
    let details: String =
        sqlx::query_scalar("SELECT details FROM activity WHERE kind = 'ACCOUNT_SETTINGS_EDITED'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert!(
        details.contains("interface_language") && details.contains("currency"),
        "{details}"
    );
}

async fn unknown_values_are_rejected_and_nothing_changes(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;

    let cases = [
        ("interface_language", "ru"),
        ("currency", "CHF"),
        ("timezone", "Europe/Gdansk"),
        ("date_format", "%Y"),
        ("time_format", "13h"),
    ];
    for (field, value) in cases {
        let response = app
            .submit(
                "/settings/account",
                &account_fields(&[(field, value), ("sms_language", "de")]),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{field}={value}");
        let page = response.text().await.unwrap();
        assert!(
            field_error(&page, field).is_some(),
            "{field}={value} has an error message"
        );
    }
    let sms: String = sqlx::query_scalar("SELECT sms_language FROM users")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(sms, "en", "no field changed while another was invalid");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'ACCOUNT_SETTINGS_EDITED'")
            .await,
        0
    );
}

async fn date_format_examples_show_today(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let page = app.page("/settings/account").await;
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Europe/London").unwrap())
        .date();
    assert!(page.contains(&today.strftime("%d.%m.%Y").to_string()));
    assert!(page.contains(&today.strftime("%m/%d/%Y").to_string()));
}

async fn password_change_needs_current_and_ends_other_sessions(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let laptop = app.new_browser();
    let response = submit_with(
        &laptop,
        &app.base,
        "/login",
        &[("email", "zofia@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let response = app
        .submit(
            "/settings/password",
            &[
                ("current_password", "wrong"),
                ("new_password", "nowe-haslo-do-kwiaciarni"),
            ],
        )
        .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "current_password").as_deref(),
        Some("The current password is not correct.")
    );

    let response = app
        .submit(
            "/settings/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "nowe-haslo-do-kwiaciarni"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/settings/password?saved=1");
    assert_eq!(
        app.get("/settings/profile").await.status(),
        StatusCode::OK,
        "this session stays"
    );
    let other = laptop
        .get(app.url("/settings/profile"))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&other), "/login", "the other session ended");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'USER_CHANGED_PASSWORD'")
            .await,
        1
    );
}

async fn activity_shows_entries_in_user_zone(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    app.submit(
        "/settings/account",
        &account_fields(&[
            ("timezone", "America/Sao_Paulo"),
            ("date_format", "dd/mm/yyyy"),
        ]),
    )
    .await;
    // Pin the sign-up entry to a known instant: 2026-03-29 00:30 UTC, the night Warsaw moves to summer time.
    sqlx::query("UPDATE activity SET created_at = 1774744200000000 WHERE kind = 'USER_SIGNUP'")
        .execute(&app.db.pool)
        .await
        .unwrap();

    let page = app.page("/settings/activity").await;
    assert!(page.contains("28/03/2026 21:30"), "São Paulo is UTC-3");

    app.submit(
        "/settings/account",
        &account_fields(&[("timezone", "Europe/Warsaw"), ("date_format", "dd/mm/yyyy")]),
    )
    .await;
    let page = app.page("/settings/activity").await;
    assert!(
        page.contains("29/03/2026 01:30"),
        "Warsaw is still UTC+1 at 00:30 UTC"
    );
    sqlx::query("UPDATE activity SET created_at = 1774747800000000 WHERE kind = 'USER_SIGNUP'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let page = app.page("/settings/activity").await;
    assert!(
        page.contains("29/03/2026 03:30"),
        "an hour later Warsaw is UTC+2"
    );
}

async fn activity_filters_and_pages_by_key(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let user_id = app.scalar("SELECT id FROM users").await;
    // 120 sign-ins a minute apart on 2026-06-01 UTC, then the real entries of today.
    let start = 1_780_272_000_000_000_i64;
    for i in 0..120_i64 {
        sqlx::query("INSERT INTO activity (account_id, user_id, kind, source, created_at) VALUES ($1, $2, 'USER_LOGGED_IN', 'web', $3)")
            .bind(account_id)
            .bind(user_id)
            .bind(start + i * 60_000_000)
            .execute(&app.db.pool)
            .await
            .unwrap();
    }

    let page = app.page("/settings/activity?kind=USER_LOGGED_IN").await;
    assert!(page.contains("120 entries match."));
    assert_eq!(page.matches("<code>USER_LOGGED_IN</code>").count(), 50);
    let next = page
        .split("rel=\"next\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    assert!(next.contains("before="), "{next}");

    let second = app.page(&next).await;
    assert_eq!(second.matches("<code>USER_LOGGED_IN</code>").count(), 50);
    let ids = |html: &str| {
        html.split("<tr>\n    <td>")
            .skip(1)
            .map(|s| s.split('<').next().unwrap().parse::<i64>().unwrap())
            .collect::<Vec<_>>()
    };
    let (first_ids, second_ids) = (ids(&page), ids(&second));
    assert!(first_ids.windows(2).all(|w| w[0] > w[1]), "newest first");
    assert!(
        first_ids.last().unwrap() > second_ids.first().unwrap(),
        "the next page continues where the first ended: {first_ids:?} {second_ids:?} {next}"
    );

    let dated = app
        .page("/settings/activity?from=2026-06-01&to=2026-06-01")
        .await;
    assert!(
        dated.contains("120 entries match."),
        "all were on 1 June in Europe/London"
    );
    let none = app
        .page("/settings/activity?from=2026-06-02&to=2026-06-03")
        .await;
    assert!(none.contains("No entries match."));
    let signups = app
        .page(&format!(
            "/settings/activity?kind=USER_SIGNUP&user_id={user_id}"
        ))
        .await;
    assert!(signups.contains("1 entry matches."));
    let bad = app.page("/settings/activity?from=yesterday").await;
    assert_eq!(
        field_error_plain(&bad),
        Some("Enter a date as YYYY-MM-DD.".to_owned())
    );
}

/// The first error paragraph of a page.
fn field_error_plain(page: &str) -> Option<String> {
    let start = page.find("<p class=\"error\">")? + "<p class=\"error\">".len();
    Some(page[start..start + page[start..].find("</p>")?].to_owned())
}

async fn accounts_never_see_each_others_activity(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let other = app.new_browser();
    submit_with(
        &other,
        &app.base,
        "/signup",
        &[
            ("company_name", "Inna"),
            ("name", "Jan Nowak"),
            ("email", "jan@example.com"),
            ("password", PASSWORD),
        ],
    )
    .await;

    let page = common::page_with(&other, &app.url("/settings/activity")).await;
    assert!(page.contains("1 entry matches."));
    assert!(!page.contains("Zofia"));
    let zofia_id = app
        .scalar("SELECT id FROM users WHERE email = 'zofia@kwiaciarnia.pl'")
        .await;
    let filtered = common::page_with(
        &other,
        &app.url(&format!("/settings/activity?user_id={zofia_id}")),
    )
    .await;
    assert!(
        filtered.contains("Choose a user of this account from the list."),
        "another account's user is refused"
    );
    assert!(!filtered.contains("Zofia"));
    let reversed = common::page_with(
        &other,
        &app.url("/settings/activity?from=2026-06-02&to=2026-06-01"),
    )
    .await;
    assert!(reversed.contains("The end date must not be before the start date."));
}

both_databases!(
    profile_stores_e164_and_shows_it_formatted,
    profile_rejects_bad_phone_and_keeps_old_values,
    profile_refuses_an_email_of_another_user,
    email_change_needs_password_and_notifies_old_address,
    new_password_voids_older_reset_links_and_lock,
    personal_and_blank_passwords_are_refused,
    malformed_forms_get_a_translated_page,
    saving_polish_switches_the_interface,
    unknown_values_are_rejected_and_nothing_changes,
    date_format_examples_show_today,
    password_change_needs_current_and_ends_other_sessions,
    activity_shows_entries_in_user_zone,
    activity_filters_and_pages_by_key,
    accounts_never_see_each_others_activity,
);
