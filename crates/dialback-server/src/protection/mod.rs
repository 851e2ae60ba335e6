//! Who may request calls: IP address rules (with automatic blacklisting of abusive
//! addresses) and blacklisted phone numbers.
//!
//! Rules of one account never overlap, because adding an overlapping one is refused. So at
//! most one rule covers an address: the one with the greatest start at or below it, which
//! [`ip_verdict`] finds with one indexed query.

pub mod numbers;
pub mod rules;

use std::net::IpAddr;

use dialback_domain::ip_rule::address_key;
use dialback_domain::{ActivityKind, ActivitySource, IpRange, ListType};
use sqlx::AnyConnection;

use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;

/// The outcome of an account's IP rules for one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IpVerdict {
    Whitelisted,
    Blacklisted,
    Unlisted,
}

/// Finds the rule covering `address`, counts the hit, and returns its list.
pub async fn ip_verdict(
    conn: &mut AnyConnection,
    account_id: i64,
    address: IpAddr,
) -> sqlx::Result<IpVerdict> {
    let key = address_key(address);
    let rule: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT id, end_key, list_type FROM ip_rules WHERE account_id = $1 AND start_key <= $2 ORDER BY start_key DESC LIMIT 1",
    )
    .bind(account_id)
    .bind(&key)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id, _, list_type)) = rule.filter(|(_, end_key, _)| *end_key >= key) else {
        return Ok(IpVerdict::Unlisted);
    };
    sqlx::query("UPDATE ip_rules SET hit_count = hit_count + 1 WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(match ListType::parse(&list_type) {
        Ok(ListType::Whitelist) => IpVerdict::Whitelisted,
        _ => IpVerdict::Blacklisted,
    })
}

/// Thresholds of automatic blacklisting.
#[derive(Debug, Clone, Copy)]
pub struct AbuseRule {
    /// Calls from one address within the window after which it is blacklisted when it answered none.
    pub max_unanswered_calls: i64,
    /// The window, in seconds.
    pub window_seconds: i64,
}

/// Blacklists `address` for the account when it requested at least the threshold of calls
/// within the window and answered none; returns whether it did. Whitelisted addresses
/// are never passed here.
pub async fn blacklist_if_abusive(
    conn: &mut AnyConnection,
    account_id: i64,
    address: IpAddr,
    rule: AbuseRule,
) -> sqlx::Result<bool> {
    let since = now_micros() - rule.window_seconds * 1_000_000;
    let ip = dialback_domain::ip_rule::canonical(address).to_string();
    let (requested, answered): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(answered_at) FROM calls WHERE account_id = $1 AND client_ip = $2 AND created_at > $3",
    )
    .bind(account_id)
    .bind(&ip)
    .bind(since)
    .fetch_one(&mut *conn)
    .await?;
    if requested < rule.max_unanswered_calls || answered > 0 {
        return Ok(false);
    }

    let range = IpRange::parse(&ip).expect("a formatted address parses");
    let note = format!(
        "{requested} calls in {} minutes, none answered",
        rule.window_seconds / 60
    );
    if rules::insert(
        conn,
        account_id,
        range,
        ListType::Blacklist,
        &note,
        "system",
    )
    .await?
    .is_err()
    {
        // A rule already covers the address (for example a blacklisted range); nothing to add.
        return Ok(false);
    }
    let entry = Activity::new(account_id, None, ActivityKind::IpAddressBlacklistedAutomatically, ActivitySource::System)
        .ip(&ip)
        .details(serde_json::json!({ "address": ip, "calls": requested, "window_seconds": rule.window_seconds }));
    audit::record(conn, entry).await?;
    tracing::info!(account.id = account_id, client.ip = %ip, calls = requested, "address blacklisted automatically");
    Ok(true)
}
