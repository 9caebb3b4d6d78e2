#!/usr/bin/env bash
# The kiosk in a real window, driven from outside as a person would: Xvfb
# is the display, SDL's x11 driver the window, and xdotool moves the mouse
# and clicks, so every tap goes through the window system, SDL's events and
# the platform's input path (the replay tests inject into the UI instead).
# The taps find their buttons in $OVI_HITS_FILE, which the kiosk rewrites
# after each frame (screen name, then "hit X Y W H label").
# A young person signs up for a group with a nickname; sqlite3 then finds
# the sign-up committed. F11 makes the window fullscreen and back; Escape
# closes it. A small window manager (openbox) runs on the display, as on any
# desktop: fullscreen is the window manager's to grant.
# Usage: test_app_window.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
for t in Xvfb xdotool sqlite3 openbox; do
  command -v $t >/dev/null || { bad "$t is missing (kiosk/dev/deps.sh --test installs it)"; echo "$pass passed, $fail failed"; exit 1; }
done
if "$ovi" screenshot --list 2>&1 >/dev/null | grep -q "without the kiosk screens"; then
  echo "skip: built without the kiosk screens"; echo "0 passed, 0 failed"; exit 0
fi

# A display of our own: Xvfb picks a free number and tells it (-displayfd),
# so two runs on one machine never race for the same one.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
d=$(head -1 "$tmp/display")
[ -n "$d" ] || { bad "Xvfb did not start: $(tail -3 "$tmp/xvfb.log")"; echo "$pass passed, $fail failed"; exit 1; }
kpid= wmpid=
cleanup() {
  [ -n "$kpid" ] && kill "$kpid" 2>/dev/null
  [ -n "$wmpid" ] && kill "$wmpid" 2>/dev/null
  kill "$xpid" 2>/dev/null; wait 2>/dev/null
}
trap cleanup EXIT
export DISPLAY=":$d"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
wmpid=$!
sleep 1

export OVI_HITS_FILE="$tmp/hits"
# In the sanitizer build, leaks are not looked for in this one run: X11's
# GL driver (Mesa, dlopened) and libdbus leak a few allocations of their own
# at exit (1,272 bytes in CI, no frame of Ovi's). Every other test checks
# Ovi's leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
SDL_VIDEODRIVER=x11 "$ovi" --data "$tmp/state" --now "2026-11-23 11:00" --windowed --size 1024x640 \
  >"$tmp/ovi.log" 2>&1 &
kpid=$!

# Waits (up to 30 s) until the kiosk shows screen $1.
wait_screen() {
  for _ in $(seq 300); do
    [ "$(head -1 "$OVI_HITS_FILE" 2>/dev/null)" = "screen $1" ] && return 0
    sleep 0.1
  done
  return 1
}
win=
# Clicks the centre of the button labelled $1 (exactly, else ignoring case)
# through X; waits for the next frame's targets.
tap() {
  local line
  line=$(awk -v l="$1" '$1 == "hit" { lab = $0; sub(/^hit [-0-9]+ [-0-9]+ [0-9]+ [0-9]+ /, "", lab);
           if (lab == l) { print $2, $3, $4, $5; exit } }' "$OVI_HITS_FILE")
  [ -n "$line" ] || line=$(awk -v l="$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')" '$1 == "hit" {
           lab = $0; sub(/^hit [-0-9]+ [-0-9]+ [0-9]+ [0-9]+ /, "", lab);
           if (tolower(lab) == l) { print $2, $3, $4, $5; exit } }' "$OVI_HITS_FILE")
  if [ -z "$line" ]; then bad "no button '$1' on $(head -1 "$OVI_HITS_FILE")"; return 1; fi
  set -- $line
  : >"$tmp/stamp"
  xdotool mousemove --window "$win" $(($1 + $3 / 2)) $(($2 + $4 / 2)) click 1
  # The next frame rewrites the targets.
  for _ in $(seq 50); do [ "$OVI_HITS_FILE" -nt "$tmp/stamp" ] && break; sleep 0.1; done
  sleep 0.3
}

if wait_screen today; then ok "the window shows Today (SDL's x11 driver)"; else
  bad "no Today screen: $(tail -3 "$tmp/ovi.log")"; echo "$pass passed, $fail failed"; exit 1; fi
win=$(xdotool search --sync --pid "$kpid" 2>/dev/null | head -1)
[ -n "$win" ] && ok "xdotool found the window ($win)" || bad "no window for pid $kpid"

tap "Ryhmät"
wait_screen groups && ok "a click on Ryhmät opens Groups" || bad "Groups did not open: $(head -1 "$OVI_HITS_FILE")"
tap "Kokkauskurssi"
tap "Ilmoittaudu"
wait_screen signup && ok "the sign-up form opens" || bad "no sign-up form: $(head -1 "$OVI_HITS_FILE")"
for k in k e t t u; do tap "$k" || break; done
tap "Ilmoittaudu"
wait_screen signed-up && ok "signed up by clicks: the cancel code is shown" || bad "not signed up: $(head -1 "$OVI_HITS_FILE")"
n=$(sqlite3 "$tmp/state/ovi.db" "select count(*) from signups where lower(nickname) = 'kettu'" 2>&1)
[ "$n" = 1 ] && ok "sqlite3 finds the sign-up committed (nickname kettu)" || bad "sign-ups named kettu: $n"

# F11: fullscreen and back (a desktop window only).
geom() { xdotool getwindowgeometry "$win" | awk '/Geometry/ {print $2}'; }
before=$(geom)
xdotool key --window "$win" F11
for _ in $(seq 50); do [ "$(geom)" = 1280x800 ] && break; sleep 0.1; done
[ "$(geom)" = 1280x800 ] && ok "F11: fullscreen ($before -> 1280x800)" || bad "F11: the window is $(geom)"
xdotool key --window "$win" F11
for _ in $(seq 50); do [ "$(geom)" != 1280x800 ] && break; sleep 0.1; done
[ "$(geom)" != 1280x800 ] && ok "F11 again: a window ($(geom))" || bad "F11 again: still fullscreen"
# Escape closes a desktop window.
xdotool key --window "$win" Escape
for _ in $(seq 100); do kill -0 "$kpid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$kpid" 2>/dev/null; then bad "Escape did not close the window"; else
  wait "$kpid"; rc=$?; kpid=
  [ "$rc" = 0 ] && ok "Escape closed the window (exit 0)" || bad "exit $rc after Escape"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
