//! The Bronnen tab: every figure the shown scenario uses, its value and where it comes from, so a
//! reader can trace each number to a publication, the model file or the user. It only reads the
//! rows of the figures layer ([`crate::figures`]), the same the exports and `sources` print.

use eframe::egui;

use crate::app::widgets::{badge, cell, header_cell};
use crate::figures::Figures;
use crate::i18n::{Lang, Text};
use crate::report::sources::SourceRow;

/// Width of the figure and value columns; the origin takes what is left and wraps.
const FIGURE_WIDTH: f32 = 250.0;
const VALUE_WIDTH: f32 = 250.0;
const GAP: f32 = 16.0;

/// Draw the tab.
pub fn show(ui: &mut egui::Ui, lang: Lang, results: &Figures) {
    ui.heading(lang.tr(Text::SourcesTab));
    ui.label(lang.tr(Text::SourcesIntro));
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        header_cell(ui, FIGURE_WIDTH, false, lang.tr(Text::SourcesFigure));
        header_cell(ui, VALUE_WIDTH, true, lang.tr(Text::SourcesValue));
        ui.add_space(GAP);
        ui.label(egui::RichText::new(lang.tr(Text::SourcesOrigin)).strong());
    });
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for row in &results.sources {
            show_row(ui, lang, row);
        }
    });
}

/// One figure: its name and value on the first line, its origin beside them, wrapping below.
fn show_row(ui: &mut egui::Ui, lang: Lang, row: &SourceRow) {
    let label = row.figure.label(lang);
    let value = row.value_text(lang);
    let origin = row.origin_source(lang);
    ui.horizontal_top(|ui| {
        cell(ui, FIGURE_WIDTH, false, |ui| {
            ui.add(egui::Label::new(label).truncate())
        });
        cell(ui, VALUE_WIDTH, true, |ui| {
            ui.add(egui::Label::new(&value).truncate())
                .on_hover_text(&value)
                .accessible_name(format!("{} {label}: {value}", lang.tr(Text::SourcesValue)));
        });
        ui.add_space(GAP);
        ui.vertical(|ui| {
            ui.horizontal_top(|ui| {
                if row.assumption {
                    badge(ui, lang.tr(Text::SourcesAssumption), true, &origin);
                }
                ui.add(egui::Label::new(&origin).wrap())
                    .accessible_name(format!(
                        "{} {label}: {origin}",
                        lang.tr(Text::SourcesOrigin)
                    ));
            });
        });
    });
}
