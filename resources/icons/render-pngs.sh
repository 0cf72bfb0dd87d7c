#!/usr/bin/env bash
# Renders docket.svg to the PNG sizes the package installs; run it after
# changing the SVG and commit the PNGs (needs rsvg-convert: librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v rsvg-convert >/dev/null || { echo "render-pngs.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 2; }
for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$here/png/docket-$size.png" "$here/docket.svg"
done
