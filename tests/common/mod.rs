//! What the UI tests share: the real app in an egui_kittest harness at projector size, with a
//! language, a model, a scripted file dialog and settled frames; a bare harness for one room's
//! `show` function; and finding figures by their accessible label.
// Test code: a failed set-up stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Each test binary uses the part of this module it needs.
#![allow(dead_code)]

pub mod analysis;

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use kostenbaten::app::{KostenbatenApp, ScriptedFileDialog, Settings, Theme};
use kostenbaten::file::{builtin, default_model};
use kostenbaten::i18n::Lang;
use kostenbaten::model::Model;

/// The size the app is shown at in front of an audience.
pub const PROJECTOR: egui::Vec2 = egui::vec2(1280.0, 720.0);

/// The built-in model of the 2014 slides, the one the app opens on.
pub fn slides() -> Model {
    default_model().expect("the built-in model parses")
}

/// A built-in model by its file name.
pub fn builtin_model(file: &str) -> Model {
    builtin(file)
        .expect("the model is built in")
        .expect("the built-in model parses")
}

/// The five-view walk through the varianten model (the schema-3 fixture).
pub fn walk() -> Model {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema-v3-varianten-presentatie.ron");
    kostenbaten::file::load(&path).expect("the schema-3 fixture loads")
}

/// An amount as the Dutch UI shows it, in cents.
pub fn nl(amount: rust_decimal::Decimal) -> String {
    kostenbaten::format::money(amount, Lang::Nl)
}

/// A harness builder, after [`quiet_graphics_environment`]: every harness the tests make starts here.
pub fn builder<State>() -> egui_kittest::HarnessBuilder<State> {
    quiet_graphics_environment();
    Harness::builder()
}

/// Make a bare `cargo test` quiet and its snapshots comparable on any machine, once per test
/// binary and before the first harness: without `XDG_RUNTIME_DIR` (a container, `ssh`, CI) Mesa's
/// Vulkan driver prints "error: XDG_RUNTIME_DIR is invalid or not set" for every renderer it
/// starts, so a private folder is given (mode 0700, as the XDG spec asks; one per user, reused);
/// and `WGPU_BACKEND=vulkan`, so wgpu opens only Vulkan, where egui_kittest picks the CPU adapter
/// (Mesa's lavapipe, with which the snapshots were made) over any real GPU. A value the caller set
/// is kept.
pub fn quiet_graphics_environment() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(unix)]
        if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
            use std::os::unix::fs::{DirBuilderExt, MetadataExt};
            let uid = std::fs::metadata("/proc/self").map_or(0, |m| m.uid());
            let dir = std::env::temp_dir().join(format!("kostenbaten-test-runtime-{uid}"));
            let _ = std::fs::DirBuilder::new().mode(0o700).create(&dir);
            let ours = std::fs::symlink_metadata(&dir)
                .is_ok_and(|m| m.is_dir() && m.uid() == uid && m.mode() & 0o077 == 0);
            assert!(
                ours,
                "{} is not a private folder of this user",
                dir.display()
            );
            // SAFETY: Rust's own environment access is serialised by std's lock; the only readers
            // outside it are the graphics libraries (Mesa, the Vulkan loader, wgpu), and they run
            // only inside a harness, which every test builds through `builder`, i.e. after this
            // `Once` has completed.
            unsafe { std::env::set_var("XDG_RUNTIME_DIR", &dir) };
        }
        if std::env::var_os("WGPU_BACKEND").is_none() {
            // SAFETY: as above.
            unsafe { std::env::set_var("WGPU_BACKEND", "vulkan") };
        }
    });
}

/// How to start the real app for a test; [`AppSetup::build`] starts it and settles its frames.
pub struct AppSetup {
    model: Model,
    settings: Settings,
    dialog: ScriptedFileDialog,
    size: egui::Vec2,
    theme: Option<egui::Theme>,
}

/// The real app on `model`, in Dutch, at projector size, with a file dialog that picks nothing.
pub fn app(model: Model) -> AppSetup {
    AppSetup {
        model,
        settings: Settings::default(),
        dialog: ScriptedFileDialog::default(),
        size: PROJECTOR,
        theme: None,
    }
}

impl AppSetup {
    /// Show the app in `lang`.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.settings.lang = lang;
        self
    }

    /// Start with these remembered settings (a recovery copy, recent files) instead.
    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self
    }

    /// Answer the open and save dialogs with these files.
    pub fn dialog(mut self, dialog: ScriptedFileDialog) -> Self {
        self.dialog = dialog;
        self
    }

    /// Show the app at `size` instead of projector size.
    pub fn size(mut self, size: egui::Vec2) -> Self {
        self.size = size;
        self
    }

    /// The light theme, in the app's settings and in the harness, as the snapshots show it.
    pub fn light(mut self) -> Self {
        self.settings.theme = Theme::Light;
        self.theme = Some(egui::Theme::Light);
        self
    }

    /// Start the app and run it until it has settled.
    pub fn build(self) -> Harness<'static, KostenbatenApp> {
        let AppSetup {
            model,
            settings,
            dialog,
            size,
            theme,
        } = self;
        let mut builder = builder().with_size(size);
        if let Some(theme) = theme {
            builder = builder.with_theme(theme);
        }
        let mut harness = builder.build_eframe(move |_cc| {
            KostenbatenApp::with_model(model, None, Box::new(dialog), settings)
        });
        harness.run();
        harness
    }
}

/// A harness at projector size that draws `state` with `show` (one room on its own), settled.
pub fn room<State: 'static>(
    state: State,
    show: impl FnMut(&mut egui::Ui, &mut State) + 'static,
) -> Harness<'static, State> {
    let mut harness = builder().with_size(PROJECTOR).build_ui_state(show, state);
    harness.run();
    harness
}

/// How many nodes are named exactly `name` (what a screen reader reads: a figure with its line).
pub fn count_named<State>(harness: &Harness<'_, State>, name: &str) -> usize {
    harness
        .query_all(by().predicate(|node| node.label().as_deref() == Some(name)))
        .count()
}

/// There is exactly one node named `name`.
#[track_caller]
pub fn figure<State>(harness: &Harness<'_, State>, name: &str) {
    assert_eq!(
        count_named(harness, name),
        1,
        "expected one figure named {name:?}"
    );
}

/// Move the slider labelled `label` to `value`, as a screen reader would, and let the app settle.
pub fn slide<State>(harness: &mut Harness<'_, State>, label: &str, value: f64) {
    harness
        .get_by_role_and_label(Role::Slider, label)
        .set_value_accesskit(value);
    harness.run();
}

/// Let the frames submit what changed, wait for the background analyses, and draw what they
/// computed. The worker repaints the window when it is done, whenever that falls, so a run may need
/// more frames than a harness allows: `run_ok` lets it, and the loop ends once a run settled with
/// current results.
pub fn settle_analyses(h: &mut Harness<'static, KostenbatenApp>) {
    let mut settled = false;
    for _ in 0..10 {
        h.state_mut().wait_for_results();
        if h.run_ok().is_some() && h.state().results().analysis_is_current() {
            settled = true;
            break;
        }
    }
    assert!(settled, "the analyses did not settle");
}

/// Let the frames submit what changed, wait for the background Monte Carlo, and draw what it
/// computed; as [`settle_analyses`], the loop ends once a frame settled with a current result.
pub fn settle_simulation(h: &mut Harness<'static, KostenbatenApp>) {
    let mut settled = false;
    for _ in 0..10 {
        h.state_mut().wait_for_results();
        // The progress bar repaints while a run is in flight; step frames rather than `run`.
        for _ in 0..3 {
            h.step();
        }
        h.state_mut().wait_for_results();
        h.step();
        if h.state().results().simulation().is_current() {
            settled = true;
            break;
        }
    }
    assert!(settled, "the Monte Carlo did not settle");
}
