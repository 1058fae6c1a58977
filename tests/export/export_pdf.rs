//! The council report read back: its text, extracted with a PDF text crate as a reader's tool
//! would, holds the figures of the 2014 slides (worked out by hand below) and names the sources.
// Test code: a failed step stops the test with its message.
// Needs the council report (feature `export`): `cargo test --no-default-features` leaves it out.
#![cfg(feature = "export")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kostenbaten::i18n::Lang;
use kostenbaten::model::YearTable;
use kostenbaten::model::analysis::ParamKey;
use kostenbaten::report::council::council_pdf;
use rust_decimal::Decimal;

use crate::model;

/// The report's pages as text, every run of whitespace one space so that wrapped lines join.
fn pages(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF's text can be extracted")
        .into_iter()
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn the_2014_report_holds_the_slides_figures_and_names_its_sources() {
    let pdf = council_pdf(
        &model("beschut-werk-2014.ron"),
        "",
        Lang::Nl,
        "24 november 2026",
    )
    .expect("report");
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let pages = pages(&pdf);
    assert!(pages.len() >= 2, "{} page(s)", pages.len());
    let text = pages.join(" ");
    for expected in [
        "Raadsrapportage",
        "Beschut werk — voorbeeld uit de dia's (2014)",
        "Beschutte werkplek 40% WML",
        "24 november 2026",
        // The municipality pays the P-budget's 8.500 coaching and BUIG's 13.680 LKS: 22.180 a
        // place a year; society: wage value 9.120 − coaching 8.500 − workplace 10.000 + societal
        // cost avoided 5.960 = −3.420 (tests/engine/actors_2014.rs works these out from the slides).
        "Per plek per jaar kost dit de gemeente € 22.180",
        "de samenleving als geheel verliest € 3.420",
        "−€ 22.180,00",
        "−€ 3.420,00",
        // The sheet: 13.680 + 8.500 + 10.000 = 32.180 against 13.680 + 8.500 + 9.120 = 31.300.
        "€ 32.180,00",
        "€ 31.300,00",
        "−€ 880,00",
        "Pagina 1 van",
        // The slides' own figures beside the computed ones: the slide rounds the LKS, 60 % of
        // € 22.800 = € 13.680, up to € 13.700, so its cost total is € 20 higher; the net agrees.
        "Gepubliceerde cijfers",
        "Totaal kosten € 32.180,00 € 32.200,00 −€ 20,00",
        "Saldo −€ 880,00 −€ 880,00 € 0,00",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Each assumption with its source: the minimum wage's publication from the year table.
    let row = YearTable::builtin().row(2014).expect("2014 in the table");
    assert!(
        text.contains(row.minimum_wage_source.as_str()),
        "missing {:?}",
        row.minimum_wage_source
    );
    assert!(text.contains("Aannames en bronnen"));
    assert!(text.contains("€ 1.485,60"), "the minimum wage per month");
}

#[test]
fn the_fonts_are_embedded_as_subsets() {
    let pdf = council_pdf(
        &model("beschut-werk-2014.ron"),
        "",
        Lang::Nl,
        "1 januari 2026",
    )
    .expect("report");
    let raw = String::from_utf8_lossy(&pdf);
    // A subset's name carries a six-letter tag: ABCDEF+LiberationSans.
    assert!(
        raw.contains("+LiberationSans"),
        "no subsetted Liberation Sans"
    );
    assert!(raw.contains("/ToUnicode"), "text not extractable");
    // Two subsetted faces and a few plots: far below the 0,8 MB the full fonts weigh.
    assert!(pdf.len() < 300_000, "{} bytes", pdf.len());
}

#[test]
fn a_model_with_scenarios_and_ranges_gets_its_comparison_and_uncertainty() {
    let pdf = council_pdf(&model("varianten-beschut-werk.ron"), "", Lang::Nl, "d").expect("report");
    let text = pages(&pdf).join(" ");
    assert!(text.contains("Scenario's vergelijken"), "{text}");
    for name in [
        "In een SW-bedrijf",
        "Geen beschut werk: klanten blijven thuis",
    ] {
        assert!(text.contains(name), "missing scenario {name}");
    }
    assert!(
        !text.contains("Onzekerheid"),
        "no ranges, no uncertainty section"
    );

    let pdf = council_pdf(&model("mc-peer.ron"), "", Lang::Nl, "d").expect("report");
    let text = pages(&pdf).join(" ");
    assert!(text.contains("Onzekerheid"), "{text}");
    assert!(text.contains("10.000 trekkingen"), "{text}");
    assert!(text.contains("P95"));
}

#[test]
fn the_report_follows_the_language() {
    let pdf = council_pdf(
        &model("beschut-werk-2014.ron"),
        "",
        Lang::En,
        "24 November 2026",
    )
    .expect("report");
    let text = pages(&pdf).join(" ");
    assert!(text.contains("Council report"), "{text}");
    assert!(
        text.contains("this costs the municipality €22,180"),
        "{text}"
    );
    assert!(text.contains("Page 1 of"), "{text}");
}

#[test]
fn an_unknown_scenario_is_one_line_naming_it() {
    let err = council_pdf(
        &model("beschut-werk-2014.ron"),
        "Bestaat niet",
        Lang::Nl,
        "d",
    )
    .expect_err("no such scenario");
    let message = err.to_string();
    assert!(message.contains("'Bestaat niet'"), "{message}");
    assert!(!message.contains('\n'));
}

const VARIANTS: &str = "varianten-beschut-werk.ron";

/// The page that holds the section "Het verschil verklaard".
fn explained_page(pdf: &[u8]) -> String {
    pages(pdf)
        .into_iter()
        .find(|page| page.contains("Het verschil verklaard"))
        .expect("a page with the difference explained")
}

#[test]
fn the_variants_report_explains_the_difference_through_the_wage_value() {
    // The first variant against the second: only the wage value differs (40 % → 50 %). The
    // municipality pays coaching 8.500 and the LKS, and saves the benefit 11.529,96. The LKS is
    // 60 % × 22.800 = 13.680 at 40 % and 50 % × 22.800 = 11.400 at 50 %, so the municipality's net
    // goes from 11.529,96 − 8.500 − 13.680 = −10.650,04 to 11.529,96 − 8.500 − 11.400 = −8.370,04:
    // the LKS change, +2.280 (the sheet's net moves by the wage value, 10 % × 22.800, as well).
    let pdf = council_pdf(&model(VARIANTS), "", Lang::Nl, "d").expect("report");
    let page = explained_page(&pdf);
    for expected in [
        "Van 'In een SW-bedrijf' naar 'Alleen bij reguliere werkgevers, boven 40% loonwaarde' \
         verandert het saldo van de gemeente per plek per jaar van −€ 10.650,04 naar −€ 8.370,04; \
         zo komt dat:",
        "Invoer Van Naar Effect",
        "Loonwaarde 40 % 50 % +€ 2.280,00",
        "Eind −€ 8.370,04",
        // Kept together: the method line is on the same page as the heading.
        "Methode: gemiddelde over alle volgordes",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in:\n{page}");
    }
}

#[test]
fn reporting_the_first_or_a_later_variant_explains_from_the_first() {
    // Chosen: staying home. From the first variant only the placement differs, and a client at
    // home has no flows at all, so the municipality's −10.650,04 goes to 0 through the placement.
    let pdf = council_pdf(
        &model(VARIANTS),
        "Geen beschut werk: klanten blijven thuis",
        Lang::Nl,
        "d",
    )
    .expect("report");
    let page = explained_page(&pdf);
    for expected in [
        "Van 'In een SW-bedrijf' naar 'Geen beschut werk: klanten blijven thuis'",
        "van −€ 10.650,04 naar € 0,00",
        "Plaatsing werkt blijft thuis +€ 10.650,04",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in:\n{page}");
    }
}

/// Dutch cents of `number` ("10.650,04"), negative after a minus.
fn cents(sign: &str, number: &str) -> i64 {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let cents: i64 = digits.parse().expect("an amount");
    if sign.starts_with('\u{2212}') {
        -cents
    } else {
        cents
    }
}

#[test]
fn the_effects_printed_add_up_to_end_minus_start() {
    // Thirteen inputs differ (more than the exact average takes): the report explains one at a
    // time, and the effects as printed, in cents, still add up to the end less the start.
    let mut model = model(VARIANTS);
    for key in [
        ParamKey::HoursPerWeek,
        ParamKey::FullTimeHours,
        ParamKey::FullyLoadedWageCost,
        ParamKey::LksCapPct,
        ParamKey::Coaching,
        ParamKey::Workplace,
        ParamKey::WorkplaceAdaptation,
        ParamKey::Administration,
        ParamKey::SocietalCostPerClient,
        ParamKey::Clients,
        ParamKey::IndexationPct,
        ParamKey::NationalBonus,
    ] {
        key.set(&mut model.scenarios[1].parameters, Decimal::from(30));
    }
    let name = model.scenarios[1].name.clone();
    let pdf = council_pdf(&model, &name, Lang::Nl, "d").expect("report");
    let page = explained_page(&pdf);
    assert!(page.contains("Methode: één voor één"), "{page}");
    let table = page
        .split_once("Invoer Van Naar Effect Begin ")
        .expect("the table")
        .1;
    let words: Vec<&str> = table.split_whitespace().collect();
    let start = cents(words[0], words[1]);
    let end_at = words
        .iter()
        .position(|w| *w == "Eind")
        .expect("the end row");
    let end = cents(words[end_at + 1], words[end_at + 2]);
    // An effect is written with its sign and cents (+€ 2.280,00); the inputs' values are not.
    let effects: Vec<i64> = words[2..end_at]
        .windows(2)
        .filter(|w| (w[0] == "+€" || w[0] == "\u{2212}€") && w[1].contains(','))
        .map(|w| cents(w[0], w[1]))
        .collect();
    assert!(effects.len() >= 8, "{effects:?} in {table}");
    assert_eq!(effects.iter().sum::<i64>(), end - start, "{table}");
}

#[test]
fn a_model_with_one_scenario_has_no_difference_to_explain() {
    let pdf = council_pdf(&model("beschut-werk-2014.ron"), "", Lang::Nl, "d").expect("report");
    let text = pages(&pdf).join(" ");
    assert!(!text.contains("Het verschil verklaard"), "{text}");
}

#[test]
fn the_report_names_both_break_evens() {
    // lks-2018.ron at 60 % with a jobcoach of € 15.600 (issue 19; tests/engine/break_even.rs works the
    // figures out by hand): BUIG breaks even at 52,9 %, but the municipality loses € 13.797 a
    // year and, at 11.905,44 − 15.600 = −3.694,56 even without LKS, at every wage value.
    let mut m = model("lks-2018.ron");
    let p = &mut m.scenarios[0].parameters;
    ParamKey::WageValuePct
        .set_checked(p, Decimal::from(60))
        .unwrap();
    ParamKey::Coaching
        .set_checked(p, Decimal::from(15600))
        .unwrap();
    let pdf = council_pdf(&m, "", Lang::Nl, "7 december 2026").expect("report");
    let text = pages(&pdf).join(" ");
    for expected in [
        "Break-even loonwaarde BUIG: 52,9 %",
        "Break-even loonwaarde gemeente (P-budget + BUIG): geen: de gemeente verliest bij elke loonwaarde",
        "saldo gemeente per plek per jaar −€ 13.797,29",
        "De gemeente als geheel (P-budget en BUIG samen) verliest bij elke loonwaarde",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
}
