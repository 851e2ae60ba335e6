//! Kinds and sources of the entries in an account's activity log.
//!
//! Kinds are stored as their identifiers (`USER_LOGGED_IN`), which integrations and
//! the activity page show as they are; the page adds a translated description.

use crate::Invalid;

macro_rules! activity_kinds {
    ($($variant:ident => $id:literal,)+) => {
        /// What an activity entry records.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ActivityKind {
            $($variant,)+
        }

        impl ActivityKind {
            /// Every kind, in the order the activity filter lists them.
            pub const ALL: &'static [ActivityKind] = &[$(ActivityKind::$variant,)+];

            /// The identifier stored in the database, such as `USER_LOGGED_IN`.
            pub const fn id(self) -> &'static str {
                match self {
                    $(ActivityKind::$variant => $id,)+
                }
            }
        }
    };
}

activity_kinds! {
    UserAdded => "USER_ADDED",
    UserEdited => "USER_EDITED",
    UserDeleted => "USER_DELETED",
    UserSignup => "USER_SIGNUP",
    UserLoggedIn => "USER_LOGGED_IN",
    UserLoggedOut => "USER_LOGGED_OUT",
    UserChangedPassword => "USER_CHANGED_PASSWORD",
    UserRequestedPasswordReset => "USER_REQUESTED_PASSWORD_RESET",
    UserResetPassword => "USER_RESET_PASSWORD",
    UserChangedNotifications => "USER_CHANGED_NOTIFICATIONS",
    AccountSettingsEdited => "ACCOUNT_SETTINGS_EDITED",
    WidgetAdded => "WIDGET_ADDED",
    WidgetEdited => "WIDGET_EDITED",
    WidgetDeleted => "WIDGET_DELETED",
    ApiKeyCreated => "API_KEY_CREATED",
    ApiKeyRevoked => "API_KEY_REVOKED",
    CallRequested => "CALL_REQUESTED",
    CallFieldEdited => "CALL_FIELD_EDITED",
    CallCancelled => "CALL_CANCELLED",
    CallTagged => "CALL_TAGGED",
    CallUntagged => "CALL_UNTAGGED",
    LimitChangeRequested => "LIMIT_CHANGE_REQUESTED",
    LimitChangeApproved => "LIMIT_CHANGE_APPROVED",
    LimitChangeRejected => "LIMIT_CHANGE_REJECTED",
    IpAddressAdded => "IP_ADDRESS_ADDED",
    IpAddressRemoved => "IP_ADDRESS_REMOVED",
    IpAddressBlacklistedAutomatically => "IP_ADDRESS_BLACKLISTED_AUTOMATICALLY",
    BlacklistedNumberAdded => "BLACKLISTED_NUMBER_ADDED",
    BlacklistedNumberRemoved => "BLACKLISTED_NUMBER_REMOVED",
    CallerIdAdded => "CALLER_ID_ADDED",
    CallerIdVerificationSent => "CALLER_ID_VERIFICATION_SENT",
    CallerIdVerified => "CALLER_ID_VERIFIED",
    CallerIdDeleted => "CALLER_ID_DELETED",
    TagAdded => "TAG_ADDED",
    TagEdited => "TAG_EDITED",
    TagDeleted => "TAG_DELETED",
    MessageReceived => "MESSAGE_RECEIVED",
    WebhookAdded => "WEBHOOK_ADDED",
    WebhookEnabled => "WEBHOOK_ENABLED",
    WebhookDisabled => "WEBHOOK_DISABLED",
    WebhookSecretRotated => "WEBHOOK_SECRET_ROTATED",
    WebhookDeleted => "WEBHOOK_DELETED",
    PushDeviceRegistered => "PUSH_DEVICE_REGISTERED",
    PushDeviceUnregistered => "PUSH_DEVICE_UNREGISTERED",
    PaymentStarted => "PAYMENT_STARTED",
    PaymentConfirmed => "PAYMENT_CONFIRMED",
    PaymentCallbackRejected => "PAYMENT_CALLBACK_REJECTED",
    SubscriptionChanged => "SUBSCRIPTION_CHANGED",
    InvoiceIssued => "INVOICE_ISSUED",
    BillingInfoChanged => "BILLING_INFO_CHANGED",
    CouponApplied => "COUPON_APPLIED",
    SubscriptionExpired => "SUBSCRIPTION_EXPIRED",
    PaymentCancelled => "PAYMENT_CANCELLED",
}

impl ActivityKind {
    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .iter()
            .copied()
            .find(|kind| kind.id() == id)
            .ok_or(Invalid::new("error-activity-kind-unknown"))
    }
}

/// What a `WIDGET_EDITED` entry changed, stored as `change` in its details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidgetChange {
    ToggleEnabled,
    General,
    SettingsEdit,
    AddManager,
    CallOperatorAdd,
    CallOperatorEdit,
    CallOperatorToggleEnabled,
    CallOperatorDelete,
    SmsEdit,
    SmsReset,
    Voice,
    ResetVoice,
    TrustedDomainAdd,
    TrustedDomainDelete,
    DuplicateWidget,
    DepartmentAdd,
    DepartmentEdit,
    DepartmentDelete,
    DaysOffEdit,
}

impl WidgetChange {
    /// The identifier, such as `TOGGLE_ENABLED`.
    pub const fn id(self) -> &'static str {
        match self {
            WidgetChange::ToggleEnabled => "TOGGLE_ENABLED",
            WidgetChange::General => "GENERAL",
            WidgetChange::SettingsEdit => "SETTINGS_EDIT",
            WidgetChange::AddManager => "ADD_MANAGER",
            WidgetChange::CallOperatorAdd => "CALL_OPERATOR_ADD",
            WidgetChange::CallOperatorEdit => "CALL_OPERATOR_EDIT",
            WidgetChange::CallOperatorToggleEnabled => "CALL_OPERATOR_TOGGLE_ENABLED",
            WidgetChange::CallOperatorDelete => "CALL_OPERATOR_DELETE",
            WidgetChange::SmsEdit => "SMS_EDIT",
            WidgetChange::SmsReset => "SMS_RESET",
            WidgetChange::Voice => "VOICE",
            WidgetChange::ResetVoice => "RESET_VOICE",
            WidgetChange::TrustedDomainAdd => "TRUSTED_DOMAIN_ADD",
            WidgetChange::TrustedDomainDelete => "TRUSTED_DOMAIN_DELETE",
            WidgetChange::DuplicateWidget => "DUPLICATE_WIDGET",
            WidgetChange::DepartmentAdd => "DEPARTMENT_ADD",
            WidgetChange::DepartmentEdit => "DEPARTMENT_EDIT",
            WidgetChange::DepartmentDelete => "DEPARTMENT_DELETE",
            WidgetChange::DaysOffEdit => "DAYS_OFF_EDIT",
        }
    }
}

/// Where the action that an activity entry records came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActivitySource {
    Web,
    Api,
    Cli,
    System,
}

impl ActivitySource {
    pub const ALL: [ActivitySource; 4] = [
        ActivitySource::Web,
        ActivitySource::Api,
        ActivitySource::Cli,
        ActivitySource::System,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            ActivitySource::Web => "web",
            ActivitySource::Api => "api",
            ActivitySource::Cli => "cli",
            ActivitySource::System => "system",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|source| source.id() == id)
            .ok_or(Invalid::new("error-activity-source-unknown"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for kind in ActivityKind::ALL {
            assert_eq!(ActivityKind::parse(kind.id()), Ok(*kind));
        }
        assert!(ActivityKind::parse("user_logged_in").is_err());
    }

    #[test]
    fn sources_round_trip() {
        for source in ActivitySource::ALL {
            assert_eq!(ActivitySource::parse(source.id()), Ok(source));
        }
    }
}
