#!/usr/bin/env bash
# Renders every kiosk screen in Finnish, Swedish and English at the three
# sizes the kiosk meets (a 7" panel 800x480, a TV 1920x1080, a portrait
# screen 1080x1920), plus the overlays, into tests/screenshots/kiosk/, for
# people to look at (and to commit, so a change shows in review).
# Usage: bash tests/make-screenshots.sh [OVI [SOURCE_DIR [OUT_DIR]]]
#   OVI defaults to ./build/ovi, OUT_DIR to SOURCE_DIR/tests/screenshots/kiosk.
# ctest runs it too (as every tests/*.sh, with OVI SOURCE_DIR TMP): then the
# pictures go to TMP, and the test is that every screen renders in every
# language and size and still looks as tests/screenshots/golden/ says.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ovi=${1:-$here/../build/ovi}
ovi=$(cd "$(dirname "$ovi")" && pwd)/$(basename "$ovi") # the report's test runs elsewhere
src=${2:-$here/..}
out=${3:-$src/tests/screenshots/kiosk}
if "$ovi" screenshot --list 2>&1 >/dev/null | grep -q "without the kiosk screens"; then
  echo "skip: this ovi was built without the kiosk screens"; exit 0
fi
now="2026-11-23 11:00" # a Monday in the demo week, open, a session later today
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy}
mkdir -p "$out"
n=0
for size in 800x480 1920x1080 1080x1920; do
  for lang in fi sv en; do
    "$ovi" --data "$data" screenshot --screen all --lang "$lang" --size "$size" \
      --now "$now" --out "$out/{screen}-$lang-$size.png" 2>"$data/err" ||
      { cat "$data/err" >&2; exit 1; }
    n=$((n + $("$ovi" screenshot --list | wc -l)))
    # What young people type, understood: a distress phrase brings the
    # crisis card while it is typed; an inflected word finds the service.
    case $lang in
      fi) distress="mä en jaksa enää mitään" query="velkani" ;;
      sv) distress="jag orkar inte mer" query="skulderna" ;;
      *) distress="i dont want to live anymore" query="debts" ;;
    esac
    "$ovi" --data "$data" screenshot --screen question --text "$distress" --lang "$lang" \
      --size "$size" --now "$now" --out "$out/question-crisis-$lang-$size.png" 2>"$data/err" ||
      { cat "$data/err" >&2; exit 1; }
    "$ovi" --data "$data" screenshot --screen services --text "$query" --lang "$lang" \
      --size "$size" --now "$now" --out "$out/services-search-$lang-$size.png" 2>"$data/err" ||
      { cat "$data/err" >&2; exit 1; }
    n=$((n + 2))
    for overlay in help crisis idle access langs; do
      "$ovi" --data "$data" screenshot --screen today --overlay "$overlay" --lang "$lang" \
        --size "$size" --now "$now" --out "$out/overlay-$overlay-$lang-$size.png" 2>"$data/err" ||
        { cat "$data/err" >&2; exit 1; }
      n=$((n + 1))
    done
    # A short day (the demo closes at 13 on Friday 4.12.) and the week on a
    # Sunday (next week first).
    "$ovi" --data "$data" screenshot --screen today --lang "$lang" --size "$size" \
      --now "2026-12-04 11:00" --out "$out/today-shortday-$lang-$size.png" 2>"$data/err" ||
      { cat "$data/err" >&2; exit 1; }
    "$ovi" --data "$data" screenshot --screen week --lang "$lang" --size "$size" \
      --now "2026-11-29 12:00" --out "$out/week-sunday-$lang-$size.png" 2>"$data/err" ||
      { cat "$data/err" >&2; exit 1; }
    n=$((n + 2))
    # A site that asks "How was your visit?" ([kiosk] feedback), on two of
    # the result screens.
    printf '[kiosk]\nfeedback = true\n' >"$data/feedback.ini"
    for screen in number signed-up; do
      "$ovi" --config "$data/feedback.ini" --data "$data" screenshot --screen "$screen" \
        --lang "$lang" --size "$size" --now "$now" --out "$out/$screen-feedback-$lang-$size.png" \
        2>"$data/err" || { cat "$data/err" >&2; exit 1; }
      n=$((n + 1))
    done
    # A kiosk with sound: the read-aloud button on Today, a topic, a service.
    for screen in today topic service; do
      SDL_AUDIODRIVER=dummy "$ovi" --data "$data" screenshot --screen "$screen" --sound \
        --lang "$lang" --size "$size" --now "$now" --out "$out/$screen-sound-$lang-$size.png" \
        2>"$data/err" || { cat "$data/err" >&2; exit 1; }
      n=$((n + 1))
    done
  done
done
# After closing: closed now, when it opens next and who is first then.
"$ovi" --data "$data" screenshot --screen today --size 1920x1080 --now "2026-12-04 18:07" \
  --out "$out/dimmed-afterclosing-fi-1920x1080.png" 2>"$data/err" || { cat "$data/err" >&2; exit 1; }
n=$((n + 1))
# Outside opening hours, the dimmed screen (the demo is closed on Sunday).
"$ovi" --data "$data" screenshot --screen today --size 1920x1080 --now "2026-11-29 20:00" \
  --out "$out/dimmed-fi-1920x1080.png" 2>"$data/err" || { cat "$data/err" >&2; exit 1; }
n=$((n + 1))
# ovi report's page for a network of three kiosks, as Chromium shows it.
mkdir -p "$src/tests/screenshots/report"
if bash "$here/test_app_report.sh" "$ovi" "$src" "$data/report" \
    "$src/tests/screenshots/report/network-fi.png" >"$data/report.log" 2>&1; then
  n=$((n + 1))
else
  tail -5 "$data/report.log" >&2
fi
echo "wrote $n screenshots into $out (and tests/screenshots/report)"

# The golden set: every picture at a quarter of its size in 16 greys
# (tests/screenshots/golden/, committed, about 3 MB; the full-size ones are
# made here to look at, not committed). A screen that changes fails the
# suite until the golden set is made again on purpose:
#   OVI_GOLDEN_UPDATE=1 bash tests/make-screenshots.sh build/ovi
# Tolerance: a picture may differ in up to 0.2 % of its pixels by more than
# 10 % (the same fonts and program render byte for byte the same today).
golden=$src/tests/screenshots/golden
small() { convert "$1" -resize 25% -colorspace Gray -depth 4 -strip \
  -define png:compression-level=9 "$2"; }
if [ "${OVI_GOLDEN_UPDATE:-}" = 1 ]; then
  rm -rf "$golden" && mkdir -p "$golden"
  for f in "$out"/*.png; do small "$f" "$golden/$(basename "$f")"; done
  echo "golden: $(ls "$golden" | wc -l) pictures in $golden ($(du -sh "$golden" | cut -f1))"
  exit 0
fi
if ! command -v convert >/dev/null || ! command -v compare >/dev/null; then
  echo "FAIL the golden comparison needs ImageMagick (kiosk/dev/deps.sh --test)"; exit 1
fi
mkdir -p "$data/small"
changed=() missing=() same=0
for f in "$out"/*.png; do
  b=$(basename "$f")
  [ -f "$golden/$b" ] || { missing+=("$b"); continue; }
  small "$f" "$data/small/$b"
  px=$(identify -format '%[fx:w*h]' "$data/small/$b")
  ae=$(compare -metric AE -fuzz 10% "$data/small/$b" "$golden/$b" null: 2>&1 || true)
  case $ae in *[!0-9.e+]*|'') changed+=("$b (compare: $ae)"); continue ;; esac
  if awk -v a="$ae" -v p="$px" 'BEGIN { exit !(a > p * 0.002) }'; then
    changed+=("$b: $ae of $px pixels")
  else
    same=$((same + 1))
  fi
done
extra=$(for g in "$golden"/*.png; do [ -f "$out/$(basename "$g")" ] || basename "$g"; done)
echo "golden: $same pictures as before, ${#changed[@]} changed, ${#missing[@]} new, $(printf '%s' "$extra" | grep -c .) gone"
for c in "${changed[@]}"; do echo "  changed: $c"; done
for m in "${missing[@]}"; do echo "  new (not in the golden set): $m"; done
[ -z "$extra" ] || printf '  gone: %s\n' $extra
if [ ${#changed[@]} -gt 0 ] || [ ${#missing[@]} -gt 0 ] || [ -n "$extra" ]; then
  echo "FAIL screens differ from tests/screenshots/golden (look at $out; if meant: OVI_GOLDEN_UPDATE=1 bash tests/make-screenshots.sh build/ovi)"
  exit 1
fi
