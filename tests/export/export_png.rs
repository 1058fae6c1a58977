//! Plots as PNG: the requested size (scale × the plot's base size) and a real picture, not a
//! blank canvas.
// Test code: a failed step stops the test with its message.
// Needs the plots (feature `export`): `cargo test --no-default-features` leaves it out.
#![cfg(feature = "export")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;

use kostenbaten::i18n::Lang;
use kostenbaten::report::plots::{PlotError, PlotName, plot_png, plot_svg};

use crate::model;

/// Decode `png`, check its size, and count its distinct colours and non-white pixels.
fn check(png: &[u8], plot: PlotName, scale: f32) {
    let image = image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .expect("a PNG")
        .to_rgba8();
    let (w, h) = plot.base_size();
    assert_eq!(
        (image.width(), image.height()),
        (
            (w as f32 * scale).round() as u32,
            (h as f32 * scale).round() as u32
        ),
        "{plot:?} at {scale}"
    );
    let colours: HashSet<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    assert!(
        colours.len() > 50,
        "{plot:?}: only {} colours",
        colours.len()
    );
    let ink = image
        .pixels()
        .filter(|p| p.0 != [255, 255, 255, 255])
        .count();
    let share = ink as f64 / f64::from(image.width() * image.height());
    assert!(share > 0.03, "{plot:?}: {share:.3} of the pixels drawn");
}

#[test]
fn every_sheet_plot_has_the_size_asked_for_and_is_drawn() {
    let model = model("beschut-werk-2014.ron");
    for plot in [PlotName::WageValue, PlotName::Years, PlotName::Actors] {
        for scale in [1.0, 2.0] {
            let png = plot_png(&model, "", plot, Lang::Nl, scale).expect("png");
            check(&png, plot, scale);
        }
    }
}

#[test]
fn the_uncertainty_plot_needs_ranges() {
    let png = plot_png(
        &model("mc-peer.ron"),
        "",
        PlotName::Uncertainty,
        Lang::Nl,
        2.0,
    )
    .expect("mc-peer has ranges");
    check(&png, PlotName::Uncertainty, 2.0);
    let err = plot_png(
        &model("beschut-werk-2014.ron"),
        "",
        PlotName::Uncertainty,
        Lang::Nl,
        2.0,
    )
    .expect_err("no ranges");
    assert!(matches!(err, PlotError::NoRanges(_)), "{err}");
}

#[test]
fn plots_speak_dutch_numbers_in_the_shipped_font() {
    let svg = plot_svg(
        &model("beschut-werk-2014.ron"),
        "",
        PlotName::WageValue,
        Lang::Nl,
    )
    .expect("svg");
    assert!(svg.contains("font-family=\"Liberation Sans\""));
    // The axis runs to −€ 30.000 for the municipality's −22.180 at 40 % (steps of € 10.000).
    assert!(svg.contains("\u{2212}€ 30.000"), "{svg}");
    assert!(svg.contains("40 %"));
    assert!(svg.contains("Huidige loonwaarde 40 %"));
}

#[test]
fn a_bad_scale_or_a_missing_plot_is_refused_in_one_line() {
    let model = model("beschut-werk-2014.ron");
    let err = plot_png(&model, "", PlotName::Actors, Lang::Nl, 0.0).expect_err("zero scale");
    assert!(matches!(err, PlotError::Scale(_)), "{err}");
    let err = plot_png(&model, "", PlotName::Waterfall, Lang::Nl, 2.0).expect_err("no waterfall");
    assert!(err.to_string().contains("waterval"), "{err}");
}

const VARIANTS: &str = "varianten-beschut-werk.ron";

#[test]
fn the_waterfall_of_the_variants_has_the_size_asked_for_and_is_drawn() {
    let model = model(VARIANTS);
    for (scenario, scale) in [
        ("", 1.0),
        ("", 2.0),
        ("Geen beschut werk: klanten blijven thuis", 2.0),
    ] {
        let png = plot_png(&model, scenario, PlotName::Waterfall, Lang::Nl, scale).expect("png");
        check(&png, PlotName::Waterfall, scale);
    }
}

#[test]
fn the_waterfall_explains_the_wage_value_in_dutch_amounts() {
    // From the first variant (40 %) to the second (50 %) only the wage value differs. The
    // municipality pays coaching (8.500) and the LKS and saves the benefit (11.529,96): the LKS
    // is 60 % × 22.800 = 13.680 at 40 % and 50 % × 22.800 = 11.400 at 50 %, so its net goes from
    // −10.650,04 to −8.370,04, up 2.280 (whole euros in the chart).
    let svg = plot_svg(&model(VARIANTS), "", PlotName::Waterfall, Lang::Nl).expect("svg");
    for expected in [
        "Loonwaarde",
        "+€ 2.280",
        "\u{2212}€ 10.650",
        "\u{2212}€ 8.370",
        "Begin",
        "Eind",
    ] {
        assert!(svg.contains(expected), "missing {expected:?} in {svg}");
    }
}

#[test]
fn a_model_with_one_scenario_has_no_waterfall_and_says_why_in_one_line() {
    let err = plot_png(
        &model("beschut-werk-2014.ron"),
        "",
        PlotName::Waterfall,
        Lang::Nl,
        2.0,
    )
    .expect_err("one scenario");
    assert!(matches!(err, PlotError::NotAvailable { .. }), "{err}");
    let line = err.to_string();
    assert!(
        line.starts_with("dit model heeft maar één scenario: er is geen verschil te verklaren"),
        "{line}"
    );
    assert!(!line.contains('\n'), "{line}");
}
