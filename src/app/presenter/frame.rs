//! The presenter's screen: the view's title and caption with "3 / 5" on top, its sliders on the
//! left, its figures, party bars and plots in the middle, and along the bottom the keys and, once a
//! slider moved, "Bewaar in scenario". The results are brought up to date before the sliders and
//! again after them, so a drag shows in the same frame.

use eframe::egui;
use egui::RichText;

use super::{PresenterResults, PresenterState, controls, figures, fit, plots, style, views_of};
use crate::app::{Command, KostenbatenApp};
use crate::i18n::{Lang, Text};
use crate::model::{Figure, Parameters, PlotChoice, PresentationView};

impl KostenbatenApp {
    /// One frame of presenter mode; leaves it when there is nothing left to show.
    pub(in crate::app) fn presenter_frame(&mut self, ui: &mut egui::Ui) {
        let Some(mut presenter) = self.view.presenter.take() else {
            return;
        };
        if !presenter.sync(&self.doc.model) {
            self.view.commands.push(Command::StopPresentation);
            self.view.presenter = Some(presenter);
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
            self.view.presenter = Some(presenter);
            return;
        };
        results.refresh(&what_if.params, lang);
        // The same plan the editor's preview shows: the sliders' width and the figures per row.
        let plan = fit::plan(view, ui.ctx().content_rect().size());
        let baseline_text = lang.tr(if results.shown().baseline {
            Text::PresenterBaselineItself
        } else {
            Text::PresenterBaselineStatement
        });
        title_bar(ui, view, *index, views.len(), baseline_text);
        let changed = what_if.is_changed();
        egui::Panel::bottom("presenter_footer").show(ui, |ui| {
            footer(ui, lang, changed, &mut self.view.commands);
        });
        if !view.controls.is_empty() {
            let evaluation = results.computed().map(|f| &f.evaluation);
            egui::Panel::left("presenter_controls")
                .resizable(false)
                .exact_size(plan.controls.map_or(0.0, |c| c.width()))
                .show(ui, |ui| {
                    ui.add_space(12.0 * plan.scale);
                    style::scale_up(ui);
                    // More sliders than the column holds (the editor warned): the last ones are
                    // scrolled to rather than cut off.
                    egui::ScrollArea::vertical()
                        .id_salt("presenter_controls_scroll")
                        .show(ui, |ui| {
                            controls::show(
                                ui,
                                lang,
                                &view.controls,
                                &mut what_if.params,
                                evaluation,
                            );
                        });
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
            results.refresh_trade_off(&what_if.base, &what_if.params);
        }
        let params = &what_if.params;
        egui::CentralPanel::default().show(ui, |ui| {
            // Nothing in front of the audience: the figures and plots answer no pointer (no
            // tooltips, no hover labels on the plots), drawn at full strength all the same.
            ui.visuals_mut().disabled_alpha = 1.0;
            ui.disable();
            body(ui, lang, view, params, results, plan.cards_per_row);
        });
        self.view.presenter = Some(presenter);
    }
}

/// The view's title, "3 / 5" at the right, the caption under them, and what the figures are a
/// difference from (`baseline`), small, so the room knows that doing nothing is the zero line.
fn title_bar(
    ui: &mut egui::Ui,
    view: &PresentationView,
    index: usize,
    count: usize,
    baseline: &str,
) {
    let frame =
        egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(16, 8));
    egui::Panel::top("presenter_title")
        .frame(frame)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(&view.title)
                            .size(style::at(ui, style::TITLE))
                            .strong(),
                    )
                    .truncate(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let position = format!("{} / {count}", index + 1);
                    ui.label(
                        RichText::new(position)
                            .size(style::at(ui, style::CAPTION))
                            .weak(),
                    );
                });
            });
            if !view.caption.is_empty() {
                ui.label(RichText::new(&view.caption).size(style::at(ui, style::CAPTION)));
            }
            ui.label(
                RichText::new(baseline)
                    .size(style::at(ui, style::HINT))
                    .weak(),
            );
        });
}

/// The keys, on demand: only while the pointer is on the strip along the bottom, so the audience
/// does not read them; and once a slider moved: the mark, "Bewaar in scenario" and "Terug naar
/// scenario".
fn footer(ui: &mut egui::Ui, lang: Lang, changed: bool, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    let strip = ui.max_rect();
    let pointer_here = ui
        .ctx()
        .pointer_latest_pos()
        .is_some_and(|pos| pos.y >= strip.top() - 4.0);
    ui.horizontal(|ui| {
        style::scale_up(ui);
        let hint = RichText::new(lang.tr(Text::PresenterKeysHint)).size(style::at(ui, style::HINT));
        // Invisible but there, the strip keeps its height and a screen reader still finds it.
        let color = if pointer_here {
            ui.visuals().weak_text_color()
        } else {
            egui::Color32::TRANSPARENT
        };
        ui.label(hint.color(color));
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
                    .size(style::at(ui, style::HINT))
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
    cards_per_row: usize,
) {
    if let Some(Err(err)) = results.figures() {
        let message = crate::app::files::failure(lang, Text::ErrorModel, err);
        ui.label(RichText::new(message).size(style::at(ui, style::CAPTION)));
        return;
    }
    figures::numbers(ui, lang, &view.figures, results.shown(), cards_per_row);
    ui.add_space(10.0 * style::scale(ui));
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
                let room = width - gap - spacing * 3.0;
                // The plot's legend and axes need more width than the bars' names and figures.
                let bars_width = room * fit::BARS_SHARE;
                ui.vertical(|ui| {
                    ui.set_width(bars_width);
                    figures::party_bars(ui, lang, parties, rest);
                });
                ui.add_space(gap);
                let size = egui::vec2(room - bars_width, rest);
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
