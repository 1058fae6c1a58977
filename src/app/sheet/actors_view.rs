//! Who pays, who benefits: cost, benefit and net per actor, with a bar per net so the "wrong pocket"
//! (the municipality pays, others gain) shows at a glance.

use eframe::egui;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::app::widgets::{net_color, right_cell};
use crate::figures::Shown;
use crate::format::money_whole;
use crate::i18n::{Lang, Text};
use crate::model::{Actor, Evaluation, PerActor};

fn net_bar(ui: &mut egui::Ui, value: Decimal, largest: Decimal) {
    let size = egui::vec2(70.0, ui.spacing().interact_size.y * 0.7);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let center = rect.center().x;
    let painter = ui.painter();
    painter.line_segment(
        [
            egui::pos2(center, rect.top()),
            egui::pos2(center, rect.bottom()),
        ],
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    if largest > Decimal::ZERO {
        let share = (value / largest).to_f32().unwrap_or(0.0).clamp(-1.0, 1.0);
        let end = center + share * rect.width() / 2.0;
        let bar = egui::Rect::from_x_y_ranges(center.min(end)..=center.max(end), rect.y_range());
        painter.rect_filled(bar, 2.0, net_color(ui, value));
    }
}

/// One line of the matrix: an actor, or a total (strong, without cost and benefit).
struct Line<'a> {
    name: &'a str,
    cost: Option<Decimal>,
    benefit: Option<Decimal>,
    net: Decimal,
    strong: bool,
}

impl Line<'_> {
    /// Draw the line as a grid row, its net bar scaled to the `largest` net.
    fn show(&self, ui: &mut egui::Ui, lang: Lang, largest: Decimal) {
        let text = |t: String| {
            let t = egui::RichText::new(t);
            if self.strong { t.strong() } else { t }
        };
        ui.label(text(self.name.to_string()));
        for amount in [self.cost, self.benefit] {
            right_cell(ui, 78.0, |ui| {
                ui.label(amount.map(|a| money_whole(a, lang)).unwrap_or_default());
            });
        }
        let net_text = money_whole(self.net, lang);
        right_cell(ui, 78.0, |ui| {
            ui.label(text(net_text.clone()).color(net_color(ui, self.net)))
                .accessible_name(format!("{} {}: {net_text}", lang.tr(Text::Net), self.name));
        });
        net_bar(ui, self.net, largest);
        ui.end_row();
    }
}

/// Draw the matrix: the scenario's differences from the baseline, or for the baseline itself (the
/// client stays home) what staying home costs each actor per client per year.
pub fn show(ui: &mut egui::Ui, lang: Lang, evaluation: &Evaluation, shown: &Shown) {
    ui.heading(lang.tr(Text::WhoPaysWhoBenefits));
    if evaluation.is_baseline() {
        ui.label(
            egui::RichText::new(format!(
                "{} ({})",
                lang.tr(Text::BaselineTitle),
                lang.tr(Text::BaselinePerClientPerYear)
            ))
            .strong(),
        );
    }
    let nets = shown.matrix_nets();
    let largest = Actor::ALL
        .into_iter()
        .map(|a| nets[a].abs())
        .chain([nets.municipality().abs(), nets.total().abs()])
        .max()
        .unwrap_or(Decimal::ZERO);
    let totals = [
        (Text::MunicipalityTotal, nets.municipality()),
        (Text::SocietyTotal, nets.total()),
    ];
    egui::Grid::new("actors")
        .num_columns(5)
        .spacing([10.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for text in [Text::Actor, Text::Costs, Text::Benefits, Text::Net] {
                ui.label(egui::RichText::new(lang.tr(text)).strong());
            }
            ui.label("");
            ui.end_row();
            for actor in Actor::ALL {
                let r = shown.matrix[actor];
                let line = Line {
                    name: lang.actor(actor),
                    cost: Some(r.cost),
                    benefit: Some(r.benefit),
                    net: r.net,
                    strong: false,
                };
                line.show(ui, lang, largest);
            }
            for (name, net) in totals {
                let line = Line {
                    name: lang.tr(name),
                    cost: None,
                    benefit: None,
                    net,
                    strong: true,
                };
                line.show(ui, lang, largest);
            }
        });
    if !evaluation.is_baseline() {
        wrong_pocket(ui, lang, &nets);
    }
}

/// The wrong pocket: the municipality bears a loss while other actors gain.
fn wrong_pocket(ui: &mut egui::Ui, lang: Lang, nets: &PerActor<Decimal>) {
    let municipality = nets.municipality();
    let winners: Vec<String> = Actor::ALL
        .into_iter()
        .filter(|a| !a.is_municipality() && nets[*a] > Decimal::ZERO)
        .map(|a| format!("{} +{}", lang.actor(a), money_whole(nets[a], lang)))
        .collect();
    if municipality < Decimal::ZERO && !winners.is_empty() {
        egui::Frame::new()
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.label(egui::RichText::new(lang.tr(Text::WrongPocket)).strong());
                ui.label(format!(
                    "{} {} · {}",
                    lang.tr(Text::MunicipalityTotal),
                    money_whole(municipality, lang),
                    winners.join(" · ")
                ));
            });
    }
}
