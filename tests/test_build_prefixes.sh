#!/usr/bin/env bash
# File names predict function prefixes (LVGL's rule, ../shared/STYLE.md): every
# function a source file exports starts with its file's name (scr_signup.c:
# scr_signup_*), the first word of it (kapp_youth_fill.c: kapp_*), or its
# layer's prefix (bundle/import.c: bundle_*). Read from the built objects'
# symbol tables, so a new file or function is checked without a list. The few
# vocabulary types of core keep their own short names, listed below.
# Usage: test_build_prefixes.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2
build=$(dirname "$ovi")
pass=0 fail=0
declare -A layer_prefix=([platform]=plat [report]=rep [app]=kapp [model]=model)
# core's vocabulary: memory (arena_, ovi_malloc...), the string builder
# (sb_), time (clock_, wall_, day_, fmt_, parse_); the model's database
# helpers (model/mdb.h: mdb_); the app's ovi.ini, PINs and systemd.
declare -A extra=([core/err]="errlist" [core/mem]="arena ovi" [core/str]="sb" [core/timeutil]="clock wall day fmt parse"
  [model/schema]="mdb" [model/search]="mdb" [model/words]="mdb")
for f in "$src"/src/*/*.c; do
  layer=$(basename "$(dirname "$f")") b=$(basename "$f" .c)
  [ "$layer" = cli ] && continue # the program's own files: main() and cmd_*()
  o=$(find "$build/CMakeFiles" -path "*/ovi_$layer.dir/src/$layer/$b.c.o" 2>/dev/null | head -1)
  if [ -z "$o" ]; then
    continue # not built in this configuration (no SDL: no screens)
  fi
  allowed="$b ${b%%_*} $layer ${layer_prefix[$layer]:-$layer} ${extra[$layer/$b]:-}"
  wrong=""
  # (Names starting with "__" are the compiler's: AddressSanitizer's
  # __odr_asan.* markers.)
  for s in $(nm -g --defined-only "$o" | awk '$2 ~ /^[TDBR]$/ && $3 !~ /^__/ {print $3}'); do
    ok=0
    for p in $allowed; do
      case $s in "$p" | "${p}_"*) ok=1 ;; esac
    done
    [ $ok = 1 ] || wrong="$wrong $s"
  done
  if [ -n "$wrong" ]; then
    fail=$((fail + 1)); echo "FAIL $layer/$b.c exports$wrong (allowed: $allowed)"
  else
    pass=$((pass + 1))
  fi
done
# No file name in two layers (ui/text.c and platform/text.c were two).
dups=$(ls "$src"/src/*/*.c "$src"/src/*/*.h | xargs -n1 basename | sort | uniq -d)
if [ -n "$dups" ]; then
  fail=$((fail + 1)); echo "FAIL file names in two layers: $dups"
else
  pass=$((pass + 1)); echo "ok   no file name is in two layers"
fi
echo "$pass passed, $fail failed"
[ "$pass" -gt 50 ] && [ "$fail" -eq 0 ]
