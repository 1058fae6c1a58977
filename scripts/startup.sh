#!/usr/bin/env bash
# Start-up and idle figures of the real release app under Xvfb (issue 13; BENCHMARKS.md):
# time from exec until its window is mapped (the first frame), resident memory after start, CPU
# time over 10 idle seconds, and the stripped binary's size. Needs xvfb, xdotool.
# Usage: scripts/startup.sh [RUNS]   (median of RUNS starts, default 5)
# KOSTENBATEN_BIN=path measures that binary instead of building the release one;
# KOSTENBATEN_RENDERER=glow|wgpu picks the app's renderer (glow when unset).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
if [ -z "${KOSTENBATEN_BIN:-}" ]; then
    cargo build --release --quiet
fi
bin="${KOSTENBATEN_BIN:-${CARGO_TARGET_DIR:-target}/release/kostenbaten}"
display=":$((80 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
runtime="$(mktemp -d)"; chmod 700 "$runtime"
ticks=$(getconf CLK_TCK)
starts=(); rss=(); idle=()
for _ in $(seq 1 "$runs"); do
    t0=$(date +%s%N)
    DISPLAY="$display" XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY= "$bin" >/dev/null 2>&1 &
    app=$!
    until DISPLAY="$display" xdotool search --onlyvisible --name kostenbaten >/dev/null 2>&1; do sleep 0.005; done
    t1=$(date +%s%N)
    starts+=($(( (t1 - t0) / 1000000 )))
    sleep 3
    rss+=($(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status))
    cpu0=$(awk '{print $14+$15}' /proc/$app/stat)
    sleep 10
    cpu1=$(awk '{print $14+$15}' /proc/$app/stat)
    idle+=($(( (cpu1 - cpu0) * 1000 / ticks )))
    kill "$app"; wait "$app" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
stripped="$(mktemp)"; cp "$bin" "$stripped" && strip "$stripped"
echo "start to window (ms): $(median "${starts[@]}") median of ${runs}: ${starts[*]}"
echo "resident memory after start (MB): $(median "${rss[@]}") median: ${rss[*]}"
echo "CPU over 10 idle seconds (ms): $(median "${idle[@]}") median: ${idle[*]}"
echo "release binary (bytes): $(stat -c %s "$bin"), stripped $(stat -c %s "$stripped")"
rm -f "$stripped"
