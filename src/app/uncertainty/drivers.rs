//! Which ranges drive the spread (Spearman's rank correlation with the NPVs, beside the
//! deterministic tornado in Analyse) and both break-even wage values (BUIG's and the
//! municipality's) as distributions.

use eframe::egui;
use egui_plot::{Bar, BarChart, Corner};

use super::share;
use crate::app::plot_style::sized_plot;
use crate::app::{Command, View};
use crate::format::result_percent;
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::{BreakEvenDistribution, RankCorrelation, SimulationResult};

/// Height of one parameter's row in the chart.
const ROW_HEIGHT: f32 = 30.0;

/// The correlations, the link to the tornado and both break-evens as distributions.
pub(super) fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    result: &SimulationResult,
    size: egui::Vec2,
    commands: &mut Vec<Command>,
) {
    let Some(extras) = &result.extras else {
        return;
    };
    ui.label(egui::RichText::new(lang.tr(Text::McDrivers)).strong())
        .on_hover_text(lang.tr(Text::McDriversTip));
    chart(ui, lang, &extras.correlations, size);
    if ui.link(lang.tr(Text::McSeeTornado)).clicked() {
        commands.push(Command::ShowView(View::Analysis));
    }
    // Both break-evens, whichever ranges move them: coaching moves the municipality's alone.
    ui.add_space(6.0);
    break_even(ui, lang, &BUIG, &extras.break_even);
    ui.add_space(6.0);
    break_even(ui, lang, &MUNICIPALITY, &extras.break_even_municipality);
}

/// One row per varied parameter: its rank correlation with the municipality's and society's NPV.
fn chart(ui: &mut egui::Ui, lang: Lang, rows: &[RankCorrelation], size: egui::Vec2) {
    let count = rows.len();
    let labels: Vec<&'static str> = rows
        .iter()
        .map(|r| lang.pick(r.param.def().label))
        .collect();
    let bars = |municipality: bool, offset: f64| -> Vec<Bar> {
        rows.iter()
            .enumerate()
            .map(|(i, r)| {
                let rho = if municipality {
                    r.municipality
                } else {
                    r.society
                };
                let rho = if rho.is_finite() { rho } else { 0.0 };
                Bar::new((count - 1 - i) as f64 + offset, rho)
                    .width(0.36)
                    .name(format!("{}: {rho:+.2}", labels[i]))
            })
            .collect()
    };
    let height = (40.0 + ROW_HEIGHT * count as f32)
        .min(size.y - 40.0)
        .max(90.0);
    sized_plot(
        "mc_drivers",
        egui::vec2(size.x, height),
        Corner::RightBottom,
    )
    .include_x(-1.0)
    .include_x(1.0)
    .x_axis_formatter(|mark, _| format!("{:.1}", mark.value))
    // One label per row: the rows are counted, not ranked by roundness.
    .y_grid_spacer(crate::app::plot_style::whole_steps)
    .y_axis_formatter({
        let labels = labels.clone();
        move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 && (index as usize) < count {
                labels[count - 1 - index as usize].to_string()
            } else {
                String::new()
            }
        }
    })
    .y_axis_min_width(200.0)
    .show_y(false)
    .label_formatter(|_| None)
    .show(ui, |plot_ui| {
        for (municipality, offset, text, color) in [
            (
                true,
                0.2,
                Text::McMunicipality,
                egui::Color32::from_rgb(33, 113, 181),
            ),
            (
                false,
                -0.2,
                Text::McSociety,
                egui::Color32::from_rgb(35, 139, 69),
            ),
        ] {
            plot_ui.bar_chart(
                BarChart::new(lang.tr(text), bars(municipality, offset))
                    .horizontal()
                    .color(color)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
        }
    });
}

/// The texts of one break-even's distribution: its title, what "none" means, and the share.
struct BreakEvenTexts {
    title: Text,
    none: Text,
    share: Text,
}

/// BUIG's break-even: LKS = benefit saved.
const BUIG: BreakEvenTexts = BreakEvenTexts {
    title: Text::McBreakEven,
    none: Text::McBreakEvenNone,
    share: Text::McBreakEvenShare,
};

/// The municipality's break-even: participation budget + BUIG = 0.
const MUNICIPALITY: BreakEvenTexts = BreakEvenTexts {
    title: Text::McBreakEvenMunicipality,
    none: Text::McBreakEvenMunicipalityNone,
    share: Text::McBreakEvenMunicipalityShare,
};

/// P5–P95 of a break-even wage value and how often the wage value reaches it.
fn break_even(ui: &mut egui::Ui, lang: Lang, texts: &BreakEvenTexts, be: &BreakEvenDistribution) {
    ui.label(egui::RichText::new(lang.tr(texts.title)).strong());
    if be.share_defined <= 0.0 || !be.percentiles.p50.is_finite() {
        ui.label(lang.tr(texts.none));
        return;
    }
    let pct = |v: f64| {
        rust_decimal::Decimal::from_f64_retain(v)
            .map_or_else(|| "–".into(), |d| result_percent(d, lang))
    };
    let p = be.percentiles;
    ui.horizontal_wrapped(|ui| {
        for (name, value) in [
            ("P5", p.p5),
            ("P25", p.p25),
            ("P50", p.p50),
            ("P75", p.p75),
            ("P95", p.p95),
        ] {
            ui.label(egui::RichText::new(name).weak());
            ui.label(pct(value));
            ui.add_space(4.0);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{}:", lang.tr(texts.share)));
        ui.label(egui::RichText::new(share(be.share_wage_value_above, lang)).strong());
    });
}
