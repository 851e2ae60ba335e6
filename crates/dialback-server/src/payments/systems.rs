//! Payment systems behind one trait: a bank transfer, which the operator records by
//! hand, and a sandbox in place of PayPal and DotPay.
//!
//! No real payment service is reachable from here, so the sandbox acts as the provider. It
//! shows a local confirmation page and sends the payer's browser back with a callback
//! signed with HMAC-SHA256 under the operator's `--sandbox-secret`, the way a provider
//! signs its notifications.

use dialback_domain::PaymentMethod;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::config::PaymentSettings;
use super::storage::Payment;

/// How long a sandbox callback stays valid after it was signed, in seconds.
pub const CALLBACK_LIFETIME_SECONDS: i64 = 15 * 60;

/// One way to pay.
pub trait PaymentSystem: Send + Sync {
    fn method(&self) -> PaymentMethod;

    /// Returns where to send the payer once the pending payment is stored.
    fn start_url(&self, payment: &Payment) -> String;

    /// Checks the signature of a callback from this system. Systems without callbacks
    /// reject every callback.
    fn verify(&self, callback: &Callback) -> Result<(), CallbackRejection>;
}

/// A payment system's notification that a payment was made.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct Callback {
    pub reference: String,
    /// The gross amount paid, as a plain decimal string such as `123.00`.
    pub amount: String,
    pub currency: String,
    pub transaction_id: String,
    /// A random value that makes each callback unique, so a replay is recognised.
    pub nonce: String,
    /// Unix seconds when the callback was signed.
    pub timestamp: i64,
    /// Lowercase hexadecimal HMAC-SHA256 of [`Callback::message`].
    pub signature: String,
}

impl Callback {
    /// Returns the signed text: the fields joined by newlines in a fixed order.
    pub fn message(&self) -> String {
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}",
            self.reference,
            self.amount,
            self.currency,
            self.transaction_id,
            self.nonce,
            self.timestamp
        )
    }
}

/// The reason a callback was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackRejection {
    BadSignature,
    UnknownPayment,
    WrongSystem,
    WrongAmount,
    Replayed,
    Expired,
    /// The payment was cancelled or replaced by a newer checkout.
    Cancelled,
}

impl CallbackRejection {
    pub const fn id(self) -> &'static str {
        match self {
            CallbackRejection::BadSignature => "bad_signature",
            CallbackRejection::UnknownPayment => "unknown_payment",
            CallbackRejection::WrongSystem => "wrong_system",
            CallbackRejection::WrongAmount => "wrong_amount",
            CallbackRejection::Replayed => "replayed",
            CallbackRejection::Expired => "expired",
            CallbackRejection::Cancelled => "cancelled",
        }
    }
}

/// A transfer to the operator's bank account, quoted with the payment reference.
pub struct BankTransfer;

impl PaymentSystem for BankTransfer {
    fn method(&self) -> PaymentMethod {
        PaymentMethod::BankTransfer
    }

    fn start_url(&self, payment: &Payment) -> String {
        format!("/settings/subscription/payments/{}", payment.reference)
    }

    fn verify(&self, _callback: &Callback) -> Result<(), CallbackRejection> {
        Err(CallbackRejection::WrongSystem)
    }
}

/// The local stand-in for PayPal or DotPay.
pub struct Sandbox {
    method: PaymentMethod,
    secret: Vec<u8>,
}

impl Sandbox {
    pub fn new(method: PaymentMethod, secret: &str) -> Self {
        Self {
            method,
            secret: secret.as_bytes().to_vec(),
        }
    }

    fn mac(&self, callback: &Callback) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.secret)
            .expect("HMAC accepts keys of any length");
        mac.update(callback.message().as_bytes());
        mac
    }

    /// Returns the signature of a callback, as the sandbox provider writes it.
    pub fn sign(&self, callback: &Callback) -> String {
        hex::encode(self.mac(callback).finalize().into_bytes())
    }
}

impl PaymentSystem for Sandbox {
    fn method(&self) -> PaymentMethod {
        self.method
    }

    fn start_url(&self, payment: &Payment) -> String {
        format!("/payments/sandbox/{}", payment.reference)
    }

    fn verify(&self, callback: &Callback) -> Result<(), CallbackRejection> {
        let signature =
            hex::decode(callback.signature.trim()).map_err(|_| CallbackRejection::BadSignature)?;
        // verify_slice compares in constant time.
        self.mac(callback)
            .verify_slice(&signature)
            .map_err(|_| CallbackRejection::BadSignature)
    }
}

/// Lists the payment systems this installation offers, in the order the form shows them.
pub fn offered(settings: &PaymentSettings) -> Vec<PaymentMethod> {
    PaymentMethod::ALL
        .into_iter()
        .filter(|method| system(settings, *method).is_some())
        .collect()
}

/// Returns the payment system behind `method`, if this installation offers it.
pub fn system(settings: &PaymentSettings, method: PaymentMethod) -> Option<Box<dyn PaymentSystem>> {
    match method {
        PaymentMethod::BankTransfer => Some(Box::new(BankTransfer)),
        PaymentMethod::PayPal | PaymentMethod::DotPay => settings
            .sandbox_secret
            .as_deref()
            .filter(|secret| !secret.is_empty())
            .map(|secret| Box::new(Sandbox::new(method, secret)) as Box<dyn PaymentSystem>),
    }
}

/// Returns the sandbox of `method`, for signing on its confirmation page.
pub fn sandbox(settings: &PaymentSettings, method: PaymentMethod) -> Option<Sandbox> {
    match method {
        PaymentMethod::BankTransfer => None,
        PaymentMethod::PayPal | PaymentMethod::DotPay => settings
            .sandbox_secret
            .as_deref()
            .filter(|secret| !secret.is_empty())
            .map(|secret| Sandbox::new(method, secret)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_signature_round_trips() {
        let sandbox = Sandbox::new(PaymentMethod::PayPal, "secret");
        let mut callback = Callback {
            reference: "PAY-1".into(),
            amount: "123.00".into(),
            currency: "PLN".into(),
            transaction_id: "T-1".into(),
            nonce: "n".into(),
            timestamp: 1,
            signature: String::new(),
        };
        callback.signature = sandbox.sign(&callback);
        assert_eq!(sandbox.verify(&callback), Ok(()));
        callback.amount = "1.00".into();
        assert_eq!(
            sandbox.verify(&callback),
            Err(CallbackRejection::BadSignature)
        );
    }
}
