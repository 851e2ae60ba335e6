//! E-mail addresses as users type them into forms.

use crate::Invalid;

/// An e-mail address, trimmed, with its domain lower-cased.
///
/// The check is the practical one that sign-up forms use: one `@`, a non-empty local
/// part, a domain with a dot, no spaces, at most 254 characters (RFC 5321's path limit).
/// Whether the mailbox exists is proved only by the password-reset mail.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::new("error-email-missing"));
        }

        let invalid = Invalid::new("error-email-invalid");
        if trimmed.len() > 254 || trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || local.len() > 64 || local.contains('@') || !domain_ok {
            return Err(invalid);
        }

        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_lowercases_domain() {
        let email = EmailAddress::parse("  Anna.Nowak@Example.PL ").unwrap();
        assert_eq!(email.as_str(), "Anna.Nowak@example.pl");
    }

    #[test]
    fn rejects_malformed_addresses() {
        for input in [
            "",
            "anna",
            "anna@",
            "@example.com",
            "anna@example",
            "a b@example.com",
            "anna@@example.com",
            "anna@example..com",
        ] {
            assert!(
                EmailAddress::parse(input).is_err(),
                "{input:?} was accepted"
            );
        }
    }

    #[test]
    fn empty_input_is_missing_not_invalid() {
        assert_eq!(
            EmailAddress::parse(" ").unwrap_err().key,
            "error-email-missing"
        );
    }
}
