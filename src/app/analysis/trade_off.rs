//! Trade-offs at a glance: the chosen output over two parameters, shaded green where it is
//! positive and red where negative (deeper the further from zero), with the break-even contour and
//! the shown scenario's own point, so a presenter can point at the region where the municipality
//! gains.
//!
//! [`trade_off_plot`] draws it from a [`TradeOff`] alone, so presenter mode can show the same plot.

use eframe::egui;
use std::hash::{Hash, Hasher};

use egui_plot::{Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points};

use super::{AnalysisState, Room, output_label, param_label, param_value};
use crate::app::plot_style::{coordinate, euros, legend, still_plot};
use crate::app::widgets::{Sign, sign_color};
use crate::format::money_whole;
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::analysis::{OutputKey, ParamKey, TradeOff};

/// The controls, then the plot.
pub(super) fn show(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    let lang = room.lang;
    room.changed |= controls(ui, state, lang);
    let Some(results) = room.results else {
        return;
    };
    match &results.trade_off {
        Ok(grid) => {
            trade_off_plot(ui, grid, lang, room.plot_size.y.max(320.0));
            ui.label(
                egui::RichText::new(format!(
                    "{} {}: {}",
                    lang.tr(Text::TradeOffCurrent),
                    output_label(lang, grid.output),
                    money_whole(grid.current_value, lang)
                ))
                .weak(),
            );
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
        }
    }
}

/// The output and the two parameters; says whether a setting changed.
fn controls(ui: &mut egui::Ui, state: &mut AnalysisState, lang: Lang) -> bool {
    let before = (state.trade_output, state.trade_x, state.trade_y);
    egui::Grid::new("trade_off_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(lang.tr(Text::TradeOffOutput));
            egui::ComboBox::from_id_salt("trade_off_output")
                .selected_text(output_label(lang, state.trade_output))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for output in OutputKey::all() {
                        ui.selectable_value(
                            &mut state.trade_output,
                            output,
                            output_label(lang, output),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            for (text, id, slot) in [
                (Text::TradeOffX, "trade_off_x", &mut state.trade_x),
                (Text::TradeOffY, "trade_off_y", &mut state.trade_y),
            ] {
                let label = ui.label(lang.tr(text));
                egui::ComboBox::from_id_salt(id)
                    .selected_text(param_label(lang, *slot))
                    .width(300.0)
                    .show_ui(ui, |ui| {
                        for param in ParamKey::analysable() {
                            ui.selectable_value(slot, param, param_label(lang, param));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
        });
    before != (state.trade_output, state.trade_x, state.trade_y)
}

/// The trade-off of `grid` across the available width and `height` high: each grid point a tile
/// in the sign palette (green from zero up, red below; stronger further from zero), the break-even
/// contour as a line, the scenario's own values as a point; the parameters' names along the axes
/// in `lang`. For the analysis view and presenter mode alike.
pub fn trade_off_plot(
    ui: &mut egui::Ui,
    grid: &TradeOff,
    lang: Lang,
    height: f32,
) -> egui::Response {
    let n = grid.steps;
    let last = n.saturating_sub(1).max(1) as f64;
    let (x0, x1) = (coordinate(grid.x.low), coordinate(grid.x.high));
    let (y0, y1) = (coordinate(grid.y.low), coordinate(grid.y.high));
    let (dx, dy) = ((x1 - x0) / last, (y1 - y0) / last);
    // One pixel per grid point, the tiles centred on the points, so the colour under a point is
    // the output there.
    let shading = egui_plot::PlotImage::new(
        "",
        shading(ui, grid).id(),
        PlotPoint::new((x0 + x1) / 2.0, (y0 + y1) / 2.0),
        egui::vec2((dx * n as f64) as f32, (dy * n as f64) as f32),
    );
    let (x_param, y_param) = (grid.x.param, grid.y.param);
    // The colour of text for the contour and the point: it stands out on both shades.
    let contour_color = ui.visuals().strong_text_color();
    still_plot(Plot::new("trade_off_plot"))
        .width(ui.available_width())
        .height(height)
        .legend(legend(egui_plot::Corner::RightTop))
        .x_axis_label(param_label(lang, x_param))
        .y_axis_label(param_label(lang, y_param))
        .x_axis_formatter(move |mark, _| axis_value(x_param, mark.value, lang))
        .y_axis_formatter(move |mark, _| axis_value(y_param, mark.value, lang))
        .y_axis_min_width(64.0)
        .include_x(x0)
        .include_x(x1)
        .include_y(y0)
        .include_y(y1)
        .show(ui, |plot_ui| {
            plot_ui.image(shading);
            for (k, [a, b]) in grid.contour.iter().enumerate() {
                let points = vec![
                    [coordinate(a.0), coordinate(a.1)],
                    [coordinate(b.0), coordinate(b.1)],
                ];
                // One legend entry for the whole contour: the segments share its name.
                let name = if k == 0 {
                    lang.tr(Text::TradeOffBreakEven)
                } else {
                    ""
                };
                plot_ui.line(
                    Line::new(name, PlotPoints::from(points))
                        .color(contour_color)
                        .width(2.5),
                );
            }
            plot_ui.points(
                Points::new(
                    lang.tr(Text::TradeOffCurrent),
                    vec![[coordinate(grid.current.0), coordinate(grid.current.1)]],
                )
                .shape(MarkerShape::Circle)
                .radius(6.0)
                .color(contour_color),
            );
        })
        .response
}

/// The shading as a texture of one pixel per grid point: green where the output is positive, red
/// where negative, deeper the further from zero. Made again only when the grid or the palette
/// changes — an idle frame draws one image instead of formatting and laying out 1.681 tiles.
fn shading(ui: &egui::Ui, grid: &TradeOff) -> egui::TextureHandle {
    let (positive, negative) = (
        sign_color(ui, Sign::Positive),
        sign_color(ui, Sign::Negative),
    );
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (grid.steps, &grid.values, positive, negative).hash(&mut hasher);
    let key = hasher.finish();
    let id = egui::Id::unique("trade_off_shading");
    if let Some((known, texture)) = ui
        .ctx()
        .data(|d| d.get_temp::<(u64, egui::TextureHandle)>(id))
        && known == key
    {
        return texture;
    }
    let n = grid.steps.max(1);
    let values: Vec<f64> = grid.values.iter().map(|v| coordinate(*v)).collect();
    let largest = values.iter().fold(0.0_f64, |m, v| m.max(v.abs())).max(1.0);
    let color = |v: f64| {
        let strength = 0.25 + 0.6 * (v.abs() / largest).min(1.0);
        let color = if v < 0.0 { negative } else { positive };
        color.gamma_multiply(strength as f32)
    };
    // The grid's first row is the lowest y; an image's first row is its top.
    let pixels: Vec<egui::Color32> = (0..n)
        .rev()
        .flat_map(|row| (0..n).map(move |col| row * n + col))
        .map(|i| {
            values
                .get(i)
                .copied()
                .map_or(egui::Color32::TRANSPARENT, color)
        })
        .collect();
    let image = egui::ColorImage::new([n, n], pixels);
    let texture = ui
        .ctx()
        .load_texture("trade_off_shading", image, egui::TextureOptions::NEAREST);
    ui.ctx()
        .data_mut(|d| d.insert_temp(id, (key, texture.clone())));
    texture
}

/// An axis tick in the parameter's unit: whole euros for money, else as the panel shows it.
fn axis_value(param: ParamKey, value: f64, lang: Lang) -> String {
    if param.def().unit == crate::model::Unit::Money {
        return euros(value, lang);
    }
    rust_decimal::Decimal::from_f64_retain(value)
        .map(|v| param_value(lang, param, v.round_dp(2)))
        .unwrap_or_default()
}
