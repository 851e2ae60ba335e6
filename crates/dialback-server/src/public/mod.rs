//! The visitor-facing widget endpoints.
