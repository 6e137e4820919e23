#!/usr/bin/env bash
# Checks the app image that `mvn -B -Pdist package` built, from a COPY in another folder (as an installed or moved
# image runs): the command line renders a sample, its start-up cache is still used there (the JVM's own class
# loading log says which classes came from it), and a damaged or missing cache only costs time. An image built with
# Java 25 carries its AOT caches; one built with Java 17 makes its class-data archive on the first run, in the
# user's cache folder (here a temporary one).
# usage: packaging/check-image.sh [IMAGE]   (default target/dist/FollowUp)
set -uo pipefail
cd "$(dirname "$0")/.."
image=${1:-target/dist/FollowUp}
sample=$PWD/samples/nordlys-key-account-manager.followup.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { # name, then a command that succeeds when the check passes
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

cp -r "$image" "$work/copy"       # plain copy: new folder, new modification times
cli=$work/copy/bin/followup
export XDG_CACHE_HOME=$work/cache
cache=$(ls "$work"/copy/lib/app/followup-cli.* 2>/dev/null | head -1)

render() { # folder to write into; prints the email text on stdout
  (cd "$1" && "$cli" render "$sample" --today 2026-11-26 --pdf letter.pdf --text letter.txt \
    && "$cli" render "$sample" --today 2026-11-26)
}
mkdir "$work/plain" "$work/logged" "$work/damaged" "$work/missing"

check "--version names the build's version" \
  bash -c "'$cli' --version | grep -qx 'FollowUp $(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)'"
render "$work/plain" > "$work/plain/stdout.txt" 2> "$work/plain/stderr.txt"
check "the copied image renders a PDF" bash -c "head -c 5 '$work/plain/letter.pdf' | grep -q '%PDF-'"
check "the letter's text is written" grep -q "^Subject: " "$work/plain/letter.txt"
check "the runtime has the locale data for Norwegian dates in the window" \
  grep -q "jdk.localedata" "$work/copy/lib/runtime/release"
check "nothing on stderr" test ! -s "$work/plain/stderr.txt"
if [ -z "$cache" ] && grep -q '^JAVA_VERSION="17' "$work/copy/lib/runtime/release"; then
  cache=$(ls "$XDG_CACHE_HOME"/followup/*/cli.jsa 2>/dev/null | head -1)
  check "Java 17: the first run made the class-data archive in the user's cache folder" test -n "$cache"
fi

if [ -n "$cache" ]; then
  (cd "$work/logged" && JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.log" \
    "$cli" render "$sample" --today 2026-11-26 --pdf letter.pdf >/dev/null 2>&1)
  shared=$(grep -c "shared objects file" "$work/classes.log")
  total=$(grep -c "source:" "$work/classes.log")
  echo "     $shared of $total classes came from the start-up cache $(basename "$cache")"
  check "the start-up cache is used after the copy" test "$shared" -gt $((total * 9 / 10))

  head -c 100000 /dev/urandom > "$cache"
  render "$work/damaged" > "$work/damaged/stdout.txt" 2> "$work/damaged/stderr.txt"
  check "a damaged cache: same output, no messages" \
    bash -c "cmp -s '$work/plain/stdout.txt' '$work/damaged/stdout.txt' && test ! -s '$work/damaged/stderr.txt'"
  rm -f "$cache"
  render "$work/missing" > "$work/missing/stdout.txt" 2> "$work/missing/stderr.txt"
  check "a missing cache: same output, no messages" \
    bash -c "cmp -s '$work/plain/stdout.txt' '$work/missing/stdout.txt' && test ! -s '$work/missing/stderr.txt'"
else
  echo "     (no start-up cache in this image: its build could not train one)"
fi
echo "check-image: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
