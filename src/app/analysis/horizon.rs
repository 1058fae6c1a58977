//! The horizon: the municipality's and society's cumulative net over the years, nominal and
//! discounted, the net present value per actor, and the years one by one. It has no controls.

use eframe::egui;
use egui_plot::{Corner, Line, LineStyle, PlotPoints};

use super::results::{AnalysisError, HorizonResults, Points};
use super::{euro_plot, signed};
use crate::app::plot_style::needs_years;
use crate::format::{money, money_whole};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, YearFigures};

/// The plot, the net present values and the years.
pub(super) fn show(
    ui: &mut egui::Ui,
    results: &Result<HorizonResults, AnalysisError>,
    lang: Lang,
    size: egui::Vec2,
) {
    // An error stops the whole view before the sections are drawn.
    let Ok(results) = results else {
        return;
    };
    plot(ui, results, lang, size);
    egui::Grid::new("npv_per_actor")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for actor in Actor::ALL {
                ui.label(lang.actor(actor));
                let npv = results.multi_year.npv[actor];
                ui.label(signed(ui, money(npv, lang), npv));
                ui.end_row();
            }
        });
    let years = &results.multi_year.years;
    ui.label(egui::RichText::new(lang.tr(Text::PriceConvention)).weak());
    egui::CollapsingHeader::new(lang.tr(Text::PerYear))
        .id_salt("horizon_per_year")
        .show(ui, |ui| {
            egui::ScrollArea::horizontal().show(ui, |ui| per_year(ui, years, lang));
        });
}

/// Cumulative nets: municipality and society, each nominal (solid) and discounted (dashed).
fn plot(ui: &mut egui::Ui, results: &HorizonResults, lang: Lang, size: egui::Vec2) {
    if results.multi_year.years.len() < 2 {
        needs_years(ui, lang, size);
        return;
    }
    let whos: [(Text, egui::Color32, &[Points; 2]); 2] = [
        (
            Text::MunicipalityTotal,
            egui::Color32::from_rgb(33, 113, 181),
            &results.municipality,
        ),
        (
            Text::SocietyTotal,
            egui::Color32::from_rgb(123, 82, 171),
            &results.society,
        ),
    ];
    euro_plot(
        "analysis_horizon",
        lang,
        lang.tr(Text::AxisYears).to_string(),
        Corner::LeftTop,
    )
    .width(size.x)
    .height(size.y)
    .y_axis_label(lang.tr(Text::AxisCumulative))
    .show(ui, |plot_ui| {
        for (who, color, lines) in whos {
            for (kind, points) in [Text::HorizonNominal, Text::HorizonDiscounted]
                .into_iter()
                .zip(lines)
            {
                let name = format!("{} ({})", lang.tr(who), lang.tr(kind));
                let mut line = Line::new(name, PlotPoints::from(points.clone()))
                    .color(color)
                    .width(2.0);
                if kind == Text::HorizonDiscounted {
                    line = line.style(LineStyle::dashed_dense());
                }
                plot_ui.line(line);
            }
        }
    });
}

/// Each year's net per actor, in constant prices of the start.
fn per_year(ui: &mut egui::Ui, years: &[YearFigures], lang: Lang) {
    egui::Grid::new("horizon_years")
        .striped(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(lang.tr(Text::CalendarYear)).strong());
            for actor in Actor::ALL {
                ui.label(egui::RichText::new(lang.actor(actor)).strong().small());
            }
            ui.end_row();
            for y in years {
                ui.label(y.calendar_year.to_string());
                for &value in y.net.values() {
                    ui.label(signed(ui, money_whole(value, lang), value));
                }
                ui.end_row();
            }
        });
}
