//! Promotional codes that raise an account's limits.

use crate::Invalid;

/// A coupon code: 3 to 40 letters, digits, hyphens or underscores, kept in upper case
/// so that codes compare case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CouponCode(String);

impl CouponCode {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let code = input.trim();
        if code.is_empty() {
            return Err(Invalid::new("error-coupon-missing"));
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if !(3..=40).contains(&code.len()) || !code.chars().all(allowed) {
            return Err(Invalid::new("error-coupon-code-format"));
        }
        Ok(Self(code.to_ascii_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stored_in_upper_case() {
        assert_eq!(
            CouponCode::parse(" wiosna-2027 ").unwrap().as_str(),
            "WIOSNA-2027"
        );
        assert_eq!(
            CouponCode::parse("Wiosna_2027").unwrap(),
            CouponCode::parse("WIOSNA_2027").unwrap()
        );
    }

    #[test]
    fn malformed_codes_are_rejected() {
        assert_eq!(
            CouponCode::parse(""),
            Err(Invalid::new("error-coupon-missing"))
        );
        for code in ["AB", "WIOSNA 2027", "ZIMA!", "ŻÓŁW-1", &"X".repeat(41)] {
            assert_eq!(
                CouponCode::parse(code),
                Err(Invalid::new("error-coupon-code-format")),
                "{code}"
            );
        }
    }
}
