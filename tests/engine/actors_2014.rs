//! Who pays and who gains in the 2014 slides' sheltered place, with coaching as a real resource.
//!
//! Sources: the figures are the slides' (Samen voor de klant, implementatiedag Participatiewet 2014:
//! 40% WML on a fully loaded wage cost of € 22.800, coaching € 8.500, workplace € 10.000) and the
//! societal cost of staying home, € 5.960 per client per year (WIL 2018 after Cedris & SBCM, MKBA
//! beschut werk, nov. 2017). The rule: CPB/PBL, Algemene leidraad voor maatschappelijke
//! kosten-batenanalyse (2013) — effects per actor, transfers cancel, society keeps the real
//! resources; a payment for something someone must deliver is a transfer to the deliverer and a
//! real cost to the deliverer (DOMAIN.md §5).
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::file::builtin;
use kostenbaten::model::{Actor, CoachingDeliverer, Evaluation, Parameters};
use rust_decimal_macros::dec;

fn slides() -> Parameters {
    let model = builtin("beschut-werk-2014.ron")
        .expect("shipped")
        .expect("valid");
    model.scenarios[0].parameters.clone()
}

#[test]
fn society_loses_3420_a_place_a_year_with_the_coach_at_the_employer() {
    let e = Evaluation::of(&slides()).unwrap();
    assert_eq!(
        slides().coaching_delivered_by,
        CoachingDeliverer::Employer,
        "the slides' default"
    );
    // Society: wage value 9.120 − coaching 8.500 − workplace 10.000 + societal cost avoided
    // 5.960 = −3.420 (DOMAIN.md §5).
    assert_eq!(e.actors.society_net(), dec!(-3420));

    let net = |a| e.actors.row(a).net();
    // Employer / SW company: receives LKS 60% × 22.800 = 13.680, the coaching fee 8.500 and the
    // wage value 40% × 22.800 = 9.120; pays the loaded wage cost 22.800, the workplace 10.000 and
    // the coach's time 8.500: 13.680 + 8.500 + 9.120 − 22.800 − 10.000 − 8.500 = −10.000.
    assert_eq!(net(Actor::Employer), dec!(-10000));
    assert_eq!(e.actors.row(Actor::Employer).cost, dec!(41300));
    assert_eq!(e.actors.row(Actor::Employer).benefit, dec!(31300));
    // The participation budget pays the coaching: −8.500.
    assert_eq!(net(Actor::MunicipalityParticipation), dec!(-8500));
    // BUIG pays the LKS and saves nothing (no benefit before): −13.680.
    assert_eq!(net(Actor::MunicipalityBuig), dec!(-13680));
    // Worker: gross WML 2014 1.485,60 × 12 × 1,08 = 19.253,376, in the first bracket (to 19.645,
    // 36,25%): 6.979,3488 before credits, less the general credit 2.103 (phase-out above 19.645)
    // and the labour credit 1,807% × 8.913 + 18,724% × 10.340,376 = 2.097,19 → its maximum 2.097
    // (2014 figures: taxci.nl, adp.nl): wage tax 2.779,3488, net wage 16.474,0272. No benefit
    // before (a "Nug-er"), so the worker gains the net wage.
    assert_eq!(e.inputs.wage_tax, dec!(2779.3488));
    assert_eq!(net(Actor::Worker), dec!(16474.0272));
    // National government: the employer charges 22.800 − 19.253,376 = 3.546,624 plus the wage
    // tax 2.779,3488 = 6.325,9728.
    assert_eq!(net(Actor::NationalGovernment), dec!(6325.9728));
    // Rest of society: the societal cost avoided, 5.960.
    assert_eq!(net(Actor::RestOfSociety), dec!(5960));
    // Sum: −8.500 − 13.680 + 6.325,9728 − 10.000 + 16.474,0272 + 5.960 = −3.420.
}

#[test]
fn a_separate_provider_moves_the_coaching_cost_not_society_net() {
    let mut p = slides();
    p.coaching_delivered_by = CoachingDeliverer::Provider;
    let e = Evaluation::of(&p).unwrap();
    let net = |a| e.actors.row(a).net();
    // The provider coaches at cost and nets zero; the participation budget still pays 8.500.
    assert_eq!(net(Actor::MunicipalityParticipation), dec!(-8500));
    // The employer no longer receives or spends the coaching: 13.680 + 9.120 − 22.800 − 10.000.
    assert_eq!(net(Actor::Employer), dec!(-10000));
    assert_eq!(e.actors.row(Actor::Employer).cost, dec!(32800));
    assert_eq!(e.actors.row(Actor::Employer).benefit, dec!(22800));
    // Whoever delivers, society: 9.120 − 8.500 − 10.000 + 5.960 = −3.420.
    assert_eq!(e.actors.society_net(), dec!(-3420));
}

#[test]
fn the_slides_balance_does_not_change() {
    // The sheet is the place's balance, not society's: 31.300 − 32.180 = −880 as before.
    let e = Evaluation::of(&slides()).unwrap();
    assert_eq!(e.sheet.net(), dec!(-880));
}

#[test]
fn a_national_bonus_moves_money_from_the_state_to_the_participation_budget() {
    // A bonus of € 5.000 per place per year (`--set national_bonus=5000`), paid like the "bonus
    // beschut werk" through the integratie-uitkering Sociaal Domein, onderdeel Participatie
    // (arbeidsdeskundigen.nl, 28-6-2017): the participation budget −8.500 + 5.000 = −3.500, the
    // national government 6.325,9728 − 5.000 = 1.325,9728, BUIG unchanged at −13.680, and society
    // unchanged at −3.420 (a transfer).
    let mut p = slides();
    p.national_bonus = kostenbaten::model::Money::new(dec!(5000)).unwrap();
    let e = Evaluation::of(&p).unwrap();
    let net = |a| e.actors.row(a).net();
    assert_eq!(net(Actor::MunicipalityParticipation), dec!(-3500));
    assert_eq!(net(Actor::NationalGovernment), dec!(1325.9728));
    assert_eq!(net(Actor::MunicipalityBuig), dec!(-13680));
    assert_eq!(net(Actor::Employer), dec!(-10000));
    assert_eq!(e.actors.municipality_net(), dec!(-17180));
    assert_eq!(e.actors.society_net(), dec!(-3420));
}

#[test]
fn without_a_bonus_files_stay_as_they_were() {
    // The default is no bonus, and a model without one writes no `national_bonus` line.
    assert_eq!(slides().national_bonus.get(), dec!(0));
    let model = builtin("beschut-werk-2014.ron")
        .expect("shipped")
        .expect("valid");
    let text = kostenbaten::file::to_ron(&model).unwrap();
    assert!(!text.contains("national_bonus"), "{text}");
}
