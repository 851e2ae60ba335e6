//! Phone numbers: parsed with libphonenumber's metadata, stored as E.164.

use phonenumber::{Mode, country};

use crate::Invalid;

/// NOTE: for countries outside the product's markets the phonenumber crate (0.3.10)
/// and Python's phonenumbers (9.0.33) disagree on a few numbers (for example `+46 99 321
/// 95 31` is accepted here and rejected there); numbers of the served countries agree.
/// A valid phone number. Stored as E.164 (`+48501234567`) and shown in the
/// international format (`+48 501 234 567`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    e164: String,
    parsed: phonenumber::PhoneNumber,
}

/// Reads a national number whose first digits equal the region's country code, such as
/// the Polish `484 048 464`, as a whole national number when that is valid.
///
/// The phonenumber crate (0.3.10) strips such leading digits as a country code even
/// without a `+`, where libphonenumber keeps them when the whole number is valid; found
/// by comparing with Python's phonenumbers on generated numbers.
fn national_with_country_code_digits(
    input: &str,
    region: Option<country::Id>,
) -> Option<phonenumber::PhoneNumber> {
    let region = region?;
    if input.starts_with('+') || input.starts_with("00") {
        return None;
    }
    let code = phonenumber::metadata::DATABASE
        .by_id(region.as_ref())?
        .country_code();
    let digits: String = input.chars().filter(char::is_ascii_digit).collect();
    if !digits.starts_with(&code.to_string()) {
        return None;
    }
    let whole = phonenumber::parse(Some(region), format!("+{code}{digits}")).ok()?;
    phonenumber::is_valid(&whole).then_some(whole)
}

/// Whether the national number matches one of its region's number types as a whole.
///
/// The phonenumber crate (0.3.10) accepts a number when a type's pattern matches only its
/// beginning, so some too-long numbers pass `is_valid` (such as `+420 931 648 194 463`);
/// libphonenumber requires the whole number to match.
fn matches_a_number_type(number: &phonenumber::PhoneNumber) -> bool {
    let Some(meta) = number.metadata(&phonenumber::metadata::DATABASE) else {
        return false;
    };
    let national = number.national().to_string();
    let types = meta.descriptors();
    [
        types.fixed_line(),
        types.mobile(),
        types.toll_free(),
        types.premium_rate(),
        types.shared_cost(),
        types.personal_number(),
        types.voip(),
        types.pager(),
        types.uan(),
        types.voicemail(),
    ]
    .into_iter()
    .flatten()
    .any(|descriptor| {
        descriptor
            .national_number()
            .find(&national)
            .is_some_and(|m| m.start() == 0 && m.end() == national.len())
    })
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
        let parsed = national_with_country_code_digits(trimmed, region)
            .or_else(|| {
                phonenumber::parse(region, trimmed)
                    .ok()
                    .filter(phonenumber::is_valid)
            })
            .filter(matches_a_number_type)
            .ok_or(invalid)?;

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
