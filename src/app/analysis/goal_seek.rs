//! Goal seek: which value of a parameter makes an output reach a target, and the output against the
//! parameter around it, with the target, the current value and the solution marked (the current
//! value moves while a slider in the parameters panel is dragged).

use eframe::egui;
use egui_plot::{Corner, HLine, Line, LineStyle, PlotPoints, VLine};

use super::results::{AnalysisError, GoalSeekResults};
use super::{AnalysisState, Room, euro_plot, output_label, param_label, solved_value};
use crate::app::Command;
use crate::app::plot_style::coordinate;
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::analysis::{OutputKey, ParamKey, Solution};

/// The controls, then goal seek's answer.
pub(super) fn show(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    room.changed |= controls(ui, state, room.lang);
    if let Some(results) = room.results {
        answer(ui, &results.goal_seek, &state.target_text, room);
    }
}

/// Output, parameter and target; says whether one changed.
fn controls(ui: &mut egui::Ui, state: &mut AnalysisState, lang: Lang) -> bool {
    let before = (state.output, state.param);
    let mut typed = false;
    egui::Grid::new("goal_seek_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(lang.tr(Text::GoalSeekOutput));
            egui::ComboBox::from_id_salt("goal_seek_output")
                .selected_text(output_label(lang, state.output))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for output in OutputKey::all() {
                        ui.selectable_value(&mut state.output, output, output_label(lang, output));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label_param = ui.label(lang.tr(Text::GoalSeekParam));
            egui::ComboBox::from_id_salt("goal_seek_param")
                .selected_text(param_label(lang, state.param))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for param in ParamKey::analysable() {
                        ui.selectable_value(&mut state.param, param, param_label(lang, param));
                    }
                })
                .response
                .labelled_by(label_param.id);
            ui.end_row();
            let label = ui.label(lang.tr(Text::GoalSeekTarget));
            typed = ui
                .add(egui::TextEdit::singleline(&mut state.target_text).desired_width(140.0))
                .labelled_by(label.id)
                .changed();
            ui.end_row();
        });
    typed || before != (state.output, state.param)
}

/// The solution with its "apply" button, or why there is none; then the curve.
fn answer(
    ui: &mut egui::Ui,
    results: &Result<GoalSeekResults, AnalysisError>,
    target_text: &str,
    room: &mut Room<'_>,
) {
    let lang = room.lang;
    let results = match results {
        Ok(results) => results,
        Err(AnalysisError::NoTarget) => {
            ui.colored_label(ui.visuals().error_fg_color, format!("'{target_text}'?"));
            return;
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
            return;
        }
    };
    match &results.solution {
        Ok(Solution::At(value)) => {
            ui.horizontal(|ui| {
                ui.label(format!("{}:", lang.tr(Text::GoalSeekResult)));
                ui.label(
                    egui::RichText::new(format!(
                        "{} = {}",
                        param_label(lang, results.param),
                        solved_value(lang, results.param, *value)
                    ))
                    .strong()
                    .size(18.0),
                );
                // Applying a solution for settings that have since changed would set the wrong value.
                let apply = egui::Button::new(lang.tr(Text::GoalSeekApply));
                if ui.add_enabled(room.current_results, apply).clicked() {
                    room.commands.push(Command::SetParam(results.param, *value));
                }
            });
        }
        Ok(Solution::NoneInRange) => {
            ui.label(
                egui::RichText::new(lang.tr(Text::GoalSeekNone))
                    .strong()
                    .size(18.0),
            );
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
        }
    }
    ui.label(egui::RichText::new(lang.tr(Text::GoalSeekExplain)).weak());
    curve(ui, results, lang);
}

/// The output against the parameter, with the target, the current value and the solution marked.
fn curve(ui: &mut egui::Ui, results: &GoalSeekResults, lang: Lang) {
    let solution = results.solution.as_ref().ok().and_then(|s| s.value());
    euro_plot(
        "goal_seek_curve",
        lang,
        param_label(lang, results.param).to_string(),
        Corner::RightBottom,
    )
    .height(150.0)
    .show(ui, |plot_ui| {
        plot_ui.line(
            Line::new(
                lang.tr(Text::GoalSeekCurve),
                PlotPoints::from(results.curve.clone()),
            )
            .color(egui::Color32::from_rgb(33, 113, 181))
            .width(2.0),
        );
        plot_ui.hline(
            HLine::new(lang.tr(Text::GoalSeekTarget), coordinate(results.target))
                .color(egui::Color32::GRAY)
                .style(LineStyle::dashed_dense()),
        );
        plot_ui.vline(
            VLine::new(lang.tr(Text::GoalSeekCurrent), coordinate(results.current))
                .color(egui::Color32::from_rgb(230, 150, 20)),
        );
        if let Some(x) = solution {
            plot_ui.vline(
                VLine::new(lang.tr(Text::GoalSeekSolution), coordinate(x))
                    .color(egui::Color32::from_rgb(46, 139, 87))
                    .width(2.0),
            );
        }
    });
}
