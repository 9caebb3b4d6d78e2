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
# ---- Writing: the report and an export, only into ovi-kiosk/, through the
# helper as on the image (ovi-usb-write.socket: one helper per connection).
sock=$tmp/usb-write.sock
export OVI_USB_WRITE_ROOT=$tmp/usb-write
if ! command -v systemd-socket-activate >/dev/null; then
  skipped "writing: no systemd-socket-activate here (package systemd)"
else
  systemd-socket-activate --inetd -a -E OVI_USB_ROOT -E OVI_USB_WRITE_ROOT -E PATH -l "$sock" \
    sh "$script" serve 2>"$tmp/helper.log" &
  helper=$!
  trap 'kill $helper 2>/dev/null; cleanup' EXIT
  for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.05; done
  printf '[kiosk]\ndevelopment = false\n[trust]\nkey_file = %s\n[sync]\nusb_roots = %s\nusb_write = %s\n' \
    "$src/content/demo-DEMO-ONLY.pub" "$OVI_USB_ROOT" "$sock" >"$tmp/ovi.ini"
  O() { "$ovi" --config "$tmp/ovi.ini" --data "$tmp/data-$fs" "$@"; }
  # read_only_again NAME: the stick's mount is read-only, the write mount gone.
  read_only_again() {
    local o
    o=$(findmnt -no OPTIONS "$OVI_USB_ROOT/$dev" 2>/dev/null)
    case ",$o," in *,ro,*) ok "$fs: $1: read-only again" ;; *) bad "$fs: $1: not read-only again ($o)" ;; esac
    mountpoint -q "$OVI_USB_WRITE_ROOT/$dev" && bad "$fs: $1: the write mount is left" || ok "$fs: $1: no write mount left"
  }
  # bundle_stick FSTYPE SIZE_MB [FILL]: a stick with the demo bundle in ovi/;
  # FILL leaves it (almost) no free space. Sets $dev and $img.
  bundle_stick() {
    img=$tmp/w-$1.img
    rm -f "$img" && truncate -s "$2M" "$img"
    case "$1" in
      vfat) mkfs.vfat -n STICK "$img" >/dev/null ;;
      exfat) mkfs.exfat -L STICK "$img" >/dev/null ;;
      *) "mkfs.$1" -q -F -m 0 -L STICK "$img" ;; # -m 0: no blocks kept for root
    esac || return 1
    local l
    l=$(losetup -f --show "$img") || return 1
    loops+=("$l")
    mkdir -p "$tmp/w" && mount "$l" "$tmp/w" || return 1
    cp -r "$src/content" "$tmp/w/ovi" && chmod -R a+rX "$tmp/w/ovi"
    if [ -n "${3:-}" ]; then
      dd if=/dev/zero of="$tmp/w/filler" bs=64k 2>/dev/null
      dd if=/dev/zero of="$tmp/w/filler2" bs=512 2>/dev/null
      sync
    fi
    umount "$tmp/w" && losetup -d "$l"
    l=$(losetup -f --show ${4:-} "$img") || return 1
    loops+=("$l")
    dev=${l#/dev/}
  }
  for fs in ext4 vfat exfat; do
    if ! has_fs "$fs" || ! command -v "mkfs.$fs" >/dev/null; then
      skipped "writing on $fs: this kernel or machine has no $fs"
      continue
    fi
    bundle_stick "$fs" 40 || { bad "$fs: could not make a bundle stick"; continue; }
    sh "$script" add "$dev" 2>/dev/null
    m=$OVI_USB_ROOT/$dev
    O sync --once --source "$m" >"$tmp/out" 2>&1 && ok "$fs: the bundle on a read-only stick is imported" \
      || bad "$fs: import: $(cat "$tmp/out")"
    grep -q "report written" "$tmp/out" && ok "$fs: ovi says the report is on the stick" || bad "$fs: no report said: $(cat "$tmp/out")"
    grep -q ACCEPTED "$m/ovi-kiosk/ovi-report.txt" 2>/dev/null && ok "$fs: ovi-kiosk/ovi-report.txt says ACCEPTED" \
      || bad "$fs: no report in ovi-kiosk/: $(ls -la "$m" "$m/ovi-kiosk" 2>&1)"
    read_only_again "after the report"
    O export --stick "$m" >"$tmp/out" 2>&1 && ok "$fs: export --stick" || bad "$fs: export --stick: $(cat "$tmp/out")"
    [ -f "$m/ovi-kiosk/ovi-export/signups.csv" ] && [ -f "$m/ovi-kiosk/ovi-export/counters.csv" ] \
      && ok "$fs: the export is in ovi-kiosk/ovi-export/" || bad "$fs: no export on the stick"
    read_only_again "after the export"
    [ "$(ls -A "$m")" = "$(printf 'ovi\novi-kiosk')" ] || [ "$fs" = ext4 ] \
      && ok "$fs: nothing written outside ovi-kiosk/" || bad "$fs: the stick has $(ls -A "$m" | tr '\n' ' ')"
    # What was written is on the stick after it is pulled and put in again.
    sh "$script" remove "$dev" 2>/dev/null
    sh "$script" add "$dev" 2>/dev/null
    grep -q ACCEPTED "$m/ovi-kiosk/ovi-report.txt" 2>/dev/null && [ -s "$m/ovi-kiosk/ovi-export/signups.csv" ] \
      && ok "$fs: the report and the export survive pulling the stick" || bad "$fs: lost after remove/add"
    sh "$script" remove "$dev" 2>/dev/null

    # A write-protected stick (its lock switch: a read-only loop device).
    losetup -d "/dev/$dev" 2>/dev/null
    l=$(losetup -r -f --show "$img") && loops+=("$l") && dev=${l#/dev/}
    sh "$script" add "$dev" 2>/dev/null
    m=$OVI_USB_ROOT/$dev
    O export --stick "$m" >"$tmp/out" 2>&1
    rc=$?
    [ $rc = 1 ] && grep -q "write-protected" "$tmp/out" && ok "$fs: a write-protected stick is named so" \
      || bad "$fs: write-protected: exit $rc: $(cat "$tmp/out")"
    O sync --once --source "$m" >"$tmp/out" 2>&1
    grep -q "nothing new\|already shows" "$tmp/out" && ok "$fs: a write-protected stick still reads" || bad "$fs: $(cat "$tmp/out")"
    O status | grep -q "serial 2" && ok "$fs: the kiosk keeps its content" || bad "$fs: status after write-protected"
    read_only_again "write-protected"
    sh "$script" remove "$dev" 2>/dev/null

    # A full stick.
    bundle_stick "$fs" 40 fill || { bad "$fs: could not make a full stick"; continue; }
    sh "$script" add "$dev" 2>/dev/null
    m=$OVI_USB_ROOT/$dev
    O export --stick "$m" >"$tmp/out" 2>&1
    rc=$?
    [ $rc = 1 ] && grep -q "full" "$tmp/out" && ok "$fs: a full stick is named so" \
      || bad "$fs: full stick: exit $rc: $(cat "$tmp/out")"
    O status | grep -q "serial 2" && ok "$fs: the kiosk keeps its content after a full stick" || bad "$fs: status after full"
    read_only_again "full"
    sh "$script" remove "$dev" 2>/dev/null
  done
  # Hostile requests to the helper: only a stick it mounted, only a name.
  for req in "rw ../../etc" "rw sda1;reboot" "rw nosuchstick" "mount /dev/sda1" ""; do
    ans=$(printf '%s\n' "$req" | python3 -c "
import socket,sys
s=socket.socket(socket.AF_UNIX); s.connect('$sock'); s.sendall(sys.stdin.buffer.read()); s.shutdown(socket.SHUT_WR)
print(s.makefile().readline().strip())")
    case "$ans" in error*) ok "helper refuses '$req'" ;; *) bad "helper answered '$ans' to '$req'" ;; esac
  done
  kill $helper 2>/dev/null
fi

for name in "../etc" "sda1;reboot" ""; do
  sh "$script" add "$name" 2>/dev/null
  [ $? = 2 ] && ok "a bad device name '$name' is refused" || bad "bad name '$name' accepted"
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
