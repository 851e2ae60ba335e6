//! Drives calls through the telephony driver: the manager's leg first, then the
//! visitor's, then the conversation, recording each state.
//!
//! A server claims a call before driving it (`claimed_until`, renewed at each step), so
//! several servers on one database never drive the same call, and a call whose server
//! died is picked up again once its claim lapses. A poller started with the server
//! moves scheduled calls whose time has come back to `new`.

use std::time::Duration;

use dialback_domain::CallStatus;
use dialback_telephony::{DialOutcome, Leg};
use jiff::Timestamp;

use super::availability::{Roster, Target};
use super::storage::{self, Call, transition};
use crate::AppState;
use crate::limits::{self, Limits};
use crate::platform::clock::now_micros;
use crate::widgets::storage as widgets;

/// How long a claim on a call lasts without renewal, in microseconds.
const CLAIM_MICROS: i64 = 120 * 1_000_000;

/// How often the poller looks for due scheduled calls and abandoned ones.
const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// Starts driving a call in the background.
pub fn spawn(state: AppState, call_id: i64) {
    tokio::spawn(async move {
        if let Err(error) = run(&state, call_id).await {
            tracing::error!(
                call.id = call_id,
                error = format!("{error:#}"),
                "call failed in the runner"
            );
            if let Ok(mut conn) = state.db.pool.acquire().await {
                let from = [CallStatus::New, CallStatus::Ringing, CallStatus::InProgress];
                let _ = transition(
                    &mut conn,
                    call_id,
                    &from,
                    CallStatus::Failed,
                    Some("internal-error"),
                )
                .await;
            }
        }
    });
}

/// Starts the poller that hands due scheduled calls, and calls whose claim lapsed, to the runner.
pub fn start_poller(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(POLL_INTERVAL) => {}
                _ = shutdown.changed() => return,
            }
            match due_calls(&state).await {
                Ok(ids) => ids.into_iter().for_each(|id| spawn(state.clone(), id)),
                Err(error) => tracing::warn!(%error, "failed to look for due calls"),
            }
        }
    });
}

/// Moves due scheduled calls to `new` and returns them with abandoned `new` calls.
async fn due_calls(state: &AppState) -> sqlx::Result<Vec<i64>> {
    let now = now_micros();
    let mut conn = state.db.pool.acquire().await?;
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM calls WHERE status = 'scheduled' AND scheduled_at <= $1",
    )
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    for id in &due {
        transition(
            &mut conn,
            *id,
            &[CallStatus::Scheduled],
            CallStatus::New,
            Some("scheduled-time-reached"),
        )
        .await?;
    }
    sqlx::query_scalar("SELECT id FROM calls WHERE status = 'new' AND (claimed_until IS NULL OR claimed_until < $1) AND created_at < $2")
        .bind(now)
        .bind(now - 2 * 1_000_000)
        .fetch_all(&mut *conn)
        .await
}

/// Claims the call if it is `new` and unclaimed (or its claim lapsed) and the account
/// has a free line under its calls-in-progress limit; a call left unclaimed waits for the
/// poller.
async fn claim(state: &AppState, call_id: i64) -> sqlx::Result<Option<(Call, Limits)>> {
    let now = now_micros();
    let mut tx = state.db.begin().await?;
    let Some(call) = storage::find_any(&mut tx, call_id).await? else {
        return Ok(None);
    };
    limits::lock_account(&mut tx, call.account_id).await?;
    let account_limits =
        limits::for_account(&mut tx, call.account_id, state.config.default_limits()).await?;
    if limits::calls_on_the_line(&mut tx, call.account_id, now).await?
        >= account_limits.max_calls_in_progress
    {
        return Ok(None);
    }
    let claimed = sqlx::query("UPDATE calls SET claimed_until = $1 WHERE id = $2 AND status = 'new' AND (claimed_until IS NULL OR claimed_until < $3)")
        .bind(now + CLAIM_MICROS)
        .bind(call_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if claimed.rows_affected() == 0 {
        return Ok(None);
    }
    tx.commit().await?;
    Ok(Some((call, account_limits)))
}

async fn set_columns(state: &AppState, call_id: i64, sql: &str, value: i64) -> sqlx::Result<()> {
    sqlx::query(sql)
        .bind(value)
        .bind(call_id)
        .bind(now_micros() + CLAIM_MICROS)
        .execute(&state.db.pool)
        .await?;
    Ok(())
}

/// Drives one call from `new` to a final state.
async fn run(state: &AppState, call_id: i64) -> anyhow::Result<()> {
    let Some((call, account_limits)) = claim(state, call_id).await? else {
        return Ok(());
    };
    let mut conn = state.db.pool.acquire().await?;
    let Some(widget) = widgets::find(&mut conn, call.account_id, call.widget_id).await? else {
        transition(
            &mut conn,
            call_id,
            &[CallStatus::New],
            CallStatus::Failed,
            Some("widget-deleted"),
        )
        .await?;
        return Ok(());
    };
    // A number blacklisted after the call was booked still never receives it.
    if crate::protection::numbers::is_blocked(&mut conn, call.account_id, &call.phone_e164).await? {
        transition(
            &mut conn,
            call_id,
            &[CallStatus::New],
            CallStatus::Failed,
            Some("number-blacklisted"),
        )
        .await?;
        return Ok(());
    }
    let target = Target {
        department_id: call.department_id,
        manager_id: call.requested_manager_id,
    };
    let roster = Roster::load(&mut conn, &widget, target).await?;
    let managers: Vec<(i64, String)> = roster
        .free_at(Timestamp::now())
        .into_iter()
        .filter_map(|c| {
            c.user
                .phone
                .as_ref()
                .map(|p| (c.user.id, p.e164().to_owned()))
        })
        .collect();
    drop(conn);

    let Some(manager_user_id) = ring_managers(state, &call, &managers).await? else {
        return Ok(());
    };

    let mut conn = state.db.pool.acquire().await?;
    transition(
        &mut conn,
        call_id,
        &[CallStatus::Ringing],
        CallStatus::InProgress,
        Some("manager-answered"),
    )
    .await?;
    let wait = (now_micros() - call.created_at) / 1_000_000;
    set_columns(
        state,
        call_id,
        "UPDATE calls SET wait_seconds = $1, claimed_until = $3 WHERE id = $2",
        wait,
    )
    .await?;
    // Only a number the account verified is shown to the visitor; otherwise the platform's.
    let manager_phone = managers
        .iter()
        .find(|(id, _)| *id == manager_user_id)
        .map(|(_, phone)| phone.clone());
    let caller_id = match manager_phone {
        Some(phone)
            if crate::caller_ids::is_verified(&mut conn, call.account_id, &phone).await? =>
        {
            Some(phone)
        }
        _ => None,
    };
    let presented = caller_id.clone().unwrap_or_else(|| "platform".to_owned());
    storage::add_event(
        &mut conn,
        call_id,
        "visitor.dialling",
        Some(&format!("caller-id: {presented}")),
    )
    .await?;
    drop(conn);

    let visitor_leg = Leg {
        to: call.phone_e164.clone(),
        caller_id,
    };
    let outcome = state.telephony.dial(&visitor_leg).await;
    let mut conn = state.db.pool.acquire().await?;
    if outcome != DialOutcome::Answered {
        let reason = outcome_reason(&outcome);
        let to = if matches!(outcome, DialOutcome::Failed(_)) {
            CallStatus::Failed
        } else {
            CallStatus::UserFailed
        };
        transition(
            &mut conn,
            call_id,
            &[CallStatus::InProgress],
            to,
            Some(&reason),
        )
        .await?;
        return Ok(());
    }
    set_columns(
        state,
        call_id,
        "UPDATE calls SET answered_at = $1, claimed_until = $3 WHERE id = $2",
        now_micros(),
    )
    .await?;
    storage::add_event(&mut conn, call_id, "visitor.answered", None).await?;
    drop(conn);

    let talk = state
        .telephony
        .talk(
            &call.phone_e164,
            Duration::from_secs(
                u64::try_from(account_limits.max_conversation_duration).unwrap_or(u64::MAX),
            ),
        )
        .await;
    let mut conn = state.db.pool.acquire().await?;
    set_columns(
        state,
        call_id,
        "UPDATE calls SET duration_seconds = $1, claimed_until = $3 WHERE id = $2",
        i64::from(talk.talk_seconds),
    )
    .await?;
    let reason = if talk.cut_at_limit {
        "max-duration-reached"
    } else {
        "hung-up"
    };
    transition(
        &mut conn,
        call_id,
        &[CallStatus::InProgress],
        CallStatus::Completed,
        Some(reason),
    )
    .await?;
    tracing::info!(
        call.id = call_id,
        user.id = manager_user_id,
        talk_seconds = talk.talk_seconds,
        "call completed"
    );
    Ok(())
}

/// Rings the free managers one after another until one answers; returns who answered,
/// or `None` after recording why the call ended.
async fn ring_managers(
    state: &AppState,
    call: &Call,
    managers: &[(i64, String)],
) -> anyhow::Result<Option<i64>> {
    let mut conn = state.db.pool.acquire().await?;
    if managers.is_empty() {
        transition(
            &mut conn,
            call.id,
            &[CallStatus::New],
            CallStatus::ManagerFailed,
            Some("no-manager-available"),
        )
        .await?;
        return Ok(None);
    }
    set_columns(
        state,
        call.id,
        "UPDATE calls SET started_at = $1, claimed_until = $3 WHERE id = $2",
        now_micros(),
    )
    .await?;
    drop(conn);

    let mut last_failure = None;
    let mut reserved_any = false;
    for (user_id, phone) in managers {
        // Another call may have taken this manager since the roster was read.
        if !reserve_manager(state, call, *user_id).await? {
            continue;
        }
        reserved_any = true;

        let outcome = state
            .telephony
            .dial(&Leg {
                to: phone.clone(),
                caller_id: None,
            })
            .await;
        let mut conn = state.db.pool.acquire().await?;
        storage::add_event(
            &mut conn,
            call.id,
            "manager.outcome",
            Some(&outcome_reason(&outcome)),
        )
        .await?;
        match outcome {
            DialOutcome::Answered => return Ok(Some(*user_id)),
            DialOutcome::Failed(_) => last_failure = Some(outcome),
            DialOutcome::Busy | DialOutcome::NoAnswer => {}
        }
    }

    let mut conn = state.db.pool.acquire().await?;
    match last_failure {
        _ if !reserved_any => {
            transition(
                &mut conn,
                call.id,
                &[CallStatus::New],
                CallStatus::ManagerFailed,
                Some("no-manager-available"),
            )
            .await?;
        }
        Some(outcome) if managers.len() == 1 => {
            transition(
                &mut conn,
                call.id,
                &[CallStatus::Ringing],
                CallStatus::Failed,
                Some(&outcome_reason(&outcome)),
            )
            .await?;
        }
        _ => {
            transition(
                &mut conn,
                call.id,
                &[CallStatus::Ringing],
                CallStatus::ManagerFailed,
                Some("no-manager-answered"),
            )
            .await?;
        }
    }
    Ok(None)
}

/// Puts the call through to `user_id` if that manager is still free, under the account's
/// lock so that two calls never take the same manager; returns whether it did.
async fn reserve_manager(state: &AppState, call: &Call, user_id: i64) -> anyhow::Result<bool> {
    let mut tx = state.db.begin().await?;
    limits::lock_account(&mut tx, call.account_id).await?;
    let busy: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM calls WHERE manager_user_id = $1 AND id <> $2 AND status IN ('ringing', 'in-progress')")
        .bind(user_id)
        .bind(call.id)
        .fetch_one(&mut *tx)
        .await?;
    if busy > 0 {
        return Ok(false);
    }
    transition(
        &mut tx,
        call.id,
        &[CallStatus::New, CallStatus::Ringing],
        CallStatus::Ringing,
        Some("manager-dialling"),
    )
    .await?;
    sqlx::query("UPDATE calls SET manager_user_id = $1, claimed_until = $2 WHERE id = $3")
        .bind(user_id)
        .bind(now_micros() + CLAIM_MICROS)
        .bind(call.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

fn outcome_reason(outcome: &DialOutcome) -> String {
    match outcome {
        DialOutcome::Answered => "answered".to_owned(),
        DialOutcome::Busy => "busy".to_owned(),
        DialOutcome::NoAnswer => "no-answer".to_owned(),
        DialOutcome::Failed(reason) => format!("carrier-failure: {reason}"),
    }
}
