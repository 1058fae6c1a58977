//! The local budget ("lokaal handgeld"): what it is made of, and a table of the municipalities
//! with their contribution (editable), share, part to the cent, planned use (editable) and what
//! is left unplanned, with a total row; municipalities can be added and removed.

use eframe::egui;
use egui::RichText;
use rust_decimal::Decimal;

use super::{CELL_GAP, MONEY_W, Room, heading};
use crate::app::widgets::{
    Naming, Sign, figure_cell, header_cell, money_field, net_color, provenance_badge, sign_color,
};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::Money;
use crate::model::budget::{BudgetPlan, BudgetResult, LocalPart, Municipality, ReserveDestination};

/// Width of the share cell.
const SHARE_W: f32 = 50.0;
/// Width of the remove button cell.
const REMOVE_W: f32 = 22.0;

/// The table's column widths for the width at hand.
struct Columns {
    name: f32,
    money: f32,
}

impl Columns {
    /// Four money columns share what the name, share and remove columns leave.
    fn fit(ui: &egui::Ui) -> Self {
        let rest = SHARE_W + REMOVE_W + 6.0 * CELL_GAP;
        let money = ((ui.available_width() - rest - 96.0) / 4.0).clamp(84.0, MONEY_W + 8.0);
        let name = (ui.available_width() - rest - 4.0 * money).clamp(80.0, 220.0);
        Columns { name, money }
    }
}

/// Draws the local budget's summary and table; says whether the user changed it.
pub(super) fn show(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let (plan, result, lang) = room.parts();
    summary(ui, plan, result, lang);
    let columns = Columns::fit(ui);
    header_row(ui, &columns, lang);
    ui.separator();
    let mut changed = false;
    let mut remove = None;
    let removable = plan.local_budget.municipalities.len() > 1;
    for (mi, municipality) in plan.local_budget.municipalities.iter_mut().enumerate() {
        let part = result.local_parts.get(mi);
        let row = municipality_row(ui, &columns, mi, municipality, part, removable, lang);
        changed |= row.changed;
        if row.remove {
            remove = Some(mi);
        }
    }
    if let Some(mi) = remove {
        plan.local_budget.municipalities.remove(mi);
        changed = true;
    }
    if plan.local_budget.municipalities.is_empty() {
        let color = sign_color(ui, Sign::Negative);
        ui.label(RichText::new(lang.tr(Text::BudgetNoMunicipalities)).color(color));
    }
    ui.separator();
    total_row(ui, &columns, result, lang);
    if ui
        .button(format!("+ {}", lang.tr(Text::BudgetAddMunicipality)))
        .clicked()
    {
        plan.local_budget.municipalities.push(Municipality {
            name: lang.tr(Text::BudgetNewMunicipality).to_string(),
            contribution: Money::ZERO,
            planned_use: Money::ZERO,
        });
        changed = true;
    }
    changed
}

/// The heading with the local budget, the base and reserves it is made of, and the source of the
/// contributions.
fn summary(ui: &mut egui::Ui, plan: &BudgetPlan, result: &BudgetResult, lang: Lang) {
    heading(
        ui,
        &format!(
            "{}: {}",
            lang.tr(Text::BudgetLocal),
            format::money(result.local_total, lang)
        ),
    );
    let mut breakdown = format!(
        "{} {}",
        lang.tr(Text::BudgetBase),
        format::money(plan.local_budget.base.get(), lang)
    );
    for reserve in &plan.reserves {
        if reserve.destination == ReserveDestination::LocalBudget {
            breakdown.push_str(&format!(
                " + {} {}",
                reserve.name,
                format::money(reserve.amount.get(), lang)
            ));
        }
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new(breakdown).small().weak());
        if !plan.local_budget.contribution_source.trim().is_empty() {
            ui.add_space(8.0);
            ui.label(
                RichText::new(format!("{}:", lang.tr(Text::BudgetContribution)))
                    .small()
                    .weak(),
            );
            provenance_badge(ui, lang, &plan.local_budget.contribution_source);
        }
    });
}

fn header_row(ui: &mut egui::Ui, columns: &Columns, lang: Lang) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        header_cell(ui, columns.name, false, lang.tr(Text::BudgetMunicipality));
        header_cell(ui, columns.money, true, lang.tr(Text::BudgetContribution));
        header_cell(ui, SHARE_W, true, lang.tr(Text::BudgetShare));
        header_cell(ui, columns.money, true, lang.tr(Text::BudgetPart));
        header_cell(ui, columns.money, true, lang.tr(Text::BudgetPlannedUse));
        header_cell(ui, columns.money, true, lang.tr(Text::BudgetUnplanned));
    });
}

/// What the user did on one municipality's row.
struct RowEdit {
    changed: bool,
    remove: bool,
}

/// One municipality: name, contribution, share, part, planned use, unplanned, remove button.
fn municipality_row(
    ui: &mut egui::Ui,
    columns: &Columns,
    mi: usize,
    municipality: &mut Municipality,
    part: Option<&LocalPart>,
    removable: bool,
    lang: Lang,
) -> RowEdit {
    let mut edit = RowEdit {
        changed: false,
        remove: false,
    };
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        edit.changed |= ui
            .add_sized(
                [columns.name, ui.spacing().interact_size.y],
                egui::TextEdit::singleline(&mut municipality.name)
                    .id_salt(("budget_municipality_name", mi)),
            )
            .accessible_name(format!(
                "{} {}",
                lang.tr(Text::BudgetMunicipalityName),
                mi + 1
            ))
            .changed();
        let name = municipality.name.clone();
        let named = |text: Text| Naming::Name(format!("{}: {name}", lang.tr(text)));
        let field = |ui: &mut egui::Ui, value: &mut Money, text: Text| {
            money_field(ui, value, lang, 100.0, columns.money, named(text))
        };
        edit.changed |= field(ui, &mut municipality.contribution, Text::BudgetContribution);
        let share = part.map(|p| p.share).unwrap_or_default();
        figure_cell(
            ui,
            SHARE_W,
            RichText::new(format::result_percent(share, lang)),
        );
        let amount = part.map(|p| p.amount).unwrap_or_default();
        let amount = RichText::new(format::money(amount, lang)).strong();
        figure_cell(ui, columns.money, amount);
        edit.changed |= field(ui, &mut municipality.planned_use, Text::BudgetPlannedUse);
        let unplanned = part.map(LocalPart::unplanned).unwrap_or_default();
        unplanned_cell(ui, columns.money, unplanned, lang);
        let remove = format!("{} {name}", lang.tr(Text::BudgetRemoveMunicipality));
        edit.remove = ui
            .add_enabled(removable, egui::Button::new("×").small())
            .on_hover_text(&remove)
            .accessible_name(remove)
            .clicked();
    });
    edit
}

/// What is left unplanned: green, or red when the planned use exceeds the part.
fn unplanned_cell(ui: &mut egui::Ui, width: f32, unplanned: Decimal, lang: Lang) {
    let color = net_color(ui, unplanned);
    figure_cell(
        ui,
        width,
        RichText::new(format::money(unplanned, lang)).color(color),
    );
}

/// The parts added up.
fn total_row(ui: &mut egui::Ui, columns: &Columns, result: &BudgetResult, lang: Lang) {
    let totals = &result.local_totals;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        header_cell(ui, columns.name, false, lang.tr(Text::Total));
        let money = |value| RichText::new(format::money(value, lang));
        figure_cell(ui, columns.money, money(totals.contribution).strong());
        let share = format::result_percent(totals.share, lang);
        figure_cell(ui, SHARE_W, RichText::new(share));
        figure_cell(ui, columns.money, money(totals.amount).strong());
        figure_cell(ui, columns.money, money(totals.planned_use));
        unplanned_cell(ui, columns.money, totals.unplanned(), lang);
    });
}
