#!/usr/bin/env bash
# The .deb: cpack builds it from this build tree; dpkg-deb shows the files
# the kiosk needs, the conffile, the maintainer scripts and the Depends;
# it unpacks with dpkg into a throwaway root (dpkg --root; the maintainer
# scripts, which need a real system, run in kiosk/image/test-rootfs.sh), and
# the unpacked binary loads its default /etc/ovi/ovi.ini and runs its
# self-check against the unpacked /usr/share/ovi.
# Usage: test_kiosk_deb.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
skipped() { skip=$((skip + 1)); echo "skip $1"; }
build=$(dirname "$ovi")
# The package is laid out for prefix /usr (the units name /usr/bin/ovi); a
# build tree configured long ago with /usr/local says so instead of failing
# on every file.
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt" 2>/dev/null)
if [ -n "$prefix" ] && [ "$prefix" != /usr ]; then
  bad "this build tree installs to $prefix, the package needs /usr: cmake -DCMAKE_INSTALL_PREFIX=/usr $build"
  echo "$pass passed, $fail failed, $skip skipped"; exit 1
fi
for t in cpack dpkg-deb dpkg-shlibdeps dpkg; do
  command -v "$t" >/dev/null || { skipped "needs $t (build-essential, cmake)"; echo "$pass passed, $fail failed, $skip skipped"; exit 0; }
done

t0=$(date +%s%N)
if cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1; then
  ok "cpack -G DEB ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
else
  bad "cpack: $(tail -20 "$tmp/cpack.log")"
  echo "$pass passed, $fail failed, $skip skipped"; exit 1
fi
deb=$(ls "$tmp"/pkg/ovi_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] && ok "package: $(basename "$deb"), $(stat -c %s "$deb") bytes" || bad "no .deb in $tmp/pkg"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$tmp/files"
for f in /usr/bin/ovi /etc/ovi/ovi.ini /usr/share/ovi/content/manifest.txt \
  /usr/share/ovi/content/manifest.txt.minisig /usr/share/ovi/content/demo-DEMO-ONLY.pub \
  /usr/share/ovi/content/photos/logo.png \
  /usr/lib/systemd/system/ovi.service /usr/lib/systemd/system/ovi-usb@.service \
  /usr/lib/systemd/system/ovi-firstboot.service /usr/lib/udev/rules.d/99-ovi-usb.rules \
  /usr/lib/systemd/system/ovi-usb-write.socket /usr/lib/systemd/system/ovi-usb-write@.service \
  /usr/lib/tmpfiles.d/ovi.conf /usr/lib/ovi/ovi-usb-mount /usr/lib/ovi/ovi-firstboot \
  /usr/lib/ovi/ovi-kiosk-setup /usr/lib/ovi/kiosk/sysctl.conf /usr/lib/ovi/kiosk/logind.conf \
  /usr/share/doc/ovi/README.kiosk.md; do
  grep -qx "$f" "$tmp/files" && ok "dpkg-deb -c: $f" || bad "dpkg-deb -c: $f missing"
done
dpkg-deb -c "$deb" | grep -E ' \./usr/(bin/ovi|lib/ovi/ovi-[a-z-]+)$' | grep -v '^-rwxr-xr-x' && bad "a program is not mode 755" || ok "programs are mode 755"

dpkg-deb -e "$deb" "$tmp/control"
[ "$(cat "$tmp/control/conffiles")" = /etc/ovi/ovi.ini ] && ok "conffiles: /etc/ovi/ovi.ini" || bad "conffiles: $(cat "$tmp/control/conffiles")"
for s in postinst prerm postrm; do
  [ -x "$tmp/control/$s" ] && ok "$s is there and executable" || bad "$s missing"
done
grep -q 'adduser --system' "$tmp/control/postinst" && ok "postinst adds the ovi system user" || bad "postinst: no adduser"
dep=$(dpkg-deb -f "$deb" Depends)
for d in libc6 libsdl2-2.0-0 libsdl2-ttf-2.0-0 libsdl2-image-2.0-0 libsqlite3-0 libsodium23 libcurl4 fonts-noto-core adduser libegl1 libgl1-mesa-dri; do
  case ", $dep," in *", $d "* | *", $d,"*) ok "Depends: $d" ;; *) bad "Depends lacks $d: $dep" ;; esac
done
arch=$(dpkg-deb -f "$deb" Architecture)
want=$(file -b "$ovi" | grep -q aarch64 && echo arm64 || dpkg --print-architecture)
[ "$arch" = "$want" ] && ok "Architecture: $arch" || bad "Architecture $arch, the binary is $want"

# The default configuration: no development mode, no key until the site pack.
ini=$tmp/control/../ini
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./etc/ovi/ovi.ini >"$ini"
grep -qx 'development = false' "$ini" && ok "ovi.ini: development = false" || bad "ovi.ini: development not false"
grep -Eq '^(key|key_file) *=' "$ini" && bad "ovi.ini trusts a key before the site pack" || ok "ovi.ini trusts no key until the site pack"

# dpkg into a throwaway root: the package database takes it whole.
root=$tmp/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: >"$root/var/lib/dpkg/status"
: >"$root/var/lib/dpkg/available"
if dpkg --root="$root" --log=/dev/null --force-depends --force-architecture --force-not-root \
  --unpack "$deb" >"$tmp/dpkg.log" 2>&1; then
  ok "dpkg --root --unpack"
else
  bad "dpkg --unpack: $(cat "$tmp/dpkg.log")"
fi
dpkg --root="$root" -s ovi >"$tmp/status" 2>&1
grep -q '^Status: install ok unpacked' "$tmp/status" && ok "dpkg -s: unpacked" || bad "dpkg -s: $(head -3 "$tmp/status")"
# Unpacked, not configured: a conffile waits as .dpkg-new until configure
# (which runs the maintainer scripts, so test-rootfs.sh does it).
grep -q '^ /etc/ovi/ovi.ini newconffile' "$tmp/status" && [ -f "$root/etc/ovi/ovi.ini.dpkg-new" ] &&
  ok "dpkg -s: /etc/ovi/ovi.ini is a conffile (ovi.ini.dpkg-new until configured)" ||
  bad "conffile not registered: $(sed -n '/Conffiles/,+1p' "$tmp/status")"
[ -x "$root/usr/bin/ovi" ] && [ -f "$root/usr/share/ovi/content/site.csv" ] && ok "files unpacked" || bad "files not unpacked"

# The unpacked program with its unpacked files (OVI_SHARE) and default config.
export OVI_SHARE=$root/usr/share/ovi OVI_DATA=$tmp/data HOME=$tmp/home SDL_VIDEODRIVER=dummy
unset OVI_CONFIG
"$root/usr/bin/ovi" --version >"$tmp/out" 2>&1 && ok "installed ovi --version: $(cat "$tmp/out")" || bad "ovi --version: $(cat "$tmp/out")"
if "$root/usr/bin/ovi" --config "$root/etc/ovi/ovi.ini.dpkg-new" selfcheck >"$tmp/out" 2>&1; then
  ok "installed ovi selfcheck: $(tail -1 "$tmp/out")"
else
  bad "installed ovi selfcheck: $(cat "$tmp/out")"
fi
grep -q 'configuration: .*ovi.ini[.a-z-]*, 0 trusted keys' "$tmp/out" && ok "selfcheck read the default ovi.ini" || bad "selfcheck config line: $(grep configuration "$tmp/out")"
# ... and with it, the demo is refused: nobody trusts the demo key on a kiosk.
"$root/usr/bin/ovi" --config "$root/etc/ovi/ovi.ini.dpkg-new" check "$OVI_SHARE/content" >"$tmp/out" 2>&1
[ $? = 3 ] && grep -q "trust" "$tmp/out" && ok "default ovi.ini does not trust the demo key" || bad "default ovi.ini check: $(cat "$tmp/out")"

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
