#!/usr/bin/env bash
# The evaluation as a coordinator and a funder meet it: a kiosk's export
# (counters.csv, status.ini, evaluation.xlsx/.csv), ovi report on one kiosk
# and on a network of three (each a site with its own signed bundle and weeks
# of counts), the workbook read back by openpyxl (real dates and numbers,
# "<5" for small counts), and the page opened in Chromium.
# Usage: test_app_report.sh OVI SOURCE_DIR TMP [SCREENSHOT_OUT]
set -u
ovi=$1 src=$2 tmp=$3 shot_out=${4:-}
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME="$tmp/home" XDG_DATA_HOME= SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy}
unset OVI_DATA OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
has() { grep -q -- "$2" "$3" && ok "$1" || bad "$1: no '$2' in $3"; }
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3 # Debian's, with python3-openpyxl

# ---- One kiosk: two visitors (tests/replay/usage.txt), then its export.
mkdir -p "$tmp/one"
(cd "$tmp/one" && "$ovi" --data "$tmp/one/data" --now "2026-11-23 11:00" \
  --replay "$src/tests/replay/usage.txt") >"$tmp/one/log" 2>&1 || bad "replay usage: $(tail -3 "$tmp/one/log")"
"$ovi" --data "$tmp/one/data" export "$tmp/one/export" >"$tmp/out" 2>&1 && ok "ovi export" || bad "export: $(cat "$tmp/out")"
for f in counters.csv status.ini evaluation.xlsx evaluation.csv; do
  [ -s "$tmp/one/export/$f" ] && ok "the export has $f" || bad "the export lacks $f"
done
has "status.ini names the site" "site = ohjaamo-keskusta" "$tmp/one/export/status.ini"
has "status.ini has the bundle serial" "bundle_serial = 2" "$tmp/one/export/status.ini"
has "counters.csv counts by the hour" "^2026-11-23,11,visit,,2" "$tmp/one/export/counters.csv"
# Finnish Excel's CSV: a BOM, semicolons, and 2 visits shown as <5.
head -c 3 "$tmp/one/export/evaluation.csv" | od -An -tx1 | grep -q "ef bb bf" && ok "evaluation.csv starts with a BOM" || bad "no BOM"
has "evaluation.csv: Finnish headers, semicolons" "Toimipiste;Kioski;Päivämäärä" "$tmp/one/export/evaluation.csv"
has "evaluation.csv: a small count is <5" ";visit;;<5" "$tmp/one/export/evaluation.csv"
if grep -qE "(^|[,;])(velka|qwxzzy)([,;]|$)" "$tmp/one/export/"*.csv; then bad "a search's words are in the export"; else ok "no search words in the export"; fi
"$ovi" report --out "$tmp/one/report.html" "$tmp/one/export" >"$tmp/out" 2>&1 && ok "ovi report on one kiosk" || bad "report: $(cat "$tmp/out")"
has "report says 1 kiosk" "1 kiosk, 2 visits" "$tmp/out"
has "the page is in Finnish" "näin kioskia käytettiin" "$tmp/one/report.html"
has "the page names the site" "Ohjaamo Keskusta" "$tmp/one/report.html"
grep -q "<script" "$tmp/one/report.html" && bad "the page has a script" || ok "the page has no script"

# ---- A network of three: three sites, each its own signed bundle, weeks of
# use, exported into a tree as a regional coordinator collects them.
mkdir -p "$tmp/net" "$tmp/keys" && (cd "$tmp/keys" && minisign -G -W -p site.pub -s site.key >/dev/null 2>&1)
printf '[kiosk]\ndevelopment = false\n[trust]\nkey_file = %s\n' "$tmp/keys/site.pub" >"$tmp/ovi.ini"
i=0
for site in ohjaamo-keskusta:Ohjaamo_Keskusta nuorisotalo-itakeskus:Nuorisotalo_Itäkeskus olohuone-kallio:Olohuone_Kallio; do
  i=$((i + 1)) id=${site%%:*} name=${site#*:} name=${name//_/ }
  b=$tmp/net/bundle-$id
  cp -r "$src/content" "$b" && rm -f "$b/manifest.txt.minisig"
  sed -i "2s/^[^,]*,[^,]*,[^,]*/$name,$name,$name/" "$b/site.csv"
  "$ovi" pack "$b" --site "$id" >/dev/null && minisign -S -s "$tmp/keys/site.key" -m "$b/manifest.txt" >/dev/null 2>&1
  d=$tmp/net/kiosk-$i
  printf '[sync]\nkiosk = %s-1\n' "$id" | cat "$tmp/ovi.ini" - >"$tmp/net/ovi-$i.ini"
  "$ovi" --config "$tmp/net/ovi-$i.ini" --data "$d" --now "2026-09-04 1$i:00" import "$b" \
    >"$tmp/out" 2>&1 || bad "import $id: $(cat "$tmp/out")"
  visits=$("$py" "$src/tests/report/seed-counts.py" "$d/ovi.db" 2026-09-07 12 "$i" $((2 + 2 * i)))
  "$ovi" --config "$tmp/net/ovi-$i.ini" --data "$d" --now "2026-11-30 0$i:15" \
    export "$tmp/net/drop/$id/$id-1" >/dev/null 2>&1 ||
    bad "export kiosk $i"
  eval "visits_$i=$visits"
done
"$ovi" report --out "$tmp/net/network.html" "$tmp/net/drop" >"$tmp/out" 2>&1 && ok "ovi report on the network" || bad "report: $(cat "$tmp/out")"
total=$((visits_1 + visits_2 + visits_3))
has "the report counts three kiosks and every visit" "3 kiosks, $total visits" "$tmp/out"
for n in "Ohjaamo Keskusta" "Nuorisotalo Itäkeskus" "Olohuone Kallio"; do
  has "the page names $n" "$n" "$tmp/net/network.html"
done
has "the page shows visits by week" "Käynnit viikoittain" "$tmp/net/network.html"
has "the page has the side-by-side table" "Kioskit rinnakkain" "$tmp/net/network.html"
has "the page names each kiosk" "olohuone-kallio-1" "$tmp/net/network.html"
has "topics by their titles (labels.csv)" ">Asuminen<" "$tmp/net/network.html"
has "languages in their own words" "Українська" "$tmp/net/network.html"
"$ovi" report --lang sv --out "$tmp/net/sv.html" "$tmp/net/drop" >/dev/null 2>&1 && has "--lang sv" "så användes kiosken" "$tmp/net/sv.html"
mkdir -p "$tmp/nothing-here/sub"
"$ovi" report --out "$tmp/x.html" "$tmp/nothing-here" >"$tmp/out" 2>&1
[ $? = 3 ] && ok "a folder without exports is refused" || bad "no exports: $(cat "$tmp/out")"
has "and says what it looked for" "counters.csv" "$tmp/out"

# ---- The workbook, read by an independent reader.
if "$py" -c "import openpyxl" 2>/dev/null; then
  "$py" - "$tmp/net/network.xlsx" "$total" "$tmp/one/export/evaluation.xlsx" >"$tmp/xl" 2>&1 <<'PY'
import datetime, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
names = wb.sheetnames
assert names[0] == "Yhteenveto", names
s = wb["Yhteenveto"]
rows = {r[0].value: [c.value for c in r[1:]] for r in s.iter_rows(min_row=5, max_row=11)}
visits = rows["Käynnit"]
assert visits[-1] == int(sys.argv[2]), visits
assert all(isinstance(v, (int, float)) for v in visits), visits
assert isinstance(s["B2"].value, datetime.datetime), s["B2"].value
data = wb["Tiedot"]
first = [c.value for c in next(data.iter_rows(min_row=2, max_row=2))]
assert isinstance(first[2], datetime.datetime), first
small = [r[7].value for r in data.iter_rows(min_row=2) if r[7].value == "<5"]
assert small, "no <5 cell"
assert all(isinstance(r[7].value, (int, float)) and r[7].value >= 5 or r[7].value == "<5"
           for r in data.iter_rows(min_row=2)), "a count below 5 is shown"
one = openpyxl.load_workbook(sys.argv[3])["Yhteenveto"]
v = [r for r in one.iter_rows(min_row=5, max_row=5, values_only=True)][0]
assert v[1] == "<5", v
print("ok", len(names), "sheets")
PY
  [ $? = 0 ] && ok "openpyxl reads the workbook: $(cat "$tmp/xl")" || bad "workbook: $(cat "$tmp/xl")"
else
  bad "python3-openpyxl is missing (kiosk/dev/deps.sh --test installs it)"
fi

# ---- The page in Chromium, as a coordinator opens it.
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  bad "chromium is missing (kiosk/dev/deps.sh --test installs it)"
else
  timeout 120 "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$tmp/chromium" --window-size=1200,3000 \
    --screenshot="$tmp/net/network.png" "file://$tmp/net/network.html" >"$tmp/chromium.log" 2>&1
  if [ -s "$tmp/net/network.png" ] && [ "$(head -c 4 "$tmp/net/network.png" | tail -c 3)" = PNG ]; then
    ok "Chromium renders the page ($(stat -c %s "$tmp/net/network.png") bytes)"
    # Printing to PDF, as the page is meant to be handed on.
    timeout 120 "$chromium" --headless=new --no-sandbox --disable-gpu --user-data-dir="$tmp/chromium" \
      --print-to-pdf="$tmp/net/network.pdf" --no-pdf-header-footer "file://$tmp/net/network.html" \
      >>"$tmp/chromium.log" 2>&1
    [ "$(head -c 4 "$tmp/net/network.pdf" 2>/dev/null)" = "%PDF" ] && ok "Chromium prints it to PDF" || bad "no PDF: $(tail -3 "$tmp/chromium.log")"
    [ -n "$shot_out" ] && cp "$tmp/net/network.png" "$shot_out"
  else
    bad "Chromium: no screenshot: $(tail -5 "$tmp/chromium.log")"
  fi
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
