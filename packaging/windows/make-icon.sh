#!/usr/bin/env bash
# Regenerate packaging/windows/kostenbaten.ico from assets/icon.png (256×256): the sizes Explorer,
# the task bar and the Start menu ask for. Run once after changing the icon and commit the result;
# builds only read the .ico (build.rs embeds it through kostenbaten.rc), so they need no ImageMagick.
# Needs ImageMagick (apt-get install imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
convert assets/icon.png -background none -define icon:auto-resize=256,128,64,48,32,24,16 \
    packaging/windows/kostenbaten.ico
echo "wrote packaging/windows/kostenbaten.ico"
