#!/bin/sh
# Training run for the window's start-up cache (called by BuildDistribution.java, with the JVM's training option
# in JAVA_TOOL_OPTIONS): opens a notes file in the window under Xvfb, walks every page of the wizard to the letter
# and its PDF page, and quits with Ctrl+Q so that the JVM ends normally and writes the cache.
# usage: train-window.sh LAUNCHER NOTES.json
set -eu
if [ -z "${FOLLOWUP_TRAINING_DISPLAY:-}" ]; then
  FOLLOWUP_TRAINING_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1280x800x24" sh "$0" "$@"
fi
launcher=$1 notes=$2
"$launcher" "$notes" &
app=$!
window=$(timeout 120 xdotool search --sync --onlyvisible --name "$(basename "$notes")")
for page in 1 2 3 4 5 6 7 8 9; do
  xdotool windowfocus --sync "$window" key --delay 400 ctrl+Next
done
xdotool windowfocus --sync "$window" key ctrl+q
wait $app
