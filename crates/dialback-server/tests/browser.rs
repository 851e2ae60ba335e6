//! End to end in headless Chromium: sign up, switch to Polish, change the time zone.

mod common;

use common::browser::Browser;
use common::{Backend, TestApp};
use dialback_domain::Language;
use dialback_server::platform::i18n::Tr;
use fantoccini::Locator;

/// Reads the time shown for the sign-up entry on the activity page, and its UTC instant.
async fn signup_time(browser: &Browser, app: &TestApp) -> (String, jiff::Timestamp) {
    browser
        .client
        .goto(&app.url("/settings/activity?kind=USER_SIGNUP"))
        .await
        .unwrap();
    let time = browser
        .client
        .find(Locator::Css("table.list tbody time"))
        .await
        .unwrap();
    let shown = time.text().await.unwrap();
    let instant = time
        .attr("datetime")
        .await
        .unwrap()
        .unwrap()
        .parse()
        .unwrap();
    (shown, instant)
}

async fn signup_polish_and_time_zone_in_chromium(backend: Backend) {
    let app = TestApp::start(backend).await;
    let browser = Browser::start().await;

    browser.client.goto(&app.url("/signup")).await.unwrap();
    assert_eq!(browser.html_lang().await, "en");
    browser.fill("company_name", "Pracownia Łódź").await;
    browser.fill("name", "Żaneta Wójcik").await;
    browser.fill("email", "zaneta@pracownia.pl").await;
    browser.fill("password", "ceglana-kamienica-9").await;
    browser.submit().await;
    assert_eq!(
        browser.client.current_url().await.unwrap().path(),
        "/settings/profile"
    );

    browser
        .client
        .goto(&app.url("/settings/account"))
        .await
        .unwrap();
    browser.choose("interface_language", "pl").await;
    browser.choose("timezone", "Europe/Warsaw").await;
    browser.submit().await;

    let polish = Tr::new(Language::Polish);
    assert_eq!(browser.html_lang().await, "pl");
    assert_eq!(browser.text_of("main h1").await, polish.t("account-title"));
    assert_eq!(
        browser.text_of("p.notice").await,
        polish.t("settings-saved")
    );

    // English sign-ups start with the day/month/year format.
    let (warsaw_text, instant) = signup_time(&browser, &app).await;
    let in_warsaw = instant.to_zoned_datetime(jiff::tz::TimeZone::get("Europe/Warsaw").unwrap());
    assert_eq!(
        warsaw_text,
        in_warsaw.strftime("%d/%m/%Y %H:%M").to_string()
    );
    assert_eq!(browser.text_of("main h1").await, polish.t("activity-title"));

    browser
        .client
        .goto(&app.url("/settings/account"))
        .await
        .unwrap();
    browser.choose("timezone", "America/Sao_Paulo").await;
    browser.submit().await;
    let (sao_paulo_text, same_instant) = signup_time(&browser, &app).await;
    assert_eq!(same_instant, instant);
    let in_sao_paulo =
        instant.to_zoned_datetime(jiff::tz::TimeZone::get("America/Sao_Paulo").unwrap());
    assert_eq!(
        sao_paulo_text,
        in_sao_paulo.strftime("%d/%m/%Y %H:%M").to_string()
    );
    assert_ne!(
        sao_paulo_text, warsaw_text,
        "the shown time moved with the zone"
    );

    browser.client.clone().close().await.unwrap();
}

/// Whether the preview shows the widget's form, once the script has finished.
async fn widget_shown(browser: &Browser, app: &TestApp, widget: i64) -> bool {
    browser
        .client
        .goto(&app.url(&format!("/widgets/{widget}/preview")))
        .await
        .unwrap();
    browser
        .client
        .wait()
        .for_element(Locator::Css("[data-dialback-ready='true']"))
        .await
        .unwrap();
    !browser
        .client
        .find_all(Locator::Css("#widget-preview form.dialback-widget"))
        .await
        .unwrap()
        .is_empty()
}

async fn blacklisting_hides_the_widget_in_chromium(backend: Backend) {
    let app = TestApp::start(backend).await;
    let browser = Browser::start().await;

    browser.client.goto(&app.url("/signup")).await.unwrap();
    browser.fill("company_name", "Pracownia Łódź").await;
    browser.fill("name", "Żaneta Wójcik").await;
    browser.fill("email", "zaneta@pracownia.pl").await;
    browser.fill("password", "ceglana-kamienica-9").await;
    browser.submit().await;

    browser.client.goto(&app.url("/widgets")).await.unwrap();
    browser.fill("url", "https://pracownia.pl").await;
    browser.choose("locale_code", "pl").await;
    browser.submit().await;
    let widget: i64 = browser
        .client
        .current_url()
        .await
        .unwrap()
        .path()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    assert!(
        widget_shown(&browser, &app, widget).await,
        "the widget shows before the address is listed"
    );
    let title = browser.text_of("#widget-preview .dialback-title").await;
    assert_eq!(
        title,
        Tr::new(Language::Polish).t("widget-title"),
        "the widget speaks its own language"
    );

    browser
        .client
        .goto(&app.url("/settings/ip-addresses"))
        .await
        .unwrap();
    browser.fill("address", "127.0.0.1").await;
    browser.choose("list_type", "blacklist").await;
    browser.fill("note", "test przeglądarki").await;
    browser.submit().await;
    assert!(browser.client.source().await.unwrap().contains("127.0.0.1"));

    assert!(
        !widget_shown(&browser, &app, widget).await,
        "the widget disappears for a blacklisted address"
    );
    browser.client.clone().close().await.unwrap();
}

both_databases!(
    signup_polish_and_time_zone_in_chromium,
    blacklisting_hides_the_widget_in_chromium
);
