//! The difference explained as a waterfall, as the app's analysis view draws it: a bar from zero
//! to the start, one bar per differing input from the running total by its effect (green up, red
//! down), a bar from zero to the end; the names down the side, the amounts beside the bars.
//!
//! What the report explains is fixed, so a council reads the same chart whichever way the file
//! was opened: the municipality's net per place per year, from the model's first scenario to the
//! chosen one (to the second when the first is chosen).

use rust_decimal::Decimal;

use super::frame::{Axis, Frame, HEIGHT, Ticks, WIDTH};
use super::svg::{Anchor, Label, MUTED, Pen, Rgb, Svg};
use super::{PlotError, find_scenario};
use crate::format::{MINUS, money_whole};
use crate::i18n::{Lang, Text};
use crate::model::analysis::OutputKey;
use crate::model::analysis::explain::{BarKind, ExplainError, Explanation, Method, explain};
use crate::model::{Model, Scenario, Texts};
use crate::report::explain::output_name;

// The sign colours of the other charts (costs red, benefits green) and the sheet's grey.
const DOWN: Rgb = Rgb(214, 96, 77);
const UP: Rgb = Rgb(67, 160, 71);
const TOTAL: Rgb = Rgb(140, 140, 140);

/// Amount labels and names: the size of the frame's tick labels, a little bolder to read.
const AMOUNT_SIZE: f32 = 11.0;
/// Names longer than this are cut with an ellipsis, so the bars keep most of the width.
const NAME_CHARS: usize = 34;

/// The reason a model with one scenario has no waterfall.
pub const ONE_SCENARIO: Texts = Texts {
    nl: "dit model heeft maar één scenario: er is geen verschil te verklaren",
    en: "this model has only one scenario: there is no difference to explain",
};

/// The two scenarios a report of `chosen` explains: from the model's first to `chosen`, or from
/// the first to the second when `chosen` is the first; `None` with one scenario.
pub fn pair<'m>(model: &'m Model, chosen: &Scenario) -> Option<(&'m Scenario, &'m Scenario)> {
    let first = model.scenarios.first()?;
    let chosen_index = model
        .scenarios
        .iter()
        .position(|s| std::ptr::eq(s, chosen) || s.name == chosen.name)?;
    let to = if chosen_index == 0 {
        model.scenarios.get(1)?
    } else {
        model.scenarios.get(chosen_index)?
    };
    Some((first, to))
}

/// The change in the municipality's net per place per year from `from` to `to`: the exact
/// average over all orders, or one at a time where too many inputs differ for the average.
pub fn explanation(from: &Scenario, to: &Scenario) -> Result<Explanation, PlotError> {
    let run = |method| {
        explain(
            &from.parameters,
            &to.parameters,
            OutputKey::MunicipalityNet,
            method,
        )
    };
    let result = match run(Method::Average) {
        Err(ExplainError::TooManyForAverage { .. }) => run(Method::Sequential),
        other => other,
    };
    result.map_err(|source| PlotError::Explain {
        from: from.name.clone(),
        to: to.name.clone(),
        source: Box::new(source),
    })
}

/// The waterfall for a report of the scenario called `scenario_name` ("" for the first) as SVG.
pub fn plot_svg(model: &Model, scenario_name: &str, lang: Lang) -> Result<String, PlotError> {
    let chosen = find_scenario(model, scenario_name)?;
    let (from, to) = pair(model, chosen).ok_or(PlotError::NotAvailable {
        plot: "waterval",
        reason: ONE_SCENARIO,
    })?;
    Ok(chart(lang, &explanation(from, to)?))
}

/// One bar: its name, where it starts, its length, and whether it is a total (start or end).
struct Bar {
    name: String,
    base: f64,
    length: f64,
    total: bool,
}

fn coordinate(value: Decimal) -> f64 {
    rust_decimal::prelude::ToPrimitive::to_f64(&value).unwrap_or(0.0)
}

fn bars(explanation: &Explanation, lang: Lang) -> Vec<Bar> {
    explanation
        .bars()
        .into_iter()
        .map(|bar| Bar {
            name: match bar.kind {
                BarKind::Start => lang.tr(Text::ExplainStart).to_string(),
                BarKind::Step(factor) => short(lang.pick(factor.label())),
                BarKind::End => lang.tr(Text::ExplainEnd).to_string(),
            },
            base: coordinate(bar.base),
            length: coordinate(bar.length),
            total: bar.is_total(),
        })
        .collect()
}

/// `name`, cut to [`NAME_CHARS`] with an ellipsis.
fn short(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(NAME_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A bar's amount in whole euros: a total as it is, an effect with its sign written out.
fn amount_text(bar: &Bar, lang: Lang) -> String {
    let value = Decimal::from_f64_retain(bar.length).unwrap_or_default();
    let text = money_whole(value, lang);
    if bar.total || bar.length <= 0.0 || text.starts_with(MINUS) {
        text
    } else {
        format!("+{text}")
    }
}

/// The waterfall of `explanation` as SVG, the first bar (the start) on top.
pub fn chart(lang: Lang, explanation: &Explanation) -> String {
    let bars = bars(explanation, lang);
    let count = bars.len();
    let ends = bars.iter().flat_map(|b| [b.base, b.base + b.length, 0.0]);
    let (low, high) = ends.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    let span = (high - low).max(1.0);
    // Room right of the bars for the amounts: about 90 of the roughly 440 pixels of plot area.
    let room = span * 0.26;
    let names: Vec<String> = bars.iter().rev().map(|b| b.name.clone()).collect();
    let title = format!(
        "{}: {}",
        lang.tr(Text::ExplainTitle),
        output_name(explanation.output, lang)
    );
    let mut svg = Svg::new(WIDTH, HEIGHT);
    let frame = Frame::draw(
        &mut svg,
        &title,
        &[],
        Axis::over(
            [low, high + room],
            &[0.0],
            Ticks::Euros,
            lang.tr(Text::ExplainAxis),
        ),
        Axis::fixed(-0.6, count as f64 - 0.4, Ticks::None, ""),
        &names,
        lang,
    );
    let band = frame.y_px(0.0) - frame.y_px(1.0);
    let thickness = (band * 0.62).min(28.0);
    let pad = ((frame.right - frame.left) * 0.012).max(4.0);
    for (i, bar) in bars.iter().enumerate() {
        let centre = frame.y_px((count - 1 - i) as f64);
        // A zero effect is neither up nor down: grey, like the totals.
        let color = if bar.total || bar.length == 0.0 {
            TOTAL
        } else if bar.length < 0.0 {
            DOWN
        } else {
            UP
        };
        let (x0, x1) = (frame.x_px(bar.base), frame.x_px(bar.base + bar.length));
        let top = centre - thickness / 2.0;
        // A zero effect still shows as a hairline, so its row does not look forgotten.
        let width = (x1 - x0).abs().max(1.0);
        svg.rect(x0.min(x1), top, width, thickness, color, 0.9);
        // The step to the next bar: a thin line at the running total.
        if i + 1 < count {
            let x = frame.x_px(bar.base + bar.length);
            let next = centre + band;
            svg.line(
                (x, top + thickness),
                (x, next - thickness / 2.0),
                Pen::solid(MUTED, 0.8),
            );
        }
        let text = amount_text(bar, lang);
        let mut label = Label::new(&text, AMOUNT_SIZE).anchor(Anchor::Start);
        if bar.total {
            label = label.bold();
        }
        // Clear of the zero line, so a minus sign is never drawn under it.
        let zero = frame.x_px(0.0);
        let mut right = x0.max(x1) + pad;
        if (right - zero).abs() < 3.0 {
            right = zero + pad;
        }
        svg.text(right, centre + AMOUNT_SIZE * 0.35, label, false);
    }
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Message;
    use crate::model::analysis::explain::Step;
    use crate::model::analysis::{Factor, ParamKey, Setting};
    use rust_decimal_macros::dec;

    fn two_steps() -> Explanation {
        let step = |key, effect| Step {
            factor: Factor::Param(key),
            from_value: Setting::Number(dec!(0)),
            to_value: Setting::Number(dec!(1)),
            effect,
        };
        Explanation {
            output: OutputKey::MunicipalityNet,
            start: dec!(-1000),
            end: dec!(-700),
            method: Method::Average,
            steps: vec![
                step(ParamKey::WageValuePct, dec!(500)),
                step(ParamKey::Coaching, dec!(-200)),
            ],
            residual_on: None,
        }
    }

    #[test]
    fn each_effect_starts_where_the_last_ended() {
        let bars = bars(&two_steps(), Lang::Nl);
        let spans: Vec<(f64, f64)> = bars.iter().map(|b| (b.base, b.length)).collect();
        // −1.000 + 500 = −500; −500 − 200 = −700, the end.
        assert_eq!(
            spans,
            [
                (0.0, -1000.0),
                (-1000.0, 500.0),
                (-500.0, -200.0),
                (0.0, -700.0)
            ]
        );
        assert_eq!(amount_text(&bars[1], Lang::Nl), "+€ 500");
        assert_eq!(amount_text(&bars[2], Lang::Nl), "\u{2212}€ 200");
        assert_eq!(amount_text(&bars[3], Lang::Nl), "\u{2212}€ 700");
    }

    #[test]
    fn the_chart_names_the_inputs_in_dutch() {
        let svg = chart(Lang::Nl, &two_steps());
        assert!(svg.contains("Begin") && svg.contains("Eind"), "{svg}");
        assert!(svg.contains("+€ 500"), "{svg}");
        assert!(svg.contains("Begeleiding"), "{svg}");
    }

    /// Two scenarios of default parameters, the second with `changed` set to 20.
    fn model_with(changed: &[ParamKey]) -> Model {
        let first = Scenario {
            name: "a".into(),
            ..Scenario::default()
        };
        let mut second = Scenario {
            name: "b".into(),
            ..first.clone()
        };
        for p in changed {
            p.set(&mut second.parameters, dec!(20));
        }
        Model {
            scenarios: vec![first, second],
            ..Model::default()
        }
    }

    #[test]
    fn the_first_scenario_is_explained_against_the_second() {
        let model = model_with(&[ParamKey::Coaching]);
        let (from, to) = pair(&model, &model.scenarios[0]).expect("two scenarios");
        assert_eq!((from.name.as_str(), to.name.as_str()), ("a", "b"));
        let (from, to) = pair(&model, &model.scenarios[1]).expect("two scenarios");
        assert_eq!((from.name.as_str(), to.name.as_str()), ("a", "b"));
        // Coaching from 0 to 20 is paid from the participation budget: −20 for the municipality.
        let e = explanation(from, to).expect("explains");
        assert_eq!(e.steps.len(), 1);
        assert_eq!(e.steps[0].effect, dec!(-20));
        let one = Model {
            scenarios: vec![model.scenarios[0].clone()],
            ..Model::default()
        };
        assert!(pair(&one, &one.scenarios[0]).is_none());
        let err = plot_svg(&one, "", Lang::Nl).expect_err("one scenario");
        assert_eq!(
            err.to_string(),
            format!("{} (grafiek 'waterval')", ONE_SCENARIO.nl)
        );
        assert_eq!(
            err.english(),
            "this model has only one scenario: there is no difference to explain (plot 'waterval')"
        );
    }

    #[test]
    fn more_than_twelve_differences_are_explained_one_at_a_time() {
        let model = model_with(&[
            ParamKey::WageValuePct,
            ParamKey::HoursPerWeek,
            ParamKey::FullTimeHours,
            ParamKey::FullyLoadedWageCost,
            ParamKey::LksCapPct,
            ParamKey::Coaching,
            ParamKey::Workplace,
            ParamKey::WorkplaceAdaptation,
            ParamKey::Administration,
            ParamKey::SocietalCostPerClient,
            ParamKey::Clients,
            ParamKey::IndexationPct,
            ParamKey::NationalBonus,
        ]);
        let e = explanation(&model.scenarios[0], &model.scenarios[1]).expect("explains");
        assert_eq!(e.method, Method::Sequential);
        assert_eq!(e.steps.len(), 13);
        let sum: Decimal = e.steps.iter().map(|s| s.effect).sum();
        assert_eq!(sum, e.end - e.start);
        assert!(plot_svg(&model, "b", Lang::Nl).is_ok());
    }

    #[test]
    fn long_names_are_cut() {
        let name = "a".repeat(NAME_CHARS + 5);
        assert_eq!(short(&name).chars().count(), NAME_CHARS);
        assert!(short(&name).ends_with('…'));
        assert_eq!(short("kort"), "kort");
    }
}
