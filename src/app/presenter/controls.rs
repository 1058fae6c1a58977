//! The view's chosen parameters as large sliders, with the registry's range, step and notation:
//! the same parameter reads the same here as in the parameters panel, only larger.

use eframe::egui;
use egui::RichText;
use rust_decimal::Decimal;

use super::style;
use crate::app::plot_style::coordinate;
use crate::app::widgets::from_f64;
use crate::format::param_value;
use crate::i18n::Lang;
use crate::model::presentation::Control;
use crate::model::{Evaluation, Parameters};

/// One large slider per control, editing the what-if `params`; `evaluation` gives the value the
/// engine uses where no number is stored (an LKS share that follows the wage value).
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    controls: &[Control],
    params: &mut Parameters,
    evaluation: Option<&Evaluation>,
) {
    let width = ui.available_width();
    for &Control(key) in controls {
        let def = key.def();
        let Some(value) = key
            .stored(params)
            .or_else(|| evaluation.map(|e| key.get(params, e)))
        else {
            continue;
        };
        // The value at the right, the name in the room left of it: a long name wraps rather than
        // running into the value.
        let value_text = RichText::new(param_value(key, value, lang))
            .size(style::at(ui, style::VALUE))
            .strong();
        let name = ui
            .horizontal_top(|ui| {
                let value_width = crate::app::widgets::text_width(ui, value_text.clone());
                let room = (width - value_width - 2.0 * ui.spacing().item_spacing.x).max(40.0);
                let name = ui
                    .allocate_ui(egui::vec2(room, 0.0), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(lang.pick(def.label))
                                    .size(style::at(ui, style::LABEL)),
                            )
                            .wrap(),
                        )
                    })
                    .inner;
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                    ui.label(value_text);
                });
                name
            })
            .inner;
        ui.spacing_mut().slider_width = width;
        let (min, _) = key.range();
        let mut position = coordinate(value);
        let slider = ui
            .add(
                egui::Slider::new(
                    &mut position,
                    coordinate(min)..=coordinate(def.slider_max.max(value)),
                )
                .show_value(false)
                .clamping(egui::SliderClamping::Always),
            )
            // No tooltip: it would stand in front of the audience.
            .labelled_by(name.id);
        let step = def.step.max(Decimal::new(1, 2));
        if slider.changed()
            && let Some(snapped) = from_f64(position, 4).map(|v| (v / step).round() * step)
            && snapped != value
        {
            key.set(params, snapped);
        }
        ui.add_space(14.0 * style::scale(ui));
    }
}
