//! What users can be notified of, on which channels, and what a new user receives.
//!
//! The codes (`call.missed`, `email`) are stored in the database and sent to webhooks,
//! so they never change. [`NotificationChannel::events`] is the matrix of the
//! Notifications page: an event outside a channel's list is never delivered on it.

/// Something that happened which a user may want to hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotificationEvent {
    CallNew,
    CallScheduled,
    CallRinging,
    CallCompleted,
    CallMissed,
    CallScheduledFailed,
    CallCustomFields,
    CallAdditionalData,
    MessageNew,
    WidgetInstalled,
    ProductUpdate,
    ReportDaily,
    ReportWeekly,
    /// A test sent from the Notifications page to one user on one channel.
    Test,
    /// The account's subscription expired and its grace period ended. It is outside the
    /// matrix: only the owner receives it, by e-mail, whatever their preferences.
    SubscriptionExpired,
}

impl NotificationEvent {
    pub const ALL: [NotificationEvent; 15] = [
        NotificationEvent::CallNew,
        NotificationEvent::CallScheduled,
        NotificationEvent::CallRinging,
        NotificationEvent::CallCompleted,
        NotificationEvent::CallMissed,
        NotificationEvent::CallScheduledFailed,
        NotificationEvent::CallCustomFields,
        NotificationEvent::CallAdditionalData,
        NotificationEvent::MessageNew,
        NotificationEvent::WidgetInstalled,
        NotificationEvent::ProductUpdate,
        NotificationEvent::ReportDaily,
        NotificationEvent::ReportWeekly,
        NotificationEvent::Test,
        NotificationEvent::SubscriptionExpired,
    ];

    /// The stable code stored in the database, such as `call.missed`.
    pub const fn code(self) -> &'static str {
        match self {
            NotificationEvent::CallNew => "call.new",
            NotificationEvent::CallScheduled => "call.scheduled",
            NotificationEvent::CallRinging => "call.ringing",
            NotificationEvent::CallCompleted => "call.completed",
            NotificationEvent::CallMissed => "call.missed",
            NotificationEvent::CallScheduledFailed => "call.scheduled_failed",
            NotificationEvent::CallCustomFields => "call.custom_fields",
            NotificationEvent::CallAdditionalData => "call.additional_data",
            NotificationEvent::MessageNew => "message.new",
            NotificationEvent::WidgetInstalled => "widget.installed",
            NotificationEvent::ProductUpdate => "product.update",
            NotificationEvent::ReportDaily => "report.daily",
            NotificationEvent::ReportWeekly => "report.weekly",
            NotificationEvent::Test => "notification.test",
            NotificationEvent::SubscriptionExpired => "subscription.expired",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|event| event.code() == code)
    }

    /// The code with dots and underscores as dashes, for Fluent message ids
    /// (`call.scheduled_failed` becomes `call-scheduled-failed`).
    pub fn slug(self) -> String {
        self.code().replace(['.', '_'], "-")
    }
}

/// A way a notification reaches a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotificationChannel {
    Email,
    Sms,
    Desktop,
    Mobile,
}

impl NotificationChannel {
    /// Every channel, in the order the Notifications page shows them.
    pub const ALL: [NotificationChannel; 4] = [
        NotificationChannel::Sms,
        NotificationChannel::Email,
        NotificationChannel::Desktop,
        NotificationChannel::Mobile,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            NotificationChannel::Email => "email",
            NotificationChannel::Sms => "sms",
            NotificationChannel::Desktop => "desktop",
            NotificationChannel::Mobile => "mobile",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|channel| channel.code() == code)
    }

    /// The events a user can choose on this channel, in the page's order.
    pub const fn events(self) -> &'static [NotificationEvent] {
        use NotificationEvent::*;
        match self {
            NotificationChannel::Sms => &[CallMissed, CallCompleted, MessageNew],
            NotificationChannel::Email => &[
                CallMissed,
                CallNew,
                CallScheduled,
                ReportDaily,
                ReportWeekly,
                CallScheduledFailed,
                CallCustomFields,
                MessageNew,
            ],
            NotificationChannel::Desktop => &[
                CallNew,
                CallCompleted,
                CallAdditionalData,
                CallScheduled,
                ProductUpdate,
                WidgetInstalled,
                MessageNew,
            ],
            NotificationChannel::Mobile => &[CallNew, CallScheduled, CallRinging, MessageNew],
        }
    }

    /// Whether the page offers `event` on this channel.
    pub fn offers(self, event: NotificationEvent) -> bool {
        self.events().contains(&event)
    }

    /// Whether a user who never saved the page receives `event` on this channel.
    ///
    /// What needs attention is on: missed and failed calls, new messages, and what the
    /// dashboard shows live. Events that repeat all day (every new call by e-mail, every
    /// completed call by SMS) and the daily report start off, so that a new user's inbox
    /// and phone stay quiet. The weekly report starts on.
    pub fn default_for(self, event: NotificationEvent) -> bool {
        use NotificationEvent::*;
        if !self.offers(event) {
            return false;
        }
        match self {
            NotificationChannel::Sms => matches!(event, CallMissed),
            NotificationChannel::Email => !matches!(event, CallNew | ReportDaily),
            NotificationChannel::Desktop | NotificationChannel::Mobile => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for event in NotificationEvent::ALL {
            assert_eq!(NotificationEvent::parse(event.code()), Some(event));
        }
        for channel in NotificationChannel::ALL {
            assert_eq!(NotificationChannel::parse(channel.code()), Some(channel));
        }
        assert_eq!(NotificationEvent::parse("call.Missed"), None);
    }

    #[test]
    fn the_matrix_matches_the_specification() {
        let count: usize = NotificationChannel::ALL
            .iter()
            .map(|c| c.events().len())
            .sum();
        assert_eq!(count, 3 + 8 + 7 + 4);
        assert!(!NotificationChannel::Sms.offers(NotificationEvent::CallNew));
        assert!(NotificationChannel::Email.offers(NotificationEvent::ReportWeekly));
        for channel in NotificationChannel::ALL {
            assert!(!channel.offers(NotificationEvent::Test));
        }
    }

    #[test]
    fn defaults_stay_inside_the_matrix() {
        for channel in NotificationChannel::ALL {
            for event in NotificationEvent::ALL {
                if channel.default_for(event) {
                    assert!(channel.offers(event), "{} {}", channel.code(), event.code());
                }
            }
        }
        assert!(NotificationChannel::Email.default_for(NotificationEvent::CallMissed));
        assert!(!NotificationChannel::Email.default_for(NotificationEvent::CallNew));
    }

    #[test]
    fn slugs_are_fluent_ids() {
        assert_eq!(
            NotificationEvent::CallScheduledFailed.slug(),
            "call-scheduled-failed"
        );
    }
}
