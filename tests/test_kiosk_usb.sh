#!/usr/bin/env bash
# ovi-usb-mount (run by ovi-usb@.service for a stick): mounts read-only,
# nosuid, nodev, noexec under the USB root, the files readable and nothing
# writable; refuses other file systems and the kiosk's own partitions;
# unmounts and removes its folder on removal. Loop devices stand in for
# sticks; each file system is tried only where this kernel has it.
# Usage: test_kiosk_usb.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
skipped() { skip=$((skip + 1)); echo "skip $1"; }
script=$src/kiosk/udev/ovi-usb-mount
export OVI_USB_ROOT=$tmp/usb

if [ "$(id -u)" != 0 ] || ! losetup -f >/dev/null 2>&1; then
  skipped "needs root and loop devices"
  echo "$pass passed, $fail failed, $skip skipped"; exit 0
fi
loops=()
cleanup() {
  for m in "$tmp"/usb/* "$tmp"/w; do mountpoint -q "$m" 2>/dev/null && umount -l "$m"; done
  for l in "${loops[@]}"; do losetup -d "$l" 2>/dev/null; done
}
trap cleanup EXIT
has_fs() { grep -qw "$1" /proc/filesystems || { modprobe "$1" 2>/dev/null && grep -qw "$1" /proc/filesystems; }; }

# Makes a stick image of FSTYPE labelled LABEL with ovi/manifest.txt on it;
# sets $dev (loopN).
stick() {
  local img=$tmp/$1-$2.img
  truncate -s 40M "$img"
  case "$1" in
    vfat) mkfs.vfat -n "$2" "$img" >/dev/null ;;
    exfat) mkfs.exfat -L "$2" "$img" >/dev/null ;;
    *) "mkfs.$1" -q -F -L "$2" "$img" ;;
  esac || return 1
  local l
  l=$(losetup -f --show "$img") || return 1
  loops+=("$l")
  dev=${l#/dev/}
  mkdir -p "$tmp/w" && mount "$l" "$tmp/w" || return 1
  mkdir -p "$tmp/w/ovi" && echo "manifest" >"$tmp/w/ovi/manifest.txt" && chmod 0644 "$tmp/w/ovi/manifest.txt"
  umount "$tmp/w"
}

for fs in ext4 vfat exfat; do
  if ! has_fs "$fs" || ! command -v "mkfs.$fs" >/dev/null; then
    skipped "$fs: this kernel or machine has no $fs"
    continue
  fi
  stick "$fs" STICK || { bad "$fs: could not make a stick"; continue; }
  if sh "$script" add "$dev" 2>"$tmp/err"; then ok "$fs: add $dev"; else bad "$fs: add: $(cat "$tmp/err")"; continue; fi
  m=$OVI_USB_ROOT/$dev
  opts=$(findmnt -no OPTIONS "$m" 2>/dev/null)
  for o in ro nosuid nodev noexec; do
    case ",$opts," in *",$o,"*) ok "$fs: mounted $o" ;; *) bad "$fs: not $o ($opts)" ;; esac
  done
  [ "$(cat "$m/ovi/manifest.txt" 2>/dev/null)" = manifest ] && ok "$fs: the bundle file is readable" || bad "$fs: cannot read ovi/manifest.txt"
  if (echo x >"$m/ovi/new.txt") 2>/dev/null; then bad "$fs: the stick is writable"; else ok "$fs: writing fails"; fi
  [ "$fs" = ext4 ] && case ",$opts," in *,norecovery,*) ok "ext4: journal not replayed (noload)" ;; *) bad "ext4: no noload ($opts)" ;; esac
  sh "$script" add "$dev" 2>"$tmp/err" && grep -q "already mounted" "$tmp/err" && ok "$fs: a second add leaves it alone" || bad "$fs: second add: $(cat "$tmp/err")"
  sh "$script" remove "$dev" 2>"$tmp/err"
  if ! mountpoint -q "$m" && [ ! -e "$m" ]; then ok "$fs: remove unmounts and removes $m"; else bad "$fs: still there after remove"; fi
done

if has_fs ext2 || has_fs ext4; then
  stick ext2 OTHER && {
    sh "$script" add "$dev" 2>"$tmp/err"
    [ ! -e "$OVI_USB_ROOT/$dev" ] && grep -q "not mounted" "$tmp/err" && ok "ext2: not mounted (vfat, exfat, ext4 only)" || bad "ext2: $(cat "$tmp/err")"
  }
  stick ext4 ovi-data && {
    sh "$script" add "$dev" 2>"$tmp/err"
    [ ! -e "$OVI_USB_ROOT/$dev" ] && ok "the kiosk's own ovi-data partition is left alone" || bad "ovi-data was mounted"
  }
fi
for name in "../etc" "sda1;reboot" ""; do
  sh "$script" add "$name" 2>/dev/null
  [ $? = 2 ] && ok "a bad device name '$name' is refused" || bad "bad name '$name' accepted"
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
