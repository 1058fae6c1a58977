#!/usr/bin/env bash
# Test the app in a browser: build dist/web (scripts/build-web.sh, unless SKIP_BUILD=1 and it is
# there), then open it in headless Chromium through playwright-core (scripts/web-test/test.mjs):
# load time, every request to the page's own origin, the figures against the engine's command
# line, a slider drag (frame times), offline use, screenshots in target/web-test/, and the recovery
# copy after a reload. Exits non-zero on any failure.
#
# Needs: Debian's chromium (apt-get install chromium), node and npm, python3; the native
# `kostenbaten` binary for the expected figures (built here with cargo unless KOSTENBATEN is set).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ ${SKIP_BUILD:-} != 1 || ! -f dist/web/kostenbaten_bg.wasm ]]; then
    scripts/build-web.sh
fi

command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null \
    || { echo "test-web: chromium ontbreekt (apt-get install chromium)" >&2; exit 1; }

if [[ -z ${KOSTENBATEN:-} ]]; then
    cargo build --quiet --bin kostenbaten
    KOSTENBATEN="${CARGO_TARGET_DIR:-$root/target}/debug/kostenbaten"
fi
# Absolute: the test runs from scripts/web-test/.
KOSTENBATEN="$(realpath "$KOSTENBATEN")"
export KOSTENBATEN

cd scripts/web-test
if [[ ! -d node_modules/playwright-core ]]; then
    npm ci --no-audit --no-fund
fi
DIST="$root/dist/web" OUT="$root/target/web-test" node test.mjs
