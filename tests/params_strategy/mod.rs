//! Parameter sets drawn from the registry: every input of [`ParamKey::INPUTS`] gets a setting —
//! one of its words or a number in its range (mostly up to the slider's end, where real models
//! are, sometimes anywhere up to the range's maximum) — so a parameter added to the registry is
//! varied here without a line of code, and a face that leaves it out disagrees with the engine.
// Each test binary uses the part of this module it needs.
#![allow(dead_code)]
// Test code: a draw the registry does not accept stops the test with its message.
#![allow(clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use proptest::strategy::Union;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use kostenbaten::model::{Evaluation, ParamKey, Parameters, Unit};

/// One parameter's setting.
#[derive(Clone, Debug)]
pub enum Setting {
    /// One of its words (`single`, `provider`, `auto`, …), by its first spelling.
    Word(&'static str),
    /// A number in its range.
    Number(Decimal),
}

/// A number for `key`: whole where the registry says so, else to the cent.
fn number(key: ParamKey) -> BoxedStrategy<Decimal> {
    let (low, high) = key.range();
    let slider_end = key.def().slider_max;
    let usual_high = if slider_end > low && slider_end < high {
        slider_end
    } else {
        high
    };
    let scale: u32 = if key.is_whole() { 0 } else { 2 };
    let units = |d: Decimal| {
        (d * Decimal::from(10i64.pow(scale)))
            .trunc()
            .to_i64()
            .expect("a registry bound fits in i64")
    };
    let (low, usual_high, high) = (units(low), units(usual_high), units(high));
    prop_oneof![
        4 => low..=usual_high,
        1 => low..=high,
    ]
    .prop_map(move |n| Decimal::new(n, scale))
    .boxed()
}

/// Any setting of `key`: one of its words, or a number where it has one.
fn setting(key: ParamKey) -> BoxedStrategy<Setting> {
    let def = key.def();
    let mut options: Vec<BoxedStrategy<Setting>> = Vec::new();
    if !def.words.is_empty() {
        let words: Vec<&'static str> = def.words.iter().map(|w| w.spellings[0]).collect();
        options.push(
            proptest::sample::select(words)
                .prop_map(Setting::Word)
                .boxed(),
        );
    }
    if def.unit != Unit::Choice {
        options.push(number(key).prop_map(Setting::Number).boxed());
    }
    Union::new(options).boxed()
}

/// A parameter set with every registry parameter set, and the settings it was made from.
pub fn any_parameters() -> impl Strategy<Value = (Parameters, Vec<(ParamKey, Setting)>)> {
    let settings: Vec<_> = ParamKey::INPUTS
        .iter()
        .map(|&key| setting(key).prop_map(move |s| (key, s)))
        .collect();
    settings.prop_map(|settings| {
        let mut params = Parameters::default();
        for (key, setting) in &settings {
            match setting {
                Setting::Word(word) => {
                    assert!(key.set_word(&mut params, word), "{key:?}: {word}")
                }
                Setting::Number(value) => key
                    .set_checked(&mut params, *value)
                    .unwrap_or_else(|e| panic!("{key:?} = {value}: {e}")),
            }
        }
        (params, settings)
    })
}

/// The largest amount a place's (and a client at home's) figures are computed from: a flow, or the
/// benefit before work, the top-up, the annual minimum wage, the loaded wage cost. f64 faces (the
/// fast path, a spreadsheet) are compared to the engine within 10⁻¹² of it (times clients and the
/// horizon for totals), since transfers that cancel between actors leave the rounding of the large
/// terms in a small result.
pub fn largest_amount(e: &Evaluation) -> f64 {
    let i = &e.inputs;
    e.actors
        .flows
        .iter()
        .chain(&e.baseline.actors.flows)
        .map(|f| f.amount)
        .chain([
            i.benefit_before,
            i.top_up,
            i.annual_minimum_wage,
            i.loaded_wage_cost,
        ])
        .map(|amount| amount.abs().to_f64().unwrap_or(f64::INFINITY))
        .fold(0.0, f64::max)
}
