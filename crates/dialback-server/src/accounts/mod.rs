//! Accounts and their users: the rows every other feature hangs off.

pub mod create;
pub mod storage;

pub use storage::{Account, Role, User};
