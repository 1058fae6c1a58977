//! Bestand ▸ Exporteren…: the shown scenario, with its unsaved changes, as a file for Excel, the
//! council report (PDF) or the shown tab's plot (PNG, at twice its size), through the same
//! dispatcher as `kostenbaten export`. A failure goes
//! to the error banner; a success is a short status message beside the menus.

use std::time::{Duration, Instant};

use eframe::egui;

use super::files::failure;
use super::{KostenbatenApp, View};
use crate::i18n::Text;
use crate::report::export::{
    ExportError, ExportFormat, ExportOptions, check_target, export_bytes, write_export,
};
use crate::report::plots::PlotName;

/// How long the status message after an export stays in sight.
const STATUS_TIME: Duration = Duration::from_secs(8);

/// The status message lives in egui's memory rather than in the app's state: it is a transient
/// hint, not part of the document or the settings.
fn status_id() -> egui::Id {
    egui::Id::unique("kostenbaten-export-status")
}

impl KostenbatenApp {
    /// Ask where to export (the extension picks the format), then export the shown scenario.
    pub(super) fn export(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let scenario = self.doc.scenario().map_or("", |s| s.name.as_str());
        let suggested = format!("{} - {scenario}.xlsx", self.doc.model.name)
            .replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "-");
        let Some(path) = self
            .dialog
            .pick_export(lang.tr(Text::ExportFilterName), &suggested)
        else {
            return;
        };
        match self.export_to(&path) {
            Ok(()) => {
                self.error = None;
                let message = format!("{} {}", lang.tr(Text::ExportDone), path.display());
                ctx.data_mut(|d| d.insert_temp(status_id(), (message, Instant::now())));
            }
            Err(err) => self.error = Some(failure(lang, Text::ErrorExport, &err)),
        }
    }

    /// Export the shown scenario to `path`: the target checked first, then rendered, then written
    /// atomically.
    fn export_to(&self, path: &std::path::Path) -> Result<(), ExportError> {
        let format = ExportFormat::from_path(path)?;
        check_target(path)?;
        let Some(scenario) = self.doc.scenario() else {
            return Ok(());
        };
        let options = ExportOptions {
            plot: Some(self.view_plot()),
            ..ExportOptions::default()
        };
        let bytes = export_bytes(
            format,
            &self.doc.model,
            scenario,
            self.settings.lang,
            &options,
        )?;
        write_export(path, &bytes)
    }
}

impl KostenbatenApp {
    /// The plot a `.png` export draws for the tab shown: the Monte Carlo's histogram on
    /// Onzekerheid (where the scenario has ranges), the difference explained on Analyse (where the
    /// model has two scenarios), and otherwise the sheet's net against wage value.
    fn view_plot(&self) -> PlotName {
        let ranged = self
            .doc
            .scenario()
            .is_some_and(|s| !s.uncertainty.is_default());
        match self.view {
            View::Uncertainty if ranged => PlotName::Uncertainty,
            View::Analysis if self.doc.model.scenarios.len() > 1 => PlotName::Waterfall,
            _ => PlotName::WageValue,
        }
    }
}

/// The status message of the last export while it is recent, asking for the frame that hides it.
pub(super) fn export_status(ctx: &egui::Context) -> Option<String> {
    let (message, at) = ctx.data(|d| d.get_temp::<(String, Instant)>(status_id()))?;
    let left = STATUS_TIME.checked_sub(at.elapsed())?;
    ctx.request_repaint_after(left);
    Some(message)
}
