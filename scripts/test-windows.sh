#!/usr/bin/env bash
# Test the Windows build (scripts/build-windows.sh) under Wine and Xvfb, against the Linux binary:
#   1. every headless command's output from kostenbaten.exe, redirected to a file, is byte-identical
#      to the Linux binary's (sheet, compare, simulate --seed 7, explain: JSON; export: CSV bytes,
#      XLSX sheets, PDF pages), failures exit non-zero with the same error line, a pipe works;
#   2. the app opens a window on the built-in example (screenshot in target/windows-test/, checked
#      for many colours), and opens with wgpu when glow cannot start (the renderer fallback);
#   3. a silent install (/S) puts the exe, the Start-menu entry, the .ron association and the
#      uninstall entry in place, and a silent uninstall removes them all.
# Everything runs in a fresh, temporary Wine prefix. Wine 8.0 lacks bcryptprimitives.dll (Rust's
# std imports ProcessPrng from it): a test-only shim, scripts/windows-test/bcryptprimitives-shim.c,
# is built and put in that prefix only. It is never part of dist/.
#
# Environment: KOSTENBATEN_LINUX_BIN (default: build target/debug/kostenbaten with cargo),
# KOSTENBATEN_EXE (default dist/windows/kostenbaten.exe). As root, missing packages are installed
# with apt-get (wine64 wine xvfb xauth imagemagick xdotool gcc-mingw-w64-x86-64 python3
# mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
script_start=$SECONDS

exe="${KOSTENBATEN_EXE:-dist/windows/kostenbaten.exe}"
setup=dist/windows/kostenbaten-setup.exe
shots=target/windows-test
failures=0

step() { step_start=$SECONDS; printf '\n==> %s\n' "$*"; }
done_step() { printf '    (%d s)\n' "$((SECONDS - step_start))"; }
ok() { printf '    ok   %s\n' "$*"; }
bad() { printf '    FAIL %s\n' "$*" >&2; failures=$((failures + 1)); }

step "packages"
packages=(wine64 wine xvfb xauth imagemagick xdotool gcc-mingw-w64-x86-64 python3
    mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri)
missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "missing packages: ${missing[*]} (run as root to install them)" >&2
        exit 1
    fi
fi
[ -f "$exe" ] || { echo "no $exe: run scripts/build-windows.sh first" >&2; exit 1; }
[ -f "$setup" ] || { echo "no $setup: run scripts/build-windows.sh first" >&2; exit 1; }
if [ -n "${KOSTENBATEN_LINUX_BIN:-}" ]; then
    linux="$(realpath "$KOSTENBATEN_LINUX_BIN")"
else
    cargo build --locked --bin kostenbaten
    linux="$(realpath "${CARGO_TARGET_DIR:-target}/debug/kostenbaten")"
fi
exe="$(realpath "$exe")"
setup="$(realpath "$setup")"
if [ -x /usr/lib/wine/wine64 ]; then wine=/usr/lib/wine/wine64; else wine=wine64; fi
done_step

work="$(mktemp -d)"
xvfb=""
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null
    WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

step "fresh Wine prefix with the test-only bcryptprimitives shim"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
"$wine" wineboot --init >/dev/null 2>&1
wineserver -w
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/windows-test/bcryptprimitives-shim.c -ladvapi32
ok "prefix $WINEPREFIX"
done_step

# Both binaries run in the same folder on the same relative paths, so file names they print agree.
mkdir -p "$work/run/models" "$work/run/linux" "$work/run/windows"
cp assets/models/*.ron "$work/run/models/"
cd "$work/run"
win() { "$wine" "$exe" "$@"; }

# Run one command on both; stdout must be byte-identical and both must succeed.
same() {
    local name="$1"
    shift
    local lrc=0 wrc=0
    "$linux" "$@" >"linux/$name" 2>"linux/$name.err" || lrc=$?
    win "$@" >"windows/$name" 2>"windows/$name.err" || wrc=$?
    if [ "$lrc" -ne 0 ] || [ "$wrc" -ne 0 ]; then
        bad "$name: exit codes linux $lrc, windows $wrc ($(head -c 300 "windows/$name.err"))"
    elif ! cmp -s "linux/$name" "windows/$name"; then
        bad "$name: output differs ($(cmp "linux/$name" "windows/$name" 2>&1 | head -1))"
    elif [ ! -s "linux/$name" ]; then
        bad "$name: empty output"
    else
        ok "$name ($(wc -c <"linux/$name") bytes identical)"
    fi
}

step "headless commands: Linux and Windows output byte-identical"
explained=0
for model in models/*.ron; do
    m="$(basename "$model" .ron)"
    same "$m.sheet.json" sheet --format json "$model"
    same "$m.sheet.txt" sheet "$model"
    same "$m.compare.json" compare --format json "$model"
    same "$m.simulate.json" simulate --seed 7 --samples 2000 --format json "$model"
    # explain needs two scenarios: only models that have them.
    if "$linux" explain --format json "$model" >/dev/null 2>&1; then
        same "$m.explain.json" explain --format json "$model"
        explained=$((explained + 1))
    fi
done
same "2026-lks.explain.json" explain --format json models/beschut-werk-2026.ron models/lks-2018.ron
[ "$explained" -ge 1 ] || bad "no built-in model has two scenarios to explain"
same "sources.txt" sources models/beschut-werk-2014.ron
same "budget.txt" budget models/wil-p-budget-2018.ron
# A pipe instead of a file.
if win sheet models/lks-2018.ron | cmp -s - <("$linux" sheet models/lks-2018.ron); then
    ok "sheet through a pipe"
else
    bad "sheet through a pipe differs"
fi
# A failure: same exit code, same one line on stderr.
lrc=0 wrc=0
"$linux" sheet models/missing.ron >/dev/null 2>linux/missing.err || lrc=$?
win sheet models/missing.ron >/dev/null 2>windows/missing.err || wrc=$?
if [ "$lrc" -ne 0 ] && [ "$lrc" -eq "$wrc" ] && [ "$(wc -l <windows/missing.err)" -eq 1 ]; then
    ok "missing file: exit $wrc, '$(cat windows/missing.err)'"
else
    bad "missing file: exit codes linux $lrc, windows $wrc; stderr: $(cat windows/missing.err)"
fi
done_step

step "export: CSV identical, XLSX sheets, PDF pages"
for model in models/beschut-werk-2014.ron models/lks-2018.ron; do
    m="$(basename "$model" .ron)"
    same "$m.export-csv.txt" export "$model" --to "out-$m.csv"
    # The status line above names the file; now each into its own folder, to compare the files.
    "$linux" export "$model" --to "linux/$m.csv" >/dev/null
    win export "$model" --to "windows/$m.csv" >/dev/null
    if cmp -s "linux/$m.csv" "windows/$m.csv"; then
        ok "$m.csv identical ($(wc -c <"windows/$m.csv") bytes)"
    else
        bad "$m.csv differs"
    fi
    "$linux" export "$model" --to "linux/$m.xlsx" >/dev/null
    win export "$model" --to "windows/$m.xlsx" >/dev/null
    "$linux" export "$model" --to "linux/$m.pdf" >/dev/null
    win export "$model" --to "windows/$m.pdf" >/dev/null
    if python3 - "linux/$m.xlsx" "windows/$m.xlsx" "linux/$m.pdf" "windows/$m.pdf" <<'PY'; then
import re, sys, zipfile
def sheets(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None, f"{path}: bad zip member"
        return re.findall(r'<sheet [^>]*name="([^"]*)"', z.read("xl/workbook.xml").decode())
def pages(path):
    data = open(path, "rb").read()
    assert data.startswith(b"%PDF-"), f"{path}: no %PDF header"
    assert data.rstrip().endswith(b"%%EOF"), f"{path}: no %%EOF"
    return len(re.findall(rb"/Type\s*/Page[^s]", data))
ls, ws = sheets(sys.argv[1]), sheets(sys.argv[2])
assert ws and ls == ws, f"sheets differ: {ls} vs {ws}"
lp, wp = pages(sys.argv[3]), pages(sys.argv[4])
assert wp >= 1 and lp == wp, f"pages differ: {lp} vs {wp}"
print(f"    ok   {sys.argv[2]}: sheets {ws}; {sys.argv[4]}: {wp} pages")
PY
        :
    else
        bad "$m: XLSX or PDF check"
    fi
done
done_step

step "the app's window under Xvfb (1280x720)"
mkdir -p "$repo/$shots"
display=":$((70 + RANDOM % 20))"
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY="$display"
unset WAYLAND_DISPLAY
# Opens the app with the given environment, waits for its window, shoots the screen, closes it.
shoot() {
    local name="$1"
    shift
    local shot="$repo/$shots/$name.png"
    rm -f "$shot"
    env "$@" "$wine" "$exe" >"$name.out" 2>"$name.err" &
    app=$!
    local shown=""
    for _ in $(seq 1 120); do
        if xdotool search --name '^kostenbaten' >/dev/null 2>&1; then shown=yes; break; fi
        if ! kill -0 "$app" 2>/dev/null; then break; fi
        sleep 0.5
    done
    if [ -z "$shown" ]; then
        bad "$name: no window ($(tail -c 400 "$name.err"))"
        kill "$app" 2>/dev/null || true
        wineserver -k || true
        app=""
        return
    fi
    sleep 6 # a few frames to lay out the example
    import -window root "$shot"
    kill "$app" 2>/dev/null || true
    wineserver -k || true
    wait "$app" 2>/dev/null || true
    app=""
    local colours
    colours="$(identify -format '%k' "$shot")"
    if [ "$colours" -ge 200 ]; then
        ok "$name: window shown, $shot has $colours colours"
    else
        bad "$name: $shot looks blank ($colours colours)"
    fi
}
shoot app-glow
# glow cannot start (OpenGL 1.1, as on a Windows VM without a GPU): the app must open with wgpu.
# Wine's OpenGL is the host's Mesa, told to report version 1.1; wgpu runs on Vulkan (lavapipe)
# under Wine, since Wine's DX12 (vkd3d) loses the device: the real Windows fallback uses DX12/WARP.
shoot app-fallback MESA_GL_VERSION_OVERRIDE=1.1 MESA_GLES_VERSION_OVERRIDE=1.0 WGPU_BACKEND=vulkan
if grep -q "glow (OpenGL) kon niet starten" app-fallback.err &&
    grep -q "opent nu met wgpu" app-fallback.err; then
    ok "fallback said so: $(grep -m1 'kon niet starten' app-fallback.err | cut -c1-160)"
else
    bad "no fallback line on stderr ($(tail -c 400 app-fallback.err))"
fi
shoot app-wgpu KOSTENBATEN_RENDERER=wgpu WGPU_BACKEND=vulkan
if grep -q "kon niet starten" app-wgpu.err; then bad "forced wgpu reported a fallback"; fi
kill "$xvfb" 2>/dev/null || true
xvfb=""
done_step

step "installer: silent install and uninstall"
user="$("$wine" cmd /c echo %USERNAME% 2>/dev/null | tr -d '\r')"
local_app="$WINEPREFIX/drive_c/users/$user/AppData/Local/Programs/kostenbaten"
start_menu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/kostenbaten.lnk"
reg_value() { "$wine" reg query "$1" ${2:+/v "$2"} ${3:-} 2>/dev/null | tr -d '\r'; }
"$wine" "$setup" /S
wineserver -w
[ -f "$local_app/kostenbaten.exe" ] && ok "installed $local_app/kostenbaten.exe" || bad "no installed exe"
[ "$(ls "$local_app/voorbeelden"/*.ron 2>/dev/null | wc -l)" -eq "$(ls "$repo"/assets/models/*.ron | wc -l)" ] &&
    ok "examples in voorbeelden/" || bad "examples missing"
[ -f "$start_menu" ] && ok "Start-menu entry" || bad "no Start-menu entry at $start_menu"
reg_value 'HKCU\Software\Classes\.ron' "" /ve | grep -q "kostenbaten.model" &&
    ok ".ron -> kostenbaten.model" || bad ".ron not associated"
reg_value 'HKCU\Software\Classes\kostenbaten.model\shell\open\command' "" /ve | grep -qi 'kostenbaten.exe" "%1"' &&
    ok "open command" || bad "no open command"
reg_value 'HKCU\Software\Classes\kostenbaten.model\DefaultIcon' "" /ve | grep -qi 'kostenbaten.exe,0' &&
    ok "file icon" || bad "no DefaultIcon"
reg_value 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\kostenbaten' DisplayName | grep -q kostenbaten &&
    ok "Apps & features entry" || bad "no uninstall entry"
if "$wine" "$local_app/kostenbaten.exe" sheet models/lks-2018.ron | cmp -s - <("$linux" sheet models/lks-2018.ron); then
    ok "the installed exe prints the same sheet"
else
    bad "the installed exe's sheet differs"
fi
"$wine" "$local_app/uninstall.exe" /S
wineserver -w
sleep 1
wineserver -w
[ ! -e "$local_app" ] && ok "install folder removed" || bad "left behind: $(find "$local_app" | head -5)"
[ ! -e "$start_menu" ] && ok "Start-menu entry removed" || bad "Start-menu entry left"
for key in 'HKCU\Software\Classes\.ron' 'HKCU\Software\Classes\kostenbaten.model' \
    'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\kostenbaten'; do
    if "$wine" reg query "$key" >/dev/null 2>&1; then bad "registry key left: $key"; else ok "removed $key"; fi
done
done_step

printf '\n%s in %d s\n' "$([ "$failures" -eq 0 ] && echo PASS || echo "FAIL ($failures)")" \
    "$((SECONDS - script_start))"
[ "$failures" -eq 0 ]
