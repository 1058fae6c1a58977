//! The three plots. They only read results; coordinates are `f64` because that is what a plot needs,
//! while every figure they show in text is formatted from the exact amounts' notation.

use eframe::egui;
use egui_plot::{Bar, BarChart, Corner, Legend, Line, MarkerShape, Plot, Points, VLine};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::format::{money_whole, percent};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, Evaluation, Parameters, WageValuePoint};

fn f(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

fn euros(value: f64, lang: Lang) -> String {
    Decimal::from_f64_retain(value).map_or_else(String::new, |d| money_whole(d, lang))
}

fn base_plot<'a>(
    id: &'a str,
    lang: Lang,
    x_label: Text,
    y_label: Text,
    size: egui::Vec2,
) -> Plot<'a> {
    Plot::new(id)
        .width(size.x)
        .height(size.y)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .legend(
            Legend::default()
                .position(Corner::LeftTop)
                .background_alpha(0.75)
                .text_style(egui::TextStyle::Small),
        )
        .x_axis_label(lang.tr(x_label))
        .y_axis_label(lang.tr(y_label))
        .y_axis_formatter(move |mark, _| euros(mark.value, lang))
        .y_axis_min_width(64.0)
}

const COST: egui::Color32 = egui::Color32::from_rgb(214, 96, 77);
const BENEFIT: egui::Color32 = egui::Color32::from_rgb(67, 160, 71);
const MUNICIPALITY: egui::Color32 = egui::Color32::from_rgb(33, 113, 181);
const SHEET: egui::Color32 = egui::Color32::from_rgb(140, 140, 140);
const SOCIETY: egui::Color32 = egui::Color32::from_rgb(123, 82, 171);
const MARKER: egui::Color32 = egui::Color32::from_rgb(230, 150, 20);

fn title(ui: &mut egui::Ui, lang: Lang, text: Text) {
    ui.label(egui::RichText::new(lang.tr(text)).strong());
}

/// Short actor names for the x axis.
fn short_actor(lang: Lang, actor: Actor) -> &'static str {
    match (lang, actor) {
        (Lang::Nl, Actor::MunicipalityParticipation) => "P-budget",
        (Lang::Nl, Actor::MunicipalityBuig) => "BUIG",
        (Lang::Nl, Actor::NationalGovernment) => "Rijk",
        (Lang::Nl, Actor::Employer) => "Werkgever",
        (Lang::Nl, Actor::Worker) => "Werknemer",
        (Lang::Nl, Actor::RestOfSociety) => "Samenleving",
        (Lang::En, Actor::MunicipalityParticipation) => "P-budget",
        (Lang::En, Actor::MunicipalityBuig) => "BUIG",
        (Lang::En, Actor::NationalGovernment) => "Government",
        (Lang::En, Actor::Employer) => "Employer",
        (Lang::En, Actor::Worker) => "Worker",
        (Lang::En, Actor::RestOfSociety) => "Society",
    }
}

/// (a) Costs against benefits per actor.
pub fn actors(ui: &mut egui::Ui, lang: Lang, evaluation: &Evaluation, size: egui::Vec2) {
    title(ui, lang, Text::PlotActors);
    let bars = |benefit: bool| -> Vec<Bar> {
        Actor::ALL
            .into_iter()
            .enumerate()
            .map(|(i, actor)| {
                let row = evaluation.actors.row(actor);
                let amount = if benefit { row.benefit } else { row.cost };
                // First actor on top.
                let offset = if benefit { -0.2 } else { 0.2 };
                Bar::new((5 - i) as f64 + offset, f(amount))
                    .width(0.38)
                    .name(format!(
                        "{}: {}",
                        lang.actor(actor),
                        money_whole(amount, lang)
                    ))
            })
            .collect()
    };
    // Horizontal bars: the actors' names need the room a y axis gives them.
    let plot = Plot::new("plot_actors")
        .width(size.x)
        .height(size.y)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .legend(
            Legend::default()
                .position(Corner::RightBottom)
                .background_alpha(0.75)
                .text_style(egui::TextStyle::Small),
        )
        .x_axis_label(lang.tr(Text::AxisAmountPerYear))
        .x_axis_formatter(move |mark, _| euros(mark.value, lang))
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && (0.0..6.0).contains(&index) {
                Actor::ALL
                    .get(5 - index as usize)
                    .map_or_else(String::new, |a| short_actor(lang, *a).to_string())
            } else {
                String::new()
            }
        })
        .y_grid_spacer(|input| {
            let (min, max) = input.bounds;
            (min.ceil() as i64..=max.floor() as i64)
                .map(|v| egui_plot::GridMark {
                    value: v as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_min_width(78.0)
        .include_x(0.0)
        .show_y(false)
        .label_formatter(|_| None);
    plot.show(ui, |plot_ui| {
        plot_ui.bar_chart(
            BarChart::new(lang.tr(Text::Costs), bars(false))
                .horizontal()
                .color(COST)
                .element_formatter(Box::new(|bar, _| bar.name.clone())),
        );
        plot_ui.bar_chart(
            BarChart::new(lang.tr(Text::Benefits), bars(true))
                .horizontal()
                .color(BENEFIT)
                .element_formatter(Box::new(|bar, _| bar.name.clone())),
        );
    });
}

/// (b) Net result against wage value, with the break-even point and the current wage value.
pub fn wage_value(
    ui: &mut egui::Ui,
    lang: Lang,
    params: &Parameters,
    evaluation: &Evaluation,
    points: &[WageValuePoint],
    size: egui::Vec2,
) {
    title(ui, lang, Text::PlotWageValue);
    let series = |pick: fn(&crate::model::WageValuePoint) -> Decimal| -> Vec<[f64; 2]> {
        points
            .iter()
            .map(|p| [f(p.wage_value_pct), f(pick(p))])
            .collect()
    };
    let current_x = f(params.wage_value_pct.get());
    let current_y = f(evaluation.actors.municipality_net());
    let label_lang = lang;
    let plot = base_plot(
        "plot_wage_value",
        lang,
        Text::AxisWageValue,
        Text::AxisAmountPerYear,
        size,
    )
    .x_axis_formatter(move |mark, _| {
        Decimal::from_f64_retain(mark.value)
            .map_or_else(String::new, |d| percent(d.round_dp(0), 0, lang))
    })
    .include_x(0.0)
    .include_x(100.0)
    .include_y(0.0)
    .label_formatter(move |hover| {
        let position = match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. }
            | egui_plot::HoverPosition::Elsewhere { position } => position,
        };
        let x = Decimal::from_f64_retain(position.x)?.round_dp(1);
        let name = match hover {
            egui_plot::HoverPosition::NearDataPoint { plot_name, .. } => format!("{plot_name}\n"),
            egui_plot::HoverPosition::Elsewhere { .. } => String::new(),
        };
        Some(format!(
            "{name}{} {}\n{}",
            label_lang.tr(Text::WageValue),
            percent(x, 1, label_lang),
            euros(position.y, label_lang)
        ))
    });
    plot.show(ui, |plot_ui| {
        plot_ui.line(
            Line::new(
                lang.tr(Text::SeriesMunicipalityNet),
                series(|p| p.municipality_net),
            )
            .color(MUNICIPALITY)
            .width(2.0),
        );
        plot_ui.line(
            Line::new(lang.tr(Text::SeriesSheetNet), series(|p| p.sheet_net))
                .color(SHEET)
                .width(1.5),
        );
        plot_ui.line(
            Line::new(lang.tr(Text::SeriesSocietyNet), series(|p| p.society_net))
                .color(SOCIETY)
                .width(1.5),
        );
        if let Some(at) = evaluation.break_even.wage_value_pct() {
            plot_ui.vline(
                VLine::new(
                    format!("{} {}", lang.tr(Text::BreakEven), percent(at, 1, lang)),
                    f(at),
                )
                .color(BENEFIT)
                .style(egui_plot::LineStyle::dashed_loose()),
            );
        }
        // One legend entry for the marker line and its point: they share a name.
        let current = format!(
            "{} {}",
            lang.tr(Text::SeriesCurrent),
            percent(params.wage_value_pct.get(), 1, lang)
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

/// (c) Over the horizon: the cumulative societal cost of staying home against the cumulative cost
/// of acting.
pub fn horizon(ui: &mut egui::Ui, lang: Lang, evaluation: &Evaluation, size: egui::Vec2) {
    title(ui, lang, Text::PlotHorizon);
    let mut staying_home = vec![[0.0, 0.0]];
    let mut acting = vec![[0.0, 0.0]];
    let (mut home_total, mut acting_total) = (Decimal::ZERO, Decimal::ZERO);
    for year in &evaluation.multi_year.years {
        home_total += year.staying_home;
        acting_total += year.municipality_cost;
        staying_home.push([f64::from(year.year), f(home_total)]);
        acting.push([f64::from(year.year), f(acting_total)]);
    }
    let plot = base_plot(
        "plot_horizon",
        lang,
        Text::AxisYears,
        Text::AxisCumulative,
        size,
    )
    .include_y(0.0)
    .x_axis_formatter(|mark, _| {
        // Years are whole: no label on the fractional grid lines of a short horizon.
        if (mark.value - mark.value.round()).abs() < 1e-6 {
            format!("{:.0}", mark.value)
        } else {
            String::new()
        }
    })
    .label_formatter(move |hover| {
        let position = match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. }
            | egui_plot::HoverPosition::Elsewhere { position } => position,
        };
        let name = match hover {
            egui_plot::HoverPosition::NearDataPoint { plot_name, .. } => format!("{plot_name}\n"),
            egui_plot::HoverPosition::Elsewhere { .. } => String::new(),
        };
        Some(format!(
            "{name}{} {:.0}\n{}",
            lang.tr(Text::Year),
            position.x,
            euros(position.y, lang)
        ))
    });
    plot.show(ui, |plot_ui| {
        plot_ui.line(
            Line::new(lang.tr(Text::SeriesStayingHome), staying_home)
                .color(COST)
                .width(2.0),
        );
        plot_ui.line(
            Line::new(lang.tr(Text::SeriesActing), acting)
                .color(MUNICIPALITY)
                .width(2.0),
        );
    });
}
