#!/usr/bin/env bash
# Regenerate the README's screenshot (assets/screenshot.png): the release app on the built-in
# example in a 1280×720 virtual screen. Needs Xvfb, ImageMagick's `import` and xdotool:
#   apt-get install xvfb xauth imagemagick xdotool libx11-xcb1 libxcursor1 libxi6 \
#       libxkbcommon-x11-0 libegl1 libgl1-mesa-dri
# Usage: scripts/screenshot.sh [MODEL.ron] [OUT.png]
# KOSTENBATEN_BIN=path shoots that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
model="${1:-}"
out="${2:-assets/screenshot.png}"

if [ -z "${KOSTENBATEN_BIN:-}" ]; then
    cargo build --release --quiet
fi
bin="${KOSTENBATEN_BIN:-${CARGO_TARGET_DIR:-target}/release/kostenbaten}"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
runtime="$(mktemp -d)"
chmod 700 "$runtime"
# shellcheck disable=SC2086
DISPLAY="$display" XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY= \
    "$bin" $model >/dev/null 2>&1 &
app=$!
# Wait for the window, make it fill the screen, give it a few frames to lay out.
for _ in $(seq 1 50); do
    if DISPLAY="$display" xdotool search --name kostenbaten >/dev/null 2>&1; then break; fi
    sleep 0.2
done
window="$(DISPLAY="$display" xdotool search --name kostenbaten | head -1)"
DISPLAY="$display" xdotool windowmove "$window" 0 0 windowsize "$window" 1280 720
sleep 2
DISPLAY="$display" import -window root "$out"
echo "wrote $out"
