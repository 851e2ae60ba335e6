//! The date and time formats a user can choose for the dashboard.

use crate::Invalid;

/// How dates are written on screen. `Long` spells the month in the interface language,
/// so the server formats it with CLDR data; the others are fixed numeric patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateFormat {
    /// 2026-12-31
    #[default]
    Iso,
    /// 31.12.2026
    DayMonthYearDots,
    /// 31/12/2026
    DayMonthYearSlashes,
    /// 12/31/2026
    MonthDayYearSlashes,
    /// 31 December 2026, in the interface language
    Long,
}

impl DateFormat {
    pub const ALL: [DateFormat; 5] = [
        DateFormat::Iso,
        DateFormat::DayMonthYearDots,
        DateFormat::DayMonthYearSlashes,
        DateFormat::MonthDayYearSlashes,
        DateFormat::Long,
    ];

    /// The identifier stored in the database and submitted by the form.
    pub const fn id(self) -> &'static str {
        match self {
            DateFormat::Iso => "yyyy-mm-dd",
            DateFormat::DayMonthYearDots => "dd.mm.yyyy",
            DateFormat::DayMonthYearSlashes => "dd/mm/yyyy",
            DateFormat::MonthDayYearSlashes => "mm/dd/yyyy",
            DateFormat::Long => "long",
        }
    }

    /// The strftime pattern of a numeric format; `None` for `Long`.
    pub const fn strftime(self) -> Option<&'static str> {
        match self {
            DateFormat::Iso => Some("%Y-%m-%d"),
            DateFormat::DayMonthYearDots => Some("%d.%m.%Y"),
            DateFormat::DayMonthYearSlashes => Some("%d/%m/%Y"),
            DateFormat::MonthDayYearSlashes => Some("%m/%d/%Y"),
            DateFormat::Long => None,
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|format| format.id() == id)
            .ok_or(Invalid::new("error-date-format-unknown"))
    }
}

/// How times of day are written on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimeFormat {
    /// 14:05
    #[default]
    TwentyFourHour,
    /// 2:05 PM
    TwelveHour,
}

impl TimeFormat {
    pub const ALL: [TimeFormat; 2] = [TimeFormat::TwentyFourHour, TimeFormat::TwelveHour];

    pub const fn id(self) -> &'static str {
        match self {
            TimeFormat::TwentyFourHour => "24h",
            TimeFormat::TwelveHour => "12h",
        }
    }

    pub const fn strftime(self) -> &'static str {
        match self {
            TimeFormat::TwentyFourHour => "%H:%M",
            TimeFormat::TwelveHour => "%-I:%M %p",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|format| format.id() == id)
            .ok_or(Invalid::new("error-time-format-unknown"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for format in DateFormat::ALL {
            assert_eq!(DateFormat::parse(format.id()), Ok(format));
        }
        for format in TimeFormat::ALL {
            assert_eq!(TimeFormat::parse(format.id()), Ok(format));
        }
    }

    #[test]
    fn unknown_ids_rejected() {
        assert!(DateFormat::parse("%Y").is_err());
        assert!(TimeFormat::parse("13h").is_err());
    }
}
