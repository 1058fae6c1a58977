//! The header under the menus: the model's name (its description on hover) and whether it is
//! unsaved, the scenario picker, the view tabs, and the model's file on the right.

use eframe::egui;

use crate::app::{Command, KostenbatenApp, View};
use crate::i18n::Text;

impl KostenbatenApp {
    /// The model's name, the scenario picker, the view tabs and the file.
    pub(super) fn header(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading(&self.doc.model.name)
                .on_hover_text(&self.doc.model.description);
            if self.doc.is_dirty() {
                ui.label(egui::RichText::new("*").heading().weak());
            }
            self.scenario_picker(ui);
            ui.separator();
            self.view_tabs(ui);
            if let Some(path) = &self.doc.path {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let path = egui::RichText::new(path.display().to_string())
                        .small()
                        .weak();
                    ui.add(egui::Label::new(path).truncate());
                });
            }
        });
    }

    /// A drop-down of the model's scenarios, or the one scenario's name when there is only one.
    fn scenario_picker(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        let shown = self.doc.scenario;
        let names: Vec<&str> = self
            .doc
            .model
            .scenarios
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        if names.len() > 1 {
            ui.separator();
            let label = ui.label(lang.tr(Text::Scenario));
            let current = names.get(shown).copied().unwrap_or_default();
            egui::ComboBox::from_id_salt("scenario_picker")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (i, name) in names.iter().enumerate() {
                        if ui.selectable_label(i == shown, *name).clicked() {
                            self.view.commands.push(Command::SelectScenario(i));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        } else if let Some(name) = names.first() {
            ui.separator();
            ui.label(egui::RichText::new(*name).weak());
        }
    }

    /// The tabs of the central area; the P-budget tab only for a model that has a plan.
    fn view_tabs(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        let has_budget = self.doc.model.budget.is_some();
        for view in View::ALL {
            if view == View::Budget && !has_budget {
                continue;
            }
            let label = egui::RichText::new(lang.tr(view.title())).strong();
            let tab = ui.selectable_label(self.view.shown == view, label);
            #[cfg(target_arch = "wasm32")]
            if view == View::Uncertainty {
                crate::app::web_status::note_place(ui.ctx(), "view-uncertainty", tab.rect);
            }
            if tab.clicked() {
                self.view.commands.push(Command::ShowView(view));
            }
        }
    }
}
