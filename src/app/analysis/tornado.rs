//! Sensitivity as a tornado: how far the output moves when each parameter goes down or up, largest
//! swing on top. Clicking a bar highlights its parameter in the parameters panel.

use eframe::egui;
use egui_plot::{Bar, BarChart, Corner, Legend, Plot};

use super::results::TornadoResults;
use super::{AnalysisState, Room, output_label, param_label, param_value};
use crate::app::Command;
use crate::app::plot_style::coordinate;
use crate::app::plot_style::euros as axis_euros;
use crate::app::widgets::still_plot;
use crate::format::money_whole;
use crate::i18n::{Lang, Text};
use crate::model::analysis::TornadoBar;

/// Height of one bar's row, in points.
const ROW_HEIGHT: f32 = 26.0;

/// The controls, then the chart.
pub(super) fn show(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    room.changed |= controls(ui, state, room.lang);
    let Some(results) = room.results else {
        return;
    };
    match &results.tornado {
        Ok(tornado) => {
            if let Some(bar) = chart(ui, tornado, room.lang, room.plot_size) {
                room.commands.push(Command::HighlightParam(bar.param));
            }
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.to_string());
        }
    }
}

/// The output watched, whole range or a percentage; says whether a setting changed.
fn controls(ui: &mut egui::Ui, state: &mut AnalysisState, lang: Lang) -> bool {
    ui.horizontal(|ui| {
        ui.label(output_label(lang, state.output));
    });
    ui.horizontal(|ui| {
        let range = ui
            .checkbox(&mut state.full_range, lang.tr(Text::TornadoFullRange))
            .changed();
        let variation = ui
            .add_enabled_ui(!state.full_range, |ui| {
                let label = ui.label(lang.tr(Text::TornadoVariation));
                ui.add(
                    egui::Slider::new(&mut state.variation_pct, 1.0..=100.0)
                        .suffix(crate::format::percent_sign(lang))
                        .integer(),
                )
                .labelled_by(label.id)
                .changed()
            })
            .inner;
        range || variation
    })
    .inner
}

/// The bars that move the output at all, with their parameters' names on the y axis; gives the
/// bar clicked.
fn chart<'r>(
    ui: &mut egui::Ui,
    results: &'r TornadoResults,
    lang: Lang,
    size: egui::Vec2,
) -> Option<&'r TornadoBar> {
    let shown: Vec<&TornadoBar> = results
        .bars
        .iter()
        .filter(|b| !b.swing().is_zero())
        .collect();
    let count = shown.len();
    let labels: Vec<&'static str> = shown.iter().map(|b| param_label(lang, b.param)).collect();
    let height = size.y.max(40.0 + ROW_HEIGHT * count as f32);
    let response = still_plot(Plot::new("tornado"))
        .width(size.x)
        .height(height)
        .legend(Legend::default().position(Corner::RightBottom))
        .x_axis_label(lang.tr(Text::TornadoAxis))
        .x_axis_formatter(move |mark, _| axis_euros(mark.value, lang))
        // One label per row: the rows are counted, not ranked by roundness.
        .y_grid_spacer(crate::app::plot_style::whole_steps)
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 && (index as usize) < count {
                labels[count - 1 - index as usize].to_string()
            } else {
                String::new()
            }
        })
        .y_axis_min_width(150.0)
        .show_y(false)
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            for (high, name, color) in [
                (
                    false,
                    Text::TornadoLow,
                    egui::Color32::from_rgb(33, 113, 181),
                ),
                (
                    true,
                    Text::TornadoHigh,
                    egui::Color32::from_rgb(230, 150, 20),
                ),
            ] {
                plot_ui.bar_chart(
                    BarChart::new(lang.tr(name), bars(&shown, results, high, lang))
                        .horizontal()
                        .color(color)
                        .element_formatter(Box::new(|bar, _| bar.name.clone())),
                );
            }
            plot_ui.pointer_coordinate()
        });
    ui.label(egui::RichText::new(lang.tr(Text::TornadoHint)).weak());
    if !response.response.clicked() {
        return None;
    }
    let index = response.inner?.y.round();
    (index >= 0.0 && (index as usize) < count).then(|| shown[count - 1 - index as usize])
}

/// The low (or high) ends of `shown`, as offsets from the base, top row first.
fn bars(shown: &[&TornadoBar], results: &TornadoResults, high: bool, lang: Lang) -> Vec<Bar> {
    let count = shown.len();
    shown
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let (input, output) = if high {
                (bar.inputs.1, bar.outputs.1)
            } else {
                (bar.inputs.0, bar.outputs.0)
            };
            let row = (count - 1 - i) as f64;
            Bar::new(row, coordinate(output - results.base))
                .width(0.7)
                .name(format!(
                    "{} {}: {}",
                    param_label(lang, bar.param),
                    param_value(lang, bar.param, input),
                    money_whole(output, lang)
                ))
        })
        .collect()
}
