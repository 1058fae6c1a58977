//! The app in a browser (wasm32): started by the page (`scripts/web/index.html`) on its canvas with
//! eframe's `WebRunner`, on the built-in example as on the desktop. Settings and the recovery copy
//! of unsaved work live in the browser's local storage (eframe's `persistence`).

use wasm_bindgen::JsCast as _;

use super::KostenbatenApp;
use crate::i18n::{Lang, Text};

/// The id of the page's canvas the app draws on.
const CANVAS_ID: &str = "kostenbaten-canvas";

/// The id of the page's "laden…" note, removed once the app runs and replaced by why it could not
/// start otherwise.
const LOADING_ID: &str = "kostenbaten-loading";

/// Start the app on the page's canvas. Returns at once; the app runs on the browser's event loop.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let started = match canvas() {
            Some(canvas) => eframe::WebRunner::new()
                .start(
                    canvas,
                    eframe::WebOptions::default(),
                    Box::new(|cc| Ok(Box::new(KostenbatenApp::new(cc, None)))),
                )
                .await
                .map_err(|err| format!("{err:?}")),
            None => Err(format!("<canvas id=\"{CANVAS_ID}\"> ontbreekt")),
        };
        show_start(started.err());
    });
}

/// The page's canvas, if it has one.
fn canvas() -> Option<web_sys::HtmlCanvasElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(CANVAS_ID)?
        .dyn_into()
        .ok()
}

/// Remove the "laden…" note, or, when the app could not start (no WebGL2, mostly), put why in
/// its place.
fn show_start(error: Option<String>) {
    let Some(note) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(LOADING_ID))
    else {
        return;
    };
    match error {
        None => note.remove(),
        Some(error) => {
            note.set_text_content(Some(&format!(
                "{} ({error})",
                Lang::Nl.tr(Text::WebStartFailed)
            )));
            let _ = note.set_attribute("role", "alert");
        }
    }
}
