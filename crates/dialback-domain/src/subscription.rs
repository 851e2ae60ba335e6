//! The choices of a checkout: how long a plan is bought for, how it is paid, and what
//! kind of sale an invoice records.

use crate::Invalid;

/// How long one payment keeps a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BillingPeriod {
    Monthly,
    Annual,
}

impl BillingPeriod {
    pub const ALL: [BillingPeriod; 2] = [BillingPeriod::Monthly, BillingPeriod::Annual];

    /// The identifier used in forms, the database and operator commands.
    pub const fn id(self) -> &'static str {
        match self {
            BillingPeriod::Monthly => "monthly",
            BillingPeriod::Annual => "annual",
        }
    }

    /// Returns the calendar months one payment buys.
    pub const fn months(self) -> i8 {
        match self {
            BillingPeriod::Monthly => 1,
            BillingPeriod::Annual => 12,
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|period| period.id() == id)
            .ok_or(Invalid::new("error-billing-period-unknown"))
    }
}

/// A way to pay offered at checkout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentMethod {
    /// A bank transfer to the operator's account, recorded by the operator.
    BankTransfer,
    PayPal,
    DotPay,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 3] = [
        PaymentMethod::PayPal,
        PaymentMethod::DotPay,
        PaymentMethod::BankTransfer,
    ];

    /// The identifier used in forms and the database.
    pub const fn id(self) -> &'static str {
        match self {
            PaymentMethod::BankTransfer => "bank_transfer",
            PaymentMethod::PayPal => "paypal",
            PaymentMethod::DotPay => "dotpay",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|method| method.id() == id)
            .ok_or(Invalid::new("error-payment-system-unknown"))
    }
}

/// The kind of sale an invoice records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvoiceKind {
    /// A plan for a billing period.
    Subscription,
    /// A single purchase outside a plan.
    OneTime,
}

impl InvoiceKind {
    pub const fn id(self) -> &'static str {
        match self {
            InvoiceKind::Subscription => "subscription",
            InvoiceKind::OneTime => "one_time",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        [InvoiceKind::Subscription, InvoiceKind::OneTime]
            .into_iter()
            .find(|kind| kind.id() == id)
            .ok_or(Invalid::new("error-invoice-kind-unknown"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_round_trip() {
        for period in BillingPeriod::ALL {
            assert_eq!(BillingPeriod::parse(period.id()), Ok(period));
        }
        for method in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::parse(method.id()), Ok(method));
        }
        assert!(BillingPeriod::parse("weekly").is_err());
        assert!(PaymentMethod::parse("card").is_err());
        assert_eq!(InvoiceKind::parse("one_time"), Ok(InvoiceKind::OneTime));
    }
}
