#!/usr/bin/env bash
# Crash recovery end to end (issue 13): the real release app under Xvfb gets an unsaved edit (a
# drag of the wage-value slider), is killed with SIGKILL as soon as its storage holds the recovery
# copy with the edit — which must happen within 30 s — and the copy must hold the edit; the next
# start offers it (the offer itself is tested in tests/app/app_main.rs). Needs xvfb and xdotool.
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
    # The app picks its own graphics backend (CI sets WGPU_BACKEND=vulkan for the snapshots).
    env -u WGPU_BACKEND DISPLAY="$display" XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$data" \
        HOME="$data" WAYLAND_DISPLAY= "$bin" >"$data/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 600); do
        if DISPLAY="$display" xdotool search --onlyvisible --name kostenbaten >/dev/null 2>&1; then
            break
        fi
        sleep 0.05
    done
    window="$(DISPLAY="$display" xdotool search --onlyvisible --name kostenbaten | head -1 || true)"
    if [ -z "$window" ]; then
        echo "FAIL: the app showed no window in 30 s: $(head -c 400 "$data/app.log")" >&2
        exit 1
    fi
    DISPLAY="$display" xdotool windowmove "$window" 0 0 windowsize "$window" 1280 720
    sleep 2
}
run
# The wage-value slider of the built-in example (40 %) sits at y = 143: a short drag at x = 200
# sets it to about 86 %, an unsaved edit (the window title gets its "*"). Then no input at all.
xdo() { DISPLAY="$display" xdotool "$@"; sleep 0.25; }
for attempt in 1 2 3; do
    xdo mousemove 150 143
    xdo mousemove 200 143
    xdo mousedown 1
    xdo mousemove 205 143
    xdo mouseup 1
    sleep 1
    if DISPLAY="$display" xdotool getwindowname "$window" | grep -qF '*'; then break; fi
    if [ "$attempt" = 3 ]; then echo "FAIL: the drag made no edit" >&2; exit 1; fi
done
# The recovery copy must hold the edit within 30 s (it is stored every 10 s); kill as soon as it does.
store=""
for second in $(seq 1 30); do
    sleep 1
    store="$(find "$data" -name 'app.ron' | head -1)"
    if [ -n "$store" ] && grep -qF 'recovery:Some(' "$store"; then break; fi
done
if ! kill -9 "$app" 2>/dev/null; then
    echo "FAIL: the app exited by itself: $(head -c 400 "$data/app.log")" >&2
    exit 1
fi
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
echo "OK: the edit was in the recovery copy ${second} s after it was made, and survived kill -9"
