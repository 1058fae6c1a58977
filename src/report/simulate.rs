//! `simulate` output: the Monte Carlo's summary per output as a Dutch table or as JSON.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use serde::Serialize;

use super::{ReportError, pretty_json};
use crate::format::{money_whole, number};
use crate::i18n::{Lang, Text};
use crate::model::uncertainty::{OutputKey, SimulationResult, Summary};

#[derive(Serialize)]
struct JsonSimulation<'a> {
    scenario: &'a str,
    samples: u32,
    seed: u64,
    outputs: Vec<JsonOutput>,
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
/// p_positive}]}`, amounts in euros rounded to cents, `p_positive` a share from 0 to 1.
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
    })
}

/// What an output is called in the Dutch table.
fn label(key: OutputKey, lang: Lang) -> String {
    let npv = lang.tr(Text::NpvShort);
    match key {
        OutputKey::SheetNet => "Saldo overzicht (per plek per jaar)".into(),
        OutputKey::MunicipalityNet => "Gemeente, jaar 1 (per plek)".into(),
        OutputKey::SocietyNet => "Samenleving, jaar 1 (per plek)".into(),
        OutputKey::NpvMunicipality => format!("{npv}: gemeente"),
        OutputKey::NpvSociety => format!("{npv}: samenleving"),
        OutputKey::NpvActor(actor) => format!("{npv}: {}", lang.actor(actor)),
    }
}

/// The run as a Dutch table: one row per output, the mean, the spread and the chance of a
/// positive result.
pub fn text(scenario: &str, result: &SimulationResult) -> String {
    let lang = Lang::Nl;
    let euros = |v: f64| money_whole(Decimal::from_f64(v).unwrap_or_default(), lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{scenario}: {} trekkingen, seed {}",
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
        "", "gemiddelde", "st.afw.", "P5", "P50", "P95", "P(>0)"
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
    out
}
