//! One numeric parameter row: its name, a "uit brondocument" badge, a reset to the model's value, a
//! slider and an exact entry field in Dutch (or English) notation.

use eframe::egui;
use rust_decimal::Decimal;

use super::plot_style::coordinate as to_f64;
use super::source_editor;
pub use super::widgets::source_badge;
use super::widgets::{Entry, Naming, Notation, decimal_entry, from_f64};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::ParamDef;

/// One parameter row: the registry's description, and what this row shows of it.
pub struct ParamRow<'a> {
    /// The parameter: unit, range, slider step.
    pub def: &'static ParamDef,
    /// The name shown and read out (usually the registry's label).
    pub label: &'a str,
    /// The tooltip.
    pub help: &'a str,
    /// The model's value, for the reset button.
    pub saved: Option<Decimal>,
    /// The document the figure comes from, if any.
    pub source: Option<&'a str>,
    /// `Some` when the row is highlighted (a tornado bar was clicked); `Some(true)` the first frame,
    /// when it scrolls into view.
    pub highlight: Option<bool>,
    /// The "±" toggle of the range editor, for a parameter that can carry a range.
    pub range: Option<RangeToggle>,
    /// Whether the row has the "bron" toggle that opens the figure's source line.
    pub source_toggle: bool,
}

/// The "±" button of a row: whether the parameter has a range, and where egui keeps whether its
/// editor is open (view state, not part of the model).
#[derive(Clone, Copy, Debug)]
pub struct RangeToggle {
    /// The parameter has a range in the scenario.
    pub has_range: bool,
    /// The key of the editor's open flag in egui's memory.
    pub open: egui::Id,
}

impl RangeToggle {
    /// Whether the editor under the row is open.
    pub fn is_open(self, ctx: &egui::Context) -> bool {
        ctx.data(|d| d.get_temp::<bool>(self.open)).unwrap_or(false)
    }

    fn button(self, ui: &mut egui::Ui, lang: Lang, label: &str) {
        let open = self.is_open(ui.ctx());
        let mut text = egui::RichText::new("±");
        if self.has_range {
            text = text.strong().color(ui.visuals().hyperlink_color);
        }
        let clicked = ui
            .add(egui::Button::selectable(open, text).small())
            .on_hover_text(lang.tr(Text::RangeToggleHint))
            .accessible_name(format!("{}: {label}", lang.tr(Text::RangeToggle)))
            .clicked();
        if clicked {
            ui.ctx().data_mut(|d| d.insert_temp(self.open, !open));
        }
    }
}

impl ParamRow<'_> {
    /// Draw the row and apply edits to `value`; `true` when the value was changed by slider, entry
    /// or reset.
    pub fn show(self, ui: &mut egui::Ui, lang: Lang, value: &mut Decimal) -> bool {
        let (name, reset) = ui.horizontal(|ui| self.name_line(ui, lang, *value)).inner;
        if reset && let Some(saved) = self.saved {
            *value = saved;
        }
        let moved = ui
            .horizontal(|ui| self.value_line(ui, lang, name.id, value))
            .inner;
        reset || moved
    }

    /// The name, the source badge and the reset button; the name's response and whether reset
    /// was clicked.
    fn name_line(&self, ui: &mut egui::Ui, lang: Lang, value: Decimal) -> (egui::Response, bool) {
        // The buttons and the badge are laid out from the right first; the name takes what is
        // left and is cut short with "…" there, so a long name never runs into them.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut reset = false;
            if let Some(saved) = self.saved {
                let tooltip = format!(
                    "{} ({})",
                    lang.tr(Text::ResetTo),
                    format::param_value(self.def.id, saved, lang)
                );
                reset = ui
                    .add_enabled(
                        value != saved,
                        egui::Button::new(lang.tr(Text::ResetShort)).small(),
                    )
                    .on_hover_text(&tooltip)
                    .on_disabled_hover_text(&tooltip)
                    .accessible_name(format!("{}: {}", lang.tr(Text::ResetTo), self.label))
                    .clicked();
            }
            if let Some(range) = self.range {
                range.button(ui, lang, self.label);
            }
            match (self.source, self.source_toggle) {
                (Some(document), true) => {
                    source_editor::badge_toggle(ui, lang, self.def.id, self.label, document);
                }
                (Some(document), false) => {
                    let _ = source_badge(ui, lang, document);
                }
                (None, true) => source_editor::toggle(ui, lang, self.def.id, self.label),
                (None, false) => {}
            }
            let name = ui
                .with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    let mut text = egui::RichText::new(self.label);
                    if self.highlight.is_some() {
                        text = text.strong().color(ui.visuals().warn_fg_color);
                    }
                    ui.add(egui::Label::new(text).truncate())
                        .on_hover_text(self.help)
                })
                .inner;
            if self.highlight == Some(true) {
                name.scroll_to_me(Some(egui::Align::Center));
            }
            (name, reset)
        })
        .inner
    }

    /// The slider and the exact entry, both labelled by the name; whether either changed `value`.
    fn value_line(
        &self,
        ui: &mut egui::Ui,
        lang: Lang,
        name: egui::Id,
        value: &mut Decimal,
    ) -> bool {
        let def = self.def;
        let (min, max) = def.id.range();
        let entry_width = 104.0;
        ui.spacing_mut().slider_width =
            (ui.available_width() - entry_width - ui.spacing().item_spacing.x).max(60.0);
        let mut changed = false;
        let mut accept = |candidate: Decimal, value: &mut Decimal| {
            let candidate = candidate.clamp(min, max).normalize();
            if candidate != *value {
                *value = candidate;
                changed = true;
            }
        };

        let slider_max = to_f64(def.slider_max.max(*value));
        let mut position = to_f64(*value);
        let slider = ui
            .add(
                egui::Slider::new(&mut position, to_f64(min)..=slider_max)
                    .show_value(false)
                    .clamping(egui::SliderClamping::Always),
            )
            .labelled_by(name)
            .on_hover_text(self.help);
        let step = def.step.max(Decimal::new(1, 2));
        if slider.changed()
            && let Some(snapped) = from_f64(position, 4).map(|v| (v / step).round() * step)
        {
            accept(snapped, value);
        }

        let entry = Entry {
            notation: Notation::Param(def.id),
            min,
            max,
            speed: (to_f64(def.step) / 4.0).max(0.01),
            width: entry_width,
        };
        let typed = ui.scope(|ui| decimal_entry(ui, *value, entry, lang, Naming::LabelledBy(name)));
        #[cfg(target_arch = "wasm32")]
        super::web_status::note_row(ui.ctx(), def.id, slider.rect, typed.response.rect);
        typed.response.on_hover_text(self.help);
        if let Some(typed) = typed.inner {
            accept(typed, value);
        }
        changed
    }
}
