//! Settings > Billing information: the company details invoices are issued to. Only
//! the account's owner sees and changes them.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{ActivityKind, ActivitySource, CompanyName, Country, Invalid, TaxId};

use crate::AppState;
use crate::billing::storage::{self, BillingInfo};
use crate::platform::audit::{self, Activity};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::i18n::Tr;
use crate::platform::page::{OwnerPage, PageContext};
use crate::settings::SavedQuery;

/// Maximum length of the address, in characters.
const MAX_ADDRESS_CHARS: usize = 200;

/// Maximum length of the city name, in characters.
const MAX_CITY_CHARS: usize = 100;

/// The form as submitted; the field names are the ones checkout forms use too.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct BillingForm {
    pub company_name: String,
    pub country: String,
    pub address: String,
    pub tax_id: String,
    pub city: String,
    pub zip_code: String,
}

impl From<BillingInfo> for BillingForm {
    fn from(info: BillingInfo) -> Self {
        Self {
            company_name: info.company_name,
            country: info.country,
            address: info.address,
            tax_id: info.tax_id,
            city: info.city,
            zip_code: info.zip_code,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/billing.html")]
struct BillingPage {
    ctx: PageContext,
    saved: bool,
    errors: FieldErrors,
    form: BillingForm,
    country: SelectField,
    zip_hint: String,
}

impl BillingPage {
    fn new(page: OwnerPage, form: BillingForm, errors: FieldErrors, saved: bool) -> Self {
        let ctx = page.0.ctx;
        let country = country_select(&ctx.tr, &form.country);
        let zip_hint = Country::parse(&form.country).map_or_else(
            |_| String::new(),
            |c| {
                ctx.tr
                    .t_with("billing-zip-hint", "example", c.postal_code_example())
            },
        );
        Self {
            ctx,
            saved,
            errors,
            form,
            country,
            zip_hint,
        }
    }
}

/// The countries, named in the interface language and ordered by that name, with
/// `chosen` selected; a prompt comes first while none is chosen.
pub fn country_select(tr: &Tr, chosen: &str) -> SelectField {
    let mut countries: Vec<(String, &str)> = Country::CODES
        .into_iter()
        .map(|code| (tr.t(&format!("country-{code}")), code))
        .collect();
    sort_names(&mut countries, tr.language);
    let mut options = Vec::with_capacity(countries.len() + 1);
    if Country::parse(chosen).is_err() {
        options.push(SelectOption::new("", tr.t("billing-country-choose"), true));
    }
    options.extend(
        countries
            .into_iter()
            .map(|(name, code)| SelectOption::new(code, name, code.eq_ignore_ascii_case(chosen))),
    );
    SelectField {
        name: "country",
        label: tr.t("field-country"),
        options,
        disabled: false,
    }
}

/// Sorts names in the order of `language`'s alphabet (CLDR collation through ICU4X): in
/// Czech, for example, `Česko` comes after the names in C and `Chorvatsko` after those in H.
fn sort_names(names: &mut [(String, &str)], language: dialback_domain::Language) {
    let locale: icu_locale::Locale = language
        .tag()
        .parse()
        .expect("every language tag is a valid locale");
    let collator = icu_collator::Collator::try_new(locale.into(), Default::default())
        .expect("compiled CLDR data covers every language");
    names.sort_by(|(a, _), (b, _)| collator.compare(a, b));
}

/// Shows the stored billing information, or an empty form.
pub async fn show(
    State(state): State<AppState>,
    page: OwnerPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    let account_id = page.0.signed_in.account.id;
    let mut conn = state.db.pool.acquire().await?;
    let stored = storage::current(&mut conn, account_id).await?;
    drop(conn);

    let form = stored.map(BillingForm::from).unwrap_or_default();
    Ok(BillingPage::new(page, form, FieldErrors::default(), query.is_saved()).into_response())
}

/// Validates every field and stores them together; nothing changes if one is invalid.
pub async fn submit(
    State(state): State<AppState>,
    page: OwnerPage,
    Form(form): Form<BillingForm>,
) -> PageResult {
    let tr = page.0.ctx.tr;
    let info = match validate(&tr, &form) {
        Ok(info) => info,
        Err(errors) => {
            let page = BillingPage::new(page, form, errors, false);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };

    let user = &page.0.signed_in.user;
    let mut tx = state.db.begin().await?;
    let previous = storage::current(&mut tx, user.account_id).await?;
    let changed = changed_fields(previous.as_ref(), &info);
    if changed.is_empty() {
        return Ok(redirect_saved());
    }
    storage::save(&mut tx, user.account_id, &info).await?;
    let entry = Activity::new(
        user.account_id,
        Some(user.id),
        ActivityKind::BillingInfoChanged,
        ActivitySource::Web,
    )
    .ip(page.0.ctx.client_ip)
    .details(serde_json::json!({ "changed": changed }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;

    Ok(redirect_saved())
}

fn redirect_saved() -> Response {
    Redirect::to("/settings/billing?saved=1").into_response()
}

/// Parses the form into what is stored, or the translated message of each bad field.
/// The checkout uses it too, so both forms accept the same details.
pub(crate) fn validate(tr: &Tr, form: &BillingForm) -> Result<BillingInfo, FieldErrors> {
    let mut errors = FieldErrors::default();
    let company = errors.check(tr, "company_name", CompanyName::parse(&form.company_name));
    let country = errors.check(tr, "country", Country::parse(&form.country));
    let address = errors.check(
        tr,
        "address",
        bounded_text(
            &form.address,
            MAX_ADDRESS_CHARS,
            "error-address-missing",
            "error-address-too-long",
        ),
    );
    let city = errors.check(
        tr,
        "city",
        bounded_text(
            &form.city,
            MAX_CITY_CHARS,
            "error-city-missing",
            "error-city-too-long",
        ),
    );
    let tax_id = match country {
        _ if form.tax_id.trim().is_empty() => Some(String::new()),
        Some(country) => errors.check(
            tr,
            "tax_id",
            TaxId::parse(country.code(), &form.tax_id).map(|id| id.display()),
        ),
        None => None,
    };
    let zip_code = match country {
        Some(country) => match country.parse_postal_code(&form.zip_code) {
            Ok(code) => Some(code),
            Err(error) if error.key == "error-zip-format" => {
                let example = country.postal_code_example();
                errors.add_message(
                    "zip_code",
                    tr.t_with("error-zip-format", "example", example),
                );
                None
            }
            Err(error) => errors.check(tr, "zip_code", Err(error)),
        },
        None => None,
    };

    match (company, country, address, city, tax_id, zip_code) {
        (Some(company), Some(country), Some(address), Some(city), Some(tax_id), Some(zip_code))
            if errors.is_empty() =>
        {
            Ok(BillingInfo {
                company_name: company.as_str().to_owned(),
                country: country.code().to_owned(),
                address,
                tax_id,
                city,
                zip_code,
            })
        }
        _ => Err(errors),
    }
}

/// Trims a free-text field and checks it is present, short enough and free of hidden
/// characters.
fn bounded_text(
    input: &str,
    max: usize,
    missing: &'static str,
    too_long: &'static str,
) -> Result<String, Invalid> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Invalid::new(missing));
    }
    if trimmed
        .chars()
        .any(dialback_domain::text::is_hidden_character)
    {
        return Err(Invalid::new("error-text-hidden-characters"));
    }
    if trimmed.chars().count() > max {
        return Err(Invalid::new(too_long));
    }
    Ok(trimmed.to_owned())
}

/// Names of the fields whose value differs from what was stored.
pub(crate) fn changed_fields(
    previous: Option<&BillingInfo>,
    new: &BillingInfo,
) -> Vec<&'static str> {
    let empty = BillingInfo::default();
    let old = previous.unwrap_or(&empty);
    [
        ("company_name", old.company_name != new.company_name),
        ("country", old.country != new.country),
        ("address", old.address != new.address),
        ("tax_id", old.tax_id != new.tax_id),
        ("city", old.city != new.city),
        ("zip_code", old.zip_code != new.zip_code),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect()
}
