//! Which managers can take a widget's call at a given moment, and when one next can.

use dialback_domain::business_time::is_open;
use jiff::Timestamp;
use sqlx::AnyConnection;

use crate::accounts::User;
use crate::accounts::storage::users_of_account;
use crate::widgets::storage::{self as widgets, Manager, Widget};

/// A manager who could take a call, with the user behind the assignment.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub manager: Manager,
    pub user: User,
    /// Whether the manager is on another call right now.
    pub busy: bool,
}

/// Restricts a call to one department or one manager (never both).
#[derive(Debug, Clone, Copy, Default)]
pub struct Target {
    pub department_id: Option<i64>,
    pub manager_id: Option<i64>,
}

/// A widget's managers who can take calls at all (enabled, with a phone), loaded once
/// so that times can be checked without further queries.
pub struct Roster {
    members: Vec<Candidate>,
    days_off: Vec<String>,
    zone: Option<jiff::tz::TimeZone>,
}

impl Roster {
    /// Loads the widget's managers that match `target`, in four queries whatever their number.
    pub async fn load(
        conn: &mut AnyConnection,
        widget: &Widget,
        target: Target,
    ) -> sqlx::Result<Self> {
        let managers = widgets::managers(conn, widget.account_id, Some(widget.id)).await?;
        let users = users_of_account(conn, widget.account_id).await?;
        let busy_users = busy_users(conn, widget.account_id).await?;
        let days_off = widgets::days_off(conn, widget.id).await?;

        let members = managers
            .into_iter()
            .filter(|m| m.enabled)
            .filter(|m| target.manager_id.is_none_or(|id| id == m.id))
            .filter(|m| {
                target
                    .department_id
                    .is_none_or(|id| m.department_id == Some(id))
            })
            .filter_map(|manager| {
                let user = users
                    .iter()
                    .find(|u| u.id == manager.user_id && u.enabled && u.phone.is_some())?
                    .clone();
                let busy = busy_users.contains(&user.id);
                Some(Candidate {
                    manager,
                    user,
                    busy,
                })
            })
            .collect();
        Ok(Self {
            members,
            days_off,
            zone: jiff::tz::TimeZone::get(&widget.timezone).ok(),
        })
    }

    /// The managers working at `at`, in assignment order, busy or not.
    pub fn working_at(&self, at: Timestamp) -> Vec<&Candidate> {
        if self.is_day_off(at) {
            return Vec::new();
        }
        self.members
            .iter()
            .filter(|c| is_open(&c.manager.business_times, at))
            .collect()
    }

    /// The managers working at `at` and free now.
    pub fn free_at(&self, at: Timestamp) -> Vec<&Candidate> {
        self.working_at(at)
            .into_iter()
            .filter(|c| !c.busy)
            .collect()
    }

    fn is_day_off(&self, at: Timestamp) -> bool {
        self.zone.as_ref().is_some_and(|zone| {
            self.days_off
                .contains(&at.to_zoned_datetime(zone.clone()).date().to_string())
        })
    }

    /// The first quarter hour after `after`, within 14 days, at which a manager works.
    pub fn next_opening(&self, after: Timestamp) -> Option<Timestamp> {
        let quarter = 15 * 60;
        let start = after.as_second() / quarter * quarter + quarter;
        (0..14 * 24 * 4)
            .filter_map(|step| Timestamp::from_second(start + step * quarter).ok())
            .find(|moment| !self.working_at(*moment).is_empty())
    }
}

/// Users of the account who are on a call now (ringing or talking).
async fn busy_users(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT manager_user_id FROM calls \
         WHERE account_id = $1 AND status IN ('ringing', 'in-progress') AND manager_user_id IS NOT NULL",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await
}
