#!/usr/bin/env bash
# Cross-builds Ovi for arm64 (Raspberry Pi 3B+/4/5, 64-bit) on Debian 12 amd64,
# runs its tests under qemu-user, and makes the arm64 .deb.
#
#   bash kiosk/build-arm64.sh [--quick] [BUILD_DIR]      (default BUILD_DIR: build-arm64)
#
# Installs what it needs first (as root, or with sudo): the cross compiler,
# the :arm64 -dev packages (dpkg --add-architecture arm64), qemu-user-static
# and binfmt-support. The shell tests start the arm64 ovi directly, so
# qemu-aarch64 is registered with binfmt_misc (mounted if it is not).
# --quick leaves out the tests that take minutes under emulation or that
# measure time (CI); without it the whole suite runs (about 25 minutes).
# The .deb lands in BUILD_DIR: ovi_<version>-1_arm64.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = --quick ] && { quick=1; shift; }
build=${1:-build-arm64}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

OVI_DEPS_ARM64=1 bash kiosk/dev/deps.sh

# qemu-aarch64 through binfmt_misc (a container may have it unmounted).
if [ ! -e /proc/sys/fs/binfmt_misc/status ]; then
  $sudo mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
fi
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  $sudo update-binfmts --enable qemu-aarch64 || true
fi
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] ||
  echo "build-arm64: qemu-aarch64 is not registered with binfmt_misc; the shell tests will fail" >&2

t0=$(date +%s)
cmake -S . -B "$build" -DCMAKE_TOOLCHAIN_FILE=kiosk/cmake/aarch64-linux-gnu.cmake \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j"$(nproc)"
t1=$(date +%s)
file "$build/ovi"
"$build/ovi" --version # through qemu-aarch64

# Under emulation every instruction costs ~10-50x: the quick run leaves out
# the fault sweeps and screen-by-screen UI tests (minutes each) and
# test_sync_worker, which asserts how fast the UI thread's reads are.
exclude='test_sync_worker'
[ "$quick" = 1 ] && exclude="$exclude|test_bundle_faults|test_platform_(groups|kiosk|ask)|test_model_(apply|query)|make-screenshots"
ctest --test-dir "$build" --output-on-failure -j2 -E "$exclude"
t2=$(date +%s)
(cd "$build" && cpack -G DEB)
deb=$(ls -t "$build"/ovi_*_arm64.deb | head -1)
dpkg-deb -f "$deb" Package Version Architecture Depends
echo "build-arm64: $deb ($(stat -c %s "$deb") bytes); build $((t1 - t0)) s, tests $((t2 - t1)) s"
