//! Pages of the account settings section.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{
    ActivityKind, ActivitySource, Currency, DateFormat, Language, TimeFormat, TimeZoneName,
};
use jiff::civil;

use super::storage::{self, Preferences};
use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::display::{format_date, format_time};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::platform::session::SignedIn;
use crate::settings::SavedQuery;

/// The account settings form as submitted; every value is an identifier from a select.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AccountForm {
    pub interface_language: String,
    pub sms_language: String,
    pub email_language: String,
    pub currency: String,
    pub timezone: String,
    pub date_format: String,
    pub time_format: String,
}

impl AccountForm {
    fn from_stored(signed_in: &SignedIn) -> Self {
        let user = &signed_in.user;
        Self {
            interface_language: user.interface_language.tag().to_owned(),
            sms_language: user.sms_language.tag().to_owned(),
            email_language: user.email_language.tag().to_owned(),
            currency: signed_in.account.currency.code().to_owned(),
            timezone: user.timezone.name().to_owned(),
            date_format: user.date_format.id().to_owned(),
            time_format: user.time_format.id().to_owned(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/account.html")]
struct AccountPage {
    ctx: PageContext,
    saved: bool,
    errors: FieldErrors,
    language_fields: Vec<SelectField>,
    currency: SelectField,
    other_fields: Vec<SelectField>,
}

impl AccountPage {
    fn new(page: SignedInPage, form: AccountForm, errors: FieldErrors, saved: bool) -> Self {
        let ctx = page.ctx;
        let today = page.display.today();
        let language = ctx.tr.language;
        let select = |name: &'static str, label: &str, options: Vec<SelectOption>| SelectField {
            name,
            label: ctx.t(label),
            options,
            disabled: false,
        };

        let language_fields = [
            (
                "interface_language",
                "field-interface-language",
                &form.interface_language,
            ),
            ("sms_language", "field-sms-language", &form.sms_language),
            (
                "email_language",
                "field-email-language",
                &form.email_language,
            ),
        ]
        .into_iter()
        .map(|(name, label, chosen)| select(name, label, language_options(chosen)))
        .collect();

        let currency_options = Currency::ALL
            .into_iter()
            .map(|c| {
                SelectOption::new(
                    c.code(),
                    format!(
                        "{} ({})",
                        ctx.t(&format!("currency-{}", c.code())),
                        c.code()
                    ),
                    c.code() == form.currency,
                )
            })
            .collect();
        let mut currency = select("currency", "field-currency", currency_options);
        currency.disabled = !page.signed_in.user.role.manages_account();

        let timezones = TimeZoneName::available().into_iter().map(|zone| {
            let selected = zone == form.timezone;
            SelectOption::new(zone.clone(), zone, selected)
        });
        let dates = DateFormat::ALL.into_iter().map(|f| {
            SelectOption::new(
                f.id(),
                format_date(today, f, language),
                f.id() == form.date_format,
            )
        });
        let example_time = civil::time(14, 30, 0, 0);
        let times = TimeFormat::ALL.into_iter().map(|f| {
            SelectOption::new(
                f.id(),
                format_time(example_time, f),
                f.id() == form.time_format,
            )
        });
        let other_fields = vec![
            select("timezone", "field-timezone", timezones.collect()),
            select("date_format", "field-date-format", dates.collect()),
            select("time_format", "field-time-format", times.collect()),
        ];

        Self {
            ctx,
            saved,
            errors,
            language_fields,
            currency,
            other_fields,
        }
    }
}

/// The ten languages, each named in itself, with `chosen` selected.
fn language_options(chosen: &str) -> Vec<SelectOption> {
    Language::ALL
        .into_iter()
        .map(|language| SelectOption {
            lang: Some(language.tag()),
            ..SelectOption::new(language.tag(), language.autonym(), language.tag() == chosen)
        })
        .collect()
}

/// Shows the settings with their stored values.
pub async fn show(page: SignedInPage, Query(query): Query<SavedQuery>) -> Response {
    let form = AccountForm::from_stored(&page.signed_in);
    AccountPage::new(page, form, FieldErrors::default(), query.is_saved()).into_response()
}

/// Validates every value, then stores them together; nothing changes if one is invalid.
pub async fn submit(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(mut form): Form<AccountForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let signed_in = page.signed_in.clone();
    let can_change_currency = signed_in.user.role.manages_account();
    // A disabled select is not submitted: keep the stored currency for users who may not change it.
    if !can_change_currency || form.currency.is_empty() {
        form.currency = signed_in.account.currency.code().to_owned();
    }

    let mut errors = FieldErrors::default();
    let interface_language = errors.check(
        &tr,
        "interface_language",
        Language::parse(&form.interface_language),
    );
    let sms_language = errors.check(&tr, "sms_language", Language::parse(&form.sms_language));
    let email_language = errors.check(&tr, "email_language", Language::parse(&form.email_language));
    let currency = errors.check(&tr, "currency", Currency::parse(&form.currency));
    // The unused part of a paid period is credited only in the currency it was paid in,
    // so the currency stays while a paid period runs (see `payments::subscription`).
    if currency.is_some_and(|c| c != signed_in.account.currency) {
        let mut conn = state.db.pool.acquire().await?;
        let trial_days = state.config.payments.trial_days;
        let current =
            crate::payments::subscription::current(&mut conn, signed_in.account.id, trial_days)
                .await?;
        if !current.is_trial() && current.expires_at > crate::platform::clock::now_micros() {
            let until = crate::settings::subscription::date_of(&page.display, current.expires_at);
            errors.add_message(
                "currency",
                tr.t_with("error-currency-paid-period", "date", &until),
            );
        }
    }
    let timezone = errors.check(&tr, "timezone", TimeZoneName::parse(&form.timezone));
    let date_format = errors.check(&tr, "date_format", DateFormat::parse(&form.date_format));
    let time_format = errors.check(&tr, "time_format", TimeFormat::parse(&form.time_format));
    let (
        true,
        Some(interface_language),
        Some(sms_language),
        Some(email_language),
        Some(currency),
        Some(timezone),
        Some(date_format),
        Some(time_format),
    ) = (
        errors.is_empty(),
        interface_language,
        sms_language,
        email_language,
        currency,
        timezone,
        date_format,
        time_format,
    )
    else {
        return Ok(AccountPage::new(page, form, errors, false).into_response());
    };

    let preferences = Preferences {
        interface_language,
        sms_language,
        email_language,
        timezone,
        date_format,
        time_format,
    };
    let changed = changed_fields(&signed_in, &preferences, currency);
    let user = &signed_in.user;
    let mut tx = state.db.begin().await?;
    storage::update_preferences(&mut tx, user.account_id, user.id, &preferences).await?;
    if currency != signed_in.account.currency {
        storage::update_currency(&mut tx, user.account_id, currency).await?;
    }
    if !changed.is_empty() {
        let entry = Activity::new(
            user.account_id,
            Some(user.id),
            ActivityKind::AccountSettingsEdited,
            ActivitySource::Web,
        )
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "changed": changed }));
        audit::record(&mut tx, entry).await?;
    }
    tx.commit().await?;

    Ok(Redirect::to("/settings/account?saved=1").into_response())
}

/// Names of the settings whose value differs from what is stored.
fn changed_fields(
    signed_in: &SignedIn,
    new: &Preferences,
    currency: Currency,
) -> Vec<&'static str> {
    let user = &signed_in.user;
    [
        (
            "interface_language",
            user.interface_language != new.interface_language,
        ),
        ("sms_language", user.sms_language != new.sms_language),
        ("email_language", user.email_language != new.email_language),
        ("currency", signed_in.account.currency != currency),
        ("timezone", user.timezone.name() != new.timezone.name()),
        ("date_format", user.date_format != new.date_format),
        ("time_format", user.time_format != new.time_format),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect()
}
