#!/usr/bin/env bash
# Build the Debian package dist/linux/kostenbaten_<version>_amd64.deb from the release binary:
#   /usr/bin/kostenbaten, a desktop entry, the icon (hicolor 256×256), the MIME type of model files
#   (application/x-kostenbaten-model, *.ron) and the example models in /usr/share/kostenbaten/voorbeelden.
# Depends: the X11 and OpenGL libraries the app loads (README, Getting started) and the C library
# version the binary needs. Checked afterwards by scripts/test-deb.sh.
#
# Environment: CARGO_TARGET_DIR as cargo uses it; KOSTENBATEN_BIN=path packages that binary instead
# of running `cargo build --release`; DEB_MAINTAINER overrides the Maintainer field.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
arch=amd64
out=dist/linux
deb="$out/kostenbaten_${version}_${arch}.deb"

if [ -z "${KOSTENBATEN_BIN:-}" ]; then
    echo "==> cargo build --release"
    cargo build --locked --release --bin kostenbaten
fi
bin="${KOSTENBATEN_BIN:-${CARGO_TARGET_DIR:-target}/release/kostenbaten}"

icon_size="$(file -b assets/icon.png | sed -n 's/.*, \([0-9]*\) x \([0-9]*\),.*/\1x\2/p')"
if [ "$icon_size" != 256x256 ]; then
    echo "assets/icon.png is $icon_size, not 256x256: the hicolor folder would be wrong" >&2
    exit 1
fi

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
umask 022
install -Dm755 "$bin" "$root/usr/bin/kostenbaten"
install -Dm644 packaging/linux/kostenbaten.desktop "$root/usr/share/applications/kostenbaten.desktop"
install -Dm644 assets/icon.png "$root/usr/share/icons/hicolor/256x256/apps/kostenbaten.png"
install -Dm644 packaging/linux/kostenbaten-mime.xml "$root/usr/share/mime/packages/kostenbaten.xml"
for model in assets/models/*.ron; do
    install -Dm644 "$model" "$root/usr/share/kostenbaten/voorbeelden/$(basename "$model")"
done
mkdir -p "$root/usr/share/doc/kostenbaten"
cat > "$root/usr/share/doc/kostenbaten/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: kostenbaten

Files: *
License: MIT or Apache-2.0
COPYRIGHT
chmod 644 "$root/usr/share/doc/kostenbaten/copyright"

# The newest glibc symbol version the binary uses is the libc6 it needs.
glibc="$(objdump -T "$root/usr/bin/kostenbaten" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' |
    sort -uV | tail -1)"
depends="libc6 (>= $glibc), libgcc-s1, libx11-6, libx11-xcb1, libxcursor1, libxi6, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1-mesa-dri"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: kostenbaten
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-kostenbaten <kostenbaten@localhost>}
Installed-Size: $installed_kb
Depends: $depends
Section: misc
Priority: optional
Description: $(sed -n 's/^description = "\(.*\)"/\1/p' Cargo.toml | head -1)
 A desktop app in which policy advisors model what getting people into work
 under the Dutch Participatiewet costs and yields: the sheltered-work sheet,
 who pays and who benefits, wage-cost subsidy and the societal cost of staying
 home. Models are .ron files; headless commands (kostenbaten sheet, compare,
 simulate, export …) print and export them. Examples: /usr/share/kostenbaten/voorbeelden.
CONTROL

mkdir -p "$out"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
printf '%s: %d bytes (%s MiB), %d s\n' "$deb" "$(stat -c %s "$deb")" \
    "$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')" "$((SECONDS - start))"
