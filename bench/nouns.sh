#!/usr/bin/env bash
# Measures the noun rules against Apache Lucene's Hunspell (docs/templates.md, "Their words in every form").
# Needs: apt-get install -y hunspell-no hunspell-en-gb; Maven Central for lucene-analysis-common 9.12.3.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q dependency:get -Dartifact=org.apache.lucene:lucene-analysis-common:9.12.3
lucene=~/.m2/repository/org/apache/lucene
cp="target/followup.jar:$lucene/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar:$lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar"
out=$(mktemp -d)
javac -cp "$cp" -d "$out" bench/NounFormsBenchmark.java
java -cp "$cp:$out" app.followup.letter.NounFormsBenchmark /usr/share/hunspell
echo "== sizes"
ls -l $lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar $lucene/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar
(cd /usr/share/hunspell && zip -q -9 "$out/dicts.zip" nb_NO.aff nb_NO.dic en_GB.aff en_GB.dic && ls -l "$out/dicts.zip")
ls -l target/followup.jar
