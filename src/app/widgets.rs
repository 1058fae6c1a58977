//! The app's shared small widgets, so every room looks and reads the same: number entry in Dutch
//! (or English) notation, table cells, source and assumption badges, and one palette for signs.
//! Colours follow the dark or light theme of the `Ui` they are drawn in.

use eframe::egui;
use egui::{Align, Color32, Layout, RichText};
use rust_decimal::Decimal;

use crate::i18n::{Lang, Text};
use crate::model::budget::Provenance;

// --- Sign colours ------------------------------------------------------------------------------

/// What a figure's sign means to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// A gain, room left, people helped: green.
    Positive,
    /// A loss, overspending, people staying home: red.
    Negative,
    /// No judgement: the theme's text colour.
    Neutral,
}

impl Sign {
    /// The sign of an amount: below zero is negative, zero is no loss and counts as positive.
    pub fn of(value: Decimal) -> Self {
        if value < Decimal::ZERO {
            Sign::Negative
        } else {
            Sign::Positive
        }
    }
}

/// The one palette for signs, readable in both themes.
pub fn sign_color(ui: &egui::Ui, sign: Sign) -> Color32 {
    // The sheet and the budget room each had a palette of their own, a few steps apart; these are
    // the light shades of the one and the dark shades of the other, as the snapshots show them.
    match (sign, ui.visuals().dark_mode) {
        (Sign::Positive, true) => Color32::from_rgb(120, 210, 130),
        (Sign::Positive, false) => Color32::from_rgb(20, 125, 45),
        (Sign::Negative, true) => Color32::from_rgb(255, 125, 115),
        (Sign::Negative, false) => Color32::from_rgb(185, 30, 30),
        (Sign::Neutral, _) => ui.visuals().text_color(),
    }
}

/// Green for a gain (or zero), red for a loss.
pub fn net_color(ui: &egui::Ui, value: Decimal) -> Color32 {
    sign_color(ui, Sign::of(value))
}

// --- Badges ------------------------------------------------------------------------------------

/// Fill and text colour of a badge: amber for an assumption, blue for a sourced figure, so the two
/// read the same in every view.
pub fn badge_colors(assumption: bool, dark: bool) -> (Color32, Color32) {
    match (assumption, dark) {
        (true, true) => (
            Color32::from_rgb(92, 70, 20),
            Color32::from_rgb(250, 220, 150),
        ),
        (true, false) => (
            Color32::from_rgb(255, 238, 200),
            Color32::from_rgb(130, 80, 0),
        ),
        (false, true) => (
            Color32::from_rgb(40, 62, 92),
            Color32::from_rgb(190, 215, 250),
        ),
        (false, false) => (
            Color32::from_rgb(222, 235, 252),
            Color32::from_rgb(25, 70, 140),
        ),
    }
}

/// A small tag showing that a figure comes from a source document, naming it in the tooltip: the
/// parameter panel's, a frame around a label, a pixel flatter than [`badge`] (the main window's
/// snapshots hold that look).
/// A source text that says it is an assumption ("Aanname: …") gets the amber "aanname" badge.
pub fn source_badge(ui: &mut egui::Ui, lang: Lang, document: &str) -> egui::Response {
    let assumption = Provenance::of(document) == Some(Provenance::Assumption);
    let label = if assumption {
        Text::BudgetAssumption
    } else {
        Text::FromSource
    };
    let (fill, text) = badge_colors(assumption, ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(4, 0))
        .show(ui, |ui| {
            ui.label(RichText::new(lang.tr(label)).small().color(text))
        })
        .response
        .on_hover_text(document)
}

/// A figure's source as a tag: "aanname" (amber) for an assumed figure, "uit brondocument" (blue)
/// for a sourced one, with the source text as tooltip. Nothing when there is no source text.
pub fn provenance_badge(ui: &mut egui::Ui, lang: Lang, source: &str) {
    match Provenance::of(source) {
        Some(Provenance::Assumption) => badge(ui, lang.tr(Text::BudgetAssumption), true, source),
        Some(Provenance::Document) => badge(ui, lang.tr(Text::BudgetFromSource), false, source),
        None => {}
    }
}

/// A small tag reading `label` in the colours of an assumption or a sourced figure, with
/// `tooltip` on hover.
pub fn badge(ui: &mut egui::Ui, label: &str, assumption: bool, tooltip: &str) {
    let (fill, text) = badge_colors(assumption, ui.visuals().dark_mode);
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
    response.on_hover_text(tooltip);
}

/// The width `text` takes on one line, unwrapped: to decide what fits before laying it out.
pub fn text_width(ui: &egui::Ui, text: RichText) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}

// --- Table cells -------------------------------------------------------------------------------

/// A fixed-width cell, so rows drawn one below the other line up as a table: a right-to-left
/// layout alone would claim the whole row.
pub fn cell<R>(
    ui: &mut egui::Ui,
    width: f32,
    right: bool,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
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

/// A right-aligned cell of a fixed width.
pub fn right_cell<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    cell(ui, width, true, add)
}

/// A right-aligned figure in a fixed-width cell; it may run past the cell rather than wrap.
pub fn figure_cell(ui: &mut egui::Ui, width: f32, text: RichText) -> egui::Response {
    right_cell(ui, width, |ui| ui.add(egui::Label::new(text).extend()))
}

/// A table header cell: strong, cut short with "…" where it does not fit.
pub fn header_cell(ui: &mut egui::Ui, width: f32, right: bool, text: &str) -> egui::Response {
    cell(ui, width, right, |ui| {
        ui.add(egui::Label::new(RichText::new(text).strong()).truncate())
    })
}

// --- Plots -------------------------------------------------------------------------------------

// The plot style lives with the rest of it; the budget room finds it here.
pub use super::plot_style::still_plot;

// --- Number entry ------------------------------------------------------------------------------

mod entry;
pub use entry::{
    Entry, Naming, Notation, bounded_field, count_field, decimal_entry, from_f64, money_field,
    percent_field, whole_field,
};
