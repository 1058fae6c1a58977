//! The sheet as a Dutch (or English) text table, like the slides: the two sides, the published
//! figures, who pays and who benefits, the baseline and the conclusions.

use std::fmt::Write as _;

use super::super::line_label;
use crate::figures::{Figures, Shown};
use crate::format::{money, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, BreakEven, Evaluation, Reference, ReferenceRow, Scenario, Side};

/// Width of a label column in the two-sided table.
const LABEL_WIDTH: usize = 26;
/// Width of an amount column in the two-sided table.
const AMOUNT_WIDTH: usize = 14;

/// The sheet as a Dutch table, like the slides.
pub fn text(scenario: &Scenario, figures: &Figures, lang: Lang) -> String {
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} ({}, {} {})\n",
        lang.tr(Text::SheetTitle),
        scenario.name,
        lang.tr(Text::PerPlacePerYear),
        lang.tr(Text::Year).to_lowercase(),
        evaluation.inputs.year
    );
    let _ = writeln!(out, "{}\n", lang.tr(Text::BaselineStatement));
    sides_table(&mut out, evaluation, shown, lang);
    if let Some(reference) = &scenario.reference {
        reference_table(&mut out, reference, &figures.reference, lang);
    }
    actor_table(&mut out, shown, lang);
    baseline_table(&mut out, shown, lang);
    conclusions(&mut out, evaluation, shown, lang);
    out
}

/// What the baseline costs each actor that it touches, per client per year, and over the horizon
/// at present value.
fn baseline_table(out: &mut String, shown: &Shown, lang: Lang) {
    let _ = writeln!(
        out,
        "{} ({}; {} {})",
        lang.tr(Text::BaselineTitle),
        lang.tr(Text::BaselinePerClientPerYear),
        lang.tr(Text::NpvShort),
        lang.tr(Text::BaselineOverHorizon)
    );
    let npv = &shown.staying_home_npv;
    for a in Actor::ALL {
        if shown.baseline[a].is_zero() {
            continue;
        }
        let _ = writeln!(
            out,
            "  {:<38}{:>14}{:>16}",
            lang.actor(a),
            money(shown.baseline[a], lang),
            money(npv[a], lang)
        );
    }
    let _ = writeln!(
        out,
        "  {:<38}{:>14}{:>16}\n",
        lang.tr(Text::SocietyTotal),
        money(shown.baseline_society_net, lang),
        money(npv.total(), lang)
    );
}

/// Costs left, benefits right, their totals beneath, then the net.
fn sides_table(out: &mut String, evaluation: &Evaluation, shown: &Shown, lang: Lang) {
    let sheet = &evaluation.sheet;
    let side = |side| -> Vec<(String, String)> {
        sheet
            .lines
            .iter()
            .zip(&shown.lines)
            .filter(|(l, _)| l.side == side)
            .map(|(l, &amount)| {
                (
                    line_label(lang, l.side, l.key, evaluation),
                    money(amount, lang),
                )
            })
            .collect()
    };
    let (costs, benefits) = (side(Side::Cost), side(Side::Benefit));
    let cell = |pair: Option<&(String, String)>| match pair {
        Some((label, amount)) => format!("{label:<LABEL_WIDTH$}{amount:>AMOUNT_WIDTH$}"),
        None => " ".repeat(LABEL_WIDTH + AMOUNT_WIDTH),
    };
    let _ = writeln!(
        out,
        "{:<w$}   {}",
        lang.tr(Text::Costs),
        lang.tr(Text::Benefits),
        w = LABEL_WIDTH + AMOUNT_WIDTH
    );
    for i in 0..costs.len().max(benefits.len()) {
        let _ = writeln!(out, "{} │ {}", cell(costs.get(i)), cell(benefits.get(i)));
    }
    let total = |amount| (lang.tr(Text::Total).to_string(), money(amount, lang));
    let _ = writeln!(out, "{}", "─".repeat(2 * (LABEL_WIDTH + AMOUNT_WIDTH) + 3));
    let _ = writeln!(
        out,
        "{} │ {}",
        cell(Some(&total(shown.total_cost))),
        cell(Some(&total(shown.total_benefit)))
    );
    let _ = writeln!(
        out,
        "{:<LABEL_WIDTH$}{:>AMOUNT_WIDTH$}\n",
        lang.tr(Text::Net),
        money(shown.net, lang)
    );
}

/// The published figures beside the computed ones, with the difference.
fn reference_table(out: &mut String, reference: &Reference, compared: &[ReferenceRow], lang: Lang) {
    let _ = writeln!(
        out,
        "{}: {}",
        lang.tr(Text::ReferenceFigures),
        reference.source
    );
    let _ = writeln!(
        out,
        "  {:<30}{:>14}{:>14}{:>14}",
        "",
        lang.tr(Text::Computed),
        lang.tr(Text::Published),
        lang.tr(Text::Difference)
    );
    for row in compared {
        let _ = writeln!(
            out,
            "  {:<30}{:>14}{:>14}{:>14}",
            reference_label(lang, &row.key),
            money(row.computed, lang),
            money(row.published, lang),
            money(row.difference(), lang)
        );
    }
    out.push('\n');
}

/// Who pays and who benefits: one row per actor, then society as a whole.
fn actor_table(out: &mut String, shown: &Shown, lang: Lang) {
    let _ = writeln!(
        out,
        "{} ({})",
        lang.tr(Text::WhoPaysWhoBenefits),
        lang.tr(Text::PerPlacePerYear)
    );
    let _ = writeln!(
        out,
        "  {:<38}{:>14}{:>14}{:>14}{:>16}",
        lang.tr(Text::Actor),
        lang.tr(Text::Costs),
        lang.tr(Text::Benefits),
        lang.tr(Text::Net),
        lang.tr(Text::NpvShort)
    );
    for a in Actor::ALL {
        let r = shown.actors[a];
        let _ = writeln!(
            out,
            "  {:<38}{:>14}{:>14}{:>14}{:>16}",
            lang.actor(a),
            money(r.cost, lang),
            money(r.benefit, lang),
            money(r.net, lang),
            money(r.npv, lang)
        );
    }
    let _ = writeln!(
        out,
        "  {:<38}{:>42}{:>16}",
        lang.tr(Text::SocietyTotal),
        money(shown.society_net, lang),
        money(shown.npv_total, lang)
    );
    // How the NPV column reaches the years after the start (and past the year table).
    let _ = writeln!(out, "  {}", lang.tr(Text::NpvConvention));
    out.push('\n');
}

/// The break-even wage values (BUIG's and the municipality's) and the societal cost of staying home, each with its explanation.
fn conclusions(out: &mut String, evaluation: &Evaluation, shown: &Shown, lang: Lang) {
    let break_even = match evaluation.break_even {
        BreakEven::At(pct) => result_percent(pct, lang),
        BreakEven::SavesAtEveryWageValue => lang.tr(Text::BreakEvenEveryWageValue).to_string(),
        BreakEven::NoWageCost => lang.tr(Text::BreakEvenNoWageCost).to_string(),
        BreakEven::NoBenefitSaved => lang.tr(Text::BreakEvenNoBenefit).to_string(),
    };
    let _ = writeln!(
        out,
        "{}: {break_even}\n  ({}; {} {})",
        lang.tr(Text::BreakEven),
        lang.tr(Text::BreakEvenExplain),
        lang.tr(Text::BenefitSavedPerYear).to_lowercase(),
        money(evaluation.inputs.benefit_saved, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}\n  ({}; {} {})",
        lang.tr(Text::BreakEvenMunicipality),
        lang.municipality_break_even(evaluation.break_even_municipality),
        lang.tr(Text::BreakEvenMunicipalityExplain),
        lang.tr(Text::MunicipalityNet).to_lowercase(),
        money(shown.municipality_net, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}\n  ({})",
        lang.tr(Text::StayingHomeNominal),
        money(evaluation.societal_cost_of_staying_home, lang),
        lang.tr(Text::StayingHomeExplain)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        lang.tr(Text::StayingHomeDiscounted),
        money(
            rust_decimal::Decimal::ZERO - shown.staying_home_npv[Actor::RestOfSociety],
            lang
        )
    );
}

fn reference_label(lang: Lang, key: &str) -> String {
    let line = crate::model::LAYOUT
        .iter()
        .find(|(side, line)| key.split_once('.') == Some((side.key(), line.key())));
    match (line, key) {
        (Some((side, line)), _) => format!(
            "{} ({})",
            lang.line(*line),
            lang.tr(match side {
                Side::Cost => Text::Costs,
                Side::Benefit => Text::Benefits,
            })
            .to_lowercase()
        ),
        (None, "total_cost") => format!(
            "{} {}",
            lang.tr(Text::Total),
            lang.tr(Text::Costs).to_lowercase()
        ),
        (None, "total_benefit") => {
            format!(
                "{} {}",
                lang.tr(Text::Total),
                lang.tr(Text::Benefits).to_lowercase()
            )
        }
        (None, "net") => lang.tr(Text::Net).to_string(),
        _ => key.to_string(),
    }
}
