//! Invoice documents. The PDF renderer lives here; issuing and storing invoices is the
//! payments module's work.

pub mod pdf;
