//! The open model: where it lives, whether it has unsaved changes, which scenario is shown, and the
//! undo history.

use eframe::egui;
use std::path::PathBuf;

use egui::util::undoer::{Settings as UndoSettings, Undoer};

use crate::file::Fingerprint;
use crate::model::{Model, ParamKey, Parameters, Scenario};

/// An open model and its editing state.
pub struct Document {
    /// The model being edited.
    pub model: Model,
    /// The model as it was last opened or saved: the "model's value" that resets go back to, and
    /// what the unsaved-changes mark compares against.
    pub saved: Model,
    /// Where the model was opened from or saved to; `None` for a new or built-in model.
    pub path: Option<PathBuf>,
    /// The scenario shown, an index into `model.scenarios`.
    pub scenario: usize,
    /// The file at `path` as it was opened or last saved: a save over it is refused when another
    /// program changed it since.
    pub fingerprint: Fingerprint,
    undoer: Undoer<Model>,
}

impl Document {
    /// A document for `model`, opened from `path`, taking the file on disk now as the version the
    /// next save may replace.
    pub fn new(model: Model, path: Option<PathBuf>) -> Self {
        let fingerprint = path
            .as_deref()
            .and_then(|p| Fingerprint::on_disk(p).ok())
            .unwrap_or_default();
        Self::opened(model, path, fingerprint)
    }

    /// A document for `model`, read from `path` whose bytes had `fingerprint`.
    pub fn opened(model: Model, path: Option<PathBuf>, fingerprint: Fingerprint) -> Self {
        let mut undoer = Undoer::with_settings(UndoSettings {
            max_undos: 200,
            // Undo points are set explicitly (see `commit`), never by the clock.
            stable_time: f32::INFINITY,
            auto_save_interval: f32::INFINITY,
        });
        undoer.add_undo(&model);
        Self {
            saved: model.clone(),
            model,
            path,
            scenario: 0,
            fingerprint,
            undoer,
        }
    }

    /// Whether the model differs from the last opened or saved version. Comparing instead of
    /// tracking a flag means undoing back to the saved state clears the mark.
    pub fn is_dirty(&self) -> bool {
        self.model != self.saved
    }

    /// The scenario shown.
    pub fn scenario(&self) -> Option<&Scenario> {
        self.model.scenarios.get(self.scenario)
    }

    /// The shown scenario as last opened or saved, found by its name (a copy or a new scenario
    /// has none).
    pub fn saved_scenario(&self) -> Option<&Scenario> {
        self.saved.scenario(&self.scenario()?.name)
    }

    /// The parameters of the shown scenario as last opened or saved.
    pub fn saved_params(&self) -> Option<&Parameters> {
        self.saved_scenario().map(|s| &s.parameters)
    }

    /// Set `param` of the shown scenario to `value` and record the edit (the figure's document
    /// source no longer holds); one undo step.
    pub fn set_param(&mut self, param: ParamKey, value: rust_decimal::Decimal) {
        let saved = self
            .saved
            .scenario(&self.scenario().map(|s| s.name.clone()).unwrap_or_default());
        if let Some(scenario) = self.model.scenarios.get_mut(self.scenario) {
            scenario.set_param(param, value, saved);
            self.undoer.add_undo(&self.model);
        }
    }

    /// Give `param` of the shown scenario the source `text` (empty: none); one undo step. A text
    /// the engine refuses changes nothing and is returned as the error.
    pub fn set_source(
        &mut self,
        param: ParamKey,
        text: &str,
    ) -> Result<(), crate::model::SourceTextError> {
        if let Some(scenario) = self.model.scenarios.get_mut(self.scenario) {
            scenario.set_source(param, text)?;
            self.undoer.add_undo(&self.model);
        }
        Ok(())
    }

    /// Set every parameter of the shown scenario back to the saved model's setting, with the saved
    /// sources; one undo step.
    pub fn reset_all(&mut self) {
        let Some(saved) = self.saved_scenario().cloned() else {
            return;
        };
        if let Some(scenario) = self.model.scenarios.get_mut(self.scenario) {
            let before = std::mem::replace(&mut scenario.parameters, saved.parameters.clone());
            scenario.record_edits(&before, Some(&saved));
            self.undoer.add_undo(&self.model);
        }
    }

    /// Record the current model as an undo step if it changed. Called when no pointer button is
    /// held, so a whole slider drag becomes one step.
    pub fn commit(&mut self) {
        self.undoer.add_undo(&self.model);
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.model)
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.model)
    }

    /// Go back one step.
    pub fn undo(&mut self) {
        self.commit();
        if let Some(previous) = self.undoer.undo(&self.model) {
            self.model = previous.clone();
            self.clamp_scenario();
        }
    }

    /// Go forward one step.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.model) {
            self.model = next.clone();
            self.clamp_scenario();
        }
    }

    /// The model was saved to `path`, which now holds bytes with `fingerprint`.
    pub fn mark_saved(&mut self, path: PathBuf, fingerprint: Fingerprint) {
        self.saved = self.model.clone();
        self.path = Some(path);
        self.fingerprint = fingerprint;
    }

    fn clamp_scenario(&mut self) {
        if self.scenario >= self.model.scenarios.len() {
            self.scenario = 0;
        }
    }
}
