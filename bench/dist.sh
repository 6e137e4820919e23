#!/usr/bin/env bash
# The installed program beside what a user would otherwise run, side by side in one run (docs/performance.md):
# the window's cold start (installed FollowUp vs a bare JavaFX window with java -jar on the system Java), the
# installed `followup render` vs LibreOffice turning the same letter's text into a PDF and vs java -jar
# target/followup.jar render, the sizes of the app image and the .deb, and the window's memory with a sample open.
# Needs: apt-get install -y hyperfine xvfb xdotool bc libreoffice-writer-nogui; the .deb installed
# (apt-get install ./target/dist/followup_*.deb), or INSTALLED=target/dist/FollowUp for the app image.
# usage: bench/dist.sh [WINDOW_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
installed=${INSTALLED:-/opt/followup}
runs=${1:-15}
[ -f target/followup.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
sample=$PWD/samples/nordlys-key-account-manager.followup.json

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p'), $(uname -sr)"
echo "system java: $(java -version 2>&1 | head -1)"
echo "installed runtime: Java $(sed -n "s/^JAVA_VERSION=//p" "$installed/lib/runtime/release")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== window: cold start to a visible window ($runs runs each, alternating)"
FOLLOWUP_WINDOW=$installed/bin/FollowUp bench/window.sh "$runs"

echo "== render to PDF and text (hyperfine; and the floor: the same start-up doing no work)"
"$installed/bin/followup" render "$sample" --today 2026-11-26 --text "$out/letter.txt"
hyperfine -N --warmup 3 --runs 20 --export-markdown "$out/render.md" \
  -n "installed followup render" \
  "$installed/bin/followup render $sample --today 2026-11-26 --pdf $out/a.pdf --text $out/a.txt" \
  -n "java -jar target/followup.jar render" \
  "java -jar target/followup.jar render $sample --today 2026-11-26 --pdf $out/b.pdf --text $out/b.txt" \
  -n "LibreOffice txt to pdf" \
  "soffice --headless --convert-to pdf --outdir $out $out/letter.txt" \
  -n "floor: installed followup --version" \
  "$installed/bin/followup --version"
cat "$out/render.md"

echo "== sizes"
echo "app image: $(du -sm "$installed" | cut -f1) MB"
for deb in target/dist/*.deb; do
  if [ -e "$deb" ]; then echo "$(basename "$deb"): $(($(stat -c %s "$deb") / 1048576)) MB"; fi
done

echo "== window memory with a sample open (resident set, 5 s after its window appeared)"
rss_of() { # command...
  local disp=:$((150 + RANDOM % 50)) home
  home=$(mktemp -d)
  Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  for _ in $(seq 100); do DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
  HOME=$home DISPLAY=$disp "$@" "$sample" >/dev/null 2>&1 &
  local app=$!
  DISPLAY=$disp timeout 60 xdotool search --sync --onlyvisible --name "$(basename "$sample")" >/dev/null
  sleep 5
  awk '/^VmRSS/ {printf "%d MB\n", $2 / 1024}' "/proc/$app/status"
  kill $app $xvfb; wait $app $xvfb 2>/dev/null || true
}
echo "installed FollowUp: $(rss_of "$installed/bin/FollowUp")"
echo "java -jar target/followup.jar: $(rss_of java -jar target/followup.jar)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
