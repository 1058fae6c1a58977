//! `compare` and `solve` output as text or JSON.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use super::{ReportError, pretty_json};
use crate::format::{money, number, plain_cents};
use crate::i18n::{Lang, Text};
use crate::model::Actor;
use crate::model::analysis::{OutputKey, ParamKey, ScenarioSummary, Solution};

#[derive(Serialize)]
struct JsonCompare<'a> {
    scenarios: Vec<JsonScenario<'a>>,
}

#[derive(Serialize)]
struct JsonScenario<'a> {
    name: &'a str,
    total_cost: String,
    total_benefit: String,
    net: String,
    npv: Vec<JsonNpv>,
}

#[derive(Serialize)]
struct JsonNpv {
    actor: &'static str,
    npv: String,
}

/// Every scenario as JSON: `{scenarios: [{name, total_cost, total_benefit, net, npv: [{actor, npv}]}]}`.
pub fn compare_json(summaries: &[ScenarioSummary]) -> Result<String, ReportError> {
    let report = JsonCompare {
        scenarios: summaries
            .iter()
            .map(|s| JsonScenario {
                name: &s.name,
                total_cost: plain_cents(s.total_cost),
                total_benefit: plain_cents(s.total_benefit),
                net: plain_cents(s.net),
                npv: s
                    .npv
                    .iter()
                    .map(|(a, npv)| JsonNpv {
                        actor: a.key(),
                        npv: plain_cents(*npv),
                    })
                    .collect(),
            })
            .collect(),
    };
    pretty_json(&report)
}

/// Every scenario as a table: one column per scenario.
pub fn compare_text(summaries: &[ScenarioSummary], lang: Lang) -> String {
    let per_year = lang.tr(Text::PerPlacePerYear);
    let mut rows: Vec<(String, Vec<String>)> = vec![
        (
            format!("{} ({per_year})", lang.tr(Text::Costs)),
            summaries
                .iter()
                .map(|s| money(s.total_cost, lang))
                .collect(),
        ),
        (
            format!("{} ({per_year})", lang.tr(Text::Benefits)),
            summaries
                .iter()
                .map(|s| money(s.total_benefit, lang))
                .collect(),
        ),
        (
            format!("{} ({per_year})", lang.tr(Text::Net)),
            summaries.iter().map(|s| money(s.net, lang)).collect(),
        ),
    ];
    for a in Actor::ALL {
        rows.push((
            format!("{}: {}", lang.tr(Text::NpvShort), lang.actor(a)),
            summaries.iter().map(|s| money(s.npv[a], lang)).collect(),
        ));
    }
    let chars = |text: &str| text.chars().count();
    let label_width = rows.iter().map(|(l, _)| chars(l)).max().unwrap_or(0);
    // Every column as wide as its scenario's whole name or its widest figure: nothing is cut.
    let widths: Vec<usize> = summaries
        .iter()
        .enumerate()
        .map(|(i, s)| {
            rows.iter()
                .map(|(_, values)| values.get(i).map_or(0, |v| chars(v)))
                .chain([chars(&s.name)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let _ = write!(out, "{:<label_width$}", "");
    for (s, width) in summaries.iter().zip(&widths) {
        let _ = write!(out, "  {:>width$}", s.name);
    }
    out.push('\n');
    for (label, values) in rows {
        let _ = write!(out, "{label:<label_width$}");
        for (value, width) in values.iter().zip(&widths) {
            let _ = write!(out, "  {value:>width$}");
        }
        out.push('\n');
    }
    out.push_str(lang.tr(Text::NpvConvention));
    out.push('\n');
    out
}

#[derive(Serialize)]
struct JsonSolve {
    output: String,
    param: &'static str,
    target: String,
    value: Option<f64>,
    reached: Option<String>,
}

/// The solution as JSON: `{output, param, target, value, reached}`, `value` null when none exists
/// in range; `reached` is the output at that value (for a whole-number parameter it can differ
/// from the target: the first whole value where the output reaches or passes it).
pub fn solve_json(
    output: OutputKey,
    param: ParamKey,
    target: Decimal,
    solution: Solution,
    reached: Option<Decimal>,
) -> Result<String, ReportError> {
    let report = JsonSolve {
        output: output.key(),
        param: param.key(),
        target: plain_cents(target),
        value: solution.value().and_then(|v| v.round_dp(6).to_f64()),
        reached: reached.map(plain_cents),
    };
    pretty_json(&report)
}

/// The solution in one line, with what the output is at that value beside the target.
pub fn solve_text(
    output: OutputKey,
    param: ParamKey,
    target: Decimal,
    solution: Solution,
    reached: Option<Decimal>,
    lang: Lang,
) -> String {
    let goal = match lang {
        Lang::Nl => "doel",
        Lang::En => "target",
    };
    match (solution, reached) {
        (Solution::At(v), Some(at)) => format!(
            "{} = {}  ({} = {}; {goal} {})\n",
            param.key(),
            number(v, 4, lang),
            output.key(),
            money(at, lang),
            money(target, lang)
        ),
        (Solution::At(v), None) => format!(
            "{} = {}  ({goal} {} = {})\n",
            param.key(),
            number(v, 4, lang),
            output.key(),
            money(target, lang)
        ),
        (Solution::NoneInRange, _) => format!(
            "{} = {}  ({goal} {} = {})\n",
            param.key(),
            match lang {
                Lang::Nl => "geen waarde binnen het bereik",
                Lang::En => "no value in range",
            },
            output.key(),
            money(target, lang)
        ),
    }
}
