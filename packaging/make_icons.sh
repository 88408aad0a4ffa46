#!/usr/bin/env bash
# Renders resources/icons/meetingdesk.svg to the hicolor PNG sizes and the Windows .ico (committed; rerun after
# changing the SVG). Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")/.."
out=resources/icons
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$out/meetingdesk.svg" -o "$out/meetingdesk-$size.png"
done
convert "$out"/meetingdesk-{16,24,32,48,64,128,256}.png "$out/meetingdesk.ico"
