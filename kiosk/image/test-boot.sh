#!/usr/bin/env bash
# Boots a built image in qemu-system-aarch64 (the generic "virt" machine, not
# a Raspberry Pi: the image's own kernel and initramfs, its partitions on a
# virtio disk) with a test site pack on its boot partition, and checks the
# first boot and the second:
#   1. first boot: the initramfs finds root=LABEL=ovi-root, systemd mounts
#      OVIBOOT and ovi-data, ovi-firstboot reads the site pack (imports the
#      bundle, adds a PIN, writes the report), switches overlayroot on and
#      reboots;
#   2. second boot: the root is the read-only overlay, the site is done, and
#      ovi.service is started (it cannot show anything: the virt machine has
#      no KMS display, so it fails and systemd keeps restarting it).
# Slow (full system emulation): about 10-20 minutes.
#
#   sudo bash kiosk/image/test-boot.sh out/ovi-<version>-arm64.img.xz
set -euo pipefail
img=${1:?usage: test-boot.sh IMAGE.img.xz}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source=rootfs.sh
. "$here/rootfs.sh"
ovi_need qemu-system-aarch64 qemu-system-arm mcopy mtools minisign minisign
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ovi-boot.XXXXXX")
cleanup() { ovi_safe_rm "$work"; }
trap cleanup EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

xz -dc "$img" >"$work/disk.img"
# A card larger than the image, as every real one is: the first boot grows
# the data partition into the rest.
truncate -s +1G "$work/disk.img"
off() { sfdisk -J "$work/disk.img" | python3 -c "import json,sys; print(json.load(sys.stdin)['partitiontable']['partitions'][$1]['start']*512)"; }
boot=$(off 0) data=$(off 2)
fat="$work/disk.img@@$boot"
export MTOOLS_SKIP_CHECK=1
kernel=$(mdir -b -i "$fat" ::/ | sed -n 's#^::/\(vmlinuz-.*\)#\1#p' | head -1)
initrd=$(mdir -b -i "$fat" ::/ | sed -n 's#^::/\(initrd.img-.*\)#\1#p' | head -1)
mcopy -i "$fat" "::/$kernel" "$work/vmlinuz"
mcopy -i "$fat" "::/$initrd" "$work/initrd"
mcopy -i "$fat" ::/cmdline.txt "$work/cmdline.txt"
echo "kernel $kernel, initrd $initrd, cmdline: $(cat "$work/cmdline.txt")"

# A site pack with a fresh key, the demo content signed with it, a PIN.
pack=$work/ovi-site
mkdir -p "$pack"
(cd "$work" && minisign -G -W -p site.pub -s site.key >/dev/null)
cp "$work/site.pub" "$pack/"
cp -r "$top/content" "$pack/bundle" && rm -f "$pack/bundle/manifest.txt.minisig"
minisign -S -s "$work/site.key" -m "$pack/bundle/manifest.txt" >/dev/null
printf 'name = Ohjaamo Qemu\ntimezone = Europe/Helsinki\nrotation = 0\n' >"$pack/site.ini"
printf 'Aino:4711\n' >"$pack/pins.txt"
mcopy -s -i "$fat" "$pack" ::/

# The virt machine's console is ttyAMA0; the rest of cmdline.txt as built.
# Without "quiet", so that the initramfs scripts (overlayroot) say what they did.
append="$(sed -e 's/console=[^ ]*//g' -e 's/\bquiet\b//' "$work/cmdline.txt") console=ttyAMA0 systemd.show_status=1"
run() { # LOG [PATTERN]: boots until the machine powers off or reboots, or
  # until PATTERN shows in the console log, or 25 minutes
  local log=$1 pat=${2:-} pid i
  qemu-system-aarch64 -M virt -cpu cortex-a53 -smp 2 -m 1024 -nographic \
    -no-reboot -kernel "$work/vmlinuz" -initrd "$work/initrd" -append "$append" \
    -drive "file=$work/disk.img,format=raw,if=virtio" -nic none >"$log" 2>&1 </dev/null &
  pid=$!
  for i in $(seq 1 300); do
    sleep 5
    kill -0 "$pid" 2>/dev/null || break
    if [ -n "$pat" ] && grep -q "$pat" "$log"; then sleep 10; break; fi
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
t0=$(date +%s)
run "$work/boot1.log"
t1=$(date +%s)
cp "$work/boot1.log" "$top/out/test-boot-1.log" 2>/dev/null || true
grep -q "ovi-firstboot: done" "$work/boot1.log" && ok "first boot: ovi-firstboot done ($((t1 - t0)) s)" ||
  bad "first boot: no 'ovi-firstboot: done' (log: out/test-boot-1.log)"
grep -q "ovi-firstboot: the data partition .* now fills the card" "$work/boot1.log" &&
  ok "first boot: $(grep -o 'the data partition .* now fills the card.*' "$work/boot1.log" | head -1 | tr -d '\r')" ||
  bad "first boot: the data partition did not grow"
grep -q "ovi-firstboot: bundle: .*imported" "$work/boot1.log" && ok "first boot: bundle imported" || bad "first boot: bundle not imported"
mcopy -i "$fat" ::/ovi-site-report.txt "$work/report.txt" 2>/dev/null &&
  ok "report on OVIBOOT: $(tr '\n' '|' <"$work/report.txt" | cut -c1-200)" || bad "no ovi-site-report.txt"
grep -q "staff PIN added for 'Aino'" "$work/report.txt" 2>/dev/null && ok "PIN added" || bad "PIN not added"
mdir -b -i "$fat" ::/ovi-site | grep -q pins.txt && bad "pins.txt still on OVIBOOT" || ok "pins.txt erased"

run "$work/boot2.log" "Ovi touch kiosk"
t2=$(date +%s)
cp "$work/boot2.log" "$top/out/test-boot-2.log" 2>/dev/null || true
grep -qi "overlayroot.*configured root with 'tmpfs" "$work/boot2.log" && ok "second boot: read-only root with a tmpfs overlay ($((t2 - t1)) s)" ||
  bad "second boot: no overlayroot message (log: out/test-boot-2.log)"
grep -q "Ovi touch kiosk" "$work/boot2.log" && ok "second boot: systemd starts ovi.service" || bad "second boot: ovi.service not seen"
grep -q "ovi-firstboot" "$work/boot2.log" && grep -q "Starting.*first boot" "$work/boot2.log" && bad "firstboot ran again" || ok "firstboot did not run again"
echo "test-boot: first boot $((t1 - t0)) s, second $((t2 - t1)) s"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
