//! Whether a prepared view fits a screen: where its parts stand and what would be too small to
//! read. One function, [`plan`], for presenter mode (the sliders' width, the figures per row, the
//! scale) and for the editor's preview and warnings, so what the editor promises is what the
//! audience sees.
//!
//! Sizes are in points at the 1280×720 base and grow with [`style::scale_for`]: a view that fits
//! the projector fits a 1920×1080 screen too (the same layout, 1,5 times larger).

use eframe::egui;
use egui::{Rect, Vec2, pos2, vec2};

use super::style;
use crate::i18n::Lang;
use crate::model::presentation::Control;
use crate::model::{Figure, PlotChoice, PresentationView};

/// The title bar with its caption (title 40, caption 24, margins).
const TITLE_BAR: f32 = 96.0;
/// The title bar of a view without a caption.
const TITLE_ONLY: f32 = 64.0;
/// The strip along the bottom.
const FOOTER: f32 = 30.0;
/// One slider: its name and value (22 and 30), the slider (44) and the space after it (14), as
/// drawn at 1280×720.
const CONTROL: f32 = 98.0;
/// The space after the last slider, which need not fit.
const CONTROL_AFTER: f32 = 14.0;
/// A name that wraps takes one line more.
const NAME_LINE: f32 = 26.0;
/// About how wide a character of a slider's name is (22 points).
const NAME_CHAR: f32 = 12.0;
/// What a slider's value takes of the row ("€ 22.800" at 30 points, and spacing).
const VALUE_WIDTH: f32 = 130.0;
/// The space above the first slider.
const CONTROLS_TOP: f32 = 12.0;
/// The narrowest and widest slider column.
const CONTROLS_WIDTH: (f32, f32) = (300.0, 460.0);
/// A large figure's card: its name, its unit and the figure (22, 18, 40, margins).
const CARD: Vec2 = vec2(250.0, 118.0);
/// The party bars: their heading and six rows of at least 40.
const BARS_HEIGHT: f32 = 40.0 + 6.0 * 40.0;
/// The smallest plot that can be read, its title line included.
const PLOT: Vec2 = vec2(300.0, 210.0);
/// The waterfall needs more height: a row per input that differs, and start and end.
const WATERFALL_HEIGHT: f32 = 280.0;
/// The party bars' share of the width beside one plot.
pub const BARS_SHARE: f32 = 0.45;
/// Margins around the body.
const MARGIN: f32 = 16.0;

/// What would not be readable on the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// More sliders than the column holds: `fit` of `chosen`.
    Controls {
        /// How many were chosen.
        chosen: usize,
        /// How many fit.
        fit: usize,
    },
    /// The large figures leave too little room under them.
    Figures,
    /// The party bars would be squeezed.
    Bars,
    /// A plot would be smaller than can be read.
    Plots,
}

/// Where a view's parts stand on a screen, and what would not be readable.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// How much larger than at 1280×720 everything is drawn.
    pub scale: f32,
    /// The title bar.
    pub title: Rect,
    /// The sliders' column, when the view has sliders.
    pub controls: Option<Rect>,
    /// The large figures' cards.
    pub cards: Vec<Rect>,
    /// How many cards stand in one row.
    pub cards_per_row: usize,
    /// The party bars, when shown.
    pub bars: Option<Rect>,
    /// The plots.
    pub plots: Vec<Rect>,
    /// The strip along the bottom.
    pub footer: Rect,
    /// What would not be readable; empty when the view fits.
    pub problems: Vec<Problem>,
}

impl Plan {
    /// Whether everything can be read.
    pub fn fits(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Where `view`'s parts stand on a `screen` of that many points, and what would not be readable.
pub fn plan(view: &PresentationView, screen: Vec2) -> Plan {
    let s = style::scale_for(screen);
    let mut problems = Vec::new();
    let title_height = if view.caption.is_empty() {
        TITLE_ONLY
    } else {
        TITLE_BAR
    } * s;
    let title = Rect::from_min_size(pos2(0.0, 0.0), vec2(screen.x, title_height));
    let footer = Rect::from_min_max(pos2(0.0, screen.y - FOOTER * s), pos2(screen.x, screen.y));
    let middle = Rect::from_min_max(pos2(0.0, title.bottom()), pos2(screen.x, footer.top()));

    let controls = (!view.controls.is_empty()).then(|| {
        let width = (screen.x * 0.3).clamp(CONTROLS_WIDTH.0 * s, CONTROLS_WIDTH.1 * s);
        Rect::from_min_size(middle.min, vec2(width, middle.height()))
    });
    if let Some(column) = controls {
        // In base points: the column's height, and each slider's, a line more where its name (in
        // the longer of the two languages) would wrap beside its value.
        let room = column.height() / s - CONTROLS_TOP + CONTROL_AFTER;
        let name_room = column.width() / s - VALUE_WIDTH;
        let mut used = 0.0;
        let fit = view
            .controls
            .iter()
            .take_while(|Control(key)| {
                let label = key.def().label;
                let chars = [Lang::Nl, Lang::En]
                    .map(|lang| lang.pick(label).chars().count())
                    .into_iter()
                    .max()
                    .unwrap_or(0);
                let wraps = chars as f32 * NAME_CHAR > name_room;
                used += CONTROL + if wraps { NAME_LINE } else { 0.0 };
                used <= room
            })
            .count();
        if view.controls.len() > fit {
            problems.push(Problem::Controls {
                chosen: view.controls.len(),
                fit,
            });
        }
    }

    let left = controls.map_or(middle.left(), |c| c.right());
    let body = Rect::from_min_max(pos2(left, middle.top()), middle.max).shrink(MARGIN * s / 2.0);
    let count = view
        .figures
        .iter()
        .filter(|f| **f != Figure::ActorBars)
        .count();
    let per_row = ((body.width() / (CARD.x * s)).floor() as usize).max(1);
    let cards: Vec<Rect> = (0..count)
        .map(|i| {
            let in_row = count.min(per_row) as f32;
            let width = body.width() / in_row;
            let (row, column) = (i / per_row, i % per_row);
            Rect::from_min_size(
                pos2(
                    body.left() + column as f32 * width,
                    body.top() + row as f32 * CARD.y * s,
                ),
                vec2(width, CARD.y * s),
            )
        })
        .collect();
    let below = cards.iter().map(|c| c.bottom()).fold(body.top(), f32::max) + MARGIN * s / 2.0;
    let rest = Rect::from_min_max(pos2(body.left(), below.min(body.bottom())), body.max);

    let bars_shown = view.figures.contains(&Figure::ActorBars);
    let (bars, plot_area) = match (bars_shown, view.plots.len()) {
        (false, _) => (None, rest),
        (true, 0) => (Some(rest), Rect::NOTHING),
        (true, 1) => {
            let bars = rest.width() * BARS_SHARE;
            let (a, b) = rest.split_left_right_at_x(rest.left() + bars);
            (Some(a), b)
        }
        (true, _) => {
            let (a, b) = rest.split_top_bottom_at_y(rest.top() + rest.height() * 0.45);
            (Some(a), b)
        }
    };
    if bars.is_some_and(|b| b.height() < BARS_HEIGHT * s) {
        problems.push(Problem::Bars);
    }
    let plots: Vec<Rect> = if view.plots.is_empty() || !plot_area.is_positive() {
        Vec::new()
    } else {
        let width = plot_area.width() / view.plots.len() as f32;
        (0..view.plots.len())
            .map(|i| {
                Rect::from_min_size(
                    pos2(plot_area.left() + i as f32 * width, plot_area.top()),
                    vec2(width, plot_area.height()),
                )
            })
            .collect()
    };
    let too_small = view.plots.iter().zip(&plots).any(|(choice, rect)| {
        let height = if *choice == PlotChoice::Waterfall {
            WATERFALL_HEIGHT
        } else {
            PLOT.y
        };
        rect.width() < PLOT.x * s || rect.height() < height * s
    });
    if too_small || plots.len() < view.plots.len() {
        problems.push(Problem::Plots);
    }
    if count > 0 && rest.height() < PLOT.y * s && !view.plots.is_empty() {
        problems.push(Problem::Figures);
    }
    Plan {
        scale: s,
        title,
        controls,
        cards,
        cards_per_row: per_row,
        bars,
        plots,
        footer,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParamKey;

    fn view(controls: usize, figures: &[Figure], plots: &[PlotChoice]) -> PresentationView {
        let keys = [
            ParamKey::WageValuePct,
            ParamKey::Coaching,
            ParamKey::Workplace,
            ParamKey::HoursPerWeek,
            ParamKey::FullTimeHours,
            ParamKey::LksCapPct,
        ];
        PresentationView {
            title: "Titel".into(),
            caption: "Bijschrift".into(),
            scenario: "A".into(),
            controls: keys.into_iter().take(controls).map(Control).collect(),
            figures: figures.to_vec(),
            plots: plots.to_vec(),
        }
    }

    const SMALL: Vec2 = vec2(1280.0, 720.0);
    const LARGE: Vec2 = vec2(1920.0, 1080.0);

    #[test]
    fn the_default_view_fits_both_screens_the_same_way() {
        // Two sliders, two figures, the bars and one plot: the walk's first view.
        let v = view(
            2,
            &[
                Figure::MunicipalityNet,
                Figure::SocietyNet,
                Figure::ActorBars,
            ],
            &[PlotChoice::WageValueCurve],
        );
        let small = plan(&v, SMALL);
        assert!(small.fits(), "{:?}", small.problems);
        let large = plan(&v, LARGE);
        assert!(large.fits(), "{:?}", large.problems);
        // 1920 / 1280 = 1,5: every part 1,5 times as large.
        assert!((large.scale - 1.5).abs() < 1e-6);
        let (a, b) = (small.plots[0], large.plots[0]);
        assert!((b.width() - 1.5 * a.width()).abs() < 0.5);
        assert!((b.height() - 1.5 * a.height()).abs() < 0.5);
    }

    #[test]
    fn six_short_sliders_fit_a_projector_six_long_ones_do_not() {
        // 720 − 96 (title and caption) − 30 (footer) = 594 for the column, less 12 above the first
        // slider, plus the 14 after the last that need not fit: 596. Six short names take
        // 6 × 98 = 588: they fit (kittest measured 98 from one slider to the next).
        assert!(plan(&view(6, &[], &[]), SMALL).fits());
        // "Maatschappelijke kosten per klant" (33 characters × 12 = 396) and "Volledig belaste
        // loonsom" (24 × 12 = 288) wrap beside their value in a column of 384 − 130 = 254: 124
        // each. 124 + 124 + 98 + 98 + 98 = 542 ≤ 596, a sixth makes 640: five fit.
        let mut v = view(6, &[], &[]);
        v.controls = [
            ParamKey::SocietalCostPerClient,
            ParamKey::FullyLoadedWageCost,
            ParamKey::WageValuePct,
            ParamKey::Coaching,
            ParamKey::Workplace,
            ParamKey::LksCapPct,
        ]
        .into_iter()
        .map(Control)
        .collect();
        assert_eq!(
            plan(&v, SMALL).problems,
            vec![Problem::Controls { chosen: 6, fit: 5 }]
        );
        // The same at 1920×1080: everything 1,5 times as large, the same five.
        assert_eq!(
            plan(&v, LARGE).problems,
            vec![Problem::Controls { chosen: 6, fit: 5 }]
        );
    }

    #[test]
    fn two_plots_under_the_bars_and_five_figures_are_too_small() {
        let figures = [
            Figure::MunicipalityNet,
            Figure::SocietyNet,
            Figure::ActorBars,
            Figure::BreakEven,
            Figure::NpvMunicipality,
            Figure::NpvSociety,
        ];
        let p = plan(
            &view(
                3,
                &figures,
                &[PlotChoice::WageValueCurve, PlotChoice::Waterfall],
            ),
            SMALL,
        );
        assert!(p.problems.contains(&Problem::Plots), "{:?}", p.problems);
        // 1280 × 0,3 = 384 for the sliders; 1280 − 384 − 16 = 880 holds three cards of 250 a row:
        // five figures take two rows.
        assert_eq!(p.cards_per_row, 3);
        assert_eq!(p.cards.len(), 5);
        assert!(p.cards[3].top() > p.cards[0].top());
    }
}
