//! Embeds the Windows resources (the icon and version of `kostenbaten.exe`,
//! `packaging/windows/kostenbaten.rc`) when building for a Windows target with the GNU toolchain:
//! windres compiles them to an object file that is linked into the binary. Every other target,
//! including native Linux builds, does nothing here.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/kostenbaten.rc");
    println!("cargo:rerun-if-changed=packaging/windows/kostenbaten.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os != "windows" {
        return;
    }
    if target_env != "gnu" {
        println!("cargo:warning=no icon embedded: only the GNU toolchain's windres is supported");
        return;
    }
    if let Err(message) = embed_resources() {
        println!("cargo:warning=no icon embedded in kostenbaten.exe: {message}");
    }
}

/// Compile the .rc with windres (`WINDRES`, else `<arch>-w64-mingw32-windres`) and link it.
fn embed_resources() -> Result<(), String> {
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let windres =
        std::env::var("WINDRES").unwrap_or_else(|_| format!("{arch}-w64-mingw32-windres"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let manifest_dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let folder = manifest_dir.join("packaging").join("windows");
    let object = out_dir.join("kostenbaten-resources.o");
    let version = std::env::var("CARGO_PKG_VERSION").map_err(|e| e.to_string())?;
    let mut parts: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    parts.resize(4, "0".to_owned());
    let status = Command::new(&windres)
        .arg("--input")
        .arg(folder.join("kostenbaten.rc"))
        .arg("--include-dir")
        .arg(&folder)
        .arg(format!("-DKB_VERSION={}", parts.join(",")))
        .args(["--output-format", "coff", "--output"])
        .arg(&object)
        .status()
        .map_err(|err| format!("{windres} could not start: {err}"))?;
    if !status.success() {
        return Err(format!("{windres} failed ({status})"));
    }
    println!("cargo:rustc-link-arg-bin=kostenbaten={}", object.display());
    Ok(())
}
