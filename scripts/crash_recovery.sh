#!/usr/bin/env bash
# Crash recovery end to end (issue 13): the real release app under Xvfb gets an unsaved edit (a
# click on the wage-value slider), is killed with SIGKILL 12 s later, and its storage must then
# hold the recovery copy with the edit, which the next start offers (the offer itself is tested in
# tests/app_main.rs). Needs xvfb and xdotool. Exit 0 when the edit survived.
# KOSTENBATEN_BIN=target/debug/kostenbaten uses an existing build (CI: the one `cargo test` made).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${KOSTENBATEN_BIN:-target/release/kostenbaten}"
if [ -z "${KOSTENBATEN_BIN:-}" ]; then cargo build --release --quiet; fi
data="$(mktemp -d)"
runtime="$(mktemp -d)"; chmod 700 "$runtime"
# A display number no other X server holds.
n=70
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
display=":$n"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
run() {
    DISPLAY="$display" XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$data" HOME="$data" \
        WAYLAND_DISPLAY= "$bin" >/dev/null 2>&1 &
    app=$!
    for _ in $(seq 1 600); do
        if DISPLAY="$display" xdotool search --onlyvisible --name kostenbaten >/dev/null 2>&1; then
            break
        fi
        sleep 0.05
    done
    window="$(DISPLAY="$display" xdotool search --onlyvisible --name kostenbaten | head -1)"
    DISPLAY="$display" xdotool windowmove "$window" 0 0 windowsize "$window" 1280 720
    sleep 2
}
run
# The wage-value slider of the built-in example (40 %) sits at y = 143: a short drag at x = 200
# sets it to about 86 %, an unsaved edit. Then no input at all until the kill.
xdo() { DISPLAY="$display" xdotool "$@"; sleep 0.25; }
xdo mousemove 150 143
xdo mousemove 200 143
xdo mousedown 1
xdo mousemove 205 143
xdo mouseup 1
sleep 12
kill -9 "$app"
wait "$app" 2>/dev/null || true
store="$(find "$data" -name 'app.ron' | head -1)"
# The settings are a RON string inside eframe's key-value file, so quotes appear escaped.
if [ -z "$store" ] || ! grep -qF 'recovery:Some(' "$store"; then
    echo "FAIL: no recovery copy after kill -9 (${store:-no storage file})" >&2
    exit 1
fi
if ! grep -qF 'wage_value_pct: \\\"' "$store" || grep -qF 'wage_value_pct: \\\"40\\\"' "$store"; then
    echo "FAIL: the recovery copy does not hold the edit" >&2
    exit 1
fi
rm -rf "$data" "$runtime"
echo "OK: the edit made 12 s before kill -9 is in the recovery copy"
