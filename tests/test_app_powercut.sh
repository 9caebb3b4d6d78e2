#!/usr/bin/env bash
# Power is pulled without warning, often. This kills `ovi import` with
# SIGKILL at different moments of a real import (copying, validating,
# committing) and checks after each cut that the database is sound, shows
# either the old bundle or the new one (never a mix: its digest is one of the
# two known ones), and that the next import succeeds and cleans up staging/.
# Usage: test_app_powercut.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export OVI_DATA="$tmp/data" HOME="$tmp/home" XDG_DATA_HOME=
unset OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# Content digest: every content table, in a canonical order.
digest() {
  sqlite3 "$OVI_DATA/ovi.db" "select group_concat(x, '|') from (
    select id || ':' || name as x from people union all
    select weekday || ':' || starts || ':' || person from roster union all
    select id from topics union all select id from sessions union all
    select count(*) from tr order by 1)" | sha256sum | cut -c1-16
}

"$ovi" import "$src/content" >/dev/null 2>&1 || { bad "first import"; echo "0 passed, 1 failed"; exit 1; }
old=$(digest)
# The new bundle: the demo with a bigger photo set, so an import takes a while.
cp -r "$src/content" "$tmp/b" && rm -f "$tmp/b/manifest.txt.minisig"
for i in $(seq 1 60); do cp "$tmp/b/photos/logo.png" "$tmp/b/photos/extra$i.png"; done
# A new week: one more slot in the calendar.
printf 'su;12:00;13:00;%s\n' "$(sed -n 2p "$tmp/b/roster.csv" | cut -d';' -f4)" >> "$tmp/b/roster.csv"
"$ovi" pack "$tmp/b" >/dev/null
minisign -S -s "$src/kiosk/dev/demo-DEMO-ONLY.key" -m "$tmp/b/manifest.txt" >/dev/null 2>&1
# Measure the new content's digest once, in a scratch state folder.
( export OVI_DATA="$tmp/scratch"; "$ovi" import "$src/content" >/dev/null 2>&1 ) ||
  bad "scratch import of the demo"
t0=$(date +%s%N)
OVI_DATA="$tmp/scratch" "$ovi" import "$tmp/b" >/dev/null 2>&1 || bad "scratch import of the new bundle"
t1=$(date +%s%N)
took_ms=$(( (t1 - t0) / 1000000 ))
echo "  one import of the new bundle takes ${took_ms} ms"
new=$(OVI_DATA="$tmp/scratch" digest)
[ "$old" != "$new" ] && ok "old and new content differ" || bad "old and new content are the same"

olds=0 news=0
# Cuts spread over the import's duration, and a little past it.
for k in 0 1 2 3 4 5 6 7 8 9 10 11 12 14; do
  delay=$(awk -v t="$took_ms" -v k="$k" 'BEGIN { printf "%.4f", t * k / 10 / 1000 }')
  "$ovi" import "$tmp/b" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ "$(sqlite3 "$OVI_DATA/ovi.db" 'PRAGMA integrity_check')" = "ok" ]; then
    ok "cut after ${delay}s: database sound"
  else
    bad "cut after ${delay}s: database damaged"
  fi
  d=$(digest)
  if [ "$d" = "$old" ]; then olds=$((olds + 1)); ok "cut after ${delay}s: old content, whole"
  elif [ "$d" = "$new" ]; then news=$((news + 1)); ok "cut after ${delay}s: new content, whole"
  else bad "cut after ${delay}s: content is a mix ($d)"; fi
  # Go back to the old content for the next round, if the new one got in.
  if [ "$d" = "$new" ]; then
    rm -rf "$OVI_DATA"; "$ovi" import "$src/content" >/dev/null 2>&1
  fi
done
echo "  cuts leaving the old content: $olds, the new content: $news"
"$ovi" import "$tmp/b" >/dev/null 2>&1 && ok "an import after the cuts succeeds" || bad "import after cuts"
[ -z "$(ls -A "$OVI_DATA/staging" 2>/dev/null)" ] && ok "staging is clean" || bad "staging left over"
n=$(ls "$OVI_DATA/bundles" | wc -l)
[ "$n" -le 2 ] && ok "bundles/ holds the current and previous only ($n)" || bad "bundles/ holds $n"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
