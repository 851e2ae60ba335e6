//! The account's Settings area: one folder per section with its handlers and queries.

pub mod account;
pub mod activity;
pub mod api_keys;
pub mod billing;
pub mod blacklisted_numbers;
pub mod caller_ids;
pub mod coupons;
pub mod invoices;
pub mod ip_addresses;
pub mod limits;
pub mod list_page;
pub mod notifications;
pub mod password;
pub mod profile;
pub mod subscription;
pub mod tags;
pub mod webhooks;

/// Query of a settings page: `saved=1` after a successful save shows a confirmation.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SavedQuery {
    pub saved: Option<String>,
}

impl SavedQuery {
    pub fn is_saved(&self) -> bool {
        self.saved.is_some()
    }
}
