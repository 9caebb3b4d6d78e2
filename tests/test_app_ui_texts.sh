#!/usr/bin/env bash
# A site's own frame words (ui_texts.csv): a bundle that adds a language
# (Tigrinya, which no catalogue has) and puts one Finnish word its own way
# shows both on the kiosk, every other word falling back to the content's
# default language; ovi check says what the new language still lacks; a
# broken sheet is refused with its file, line and column, and the kiosk
# keeps its words.
# Usage: test_app_ui_texts.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export OVI_DATA="$tmp/data" HOME="$tmp/home" XDG_DATA_HOME= SDL_VIDEODRIVER=dummy
unset OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
expect() { # expect CODE NAME -- CMD...
  local want=$1 name=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  out=$(cat "$tmp/out") err=$(cat "$tmp/err")
  if [ "$got" = "$want" ]; then ok "$name"; else bad "$name (exit $got, wanted $want): $err"; fi
}
has() { case "$3" in *"$2"*) ok "$1" ;; *) bad "$1: no '$2' in: $3" ;; esac; }
hasnt() { case "$3" in *"$2"*) bad "$1: '$2' in: $3" ;; *) ok "$1" ;; esac; }

cp -r "$src/content" "$tmp/b" && rm -f "$tmp/b/manifest.txt.minisig"
cat >"$tmp/b/ui_texts.csv" <<'CSV'
key,language,text
T_LANG_NAME,ti,ትግርኛ
T_TODAY,ti,ሎሚ
T_PLACES_LEFT,ti,%d ቦታ ተሪፉ
T_TODAY,fi,Tänään täällä
CSV
"$ovi" pack --languages fi,sv,en,ti "$tmp/b" >/dev/null 2>&1
expect 0 "check a bundle with ui_texts.csv" -- "$ovi" check "$tmp/b"
has "check counts what Tigrinya lacks" "the kiosk's own texts in ti: 411 of 414" "$out"
has "check names the first missing keys" "AT_ANSWERED_ON" "$out"
hasnt "check says nothing of Finnish (complete)" "texts in fi:" "$out"
expect 0 "import it" -- "$ovi" import "$tmp/b"

cat >"$tmp/replay" <<'EOF2'
expect "Tänään täällä"
tap "ትግርኛ"
expect "ሎሚ"
expect "12 ቦታ ተሪፉ"
expect "Viikko"
expect-not "Tänään täällä"
tap "Svenska"
expect "Idag"
tap "Suomi"
expect "Tänään täällä"
EOF2
expect 0 "the kiosk shows the site's words, each falling back to Finnish" -- \
  "$ovi" --replay "$tmp/replay" --now "2026-11-23 11:00"

# The same words in the window sizes the kiosk meets: nothing cut.
for size in 800x480 1920x1080 1080x1920; do
  expect 0 "Today in Tigrinya at $size passes the layout lint" -- \
    "$ovi" screenshot --screen all --lang ti --size "$size" --now "2026-11-23 11:00" \
    --out "$tmp/{screen}-ti-$size.png" --lint
done

# A word too long for its button is what the lint is for: it says so.
printf 'key,language,text\nT_LANG_NAME,ti,ትግርኛ\nT_TODAY,ti,Päivänäkymäkokonaisuudenyleiskatsausnäkymä\n' >"$tmp/b/ui_texts.csv"
"$ovi" pack "$tmp/b" >/dev/null 2>&1 && "$ovi" import "$tmp/b" >/dev/null 2>&1
expect 1 "the lint finds a site's word cut at 800x480" -- \
  "$ovi" screenshot --screen today --lang ti --size 800x480 --now "2026-11-23 11:00" \
  --out "$tmp/long.png" --lint
has "and names it" 'text ellipsised: "Päivänäkymäkokonaisuudenyleiskatsausnäkymä"' "$err"

# Broken: a text that lost its %d. Refused with file, line and column; the
# kiosk keeps the words it had.
printf 'key,language,text\nT_TODAY,fi,Tänään\nT_PLACES_LEFT,fi,paikkoja on\n' >"$tmp/b/ui_texts.csv"
"$ovi" pack "$tmp/b" >/dev/null 2>&1
expect 3 "a broken ui_texts.csv is refused" -- "$ovi" import "$tmp/b"
has "the refusal names file, line and column" "ui_texts.csv line 3, column C (text)" "$err"
has "and what is wrong" '"%d place left"' "$err"
printf 'expect "Tänään"\ntap "ትግርኛ"\nexpect "Päivänäkymäkokonaisuudenyleiskatsausnäkymä"\n' >"$tmp/replay2"
expect 0 "the old words stay" -- "$ovi" --replay "$tmp/replay2" --now "2026-11-23 11:00"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
