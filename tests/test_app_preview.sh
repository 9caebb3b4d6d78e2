#!/usr/bin/env bash
# ovi preview as a coordinator uses it before signing: the bundle's screens
# as PNGs and one contact sheet; their folder is left as it was; a bundle the
# kiosk would refuse lists its problems instead; a sheet edited after packing
# and Finnish Excel's CSV are fine.
# Usage: test_app_preview.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME="$tmp/home" XDG_DATA_HOME= SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy}
unset OVI_DATA OVI_CONFIG
# The preview's private state folder goes under TMPDIR: a folder of this
# test's own, so that another run on the machine cannot confuse the check.
export TMPDIR=$tmp/tmpdir
mkdir -p "$TMPDIR"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
if "$ovi" screenshot --list 2>&1 >/dev/null | grep -q "without the kiosk screens"; then
  echo "skip: this ovi was built without the kiosk screens"; exit 0
fi
size() { $py -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
py=python3

b=$tmp/b
cp -r "$src/content" "$b" && rm -f "$b/manifest.txt.minisig"
# Edited after packing, as coordinators do: the preview packs its own copy.
sed -i 's/Ohjaamo Keskusta,Ohjaamo Centrum/Ohjaamo Keskusta (uusi),Ohjaamo Centrum/' "$b/site.csv"
before=$(cd "$b" && find . -type f -exec sha256sum {} + | sort | sha256sum)
(cd "$tmp" && "$ovi" preview "$b" --out shots --size 800x480 --week 2026-11-25) >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] && ok "ovi preview" || bad "preview: $(cat "$tmp/err")"
grep -q "17 screens of the week of 2026-11-23" "$tmp/out" && ok "17 screens of the week asked for" || bad "$(cat "$tmp/out")"
for f in today-2026-11-23 today-2026-11-25 today-2026-11-27 week topics groups services topic-work topic-papers contact-sheet; do
  [ -s "$tmp/shots/$f.png" ] && ok "$f.png" || bad "no $f.png"
done
[ "$(size "$tmp/shots/week.png")" = 800x480 ] && ok "the shots are 800x480" || bad "week.png is $(size "$tmp/shots/week.png")"
# 17 thumbnails 480 wide, 4 a row: 5 rows of 288 + 40 for the name + 24.
[ "$(size "$tmp/shots/contact-sheet.png")" = 2040x1784 ] && ok "the contact sheet holds them all (2040x1784)" || bad "contact sheet $(size "$tmp/shots/contact-sheet.png")"
[ ! -s "$tmp/err" ] && ok "no noise on stderr" || bad "stderr: $(cat "$tmp/err")"
after=$(cd "$b" && find . -type f -exec sha256sum {} + | sort | sha256sum)
[ "$before" = "$after" ] && ok "the coordinator's folder is unchanged" || bad "the folder changed"
[ -z "$(ls -A "$TMPDIR")" ] && ok "no temporary folder left" || bad "left in TMPDIR: $(ls "$TMPDIR")"
# The edit is what the preview shows (the name in the header): the Today
# screen of this preview differs from one of the unedited demo.
cp -r "$src/content" "$tmp/demo" && rm -f "$tmp/demo/manifest.txt.minisig"
"$ovi" preview "$tmp/demo" --out "$tmp/demo-shots" --size 800x480 --week 2026-11-25 >/dev/null 2>&1
cmp -s "$tmp/shots/today-2026-11-23.png" "$tmp/demo-shots/today-2026-11-23.png" &&
  bad "the edited name does not show" || ok "the preview shows the edit made after packing"
"$ovi" preview "$b" --out "$tmp/again" --size 800x480 --week 2026-11-25 >/dev/null 2>&1
cmp -s "$tmp/shots/week.png" "$tmp/again/week.png" && ok "the same bundle previews the same" || bad "week differs between two previews"

# Finnish Excel's CSV: previewed, with a note.
iconv -f UTF-8 -t WINDOWS-1252 "$b/topics.csv" | sed 's/$/\r/' >"$tmp/t" && mv "$tmp/t" "$b/topics.csv"
"$ovi" preview "$b" --out "$tmp/cp" >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] && grep -q "note: topics.csv is saved as Excel's plain 'CSV'" "$tmp/out" && ok "Windows-1252 sheets preview with a note" || bad "cp1252: $(cat "$tmp/out" "$tmp/err")"

# A bundle the kiosk would refuse: every problem, no pictures.
printf 'ma;10:00;24:30;nobody\n' >>"$b/roster.csv"
"$ovi" preview "$b" --out "$tmp/bad" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 3 ] && grep -q "roster.csv line" "$tmp/err" && ok "a broken roster: exit 3, the line named" || bad "broken: exit $rc $(cat "$tmp/err")"
[ ! -e "$tmp/bad/week.png" ] && ok "and no pictures" || bad "pictures of a refused bundle"
# No manifest yet: the next step is named.
rm -f "$b/manifest.txt"
"$ovi" preview "$b" >"$tmp/out" 2>"$tmp/err"
[ $? = 3 ] && grep -q "run ovi pack" "$tmp/err" && ok "no manifest: says to run ovi pack" || bad "no manifest: $(cat "$tmp/err")"
"$ovi" preview "$tmp/nope" >/dev/null 2>"$tmp/err"
[ $? = 3 ] && ok "a missing folder: exit 3" || bad "missing folder"
"$ovi" preview >/dev/null 2>&1
[ $? = 2 ] && ok "no folder: usage" || bad "no folder"
"$ovi" preview --help | grep -q "Usage: ovi preview" && ok "ovi preview --help" || bad "help"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
