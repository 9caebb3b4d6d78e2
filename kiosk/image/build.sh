#!/usr/bin/env bash
# Builds the Raspberry Pi image (3B+, 4; 64-bit) of the Ovi kiosk from
# Debian packages only, in one command, on Debian 12 amd64 as root:
#
#   sudo bash kiosk/image/build.sh [--deb ovi_X_arm64.deb] [--out DIR]
#
# -> DIR/ovi-<version>-arm64.img.xz (+ .sha256), DIR defaults to out/.
# Without --deb it first cross-builds the arm64 package (kiosk/build-arm64.sh
# --quick). Takes 20-40 minutes on 2 cores (everything arm64 runs under
# qemu-user) and needs about 6 GB of disk.
#
# The image (an MBR disk; the Raspberry Pi firmware reads partition 1):
#   1 OVIBOOT   FAT32  256 MiB  /boot/firmware: firmware (raspi-firmware),
#                                kernel, initramfs, config.txt, cmdline.txt; the
#                                coordinator puts ovi-site/ here
#   2 ovi-root  ext4   ~1.5 GB  / : Debian bookworm, linux-image-arm64, Ovi.
#                                Read-only after the first boot: overlayroot's
#                                initramfs script mounts it read-only under a
#                                tmpfs overlay, so nothing ever writes to it
#   3 ovi-data  ext4   512 MiB  /var/lib/ovi (data=journal,commit=1), grown to
#                                the end of the card at the first boot
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
deb="" out=$top/out
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "build.sh: run as root (mmdebstrap, chroot)" >&2; exit 1; }
# shellcheck source=rootfs.sh
. "$here/rootfs.sh"
ovi_need mkfs.vfat dosfstools mcopy mtools mkfs.ext4 e2fsprogs sfdisk fdisk xz xz-utils

t0=$(date +%s)
if [ -z "$deb" ]; then
  bash "$top/kiosk/build-arm64.sh" --quick "$top/build-arm64"
  deb=$(ls -t "$top"/build-arm64/ovi_*_arm64.deb | head -1)
fi
[ "$(dpkg-deb -f "$deb" Architecture)" = arm64 ] || { echo "build.sh: $deb is not arm64" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/var/tmp}/ovi-image.XXXXXX")
cleanup() { ovi_safe_rm "$work"; }
trap cleanup EXIT
echo "== root file system (mmdebstrap, arm64, full) in $work/root"
ovi_rootfs arm64 "$deb" "$work/root" full
t1=$(date +%s)

echo "== checks inside the root"
chroot "$work/root" systemctl is-enabled ovi.service ovi-firstboot.service ovi-usb-write.socket
ovi_chroot_run "$work/root" runuser -u ovi -- env OVI_DATA=/var/lib/ovi TMPDIR=/tmp \
  SDL_VIDEODRIVER=dummy ovi selfcheck || { echo "build.sh: the installed ovi failed its self-check" >&2; exit 1; }
ls "$work/root/boot/firmware"
grep -q 'root=LABEL=ovi-root' "$work/root/boot/firmware/cmdline.txt"
grep -q 'consoleblank=0' "$work/root/boot/firmware/cmdline.txt"
cat "$work/root/boot/firmware/cmdline.txt"

echo "== file systems"
mkdir -p "$work/boot"
mv "$work/root/boot/firmware/"* "$work/boot/"
cat >"$work/boot/ovi-README.txt" <<'EOF'
Ovi kiosk. To set up a new site, copy your ovi-site folder here (next to
this file) before the first start: see kiosk/README.md, "3. Make the site pack".
After the first start, ovi-site-report.txt here says what was done.
ovi-tools/ holds ovi-pack.ps1 (Windows) and ovi-pack.sh (Mac), which write a
content folder's manifest.txt before you sign it with minisign: copy them to
your own computer.
EOF
mkdir -p "$work/boot/ovi-tools"
cp "$top/kiosk/sitepack/ovi-pack.ps1" "$top/kiosk/sitepack/ovi-pack.sh" "$work/boot/ovi-tools/"
boot_mb=256 data_mb=512
root_mb=$(du -sm --exclude=./proc --exclude=./sys --exclude=./dev "$work/root" | cut -f1)
root_mb=$(((root_mb * 125 / 100 + 256 + 63) / 64 * 64))
ovi_uid=$(chroot "$work/root" id -u ovi) ovi_gid=$(chroot "$work/root" id -g ovi)
mkfs.vfat -F 32 -n OVIBOOT -C "$work/boot.img" $((boot_mb * 1024)) >/dev/null
mcopy -s -i "$work/boot.img" "$work/boot/"* ::/
mkfs.ext4 -q -F -L ovi-root -d "$work/root" "$work/root.img" "${root_mb}M"
mkdir -p "$work/data"
mkfs.ext4 -q -F -L ovi-data -E root_owner="$ovi_uid:$ovi_gid" -d "$work/data" "$work/data.img" "${data_mb}M"

echo "== the disk image"
img=$out/ovi-$version-arm64.img
start1=8192 # 4 MiB, in 512-byte sectors
size1=$((boot_mb * 2048)) size2=$((root_mb * 2048)) size3=$((data_mb * 2048))
start2=$((start1 + size1)) start3=$((start1 + size1 + size2))
total=$((start3 + size3))
rm -f "$img" "$img.xz"
truncate -s $((total * 512)) "$img"
sfdisk -q "$img" <<EOF
label: dos
start=$start1, size=$size1, type=c, bootable
start=$start2, size=$size2, type=83
start=$start3, size=$size3, type=83
EOF
dd if="$work/boot.img" of="$img" bs=512 seek=$start1 conv=notrunc,sparse status=none
dd if="$work/root.img" of="$img" bs=512 seek=$start2 conv=notrunc,sparse status=none
dd if="$work/data.img" of="$img" bs=512 seek=$start3 conv=notrunc,sparse status=none
sfdisk -l "$img"
t2=$(date +%s)
echo "== compressing"
xz -T0 -6 -f "$img"
(cd "$out" && sha256sum "$(basename "$img").xz" >"$(basename "$img").xz.sha256")
t3=$(date +%s)
raw=$((total * 512))
echo "build.sh: $img.xz: $(stat -c %s "$img.xz") bytes compressed, $raw bytes raw" \
  "(boot $boot_mb MiB, root $root_mb MiB, data $data_mb MiB); root file system $((t1 - t0)) s," \
  "image $((t2 - t1)) s, xz $((t3 - t2)) s"
