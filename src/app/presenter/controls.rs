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
        let name = ui
            .horizontal(|ui| {
                let name = ui.label(RichText::new(lang.pick(def.label)).size(style::LABEL));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        RichText::new(param_value(key, value, lang))
                            .size(style::VALUE)
                            .strong(),
                    );
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
            .labelled_by(name.id)
            .on_hover_text(lang.pick(def.help));
        let step = def.step.max(Decimal::new(1, 2));
        if slider.changed()
            && let Some(snapped) = from_f64(position, 4).map(|v| (v / step).round() * step)
            && snapped != value
        {
            key.set(params, snapped);
        }
        ui.add_space(14.0);
    }
}
