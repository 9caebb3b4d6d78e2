#!/usr/bin/env bash
# The slow test of the kiosk's packaging (not in ctest: minutes under qemu):
# builds a minimal Debian bookworm root file system with mmdebstrap, installs
# the Ovi .deb into it with apt (maintainer scripts and all), switches the
# kiosk on as the image does, and checks that
#   - dpkg has ovi installed, the ovi user and /var/lib/ovi exist,
#   - ovi.service and ovi-firstboot.service are enabled, ctrl-alt-del.target
#     and getty@tty1 are masked, the lockdown drop-ins are in /etc,
#   - the units verify against that root (systemd-analyze --root),
#   - the installed binary runs its self-check as the ovi user (under
#     qemu-user for arm64), and the default /etc/ovi/ovi.ini trusts no key,
#   - purging the package removes what the kiosk collected.
#
#   sudo bash kiosk/image/test-rootfs.sh [arm64|amd64] [--deb FILE]
#
# Without --deb it builds the package first (arm64: kiosk/build-arm64.sh
# --quick; amd64: cmake + cpack in build-deb/). Run as root. The last
# result is recorded in kiosk/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
arch=arm64 deb=""
while [ $# -gt 0 ]; do
  case "$1" in
    arm64 | amd64) arch=$1; shift ;;
    --deb) deb=$2; shift 2 ;;
    *) echo "test-rootfs.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "test-rootfs.sh: run as root" >&2; exit 1; }
# shellcheck source=rootfs.sh
. "$here/rootfs.sh"

t0=$(date +%s)
if [ -z "$deb" ]; then
  if [ "$arch" = arm64 ]; then
    bash "$top/kiosk/build-arm64.sh" --quick "$top/build-arm64"
    deb=$(ls -t "$top"/build-arm64/ovi_*_arm64.deb | head -1)
  else
    bash "$top/kiosk/dev/deps.sh"
    cmake -S "$top" -B "$top/build-deb" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$top/build-deb" -j"$(nproc)" --target ovi
    (cd "$top/build-deb" && cpack -G DEB)
    deb=$(ls -t "$top"/build-deb/ovi_*_amd64.deb | head -1)
  fi
fi
echo "test-rootfs: $deb"
root=$(mktemp -d "${TMPDIR:-/var/tmp}/ovi-rootfs.XXXXXX")
cleanup() { ovi_safe_rm "$root"; }
trap cleanup EXIT
rmdir "$root"
t1=$(date +%s)
ovi_rootfs "$arch" "$deb" "$root" minimal
t2=$(date +%s)

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
inroot() { chroot "$root" "$@"; }

st=$(inroot dpkg-query -W -f '${Status} ${Version} ${Architecture}' ovi)
case "$st" in "install ok installed"*) ok "dpkg: ovi $st" ;; *) bad "dpkg: $st" ;; esac
inroot id ovi >/dev/null 2>&1 && ok "user: $(inroot id ovi)" || bad "no ovi user"
# (numeric ids: the build machine's names for them may differ)
ids="$(inroot id -u ovi):$(inroot id -g ovi) 750"
[ "$(stat -c '%u:%g %a' "$root/var/lib/ovi")" = "$ids" ] && ok "/var/lib/ovi is ovi:ovi 750" ||
  bad "/var/lib/ovi: $(stat -c '%u:%g %a' "$root/var/lib/ovi"), wanted $ids"
for u in ovi.service ovi-firstboot.service ovi-usb-write.socket; do
  s=$(inroot systemctl is-enabled "$u" 2>&1 || true)
  [ "$s" = enabled ] && ok "$u is enabled" || bad "$u: $s"
done
for u in ctrl-alt-del.target getty@tty1.service; do
  s=$(inroot systemctl is-enabled "$u" 2>&1 || true)
  [ "$s" = masked ] && ok "$u is masked" || bad "$u: $s"
done
for f in /etc/sysctl.d/90-ovi-kiosk.conf /etc/systemd/logind.conf.d/90-ovi-kiosk.conf \
  /etc/systemd/system.conf.d/90-ovi-kiosk.conf /etc/systemd/journald.conf.d/90-ovi-kiosk.conf; do
  [ -f "$root$f" ] && ok "$f" || bad "$f missing"
done
[ "$(inroot systemctl get-default)" = multi-user.target ] && ok "default target multi-user.target" || bad "default target"
if command -v systemd-analyze >/dev/null; then
  for u in ovi.service ovi-firstboot.service ovi-usb@sda1.service; do
    out=$(systemd-analyze --root="$root" verify --man=no --generators=no "$u" 2>&1) && [ -z "$out" ] &&
      ok "systemd-analyze verify $u (in the root)" || bad "verify $u: $out"
  done
fi
grep -Eq '^(key|key_file) *=' "$root/etc/ovi/ovi.ini" && bad "ovi.ini trusts a key" || ok "/etc/ovi/ovi.ini trusts no key yet"
v=$(ovi_chroot_run "$root" ovi --version 2>&1) && ok "installed binary runs: $v" || bad "ovi --version: $v"
ts=$(date +%s)
if ovi_chroot_run "$root" runuser -u ovi -- env OVI_DATA=/var/lib/ovi HOME=/var/lib/ovi TMPDIR=/tmp \
  SDL_VIDEODRIVER=dummy ovi selfcheck >"$root.selfcheck" 2>&1; then
  ok "ovi selfcheck as user ovi ($(($(date +%s) - ts)) s): $(tail -1 "$root.selfcheck")"
else
  bad "ovi selfcheck: $(cat "$root.selfcheck")"
fi
sed 's/^/     /' "$root.selfcheck"
rm -f "$root.selfcheck"
# Purging deletes what young people wrote (privacy), the config and key.
touch "$root/var/lib/ovi/ovi.db"
inroot apt-get purge -y ovi >/dev/null 2>&1 && ok "apt-get purge ovi" || bad "purge failed"
[ ! -e "$root/var/lib/ovi/ovi.db" ] && [ ! -e "$root/etc/ovi/ovi.ini" ] && ok "purge removed /var/lib/ovi and /etc/ovi/ovi.ini" ||
  bad "purge left files: $(ls "$root/var/lib/ovi" "$root/etc/ovi" 2>&1)"
t3=$(date +%s)
echo "test-rootfs ($arch): package $((t1 - t0)) s, mmdebstrap + install $((t2 - t1)) s, checks $((t3 - t2)) s;" \
  "root file system $(du -sm "$root" | cut -f1) MB"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
