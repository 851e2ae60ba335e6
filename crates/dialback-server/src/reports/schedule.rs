//! placeholder
use crate::AppState;
pub fn start(_state: AppState, _shutdown: tokio::sync::watch::Receiver<bool>) {}
