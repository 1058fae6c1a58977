//! The view's one or two plots, drawn by the sheet's own plot code at presenter scale (larger type
//! from [`super::style::scale_up`]), side by side.
//!
//! The waterfall and the trade-off are the Analyse tab's own plots, from [`super::extras`].

use eframe::egui;
use egui::RichText;

use super::results::PresenterResults;
use super::style;
use crate::app::analysis;
use crate::app::sheet::plots;
use crate::i18n::{Lang, Text};
use crate::model::analysis::Method;
use crate::model::{Parameters, PlotChoice};

/// The chosen plots side by side in `size`.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    chosen: &[PlotChoice],
    params: &Parameters,
    results: &PresenterResults,
    size: egui::Vec2,
) {
    if chosen.is_empty() {
        return;
    }
    let count = chosen.len() as f32;
    let gap = ui.spacing().item_spacing.x * 2.0;
    let width = (size.x - gap * (count - 1.0)) / count;
    ui.horizontal_top(|ui| {
        for &choice in chosen {
            ui.vertical(|ui| {
                ui.set_width(width);
                style::scale_up(ui);
                plot(ui, lang, choice, params, results, egui::vec2(width, size.y));
            });
        }
    });
}

/// One plot. The title line above a plot takes about 34 points of `size`.
fn plot(
    ui: &mut egui::Ui,
    lang: Lang,
    choice: PlotChoice,
    params: &Parameters,
    results: &PresenterResults,
    size: egui::Vec2,
) {
    let Some(figures) = results.computed() else {
        return;
    };
    let evaluation = &figures.evaluation;
    let s = style::scale(ui);
    let plot_size = egui::vec2(size.x, (size.y - 34.0 * s).max(120.0 * s));
    match choice {
        PlotChoice::WageValueCurve => plots::wage_value(
            ui,
            lang,
            params,
            evaluation,
            figures.wage_curve(),
            plot_size,
        ),
        PlotChoice::StayingHomeVsWorking => {
            plots::horizon_or_note(ui, lang, evaluation, plot_size);
        }
        PlotChoice::ActorBars => plots::actors(ui, lang, &figures.shown, plot_size),
        PlotChoice::Waterfall => match results.extras.waterfall() {
            Some(Ok(explanation)) => {
                ui.label(RichText::new(lang.pick(choice.label())).strong());
                // Room under the plot for the method, which may take two lines.
                let method_lines = 2.0 * style::HINT * 1.4 * s;
                analysis::waterfall_plot(ui, explanation, lang, plot_size.y - method_lines);
                // The method in one short line: the full wording is in the Analyse tab.
                let method = match explanation.method {
                    Method::Average => Text::ExplainMethodAverageShort,
                    Method::Sequential => Text::ExplainMethodSequentialShort,
                };
                ui.label(
                    RichText::new(lang.tr(method))
                        .size(style::at(ui, style::HINT))
                        .weak(),
                );
            }
            Some(Err(err)) => unavailable(ui, lang, choice, plot_size, &err.to_string()),
            None => unavailable(ui, lang, choice, plot_size, ""),
        },
        PlotChoice::TradeOff => match results.extras.trade_off() {
            Some(grid) => {
                ui.label(RichText::new(lang.pick(choice.label())).strong());
                analysis::trade_off_plot(ui, grid, lang, plot_size.y);
            }
            None => unavailable(ui, lang, choice, plot_size, ""),
        },
    }
}

/// A plot that cannot be drawn: its name and why (or "niet beschikbaar"), in a frame of its size.
fn unavailable(ui: &mut egui::Ui, lang: Lang, choice: PlotChoice, size: egui::Vec2, why: &str) {
    ui.label(RichText::new(lang.pick(choice.label())).strong());
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().rect_stroke(
        rect,
        6.0,
        egui::Stroke::new(1.5, ui.visuals().weak_text_color()),
        egui::StrokeKind::Inside,
    );
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        if why.is_empty() {
            lang.tr(Text::PresenterNotYetAvailable)
        } else {
            why
        },
        egui::FontId::proportional(style::at(ui, style::CAPTION)),
        ui.visuals().weak_text_color(),
    );
}
