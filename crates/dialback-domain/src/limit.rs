//! The three security limits every account has.

use crate::Invalid;

/// One limit of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitName {
    /// Calls ringing or in progress at once, across the account.
    MaxCallsInProgress,
    /// Seconds a conversation may last before it is hung up.
    MaxConversationDuration,
    /// Calls booked for the same moment, for widgets with busy mode off.
    ScheduledCallsPerTimestamp,
}

impl LimitName {
    pub const ALL: [LimitName; 3] = [
        LimitName::MaxCallsInProgress,
        LimitName::MaxConversationDuration,
        LimitName::ScheduledCallsPerTimestamp,
    ];

    /// The identifier used in forms, the database and operator commands.
    pub const fn id(self) -> &'static str {
        match self {
            LimitName::MaxCallsInProgress => "max_calls_in_progress",
            LimitName::MaxConversationDuration => "max_conversation_duration",
            LimitName::ScheduledCallsPerTimestamp => "scheduled_calls_per_timestamp",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|l| l.id() == id)
            .ok_or(Invalid::new("error-limit-unknown"))
    }

    /// The largest value a limit may be set to; above it a request is refused as a typo.
    pub const fn ceiling(self) -> i64 {
        match self {
            LimitName::MaxCallsInProgress => 10_000,
            LimitName::MaxConversationDuration => 86_400,
            LimitName::ScheduledCallsPerTimestamp => 10_000,
        }
    }

    /// Parses a requested value: a whole number from 1 to the ceiling.
    pub fn parse_value(self, input: &str) -> Result<i64, Invalid> {
        let value: i64 = input
            .trim()
            .parse()
            .map_err(|_| Invalid::new("error-limit-value"))?;
        if !(1..=self.ceiling()).contains(&value) {
            return Err(Invalid::new("error-limit-value"));
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_must_be_positive_and_bounded() {
        assert_eq!(LimitName::MaxCallsInProgress.parse_value(" 25 "), Ok(25));
        assert!(LimitName::MaxCallsInProgress.parse_value("0").is_err());
        assert!(
            LimitName::MaxConversationDuration
                .parse_value("86401")
                .is_err()
        );
        assert!(
            LimitName::ScheduledCallsPerTimestamp
                .parse_value("2.5")
                .is_err()
        );
    }

    #[test]
    fn ids_round_trip() {
        for limit in LimitName::ALL {
            assert_eq!(LimitName::parse(limit.id()), Ok(limit));
        }
    }
}
