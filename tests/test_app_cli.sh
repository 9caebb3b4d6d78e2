#!/usr/bin/env bash
# The command line as a new user meets it, from the README alone:
# ovi check/import/status/export/pack, --help, exit codes 0/1/2/3.
# Usage: test_app_cli.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export OVI_DATA="$tmp/data" HOME="$tmp/home" XDG_DATA_HOME=
unset OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# expect CODE NAME -- CMD...: runs CMD, keeps stdout/stderr in $out/$err.
expect() {
  local want=$1 name=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  out=$(cat "$tmp/out") err=$(cat "$tmp/err")
  if [ "$got" = "$want" ]; then ok "$name"; else bad "$name (exit $got, wanted $want): $err"; fi
}
has() { # has NAME TEXT HAYSTACK
  case "$3" in *"$2"*) ok "$1" ;; *) bad "$1: no '$2' in: $3" ;; esac
}

expect 0 "ovi --help" -- "$ovi" --help
has "help lists import" "import PATH" "$out"
expect 0 "ovi --help in Finnish" -- env LANG=fi_FI.UTF-8 "$ovi" --help
has "the help in Finnish" "Käyttö: ovi [VALITSIMET]" "$out"
expect 0 "ovi check --help in Swedish" -- env LANG=sv_FI.UTF-8 "$ovi" check --help
has "a command's help in Swedish" "Användning: ovi check" "$out"
expect 0 "ovi run --help in Finnish" -- env LANG=fi_FI.UTF-8 "$ovi" run --help
has "the kiosk's own help in Finnish" "Käyttö: ovi [VALITSIMET] [--windowed]" "$out"
expect 0 "ovi screenshot --help in Swedish" -- env LANG=sv_FI.UTF-8 "$ovi" screenshot --help
has "the screenshot help in Swedish" "Ritar en av kioskens skärmar" "$out"
for c in check import status export pack rollback; do
  expect 0 "ovi $c --help" -- "$ovi" "$c" --help
  has "ovi $c --help says Usage" "Usage: ovi $c" "$out"
done
expect 2 "unknown command" -- "$ovi" frobnicate
has "unknown command message" "unknown command" "$err"
expect 2 "check without a path" -- "$ovi" check
expect 2 "--housekeeping without --replay" -- "$ovi" run --housekeeping
has "--housekeeping says what it goes with" "goes with --replay" "$err"
expect 2 "bad --now" -- "$ovi" --now "yesterday" status
# A state folder whose path is too long is refused, not cut to another one.
long=$(printf '/x%.0s' $(seq 2100))
expect 2 "a --data too long" -- "$ovi" --data "$long" status
has "it says so" "too long" "$err"
expect 0 "status before anything" -- "$ovi" status
has "status says nothing imported" "nothing has been imported" "$out"

expect 0 "check the demo" -- "$ovi" check "$src/content"
has "check names the site" "site ohjaamo-keskusta" "$out"
[ ! -e "$OVI_DATA/ovi.db" ] && ok "check created no database" || bad "check created a database"

expect 0 "import the demo" -- "$ovi" import "$src/content"
has "import says imported" "imported" "$out"
expect 0 "status after import" -- "$ovi" status
has "status shows the site" "ohjaamo-keskusta" "$out"
has "status shows the key id" "key id" "$out"
has "status shows people rows" "people" "$out"
# In the reader's language ($LANG), the values in one column.
expect 0 "status in Finnish" -- env LANG=fi_FI.UTF-8 "$ovi" status
has "status says Toimipiste in Finnish" "Toimipiste:       ohjaamo-keskusta" "$out"
has "status lines up its values" "Allekirjoitettu:  kyllä" "$out"
expect 0 "status in Swedish" -- env LANG=sv_FI.UTF-8 "$ovi" status
has "status says Enhet in Swedish" "Enhet:             ohjaamo-keskusta" "$out"
before=$(sqlite3 "$OVI_DATA/ovi.db" "select count(*) from people")
[ "$before" -ge 8 ] && ok "demo has >= 8 people ($before)" || bad "demo people: $before"

expect 3 "same serial again is refused" -- "$ovi" import "$src/content"
has "refusal explains the serial" "is not above the current one" "$err"
has "refusal says content kept" "keeps its current content" "$err"
expect 3 "a folder that is not a bundle" -- "$ovi" import "$tmp"
has "not a bundle message" "manifest.txt is missing" "$err"
expect 3 "a missing folder" -- "$ovi" check "$tmp/nope"

# A coordinator's round trip: copy, edit, pack, sign with their own key.
mkdir -p "$tmp/keys" && (cd "$tmp/keys" && minisign -G -W -p site.pub -s site.key >/dev/null 2>&1)
cp -r "$src/content" "$tmp/b" && rm -f "$tmp/b/manifest.txt.minisig"
expect 0 "pack a copy" -- "$ovi" pack "$tmp/b"
has "pack tells the next step" "minisign -S" "$out"
minisign -S -s "$tmp/keys/site.key" -m "$tmp/b/manifest.txt" >/dev/null 2>&1
# ovi check --key: the coordinator's own key, no kiosk configuration needed.
expect 0 "check --key with the coordinator's key" -- "$ovi" check --key "$tmp/keys/site.pub" "$tmp/b"
has "check --key names the key" "key id" "$out"
expect 3 "check --key with another key" -- "$ovi" check --key "$src/content/demo-DEMO-ONLY.pub" "$tmp/b"
has "check --key says which key it used" "given with --key: 9BB134F093A2613" "$err"
expect 2 "check --key with a missing key file" -- "$ovi" check --key "$tmp/nope.pub" "$tmp/b"
has "a missing key file is named plainly" "nope.pub cannot be read: " "$err"
case "$err" in *"cannot be read: the public key"*) bad "the key message repeats itself: $err" ;; *) ok "the key message says it once" ;; esac
expect 2 "check --key without a file" -- "$ovi" check "$tmp/b" --key
expect 3 "a key the kiosk does not trust" -- "$ovi" import "$tmp/b"
has "untrusted key message" "does not trust" "$err"
printf '[kiosk]\ndevelopment = false\n[trust]\nkey_file = %s\n' "$tmp/keys/site.pub" > "$tmp/site.ini"
expect 0 "import with the site key" -- "$ovi" --config "$tmp/site.ini" import "$tmp/b"
expect 0 "status after the site import" -- "$ovi" status
has "serial went up" "Serial:" "$out"
# Broken sheet: refused with file, line and column; the database is unchanged.
sum1=$(sqlite3 "$OVI_DATA/ovi.db" "select group_concat(id) from people")
printf 'ma;10:00;24:30;nobody\n' >> "$tmp/b/roster.csv"
"$ovi" pack "$tmp/b" >/dev/null && minisign -S -s "$tmp/keys/site.key" -m "$tmp/b/manifest.txt" >/dev/null 2>&1
expect 3 "a broken roster" -- "$ovi" --config "$tmp/site.ini" import "$tmp/b"
has "message names file and line" "roster.csv line" "$err"
has "message names the column" "(end)" "$err"
sum2=$(sqlite3 "$OVI_DATA/ovi.db" "select group_concat(id) from people")
[ "$sum1" = "$sum2" ] && ok "database unchanged after refusal" || bad "database changed"
expect 0 "status shows the refusal" -- "$ovi" status
has "last import refused" "REFUSED" "$out"
# Unsigned: refused by a real kiosk, accepted (marked) by a development one.
rm -f "$tmp/b/manifest.txt.minisig"
expect 3 "unsigned on a real kiosk" -- "$ovi" --config "$tmp/site.ini" check "$tmp/b"

printf '[kiosk]\ndevelopment = false\n[trust]\nkey_file = %s\n' "$src/content/demo-DEMO-ONLY.pub" > "$tmp/dev-demo-only.ini"
# Rollback: back to the demo (serial below the site bundle's), verified again.
expect 0 "rollback" -- "$ovi" rollback
expect 0 "status after rollback" -- "$ovi" status
has "rollback is in the history" "rollback to serial" "$out"
# A second rollback undoes the first (the newer bundle is now the previous
# one); its signature is checked again, so a kiosk that does not trust the
# key refuses it.
expect 3 "rollback re-verifies the signature" -- "$ovi" --config "$tmp/dev-demo-only.ini" rollback
has "rollback refused: key not trusted" "does not trust" "$err"
expect 0 "a second rollback undoes the first" -- "$ovi" --config "$tmp/site.ini" rollback
expect 0 "status after the second rollback" -- "$ovi" status
has "back on the site bundle" "$(grep -m1 '^serial' "$tmp/b/manifest.txt" | sed 's/serial = //' | awk '{print "Serial:       " $1-1}')" "$out"

expect 0 "export" -- "$ovi" export "$tmp/export"
[ -f "$tmp/export/signups.csv" ] && ok "export wrote signups.csv" || bad "no signups.csv"
expect 2 "export without a folder" -- "$ovi" export

# A relative --data is one folder wherever the next command runs: a bundle
# imported from one directory, the next from another, and a rollback from a
# third still finds the first bundle's files (they were pruned when the
# database kept the relative path).
mkdir -p "$tmp/rel/x/y"
for n in 1 2; do
  cp -r "$src/content" "$tmp/rel/b$n" && rm -f "$tmp/rel/b$n/manifest.txt.minisig"
  "$ovi" pack "$tmp/rel/b$n" >/dev/null 2>&1
  [ "$n" = 2 ] && "$ovi" pack "$tmp/rel/b$n" >/dev/null 2>&1 # one serial higher
  minisign -S -s "$tmp/keys/site.key" -m "$tmp/rel/b$n/manifest.txt" >/dev/null 2>&1
done
expect 0 "import with a relative --data" -- sh -c "cd '$tmp/rel' && '$ovi' --data state --config '$tmp/site.ini' import b1"
expect 0 "the next import from another directory" -- sh -c "cd '$tmp/rel/x' && '$ovi' --data ../state --config '$tmp/site.ini' import ../b2"
expect 0 "rollback from a third directory" -- sh -c "cd '$tmp/rel/x/y' && '$ovi' --data ../../state --config '$tmp/site.ini' rollback"
paths=$(sqlite3 "$tmp/rel/state/ovi.db" "select path from bundles" 2>&1)
case "$paths" in
  *"$tmp/rel/state/"*) case "$paths" in /*) ok "bundle paths are absolute" ;; *) bad "a relative bundle path: $paths" ;; esac ;;
  *) bad "bundle paths not under the state folder: $paths" ;;
esac

# A Finnish coordinator reads every problem in Finnish, not only the common
# ones: a photo saved as GIF, a damaged signature ($LANG), and in Swedish
# with --lang sv.
cp -r "$src/content" "$tmp/fi" && printf 'GIF89a\001\000\001\000' >"$tmp/fi/photos/elias.png"
"$ovi" pack "$tmp/fi" >/dev/null 2>&1
printf 'untrusted comment: x\nnot base64 at all!\n' >"$tmp/fi/manifest.txt.minisig"
expect 3 "check in Finnish" -- env OVI_DATA="$tmp/nokiosk" LANG=fi_FI.UTF-8 "$ovi" check --key "$tmp/keys/site.pub" "$tmp/fi"
has "the damaged signature in Finnish" "allekirjoitustiedosto on vioittunut (rivi 2 ei ole kelvollista base64:ää)" "$err"
rm -f "$tmp/fi/manifest.txt.minisig" && minisign -S -s "$tmp/keys/site.key" -m "$tmp/fi/manifest.txt" >/dev/null 2>&1
expect 3 "check a GIF in Finnish" -- env OVI_DATA="$tmp/nokiosk" LANG=fi_FI.UTF-8 "$ovi" check --key "$tmp/keys/site.pub" "$tmp/fi"
has "the GIF in Finnish" "photos/elias.png: ei ole PNG- eikä JPEG-kuva (se on GIF-kuva; tallenna se PNG-muodossa)" "$err"
case "$err" in *"not a PNG"*|*"save it as"*) bad "English left in a Finnish check: $err" ;; *) ok "no English in the Finnish check" ;; esac
expect 3 "check a GIF in Swedish (--lang)" -- env OVI_DATA="$tmp/nokiosk" LANG=fi_FI.UTF-8 "$ovi" check --lang sv --key "$tmp/keys/site.pub" "$tmp/fi"
has "the GIF in Swedish" "ingen PNG- eller JPEG-bild (det är en GIF; spara den som PNG)" "$err"
expect 3 "check a GIF in English" -- env OVI_DATA="$tmp/nokiosk" LANG=C.UTF-8 "$ovi" check --key "$tmp/keys/site.pub" "$tmp/fi"
has "the GIF in English" "not a PNG or JPEG picture (it is a GIF; save it as PNG)" "$err"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
