//! The three cards on top: the P-budget's total (editable), what is planned against it, and the
//! room left for the unforeseen, red when the plan overspends.

use eframe::egui;
use egui::{Color32, RichText};

use super::{BIG, Room};
use crate::app::widgets::{Naming, Sign, money_field, provenance_badge, sign_color};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::budget::{BudgetPlan, BudgetResult};

/// Font size of a card's caption.
const CAPTION: f32 = 16.0;

/// Draws the three cards; says whether the user changed the total.
pub(super) fn show(ui: &mut egui::Ui, room: &mut Room<'_>) -> bool {
    let (plan, result, lang) = room.parts();
    let mut changed = false;
    ui.columns(3, |columns| {
        card(&mut columns[0], None, |ui| {
            changed = total(ui, plan, lang);
        });
        card(&mut columns[1], None, |ui| planned(ui, result, lang));
        let sign = if result.overspent() {
            Sign::Negative
        } else {
            Sign::Positive
        };
        let color = sign_color(&columns[2], sign);
        let fill = color.gamma_multiply(if columns[2].visuals().dark_mode {
            0.18
        } else {
            0.10
        });
        card(&mut columns[2], Some(fill), |ui| {
            room_card(ui, result, color, lang);
        });
    });
    changed
}

/// A framed card filling its column.
fn card(ui: &mut egui::Ui, fill: Option<Color32>, add: impl FnOnce(&mut egui::Ui)) {
    let mut frame = egui::Frame::group(ui.style())
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .inner_margin(egui::Margin::symmetric(10, 6));
    if let Some(fill) = fill {
        frame = frame.fill(fill);
    }
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        add(ui);
    });
}

/// The total with its source, typed in large figures.
fn total(ui: &mut egui::Ui, plan: &mut BudgetPlan, lang: Lang) -> bool {
    let caption = ui
        .horizontal(|ui| {
            let caption = ui.label(RichText::new(lang.tr(Text::BudgetTotal)).size(CAPTION));
            provenance_badge(ui, lang, &plan.total_source);
            caption
        })
        .inner;
    ui.scope(|ui| {
        ui.style_mut().override_font_id = Some(egui::FontId::proportional(BIG));
        money_field(
            ui,
            &mut plan.total,
            lang,
            500.0,
            230.0,
            Naming::LabelledBy(caption.id),
        )
    })
    .inner
}

/// Everything planned, and what it is made of.
fn planned(ui: &mut egui::Ui, result: &BudgetResult, lang: Lang) {
    ui.label(RichText::new(lang.tr(Text::BudgetPlanned)).size(CAPTION));
    ui.label(
        RichText::new(format::money(result.planned, lang))
            .size(BIG)
            .strong(),
    );
    ui.label(
        RichText::new(format!(
            "{} {} + {} {} + {} {}",
            lang.tr(Text::BudgetGroupsPlanned),
            format::money(result.group_total, lang),
            lang.tr(Text::BudgetReserved).to_lowercase(),
            format::money(result.reserved, lang),
            lang.tr(Text::BudgetLocal).to_lowercase(),
            format::money(result.local_total, lang),
        ))
        .small()
        .weak(),
    );
}

/// The room for the unforeseen, or the overspending, in `color`.
fn room_card(ui: &mut egui::Ui, result: &BudgetResult, color: Color32, lang: Lang) {
    let caption = if result.overspent() {
        lang.tr(Text::BudgetOverspent)
    } else {
        lang.tr(Text::BudgetRoom)
    };
    ui.label(RichText::new(caption).size(CAPTION).strong().color(color));
    ui.label(
        RichText::new(format::money(result.room, lang))
            .size(BIG)
            .strong()
            .color(color),
    )
    .on_hover_text(lang.tr(Text::BudgetRoomExplain));
    ui.label(
        RichText::new(lang.tr(Text::BudgetRoomExplain))
            .small()
            .weak(),
    );
}
