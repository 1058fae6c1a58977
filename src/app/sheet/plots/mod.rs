//! The sheet's three plots, one a file. They only read results; coordinates are `f64` because that
//! is what a plot needs, while every figure they show in text is formatted from the exact amounts.

use eframe::egui;
use egui_plot::{Corner, HoverPosition, Plot, PlotPoint};

use crate::app::plot_style;
use crate::i18n::{Lang, Text};

mod actors;
mod horizon;
mod wage_value;

pub use actors::actors;
pub use horizon::horizon;
pub use wage_value::wage_value;

const COST: egui::Color32 = egui::Color32::from_rgb(214, 96, 77);
const BENEFIT: egui::Color32 = egui::Color32::from_rgb(67, 160, 71);
const MUNICIPALITY: egui::Color32 = egui::Color32::from_rgb(33, 113, 181);
const SHEET: egui::Color32 = egui::Color32::from_rgb(140, 140, 140);
const SOCIETY: egui::Color32 = egui::Color32::from_rgb(123, 82, 171);
const MARKER: egui::Color32 = egui::Color32::from_rgb(230, 150, 20);

/// The plot's title above it.
/// The horizon plot ([`horizon`]), or for a model of one year its title and, in words, that it
/// needs more than one year.
pub fn horizon_or_note(
    ui: &mut egui::Ui,
    lang: Lang,
    evaluation: &crate::model::Evaluation,
    size: egui::Vec2,
) {
    if evaluation.multi_year.years.len() < 2 {
        title(ui, lang, Text::PlotHorizon);
        plot_style::needs_years(ui, lang, size);
    } else {
        horizon(ui, lang, evaluation, size);
    }
}

fn title(ui: &mut egui::Ui, lang: Lang, text: Text) {
    ui.label(egui::RichText::new(lang.tr(text)).strong());
}

/// A line plot of `size` with euros up the side and its legend at the top left.
fn euro_plot(
    id: &str,
    lang: Lang,
    x_label: Text,
    y_label: Text,
    size: egui::Vec2,
) -> Plot<'static> {
    plot_style::euro_plot(id, lang, Corner::LeftTop)
        .width(size.x)
        .height(size.y)
        .x_axis_label(lang.tr(x_label))
        .y_axis_label(lang.tr(y_label))
}

/// Where the pointer is, and the name of the series it is near as a first line ("" elsewhere).
fn hovered(hover: &HoverPosition<'_>) -> (PlotPoint, String) {
    match hover {
        HoverPosition::NearDataPoint {
            position,
            plot_name,
            ..
        } => (*position, format!("{plot_name}\n")),
        HoverPosition::Elsewhere { position } => (*position, String::new()),
    }
}
