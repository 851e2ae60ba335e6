//! Exact amounts of money in the five payment currencies, and their formatting per
//! language.
//!
//! Amounts are `rust_decimal::Decimal`, never floats, so sums of any length stay exact.
//! Where an amount must be cut to the currency's minor unit (a credit for unused days, a
//! VAT line), it is rounded half to even ("banker's rounding"), which keeps long columns
//! of rounded values free of an upward bias.
//!
//! Formatting follows CLDR through ICU4X: the number part (grouping, separators, CLDR's
//! minimum grouping digits) comes from `icu_decimal`, and the currency pattern and symbol
//! from the currency data of `icu_experimental`, which wraps `icu_decimal`. The
//! experimental crate is pinned to one exact version because its API may change in any
//! release.
//!
//! CLDR has no symbol for some pairs (the zloty in English, for example); ICU4X then
//! writes the ISO code (`PLN 1,234.50`), but its baked data first reports the missing
//! entry, which debug builds print straight to standard error. The formatters are built
//! through [`QuietData`], which asks the same baked data with `silent` set, so an
//! expected gap never reaches the log.

use std::cell::RefCell;
use std::collections::HashMap;
use std::str::FromStr;

use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::provider::currency;
use icu_locale::Locale;
use icu_provider::prelude::{DataError, DataProvider, DataRequest, DataResponse};
use rust_decimal::{Decimal, RoundingStrategy};
use writeable::Writeable;

use crate::{Currency, Invalid, Language};

impl Currency {
    /// Digits after the decimal point in the currency's minor unit (ISO 4217).
    ///
    /// All five currencies have a hundredth: grosz, cent, penny, eurocent, centavo.
    pub const fn minor_units(self) -> u32 {
        match self {
            Currency::Pln | Currency::Usd | Currency::Gbp | Currency::Eur | Currency::Brl => 2,
        }
    }
}

/// An exact amount in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub amount: Decimal,
    pub currency: Currency,
}

impl Money {
    pub const fn new(amount: Decimal, currency: Currency) -> Self {
        Self { amount, currency }
    }

    pub const fn zero(currency: Currency) -> Self {
        Self::new(Decimal::ZERO, currency)
    }

    /// Parses a price typed by a person or an operator: a non-negative decimal with at
    /// most as many fraction digits as the currency's minor unit, `.` as the separator.
    pub fn parse(input: &str, currency: Currency) -> Result<Self, Invalid> {
        let input = input.trim();
        let well_formed = !input.is_empty()
            && input.chars().all(|c| c.is_ascii_digit() || c == '.')
            && input.matches('.').count() <= 1
            && !input.starts_with('.')
            && !input.ends_with('.');
        if !well_formed {
            return Err(Invalid::new("error-money-invalid"));
        }
        let amount = Decimal::from_str(input).map_err(|_| Invalid::new("error-money-invalid"))?;
        if amount.scale() > currency.minor_units() {
            return Err(Invalid::new("error-money-precision"));
        }
        Ok(Self::new(amount, currency))
    }

    /// Rounds the amount half to even to the currency's minor unit.
    pub fn rounded(self) -> Self {
        Self::new(
            round_to_minor_unit(self.amount, self.currency),
            self.currency,
        )
    }

    /// Rounds the amount half away from zero to the minor unit, the rule VAT laws such
    /// as Poland's, Czechia's and Germany's set for tax amounts.
    pub fn rounded_half_up(self) -> Self {
        Self::new(
            self.amount.round_dp_with_strategy(
                self.currency.minor_units(),
                RoundingStrategy::MidpointAwayFromZero,
            ),
            self.currency,
        )
    }

    /// Adds two amounts in the same currency. Returns `None` for different currencies or
    /// an overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Self::new(
            self.amount.checked_add(other.amount)?,
            self.currency,
        ))
    }

    /// Subtracts an amount in the same currency. Returns `None` for different currencies
    /// or an overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Self::new(
            self.amount.checked_sub(other.amount)?,
            self.currency,
        ))
    }

    /// Adds many amounts in one currency. Returns `None` when one is in another currency.
    pub fn sum<I: IntoIterator<Item = Money>>(currency: Currency, items: I) -> Option<Money> {
        items
            .into_iter()
            .try_fold(Money::zero(currency), Money::checked_add)
    }

    /// Writes the amount for the database as a plain decimal string with the currency's
    /// minor digits, for example `1234.50`.
    pub fn to_storage(self) -> String {
        let mut amount = self.amount;
        if amount.scale() < self.currency.minor_units() {
            amount.rescale(self.currency.minor_units());
        }
        amount.to_string()
    }

    /// Reads an amount written by [`Money::to_storage`].
    pub fn from_storage(stored: &str, currency: Currency) -> Result<Self, Invalid> {
        Decimal::from_str(stored)
            .map(|amount| Self::new(amount, currency))
            .map_err(|_| Invalid::new("error-money-invalid"))
    }

    /// Formats the amount for readers of `language` (see [`format_money`]).
    pub fn format(self, language: Language) -> String {
        format_money(self.amount, self.currency, language)
    }
}

/// Rounds half to even to the currency's minor unit.
pub fn round_to_minor_unit(amount: Decimal, currency: Currency) -> Decimal {
    amount.round_dp_with_strategy(
        currency.minor_units(),
        RoundingStrategy::MidpointNearestEven,
    )
}

/// Writes an amount the way CLDR prescribes for the language, with the currency's minor
/// digits: `12 345,50 zł` in Polish (U+00A0 between groups and before the symbol),
/// `1234,50 zł` (Polish leaves four-digit numbers ungrouped), `R$ 1.234,50` in Brazilian
/// Portuguese. The amount is first rounded half to even to the minor unit.
pub fn format_money(amount: Decimal, currency: Currency, language: Language) -> String {
    let rounded = round_to_minor_unit(amount, currency);
    let mut text = rounded.to_string();
    if let Some(point) = text.find('.') {
        let digits = text.len() - point - 1;
        text.extend(std::iter::repeat_n(
            '0',
            currency.minor_units() as usize - digits,
        ));
    } else if currency.minor_units() > 0 {
        text.push('.');
        text.extend(std::iter::repeat_n('0', currency.minor_units() as usize));
    }
    let Ok(value) = fixed_decimal::Decimal::from_str(&text) else {
        return format!("{text} {}", currency.code());
    };
    with_formatter(currency, language, |formatter| match formatter {
        Some(formatter) => formatter
            .format_fixed_decimal(&value)
            .write_to_string()
            .into_owned(),
        None => format!("{text} {}", currency.code()),
    })
}

/// Returns the CLDR locale of a language. Dialback's `pt` is European Portuguese, while CLDR's
/// `pt` is Brazilian, so both Portuguese variants name their region.
fn cldr_locale(language: Language) -> Locale {
    let tag = match language {
        Language::Portuguese => "pt-PT",
        Language::PortugueseBrazil => "pt-BR",
        other => other.tag(),
    };
    Locale::from_str(tag).unwrap_or(Locale::UNKNOWN)
}

type Formatter = CurrencyFormatter<icu_decimal::DecimalFormatter>;

/// The compiled CLDR data of `icu_experimental` and `icu_decimal`, loaded with the
/// `silent` flag: a currency without a symbol in a locale is an expected gap that the
/// formatter handles, not an error worth printing.
struct QuietData;

macro_rules! quiet_data {
    ($baked:path => $($marker:path),+ $(,)?) => {
        $(
            impl DataProvider<$marker> for QuietData {
                fn load(&self, mut request: DataRequest) -> Result<DataResponse<$marker>, DataError> {
                    request.metadata.silent = true;
                    $baked.load(request)
                }
            }
        )+
    };
}

quiet_data!(icu_experimental::provider::Baked =>
    currency::essentials::CurrencyEssentialsV1,
    currency::symbols::CurrencySymbolsV1,
    currency::symbols::CurrencyDecimalSymbolsV1,
    currency::no_currency::CurrencyPatternsNoCurrencyV1,
    currency::fractions::CurrencyFractionsV1,
);
quiet_data!(icu_decimal::provider::Baked =>
    icu_decimal::provider::DecimalSymbolsV1,
    icu_decimal::provider::DecimalDigitsV1,
);

thread_local! {
    /// Formatters already built on this thread. Building one loads CLDR data, so each of
    /// the fifty pairs of currency and language is built once per thread.
    static FORMATTERS: RefCell<HashMap<(Currency, Language), Option<Formatter>>> =
        RefCell::new(HashMap::new());
}

/// Runs `f` with the formatter of a currency and language, `None` when ICU4X has no
/// data for the pair.
fn with_formatter<R>(
    currency: Currency,
    language: Language,
    f: impl FnOnce(Option<&Formatter>) -> R,
) -> R {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let formatter = cache.entry((currency, language)).or_insert_with(|| {
            let code = CurrencyType::try_from_str(&currency.code().to_ascii_lowercase()).ok()?;
            CurrencyFormatter::try_new_symbol_unstable(
                &QuietData,
                (&cldr_locale(language)).into(),
                code,
                Default::default(),
            )
            .ok()
        });
        f(formatter.as_ref())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn parsing_accepts_exact_prices_only() {
        assert_eq!(
            Money::parse("19.99", Currency::Eur),
            Ok(Money::new(d("19.99"), Currency::Eur))
        );
        assert_eq!(
            Money::parse(" 100 ", Currency::Pln).map(|m| m.amount),
            Ok(d("100"))
        );
        for bad in ["", "-1", "1.999", "1,50", "1e3", "abc", ".5", "5.", "1.2.3"] {
            assert!(Money::parse(bad, Currency::Usd).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn rounding_is_half_to_even() {
        let round = |s| Money::new(d(s), Currency::Pln).rounded().amount;
        assert_eq!(round("0.125"), d("0.12"));
        assert_eq!(round("0.135"), d("0.14"));
        assert_eq!(round("2.5050"), d("2.50"));
        assert_eq!(round("2.5051"), d("2.51"));
        let half_up = |s| Money::new(d(s), Currency::Pln).rounded_half_up().amount;
        assert_eq!(half_up("0.125"), d("0.13"));
        assert_eq!(half_up("0.124"), d("0.12"));
    }

    #[test]
    fn different_currencies_do_not_add() {
        let zloty = Money::new(d("1"), Currency::Pln);
        let euro = Money::new(d("1"), Currency::Eur);
        assert_eq!(zloty.checked_add(euro), None);
        assert_eq!(Money::sum(Currency::Pln, [zloty, euro]), None);
    }

    #[test]
    fn storage_keeps_minor_digits() {
        let money = Money::new(d("12"), Currency::Gbp);
        assert_eq!(money.to_storage(), "12.00");
        assert_eq!(
            Money::from_storage("12.00", Currency::Gbp).unwrap().amount,
            d("12")
        );
    }
}
