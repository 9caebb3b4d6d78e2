#!/usr/bin/env bash
# `ovi sync --once` from the command line, configured by the documented
# example kiosk/ovi.ini (so the example itself is checked to load): a
# network folder, a stick under a USB root, a URL served by python3's
# http.server on 127.0.0.1, and the exit codes 0 (nothing new or imported),
# 3 (refused) and 1 (failure).
# Usage: test_sync_cli.sh OVI SOURCE_DIR TMP
set -euo pipefail
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
# Bounded in time: the whole test, and every command in it.
main=$$
watchdog() {
  sleep 150 & local s=$!
  trap 'kill $s 2>/dev/null; exit 0' TERM
  wait $s
  echo "test_sync_cli: timed out" >&2
  kill -TERM "$main"
}
watchdog & watchdog=$!
server=""
cleanup() {
  kill "$watchdog" 2>/dev/null || true
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
}
trap cleanup EXIT
T() { timeout 60 "$@"; }

if ! "$ovi" sync --help >/dev/null 2>&1; then
  echo "SKIP: this ovi has no sync command yet"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi

pass=0 fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
# expect NAME CODE PATTERN -- command...: exit code and output (stdout+stderr).
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  local out rc=0
  out=$("$@" 2>&1) || rc=$?
  if [ "$rc" -eq "$code" ] && grep -q -- "$pattern" <<<"$out"; then ok "$name"
  else bad "$name (exit $rc, wanted $code and '$pattern'):"; sed 's/^/    /' <<<"$out"; fi
}

# A key of our own, and bundles made from the demo content.
minisign -G -W -f -p "$tmp/site.pub" -s "$tmp/site.key" >/dev/null 2>&1
bundle() { # DIR SERIAL
  rm -rf "$1" && mkdir -p "$1" && cp -r "$src/content/." "$1/"
  rm -f "$1/manifest.txt" "$1/manifest.txt.minisig"
  T "$ovi" pack "$1" --site cli-site --languages fi,sv,en --default fi --serial "$2" >/dev/null
  minisign -S -s "$tmp/site.key" -m "$1/manifest.txt" >/dev/null 2>&1
}

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$tmp/usb" "$tmp/drop" "$tmp/www"
# The example configuration, pointed at this test's sources.
sed -e "s#^key_file = .*#key_file = $tmp/site.pub#" \
    -e "s#^usb_roots = .*#usb_roots = $tmp/usb#" \
    -e "s#^folder =.*#folder = $tmp/drop#" \
    -e "s#^url =.*#url = http://127.0.0.1:$port/#" \
    -e "s#^folder_settle = .*#folder_settle = 0   \# seconds#" \
    -e "s#^connect_timeout = .*#connect_timeout = 3#" \
    "$src/kiosk/ovi.ini" >"$tmp/ovi.ini"
run() { T "$ovi" --config "$tmp/ovi.ini" --data "$tmp/data" "$@"; }

# Nothing anywhere (the server is not up yet: the URL fails).
expect "nothing: a failure for the URL" 1 "127.0.0.1" -- run sync --once
expect "usb: no stick" 1 "no stick is mounted" -- run sync --once

# A bundle in the network folder.
bundle "$tmp/drop" 5
expect "folder imported" 0 "imported serial 5" -- run sync --once --source "$tmp/drop"
expect "folder: nothing new" 0 "nothing new" -- run sync --once --source "$tmp/drop"

# A stick with a newer bundle, then with a bad one (exit 3, report on the stick).
bundle "$tmp/usb/STICK/ovi" 6
expect "stick imported" 0 "imported serial 6" -- run sync --once --source "$tmp/usb/STICK"
grep -q ACCEPTED "$tmp/usb/STICK/ovi-kiosk/ovi-report.txt" && ok "stick report" || bad "stick report"
bundle "$tmp/usb/STICK/ovi" 7
echo "extra" >"$tmp/usb/STICK/ovi/extra.txt"
expect "bad stick refused (said in the site's language)" 3 "on kansiossa mutta ei manifestissa" -- run sync --once --source "$tmp/usb/STICK"
grep -q "REFUSED" "$tmp/usb/STICK/ovi-kiosk/ovi-report.txt" && ok "refusal report" || bad "refusal report"
rm -rf "$tmp/usb/STICK"

# A URL served by python3 -m http.server.
bundle "$tmp/www" 8
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/www" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
expect "url imported (every source)" 0 "imported serial 8" -- run sync --once
expect "url: nothing new" 0 "not modified" -- run sync --once --source "http://127.0.0.1:$port/"
expect "a closed port fails" 1 "127.0.0.1:1" -- run sync --once --source "http://127.0.0.1:1/"
T "$ovi" --data "$tmp/data" status | grep -q "serial 8" && ok "status shows serial 8" || bad "status"

# A rollback holds: sync does not bring the rolled-back serial straight back
# from the URL or the network folder; only a newer serial replaces it, and
# `ovi status` says so.
expect "rollback to 6" 0 "serial 6" -- run rollback
run status | grep -q "^Serial: *6" && ok "rolled back: serial 6" || bad "rolled back"
run status | grep -q "^Held: *serial 8 was rolled back" && ok "status: held" \
  || bad "status held: $(run status 2>&1 | grep -i held)"
# (the server's copy changes time, so the kiosk fetches it again)
touch -d "+2 minutes" "$tmp/www/manifest.txt"
expect "url: serial 8 stays out" 3 "otettiin tällä kioskilla pois käytöstä" -- run sync --once --source "http://127.0.0.1:$port/"
bundle "$tmp/drop" 8
expect "folder: serial 8 stays out" 3 "jonka versio on suurempi kuin 8" -- run sync --once --source "$tmp/drop"
run status | grep -q "^Serial: *6" && ok "still serial 6" || bad "still serial 6"
bundle "$tmp/drop" 9
expect "folder: serial 9 replaces it" 0 "imported serial 9" -- run sync --once --source "$tmp/drop"
run status | grep -q "^Held:" && bad "still held after 9" || ok "no hold after a newer serial"
expect "a forced import still works" 0 "" -- run import --force "$tmp/www"
run status | grep -q "^Held: *serial 9" && ok "forced older import holds too" || bad "forced hold"

# Usage errors.
expect "no --once" 2 "once" -- run sync
sed -i "s#^poll_interval = .*#poll_interval = soon#" "$tmp/ovi.ini"
expect "bad config value" 2 "poll_interval must be" -- run sync --once

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
