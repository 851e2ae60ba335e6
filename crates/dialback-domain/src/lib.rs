//! Dialback's validated types and rules. Nothing here does I/O: every type is parsed
//! once at the edge (a form, an API body, a command-line flag) and trusted afterwards.

pub mod activity;
pub mod business_time;
pub mod call_status;
pub mod country;
pub mod coupon;
pub mod currency;
pub mod datetime_format;
pub mod domain_name;
pub mod email;
pub mod ip_rule;
pub mod language;
pub mod limit;
pub mod money;
pub mod notification;
pub mod password;
pub mod permission;
pub mod phone;
pub mod subscription;
pub mod tax_id;
pub mod text;
pub mod timezone;

pub use activity::{ActivityKind, ActivitySource, WidgetChange};
pub use business_time::BusinessTime;
pub use call_status::CallStatus;
pub use country::Country;
pub use coupon::CouponCode;
pub use currency::Currency;
pub use datetime_format::{DateFormat, TimeFormat};
pub use domain_name::DomainName;
pub use email::EmailAddress;
pub use ip_rule::{IpRange, ListType};
pub use language::Language;
pub use limit::LimitName;
pub use money::{Money, format_money};
pub use notification::{NotificationChannel, NotificationEvent};
pub use password::NewPassword;
pub use permission::Permission;
pub use phone::PhoneNumber;
pub use rust_decimal::Decimal;
pub use subscription::{BillingPeriod, InvoiceKind, PaymentMethod};
pub use tax_id::TaxId;
pub use text::{CompanyName, JobTitle, PersonName};
pub use timezone::TimeZoneName;

/// A reason why a value was rejected, as a message key that the server translates.
///
/// The key names a message in the server's Fluent files, so the domain stays free of
/// any one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{key}")]
pub struct Invalid {
    /// The Fluent message id, for example `error-email-invalid`.
    pub key: &'static str,
}

impl Invalid {
    pub const fn new(key: &'static str) -> Self {
        Self { key }
    }
}
