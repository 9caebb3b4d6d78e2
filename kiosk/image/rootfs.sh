# Sourced by build.sh and test-rootfs.sh: makes a Debian bookworm root file
# system with Ovi installed and switched on as a kiosk, with mmdebstrap,
# from Debian's mirror only.
#
#   ovi_rootfs ARCH DEB DIR full|minimal
#
# full: what the Raspberry Pi image boots (kernel, raspi-firmware from
# non-free-firmware, initramfs with overlayroot, Wi-Fi, time sync); minimal:
# just enough to install the package and run it (the quick test).
# Foreign architectures run under qemu-user through binfmt_misc.

OVI_MIRROR=${OVI_MIRROR:-http://deb.debian.org/debian}
OVI_SECURITY_MIRROR=${OVI_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

ovi_need() { # TOOL PACKAGE...
  local missing=()
  while [ $# -gt 1 ]; do
    command -v "$1" >/dev/null || missing+=("$2")
    shift 2
  done
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ovi_binfmt() { # ARCH
  [ "$1" = "$(dpkg --print-architecture)" ] && return 0
  ovi_need qemu-aarch64-static qemu-user-static update-binfmts binfmt-support
  [ -e /proc/sys/fs/binfmt_misc/status ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || update-binfmts --enable qemu-aarch64
  [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || { echo "qemu-aarch64 is not registered with binfmt_misc" >&2; return 1; }
}

ovi_rootfs() {
  local arch=$1 deb=$2 dir=$3 kind=$4
  local pkgs="systemd-sysv,udev,kmod,dbus,util-linux,fdisk,e2fsprogs,dosfstools,tzdata,ca-certificates,iproute2,netbase"
  if [ "$kind" = full ]; then
    # The kernel itself comes last (customize.sh), so that its initramfs is
    # built once, with overlayroot's hooks already configured: under
    # qemu-user every initramfs build takes 20-30 minutes.
    # busybox: overlayroot's initramfs script needs grep and friends there
    # (without it the root silently stays writable: found by test-boot.sh).
    pkgs="$pkgs,raspi-firmware,firmware-brcm80211,initramfs-tools,busybox,overlayroot"
    pkgs="$pkgs,wpasupplicant,wireless-regdb,systemd-timesyncd,systemd-resolved"
  fi
  ovi_need mmdebstrap mmdebstrap
  ovi_binfmt "$arch"
  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  # The package's path must exist inside the chroot too (mmdebstrap's
  # file-mirror-automount hook copies it in).
  local debabs
  debabs=$(readlink -f "$deb")
  local comps="main non-free-firmware"
  mmdebstrap --arch="$arch" --variant=minbase --components="$comps" \
    --include="$pkgs" --include="$debabs" \
    --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
    --setup-hook="mkdir -p \"\$1/etc/default\" && echo 'consoleblank=0 quiet loglevel=3 vt.global_cursor_default=0' >\"\$1/etc/default/raspi-extra-cmdline\"" \
    --customize-hook="bash '$here/customize.sh' \"\$1\" '$kind'" \
    bookworm "$dir" \
    "deb $OVI_MIRROR bookworm $comps" \
    "deb $OVI_MIRROR bookworm-updates $comps" \
    "deb $OVI_SECURITY_MIRROR bookworm-security $comps"
}

# Runs a command inside ROOT with /proc, /sys and /dev mounted (what a
# program like ovi expects), and unmounts them again.
ovi_chroot_run() {
  local root=$1
  shift
  mount -t proc proc "$root/proc"
  mount -t sysfs sysfs "$root/sys"
  mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
  local rc=0
  chroot "$root" "$@" || rc=$?
  umount -R "$root/dev" || umount -lR "$root/dev"
  umount "$root/sys" "$root/proc"
  return $rc
}

# Removes a build folder, first detaching anything still mounted inside it
# (a build stopped half way), and never crossing into another file system.
ovi_safe_rm() {
  local d=$1 m
  [ -n "$d" ] && [ -d "$d" ] || return 0
  awk -v d="$d/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
    umount -l "$m" 2>/dev/null || true
  done
  rm -rf --one-file-system "$d"
}
