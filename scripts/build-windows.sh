#!/usr/bin/env bash
# Cross-build kostenbaten for 64-bit Windows on Linux (Debian 12), and package it:
#   dist/windows/kostenbaten.exe           the app and every headless command (--features wgpu)
#   dist/windows/kostenbaten-setup.exe     NSIS installer, per user (packaging/windows/installer.nsi)
#   dist/windows/kostenbaten-portable.zip  kostenbaten.exe and the example models, unpack and run
#
# Toolchain: rustup's std for x86_64-pc-windows-gnu when installed
# (`rustup target add x86_64-pc-windows-gnu`), otherwise Debian's rustc-web with its std source,
# which builds std for the target itself (-Z build-std). Linked with mingw-w64's gcc; the icon is
# embedded by build.rs with mingw-w64's windres.
# Run as root on a machine without them, the missing packages are installed with apt-get
# (gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis zip, and rustc-web cargo-web rust-web-src
# when rustup has no Windows std); as another user it only says what is missing.
#
# Environment: WINDOWS_TARGET_DIR (default target/platform) is the cargo target folder, kept
# between runs so a second build is quick. KOSTENBATEN_WIN_TOOLCHAIN=rustup|debian forces a
# toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
target_dir="${WINDOWS_TARGET_DIR:-target/platform}"
out=dist/windows
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
script_start=$SECONDS

step() { printf '\n==> %s\n' "$*"; }
took() { printf '    (%d s)\n' "$((SECONDS - $1))"; }
size() { printf '    %-34s %10d bytes (%s MiB)\n' "$(basename "$1")" "$(stat -c %s "$1")" \
    "$(awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }')"; }

# Packages: installed with apt-get when root, otherwise named.
need_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "    apt-get install ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
        exit 1
    fi
}

step "toolchain"
t=$SECONDS
toolchain="${KOSTENBATEN_WIN_TOOLCHAIN:-}"
if [ -z "$toolchain" ]; then
    if command -v rustup >/dev/null 2>&1 &&
        rustup target list --installed 2>/dev/null | grep -qx "$target"; then
        toolchain=rustup
    else
        toolchain=debian
    fi
fi
packages=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis zip)
[ "$toolchain" = debian ] && packages+=(rustc-web cargo-web rust-web-src)
need_packages "${packages[@]}"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
build=(build --locked --release --target "$target" --features wgpu --bin kostenbaten)
if [ "$toolchain" = debian ]; then
    # Debian ships no prebuilt std for Windows: cargo builds it from rust-web-src (nightly
    # -Z flags on a stable compiler need RUSTC_BOOTSTRAP).
    export PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
    cargo=/usr/bin/cargo
    build+=(-Z build-std=std,panic_abort)
else
    cargo=cargo
fi
echo "    $toolchain: $("${RUSTC:-rustc}" --version), target folder $target_dir"
took $t

step "cross-build kostenbaten.exe ($version)"
t=$SECONDS
CARGO_TARGET_DIR="$target_dir" "$cargo" "${build[@]}"
exe="$target_dir/$target/release/kostenbaten.exe"
mkdir -p "$out"
cp "$exe" "$out/kostenbaten.exe"
# The icon and version must be in the exe (build.rs only warns when windres is missing).
if ! x86_64-w64-mingw32-objdump -h "$out/kostenbaten.exe" | grep -q '\.rsrc'; then
    echo "kostenbaten.exe has no resources (icon): is x86_64-w64-mingw32-windres installed?" >&2
    exit 1
fi
took $t

step "installer"
t=$SECONDS
rm -f "$out/kostenbaten-setup.exe"
makensis -V2 -DVERSION="$version" -DEXE="$PWD/$out/kostenbaten.exe" -DMODELS="$PWD/assets/models" \
    -DOUTFILE="$PWD/$out/kostenbaten-setup.exe" packaging/windows/installer.nsi
took $t

step "portable zip"
t=$SECONDS
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/kostenbaten/voorbeelden"
cp "$out/kostenbaten.exe" "$stage/kostenbaten/"
cp assets/models/*.ron "$stage/kostenbaten/voorbeelden/"
# Same input, same zip: fixed dates, no extra attributes, files in name order.
find "$stage/kostenbaten" -exec touch -d '2000-01-01 00:00:00' {} +
rm -f "$out/kostenbaten-portable.zip"
(cd "$stage" && find kostenbaten | LC_ALL=C sort | zip -q -X -9 "$OLDPWD/$out/kostenbaten-portable.zip" -@)
took $t

step "sizes"
for file in "$out/kostenbaten.exe" "$out/kostenbaten-setup.exe" "$out/kostenbaten-portable.zip"; do
    size "$file"
done
limit=$((20 * 1000 * 1000))
for file in "$out/kostenbaten.exe" "$out/kostenbaten-setup.exe"; do
    if [ "$(stat -c %s "$file")" -gt "$limit" ]; then
        echo "WARNING: $(basename "$file") is over the 20 MB goal" >&2
    fi
done
printf '\ndone in %d s\n' "$((SECONDS - script_start))"
