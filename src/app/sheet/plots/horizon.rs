//! (c) Over the horizon: doing nothing against acting, like against like — for the municipality and
//! for society, each option's cumulative cost at present value, one pocket per pair of lines
//! ([`crate::model::MultiYear::cost_paths`]); the gap between a pocket's two lines is its NPV.

use eframe::egui;
use egui_plot::{HoverPosition, Line, LineStyle};

use super::{MUNICIPALITY, SOCIETY, euro_plot, hovered, title};
use crate::app::plot_style::{coordinate, euros};
use crate::i18n::{Lang, Text};
use crate::model::{Course, Evaluation, Pocket};

/// The hover label: the series, the year and the amount under the pointer.
fn hover_label(hover: &HoverPosition<'_>, lang: Lang) -> Option<String> {
    let (position, name) = hovered(hover);
    Some(format!(
        "{name}{} {:.0}\n{}",
        lang.tr(Text::Year),
        position.x,
        euros(position.y, lang)
    ))
}

/// Years are whole: no label on the fractional grid lines of a short horizon.
fn year_tick(value: f64) -> String {
    if (value - value.round()).abs() < 1e-6 {
        format!("{value:.0}")
    } else {
        String::new()
    }
}

/// (c) Doing nothing against acting, per pocket, cumulative at present value.
pub fn horizon(ui: &mut egui::Ui, lang: Lang, evaluation: &Evaluation, size: egui::Vec2) {
    title(ui, lang, Text::PlotHorizon);
    let paths = evaluation.multi_year.cost_paths();
    let plot = euro_plot(
        "plot_horizon",
        lang,
        Text::AxisYears,
        Text::DoNothingVsActingAxis,
        size,
    )
    .include_y(0.0)
    .x_axis_formatter(|mark, _| year_tick(mark.value))
    .label_formatter(move |hover| hover_label(hover, lang));
    plot.show(ui, |plot_ui| {
        for path in paths {
            let color = match path.pocket {
                Pocket::Municipality => MUNICIPALITY,
                Pocket::Society => SOCIETY,
            };
            let style = match path.course {
                Course::DoNothing => LineStyle::dashed_loose(),
                Course::Act => LineStyle::Solid,
            };
            let points: Vec<[f64; 2]> = path
                .cumulative
                .iter()
                .enumerate()
                .map(|(year, cost)| [year as f64, coordinate(*cost)])
                .collect();
            plot_ui.line(
                Line::new(lang.cost_path(path.pocket, path.course), points)
                    .color(color)
                    .style(style)
                    .width(2.0),
            );
        }
    });
}
