//! Timestamps as the database stores them: Unix microseconds in UTC.

use jiff::Timestamp;

/// The current time in Unix microseconds.
pub fn now_micros() -> i64 {
    Timestamp::now().as_microsecond()
}

/// Converts stored Unix microseconds back to a timestamp; out-of-range values clamp to the epoch.
pub fn from_micros(micros: i64) -> Timestamp {
    Timestamp::from_microsecond(micros).unwrap_or(Timestamp::UNIX_EPOCH)
}
