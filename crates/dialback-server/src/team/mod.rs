//! My team: the users of an account, added and edited by its owner and admins.

pub mod pages;
pub mod storage;
