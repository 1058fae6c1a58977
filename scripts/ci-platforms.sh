#!/usr/bin/env bash
# The platform builds and their tests, as CI runs them after the test suite (.ci/run): the Windows
# executable, installer and portable zip under Wine and Xvfb, the web page in headless Chromium, the
# Linux package. Run as root on Debian 12 (after `apt-get update`) it installs what they need.
#
# The Windows and the web build run side by side: each ends in a long single-threaded link (fat
# LTO), so together they keep both cores busy. The .deb is made of the debug binary `cargo test`
# built (the package is what is tested here; scripts/release.sh packages the release build).
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    # Debian's rustc-web 1.96 with its standard library's source builds std for Windows and wasm32
    # (rustup cannot fetch targets here); wasm-ld of LLVM 22 (rustc-web's LLVM) links wasm32;
    # Chromium shows the page. The Windows and .deb scripts install their own packages.
    apt-get install -y -q --no-install-recommends \
        rustc-web cargo-web rust-web-src lld-22 chromium python3 file
fi

linux_bin="${KOSTENBATEN_LINUX_BIN:-target/debug/kostenbaten}"
[ -x "$linux_bin" ] || cargo build --locked --bin kostenbaten
# Absolute: the web test runs the engine from its own folder.
linux_bin="$(realpath "$linux_bin")"
export KOSTENBATEN_LINUX_BIN="$linux_bin" KOSTENBATEN="$linux_bin"

step() {
    local started=$SECONDS
    echo "== $*"
    "$@"
    echo "== $1: $((SECONDS - started)) s"
}

# Both builds at once, each into its own log, shown when it ends (and in full when it fails).
logs="$(mktemp -d)"
started=$SECONDS
scripts/build-windows.sh >"$logs/windows.log" 2>&1 &
windows=$!
scripts/build-web.sh >"$logs/web.log" 2>&1 &
web=$!
failed=0
for job in "windows:$windows" "web:$web"; do
    name="${job%%:*}"
    if wait "${job#*:}"; then
        echo "== build-$name.sh (last lines):"
        tail -n 15 "$logs/$name.log"
    else
        echo "== build-$name.sh FAILED:" >&2
        tail -n 80 "$logs/$name.log" >&2
        failed=1
    fi
done
echo "== both builds: $((SECONDS - started)) s"
rm -rf "$logs"
[ "$failed" = 0 ]

step scripts/test-windows.sh
SKIP_BUILD=1 step scripts/test-web.sh
KOSTENBATEN_BIN="$linux_bin" step scripts/build-deb.sh
step scripts/test-deb.sh
