//! The modal dialogs: a scenario's new name, and "save the changes?" before an action that would
//! lose them. Both record the answer as a [`Command`]; the app acts on it after drawing.

use eframe::egui;

use crate::app::{Command, KostenbatenApp, UnsavedAnswer};
use crate::i18n::{Lang, Text};

impl KostenbatenApp {
    /// The dialog that asks for a scenario's new name; names stay unique and non-empty.
    pub(super) fn rename_dialog(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let Some(name) = self.view.renaming.as_mut() else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("rename_scenario")).show(ctx, |ui| {
            ui.heading(lang.tr(Text::RenameScenarioTitle));
            let label = ui.label(lang.tr(Text::RenameScenarioName));
            let edit = ui
                .add(egui::TextEdit::singleline(name).desired_width(320.0))
                .labelled_by(label.id);
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                answer = Some(Command::ConfirmRename);
            }
            ui.horizontal(|ui| {
                for command in [Command::ConfirmRename, Command::CancelRename] {
                    if ui.button(command.label(lang)).clicked() {
                        answer = Some(command);
                    }
                }
            });
        });
        self.view.commands.extend(answer);
    }

    /// While an action waits for it, ask whether to save the unsaved changes first.
    pub(super) fn unsaved_changes_dialog(&mut self, ctx: &egui::Context) {
        if self.view.pending.is_none() {
            return;
        }
        let answer = unsaved_changes(ctx, self.settings.lang, &self.doc.model.name);
        self.view
            .commands
            .extend(answer.map(Command::AnswerUnsaved));
    }
}

/// Ask whether to save unsaved changes. Returns the answer once given.
fn unsaved_changes(ctx: &egui::Context, lang: Lang, model_name: &str) -> Option<UnsavedAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(lang.tr(Text::UnsavedTitle));
        ui.label(lang.tr(Text::UnsavedQuestion));
        ui.label(egui::RichText::new(model_name).weak());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for choice in UnsavedAnswer::ALL {
                if ui
                    .button(Command::AnswerUnsaved(choice).label(lang))
                    .clicked()
                {
                    answer = Some(choice);
                }
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    answer
}
