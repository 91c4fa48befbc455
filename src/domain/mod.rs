//! The domain: WijkWijzer's concepts and rules, free of HTTP and SQL.
//!
//! Each module owns one concept. Types validate on construction ("parse, don't validate"), so code
//! that holds a `NewProgramme` or an `Email` knows it is valid.

pub mod access;
pub mod agenda;
pub mod area_union;
pub mod audit;
pub mod catalogue;
pub mod clock;
pub mod coalition;
pub mod columns;
pub mod crosswalk;
pub mod document;
pub mod dossier;
pub mod goal;
pub mod governance;
pub mod look;
pub mod mail;
pub mod map;
pub mod measure;
pub mod monitoring;
pub mod notification;
pub mod number;
pub mod oidc;
pub mod password;
pub mod portfolio;
pub mod preconditions;
pub mod privacy;
pub mod profile;
pub mod programme;
pub mod publication;
pub mod residents;
pub mod revision;
pub mod scan;
pub mod scan_check;
pub mod second_factor;
pub mod similar;
pub mod statistics;
pub mod steps;
pub mod story;
pub mod success;
pub mod throttle;
pub mod user;
pub mod validation;
pub mod wijkbudget;
