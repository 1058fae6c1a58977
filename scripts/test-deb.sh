#!/usr/bin/env bash
# Check dist/linux/kostenbaten_<version>_amd64.deb (scripts/build-deb.sh): its control fields and
# files, the desktop entry (desktop-file-validate), and that the packaged binary, unpacked into a
# temporary root, prints a model's sheet. Installs desktop-file-utils with apt-get when root.
set -euo pipefail
cd "$(dirname "$0")/.."
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
deb="dist/linux/kostenbaten_${version}_amd64.deb"
[ -f "$deb" ] || { echo "no $deb: run scripts/build-deb.sh first" >&2; exit 1; }
if ! command -v desktop-file-validate >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends desktop-file-utils
    else
        echo "desktop-file-validate is missing: apt-get install desktop-file-utils" >&2
        exit 1
    fi
fi
fail() { echo "FAIL: $*" >&2; exit 1; }

info="$(dpkg-deb --info "$deb")"
for field in "Package: kostenbaten" "Version: $version" "Architecture: amd64" \
    "libx11-6" "libx11-xcb1" "libxcursor1" "libxi6" "libxkbcommon0" "libxkbcommon-x11-0" \
    "libegl1" "libgl1-mesa-dri" "libc6 (>="; do
    grep -qF -- "$field" <<<"$info" || fail "control has no '$field'"
done
echo "ok  control: $(grep 'Depends:' <<<"$info" | sed 's/^ *//')"

contents="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/kostenbaten ./usr/share/applications/kostenbaten.desktop \
    ./usr/share/icons/hicolor/256x256/apps/kostenbaten.png \
    ./usr/share/mime/packages/kostenbaten.xml ./usr/share/doc/kostenbaten/copyright; do
    grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
grep -q '^-rwxr-xr-x root/root .* ./usr/bin/kostenbaten$' <<<"$contents" ||
    fail "/usr/bin/kostenbaten is not an executable owned by root"
for model in assets/models/*.ron; do
    grep -q " ./usr/share/kostenbaten/voorbeelden/$(basename "$model")\$" <<<"$contents" ||
        fail "example $(basename "$model") is missing"
done
echo "ok  contents: $(grep -c '^-' <<<"$contents") files"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/kostenbaten.desktop" ||
    fail "desktop-file-validate"
grep -q '^MimeType=application/x-kostenbaten-model;$' "$root/usr/share/applications/kostenbaten.desktop" ||
    fail "desktop entry has no MimeType for the model files"
grep -q 'glob pattern="\*.ron"' "$root/usr/share/mime/packages/kostenbaten.xml" ||
    fail "MIME XML has no *.ron glob"
[ "$(file -b "$root/usr/share/icons/hicolor/256x256/apps/kostenbaten.png" | grep -o '256 x 256')" = "256 x 256" ] ||
    fail "icon is not 256×256"
echo "ok  desktop entry, MIME type, icon"

sheet="$("$root/usr/bin/kostenbaten" sheet "$root/usr/share/kostenbaten/voorbeelden/beschut-werk-2014.ron")"
grep -q '€' <<<"$sheet" || fail "sheet printed no euro amounts"
"$root/usr/bin/kostenbaten" sheet --format json "$root/usr/share/kostenbaten/voorbeelden/beschut-werk-2014.ron" |
    python3 -c 'import json, sys; json.load(sys.stdin)' || fail "sheet --format json is not JSON"
echo "ok  packaged binary: sheet ($(wc -l <<<"$sheet") lines) and sheet --format json"
echo "PASS $deb"
