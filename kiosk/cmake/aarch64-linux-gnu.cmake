# Cross-compiling Ovi for 64-bit Raspberry Pi OS / Debian arm64 on a Debian
# bookworm amd64 machine, with Debian's cross compiler and multiarch :arm64
# -dev packages (no separate sysroot):
#
#   dpkg --add-architecture arm64 && apt-get update
#   apt-get install gcc-aarch64-linux-gnu libsdl2-dev:arm64 libsdl2-ttf-dev:arm64 libfribidi-dev:arm64 \
#     libsdl2-image-dev:arm64 libsqlite3-dev:arm64 libsodium-dev:arm64 \
#     libcurl4-openssl-dev:arm64 qemu-user-static
#   (or: OVI_DEPS_ARM64=1 bash kiosk/dev/deps.sh)
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=kiosk/cmake/aarch64-linux-gnu.cmake
#
# kiosk/build-arm64.sh does all of it and runs the tests under qemu-user.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(OVI_TRIPLET aarch64-linux-gnu)

set(CMAKE_C_COMPILER ${OVI_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${OVI_TRIPLET}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${OVI_TRIPLET})

# Libraries and headers come from the multiarch folders of the host
# (/usr/lib/aarch64-linux-gnu, /usr/include), which Debian's cross gcc
# already searches; programs (pkg-config, python3, minisign) are the host's.
set(CMAKE_FIND_ROOT_PATH /usr/${OVI_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# pkg-config reads the arm64 .pc files only: Debian's triplet wrapper when
# it is there, else plain pkg-config with the arm64 search path.
find_program(OVI_CROSS_PKG_CONFIG ${OVI_TRIPLET}-pkg-config)
if(OVI_CROSS_PKG_CONFIG)
  set(PKG_CONFIG_EXECUTABLE ${OVI_CROSS_PKG_CONFIG} CACHE FILEPATH "pkg-config for arm64")
endif()
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${OVI_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Tests of the arm64 binaries run under qemu-user. The shell tests start the
# ovi binary directly, which needs qemu-aarch64 registered with binfmt_misc
# (kiosk/build-arm64.sh checks). libc6:arm64 from multiarch provides
# /lib/ld-linux-aarch64.so.1, so QEMU_LD_PREFIX is only a fallback.
find_program(OVI_QEMU_AARCH64 NAMES qemu-aarch64-static qemu-aarch64)
if(OVI_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${OVI_QEMU_AARCH64} CACHE FILEPATH "runs arm64 tests")
endif()
if(NOT DEFINED ENV{QEMU_LD_PREFIX} AND NOT EXISTS /lib/ld-linux-aarch64.so.1)
  set(ENV{QEMU_LD_PREFIX} /usr/${OVI_TRIPLET})
endif()

