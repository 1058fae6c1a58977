//! The cost-benefit sheet in the slides' layout: costs left, benefits right, totals, the net in green
//! or red, and published figures beside the computed ones where the model has them.

use eframe::egui;

use rust_decimal::Decimal;

use crate::app::widgets::{net_color, right_cell};
use crate::figures::Shown;
use crate::format::money;
use crate::i18n::{Lang, Text};
use crate::model::{Evaluation, Reference, ReferenceRow, Side};
use crate::report::line_label;

/// An amount, right-aligned, named for screen readers and tests as "`name`: `amount`".
fn amount_cell(ui: &mut egui::Ui, width: f32, name: &str, text: egui::RichText) {
    let plain = text.text().to_string();
    right_cell(ui, width, |ui| {
        ui.label(text).accessible_name(format!("{name}: {plain}"));
    });
}

/// The published figures beside the sheet: the compared rows and the lines marked pm.
struct Published<'a> {
    rows: &'a [ReferenceRow],
    pm: &'a [String],
}

impl Published<'_> {
    fn any(&self) -> bool {
        !self.rows.is_empty() || !self.pm.is_empty()
    }

    fn row(&self, key: &str) -> Option<&ReferenceRow> {
        self.rows.iter().find(|r| r.key == key)
    }

    fn is_pm(&self, key: &str) -> bool {
        self.pm.iter().any(|k| k == key)
    }
}

fn published_cells(
    ui: &mut egui::Ui,
    lang: Lang,
    name: &str,
    row: Option<&ReferenceRow>,
    pm: bool,
) {
    if pm && row.is_none() {
        let published = lang.tr(Text::Published);
        amount_cell(
            ui,
            82.0,
            &format!("{name} ({published})"),
            egui::RichText::new(lang.tr(Text::Pm)).weak(),
        );
        ui.label("");
        return;
    }
    match row {
        Some(row) => {
            let published = lang.tr(Text::Published);
            let difference = lang.tr(Text::Difference);
            amount_cell(
                ui,
                82.0,
                &format!("{name} ({published})"),
                egui::RichText::new(money(row.published, lang)).weak(),
            );
            let diff = row.difference();
            let text = egui::RichText::new(money(diff, lang)).small();
            let text = if diff.is_zero() { text.weak() } else { text };
            amount_cell(ui, 62.0, &format!("{name} ({difference})"), text);
        }
        None => {
            ui.label("");
            ui.label("");
        }
    }
}

/// The cells of one side in one row of the sheet: a line, the total, or nothing.
enum Cell<'a> {
    Header,
    /// A line and its shown amount (in cents).
    Line(&'a crate::model::SheetLine, Decimal),
    Empty,
    Total,
}

fn side_cells(
    ui: &mut egui::Ui,
    lang: Lang,
    side: Side,
    cell: Cell<'_>,
    evaluation: &Evaluation,
    shown: &Shown,
    published: &Published<'_>,
) {
    let with_reference = published.any();
    let (title, total, total_key) = match side {
        Side::Cost => (Text::Costs, shown.total_cost, "total_cost"),
        Side::Benefit => (Text::Benefits, shown.total_benefit, "total_benefit"),
    };
    let columns = if with_reference { 4 } else { 2 };
    match cell {
        Cell::Header => {
            ui.label(egui::RichText::new(lang.tr(title)).strong());
            ui.label(egui::RichText::new(lang.tr(Text::Computed)).small());
            if with_reference {
                ui.label(egui::RichText::new(lang.tr(Text::Published)).small());
                ui.label(egui::RichText::new(lang.tr(Text::Difference)).small());
            }
        }
        Cell::Line(line, amount) => {
            let label = line_label(lang, side, line.key, evaluation);
            let name = format!(
                "{} ({})",
                lang.line(line.key),
                lang.tr(title).to_lowercase()
            );
            ui.label(&label);
            let key = line.reference_key();
            // A cost the source names without a figure, and the model leaves at zero, is pm.
            let pm = published.is_pm(&key);
            let amount = if pm && amount.is_zero() {
                lang.tr(Text::Pm).to_string()
            } else {
                money(amount, lang)
            };
            amount_cell(ui, 88.0, &name, egui::RichText::new(amount));
            if with_reference {
                published_cells(ui, lang, &name, published.row(&key), pm);
            }
        }
        Cell::Empty => {
            for _ in 0..columns {
                ui.label("");
            }
        }
        Cell::Total => {
            let name = format!("{} {}", lang.tr(Text::Total), lang.tr(title).to_lowercase());
            ui.label(egui::RichText::new(lang.tr(Text::Total)).strong());
            amount_cell(
                ui,
                88.0,
                &name,
                egui::RichText::new(money(total, lang)).strong(),
            );
            if with_reference {
                published_cells(ui, lang, &name, published.row(total_key), false);
            }
        }
    }
}

/// Draw the sheet; `compared` sets it beside the published figures of `reference`.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    evaluation: &Evaluation,
    shown: &Shown,
    reference: Option<&Reference>,
    compared: &[ReferenceRow],
) {
    ui.horizontal(|ui| {
        ui.heading(lang.tr(Text::SheetTitle));
        ui.label(egui::RichText::new(lang.tr(Text::PerPlacePerYear)).weak());
    });
    let published = Published {
        rows: compared,
        pm: reference.map_or(&[], |r| r.pm.as_slice()),
    };
    let with_reference = published.any();
    let rows = evaluation
        .sheet
        .side(Side::Cost)
        .count()
        .max(evaluation.sheet.side(Side::Benefit).count());
    // One grid for both sides, so every row and both totals stand on one line, as on the slides.
    // Each line beside its shown amount: the figures layer rounded it, the totals are their sums.
    let side = |side: Side| -> Vec<_> {
        evaluation
            .sheet
            .lines
            .iter()
            .zip(&shown.lines)
            .filter(|(line, _)| line.side == side)
            .collect()
    };
    let (costs, benefits) = (side(Side::Cost), side(Side::Benefit));
    egui::Grid::new("sheet")
        .num_columns(if with_reference { 9 } else { 5 })
        .min_col_width(20.0)
        .spacing([8.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for row in 0..rows + 2 {
                for (side, lines) in [(Side::Cost, &costs), (Side::Benefit, &benefits)] {
                    let cell = match row {
                        0 => Cell::Header,
                        r if r == rows + 1 => Cell::Total,
                        r => lines
                            .get(r - 1)
                            .map_or(Cell::Empty, |(l, a)| Cell::Line(l, **a)),
                    };
                    side_cells(ui, lang, side, cell, evaluation, shown, &published);
                    if side == Side::Cost {
                        ui.add(egui::Separator::default().vertical());
                    }
                }
                ui.end_row();
            }
        });
    net_line(ui, lang, shown.net, &published);
    ui.label(
        egui::RichText::new(lang.tr(Text::SheetNetMeaning))
            .small()
            .weak(),
    );
    if let Some(reference) = reference.filter(|_| with_reference) {
        ui.label(
            egui::RichText::new(format!(
                "{}: {}",
                lang.tr(Text::ReferenceFigures),
                reference.source
            ))
            .small()
            .weak(),
        );
    }
}

/// The sheet's Saldo, large, with the published figure and the difference where there is one.
fn net_line(ui: &mut egui::Ui, lang: Lang, net: Decimal, published: &Published<'_>) {
    ui.horizontal_wrapped(|ui| {
        let name = lang.tr(Text::Net);
        ui.label(egui::RichText::new(name).strong().size(18.0));
        let text = money(net, lang);
        ui.label(
            egui::RichText::new(&text)
                .strong()
                .size(18.0)
                .color(net_color(ui, net)),
        )
        .accessible_name(format!("{name}: {text}"));
        if let Some(row) = published.row("net") {
            ui.label(
                egui::RichText::new(format!(
                    "{} {} · {} {}",
                    lang.tr(Text::Published).to_lowercase(),
                    money(row.published, lang),
                    lang.tr(Text::Difference).to_lowercase(),
                    money(row.difference(), lang)
                ))
                .weak(),
            );
        }
    });
}
