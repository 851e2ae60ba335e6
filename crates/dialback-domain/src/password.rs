//! Rules for a password a user chooses.
//!
//! The list of common passwords is the 20,000-entry list compiled by Royce Williams
//! (lower-cased, as distributed with Django's `CommonPasswordValidator`), cut to the
//! entries of eight characters or more, since shorter ones fail the length rule first.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::Invalid;

/// Fewest characters a password may have.
pub const MIN_LENGTH: usize = 8;

/// Most characters a password may have; argon2 hashes any length, this only bounds work.
pub const MAX_LENGTH: usize = 256;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/common-passwords.txt")
        .lines()
        .collect()
});

/// A password that passed the rules for new passwords. It is never displayed or logged.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let length = input.chars().count();
        if length < MIN_LENGTH {
            return Err(Invalid::new("error-password-too-short"));
        }
        if length > MAX_LENGTH {
            return Err(Invalid::new("error-password-too-long"));
        }
        if COMMON.contains(input.to_lowercase().as_str()) {
            return Err(Invalid::new("error-password-common"));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_password_rejected() {
        assert_eq!(
            NewPassword::parse("Ab1!xyz").unwrap_err().key,
            "error-password-too-short"
        );
    }

    #[test]
    fn common_password_rejected_case_insensitively() {
        assert_eq!(
            NewPassword::parse("Password1").unwrap_err().key,
            "error-password-common"
        );
        assert_eq!(
            NewPassword::parse("QWERTYUIOP").unwrap_err().key,
            "error-password-common"
        );
    }

    #[test]
    fn uncommon_password_accepted() {
        assert!(NewPassword::parse("kalafior-w-czekoladzie").is_ok());
    }

    #[test]
    fn debug_hides_password() {
        let password = NewPassword::parse("kalafior-w-czekoladzie").unwrap();
        assert!(!format!("{password:?}").contains("kalafior"));
    }
}
