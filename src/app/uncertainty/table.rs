//! The spread of every output: mean, P5/P25/P50/P75/P95 and the chance of a positive result, one
//! row per output, in whole euros and percentages with one decimal.

use eframe::egui;
use egui::RichText;

use super::{SHOWN, euros, output_label, share};
use crate::app::widgets::{Sign, cell, figure_cell, header_cell, sign_color};
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::SimulationResult;

/// Width of the output's name: at most, and at least (a narrow window cuts it short with "…").
const NAME_WIDTH: (f32, f32) = (250.0, 150.0);
/// Width of a figure: at most, and at least (an amount of seven figures, −€ 1.234.567, in whole
/// euros).
const FIGURE_WIDTH: (f32, f32) = (82.0, 70.0);
/// Figures per row: the mean, five percentiles and the chance of a positive result.
const FIGURES: f32 = 7.0;
/// What the last column ("Kans op voordeel") needs beyond a figure's width for its header.
const LAST_EXTRA: f32 = 40.0;

/// The name's and a figure's width in `available` points: the widest that fit, the name giving
/// way first. The row is the name, seven figures, [`LAST_EXTRA`] more for the last, and the
/// spacing between the nine.
fn widths(available: f32, spacing: f32) -> (f32, f32) {
    let fixed = LAST_EXTRA + 8.0 * spacing + 4.0;
    let name = (available - fixed - FIGURES * FIGURE_WIDTH.0).clamp(NAME_WIDTH.1, NAME_WIDTH.0);
    let figure = ((available - fixed - name) / FIGURES).clamp(FIGURE_WIDTH.1, FIGURE_WIDTH.0);
    (name, figure)
}

/// The table, with a note of how many samples it rests on.
pub(super) fn show(ui: &mut egui::Ui, lang: Lang, result: &SimulationResult) {
    ui.label(RichText::new(lang.tr(Text::McTable)).strong());
    ui.spacing_mut().item_spacing.y = 2.0;
    let (name_width, figure_width) = widths(ui.available_width(), ui.spacing().item_spacing.x);
    ui.horizontal(|ui| {
        header_cell(ui, name_width, false, lang.tr(Text::McOutput));
        header_cell(ui, figure_width, true, lang.tr(Text::McMean));
        for p in ["P5", "P25", "P50", "P75", "P95"] {
            header_cell(ui, figure_width, true, p);
        }
        header_cell(
            ui,
            figure_width + LAST_EXTRA,
            true,
            lang.tr(Text::McPositive),
        )
        .on_hover_text(lang.tr(Text::McPositiveTip));
    });
    for key in SHOWN {
        let Some(summary) = result.summary(key) else {
            continue;
        };
        let name = output_label(lang, key);
        ui.horizontal(|ui| {
            cell(ui, name_width, false, |ui| {
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
                    figure_width,
                    RichText::new(&text).color(sign_color(ui, sign)),
                )
                .accessible_name(format!("{name} {column}: {text}"));
            }
            let text = share(summary.p_positive, lang);
            figure_cell(ui, figure_width + LAST_EXTRA, RichText::new(&text))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_shrink_to_the_room() {
        // Spacing 8: the fixed part is 40 + 64 + 4 = 108. With 1000 points the full widths fit:
        // 250 + 7 × 82 = 824 ≤ 892.
        assert_eq!(widths(1000.0, 8.0), (250.0, 82.0));
        // 850 points: the name gives way first, 850 − 108 − 574 = 168.
        assert_eq!(widths(850.0, 8.0), (168.0, 82.0));
        // 700 points: the name at its least (150), the figures (700 − 108 − 150) / 7 = 63,1 → 70.
        assert_eq!(widths(700.0, 8.0), (150.0, 70.0));
    }
}
