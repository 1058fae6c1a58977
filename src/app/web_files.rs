//! Files in a browser: Openen… through the page's file picker (a hidden `<input type=file>`), a
//! model dropped on the page, Opslaan (als)… and Exporteren as downloads. A browser reads a file
//! asynchronously: its bytes arrive in an inbox the app empties at the start of the next frame,
//! where they are checked exactly as a file read from disk ([`file::parse_model`]).

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use eframe::egui;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::closure::Closure;

use super::commands::Pending;
use super::files::failure;
use super::{Document, KostenbatenApp};
use crate::file::{self, Fingerprint, MAX_FILE_SIZE};
use crate::i18n::Text;
use crate::report::export::{ExportFormat, ExportOptions, export_bytes};

/// A file the browser finished reading: its name and bytes, or why it could not be read.
type Arrival = (String, Result<Vec<u8>, String>);

/// Files read by the browser, waiting for the next frame. Shared with the callbacks that read them.
#[derive(Clone, Default)]
pub(super) struct WebFiles {
    inbox: Rc<RefCell<Vec<Arrival>>>,
}

impl std::fmt::Debug for WebFiles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebFiles").finish_non_exhaustive()
    }
}

impl WebFiles {
    /// Show the browser's file picker for a `.ron` model; the chosen file arrives in the inbox.
    fn pick(&self, ctx: &egui::Context) -> Result<(), String> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("geen document")?;
        let input: web_sys::HtmlInputElement = document
            .create_element("input")
            .map_err(js_text)?
            .dyn_into()
            .map_err(|_| "geen invoerveld".to_string())?;
        input.set_type("file");
        input.set_accept(".ron");
        let (inbox, ctx, chosen) = (self.inbox.clone(), ctx.clone(), input.clone());
        let on_change = Closure::once(move || {
            if let Some(file) = chosen.files().and_then(|files| files.get(0)) {
                read(file, inbox, ctx);
            }
        });
        input.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        // The input lives as long as the picker may answer: the closure is the page's now.
        on_change.forget();
        input.click();
        Ok(())
    }

    /// Read a file dropped on the page; it arrives in the inbox.
    fn read_dropped(&self, ctx: &egui::Context, dropped: egui::DroppedFileHandle) {
        let (inbox, ctx) = (self.inbox.clone(), ctx.clone());
        let name = dropped.path().to_string_lossy().into_owned();
        wasm_bindgen_futures::spawn_local(async move {
            let bytes = dropped.bytes_async().await;
            inbox.borrow_mut().push((name, bytes));
            ctx.request_repaint();
        });
    }

    /// The files read since the last frame.
    fn take(&self) -> Vec<Arrival> {
        std::mem::take(&mut *self.inbox.borrow_mut())
    }
}

/// Read at most [`MAX_FILE_SIZE`] + 1 bytes of `file` (a larger file is refused by the same check
/// as on disk) into `inbox`, and ask for a frame.
fn read(file: web_sys::File, inbox: Rc<RefCell<Vec<Arrival>>>, ctx: egui::Context) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = async {
            let head = file
                .slice_with_f64_and_f64(0.0, (MAX_FILE_SIZE + 1) as f64)
                .map_err(js_text)?;
            let buffer = wasm_bindgen_futures::JsFuture::from(head.array_buffer())
                .await
                .map_err(js_text)?;
            Ok(js_sys::Uint8Array::new(&buffer).to_vec())
        }
        .await;
        inbox.borrow_mut().push((name, bytes));
        ctx.request_repaint();
    });
}

/// A JavaScript error as text.
fn js_text(value: wasm_bindgen::JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Offer `bytes` as a download named `name`.
fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("geen document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(js_text)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_text)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_text)?
        .dyn_into()
        .map_err(|_| "geen link".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download: the object URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The MIME type of an export.
fn mime(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv => "text/csv",
        ExportFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat::Pdf => "application/pdf",
        ExportFormat::Png => "image/png",
    }
}

/// The export menu's entry for `format`.
pub(super) fn format_text(format: ExportFormat) -> Text {
    match format {
        ExportFormat::Csv => Text::WebExportCsv,
        ExportFormat::Xlsx => Text::WebExportXlsx,
        ExportFormat::Pdf => Text::WebExportPdf,
        ExportFormat::Png => Text::WebExportPng,
    }
}

/// `name` without the characters file systems refuse.
fn file_name(name: &str) -> String {
    name.replace(['/', '\\', ':', '*', '?', '"', '<', '>', '|'], "-")
}

impl KostenbatenApp {
    /// Show the browser's file picker (after the unsaved-changes question, as on the desktop).
    pub(super) fn web_pick_open(&mut self, ctx: &egui::Context) {
        if let Err(err) = self.session.web_files.pick(ctx) {
            self.view.error = Some(format!("{}: {err}", self.settings.lang.tr(Text::ErrorOpen)));
        }
    }

    /// Start reading the `.ron` files dropped on the page, and take the files read since the last
    /// frame: each is opened (asking first about unsaved changes), or why not is shown.
    pub(super) fn web_files_frame(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped
            .into_iter()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ron"))
        {
            self.session.web_files.read_dropped(ctx, file);
        }
        for (name, bytes) in self.session.web_files.take() {
            match bytes {
                Ok(bytes) => self.request(ctx, Pending::OpenBytes(name, bytes)),
                Err(err) => {
                    self.view.error = Some(format!(
                        "{}: {name}: {err}",
                        self.settings.lang.tr(Text::ErrorOpen)
                    ));
                }
            }
        }
    }

    /// Open the model in `bytes`, read from the file `name`, checked as one read from disk; on
    /// failure show why (with the name and line:column) and keep the current model.
    pub(super) fn open_bytes(&mut self, name: &str, bytes: &[u8]) {
        let path = PathBuf::from(name);
        match file::parse_model(bytes, &path) {
            Ok(model) => {
                self.doc = Document::opened(model, Some(path), Fingerprint::of(bytes));
                self.view.error = None;
            }
            Err(err) => self.view.error = Some(failure(self.settings.lang, Text::ErrorOpen, &err)),
        }
    }

    /// Opslaan: a download of the model's `.ron` text, named after its file or the model; the
    /// model then counts as saved. Returns whether it was offered.
    pub(super) fn save(&mut self) -> bool {
        let lang = self.settings.lang;
        let name = self
            .doc
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("{}.ron", file_name(&self.doc.model.name)));
        let offered = file::to_ron(&self.doc.model)
            .map_err(|err| err.to_string())
            .and_then(|text| {
                download(&name, "text/plain", text.as_bytes())?;
                Ok(text)
            });
        match offered {
            Ok(text) => {
                self.doc
                    .mark_saved(PathBuf::from(name), Fingerprint::of(text.as_bytes()));
                self.view.error = None;
                true
            }
            Err(err) => {
                self.view.error = Some(format!("{}: {err}", lang.tr(Text::ErrorSave)));
                false
            }
        }
    }

    /// Opslaan als…: in a browser the same download as Opslaan (the browser asks where, or puts it
    /// in the downloads folder).
    pub(super) fn save_as(&mut self) -> bool {
        self.save()
    }

    /// Export the shown scenario, with its unsaved changes, as `format`: a download named after the
    /// model and the scenario. Made on this thread (a browser has no other).
    pub(super) fn web_export(&mut self, ctx: &egui::Context, format: ExportFormat) {
        let lang = self.settings.lang;
        let Some(scenario) = self.doc.scenario() else {
            return;
        };
        let name = file_name(&format!(
            "{} - {}.{}",
            self.doc.model.name,
            scenario.name,
            format.extension()
        ));
        let options = ExportOptions {
            plot: Some(self.view_plot()),
            ..ExportOptions::default()
        };
        let made = export_bytes(format, &self.doc.model, scenario, lang, &options)
            .map_err(|err| failure(lang, Text::ErrorExport, &err))
            .and_then(|bytes| {
                download(&name, mime(format), &bytes)
                    .map_err(|err| format!("{}: {err}", lang.tr(Text::ErrorExport)))
            });
        match made {
            Ok(()) => {
                self.view.error = None;
                super::export::show_status(ctx, format!("{} {name}", lang.tr(Text::ExportDone)));
            }
            Err(err) => self.view.error = Some(err),
        }
    }
}
