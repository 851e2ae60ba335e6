//! Short free-text fields: names and job titles.

use crate::Invalid;

/// Whether `c` is invisible or reorders text: control characters, zero-width characters,
/// bidirectional overrides and isolates, the byte order mark, and the replacement
/// character that stands for bytes that were not UTF-8.
pub fn is_hidden_character(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{FFFD}')
}

/// Trims `input` and checks it is non-empty, at most `max` characters and free of hidden characters.
fn bounded(
    input: &str,
    max: usize,
    missing: &'static str,
    too_long: &'static str,
) -> Result<String, Invalid> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Invalid::new(missing));
    }
    if trimmed.chars().any(is_hidden_character) {
        return Err(Invalid::new("error-text-hidden-characters"));
    }
    if trimmed.chars().count() > max {
        return Err(Invalid::new(too_long));
    }
    Ok(trimmed.to_owned())
}

/// A person's full name, 1 to 100 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        bounded(input, 100, "error-name-missing", "error-name-too-long").map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A company's name, 1 to 150 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyName(String);

impl CompanyName {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        bounded(
            input,
            150,
            "error-company-missing",
            "error-company-too-long",
        )
        .map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A job title: optional, at most 100 characters. Empty input means no title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobTitle(Option<String>);

impl JobTitle {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        if input.trim().is_empty() {
            return Ok(Self(None));
        }
        bounded(
            input,
            100,
            "error-job-title-too-long",
            "error-job-title-too-long",
        )
        .map(|t| Self(Some(t)))
    }

    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_is_trimmed() {
        assert_eq!(
            PersonName::parse("  Zofia Żak ").unwrap().as_str(),
            "Zofia Żak"
        );
    }

    #[test]
    fn name_limits() {
        assert_eq!(
            PersonName::parse("   ").unwrap_err().key,
            "error-name-missing"
        );
        assert_eq!(
            PersonName::parse(&"ł".repeat(101)).unwrap_err().key,
            "error-name-too-long"
        );
        assert!(PersonName::parse(&"ł".repeat(100)).is_ok());
    }

    #[test]
    fn hidden_characters_rejected() {
        for input in [
            "Anna\u{202E}X",
            "\u{200B}\u{200B}",
            "Jan\tKowalski",
            "Zo\u{FFFD}fia",
        ] {
            assert_eq!(
                PersonName::parse(input).unwrap_err().key,
                "error-text-hidden-characters",
                "{input:?}"
            );
        }
    }

    #[test]
    fn empty_job_title_is_none() {
        assert_eq!(JobTitle::parse(" ").unwrap().as_deref(), None);
        assert_eq!(JobTitle::parse("CTO").unwrap().as_deref(), Some("CTO"));
    }
}
