//! Settings > Billing information, and the owner-only billing sections, on both databases.

mod common;

use common::{Backend, TestApp, field_error, location, submit_with};
use reqwest::{Client, StatusCode};

const PASSWORD: &str = "zielona-herbata-42";

/// A valid Polish NIP worked out from its weights (6,5,7,2,3,4,5,6,7), not a real firm's.
const NIP: &str = "526-000-12-00";

fn polish_company(tax_id: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("company_name", "Kwiaciarnia Róża Łucja Żak"),
        ("country", "PL"),
        ("address", "ul. Źródlana 5/7"),
        ("tax_id", tax_id),
        ("city", "Łódź"),
        ("zip_code", "90950"),
    ]
}

async fn billing_rows(app: &TestApp) -> Vec<(String, String, String, String, String, String)> {
    sqlx::query_as(
        "SELECT company_name, country, address, tax_id, city, zip_code FROM billing_info ORDER BY account_id",
    )
    .fetch_all(&app.db.pool)
    .await
    .unwrap()
}

async fn activity_of_kind(app: &TestApp, kind: &str) -> Vec<String> {
    sqlx::query_scalar::<_, Option<String>>(
        "SELECT details FROM activity WHERE kind = $1 ORDER BY id",
    )
    .bind(kind)
    .fetch_all(&app.db.pool)
    .await
    .unwrap()
    .into_iter()
    .map(Option::unwrap_or_default)
    .collect()
}

/// Adds a team member with `role` and returns a browser signed in as them.
async fn member(app: &TestApp, email: &str, role: &str) -> Client {
    let added = app
        .submit(
            "/team",
            &[
                ("name", "Marek Nowak"),
                ("email", email),
                ("phone_number", ""),
                ("role", role),
            ],
        )
        .await;
    assert_eq!(location(&added), "/team?saved=1");
    sqlx::query("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE role = 'owner') WHERE email = $1")
        .bind(email)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let browser = app.new_browser();
    let login = submit_with(
        &browser,
        &app.base,
        "/login",
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    browser
}

async fn billing_information_is_saved_and_logged(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;

    let empty = app.page("/settings/billing").await;
    assert!(empty.contains("name=\"company_name\""));
    assert!(empty.contains("Choose a country"));
    for field in ["country", "address", "tax_id", "city", "zip_code"] {
        assert!(empty.contains(&format!("name=\"{field}\"")), "{field}");
    }

    let saved = app.submit("/settings/billing", &polish_company(NIP)).await;
    assert_eq!(location(&saved), "/settings/billing?saved=1");
    assert_eq!(
        billing_rows(&app).await,
        vec![(
            "Kwiaciarnia Róża Łucja Żak".to_owned(),
            "PL".to_owned(),
            "ul. Źródlana 5/7".to_owned(),
            "5260001200".to_owned(),
            "Łódź".to_owned(),
            "90-950".to_owned(),
        )]
    );
    let page = app.page("/settings/billing?saved=1").await;
    assert!(page.contains("value=\"5260001200\""));
    assert!(page.contains("value=\"90-950\""));
    assert!(page.contains("<option value=\"PL\" selected>Poland</option>"));
    let entries = activity_of_kind(&app, "BILLING_INFO_CHANGED").await;
    assert_eq!(entries.len(), 1);
    assert!(entries[0].contains("\"tax_id\""), "{}", entries[0]);
    assert!(entries[0].contains("\"company_name\""), "{}", entries[0]);

    // Saving the same values again changes nothing and logs nothing.
    app.submit("/settings/billing", &polish_company(NIP)).await;
    assert_eq!(
        activity_of_kind(&app, "BILLING_INFO_CHANGED").await.len(),
        1
    );

    // A VAT prefix is kept; only the changed field is logged.
    let prefixed = polish_company("PL 526 000 12 00");
    app.submit("/settings/billing", &prefixed).await;
    assert_eq!(billing_rows(&app).await[0].3, "PL5260001200");
    let entries = activity_of_kind(&app, "BILLING_INFO_CHANGED").await;
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1], r#"{"changed":["tax_id"]}"#);

    // Without a tax number the company is still billed.
    app.submit("/settings/billing", &polish_company("")).await;
    assert_eq!(billing_rows(&app).await[0].3, "");
}

async fn invalid_tax_ids_say_why(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;

    let cases = [
        (
            "526-000-12-01",
            "The check digit of this tax number does not match.",
        ),
        ("526-000-12", "wrong number of characters"),
        (
            "526-000-12-0X",
            "characters that numbers of the chosen country do not use",
        ),
        ("DE136123454", "begins with another country"),
    ];
    for (tax_id, message) in cases {
        let response = app
            .submit("/settings/billing", &polish_company(tax_id))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{tax_id}"
        );
        let page = response.text().await.unwrap();
        let error = field_error(&page, "tax_id").unwrap_or_default();
        assert!(error.contains(message), "{tax_id}: {error}");
        // What the owner typed stays in the form.
        assert!(page.contains(&format!("value=\"{tax_id}\"")), "{tax_id}");
    }
    assert!(billing_rows(&app).await.is_empty());
    assert!(
        activity_of_kind(&app, "BILLING_INFO_CHANGED")
            .await
            .is_empty()
    );

    // A German number is valid for Germany (with its own postal code format).
    let german = [
        ("company_name", "Blumenladen Weiß GmbH"),
        ("country", "DE"),
        ("address", "Straße des 17. Juni 1"),
        ("tax_id", "DE136123454"),
        ("city", "Berlin"),
        ("zip_code", "10115"),
    ];
    let saved = app.submit("/settings/billing", &german).await;
    assert_eq!(location(&saved), "/settings/billing?saved=1");
    assert_eq!(billing_rows(&app).await[0].3, "DE136123454");

    // Messages follow the interface language.
    sqlx::query("UPDATE users SET interface_language = 'pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let response = app
        .submit("/settings/billing", &polish_company("526-000-12-01"))
        .await;
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "tax_id").as_deref(),
        Some(
            "Cyfra kontrolna tego numeru podatkowego się nie zgadza. Sprawdź, czy nie ma w nim literówki."
        )
    );
}

async fn other_fields_are_checked(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;

    let response = app
        .submit(
            "/settings/billing",
            &[
                ("company_name", " "),
                ("country", "XX"),
                ("address", ""),
                ("tax_id", "5260001200"),
                ("city", ""),
                ("zip_code", "1234"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert_eq!(
        field_error(&page, "company_name").as_deref(),
        Some("Enter the company name.")
    );
    assert_eq!(
        field_error(&page, "country").as_deref(),
        Some("Choose a country from the list.")
    );
    assert_eq!(
        field_error(&page, "address").as_deref(),
        Some("Enter the street address.")
    );
    assert_eq!(
        field_error(&page, "city").as_deref(),
        Some("Enter the city.")
    );

    let mut bad_zip = polish_company(NIP);
    bad_zip[5].1 = "9095";
    let page = app
        .submit("/settings/billing", &bad_zip)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        field_error(&page, "zip_code").as_deref(),
        Some("Enter the postal code in the format of the chosen country, such as 00-950.")
    );

    let czech = [
        ("company_name", "Květinářství Říha s.r.o."),
        ("country", "CZ"),
        ("address", "Třída Tomáše Bati 5"),
        ("tax_id", "CZ25789121"),
        ("city", "Zlín"),
        ("zip_code", "76001"),
    ];
    let saved = app.submit("/settings/billing", &czech).await;
    assert_eq!(location(&saved), "/settings/billing?saved=1");
    let row = &billing_rows(&app).await[0];
    assert_eq!(row.5, "760 01");
    assert_eq!(row.0, "Květinářství Říha s.r.o.");
    assert!(billing_rows(&app).await.len() == 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM billing_info").await, 1);
}

async fn countries_follow_the_interface_language(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    sqlx::query("UPDATE users SET interface_language = 'cs'")
        .execute(&app.db.pool)
        .await
        .unwrap();

    let page = app.page("/settings/billing").await;
    let position = |name: &str| {
        page.find(&format!(">{name}</option>"))
            .unwrap_or_else(|| panic!("{name} is not an option"))
    };
    // Czech alphabet: Č follows C, and CH follows H.
    assert!(position("Bulharsko") < position("Česko"));
    assert!(position("Česko") < position("Dánsko"));
    assert!(position("Francie") < position("Chorvatsko"));
    assert!(position("Chorvatsko") < position("Irsko"));
    assert!(position("Spojené státy") > position("Slovensko"));
    assert!(page.contains("Fakturační údaje"));

    sqlx::query("UPDATE users SET interface_language = 'ro'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let page = app.page("/settings/billing").await;
    for name in [
        "Țările de Jos",
        "Franța",
        "Croația",
        "Regatul Unit",
        "Statele Unite",
    ] {
        assert!(page.contains(&format!(">{name}</option>")), "{name}");
    }
}

async fn billing_sections_are_owner_only(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;

    let owner_menu = app.page("/settings/profile").await;
    for link in [
        "/settings/subscription",
        "/settings/invoices",
        "/settings/billing",
        "/settings/coupons",
    ] {
        assert!(owner_menu.contains(&format!("href=\"{link}\"")), "{link}");
    }
    let token = common::csrf_token(&owner_menu).unwrap();

    for role in ["admin", "manager"] {
        let browser = member(&app, &format!("{role}@kwiaciarnia.pl"), role).await;
        let menu = common::page_with(&browser, &app.url("/settings/profile")).await;
        for link in [
            "/settings/subscription",
            "/settings/invoices",
            "/settings/billing",
            "/settings/coupons",
        ] {
            assert!(
                !menu.contains(&format!("href=\"{link}\"")),
                "{role} sees {link}"
            );
        }
        let member_token = common::csrf_token(&menu).unwrap();
        assert_ne!(member_token, token);

        for path in [
            "/settings/billing",
            "/settings/coupons",
            "/settings/subscription",
            "/settings/invoices",
        ] {
            let shown = browser.get(app.url(path)).send().await.unwrap();
            assert_eq!(shown.status(), StatusCode::FORBIDDEN, "{role} GET {path}");
            // The refusal is a translated page, not an empty body.
            let body = shown.text().await.unwrap();
            assert!(
                body.contains("<h1>You cannot open this page</h1>"),
                "{role} GET {path}: {body}"
            );
            assert!(
                body.contains("Your role in this account does not allow this. If you need access, ask the account owner."),
                "{role} GET {path}: {body}"
            );
        }
        let mut fields = polish_company(NIP);
        fields.push(("csrf_token", &member_token));
        let posted = browser
            .post(app.url("/settings/billing"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(
            posted.status(),
            StatusCode::FORBIDDEN,
            "{role} POST billing"
        );
        let applied = browser
            .post(app.url("/settings/coupons"))
            .form(&[("code", "WIOSNA"), ("csrf_token", &member_token)])
            .send()
            .await
            .unwrap();
        assert_eq!(
            applied.status(),
            StatusCode::FORBIDDEN,
            "{role} POST coupons"
        );
    }
    assert!(billing_rows(&app).await.is_empty());
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM sign_in_failures WHERE email_key LIKE 'coupon:%'")
            .await,
        0
    );

    // Signed out, the pages send the visitor to sign in.
    let stranger = app.new_browser();
    let response = stranger
        .get(app.url("/settings/billing"))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), "/login");
}

/// A dashboard address whose id is not a number is a page that does not exist: the
/// translated 404 page, never the path parser's own message.
async fn malformed_ids_get_the_not_found_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    for path in [
        "/settings/invoices/abc/pdf",
        "/settings/invoices/99999999999999999999/pdf",
        "/calls/abc",
        "/team/abc",
        "/widgets/1x",
        "/settings/webhooks/abc",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "GET {path}");
        let body = response.text().await.unwrap();
        assert!(
            body.contains("<h1>Page not found</h1>"),
            "GET {path}: {body}"
        );
        assert!(!body.contains("Cannot parse"), "GET {path}: {body}");
    }
    let page = app.page("/settings/tags").await;
    let token = common::csrf_token(&page).unwrap();
    let response = app
        .client
        .post(app.url("/settings/tags/abc/delete"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::NOT_FOUND,
        "POST tags/abc/delete"
    );

    // The same holds in the user's language.
    sqlx::query("UPDATE users SET interface_language = 'pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let response = app
        .client
        .get(app.url("/settings/invoices/abc/pdf"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = response.text().await.unwrap();
    assert!(body.contains("<h1>Nie znaleziono strony</h1>"), "{body}");
}

both_databases!(
    malformed_ids_get_the_not_found_page,
    billing_information_is_saved_and_logged,
    invalid_tax_ids_say_why,
    other_fields_are_checked,
    countries_follow_the_interface_language,
    billing_sections_are_owner_only,
);
