//! Signing up, signing in and out, and resetting a forgotten password.

pub mod forgot_password;
pub mod login;
pub mod logout;
pub mod passwords;
pub mod reset_password;
pub mod signup;
pub mod throttle;

/// Where a user lands after signing in or up.
pub const HOME: &str = "/settings/profile";
