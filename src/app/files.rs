//! The app's files: the model it starts on, open, save and save-as, and the recovery copy of unsaved
//! work. Every failure is shown once, in the error banner, with the file's own message last.

use std::path::{Path, PathBuf};

use super::{Document, KostenbatenApp, Recovery};
use crate::file;
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::{Model, Parameters, Scenario};

/// What failed and why, in the interface's language, the file's own message (with its path) last:
/// "Openen mislukt: …".
pub(super) fn failure(lang: Lang, what: Text, err: &impl Message) -> String {
    format!("{}: {}", lang.tr(what), err.message(lang))
}

/// A fresh model with the engine's default parameters.
pub(super) fn new_model(lang: Lang) -> Model {
    Model {
        name: lang.tr(Text::NewModelName).to_string(),
        description: String::new(),
        scenarios: vec![Scenario {
            name: lang.tr(Text::NewScenarioName).to_string(),
            parameters: Parameters::default(),
            ..Scenario::default()
        }],
        budget: None,
        presentation: Default::default(),
    }
}

/// What the app opens on: the file asked for, or the built-in example when there is none or it
/// could not be read (and then why).
pub(super) struct Startup {
    /// The model to show.
    pub model: Model,
    /// Its file, if it came from one.
    pub path: Option<PathBuf>,
    /// Why the file asked for could not be opened.
    pub error: Option<String>,
}

impl Startup {
    /// Load `file`, falling back on the built-in 2014 example, or on a new model.
    pub fn load(file: Option<PathBuf>, lang: Lang) -> Self {
        let mut error = None;
        let (model, path) = match file {
            Some(path) => match file::load(&path) {
                Ok(model) => (Some(model), Some(path)),
                Err(err) => {
                    error = Some(failure(lang, Text::ErrorOpen, &err));
                    (None, None)
                }
            },
            None => (None, None),
        };
        let model =
            model.unwrap_or_else(|| file::default_model().unwrap_or_else(|_| new_model(lang)));
        Self { model, path, error }
    }
}

impl KostenbatenApp {
    /// Show in the banner that `what` failed, and why.
    fn fail(&mut self, what: Text, err: impl Message) {
        self.view.error = Some(failure(self.settings.lang, what, &err));
    }

    /// Open the model at `path`; on failure show why and keep the current model as it is.
    pub(super) fn open_path(&mut self, path: &Path) {
        match file::load_fingerprinted(path) {
            Ok((model, fingerprint)) => {
                self.doc = Document::opened(model, Some(path.to_path_buf()), fingerprint);
                self.settings.remember(path.to_path_buf());
                self.view.error = None;
            }
            Err(err) => {
                self.fail(Text::ErrorOpen, err);
            }
        }
    }

    /// Save to the current file, or ask where. Returns whether the model is now saved. When another
    /// program changed the file since it was opened or saved, nothing is written: the banner says
    /// so, and Opslaan als… (whose dialog asks before it overwrites) or opening it again is the way
    /// on.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(path, Some(self.doc.fingerprint)),
            None => self.save_as(),
        }
    }

    /// Ask where to save, suggesting the model's name. Returns whether the model is now saved.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn save_as(&mut self) -> bool {
        let lang = self.settings.lang;
        let suggested = format!("{}.ron", self.doc.model.name.replace(['/', '\\', ':'], "-"));
        match self
            .session
            .dialog
            .pick_save(lang.tr(Text::FileFilterName), &suggested)
        {
            Some(path) => self.save_to(path, None),
            None if self.session.dialog.was_unavailable() => self.save_without_dialog(&suggested),
            None => false,
        }
    }

    /// No file dialog could be shown: save under the suggested name in the folder last used (the
    /// model's own, else the most recent file's, else the working folder), never over a file that
    /// is there, and say where.
    #[cfg(not(target_arch = "wasm32"))]
    fn save_without_dialog(&mut self, suggested: &str) -> bool {
        let lang = self.settings.lang;
        let Some(path) = self.path_without_dialog(suggested) else {
            self.view.error = Some(lang.tr(Text::NoDialogOpen).to_string());
            return false;
        };
        let saved = self.save_to(path.clone(), None);
        if saved {
            self.view.error = Some(format!(
                "{} {}",
                lang.tr(Text::NoDialogSaved),
                path.display()
            ));
        }
        saved
    }

    /// Where a file named `suggested` goes when no dialog can ask: the folder last used (the
    /// model's own, else the most recent file's, else the working folder), under a name no file
    /// there has yet (`name (2).ext`, …).
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn path_without_dialog(&self, suggested: &str) -> Option<PathBuf> {
        let folder = self
            .doc
            .path
            .as_deref()
            .or(self.settings.recent.first().map(PathBuf::as_path))
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let suggested = Path::new(suggested);
        let stem = suggested.file_stem()?.to_string_lossy();
        let extension = suggested
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_default();
        (1..1000)
            .map(|n| match n {
                1 => folder.join(suggested),
                n => folder.join(format!("{stem} ({n}){extension}")),
            })
            .find(|p| !p.exists())
    }

    /// Save to `path`: over the file as it was (`expected`), or over whatever is there when the user
    /// chose the file in the save dialog (`None`).
    #[cfg(not(target_arch = "wasm32"))]
    fn save_to(&mut self, path: PathBuf, expected: Option<file::Fingerprint>) -> bool {
        match file::save_checked(&path, &self.doc.model, expected) {
            Ok(fingerprint) => {
                self.settings.remember(path.clone());
                self.doc.mark_saved(path, fingerprint);
                self.view.error = None;
                true
            }
            Err(err) => {
                self.fail(Text::ErrorSave, err);
                false
            }
        }
    }

    /// Bring back the unsaved work of the last session, shown as unsaved until the user saves it.
    pub(super) fn restore_recovery(&mut self) {
        let Some(recovery) = self.session.offered_recovery.take() else {
            return;
        };
        let source = recovery
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from("herstelkopie.ron"));
        match file::parse_model(recovery.model_ron.as_bytes(), &source) {
            Ok(model) => {
                // What is on disk (if anything) is the saved state, so the restored work shows as
                // unsaved until the user saves it.
                let saved = recovery
                    .path
                    .as_deref()
                    .and_then(|p| file::load(p).ok())
                    .unwrap_or_default();
                let mut doc = Document::new(model, recovery.path);
                doc.saved = saved;
                doc.scenario = recovery
                    .scenario
                    .min(doc.model.scenarios.len().saturating_sub(1));
                self.doc = doc;
                self.view.error = None;
            }
            Err(err) => {
                self.fail(Text::ErrorOpen, err);
            }
        }
    }

    /// The recovery copy to store on exit: the unsaved work, unless the user chose to leave it;
    /// otherwise an offer not yet answered, which stays for next time.
    pub(super) fn recovery_to_keep(&self) -> Option<Recovery> {
        if self.doc.is_dirty() && !self.session.discard_on_exit {
            file::to_ron(&self.doc.model)
                .ok()
                .map(|model_ron| Recovery {
                    path: self.doc.path.clone(),
                    model_ron,
                    scenario: self.doc.scenario,
                })
        } else {
            self.session.offered_recovery.clone()
        }
    }
}
