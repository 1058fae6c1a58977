//! Scenarios side by side: up to four, their costs, benefits, nets and net present values with the
//! differences against the first, and society's cumulative discounted net of each overlaid.

use eframe::egui;
use egui_plot::{Corner, Line, PlotPoints};
use rust_decimal::Decimal;

use super::results::CompareResults;
use super::state::MAX_COMPARED;
use super::{AnalysisState, Room, euro_plot, signed};
use crate::app::plot_style::{has_years, needs_years};
use crate::format::money_whole;
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::{Actor, Model};

/// Height of the plot.
const PLOT_HEIGHT: f32 = 200.0;

/// The hint and the choice of scenarios, then the table and the plot.
pub(super) fn show(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    let lang = room.lang;
    ui.label(egui::RichText::new(lang.tr(Text::CompareHint)).weak());
    room.changed |= controls(ui, state, room.model, room.current);
    let Some(results) = room.results else {
        return;
    };
    match &results.compare {
        Ok(compared) if compared.summaries.is_empty() => {}
        Ok(compared) => {
            table(ui, compared, lang);
            plot(ui, compared, lang);
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
        }
    }
}

/// One checkbox per scenario, at most [`MAX_COMPARED`] on; says whether the choice changed.
fn controls(ui: &mut egui::Ui, state: &mut AnalysisState, model: &Model, current: usize) -> bool {
    state.settle_compared(model.scenarios.len(), current);
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (i, s) in model.scenarios.iter().enumerate() {
            let mut on = state.compared.contains(&i);
            let enabled = on || state.compared.len() < MAX_COMPARED;
            if ui
                .add_enabled(enabled, egui::Checkbox::new(&mut on, s.name.as_str()))
                .changed()
            {
                if on {
                    state.compared.push(i);
                } else {
                    state.compared.retain(|&c| c != i);
                }
                changed = true;
            }
        }
    });
    changed
}

/// The row names' column: at most this wide; names wrap.
const NAME_WIDTH: f32 = 240.0;
/// A scenario's column: at least and at most this wide; its name wraps, its difference against
/// the first stands under its figure.
const COLUMN_WIDTH: (f32, f32) = (120.0, 220.0);

/// Costs, benefits and net per place per year, and the net present value per actor; each figure
/// after the first with its difference against the first, under it. The columns share the width
/// there is, so three or four scenarios stand beside each other on a projector; narrower than
/// their least, the table scrolls sideways.
fn table(ui: &mut egui::Ui, compared: &CompareResults, lang: Lang) {
    let summaries = &compared.summaries;
    if summaries.is_empty() {
        return;
    }
    let spacing = 16.0;
    let count = summaries.len() as f32;
    let name_width = NAME_WIDTH.min(ui.available_width() * 0.3);
    let column = ((ui.available_width() - name_width - spacing * count) / count)
        .clamp(COLUMN_WIDTH.0, COLUMN_WIDTH.1);
    egui::ScrollArea::horizontal()
        .id_salt("compare_scroll")
        .show(ui, |ui| {
            egui::Grid::new("compare_grid")
                .num_columns(summaries.len() + 1)
                .striped(true)
                .spacing([spacing, 4.0])
                .show(ui, |ui| {
                    ui.label("");
                    for s in summaries {
                        wrapped(ui, column, egui::RichText::new(s.name.as_str()).strong());
                    }
                    ui.end_row();
                    let per_year = lang.tr(Text::PerPlacePerYear);
                    let mut row = |label: String, value: &dyn Fn(usize) -> Decimal| {
                        wrapped(ui, name_width, egui::RichText::new(label));
                        for i in 0..summaries.len() {
                            figure(ui, value(i), value(0), i == 0, lang);
                        }
                        ui.end_row();
                    };
                    row(format!("{} ({per_year})", lang.tr(Text::Costs)), &|i| {
                        -summaries[i].total_cost
                    });
                    row(format!("{} ({per_year})", lang.tr(Text::Benefits)), &|i| {
                        summaries[i].total_benefit
                    });
                    row(format!("{} ({per_year})", lang.tr(Text::Net)), &|i| {
                        summaries[i].net
                    });
                    for actor in Actor::ALL {
                        let label = format!("{}: {}", lang.tr(Text::Npv), lang.actor(actor));
                        row(label, &|i| summaries[i].npv[actor]);
                    }
                    // The baseline every column is measured from: doing nothing is never free.
                    let horizon = lang.tr(Text::BaselineOverHorizon);
                    let label = |text| format!("{} ({horizon})", lang.tr(text));
                    row(label(Text::BaselineCostMunicipality), &|i| {
                        Decimal::ZERO - summaries[i].staying_home_npv.municipality()
                    });
                    row(label(Text::BaselineCostSociety), &|i| {
                        Decimal::ZERO - summaries[i].staying_home_npv.total()
                    });
                });
        });
    ui.label(egui::RichText::new(lang.tr(Text::BaselineStatement)).weak());
}

/// A label that wraps at `width`.
fn wrapped(ui: &mut egui::Ui, width: f32, text: egui::RichText) {
    ui.vertical(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap());
    });
}

/// A figure, with its difference against `base` under it in the colour of its sign where it
/// differs.
fn figure(ui: &mut egui::Ui, value: Decimal, base: Decimal, first: bool, lang: Lang) {
    let text = money_whole(value, lang);
    if first || value == base {
        ui.label(text);
        return;
    }
    let difference = value - base;
    let plus = if difference > Decimal::ZERO { "+" } else { "" };
    let difference_text = format!("({plus}{})", money_whole(difference, lang));
    // One label of two lines, read out as one: the figure, and under it its difference in the
    // colour of its sign.
    let style = ui.style().clone();
    let mut job = egui::text::LayoutJob::default();
    egui::RichText::new(format!("{text}\n")).append_to(
        &mut job,
        &style,
        egui::FontSelection::Default,
        egui::Align::Min,
    );
    signed(ui, difference_text, difference).append_to(
        &mut job,
        &style,
        egui::FontSelection::Default,
        egui::Align::Min,
    );
    ui.label(job);
}

/// Society's cumulative discounted net, one line per scenario.
fn plot(ui: &mut egui::Ui, compared: &CompareResults, lang: Lang) {
    ui.label(egui::RichText::new(lang.tr(Text::CompareNpvSociety)).strong());
    if !compared.lines.iter().any(|(_, points)| has_years(points)) {
        needs_years(ui, lang, egui::vec2(ui.available_width(), PLOT_HEIGHT));
        return;
    }
    euro_plot(
        "compare_plot",
        lang,
        lang.tr(Text::AxisYears).to_string(),
        Corner::LeftTop,
    )
    .height(PLOT_HEIGHT)
    .show(ui, |plot_ui| {
        for (name, points) in &compared.lines {
            plot_ui.line(Line::new(name.as_str(), PlotPoints::from(points.clone())).width(2.0));
        }
    });
}
