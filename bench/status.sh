#!/usr/bin/env bash
# The status benchmark of docs/performance.md: `status` over 200 notes files as a whole process, beside
# `render` of one file (to stdout, and to PDF and text as in bench/run.sh). Needs hyperfine. Run from the
# project folder. BASE_JAR=/path/to/an/older/followup.jar adds that build's `status` to the same run, side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q package -DskipTests
out=$(mktemp -d)
home=$(mktemp -d)
java -cp target/followup.jar bench/ApplicationsFolder.java "$out/applications" 200
sample=samples/nordlys-key-account-manager.followup.json
run="java -Duser.home=$home -jar target/followup.jar"
base=()
if [ -n "${BASE_JAR:-}" ]; then
  base=("java -Duser.home=$home -jar $BASE_JAR status $out/applications --today 2026-12-01")
fi
uptime
hyperfine -N --warmup 3 --runs 20 --export-markdown "$out/status.md" \
  "${base[@]}" \
  "$run status $out/applications --today 2026-12-01" \
  "$run status $out/applications --today 2026-12-01 --all --ics $out/all.ics" \
  "$run render $sample --today 2026-11-26" \
  "$run render $sample --today 2026-11-26 --pdf $out/letter.pdf --text $out/letter.txt"
cat "$out/status.md"
uptime
