//! The table of every user-facing text: its name, then Dutch, then English, split by where it is
//! shown (`figures.rs`, `app.rs`, `report.rs`). New texts are added here and nowhere else;
//! `every_text_has_both_languages` checks that none is empty.
//!
//! Each file's macro appends its texts to those gathered so far and hands them to the next; the
//! last, `texts!`, makes the one `Text` enum of them all.

#[macro_use]
mod figures;
#[macro_use]
mod app;
#[macro_use]
mod report;

figure_texts! { [] app_texts report_texts texts }
