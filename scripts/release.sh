#!/usr/bin/env bash
# One release command: every platform's package into dist/, with checksums.
#   dist/windows/kostenbaten.exe, kostenbaten-setup.exe, kostenbaten-portable.zip  (scripts/build-windows.sh)
#   dist/web/                                                                        (scripts/build-web.sh)
#   dist/linux/kostenbaten_<version>_amd64.deb                                       (scripts/build-deb.sh)
#   dist/SHA256SUMS                                                                   (this script)
# Each build script installs what it needs when run as root (Debian 12) and caches its build in
# target/; the first run takes about half an hour on 2 cores (BENCHMARKS.md, "Platforms").
# Usage: scripts/release.sh [--skip-tests]   (without it, each package is tested after it is built)
set -euo pipefail
cd "$(dirname "$0")/.."

test_too=1
case "${1:-}" in
    --skip-tests) test_too=0 ;;
    "") ;;
    *) echo "usage: scripts/release.sh [--skip-tests]" >&2; exit 2 ;;
esac

step() {
    local started=$SECONDS
    echo "== $*"
    "$@"
    echo "== $1: $((SECONDS - started)) s"
}

step scripts/build-windows.sh
step scripts/build-web.sh
step scripts/build-deb.sh
if [ "$test_too" = 1 ]; then
    step scripts/test-windows.sh
    # The page is checked against its size and time goals too (BENCHMARKS.md, "Platforms").
    SKIP_BUILD=1 WEB_TEST_TIME_GOALS=1 step scripts/test-web.sh
    step scripts/test-deb.sh
fi

# Checksums of every file shipped, paths relative to dist/ so `sha256sum -c` works there.
(
    cd dist
    find windows web linux -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum >SHA256SUMS
)
echo "dist/SHA256SUMS:"
cat dist/SHA256SUMS
