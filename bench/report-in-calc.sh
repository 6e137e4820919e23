#!/usr/bin/env bash
# Proves that the activity report's CSV (what `log --csv` and the board's "Activity report…" write) opens in
# LibreOffice Calc with its six columns and the Norwegian letters intact, for a report asked for in Norwegian and in
# English. Needs LibreOffice Calc (apt-get install libreoffice-calc-nogui) and python3; not part of `mvn test`, since
# CI may not have LibreOffice. Run from the project folder; builds the jar unless it is there.
#
# For each language: `log --csv` over a folder whose employer, position and contacts are full of æøå (one contact
# list holds commas, so it is quoted), then Calc converts the CSV to .xlsx (as a user's import would: UTF-8,
# comma-separated), and the cells of the .xlsx are read back and compared with the CSV field by field. Then the
# same CSV is opened without saying how (what a double-click does when Calc cannot ask): the script reports
# whether Calc guessed the character set and the separator, with and without a byte-order mark.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/followup.jar ] || mvn -B -q package -DskipTests
command -v soffice >/dev/null || { echo "needs LibreOffice (soffice)"; exit 1; }
work=$(mktemp -d)
home=$(mktemp -d)
mkdir "$work/applications"
python3 - "$work/applications" <<'PY'
import json, sys
notes = json.load(open("samples/nordlys-key-account-manager.followup.json", encoding="utf-8"))
notes["employer"]["name"] = "Bølgen & Ærfugl Åsane AS"
notes["position"] = "Salgssjef, region øst – «nøkkelkunder»"
for round in notes["rounds"]:
    for i, person in enumerate(round.get("participants", [])):
        person["name"] = ["Øystein Ås", "Åse Grønnær", "Pål Bjørkø"][i % 3]
json.dump(notes, open(sys.argv[1] + "/bolgen.followup.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
status=0
for lang in nb en; do
  csv="$work/report-$lang.csv"
  java -Duser.home="$home" -jar target/followup.jar log "$work/applications" --from 2020-01-01 --to 2030-12-31 \
      --csv "$csv" --lang "$lang"
  mkdir -p "$work/$lang"
  # 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at the first line
  soffice --headless -env:UserInstallation=file://"$home/lo" --infilter="CSV:44,34,76,1" \
      --convert-to xlsx --outdir "$work/$lang" "$csv" >/dev/null 2>&1
  python3 - "$csv" "$work/$lang/report-$lang.xlsx" "$lang" <<'PY' || status=1
import csv, re, sys, zipfile
from xml.etree import ElementTree as ET
source, sheet, lang = sys.argv[1], sys.argv[2], sys.argv[3]
expected = list(csv.reader(open(source, encoding="utf-8", newline="")))
ns = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
with zipfile.ZipFile(sheet) as book:
    shared = [("".join(t.text or "" for t in si.iter("{%s}t" % ns["s"])))
              for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("s:si", ns)]
    rows = []
    for row in ET.fromstring(book.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % ns["s"]):
        cells = {}
        for c in row.findall("s:c", ns):
            column = re.match(r"[A-Z]+", c.get("r")).group()
            v = c.find("s:v", ns)
            value = "" if v is None else shared[int(v.text)] if c.get("t") == "s" else v.text
            cells[column] = value
        rows.append([cells.get(col, "") for col in "ABCDEF"] + [k for k in cells if k > "F"])
# a date cell comes back as Calc's day number: compare it as the date it stands for
import datetime
def as_text(column, value):
    if column == 0 and re.fullmatch(r"\d+(\.0+)?", value):
        return (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(value)))).isoformat()
    return value
got = [[as_text(i, v) for i, v in enumerate(r)] for r in rows]
problems = [f"row {n + 1}: {g} != {e}" for n, (g, e) in enumerate(zip(got, expected)) if g != e]
if len(got) != len(expected):
    problems.append(f"{len(got)} rows in Calc, {len(expected)} in the CSV")
letters = sum("ø" in v or "æ" in v or "å" in v or "Ø" in v or "Æ" in v or "Å" in v for r in got for v in r)
print(f"{lang}: {len(got)} rows x {max(len(r) for r in got)} columns in Calc; header {got[0]}; "
      f"{letters} cells with æøå; {'same as the CSV, field by field' if not problems else 'DIFFERENT'}")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY
done

# what Calc does when nobody tells it the character set and separator: its own guess
guess() {
  local file=$1 out=$2
  soffice --headless -env:UserInstallation=file://"$home/lo" --convert-to xlsx --outdir "$out" "$file" >/dev/null 2>&1
  python3 - "$out/$(basename "${file%.csv}").xlsx" <<'PY'
import sys, zipfile, re
book = zipfile.ZipFile(sys.argv[1])
strings = book.read("xl/sharedStrings.xml").decode("utf-8")
sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
columns = sorted(set(re.findall(r'r="([A-Z]+)1"', sheet)))
print(f"    columns in the first row: {len(columns)}; 'Bølgen' intact: {'Bølgen' in strings}; "
      f"mojibake 'BÃ¸lgen': {'BÃ¸lgen' in strings}")
PY
}
mkdir -p "$work/guess" "$work/guess-bom"
echo "Calc's own guess, no byte-order mark (as written):"
guess "$work/report-nb.csv" "$work/guess"
printf '\xef\xbb\xbf' | cat - "$work/report-nb.csv" > "$work/guess-bom/report-nb-bom.csv"
echo "Calc's own guess, the same file with a UTF-8 byte-order mark:"
guess "$work/guess-bom/report-nb-bom.csv" "$work/guess-bom"
exit $status
