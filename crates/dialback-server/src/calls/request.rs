//! Requesting a call: the one path for the REST API and the public widget endpoint.

use dialback_domain::{ActivityKind, ActivitySource, CallStatus, Invalid, PhoneNumber};
use jiff::Timestamp;

use super::availability::{Roster, Target};
use super::storage::{self, NewCall};
use crate::AppState;
use crate::limits;
use crate::platform::audit::{self, Activity};
use crate::platform::display::Display;
use crate::platform::i18n::Tr;
use crate::protection::{self, IpVerdict};
use crate::widgets::Widget;
use crate::widgets::messages::{self, Channel, TIME_PLACEHOLDER};

/// How far ahead a call may be scheduled, in seconds (30 days).
pub const MAX_SCHEDULE_AHEAD_SECONDS: i64 = 30 * 24 * 3600;

/// What to do when no manager can take the call now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenNobodyFree {
    /// Refuse the request (`widgets/call`).
    Refuse,
    /// Schedule it at the next opening and tell the visitor by SMS (`widgets/call-or-schedule`).
    Schedule,
}

/// A visitor's request for a call.
pub struct CallRequest<'a> {
    pub widget: &'a Widget,
    pub tel: &'a str,
    /// Unix seconds, for a call booked ahead.
    pub scheduled_at: Option<i64>,
    pub target: Target,
    pub fields: serde_json::Map<String, serde_json::Value>,
    pub client_ip: Option<String>,
    /// The visitor's address, checked against the account's IP rules; `None` when unknown.
    pub visitor_ip: Option<std::net::IpAddr>,
    pub url: Option<String>,
    pub source: ActivitySource,
    pub when_nobody_free: WhenNobodyFree,
}

/// Why a call was not requested.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("the widget is disabled")]
    WidgetDisabled,
    #[error("the account's subscription has expired")]
    SubscriptionExpired,
    #[error("invalid phone number")]
    InvalidPhone(Invalid),
    #[error("invalid scheduled time")]
    InvalidSchedule,
    #[error("no manager can take the call")]
    NoManagerAvailable,
    #[error("the visitor's IP address is blacklisted")]
    AddressBlocked,
    #[error("the phone number is blacklisted")]
    NumberBlocked,
    #[error("the account's calls-in-progress limit is reached")]
    CallsLimitReached,
    #[error("the chosen time is fully booked")]
    SlotFull,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A stored request.
#[derive(Debug, Clone, Copy)]
pub struct Requested {
    pub call_id: i64,
    pub status: CallStatus,
    /// Unix seconds, for a scheduled call.
    pub scheduled_at: Option<i64>,
}

/// Validates and stores a call, then starts it now or leaves it for its scheduled time.
pub async fn request_call(
    state: &AppState,
    request: CallRequest<'_>,
) -> Result<Requested, RequestError> {
    let widget = request.widget;
    if !widget.enabled {
        return Err(RequestError::WidgetDisabled);
    }
    let phone =
        PhoneNumber::parse(request.tel, &widget.country).map_err(RequestError::InvalidPhone)?;
    let now = Timestamp::now();

    let mut tx = state.db.begin().await?;
    // Every check below and the insert hold the account's lock, so limits hold when
    // many requests arrive at once, on any number of servers.
    limits::lock_account(&mut tx, widget.account_id).await?;
    let expiry_state = crate::payments::expiry::current(
        &mut tx,
        widget.account_id,
        &state.config.payments,
        now.as_microsecond(),
    )
    .await?;
    if expiry_state.is_expired() {
        return Err(RequestError::SubscriptionExpired);
    }
    if let Some(refusal) = screen_visitor(
        state,
        &mut tx,
        widget.account_id,
        request.visitor_ip,
        phone.e164(),
    )
    .await?
    {
        // An automatic blacklisting made during the check is kept.
        tx.commit().await?;
        return Err(refusal);
    }
    let account_limits =
        limits::for_account(&mut tx, widget.account_id, state.config.default_limits()).await?;

    let roster = Roster::load(&mut tx, widget, request.target).await?;
    let scheduled_at = match request.scheduled_at {
        Some(at) => Some(validate_schedule(&roster, now, at)?),
        None if roster.free_at(now).len() as i64 > waiting_calls(&mut tx, widget.id).await? => None,
        None if request.when_nobody_free == WhenNobodyFree::Schedule => Some(
            roster
                .next_opening(now)
                .ok_or(RequestError::NoManagerAvailable)?
                .as_second(),
        ),
        None => return Err(RequestError::NoManagerAvailable),
    };

    let status = if scheduled_at.is_some() {
        CallStatus::Scheduled
    } else {
        CallStatus::New
    };
    match scheduled_at {
        None => {
            let busy_lines =
                limits::calls_waiting_or_in_progress(&mut tx, widget.account_id).await?;
            if busy_lines >= account_limits.max_calls_in_progress {
                return Err(RequestError::CallsLimitReached);
            }
        }
        Some(at) if !widget.busy_mode => {
            let booked = limits::scheduled_at(&mut tx, widget.account_id, at * 1_000_000).await?;
            if booked >= account_limits.scheduled_calls_per_timestamp {
                return Err(RequestError::SlotFull);
            }
        }
        Some(_) => {}
    }
    let new = NewCall {
        account_id: widget.account_id,
        widget_id: widget.id,
        phone_e164: phone.e164(),
        client_ip: request.client_ip.as_deref(),
        url: request.url.as_deref(),
        status,
        department_id: request.target.department_id,
        requested_manager_id: request.target.manager_id,
        scheduled_at: scheduled_at.map(|s| s * 1_000_000),
        source: request.source.id(),
        fields: &request.fields,
    };
    let call_id = storage::insert(&mut tx, &new).await?;
    let mut entry = Activity::new(
        widget.account_id,
        None,
        ActivityKind::CallRequested,
        request.source,
    )
    .details(
        serde_json::json!({ "call_id": call_id, "widget_id": widget.id, "status": status.id() }),
    );
    entry.ip = request.client_ip.clone();
    audit::record(&mut tx, entry).await?;
    let confirmation = match scheduled_at {
        Some(at) => scheduled_sms_text(&mut tx, widget, at).await?,
        None => None,
    };
    tx.commit().await?;

    match confirmation {
        Some(text) => {
            crate::telephony::send_sms(
                &state.db.pool,
                state.telephony.as_ref(),
                Some(widget.account_id),
                phone.e164(),
                &text,
                "visitor.call-scheduled",
            )
            .await
        }
        None if status == CallStatus::New => super::runner::spawn(state.clone(), call_id),
        None => {}
    }
    Ok(Requested {
        call_id,
        status,
        scheduled_at,
    })
}

/// Checks a requested time: in the future, within the booking horizon, and when a manager works.
fn validate_schedule(roster: &Roster, now: Timestamp, at: i64) -> Result<i64, RequestError> {
    let moment = Timestamp::from_second(at).map_err(|_| RequestError::InvalidSchedule)?;
    if at <= now.as_second() || at > now.as_second() + MAX_SCHEDULE_AHEAD_SECONDS {
        return Err(RequestError::InvalidSchedule);
    }
    if roster.working_at(moment).is_empty() {
        return Err(RequestError::NoManagerAvailable);
    }
    Ok(at)
}

/// The visitor's confirmation text for a call scheduled at `at`, in the widget's language and zone.
async fn scheduled_sms_text(
    conn: &mut sqlx::AnyConnection,
    widget: &Widget,
    at: i64,
) -> sqlx::Result<Option<String>> {
    let tr = Tr::new(widget.language());
    let Some(template) =
        messages::text_for(conn, widget.id, Channel::Sms, "visitor.call-scheduled", tr).await?
    else {
        return Ok(None);
    };
    let display = Display {
        timezone: dialback_domain::TimeZoneName::parse(&widget.timezone)
            .unwrap_or_else(|_| dialback_domain::TimeZoneName::utc()),
        date_format: dialback_domain::DateFormat::Long,
        time_format: dialback_domain::TimeFormat::TwentyFourHour,
        language: widget.language(),
    };
    let when = display.datetime(at * 1_000_000);
    Ok(Some(template.replace(TIME_PLACEHOLDER, &when)))
}

/// Applies the account's IP rules and blacklisted numbers; returns why the visitor is
/// refused, if they are. An unlisted address that requested many calls and answered none
/// is blacklisted on the way.
async fn screen_visitor(
    state: &AppState,
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    visitor_ip: Option<std::net::IpAddr>,
    phone_e164: &str,
) -> sqlx::Result<Option<RequestError>> {
    if let Some(address) = visitor_ip {
        match protection::ip_verdict(conn, account_id, address).await? {
            IpVerdict::Blacklisted => return Ok(Some(RequestError::AddressBlocked)),
            IpVerdict::Whitelisted => {}
            IpVerdict::Unlisted => {
                if protection::blacklist_if_abusive(
                    conn,
                    account_id,
                    address,
                    state.config.abuse_rule(),
                )
                .await?
                {
                    return Ok(Some(RequestError::AddressBlocked));
                }
            }
        }
    }
    if protection::numbers::is_blocked(conn, account_id, phone_e164).await? {
        return Ok(Some(RequestError::NumberBlocked));
    }
    Ok(None)
}

/// Calls of the widget waiting for a manager: requested now and not yet put through to one.
/// Each takes a free manager, so a new request needs more free managers than these.
async fn waiting_calls(conn: &mut sqlx::AnyConnection, widget_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM calls WHERE widget_id = $1 AND status = 'new' AND manager_user_id IS NULL")
        .bind(widget_id)
        .fetch_one(conn)
        .await
}
