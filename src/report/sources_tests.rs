// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rust_decimal_macros::dec;

use super::*;
use crate::file::default_model;
use crate::model::{BenefitSaved, LksRule, Money};

/// The 2014 slides' scenario as shipped: the model the app opens on.
fn slides() -> Scenario {
    default_model().unwrap().scenarios[0].clone()
}

fn find(rows: &[SourceRow], figure: Figure) -> &SourceRow {
    rows.iter()
        .find(|r| r.figure == figure)
        .unwrap_or_else(|| panic!("no row for {figure:?}"))
}

fn rows_of(scenario: &Scenario) -> Vec<SourceRow> {
    let evaluation = Evaluation::of(&scenario.parameters).unwrap();
    sources(scenario, &evaluation)
}

#[test]
fn the_slides_coaching_comes_from_the_slides_with_its_source_text() {
    let s = slides();
    let rows = rows_of(&s);
    let coaching = find(&rows, Figure::Param(ParamKey::Coaching));
    // The slide "Thema doelgroep beschut": begeleiding maximaal € 8.500.
    assert_eq!(coaching.value, Some(dec!(8500)));
    assert_eq!(coaching.value_text(Lang::Nl), "€ 8.500");
    let SourceOrigin::ModelFile {
        source: Some(source),
    } = &coaching.origin
    else {
        panic!("{:?}", coaching.origin);
    };
    assert!(source.starts_with("Samen voor de klant"), "{source}");
    assert!(!coaching.assumption);
    // Every parameter has a row, and the figures the slides leave alone are the defaults.
    assert!(
        ParamKey::ALL
            .iter()
            .all(|&k| rows.iter().any(|r| r.figure == Figure::Param(k)))
    );
    let bonus = find(&rows, Figure::Param(ParamKey::NationalBonus));
    assert_eq!(bonus.origin, SourceOrigin::Default);
    assert_eq!(bonus.origin_text(Lang::Nl), "standaardwaarde");
    // The model sets the year without naming a source.
    assert_eq!(
        find(&rows, Figure::Param(ParamKey::Year)).origin,
        SourceOrigin::ModelFile { source: None }
    );
}

#[test]
fn the_year_tables_figures_carry_their_publication() {
    let s = slides();
    let rows = rows_of(&s);
    // WML 1 January 2014: € 1.485,60 (DOMAIN.md §2, Staatscourant).
    let wml = find(&rows, Figure::MinimumWage);
    assert_eq!(wml.value, Some(dec!(1485.60)));
    assert_eq!(wml.value_text(Lang::Nl), "€ 1.485,60");
    let SourceOrigin::YearTable { year, publication } = &wml.origin else {
        panic!("{:?}", wml.origin);
    };
    assert_eq!(*year, 2014);
    assert!(publication.contains("minimumloon"), "{publication}");
    // The slides' rule takes no employer-cost rate and the client had no benefit: no such rows.
    assert!(rows.iter().all(|r| r.figure != Figure::EmployerCostRate));
    assert!(rows.iter().all(|r| r.figure != Figure::BenefitSingle));

    // Under the law in 2018 for a single client: 23,5 % employer costs (Stcrt 2017, 68248) and the
    // single norm € 992,12 (Stcrt 2017, 68641), each with its row's publication.
    let mut law = s.clone();
    law.parameters.lks_rule = LksRule::Statutory;
    law.parameters.year = crate::model::Year::new(2018).unwrap();
    law.parameters.benefit_saved = BenefitSaved::Single;
    let rows = rows_of(&law);
    let rate = find(&rows, Figure::EmployerCostRate);
    assert_eq!(rate.value, Some(dec!(23.5)));
    assert!(matches!(
        rate.origin,
        SourceOrigin::YearTable { year: 2018, .. }
    ));
    let norm = find(&rows, Figure::BenefitSingle);
    assert_eq!(norm.value, Some(dec!(992.12)));
    assert!(matches!(
        norm.origin,
        SourceOrigin::YearTable { year: 2018, .. }
    ));
    // The benefit saved as the engine uses it: 992,12 × 12 = 11.905,44, with its word.
    let saved = find(&rows, Figure::Param(ParamKey::BenefitSaved));
    assert_eq!(saved.value, Some(dec!(11905.44)));
    assert_eq!(
        saved.value_text(Lang::Nl),
        "€ 11.905,44 (Bijstand alleenstaande)"
    );
}

#[test]
fn a_value_changed_in_the_app_shows_as_changed_by_the_user() {
    let s = slides();
    let mut edited = s.clone();
    edited.set_param(ParamKey::Coaching, dec!(9000), Some(&s));
    let rows = rows_of(&edited);
    let coaching = find(&rows, Figure::Param(ParamKey::Coaching));
    assert!(matches!(
        coaching.origin,
        SourceOrigin::ChangedByUser { was: Some(_) }
    ));
    // The slides' text is history now, never the source of € 9.000.
    let nl = coaching.origin_text(Lang::Nl);
    assert!(
        nl.starts_with("door u gewijzigd (was € 8.500 volgens Samen voor de klant"),
        "{nl}"
    );
    let en = coaching.origin_text(Lang::En);
    assert!(
        en.starts_with("changed by you (was ") && en.contains(" according to Samen voor de klant"),
        "{en}"
    );
    // What was not touched keeps its origin.
    assert!(matches!(
        find(&rows, Figure::Param(ParamKey::Workplace)).origin,
        SourceOrigin::ModelFile { source: Some(_) }
    ));
    let json: serde_json::Value = serde_json::from_str(&json(&edited, &rows).unwrap()).unwrap();
    let row = &json["rows"][ParamKey::Coaching as usize];
    assert_eq!(row["origin"], "changed_by_user");
    assert_eq!(row["source"], serde_json::Value::Null);
    assert_eq!(row["was"]["value"], "8500");
}

#[test]
fn an_override_in_the_file_is_the_models_without_a_source() {
    let mut s = slides();
    s.parameters.overrides.minimum_wage_month = Some(Money::new(dec!(1500)).unwrap());
    let rows = rows_of(&s);
    let wml = find(&rows, Figure::MinimumWage);
    assert_eq!(wml.value, Some(dec!(1500)));
    assert_eq!(wml.origin, SourceOrigin::ModelFile { source: None });
}

#[test]
fn a_saved_change_never_carries_the_old_source_into_the_file() {
    let s = slides();
    let mut edited = s.clone();
    edited.set_param(ParamKey::Coaching, dec!(15600), Some(&s));
    let model = crate::model::Model {
        name: "m".into(),
        scenarios: vec![edited],
        ..Default::default()
    };
    let text = crate::file::to_ron(&model).unwrap();
    let loaded = crate::file::parse_model(text.as_bytes(), std::path::Path::new("m.ron")).unwrap();
    let rows = rows_of(&loaded.scenarios[0]);
    let coaching = find(&rows, Figure::Param(ParamKey::Coaching));
    assert_eq!(coaching.value, Some(dec!(15600)));
    // Read back, the new value has no source: the model's, with none given.
    assert_eq!(coaching.origin, SourceOrigin::ModelFile { source: None });
    assert!(!text.contains("begeleiding maximaal"), "{text}");
}

#[test]
fn a_duplicated_scenario_keeps_every_figures_provenance() {
    let mut model = crate::file::default_model().unwrap();
    let saved = model.scenarios[0].clone();
    model.scenarios[0].set_param(ParamKey::Workplace, dec!(12000), Some(&saved));
    let copy = model.duplicate_scenario(0).unwrap();
    let original = rows_of(&model.scenarios[0]);
    let duplicate = rows_of(&model.scenarios[copy]);
    assert_eq!(original, duplicate);
    // Hours, year and benefit were never touched: not "changed by you" in the copy.
    for key in [
        ParamKey::HoursPerWeek,
        ParamKey::Year,
        ParamKey::BenefitSaved,
    ] {
        let row = find(&duplicate, Figure::Param(key));
        assert!(
            !matches!(row.origin, SourceOrigin::ChangedByUser { .. }),
            "{key:?}: {:?}",
            row.origin
        );
    }
}

#[test]
fn a_source_text_starting_with_aanname_is_an_assumption() {
    let mut s = slides();
    s.sources.insert(
        ParamKey::Clients,
        "Aanname: één plek, de dia's rekenen per plek".into(),
    );
    let rows = rows_of(&s);
    let clients = find(&rows, Figure::Param(ParamKey::Clients));
    assert!(clients.assumption);
    assert!(clients.origin_text(Lang::Nl).ends_with("[aanname]"));
    assert!(!find(&rows, Figure::Param(ParamKey::Coaching)).assumption);
}

#[test]
fn the_renderers_print_every_row() {
    let s = slides();
    let rows = rows_of(&s);
    let text = text(&s, &rows, Lang::Nl);
    assert_eq!(text.lines().count(), rows.len() + 1, "{text}");
    assert!(
        text.contains("€ 8.500  — modelbestand: Samen voor de klant"),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&json(&s, &rows).unwrap()).unwrap();
    let coaching = &json["rows"][ParamKey::Coaching as usize];
    assert_eq!(coaching["key"], "coaching");
    assert_eq!(coaching["value"], "8500");
    assert_eq!(coaching["origin"], "model_file");
}

#[test]
fn the_tax_figures_and_what_is_computed_from_them_are_traced() {
    let mut law = slides();
    law.parameters.lks_rule = LksRule::Statutory;
    law.parameters.year = crate::model::Year::new(2018).unwrap();
    law.parameters.benefit_saved = BenefitSaved::Single;
    let rows = rows_of(&law);
    // 2018: first bracket 36,55 %, general credit 2.265 (consumentenbond.nl; adp.nl).
    let rate = find(&rows, Figure::FirstBracketRate);
    assert_eq!(rate.value, Some(dec!(36.55)));
    assert_eq!(rate.value_text(Lang::Nl), "36,55 %");
    assert!(matches!(
        rate.origin,
        SourceOrigin::YearTable { year: 2018, .. }
    ));
    assert_eq!(find(&rows, Figure::GeneralCredit).value, Some(dec!(2265)));
    assert_eq!(find(&rows, Figure::LabourCredit).value, Some(dec!(3249)));
    // Net wage and wage tax are the engine's, marked computed, and add up to the gross wage.
    let tax = find(&rows, Figure::WageTax).value.unwrap();
    let net = find(&rows, Figure::NetWage).value.unwrap();
    // Gross: 1.578,00 × 12 × 1,08 = 20.450,88 at the 2018 model's 38 of 38 hours.
    assert_eq!(tax + net, dec!(20450.88));
    assert_eq!(find(&rows, Figure::NetWage).origin.key(), "computed");
    // Full time ends the single norm: no top-up.
    assert_eq!(find(&rows, Figure::TopUp).value, Some(Decimal::ZERO));
}

#[test]
fn a_july_start_names_the_july_figures() {
    let mut law = slides();
    law.parameters.lks_rule = LksRule::Statutory;
    law.parameters.year = crate::model::Year::new(2018).unwrap();
    law.parameters.benefit_saved = BenefitSaved::Single;
    law.parameters.month = crate::model::Month::new(7).unwrap();
    let rows = rows_of(&law);
    // 1-7-2018: WML € 1.594,20 (vpt.nl), single norm € 996,56 (baanbrekers.org).
    let wml = find(&rows, Figure::MinimumWage);
    assert_eq!(wml.value, Some(dec!(1594.20)));
    let norm = find(&rows, Figure::BenefitSingle);
    assert_eq!(norm.value, Some(dec!(996.56)));
    let SourceOrigin::YearTable { publication, .. } = &norm.origin else {
        panic!("{:?}", norm.origin);
    };
    assert!(publication.starts_with("per 1 juli"), "{publication}");
    assert!(publication.contains("1-7-2018"), "{publication}");
}
