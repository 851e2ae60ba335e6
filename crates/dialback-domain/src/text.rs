//! Short free-text fields: names and job titles.

use crate::Invalid;

/// Trims `input` and checks it is non-empty (unless `optional`) and at most `max` characters.
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
    if trimmed.chars().count() > max || trimmed.chars().any(char::is_control) {
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
    fn empty_job_title_is_none() {
        assert_eq!(JobTitle::parse(" ").unwrap().as_deref(), None);
        assert_eq!(JobTitle::parse("CTO").unwrap().as_deref(), Some("CTO"));
    }
}
