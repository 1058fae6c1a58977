//! (b) The net result against the wage value: the municipality's, the sheet's and society's, with
//! both break-even points (BUIG's and the municipality's) and the current wage value marked.

use eframe::egui;
use egui_plot::{HoverPosition, Line, LineStyle, MarkerShape, Points, VLine};
use rust_decimal::Decimal;

use super::{BENEFIT, MARKER, MUNICIPALITY, SHEET, SOCIETY, euro_plot, hovered, title};
use crate::app::plot_style::{coordinate, euros};
use crate::format::{param_value, percent, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::{Evaluation, ParamKey, Parameters, WageValuePoint};

/// The hover label: the series, the wage value and the amount under the pointer.
fn hover_label(hover: &HoverPosition<'_>, lang: Lang) -> Option<String> {
    let (position, name) = hovered(hover);
    let x = Decimal::from_f64_retain(position.x)?;
    Some(format!(
        "{name}{} {}\n{}",
        lang.tr(Text::WageValue),
        result_percent(x, lang),
        euros(position.y, lang)
    ))
}

/// (b) Net result against wage value, with both break-even points and the current wage value.
pub fn wage_value(
    ui: &mut egui::Ui,
    lang: Lang,
    params: &Parameters,
    evaluation: &Evaluation,
    points: &[WageValuePoint],
    size: egui::Vec2,
) {
    title(ui, lang, Text::PlotWageValue);
    let series = |pick: fn(&WageValuePoint) -> Decimal| -> Vec<[f64; 2]> {
        points
            .iter()
            .map(|p| [coordinate(p.wage_value_pct), coordinate(pick(p))])
            .collect()
    };
    let current_x = coordinate(params.wage_value_pct.get());
    let current_y = coordinate(evaluation.actors.municipality_net());
    let plot = euro_plot(
        "plot_wage_value",
        lang,
        Text::AxisWageValue,
        Text::AxisAmountPerYear,
        size,
    )
    // Axis marks fall on whole percentages.
    .x_axis_formatter(move |mark, _| {
        Decimal::from_f64_retain(mark.value)
            .map_or_else(String::new, |d| percent(d.round_dp(0), 0, lang))
    })
    .include_x(0.0)
    .include_x(100.0)
    .include_y(0.0)
    .label_formatter(move |hover| hover_label(hover, lang));
    plot.show(ui, |plot_ui| {
        let lines = [
            (
                Text::SeriesMunicipalityNet,
                MUNICIPALITY,
                2.0,
                series(|p| p.municipality_net),
            ),
            (Text::SeriesSheetNet, SHEET, 1.5, series(|p| p.sheet_net)),
            (
                Text::SeriesSocietyNet,
                SOCIETY,
                1.5,
                series(|p| p.society_net),
            ),
        ];
        for (name, color, width, points) in lines {
            plot_ui.line(Line::new(lang.tr(name), points).color(color).width(width));
        }
        // Both break-evens, named for what they are: BUIG's (LKS = benefit saved) and the
        // municipality's (its net, participation budget and BUIG together, is zero).
        let marks = [
            (
                Text::BreakEvenBuigShort,
                evaluation.break_even.wage_value_pct(),
                BENEFIT,
            ),
            (
                Text::BreakEvenMunicipalityShort,
                evaluation.break_even_municipality.wage_value_pct(),
                MUNICIPALITY,
            ),
        ];
        for (name, at, color) in marks {
            if let Some(at) = at {
                plot_ui.vline(
                    VLine::new(
                        format!("{} {}", lang.tr(name), result_percent(at, lang)),
                        coordinate(at),
                    )
                    .color(color)
                    .style(LineStyle::dashed_loose()),
                );
            }
        }
        // One legend entry for the marker line and its point: they share a name.
        let current = format!(
            "{} {}",
            lang.tr(Text::SeriesCurrent),
            param_value(ParamKey::WageValuePct, params.wage_value_pct.get(), lang)
        );
        plot_ui.vline(VLine::new(current.clone(), current_x).color(MARKER));
        plot_ui.points(
            Points::new(current, vec![[current_x, current_y]])
                .shape(MarkerShape::Circle)
                .radius(5.0)
                .color(MARKER),
        );
    });
}
