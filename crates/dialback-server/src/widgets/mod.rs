//! Widgets: the call-back boxes on customers' web sites, with their managers,
//! departments, trusted domains, days off and message texts.

pub mod messages;
pub mod pages;
pub mod storage;

pub use storage::{Manager, Widget};
