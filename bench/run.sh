#!/usr/bin/env bash
# Benchmarks for docs/performance.md. Needs: hyperfine, and for the comparison libreoffice-writer-nogui
# (apt-get install -y hyperfine libreoffice-writer-nogui). Run from the project folder.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q package -DskipTests
out=$(mktemp -d)
sample=samples/nordlys-key-account-manager.followup.json
java -jar target/followup.jar render "$sample" --today 2026-11-26 --text "$out/letter.txt"

echo "== whole process: render to PDF and text, beside LibreOffice turning the finished text into a PDF"
cmds=("java -jar target/followup.jar render $sample --today 2026-11-26 --pdf $out/followup.pdf --text $out/followup.txt")
if command -v soffice >/dev/null; then
  cmds+=("soffice --headless --convert-to pdf --outdir $out $out/letter.txt")
fi
hyperfine -N --warmup 3 --runs 20 --export-markdown "$out/render.md" "${cmds[@]}"
cat "$out/render.md"

echo "== in-process, warm: compose and PDF"
javac -cp target/followup.jar -d "$out" bench/WarmBenchmark.java
for f in samples/*.json; do java -cp "target/followup.jar:$out" WarmBenchmark "$f"; done

echo "== in-process: PDF layout of a letter with one very long field (should grow linearly)"
javac -cp target/followup.jar -d "$out" bench/LongFieldBenchmark.java
java -cp "target/followup.jar:$out" LongFieldBenchmark
