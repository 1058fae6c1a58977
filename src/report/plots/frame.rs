//! A plot's frame: title, legend, the plot area with its grid, ticks and axis titles, and the
//! mapping from data to canvas coordinates. Tick labels are Dutch (or English) numbers from
//! [`crate::format`], so a plot reads `€ 10.000` and `40 %` like the rest of the app.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::svg::{AXIS, Anchor, GRID, INK, Label, MUTED, Pen, Rgb, Svg};
use crate::format::{money_whole, percent};
use crate::i18n::Lang;

/// Width of every plot at scale 1, in pixels (SVG user units).
pub const WIDTH: f32 = 640.0;
/// Height of every plot at scale 1.
pub const HEIGHT: f32 = 360.0;

const TITLE_SIZE: f32 = 16.0;
const TEXT_SIZE: f32 = 12.0;
const TICK_SIZE: f32 = 11.0;
/// The white margin around a plot.
pub const MARGIN: f32 = 14.0;

/// How an axis writes its tick values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ticks {
    /// Whole euros: `€ 10.000`, `−€ 5.000`.
    Euros,
    /// Whole percentages: `40 %`.
    Percent,
    /// Whole numbers: years.
    Whole,
    /// No numbers (the axis carries category names drawn by the plot).
    None,
}

impl Ticks {
    fn label(self, value: f64, lang: Lang) -> String {
        let decimal = Decimal::from_f64(value).unwrap_or_default().round();
        match self {
            Ticks::Euros => money_whole(decimal, lang),
            Ticks::Percent => percent(decimal, 0, lang),
            Ticks::Whole => decimal.to_string(),
            Ticks::None => String::new(),
        }
    }
}

/// One axis: its range, its tick style and its title.
#[derive(Clone, Debug)]
pub struct Axis {
    /// Lowest value shown.
    pub min: f64,
    /// Highest value shown.
    pub max: f64,
    /// How ticks are written.
    pub ticks: Ticks,
    /// The axis title.
    pub title: String,
}

impl Axis {
    /// An axis over `values`, widened to include `include`, rounded out to nice steps.
    pub fn over(
        values: impl IntoIterator<Item = f64>,
        include: &[f64],
        ticks: Ticks,
        title: &str,
    ) -> Self {
        let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.into_iter().chain(include.iter().copied()) {
            if v.is_finite() {
                min = min.min(v);
                max = max.max(v);
            }
        }
        if !min.is_finite() || !max.is_finite() {
            (min, max) = (0.0, 1.0);
        }
        if (max - min).abs() < f64::EPSILON {
            let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.1 };
            (min, max) = (min - pad, max + pad);
        }
        let step = nice_step(max - min);
        Self {
            min: (min / step).floor() * step,
            max: (max / step).ceil() * step,
            ticks,
            title: title.to_string(),
        }
    }

    /// An axis from `min` to `max` exactly.
    pub fn fixed(min: f64, max: f64, ticks: Ticks, title: &str) -> Self {
        Self {
            min,
            max,
            ticks,
            title: title.to_string(),
        }
    }

    /// The tick values: nice steps, about five of them.
    fn tick_values(&self) -> Vec<f64> {
        let step = nice_step(self.max - self.min);
        let first = (self.min / step).ceil() as i64;
        let last = (self.max / step + 1e-9).floor() as i64;
        (first..=last).map(|i| i as f64 * step).collect()
    }
}

/// A step of 1, 2, 2,5 or 5 × 10ⁿ that divides `span` into four to eight parts.
pub fn nice_step(span: f64) -> f64 {
    let rough = (span.abs() / 5.0).max(f64::MIN_POSITIVE);
    let magnitude = 10f64.powf(rough.log10().floor());
    let fraction = rough / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 2.5 {
        2.5
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// A legend entry: a coloured swatch (line or block) and its name.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The name.
    pub name: String,
    /// The colour.
    pub color: Rgb,
    /// A block (bars) rather than a line.
    pub block: bool,
    /// A dashed line.
    pub dashed: bool,
}

/// The plot area on the canvas and the data ranges it shows.
pub struct Frame {
    /// Left edge of the plot area.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Right edge.
    pub right: f32,
    /// Bottom edge.
    pub bottom: f32,
    x: Axis,
    y: Axis,
}

impl Frame {
    /// Draw the title, the legend, the grid and both axes on `svg`; the frame maps data into the
    /// area left. `y_labels` are category names for a y axis without numbers (bottom to top,
    /// one per whole value from 0).
    pub fn draw(
        svg: &mut Svg,
        title: &str,
        legend: &[Entry],
        x: Axis,
        y: Axis,
        y_labels: &[String],
        lang: Lang,
    ) -> Self {
        svg.text(
            MARGIN,
            MARGIN + TITLE_SIZE,
            Label::new(title, TITLE_SIZE).bold(),
            false,
        );
        let legend_bottom = draw_legend(svg, legend, MARGIN + TITLE_SIZE + 10.0);
        let y_ticks = y.tick_values();
        let y_tick_width = y_ticks
            .iter()
            .map(|v| Label::new(&y.ticks.label(*v, lang), TICK_SIZE).width())
            .chain(y_labels.iter().map(|l| Label::new(l, TICK_SIZE).width()))
            .fold(0.0f32, f32::max);
        let y_title_room = if y.title.is_empty() {
            0.0
        } else {
            TEXT_SIZE + 8.0
        };
        let frame = Self {
            left: MARGIN + y_title_room + y_tick_width + 8.0,
            top: legend_bottom + 8.0,
            right: WIDTH - MARGIN - 8.0,
            bottom: HEIGHT - MARGIN - TEXT_SIZE - TICK_SIZE - 14.0,
            x,
            y,
        };
        frame.grid(svg, &y_ticks, y_labels, lang);
        if !frame.y.title.is_empty() {
            let middle = (frame.top + frame.bottom) / 2.0;
            let label = Label::new(&frame.y.title, TEXT_SIZE)
                .color(MUTED)
                .anchor(Anchor::Middle);
            svg.text(MARGIN + TEXT_SIZE, middle, label, true);
        }
        let x_title = Label::new(&frame.x.title, TEXT_SIZE)
            .color(MUTED)
            .anchor(Anchor::Middle);
        svg.text(
            (frame.left + frame.right) / 2.0,
            HEIGHT - MARGIN,
            x_title,
            false,
        );
        frame
    }

    fn grid(&self, svg: &mut Svg, y_ticks: &[f64], y_labels: &[String], lang: Lang) {
        for v in self.x.tick_values() {
            let x = self.x_px(v);
            svg.line((x, self.top), (x, self.bottom), Pen::solid(GRID, 1.0));
            let text = self.x.ticks.label(v, lang);
            svg.text(
                x,
                self.bottom + TICK_SIZE + 5.0,
                tick(&text).anchor(Anchor::Middle),
                false,
            );
        }
        if self.y.ticks == Ticks::None {
            for (i, name) in y_labels.iter().enumerate() {
                let y = self.y_px(i as f64) + TICK_SIZE * 0.35;
                svg.text(
                    self.left - 8.0,
                    y,
                    tick(name).color(INK).anchor(Anchor::End),
                    false,
                );
            }
        } else {
            for &v in y_ticks {
                let y = self.y_px(v);
                svg.line((self.left, y), (self.right, y), Pen::solid(GRID, 1.0));
                let text = self.y.ticks.label(v, lang);
                let label = tick(&text).anchor(Anchor::End);
                svg.text(self.left - 6.0, y + TICK_SIZE * 0.35, label, false);
            }
        }
        // The zero line: where a net turns from loss to gain.
        if self.y.min < 0.0 && self.y.max > 0.0 && self.y.ticks != Ticks::None {
            let y = self.y_px(0.0);
            svg.line((self.left, y), (self.right, y), Pen::solid(AXIS, 1.0));
        }
        if self.x.min < 0.0 && self.x.max > 0.0 {
            let x = self.x_px(0.0);
            svg.line((x, self.top), (x, self.bottom), Pen::solid(AXIS, 1.0));
        }
        svg.line(
            (self.left, self.bottom),
            (self.right, self.bottom),
            Pen::solid(AXIS, 1.0),
        );
        svg.line(
            (self.left, self.top),
            (self.left, self.bottom),
            Pen::solid(AXIS, 1.0),
        );
    }

    /// Canvas x of data value `v`.
    pub fn x_px(&self, v: f64) -> f32 {
        let t = (v - self.x.min) / (self.x.max - self.x.min);
        self.left + (self.right - self.left) * t as f32
    }

    /// Canvas y of data value `v`.
    pub fn y_px(&self, v: f64) -> f32 {
        let t = (v - self.y.min) / (self.y.max - self.y.min);
        self.bottom - (self.bottom - self.top) * t as f32
    }

    /// Canvas point of `(x, y)`.
    pub fn point(&self, x: f64, y: f64) -> (f32, f32) {
        (self.x_px(x), self.y_px(y))
    }
}

/// A tick label.
fn tick(text: &str) -> Label<'_> {
    Label::new(text, TICK_SIZE).color(MUTED)
}

/// The legend in rows under the title; returns the bottom of its last row.
fn draw_legend(svg: &mut Svg, legend: &[Entry], top: f32) -> f32 {
    let (mut x, mut baseline) = (MARGIN, top + TEXT_SIZE);
    for entry in legend {
        let label = Label::new(&entry.name, TEXT_SIZE);
        let width = 22.0 + label.width() + 16.0;
        if x > MARGIN && x + width > WIDTH - MARGIN {
            x = MARGIN;
            baseline += TEXT_SIZE + 6.0;
        }
        let middle = baseline - TEXT_SIZE * 0.35;
        if entry.block {
            svg.rect(x, middle - 5.0, 16.0, 10.0, entry.color, 0.85);
        } else {
            let pen = if entry.dashed {
                Pen::dashed(entry.color, 2.0)
            } else {
                Pen::solid(entry.color, 2.5)
            };
            svg.line((x, middle), (x + 16.0, middle), pen);
        }
        svg.text(x + 22.0, baseline, label, false);
        x += width;
    }
    if legend.is_empty() {
        top
    } else {
        baseline + 4.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(100.0), 20.0);
        assert_eq!(nice_step(23_000.0), 5_000.0);
        assert_eq!(nice_step(12.0), 2.5);
    }

    #[test]
    fn an_axis_rounds_out_to_whole_steps_and_ticks_in_dutch() {
        let axis = Axis::over([-880.0, 13_680.0], &[0.0], Ticks::Euros, "");
        assert_eq!((axis.min, axis.max), (-5_000.0, 15_000.0));
        assert_eq!(Ticks::Euros.label(-5_000.0, Lang::Nl), "\u{2212}€ 5.000");
        assert_eq!(Ticks::Percent.label(40.0, Lang::Nl), "40 %");
    }
}
