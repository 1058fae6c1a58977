//! The lines' description and its booking, by hand.

use super::*;

/// Every transfer has two different ends, and every sheet line of the slides' layout is
/// described by some line: the description covers the sheet.
#[test]
fn the_description_is_consistent() {
    for line in PLACE_LINES.iter().chain(&HOME_LINES) {
        if let Ends::Transfer(from, to) = line.ends {
            assert_ne!(from, to, "{:?}", line.key);
        }
    }
    for &(_, key) in crate::sheet::LAYOUT.iter() {
        assert!(
            PLACE_LINES.iter().any(|l| l.sheet.line() == Some(key)),
            "{key:?}"
        );
    }
}

/// The sheet read from the lines is the 2014 slides' layout: costs LKS, coaching, workplace,
/// adaptation, administration; benefits LKS, coaching, wage value.
#[test]
fn the_sheet_read_from_the_lines_is_the_slides_layout() {
    use crate::sheet::{LAYOUT, Side};
    let slides = [
        (Side::Cost, LineKey::WageSubsidy),
        (Side::Cost, LineKey::Coaching),
        (Side::Cost, LineKey::Workplace),
        (Side::Cost, LineKey::WorkplaceAdaptation),
        (Side::Cost, LineKey::Administration),
        (Side::Benefit, LineKey::WageSubsidy),
        (Side::Benefit, LineKey::Coaching),
        (Side::Benefit, LineKey::WageValue),
    ];
    assert_eq!(LAYOUT.as_slice(), slides.as_slice());
}

/// A signed line books a negative amount the other way, and a zero one not at all; by hand:
/// −30 from the Rijk to BUIG is 30 from BUIG to the Rijk.
#[test]
fn a_signed_line_turns_round() {
    let params = Parameters {
        buig_basis: BuigBasis::Gross,
        ..Parameters::default()
    };
    let tax_only = |value: f64| {
        book(applying(&PLACE_LINES, &params), |term| match term {
            Term::Computed(Computed::BenefitTax) => value,
            _ => 0.0,
        })
        .net
    };
    let net = tax_only(-30.0);
    assert_eq!(net[Buig], -30.0);
    assert_eq!(net[Rijk], 30.0);
    let net = tax_only(30.0);
    assert_eq!(net[Buig], 30.0);
    assert_eq!(net[Rijk], -30.0);
    let mut flows = 0;
    each_flow(
        &PLACE_LINES,
        &params,
        |t| {
            if t == Term::Computed(Computed::BenefitTax) {
                0.0
            } else {
                1.0
            }
        },
        |_, _, _, _| flows += 1,
    );
    // Every line but one coaching deliverer's, and the zero tax not flowing.
    assert_eq!(flows, PLACE_LINES.len() - 2);
}

/// The workbook's formulas book as the engine does: BUIG pays the LKS and receives the benefit
/// that stops; on the gross basis the benefit tax goes either way.
#[test]
fn the_formulas_follow_the_lines() {
    let params = Parameters {
        buig_basis: BuigBasis::Gross,
        ..Parameters::default()
    };
    let (cost, benefit) = formulas(&PLACE_LINES, Buig, &params);
    assert_eq!(cost, "=wage_subsidy+MAX(-benefit_tax,0)");
    assert_eq!(benefit, "=benefit_stopped+MAX(benefit_tax,0)");
    let (cost, benefit) = formulas(&PLACE_LINES, RestOfSociety, &params);
    assert_eq!(
        (cost.as_str(), benefit.as_str()),
        ("=0", "=societal_cost_per_client*working")
    );
}
