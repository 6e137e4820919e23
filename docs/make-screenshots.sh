#!/usr/bin/env bash
# Screenshots of the real window for docs/user-guide.md: the jar under a private Xvfb display, a sample opened,
# each page in turn. Needs: apt-get install -y xvfb xdotool imagemagick (and GTK 3:
# libgtk-3-0). Run from the project folder after `mvn -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images
mkdir -p "$out"
shoot() { # language sample prefix pages
  local lang=$1 sample=$2 prefix=$3 pages=$4
  local disp=:$((150 + RANDOM % 50))
  Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 0.5
  # a home of its own: the window remembers its language and size, and the user's own settings must not show
  local home
  home=$(mktemp -d)
  DISPLAY=$disp HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    java -Duser.home="$home" -Duser.language="$lang" -Duser.country= -jar target/followup.jar "$sample" \
    >/tmp/followup-screens.log 2>&1 &
  local app=$!
  for _ in $(seq 1 100); do DISPLAY=$disp xdotool search --onlyvisible --name FollowUp >/dev/null 2>&1 && break; sleep 0.1; done
  local window
  window=$(DISPLAY=$disp xdotool search --onlyvisible --name FollowUp | head -1)
  DISPLAY=$disp xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
  sleep 5
  for page in $(seq 1 "$pages"); do
    # Ctrl+Page Down to the next page, as a user would (the step list moves down when the banner wraps)
    [ "$page" = 1 ] || DISPLAY=$disp xdotool key ctrl+Next
    sleep 2.5
    DISPLAY=$disp import -window root "$out/$prefix-$page.png"
  done
  kill "$app" "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
}
shoot nb samples/vestland-energi-salgssjef.followup.json guide-nb 9
shoot en samples/harbour-analytics-account-executive.followup.json guide-en 9
echo "wrote $out/guide-*.png"
