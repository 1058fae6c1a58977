//! The window's two work areas: the parameters on the left, and beside them the central area with
//! the [`View`] the tabs chose. Both only read the results: the logic step (`logic.rs`) brought
//! them up to date before the frame, and brings them up to date again after the parameters panel
//! (which edits the document in place), so a drag shows in the same frame.

use eframe::egui;

use super::analysis;
use super::chrome::error_banner;
use super::files::failure;
use super::{Document, KostenbatenApp, View, budget, params_panel, sheet, sources, uncertainty};
use crate::i18n::Text;

/// The parameters panel's width until the user drags it: the same for every model.
pub const PARAMETERS_WIDTH: f32 = 360.0;

impl KostenbatenApp {
    /// The parameters of the shown scenario, edited in place (each edit is a document edit).
    pub(super) fn parameters_panel(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        let before = self.results.sheet().map(|f| &f.evaluation);
        let scenario_index = self.doc.scenario;
        // The open and the saved model are apart: the shown scenario is edited while its saved
        // version (found by name, a copy has none) is only read, with no copy per frame.
        let Document { model, saved, .. } = &mut self.doc;
        let saved = model
            .scenarios
            .get(scenario_index)
            .and_then(|s| saved.scenario(&s.name));
        egui::Panel::left("parameters")
            .resizable(true)
            .default_size(PARAMETERS_WIDTH)
            .size_range(300.0..=520.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.heading(lang.tr(Text::Parameters));
                // The panel keeps the width it is given (360 points, or what the user dragged it
                // to) whatever the model holds: content wider than that scrolls, rather than
                // widening the panel model by model and pushing the tables beside it off the
                // window.
                egui::ScrollArea::both()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if let Some(scenario) = model.scenarios.get_mut(scenario_index) {
                            params_panel::show(
                                ui,
                                lang,
                                scenario,
                                saved,
                                before,
                                &mut self.view.highlight,
                                &mut self.view.commands,
                            );
                        }
                    });
            });
    }

    /// The central area: the view the tabs chose, or why the scenario could not be computed.
    pub(super) fn central_panel(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        let failure = self
            .results
            .sheet_error()
            .map(|err| failure(lang, Text::ErrorModel, err));
        let view = self.view.shown;
        egui::CentralPanel::default().show(ui, |ui| {
            if view == View::Budget {
                if let (Some(plan), Some(result)) =
                    (self.doc.model.budget.as_mut(), self.results.budget())
                {
                    budget::show(ui, plan, result, lang);
                }
            } else if let Some(message) = &failure {
                error_banner(ui, lang, message);
            } else if view == View::Analysis || view == View::Uncertainty {
                // The baseline itself: every difference these analyses vary is zero; say so, and
                // where its costs are shown, rather than offer flat lines as findings.
                if self
                    .results
                    .sheet()
                    .is_some_and(|f| f.evaluation.is_baseline())
                {
                    ui.colored_label(ui.visuals().warn_fg_color, lang.tr(Text::BaselineTabNote));
                }
                if view == View::Analysis {
                    self.analysis_tab(ui);
                } else {
                    self.uncertainty_tab(ui);
                }
            } else if view == View::Sources {
                if let Some(results) = self.results.sheet() {
                    sources::show(ui, lang, results);
                }
            } else if let Some(results) = self.results.sheet() {
                // Both ways: what does not fit the window's width can still be reached.
                egui::ScrollArea::both().show(ui, |ui| {
                    sheet::sheet_tab(ui, lang, self.doc.scenario(), results);
                });
            }
        });
    }

    /// The uncertainty view: the Monte Carlo's newest result.
    fn uncertainty_tab(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        if let Some(scenario) = self.doc.scenario() {
            uncertainty::show(
                ui,
                lang,
                scenario,
                self.results.simulation(),
                &mut self.view.commands,
            );
        }
    }

    /// The analysis view; what it asks for is recorded as a command.
    fn analysis_tab(&mut self, ui: &mut egui::Ui) {
        let lang = self.settings.lang;
        analysis::show(
            ui,
            &mut self.view.analysis,
            &self.doc.model,
            self.doc.scenario,
            self.results.analysis(),
            self.results.analysis_is_current(),
            lang,
            &mut self.view.commands,
        );
    }
}
