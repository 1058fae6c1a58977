#!/usr/bin/env bash
# Build the app for a browser into dist/web/: a static page (index.html, start.js, the icon) and
# the app as WebAssembly (wasm-bindgen's --target web output, no bundler). Serve the folder with
# any static file server, e.g. `python3 -m http.server -d dist/web`.
#
# The wasm build uses Debian's rustc-web (rustc, cargo and the std source in /usr) with
# -Z build-std (Debian ships no wasm32 std) and Debian's wasm-ld; wasm-bindgen-cli, exactly the
# version in Cargo.lock, is installed into target/tools/ with rustup's cargo the first time.
# Run again: only what changed is built. Exits non-zero on any failure.
#
# Environment:
#   KOSTENBATEN_WEB_PROFILE     cargo profile (default: web, Cargo.toml; web-dev builds faster)
#   KOSTENBATEN_WEB_TARGET_DIR  cargo's target folder (default: target/web)
#   WASM_LD                     the wasm linker (default: wasm-ld-22, wasm-ld, or LLVM 22's)
#   NO_WASM_OPT=1               skip binaryen's wasm-opt even where it is installed
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
profile="${KOSTENBATEN_WEB_PROFILE:-web}"
target_dir="${KOSTENBATEN_WEB_TARGET_DIR:-$root/target/web}"
out="$root/dist/web"
tools="$root/target/tools"
started=$(date +%s)

say() { printf 'build-web: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# rustup's cargo (for installing wasm-bindgen-cli) is whatever `cargo` is on PATH now, before
# /usr/bin goes first for the wasm build.
rustup_cargo="$(command -v cargo || true)"

for tool in /usr/bin/cargo /usr/bin/rustc; do
    [[ -x $tool ]] || die "$tool ontbreekt: installeer Debian's rustc-web en cargo-web (apt-get install rustc-web cargo-web)"
done
[[ -d /usr/lib/rustlib/src/rust/library/std ]] \
    || die "de broncode van std ontbreekt (/usr/lib/rustlib/src): installeer rust-web-src"
wasm_ld="${WASM_LD:-}"
if [[ -z $wasm_ld ]]; then
    for candidate in wasm-ld-22 wasm-ld /usr/lib/llvm-22/bin/wasm-ld; do
        if command -v "$candidate" >/dev/null; then
            wasm_ld="$(command -v "$candidate")"
            break
        fi
    done
fi
[[ -n $wasm_ld ]] || die "geen wasm-ld gevonden: installeer lld (apt-get install lld-22) of zet WASM_LD"

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[[ -n $bindgen_version ]] || die "wasm-bindgen staat niet in Cargo.lock"
bindgen="$tools/bin/wasm-bindgen"
if [[ ! -x $bindgen ]] || [[ "$("$bindgen" --version)" != "wasm-bindgen $bindgen_version" ]]; then
    [[ -n $rustup_cargo ]] || die "cargo (rustup) ontbreekt om wasm-bindgen-cli te installeren"
    say "wasm-bindgen-cli $bindgen_version installeren in $tools"
    # Without --locked: its lock file pins a crate version the registry may lack.
    "$rustup_cargo" install wasm-bindgen-cli --version "$bindgen_version" --root "$tools"
fi

say "wasm bouwen (profiel $profile)"
build_started=$(date +%s)
env PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$wasm_ld" CARGO_TARGET_DIR="$target_dir" \
    /usr/bin/cargo build --profile "$profile" --target wasm32-unknown-unknown \
    -Z build-std=std,panic_abort --no-default-features --features cli,app --bin kostenbaten
build_seconds=$(($(date +%s) - build_started))
wasm_in="$target_dir/wasm32-unknown-unknown/$profile/kostenbaten.wasm"
[[ -f $wasm_in ]] || die "$wasm_in ontbreekt na de build"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
"$bindgen" --target web --no-typescript --remove-name-section --remove-producers-section --out-dir "$staging" "$wasm_in"
wasm_out="$staging/kostenbaten_bg.wasm"
# binaryen before 116 (Debian 12 ships 108) breaks wasm-bindgen's reference-types output: the page
# then fails with "WebAssembly.Table.set(): Argument 1 is invalid". Only a newer one is used.
opt_version="$(wasm-opt --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)"
if [[ -z ${NO_WASM_OPT:-} ]] && [[ ${opt_version:-0} -ge 116 ]]; then
    say "wasm-opt -Oz"
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        "$wasm_out" -o "$wasm_out.opt"
    mv "$wasm_out.opt" "$wasm_out"
else
    say "wasm-opt niet gebruikt (binaryen ≥ 116 niet geïnstalleerd, of NO_WASM_OPT gezet)"
fi
cp scripts/web/index.html scripts/web/start.js "$staging/"
cp assets/icon.png "$staging/icon.png"

# Replace dist/web only now that everything is there.
rm -rf "$out"
mkdir -p "$(dirname "$out")"
mv "$staging" "$out"
trap - EXIT
chmod 755 "$out"

raw=$(stat -c %s "$out/kostenbaten_bg.wasm")
gz=$(gzip -9 -c "$out/kostenbaten_bg.wasm" | wc -c)
js=$(stat -c %s "$out/kostenbaten.js")
mib() { awk -v b="$1" 'BEGIN { printf "%.2f MiB", b / 1048576 }'; }
say "klaar in $out"
printf 'wasm:        %s bytes (%s)\n' "$raw" "$(mib "$raw")"
printf 'wasm gzip-9: %s bytes (%s)\n' "$gz" "$(mib "$gz")"
printf 'js:          %s bytes\n' "$js"
printf 'cargo build: %s s; totaal: %s s\n' "$build_seconds" "$(($(date +%s) - started))"
