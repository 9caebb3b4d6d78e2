#!/usr/bin/env bash
# Every screen in every shipped language beyond fi/sv/en (the drafts: uk,
# ru, ar, so, et, se) at the three sizes the kiosk meets, through the layout
# lint (nothing cut, nothing outside the screen, every target finger-sized):
# long Estonian compounds, Arabic right to left, Cyrillic. fi, sv and en are
# checked, and compared with the golden pictures, by make-screenshots.sh.
# Usage: test_app_languages.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export SDL_VIDEODRIVER=dummy HOME="$tmp/home" XDG_DATA_HOME=
unset OVI_CONFIG OVI_DATA
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
if "$ovi" screenshot --list 2>&1 >/dev/null | grep -q "without the kiosk screens"; then
  echo "skip: this ovi was built without the kiosk screens"; exit 0
fi
now="2026-11-23 11:00"
n=$("$ovi" screenshot --list | wc -l)
for lang in uk ru ar so et se; do
  for size in 800x480 1920x1080 1080x1920; do
    if "$ovi" --data "$tmp/data" screenshot --screen all --lang "$lang" --size "$size" \
      --now "$now" --out "$tmp/{screen}-$lang-$size.png" --lint >"$tmp/out" 2>"$tmp/err"; then
      ok "$n screens in $lang at $size pass the lint"
    else
      bad "$lang at $size: $(grep -v ' info: ' "$tmp/err" | head -5)"
    fi
  done
  # The overlays: the language list and the help, over Today.
  for overlay in langs help; do
    "$ovi" --data "$tmp/data" screenshot --screen today --overlay "$overlay" --lang "$lang" \
      --size 800x480 --now "$now" --out "$tmp/overlay-$overlay-$lang.png" --lint 2>"$tmp/err" &&
      ok "the $overlay overlay in $lang at 800x480" || bad "$overlay in $lang: $(grep -v ' info: ' "$tmp/err" | head -3)"
  done
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
