//! When a manager takes calls: per day of week, a start and end time in a time zone.

use jiff::Timestamp;
use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::Invalid;

/// One day's working hours, as CallPage's API sends them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessTime {
    /// 0 is Sunday, 6 is Saturday.
    pub day_of_week: u8,
    pub enabled: bool,
    /// `HH:MM`, inclusive.
    pub start_time: String,
    /// `HH:MM`, exclusive; `24:00` is the end of the day.
    pub end_time: String,
    /// IANA time zone of the times.
    pub timezone: String,
}

impl BusinessTime {
    /// Checks the day, the times and the zone, and that the day starts before it ends.
    pub fn validate(&self) -> Result<(), Invalid> {
        let invalid = Invalid::new("error-business-time-invalid");
        if self.day_of_week > 6 {
            return Err(invalid);
        }
        let start = parse_time(&self.start_time).ok_or(invalid)?;
        let end = parse_end(&self.end_time).ok_or(invalid)?;
        if end.is_some_and(|end| start >= end) {
            return Err(invalid);
        }
        TimeZone::get(&self.timezone).map_err(|_| invalid)?;
        Ok(())
    }

    /// The default week: Monday to Friday, 09:00 to 17:00, in `timezone`.
    pub fn default_week(timezone: &str) -> Vec<BusinessTime> {
        (0..7)
            .map(|day| BusinessTime {
                day_of_week: day,
                enabled: (1..=5).contains(&day),
                start_time: "09:00".to_owned(),
                end_time: "17:00".to_owned(),
                timezone: timezone.to_owned(),
            })
            .collect()
    }
}

fn parse_time(text: &str) -> Option<Time> {
    let (hour, minute) = text.split_once(':')?;
    if hour.len() != 2 || minute.len() != 2 {
        return None;
    }
    Time::new(hour.parse().ok()?, minute.parse().ok()?, 0, 0).ok()
}

/// Parses an end time: `HH:MM`, or `24:00` for the end of the day (`None`), so that a
/// manager can be on duty until midnight.
fn parse_end(text: &str) -> Option<Option<Time>> {
    if text == "24:00" {
        return Some(None);
    }
    parse_time(text).map(Some)
}

fn weekday_number(weekday: Weekday) -> u8 {
    weekday.to_sunday_zero_offset() as u8
}

/// Whether `at` falls inside one of the enabled entries of `week`.
pub fn is_open(week: &[BusinessTime], at: Timestamp) -> bool {
    week.iter().filter(|entry| entry.enabled).any(|entry| {
        let (Ok(zone), Some(start), Some(end)) = (
            TimeZone::get(&entry.timezone),
            parse_time(&entry.start_time),
            parse_end(&entry.end_time),
        ) else {
            return false;
        };
        let local = at.to_zoned_datetime(zone);
        weekday_number(local.weekday()) == entry.day_of_week
            && local.time() >= start
            && end.is_none_or(|end| local.time() < end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_week_is_open_on_weekday_hours() {
        let week = BusinessTime::default_week("Europe/Warsaw");
        // Friday 4 December 2026, 10:00 in Warsaw (09:00 UTC).
        assert!(is_open(&week, "2026-12-04T09:00:00Z".parse().unwrap()));
        // 17:00 in Warsaw is closed: the end is exclusive.
        assert!(!is_open(&week, "2026-12-04T16:00:00Z".parse().unwrap()));
        // Saturday.
        assert!(!is_open(&week, "2026-12-05T10:00:00Z".parse().unwrap()));
    }

    #[test]
    fn midnight_ends_the_day() {
        let week: Vec<BusinessTime> = (0..7)
            .map(|day| BusinessTime {
                day_of_week: day,
                enabled: true,
                start_time: "00:00".to_owned(),
                end_time: "24:00".to_owned(),
                timezone: "UTC".to_owned(),
            })
            .collect();
        assert!(week.iter().all(|entry| entry.validate().is_ok()));
        assert!(is_open(&week, "2026-12-04T23:59:30Z".parse().unwrap()));
        assert!(is_open(&week, "2026-12-05T00:00:00Z".parse().unwrap()));
    }

    #[test]
    fn invalid_entries_rejected() {
        let mut entry = BusinessTime::default_week("UTC").remove(1);
        entry.start_time = "18:00".to_owned();
        assert!(entry.validate().is_err());
        entry.start_time = "9:00".to_owned();
        assert!(entry.validate().is_err());
        entry.start_time = "09:00".to_owned();
        entry.timezone = "Mars/Olympus".to_owned();
        assert!(entry.validate().is_err());
        entry.timezone = "UTC".to_owned();
        entry.day_of_week = 7;
        assert!(entry.validate().is_err());
    }
}
