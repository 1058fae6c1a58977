//! The sheet as text (a Dutch table like the slides), CSV or JSON.

use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::{ReportError, line_label, pretty_json};
use crate::figures::Figures;
use crate::format::plain_cents;
use crate::i18n::{Lang, Text};
use crate::model::{Actor, Scenario};

#[derive(Serialize)]
struct JsonSheet<'a> {
    scenario: &'a str,
    year: u16,
    lines: Vec<JsonLine>,
    total_cost: String,
    total_benefit: String,
    net: String,
    break_even_wage_value_pct: Option<f64>,
    break_even_municipality_wage_value_pct: Option<f64>,
    actors: Vec<JsonActor>,
    municipality_net: String,
    society_net: String,
    societal_cost_of_staying_home: String,
    /// The same cost discounted like the NPVs (constant prices of the start, real growth).
    societal_cost_of_staying_home_npv: String,
    baseline: JsonBaseline,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<JsonReference<'a>>,
}

/// The situation every figure above is a difference from, per place (client) per year.
#[derive(Serialize)]
struct JsonBaseline {
    label: &'static str,
    per_actor: Vec<JsonBaselineActor>,
    society_net: String,
}

#[derive(Serialize)]
struct JsonBaselineActor {
    actor: &'static str,
    net: String,
}

#[derive(Serialize)]
struct JsonLine {
    side: &'static str,
    key: &'static str,
    label: String,
    amount: String,
}

#[derive(Serialize)]
struct JsonActor {
    actor: &'static str,
    label: &'static str,
    cost: String,
    benefit: String,
    net: String,
    npv: String,
}

#[derive(Serialize)]
struct JsonReference<'a> {
    source: &'a str,
    figures: Vec<JsonReferenceRow>,
}

#[derive(Serialize)]
struct JsonReferenceRow {
    key: String,
    computed: String,
    published: String,
    difference: String,
}

/// A break-even wage value rounded to 4 decimals, as a JSON number.
fn break_even_number(pct: Option<Decimal>) -> Option<f64> {
    pct.and_then(|pct| {
        pct.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
            .to_f64()
    })
}

/// A break-even wage value with 4 decimals for CSV, empty where there is none.
fn break_even_field(pct: Option<Decimal>) -> String {
    pct.map(|p| {
        format!(
            "{:.4}",
            p.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        )
    })
    .unwrap_or_default()
}

/// The sheet as one JSON object.
pub fn json(scenario: &Scenario, figures: &Figures) -> Result<String, ReportError> {
    let lang = Lang::Nl;
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    let sheet = &evaluation.sheet;
    let report = JsonSheet {
        scenario: &scenario.name,
        year: evaluation.inputs.year,
        lines: sheet
            .lines
            .iter()
            .zip(&shown.lines)
            .map(|(l, &amount)| JsonLine {
                side: l.side.key(),
                key: l.key.key(),
                label: line_label(lang, l.side, l.key, evaluation),
                amount: plain_cents(amount),
            })
            .collect(),
        total_cost: plain_cents(shown.total_cost),
        total_benefit: plain_cents(shown.total_benefit),
        net: plain_cents(shown.net),
        break_even_wage_value_pct: break_even_number(evaluation.break_even.wage_value_pct()),
        break_even_municipality_wage_value_pct: break_even_number(
            evaluation.break_even_municipality.wage_value_pct(),
        ),
        actors: Actor::ALL
            .into_iter()
            .map(|a| {
                let row = shown.actors[a];
                JsonActor {
                    actor: a.key(),
                    label: lang.actor(a),
                    cost: plain_cents(row.cost),
                    benefit: plain_cents(row.benefit),
                    net: plain_cents(row.net),
                    npv: plain_cents(row.npv),
                }
            })
            .collect(),
        municipality_net: plain_cents(shown.municipality_net),
        society_net: plain_cents(shown.society_net),
        societal_cost_of_staying_home: plain_cents(evaluation.societal_cost_of_staying_home),
        societal_cost_of_staying_home_npv: plain_cents(
            Decimal::ZERO - shown.staying_home_npv[Actor::RestOfSociety],
        ),
        baseline: JsonBaseline {
            label: lang.tr(Text::BaselineLabel),
            per_actor: Actor::ALL
                .into_iter()
                .map(|a| JsonBaselineActor {
                    actor: a.key(),
                    net: plain_cents(shown.baseline[a]),
                })
                .collect(),
            society_net: plain_cents(shown.baseline_society_net),
        },
        reference: scenario.reference.as_ref().map(|r| JsonReference {
            source: &r.source,
            figures: figures
                .reference
                .iter()
                .map(|row| JsonReferenceRow {
                    computed: plain_cents(row.computed),
                    published: plain_cents(row.published),
                    difference: plain_cents(row.difference()),
                    key: row.key.clone(),
                })
                .collect(),
        }),
    };
    pretty_json(&report)
}

/// The sheet as CSV: `section,key,label,amount,published,difference`.
pub fn csv(figures: &Figures) -> String {
    let lang = Lang::Nl;
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    let sheet = &evaluation.sheet;
    let published = |key: &str| {
        figures
            .published(key)
            .map(|row| (plain_cents(row.published), plain_cents(row.difference())))
            .unwrap_or_default()
    };
    let mut out = String::from("section,key,label,amount,published,difference\n");
    let mut row = |section: &str, key: &str, label: &str, amount: String, reference_key: &str| {
        let (p, d) = published(reference_key);
        let _ = writeln!(out, "{section},{key},{},{amount},{p},{d}", quote(label));
    };
    for l in &sheet.lines {
        let label = line_label(lang, l.side, l.key, evaluation);
        row(
            l.side.key(),
            l.key.key(),
            &label,
            plain_cents(l.amount),
            &l.reference_key(),
        );
    }
    row(
        "total",
        "total_cost",
        lang.tr(Text::Total),
        plain_cents(shown.total_cost),
        "total_cost",
    );
    row(
        "total",
        "total_benefit",
        lang.tr(Text::Total),
        plain_cents(shown.total_benefit),
        "total_benefit",
    );
    row(
        "total",
        "net",
        lang.tr(Text::Net),
        plain_cents(shown.net),
        "net",
    );
    for a in Actor::ALL {
        let r = shown.actors[a];
        for (what, amount) in [("cost", r.cost), ("benefit", r.benefit), ("net", r.net)] {
            row(
                "actor",
                &format!("{}.{what}", a.key()),
                lang.actor(a),
                plain_cents(amount),
                "",
            );
        }
        row("npv", a.key(), lang.actor(a), plain_cents(r.npv), "");
    }
    row(
        "result",
        "break_even_wage_value_pct",
        lang.tr(Text::BreakEven),
        break_even_field(evaluation.break_even.wage_value_pct()),
        "",
    );
    row(
        "result",
        "break_even_municipality_wage_value_pct",
        lang.tr(Text::BreakEvenMunicipality),
        break_even_field(evaluation.break_even_municipality.wage_value_pct()),
        "",
    );
    row(
        "result",
        "societal_cost_of_staying_home",
        lang.tr(Text::StayingHome),
        plain_cents(evaluation.societal_cost_of_staying_home),
        "",
    );
    for a in Actor::ALL {
        row(
            "baseline",
            &format!("{}.net", a.key()),
            lang.actor(a),
            plain_cents(shown.baseline[a]),
            "",
        );
    }
    row(
        "baseline",
        "society_net",
        lang.tr(Text::SocietyTotal),
        plain_cents(shown.baseline_society_net),
        "",
    );
    out
}

fn quote(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

mod text;
pub use text::text;
