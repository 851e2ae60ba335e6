//! The states of a call and the moves between them.
//!
//! The names are those of CallPage's API, so integrations read them unchanged:
//! `new` (requested, waiting for a free manager), `scheduled`, `ringing` (a manager's
//! phone rings), `in-progress` (manager answered, visitor dialled or talking),
//! `completed`, `manager-failed` (no manager answered), `user-failed` (the visitor did
//! not answer), `failed` (the carrier or a rule stopped it, with a reason) and
//! `cancelled`.

use crate::Invalid;

/// A call's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallStatus {
    New,
    Scheduled,
    Ringing,
    InProgress,
    Completed,
    ManagerFailed,
    UserFailed,
    Failed,
    Cancelled,
}

impl CallStatus {
    pub const ALL: [CallStatus; 9] = [
        CallStatus::New,
        CallStatus::Scheduled,
        CallStatus::Ringing,
        CallStatus::InProgress,
        CallStatus::Completed,
        CallStatus::ManagerFailed,
        CallStatus::UserFailed,
        CallStatus::Failed,
        CallStatus::Cancelled,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            CallStatus::New => "new",
            CallStatus::Scheduled => "scheduled",
            CallStatus::Ringing => "ringing",
            CallStatus::InProgress => "in-progress",
            CallStatus::Completed => "completed",
            CallStatus::ManagerFailed => "manager-failed",
            CallStatus::UserFailed => "user-failed",
            CallStatus::Failed => "failed",
            CallStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|s| s.id() == id)
            .ok_or(Invalid::new("error-call-status-unknown"))
    }

    /// Whether the call has ended; a final state never changes again.
    pub const fn is_final(self) -> bool {
        matches!(
            self,
            CallStatus::Completed
                | CallStatus::ManagerFailed
                | CallStatus::UserFailed
                | CallStatus::Failed
                | CallStatus::Cancelled
        )
    }

    /// Whether the call occupies a line now (counts toward calls in progress).
    pub const fn is_active(self) -> bool {
        matches!(self, CallStatus::Ringing | CallStatus::InProgress)
    }

    /// Whether a call may move from this state to `next`.
    pub fn can_move_to(self, next: CallStatus) -> bool {
        use CallStatus::*;
        match self {
            Scheduled => matches!(next, New | Cancelled | Failed),
            New => matches!(
                next,
                Ringing | Scheduled | Cancelled | Failed | ManagerFailed
            ),
            Ringing => matches!(
                next,
                Ringing | InProgress | ManagerFailed | Failed | Cancelled
            ),
            InProgress => matches!(next, Completed | UserFailed | Failed),
            Completed | ManagerFailed | UserFailed | Failed | Cancelled => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_states_never_move() {
        for from in CallStatus::ALL.into_iter().filter(|s| s.is_final()) {
            for to in CallStatus::ALL {
                assert!(!from.can_move_to(to), "{} -> {}", from.id(), to.id());
            }
        }
    }

    #[test]
    fn every_state_is_reachable_from_new_or_scheduled() {
        let mut reached = vec![CallStatus::New, CallStatus::Scheduled];
        let mut changed = true;
        while changed {
            changed = false;
            for from in reached.clone() {
                for to in CallStatus::ALL {
                    if from.can_move_to(to) && !reached.contains(&to) {
                        reached.push(to);
                        changed = true;
                    }
                }
            }
        }
        assert_eq!(reached.len(), CallStatus::ALL.len());
    }

    #[test]
    fn ids_round_trip() {
        for status in CallStatus::ALL {
            assert_eq!(CallStatus::parse(status.id()), Ok(status));
        }
    }
}
