//! Dates and times as a user sees them: in their time zone, in their chosen format.
//!
//! Numeric formats are fixed patterns. The long format spells the month in the
//! interface language with CLDR data through ICU4X.

use std::cell::RefCell;
use std::collections::HashMap;

use dialback_domain::{DateFormat, Language, TimeFormat, TimeZoneName};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_locale::Locale;
use jiff::Timestamp;
use jiff::civil;

use super::clock::from_micros;
use crate::accounts::User;

thread_local! {
    // ICU4X formatters are not `Sync`, so each thread builds its own on first use.
    static LONG_DATE: RefCell<HashMap<Language, DateTimeFormatter<YMD>>> = RefCell::new(HashMap::new());
}

fn long_date(date: &Date<icu_calendar::Iso>, language: Language) -> String {
    LONG_DATE.with_borrow_mut(|formatters| {
        let formatter = formatters.entry(language).or_insert_with(|| {
            let locale: Locale = language
                .tag()
                .parse()
                .expect("every language tag is a valid locale");
            DateTimeFormatter::try_new(locale.into(), YMD::long())
                .expect("compiled CLDR data covers every language")
        });
        formatter.format(date).to_string()
    })
}

/// How one user sees dates and times.
#[derive(Debug, Clone)]
pub struct Display {
    pub timezone: TimeZoneName,
    pub date_format: DateFormat,
    pub time_format: TimeFormat,
    pub language: Language,
}

impl Display {
    pub fn for_user(user: &User) -> Self {
        Self {
            timezone: user.timezone.clone(),
            date_format: user.date_format,
            time_format: user.time_format,
            language: user.interface_language,
        }
    }

    /// Formats stored Unix microseconds as date and time, for example `04.12.2026 20:15`.
    pub fn datetime(&self, micros: i64) -> String {
        let zoned = from_micros(micros).to_zoned_datetime(self.timezone.zone().clone());
        format!(
            "{} {}",
            format_date(zoned.date(), self.date_format, self.language),
            zoned.strftime(self.time_format.strftime())
        )
    }

    /// Formats a date in the user's date format.
    pub fn date(&self, date: civil::Date) -> String {
        format_date(date, self.date_format, self.language)
    }

    /// Today's date in the user's time zone.
    pub fn today(&self) -> civil::Date {
        Timestamp::now()
            .to_zoned_datetime(self.timezone.zone().clone())
            .date()
    }
}

/// Which end of a day a date filter means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayBound {
    /// The day's first microsecond: an inclusive "from" date.
    Start,
    /// The next day's first microsecond: the exclusive end of an inclusive "to" date.
    End,
}

impl Display {
    /// Converts a `YYYY-MM-DD` filter field to Unix microseconds in the user's time zone;
    /// `None` for an empty field.
    pub fn day_bound(
        &self,
        date: &str,
        bound: DayBound,
    ) -> Result<Option<i64>, dialback_domain::Invalid> {
        if date.trim().is_empty() {
            return Ok(None);
        }
        let invalid = dialback_domain::Invalid::new("error-date-invalid");
        let mut day: civil::Date = date.trim().parse().map_err(|_| invalid)?;
        if bound == DayBound::End {
            day = day.tomorrow().map_err(|_| invalid)?;
        }
        // Midnight can fall in a DST gap; jiff then picks the first valid instant after it.
        let zoned = day
            .to_zoned_datetime(self.timezone.zone().clone())
            .map_err(|_| invalid)?;
        Ok(Some(zoned.timestamp().as_microsecond()))
    }
}

/// Formats `date` in `format`, spelling the month in `language` for the long format.
pub fn format_date(date: civil::Date, format: DateFormat, language: Language) -> String {
    match format.strftime() {
        Some(pattern) => date.strftime(pattern).to_string(),
        None => {
            let Ok(iso) =
                Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8)
            else {
                return date.to_string();
            };
            long_date(&iso, language)
        }
    }
}

/// Formats a time of day as 24-hour or 12-hour clock, for the format picker's examples.
pub fn format_time(time: civil::Time, format: TimeFormat) -> String {
    time.strftime(format.strftime()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn display(
        zone: &str,
        date_format: DateFormat,
        time_format: TimeFormat,
        language: Language,
    ) -> Display {
        Display {
            timezone: TimeZoneName::parse(zone).unwrap(),
            date_format,
            time_format,
            language,
        }
    }

    fn micros(instant: &str) -> i64 {
        instant.parse::<Timestamp>().unwrap().as_microsecond()
    }

    #[test]
    fn warsaw_crosses_dst_end() {
        let view = display(
            "Europe/Warsaw",
            DateFormat::DayMonthYearDots,
            TimeFormat::TwentyFourHour,
            Language::Polish,
        );
        // Summer time (UTC+2) ends at 01:00 UTC on 25 October 2026.
        assert_eq!(
            view.datetime(micros("2026-10-25T00:30:00Z")),
            "25.10.2026 02:30"
        );
        assert_eq!(
            view.datetime(micros("2026-10-25T01:30:00Z")),
            "25.10.2026 02:30"
        );
        assert_eq!(
            view.datetime(micros("2026-10-25T02:30:00Z")),
            "25.10.2026 03:30"
        );
    }

    #[test]
    fn sao_paulo_has_no_dst() {
        let view = display(
            "America/Sao_Paulo",
            DateFormat::Iso,
            TimeFormat::TwentyFourHour,
            Language::PortugueseBrazil,
        );
        assert_eq!(
            view.datetime(micros("2026-01-15T12:00:00Z")),
            "2026-01-15 09:00"
        );
        assert_eq!(
            view.datetime(micros("2026-07-15T12:00:00Z")),
            "2026-07-15 09:00"
        );
    }

    #[test]
    fn twelve_hour_clock() {
        let view = display(
            "UTC",
            DateFormat::MonthDayYearSlashes,
            TimeFormat::TwelveHour,
            Language::English,
        );
        assert_eq!(
            view.datetime(micros("2026-12-04T15:05:00Z")),
            "12/04/2026 3:05 PM"
        );
    }

    #[test]
    fn long_date_in_each_language() {
        let date = civil::date(2026, 12, 4);
        assert_eq!(
            format_date(date, DateFormat::Long, Language::English),
            "December 4, 2026"
        );
        assert_eq!(
            format_date(date, DateFormat::Long, Language::Polish),
            "4 grudnia 2026"
        );
        assert_eq!(
            format_date(date, DateFormat::Long, Language::German),
            "4. Dezember 2026"
        );
        assert_eq!(
            format_date(date, DateFormat::Long, Language::Czech),
            "4. prosince 2026"
        );
    }
}
