//! `kostenbaten`: opens the app, or runs a headless command.
//!
//! On Windows the binary is a GUI program (no console window when the app is double-clicked); a
//! command started from `cmd` or PowerShell borrows its parent's console to print (see
//! `windows_console`), and output redirected to a file or a pipe goes there unchanged.
//!
//! In a browser (wasm32) the page starts the app and there is no command line: the functions below
//! `main` are for the desktop.
#![windows_subsystem = "windows"]
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
#[cfg(feature = "gui")]
use kostenbaten::app::renderer::{self, Renderer};
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
    #[cfg(windows)]
    windows_console::attach();
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
    let plan = renderer::plan(
        std::env::var("KOSTENBATEN_RENDERER").ok().as_deref(),
        cfg!(feature = "wgpu"),
    );
    if let Some(warning) = &plan.warning {
        let _ = writeln!(std::io::stderr(), "kostenbaten: {}", one_line(warning));
    }
    // A library the window system cannot load makes some crates panic (xkbcommon-dl); that panic
    // becomes one line naming the library, every other panic stays a panic with its message.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if library_panic_line(&panic_text(info.payload())).is_none() {
            previous_hook(info);
        }
    }));
    for (index, &renderer) in plan.order.iter().enumerate() {
        let app_created = std::rc::Rc::new(std::cell::Cell::new(false));
        let failure = match start(renderer, file.clone(), &app_created) {
            Ok(()) => return ExitCode::SUCCESS,
            Err(Started::Library(line)) => return fail(&line),
            Err(failure) => failure,
        };
        // eframe keeps winit's event loop for the thread (`run_and_return`), so the window can be
        // opened a second time in this process with the next renderer.
        match (
            renderer::after_failure(&plan, index, app_created.get()),
            failure,
        ) {
            (Some(next), Started::Failed(err)) => {
                let line = renderer::fallback_line(renderer, &err, next);
                let _ = writeln!(std::io::stderr(), "kostenbaten: {}", one_line(&line));
            }
            (Some(next), Started::Panicked(payload)) => {
                let err = panic_text(payload.as_ref());
                let line = renderer::fallback_line(renderer, &err, next);
                let _ = writeln!(std::io::stderr(), "kostenbaten: {}", one_line(&line));
            }
            (_, Started::Failed(err) | Started::Library(err)) => {
                return fail(&format!("het venster kon niet openen: {err}"));
            }
            (None, Started::Panicked(payload)) => std::panic::resume_unwind(payload),
        }
    }
    fail("het venster kon niet openen: geen renderer om te proberen")
}

/// Why the window did not run to its end.
#[cfg(feature = "gui")]
enum Started {
    /// eframe returned an error (the renderer could not start, or failed later): its text.
    Failed(String),
    /// A library the window system needs is missing: the line that names it.
    Library(String),
    /// Any other panic: raised again, unless the renderer panicked before the app was created.
    Panicked(Box<dyn std::any::Any + Send>),
}

/// Open the window with `renderer` and run it until it is closed.
#[cfg(feature = "gui")]
fn start(
    renderer: Renderer,
    file: Option<std::path::PathBuf>,
    app_created: &std::rc::Rc<std::cell::Cell<bool>>,
) -> Result<(), Started> {
    let mut options = kostenbaten::app::native_options();
    options.renderer = eframe_renderer(renderer);
    let created = std::rc::Rc::clone(app_created);
    let started = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        eframe::run_native(
            "kostenbaten",
            options,
            Box::new(move |cc| {
                created.set(true);
                Ok(Box::new(kostenbaten::app::KostenbatenApp::new(cc, file)))
            }),
        )
    }));
    match started {
        Ok(Ok(())) => Ok(()),
        Ok(Err(err)) => Err(Started::Failed(err.to_string())),
        Err(payload) => Err(match library_panic_line(&panic_text(payload.as_ref())) {
            Some(line) => Started::Library(line),
            None => Started::Panicked(payload),
        }),
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

/// eframe's renderer for [`Renderer`]; the plan names wgpu only in a build with the `wgpu`
/// feature (see `kostenbaten::app::renderer`). On Mesa's software drivers glow keeps the resident
/// memory after start lower than wgpu (Vulkan), and without wgpu the binary is smaller: see
/// BENCHMARKS.md.
#[cfg(feature = "gui")]
fn eframe_renderer(renderer: Renderer) -> eframe::Renderer {
    match renderer {
        Renderer::Glow => eframe::Renderer::Glow,
        #[cfg(feature = "wgpu")]
        Renderer::Wgpu => eframe::Renderer::Wgpu,
        #[cfg(not(feature = "wgpu"))]
        Renderer::Wgpu => eframe::Renderer::Glow,
    }
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

/// A Windows GUI program has no console of its own. Started from `cmd` or PowerShell, a command
/// borrows its parent's (`AttachConsole`) so its report and error lines are seen; a stream already
/// redirected to a file or pipe (`> out.txt`, `| more`) keeps its handle, so output goes there
/// byte for byte. Double-clicked (no parent console), nothing changes and no window flashes.
#[cfg(windows)]
mod windows_console {
    use windows_sys::Win32::Foundation::{
        GENERIC_READ, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE,
    };
    use windows_sys::Win32::Storage::FileSystem::{
        CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
    };
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
    };

    /// The three standard streams and the console device each falls back to.
    const STREAMS: [(STD_HANDLE, &str); 3] = [
        (STD_INPUT_HANDLE, "CONIN$"),
        (STD_OUTPUT_HANDLE, "CONOUT$"),
        (STD_ERROR_HANDLE, "CONOUT$"),
    ];

    fn usable(handle: HANDLE) -> bool {
        !handle.is_null() && handle != INVALID_HANDLE_VALUE
    }

    /// Attach to the parent's console for the streams that have no handle yet.
    pub fn attach() {
        // SAFETY: GetStdHandle only reads the process's standard handles.
        let before = STREAMS.map(|(stream, _)| unsafe { GetStdHandle(stream) });
        if before.iter().all(|handle| usable(*handle)) {
            return;
        }
        // SAFETY: a plain call; it fails (0) when the parent has no console, e.g. Explorer.
        if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
            return;
        }
        for ((stream, device), handle) in STREAMS.into_iter().zip(before) {
            if usable(handle) {
                // A redirected stream stays where it was sent.
                // SAFETY: puts back the process's own, still open handle.
                unsafe { SetStdHandle(stream, handle) };
                continue;
            }
            // SAFETY: as above, a read of the standard handle.
            if usable(unsafe { GetStdHandle(stream) }) {
                continue;
            }
            let name: Vec<u16> = device.encode_utf16().chain([0]).collect();
            // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; no
            // security attributes and no template file.
            let console = unsafe {
                CreateFileW(
                    name.as_ptr(),
                    GENERIC_READ | GENERIC_WRITE,
                    FILE_SHARE_READ | FILE_SHARE_WRITE,
                    std::ptr::null(),
                    OPEN_EXISTING,
                    0,
                    std::ptr::null_mut(),
                )
            };
            if usable(console) {
                // SAFETY: hands the process a console handle it owns for the rest of its life.
                unsafe { SetStdHandle(stream, console) };
            }
        }
    }
}
