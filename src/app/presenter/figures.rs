//! The answer to the question of the moment, large: the chosen figures as numbers in the sign
//! palette, and "wie betaalt, wie profiteert" as one horizontal bar per party around a zero line.
//! Everything shown was formatted when the what-if changed ([`super::results`]).

use eframe::egui;
use egui::{Align2, FontId, RichText};
use rust_decimal::Decimal;

use super::results::{PartyNet, Shown};
use super::style;
use crate::app::plot_style::coordinate;
use crate::app::widgets::net_color;
use crate::i18n::{Lang, Text};
use crate::model::Figure;

/// Name a widget for screen readers and tests as `title: value`; formatted only when asked.
fn name_it(ui: &egui::Ui, id: egui::Id, title: &str, value: &str) {
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(format!("{title}: {value}")));
}

/// What a figure is counted over, under its name; for the baseline itself, what staying home
/// costs.
fn unit(figure: Figure, baseline: bool) -> Text {
    match (figure, baseline) {
        (Figure::BreakEven, _) => Text::PresenterBreakEvenUnit,
        (Figure::BreakEvenMunicipality, _) => Text::PresenterBreakEvenMunicipalityUnit,
        (Figure::NpvMunicipality | Figure::NpvSociety, false) => Text::PresenterNpvUnit,
        (Figure::NpvMunicipality | Figure::NpvSociety, true) => Text::PresenterBaselineNpvUnit,
        (_, false) => Text::PerPlacePerYear,
        (_, true) => Text::PresenterBaselineUnit,
    }
}

/// The chosen numbers side by side, each in a card of equal width, at most `per_row` a row (the
/// presenter's [`super::fit::plan`] says how many fit).
pub fn numbers(ui: &mut egui::Ui, lang: Lang, chosen: &[Figure], shown: &Shown, per_row: usize) {
    let cards: Vec<_> = chosen
        .iter()
        .filter(|f| **f != Figure::ActorBars)
        .filter_map(|figure| shown.figures.iter().find(|(f, ..)| f == figure))
        .collect();
    if cards.is_empty() {
        return;
    }
    let per_row = per_row.clamp(1, cards.len());
    let gap = ui.spacing().item_spacing.x;
    let width = (ui.available_width() - gap * (per_row as f32 - 1.0)) / per_row as f32;
    for row in cards.chunks(per_row) {
        ui.horizontal(|ui| {
            for (figure, value, text) in row {
                card(ui, lang, *figure, *value, text, width, shown.baseline);
            }
        });
    }
}

fn card(
    ui: &mut egui::Ui,
    lang: Lang,
    figure: Figure,
    value: Option<Decimal>,
    text: &str,
    width: f32,
    baseline: bool,
) {
    let title = lang.pick(figure.label());
    egui::Frame::group(ui.style())
        .inner_margin(10.0 * style::scale(ui))
        .show(ui, |ui| {
            ui.set_width(width - 22.0 * style::scale(ui));
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(title)
                        .size(style::at(ui, style::LABEL))
                        .strong(),
                );
                ui.label(
                    RichText::new(lang.tr(unit(figure, baseline)))
                        .size(style::at(ui, style::HINT))
                        .weak(),
                );
                let mut rich = RichText::new(text)
                    .size(style::at(ui, style::FIGURE))
                    .strong();
                if let Some(value) = value {
                    rich = rich.color(net_color(ui, value));
                }
                let response = ui.label(rich);
                name_it(ui, response.id, title, text);
            });
        });
}

/// "Wie betaalt, wie profiteert": one bar per party, losses to the left of the zero line in red,
/// gains to the right in green. Each row is the party's name and net on one line with its bar
/// under them, so the rows read the same in a narrow column beside a plot.
pub fn party_bars(ui: &mut egui::Ui, lang: Lang, parties: &[PartyNet], height: f32) {
    ui.label(
        RichText::new(lang.pick(Figure::ActorBars.label()))
            .size(style::at(ui, style::LABEL))
            .strong(),
    );
    let rows = parties.len().max(1) as f32;
    let s = style::scale(ui);
    let row_height = ((height - 40.0 * s) / rows).clamp(40.0 * s, 64.0 * s);
    let largest = parties
        .iter()
        .map(|p| coordinate(p.net.abs()))
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let width = ui.available_width();
    let font = FontId::proportional((row_height * 0.45).min(style::at(ui, style::LABEL)));
    let zero_line = egui::Stroke::new(1.5, ui.visuals().weak_text_color());
    for party in parties {
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, row_height), egui::Sense::hover());
        let name = lang.actor(party.actor);
        if ui.is_rect_visible(rect) {
            let painter = ui.painter();
            let color = net_color(ui, party.net);
            let text_y = rect.top() + row_height * 0.3;
            let text_color = ui.visuals().text_color();
            let left = egui::pos2(rect.left(), text_y);
            painter.text(left, Align2::LEFT_CENTER, name, font.clone(), text_color);
            let right = egui::pos2(rect.right(), text_y);
            painter.text(
                right,
                Align2::RIGHT_CENTER,
                &party.text,
                font.clone(),
                color,
            );
            let bars = egui::Rect::from_min_max(
                egui::pos2(rect.left(), rect.top() + row_height * 0.58),
                egui::pos2(rect.right(), rect.bottom() - 4.0),
            );
            let zero = bars.center().x;
            let length = (coordinate(party.net) / largest) as f32 * bars.width() / 2.0;
            let bar = egui::Rect::from_x_y_ranges(
                zero.min(zero + length)..=zero.max(zero + length),
                bars.y_range(),
            );
            painter.rect_filled(bar, 3.0, color);
            painter.vline(
                zero,
                rect.top() + row_height * 0.5..=rect.bottom(),
                zero_line,
            );
        }
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{name}: {}", party.text))
        });
    }
}
