#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The window prints the figures layer's shown amounts: a total is the sum of its shown lines, as
//! the CSV, the workbook and the report print it. Before, the sheet rounded the exact total and
//! could show a cent less than its lines add up to.

use kostenbaten::model::{BenefitSaved, LksRule, Money, Parameters};
use rust_decimal_macros::dec;

use crate::common::{app, figure, slides};

#[test]
fn the_sheet_s_totals_are_the_sums_of_its_shown_lines() {
    // Two half-cent costs, coaching € 1,005 and workplace € 2,005, and no wage: by hand the shown
    // lines are 1,01 and 2,01, so the shown cost total is 3,02 (the exact 3,01 rounded would be
    // 3,01); the only benefit is the coaching fee 1,005 → 1,01; the net 1,01 − 3,02 = −2,01.
    let mut model = slides();
    let scenario = &mut model.scenarios[0];
    scenario.parameters = Parameters {
        lks_rule: LksRule::FullyLoaded,
        fully_loaded_wage_cost: Money::new(dec!(0)).unwrap(),
        coaching: Money::new(dec!(1.005)).unwrap(),
        workplace: Money::new(dec!(2.005)).unwrap(),
        benefit_saved: BenefitSaved::NoBenefit,
        societal_cost_per_client: Money::new(dec!(0)).unwrap(),
        ..Parameters::default()
    };
    scenario.reference = None;
    let h = app(model).build();
    figure(&h, "Totaal kosten: € 3,02");
    figure(&h, "Totaal baten: € 1,01");
    figure(&h, "Saldo: −€ 2,01");
}
