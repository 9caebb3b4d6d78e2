#!/usr/bin/env bash
# ovi-firstboot against a throwaway root (OVI_FIRSTBOOT_ROOT): a site pack
# as a coordinator makes it on Windows (BOM, CRLF) with their own minisign
# key, PINs and first bundle sets the site up: the key trusted in ovi.ini,
# rotation, language, time zone, host name, the bundle imported, pins.txt
# erased, a report on the boot partition, the read-only root switched on.
# A broken pack changes nothing and says why.
# Usage: test_kiosk_sitepack.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
skipped() { skip=$((skip + 1)); echo "skip $1"; }
export HOME=$tmp/home SDL_VIDEODRIVER=dummy
unset OVI_CONFIG OVI_DATA
build=$(dirname "$ovi")
fb=$src/kiosk/sitepack/ovi-firstboot
if ! command -v minisign >/dev/null; then
  skipped "needs minisign"; echo "$pass passed, $fail failed, $skip skipped"; exit 0
fi

# A fresh kiosk root: the packaged default ovi.ini (made by CMake).
newroot() {
  root=$1
  mkdir -p "$root/etc/ovi" "$root/var/lib/ovi" "$root/boot/firmware" "$root/usr/share/zoneinfo/Europe" "$root/usr/sbin"
  cp "$build/kiosk/ovi.ini" "$root/etc/ovi/ovi.ini"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\tovi\n' >"$root/etc/hosts"
  : >"$root/usr/share/zoneinfo/Europe/Helsinki"
  : >"$root/usr/sbin/overlayroot-chroot"
}
crlf() { sed 's/$/\r/'; }

# The coordinator's key and first bundle (the demo content, signed by them).
(cd "$tmp" && minisign -G -W -p site.pub -s site.key >/dev/null 2>&1) || bad "minisign -G"
r=$tmp/good
newroot "$r"
pack=$r/boot/firmware/ovi-site
mkdir -p "$pack"
cp -r "$src/content" "$pack/bundle" && rm -f "$pack/bundle/manifest.txt.minisig"
minisign -S -s "$tmp/site.key" -m "$pack/bundle/manifest.txt" >/dev/null 2>&1 || bad "minisign -S"
cp "$tmp/site.pub" "$pack/site.pub"
{ printf '\xef\xbb\xbf'; printf '[site]\nname = Ohjaamo Testilä\ntimezone = Europe/Helsinki\nrotation = 90\nlanguage = sv\n# a comment\nurl = https://example.org/ovi/testila/\n' | crlf; } >"$pack/site.ini"
hash=$(echo 5791 | HOME=$tmp/home "$ovi" staff-pin hash 2>/dev/null)
printf 'Aino:4711\nnot a pin line\nVuoro 2: 12345678\nHashed:%s\n' "$hash" | crlf >"$pack/pins.txt"

OVI_FIRSTBOOT_ROOT=$r OVI_BIN=$ovi sh "$fb" >"$tmp/out" 2>&1
rc=$?
[ "$rc" = 0 ] && ok "ovi-firstboot exits 0" || bad "ovi-firstboot exit $rc: $(cat "$tmp/out")"
ini=$r/etc/ovi/ovi.ini
key=$(sed -n 2p "$tmp/site.pub")
awk '/^\[trust\]/{t=1;next} /^\[/{t=0} t' "$ini" | grep -qx "key = $key" && ok "ovi.ini [trust] key = the site key" || bad "no site key in [trust]"
awk '/^\[display\]/{t=1;next} /^\[/{t=0} t' "$ini" | grep -qx "rotation = 90" && ok "ovi.ini [display] rotation = 90" || bad "rotation"
awk '/^\[kiosk\]/{t=1;next} /^\[/{t=0} t' "$ini" | grep -qx "language = sv" && ok "ovi.ini [kiosk] language = sv" || bad "language"
awk '/^\[sync\]/{t=1;next} /^\[/{t=0} t' "$ini" | grep -qx "url = https://example.org/ovi/testila/" && ok "ovi.ini [sync] url" || bad "url"
[ "$(grep -c '^rotation' "$ini")" = 1 ] && ok "one rotation line" || bad "rotation lines: $(grep -c '^rotation' "$ini")"
cmp -s "$pack/site.pub" "$r/etc/ovi/site.pub" && ok "/etc/ovi/site.pub" || bad "site.pub not copied"
"$ovi" --config "$ini" --data "$r/var/lib/ovi" status >"$tmp/status" 2>&1 && ok "the new ovi.ini loads (ovi status)" || bad "ovi status: $(cat "$tmp/status")"
grep -q "ohjaamo-keskusta" "$tmp/status" && ok "the first bundle was imported" || bad "no bundle: $(cat "$tmp/status")"
keyid=$(sed -n 's/^untrusted comment: minisign public key //p' "$tmp/site.pub")
grep -qi "$keyid" "$tmp/status" && ok "signed by the site key ($keyid)" || bad "key id $keyid not in status"
[ "$(cat "$r/etc/timezone")" = Europe/Helsinki ] && [ "$(readlink "$r/etc/localtime")" = /usr/share/zoneinfo/Europe/Helsinki ] &&
  ok "time zone Europe/Helsinki" || bad "time zone"
[ "$(cat "$r/etc/hostname")" = ovi-ohjaamo-testila ] && ok "host name ovi-ohjaamo-testila" || bad "host name: $(cat "$r/etc/hostname")"
grep -q "^127.0.1.1	ovi-ohjaamo-testila$" "$r/etc/hosts" && [ "$(grep -c '^127.0.1.1' "$r/etc/hosts")" = 1 ] && ok "/etc/hosts" || bad "/etc/hosts: $(cat "$r/etc/hosts")"
[ -f "$r/etc/ovi/site-done" ] && ok "site-done: $(cat "$r/etc/ovi/site-done")" || bad "no site-done"
grep -q 'overlayroot="tmpfs:swap=0,recurse=0"' "$r/etc/overlayroot.local.conf" 2>/dev/null && ok "read-only root switched on" || bad "no overlayroot.local.conf"
[ ! -e "$pack/pins.txt" ] && ok "pins.txt erased from the boot partition" || bad "pins.txt still there"
rep=$r/boot/firmware/ovi-site-report.txt
[ -f "$rep" ] && ok "report written next to ovi-site/" || bad "no report"
grep -q "bundle: .*imported" "$rep" && ok "report: bundle imported" || bad "report: $(cat "$rep")"
grep -q "not 'label:PIN'" "$rep" && ok "report names the bad pins.txt line" || bad "report: no bad-line problem"
grep -q "staff PIN added for 'Aino'" "$rep" && grep -q "staff PIN added for 'Vuoro 2'" "$rep" &&
  grep -q "staff PIN added for 'Hashed'" "$rep" &&
  ok "staff PINs added (two plain, one an Argon2id hash)" || bad "staff PINs: $(grep -i pin "$rep")"
"$ovi" --config "$ini" --data "$r/var/lib/ovi" staff-pin list >"$tmp/pins" 2>&1
grep -q Aino "$tmp/pins" && grep -q Hashed "$tmp/pins" && ok "ovi staff-pin list shows Aino and Hashed" ||
  bad "staff-pin list: $(cat "$tmp/pins")"
# The hashed line is PIN 5791: adding it again is refused as in use.
echo 5791 | "$ovi" --config "$ini" --data "$r/var/lib/ovi" staff-pin add Again >/dev/null 2>"$tmp/again"
grep -q 'already in use (Hashed)' "$tmp/again" && ok "the hashed line is the PIN it was made from" || bad "hash line: $(cat "$tmp/again")"
grep -q "PROBLEM" "$rep" && ok "report lists problems" || true

# A second boot: site-done is there, the unit does not run again (its
# condition); running the script anyway with no pack changes nothing.
rm -rf "$pack"
cp "$ini" "$tmp/ini.before"
OVI_FIRSTBOOT_ROOT=$r OVI_BIN=$ovi sh "$fb" >"$tmp/out" 2>&1
grep -q "no site pack" "$tmp/out" && cmp -s "$ini" "$tmp/ini.before" && ok "no site pack: nothing changes" || bad "no pack: $(cat "$tmp/out")"

# Broken packs: no key, a bad rotation, a key that is not one.
for case in nokey badrot badkey; do
  r=$tmp/$case
  newroot "$r"
  pack=$r/boot/firmware/ovi-site
  mkdir -p "$pack"
  printf 'name = X\nrotation = %s\n' "$([ $case = badrot ] && echo 45 || echo 0)" >"$pack/site.ini"
  [ $case = nokey ] || cp "$tmp/site.pub" "$pack/site.pub"
  [ $case = badkey ] && printf 'untrusted comment: x\nnot-a-key\n' >"$pack/site.pub"
  cp "$r/etc/ovi/ovi.ini" "$tmp/ini.before"
  OVI_FIRSTBOOT_ROOT=$r OVI_BIN=$ovi sh "$fb" >"$tmp/out" 2>&1
  rep=$r/boot/firmware/ovi-site-report.txt
  if [ ! -f "$r/etc/ovi/site-done" ] && cmp -s "$r/etc/ovi/ovi.ini" "$tmp/ini.before" && grep -q "NOT applied" "$rep"; then
    ok "$case: refused, nothing changed ($(grep -m1 PROBLEM "$rep" | cut -c1-60))"
  else
    bad "$case: $(cat "$tmp/out")"
  fi
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
