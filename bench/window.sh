#!/usr/bin/env bash
# Cold start to a visible window: FollowUp beside a bare JavaFX window, alternating, under one Xvfb display.
# Needs: xvfb xdotool (and GTK 3). Run from the project folder; prints each run and the medians in seconds: the wall
# time, and the CPU time the process had used when its window became visible (steadier on a shared machine).
# bench/window.sh --typing instead times a keystroke on the JavaFX thread and the PDF page refresh;
# bench/window.sh --long-text times the text areas with 20,000-character pasted text.
# FOLLOWUP_WINDOW=/opt/followup/bin/FollowUp bench/window.sh times that command (the installed window) instead
# of java -jar target/followup.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
typing=${2:-}
[ -f target/followup.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
javac -cp target/followup.jar -d "$out" bench/BareWindow.java
disp=:$((120 + RANDOM % 50))
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 0.5
ticks=$(getconf CLK_TCK)
visible_after() { # name, command...: prints the wall seconds and the process's CPU seconds until the window is visible
  local name=$1; shift
  local start end cpu
  start=$(date +%s.%N)
  DISPLAY=$disp "$@" >/dev/null 2>&1 &
  local app=$!
  until DISPLAY=$disp xdotool search --onlyvisible --name "$name" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { echo "$name exited before its window was visible" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s.%N)
  cpu=$(awk -v ticks="$ticks" '{print ($14 + $15) / ticks}' "/proc/$app/stat")
  kill $app; wait $app 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $cpu"
}
if [ "$runs" = "--long-text" ]; then
  javac -cp target/followup.jar -d "$out" bench/LongTextBenchmark.java
  DISPLAY=$disp java -cp "target/followup.jar:$out" 'app.followup.ui.LongTextBenchmark$Main' 2>/dev/null
  exit 0
fi
if [ "$typing" = "--typing" ] || [ "$runs" = "--typing" ]; then
  javac -cp target/followup.jar -d "$out" bench/WindowBenchmark.java
  DISPLAY=$disp java -cp "target/followup.jar:$out" 'app.followup.ui.WindowBenchmark$Main' \
    samples/nordlys-key-account-manager.followup.json 2>/dev/null
  exit 0
fi
bare=(); followup=(); bare_cpu=(); followup_cpu=()
for i in $(seq 1 "$runs"); do
  read -r wall cpu < <(visible_after '^Bare$' java -cp "target/followup.jar:$out" BareWindow)
  bare+=("$wall"); bare_cpu+=("$cpu")
  read -r wall cpu < <(visible_after '^FollowUp' ${FOLLOWUP_WINDOW:-java -jar target/followup.jar})
  followup+=("$wall"); followup_cpu+=("$cpu")
  echo "run $i: bare ${bare[-1]} s (CPU ${bare_cpu[-1]} s), FollowUp ${followup[-1]} s (CPU ${followup_cpu[-1]} s)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
b=$(median "${bare[@]}"); f=$(median "${followup[@]}")
bcpu=$(median "${bare_cpu[@]}"); fcpu=$(median "${followup_cpu[@]}")
echo "median: bare JavaFX window $b s, FollowUp $f s, ratio $(echo "scale=2; $f / $b" | bc)"
echo "median CPU time until visible: bare $bcpu s, FollowUp $fcpu s, ratio $(echo "scale=2; $fcpu / $bcpu" | bc)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
