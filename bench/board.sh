#!/usr/bin/env bash
# The applications board with 200 applications: milliseconds from the window being shown to the frame with every
# row in the table, one fresh process per run, under Xvfb at 1280x800. Needs: xvfb. Target: 500 ms.
# Usage: bench/board.sh [RUNS] [COUNT] [--no-preload]   (--no-preload: the folder is read only when the board starts,
# not from the start of the process, for comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
count=${2:-200}
mode=${3:-}
[ -f target/followup.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
java -cp target/followup.jar bench/ApplicationsFolder.java "$out/folder" "$count"
javac -cp target/followup.jar -d "$out/classes" bench/BoardBenchmark.java
disp=:$((120 + RANDOM % 50))
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$out"' EXIT
sleep 0.5
walls=(); cpus=(); starts=(); totals=()
for i in $(seq 1 "$runs"); do
  read -r wall cpu rows after started < <(DISPLAY=$disp java -Duser.home="$out/home" \
      -cp "target/followup.jar:$out/classes" 'app.followup.ui.BoardBenchmark$Main' "$out/folder" "$count" \
      $mode 2>/dev/null | tail -1)
  walls+=("$wall"); cpus+=("$cpu"); starts+=("$started"); totals+=($((started + wall)))
  echo "run $i: $wall ms (process CPU $cpu ms; rows in the table $rows ms after the window was shown (negative:" \
       "before), rows in the table to the frame $after ms; window shown $started ms after the process started)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: $(median "${walls[@]}") ms from the window shown to $count rows on screen (target 500 ms);" \
     "process CPU meanwhile $(median "${cpus[@]}") ms; window shown $(median "${starts[@]}") ms after the process" \
     "started, the rows on screen $(median "${totals[@]}") ms after it; load average $(cut -d' ' -f1 /proc/loadavg)"
