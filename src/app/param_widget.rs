//! One numeric parameter: its name, a "uit brondocument" badge, a reset to the model's value, a
//! slider and an exact entry field in Dutch (or English) notation.

use eframe::egui;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

pub use super::widgets::source_badge;
use crate::format;
use crate::i18n::{Lang, Text};

/// The unit a parameter is shown and typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Euros: `€ 8.500`.
    Money,
    /// Percent: `40 %`.
    Percent,
    /// Hours per week: `24 uur`.
    Hours,
    /// Whole years: `30 jaar`.
    Years,
    /// A whole number of clients.
    Count,
}

impl Unit {
    /// `value` in this unit, in the notation of `lang`.
    pub fn format(self, value: Decimal, lang: Lang) -> String {
        match self {
            Unit::Money if value.fract().is_zero() => format::money_whole(value, lang),
            Unit::Money => format::money(value, lang),
            Unit::Percent => format::percent(value, 2, lang),
            Unit::Hours => format::hours(value, lang),
            Unit::Years => format!(
                "{} {}",
                format::number(value, 0, lang),
                lang.tr(Text::YearsUnit)
            ),
            Unit::Count => format::number(value, 0, lang),
        }
    }

    /// Decimals kept from typed entry.
    fn decimals(self) -> u32 {
        match self {
            Unit::Years | Unit::Count => 0,
            Unit::Money | Unit::Percent | Unit::Hours => 2,
        }
    }
}

/// What a parameter is: its key in the model file (for source badges), texts, unit and ranges.
#[derive(Clone, Copy, Debug)]
pub struct ParamSpec {
    /// Field name in the model file, as used in a scenario's `sources`.
    pub key: &'static str,
    /// The name shown and read out.
    pub label: Text,
    /// The tooltip that explains it.
    pub help: Text,
    /// Unit of display and entry.
    pub unit: Unit,
    /// Lowest allowed value.
    pub min: Decimal,
    /// Highest allowed value (typed entry).
    pub max: Decimal,
    /// Right end of the slider; typed entry may go further, up to `max`.
    pub slider_max: Decimal,
    /// The slider snaps to multiples of this, so a drag gives round figures.
    pub slider_step: Decimal,
}

/// What happened to a parameter row this frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowOutcome {
    /// The value was changed by slider, entry or reset.
    pub changed: bool,
}

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

fn from_f64(value: f64, decimals: u32) -> Option<Decimal> {
    Decimal::from_f64_retain(value).map(|d| d.round_dp(decimals))
}

/// Where the parameter to highlight is kept between frames (egui's temporary memory).
fn highlight_id() -> egui::Id {
    egui::Id::unique("kostenbaten_highlight_param")
}

/// Highlight the row of parameter `key` and scroll it into view once (a tornado bar was clicked).
pub fn highlight(ctx: &egui::Context, key: &'static str) {
    ctx.data_mut(|d| d.insert_temp(highlight_id(), (key, true)));
}

/// The highlighted parameter's key, if any; `true` the first time it is asked for after a click,
/// so the row scrolls into view once and the user can scroll away afterwards.
fn highlighted(ctx: &egui::Context, key: &str) -> Option<bool> {
    let current: Option<(&'static str, bool)> = ctx.data(|d| d.get_temp(highlight_id()));
    match current {
        Some((k, scroll)) if k == key => {
            if scroll {
                ctx.data_mut(|d| d.insert_temp(highlight_id(), (k, false)));
            }
            Some(scroll)
        }
        _ => None,
    }
}

/// Draw one parameter row and apply edits to `value`. `saved` is the model's value (for reset);
/// `source` the document the figure comes from, if any.
pub fn param_row(
    ui: &mut egui::Ui,
    lang: Lang,
    spec: &ParamSpec,
    value: &mut Decimal,
    saved: Option<Decimal>,
    source: Option<&str>,
) -> RowOutcome {
    let mut outcome = RowOutcome::default();
    let help = lang.tr(spec.help);
    let highlight = highlighted(ui.ctx(), spec.key);
    let name = ui
        .horizontal(|ui| {
            let mut text = egui::RichText::new(lang.tr(spec.label));
            if highlight.is_some() {
                text = text.strong().color(ui.visuals().warn_fg_color);
            }
            let name = ui.label(text).on_hover_text(help);
            if highlight == Some(true) {
                name.scroll_to_me(Some(egui::Align::Center));
            }
            if let Some(document) = source {
                source_badge(ui, lang, document);
            }
            if let Some(saved) = saved {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let tooltip = format!(
                        "{} ({})",
                        lang.tr(Text::ResetTo),
                        spec.unit.format(saved, lang)
                    );
                    let reset = ui
                        .add_enabled(
                            *value != saved,
                            egui::Button::new(lang.tr(Text::ResetShort)).small(),
                        )
                        .on_hover_text(&tooltip)
                        .on_disabled_hover_text(&tooltip)
                        .accessible_name(format!(
                            "{}: {}",
                            lang.tr(Text::ResetTo),
                            lang.tr(spec.label)
                        ));
                    if reset.clicked() {
                        *value = saved;
                        outcome.changed = true;
                    }
                });
            }
            name
        })
        .inner;

    ui.horizontal(|ui| {
        let entry_width = 104.0;
        let slider_width =
            (ui.available_width() - entry_width - ui.spacing().item_spacing.x).max(60.0);
        ui.spacing_mut().slider_width = slider_width;

        let slider_max = to_f64(spec.slider_max.max(*value));
        let mut position = to_f64(*value);
        let slider = ui
            .add(
                egui::Slider::new(&mut position, to_f64(spec.min)..=slider_max)
                    .show_value(false)
                    .clamping(egui::SliderClamping::Always),
            )
            .labelled_by(name.id)
            .on_hover_text(help);
        if slider.changed() {
            let step = spec.slider_step.max(Decimal::new(1, 2));
            if let Some(snapped) = from_f64(position, 4).map(|v| (v / step).round() * step) {
                let snapped = snapped.clamp(spec.min, spec.max).normalize();
                if snapped != *value {
                    *value = snapped;
                    outcome.changed = true;
                }
            }
        }

        let unit = spec.unit;
        let decimals = unit.decimals();
        let mut exact = to_f64(*value);
        let speed = to_f64(spec.slider_step) / 4.0;
        let entry = ui
            .add_sized(
                [entry_width, ui.spacing().interact_size.y],
                egui::DragValue::new(&mut exact)
                    // Apply typed text on Enter or focus loss only, so one entry is one undo step.
                    .update_while_editing(false)
                    .range(to_f64(spec.min)..=to_f64(spec.max))
                    .speed(speed.max(0.01))
                    .custom_formatter(move |v, _| {
                        from_f64(v, decimals).map_or_else(String::new, |d| unit.format(d, lang))
                    })
                    .custom_parser(move |text| {
                        format::parse_number(text, lang).and_then(|d| d.to_f64())
                    }),
            )
            .labelled_by(name.id)
            .on_hover_text(help);
        if entry.changed()
            && let Some(typed) = from_f64(exact, decimals)
        {
            let typed = typed.clamp(spec.min, spec.max).normalize();
            if typed != *value {
                *value = typed;
                outcome.changed = true;
            }
        }
    });
    outcome
}
