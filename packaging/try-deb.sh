#!/usr/bin/env bash
# Installs the built .deb on this machine and uses it as a user would, then removes it (needs root; not for CI).
# Checks: `followup --version`, a render from the installed command, the window under Xvfb (screenshot), the menu
# entry and the notes file type, and that removing the package leaves nothing behind.
# Needs: the package from `mvn -B -Pdist package`, and xvfb xdotool imagemagick for the window.
# usage: packaging/try-deb.sh [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/dist/followup_*.deb | tail -1)
shot=${1:-target/dist/installed-window.png}
out=$(mktemp -d)
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== install $deb"
apt-get install -y -q "./$deb" >/dev/null
trap 'dpkg --purge followup >/dev/null 2>&1 || true' EXIT
[ "$(command -v followup)" = /usr/bin/followup ] || fail "followup is not on the PATH"
version=$(followup --version)
echo "followup --version: $version"
[[ "$version" == "FollowUp $(dpkg-deb -f "$deb" Version)" ]] \
  || fail "--version does not name the package's version"

echo "== render a sample with the installed command"
(cd "$out" && followup render "$OLDPWD/samples/nordlys-key-account-manager.followup.json" --today 2026-11-26 \
  --pdf letter.pdf --text letter.txt)
head -c 5 "$out/letter.pdf" | grep -q '%PDF-' || fail "no PDF"
cmp -s "$out/letter.txt" src/test/resources/golden/nb-sponsor.txt \
  || fail "the letter text is not the golden Norwegian letter (src/test/resources/golden/nb-sponsor.txt)"
echo "rendered $(wc -c < "$out/letter.pdf") bytes of PDF; text begins: $(head -1 "$out/letter.txt")"

echo "== menu entry and notes file type"
desktop=$(grep -l "Exec=/opt/followup/bin/FollowUp" /usr/share/applications/*.desktop) || fail "no menu entry"
grep -q "^Icon=/opt/followup/" "$desktop" || fail "the menu entry has no icon"
grep -q "application/x-followup+json" "$desktop" || fail "the menu entry does not open notes files"
if command -v xdg-mime >/dev/null; then
  type=$(xdg-mime query filetype "$PWD/samples/nordlys-key-account-manager.followup.json")
  echo "xdg-mime: a notes file is $type"
  [ "$type" = application/x-followup+json ] || fail "the notes file type is not registered"
fi

echo "== the installed window under Xvfb"
disp=:$((150 + RANDOM % 50))
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
HOME="$out" DISPLAY=$disp /opt/followup/bin/FollowUp "$PWD/samples/nordlys-key-account-manager.followup.json" \
  >"$out/window.log" 2>&1 &
app=$!
# the title names the file once it is open in the window
DISPLAY=$disp timeout 60 xdotool search --sync --onlyvisible --name "nordlys-key-account-manager" >/dev/null \
  || { kill $app $xvfb; cat "$out/window.log"; fail "no window with the sample open"; }
sleep 2   # let the page finish drawing before the picture (not a check)
DISPLAY=$disp import -window root "$shot"
kill $app; wait $app 2>/dev/null || true
kill $xvfb
echo "screenshot: $shot"

echo "== remove"
dpkg --purge followup >/dev/null
trap - EXIT
[ ! -e /opt/followup ] || fail "/opt/followup is left behind"
[ ! -e /usr/bin/followup ] || fail "/usr/bin/followup is left behind"
! grep -l "/opt/followup" /usr/share/applications/*.desktop 2>/dev/null || fail "the menu entry is left behind"
echo "OK: installed, used and removed cleanly"
