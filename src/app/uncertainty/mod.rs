//! The uncertainty view: the Monte Carlo over the ranges the parameters panel gives ("±").
//!
//! The view computes nothing: the app runs the Monte Carlo of the shown scenario in the background
//! ([`crate::app::monte_carlo`]) and hands the newest result here. One file a section — `table`
//! (the spread per output), `plots` (histogram and fan chart), `drivers` (rank correlations and
//! the break-even wage value) — and `range_editor`, the editor beside each parameter in the panel.
//! This file lays them out, with the sample count and the seed on top.

mod drivers;
mod plots;
pub mod range_editor;
mod table;

use eframe::egui;
use rust_decimal::Decimal;

use super::Command;
use super::monte_carlo::MonteCarlo;
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::Scenario;
use crate::model::uncertainty::{MAX_SAMPLES, OutputKey, SimulationResult};

/// Above this width the plots stand in two columns.
const TWO_COLUMN_WIDTH: f32 = 760.0;
/// Height of the plots.
const PLOT_HEIGHT: f32 = 210.0;

/// The outputs the table lists and the histogram can show: year 1 per place, then the NPVs.
pub(crate) const SHOWN: [OutputKey; 10] = [
    OutputKey::MunicipalityNet,
    OutputKey::SocietyNet,
    OutputKey::MunicipalityNpv,
    OutputKey::Npv,
    OutputKey::ActorNpv(crate::model::Actor::MunicipalityParticipation),
    OutputKey::ActorNpv(crate::model::Actor::MunicipalityBuig),
    OutputKey::ActorNpv(crate::model::Actor::NationalGovernment),
    OutputKey::ActorNpv(crate::model::Actor::Employer),
    OutputKey::ActorNpv(crate::model::Actor::Worker),
    OutputKey::ActorNpv(crate::model::Actor::RestOfSociety),
];

/// An output's name in the table and the histogram's picker.
pub(crate) fn output_label(lang: Lang, key: OutputKey) -> String {
    lang.output(key, crate::i18n::Wording::Sampled)
}

/// A sampled amount in whole euros; "–" where there is none (NaN).
pub(crate) fn euros(value: f64, lang: Lang) -> String {
    if value.is_finite() {
        Decimal::from_f64_retain(value).map_or_else(|| "–".into(), |d| format::money_whole(d, lang))
    } else {
        "–".into()
    }
}

/// A share (0–1) as a percentage with one decimal: `97,3 %`.
pub(crate) fn share(value: f64, lang: Lang) -> String {
    if value.is_finite() {
        Decimal::from_f64_retain(value * 100.0)
            .map_or_else(|| "–".into(), |d| format::result_percent(d, lang))
    } else {
        "–".into()
    }
}

/// Draw the view of `scenario` with the newest Monte Carlo in `mc`; edits of the sample count and
/// the seed, and the jump to the tornado, are pushed to `commands`.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    scenario: &Scenario,
    mc: &MonteCarlo,
    commands: &mut Vec<Command>,
) {
    if scenario.uncertainty.ranges.is_empty() {
        empty_state(ui, lang);
        return;
    }
    settings(ui, lang, scenario, mc, commands);
    ui.separator();
    match mc.result() {
        None => {
            ui.label(egui::RichText::new(lang.tr(Text::McRunning)).weak());
        }
        Some(Err(err)) => {
            ui.colored_label(ui.visuals().error_fg_color, err);
        }
        Some(Ok(result)) => {
            egui::ScrollArea::both()
                .auto_shrink([false, false])
                .show(ui, |ui| sections(ui, lang, result, commands));
        }
    }
}

/// No range yet: say where ranges are made.
fn empty_state(ui: &mut egui::Ui, lang: Lang) {
    ui.add_space(ui.available_height() * 0.3);
    ui.vertical_centered(|ui| {
        ui.label(egui::RichText::new("±").size(40.0).weak());
        ui.heading(lang.tr(Text::UncertaintyEmpty));
        ui.add_space(6.0);
        ui.add(
            egui::Label::new(egui::RichText::new(lang.tr(Text::UncertaintyEmptyHint)).weak())
                .wrap(),
        );
    });
}

/// The sample count and the seed (saved in the file), and how far the run in flight is.
fn settings(
    ui: &mut egui::Ui,
    lang: Lang,
    scenario: &Scenario,
    mc: &MonteCarlo,
    commands: &mut Vec<Command>,
) {
    let uncertainty = &scenario.uncertainty;
    ui.horizontal(|ui| {
        ui.heading(lang.tr(Text::UncertaintyTab));
        ui.separator();
        let label = ui.label(lang.tr(Text::McSamples));
        let mut samples = uncertainty.samples;
        let number = move |v: f64| {
            Decimal::from_f64_retain(v.round())
                .map_or_else(String::new, |d| format::number(d, 0, lang))
        };
        let response = ui
            .add(
                egui::DragValue::new(&mut samples)
                    .range(1..=MAX_SAMPLES)
                    .speed(1000.0)
                    .update_while_editing(false)
                    .custom_formatter(move |v, _| number(v))
                    .custom_parser(move |text| {
                        format::parse_number(text, lang)
                            .and_then(|d| rust_decimal::prelude::ToPrimitive::to_f64(&d))
                    }),
            )
            .labelled_by(label.id);
        if response.changed() && samples != uncertainty.samples {
            commands.push(Command::SetSamples(samples));
        }
        let label = ui
            .label(lang.tr(Text::McSeed))
            .on_hover_text(lang.tr(Text::McSeedTip));
        let mut seed = uncertainty.seed;
        let response = ui
            .add(
                egui::DragValue::new(&mut seed)
                    .speed(1.0)
                    .update_while_editing(false),
            )
            .labelled_by(label.id);
        if response.changed() && seed != uncertainty.seed {
            commands.push(Command::SetSeed(seed));
        }
        if let Some(progress) = mc.progress() {
            ui.add(
                egui::ProgressBar::new(progress)
                    .desired_width(160.0)
                    .show_percentage()
                    .text(lang.tr(Text::McRunning)),
            );
        } else if !mc.is_current() {
            ui.label(egui::RichText::new(lang.tr(Text::McRunning)).weak());
        }
    });
}

/// The table, then the plots in two columns (or one under the other on a narrow window).
fn sections(ui: &mut egui::Ui, lang: Lang, result: &SimulationResult, commands: &mut Vec<Command>) {
    table::show(ui, lang, result);
    ui.add_space(8.0);
    let two = ui.available_width() >= TWO_COLUMN_WIDTH;
    let gap = ui.spacing().item_spacing.x * 4.0;
    let width = if two {
        // The gap and the item spacing after the left column stand between the two.
        (ui.available_width() - gap - ui.spacing().item_spacing.x * 2.0) / 2.0
    } else {
        ui.available_width()
    };
    let size = egui::vec2(width, PLOT_HEIGHT);
    let pair = |ui: &mut egui::Ui,
                commands: &mut Vec<Command>,
                left: &dyn Fn(&mut egui::Ui, &mut Vec<Command>),
                right: &dyn Fn(&mut egui::Ui, &mut Vec<Command>)| {
        if two {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(width);
                    left(ui, commands);
                });
                ui.add_space(gap);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    right(ui, commands);
                });
            });
        } else {
            left(ui, commands);
            right(ui, commands);
        }
    };
    pair(
        ui,
        commands,
        &|ui, _| plots::histogram(ui, lang, result, size),
        &|ui, commands| drivers::show(ui, lang, result, size, commands),
    );
    ui.add_space(8.0);
    if let Some(extras) = &result.extras {
        pair(
            ui,
            commands,
            &|ui, _| plots::fan(ui, lang, extras, true, size),
            &|ui, _| plots::fan(ui, lang, extras, false, size),
        );
    }
}
