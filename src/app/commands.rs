//! Applying what the user did: every [`Command`] recorded while drawing is applied here, in one
//! place, after the frame is drawn. Actions that would lose unsaved work wait as [`Pending`] for the
//! answer to "save the changes?".

use eframe::egui;
use std::path::PathBuf;

use super::params_panel::Highlight;
use super::{Command, Document, KostenbatenApp, UnsavedAnswer};
use crate::i18n::Text;
use crate::messages::Message;

/// An action that waits for the answer to "save the changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Start a new model.
    New,
    /// Ask for a file and open it.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close the window (not in a browser, where the browser closes the tab).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    Quit,
    /// In a browser: open the model read from the file with this name (picked or dropped).
    #[cfg(target_arch = "wasm32")]
    OpenBytes(String, Vec<u8>),
}

impl KostenbatenApp {
    /// Apply the commands recorded this frame, in the order they were recorded.
    pub(super) fn apply_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.view.commands);
        if commands.is_empty() {
            return;
        }
        for command in commands {
            self.apply(ctx, command);
        }
        // The state changed after this frame was drawn: draw it again.
        ctx.request_repaint();
    }

    /// Apply a command now.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(ctx, Pending::New),
            Command::Open => self.request(ctx, Pending::Open),
            Command::OpenRecent(i) => {
                if let Some(path) = self.settings.recent.get(i).cloned() {
                    self.request(ctx, Pending::OpenPath(path));
                }
            }
            Command::OpenPath(path) => self.request(ctx, Pending::OpenPath(path)),
            Command::ClearRecent => self.settings.recent.clear(),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            #[cfg(not(target_arch = "wasm32"))]
            Command::Quit => self.request(ctx, Pending::Quit),
            // A browser tab is closed by the browser (Ctrl+Q is the browser's), and the recovery
            // copy of unsaved work must stay for the next visit.
            #[cfg(target_arch = "wasm32")]
            Command::Quit => {}
            Command::AnswerUnsaved(answer) => self.answer_unsaved(ctx, answer),
            Command::Undo => self.doc.undo(),
            Command::Redo => self.doc.redo(),
            Command::ResetAll => self.doc.reset_all(),
            Command::SelectScenario(_)
            | Command::DuplicateScenario
            | Command::AddDoNothing
            | Command::RenameScenario
            | Command::ConfirmRename
            | Command::CancelRename
            | Command::DeleteScenario
            | Command::MoveScenarioUp
            | Command::MoveScenarioDown => self.apply_to_scenarios(command),
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => self.session.offered_recovery = None,
            Command::DismissError => self.view.error = None,
            Command::SetParam(param, value) => self.doc.set_param(param, value),
            Command::SetSource(param, text) => {
                if let Err(err) = self.doc.set_source(param, &text) {
                    self.view.error = Some(err.message(self.settings.lang));
                }
            }
            Command::HighlightParam(param) => self.view.highlight = Highlight::select(param),
            Command::ShowView(view) => self.view.shown = view,
            Command::SetRange(..) | Command::SetSamples(_) | Command::SetSeed(_) => {
                self.apply_to_uncertainty(command);
            }
            Command::StartPresentation
            | Command::StopPresentation
            | Command::NextView
            | Command::PreviousView
            | Command::KeepWhatIf
            | Command::ResetWhatIf
            | Command::TogglePresentationEditor
            | Command::AddCurrentView
            | Command::EditPresentation(_) => self.apply_to_presentation(ctx, command),
            #[cfg(not(target_arch = "wasm32"))]
            Command::Export => self.export(ctx),
            // A browser has no save dialog whose extension picks the format: the menu offers the
            // formats, and the command on its own (no key has it) makes a workbook.
            #[cfg(target_arch = "wasm32")]
            Command::Export => {
                self.web_export(ctx, crate::report::export::ExportFormat::Xlsx);
            }
            #[cfg(target_arch = "wasm32")]
            Command::ExportAs(format) => self.web_export(ctx, format),
        }
    }

    /// The uncertainty commands: a range, the sample count or the seed of the shown scenario,
    /// checked by the engine (an invalid range is shown, never stored).
    fn apply_to_uncertainty(&mut self, command: Command) {
        let Some(scenario) = self.doc.model.scenarios.get_mut(self.doc.scenario) else {
            return;
        };
        let uncertainty = &mut scenario.uncertainty;
        match command {
            Command::SetRange(param, range) => {
                if let Err(err) = uncertainty.set(param, range) {
                    self.view.error = Some(err);
                }
            }
            Command::SetSamples(samples) => {
                uncertainty.samples = samples.clamp(1, crate::model::uncertainty::MAX_SAMPLES);
            }
            Command::SetSeed(seed) => uncertainty.seed = seed,
            _ => {}
        }
        // No commit here: the frame commits once the pointer is released, so a drag of a range's
        // number (or of a ranged parameter's slider, which moves its range) is one undo step.
    }

    /// The scenario commands: pick, copy, rename, delete and move the shown scenario.
    fn apply_to_scenarios(&mut self, command: Command) {
        let shown = self.doc.scenario;
        let model = &mut self.doc.model;
        match command {
            Command::SelectScenario(i) if i < model.scenarios.len() => self.doc.scenario = i,
            Command::DuplicateScenario => {
                if let Ok(copy) = model.duplicate_scenario(shown) {
                    self.doc.scenario = copy;
                }
            }
            Command::AddDoNothing => {
                let name = self.settings.lang.tr(Text::DoNothingName);
                if let Ok(added) = model.add_do_nothing(shown, name) {
                    self.doc.scenario = added;
                }
            }
            Command::RenameScenario => {
                self.view.renaming = self.doc.scenario().map(|s| s.name.clone());
            }
            Command::ConfirmRename => {
                let Some(name) = &self.view.renaming else {
                    return;
                };
                match model.rename_scenario(shown, name) {
                    Ok(()) => self.view.renaming = None,
                    Err(err) => self.view.error = Some(err.message(self.settings.lang)),
                }
            }
            Command::CancelRename => self.view.renaming = None,
            Command::DeleteScenario => match model.delete_scenario(shown) {
                Ok(_) => self.doc.scenario = shown.min(model.scenarios.len().saturating_sub(1)),
                Err(err) => self.view.error = Some(err.message(self.settings.lang)),
            },
            Command::MoveScenarioUp => self.move_shown_scenario(shown.checked_sub(1)),
            Command::MoveScenarioDown => self.move_shown_scenario(Some(shown + 1)),
            _ => {}
        }
    }

    /// Move the shown scenario to place `to`, if there is such a place, and keep showing it.
    fn move_shown_scenario(&mut self, to: Option<usize>) {
        let from = self.doc.scenario;
        if let Some(to) = to
            && self.doc.model.move_scenario(from, to).is_ok()
        {
            self.doc.scenario = to;
        }
    }

    /// Run `pending` now, or ask first when there are unsaved changes.
    pub(super) fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.doc.is_dirty() {
            self.view.pending = Some(pending);
        } else {
            self.perform(ctx, pending);
        }
    }

    /// Go on with the waiting action as the user answered: after saving, without, or not at all.
    fn answer_unsaved(&mut self, ctx: &egui::Context, answer: UnsavedAnswer) {
        let Some(pending) = self.view.pending.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Save => {
                if self.save() {
                    self.perform(ctx, pending);
                }
            }
            UnsavedAnswer::DontSave => self.perform(ctx, pending),
            UnsavedAnswer::Cancel => {}
        }
    }

    fn perform(&mut self, ctx: &egui::Context, pending: Pending) {
        let lang = self.settings.lang;
        match pending {
            Pending::New => {
                self.doc = Document::new(super::files::new_model(lang), None);
                self.view.error = None;
            }
            #[cfg(target_arch = "wasm32")]
            Pending::Open => self.web_pick_open(ctx),
            #[cfg(target_arch = "wasm32")]
            Pending::OpenBytes(name, bytes) => self.open_bytes(&name, &bytes),
            #[cfg(not(target_arch = "wasm32"))]
            Pending::Open => {
                if let Some(path) = self.session.dialog.pick_open(lang.tr(Text::FileFilterName)) {
                    self.open_path(&path);
                } else if self.session.dialog.was_unavailable() {
                    self.view.error = Some(lang.tr(Text::NoDialogOpen).to_string());
                }
            }
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Quit => {
                self.session.allow_close = true;
                // The user chose to leave the changes: nothing to recover next time.
                self.session.discard_on_exit = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
