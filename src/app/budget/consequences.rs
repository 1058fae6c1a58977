//! The consequences the note names: the societal cost of the clients who stay home without a
//! trajectory, and how many trajectory clients make the next step, each with its sum written out.

use eframe::egui;
use egui::RichText;
use rust_decimal::Decimal;

use super::{HEADING, MONEY_W, Room, heading};
use crate::app::widgets::{
    Naming, Sign, money_field, percent_field, provenance_badge, sign_color, whole_field,
};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::Years;
use crate::model::budget::{BudgetPlan, BudgetResult};

/// Draws both consequences with their inputs; says whether the user changed one.
pub(super) fn show(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let (plan, result, lang) = room.parts();
    heading(ui, lang.tr(Text::BudgetConsequences));
    let mut changed = staying_home(ui, plan, result, lang);
    ui.add_space(6.0);
    changed |= next_step(ui, plan, result, lang);
    changed
}

/// A consequence: its name and figure, large, in the colour of what it means, and below them
/// the sum that gives the figure.
fn outcome(ui: &mut egui::Ui, name: String, figure: &str, sign: Sign, sum: String) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(name).strong());
        let color = sign_color(ui, sign);
        ui.label(RichText::new(figure).size(HEADING).strong().color(color));
    });
    ui.label(RichText::new(sum).weak());
}

/// Clients without a trajectory × cost per client per year × years.
fn staying_home(
    ui: &mut egui::Ui,
    plan: &mut BudgetPlan,
    result: &BudgetResult,
    lang: Lang,
) -> bool {
    let cost = format::money(result.societal_cost_of_staying_home, lang);
    let sum = format!(
        "{} {} × {} {} × {} {} = {cost}",
        format::number(Decimal::from(result.clients_staying_home), 0, lang),
        lang.tr(Text::BudgetClientsUnit),
        format::money(plan.societal_cost_per_client.get(), lang),
        lang.tr(Text::BudgetPerClientPerYear),
        plan.years.get(),
        lang.tr(Text::BudgetYearsUnit),
    );
    let name = lang.tr(Text::StayingHome).to_string();
    outcome(ui, name, &cost, Sign::Negative, sum);
    ui.label(
        RichText::new(lang.tr(Text::BudgetWholeYears))
            .weak()
            .small(),
    );
    let mut changed = false;
    ui.horizontal(|ui| {
        let caption = ui.label(lang.tr(Text::BudgetCostPerClient));
        provenance_badge(ui, lang, &plan.societal_cost_source);
        changed |= money_field(
            ui,
            &mut plan.societal_cost_per_client,
            lang,
            10.0,
            MONEY_W,
            Naming::LabelledBy(caption.id),
        );
        ui.add_space(8.0);
        let caption = ui.label(lang.tr(Text::BudgetYears));
        let range = (Years::MIN, Years::MAX);
        let name = Naming::LabelledBy(caption.id);
        if let Some(years) = whole_field(ui, plan.years.get(), range, lang, 48.0, name) {
            plan.years = Years::clamped(years);
            changed = true;
        }
    });
    changed
}

/// Trajectory clients × the share that makes the next step.
fn next_step(ui: &mut egui::Ui, plan: &mut BudgetPlan, result: &BudgetResult, lang: Lang) -> bool {
    let changed = ui
        .horizontal(|ui| {
            let caption = ui.label(lang.tr(Text::BudgetNextStepPct));
            provenance_badge(ui, lang, &plan.next_step_source);
            let name = Naming::LabelledBy(caption.id);
            percent_field(ui, &mut plan.next_step_pct, lang, 72.0, name)
        })
        .inner;
    let clients = format::number(result.next_step_clients, 1, lang);
    let sum = format!(
        "{} {} × {} = {clients}",
        format::number(Decimal::from(result.trajectory_clients), 0, lang),
        lang.tr(Text::BudgetTrajectories),
        format::result_percent(plan.next_step_pct.get(), lang),
    );
    let name = format!("{}:", lang.tr(Text::BudgetNextStep));
    outcome(ui, name, &clients, Sign::Positive, sum);
    changed
}
