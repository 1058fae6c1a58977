//! The P-budget planner of WIL's decision note "Inzet P-budget 2018": the totals against the budget,
//! the client groups with their instruments, the reserves that can move to the local budget, the
//! local budget split over the municipalities to the cent, and the consequences the note names.
//!
//! The view edits the [`BudgetPlan`] in place (a document edit: the app records undo after
//! drawing) and shows the [`BudgetResult`] computed from it before drawing; it computes nothing
//! itself. Amounts stay `Decimal`; `f64` appears only as drag positions and plot coordinates.
//!
//! One file a section: [`totals`], [`groups`], [`reserves`], [`local_table`] with its
//! [`parts_chart`], and [`consequences`]; this file only lays them out.

mod consequences;
mod groups;
mod local_table;
mod parts_chart;
mod reserves;
mod totals;

use eframe::egui;
use egui::{Align, Layout, RichText};

use crate::i18n::Lang;
use crate::model::budget::{BudgetPlan, BudgetResult};

/// Below this width the view stacks its two columns.
const TWO_COLUMN_WIDTH: f32 = 1100.0;
/// Gap between the two columns.
const COLUMN_GAP: f32 = 18.0;
/// Gap between table cells.
const CELL_GAP: f32 = 6.0;
/// Width of a money cell.
const MONEY_W: f32 = 96.0;
/// Width of a count cell.
const COUNT_W: f32 = 56.0;
/// Font size of the big totals.
const BIG: f32 = 28.0;
/// Font size of section headings.
const HEADING: f32 = 19.0;

/// What every section reads and edits: the plan, the result computed from it, and the language.
struct Room<'a> {
    plan: &'a mut BudgetPlan,
    result: &'a BudgetResult,
    lang: Lang,
}

impl<'a> Room<'a> {
    /// The plan to edit, the result to show and the language, borrowed for one section.
    fn parts(&mut self) -> (&mut BudgetPlan, &'a BudgetResult, Lang) {
        (self.plan, self.result, self.lang)
    }
}

/// Draws the P-budget planner: the figures of `result`, computed from `plan` before this frame,
/// and the controls that edit `plan` in place.
///
/// After an edit the figures drawn before the edited control are a frame old, so the view asks
/// for one more frame, drawn from the edited plan.
pub fn show(ui: &mut egui::Ui, plan: &mut BudgetPlan, result: &BudgetResult, lang: Lang) {
    let mut room = Room { plan, result, lang };
    let mut changed = false;
    egui::ScrollArea::both()
        .id_salt("budget_view_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            changed |= totals::show(ui, &mut room);
            ui.add_space(8.0);
            if ui.available_width() >= TWO_COLUMN_WIDTH {
                changed |= two_columns(ui, &mut room);
            } else {
                changed |= one_column(ui, &mut room);
            }
        });
    if changed {
        ui.ctx().request_repaint();
    }
}

/// Groups, reserves and consequences on the left; the local budget on the right.
fn two_columns(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let mut changed = false;
    let left_width = ((ui.available_width() - COLUMN_GAP) * 0.55).floor();
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = COLUMN_GAP;
        column(ui, left_width, |ui| {
            changed |= groups::show(ui, room);
            ui.add_space(10.0);
            changed |= reserves::show(ui, room);
            ui.add_space(10.0);
            changed |= consequences::show(ui, room);
        });
        let right_width = ui.available_width();
        column(ui, right_width, |ui| {
            changed |= local_budget(ui, room);
        });
    });
    changed
}

/// Every section below the other, for narrow windows.
fn one_column(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let mut changed = groups::show(ui, room);
    ui.add_space(10.0);
    changed |= reserves::show(ui, room);
    ui.add_space(10.0);
    changed |= local_budget(ui, room);
    ui.add_space(10.0);
    changed | consequences::show(ui, room)
}

/// A column of a fixed width.
fn column(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(egui::vec2(width, 0.0), Layout::top_down(Align::Min), |ui| {
        ui.set_width(width);
        ui.spacing_mut().item_spacing.x = 8.0;
        add(ui);
    });
}

/// The local budget's table and controls, with the chart of its parts below.
fn local_budget(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let changed = local_table::show(ui, room);
    ui.add_space(8.0);
    parts_chart::show(ui, room.result, room.lang);
    changed
}

/// A section heading.
fn heading(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).size(HEADING).strong())
}
