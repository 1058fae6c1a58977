//! The P-budget planner of WIL's decision note "Inzet P-budget 2018": the totals against the budget,
//! the client groups with their instruments, the reserves that can move to the local budget, the
//! local budget split over the municipalities to the cent, and the consequences the note names.
//!
//! The view edits the [`BudgetPlan`] in place and recomputes everything from it; amounts stay
//! `Decimal`, and `f64` appears only as drag positions and plot coordinates.

use eframe::egui;
use egui::{Align, Color32, Layout, RichText};
use egui_plot::{Bar, BarChart, GridMark, Plot};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::budget::{BudgetPlan, BudgetResult, Municipality, Payer, ReserveDestination};
use crate::model::{Count, MAX_AMOUNT, Money, Pct, Years};

/// Below this width the view stacks its two columns.
const TWO_COLUMN_WIDTH: f32 = 1100.0;
/// Gap between table cells.
const CELL_GAP: f32 = 6.0;
/// Width of a money cell.
const MONEY_W: f32 = 96.0;
/// Width of a count cell.
const COUNT_W: f32 = 56.0;
/// Width of the payer cell.
const PAYER_W: f32 = 64.0;
/// Width of the share cell.
const SHARE_W: f32 = 50.0;
/// Width of the remove button cell.
const REMOVE_W: f32 = 22.0;
/// Font size of the big totals.
const BIG: f32 = 28.0;
/// Font size of section headings.
const HEADING: f32 = 19.0;

/// Draws the P-budget planner for `plan`, editing it in place; returns true when the user changed it.
pub fn budget_view(ui: &mut egui::Ui, plan: &mut BudgetPlan, lang: Lang) -> bool {
    let result = plan.compute();
    let mut changed = false;
    egui::ScrollArea::vertical()
        .id_salt("budget_view_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            changed |= totals(ui, plan, &result, lang);
            ui.add_space(8.0);
            if ui.available_width() >= TWO_COLUMN_WIDTH {
                let gap = 18.0;
                let left_width = ((ui.available_width() - gap) * 0.55).floor();
                ui.horizontal_top(|ui| {
                    ui.spacing_mut().item_spacing.x = gap;
                    ui.allocate_ui_with_layout(
                        egui::vec2(left_width, 0.0),
                        Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(left_width);
                            ui.spacing_mut().item_spacing.x = 8.0;
                            changed |= groups(ui, plan, &result, lang);
                            ui.add_space(10.0);
                            changed |= reserves(ui, plan, &result, lang);
                            ui.add_space(10.0);
                            changed |= consequences(ui, plan, &result, lang);
                        },
                    );
                    let right_width = ui.available_width();
                    ui.allocate_ui_with_layout(
                        egui::vec2(right_width, 0.0),
                        Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(right_width);
                            ui.spacing_mut().item_spacing.x = 8.0;
                            changed |= local_budget(ui, plan, &result, lang);
                        },
                    );
                });
            } else {
                changed |= groups(ui, plan, &result, lang);
                ui.add_space(10.0);
                changed |= reserves(ui, plan, &result, lang);
                ui.add_space(10.0);
                changed |= local_budget(ui, plan, &result, lang);
                ui.add_space(10.0);
                changed |= consequences(ui, plan, &result, lang);
            }
        });
    if changed {
        // The figures above the edited control were drawn from the old plan: draw once more.
        ui.ctx().request_repaint();
    }
    changed
}

// --- Small helpers -----------------------------------------------------------------------------

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

fn from_f64(value: f64, decimals: u32) -> Option<Decimal> {
    Decimal::from_f64_retain(value).map(|d| d.round_dp(decimals))
}

fn good(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(120, 210, 130)
    } else {
        Color32::from_rgb(20, 120, 45)
    }
}

fn bad(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 125, 115)
    } else {
        Color32::from_rgb(190, 30, 30)
    }
}

/// Green for zero or more, red for less.
fn sign_color(ui: &egui::Ui, value: Decimal) -> Color32 {
    if value.is_sign_negative() && !value.is_zero() {
        bad(ui)
    } else {
        good(ui)
    }
}

fn heading(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).size(HEADING).strong())
}

/// Whether a source text marks its figure as an assumption.
fn is_assumption(source: &str) -> bool {
    source.trim_start().starts_with("Aanname")
}

/// A small tag: "aanname" for an assumed figure, "uit brondocument" for a sourced one, with the
/// source text as tooltip. Nothing when there is no source text.
fn source_badge(ui: &mut egui::Ui, lang: Lang, source: &str) {
    if source.trim().is_empty() {
        return;
    }
    let assumption = is_assumption(source);
    let (fill, text) = super::widgets::badge_colors(assumption, ui.visuals().dark_mode);
    let label = lang.tr(if assumption {
        Text::BudgetAssumption
    } else {
        Text::BudgetFromSource
    });
    // One widget rather than a frame around a label, so a wrapping row moves it as a whole.
    let galley = egui::WidgetText::from(RichText::new(label).small().color(text)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Small,
    );
    let padding = egui::vec2(4.0, 1.0);
    let (rect, response) =
        ui.allocate_exact_size(galley.size() + 2.0 * padding, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, 4.0, fill);
        ui.painter().galley(rect.min + padding, galley, text);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), label));
    response.on_hover_text(source);
}

/// A fixed-width cell, so rows drawn one below the other line up as a table.
fn cell<R>(ui: &mut egui::Ui, width: f32, right: bool, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let layout = if right {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    };
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(egui::vec2(width, height), layout, |ui| {
        ui.set_width(width);
        add(ui)
    })
    .inner
}

/// A right-aligned figure in a fixed-width cell.
fn figure_cell(ui: &mut egui::Ui, width: f32, text: RichText) -> egui::Response {
    cell(ui, width, true, |ui| {
        ui.add(egui::Label::new(text).extend())
    })
}

/// A table header cell.
fn header_cell(ui: &mut egui::Ui, width: f32, right: bool, text: &str) -> egui::Response {
    cell(ui, width, right, |ui| {
        ui.add(egui::Label::new(RichText::new(text).strong()).truncate())
    })
}

/// How a field is named for screen readers and tests.
enum Naming {
    /// By a visible label next to it.
    LabelledBy(egui::Id),
    /// By a name of its own, where no single visible label names it (table cells).
    Name(String),
}

impl Naming {
    fn apply(self, response: egui::Response) -> egui::Response {
        match self {
            Naming::LabelledBy(id) => response.labelled_by(id),
            Naming::Name(name) => response.accessible_name(name),
        }
    }
}

/// A money field in Dutch (or English) notation; writes a clamped [`Money`] back.
fn money_field(
    ui: &mut egui::Ui,
    value: &mut Money,
    lang: Lang,
    speed: f64,
    width: f32,
    name: Naming,
) -> bool {
    let mut position = to_f64(value.get());
    let response = ui.add_sized(
        [width, ui.spacing().interact_size.y],
        egui::DragValue::new(&mut position)
            .range(0.0..=to_f64(MAX_AMOUNT))
            .speed(speed)
            .custom_formatter(move |v, _| {
                from_f64(v, 2).map_or_else(String::new, |d| format::money(d, lang))
            })
            .custom_parser(move |text| format::parse_number(text, lang).and_then(|d| d.to_f64())),
    );
    let response = name.apply(response);
    if response.changed()
        && let Some(typed) = from_f64(position, 2)
    {
        let typed = Money::clamped(typed);
        if typed != *value {
            *value = typed;
            return true;
        }
    }
    false
}

/// A whole-number field (clients, units, years) between `min` and `max`; gives the new value.
fn whole_field(
    ui: &mut egui::Ui,
    value: u32,
    range: (u32, u32),
    lang: Lang,
    width: f32,
    name: Naming,
) -> Option<u32> {
    let mut position = f64::from(value);
    let response = ui.add_sized(
        [width, ui.spacing().interact_size.y],
        egui::DragValue::new(&mut position)
            .range(f64::from(range.0)..=f64::from(range.1))
            .speed(0.25)
            .custom_formatter(move |v, _| {
                from_f64(v, 0).map_or_else(String::new, |d| format::number(d, 0, lang))
            })
            .custom_parser(move |text| {
                format::parse_number(text, lang).and_then(|d| d.round().to_f64())
            }),
    );
    let response = name.apply(response);
    let typed = position
        .round()
        .clamp(f64::from(range.0), f64::from(range.1)) as u32;
    (response.changed() && typed != value).then_some(typed)
}

fn count_field(ui: &mut egui::Ui, value: &mut Count, lang: Lang, width: f32, name: Naming) -> bool {
    match whole_field(ui, value.get(), (Count::MIN, Count::MAX), lang, width, name) {
        Some(typed) => {
            *value = Count::clamped(typed);
            true
        }
        None => false,
    }
}

fn payer_text(lang: Lang, payer: Payer) -> &'static str {
    lang.tr(match payer {
        Payer::ParticipationBudget => Text::BudgetPayerParticipation,
        Payer::Buig => Text::BudgetPayerBuig,
        Payer::Municipality => Text::BudgetPayerMunicipality,
    })
}

// --- 1. Totals -------------------------------------------------------------------------------

fn totals(ui: &mut egui::Ui, plan: &mut BudgetPlan, result: &BudgetResult, lang: Lang) -> bool {
    let mut changed = false;
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    let card = |ui: &mut egui::Ui, fill: Option<Color32>, add: &mut dyn FnMut(&mut egui::Ui)| {
        let mut frame = egui::Frame::group(ui.style())
            .stroke(stroke)
            .inner_margin(egui::Margin::symmetric(10, 6));
        if let Some(fill) = fill {
            frame = frame.fill(fill);
        }
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
    };
    ui.columns(3, |columns| {
        card(&mut columns[0], None, &mut |ui| {
            let caption = ui
                .horizontal(|ui| {
                    let caption = ui.label(RichText::new(lang.tr(Text::BudgetTotal)).size(16.0));
                    source_badge(ui, lang, &plan.total_source);
                    caption
                })
                .inner;
            ui.scope(|ui| {
                ui.style_mut().override_font_id = Some(egui::FontId::proportional(BIG));
                changed |= money_field(
                    ui,
                    &mut plan.total,
                    lang,
                    500.0,
                    230.0,
                    Naming::LabelledBy(caption.id),
                );
            });
        });
        card(&mut columns[1], None, &mut |ui| {
            ui.label(RichText::new(lang.tr(Text::BudgetPlanned)).size(16.0));
            ui.label(
                RichText::new(format::money(result.planned, lang))
                    .size(BIG)
                    .strong(),
            );
            let groups: Decimal = result.group_spending.iter().copied().sum();
            ui.label(
                RichText::new(format!(
                    "{} {} + {} {} + {} {}",
                    lang.tr(Text::BudgetGroupsPlanned),
                    format::money(groups, lang),
                    lang.tr(Text::BudgetReserved).to_lowercase(),
                    format::money(result.reserved, lang),
                    lang.tr(Text::BudgetLocal).to_lowercase(),
                    format::money(result.local_total, lang),
                ))
                .small()
                .weak(),
            );
        });
        let negative = result.room.is_sign_negative() && !result.room.is_zero();
        let color = sign_color(&columns[2], result.room);
        let fill = color.gamma_multiply(if columns[2].visuals().dark_mode {
            0.18
        } else {
            0.10
        });
        card(&mut columns[2], Some(fill), &mut |ui| {
            let caption = if negative {
                lang.tr(Text::BudgetOverspent)
            } else {
                lang.tr(Text::BudgetRoom)
            };
            ui.label(RichText::new(caption).size(16.0).strong().color(color));
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
        });
    });
    changed
}

// --- 2. Client groups ------------------------------------------------------------------------

fn groups(ui: &mut egui::Ui, plan: &mut BudgetPlan, result: &BudgetResult, lang: Lang) -> bool {
    let mut changed = false;
    heading(ui, lang.tr(Text::BudgetGroups));
    let name_width = |ui: &egui::Ui| {
        (ui.available_width() - 2.0 * MONEY_W - COUNT_W - PAYER_W - 4.0 * CELL_GAP).max(120.0)
    };
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        let w = name_width(ui);
        header_cell(ui, w, false, lang.tr(Text::BudgetInstrument));
        header_cell(ui, MONEY_W, true, lang.tr(Text::BudgetUnitCost));
        header_cell(ui, COUNT_W, true, lang.tr(Text::BudgetUnits));
        header_cell(ui, PAYER_W, false, lang.tr(Text::BudgetPayer));
        header_cell(ui, MONEY_W, true, lang.tr(Text::BudgetAmount));
    });
    ui.separator();
    for (gi, group) in plan.groups.iter_mut().enumerate() {
        let spending = result.group_spending.get(gi).copied().unwrap_or_default();
        let other = result
            .group_other_spending
            .get(gi)
            .copied()
            .unwrap_or_default();
        ui.horizontal(|ui| {
            ui.label(RichText::new(&group.name).size(16.0).strong())
                .on_hover_text(&group.policy);
            ui.label(lang.tr(Text::BudgetClients));
            changed |= count_field(
                ui,
                &mut group.clients,
                lang,
                COUNT_W,
                Naming::Name(format!("{}: {}", lang.tr(Text::BudgetClients), group.name)),
            );
            ui.label(lang.tr(Text::BudgetWithoutTrajectory));
            changed |= count_field(
                ui,
                &mut group.clients_without_trajectory,
                lang,
                COUNT_W,
                Naming::Name(format!(
                    "{}: {}",
                    lang.tr(Text::BudgetWithoutTrajectory),
                    group.name
                )),
            );
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.label(RichText::new(format::money(spending, lang)).strong())
                    .on_hover_text(lang.tr(Text::BudgetSpending));
                ui.label(format!("{}:", lang.tr(Text::BudgetSpending)));
            });
        });
        if !group.policy.is_empty() {
            ui.add(egui::Label::new(RichText::new(&group.policy).small().weak()).wrap());
        }
        for instrument in &mut group.instruments {
            let counted = instrument.payer == Payer::ParticipationBudget;
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
                        source_badge(ui, lang, &instrument.source);
                    },
                );
                changed |= money_field(
                    ui,
                    &mut instrument.unit_cost,
                    lang,
                    10.0,
                    MONEY_W,
                    Naming::Name(format!(
                        "{}: {}",
                        lang.tr(Text::BudgetUnitCost),
                        instrument.name
                    )),
                );
                changed |= count_field(
                    ui,
                    &mut instrument.units,
                    lang,
                    COUNT_W,
                    Naming::Name(format!(
                        "{}: {}",
                        lang.tr(Text::BudgetUnits),
                        instrument.name
                    )),
                );
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
        }
        if !other.is_zero() {
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
        ui.separator();
    }
    changed
}

// --- 3. Reserves -----------------------------------------------------------------------------

fn reserves(ui: &mut egui::Ui, plan: &mut BudgetPlan, result: &BudgetResult, lang: Lang) -> bool {
    if plan.reserves.is_empty() {
        return false;
    }
    let mut changed = false;
    heading(ui, lang.tr(Text::BudgetReserves));
    let mut moves = Vec::new();
    for (ri, reserve) in plan.reserves.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&reserve.name).strong());
            ui.label(RichText::new(format::money(reserve.amount.get(), lang)).strong());
            source_badge(ui, lang, &reserve.source);
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
    for (ri, destination) in moves {
        plan.move_reserve(ri, destination);
        changed = true;
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

// --- 4. Local budget -------------------------------------------------------------------------

/// Each municipality's share of the contributions in percent, as the split uses them: negative
/// contributions count as zero, and when all are zero the shares are equal.
fn shares(contributions: &[Decimal]) -> Vec<Decimal> {
    let positive: Vec<Decimal> = contributions
        .iter()
        .map(|c| (*c).max(Decimal::ZERO))
        .collect();
    let sum: Decimal = positive.iter().copied().sum();
    if sum.is_zero() {
        let n = Decimal::from(positive.len().max(1));
        return positive.iter().map(|_| Decimal::ONE_HUNDRED / n).collect();
    }
    positive
        .iter()
        .map(|c| c / sum * Decimal::ONE_HUNDRED)
        .collect()
}

fn local_budget(
    ui: &mut egui::Ui,
    plan: &mut BudgetPlan,
    result: &BudgetResult,
    lang: Lang,
) -> bool {
    let mut changed = false;
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
            source_badge(ui, lang, &plan.local_budget.contribution_source);
        }
    });

    // Four money columns share what the name, share and remove columns leave.
    let rest = SHARE_W + REMOVE_W + 6.0 * CELL_GAP;
    let money_w = ((ui.available_width() - rest - 96.0) / 4.0).clamp(84.0, MONEY_W + 8.0);
    let name_w = (ui.available_width() - rest - 4.0 * money_w).clamp(80.0, 220.0);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        header_cell(ui, name_w, false, lang.tr(Text::BudgetMunicipality));
        header_cell(ui, money_w, true, lang.tr(Text::BudgetContribution));
        header_cell(ui, SHARE_W, true, lang.tr(Text::BudgetShare));
        header_cell(ui, money_w, true, lang.tr(Text::BudgetPart));
        header_cell(ui, money_w, true, lang.tr(Text::BudgetPlannedUse));
        header_cell(ui, money_w, true, lang.tr(Text::BudgetUnplanned));
    });
    ui.separator();

    let share = shares(
        &result
            .local_parts
            .iter()
            .map(|p| p.contribution)
            .collect::<Vec<_>>(),
    );
    let mut remove = None;
    let count = plan.local_budget.municipalities.len();
    for (mi, municipality) in plan.local_budget.municipalities.iter_mut().enumerate() {
        let part = result.local_parts.get(mi);
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = CELL_GAP;
            let name_changed = ui
                .add_sized(
                    [name_w, ui.spacing().interact_size.y],
                    egui::TextEdit::singleline(&mut municipality.name)
                        .id_salt(("budget_municipality_name", mi)),
                )
                .accessible_name(format!(
                    "{} {}",
                    lang.tr(Text::BudgetMunicipalityName),
                    mi + 1
                ))
                .changed();
            changed |= name_changed;
            let name = municipality.name.clone();
            changed |= money_field(
                ui,
                &mut municipality.contribution,
                lang,
                100.0,
                money_w,
                Naming::Name(format!("{}: {name}", lang.tr(Text::BudgetContribution))),
            );
            figure_cell(
                ui,
                SHARE_W,
                RichText::new(format::percent(
                    share.get(mi).copied().unwrap_or_default(),
                    1,
                    lang,
                )),
            );
            let amount = part.map(|p| p.amount).unwrap_or_default();
            figure_cell(
                ui,
                money_w,
                RichText::new(format::money(amount, lang)).strong(),
            );
            changed |= money_field(
                ui,
                &mut municipality.planned_use,
                lang,
                100.0,
                money_w,
                Naming::Name(format!("{}: {name}", lang.tr(Text::BudgetPlannedUse))),
            );
            let unplanned = part.map(|p| p.unplanned()).unwrap_or_default();
            let color = sign_color(ui, unplanned);
            figure_cell(
                ui,
                money_w,
                RichText::new(format::money(unplanned, lang)).color(color),
            );
            let button = ui
                .add_enabled(count > 1, egui::Button::new("×").small())
                .on_hover_text(format!(
                    "{} {name}",
                    lang.tr(Text::BudgetRemoveMunicipality)
                ))
                .accessible_name(format!(
                    "{} {name}",
                    lang.tr(Text::BudgetRemoveMunicipality)
                ));
            if button.clicked() {
                remove = Some(mi);
            }
        });
    }
    if let Some(mi) = remove {
        plan.local_budget.municipalities.remove(mi);
        changed = true;
    }
    if plan.local_budget.municipalities.is_empty() {
        ui.label(RichText::new(lang.tr(Text::BudgetNoMunicipalities)).color(bad(ui)));
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = CELL_GAP;
        header_cell(ui, name_w, false, lang.tr(Text::Total));
        let contributions: Decimal = result.local_parts.iter().map(|p| p.contribution).sum();
        let parts: Decimal = result.local_parts.iter().map(|p| p.amount).sum();
        let planned: Decimal = result.local_parts.iter().map(|p| p.planned_use).sum();
        let unplanned = parts - planned;
        figure_cell(
            ui,
            money_w,
            RichText::new(format::money(contributions, lang)).strong(),
        );
        let all = if result.local_parts.is_empty() {
            Decimal::ZERO
        } else {
            Decimal::ONE_HUNDRED
        };
        figure_cell(ui, SHARE_W, RichText::new(format::percent(all, 1, lang)));
        figure_cell(
            ui,
            money_w,
            RichText::new(format::money(parts, lang)).strong(),
        );
        figure_cell(ui, money_w, RichText::new(format::money(planned, lang)));
        let color = sign_color(ui, unplanned);
        figure_cell(
            ui,
            money_w,
            RichText::new(format::money(unplanned, lang)).color(color),
        );
    });
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
    ui.add_space(8.0);
    parts_chart(ui, result, lang);
    changed
}

fn parts_chart(ui: &mut egui::Ui, result: &BudgetResult, lang: Lang) {
    ui.label(RichText::new(lang.tr(Text::BudgetPartsChart)).strong());
    let color = if ui.visuals().dark_mode {
        Color32::from_rgb(90, 150, 220)
    } else {
        Color32::from_rgb(33, 113, 181)
    };
    let bars: Vec<Bar> = result
        .local_parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Bar::new(i as f64, to_f64(p.amount))
                .width(0.6)
                .name(format!(
                    "{}: {}",
                    p.municipality,
                    format::money(p.amount, lang)
                ))
        })
        .collect();
    let names: Vec<String> = result
        .local_parts
        .iter()
        .map(|p| p.municipality.clone())
        .collect();
    let count = names.len();
    let tops: Vec<Decimal> = result.local_parts.iter().map(|p| p.amount).collect();
    let highest = tops.iter().copied().max().unwrap_or_default();
    let height = 220.0;
    Plot::new("budget_parts_chart")
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .show_grid(egui::Vec2b::new(false, true))
        .include_y(0.0)
        .include_y(to_f64(highest) * 1.15)
        .include_x(-0.6)
        .include_x(count as f64 - 0.4)
        .y_axis_min_width(70.0)
        .y_axis_formatter(move |mark, _| {
            Decimal::from_f64_retain(mark.value)
                .map_or_else(String::new, |d| format::money_whole(d, lang))
        })
        .x_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 {
                names.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_grid_spacer(|input| {
            let (min, max) = input.bounds;
            (min.ceil() as i64..=max.floor() as i64)
                .map(|v| GridMark {
                    value: v as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_grid_spacer(|input| {
            let (min, max) = input.bounds;
            let step = nice_step((max - min) / 5.0);
            if !(step.is_finite() && step > 0.0) {
                return Vec::new();
            }
            ((min / step).ceil() as i64..=(max / step).floor() as i64)
                .map(|k| GridMark {
                    value: k as f64 * step,
                    step_size: step,
                })
                .collect()
        })
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            for (i, p) in tops.into_iter().enumerate() {
                plot_ui.text(
                    egui_plot::Text::new(
                        "",
                        egui_plot::PlotPoint::new(i as f64, to_f64(p)),
                        RichText::new(format::money_whole(p, lang)).size(13.0),
                    )
                    .anchor(egui::Align2::CENTER_BOTTOM),
                );
            }
            plot_ui.bar_chart(
                BarChart::new(lang.tr(Text::BudgetPart), bars)
                    .color(color)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
        });
}

/// A round grid step near `rough`: 1, 2 or 5 times a power of ten.
fn nice_step(rough: f64) -> f64 {
    if !(rough.is_finite() && rough > 0.0) {
        return 0.0;
    }
    let power = 10f64.powf(rough.log10().floor());
    let mantissa = rough / power;
    let nice = if mantissa < 1.5 {
        1.0
    } else if mantissa < 3.5 {
        2.0
    } else if mantissa < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * power
}

// --- 5. Consequences -------------------------------------------------------------------------

fn consequences(
    ui: &mut egui::Ui,
    plan: &mut BudgetPlan,
    result: &BudgetResult,
    lang: Lang,
) -> bool {
    let mut changed = false;
    heading(ui, lang.tr(Text::BudgetConsequences));
    let staying_home: u64 = plan
        .groups
        .iter()
        .map(|g| u64::from(g.clients_without_trajectory.get()))
        .sum();
    ui.horizontal(|ui| {
        ui.label(RichText::new(lang.tr(Text::StayingHome)).strong());
        ui.label(
            RichText::new(format::money(result.societal_cost_of_staying_home, lang))
                .size(HEADING)
                .strong()
                .color(bad(ui)),
        );
    });
    ui.label(
        RichText::new(format!(
            "{} {} × {} {} × {} {} = {}",
            format::number(Decimal::from(staying_home), 0, lang),
            lang.tr(Text::BudgetClientsUnit),
            format::money(plan.societal_cost_per_client.get(), lang),
            lang.tr(Text::BudgetPerClientPerYear),
            plan.years.get(),
            lang.tr(Text::BudgetYearsUnit),
            format::money(result.societal_cost_of_staying_home, lang),
        ))
        .weak(),
    );
    ui.horizontal(|ui| {
        let caption = ui.label(lang.tr(Text::BudgetCostPerClient));
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
        if let Some(years) = whole_field(
            ui,
            plan.years.get(),
            (Years::MIN, Years::MAX),
            lang,
            48.0,
            Naming::LabelledBy(caption.id),
        ) {
            plan.years = Years::clamped(years);
            changed = true;
        }
    });
    ui.add_space(6.0);
    let trajectories = plan.trajectory_units();
    ui.horizontal(|ui| {
        let caption = ui.label(lang.tr(Text::BudgetNextStepPct));
        let mut position = to_f64(plan.next_step_pct.get());
        let response = ui
            .add_sized(
                [72.0, ui.spacing().interact_size.y],
                egui::DragValue::new(&mut position)
                    .range(0.0..=100.0)
                    .speed(0.5)
                    .custom_formatter(move |v, _| {
                        from_f64(v, 2).map_or_else(String::new, |d| format::percent(d, 2, lang))
                    })
                    .custom_parser(move |text| {
                        format::parse_number(text, lang).and_then(|d| d.to_f64())
                    }),
            )
            .labelled_by(caption.id);
        if response.changed()
            && let Some(typed) = from_f64(position, 2)
        {
            let typed = Pct::clamped(typed);
            if typed != plan.next_step_pct {
                plan.next_step_pct = typed;
                changed = true;
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{}:", lang.tr(Text::BudgetNextStep))).strong());
        ui.label(
            RichText::new(format::number(result.next_step_clients, 1, lang))
                .size(HEADING)
                .strong()
                .color(good(ui)),
        );
    });
    ui.label(
        RichText::new(format!(
            "{} {} × {} = {}",
            format::number(Decimal::from(trajectories), 0, lang),
            lang.tr(Text::BudgetTrajectories),
            format::percent(plan.next_step_pct.get(), 2, lang),
            format::number(result.next_step_clients, 1, lang),
        ))
        .weak(),
    );
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn assumptions_are_recognised_by_their_first_word() {
        assert!(is_assumption("Aanname: het besluit noemt geen totaal"));
        assert!(!is_assumption("WIL, Inzet P-budget 2018"));
        assert!(!is_assumption("70% × € 1.578,00; aantal is een aanname"));
    }

    #[test]
    fn shares_follow_the_split_rules() {
        assert_eq!(shares(&[dec!(3), dec!(1)]), vec![dec!(75), dec!(25)]);
        assert_eq!(shares(&[dec!(0), dec!(0)]), vec![dec!(50), dec!(50)]);
        assert_eq!(shares(&[dec!(-5), dec!(5)]), vec![dec!(0), dec!(100)]);
    }
}
