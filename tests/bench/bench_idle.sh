#!/usr/bin/env bash
# bench_idle: how often an idle kiosk wakes up, and the CPU it uses, per
# video driver: the dummy driver (as KMS/DRM: SDL cannot block in it) and,
# where Xvfb is installed, x11. The kiosk runs on the demo content with
# nobody touching it; after it settles, its threads' voluntary context
# switches (each one a wake-up) and its CPU time are read from /proc over
# SECONDS. The baseline in the same run: `sleep`, which wakes never.
# Target (README): the main loop at most once a minute (the minute tick).
# A figure, not a test. Usage: bench_idle.sh OVI [SECONDS]
set -u
ovi=${1:?usage: bench_idle.sh OVI [SECONDS]} secs=${2:-20}
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
"$ovi" --data "$tmp/data" import "$(dirname "$0")/../../content" >/dev/null 2>&1 ||
  "$ovi" --data "$tmp/data" status >/dev/null 2>&1
switches() { # PID: main thread's and all threads' voluntary switches
  local main=0 all=0 v
  for t in /proc/"$1"/task/*; do
    v=$(awk '/^voluntary_ctxt_switches/ {print $2}' "$t/status" 2>/dev/null || echo 0)
    all=$((all + v))
    [ "$(basename "$t")" = "$1" ] && main=$v
  done
  echo "$main $all"
}
cpu_ticks() { awk '{print $14 + $15}' /proc/"$1"/stat; }
measure() { # NAME PID
  sleep 3
  read -r m0 a0 < <(switches "$2"); c0=$(cpu_ticks "$2")
  sleep "$secs"
  read -r m1 a1 < <(switches "$2"); c1=$(cpu_ticks "$2")
  hz=$(getconf CLK_TCK)
  awk -v n="$1" -v m=$((m1 - m0)) -v a=$((a1 - a0)) -v c=$((c1 - c0)) -v s="$secs" -v hz="$hz" \
    'BEGIN {printf "  %-22s main loop %6.2f wake-ups/s, all threads %6.2f/s, CPU %5.2f %%\n", n, m / s, a / s, 100 * c / hz / s}'
}
stop() { kill "$@" 2>/dev/null; for p in "$@"; do while kill -0 "$p" 2>/dev/null; do sleep 0.1; done; done; }
echo "idle over ${secs} s, after 3 s to settle"
sleep 100000 &
pid=$!
measure "baseline (sleep)" $pid
stop $pid
SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$ovi" --data "$tmp/data" run >/dev/null 2>&1 &
pid=$!
measure "ovi, dummy driver" $pid
stop $pid
if command -v Xvfb >/dev/null; then
  Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
  xpid=$!
  sleep 1
  DISPLAY=:97 SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy "$ovi" --data "$tmp/data" run --windowed >/dev/null 2>&1 &
  pid=$!
  measure "ovi, x11 (Xvfb)" $pid
  stop $pid $xpid
fi
