//! The application layer: use cases that the pages (`web`), the JSON API (`api`) and the command
//! line share, so that neither front end reaches into the other. Each reads from the store and
//! applies the domain's rules; none renders HTML or JSON of its own (the scan's JSON document is
//! the one exception: it is the same document everywhere).
//!
//! The yearly report (`crate::report`) is an application service of the same kind, with its own
//! renderers.

pub mod agenda;
pub mod crosswalk;
pub mod documents;
pub mod fetch;
pub mod mail;
pub mod notify;
pub mod portfolio;
pub mod profile;
pub mod refresh;
pub mod scan;
pub mod similar;
pub mod table;
pub mod wijkbudget;
