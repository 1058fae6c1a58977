//! The sheet tab: the key figures a presenter points at, the sheet in the slides' layout, who pays
//! and who benefits, and the three plots. Everything here only reads the shown scenario's results.

use eframe::egui;

use crate::figures::Figures;
use crate::i18n::Lang;
use crate::model::Scenario;

mod actors_view;
mod key_figures;
pub(in crate::app) mod plots; // presenter mode draws them at its own scale
mod sheet_view;

/// The sheet tab: key figures, the sheet, who pays and who benefits, and the plots.
pub fn sheet_tab(ui: &mut egui::Ui, lang: Lang, scenario: Option<&Scenario>, results: &Figures) {
    let (evaluation, Some(scenario)) = (&results.evaluation, scenario) else {
        return;
    };
    key_figures::baseline_statement(ui, lang);
    key_figures::show(ui, lang, results, &scenario.parameters);
    ui.add_space(4.0);
    sheet_view::show(
        ui,
        lang,
        evaluation,
        &results.shown,
        scenario.reference.as_ref(),
        &results.reference,
    );
    ui.add_space(8.0);
    let width = ui.available_width();
    let gap = ui.spacing().item_spacing.x * 2.0;
    let half = ((width - gap) / 2.0).max(200.0);
    let screen = ui.ctx().content_rect().height();
    let plot_height = (screen * 0.30).clamp(170.0, 380.0);
    ui.horizontal_top(|ui| {
        // The matrix takes the width its figures need; the plot that moves while the wage
        // value is dragged sits beside it, in sight on a projector, and fills the rest.
        // The matrix never takes more than its share, so a long "wrong pocket" line wraps
        // instead of pushing the plot out of the window.
        let matrix = ui
            .vertical(|ui| {
                ui.set_max_width((width - gap - 12.0 - 300.0).max(width * 0.5));
                actors_view::show(ui, lang, evaluation, &results.shown);
            })
            .response;
        let rest = (width - matrix.rect.width() - gap - 12.0).max(240.0);
        ui.vertical(|ui| {
            plots::wage_value(
                ui,
                lang,
                &scenario.parameters,
                evaluation,
                results.wage_curve(),
                egui::vec2(rest, plot_height.max(220.0)),
            );
        });
    });
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(half);
            plots::actors(ui, lang, &results.shown, egui::vec2(half, plot_height));
        });
        ui.vertical(|ui| {
            ui.set_width(half);
            plots::horizon_or_note(ui, lang, evaluation, egui::vec2(half, plot_height));
        });
    });
}
