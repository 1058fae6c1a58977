//! The one plot style every room shares: plots that hold still (they are read, often on a
//! projector, not explored), one legend look, and euros and coordinates converted the same way.

use eframe::egui;
use egui_plot::{Corner, GridInput, GridMark, Legend, Plot};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::format::money_whole;
use crate::i18n::Lang;

/// At most this many grid lines, each with its label, along an axis: a plot is read from across a
/// room, and 29 labels up a 1080-pixel axis are a column of small print.
pub const MAX_TICKS: usize = 10;

/// A plot that holds still: no zoom, drag, scroll or reset, for charts read rather than explored;
/// at most [`MAX_TICKS`] grid lines per axis, at round steps.
pub fn still_plot(plot: Plot<'_>) -> Plot<'_> {
    plot.x_grid_spacer(few_steps)
        .y_grid_spacer(few_steps)
        .allow_zoom(false)
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

/// In place of a plot over the years when the model covers one year: a frame of the plot's `size`
/// that says, in words, that the plot needs a longer horizon (a plot of one dot, with an axis the
/// plot library stretches from −4000 to 4000 around it, says nothing).
pub fn needs_years(ui: &mut egui::Ui, lang: Lang, size: egui::Vec2) {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let text = lang.tr(crate::i18n::Text::NeedsYears);
    let color = ui.visuals().weak_text_color();
    ui.painter().rect_stroke(
        rect,
        6.0,
        egui::Stroke::new(1.0, color),
        egui::StrokeKind::Inside,
    );
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui.painter().layout(
        text.to_string(),
        font,
        color,
        (rect.width() - 24.0).max(40.0),
    );
    let at = rect.center() - galley.size() / 2.0;
    ui.painter().galley(at, galley, color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
}

/// Whether a line over the years has a year to draw a line through: two points or more (the start
/// and one year is one step; a single point is a dot).
pub fn has_years(points: &[[f64; 2]]) -> bool {
    points.len() >= 2
}

/// An amount as a plot coordinate: plots draw in `f64`, the figures they are made of stay exact.
pub fn coordinate(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// A coordinate read back as whole euros, for axis ticks and hover labels.
pub fn euros(value: f64, lang: Lang) -> String {
    Decimal::from_f64_retain(value).map_or_else(String::new, |d| money_whole(d, lang))
}

/// Grid lines at a round step (1, 2 or 5 times a power of ten), as fine as [`MAX_TICKS`] lines
/// over the axis allow and never closer than egui_plot's smallest spacing.
pub fn few_steps(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let span = max - min;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    // n marks span n − 1 steps.
    let step = round_step((span / (MAX_TICKS - 1) as f64).max(input.base_step_size));
    let first = (min / step).ceil() as i64;
    let last = (max / step).floor() as i64;
    (first..=last)
        .map(|i| {
            let value = i as f64 * step;
            GridMark {
                value,
                step_size: rank(value, step),
            }
        })
        .collect()
}

/// How round `value` is, as egui_plot reads a mark's step size: the largest round step up to ten
/// times `step` that it is a multiple of. A narrow axis then keeps the labels of its roundest marks
/// (0 % and 100 %) and drops the others, rather than dropping all of them.
fn rank(value: f64, step: f64) -> f64 {
    [10.0, 5.0, 2.0]
        .into_iter()
        .map(|m| m * step)
        .find(|&coarse| {
            let multiple = value / coarse;
            is_round(coarse) && (multiple - multiple.round()).abs() < 1e-6
        })
        .unwrap_or(step)
}

/// Whether `step` is 1, 2 or 5 times a power of ten.
fn is_round(step: f64) -> bool {
    let power = 10f64.powf(step.log10().floor());
    let m = step / power;
    [1.0, 2.0, 5.0, 10.0].iter().any(|r| (m - r).abs() < 1e-6)
}

/// The smallest of 1, 2 and 5 times a power of ten that is at least `raw` (> 0).
fn round_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&step| step >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(min: f64, max: f64) -> Vec<f64> {
        few_steps(GridInput {
            bounds: (min, max),
            base_step_size: 1e-9,
        })
        .into_iter()
        .map(|m| m.value)
        .collect()
    }

    #[test]
    fn an_axis_gets_at_most_ten_round_ticks() {
        // The presenter's wage-value plot at 1920×1080 went from −€ 14.000 to € 14.000 with a
        // label every € 1.000: 29. A span of 28.000 over 9 steps is 3.111 a step; the round step
        // above it is 5.000: −10.000, −5.000, 0, 5.000, 10.000.
        assert_eq!(
            marks(-14_000.0, 14_000.0),
            vec![-10_000.0, -5_000.0, 0.0, 5_000.0, 10_000.0]
        );
        // 0 to 100 %: 100 / 9 = 11,1 → steps of 20: 0, 20, 40, 60, 80, 100.
        assert_eq!(marks(0.0, 100.0), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        // 0 to 30 years: 30 / 9 = 3,33 → steps of 5: seven marks.
        assert_eq!(marks(0.0, 30.0).len(), 7);
        // 0 to 9 exactly: steps of 1, ten marks, not eleven.
        assert_eq!(marks(0.0, 9.0).len(), 10);
        assert!(marks(0.0, 0.0).is_empty());
        // The roundest marks rank highest: of 0, 20, …, 100 (step 20) 0 is a multiple of 200,
        // 100 of 100, 40 only of 20 (40 is no round step).
        assert_eq!(rank(0.0, 20.0), 200.0);
        assert_eq!(rank(100.0, 20.0), 100.0);
        assert_eq!(rank(40.0, 20.0), 20.0);
        // Years in steps of 5: 10 and 30 are multiples of 10, 25 of nothing coarser than 5.
        assert_eq!(rank(30.0, 5.0), 10.0);
        assert_eq!(rank(25.0, 5.0), 5.0);
        assert!(marks(0.0, f64::NAN).is_empty());
    }
}
