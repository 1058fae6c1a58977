//! The presenter's screen: the view's title and caption with "3 / 5" on top, its sliders on the
//! left, its figures, party bars and plots in the middle, and along the bottom the keys and, once a
//! slider moved, "Bewaar in scenario". The results are brought up to date before the sliders and
//! again after them, so a drag shows in the same frame.

use eframe::egui;
use egui::RichText;

use super::{PresenterResults, PresenterState, controls, figures, plots, style, views_of};
use crate::app::{Command, KostenbatenApp};
use crate::i18n::{Lang, Text};
use crate::model::{Figure, Parameters, PlotChoice, PresentationView};

impl KostenbatenApp {
    /// One frame of presenter mode; leaves it when there is nothing left to show.
    pub(in crate::app) fn presenter_frame(&mut self, ui: &mut egui::Ui) {
        let Some(mut presenter) = self.presenter.take() else {
            return;
        };
        if !presenter.sync(&self.doc.model) {
            self.commands.push(Command::StopPresentation);
            self.presenter = Some(presenter);
            return;
        }
        let lang = self.settings.lang;
        let PresenterState {
            index,
            adhoc,
            what_if,
            results,
            ..
        } = &mut presenter;
        let views = views_of(adhoc, &self.doc.model);
        let (Some(view), Some(what_if)) = (views.get(*index), what_if.as_mut()) else {
            self.presenter = Some(presenter);
            return;
        };
        results.refresh(&what_if.params, lang);
        title_bar(ui, lang, view, *index, views.len());
        let changed = what_if.is_changed();
        egui::Panel::bottom("presenter_footer").show(ui, |ui| {
            footer(ui, lang, changed, &mut self.commands);
        });
        if !view.controls.is_empty() {
            let evaluation = results.evaluation().and_then(|e| e.as_ref().ok());
            egui::Panel::left("presenter_controls")
                .resizable(false)
                .exact_size((ui.available_width() * 0.3).clamp(300.0, 460.0))
                .show(ui, |ui| {
                    ui.add_space(12.0);
                    style::scale_up(ui);
                    controls::show(ui, lang, &view.controls, &mut what_if.params, evaluation);
                });
        }
        results.refresh(&what_if.params, lang);
        if view.plots.contains(&PlotChoice::Waterfall) {
            // From the previous view's scenario (the first view: the model's first scenario).
            let from = index
                .checked_sub(1)
                .and_then(|i| views.get(i))
                .and_then(|v| self.doc.model.scenario(&v.scenario))
                .or(self.doc.model.scenarios.first());
            if let Some(from) = from {
                results
                    .extras
                    .refresh_waterfall(&from.parameters, &what_if.params);
            }
        }
        if view.plots.contains(&PlotChoice::TradeOff) {
            results
                .extras
                .refresh_trade_off(&what_if.base, &what_if.params);
        }
        let params = &what_if.params;
        egui::CentralPanel::default().show(ui, |ui| body(ui, lang, view, params, results));
        self.presenter = Some(presenter);
    }
}

/// The view's title, "3 / 5" at the right, and the caption under them.
fn title_bar(ui: &mut egui::Ui, lang: Lang, view: &PresentationView, index: usize, count: usize) {
    let frame =
        egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(16, 8));
    egui::Panel::top("presenter_title")
        .frame(frame)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add(
                    egui::Label::new(RichText::new(&view.title).size(style::TITLE).strong())
                        .truncate(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let position = format!("{} / {count}", index + 1);
                    ui.label(RichText::new(position).size(style::CAPTION).weak())
                        .on_hover_text(lang.tr(Text::PresenterKeysHint));
                });
            });
            if !view.caption.is_empty() {
                ui.label(RichText::new(&view.caption).size(style::CAPTION));
            }
        });
}

/// The keys, and once a slider moved: the mark, "Bewaar in scenario" and "Terug naar scenario".
fn footer(ui: &mut egui::Ui, lang: Lang, changed: bool, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        style::scale_up(ui);
        ui.label(
            RichText::new(lang.tr(Text::PresenterKeysHint))
                .size(style::HINT)
                .weak(),
        );
        if !changed {
            return;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for command in [Command::KeepWhatIf, Command::ResetWhatIf] {
                if ui.button(command.label(lang)).clicked() {
                    commands.push(command);
                }
            }
            ui.label(
                RichText::new(lang.tr(Text::PresenterWhatIf))
                    .size(style::HINT)
                    .color(ui.visuals().warn_fg_color),
            );
        });
    });
    ui.add_space(4.0);
}

/// The figures, the party bars and the plots, as the view chose them.
fn body(
    ui: &mut egui::Ui,
    lang: Lang,
    view: &PresentationView,
    params: &Parameters,
    results: &PresenterResults,
) {
    if let Some(Err(err)) = results.evaluation() {
        let message = crate::app::files::failure(lang, Text::ErrorModel, err);
        ui.label(RichText::new(message).size(style::CAPTION));
        return;
    }
    figures::numbers(ui, lang, &view.figures, results.shown());
    ui.add_space(10.0);
    let rest = ui.available_height() - 4.0;
    let width = ui.available_width();
    let parties = &results.shown().parties;
    let bars = view.figures.contains(&Figure::ActorBars);
    match (bars, view.plots.len()) {
        (false, _) => plots::show(ui, lang, &view.plots, params, results, ui.available_size()),
        (true, 0) => figures::party_bars(ui, lang, parties, rest.min(420.0)),
        // One plot: the bars beside it, both the full height.
        (true, 1) => {
            ui.horizontal_top(|ui| {
                let spacing = ui.spacing().item_spacing.x;
                let gap = spacing * 3.0;
                // Each item in the row also takes the spacing after it.
                let half = (width - gap - spacing * 3.0) / 2.0;
                ui.vertical(|ui| {
                    ui.set_width(half);
                    figures::party_bars(ui, lang, parties, rest);
                });
                ui.add_space(gap);
                let size = egui::vec2(half, rest);
                plots::show(ui, lang, &view.plots, params, results, size);
            });
        }
        // Two plots: the bars above them.
        (true, _) => {
            figures::party_bars(ui, lang, parties, rest * 0.45);
            let size = egui::vec2(width, ui.available_height() - 4.0);
            plots::show(ui, lang, &view.plots, params, results, size);
        }
    }
}
