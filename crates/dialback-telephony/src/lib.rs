//! How Dialback talks to a phone carrier, and the simulator that replaces one in tests and demos.
//!
//! A callback joins two legs: the manager's phone first, then the visitor's. The call
//! runner in the server drives each step through [`TelephonyDriver`]; a real carrier's
//! driver would place real calls, and [`simulator::Simulator`] plays outcomes scripted
//! per phone number so that tests and demos reach every call state.

pub mod simulator;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// A boxed future, so that drivers can be used as trait objects.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The outcome of dialling one leg.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialOutcome {
    Answered,
    Busy,
    NoAnswer,
    /// The carrier could not place the call. The text gives the reason.
    Failed(String),
}

/// The end of a joined conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TalkOutcome {
    /// Conversation time in seconds, as the carrier bills it.
    pub talk_seconds: u32,
    /// Whether the driver hung up because the maximum duration was reached.
    pub cut_at_limit: bool,
}

/// One outgoing leg to dial.
#[derive(Debug, Clone)]
pub struct Leg {
    /// E.164 number to call.
    pub to: String,
    /// Verified E.164 number to present as caller ID, or `None` for the platform's own.
    pub caller_id: Option<String>,
}

/// An outgoing text message.
#[derive(Debug, Clone)]
pub struct Sms {
    pub to: String,
    pub text: String,
}

/// Error of a driver operation that did not reach the carrier.
#[derive(Debug, thiserror::Error)]
#[error("telephony driver failed: {0}")]
pub struct DriverError(pub String);

/// A carrier connection: dials legs, joins them, and sends SMS.
pub trait TelephonyDriver: Send + Sync {
    /// Dials `leg` and waits until it is answered or gives up.
    fn dial<'a>(&'a self, leg: &'a Leg) -> BoxFuture<'a, DialOutcome>;

    /// Joins the two answered legs of a call to `visitor` and waits until the
    /// conversation ends, hanging up at `max_duration` if it lasts that long.
    fn talk<'a>(&'a self, visitor: &'a str, max_duration: Duration) -> BoxFuture<'a, TalkOutcome>;

    /// Sends a text message.
    fn send_sms<'a>(&'a self, sms: &'a Sms) -> BoxFuture<'a, Result<(), DriverError>>;
}
