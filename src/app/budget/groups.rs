//! The client groups: per group its clients and those without a trajectory, then a table of its
//! instruments (unit cost × units, who pays). Amounts other budgets pay are shown in italics and
//! not counted against the P-budget.

use eframe::egui;
use egui::{Align, Layout, RichText};
use rust_decimal::Decimal;

use super::{CELL_GAP, COUNT_W, MONEY_W, Room, heading};
use crate::app::widgets::{
    Naming, cell, count_field, figure_cell, header_cell, money_field, provenance_badge,
};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::budget::{ClientGroup, Instrument, Payer};

/// Width of the payer cell.
const PAYER_W: f32 = 64.0;

/// Draws every group; says whether the user changed a count or cost.
pub(super) fn show(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let (plan, result, lang) = room.parts();
    let mut changed = false;
    heading(ui, lang.tr(Text::BudgetGroups));
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        header_cell(ui, name_width(ui), false, lang.tr(Text::BudgetInstrument));
        header_cell(ui, MONEY_W, true, lang.tr(Text::BudgetUnitCost));
        header_cell(ui, COUNT_W, true, lang.tr(Text::BudgetUnits));
        header_cell(ui, PAYER_W, false, lang.tr(Text::BudgetPayer));
        header_cell(ui, MONEY_W, true, lang.tr(Text::BudgetAmount));
    });
    ui.separator();
    for (gi, group) in plan.groups.iter_mut().enumerate() {
        let spending = result.group_spending.get(gi).copied().unwrap_or_default();
        changed |= group_row(ui, group, spending, lang);
        if !group.policy.is_empty() {
            ui.add(egui::Label::new(RichText::new(&group.policy).small().weak()).wrap());
        }
        for instrument in &mut group.instruments {
            changed |= instrument_row(ui, instrument, lang);
        }
        let other = result
            .group_other_spending
            .get(gi)
            .copied()
            .unwrap_or_default();
        if !other.is_zero() {
            other_spending(ui, other, lang);
        }
        ui.separator();
    }
    changed
}

/// What the name column leaves of the row.
fn name_width(ui: &egui::Ui) -> f32 {
    (ui.available_width() - 2.0 * MONEY_W - COUNT_W - PAYER_W - 4.0 * CELL_GAP).max(120.0)
}

fn payer_text(lang: Lang, payer: Payer) -> &'static str {
    lang.tr(match payer {
        Payer::ParticipationBudget => Text::BudgetPayerParticipation,
        Payer::Buig => Text::BudgetPayerBuig,
        Payer::Municipality => Text::BudgetPayerMunicipality,
    })
}

/// The group's name, its two client counts and its P-budget spending.
fn group_row(ui: &mut egui::Ui, group: &mut ClientGroup, spending: Decimal, lang: Lang) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(&group.name).size(16.0).strong())
            .on_hover_text(&group.policy);
        for (value, text) in [
            (&mut group.clients, Text::BudgetClients),
            (
                &mut group.clients_without_trajectory,
                Text::BudgetWithoutTrajectory,
            ),
        ] {
            ui.label(lang.tr(text));
            let name = format!("{}: {}", lang.tr(text), group.name);
            changed |= count_field(ui, value, lang, COUNT_W, Naming::Name(name));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(RichText::new(format::money(spending, lang)).strong())
                .on_hover_text(lang.tr(Text::BudgetSpending));
            ui.label(format!("{}:", lang.tr(Text::BudgetSpending)));
        });
    });
    changed
}

/// One instrument: name and source, unit cost, units, payer and amount.
fn instrument_row(ui: &mut egui::Ui, instrument: &mut Instrument, lang: Lang) -> bool {
    let mut changed = false;
    let counted = instrument.payer.counts_against_budget();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        let w = name_width(ui);
        ui.allocate_ui_with_layout(
            egui::vec2(w, ui.spacing().interact_size.y),
            Layout::left_to_right(Align::Center).with_main_wrap(true),
            |ui| {
                ui.set_width(w);
                ui.spacing_mut().item_spacing.x = 4.0;
                ui.add(egui::Label::new(&instrument.name).wrap());
                provenance_badge(ui, lang, &instrument.source);
            },
        );
        let name = |text: Text| Naming::Name(format!("{}: {}", lang.tr(text), instrument.name));
        let unit_cost_name = name(Text::BudgetUnitCost);
        let units_name = name(Text::BudgetUnits);
        changed |= money_field(
            ui,
            &mut instrument.unit_cost,
            lang,
            10.0,
            MONEY_W,
            unit_cost_name,
        );
        changed |= count_field(ui, &mut instrument.units, lang, COUNT_W, units_name);
        cell(ui, PAYER_W, false, |ui| {
            let payer = RichText::new(payer_text(lang, instrument.payer));
            let payer = if counted {
                payer
            } else {
                payer.italics().weak()
            };
            let response = ui.add(egui::Label::new(payer).extend());
            if !counted {
                response.on_hover_text(lang.tr(Text::BudgetNotCounted));
            }
        });
        let amount = format::money(instrument.amount(), lang);
        if counted {
            figure_cell(ui, MONEY_W, RichText::new(amount));
        } else {
            figure_cell(
                ui,
                MONEY_W,
                RichText::new(format!("({amount})")).italics().weak(),
            )
            .on_hover_text(lang.tr(Text::BudgetNotCounted));
        }
    });
    changed
}

/// The group's spending from other budgets, right-aligned below its instruments.
fn other_spending(ui: &mut egui::Ui, other: Decimal, lang: Lang) {
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center), |ui| {
        ui.label(
            RichText::new(format!(
                "{}: {} ({})",
                lang.tr(Text::BudgetOtherSpending),
                format::money(other, lang),
                lang.tr(Text::BudgetNotCounted)
            ))
            .italics()
            .weak(),
        );
    });
}
