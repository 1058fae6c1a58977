//! The one plot style every room shares: plots that hold still (they are read, often on a
//! projector, not explored), one legend look, and euros and coordinates converted the same way.

use eframe::egui;
use egui_plot::{Corner, GridInput, GridMark, Legend, Plot};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::format::money_whole;
use crate::i18n::Lang;

/// A plot that holds still: no zoom, drag, scroll or reset, for charts read rather than explored.
pub fn still_plot(plot: Plot<'_>) -> Plot<'_> {
    plot.allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// The legend: small text on a see-through background in `corner`, so it hides little of the data.
pub fn legend(corner: Corner) -> Legend {
    Legend::default()
        .position(corner)
        .background_alpha(0.75)
        .text_style(egui::TextStyle::Small)
}

/// A still plot of exactly `size` with its legend in `corner`.
pub fn sized_plot(id: &str, size: egui::Vec2, corner: Corner) -> Plot<'static> {
    still_plot(Plot::new(id))
        .width(size.x)
        .height(size.y)
        .legend(legend(corner))
}

/// A still plot with euros up the side and its legend in `corner`: every money plot of the app.
pub fn euro_plot(id: &str, lang: Lang, corner: Corner) -> Plot<'static> {
    still_plot(Plot::new(id))
        .legend(legend(corner))
        .y_axis_formatter(move |mark, _| euros(mark.value, lang))
        .y_axis_min_width(64.0)
}

/// An amount as a plot coordinate: plots draw in `f64`, the figures they are made of stay exact.
pub fn coordinate(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// A coordinate read back as whole euros, for axis ticks and hover labels.
pub fn euros(value: f64, lang: Lang) -> String {
    Decimal::from_f64_retain(value).map_or_else(String::new, |d| money_whole(d, lang))
}

/// Grid lines at the whole numbers only, for axes that count bars (actors, municipalities).
pub fn whole_steps(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    (min.ceil() as i64..=max.floor() as i64)
        .map(|v| GridMark {
            value: v as f64,
            step_size: 1.0,
        })
        .collect()
}
