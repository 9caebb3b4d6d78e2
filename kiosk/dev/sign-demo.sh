#!/usr/bin/env bash
# Re-packs and re-signs the demo content after editing anything in content/
# (including content/README.md, which is part of the bundle).
# Usage: kiosk/dev/sign-demo.sh [path/to/ovi]
set -euo pipefail
cd "$(dirname "$0")/../.."
ovi=${1:-build/ovi}
# The demo stays serial 2, made before the tests' fixed clock (Monday
# 2026-11-23): the tests import newer serials over it and check the clock
# warning, so an edit must not move either.
"$ovi" --now "2026-11-22 14:01" pack content --default fi --serial 2
minisign -S -s kiosk/dev/demo-DEMO-ONLY.key -m content/manifest.txt \
  -t "Ovi demo content, signed with the public DEMO key (development only)"
"$ovi" check content
