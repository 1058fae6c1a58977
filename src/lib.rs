//! kostenbaten: costs and benefits of work under the Participatiewet.
//!
//! The library is the pure engine ([`model`]), the `.ron` model format ([`file`]), number formatting
//! and the translation table shared by the command line and the app, and — with the `gui` feature —
//! the desktop app.

pub mod cli;
pub mod file;
pub mod format;
pub mod i18n;
pub mod model;
pub mod report;

#[cfg(feature = "gui")]
pub mod app;
