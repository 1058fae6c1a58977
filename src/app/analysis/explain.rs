//! The difference explained: from one scenario to another, a waterfall from the output in the
//! first through each differing input's effect to the output in the second, with the method stated.
//!
//! [`waterfall_plot`] draws the chart from an [`Explanation`] alone, so presenter mode can show the
//! same chart at its own size.

use eframe::egui;
use egui_plot::{Bar, BarChart, Plot, PlotPoint};

use super::{AnalysisState, Room, output_label, signed};
use crate::app::plot_style::{coordinate, euros, still_plot};
use crate::app::widgets::{Sign, sign_color};
use crate::format::{money, money_whole};
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::Model;
use crate::model::analysis::explain::BarKind;
use crate::model::analysis::{Explanation, Method, OutputKey};
use crate::report::explain::{method_line, setting_text, signed_money};

/// Height of one bar's row, in points, at the smallest.
const ROW_HEIGHT: f32 = 24.0;

/// The controls, then the waterfall, the method and the steps as a table.
pub(super) fn show(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    let lang = room.lang;
    room.changed |= controls(ui, state, room.model, room.current, lang);
    let Some(results) = room.results else {
        return;
    };
    match &results.explain {
        Ok(explanation) => {
            if explanation.steps.is_empty() {
                ui.label(lang.tr(Text::ExplainNoDifference));
            }
            ui.set_min_width(room.plot_size.x);
            waterfall_plot(ui, explanation, lang, room.plot_size.y);
            ui.label(egui::RichText::new(method_line(explanation, lang)).weak());
            steps_table(ui, explanation, lang);
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
        }
    }
}

/// From, to, the output and the method; says whether a setting changed.
fn controls(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    model: &Model,
    current: usize,
    lang: Lang,
) -> bool {
    let before = (
        state.explain_from,
        state.explain_to,
        state.explain_output,
        state.explain_method,
    );
    let request = state.explain_request(model.scenarios.len(), current);
    let name = |i: usize| model.scenarios.get(i).map_or("", |s| s.name.as_str());
    egui::Grid::new("explain_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (text, id, chosen, slot) in [
                (
                    Text::ExplainFrom,
                    "explain_from",
                    request.from,
                    &mut state.explain_from,
                ),
                (
                    Text::ExplainTo,
                    "explain_to",
                    request.to,
                    &mut state.explain_to,
                ),
            ] {
                let label = ui.label(lang.tr(text));
                egui::ComboBox::from_id_salt(id)
                    .selected_text(name(chosen))
                    .width(300.0)
                    .show_ui(ui, |ui| {
                        for (i, s) in model.scenarios.iter().enumerate() {
                            if ui.selectable_label(chosen == i, s.name.as_str()).clicked() {
                                *slot = Some(i);
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
            let label = ui.label(lang.tr(Text::ExplainOutput));
            egui::ComboBox::from_id_salt("explain_output")
                .selected_text(output_label(lang, state.explain_output))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for output in OutputKey::all() {
                        ui.selectable_value(
                            &mut state.explain_output,
                            output,
                            output_label(lang, output),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            ui.label(lang.tr(Text::ExplainMethod));
            ui.horizontal(|ui| {
                ui.radio_value(
                    &mut state.explain_method,
                    Method::Average,
                    lang.tr(Text::ExplainAverageShort),
                );
                ui.radio_value(
                    &mut state.explain_method,
                    Method::Sequential,
                    lang.tr(Text::ExplainSequentialShort),
                );
            });
            ui.end_row();
        });
    before
        != (
            state.explain_from,
            state.explain_to,
            state.explain_output,
            state.explain_method,
        )
}

/// One row of the waterfall: its name, where its bar starts and its length, and whether it is
/// a total (start or end) rather than an effect.
struct Row {
    name: String,
    base: f64,
    length: f64,
    total: bool,
}

fn rows(explanation: &Explanation, lang: Lang) -> Vec<Row> {
    explanation
        .bars()
        .into_iter()
        .map(|bar| Row {
            name: match bar.kind {
                BarKind::Start => lang.tr(Text::ExplainStart).to_string(),
                BarKind::Step(factor) => lang.pick(factor.label()).to_string(),
                BarKind::End => lang.tr(Text::ExplainEnd).to_string(),
            },
            base: coordinate(bar.base),
            length: coordinate(bar.length),
            total: bar.is_total(),
        })
        .collect()
}

/// The waterfall of `explanation` across the available width, at least `height` high (more when
/// there are many inputs): a bar from zero to the start, one per input from the running total by
/// its effect (green up, red down: the sign palette), and a bar from zero to the end; the names
/// down the side in `lang`. For the analysis view and presenter mode alike.
pub fn waterfall_plot(
    ui: &mut egui::Ui,
    explanation: &Explanation,
    lang: Lang,
    height: f32,
) -> egui::Response {
    let rows = rows(explanation, lang);
    let count = rows.len();
    let labels: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    let total_color = sign_color(ui, Sign::Neutral).gamma_multiply(0.55);
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let color = if row.total {
                total_color
            } else if row.length < 0.0 {
                sign_color(ui, Sign::Negative)
            } else {
                sign_color(ui, Sign::Positive)
            };
            Bar::new((count - 1 - i) as f64, row.length)
                .base_offset(row.base)
                .width(0.7)
                .fill(color)
                .name(&row.name)
        })
        .collect();
    let height = height.max(40.0 + ROW_HEIGHT * count as f32);
    // Room right of the bars for their amounts, so a presenter need not read the axis.
    let ends = rows.iter().flat_map(|r| [r.base, r.base + r.length, 0.0]);
    let (low, high) = ends.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    let span = (high - low).max(1.0);
    // The amounts, in the surrounding text's size (readable from the back in presenter mode),
    // need about 8 characters right of the bars whatever the plot's width: as a share of the plot
    // area, that is more room in euros in a narrow plot (presenter mode) than a wide one.
    let amount_size = egui::TextStyle::Body.resolve(ui.style()).size;
    let plot_width = (ui.available_width() - 190.0).max(120.0);
    let share = f64::from((8.0 * amount_size / plot_width).min(0.6));
    let room = span * share / (1.0 - share);
    let amounts: Vec<egui_plot::Text> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            // Clear of the zero line, so a minus sign is never drawn under it.
            let right = row.base.max(row.base + row.length) + (room * 0.06).max(span * 0.01);
            let y = (count - 1 - i) as f64;
            egui_plot::Text::new(
                row.name.clone(),
                PlotPoint::new(right, y),
                egui::RichText::new(amount_text(row, lang))
                    .strong()
                    .size(amount_size),
            )
            .anchor(egui::Align2::LEFT_CENTER)
        })
        .collect();
    still_plot(Plot::new("explain_waterfall"))
        .include_x(low)
        .include_x(high + room)
        .width(ui.available_width())
        .height(height)
        .x_axis_label(lang.tr(Text::ExplainAxis))
        .x_axis_formatter(move |mark, _| euros(mark.value, lang))
        // One label per row: the rows are counted, not ranked by roundness.
        .y_grid_spacer(crate::app::plot_style::whole_steps)
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 && (index as usize) < count {
                labels[count - 1 - index as usize].clone()
            } else {
                String::new()
            }
        })
        .y_axis_min_width(190.0)
        // Vertical grid lines only: a horizontal one would run through every bar and its amount.
        .show_grid([true, false])
        .show_y(false)
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(
                BarChart::new(lang.tr(Text::ExplainTitle), bars)
                    .horizontal()
                    .element_formatter(Box::new(move |bar, _| {
                        format!("{}: {}", bar.name, euros(bar.value, lang))
                    })),
            );
            for amount in amounts {
                plot_ui.text(amount);
            }
        })
        .response
}

/// A row's amount in whole euros: a total as it is, an effect with its sign written out.
fn amount_text(row: &Row, lang: Lang) -> String {
    let value = rust_decimal::Decimal::from_f64_retain(row.length).unwrap_or_default();
    let text = money_whole(value, lang);
    if row.total || row.length <= 0.0 || text.starts_with(crate::format::MINUS) {
        text
    } else {
        format!("+{text}")
    }
}

/// Start, each input's two values and effect, end: the figures of the waterfall, to read exactly.
fn steps_table(ui: &mut egui::Ui, explanation: &Explanation, lang: Lang) {
    egui::Grid::new("explain_steps")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            for header in [Text::ExplainFrom, Text::ExplainTo] {
                ui.label(egui::RichText::new(lang.tr(header)).strong().small());
            }
            ui.label("");
            ui.end_row();
            ui.label(lang.tr(Text::ExplainStart));
            ui.label("");
            ui.label("");
            ui.label(money(explanation.start, lang));
            ui.end_row();
            for step in &explanation.steps {
                ui.label(lang.pick(step.factor.label()));
                ui.label(setting_text(step.factor, &step.from_value, lang));
                ui.label(setting_text(step.factor, &step.to_value, lang));
                ui.label(signed(ui, signed_money(step.effect, lang), step.effect));
                ui.end_row();
            }
            ui.label(egui::RichText::new(lang.tr(Text::ExplainEnd)).strong());
            ui.label("");
            ui.label("");
            ui.label(egui::RichText::new(money(explanation.end, lang)).strong());
            ui.end_row();
        });
}
