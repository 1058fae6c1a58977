// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rust_decimal_macros::dec;

use super::*;
use crate::file::default_model;
use crate::model::Money;

/// The 2014 slides' scenario as shipped: the model the app opens on.
fn slides() -> Scenario {
    default_model().unwrap().scenarios[0].clone()
}

fn find(rows: &[SourceRow], figure: Figure) -> &SourceRow {
    rows.iter()
        .find(|r| r.figure == figure)
        .unwrap_or_else(|| panic!("no row for {figure:?}"))
}

fn rows_of(scenario: &Scenario, saved: Option<&Parameters>) -> Vec<SourceRow> {
    let evaluation = Evaluation::of(&scenario.parameters).unwrap();
    sources(scenario, saved, &evaluation)
}

#[test]
fn the_slides_coaching_comes_from_the_slides_with_its_source_text() {
    let s = slides();
    let rows = rows_of(&s, Some(&s.parameters));
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
    let rows = rows_of(&s, Some(&s.parameters));
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
    let rows = rows_of(&law, Some(&law.parameters));
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
    edited.parameters.coaching = Money::new(dec!(9000)).unwrap();
    edited.parameters.overrides.minimum_wage_month = Some(Money::new(dec!(1500)).unwrap());
    let rows = rows_of(&edited, Some(&s.parameters));
    let coaching = find(&rows, Figure::Param(ParamKey::Coaching));
    assert_eq!(coaching.origin, SourceOrigin::ChangedByUser);
    assert_eq!(coaching.origin_text(Lang::Nl), "door u gewijzigd");
    assert_eq!(coaching.origin_text(Lang::En), "changed by you");
    let wml = find(&rows, Figure::MinimumWage);
    assert_eq!(wml.value, Some(dec!(1500)));
    assert_eq!(wml.origin, SourceOrigin::ChangedByUser);
    // What was not touched keeps its origin.
    assert!(matches!(
        find(&rows, Figure::Param(ParamKey::Workplace)).origin,
        SourceOrigin::ModelFile { source: Some(_) }
    ));
}

#[test]
fn a_source_text_starting_with_aanname_is_an_assumption() {
    let mut s = slides();
    s.sources.insert(
        "clients".into(),
        "Aanname: één plek, de dia's rekenen per plek".into(),
    );
    let rows = rows_of(&s, Some(&s.parameters));
    let clients = find(&rows, Figure::Param(ParamKey::Clients));
    assert!(clients.assumption);
    assert!(clients.origin_text(Lang::Nl).ends_with("[aanname]"));
    assert!(!find(&rows, Figure::Param(ParamKey::Coaching)).assumption);
}

#[test]
fn the_renderers_print_every_row() {
    let s = slides();
    let rows = rows_of(&s, Some(&s.parameters));
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
