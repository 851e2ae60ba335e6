//! Settings > Profile: the signed-in user's name, job title, phone number and e-mail.

mod handlers;
mod storage;

pub use handlers::{show, submit};
