#!/usr/bin/env bash
# Where the CPU of a cold start goes, thread by thread: bench/window-threads.sh RUNS JAR... (a JAR named "bare" is
# bench/BareWindow.java) starts each in turn under one Xvfb display, with a fresh user.home, and prints per start
# the wall seconds to a visible window, the process's CPU milliseconds then (threads that already ended included),
# and the CPU milliseconds of the JavaFX thread, the C1 and C2 JIT compiler threads and all other live threads,
# read from /proc/PID/task/*/stat at that moment. Compare jars in one run: the machine's load moves every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/followup.jar ] || mvn -q package -DskipTests
project=$PWD
runs=$1; shift
out=$(mktemp -d)
javac -cp $project/target/followup.jar -d "$out" bench/BareWindow.java
disp=:$((180 + RANDOM % 50))
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 0.5
ticks=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
  for jar in "$@"; do
    home=$(mktemp -d)
    start=$(date +%s.%N)
    if [ "$jar" = bare ]; then
      DISPLAY=$disp java -Duser.home="$home" -cp "$project/target/followup.jar:$out" BareWindow >/dev/null 2>&1 & name='^Bare$'
    else
      DISPLAY=$disp java -Duser.home="$home" -jar "$jar" >/dev/null 2>&1 & name='^FollowUp'
    fi
    app=$!
    until DISPLAY=$disp xdotool search --onlyvisible --name "$name" >/dev/null 2>&1; do
      kill -0 $app 2>/dev/null || { echo "$(basename $jar) exited before its window was visible" >&2; exit 1; }
      sleep 0.01
    done
    end=$(date +%s.%N)
    proc=$(awk -v t=$ticks '{print ($14+$15)*1000/t}' /proc/$app/stat)
    thr=$(for t in /proc/$app/task/*; do s=$(cat $t/stat 2>/dev/null) || continue; c=${s#*(}; c=${c%)*}; r=${s##*) }; set -- $r; echo "${c// /_} $(( (${12} + ${13}) * 1000 / ticks ))"; done |
      awk '{ if ($1 ~ /^JavaFX_Applicat/) fx+=$2; else if ($1 ~ /^C1_/) c1+=$2; else if ($1 ~ /^C2_/) c2+=$2; else o+=$2 } END {printf "fx %d c1 %d c2 %d other %d", fx, c1, c2, o}')
    kill $app; wait $app 2>/dev/null || true
    rm -rf "$home"
    echo "$(basename $jar) wall $(echo "$end - $start" | bc) cpu $proc $thr"
  done
done
