//! The exports' tests in one binary (issue 20): CSV, XLSX (read back with calamine, and
//! recalculated by LibreOffice where it is installed), the council report (PDF), the plots (PNG),
//! exporting from the command line, and one provenance across the faces. Each module says the
//! feature it needs. One binary per tier, not per file: each test binary links the whole crate,
//! and linking was most of a test build (BENCHMARKS.md, "Tests in binaries by tier").

// Test code: a failed set-up stops the test with its message.
#![allow(clippy::expect_used)]

#[cfg(feature = "cli")]
mod cli_common;

/// A built-in model by its file name.
fn model(file: &str) -> kostenbaten::model::Model {
    kostenbaten::file::builtin(file)
        .expect("the model is built in")
        .expect("the built-in model parses")
}

#[cfg(feature = "cli")]
#[path = "params_strategy/mod.rs"]
mod params_strategy;

#[path = "export/xlsx_common.rs"]
mod xlsx_common;

#[path = "export/export_cli.rs"]
mod export_cli;
#[path = "export/export_csv.rs"]
mod export_csv;
#[path = "export/export_pdf.rs"]
mod export_pdf;
#[path = "export/export_png.rs"]
mod export_png;
#[path = "export/export_xlsx.rs"]
mod export_xlsx;
#[path = "export/export_xlsx_recalc.rs"]
mod export_xlsx_recalc;
#[path = "export/figures_faces.rs"]
mod figures_faces;
#[path = "export/provenance_faces.rs"]
mod provenance_faces;
