#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Layout that fits the rooms the app is used in (issue 19, section 5): every tab and presenter
//! mode at a projector's 1280×720 and a screen's 1920×1080, as image snapshots (look at them under
//! tests/snapshots/layout_*.png) and as checks that what must be read lies on the screen: the
//! Onzekerheid table's last column, its drivers chart, the third scenario of the comparison, a
//! parameters panel of one width whatever the model, and a one-year model's lock-in said in words.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::SnapshotOptions;
use egui_kittest::kittest::Queryable;
use kostenbaten::app::{Command, KostenbatenApp, View};
use kostenbaten::i18n::{Lang, Text};
use kostenbaten::model::Model;

use crate::common::{app, builtin_model, settle_analyses, settle_simulation, walk};

/// A projector.
const SMALL: egui::Vec2 = egui::vec2(1280.0, 720.0);
/// A full-HD screen.
const LARGE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// The model a tab is shown with: one that fills it (three scenarios to compare, ranges for the
/// Monte Carlo, a P-budget plan).
fn model_for(view: View) -> Model {
    match view {
        View::Uncertainty => builtin_model("mc-peer.ron"),
        View::Budget => builtin_model("wil-p-budget-2018.ron"),
        _ => builtin_model("varianten-beschut-werk.ron"),
    }
}

/// The app at `size` on `view`, light, settled.
fn tab(view: View, size: egui::Vec2) -> Harness<'static, KostenbatenApp> {
    let mut h = app(model_for(view)).size(size).light().build();
    h.state_mut().queue(Command::ShowView(view));
    h.run();
    match view {
        View::Analysis => settle_analyses(&mut h),
        View::Uncertainty => settle_simulation(&mut h),
        _ => {
            h.run();
        }
    }
    h
}

fn options() -> SnapshotOptions {
    // Small per-pixel tolerance for rasteriser differences; a moved widget still fails.
    SnapshotOptions::new().threshold(0.6).max_failed_pixels(20)
}

fn name(view: View) -> &'static str {
    match view {
        View::Sheet => "sheet",
        View::Analysis => "analysis",
        View::Uncertainty => "uncertainty",
        View::Budget => "budget",
        View::Sources => "sources",
    }
}

fn snapshot_tab(view: View, size: egui::Vec2) {
    let mut h = tab(view, size);
    h.snapshot_options(
        format!("layout_{}_{}", name(view), size.y as u32),
        &options(),
    );
}

/// `rect` lies on a screen of `size` (half a point of rounding allowed).
#[track_caller]
fn on_screen(what: &str, rect: egui::Rect, size: egui::Vec2) {
    assert!(
        rect.left() >= -0.5
            && rect.top() >= -0.5
            && rect.right() <= size.x + 0.5
            && rect.bottom() <= size.y + 0.5,
        "{what} at {rect:?} lies (partly) off a {}×{} screen",
        size.x,
        size.y
    );
}

#[test]
fn sheet_at_720() {
    snapshot_tab(View::Sheet, SMALL);
}

#[test]
fn sheet_at_1080() {
    snapshot_tab(View::Sheet, LARGE);
}

#[test]
fn analysis_at_720() {
    snapshot_tab(View::Analysis, SMALL);
}

#[test]
fn analysis_at_1080() {
    snapshot_tab(View::Analysis, LARGE);
}

#[test]
fn uncertainty_at_720() {
    snapshot_tab(View::Uncertainty, SMALL);
}

#[test]
fn uncertainty_at_1080() {
    snapshot_tab(View::Uncertainty, LARGE);
}

#[test]
fn budget_at_720() {
    snapshot_tab(View::Budget, SMALL);
}

#[test]
fn budget_at_1080() {
    snapshot_tab(View::Budget, LARGE);
}

#[test]
fn sources_at_720() {
    snapshot_tab(View::Sources, SMALL);
}

#[test]
fn sources_at_1080() {
    snapshot_tab(View::Sources, LARGE);
}

/// Presenter mode on the walk's first view (sliders, figures, party bars and a plot) and its last
/// (the horizon and the waterfall), at `size`.
fn snapshot_presenter(size: egui::Vec2) {
    let mut h = app(walk()).size(size).light().build();
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    let height = size.y as u32;
    h.snapshot_options(format!("layout_presenter_first_{height}"), &options());
    for _ in 0..4 {
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    h.get_by_label("5 / 5");
    h.snapshot_options(format!("layout_presenter_last_{height}"), &options());
}

#[test]
fn presenter_at_720() {
    snapshot_presenter(SMALL);
}

#[test]
fn presenter_at_1080() {
    snapshot_presenter(LARGE);
}

/// At 1280×720 the Onzekerheid table's last column (the chance of a positive result) and the
/// drivers chart (its heading and the link under it) lie on the screen once scrolled to, not past
/// its right edge.
#[test]
fn the_uncertainty_table_and_drivers_fit_a_projector() {
    let mut h = tab(View::Uncertainty, SMALL);
    let column = format!(" {}: ", Lang::Nl.tr(Text::McPositive));
    let last = h
        .query_all(
            egui_kittest::kittest::by()
                .predicate(|node| node.label().is_some_and(|l| l.contains(column.as_str()))),
        )
        .map(|node| node.rect())
        .collect::<Vec<_>>();
    // One row per output the model's Monte Carlo gives (mc-peer: all ten).
    assert_eq!(last.len(), 10, "{last:?}");
    for rect in last {
        on_screen("the table's last column", rect, SMALL);
    }
    for text in [Text::McDrivers, Text::McSeeTornado] {
        let label = Lang::Nl.tr(text);
        h.get_by_label(label).scroll_to_me();
        h.run();
        on_screen(label, h.get_by_label(label).rect(), SMALL);
    }
}

/// At 1280×720 all three scenarios of the comparison are on the screen once scrolled to.
#[test]
fn the_comparison_of_three_scenarios_fits_a_projector() {
    let mut h = tab(View::Analysis, SMALL);
    let model = model_for(View::Analysis);
    assert_eq!(model.scenarios.len(), 3);
    let third = model.scenarios[2].name.clone();
    // The name heads its column in the comparison (and stands in the pickers above it): the
    // comparison's heading is the last one on the screen.
    let heading = h
        .query_all_by_label(&third)
        .last()
        .expect("the third scenario heads a column");
    heading.scroll_to_me();
    h.run();
    let rect = h.query_all_by_label(&third).last().unwrap().rect();
    on_screen("the third scenario's column", rect, SMALL);
    h.snapshot_options("layout_analysis_compare_720", &options());
}

/// Where the sheet's heading starts: right of the parameters panel (below the top bar, where the
/// tab of the same name stands).
fn sheet_left(h: &Harness<'static, KostenbatenApp>) -> f32 {
    h.query_all_by_label(Lang::Nl.tr(Text::SheetTitle))
        .map(|n| n.rect())
        .filter(|r| r.top() > 60.0)
        .map(|r| r.left())
        .fold(f32::NAN, f32::min)
}

/// The parameters panel has one width whatever the model and whatever it shows: the sheet's
/// heading beside it starts at the same place for a one-scenario model, a three-scenario model, a
/// model with a plan, a model with ranges, and with a range editor open in the panel.
#[test]
fn the_parameters_panel_has_one_width_for_every_model() {
    let mut lefts: Vec<f32> = [
        "beschut-werk-2014.ron",
        "varianten-beschut-werk.ron",
        "lks-2018.ron",
        "wil-p-budget-2018.ron",
        "mc-peer.ron",
    ]
    .into_iter()
    .map(|file| sheet_left(&app(builtin_model(file)).build()))
    .collect();
    let mut h = app(builtin_model("wil-p-budget-2018.ron")).build();
    h.get_by_label("Bandbreedte: Begeleiding").click();
    h.run();
    h.run();
    lefts.push(sheet_left(&h));
    assert!(lefts[0].is_finite(), "{lefts:?}");
    for left in &lefts {
        assert!((left - lefts[0]).abs() < 0.5, "{lefts:?}");
    }
}

/// The lks-2018 model covers one year: the plots over the years (the horizon and lock-in in
/// Analyse, staying home against acting on the sheet) say so in words instead of drawing one dot
/// on a year axis from −4000 to 4000.
#[test]
fn a_one_year_model_says_its_plots_need_years() {
    let model = builtin_model("lks-2018.ron");
    assert_eq!(model.scenarios[0].parameters.years.get(), 1);
    let note = Lang::Nl.tr(Text::NeedsYears);
    // Tall enough that the sheet's plots are all in the window.
    let mut h = app(model).size(egui::vec2(1280.0, 1400.0)).light().build();
    assert_eq!(
        h.query_all_by_label(note).count(),
        1,
        "the sheet's horizon plot"
    );
    h.state_mut().queue(Command::ShowView(View::Analysis));
    h.run();
    settle_analyses(&mut h);
    // The horizon, lock-in and the comparison's line plot.
    assert_eq!(h.query_all_by_label(note).count(), 3);
    h.snapshot_options("layout_one_year_analysis", &options());
    // A model of thirty years draws them.
    let mut h = app(builtin_model("varianten-beschut-werk.ron")).build();
    h.state_mut().queue(Command::ShowView(View::Analysis));
    h.run();
    settle_analyses(&mut h);
    assert_eq!(h.query_all_by_label(note).count(), 0);
}

/// A view with six sliders, two of them with long names that wrap beside their values, does not
/// fit a projector: the editor says how many do, before the presenter finds out. (The column has
/// 720 − 96 − 30 = 594 points; a slider takes 98, one whose name wraps 124: 124 + 124 + 3 × 98 =
/// 542 fit, a sixth does not — worked out in `fit.rs`'s own test.)
#[test]
fn the_editor_warns_before_a_view_cannot_fit() {
    use kostenbaten::model::ParamKey;
    use kostenbaten::model::presentation::Control;
    let mut model = walk();
    model.presentation.views[0].controls = [
        ParamKey::SocietalCostPerClient,
        ParamKey::FullyLoadedWageCost,
        ParamKey::WageValuePct,
        ParamKey::Coaching,
        ParamKey::Workplace,
        ParamKey::LksCapPct,
    ]
    .into_iter()
    .map(Control)
    .collect();
    let title = format!("1. {}", model.presentation.views[0].title);
    let mut h = app(model).build();
    h.state_mut().queue(Command::TogglePresentationEditor);
    h.run();
    h.get_by_label(&title).click();
    h.run();
    let warning = format!("{} 5.", Lang::Nl.tr(Text::FitControls));
    h.get_by_label(&warning).scroll_to_me();
    h.run();
    h.snapshot_options("layout_editor_warning", &options());
    assert!(h.query_by_label(Lang::Nl.tr(Text::FitOk)).is_none());
    // The walk's second view (one slider, two figures, the bars, one plot) fits.
    h.get_by_label("2. Wie betaalt, wie profiteert")
        .scroll_to_me();
    h.run();
    h.get_by_label("2. Wie betaalt, wie profiteert").click();
    h.run();
    h.get_by_label(Lang::Nl.tr(Text::FitOk));
    assert!(h.query_by_label(&warning).is_none());
}

/// Presenter mode's type grows with the screen: the municipality's large figure is 1,5 times as
/// tall at 1920×1080 as at 1280×720 (1080 / 720), and the keys are not shown to the audience.
#[test]
fn presenter_type_scales_with_the_screen() {
    let height = |size: egui::Vec2| {
        let mut h = app(walk()).size(size).build();
        h.key_press(egui::Key::F5);
        h.run();
        let rect = h
            .query_all(egui_kittest::kittest::by().predicate(|node| {
                node.label()
                    .is_some_and(|l| l.starts_with("Saldo gemeente: "))
            }))
            .next()
            .expect("the municipality's figure")
            .rect();
        rect.height()
    };
    let (small, large) = (height(SMALL), height(LARGE));
    let ratio = large / small;
    assert!((1.4..=1.6).contains(&ratio), "{small} → {large}");
}

/// A slider's name does not run into its value in presenter mode: with the longest names
/// ("Maatschappelijke kosten per klant", "Volledig belaste loonsom") the name ends left of where
/// its value starts, at 1280×720 (a column of 384 points).
#[test]
fn a_slider_name_stays_clear_of_its_value() {
    use egui::accesskit::Role;
    use kostenbaten::model::ParamKey;
    use kostenbaten::model::presentation::Control;
    let mut model = walk();
    model.presentation.views[0].controls = vec![
        Control(ParamKey::SocietalCostPerClient),
        Control(ParamKey::FullyLoadedWageCost),
    ];
    let mut h = app(model).size(SMALL).build();
    h.key_press(egui::Key::F5);
    h.run();
    for (name, value) in [
        ("Maatschappelijke kosten per klant", "€ 5.960"),
        ("Volledig belaste loonsom", "€ 22.800"),
    ] {
        let name = h.get_by_role_and_label(Role::Label, name).rect();
        let value = h.get_by_role_and_label(Role::Label, value).rect();
        assert!(
            name.right() <= value.left() || name.bottom() <= value.top(),
            "{name:?} runs into {value:?}"
        );
        on_screen("a slider's value", value, SMALL);
    }
}

/// Nothing a screen reader can find on any tab (figures, table cells, labels, links) stands past the
/// window's right edge, at 1280×720 and at 1920×1080; below the bottom is fine, the tabs scroll
/// down. (Plots have no node of their own: that they fit is what the snapshots show.)
#[test]
fn nothing_stands_past_the_right_edge() {
    use egui::accesskit::Role;
    for size in [SMALL, LARGE] {
        for view in View::ALL {
            let h = tab(view, size);
            let past: Vec<String> =
                h.query_all(egui_kittest::kittest::by().predicate(|node| {
                    node.role() != Role::Splitter && node.role() != Role::Window
                }))
                .filter(|node| {
                    // Nodes without a box of their own (the tree's root) stand nowhere.
                    let inner = egui_kittest::kittest::NodeT::accesskit_node(node);
                    inner.bounding_box().is_some() && {
                        let rect = node.rect();
                        rect.is_positive() && rect.right() > size.x + 0.5 && rect.top() < size.y
                    }
                })
                .map(|node| {
                    let inner = egui_kittest::kittest::NodeT::accesskit_node(&node);
                    format!("{:?} {:?} {:?}", inner.role(), inner.label(), node.rect())
                })
                .collect();
            assert!(past.is_empty(), "{view:?} at {size:?}: {past:#?}");
        }
    }
}

/// Six sliders, two with long names, do not fit a projector's column (the editor warns); presenter
/// mode still lets the presenter reach the sixth: scrolled to, it lies on the screen.
#[test]
fn a_sixth_slider_is_reached_not_cut_off() {
    use egui::accesskit::Role;
    use kostenbaten::model::ParamKey;
    use kostenbaten::model::presentation::Control;
    let mut model = walk();
    model.presentation.views[0].controls = [
        ParamKey::SocietalCostPerClient,
        ParamKey::FullyLoadedWageCost,
        ParamKey::WageValuePct,
        ParamKey::Coaching,
        ParamKey::Workplace,
        ParamKey::LksCapPct,
    ]
    .into_iter()
    .map(Control)
    .collect();
    let mut h = app(model).size(SMALL).build();
    h.key_press(egui::Key::F5);
    h.run();
    h.get_by_role_and_label(Role::Slider, "Maximum LKS")
        .scroll_to_me();
    h.run();
    let slider = h.get_by_role_and_label(Role::Slider, "Maximum LKS").rect();
    on_screen("the sixth slider", slider, SMALL);
    // Above the strip along the bottom (30 points).
    assert!(slider.bottom() <= SMALL.y - 30.0, "{slider:?}");
}
