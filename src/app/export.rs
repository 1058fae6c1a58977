//! Bestand ▸ Exporteren…: the shown scenario, with its unsaved changes, as a file for Excel, the
//! council report (PDF) or the shown tab's plot (PNG, at twice its size), through the same
//! dispatcher as `kostenbaten export`. A failure goes
//! to the error banner; a success is a short status message beside the menus.
//!
//! The export is made on a thread of its own ([`RunningExport`]): a council report of a large
//! model takes a while, and the window keeps drawing meanwhile, with "exporteren…" beside the
//! menus. The format and the folder are checked first, on the window thread, so a wrong extension
//! or a missing folder is reported at once.

#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::clock::Instant;

use eframe::egui;

use super::files::failure;
use super::{KostenbatenApp, View};
use crate::i18n::Text;
use crate::report::export::ExportError;
#[cfg(not(target_arch = "wasm32"))]
use crate::report::export::{
    ExportFormat, ExportOptions, check_target, export_bytes, write_export,
};
use crate::report::plots::PlotName;

/// How long the status message after an export stays in sight.
const STATUS_TIME: Duration = Duration::from_secs(8);

/// The status message lives in egui's memory rather than in the app's state: it is a transient
/// hint, not part of the document or the settings.
fn status_id() -> egui::Id {
    egui::Id::unique("kostenbaten-export-status")
}

/// An export running on its own thread: where it writes, and its result once it is done.
#[derive(Debug)]
pub(super) struct RunningExport {
    path: PathBuf,
    result: Arc<Mutex<Option<Result<(), ExportError>>>>,
}

impl KostenbatenApp {
    /// Ask where to export (the extension picks the format), then export the shown scenario on a
    /// thread of its own. While one export runs, another is refused with a message. (In a browser
    /// exports are downloads: `web_files.rs`.)
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn export(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        if self.session.exporting.is_some() {
            show_status(ctx, lang.tr(Text::ExportBusy).to_string());
            return;
        }
        let scenario = self.doc.scenario().map_or("", |s| s.name.as_str());
        let suggested = format!("{} - {scenario}.xlsx", self.doc.model.name)
            .replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "-");
        let Some(path) = self
            .session
            .dialog
            .pick_export(lang.tr(Text::ExportFilterName), &suggested)
            .or_else(|| {
                // No dialog could be shown: export beside the last file, and the status says where.
                self.session
                    .dialog
                    .was_unavailable()
                    .then(|| self.path_without_dialog(&suggested))
                    .flatten()
            })
        else {
            return;
        };
        match self.start_export(ctx, &path) {
            Ok(running) => self.session.exporting = running,
            Err(err) => self.view.error = Some(failure(lang, Text::ErrorExport, &err)),
        }
    }

    /// Check the target, then render and write the shown scenario to `path` on a new thread,
    /// which asks for a frame when it is done.
    #[cfg(not(target_arch = "wasm32"))]
    fn start_export(
        &self,
        ctx: &egui::Context,
        path: &Path,
    ) -> Result<Option<RunningExport>, ExportError> {
        let format = ExportFormat::from_path(path)?;
        check_target(path)?;
        let Some(scenario) = self.doc.scenario() else {
            return Ok(None);
        };
        let options = ExportOptions {
            plot: Some(self.view_plot()),
            ..ExportOptions::default()
        };
        let (model, scenario, lang) =
            (self.doc.model.clone(), scenario.clone(), self.settings.lang);
        let result = Arc::new(Mutex::new(None));
        let (slot, target, ctx) = (Arc::clone(&result), path.to_path_buf(), ctx.clone());
        std::thread::Builder::new()
            .name("kostenbaten-export".into())
            .spawn(move || {
                let done = export_bytes(format, &model, &scenario, lang, &options)
                    .and_then(|bytes| write_export(&target, &bytes));
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(done);
                }
                ctx.request_repaint();
            })
            .map_err(|source| {
                ExportError::Write(crate::file::FileError::Io {
                    action: "opslaan",
                    path: path.to_path_buf(),
                    source,
                })
            })?;
        Ok(Some(RunningExport {
            path: path.to_path_buf(),
            result,
        }))
    }

    /// Take the result of a finished export: a status message, or the error in the banner.
    pub(super) fn finish_export(&mut self, ctx: &egui::Context) {
        let Some(running) = &self.session.exporting else {
            return;
        };
        let done = running.result.lock().ok().and_then(|mut slot| slot.take());
        let Some(done) = done else {
            return;
        };
        let lang = self.settings.lang;
        match done {
            Ok(()) => {
                self.view.error = None;
                let message = format!("{} {}", lang.tr(Text::ExportDone), running.path.display());
                show_status(ctx, message);
            }
            Err(err) => self.view.error = Some(failure(lang, Text::ErrorExport, &err)),
        }
        self.session.exporting = None;
    }

    /// The export in progress, if any: "exporteren…" beside the menus.
    pub(super) fn export_running(&self) -> Option<String> {
        self.session.exporting.as_ref().map(|running| {
            format!(
                "{} {}",
                self.settings.lang.tr(Text::ExportRunning),
                running.path.display()
            )
        })
    }

    /// Block until the export in progress is done and take its result (for tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn wait_for_export(&mut self, ctx: &egui::Context) {
        while self
            .session
            .exporting
            .as_ref()
            .is_some_and(|r| r.result.lock().is_ok_and(|slot| slot.is_none()))
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        self.finish_export(ctx);
    }
}

/// Show `message` beside the menus for [`STATUS_TIME`].
pub(super) fn show_status(ctx: &egui::Context, message: String) {
    ctx.data_mut(|d| d.insert_temp(status_id(), (message, Instant::now())));
}

impl KostenbatenApp {
    /// The plot a `.png` export draws for the tab shown: the Monte Carlo's histogram on
    /// Onzekerheid (where the scenario has ranges), the difference explained on Analyse (where the
    /// model has two scenarios), and otherwise the sheet's net against wage value.
    pub(super) fn view_plot(&self) -> PlotName {
        let ranged = self
            .doc
            .scenario()
            .is_some_and(|s| !s.uncertainty.is_default());
        match self.view.shown {
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
