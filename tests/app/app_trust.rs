#![cfg(feature = "gui")]
// Test code: a failed step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Trust in the app (issue 19): a changed figure loses the source it no longer has, a source can be
//! typed for any figure, a copy keeps every figure's provenance, and the do-nothing option shows
//! what staying home costs instead of zeros.

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kostenbaten::app::{Command, KostenbatenApp, ScriptedFileDialog, View};
use kostenbaten::format::money_whole;
use kostenbaten::i18n::{Lang, Text};
use kostenbaten::model::{ParamKey, ParamOrigin, Placement};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::{app, builtin_model, figure, slides};

const SLIDES_COACHING: &str = "Samen voor de klant, implementatiedag Participatiewet 2014, dia 'Thema doelgroep beschut': begeleiding maximaal € 8.500";

/// Type `text` into the exact entry labelled `label` and press Enter.
fn type_into(h: &mut Harness<'static, KostenbatenApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::SpinButton, label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::SpinButton, label)
        .type_text(text);
    h.key_press(egui::Key::Enter);
    h.run();
}

fn badges(h: &Harness<'static, KostenbatenApp>) -> usize {
    h.query_all_by_label("uit brondocument").count()
}

fn origin_in_sources_tab(h: &mut Harness<'static, KostenbatenApp>, figure: &str) -> String {
    if h.state().view() != View::Sources {
        h.get_by_label("Bronnen").click();
        h.run();
    }
    let prefix = format!("Herkomst {figure}: ");
    let node = h.get_by(|node| node.label().is_some_and(|l| l.starts_with(&prefix)));
    node.accesskit_node().label().unwrap()[prefix.len()..].to_string()
}

#[test]
fn a_changed_figure_drops_its_badge_at_once_and_the_sources_tab_says_so() {
    let mut h = app(slides()).build();
    let before = badges(&h);
    // The slides' model credits seven figures; the panel shows a badge for each one it draws.
    assert!(before >= 5, "{before}");
    assert_eq!(
        origin_in_sources_tab(&mut h, "Begeleiding"),
        format!("modelbestand: {SLIDES_COACHING}")
    );
    h.get_by_label("Kosten-batenoverzicht").click();
    h.run();
    type_into(&mut h, "Begeleiding", "15.600");
    assert_eq!(
        badges(&h),
        before - 1,
        "the coaching badge stays on € 15.600"
    );
    let scenario = &h.state().document().model.scenarios[0];
    assert_eq!(scenario.parameters.coaching.get(), dec!(15600));
    assert!(!scenario.sources.contains_key(&ParamKey::Coaching));
    let origin = origin_in_sources_tab(&mut h, "Begeleiding");
    assert_eq!(
        origin,
        format!("door u gewijzigd (was € 8.500 volgens {SLIDES_COACHING})")
    );
}

#[test]
fn after_saving_a_changed_figure_is_never_credited_to_the_old_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plek.ron");
    let mut h = app(slides())
        .dialog(ScriptedFileDialog {
            open: Vec::new(),
            save: vec![path.clone()],
        })
        .build();
    type_into(&mut h, "Loonwaarde", "45,5");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    assert!(
        !h.state().window_title().ends_with('*'),
        "{:?} {:?}",
        h.state().window_title(),
        h.state().error()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("wage_value_pct: \"45.5\""), "{text}");
    assert!(
        !text.contains("\"wage_value_pct\": \"Samen voor de klant"),
        "the old source was saved with the new value:\n{text}"
    );
    // In the app after saving it is still the user's change, the old document only its history;
    // the file opened again has the value with no source given.
    assert_eq!(
        origin_in_sources_tab(&mut h, "Loonwaarde"),
        "door u gewijzigd (was 40 % volgens Samen voor de klant, implementatiedag \
         Participatiewet 2014: beschutte werkplek op basis van 40% WML)"
    );
    let loaded = kostenbaten::file::load(&path).unwrap();
    assert_eq!(
        loaded.scenarios[0].origin(ParamKey::WageValuePct),
        ParamOrigin::ModelWithoutSource
    );
}

#[test]
fn a_source_typed_beside_a_figure_is_kept_shown_saved_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eigen.ron");
    let mut h = app(slides())
        .dialog(ScriptedFileDialog {
            open: Vec::new(),
            save: vec![path.clone()],
        })
        .build();
    type_into(&mut h, "Begeleiding", "15.600");
    h.get_by_label("Bron van Begeleiding").click();
    h.run();
    let source = "Offerte jobcoach 2026: 4 uur × € 75 × 52 weken";
    h.get_by_role_and_label(Role::TextInput, "Bron van Begeleiding")
        .click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Bron van Begeleiding")
        .type_text(source);
    h.run();
    h.get_by_label("Bewaar bron: Begeleiding").click();
    h.run();
    let scenario = &h.state().document().model.scenarios[0];
    assert_eq!(
        scenario
            .sources
            .get(&ParamKey::Coaching)
            .map(String::as_str),
        Some(source)
    );
    // A typed source is a source: the badge is back, its text in every view that lists sources.
    assert_eq!(
        origin_in_sources_tab(&mut h, "Begeleiding"),
        format!("modelbestand: {source}")
    );
    // Saved in the file's sources.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    let loaded = kostenbaten::file::load(&path).unwrap();
    assert_eq!(
        loaded.scenarios[0]
            .sources
            .get(&ParamKey::Coaching)
            .map(String::as_str),
        Some(source)
    );
    // One undo step takes the typed source away again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        !h.state().document().model.scenarios[0]
            .sources
            .contains_key(&ParamKey::Coaching)
    );
    assert_eq!(
        h.state().document().model.scenarios[0]
            .parameters
            .coaching
            .get(),
        dec!(15600),
        "undo took back the source only"
    );
}

#[test]
fn a_source_with_a_line_break_is_refused_in_words() {
    let mut h = app(slides()).build();
    h.state_mut()
        .queue(Command::SetSource(ParamKey::Coaching, "a\nb".into()));
    h.run();
    let error = h.state().error().unwrap_or_default().to_string();
    assert!(error.contains("één regel"), "{error}");
    assert!(
        h.state().document().model.scenarios[0]
            .sources
            .contains_key(&ParamKey::Coaching),
        "a refused text changes nothing"
    );
}

#[test]
fn a_duplicated_scenario_keeps_the_provenance_of_every_figure() {
    let mut h = app(builtin_model("lks-2018.ron")).build();
    h.state_mut().queue(Command::DuplicateScenario);
    h.run();
    assert_eq!(h.state().document().scenario, 1);
    // Nobody touched hours, year or benefit: neither in the original nor in its copy.
    for figure in ["Uren per week", "Referentiejaar", "Bespaarde uitkering"] {
        let origin = origin_in_sources_tab(&mut h, figure);
        assert_ne!(origin, "door u gewijzigd", "{figure}");
    }
    let model = &h.state().document().model;
    assert_eq!(model.scenarios[0].sources, model.scenarios[1].sources);
}

#[test]
fn resetting_a_figure_gives_it_back_its_source() {
    let mut h = app(slides()).build();
    let before = badges(&h);
    type_into(&mut h, "Werkplekkosten", "12.000");
    assert_eq!(badges(&h), before - 1);
    h.get_by_label(&format!("{}: Werkplekkosten", Lang::Nl.tr(Text::ResetTo)))
        .click();
    h.run();
    assert_eq!(badges(&h), before);
    let scenario = &h.state().document().model.scenarios[0];
    assert!(matches!(
        scenario.origin(ParamKey::Workplace),
        ParamOrigin::Stated(_)
    ));
}

#[test]
fn the_do_nothing_option_from_the_menu_shows_what_staying_home_costs() {
    let mut h = app(builtin_model("lks-2018.ron")).build();
    h.get_by_label("Scenario").click();
    h.run();
    h.get_by_label("Niets-doen-scenario toevoegen").click();
    h.run();
    let doc = h.state().document();
    assert_eq!(doc.scenario, 1);
    let added = &doc.model.scenarios[1];
    assert_eq!(added.parameters.placement, Placement::StaysHome);
    assert_eq!(added.name, "Niets doen (thuis met uitkering)");
    // lks-2018: a single client on the 1-1-2018 norm, € 992,12 × 12 = € 11.905,44 a year, net
    // basis: the municipality pays that; society bears € 5.960 a year (WIL 2018).
    let municipality = money_whole(dec!(11905.44), Lang::Nl);
    figure(
        &h,
        &format!("Thuisblijven kost de gemeente (per klant per jaar): {municipality}"),
    );
    figure(
        &h,
        &format!(
            "Thuisblijven kost de samenleving (per klant per jaar): {}",
            money_whole(dec!(5960), Lang::Nl)
        ),
    );
    // Never a card of € 0 for "doing nothing".
    assert!(
        h.query_all_by_label(&format!(
            "{}: {}",
            Lang::Nl.tr(Text::MunicipalityNet),
            money_whole(Decimal::ZERO, Lang::Nl)
        ))
        .next()
        .is_none()
    );
    // The statement of the baseline is on the sheet.
    h.get_by_label(
        "Alle bedragen zijn het verschil met de basis: de klant blijft thuis met een uitkering.",
    );
}

#[test]
fn typed_text_that_is_not_taken_as_typed_says_so_in_place() {
    let mut h = app(slides()).build();
    // A formula is not a number (yet): the value stays, and the field says why.
    type_into(&mut h, "Begeleiding", "=4*52*75");
    assert_eq!(
        h.state().document().model.scenarios[0]
            .parameters
            .coaching
            .get(),
        dec!(8500)
    );
    h.get_by_label(
        "‘=4*52*75’ is geen getal; de waarde blijft € 8.500. Rekenen kan hier (nog) niet: typ \
         de uitkomst, bijvoorbeeld 15.600.",
    );
    // Past the largest amount the tool computes with: set to it, and said.
    type_into(&mut h, "Werkplekkosten", "999999999999");
    assert_eq!(
        h.state().document().model.scenarios[0]
            .parameters
            .workplace
            .get(),
        dec!(100000000)
    );
    h.get_by_label(
        "999.999.999.999 ligt buiten het bereik € 0 – € 100.000.000: ingesteld op € 100.000.000.",
    );
    // Below zero: set to € 0, and said.
    type_into(&mut h, "Werkplekkosten", "-500");
    assert_eq!(
        h.state().document().model.scenarios[0]
            .parameters
            .workplace
            .get(),
        Decimal::ZERO
    );
    h.get_by_label("−500 ligt buiten het bereik € 0 – € 100.000.000: ingesteld op € 0.");
    // Text taken as typed says nothing.
    type_into(&mut h, "Begeleiding", "15.600");
    assert!(
        h.query_by_label_contains("is geen getal").is_none(),
        "a notice outlived a good entry"
    );
}

/// A desktop without a file-dialog portal: every dialog returns at once, with nothing.
struct NoDialog;

impl kostenbaten::app::FileDialog for NoDialog {
    fn pick_open(&mut self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn pick_save(&mut self, _: &str, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn was_unavailable(&self) -> bool {
        true
    }
}

#[test]
fn without_a_file_dialog_open_says_what_to_do_and_save_as_saves_to_the_last_folder() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = dir.path().join("eerder.ron");
    let settings = kostenbaten::app::Settings {
        recent: vec![earlier],
        ..Default::default()
    };
    let mut h = crate::common::builder()
        .with_size(crate::common::PROJECTOR)
        .build_eframe(move |_cc| {
            KostenbatenApp::with_model(slides(), None, Box::new(NoDialog), settings)
        });
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run();
    let error = h.state().error().unwrap_or_default().to_string();
    assert!(error.contains("slepen"), "{error}");
    assert!(error.contains("kostenbaten BESTAND.ron"), "{error}");
    // Opslaan als…: into the folder of the most recent file, under the model's name, and said.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    let name = format!("{}.ron", slides().name.replace(['/', '\\', ':'], "-"));
    let saved = dir.path().join(&name);
    assert!(saved.exists(), "nothing in {}", dir.path().display());
    let error = h.state().error().unwrap_or_default().to_string();
    assert!(error.ends_with(&saved.display().to_string()), "{error}");
    // A second time never overwrites the first.
    h.state_mut().queue(Command::SaveAs);
    h.run();
    assert!(dir.path().join(name.replace(".ron", " (2).ron")).exists());
}

#[test]
fn the_analyses_of_the_baseline_itself_say_why_they_are_flat() {
    let mut h = app(builtin_model("varianten-beschut-werk.ron")).build();
    let index = h
        .state()
        .document()
        .model
        .scenarios
        .iter()
        .position(|s| s.parameters.placement == Placement::StaysHome)
        .unwrap();
    h.state_mut().queue(Command::SelectScenario(index));
    h.run();
    let note = "Dit scenario is de basis zelf: de klant blijft thuis met een uitkering, dus elk \
                verschil hieronder is nul. Wat thuisblijven kost staat op het Kosten-batenoverzicht.";
    for tab in ["Analyse", "Onzekerheid"] {
        h.get_by_label(tab).click();
        h.run();
        h.get_by_label(note);
    }
    // A scenario in which the client works has no such note.
    h.state_mut().queue(Command::SelectScenario(0));
    h.run();
    assert!(h.query_by_label(note).is_none());
}
