#!/usr/bin/env bash
# Installs what building and running Ovi needs on Debian 12 (bookworm); with
# --test, also every tool the test suite uses (README.md's test command).
# Uses sudo when not run as root. Safe to run again.
set -euo pipefail
pkgs=(
  build-essential cmake pkg-config git
  libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libfribidi-dev
  libsqlite3-dev libsodium-dev libcurl4-openssl-dev libutf8proc-dev libstemmer-dev
  libespeak-ng-dev espeak-ng-data libxlsxwriter-dev libsystemd-dev
  fonts-noto-core minisign sqlite3 python3
)
# --test: the suite's tools: ImageMagick (real PNG/JPEG/GIF files for the
# image checks), mkfs for the USB stick images on loop devices (vfat, exFAT,
# ext4), systemd and udev (unit and rule checks), openssl and file, Xvfb
# with xdotool and openbox for the real window, Chromium (ovi report's page, opened and
# printed), python3-openpyxl (the workbook read back) and apache2-bin (a
# real WebDAV server for the uploads, started on loopback by the test) and
# gettext (xgettext: the message catalogues against the source).
if [ "${1:-}" = --test ]; then
  pkgs+=(imagemagick dosfstools exfatprogs e2fsprogs openssl systemd udev file xvfb xdotool
    openbox chromium python3-openpyxl apache2-bin gettext)
fi
# OVI_DEPS_ARM64=1: the arm64 cross build too (kiosk/build-arm64.sh): the
# cross compiler, Debian's :arm64 -dev packages (multiarch) and qemu-user.
if [ "${OVI_DEPS_ARM64:-}" = 1 ]; then
  pkgs+=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static binfmt-support file
    libsdl2-dev:arm64 libsdl2-ttf-dev:arm64 libsdl2-image-dev:arm64 libfribidi-dev:arm64
    libsqlite3-dev:arm64 libsodium-dev:arm64 libcurl4-openssl-dev:arm64
    libutf8proc-dev:arm64 libstemmer-dev:arm64 libespeak-ng-dev:arm64 libxlsxwriter-dev:arm64
    libsystemd-dev:arm64)
fi
if [ "${OVI_DEPS_EXTRA:-}" != "" ]; then
  # shellcheck disable=SC2206
  pkgs+=(${OVI_DEPS_EXTRA})
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
if [ "${OVI_DEPS_ARM64:-}" = 1 ] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $sudo dpkg --add-architecture arm64
fi
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
