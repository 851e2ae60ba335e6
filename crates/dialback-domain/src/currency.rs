//! The currencies in which an account's payments are processed.

use crate::Invalid;

/// A payment currency, by its ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Currency {
    #[default]
    Pln,
    Usd,
    Gbp,
    Eur,
    Brl,
}

impl Currency {
    pub const ALL: [Currency; 5] = [
        Currency::Pln,
        Currency::Usd,
        Currency::Gbp,
        Currency::Eur,
        Currency::Brl,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Currency::Pln => "PLN",
            Currency::Usd => "USD",
            Currency::Gbp => "GBP",
            Currency::Eur => "EUR",
            Currency::Brl => "BRL",
        }
    }

    pub fn parse(code: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|currency| currency.code() == code)
            .ok_or(Invalid::new("error-currency-unknown"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for currency in Currency::ALL {
            assert_eq!(Currency::parse(currency.code()), Ok(currency));
        }
        assert!(Currency::parse("CHF").is_err());
        assert!(Currency::parse("pln").is_err());
    }
}
