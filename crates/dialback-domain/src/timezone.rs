//! IANA time zone names, checked against the time zone database bundled with jiff.

use jiff::tz::TimeZone;

use crate::Invalid;

/// A valid IANA time zone name such as `Europe/Warsaw`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZoneName {
    name: String,
    zone: TimeZone,
}

impl TimeZoneName {
    pub fn parse(name: &str) -> Result<Self, Invalid> {
        let invalid = Invalid::new("error-timezone-unknown");
        // jiff also accepts POSIX TZ strings and fixed offsets; only database names are valid here.
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c))
        {
            return Err(invalid);
        }
        let zone = TimeZone::get(name).map_err(|_| invalid)?;
        // The database looks names up without regard to case; keep its own spelling.
        let canonical = zone.iana_name().unwrap_or(name).to_owned();
        Ok(Self {
            name: canonical,
            zone,
        })
    }

    pub fn utc() -> Self {
        Self {
            name: "UTC".to_owned(),
            zone: TimeZone::UTC,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    /// Every zone name the bundled database knows, sorted, for the time zone picker.
    pub fn available() -> Vec<String> {
        let mut names: Vec<String> = jiff::tz::db()
            .available()
            .map(|name| name.as_str().to_owned())
            .collect();
        names.sort();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_zones_accepted() {
        for name in ["Europe/Warsaw", "America/Sao_Paulo", "UTC", "Asia/Kolkata"] {
            assert_eq!(TimeZoneName::parse(name).unwrap().name(), name);
        }
    }

    #[test]
    fn names_take_the_database_spelling() {
        assert_eq!(
            TimeZoneName::parse("europe/warsaw").unwrap().name(),
            "Europe/Warsaw"
        );
    }

    #[test]
    fn unknown_zones_rejected() {
        for name in [
            "",
            "Europe/Gdansk",
            "EST5EDT,M3.2.0,M11.1.0",
            "../etc/passwd",
            "+02:00",
        ] {
            assert!(TimeZoneName::parse(name).is_err(), "{name:?} was accepted");
        }
    }

    #[test]
    fn available_lists_warsaw() {
        let names = TimeZoneName::available();
        assert!(names.iter().any(|n| n == "Europe/Warsaw"));
        assert!(names.len() > 300);
    }
}
