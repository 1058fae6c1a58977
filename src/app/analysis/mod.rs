//! The analysis view: live goal seek, the sensitivity tornado, the horizon per actor, lock-in against
//! revolving credit, and scenarios side by side.
//!
//! The view computes nothing. Its settings ([`AnalysisState`]) make an [`AnalysisRequest`]; the app
//! runs [`compute()`] on it off the UI thread whenever it changed and hands the newest
//! [`AnalysisResults`] to [`show`], which only draws them. While a newer request is still being
//! computed the view says so ("bijwerken…") and shows the results it has.
//!
//! One file a section — `goal_seek`, `tornado`, `horizon`, `lock_in`, `compare` — each
//! with its controls (which edit the settings) apart from its plot or table (which read results);
//! this file lays them out.

mod compare;
pub mod compute;
pub mod explain;
mod goal_seek;
mod horizon;
mod lock_in;
pub mod results;
pub mod state;
mod tornado;
pub mod trade_off;

use eframe::egui;
use egui_plot::{Corner, Plot};
use rust_decimal::Decimal;

use super::widgets::net_color;
use super::{Command, plot_style};
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::analysis::{OutputKey, ParamKey};
use crate::model::{Model, Unit};

pub use compute::ExplainRequest;
pub use compute::{AnalysisRequest, compute};
pub use explain::waterfall_plot;
pub use results::{
    AnalysisError, AnalysisResults, CompareResults, GoalSeekResults, HorizonResults, LockInResults,
    Points, TornadoResults,
};
pub use state::AnalysisState;
pub use trade_off::trade_off_plot;

/// Above this width the sections stand in two columns.
const TWO_COLUMN_WIDTH: f32 = 1000.0;
/// What a section's frame takes of the width: its inner margin and its stroke on both sides.
const SECTION_FRAME: f32 = 14.0;
/// Half the width of a tick label at a plot's right edge ("€ 3.000").
const EDGE_LABEL: f32 = 24.0;
/// Height of the plots in the two columns.
const PLOT_HEIGHT: f32 = 220.0;

/// What the sections read and where they leave their commands.
struct Room<'a> {
    model: &'a Model,
    current: usize,
    results: Option<&'a AnalysisResults>,
    /// Whether `results` answer the settings as they are (no newer request still running).
    current_results: bool,
    lang: Lang,
    commands: &'a mut Vec<Command>,
    /// Size of a plot in one column.
    plot_size: egui::Vec2,
    /// Set when a control changed the settings, so the next frame asks for new results.
    changed: bool,
}

/// Draw the analysis view for scenario `current` of `model`: the controls edit `state`; the
/// figures come from `results`, the newest computed (`current_results` is false while newer ones
/// are on their way). Goal seek's "apply" and a click on a tornado bar are pushed to `commands`.
#[expect(
    clippy::too_many_arguments,
    reason = "the app's one call site hands over the room's parts as it holds them"
)]
pub fn show(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    model: &Model,
    current: usize,
    results: Option<&AnalysisResults>,
    current_results: bool,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    if model.scenarios.get(current).is_none() {
        return;
    }
    if let Some(Err(err)) = results.map(|r| &r.horizon) {
        ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
        return;
    }
    if !current_results {
        updating_marker(ui, lang);
    }
    let mut room = Room {
        model,
        current,
        results,
        current_results,
        lang,
        commands,
        plot_size: egui::Vec2::ZERO,
        changed: false,
    };
    egui::ScrollArea::both()
        .id_salt("analysis_scroll")
        .show(ui, |ui| sections(ui, state, &mut room));
    if room.changed {
        // The settings changed after this frame's request was made: ask for the next frame.
        ui.ctx().request_repaint();
    }
}

fn sections(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    let wide = ui.available_width() > TWO_COLUMN_WIDTH;
    let half = if wide {
        // The item spacing stands between the two columns.
        (ui.available_width() - ui.spacing().item_spacing.x) / 2.0
    } else {
        ui.available_width()
    };
    // A plot stands in a section's frame: its margin and stroke (7 a side) come off as well.
    // So does room for the tick label at the plot's right edge, which stands half outside it.
    room.plot_size = egui::vec2(half - 8.0 - SECTION_FRAME - EDGE_LABEL, PLOT_HEIGHT);
    if wide {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(half);
                left_column(ui, state, room);
            });
            ui.vertical(|ui| {
                ui.set_width(half);
                right_column(ui, state, room);
            });
        });
    } else {
        left_column(ui, state, room);
        right_column(ui, state, room);
    }
    section(ui, room.lang, Text::Compare, |ui| {
        compare::show(ui, state, room);
    });
    section(ui, room.lang, Text::ExplainTitle, |ui| {
        explain::show(ui, state, room);
    });
    section(ui, room.lang, Text::TradeOffTitle, |ui| {
        trade_off::show(ui, state, room);
    });
}

fn left_column(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    section(ui, room.lang, Text::GoalSeek, |ui| {
        goal_seek::show(ui, state, room);
    });
    section(ui, room.lang, Text::Tornado, |ui| {
        tornado::show(ui, state, room);
    });
}

fn right_column(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    section(ui, room.lang, Text::HorizonTitle, |ui| {
        if let Some(results) = room.results {
            horizon::show(ui, &results.horizon, room.lang, room.plot_size);
        }
    });
    section(ui, room.lang, Text::LockIn, |ui| {
        lock_in::show(ui, state, room);
    });
}

/// A framed section with a heading.
fn section(ui: &mut egui::Ui, lang: Lang, title: Text, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(lang.tr(title)).heading());
        add(ui);
    });
    ui.add_space(6.0);
}

/// "bijwerken…" in the view's top right corner, drawn over whatever stands there so the layout
/// does not jump while a slider is dragged.
fn updating_marker(ui: &mut egui::Ui, lang: Lang) {
    let rect = ui.max_rect();
    let area = egui::Rect::from_min_max(
        egui::pos2(rect.right() - 214.0, rect.top() + 6.0),
        egui::pos2(rect.right() - 14.0, rect.top() + 26.0),
    );
    let mut marker = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(area)
            .layout(egui::Layout::right_to_left(egui::Align::Center)),
    );
    marker.label(
        egui::RichText::new(lang.tr(Text::AnalysisUpdating))
            .weak()
            .small(),
    );
}

/// The name of an output.
pub fn output_label(lang: Lang, output: OutputKey) -> String {
    lang.output(output, crate::i18n::Wording::Analysis)
}

/// The parameters panel's name of a parameter.
fn param_label(lang: Lang, param: ParamKey) -> &'static str {
    lang.pick(param.def().label)
}

/// A parameter value in the unit people read it in, a percentage with its slider step's decimals.
fn param_value(lang: Lang, param: ParamKey, value: Decimal) -> String {
    crate::format::param_value(param, value, lang)
}

/// A value an analysis worked out for a parameter: a percentage is a result and has one decimal
/// (`52,9 %`, as the break-even it often is), other units read as the parameter's.
fn solved_value(lang: Lang, param: ParamKey, value: Decimal) -> String {
    match param.def().unit {
        Unit::Percent => crate::format::result_percent(value, lang),
        _ => param_value(lang, param, value),
    }
}

/// An amount's text in the colour of its sign.
fn signed(ui: &egui::Ui, text: String, value: Decimal) -> egui::RichText {
    egui::RichText::new(text).color(net_color(ui, value))
}

/// A still money plot with its legend in `corner` and `x_label` along the bottom.
fn euro_plot(id: &str, lang: Lang, x_label: String, corner: Corner) -> Plot<'static> {
    plot_style::euro_plot(id, lang, corner).x_axis_label(x_label)
}
