//! The range of one parameter, edited beside it in the parameters panel: the kind of distribution
//! (fixed, triangular, PERT, normal, uniform), its numbers in the panel's notation, and a small
//! sketch of its density. Every edit is a [`Command::SetRange`], so it is one undo step, marks the
//! model unsaved and is saved in the file.

use eframe::egui;
use rust_decimal::Decimal;

use crate::app::Command;
use crate::app::plot_style::coordinate;
use crate::app::widgets::{Entry, Naming, Notation, decimal_entry};
use crate::format::param_decimals;
use crate::i18n::{Lang, Text};
use crate::model::ParamKey;
use crate::model::uncertainty::Distribution;

/// Size of the density sketch.
const SKETCH: egui::Vec2 = egui::vec2(120.0, 30.0);
/// Width of one number field.
const FIELD_WIDTH: f32 = 84.0;

/// The kinds offered, in the order of the picker; `None` is fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Fixed,
    Triangular,
    Pert,
    Normal,
    Uniform,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Fixed,
        Kind::Triangular,
        Kind::Pert,
        Kind::Normal,
        Kind::Uniform,
    ];

    fn of(range: Option<&Distribution>) -> Self {
        match range {
            None => Kind::Fixed,
            Some(Distribution::Triangular { .. }) => Kind::Triangular,
            Some(Distribution::Pert { .. }) => Kind::Pert,
            Some(Distribution::Normal { .. }) => Kind::Normal,
            Some(Distribution::Uniform { .. }) => Kind::Uniform,
        }
    }

    fn text(self) -> Text {
        match self {
            Kind::Fixed => Text::DistFixed,
            Kind::Triangular => Text::DistTriangular,
            Kind::Pert => Text::DistPert,
            Kind::Normal => Text::DistNormal,
            Kind::Uniform => Text::DistUniform,
        }
    }
}

/// Low, most likely and high value of a range, to carry the numbers over to another kind.
fn triple(range: &Distribution) -> (Decimal, Decimal, Decimal) {
    match *range {
        Distribution::Triangular { min, mode, max } | Distribution::Pert { min, mode, max } => {
            (min, mode, max)
        }
        Distribution::Normal { mean, sd } => {
            (mean - sd * Decimal::TWO, mean, mean + sd * Decimal::TWO)
        }
        Distribution::Uniform { min, max } => (min, (min + max) / Decimal::TWO, max),
    }
}

/// A first range around `value`: 20 % either side, inside the parameter's range.
fn around(param: ParamKey, value: Decimal) -> (Decimal, Decimal, Decimal) {
    let (low, high) = param.range();
    let decimals = param_decimals(param);
    let spread = if value.is_zero() {
        param.def().step * Decimal::TEN
    } else {
        (value.abs() / Decimal::from(5)).round_dp(decimals)
    };
    ((value - spread).max(low), value, (value + spread).min(high))
}

/// The range of `kind` with the numbers `(low, likely, high)`; `None` for fixed.
fn build(
    kind: Kind,
    param: ParamKey,
    (min, mode, max): (Decimal, Decimal, Decimal),
) -> Option<Distribution> {
    let (low, high) = param.range();
    let (min, max) = (min.clamp(low, high), max.clamp(low, high));
    let mode = mode.clamp(min, max);
    match kind {
        Kind::Fixed => None,
        Kind::Triangular => Some(Distribution::Triangular { min, mode, max }),
        Kind::Pert => Some(Distribution::Pert { min, mode, max }),
        Kind::Normal => Some(Distribution::Normal {
            mean: mode,
            sd: ((max - min) / Decimal::from(4)).round_dp(param_decimals(param) + 1),
        }),
        Kind::Uniform => Some(Distribution::Uniform { min, max }),
    }
}

/// `range` moved by `delta` (the parameter's slider or entry moved its value), kept inside the
/// parameter's range: a parameter with a range is drawn from the range, so moving its value moves
/// the range with it rather than doing nothing.
pub fn shifted(range: &Distribution, param: ParamKey, delta: Decimal) -> Distribution {
    let (low, high) = param.range();
    let at = |v: Decimal| (v + delta).clamp(low, high);
    match *range {
        Distribution::Triangular { min, mode, max } => Distribution::Triangular {
            min: at(min),
            mode: at(mode),
            max: at(max),
        },
        Distribution::Pert { min, mode, max } => Distribution::Pert {
            min: at(min),
            mode: at(mode),
            max: at(max),
        },
        Distribution::Normal { mean, sd } => Distribution::Normal { mean: at(mean), sd },
        Distribution::Uniform { min, max } => Distribution::Uniform {
            min: at(min),
            max: at(max),
        },
    }
}

/// The editor under a parameter row: the kind, the sketch, then the numbers. `value` is the
/// parameter's fixed value, where a new range starts from.
pub fn show(
    ui: &mut egui::Ui,
    lang: Lang,
    param: ParamKey,
    label: &str,
    value: Decimal,
    range: Option<&Distribution>,
    commands: &mut Vec<Command>,
) {
    let kind = Kind::of(range);
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        let mut chosen = kind;
        egui::ComboBox::from_id_salt(("range_kind", param.key()))
            .width(96.0)
            .selected_text(lang.tr(kind.text()))
            .show_ui(ui, |ui| {
                for k in Kind::ALL {
                    ui.selectable_value(&mut chosen, k, lang.tr(k.text()));
                }
            })
            .response
            .on_hover_text(lang.tr(Text::RangeToggleHint))
            .accessible_name(format!("{}: {label}", lang.tr(Text::RangeKind)));
        if chosen != kind {
            let numbers = range.map_or_else(|| around(param, value), triple);
            commands.push(Command::SetRange(param, build(chosen, param, numbers)));
        }
        if let Some(range) = range {
            sketch(ui, param, range, value);
        }
    });
    if let Some(range) = range
        && let Some(edited) = numbers(ui, lang, param, label, range)
    {
        commands.push(Command::SetRange(param, Some(edited)));
    }
}

/// The numbers of `range`, one field each under its name; the range edited, kept in order (a
/// minimum typed above the most likely value takes it along).
fn numbers(
    ui: &mut egui::Ui,
    lang: Lang,
    param: ParamKey,
    label: &str,
    range: &Distribution,
) -> Option<Distribution> {
    let (low, high) = param.range();
    let step = coordinate(param.def().step);
    let entry = |max: Decimal| Entry {
        notation: Notation::Param(param),
        min: if max == high { low } else { Decimal::ZERO },
        max,
        speed: (step / 4.0).max(0.01),
        width: FIELD_WIDTH,
    };
    let fields: Vec<(Text, Decimal, Entry)> = match *range {
        Distribution::Triangular { min, mode, max } | Distribution::Pert { min, mode, max } => {
            vec![
                (Text::RangeMin, min, entry(high)),
                (Text::RangeMode, mode, entry(high)),
                (Text::RangeMax, max, entry(high)),
            ]
        }
        Distribution::Normal { mean, sd } => vec![
            (Text::RangeMean, mean, entry(high)),
            (Text::RangeSd, sd, entry(high - low)),
        ],
        Distribution::Uniform { min, max } => vec![
            (Text::RangeMin, min, entry(high)),
            (Text::RangeMax, max, entry(high)),
        ],
    };
    let mut edited = None;
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        egui::Grid::new(("range_numbers", param.key()))
            .spacing(egui::vec2(6.0, 1.0))
            .show(ui, |ui| {
                for (text, _, _) in &fields {
                    ui.label(egui::RichText::new(lang.tr(*text)).small().weak());
                }
                ui.end_row();
                for (i, (text, value, entry)) in fields.iter().enumerate() {
                    let name = Naming::Name(format!("{}: {label}", lang.tr(*text)));
                    if let Some(v) = decimal_entry(ui, *value, *entry, lang, name) {
                        edited = Some((i, v));
                    }
                }
                ui.end_row();
            });
    });
    let (i, v) = edited?;
    Some(match (*range, i) {
        (
            Distribution::Triangular { min, mode, max } | Distribution::Pert { min, mode, max },
            _,
        ) => {
            let (min, mode, max) = match i {
                0 => (v, mode.max(v), max.max(mode.max(v))),
                1 => (min.min(v), v, max.max(v)),
                _ => (min.min(mode.min(v)), mode.min(v), v),
            };
            if matches!(range, Distribution::Pert { .. }) {
                Distribution::Pert { min, mode, max }
            } else {
                Distribution::Triangular { min, mode, max }
            }
        }
        (Distribution::Normal { sd, .. }, 0) => Distribution::Normal { mean: v, sd },
        (Distribution::Normal { mean, .. }, _) => Distribution::Normal { mean, sd: v },
        (Distribution::Uniform { max, .. }, 0) => Distribution::Uniform {
            min: v,
            max: max.max(v),
        },
        (Distribution::Uniform { min, .. }, _) => Distribution::Uniform {
            min: min.min(v),
            max: v,
        },
    })
}

/// The density of `range` over the values it reaches, as 0–1 heights at `n` points from `from`
/// to `to`; for the sketch only, so f64 is fine.
fn density(range: &Distribution, param: ParamKey, n: usize) -> (f64, f64, Vec<f64>) {
    let (low, high) = param.range();
    let (from, to) = match *range {
        Distribution::Normal { mean, sd } => {
            let (m, s) = (coordinate(mean), coordinate(sd));
            (
                (m - 3.0 * s).max(coordinate(low)),
                (m + 3.0 * s).min(coordinate(high)),
            )
        }
        _ => {
            let (min, _, max) = triple(range);
            (coordinate(min), coordinate(max))
        }
    };
    let width = (to - from).max(f64::EPSILON);
    let heights: Vec<f64> = (0..n)
        .map(|i| {
            let x = from + width * i as f64 / (n - 1).max(1) as f64;
            let t = (x - from) / width;
            match *range {
                Distribution::Triangular { mode, .. } => {
                    let m = ((coordinate(mode) - from) / width).clamp(0.0, 1.0);
                    if t <= m && m > 0.0 {
                        t / m
                    } else if m < 1.0 {
                        (1.0 - t) / (1.0 - m)
                    } else {
                        1.0
                    }
                }
                Distribution::Pert { mode, .. } => {
                    let m = ((coordinate(mode) - from) / width).clamp(0.0, 1.0);
                    let (a, b) = (1.0 + 4.0 * m, 1.0 + 4.0 * (1.0 - m));
                    t.powf(a - 1.0) * (1.0 - t).powf(b - 1.0)
                }
                Distribution::Normal { mean, sd } => {
                    let z = (x - coordinate(mean)) / coordinate(sd).max(f64::EPSILON);
                    (-0.5 * z * z).exp()
                }
                Distribution::Uniform { .. } => 1.0,
            }
        })
        .collect();
    let top = heights
        .iter()
        .copied()
        .fold(0.0, f64::max)
        .max(f64::EPSILON);
    (from, to, heights.into_iter().map(|h| h / top).collect())
}

/// A small drawing of the density, with the parameter's fixed value marked.
fn sketch(ui: &mut egui::Ui, param: ParamKey, range: &Distribution, value: Decimal) {
    let (rect, _) = ui.allocate_exact_size(SKETCH, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    let color = visuals.selection.bg_fill;
    let (from, to, heights) = density(range, param, 48);
    let inner = rect.shrink2(egui::vec2(3.0, 3.0));
    let n = heights.len();
    let x_of = |x: f64| {
        let t = if to > from {
            (x - from) / (to - from)
        } else {
            0.5
        };
        inner.left() + inner.width() * t as f32
    };
    if range.is_degenerate() {
        let x = x_of(coordinate(range.most_likely()));
        painter.line_segment(
            [egui::pos2(x, inner.top()), egui::pos2(x, inner.bottom())],
            (2.0, color),
        );
        return;
    }
    let points: Vec<egui::Pos2> = heights
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let x = inner.left() + inner.width() * i as f32 / (n - 1).max(1) as f32;
            egui::pos2(x, inner.bottom() - inner.height() * *h as f32)
        })
        .collect();
    // A fill of thin columns under the curve: egui fills only convex shapes.
    for p in &points {
        painter.line_segment(
            [*p, egui::pos2(p.x, inner.bottom())],
            (2.5, color.gamma_multiply(0.35)),
        );
    }
    painter.add(egui::Shape::line(points, egui::Stroke::new(1.5, color)));
    let v = coordinate(value);
    if (from..=to).contains(&v) {
        let x = x_of(v);
        painter.line_segment(
            [egui::pos2(x, inner.top()), egui::pos2(x, inner.bottom())],
            egui::Stroke::new(1.0, visuals.strong_text_color()),
        );
    }
}
