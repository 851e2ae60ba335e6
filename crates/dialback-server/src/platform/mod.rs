//! What every feature uses: database, sessions, CSRF, translations, errors, the
//! activity log writer, mail, security headers, request logging and metrics.
//! Nothing here imports a feature module.

pub mod audit;
pub mod client_ip;
pub mod clock;
pub mod csrf;
pub mod db;
pub mod display;
pub mod error_pages;
pub mod errors;
pub mod forms;
pub mod i18n;
pub mod mail;
pub mod observe;
pub mod page;
pub mod secrets;
pub mod security_headers;
pub mod session;
