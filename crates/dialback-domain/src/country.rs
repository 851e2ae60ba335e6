//! The countries a billing address may be in, and their postal codes.

use crate::Invalid;

/// A country of a billing address, by its ISO 3166 alpha-2 code: the member states of
/// the European Union, the United Kingdom, the United States and Brazil.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(&'static str);

impl Country {
    /// Every country's code, in alphabetical order of the codes.
    pub const CODES: [&'static str; 30] = [
        "AT", "BE", "BG", "BR", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR",
        "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "US",
    ];

    /// Parses an ISO 3166 alpha-2 code in either case.
    pub fn parse(code: &str) -> Result<Self, Invalid> {
        let code = code.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(Invalid::new("error-country-missing"));
        }
        Self::CODES
            .into_iter()
            .find(|known| *known == code)
            .map(Self)
            .ok_or(Invalid::new("error-country-unknown"))
    }

    /// The ISO 3166 alpha-2 code, such as `PL`.
    pub const fn code(self) -> &'static str {
        self.0
    }

    /// Returns the country's postal code shapes (`9` a digit, `a` a letter, `*` either,
    /// other characters as they are), the written form first. The United Kingdom has
    /// none, because `british_postcode` checks its postcodes.
    fn postal_shapes(self) -> Option<&'static [&'static str]> {
        let shapes: &'static [&'static str] = match self.0 {
            "PL" => &["99-999", "99999"],
            "CZ" | "SK" | "GR" | "SE" => &["999 99", "99999"],
            "DE" | "FR" | "IT" | "ES" | "FI" | "HR" | "EE" => &["99999"],
            "LT" => &["LT-99999", "99999"],
            "LV" => &["LV-9999", "9999"],
            "PT" => &["9999-999", "9999999"],
            "RO" => &["999999"],
            "AT" | "BE" | "BG" | "CY" | "DK" | "HU" | "SI" => &["9999"],
            "LU" => &["9999", "L-9999"],
            "NL" => &["9999 aa", "9999aa"],
            "IE" => &["a9* ****", "a9*****"],
            "MT" => &["aaa 9999", "aaa9999"],
            "BR" => &["99999-999", "99999999"],
            "US" => &["99999", "99999-9999", "999999999"],
            _ => return None,
        };
        Some(shapes)
    }

    /// A postal code of the country's shape, for hints beside the field.
    pub fn postal_code_example(self) -> &'static str {
        match self.0 {
            "PL" => "00-950",
            "CZ" | "SK" | "SE" | "GR" => "110 00",
            "LT" => "LT-01100",
            "LV" => "LV-1050",
            "PT" => "1000-001",
            "RO" => "010011",
            "NL" => "1011 AB",
            "IE" => "D02 X285",
            "MT" => "VLT 1117",
            "BR" => "01310-100",
            "US" => "20500",
            "GB" => "SW1A 1AA",
            "AT" | "BE" | "BG" | "CY" | "DK" | "HU" | "SI" | "LU" => "1000",
            _ => "10115",
        }
    }

    /// Parses a postal code of this country and writes it the way the country does
    /// (`00950` becomes `00-950` in Poland, `11000` becomes `110 00` in Czechia).
    pub fn parse_postal_code(self, raw: &str) -> Result<String, Invalid> {
        let text: String = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        if text.is_empty() {
            return Err(Invalid::new("error-zip-missing"));
        }
        let invalid = Invalid::new("error-zip-format");
        if self.0 == "GB" {
            return british_postcode(&text).ok_or(invalid);
        }
        let shapes = self.postal_shapes().ok_or(invalid)?;
        let matched = shapes
            .iter()
            .find(|shape| fits(shape, &text))
            .ok_or(invalid)?;

        // Fills the first shape with as many placeholders with the typed letters and
        // digits, less the literal prefix (such as `LT`) of the shape they were typed in.
        let placeholders = |shape: &str| {
            shape
                .chars()
                .filter(|c| matches!(c, '9' | 'a' | '*'))
                .count()
        };
        let written = shapes
            .iter()
            .find(|shape| placeholders(shape) == placeholders(matched))
            .unwrap_or(matched);
        let literal_prefix = matched.chars().take_while(char::is_ascii_uppercase).count();
        let mut symbols = text
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .skip(literal_prefix);
        let mut out = String::with_capacity(written.len());
        for s in written.chars() {
            match s {
                '9' | 'a' | '*' => out.push(symbols.next().ok_or(invalid)?),
                literal => out.push(literal),
            }
        }
        Ok(out)
    }
}

/// Whether `text` fits `shape`: `9` a digit, `a` a letter, `*` either, anything else itself.
fn fits(shape: &str, text: &str) -> bool {
    shape.chars().count() == text.chars().count()
        && shape.chars().zip(text.chars()).all(|(s, c)| match s {
            '9' => c.is_ascii_digit(),
            'a' => c.is_ascii_uppercase(),
            '*' => c.is_ascii_uppercase() || c.is_ascii_digit(),
            literal => literal == c,
        })
}

/// Checks a British postcode: an outward code of one or two letters, a digit and an
/// optional letter or digit, then an inward code of a digit and two letters.
fn british_postcode(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| *c != ' ').collect();
    if !(5..=7).contains(&compact.len()) || !compact.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward_fits = fits("9aa", inward);
    let letters = outward
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .count();
    let rest = &outward[letters..];
    let outward_fits = (1..=2).contains(&letters)
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.len() <= 2;
    (inward_fits && outward_fits).then(|| format!("{outward} {inward}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postal(country: &str, raw: &str) -> Result<String, Invalid> {
        Country::parse(country).unwrap().parse_postal_code(raw)
    }

    #[test]
    fn codes_parse_in_either_case() {
        assert_eq!(Country::parse("pl").unwrap().code(), "PL");
        assert_eq!(
            Country::parse("XX"),
            Err(Invalid::new("error-country-unknown"))
        );
        assert_eq!(
            Country::parse(" "),
            Err(Invalid::new("error-country-missing"))
        );
        for code in Country::CODES {
            assert_eq!(Country::parse(code).unwrap().code(), code);
        }
    }

    #[test]
    fn every_country_has_tax_number_rules() {
        for code in Country::CODES {
            assert!(crate::TaxId::countries().any(|c| c == code), "{code}");
        }
    }

    #[test]
    fn postal_codes_are_written_the_countrys_way() {
        let cases = [
            ("PL", "00-950", "00-950"),
            ("PL", "00950", "00-950"),
            ("CZ", "11000", "110 00"),
            ("CZ", "110  00", "110 00"),
            ("PT", "1000001", "1000-001"),
            ("NL", "1011ab", "1011 AB"),
            ("BR", "01310100", "01310-100"),
            ("US", "20500-0003", "20500-0003"),
            ("US", "205000003", "20500-0003"),
            ("LT", "01100", "LT-01100"),
            ("LT", "lt-01100", "LT-01100"),
            ("LV", "1050", "LV-1050"),
            ("LU", "L-1234", "1234"),
            ("IE", "d02x285", "D02 X285"),
            ("MT", "VLT1117", "VLT 1117"),
            ("GB", "sw1a1aa", "SW1A 1AA"),
            ("GB", "M1 1AE", "M1 1AE"),
            ("DE", " 10115 ", "10115"),
        ];
        for (country, raw, written) in cases {
            assert_eq!(
                postal(country, raw).as_deref(),
                Ok(written),
                "{country} {raw}"
            );
        }
    }

    #[test]
    fn postal_codes_of_the_wrong_shape_are_rejected() {
        let cases = [
            ("PL", "0-950"),
            ("PL", "00-9500"),
            ("PL", "AB-CDE"),
            ("CZ", "1100"),
            ("DE", "1011"),
            ("GB", "12345"),
            ("GB", "SW1A 1A"),
            ("US", "2050"),
        ];
        for (country, raw) in cases {
            assert_eq!(
                postal(country, raw),
                Err(Invalid::new("error-zip-format")),
                "{country} {raw}"
            );
        }
        assert_eq!(postal("PL", "  "), Err(Invalid::new("error-zip-missing")));
    }

    #[test]
    fn every_example_is_a_valid_code() {
        for code in Country::CODES {
            let country = Country::parse(code).unwrap();
            let example = country.postal_code_example();
            assert_eq!(
                country.parse_postal_code(example).as_deref(),
                Ok(example),
                "{code}"
            );
        }
    }
}
