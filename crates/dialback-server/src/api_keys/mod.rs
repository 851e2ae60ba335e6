//! API keys: creation, lookup and revocation, shared by Settings > API keys, the
//! `dialback api-key` command and the REST API's authentication.
//!
//! A key is `dbk_` followed by 40 random letters and digits. Only its SHA-256 is stored,
//! with the first 12 characters as a lookup prefix and the last four for display, so a
//! key is shown once, at creation.

pub mod storage;

use dialback_domain::Permission;
use rand::RngExt;

use crate::platform::secrets::token_hash;

/// The text every key starts with, so that a leaked key is recognisable.
pub const KEY_PREFIX: &str = "dbk_";

/// Characters in the key's stored lookup prefix, including [`KEY_PREFIX`].
pub const LOOKUP_LENGTH: usize = 12;

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// A newly generated key: the secret to show once, and what is stored of it.
pub struct GeneratedKey {
    pub secret: String,
    pub lookup: String,
    pub hash: String,
    pub last_four: String,
}

/// Generates a random key with about 238 bits of entropy.
pub fn generate() -> GeneratedKey {
    let mut rng = rand::rng();
    let body: String = (0..40)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    let secret = format!("{KEY_PREFIX}{body}");
    GeneratedKey {
        lookup: secret[..LOOKUP_LENGTH].to_owned(),
        hash: token_hash(&secret),
        last_four: secret[secret.len() - 4..].to_owned(),
        secret,
    }
}

/// The part of a presented key used to find its row; `None` if it cannot be a key.
pub fn lookup_of(presented: &str) -> Option<&str> {
    (presented.starts_with(KEY_PREFIX)
        && presented.len() == KEY_PREFIX.len() + 40
        && presented.is_ascii())
    .then(|| &presented[..LOOKUP_LENGTH])
}

/// A stored key as lists and the API see it.
#[derive(Debug, Clone)]
pub struct ApiKey {
    pub id: i64,
    pub account_id: i64,
    pub description: String,
    pub lookup: String,
    pub last_four: String,
    pub permissions: Vec<Permission>,
    /// `None` means every widget of the account, present and future.
    pub widget_ids: Option<Vec<i64>>,
    pub expires_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub last_used_ip: Option<String>,
    pub created_at: i64,
}

impl ApiKey {
    /// The key as lists show it: `dbk_Ab12Cd34…wxyz`.
    pub fn masked(&self) -> String {
        format!("{}…{}", self.lookup, self.last_four)
    }

    /// Whether the key may act on `widget_id`.
    pub fn covers_widget(&self, widget_id: i64) -> bool {
        self.widget_ids
            .as_ref()
            .is_none_or(|ids| ids.contains(&widget_id))
    }

    /// Whether the key is usable at `now` (not revoked, not expired).
    pub fn is_live(&self, now: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|expiry| expiry > now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_are_recognisable_and_distinct() {
        let first = generate();
        let second = generate();
        assert!(first.secret.starts_with("dbk_"));
        assert_eq!(first.secret.len(), 44);
        assert_ne!(first.secret, second.secret);
        assert_eq!(lookup_of(&first.secret), Some(first.lookup.as_str()));
        assert!(first.secret.ends_with(&first.last_four));
    }

    #[test]
    fn malformed_keys_have_no_lookup() {
        assert_eq!(lookup_of("dbk_short"), None);
        assert_eq!(lookup_of("Bearer dbk_"), None);
        assert_eq!(lookup_of(&format!("xyz_{}", "a".repeat(40))), None);
    }
}
