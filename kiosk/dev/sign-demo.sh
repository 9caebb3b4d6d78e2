#!/usr/bin/env bash
# Re-packs and re-signs the demo content after editing anything in content/
# (including content/README.md, which is part of the bundle).
# Usage: kiosk/dev/sign-demo.sh [path/to/ovi]
set -euo pipefail
cd "$(dirname "$0")/../.."
ovi=${1:-build/ovi}
"$ovi" pack content --default fi
minisign -S -s kiosk/dev/demo-DEMO-ONLY.key -m content/manifest.txt \
  -t "Ovi demo content, signed with the public DEMO key (development only)"
"$ovi" check content
