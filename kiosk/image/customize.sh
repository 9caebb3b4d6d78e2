#!/usr/bin/env bash
# mmdebstrap's customize hook (rootfs.sh): turns the freshly installed root
# file system ROOT into an Ovi kiosk. KIND is full (the Raspberry Pi image)
# or minimal (the quick test). Runs on the build machine; commands inside the
# root run through chroot (and qemu-user for arm64).
set -euo pipefail
root=$1 kind=$2
inroot() { chroot "$root" "$@"; }

# The kiosk: ovi.service and ovi-firstboot.service on, Ctrl-Alt-Del, SysRq,
# other VTs and console blanking off (see /usr/lib/ovi/ovi-kiosk-setup).
inroot /usr/lib/ovi/ovi-kiosk-setup enable

echo ovi >"$root/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\tovi\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
ln -sf /usr/share/zoneinfo/Europe/Helsinki "$root/etc/localtime"
echo Europe/Helsinki >"$root/etc/timezone"
# Nobody logs in: root has no password (the console is the kiosk's).
inroot passwd -l root >/dev/null
# Nothing updates itself on a read-only root; a new version is a new image.
for t in apt-daily.timer apt-daily-upgrade.timer e2scrub_all.timer e2scrub_reap.service; do
  inroot systemctl mask "$t" >/dev/null 2>&1 || true
done

# Partitions by label: the FAT boot partition (firmware, kernel, site pack),
# the root (read-only once the site is set up), the data partition.
# data=journal,commit=1: file data goes through the journal and is
# committed every second, so a power cut loses at most the last second of
# what was not fsync'd (SQLite fsyncs every acknowledged write).
cat >"$root/etc/fstab" <<'EOF'
# <file system>   <mount point>   <type> <options>                                                     <dump> <pass>
LABEL=ovi-root    /               ext4   defaults,noatime,errors=remount-ro                              0 1
LABEL=OVIBOOT     /boot/firmware  vfat   ro,nosuid,nodev,noexec,umask=0022,nofail                        0 0
LABEL=ovi-data    /var/lib/ovi    ext4   rw,noatime,nosuid,nodev,noexec,data=journal,commit=1,errors=remount-ro 0 2
tmpfs             /tmp            tmpfs  nosuid,nodev,size=64M                                           0 0
EOF
mkdir -p "$root/var/lib/ovi" "$root/boot/firmware"

printf 'Ovi kiosk image %s, built %s\n' "$(chroot "$root" dpkg-query -W -f '${Version}' ovi)" \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" >"$root/etc/ovi/image-release"

if [ "$kind" = full ]; then
  # The kernel, now that everything its initramfs needs (overlayroot,
  # cryptsetup's hooks) is configured: one initramfs build instead of two.
  conf=$root/etc/initramfs-tools/update-initramfs.conf
  sed -i 's/^update_initramfs=no$/update_initramfs=yes/' "$conf"
  # apt inside the root needs a resolver: systemd-resolved has already made
  # /etc/resolv.conf a link to a stub that is not running here, so the
  # build machine's is lent for the download (the link comes back below).
  rm -f "$root/etc/resolv.conf"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  inroot env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends linux-image-arm64
  # The read-only root needs overlayroot's script in the initramfs.
  command -v cpio >/dev/null && command -v zstdcat >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends cpio zstd >/dev/null
  initrd=$(ls "$root"/boot/initrd.img-* | tail -1)
  if ! zstdcat -f "$initrd" 2>/dev/null | cpio -it 2>/dev/null | grep -q 'scripts/init-bottom/overlayroot'; then
    inroot update-initramfs -u -k all
  fi
  # Networking, when there is any: DHCP on the wire and on Wi-Fi (the site
  # pack writes wpa_supplicant-wlan0.conf), names from systemd-resolved,
  # the clock from NTP. Ovi itself works with none of it.
  mkdir -p "$root/etc/systemd/network"
  printf '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\n' >"$root/etc/systemd/network/20-eth0.network"
  printf '[Match]\nName=wlan0\n\n[Network]\nDHCP=yes\n' >"$root/etc/systemd/network/25-wlan0.network"
  inroot systemctl enable systemd-networkd.service systemd-resolved.service systemd-timesyncd.service >/dev/null 2>&1
  ln -sf ../run/systemd/resolve/stub-resolv.conf "$root/etc/resolv.conf"

  # raspi-firmware writes config.txt and cmdline.txt into /boot/firmware
  # whenever a kernel or initramfs is installed; tell it the root by label
  # and the consoles, and run it again now that everything is in.
  f=$root/etc/default/raspi-firmware
  sed -i -e 's|^#\?ROOTPART=.*|ROOTPART="LABEL=ovi-root"|' \
    -e 's|^#\?CONSOLES=.*|CONSOLES="ttyS1,115200 tty0"|' \
    -e 's|^#\?CMA=.*|CMA=0|' "$f"
  grep -q '^ROOTPART="LABEL=ovi-root"' "$f" || echo 'ROOTPART="LABEL=ovi-root"' >>"$f"
  inroot env DEB_MAINT_PARAMS=configure /etc/kernel/postinst.d/z50-raspi-firmware
  # The firmware's own settings: the screen as the display reports it, no
  # rainbow splash, the hardware watchdog.
  cat >"$root/etc/default/raspi-firmware-custom" <<'EOF'
disable_splash=1
dtparam=watchdog=on
EOF
  inroot env DEB_MAINT_PARAMS=configure /etc/kernel/postinst.d/z50-raspi-firmware
  # The read-only root (overlayroot) stays off until ovi-firstboot has set
  # the site up; /etc/overlayroot.conf ships it disabled.
  grep -q '^overlayroot=""' "$root/etc/overlayroot.conf"
fi

inroot apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin
