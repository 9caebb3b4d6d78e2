#!/usr/bin/env bash
# kiosk/sitepack/ovi-pack.sh, the coordinator's packer for a Mac (no Ovi
# there): on a copy of the demo content with desktop litter in it, it lists
# the same files with the same sizes and SHA-256 as `ovi pack`, raises the
# serial, keeps the site and languages; signed with the coordinator's own
# minisign key the kiosk accepts it (`ovi check`); a changed photo after
# signing is refused. Run with shasum instead of sha256sum as on macOS.
# Usage: test_kiosk_pack.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
skipped() { skip=$((skip + 1)); echo "skip $1"; }
export HOME=$tmp/home SDL_VIDEODRIVER=dummy OVI_DATA=$tmp/data
unset OVI_CONFIG
packer=$src/kiosk/sitepack/ovi-pack.sh
if ! command -v minisign >/dev/null; then
  skipped "needs minisign"; echo "$pass passed, $fail failed, $skip skipped"; exit 0
fi
files() { sed -n '/^\[files\]/,$p' "$1" | grep ' = ' | LC_ALL=C sort; }
bundle() { sed -n '/^\[bundle\]/,/^\[files\]/p' "$1" | grep -E '^(site|serial|languages|default_language) ='; }

# The coordinator's folder: the demo content, with what a Mac and Windows
# leave behind, and no manifest yet.
a=$tmp/a
cp -r "$src/content" "$a"
rm -f "$a/manifest.txt" "$a/manifest.txt.minisig"
: >"$a/.DS_Store"
: >"$a/photos/Thumbs.db"
: >"$a/desktop.ini"
mkdir -p "$a/.Trashes" && : >"$a/.Trashes/x"
cp -r "$a" "$tmp/b"

out=$(sh "$packer" "$a" 2>&1) && bad "no site id the first time: accepted" ||
  { echo "$out" | grep -q 'give the site id' && ok "the first time without a site id: says what to give" || bad "first time: $out"; }
out=$(sh "$packer" "$a" ohjaamo-keskusta "fi,sv,en" fi 2>&1) && ok "ovi-pack.sh: $(echo "$out" | head -1)" || bad "ovi-pack.sh: $out"
"$ovi" pack "$tmp/b" --site ohjaamo-keskusta --languages fi,sv,en --default fi >"$tmp/pack.log" 2>&1 ||
  bad "ovi pack: $(cat "$tmp/pack.log")"
files "$a/manifest.txt" >"$tmp/fa"
files "$tmp/b/manifest.txt" >"$tmp/fb"
n=$(wc -l <"$tmp/fa")
[ "$n" -gt 20 ] && cmp -s "$tmp/fa" "$tmp/fb" && ok "the same $n files, sizes and SHA-256 as ovi pack" ||
  bad "files differ from ovi pack: $(diff "$tmp/fa" "$tmp/fb" | head -5)"
grep -Eq 'DS_Store|Thumbs|desktop.ini|Trashes|manifest' "$tmp/fa" && bad "litter or the manifest listed" || ok "litter not listed"
bundle "$a/manifest.txt" >"$tmp/ba"
bundle "$tmp/b/manifest.txt" >"$tmp/bb"
cmp -s "$tmp/ba" "$tmp/bb" && ok "bundle section as ovi pack's: $(tr '\n' ' ' <"$tmp/ba")" ||
  bad "bundle section: $(diff "$tmp/ba" "$tmp/bb")"

# Signed with the coordinator's own key, trusted by the kiosk's config.
(cd "$tmp" && minisign -G -W -p site.pub -s site.key >/dev/null 2>&1) || bad "minisign -G"
minisign -S -s "$tmp/site.key" -m "$a/manifest.txt" >/dev/null 2>&1 || bad "minisign -S"
printf '[trust]\nkey_file = %s\n' "$tmp/site.pub" >"$tmp/ovi.ini"
out=$("$ovi" --config "$tmp/ovi.ini" check "$a" 2>&1) && ok "ovi check accepts it: $(echo "$out" | tail -1)" ||
  bad "ovi check: $out"

# Next week: the serial grows, the site and languages stay, the old
# signature is removed (it no longer matches). Run as on macOS: shasum.
mkdir -p "$tmp/mac"
if command -v shasum >/dev/null; then
  ln -sf "$(command -v shasum)" "$tmp/mac/shasum"
  for t in sh find sed tr cut wc sort head grep date mv rm cat; do ln -sf "$(command -v $t)" "$tmp/mac/$t"; done
  printf 'Uusi\n' >>"$a/README.md"
  out=$(PATH=$tmp/mac sh "$packer" "$a" 2>&1) && ok "again with shasum only (macOS): $(echo "$out" | head -1)" || bad "shasum run: $out"
  grep -qx 'serial = 2' "$a/manifest.txt" && grep -qx 'site = ohjaamo-keskusta' "$a/manifest.txt" &&
    grep -qx 'languages = fi sv en' "$a/manifest.txt" && grep -qx 'default_language = fi' "$a/manifest.txt" &&
    ok "serial 2, site and languages kept" || bad "second manifest: $(bundle "$a/manifest.txt" | tr '\n' ' ')"
  [ ! -e "$a/manifest.txt.minisig" ] && ok "the old signature removed" || bad "old .minisig left"
  h=$(sha256sum <"$a/README.md" | cut -d' ' -f1)
  grep -q "^README.md = $(wc -c <"$a/README.md") $h\$" "$a/manifest.txt" && ok "shasum gives the same line" || bad "README.md line"
else
  skipped "no shasum (perl) here"
fi

# A photo changed after signing: the kiosk refuses the bundle.
minisign -S -s "$tmp/site.key" -m "$a/manifest.txt" >/dev/null 2>&1
"$ovi" --config "$tmp/ovi.ini" check "$a" >/dev/null 2>&1 || bad "re-signed bundle refused"
printf 'x' >>"$a/photos/logo.png"
out=$("$ovi" --config "$tmp/ovi.ini" check "$a" 2>&1) && bad "a changed photo accepted" ||
  { echo "$out" | grep -q 'logo.png' && ok "a photo changed after signing is refused: $(echo "$out" | grep -m1 logo.png)" || bad "refusal: $out"; }

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
