// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The baseline in view (issue 19): every result is a difference from the client staying home on
//! benefit; what that baseline costs is computed, reported and never shown as free.

use kostenbaten::file::builtin;
use kostenbaten::model::{
    Actor, Course, Evaluation, Model, Money, Parameters, Pct, Placement, Pocket, Years,
};
use rust_decimal::{Decimal, MathematicalOps};
use rust_decimal_macros::dec;

fn model(file: &str) -> Model {
    builtin(file).unwrap().unwrap()
}

#[cfg(feature = "cli")]
#[test]
fn the_sheet_json_carries_the_baseline_per_actor() {
    let v = crate::cli_common::json(&["sheet", "assets/models/lks-2018.ron", "--format", "json"]);
    let baseline = &v["baseline"];
    assert_eq!(baseline["label"], "De klant blijft thuis met een uitkering");
    // lks-2018: a single client on the 1-1-2018 norm € 992,12 a month (Stcrt 2017, 68641), net
    // basis: BUIG pays 12 × 992,12 = 11.905,44 a year, the client receives it; the rest of society
    // bears € 5.960 (WIL 2018). Society's net: the benefit is a transfer, so −5.960.
    let net = |actor: &str| {
        baseline["per_actor"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["actor"] == actor)
            .unwrap_or_else(|| panic!("{actor}"))["net"]
            .clone()
    };
    assert_eq!(net("municipality_buig"), "-11905.44");
    assert_eq!(net("worker"), "11905.44");
    assert_eq!(net("municipality_participation"), "0.00");
    assert_eq!(net("national_government"), "0.00");
    assert_eq!(net("employer"), "0.00");
    assert_eq!(net("rest_of_society"), "-5960.00");
    assert_eq!(baseline["society_net"], "-5960.00");
    // The contract fields keep their meaning.
    assert!(v["break_even_wage_value_pct"].is_number());
    assert_eq!(v["societal_cost_of_staying_home"], "5960.00");
    // One year at 2,25 %: 5.960 / 1,0225 = 5.828,85 (5.828,8508…).
    assert_eq!(v["societal_cost_of_staying_home_npv"], "5828.85");
}

#[cfg(feature = "cli")]
#[test]
fn the_sheet_text_says_what_every_figure_is_a_difference_from() {
    let out = crate::cli_common::kostenbaten(&["sheet", "assets/models/lks-2018.ron"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "Alle bedragen zijn het verschil met de basis: de klant blijft thuis met een uitkering."
        ),
        "{text}"
    );
    assert!(
        text.contains("De basis: thuisblijven met een uitkering"),
        "{text}"
    );
}

#[test]
fn a_do_nothing_scenario_is_the_baseline_and_costs_what_staying_home_costs() {
    let varianten = model("varianten-beschut-werk.ron");
    let home = varianten
        .scenario("Geen beschut werk: klanten blijven thuis")
        .unwrap();
    assert_eq!(home.parameters.placement, Placement::StaysHome);
    let e = Evaluation::of(&home.parameters).unwrap();
    assert!(e.is_baseline());
    // Every difference from the baseline is zero …
    assert_eq!(e.actors.municipality_net(), Decimal::ZERO);
    assert_eq!(e.actors.society_net(), Decimal::ZERO);
    // … and what it shows instead is the baseline: the typed benefit € 11.529,96 (960,83 × 12)
    // paid by BUIG, € 5.960 of societal cost per client per year.
    let shown = e.shown_actors();
    assert_eq!(shown.row(Actor::MunicipalityBuig).cost, dec!(11529.96));
    assert_eq!(shown.row(Actor::Worker).benefit, dec!(11529.96));
    assert_eq!(shown.row(Actor::RestOfSociety).cost, dec!(5960));
    assert_eq!(shown.society_net(), dec!(-5960));
    // Over 30 years for 10 clients at 2,25 %, no growth: 10 × 5.960 × Σ 1,0225^−t. The annuity
    // factor by its closed form (1 − 1,0225^−30) / 0,0225, independent of the engine's loop.
    let r = dec!(0.0225);
    let annuity = (Decimal::ONE - Decimal::ONE / (Decimal::ONE + r).powu(30)) / r;
    let society = dec!(59600) * annuity;
    let npv = e.multi_year.staying_home_npv.total();
    assert!((npv + society).abs() < dec!(0.01), "{npv} vs −{society}");
    let municipality = dec!(115299.6) * annuity;
    let npv = e.multi_year.staying_home_npv.municipality();
    assert!(
        (npv + municipality).abs() < dec!(0.01),
        "{npv} vs −{municipality}"
    );
}

#[test]
fn doing_nothing_and_acting_are_drawn_per_pocket_and_their_gap_is_the_npv() {
    // Two clients, three years, 10 % real growth, 4 % discount rate: every year counts.
    let params = Parameters {
        year: kostenbaten::model::Year::new(2018).unwrap(),
        benefit_saved: kostenbaten::model::BenefitSaved::Single,
        clients: kostenbaten::model::Count::new(2).unwrap(),
        years: Years::new(3).unwrap(),
        indexation_pct: Pct::new(dec!(10)).unwrap(),
        discount_rate_pct: Pct::new(dec!(4)).unwrap(),
        societal_cost_per_client: Money::new(dec!(5960)).unwrap(),
        ..Parameters::default()
    };
    let e = Evaluation::of(&params).unwrap();
    let paths = e.multi_year.cost_paths();
    let path = |pocket, course| {
        paths
            .iter()
            .find(|p| p.pocket == pocket && p.course == course)
            .unwrap()
            .cumulative
            .clone()
    };
    // Doing nothing, society: 2 × 5.960 × 1,1^(t−1) / 1,04^t, summed.
    let mut expected = Decimal::ZERO;
    let society = path(Pocket::Society, Course::DoNothing);
    assert_eq!(society.len(), 4);
    assert_eq!(society[0], Decimal::ZERO);
    for t in 1..=3u64 {
        expected += dec!(11920) * dec!(1.1).powu(t - 1) / dec!(1.04).powu(t);
        assert!((society[t as usize] - expected).abs() < dec!(0.000001));
    }
    // The gap between a pocket's two lines at the end is that pocket's NPV.
    let gap = |pocket| {
        let nothing = path(pocket, Course::DoNothing);
        let act = path(pocket, Course::Act);
        nothing[3] - act[3]
    };
    assert!((gap(Pocket::Society) - e.multi_year.npv.total()).abs() < dec!(0.000001));
    assert!((gap(Pocket::Municipality) - e.multi_year.npv.municipality()).abs() < dec!(0.000001));
    // Doing nothing costs the municipality the benefit: 2 × 11.905,44 in year 1 at 4 %.
    let municipality = path(Pocket::Municipality, Course::DoNothing);
    assert!((municipality[1] - dec!(23810.88) / dec!(1.04)).abs() < dec!(0.000001));
}

#[cfg(feature = "cli")]
#[test]
fn the_council_report_states_the_baseline_and_prices_doing_nothing() {
    let text = crate::cli_common::council_report_text(&[
        "assets/models/varianten-beschut-werk.ron",
        "--scenario",
        "Geen beschut werk: klanten blijven thuis",
        "--date",
        "7 december 2026",
    ]);
    assert!(text.contains("niets doen is niet gratis"), "{text}");
    // Per client per year: the benefit € 11.530 (whole euros) and € 5.960.
    assert!(text.contains("€ 11.530"), "{text}");
    assert!(text.contains("€ 5.960"), "{text}");
    // The comparison prices the baseline for every column.
    assert!(text.contains("Thuisblijven kost de gemeente"), "{text}");
    assert!(
        text.contains("Alle bedragen zijn het verschil met de basis"),
        "{text}"
    );
}
