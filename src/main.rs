//! `kostenbaten`: opens the app, or runs a headless command. In a browser (wasm32) the page starts
//! the app and there is no command line: the functions below `main` are for the desktop.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
#[cfg(feature = "gui")]
use kostenbaten::app::system_libraries::library_panic_line;
use kostenbaten::cli::Cli;
use kostenbaten::cli::oneline::{one_line, usage_error};

/// In a browser: start the app on the page's canvas (`scripts/build-web.sh`).
#[cfg(all(target_arch = "wasm32", feature = "app"))]
fn main() {
    kostenbaten::app::web::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "app")))]
fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return parse_failed(&err),
    };
    let output = match cli.command {
        Some(command) => command.run(),
        None => return open_app(cli.file),
    };
    match output {
        Ok(output) => print_output(&output),
        Err(err) => fail(&err.to_string()),
    }
}

/// Print the report; a disk that is full (or any failing output other than a closed pipe) is an
/// error with a non-zero exit, never a silent success.
fn print_output(output: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(output.as_bytes())
        .and_then(|()| {
            if output.ends_with('\n') {
                Ok(())
            } else {
                stdout.write_all(b"\n")
            }
        })
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => fail(&format!("de uitvoer kon niet worden geschreven: {err}")),
    }
}

/// One error line on stderr (which may itself fail, e.g. `2>/dev/full`: then only the exit code
/// tells), and a failing exit code.
fn fail(message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "kostenbaten: {}", one_line(message));
    ExitCode::FAILURE
}

/// `--help` and `--version` print as clap writes them; every other parse error is one line.
fn parse_failed(err: &clap::Error) -> ExitCode {
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
        }
        _ => {
            let _ = writeln!(std::io::stderr(), "kostenbaten: {}", usage_error(err));
            ExitCode::from(2)
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(file: Option<std::path::PathBuf>) -> ExitCode {
    if cfg!(target_os = "linux")
        && ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
            .iter()
            .all(|name| std::env::var_os(name).is_none())
    {
        return fail(
            "geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet): start de app \
             in een grafische sessie of onder Xvfb, of gebruik een opdracht zonder venster, zoals \
             `kostenbaten sheet BESTAND` (zie kostenbaten --help)",
        );
    }
    if let Some(line) = missing_x11_library() {
        return fail(&line);
    }
    quiet_runtime_dir();
    let mut options = kostenbaten::app::native_options();
    options.renderer = renderer();
    // A library the window system cannot load makes some crates panic (xkbcommon-dl); that panic
    // becomes one line naming the library, every other panic stays a panic with its message.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if library_panic_line(&panic_text(info.payload())).is_none() {
            previous_hook(info);
        }
    }));
    let started = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eframe::run_native(
            "kostenbaten",
            options,
            Box::new(move |cc| Ok(Box::new(kostenbaten::app::KostenbatenApp::new(cc, file)))),
        )
    }));
    match started {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(err)) => fail(&format!("het venster kon niet openen: {err}")),
        Err(payload) => match library_panic_line(&panic_text(payload.as_ref())) {
            Some(line) => fail(&line),
            None => std::panic::resume_unwind(payload),
        },
    }
}

/// The text a panic was raised with (`panic!("…")` gives a `&str` or a `String`).
#[cfg(feature = "gui")]
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// On X11 (a `DISPLAY` and no Wayland), the libraries winit loads at start, checked first: one line
/// naming every missing one and its package.
#[cfg(all(feature = "gui", target_os = "linux"))]
fn missing_x11_library() -> Option<String> {
    use kostenbaten::app::system_libraries::{loads, missing_libraries, missing_libraries_line};
    let x11_only = std::env::var_os("DISPLAY").is_some()
        && ["WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
            .iter()
            .all(|name| std::env::var_os(name).is_none());
    if !x11_only {
        return None;
    }
    missing_libraries_line(&missing_libraries(loads))
}

#[cfg(all(feature = "gui", not(target_os = "linux")))]
fn missing_x11_library() -> Option<String> {
    None
}

#[cfg(not(feature = "gui"))]
fn open_app(_file: Option<std::path::PathBuf>) -> ExitCode {
    fail(
        "gebouwd zonder de feature `gui`; gebruik `kostenbaten sheet BESTAND` of bouw met de \
         standaardfeatures",
    )
}

/// The renderer: glow (OpenGL), or wgpu with `KOSTENBATEN_RENDERER=wgpu` in a build with the
/// `wgpu` feature. On Mesa's software drivers glow keeps the resident memory after start lower than
/// wgpu (Vulkan), and without wgpu the binary is smaller: see BENCHMARKS.md.
#[cfg(feature = "gui")]
fn renderer() -> eframe::Renderer {
    #[cfg(feature = "wgpu")]
    if std::env::var("KOSTENBATEN_RENDERER").as_deref() == Ok("wgpu") {
        return eframe::Renderer::Wgpu;
    }
    eframe::Renderer::Glow
}

/// Without `XDG_RUNTIME_DIR` (a bare `ssh` or `su` session) the Wayland client library the window
/// system probes prints "XDG_RUNTIME_DIR is invalid or not set" four times at every start. Give it
/// a private folder of its own instead (mode 0700, as the XDG spec requires).
#[cfg(all(feature = "gui", unix))]
fn quiet_runtime_dir() {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt};
    if std::env::var_os("XDG_RUNTIME_DIR").is_some() {
        return;
    }
    let uid = std::fs::metadata("/proc/self").map_or(0, |m| m.uid());
    let dir = std::env::temp_dir().join(format!("kostenbaten-runtime-{uid}"));
    // Created now, or left by an earlier start: used only when it is a folder of this user.
    let _ = std::fs::DirBuilder::new().mode(0o700).create(&dir);
    let ours = std::fs::symlink_metadata(&dir)
        .is_ok_and(|m| m.is_dir() && m.uid() == uid && m.mode() & 0o077 == 0);
    if ours {
        // SAFETY: called from `main` before the window system starts any thread; nothing else
        // reads or writes the environment concurrently at this point.
        unsafe { std::env::set_var("XDG_RUNTIME_DIR", &dir) };
    }
}

#[cfg(all(feature = "gui", not(unix)))]
fn quiet_runtime_dir() {}
