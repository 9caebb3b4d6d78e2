#!/usr/bin/env bash
# Installs what building, running and testing Ovi needs on Debian 12 (bookworm).
# Uses sudo when not run as root. Safe to run again.
set -euo pipefail
pkgs=(
  build-essential cmake pkg-config git
  libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev
  libsqlite3-dev libsodium-dev libcurl4-openssl-dev
  fonts-noto-core minisign sqlite3 python3
)
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
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
