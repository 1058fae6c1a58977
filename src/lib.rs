//! kostenbaten: costs and benefits of work under the Participatiewet.
//!
//! The library is the pure engine ([`model`]), the `.ron` model format ([`file`]), the figures every
//! face shows ([`figures`]), number formatting, the translation table and the reports ([`report`])
//! shared by the command line and the app; with the `cli` feature the command-line parsing (clap),
//! and with the `gui` feature the desktop app.

#[cfg(feature = "cli")]
pub mod cli;
pub mod figures;
pub mod file;
pub mod format;
pub mod i18n;
pub mod messages;
/// The engine, its own crate (`crates/engine`): the model, the law and the Monte Carlo.
pub use kostenbaten_engine as model;
pub mod report;

#[cfg(feature = "app")]
pub mod app;
