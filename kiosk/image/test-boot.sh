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
#      ovi.service starts on the virtio GPU through SDL's kmsdrm driver (as on
#      a Pi's HDMI or DSI output); a picture of the screen is saved as
#      out/test-boot-screen.png. A USB stick (a vfat image on QEMU's xHCI
#      usb-storage, so udev, ovi-usb@.service and the helper all run as on a
#      Pi) holds a newer bundle: the kiosk imports it and writes
#      ovi-kiosk/ovi-report.txt back through ovi-usb-write.socket; a test unit
#      added to the image then runs `ovi export --stick` as the ovi user, and
#      the stick must hold the export afterwards;
#   3. third boot: a write-protected exFAT stick and a full vfat stick each
#      get an export that fails saying so; then a stick whose writes QEMU
#      throttles is pulled out (device_del) while the kiosk exports to it:
#      the export fails with a message that says so, ovi.service keeps
#      running, nothing on the kiosk changes and no mount or helper is left.
# Slow (full system emulation): about 10-20 minutes.
#
#   sudo bash kiosk/image/test-boot.sh out/ovi-<version>-arm64.img.xz
set -euo pipefail
img=${1:?usage: test-boot.sh IMAGE.img.xz}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# shellcheck source=rootfs.sh
. "$here/rootfs.sh"
ovi_need qemu-system-aarch64 qemu-system-arm mcopy mtools minisign minisign debugfs e2fsprogs
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ovi-boot.XXXXXX")
mkdir -p "$top/out" # the logs and the screen picture are kept there
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

# The USB stick of the second boot: a newer bundle (serial + 1) in ovi/.
stick=$work/stick.img
truncate -s 64M "$stick" && mkfs.vfat -n STICK "$stick" >/dev/null
cp -r "$pack/bundle" "$work/stick-bundle" && rm -f "$work/stick-bundle/manifest.txt.minisig"
serial=$(sed -n 's/^serial = //p' "$pack/bundle/manifest.txt")
sed -i "s/^serial = .*/serial = $((serial + 1))/" "$work/stick-bundle/manifest.txt"
minisign -S -s "$work/site.key" -m "$work/stick-bundle/manifest.txt" >/dev/null
mmd -i "$stick" ::/ovi
mcopy -s -i "$stick" "$work/stick-bundle/"* ::/ovi/
# A second, empty stick with exFAT (what Macs and big sticks come with): no
# bundle, so no report; the test unit exports to it too.
stick2=$work/stick2.img
truncate -s 64M "$stick2" && mkfs.exfat -L DATA "$stick2" >/dev/null
# A test unit in the image's root (the ext4 under the overlay): once the
# stick is mounted and imported, export to it as staff's button does.
root_off=$(off 1)
dd if="$work/disk.img" of="$work/root.ext4" bs=1M iflag=skip_bytes,count_bytes skip="$root_off" \
  count=$(( $(sfdisk -J "$work/disk.img" | python3 -c "import json,sys; print(json.load(sys.stdin)['partitiontable']['partitions'][1]['size']*512)") )) status=none
cat >"$work/ovi-test-boot.sh" <<'SCRIPT'
#!/bin/sh
# test-boot.sh's helper inside the image (kiosk/image/test-boot.sh writes it).
ovi_as() { runuser -u ovi -- env OVI_DATA=/var/lib/ovi ovi "$@"; }
say() { echo "ovi-test: $*" >/dev/console; }
for i in $(seq 150); do
  for m in /run/ovi/usb/*; do
    [ -d "$m" ] || continue
    if [ "$(findmnt -no LABEL "$m")" = PULL ]; then
      # The third boot. First the write-protected stick (LOCKED, exFAT on a
      # read-only drive) and the full one (FULL, vfat): each export must
      # fail saying so.
      before=$(ovi_as status 2>&1 | md5sum | cut -c1-12)
      for want in LOCKED FULL; do
        x=
        for _ in $(seq 30); do
          for y in /run/ovi/usb/*; do [ "$(findmnt -no LABEL "$y" 2>/dev/null)" = $want ] && x=$y; done
          [ -n "$x" ] && break
          sleep 2
        done
        if [ -z "$x" ]; then say "stick $want: not mounted"; continue; fi
        out=$(ovi_as export --stick "$x" 2>&1) && rc=0 || rc=$?
        say "stick $want $(findmnt -no FSTYPE "$x"): exit $rc: $(echo "$out" | tr '\n' ' ')"
      done
      # Then export to the PULL stick again and again (the host throttles
      # its writes) until the host pulls it out.
      n=0 rc=0
      while [ $n -lt 40 ] && [ $rc -eq 0 ]; do
        n=$((n + 1))
        say "pull export $n start"
        out=$(ovi_as export --stick "$m" 2>&1) && rc=0 || rc=$?
        say "pull export $n exit $rc: $(echo "$out" | tr '\n' ' ')"
      done
      sleep 10
      say "pull: ovi.service is $(systemctl is-active ovi.service), restarts $(systemctl show -p NRestarts --value ovi.service)"
      after=$(ovi_as status 2>&1 | md5sum | cut -c1-12)
      say "pull: status before $before after $after"
      name=${m##*/}
      say "pull: mounts left: $(findmnt -rn -o TARGET | grep -c "^/run/ovi/usb\(-write\)\{0,1\}/$name\$")"
      say "pull: helpers running: $(systemctl list-units --no-legend --state=active 'ovi-usb-write@*' | wc -l)"
      say "pull done"
      exit 0
    fi
    if [ -f "$m/ovi-kiosk/ovi-report.txt" ]; then
      # The second boot: once the stick is imported and its report
      # written, export to it (and to the other stick) as staff's button does.
      sleep 5
      for x in /run/ovi/usb/*; do
        [ "$x" = "$m" ] && continue
        ovi_as export --stick "$x" >/dev/console 2>&1
        say "second stick $(findmnt -no FSTYPE "$x"):" $(ls "$x/ovi-kiosk/ovi-export")
      done
      ovi_as export --stick "$m" >/dev/console 2>&1 && say "export done"
      exit 0
    fi
  done
  sleep 2
done
say "no report on a stick"
SCRIPT
cat >"$work/ovi-test-export.service" <<'UNIT'
[Unit]
Description=test-boot: exports to the USB sticks as staff's button does
After=ovi.service
[Service]
Type=oneshot
ExecStart=/bin/sh /usr/local/sbin/ovi-test-boot.sh
[Install]
WantedBy=multi-user.target
UNIT
debugfs -w -R "write $work/ovi-test-boot.sh /usr/local/sbin/ovi-test-boot.sh" "$work/root.ext4" >/dev/null 2>&1
# OVI_TEST_BOOT_PATCH="kiosk/udev/ovi-usb-mount=/usr/lib/ovi/ovi-usb-mount ...":
# files of this source tree put over the image's before booting, to try a
# fix of a script without building the image again (the result then says
# so: it is not the image as built).
for p in ${OVI_TEST_BOOT_PATCH:-}; do
  from=$top/${p%%=*} to=${p#*=}
  [ -f "$from" ] || { echo "OVI_TEST_BOOT_PATCH: no $from" >&2; exit 2; }
  debugfs -w -R "rm $to" "$work/root.ext4" >/dev/null 2>&1 || true
  debugfs -w -R "write $from $to" "$work/root.ext4" >/dev/null 2>&1
  debugfs -w -R "sif $to mode 0100755" "$work/root.ext4" >/dev/null 2>&1
  echo "info patched the image: $to from ${p%%=*} (not the image as built)"
done
debugfs -w -R "write $work/ovi-test-export.service /etc/systemd/system/ovi-test-export.service" "$work/root.ext4" >/dev/null 2>&1
debugfs -w -R "symlink /etc/systemd/system/multi-user.target.wants/ovi-test-export.service /etc/systemd/system/ovi-test-export.service" "$work/root.ext4" >/dev/null 2>&1
dd if="$work/root.ext4" of="$work/disk.img" bs=1M oflag=seek_bytes seek="$root_off" conv=notrunc status=none
rm -f "$work/root.ext4"

# The virt machine's console is ttyAMA0; the rest of cmdline.txt as built.
# Without "quiet", so that the initramfs scripts (overlayroot) say what they did.
append="$(sed -e 's/console=[^ ]*//g' -e 's/\bquiet\b//' "$work/cmdline.txt") console=ttyAMA0 systemd.show_status=1 systemd.journald.forward_to_console=1"
# A virtio GPU, so that the kiosk has a KMS display as on a Pi (SDL's kmsdrm
# driver on the virtio_gpu DRM device, Mesa's software rasteriser), and the
# QEMU monitor on a socket to take a picture of it.
run() { # LOG [PATTERN [SHOT.ppm [USB.img]]]: boots until the machine powers
  # off or reboots, or until PATTERN shows in the console log (then waits 20 s
  # and saves the screen to SHOT), or 25 minutes; USB.img as a USB stick
  local log=$1 pat=${2:-} shot=${3:-} usb=${4:-} pid i
  local usbargs=()
  [ -n "$usb" ] && usbargs=(-device qemu-xhci -drive "if=none,id=stick,format=raw,file=$usb"
    -device usb-storage,drive=stick)
  [ -n "${5:-}" ] && usbargs+=(-drive "if=none,id=stick2,format=raw,file=$5"
    -device usb-storage,drive=stick2)
  # The pull test's stick: writes throttled to a few KB a second, so that an
  # export is still writing when the host pulls it (device_del: as if taken
  # out of the socket; the guest sees the USB device go away).
  [ -n "${pull_img:-}" ] && usbargs+=(-device qemu-xhci,id=xhci3
    -drive "if=none,id=stick3,format=raw,file=$pull_img,throttling.bps-write=4096,throttling.iops-write=4"
    -device usb-storage,bus=xhci3.0,drive=stick3,id=pullstick
    -drive "if=none,id=stick4,format=raw,file=$locked_img,readonly=on"
    -device usb-storage,bus=xhci3.0,drive=stick4
    -drive "if=none,id=stick5,format=raw,file=$full_img"
    -device usb-storage,bus=xhci3.0,drive=stick5)
  local pulled=
  rm -f "$work/mon.sock"
  qemu-system-aarch64 -M virt -cpu cortex-a53 -smp 2 -m 1024 -display none -serial stdio "${usbargs[@]}" \
    -monitor "unix:$work/mon.sock,server,nowait" -device virtio-gpu-pci,xres=1280,yres=800 \
    -no-reboot -kernel "$work/vmlinuz" -initrd "$work/initrd" -append "$append" \
    -drive "file=$work/disk.img,format=raw,if=virtio" -nic none >"$log" 2>&1 </dev/null &
  pid=$!
  for i in $(seq 1 300); do
    sleep 5
    kill -0 "$pid" 2>/dev/null || break
    if [ -n "${pull_img:-}" ] && [ -z "$pulled" ] && grep -q "ovi-test: pull export 1 start" "$log"; then
      sleep 3
      pulled=$(date +%s)
      python3 - "$work/mon.sock" <<'EOF'
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
s.sendall(b"device_del pullstick\n")
time.sleep(2)
s.close()
EOF
      echo "info pulled the stick out (device_del) 3 s after the first export began"
    fi
    if [ -n "$pat" ] && grep -q "$pat" "$log"; then
      sleep 20
      [ -z "$shot" ] || python3 - "$work/mon.sock" "$shot" <<'EOF'
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
s.sendall(("screendump %s\n" % sys.argv[2]).encode())
time.sleep(3)
s.close()
EOF
      break
    fi
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
# PPM (QEMU's screendump) to PNG, with Python's zlib only.
ppm2png() {
  python3 - "$1" "$2" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
parts, pos = [], 0
while len(parts) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    end = pos
    while not data[end:end + 1].isspace():
        end += 1
    parts.append(data[pos:end]); pos = end
pos += 1
w, h = int(parts[1]), int(parts[2])
px = data[pos:pos + w * h * 3]
raw = b"".join(b"\0" + px[y * w * 3:(y + 1) * w * 3] for y in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
open(sys.argv[2], "wb").write(png)
print(len(set(px[i:i + 3] for i in range(0, len(px), 3 * 97))))
EOF
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

run "$work/boot2.log" "ovi-test: export done\|ovi-test: no report" "$work/screen.ppm" "$stick" "$stick2"
t2=$(date +%s)
cp "$work/boot2.log" "$top/out/test-boot-2.log" 2>/dev/null || true
grep -qi "overlayroot.*configured root with 'tmpfs" "$work/boot2.log" && ok "second boot: read-only root with a tmpfs overlay ($((t2 - t1)) s)" ||
  bad "second boot: no overlayroot message (log: out/test-boot-2.log)"
# Type=notify: systemd says "Started" only after READY=1, which ovi sends
# after its first frame is on the KMS display.
grep -q "Started.*Ovi touch kiosk" "$work/boot2.log" &&
  ok "second boot: ovi.service started: its first frame is on the KMS display (READY=1)" ||
  bad "second boot: ovi.service did not start (log: out/test-boot-2.log)"
grep -a -q "ovi info: video: KMSDRM, renderer" "$work/boot2.log" &&
  ok "second boot: $(grep -a -o 'ovi info: video: KMSDRM.*' "$work/boot2.log" | head -1 | tr -d '\r')" ||
  bad "second boot: ovi did not open the display with KMSDRM"
# QEMU's picture of the virtio GPU (kept for a look; QEMU 7.2 with
# -display none has given an all-black picture even while the kiosk ran, so
# it is not a pass or fail).
if [ -s "$work/screen.ppm" ]; then
  colours=$(ppm2png "$work/screen.ppm" "$top/out/test-boot-screen.png")
  echo "info the screen picture has $colours colours (sampled): out/test-boot-screen.png"
fi
grep -q "ovi-firstboot" "$work/boot2.log" && grep -q "Starting.*first boot" "$work/boot2.log" && bad "firstboot ran again" || ok "firstboot did not run again"
# The stick: mounted read-only, imported, the report and the export written
# only into ovi-kiosk/, through the helper.
grep -a -q "ovi-usb-mount: mounted /dev/sd.* (vfat" "$work/boot2.log" && ok "second boot: the USB stick was mounted (vfat)" || bad "the stick was not mounted"
# The helper, once for the kiosk's report (asked by ovi.service's process, as
# the ovi user) and once for the export.
n=$(grep -a -c "Finished ovi-usb-write@.*service - Ovi: a USB stick made writable" "$work/boot2.log")
[ "$n" -ge 2 ] && ok "second boot: ovi-usb-write.socket made the stick writable $n times (the report, the export)" ||
  bad "the helper ran $n times (ovi-usb-write.socket), wanted 2"
if mtype -i "$stick" ::/ovi-kiosk/ovi-report.txt >"$work/stick-report.txt" 2>/dev/null; then
  grep -q "ACCEPTED" "$work/stick-report.txt" && ok "the stick's report says ACCEPTED (serial $((serial + 1)))" ||
    bad "stick report: $(tr '\r\n' '  ' <"$work/stick-report.txt" | cut -c1-300)"
else
  bad "no ovi-kiosk/ovi-report.txt on the stick"
fi
mdir -b -i "$stick" ::/ovi-kiosk/ovi-export 2>/dev/null | grep -q "evaluation.xlsx" && ok "the stick holds the export (ovi-kiosk/ovi-export/evaluation.xlsx)" || bad "no export on the stick"
mdir -b -i "$stick" ::/ | grep -v -e "^::/ovi/\?$" -e "^::/ovi-kiosk/\?$" | grep -q . && bad "something was written outside ovi-kiosk/: $(mdir -b -i "$stick" ::/ | tr '\n' ' ')" || ok "nothing written outside ovi-kiosk/ on the stick"
fsck.vfat -n "$stick" >"$work/fsck.log" 2>&1 && ok "the stick's file system is clean" || bad "fsck.vfat: $(tail -3 "$work/fsck.log")"
# The exFAT stick: mounted, exported to through the helper (the guest lists
# what it wrote: this machine's kernel may not read exFAT), and clean.
grep -a -q "ovi-test: second stick exfat: .*evaluation.xlsx" "$work/boot2.log" &&
  ok "an exFAT stick gets the export: $(grep -a -o 'ovi-test: second stick exfat: .*' "$work/boot2.log" | head -1 | tr -d '\r' | cut -c31-)" ||
  bad "no export on the exFAT stick: $(grep -a 'ovi-test: second' "$work/boot2.log" | head -1)"
fsck.exfat -n "$stick2" >"$work/fsck2.log" 2>&1 && ok "the exFAT stick's file system is clean" || bad "fsck.exfat: $(tail -3 "$work/fsck2.log")"

# Third boot: a stick pulled out while the kiosk writes its export to it.
# Nothing on the kiosk may be lost or stuck: the export says what happened,
# ovi.service keeps running, the write mount and its helper are gone.
pull_img=$work/pull.img
truncate -s 64M "$pull_img" && mkfs.vfat -n PULL "$pull_img" >/dev/null
# A write-protected exFAT stick (the drive is read-only, as with a stick's
# lock switch) and a vfat stick with 16 KB left: room for the folders, not
# for the whole export.
locked_img=$work/locked.img
truncate -s 64M "$locked_img" && mkfs.exfat -L LOCKED "$locked_img" >/dev/null
full_img=$work/full.img
truncate -s 2M "$full_img" && mkfs.vfat -n FULL "$full_img" >/dev/null
head -c $(( $(mdir -i "$full_img" ::/ | awk '/bytes free/ {gsub(/[^0-9]/, ""); print}') - 16384 )) /dev/urandom >"$work/filler"
mcopy -i "$full_img" "$work/filler" ::/filler.bin
echo "info the full stick has $(mdir -i "$full_img" ::/ | awk '/bytes free/ {gsub(/[^0-9]/, ""); print}') bytes free"
run "$work/boot3.log" "ovi-test: pull done\|ovi-test: no report"
pull_img=
t3=$(date +%s)
cp "$work/boot3.log" "$top/out/test-boot-3.log" 2>/dev/null || true
g() { { grep -a -o "ovi-test: $1.*" "$work/boot3.log" || true; } | head -1 | tr -d '\r'; }
last=$({ grep -a -o "ovi-test: pull export [0-9]* exit [1-9].*" "$work/boot3.log" || true; } | head -1 | tr -d '\r')
if [ -n "$last" ]; then
  ok "third boot: the export to a stick pulled out mid-write failed and said why: ${last#ovi-test: pull }"
  case "$last" in
    *"taken out"*|*"is not there"*|*"not mounted"*|*"no stick"*) ok "the message names the stick taken out" ;;
    *) bad "the message does not say the stick was taken out: $last" ;;
  esac
else
  bad "third boot: no failed export after the pull ($(g 'pull export') ; log: out/test-boot-3.log)"
fi
# (The kernel's own "USB disconnect" is below the console's loglevel 3.)
grep -a -q "Stopping ovi-usb@sd.*service" "$work/boot3.log" && ok "the guest saw the stick go (udev stopped ovi-usb@)" ||
  bad "the guest did not notice the stick go (no 'Stopping ovi-usb@')"
case "$(g 'pull: ovi.service')" in
  *"is active, restarts 0"*) ok "ovi.service kept running through the pull, never restarted" ;;
  *) bad "ovi.service after the pull: $(g 'pull: ovi.service')" ;;
esac
st=$(g 'pull: status')
set -- $st
[ -n "$st" ] && [ "${5:-x}" = "${7:-y}" ] && ok "the kiosk's data is unchanged by the pull (ovi status $5 before and after)" ||
  bad "the kiosk's status changed: $st"
case "$(g 'stick LOCKED')" in
  *"exit 0"* | "") bad "the write-protected stick: $(g 'stick LOCKED')" ;;
  *write-protected*) ok "a write-protected exFAT stick: the export says so: $(g 'stick LOCKED' | cut -c10-)" ;;
  *) bad "the write-protected stick's message does not say so: $(g 'stick LOCKED')" ;;
esac
case "$(g 'stick FULL')" in
  *"exit 0"* | "") bad "the full stick: $(g 'stick FULL')" ;;
  *full*) ok "a full vfat stick: the export says so: $(g 'stick FULL' | cut -c10-)" ;;
  *) bad "the full stick's message does not say it is full: $(g 'stick FULL')" ;;
esac
fsck.vfat -n "$full_img" >"$work/fsck3.log" 2>&1 && ok "the full stick's file system is clean afterwards" ||
  bad "fsck.vfat of the full stick: $(tail -3 "$work/fsck3.log")"
[ "$(g 'pull: mounts left')" = "ovi-test: pull: mounts left: 0" ] && ok "no mount of the pulled stick is left behind" ||
  bad "$(g 'pull: mounts left')"
[ "$(g 'pull: helpers running')" = "ovi-test: pull: helpers running: 0" ] && ok "no write helper is left running" ||
  bad "$(g 'pull: helpers running')"
echo "test-boot: first boot $((t1 - t0)) s, second $((t2 - t1)) s, third $((t3 - t2)) s"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
