//! The registry's own checks: every row in place, texts filled, numbers round-trip.

use super::*;
use crate::parameters::{BenefitSaved, LksRule, Placement};
use rust_decimal_macros::dec;

#[test]
fn every_row_sits_at_its_keys_position() {
    for (i, def) in REGISTRY.iter().enumerate() {
        assert_eq!(def.id as usize, i, "{}", def.key);
        assert_eq!(ParamKey::INPUTS[i], def.id);
        // Only the panel's parameters are named by key in files and on the command line.
        let named = def.in_panel.then_some(def.id);
        assert_eq!(ParamKey::from_key(def.key), named, "{}", def.key);
    }
    // The panel's parameters come first, in the panel's order.
    let panel: Vec<ParamKey> = panel().map(|d| d.id).collect();
    assert_eq!(panel, ParamKey::ALL);
    assert_eq!(&ParamKey::INPUTS[..ParamKey::ALL.len()], &ParamKey::ALL[..]);
}

#[test]
fn keys_and_texts_are_unique_and_filled() {
    for (i, a) in REGISTRY.iter().enumerate() {
        for text in [a.label, a.help]
            .into_iter()
            .chain(a.words.iter().map(|w| w.label))
        {
            assert!(!text.nl.is_empty() && !text.en.is_empty(), "{}", a.key);
        }
        for b in &REGISTRY[i + 1..] {
            assert_ne!(a.key, b.key);
            assert_ne!(a.label.nl, b.label.nl);
            assert_ne!(a.label.en, b.label.en);
        }
    }
}

#[test]
fn a_number_read_back_is_the_number_written() {
    // The middle of each range, rounded for whole numbers: written, then read back unchanged.
    for key in ParamKey::INPUTS {
        if key.def().unit == Unit::Choice {
            continue;
        }
        let (low, high) = key.range();
        let mut middle = (low + high) / Decimal::TWO;
        if key.is_whole() {
            middle = middle.floor();
        }
        let mut p = Parameters::default();
        key.set_checked(&mut p, middle).unwrap();
        assert_eq!(key.stored(&p), Some(middle), "{}", key.key());
    }
}

#[test]
fn out_of_range_and_fractions_are_refused_and_change_nothing() {
    let mut p = Parameters::default();
    assert!(
        ParamKey::WageValuePct
            .set_checked(&mut p, dec!(100.01))
            .is_err()
    );
    assert!(ParamKey::Years.set_checked(&mut p, dec!(2.5)).is_err());
    assert!(ParamKey::Year.set_checked(&mut p, dec!(2013)).is_err());
    assert!(ParamKey::LksRule.set_checked(&mut p, dec!(1)).is_err());
    assert_eq!(p, Parameters::default());
}

#[test]
fn set_clamps_and_rounds() {
    let mut p = Parameters::default();
    ParamKey::Years.set(&mut p, dec!(99.7));
    assert_eq!(p.years.get(), 60);
    ParamKey::Clients.set(&mut p, dec!(2.5));
    assert_eq!(p.clients.get(), 3, "half away from zero");
    ParamKey::Coaching.set(&mut p, dec!(-5));
    assert_eq!(p.coaching.get(), Decimal::ZERO);
}

#[test]
fn words_switch_modes() {
    let mut p = Parameters::default();
    ParamKey::LksPct.set(&mut p, dec!(60));
    assert_eq!(ParamKey::LksPct.stored(&p), Some(dec!(60)));
    assert!(ParamKey::LksPct.set_word(&mut p, "AUTO"));
    assert_eq!(ParamKey::LksPct.stored(&p), None);
    assert!(ParamKey::BenefitSaved.set_word(&mut p, "gehuwden"));
    assert_eq!(p.benefit_saved, BenefitSaved::Couple);
    assert!(ParamKey::LksRule.set_word(&mut p, "fully_loaded"));
    assert_eq!(p.lks_rule, LksRule::FullyLoaded);
    assert!(!ParamKey::Coaching.set_word(&mut p, "auto"));
}

#[test]
fn only_figures_are_analysable() {
    let analysable = ParamKey::analysable();
    assert!(!analysable.contains(&ParamKey::Year));
    assert!(!analysable.contains(&ParamKey::LksRule));
    assert!(!analysable.contains(&ParamKey::CoachingDeliveredBy));
    assert!(!analysable.contains(&ParamKey::BuigBasis));
    assert!(analysable.contains(&ParamKey::Month));
    assert_eq!(analysable.len(), ParamKey::ALL.len() - 4);
}

#[test]
fn every_key_round_trips_through_serde_by_its_key() {
    // Every key a file can hold: the panel's parameters.
    for key in ParamKey::ALL {
        let written = ron::to_string(&key).unwrap();
        assert_eq!(written, format!("\"{}\"", key.key()));
        assert_eq!(ron::from_str::<ParamKey>(&written).unwrap(), key);
        let json = serde_json::to_string(&key).unwrap();
        assert_eq!(serde_json::from_str::<ParamKey>(&json).unwrap(), key);
    }
}

#[test]
fn an_unknown_key_is_refused_naming_it_and_the_keys_there_are() {
    let error = ron::from_str::<ParamKey>("\"coachng\"")
        .unwrap_err()
        .to_string();
    assert!(error.contains("onbekende parameter 'coachng'"), "{error}");
    for def in panel() {
        assert!(error.contains(def.key), "{error}");
    }
}

#[test]
fn keys_sort_as_their_texts_so_maps_are_written_as_before() {
    // A scenario's `sources` and `ranges` were maps of key texts: a map of keys must be written
    // in the same order, or every saved file would change.
    for a in ParamKey::ALL {
        for b in ParamKey::ALL {
            assert_eq!(a.cmp(&b), a.key().cmp(b.key()), "{} {}", a.key(), b.key());
        }
    }
    let map: std::collections::BTreeMap<ParamKey, u8> =
        ParamKey::ALL.iter().map(|k| (*k, 0)).collect();
    let written: Vec<&str> = map.keys().map(|k| k.key()).collect();
    let mut sorted = written.clone();
    sorted.sort_unstable();
    assert_eq!(written, sorted);
}

#[test]
fn the_inputs_outside_the_panel_are_offered_nowhere_but_read_and_written() {
    let outside: Vec<ParamKey> = ParamKey::INPUTS
        .into_iter()
        .filter(|k| !ParamKey::ALL.contains(k))
        .collect();
    let mut expected = vec![ParamKey::Placement];
    expected.extend(ParamKey::OVERRIDES);
    assert_eq!(outside, expected);
    for key in outside {
        let def = key.def();
        assert!(!def.in_panel && !def.analysable, "{}", def.key);
        assert!(!ParamKey::analysable().contains(&key));
        assert!(ron::from_str::<ParamKey>(&format!("\"{}\"", def.key)).is_err());
    }
    // The placement is a word; a year-table figure is the scenario's own number or the table's.
    let mut p = Parameters::default();
    assert!(ParamKey::Placement.set_word(&mut p, "stays_home"));
    assert_eq!(p.placement, Placement::StaysHome);
    assert_eq!(ParamKey::MinimumWageMonth.stored(&p), None);
    ParamKey::MinimumWageMonth.set(&mut p, dec!(2000.50));
    assert_eq!(
        p.overrides.minimum_wage_month.map(|m| m.get()),
        Some(dec!(2000.50))
    );
    assert!(ParamKey::MinimumWageMonth.set_word(&mut p, "table"));
    assert_eq!(p.overrides.minimum_wage_month, None);
    assert!(
        ParamKey::EmployerCostRatePct
            .set_checked(&mut p, dec!(101))
            .is_err()
    );
    assert_eq!(
        ParamKey::OVERRIDES.map(ParamKey::key),
        [
            "overrides.minimum_wage_month",
            "overrides.employer_cost_rate_pct",
            "overrides.benefit_single_month",
            "overrides.benefit_couple_month",
        ]
    );
}
