//! The histogram of one output (picked beside it) and the fan chart over the years, for the
//! municipality or society: P5–P95 and P25–P75 bands around the median.

use eframe::egui;
use egui::Color32;
use egui_plot::{Bar, BarChart, Corner, Line, PlotPoints, Polygon, VLine};

use super::{SHOWN, euros, output_label};
use crate::app::plot_style::{euro_plot, sized_plot};
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::{Extras, Percentiles, SimulationResult};

/// The municipality's colour in the fan chart (the blue of the app's other plots).
const MUNICIPALITY: Color32 = Color32::from_rgb(33, 113, 181);
/// Society's colour.
const SOCIETY: Color32 = Color32::from_rgb(35, 139, 69);

/// The histogram of the output picked (kept in egui's memory: a view choice, not the model).
pub(super) fn histogram(
    ui: &mut egui::Ui,
    lang: Lang,
    result: &SimulationResult,
    size: egui::Vec2,
) {
    let index = picker(ui, lang, size.x - 120.0);
    let Some(key) = SHOWN.get(index).copied() else {
        return;
    };
    let (Some(summary), Some(hist)) = (result.summary(key), result.histogram(key)) else {
        return;
    };
    let bars: Vec<Bar> = hist
        .percent_bins()
        .map(|(left, right, share)| {
            let centre = (left + right) / 2.0;
            Bar::new(centre, share)
                .width((right - left).max(f64::EPSILON) * 0.95)
                .name(euros(centre, lang))
        })
        .collect();
    let p = summary.percentiles;
    let pct = crate::format::percent_sign(lang);
    sized_plot(
        "mc_histogram",
        egui::vec2(size.x, size.y - 24.0),
        Corner::RightTop,
    )
    .x_axis_formatter(move |mark, _| euros(mark.value, lang))
    .y_axis_formatter(move |mark, _| format!("{:.0}{pct}", mark.value))
    .y_axis_min_width(44.0)
    .include_y(0.0)
    .show(ui, |plot_ui| {
        plot_ui.bar_chart(
            BarChart::new(
                format!(
                    "{} ({})",
                    output_label(lang, key),
                    lang.tr(Text::McShareOfSamples)
                ),
                bars,
            )
            .color(MUNICIPALITY.gamma_multiply(0.8))
            .element_formatter(Box::new(|bar, _| bar.name.clone())),
        );
        for (name, value) in [("P5", p.p5), ("P50", p.p50), ("P95", p.p95)] {
            plot_ui.vline(
                VLine::new(format!("{name}: {}", euros(value, lang)), value)
                    .color(Color32::from_rgb(230, 150, 20))
                    .width(1.5),
            );
        }
    });
}

/// The output the histogram shows, picked beside its title; an index into [`SHOWN`], kept in
/// egui's memory (a view choice, not part of the model).
fn picker(ui: &mut egui::Ui, lang: Lang, width: f32) -> usize {
    let id = egui::Id::unique("mc_histogram_output");
    let mut index = ui.data(|d| d.get_temp::<usize>(id)).unwrap_or(2);
    ui.horizontal(|ui| {
        let label = ui.label(egui::RichText::new(lang.tr(Text::McHistogram)).strong());
        let current = SHOWN
            .get(index)
            .map(|k| output_label(lang, *k))
            .unwrap_or_default();
        egui::ComboBox::from_id_salt("mc_histogram_picker")
            .selected_text(current)
            .width(width)
            .show_ui(ui, |ui| {
                for (i, key) in SHOWN.iter().enumerate() {
                    ui.selectable_value(&mut index, i, output_label(lang, *key));
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.data_mut(|d| d.insert_temp(id, index));
    index
}

/// The fan chart of the municipality (`municipality`) or society: the cumulative discounted net
/// per year, P5–P95 and P25–P75 as bands, the median as a line.
pub(super) fn fan(
    ui: &mut egui::Ui,
    lang: Lang,
    extras: &Extras,
    municipality: bool,
    size: egui::Vec2,
) {
    let (who, color) = if municipality {
        (Text::McMunicipality, MUNICIPALITY)
    } else {
        (Text::McSociety, SOCIETY)
    };
    ui.label(egui::RichText::new(format!("{} — {}", lang.tr(Text::McFan), lang.tr(who))).strong());
    let years: Vec<(f64, Percentiles)> = extras
        .fan
        .years
        .iter()
        .map(|y| {
            let p = if municipality {
                y.municipality
            } else {
                y.society
            };
            (f64::from(y.year), p)
        })
        .collect();
    let id = if municipality {
        "mc_fan_municipality"
    } else {
        "mc_fan_society"
    };
    euro_plot(id, lang, Corner::LeftBottom)
        .width(size.x)
        .height(size.y - 24.0)
        .x_axis_label(lang.tr(Text::Year))
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .show(ui, |plot_ui| {
            let band90 = lang.tr(Text::McBand90);
            let band50 = lang.tr(Text::McBand50);
            for (name, low, alpha) in [(band90, (0, 4), 0.18), (band50, (1, 3), 0.35)] {
                let (lo, hi) = low;
                let low = |p: &Percentiles| p.to_array()[lo];
                let high = |p: &Percentiles| p.to_array()[hi];
                // One four-cornered piece per year: egui fills only convex shapes, a band over
                // many years is not one.
                for pair in years.windows(2) {
                    let [(x0, a), (x1, b)] = pair else { continue };
                    let corners =
                        vec![[*x0, low(a)], [*x1, low(b)], [*x1, high(b)], [*x0, high(a)]];
                    plot_ui.polygon(
                        Polygon::new(name, PlotPoints::from(corners))
                            .fill_color(color.gamma_multiply(alpha))
                            .stroke(egui::Stroke::new(
                                0.0,
                                color.gamma_multiply((alpha * 2.5).min(1.0)),
                            )),
                    );
                }
                if years.len() == 1
                    && let Some((x, p)) = years.first()
                {
                    let corners = vec![
                        [x - 0.3, low(p)],
                        [x + 0.3, low(p)],
                        [x + 0.3, high(p)],
                        [x - 0.3, high(p)],
                    ];
                    plot_ui.polygon(
                        Polygon::new(name, PlotPoints::from(corners))
                            .fill_color(color.gamma_multiply(alpha))
                            .stroke(egui::Stroke::new(
                                0.0,
                                color.gamma_multiply((alpha * 2.5).min(1.0)),
                            )),
                    );
                }
            }
            let median: Vec<[f64; 2]> = years.iter().map(|(x, p)| [*x, p.p50]).collect();
            plot_ui.line(
                Line::new(lang.tr(Text::McMedian), PlotPoints::from(median))
                    .color(color)
                    .width(2.0),
            );
        });
}
