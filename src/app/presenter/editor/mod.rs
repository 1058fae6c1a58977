//! The panel "Presentatie" (Beeld ▸ Presentatie bewerken…), in which a presenter builds the list
//! of views at the desk: add the scenario shown, pick one from the list, give it a title and a
//! caption, choose its sliders, figures and plots, move it, delete it. Every change is a
//! [`Command`] and one undo step; nobody edits RON by hand.

use eframe::egui;
use egui::RichText;

use crate::app::{Command, KostenbatenApp};
use crate::i18n::{Lang, Text};
use crate::model::{PresentationEdit, PresentationView};

mod details;

/// The editor's own state: which view is picked, and a title or caption being typed.
#[derive(Clone, Debug, Default)]
pub struct EditorState {
    /// The view whose details are shown.
    pub selected: usize,
    /// The text being typed, applied when the field loses focus (Enter, Tab, a click elsewhere),
    /// so one title is one undo step rather than one per letter.
    draft: Option<Draft>,
}

/// A title or caption being typed.
#[derive(Clone, Debug)]
struct Draft {
    view: usize,
    caption: bool,
    text: String,
}

impl KostenbatenApp {
    /// The editor window at the right, while it is open.
    pub(in crate::app) fn presentation_editor(&mut self, ui: &mut egui::Ui) {
        let Some(editor) = self.view.editor.as_mut() else {
            return;
        };
        let lang = self.settings.lang;
        let model = &self.doc.model;
        let commands = &mut self.view.commands;
        // A window over the work areas rather than a panel beside them: the sheet keeps its width
        // at 1280 × 720, and the window can be moved off what it covers.
        let screen = ui.ctx().content_rect();
        egui::Window::new(lang.tr(Text::PresentationTitle))
            .id(egui::Id::unique("presentation_editor"))
            .title_bar(false)
            .default_pos(egui::pos2(screen.right() - 400.0, 70.0))
            .default_width(380.0)
            .default_height((screen.height() - 90.0).max(300.0))
            .resizable(true)
            .show(ui.ctx(), |ui| {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    ui.heading(lang.tr(Text::PresentationTitle));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let close = Command::TogglePresentationEditor;
                        if ui
                            .button(lang.tr(Text::Dismiss))
                            .on_hover_text(close.label(lang))
                            .clicked()
                        {
                            commands.push(close);
                        }
                    });
                });
                ui.horizontal_wrapped(|ui| {
                    for command in [Command::AddCurrentView, Command::StartPresentation] {
                        if ui.button(command.label(lang)).clicked() {
                            commands.push(command);
                        }
                    }
                });
                ui.separator();
                let views = &model.presentation.views;
                if views.is_empty() {
                    ui.label(RichText::new(lang.tr(Text::PresentationNoViews)).weak());
                    return;
                }
                editor.selected = editor.selected.min(views.len() - 1);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    list(ui, lang, views, editor, commands);
                    ui.separator();
                    let names: Vec<&str> =
                        model.scenarios.iter().map(|s| s.name.as_str()).collect();
                    details::show(ui, lang, views, &names, editor, commands);
                });
            });
    }
}

/// The views, one row each; a click picks one. Under them the picked view's move and delete.
fn list(
    ui: &mut egui::Ui,
    lang: Lang,
    views: &[PresentationView],
    editor: &mut EditorState,
    commands: &mut Vec<Command>,
) {
    for (i, view) in views.iter().enumerate() {
        let label = format!("{}. {}", i + 1, view.title);
        if ui.selectable_label(editor.selected == i, label).clicked() {
            editor.selected = i;
            editor.draft = None;
        }
    }
    let i = editor.selected;
    ui.horizontal_wrapped(|ui| {
        let buttons = [
            (Text::PresentationMoveUp, i > 0, PresentationEdit::MoveUp(i)),
            (
                Text::PresentationMoveDown,
                i + 1 < views.len(),
                PresentationEdit::MoveDown(i),
            ),
            (
                Text::PresentationDeleteView,
                true,
                PresentationEdit::Delete(i),
            ),
        ];
        for (text, enabled, edit) in buttons {
            if ui
                .add_enabled(enabled, egui::Button::new(lang.tr(text)))
                .clicked()
            {
                editor.draft = None;
                commands.push(Command::EditPresentation(edit));
            }
        }
    });
}
