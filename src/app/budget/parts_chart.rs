//! The local budget's parts as a bar chart, one bar a municipality with its part written on top.
//! It only reads the result; the table above it holds the controls.

use eframe::egui;
use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, GridInput, GridMark, Plot, PlotPoint};
use rust_decimal::Decimal;

use crate::app::plot_style::{coordinate as to_f64, whole_steps};
use crate::app::widgets::still_plot;
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::budget::BudgetResult;

/// Height of the chart.
const HEIGHT: f32 = 220.0;

/// Draws the chart of the local budget's parts.
pub(super) fn show(ui: &mut egui::Ui, result: &BudgetResult, lang: Lang) {
    ui.label(RichText::new(lang.tr(Text::BudgetPartsChart)).strong());
    let color = if ui.visuals().dark_mode {
        Color32::from_rgb(90, 150, 220)
    } else {
        Color32::from_rgb(33, 113, 181)
    };
    let bars: Vec<Bar> = result
        .local_parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Bar::new(i as f64, to_f64(p.amount))
                .width(0.6)
                .name(format!(
                    "{}: {}",
                    p.municipality,
                    format::money(p.amount, lang)
                ))
        })
        .collect();
    let names: Vec<String> = result
        .local_parts
        .iter()
        .map(|p| p.municipality.clone())
        .collect();
    let tops: Vec<Decimal> = result.local_parts.iter().map(|p| p.amount).collect();
    axes(names, tops.iter().copied().max().unwrap_or_default(), lang).show(ui, |plot_ui| {
        for (i, top) in tops.into_iter().enumerate() {
            plot_ui.text(
                egui_plot::Text::new(
                    "",
                    PlotPoint::new(i as f64, to_f64(top)),
                    RichText::new(format::money_whole(top, lang)).size(13.0),
                )
                .anchor(egui::Align2::CENTER_BOTTOM),
            );
        }
        plot_ui.bar_chart(
            BarChart::new(lang.tr(Text::BudgetPart), bars)
                .color(color)
                .element_formatter(Box::new(|bar, _| bar.name.clone())),
        );
    });
}

/// A still plot with the municipalities' `names` under their bars and whole euros up the side,
/// high enough for the `highest` bar and its label.
fn axes(names: Vec<String>, highest: Decimal, lang: Lang) -> Plot<'static> {
    let count = names.len();
    still_plot(Plot::new("budget_parts_chart"))
        .height(HEIGHT)
        .show_x(false)
        .show_y(false)
        .show_grid(egui::Vec2b::new(false, true))
        .include_y(0.0)
        .include_y(to_f64(highest) * 1.15)
        .include_x(-0.6)
        .include_x(count as f64 - 0.4)
        .y_axis_min_width(70.0)
        .y_axis_formatter(move |mark, _| {
            Decimal::from_f64_retain(mark.value)
                .map_or_else(String::new, |d| format::money_whole(d, lang))
        })
        .x_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 {
                names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_grid_spacer(whole_steps)
        .y_grid_spacer(round_steps)
        .label_formatter(|_| None)
}

/// Grid lines at round steps, about five over the visible range.
fn round_steps(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let step = nice_step((max - min) / 5.0);
    if !(step.is_finite() && step > 0.0) {
        return Vec::new();
    }
    ((min / step).ceil() as i64..=(max / step).floor() as i64)
        .map(|k| GridMark {
            value: k as f64 * step,
            step_size: step,
        })
        .collect()
}

/// A round grid step near `rough`: 1, 2 or 5 times a power of ten.
fn nice_step(rough: f64) -> f64 {
    if !(rough.is_finite() && rough > 0.0) {
        return 0.0;
    }
    let power = 10f64.powf(rough.log10().floor());
    let mantissa = rough / power;
    let nice = if mantissa < 1.5 {
        1.0
    } else if mantissa < 3.5 {
        2.0
    } else if mantissa < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * power
}

#[cfg(test)]
mod tests {
    use super::nice_step;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(12_000.0), 10_000.0);
        assert_eq!(nice_step(30_000.0), 20_000.0);
        assert_eq!(nice_step(47_050.0), 50_000.0);
        assert_eq!(nice_step(0.8), 1.0);
        assert_eq!(nice_step(0.0), 0.0);
    }
}
