//! The view's one or two plots, drawn by the sheet's own plot code at presenter scale (larger type
//! from [`super::style::scale_up`]), side by side.
//!
//! The waterfall and the trade-off are built elsewhere (issue 11 items 3 and 4): until their plot
//! functions are wired in [`plot`], they show a plain "nog niet beschikbaar".

use eframe::egui;
use egui::RichText;

use super::results::PresenterResults;
use super::style;
use crate::app::sheet::plots;
use crate::i18n::{Lang, Text};
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
    let Some(Ok(evaluation)) = results.evaluation() else {
        return;
    };
    let plot_size = egui::vec2(size.x, (size.y - 34.0).max(120.0));
    match choice {
        PlotChoice::WageValueCurve => plots::wage_value(
            ui,
            lang,
            params,
            evaluation,
            results.wage_curve(),
            plot_size,
        ),
        PlotChoice::StayingHomeVsWorking => plots::horizon(ui, lang, evaluation, plot_size),
        PlotChoice::ActorBars => plots::actors(ui, lang, evaluation, plot_size),
        // TODO(issue 11 item 3): draw the waterfall from src/app/analysis here.
        PlotChoice::Waterfall => not_yet(ui, lang, choice, plot_size),
        // TODO(issue 11 item 4): draw the trade-off from src/app/analysis here.
        PlotChoice::TradeOff => not_yet(ui, lang, choice, plot_size),
    }
}

/// A plot that is not built yet: its name and "nog niet beschikbaar", in a frame of its size.
fn not_yet(ui: &mut egui::Ui, lang: Lang, choice: PlotChoice, size: egui::Vec2) {
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
        lang.tr(Text::PresenterNotYetAvailable),
        egui::FontId::proportional(style::CAPTION),
        ui.visuals().weak_text_color(),
    );
}
