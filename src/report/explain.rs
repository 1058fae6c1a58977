//! The difference explained as a Dutch waterfall table or as JSON: the output in the first
//! scenario, one row per differing input with its two values and its effect, the output in the
//! second, and a line stating the method.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{ReportError, pretty_json};
use crate::format::{MINUS, money, param_value, percent, plain_cents};
use crate::i18n::{Lang, Text};
use crate::model::analysis::{Explanation, Factor, Method, OutputKey, ParamKey, Setting};

#[derive(Serialize)]
struct JsonExplain<'a> {
    output: String,
    from: &'a str,
    to: &'a str,
    method: &'static str,
    start: String,
    end: String,
    steps: Vec<JsonStep>,
}

#[derive(Serialize)]
struct JsonStep {
    param: &'static str,
    from_value: String,
    to_value: String,
    effect: String,
}

/// The explanation as JSON: `{output, from, to, method, start, end, steps: [{param, from_value,
/// to_value, effect}]}`. Amounts are strings with two decimals like every JSON report's; values
/// are plain numbers (`40`, `2.25`) or a choice's key (`auto`, `stays_home`, `table`).
pub fn json(explanation: &Explanation, from: &str, to: &str) -> Result<String, ReportError> {
    let report = JsonExplain {
        output: explanation.output.key(),
        from,
        to,
        method: explanation.method.key(),
        start: plain_cents(explanation.start),
        end: plain_cents(explanation.end),
        steps: explanation
            .steps
            .iter()
            .map(|s| JsonStep {
                param: s.factor.key(),
                from_value: s.from_value.plain(),
                to_value: s.to_value.plain(),
                effect: plain_cents(s.effect),
            })
            .collect(),
    };
    pretty_json(&report)
}

/// The explanation as a waterfall table: start, one row per input (name, from → to, effect), end,
/// then the method.
pub fn text(explanation: &Explanation, from: &str, to: &str, lang: Lang) -> String {
    let mut rows: Vec<[String; 3]> = vec![[
        format!("{} ({from})", lang.tr(Text::ExplainStart)),
        String::new(),
        money(explanation.start, lang),
    ]];
    for step in &explanation.steps {
        rows.push([
            lang.pick(step.factor.label()).to_string(),
            format!(
                "{} → {}",
                setting_text(step.factor, &step.from_value, lang),
                setting_text(step.factor, &step.to_value, lang)
            ),
            signed_money(step.effect, lang),
        ]);
    }
    rows.push([
        format!("{} ({to})", lang.tr(Text::ExplainEnd)),
        String::new(),
        money(explanation.end, lang),
    ]);
    let width = |column: usize| {
        rows.iter()
            .map(|r| r[column].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0), width(1), width(2));
    let mut out = format!(
        "{}: {} ({})\n",
        lang.tr(Text::ExplainTitle),
        output_name(explanation.output, lang),
        explanation.output.key()
    );
    for [name, values, effect] in &rows {
        let line = format!("{name:<w0$}  {values:<w1$}  {effect:>w2$}");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out.push_str(&method_line(explanation, lang));
    out.push('\n');
    out
}

/// What the method is and how it rounds, in one sentence.
pub fn method_line(explanation: &Explanation, lang: Lang) -> String {
    let mut line = lang
        .tr(match explanation.method {
            Method::Sequential => Text::ExplainMethodSequential,
            Method::Average => Text::ExplainMethodAverage,
        })
        .to_string();
    if let Some(factor) = explanation.residual_on {
        let _ = write!(
            line,
            " {} {}.",
            lang.tr(Text::ExplainResidual),
            lang.pick(factor.label())
        );
    }
    line
}

/// An effect with its sign written out: `+€ 2.500,00`, `−€ 1.000,00`, `€ 0,00`.
pub fn signed_money(value: Decimal, lang: Lang) -> String {
    let text = money(value, lang);
    if value.is_sign_positive() && !value.is_zero() && !text.starts_with(MINUS) {
        format!("+{text}")
    } else {
        text
    }
}

/// A factor's value in its unit: `40 %`, `€ 8.500`, `blijft thuis`.
pub fn setting_text(factor: Factor, setting: &Setting, lang: Lang) -> String {
    match (factor, setting) {
        (_, Setting::Choice { label, .. }) => lang.pick(*label).to_string(),
        // A year-table figure the scenario replaces reads as the year table's figures: to the
        // cent, a rate with two decimals.
        (Factor::Param(ParamKey::EmployerCostRatePct), Setting::Number(n)) => percent(*n, 2, lang),
        (Factor::Param(p), Setting::Number(n)) if ParamKey::OVERRIDES.contains(&p) => {
            money(*n, lang)
        }
        (Factor::Param(p), Setting::Number(n)) => param_value(p, *n, lang),
    }
}

/// The name of an output, for headings: the analyses' name of it.
pub fn output_name(output: OutputKey, lang: Lang) -> String {
    lang.output(output, crate::i18n::Wording::Analysis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::explain;
    use crate::model::{Money, Parameters};
    use rust_decimal_macros::dec;

    fn coaching_plus_1000() -> Explanation {
        let from = Parameters::default();
        let mut to = from.clone();
        to.coaching = Money::new(dec!(1000)).expect("in range");
        explain(&from, &to, OutputKey::MunicipalityNet, Method::Average).expect("explains")
    }

    #[test]
    fn the_table_has_start_one_row_per_input_end_and_the_method() {
        let e = coaching_plus_1000();
        let text = text(&e, "a", "b", Lang::Nl);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{text}");
        assert!(lines[1].starts_with("Begin (a)"), "{text}");
        assert!(lines[2].starts_with("Begeleiding"), "{text}");
        assert!(lines[2].contains("€ 0 → € 1.000"), "{text}");
        assert!(lines[2].ends_with("−€ 1.000,00"), "{text}");
        assert!(lines[3].starts_with("Eind (b)"), "{text}");
        assert!(lines[4].starts_with("Methode"), "{text}");
    }

    #[test]
    fn json_has_the_fields_asked_for() {
        let e = coaching_plus_1000();
        let value: serde_json::Value =
            serde_json::from_str(&json(&e, "a", "b").expect("writes")).expect("JSON");
        assert_eq!(value["output"], "net:municipality");
        assert_eq!(value["steps"][0]["param"], "coaching");
        assert_eq!(value["steps"][0]["from_value"], "0");
        assert_eq!(value["steps"][0]["to_value"], "1000");
        assert_eq!(value["steps"][0]["effect"], "-1000.00");
    }

    #[test]
    fn a_positive_effect_carries_its_plus() {
        assert_eq!(signed_money(dec!(2500), Lang::Nl), "+€ 2.500,00");
        assert_eq!(signed_money(dec!(0), Lang::Nl), "€ 0,00");
        assert_eq!(signed_money(dec!(-1), Lang::Nl), "−€ 1,00");
    }
}
