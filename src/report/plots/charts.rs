//! The plots the app's sheet and uncertainty tabs show, drawn as SVG from the same results: the
//! net against the wage value, staying home against acting over the years, costs and benefits
//! per actor, and the Monte Carlo histogram.

use rust_decimal::Decimal;

use super::frame::{Axis, Entry, Frame, HEIGHT, Ticks, WIDTH};
use super::svg::{Pen, Rgb, Svg};
use crate::format::{param_value, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::{OutputKey, SimulationResult};
use crate::model::{Actor, Course, Evaluation, ParamKey, Parameters, Pocket, WageValuePoint};

// The app's plot colours (src/app/sheet/plots), so print and screen agree.
const COST: Rgb = Rgb(214, 96, 77);
const BENEFIT: Rgb = Rgb(67, 160, 71);
const MUNICIPALITY: Rgb = Rgb(33, 113, 181);
const SHEET: Rgb = Rgb(140, 140, 140);
const SOCIETY: Rgb = Rgb(123, 82, 171);
const MARKER: Rgb = Rgb(230, 150, 20);
const SOCIETY_MC: Rgb = Rgb(35, 139, 69);

/// A coordinate for a plot; exact amounts stay `Decimal` everywhere else.
fn coordinate(value: Decimal) -> f64 {
    rust_decimal::prelude::ToPrimitive::to_f64(&value).unwrap_or(0.0)
}

fn entry(name: String, color: Rgb) -> Entry {
    Entry {
        name,
        color,
        block: false,
        dashed: false,
    }
}

/// A curve of the wage-value plot: its name, colour, width and the figure it follows.
type Series = (Text, Rgb, f32, fn(&WageValuePoint) -> Decimal);

/// One histogram: its colour, its bins (left, right, share in %) and its median.
type Bins = (Rgb, Vec<(f64, f64, f64)>, f64);

/// The net against the wage value for the municipality, the sheet and society, with the
/// break-even point and the current wage value marked.
pub fn wage_value(
    lang: Lang,
    params: &Parameters,
    evaluation: &Evaluation,
    points: &[WageValuePoint],
) -> String {
    let series: [Series; 3] = [
        (Text::SeriesMunicipalityNet, MUNICIPALITY, 2.5, |p| {
            p.municipality_net
        }),
        (Text::SeriesSheetNet, SHEET, 1.8, |p| p.sheet_net),
        (Text::SeriesSocietyNet, SOCIETY, 1.8, |p| p.society_net),
    ];
    let current_pct = params.wage_value_pct.get();
    let current = format!(
        "{} {}",
        lang.tr(Text::SeriesCurrent),
        param_value(ParamKey::WageValuePct, current_pct, lang)
    );
    let mut legend: Vec<Entry> = series
        .iter()
        .map(|(name, color, ..)| entry(lang.tr(*name).to_string(), *color))
        .collect();
    // Both break-evens, named for what they are: BUIG's (LKS = benefit saved) and the
    // municipality's (its net, participation budget and BUIG together, is zero).
    let marks: Vec<(Decimal, Rgb)> = [
        (
            Text::BreakEvenBuigShort,
            evaluation.break_even.wage_value_pct(),
            BENEFIT,
        ),
        (
            Text::BreakEvenMunicipalityShort,
            evaluation.break_even_municipality.wage_value_pct(),
            MUNICIPALITY,
        ),
    ]
    .into_iter()
    .filter_map(|(name, at, color)| {
        let at = at?;
        legend.push(Entry {
            dashed: true,
            ..entry(
                format!("{} {}", lang.tr(name), result_percent(at, lang)),
                color,
            )
        });
        Some((at, color))
    })
    .collect();
    legend.push(entry(current, MARKER));
    let values = points
        .iter()
        .flat_map(|p| series.iter().map(move |s| coordinate((s.3)(p))));
    let mut svg = Svg::new(WIDTH, HEIGHT);
    let frame = Frame::draw(
        &mut svg,
        lang.tr(Text::PlotWageValue),
        &legend,
        Axis::fixed(0.0, 100.0, Ticks::Percent, lang.tr(Text::AxisWageValue)),
        Axis::over(
            values,
            &[0.0],
            Ticks::Euros,
            lang.tr(Text::AxisAmountPerYear),
        ),
        &[],
        lang,
    );
    for (_, color, width, pick) in &series {
        let line: Vec<(f32, f32)> = points
            .iter()
            .map(|p| frame.point(coordinate(p.wage_value_pct), coordinate(pick(p))))
            .collect();
        svg.polyline(&line, Pen::solid(*color, *width));
    }
    for (at, color) in marks {
        let x = frame.x_px(coordinate(at));
        svg.line((x, frame.top), (x, frame.bottom), Pen::dashed(color, 1.8));
    }
    let x = frame.x_px(coordinate(current_pct));
    svg.line((x, frame.top), (x, frame.bottom), Pen::solid(MARKER, 1.5));
    let y = frame.y_px(coordinate(evaluation.actors.municipality_net()));
    svg.circle((x, y), 5.5, MARKER);
    svg.finish()
}

/// One line of "doing nothing against acting": its name, colour, whether dashed, and its points.
type CostLine<'a> = (&'a str, Rgb, bool, Vec<(f64, f64)>);

/// Doing nothing against acting, like against like: the municipality's and society's cumulative
/// cost at present value under each course ([`crate::model::MultiYear::cost_paths`]), dashed for
/// doing nothing.
pub fn years(lang: Lang, evaluation: &Evaluation) -> String {
    let lines: Vec<CostLine<'_>> = evaluation
        .multi_year
        .cost_paths()
        .into_iter()
        .map(|path| {
            let color = match path.pocket {
                Pocket::Municipality => MUNICIPALITY,
                Pocket::Society => SOCIETY,
            };
            let points = path
                .cumulative
                .iter()
                .enumerate()
                .map(|(year, cost)| (year as f64, coordinate(*cost)))
                .collect();
            (
                lang.cost_path(path.pocket, path.course),
                color,
                path.course == Course::DoNothing,
                points,
            )
        })
        .collect();
    let last_year = lines
        .first()
        .and_then(|l| l.3.last())
        .map_or(1.0, |p| p.0)
        .max(1.0);
    let legend: Vec<Entry> = lines
        .iter()
        .map(|(name, color, dashed, _)| Entry {
            dashed: *dashed,
            ..entry(name.to_string(), *color)
        })
        .collect();
    let values = lines.iter().flat_map(|l| l.3.iter().map(|p| p.1));
    let mut svg = Svg::new(WIDTH, HEIGHT);
    let frame = Frame::draw(
        &mut svg,
        lang.tr(Text::PlotHorizon),
        &legend,
        Axis::fixed(0.0, last_year, Ticks::Whole, lang.tr(Text::AxisYears)),
        Axis::over(
            values,
            &[0.0],
            Ticks::Euros,
            lang.tr(Text::DoNothingVsActingAxis),
        ),
        &[],
        lang,
    );
    for (_, color, dashed, points) in &lines {
        let line: Vec<(f32, f32)> = points.iter().map(|(x, y)| frame.point(*x, *y)).collect();
        let pen = if *dashed {
            Pen::dashed(*color, 2.5)
        } else {
            Pen::solid(*color, 2.5)
        };
        svg.polyline(&line, pen);
        // A dot per year while they stay apart; over a long horizon they would crowd the line.
        if line.len() <= 13 {
            for p in line.iter().skip(1) {
                svg.circle(*p, 3.0, *color);
            }
        }
    }
    svg.finish()
}

/// Costs against benefits per actor as horizontal bars, the first actor on top.
pub fn actors(lang: Lang, evaluation: &Evaluation) -> String {
    let rows: Vec<(Actor, f64, f64)> = Actor::ALL
        .into_iter()
        .map(|a| {
            let row = evaluation.actors.row(a);
            (a, coordinate(row.cost), coordinate(row.benefit))
        })
        .collect();
    let legend = [
        Entry {
            block: true,
            ..entry(lang.tr(Text::Costs).to_string(), COST)
        },
        Entry {
            block: true,
            ..entry(lang.tr(Text::Benefits).to_string(), BENEFIT)
        },
    ];
    // Bottom to top: the last actor at 0, the first at the top.
    let names: Vec<String> = rows
        .iter()
        .rev()
        .map(|(a, ..)| lang.short_actor(*a).to_string())
        .collect();
    let values = rows.iter().flat_map(|r| [r.1, r.2]);
    let mut svg = Svg::new(WIDTH, HEIGHT);
    let count = rows.len() as f64;
    let frame = Frame::draw(
        &mut svg,
        lang.tr(Text::PlotActors),
        &legend,
        Axis::over(
            values,
            &[0.0],
            Ticks::Euros,
            lang.tr(Text::AxisAmountPerYear),
        ),
        Axis::fixed(-0.6, count - 0.4, Ticks::None, ""),
        &names,
        lang,
    );
    let band = frame.y_px(0.0) - frame.y_px(1.0);
    for (i, (_, cost, benefit)) in rows.iter().enumerate() {
        let centre = frame.y_px(count - 1.0 - i as f64);
        for (value, color, offset) in [(*cost, COST, -0.21), (*benefit, BENEFIT, 0.21)] {
            let (x0, x1) = (frame.x_px(0.0), frame.x_px(value));
            let top = centre + band * offset as f32 - band * 0.19;
            svg.rect(x0.min(x1), top, (x1 - x0).abs(), band * 0.38, color, 0.9);
        }
    }
    svg.finish()
}

/// The distribution of the municipality's and society's net in year 1 per place over the
/// samples, each one's median a dashed line.
pub fn histogram(lang: Lang, result: &SimulationResult) -> String {
    let shown = [
        (
            OutputKey::MunicipalityNet,
            Text::McNetMunicipality,
            MUNICIPALITY,
        ),
        (OutputKey::SocietyNet, Text::McNetSociety, SOCIETY_MC),
    ];
    let mut bars: Vec<Bins> = Vec::new();
    for (key, _, color) in shown {
        let (Some(hist), Some(summary)) = (result.histogram(key), result.summary(key)) else {
            continue;
        };
        let bins: Vec<(f64, f64, f64)> = hist.percent_bins().collect();
        bars.push((color, bins, summary.percentiles.p50));
    }
    let legend: Vec<Entry> = shown
        .iter()
        .map(|(_, name, color)| Entry {
            block: true,
            ..entry(lang.tr(*name).to_string(), *color)
        })
        .collect();
    let xs = bars
        .iter()
        .flat_map(|b| b.1.iter().flat_map(|(l, r, _)| [*l, *r]));
    let ys = bars.iter().flat_map(|b| b.1.iter().map(|(_, _, h)| *h));
    let title = format!("{}: {}", lang.tr(Text::McHistogram), lang.tr(Text::McYear1));
    let y_title = format!("{} (%)", lang.tr(Text::McShareOfSamples));
    let mut svg = Svg::new(WIDTH, HEIGHT);
    let frame = Frame::draw(
        &mut svg,
        &title,
        &legend,
        Axis::over(xs, &[0.0], Ticks::Euros, lang.tr(Text::AxisAmountPerYear)),
        Axis::over(ys, &[0.0], Ticks::Whole, &y_title),
        &[],
        lang,
    );
    for (color, bins, median) in &bars {
        for (left, right, height) in bins {
            let (x0, x1) = (frame.x_px(*left), frame.x_px(*right));
            let top = frame.y_px(*height);
            let width = (x1 - x0 - 0.6).max(0.6);
            svg.rect(x0, top, width, frame.bottom - top, *color, 0.55);
        }
        let x = frame.x_px(*median);
        svg.line((x, frame.top), (x, frame.bottom), Pen::dashed(*color, 1.5));
    }
    svg.finish()
}
