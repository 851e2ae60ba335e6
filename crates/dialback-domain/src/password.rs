//! Rules for a password a user chooses.
//!
//! The list of common passwords is the 20,000-entry list compiled by Royce Williams
//! (lower-cased, as distributed with Django's `CommonPasswordValidator`), cut to the
//! entries of eight characters or more, since shorter ones fail the length rule first,
//! with thirty common Polish passwords added for the home market.

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
        if input.trim().is_empty() {
            return Err(Invalid::new(if input.is_empty() {
                "error-password-missing"
            } else {
                "error-password-too-short"
            }));
        }
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

    /// Rejects a password that is the user's e-mail address, its local part or their name.
    pub fn check_not_personal(self, email: &str, name: &str) -> Result<Self, Invalid> {
        let password = self.0.trim().to_lowercase();
        let email = email.trim().to_lowercase();
        let local = email.split('@').next().unwrap_or_default();
        let name = name.trim().to_lowercase();
        let squashed_name: String = name.split_whitespace().collect();
        let personal = [email.as_str(), local, name.as_str(), squashed_name.as_str()];
        if personal
            .iter()
            .any(|value| !value.is_empty() && password == *value)
        {
            return Err(Invalid::new("error-password-personal"));
        }
        Ok(self)
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
    fn blank_and_personal_passwords_rejected() {
        assert_eq!(
            NewPassword::parse("        ").unwrap_err().key,
            "error-password-too-short"
        );
        assert_eq!(
            NewPassword::parse("").unwrap_err().key,
            "error-password-missing"
        );
        let personal = NewPassword::parse("zofia.kowalska@kwiaty.pl")
            .unwrap()
            .check_not_personal("Zofia.Kowalska@kwiaty.pl", "Zofia Kowalska");
        assert_eq!(personal.unwrap_err().key, "error-password-personal");
        let name = NewPassword::parse("zofiakowalska")
            .unwrap()
            .check_not_personal("z@kwiaty.pl", "Zofia Kowalska");
        assert_eq!(name.unwrap_err().key, "error-password-personal");
        assert!(
            NewPassword::parse("kalafior-w-czekoladzie")
                .unwrap()
                .check_not_personal("z@kwiaty.pl", "Zofia")
                .is_ok()
        );
    }

    #[test]
    fn polish_common_passwords_rejected() {
        for password in ["haslo123", "kochamcie1", "qwerty123", "zaq12wsx"] {
            assert_eq!(
                NewPassword::parse(password).unwrap_err().key,
                "error-password-common",
                "{password}"
            );
        }
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
