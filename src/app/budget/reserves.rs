//! The reserves: amounts earmarked in the P-budget that can move to the local budget (the note's
//! GT-trajecten move). Moving one keeps what is planned in total the same.

use eframe::egui;
use egui::RichText;

use super::{Room, heading};
use crate::app::widgets::provenance_badge;
use crate::format;
use crate::i18n::Text;
use crate::model::budget::ReserveDestination;

/// Draws the reserves with their two destinations; says whether the user moved one.
pub(super) fn show(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let (plan, result, lang) = room.parts();
    if plan.reserves.is_empty() {
        return false;
    }
    heading(ui, lang.tr(Text::BudgetReserves));
    let mut moves = Vec::new();
    for (ri, reserve) in plan.reserves.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&reserve.name).strong());
            ui.label(RichText::new(format::money(reserve.amount.get(), lang)).strong());
            provenance_badge(ui, lang, &reserve.source);
            ui.add_space(8.0);
            let mut destination = reserve.destination;
            for (option, text) in [
                (ReserveDestination::Reserved, Text::BudgetReserved),
                (ReserveDestination::LocalBudget, Text::BudgetMovedToLocal),
            ] {
                let response = ui
                    .selectable_value(&mut destination, option, lang.tr(text))
                    .accessible_name(format!("{}: {}", reserve.name, lang.tr(text)));
                if response.clicked() && destination != reserve.destination {
                    moves.push((ri, destination));
                }
            }
        });
    }
    let changed = !moves.is_empty();
    for (ri, destination) in moves {
        plan.move_reserve(ri, destination);
    }
    ui.label(
        RichText::new(format!(
            "{} ({})",
            lang.tr(Text::BudgetReserveNote),
            format::money(result.planned, lang)
        ))
        .small()
        .weak(),
    );
    changed
}
