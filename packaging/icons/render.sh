#!/usr/bin/env bash
# Renders the SVG icons to the files each system's installer needs; the results are committed.
# Needs: apt-get install -y librsvg2-bin imagemagick icnsutils. Run: packaging/icons/render.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for icon in followup notes-file; do
  for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w $size -h $size "$icon.svg" -o "$tmp/$icon-$size.png"
  done
  cp "$tmp/$icon-256.png" "$icon.png"                                    # Linux (jpackage, menu, MIME type)
  convert "$tmp/$icon"-{16,32,48,64,128,256}.png "$icon.ico"               # Windows
  png2icns "$icon.icns" "$tmp/$icon"-{16,32,128,256,512}.png >/dev/null     # macOS
done
