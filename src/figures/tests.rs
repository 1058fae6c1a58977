use rust_decimal_macros::dec;

use super::*;
use crate::model::ParamKey;

#[test]
fn the_cache_computes_again_only_when_the_inputs_differ() {
    let mut cache = ParametersCache::default();
    let mut params = Parameters::default();
    let first = Arc::clone(cache.figures(&params));
    assert!(Arc::ptr_eq(&first, cache.figures(&params)));
    assert_eq!(cache.computations(), 1);
    ParamKey::Coaching.set(&mut params, dec!(1234));
    let second = Arc::clone(cache.figures(&params));
    assert_eq!(cache.computations(), 2);
    assert!(!Arc::ptr_eq(&first, &second));
    cache.clear();
    assert!(cache.get().is_none());
}

#[test]
fn a_scenario_s_figures_carry_its_sources_and_bare_parameters_none() {
    let model = crate::file::default_model().expect("built in");
    let scenario = &model.scenarios[0];
    let figures = Figures::of(scenario).expect("computes");
    assert_eq!(figures.sources, sources(scenario, &figures.evaluation));
    assert_eq!(figures.shown, Shown::of(&figures.evaluation));
    assert_eq!(figures.wage_curve().len(), WAGE_CURVE_STEPS as usize + 1);
    let bare = Figures::of_parameters(&scenario.parameters).expect("computes");
    assert!(bare.sources.is_empty() && bare.reference.is_empty());
    assert_eq!(bare.evaluation, figures.evaluation);
}
