//! Lock-in: a sheltered place binds for 20 or 30 years, against a regular job with wage-cost
//! subsidy whose worker grows and becomes independent. The municipality's cumulative cost of each,
//! the years one by one, and the net present values per actor.

use eframe::egui;
use egui_plot::{Corner, Line, PlotPoints};

use super::results::{LockInResults, Points};
use super::{AnalysisState, Room, euro_plot, signed};
use crate::app::plot_style::{has_years, needs_years};
use crate::format::{money_whole, percent_sign, result_percent};
use crate::i18n::{Lang, Text};
use crate::messages::Message;
use crate::model::{Actor, Model};

/// The explanation and the controls, then the comparison.
pub(super) fn show(ui: &mut egui::Ui, state: &mut AnalysisState, room: &mut Room<'_>) {
    let lang = room.lang;
    ui.label(egui::RichText::new(lang.tr(Text::LockInExplain)).weak());
    room.changed |= controls(ui, state, room.model, room.current, lang);
    let Some(results) = room.results else {
        return;
    };
    match &results.lock_in {
        Ok(lock_in) => {
            plot(ui, lock_in, lang, room.plot_size);
            per_year(ui, lock_in, lang);
            npv(ui, lock_in, lang);
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.message(lang));
        }
    }
}

/// The revolving scenario and its path; says whether a setting changed.
fn controls(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    model: &Model,
    current: usize,
    lang: Lang,
) -> bool {
    let before = (
        state.revolving_scenario,
        state.rise_points,
        state.independent_at,
    );
    let revolving = state.revolving_index(model.scenarios.len(), current);
    let chosen = model
        .scenarios
        .get(revolving)
        .map_or("", |s| s.name.as_str());
    egui::Grid::new("lock_in_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(lang.tr(Text::LockInRevolvingScenario));
            egui::ComboBox::from_id_salt("lock_in_revolving")
                .selected_text(chosen)
                .width(260.0)
                .show_ui(ui, |ui| {
                    for (i, s) in model.scenarios.iter().enumerate() {
                        ui.selectable_value(
                            &mut state.revolving_scenario,
                            Some(i),
                            s.name.as_str(),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.tr(Text::LockInRise));
            ui.add(
                egui::Slider::new(&mut state.rise_points, 0.0..=30.0)
                    .suffix(format!("{}-pt", percent_sign(lang)))
                    .integer(),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.tr(Text::LockInIndependent));
            ui.add(
                egui::Slider::new(&mut state.independent_at, 0.0..=100.0)
                    .suffix(percent_sign(lang))
                    .integer(),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    before
        != (
            state.revolving_scenario,
            state.rise_points,
            state.independent_at,
        )
}

/// The municipality's cumulative cost of each place.
fn plot(ui: &mut egui::Ui, results: &LockInResults, lang: Lang, size: egui::Vec2) {
    if !has_years(&results.sheltered) || results.comparison.years.len() < 2 {
        needs_years(ui, lang, size);
        return;
    }
    let line = |name: Text, points: &Points, color: egui::Color32| {
        Line::new(lang.tr(name), PlotPoints::from(points.clone()))
            .color(color)
            .width(2.5)
    };
    euro_plot(
        "lock_in_plot",
        lang,
        lang.tr(Text::AxisYears).to_string(),
        Corner::LeftTop,
    )
    .width(size.x)
    .height(size.y)
    .y_axis_label(lang.tr(Text::LockInMunicipalityCost))
    .show(ui, |plot_ui| {
        plot_ui.line(line(
            Text::LockInSheltered,
            &results.sheltered,
            egui::Color32::from_rgb(214, 96, 77),
        ));
        plot_ui.line(line(
            Text::LockInRevolving,
            &results.revolving,
            egui::Color32::from_rgb(67, 160, 71),
        ));
    });
}

/// Each year: the revolving worker's wage value, whether still supported, and the municipality's
/// net of both places.
fn per_year(ui: &mut egui::Ui, results: &LockInResults, lang: Lang) {
    egui::CollapsingHeader::new(lang.tr(Text::PerYear))
        .id_salt("lock_in_per_year")
        .show(ui, |ui| {
            egui::Grid::new("lock_in_years")
                .striped(true)
                .show(ui, |ui| {
                    for header in [
                        Text::Year,
                        Text::LockInWageValue,
                        Text::LockInSupported,
                        Text::LockInSheltered,
                        Text::LockInRevolving,
                    ] {
                        ui.label(egui::RichText::new(lang.tr(header)).strong().small());
                    }
                    ui.end_row();
                    for y in &results.comparison.years {
                        ui.label(y.year.to_string());
                        ui.label(result_percent(y.revolving_wage_value_pct, lang));
                        ui.label(lang.tr(if y.revolving_supported {
                            Text::Yes
                        } else {
                            Text::No
                        }));
                        for values in [&y.sheltered, &y.revolving] {
                            let net = values.municipality();
                            ui.label(signed(ui, money_whole(net, lang), net));
                        }
                        ui.end_row();
                    }
                });
        });
}

/// Net present value per actor of both places.
fn npv(ui: &mut egui::Ui, results: &LockInResults, lang: Lang) {
    let comparison = &results.comparison;
    egui::Grid::new("lock_in_npv")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(lang.tr(Text::Npv)).strong());
            ui.label(egui::RichText::new(lang.tr(Text::LockInSheltered)).strong());
            ui.label(egui::RichText::new(lang.tr(Text::LockInRevolving)).strong());
            ui.end_row();
            for actor in Actor::ALL {
                ui.label(lang.actor(actor));
                for npv in [&comparison.npv_sheltered, &comparison.npv_revolving] {
                    let value = npv[actor];
                    ui.label(signed(ui, money_whole(value, lang), value));
                }
                ui.end_row();
            }
        });
}
