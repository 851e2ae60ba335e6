//! The operator's payment settings: seller details, VAT, bank transfer details, the
//! sandbox secret, the trial length and the grace period after expiry.
//!
//! `dialback serve` and `dialback payments record` read the same flags and environment
//! variables, so an operator sets `DIALBACK_SELLER_*` once. A payment also stores the
//! seller when it is created, and its invoice shows that seller whichever path confirms
//! it.

use rust_decimal::Decimal;

/// Settings of payments and invoices. Every flag also reads the environment variable
/// named beside it.
#[derive(Debug, Clone, clap::Args)]
pub struct PaymentSettings {
    /// Seller name printed on invoices and pro-forma pages.
    #[arg(long, env = "DIALBACK_SELLER_NAME", default_value = "")]
    pub seller_name: String,

    /// Seller address on invoices; separate lines with `|`, for example `ul. Polna 1|00-001 Warszawa|PL`.
    #[arg(long, env = "DIALBACK_SELLER_ADDRESS", default_value = "")]
    pub seller_address: String,

    /// Seller VAT ID or tax number printed on invoices.
    #[arg(long, env = "DIALBACK_SELLER_TAX_ID")]
    pub seller_tax_id: Option<String>,

    /// VAT rate in percent added to plan prices, which are net (for example `23` or `0`).
    #[arg(long, env = "DIALBACK_VAT_RATE", default_value = "23")]
    pub vat_rate: Decimal,

    /// Bank account (IBAN) shown on pro-forma pages for bank transfers.
    #[arg(
        long,
        env = "DIALBACK_BANK_ACCOUNT",
        default_value = "PL00 0000 0000 0000 0000 0000 0000"
    )]
    pub bank_account: String,

    /// Bank name shown on pro-forma pages.
    #[arg(long, env = "DIALBACK_BANK_NAME", default_value = "")]
    pub bank_name: String,

    /// Secret that signs sandbox payment callbacks (HMAC-SHA256). Without it the sandbox
    /// stand-ins for PayPal and DotPay are not offered.
    #[arg(long, env = "DIALBACK_SANDBOX_SECRET", hide_env_values = true)]
    pub sandbox_secret: Option<String>,

    /// Time zone of the seller: invoices are dated and numbered by the year in it.
    #[arg(
        long,
        env = "DIALBACK_SELLER_TIME_ZONE",
        default_value = "Europe/Warsaw"
    )]
    pub seller_time_zone: String,

    /// Days a new account spends on the trial plan before it expires.
    #[arg(long, env = "DIALBACK_TRIAL_DAYS", default_value_t = 14)]
    pub trial_days: i64,

    /// Days after a paid period or the trial expires during which widgets still accept
    /// call requests; after them the account is expired until it pays.
    #[arg(long, env = "DIALBACK_SUBSCRIPTION_GRACE_DAYS", default_value_t = 3)]
    pub subscription_grace_days: i64,
}

impl PaymentSettings {
    /// Settings for tests and tools: a sandbox secret known to the tests and 23% VAT.
    pub fn for_tests() -> Self {
        Self {
            seller_name: "Dialback Sp. z o.o.".to_owned(),
            seller_address: "ul. Świętokrzyska 12|00-916 Warszawa|PL".to_owned(),
            seller_tax_id: Some("PL5260250274".to_owned()),
            vat_rate: Decimal::from(23),
            bank_account: "PL61 1090 1014 0000 0712 1981 2874".to_owned(),
            bank_name: "Bank Testowy".to_owned(),
            sandbox_secret: Some("sandbox-secret-for-tests".to_owned()),
            trial_days: 14,
            subscription_grace_days: 3,
            seller_time_zone: "Europe/Warsaw".to_owned(),
        }
    }

    /// Returns the seller's time zone, or UTC when the name is unknown (see [`Self::check`]).
    pub fn seller_zone(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get(&self.seller_time_zone).unwrap_or(jiff::tz::TimeZone::UTC)
    }

    /// Checks the seller's time zone. A missing seller name or address is not an error,
    /// so that a server without invoices to issue still starts; `serve` warns about it.
    pub fn check(&self) -> anyhow::Result<()> {
        if jiff::tz::TimeZone::get(&self.seller_time_zone).is_err() {
            anyhow::bail!(
                "unknown --seller-time-zone {:?}: give an IANA name such as Europe/Warsaw",
                self.seller_time_zone
            );
        }
        Ok(())
    }

    /// Whether the seller's name or address is missing, which invoices need.
    pub fn seller_missing(&self) -> bool {
        self.seller_name.trim().is_empty() || self.seller_address_lines().is_empty()
    }

    /// Splits the seller's address into lines.
    pub fn seller_address_lines(&self) -> Vec<String> {
        self.seller_address
            .split('|')
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    }
}
