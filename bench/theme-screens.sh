#!/usr/bin/env bash
# The window drawn with two jars, screen by screen, compared pixel for pixel: bench/theme-screens.sh OUT A.jar B.jar
# (made to check that the trimmed user-agent theme, pom.xml "trimmed-theme", draws what PrimerLight draws; run it again
# after an AtlantaFX update or a new control in the window). Each jar is driven through the same keys and clicks under
# its own Xvfb display (1280x800) with a fresh user.home, in English, with samples/harbour-analytics-account-executive;
# OUT/A-NAME.png, OUT/B-NAME.png and, where they differ, OUT/diff-NAME.png; prints the differing pixels per screen
# (ImageMagick's compare -metric AE). A screen is shot once it is drawn and still; after a page change it first waits 4 s,
# as the letter page can take that long to replace the page before it (a tool, not a test). A text field's
# blinking caret can differ between the two (a few pixels in one small box; look at OUT/diff-NAME.png).
# Needs: xvfb xdotool imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; a=$2; b=$3
mkdir -p "$out"
sample=samples/harbour-analytics-account-executive.followup.json

settle() { # display: waits until the screen is drawn and still (two shots a second apart differ by at most a caret);
  # prints the last shot's file
  local disp=$1 shot=$out/.settle-$1.png last=$out/.settle-$1-last.png
  DISPLAY=$disp import -window root "$last"
  for _ in $(seq 1 90); do
    sleep 1
    DISPLAY=$disp import -window root "$shot"
    if [ "$(convert "$shot" -format %k info:)" -gt 1 ] &&
       [ "$(compare -metric AE "$shot" "$last" null: 2>&1 || true)" -le 40 ]; then
      break
    fi
    cp "$shot" "$last"
  done
  echo "$shot"
}

session() { # jar prefix [sample]: starts the jar, then reads actions from stdin: "shoot NAME", "key KEYS", "click X Y", "rclick X Y", "wait S"
  local jar=$1 prefix=$2 file=${3:-}
  local disp=:$((120 + RANDOM % 60)) home
  home=$(mktemp -d)
  # the board's folder: the samples (java.util.prefs keeps the user's settings under user.home)
  mkdir -p "$home/.java/.userPrefs/app/followup"
  printf '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">\n<map MAP_XML_VERSION="1.0">\n<entry key="board.folders" value="%s"/>\n</map>\n' "$PWD/samples" >"$home/.java/.userPrefs/app/followup/prefs.xml"
  Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  DISPLAY=$disp HOME=$home XDG_CONFIG_HOME=$home/.config java -Duser.home="$home" -Duser.language=en -Duser.country= \
    -jar "$jar" $file >"$out/$prefix.log" 2>&1 &
  local app=$!
  for _ in $(seq 1 600); do DISPLAY=$disp xdotool search --onlyvisible --name FollowUp >/dev/null 2>&1 && break; sleep 0.1; done
  local window
  window=$(DISPLAY=$disp xdotool search --onlyvisible --name FollowUp | head -1)
  DISPLAY=$disp xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
  settle "$disp" >/dev/null
  local verb arg1 arg2
  while read -r verb arg1 arg2; do
    case $verb in
      shoot) cp "$(settle "$disp")" "$out/$prefix-$arg1.png" ;;
      key) DISPLAY=$disp xdotool key $arg1 ;;
      click) DISPLAY=$disp xdotool mousemove "$arg1" "$arg2" click 1 ;;
      rclick) DISPLAY=$disp xdotool mousemove "$arg1" "$arg2" click 3 ;;
      wait) sleep "$arg1" ;;
    esac
  done
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}

start_page='shoot start
key alt+f
wait 2
shoot menu-file
key Escape
wait 1
key ctrl+b
shoot board'

wizard=$(printf 'shoot page-1\n'; for p in 2 3 4 5 6 7 8 9; do printf 'key ctrl+Next\nwait 4\nshoot page-%s\n' "$p"; done)
# back to the interview page (1): the popups of its date picker and combo boxes, a field's context menu, the
# invitation dialog (the points are where these are in the 1280x800 window with this sample)
popups="$wizard"$'\n'"$(for _ in 1 2 3 4 5 6 7 8; do printf 'key ctrl+Prior\n'; done)
shoot page-1-again
click 561 629
shoot date-picker-popup
key Escape
click 588 697
shoot combo-box-popup
key Escape
click 287 70
shoot rounds-popup
key Escape
rclick 500 437
shoot context-menu
key Escape
click 420 261
shoot invitation-dialog
key Escape"

for side in a b; do
  jar=${!side}
  echo "$start_page" | session "$jar" "$side-start"
  echo "$popups" | session "$jar" "$side-wizard" "$sample"
done
for shot in "$out"/a-*.png; do
  name=${shot#"$out"/a-}
  diff=$(compare -metric AE "$shot" "$out/b-$name" "$out/diff-$name" 2>&1 || true)
  [ "$diff" = 0 ] && rm -f "$out/diff-$name"
  echo "${name%.png} $diff"
done
