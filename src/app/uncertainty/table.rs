//! The spread of every output: mean, P5/P25/P50/P75/P95 and the chance of a positive result, one
//! row per output, in whole euros and percentages with one decimal.

use eframe::egui;
use egui::RichText;

use super::{SHOWN, euros, output_label, share};
use crate::app::widgets::{Sign, cell, figure_cell, header_cell, sign_color};
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::SimulationResult;

/// Width of the output's name.
const NAME_WIDTH: f32 = 250.0;
/// Width of a figure.
const FIGURE_WIDTH: f32 = 82.0;

/// The table, with a note of how many samples it rests on.
pub(super) fn show(ui: &mut egui::Ui, lang: Lang, result: &SimulationResult) {
    ui.label(RichText::new(lang.tr(Text::McTable)).strong());
    ui.spacing_mut().item_spacing.y = 2.0;
    ui.horizontal(|ui| {
        header_cell(ui, NAME_WIDTH, false, lang.tr(Text::McOutput));
        header_cell(ui, FIGURE_WIDTH, true, lang.tr(Text::McMean));
        for p in ["P5", "P25", "P50", "P75", "P95"] {
            header_cell(ui, FIGURE_WIDTH, true, p);
        }
        header_cell(ui, FIGURE_WIDTH + 8.0, true, lang.tr(Text::McPositive))
            .on_hover_text(lang.tr(Text::McPositiveTip));
    });
    for key in SHOWN {
        let Some(summary) = result.summary(key) else {
            continue;
        };
        let name = output_label(lang, key);
        ui.horizontal(|ui| {
            cell(ui, NAME_WIDTH, false, |ui| {
                ui.add(egui::Label::new(name.as_str()).truncate())
            });
            let p = summary.percentiles;
            let columns = [
                (lang.tr(Text::McMean), summary.mean),
                ("P5", p.p5),
                ("P25", p.p25),
                ("P50", p.p50),
                ("P75", p.p75),
                ("P95", p.p95),
            ];
            for (column, value) in columns {
                let sign = if value > 0.5 {
                    Sign::Positive
                } else if value < -0.5 {
                    Sign::Negative
                } else {
                    Sign::Neutral
                };
                let text = euros(value, lang);
                figure_cell(
                    ui,
                    FIGURE_WIDTH,
                    RichText::new(&text).color(sign_color(ui, sign)),
                )
                .accessible_name(format!("{name} {column}: {text}"));
            }
            let text = share(summary.p_positive, lang);
            figure_cell(ui, FIGURE_WIDTH + 8.0, RichText::new(&text))
                .accessible_name(format!("{name} {}: {text}", lang.tr(Text::McPositive)));
        });
    }
    let mut note = format!(
        "{} {}",
        crate::format::number(result.samples.into(), 0, lang),
        lang.tr(Text::McSampleNote)
    );
    if let Some(extras) = &result.extras {
        let first = u64::try_from(extras.samples).unwrap_or(u64::MAX);
        note = format!("{note} {}", crate::format::number(first.into(), 0, lang));
    }
    ui.label(RichText::new(note).small().weak());
}
