//! (c) Over the horizon: the cumulative societal cost of staying home against the cumulative cost
//! of acting, year by year.

use eframe::egui;
use egui_plot::{HoverPosition, Line};
use rust_decimal::Decimal;

use super::{COST, MUNICIPALITY, euro_plot, hovered, title};
use crate::app::plot_style::{coordinate, euros};
use crate::i18n::{Lang, Text};
use crate::model::Evaluation;

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

/// (c) The cumulative cost of staying home against the cumulative cost of acting.
pub fn horizon(ui: &mut egui::Ui, lang: Lang, evaluation: &Evaluation, size: egui::Vec2) {
    title(ui, lang, Text::PlotHorizon);
    let mut staying_home = vec![[0.0, 0.0]];
    let mut acting = vec![[0.0, 0.0]];
    let (mut home_total, mut acting_total) = (Decimal::ZERO, Decimal::ZERO);
    for year in &evaluation.multi_year.years {
        home_total += year.staying_home;
        acting_total += year.municipality_cost;
        staying_home.push([f64::from(year.year), coordinate(home_total)]);
        acting.push([f64::from(year.year), coordinate(acting_total)]);
    }
    let plot = euro_plot(
        "plot_horizon",
        lang,
        Text::AxisYears,
        Text::AxisCumulative,
        size,
    )
    .include_y(0.0)
    .x_axis_formatter(|mark, _| year_tick(mark.value))
    .label_formatter(move |hover| hover_label(hover, lang));
    plot.show(ui, |plot_ui| {
        let lines = [
            (Text::SeriesStayingHome, COST, staying_home),
            (Text::SeriesActing, MUNICIPALITY, acting),
        ];
        for (name, color, points) in lines {
            plot_ui.line(Line::new(lang.tr(name), points).color(color).width(2.0));
        }
    });
}
