//! The desktop app.

use std::path::PathBuf;

/// Open the app window on `file`, or on the built-in example.
pub fn run(_file: Option<PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions::default();
    eframe::run_ui_native("Kostenbaten", options, |ui, _frame| {
        ui.label("Kostenbaten");
    })
}
