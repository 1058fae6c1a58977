//! Applying the presentation's commands: entering and leaving presenter mode, stepping, keeping
//! or forgetting the what-if, and the editor's edits (each one undo step).

use eframe::egui;

use super::PresenterState;
use super::editor::EditorState;
use crate::app::{Command, KostenbatenApp};
use crate::model::{PresentationEdit, PresentationView};

impl KostenbatenApp {
    /// Apply a presentation command.
    pub(in crate::app) fn apply_to_presentation(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::StartPresentation if self.view.presenter.is_none() => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                self.view.presenter = Some(PresenterState::start(
                    &self.doc.model,
                    self.doc.scenario,
                    fullscreen,
                ));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
            Command::StopPresentation => {
                if let Some(presenter) = self.view.presenter.take() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(
                        presenter.was_fullscreen,
                    ));
                }
            }
            Command::NextView | Command::PreviousView => {
                let by = if command == Command::NextView { 1 } else { -1 };
                if let Some(presenter) = &mut self.view.presenter {
                    presenter.step(&self.doc.model, by);
                }
            }
            Command::KeepWhatIf => self.keep_what_if(),
            Command::ResetWhatIf => {
                // The next frame starts the what-if again from the scenario.
                if let Some(presenter) = &mut self.view.presenter {
                    presenter.what_if = None;
                }
            }
            Command::TogglePresentationEditor => {
                self.view.editor = match self.view.editor {
                    Some(_) => None,
                    None => Some(EditorState::default()),
                };
            }
            Command::AddCurrentView => {
                if let Some(scenario) = self.doc.scenario() {
                    let view = PresentationView::of_scenario(&scenario.name);
                    self.edit_presentation(PresentationEdit::Add(view));
                }
            }
            Command::EditPresentation(edit) => self.edit_presentation(edit),
            _ => {}
        }
    }

    /// Keep the what-if of the view shown in its scenario, as one undo step.
    fn keep_what_if(&mut self) {
        let Some(what_if) = self
            .view
            .presenter
            .as_ref()
            .and_then(|p| p.what_if.as_ref())
        else {
            return;
        };
        if !what_if.is_changed() {
            return;
        }
        let name = &what_if.scenario;
        let saved = self.doc.saved.scenario(name);
        if let Some(scenario) = self
            .doc
            .model
            .scenarios
            .iter_mut()
            .find(|s| s.name == *name)
        {
            let before = std::mem::replace(&mut scenario.parameters, what_if.params.clone());
            scenario.record_edits(&before, saved);
            self.doc.commit();
        }
    }

    /// Apply `edit` as one undo step; the editor keeps the edited view selected.
    fn edit_presentation(&mut self, edit: PresentationEdit) {
        let views = self.doc.model.presentation.views.len();
        let selected = match &edit {
            PresentationEdit::Add(_) => Some(views),
            PresentationEdit::MoveUp(i) => i.checked_sub(1),
            PresentationEdit::MoveDown(i) => Some((i + 1).min(views.saturating_sub(1))),
            PresentationEdit::Delete(i) => Some((*i).min(views.saturating_sub(2))),
            _ => None,
        };
        if edit.apply(&mut self.doc.model.presentation) {
            self.doc.commit();
            if let (Some(editor), Some(selected)) = (&mut self.view.editor, selected) {
                editor.selected = selected;
            }
        }
    }
}
