//! The Bronnen tab: every figure the shown scenario uses, its value and where it comes from, so a
//! reader can trace each number to a publication, the model file or the user. It only reads the
//! rows [`crate::report::sources`] built with the sheet results.

use eframe::egui;

use crate::app::results::SheetResults;
use crate::app::widgets::{badge, figure_cell, header_cell};
use crate::i18n::{Lang, Text};
use crate::report::sources::SourceRow;

/// Width of the figure and value columns; the origin takes what is left and wraps.
const FIGURE_WIDTH: f32 = 300.0;
const VALUE_WIDTH: f32 = 190.0;

/// Draw the tab.
pub fn show(ui: &mut egui::Ui, lang: Lang, results: &SheetResults) {
    ui.heading(lang.tr(Text::SourcesTab));
    ui.label(lang.tr(Text::SourcesIntro));
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("sources")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                header_cell(ui, FIGURE_WIDTH, false, lang.tr(Text::SourcesFigure));
                header_cell(ui, VALUE_WIDTH, true, lang.tr(Text::SourcesValue));
                ui.label(egui::RichText::new(lang.tr(Text::SourcesOrigin)).strong());
                ui.end_row();
                for row in &results.sources {
                    show_row(ui, lang, row);
                }
            });
    });
}

fn show_row(ui: &mut egui::Ui, lang: Lang, row: &SourceRow) {
    let label = row.figure.label(lang);
    ui.label(label);
    let value = row.value_text(lang);
    figure_cell(ui, VALUE_WIDTH, egui::RichText::new(&value))
        .accessible_name(format!("{} {label}: {value}", lang.tr(Text::SourcesValue)));
    let origin = row.origin_text(lang);
    ui.horizontal_wrapped(|ui| {
        if row.assumption {
            badge(ui, lang.tr(Text::SourcesAssumption), true, &origin);
        }
        ui.label(&origin).accessible_name(format!(
            "{} {label}: {origin}",
            lang.tr(Text::SourcesOrigin)
        ));
    });
    ui.end_row();
}
