//! Phone numbers: parsed with libphonenumber's metadata, stored as E.164.

use phonenumber::{Mode, country};

use crate::Invalid;

/// A valid phone number. Stored as E.164 (`+48501234567`) and shown in the
/// international format (`+48 501 234 567`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    e164: String,
    parsed: phonenumber::PhoneNumber,
}

impl PhoneNumber {
    /// Parses `input`; a number without a leading `+` or `00` is read in `default_region`
    /// (an ISO 3166 code such as `PL`).
    pub fn parse(input: &str, default_region: &str) -> Result<Self, Invalid> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Invalid::new("error-phone-missing"));
        }

        let invalid = Invalid::new("error-phone-invalid");
        if trimmed.len() > 40
            || trimmed
                .chars()
                .any(|c| !(c.is_ascii_digit() || " +-().".contains(c)))
        {
            return Err(invalid);
        }
        let region = default_region.parse::<country::Id>().ok();
        let parsed = phonenumber::parse(region, trimmed).map_err(|_| invalid)?;
        if !phonenumber::is_valid(&parsed) {
            return Err(invalid);
        }

        let e164 = parsed.format().mode(Mode::E164).to_string();
        Ok(Self { e164, parsed })
    }

    /// Reads a number stored as E.164.
    pub fn from_e164(stored: &str) -> Result<Self, Invalid> {
        Self::parse(stored, "ZZ")
    }

    pub fn e164(&self) -> &str {
        &self.e164
    }

    /// The number as people read it: `+48 501 234 567`.
    pub fn international(&self) -> String {
        self.parsed.format().mode(Mode::International).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_number_read_in_default_region() {
        let phone = PhoneNumber::parse("501 234 567", "PL").unwrap();
        assert_eq!(phone.e164(), "+48501234567");
        assert_eq!(phone.international(), "+48 501 234 567");
    }

    #[test]
    fn international_number_ignores_default_region() {
        let phone = PhoneNumber::parse("+49 30 123456", "PL").unwrap();
        assert_eq!(phone.e164(), "+4930123456");
    }

    #[test]
    fn stored_number_round_trips() {
        let phone = PhoneNumber::from_e164("+48501234567").unwrap();
        assert_eq!(phone.e164(), "+48501234567");
    }

    #[test]
    fn invalid_numbers_rejected() {
        assert_eq!(
            PhoneNumber::parse("", "PL").unwrap_err().key,
            "error-phone-missing"
        );
        for input in [
            "12",
            "abc",
            "+48 12",
            "501 234 567 890 123",
            "+999 123 456 789",
        ] {
            assert!(
                PhoneNumber::parse(input, "PL").is_err(),
                "{input:?} was accepted"
            );
        }
    }
}
