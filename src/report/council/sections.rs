//! The report's tables, each from the typed rows the other reports use ([`Shown`], the scenario
//! comparison, the Monte Carlo summary, the sources rows), so the PDF prints the same figures as
//! the app and the command line.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::layout::{Align, BODY, Column, Layout, Row, Table};
use crate::figures::Figures;
use crate::format::{money, money_whole, number, param_value, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::analysis::ScenarioSummary;
use crate::model::uncertainty::{Distribution, OutputKey, SimulationResult};
use crate::model::{Actor, BreakEven, LAYOUT, PerActor, Reference, ReferenceRow, Side};
use crate::report::line_label;
use crate::report::plots::font::Weight;
use crate::report::plots::svg::INK;
use crate::report::sources::SourceRow;

fn col(share: f32, align: Align) -> Column {
    Column { share, align }
}

/// Costs on the left, benefits on the right, as the slides draw the sheet; totals and the net.
pub fn sheet(layout: &mut Layout, figures: &Figures, lang: Lang) {
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    let side = |side: Side| -> Vec<(String, String)> {
        evaluation
            .sheet
            .lines
            .iter()
            .zip(&shown.lines)
            .filter(|(l, _)| l.side == side)
            .map(|(l, amount)| {
                (
                    line_label(lang, l.side, l.key, evaluation),
                    money(*amount, lang),
                )
            })
            .collect()
    };
    let (costs, benefits) = (side(Side::Cost), side(Side::Benefit));
    let mut rows: Vec<Row> = (0..costs.len().max(benefits.len()))
        .map(|i| {
            let (cl, ca) = costs.get(i).cloned().unwrap_or_default();
            let (bl, ba) = benefits.get(i).cloned().unwrap_or_default();
            Row::new(vec![cl, ca, bl, ba])
        })
        .collect();
    let total = lang.tr(Text::Total).to_string();
    rows.push(Row::strong(vec![
        total.clone(),
        money(shown.total_cost, lang),
        total,
        money(shown.total_benefit, lang),
    ]));
    rows.push(Row::strong(vec![
        lang.tr(Text::Net).to_string(),
        money(shown.net, lang),
        String::new(),
        String::new(),
    ]));
    let (label, amount) = (col(0.31, Align::Left), col(0.19, Align::Right));
    layout.table(&Table {
        columns: vec![label, amount, label, amount],
        header: vec![
            lang.tr(Text::Costs).into(),
            String::new(),
            lang.tr(Text::Benefits).into(),
            String::new(),
        ],
        rows,
    });
    layout.note(lang.tr(Text::CouncilSheetNote));
    let break_even = match evaluation.break_even {
        BreakEven::At(pct) => result_percent(pct, lang),
        BreakEven::SavesAtEveryWageValue => lang.tr(Text::BreakEvenEveryWageValue).to_string(),
        BreakEven::NoWageCost => lang.tr(Text::BreakEvenNoWageCost).to_string(),
        BreakEven::NoBenefitSaved => lang.tr(Text::BreakEvenNoBenefit).to_string(),
    };
    layout.body(&format!(
        "{}: {break_even} ({}; {} {}).",
        lang.tr(Text::BreakEven),
        lang.tr(Text::BreakEvenExplain),
        lang.tr(Text::BenefitSavedPerYear).to_lowercase(),
        money(evaluation.inputs.benefit_saved, lang)
    ));
    layout.body(&format!(
        "{}: {} ({}; {} {}).",
        lang.tr(Text::BreakEvenMunicipality),
        lang.municipality_break_even(evaluation.break_even_municipality),
        lang.tr(Text::BreakEvenMunicipalityExplain),
        lang.tr(Text::MunicipalityNet).to_lowercase(),
        money(evaluation.actors.municipality_net(), lang)
    ));
    layout.body(&format!(
        "{}: {} ({}).",
        lang.tr(Text::StayingHome),
        money(evaluation.societal_cost_of_staying_home, lang),
        lang.tr(Text::StayingHomeExplain)
    ));
}

/// The published figures the scenario reproduces, beside the computed ones, with the difference:
/// the check a reader can redo with the source in hand.
pub fn reference(
    layout: &mut Layout,
    reference: &Reference,
    compared: &[ReferenceRow],
    lang: Lang,
) {
    // A short table reads best whole: on the next page unless it fits (about 17 pt a row).
    layout.need(50.0 + 17.0 * compared.len() as f32);
    layout.paragraph(
        &format!("{}: {}", lang.tr(Text::ReferenceFigures), reference.source),
        BODY,
        Weight::Bold,
        INK,
    );
    let rows = compared
        .iter()
        .map(|row| {
            Row::new(vec![
                reference_label(&row.key, lang),
                money(row.computed, lang),
                money(row.published, lang),
                money(row.difference(), lang),
            ])
        })
        .collect();
    let amount = col(0.2, Align::Right);
    layout.table(&Table {
        columns: vec![col(0.4, Align::Left), amount, amount, amount],
        header: vec![
            String::new(),
            lang.tr(Text::Computed).into(),
            lang.tr(Text::Published).into(),
            lang.tr(Text::Difference).into(),
        ],
        rows,
    });
}

/// A reference key as a reader says it: `cost.coaching` is "Begeleiding (kosten)".
fn reference_label(key: &str, lang: Lang) -> String {
    let side_name = |side: Side| {
        lang.tr(match side {
            Side::Cost => Text::Costs,
            Side::Benefit => Text::Benefits,
        })
        .to_lowercase()
    };
    let line = LAYOUT
        .iter()
        .find(|(side, line)| key.split_once('.') == Some((side.key(), line.key())));
    match (line, key) {
        (Some((side, line)), _) => format!("{} ({})", lang.line(*line), side_name(*side)),
        (None, "total_cost") => format!("{} {}", lang.tr(Text::Total), side_name(Side::Cost)),
        (None, "total_benefit") => {
            format!("{} {}", lang.tr(Text::Total), side_name(Side::Benefit))
        }
        (None, "net") => lang.tr(Text::Net).to_string(),
        _ => key.to_string(),
    }
}

/// Who pays and who benefits: one row per actor, the municipality together, society.
pub fn actors(layout: &mut Layout, figures: &Figures, lang: Lang) {
    let shown = &figures.shown;
    let figures = |cost: Decimal, benefit: Decimal, net: Decimal, npv: Decimal| {
        [cost, benefit, net, npv].map(|v| money(v, lang))
    };
    let mut rows: Vec<Row> = Actor::ALL
        .into_iter()
        .map(|a| {
            let r = shown.actors[a];
            let mut cells = vec![lang.actor(a).to_string()];
            cells.extend(figures(r.cost, r.benefit, r.net, r.npv));
            Row::new(cells)
        })
        .collect();
    let sum = |actors: &[Actor]| {
        actors.iter().fold([Decimal::ZERO; 4], |acc, a| {
            let r = shown.actors[*a];
            [
                acc[0] + r.cost,
                acc[1] + r.benefit,
                acc[2] + r.net,
                acc[3] + r.npv,
            ]
        })
    };
    for (text, group) in [
        (
            Text::MunicipalityTotal,
            &[Actor::MunicipalityParticipation, Actor::MunicipalityBuig][..],
        ),
        (Text::SocietyTotal, &Actor::ALL[..]),
    ] {
        let [c, b, n, v] = sum(group);
        let mut cells = vec![lang.tr(text).to_string()];
        cells.extend(figures(c, b, n, v));
        rows.push(Row::strong(cells));
    }
    let amount = col(0.15, Align::Right);
    layout.table(&Table {
        columns: vec![
            col(0.34, Align::Left),
            amount,
            amount,
            amount,
            col(0.21, Align::Right),
        ],
        header: vec![
            lang.tr(Text::Actor).into(),
            lang.tr(Text::Costs).into(),
            lang.tr(Text::Benefits).into(),
            lang.tr(Text::Net).into(),
            lang.tr(Text::NpvShort).into(),
        ],
        rows,
    });
    layout.note(lang.tr(Text::BaselineStatement));
    layout.note(lang.tr(Text::NpvConvention));
}

/// Every scenario side by side, at most four to a table.
pub fn comparison(layout: &mut Layout, summaries: &[ScenarioSummary], lang: Lang) {
    let per_year = lang.tr(Text::PerPlacePerYear);
    for chunk in summaries.chunks(4) {
        let mut rows = vec![
            (
                Text::Costs,
                chunk.iter().map(|s| s.total_cost).collect::<Vec<_>>(),
            ),
            (
                Text::Benefits,
                chunk.iter().map(|s| s.total_benefit).collect(),
            ),
            (Text::Net, chunk.iter().map(|s| s.net).collect()),
        ]
        .into_iter()
        .map(|(text, values)| {
            let mut cells = vec![format!("{} ({per_year})", lang.tr(text))];
            cells.extend(values.into_iter().map(|v| money(v, lang)));
            Row::new(cells)
        })
        .collect::<Vec<_>>();
        for a in Actor::ALL {
            let mut cells = vec![format!("{}: {}", lang.tr(Text::NpvShort), lang.actor(a))];
            cells.extend(chunk.iter().map(|s| money(s.npv[a], lang)));
            rows.push(Row::new(cells));
        }
        let mut total = vec![lang.tr(Text::CompareNpvSociety).to_string()];
        total.extend(chunk.iter().map(|s| money(s.npv.total(), lang)));
        rows.push(Row::strong(total));
        // The baseline every column is measured from, so "doing nothing" never reads as free.
        for (text, pick) in [
            (
                Text::BaselineCostMunicipality,
                PerActor::municipality as fn(&PerActor<Decimal>) -> Decimal,
            ),
            (Text::BaselineCostSociety, PerActor::total),
        ] {
            let mut cells = vec![format!(
                "{} ({})",
                lang.tr(text),
                lang.tr(Text::BaselineOverHorizon)
            )];
            cells.extend(
                chunk
                    .iter()
                    .map(|s| money(Decimal::ZERO - pick(&s.staying_home_npv), lang)),
            );
            rows.push(Row::new(cells));
        }
        let share = 0.64 / chunk.len() as f32;
        let mut columns = vec![col(0.36, Align::Left)];
        columns.extend(chunk.iter().map(|_| col(share, Align::Right)));
        let mut header = vec![lang.tr(Text::Scenario).to_string()];
        header.extend(chunk.iter().map(|s| s.name.clone()));
        layout.table(&Table {
            columns,
            header,
            rows,
        });
    }
    layout.note(lang.tr(Text::NpvConvention));
}

/// The ranges the model gives, and what the Monte Carlo found for the municipality and society.
pub fn uncertainty(
    layout: &mut Layout,
    ranges: &[(crate::model::ParamKey, Distribution)],
    result: &SimulationResult,
    lang: Lang,
) {
    let rows = ranges
        .iter()
        .map(|(key, d)| {
            let v = |x| param_value(*key, x, lang);
            let range = match *d {
                Distribution::Triangular { min, mode, max }
                | Distribution::Pert { min, mode, max } => {
                    format!("{} – {} – {}", v(min), v(mode), v(max))
                }
                Distribution::Normal { mean, sd } => format!("{} ± {}", v(mean), v(sd)),
                Distribution::Uniform { min, max } => format!("{} – {}", v(min), v(max)),
            };
            let kind = match d {
                Distribution::Triangular { .. } => Text::DistTriangular,
                Distribution::Pert { .. } => Text::DistPert,
                Distribution::Normal { .. } => Text::DistNormal,
                Distribution::Uniform { .. } => Text::DistUniform,
            };
            Row::new(vec![
                lang.pick(key.def().label).to_string(),
                lang.tr(kind).to_string(),
                range,
            ])
        })
        .collect();
    layout.table(&Table {
        columns: vec![
            col(0.42, Align::Left),
            col(0.16, Align::Left),
            col(0.42, Align::Right),
        ],
        header: vec![
            lang.tr(Text::CouncilVaried).into(),
            lang.tr(Text::RangeKind).into(),
            lang.tr(Text::CouncilRange).into(),
        ],
        rows,
    });
    let euros = |v: f64| money_whole(Decimal::from_f64(v).unwrap_or_default(), lang);
    let outputs = [
        (OutputKey::MunicipalityNet, Text::McNetMunicipality, true),
        (OutputKey::SocietyNet, Text::McNetSociety, true),
        (OutputKey::MunicipalityNpv, Text::McNpvMunicipality, false),
        (OutputKey::Npv, Text::McNpvSociety, false),
    ];
    let rows = outputs
        .iter()
        .filter_map(|(key, text, year1)| {
            let s = result.summary(*key)?;
            let note = if *year1 {
                Text::McYear1
            } else {
                Text::McAllClients
            };
            let chance = Decimal::from_f64(s.p_positive * 100.0).unwrap_or_default();
            Some(Row::new(vec![
                format!("{} ({})", lang.tr(*text), lang.tr(note)),
                euros(s.mean),
                euros(s.percentiles.p5),
                euros(s.percentiles.p50),
                euros(s.percentiles.p95),
                format!("{} %", number(chance, 1, lang)),
            ]))
        })
        .collect();
    let amount = col(0.14, Align::Right);
    layout.table(&Table {
        columns: vec![
            col(0.34, Align::Left),
            amount,
            amount,
            amount,
            amount,
            col(0.10, Align::Right),
        ],
        header: vec![
            lang.tr(Text::McOutput).into(),
            lang.tr(Text::McMean).into(),
            "P5".into(),
            "P50".into(),
            "P95".into(),
            lang.tr(Text::McPositive).into(),
        ],
        rows,
    });
    layout.note(&format!(
        "{} {}, {} {}.",
        number(Decimal::from(result.samples), 0, lang),
        lang.tr(Text::McSamples).to_lowercase(),
        lang.tr(Text::McSeed).to_lowercase(),
        result.seed
    ));
}

/// Every figure with its value and where it comes from.
pub fn sources(layout: &mut Layout, rows: &[SourceRow], lang: Lang) {
    layout.body(lang.tr(Text::CouncilAssumptionsIntro));
    let rows = rows
        .iter()
        .map(|r| {
            Row::new(vec![
                r.figure.label(lang).to_string(),
                r.value_text(lang),
                r.origin_text(lang),
            ])
        })
        .collect();
    layout.table(&Table {
        columns: vec![
            col(0.30, Align::Left),
            col(0.20, Align::Left),
            col(0.50, Align::Left),
        ],
        header: vec![
            lang.tr(Text::SourcesFigure).into(),
            lang.tr(Text::SourcesValue).into(),
            lang.tr(Text::SourcesOrigin).into(),
        ],
        rows,
    });
}
