//! Webhook signatures: HMAC-SHA256 over the timestamp and the body.
//!
//! Each request carries `Dialback-Signature: t=<unix seconds>,v1=<hex>`, where the hex
//! is HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), of the text
//! `"<t>.<body>"`. A receiver recomputes it, compares in constant time and rejects old
//! timestamps, so a captured request cannot be replayed later.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The header that carries the signature.
pub const HEADER: &str = "Dialback-Signature";

/// Prefix of every signing secret, so a leaked one is recognisable.
const SECRET_PREFIX: &str = "whsec_";

/// A new random signing secret: the prefix and 32 random bytes in hex.
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::random();
    format!("{SECRET_PREFIX}{}", hex::encode(bytes))
}

/// The hex HMAC-SHA256 of `"<timestamp>.<body>"` under `secret`.
pub fn digest(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// The value of the signature header for one request.
pub fn header_value(secret: &str, timestamp: i64, body: &[u8]) -> String {
    format!("t={timestamp},v1={}", digest(secret, timestamp, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_matches_a_known_value() {
        // Computed independently with Python:
        // hmac.new(b"whsec_test", b"1700000000.{}", hashlib.sha256).hexdigest()
        assert_eq!(
            digest("whsec_test", 1_700_000_000, b"{}"),
            "35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91"
        );
    }

    #[test]
    fn header_names_timestamp_and_digest() {
        let value = header_value("whsec_x", 42, b"body");
        assert!(value.starts_with("t=42,v1="));
        assert_eq!(value.len(), "t=42,v1=".len() + 64);
    }

    #[test]
    fn secrets_are_random_and_prefixed() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert!(a.starts_with("whsec_"));
        assert_eq!(a.len(), 6 + 64);
    }
}
