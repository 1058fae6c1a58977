//! The presentation's rules and edits, and how scenario operations keep it consistent.

use super::*;
use crate::{Model, Scenario};

fn model() -> Model {
    let scenario = |name: &str| Scenario {
        name: name.into(),
        ..Scenario::default()
    };
    Model {
        name: "m".into(),
        scenarios: vec![scenario("A"), scenario("B")],
        presentation: Presentation {
            views: vec![
                PresentationView::of_scenario("A"),
                PresentationView::of_scenario("B"),
                PresentationView::of_scenario("A"),
            ],
        },
        ..Model::default()
    }
}

fn names(model: &Model) -> Vec<&str> {
    model.scenarios.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn a_renamed_scenario_takes_its_views_along() {
    let mut model = model();
    model.rename_scenario(0, "  Anders ").unwrap();
    let shown: Vec<&str> = model
        .presentation
        .views
        .iter()
        .map(|v| v.scenario.as_str())
        .collect();
    assert_eq!(shown, ["Anders", "B", "Anders"]);
    assert!(model.presentation.check(&names(&model)).is_ok());
}

#[test]
fn a_deleted_scenario_takes_its_views_with_it() {
    let mut model = model();
    model.delete_scenario(0).unwrap();
    assert_eq!(model.presentation.views.len(), 1);
    assert_eq!(model.presentation.views[0].scenario, "B");
    assert!(model.presentation.check(&names(&model)).is_ok());
    // The last scenario is refused as before, and its views stay.
    assert!(model.delete_scenario(0).is_err());
    assert_eq!(model.presentation.views.len(), 1);
}

#[test]
fn an_unknown_scenario_is_named_with_its_view() {
    let mut model = model();
    model.presentation.views[1].scenario = "C".into();
    let (view, message) = model.presentation.check(&names(&model)).unwrap_err();
    assert_eq!(view, Some(2));
    assert!(
        message.contains("weergave 2") && message.contains("'C'"),
        "{message}"
    );
}

#[test]
fn counts_and_texts_are_bounded() {
    let mut view = PresentationView::of_scenario("A");
    view.caption = "x".repeat(MAX_CAPTION_CHARS + 1);
    assert!(view.check(1, &["A"]).unwrap_err().contains("hooguit 160"));
    view.caption = "twee\nregels".into();
    assert!(view.check(1, &["A"]).unwrap_err().contains("één regel"));
    view.caption.clear();
    view.plots = vec![
        PlotChoice::WageValueCurve,
        PlotChoice::ActorBars,
        PlotChoice::Waterfall,
    ];
    assert!(view.check(1, &["A"]).unwrap_err().contains("3 grafieken"));
    view.plots = vec![PlotChoice::ActorBars, PlotChoice::ActorBars];
    assert!(view.check(1, &["A"]).unwrap_err().contains("twee keer"));
    let many = Presentation {
        views: vec![view; MAX_VIEWS + 1],
    };
    assert_eq!(many.check(&["A"]).unwrap_err().0, None);
}

#[test]
fn edits_keep_within_the_rules() {
    let mut p = model().presentation;
    // Three sliders by default; three more fit, a seventh does not.
    for key in [ParamKey::Workplace, ParamKey::Clients, ParamKey::Years] {
        assert!(PresentationEdit::ToggleControl(0, key).apply(&mut p));
    }
    assert_eq!(p.views[0].controls.len(), MAX_CONTROLS);
    assert!(!PresentationEdit::ToggleControl(0, ParamKey::Administration).apply(&mut p));
    // A choice has no number to slide.
    assert!(!PresentationEdit::ToggleControl(1, ParamKey::LksRule).apply(&mut p));
    // A second plot fits, a third does not; toggling again takes it out.
    assert!(PresentationEdit::TogglePlot(0, PlotChoice::ActorBars).apply(&mut p));
    assert!(!PresentationEdit::TogglePlot(0, PlotChoice::TradeOff).apply(&mut p));
    assert!(PresentationEdit::TogglePlot(0, PlotChoice::ActorBars).apply(&mut p));
    assert_eq!(p.views[0].plots, [PlotChoice::WageValueCurve]);
    // Titles are one bounded line.
    let long = format!("a\nb{}", "c".repeat(200));
    assert!(PresentationEdit::SetTitle(0, long).apply(&mut p));
    assert_eq!(p.views[0].title.chars().count(), MAX_TITLE_CHARS);
    assert!(p.views[0].title.starts_with("a b"));
    // Moving: the second view to the top, and nothing past the ends.
    assert!(PresentationEdit::MoveUp(1).apply(&mut p));
    assert_eq!(p.views[0].scenario, "B");
    assert!(!PresentationEdit::MoveUp(0).apply(&mut p));
    assert!(!PresentationEdit::MoveDown(2).apply(&mut p));
    assert!(PresentationEdit::Delete(2).apply(&mut p));
    assert!(!PresentationEdit::Delete(2).apply(&mut p));
    assert_eq!(p.views.len(), 2);
}
