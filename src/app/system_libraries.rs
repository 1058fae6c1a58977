//! The system libraries the window system loads at run time, checked before the window opens, so
//! a missing one is one line naming the file and the Debian/Ubuntu package that holds it — never a
//! panic with a backtrace (winit's keyboard library panics when `libxkbcommon-x11` is missing) nor
//! "failed to load one of xlib's shared libraries" without saying which.

/// A shared library loaded with `dlopen` by winit (through x11-dl and xkbcommon-dl), and the
/// Debian package that installs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SystemLibrary {
    /// The file name winit asks the dynamic loader for.
    pub file: &'static str,
    /// The Debian/Ubuntu package that installs it.
    pub package: &'static str,
}

/// Every library winit's X11 backend loads when it starts (winit 0.30 `XConnection::new`:
/// Xlib, Xcursor, Xlib-xcb, XInput2; then xkbcommon and xkbcommon-x11 for the keyboard).
pub const X11_LIBRARIES: [SystemLibrary; 6] = [
    SystemLibrary {
        file: "libX11.so.6",
        package: "libx11-6",
    },
    SystemLibrary {
        file: "libXcursor.so.1",
        package: "libxcursor1",
    },
    SystemLibrary {
        file: "libX11-xcb.so.1",
        package: "libx11-xcb1",
    },
    SystemLibrary {
        file: "libXi.so.6",
        package: "libxi6",
    },
    SystemLibrary {
        file: "libxkbcommon.so.0",
        package: "libxkbcommon0",
    },
    SystemLibrary {
        file: "libxkbcommon-x11.so.0",
        package: "libxkbcommon-x11-0",
    },
];

/// The libraries of `X11_LIBRARIES` that `can_load` cannot load, in the table's order.
pub fn missing_libraries(can_load: impl Fn(&str) -> bool) -> Vec<SystemLibrary> {
    X11_LIBRARIES
        .iter()
        .copied()
        .filter(|library| !can_load(library.file))
        .collect()
}

/// One line naming the missing libraries and the `apt-get` command that installs them; `None` when
/// nothing is missing.
pub fn missing_libraries_line(missing: &[SystemLibrary]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let files: Vec<&str> = missing.iter().map(|library| library.file).collect();
    let packages: Vec<&str> = missing.iter().map(|library| library.package).collect();
    let noun = if missing.len() == 1 {
        "ontbreekt een systeembibliotheek"
    } else {
        "ontbreken systeembibliotheken"
    };
    Some(format!(
        "het venster kan niet openen: er {noun} ({}); installeer met `apt-get install {}`, of \
         gebruik een opdracht zonder venster, zoals `kostenbaten sheet BESTAND`",
        files.join(", "),
        packages.join(" ")
    ))
}

/// The one line for a panic in the window system that says a library could not be loaded
/// (xkbcommon-dl: "Library libxkbcommon-x11.so could not be loaded."), naming the package when
/// the library is one of ours; `None` for any other panic, which must stay a panic.
pub fn library_panic_line(panic_message: &str) -> Option<String> {
    let rest = panic_message.trim().strip_prefix("Library ")?;
    let (file, _) = rest.split_once(" could not be loaded")?;
    let stem = file.split(".so").next().unwrap_or(file);
    let known = X11_LIBRARIES
        .iter()
        .find(|library| library.file.split(".so").next() == Some(stem));
    Some(match known {
        Some(library) => {
            missing_libraries_line(&[*library]).unwrap_or_else(|| library.file.to_owned())
        }
        None => format!(
            "het venster kan niet openen: de systeembibliotheek {file} ontbreekt; installeer het \
             pakket dat haar levert, of gebruik een opdracht zonder venster, zoals `kostenbaten \
             sheet BESTAND`"
        ),
    })
}

/// Whether the dynamic loader finds and loads `file` (as winit will moments later).
#[cfg(unix)]
pub fn loads(file: &str) -> bool {
    // SAFETY: loading a system library runs its initialisers; these are the X11 libraries winit
    // loads (and initialises) in the same process right after this check, so nothing runs that
    // would not run anyway. The handle is closed again when dropped.
    unsafe { libloading::Library::new(file) }.is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_missing_is_no_line() {
        assert_eq!(missing_libraries(|_| true), Vec::new());
        assert_eq!(missing_libraries_line(&[]), None);
    }

    #[test]
    fn each_missing_library_is_named_with_its_package() {
        // Only Xcursor and xkbcommon-x11 missing: both files and both packages, in table order.
        let missing =
            missing_libraries(|file| file != "libXcursor.so.1" && file != "libxkbcommon-x11.so.0");
        let line = missing_libraries_line(&missing).unwrap_or_default();
        assert!(!line.contains('\n'), "{line}");
        assert!(
            line.contains("(libXcursor.so.1, libxkbcommon-x11.so.0)"),
            "{line}"
        );
        assert!(
            line.contains("`apt-get install libxcursor1 libxkbcommon-x11-0`"),
            "{line}"
        );
    }

    #[test]
    fn the_xkbcommon_panic_becomes_one_line_with_the_package() {
        // The message xkbcommon-dl 0.4 panics with when libxkbcommon-x11.so.0 is absent.
        let line = library_panic_line("Library libxkbcommon-x11.so could not be loaded.")
            .unwrap_or_default();
        assert!(line.contains("libxkbcommon-x11.so.0"), "{line}");
        assert!(
            line.contains("apt-get install libxkbcommon-x11-0"),
            "{line}"
        );
        assert!(!line.contains('\n'), "{line}");
    }

    #[test]
    fn an_unknown_library_is_named_and_other_panics_stay_panics() {
        let line =
            library_panic_line("Library libfoo.so.3 could not be loaded.").unwrap_or_default();
        assert!(line.contains("libfoo.so.3"), "{line}");
        assert_eq!(library_panic_line("index out of bounds"), None);
    }
}
