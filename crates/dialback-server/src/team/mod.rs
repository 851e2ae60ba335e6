//! My team: the users of an account, added and edited by its owner and admins.

pub mod storage;
