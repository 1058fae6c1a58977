//! `simulate` output: the Monte Carlo's summary per output as a Dutch table or as JSON.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use serde::Serialize;

use super::{ReportError, pretty_json};
use crate::format::{money_whole, number};
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::{BreakEvenDistribution, OutputKey, SimulationResult, Summary};

#[derive(Serialize)]
struct JsonSimulation<'a> {
    scenario: &'a str,
    samples: u32,
    seed: u64,
    outputs: Vec<JsonOutput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    break_even: Option<JsonBreakEvens>,
}

/// Both break-even wage values as distributions over the extras' samples.
#[derive(Serialize)]
struct JsonBreakEvens {
    samples: usize,
    buig: JsonBreakEven,
    municipality: JsonBreakEven,
}

#[derive(Serialize)]
struct JsonBreakEven {
    p5: Option<f64>,
    p25: Option<f64>,
    p50: Option<f64>,
    p75: Option<f64>,
    p95: Option<f64>,
    share_defined: f64,
    share_wage_value_above: f64,
}

/// A percentage rounded to 4 decimals; `None` (JSON null) where no sample has a break-even.
fn pct(value: f64) -> Option<f64> {
    value
        .is_finite()
        .then(|| (value * 10_000.0).round() / 10_000.0)
}

impl From<&BreakEvenDistribution> for JsonBreakEven {
    fn from(d: &BreakEvenDistribution) -> Self {
        let p = d.percentiles;
        JsonBreakEven {
            p5: pct(p.p5),
            p25: pct(p.p25),
            p50: pct(p.p50),
            p75: pct(p.p75),
            p95: pct(p.p95),
            share_defined: d.share_defined,
            share_wage_value_above: d.share_wage_value_above,
        }
    }
}

#[derive(Serialize)]
struct JsonOutput {
    key: String,
    mean: f64,
    sd: f64,
    p5: f64,
    p25: f64,
    p50: f64,
    p75: f64,
    p95: f64,
    p_positive: f64,
}

/// Euros rounded to cents, as a JSON number.
fn cents(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// The run as JSON: `{scenario, samples, seed, outputs: [{key, mean, sd, p5, p25, p50, p75, p95,
/// p_positive}], break_even: {samples, buig, municipality}}`, amounts in euros rounded to cents,
/// `p_positive` a share from 0 to 1; each break-even `{p5, p25, p50, p75, p95, share_defined,
/// share_wage_value_above}` in percent (null where no sample has one) over the run's extras.
pub fn json(scenario: &str, result: &SimulationResult) -> Result<String, ReportError> {
    let outputs = result
        .outputs
        .iter()
        .map(|(key, s)| {
            let p = s.percentiles;
            JsonOutput {
                key: key.key(),
                mean: cents(s.mean),
                sd: cents(s.sd),
                p5: cents(p.p5),
                p25: cents(p.p25),
                p50: cents(p.p50),
                p75: cents(p.p75),
                p95: cents(p.p95),
                p_positive: s.p_positive,
            }
        })
        .collect();
    pretty_json(&JsonSimulation {
        scenario,
        samples: result.samples,
        seed: result.seed,
        outputs,
        break_even: result.extras.as_ref().map(|e| JsonBreakEvens {
            samples: e.samples,
            buig: (&e.break_even).into(),
            municipality: (&e.break_even_municipality).into(),
        }),
    })
}

/// What an output is called in the Dutch table.
fn label(key: OutputKey, lang: Lang) -> String {
    lang.output(key, crate::i18n::Wording::SampledTable)
}

/// The run as a Dutch table: one row per output, the mean, the spread and the chance of a
/// positive result.
pub fn text(scenario: &str, result: &SimulationResult) -> String {
    let lang = Lang::Nl;
    let euros = |v: f64| money_whole(Decimal::from_f64(v).unwrap_or_default(), lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{scenario}: {} trekkingen, startgetal {}",
        number(Decimal::from(result.samples), 0, lang),
        result.seed
    );
    let varied: Vec<&str> = result.varied.iter().map(|k| k.key()).collect();
    let _ = writeln!(
        out,
        "Onzeker: {}\n",
        if varied.is_empty() {
            "niets (alle parameters vast)".to_string()
        } else {
            varied.join(", ")
        }
    );
    let _ = writeln!(
        out,
        "{:<44}{:>15}{:>15}{:>15}{:>15}{:>15}{:>9}",
        "", "gemiddelde", "st.afw.", "P5", "P50", "P95", "kans > 0"
    );
    for (key, s) in &result.outputs {
        let Summary {
            mean,
            sd,
            percentiles: p,
            p_positive,
            ..
        } = *s;
        let chance = format!(
            "{} %",
            number(
                Decimal::from_f64(p_positive * 100.0).unwrap_or_default(),
                1,
                lang
            )
        );
        let _ = writeln!(
            out,
            "{:<44}{:>15}{:>15}{:>15}{:>15}{:>15}{:>9}",
            label(*key, lang),
            euros(mean),
            euros(sd),
            euros(p.p5),
            euros(p.p50),
            euros(p.p95),
            chance
        );
    }
    if let Some(extras) = &result.extras {
        let title = format!(
            "Break-even loonwaarde (eerste {} trekkingen)",
            number(Decimal::from(extras.samples), 0, lang)
        );
        let _ = writeln!(
            out,
            "\n{title:<74}{:>15}{:>15}{:>15}{:>9}",
            "P5", "P50", "P95", "gehaald"
        );
        for (name, d) in [
            (lang.tr(Text::BreakEvenBuigShort), &extras.break_even),
            (
                lang.tr(Text::BreakEvenMunicipalityShort),
                &extras.break_even_municipality,
            ),
        ] {
            let _ = writeln!(out, "{}", break_even_row(name, d, lang));
        }
    }
    out
}

/// One break-even's row: P5, P50 and P95 in percent ("geen" where no sample has one) and the
/// share of samples whose wage value reaches it.
fn break_even_row(name: &str, d: &BreakEvenDistribution, lang: Lang) -> String {
    let pct = |v: f64| match Decimal::from_f64(v) {
        Some(v) if d.share_defined > 0.0 => crate::format::result_percent(v, lang),
        _ => lang.tr(Text::NoneWord).to_string(),
    };
    let reached = format!(
        "{} %",
        number(
            Decimal::from_f64(d.share_wage_value_above * 100.0).unwrap_or_default(),
            1,
            lang
        )
    );
    let p = d.percentiles;
    format!(
        "{name:<74}{:>15}{:>15}{:>15}{:>9}",
        pct(p.p5),
        pct(p.p50),
        pct(p.p95),
        reached
    )
}
