#!/usr/bin/env bash
# The kiosk as a visitor uses it: every tests/replay/*.txt script runs the
# real UI headless against the demo content (ovi --replay), each in a fresh
# state folder; then sqlite3 checks that what the screens called "sent" was
# committed. Also: `ovi screenshot --list` and one screenshot, and that a
# kiosk left alone keeps running.
# Usage: test_app_replay.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME="$tmp/home" XDG_DATA_HOME= SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy}
unset OVI_DATA OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
now="2026-11-23 11:00"

if "$ovi" screenshot --list 2>&1 >/dev/null | grep -q "without the kiosk screens"; then
  echo "skip: this ovi was built without the kiosk screens"; exit 0
fi

db() { sqlite3 "$tmp/$1/data/ovi.db" "$2"; }

for script in "$src"/tests/replay/*.txt; do
  name=$(basename "$script" .txt)
  case $name in staff-*) continue ;; esac # test_app_staff.sh: they need a staff PIN
  mkdir -p "$tmp/$name"
  if (cd "$tmp/$name" && "$ovi" --data "$tmp/$name/data" --now "$now" --replay "$script") \
      >"$tmp/$name/log" 2>&1; then
    ok "replay $name"
  else
    bad "replay $name: $(grep -v ' info: ' "$tmp/$name/log" | tail -5)"
  fi
done

# Content saved on a Mac (NFD: "a" + U+0308 for "ä") in every sheet, signed
# with a site key: tests/replay/content/nfd.txt types composed letters.
nfd=$tmp/nfd-bundle
mkdir -p "$tmp/nfd/keys" && (cd "$tmp/nfd/keys" && minisign -G -W -p site.pub -s site.key >/dev/null 2>&1)
cp -r "$src/content" "$nfd" && rm -f "$nfd/manifest.txt.minisig"
python3 -c '
import sys, glob, unicodedata
for p in glob.glob(sys.argv[1] + "/*.csv"):
    t = open(p, encoding="utf-8-sig").read()
    open(p, "w", encoding="utf-8").write(unicodedata.normalize("NFD", t))
' "$nfd"
printf '[kiosk]\ndevelopment = false\n[trust]\nkey_file = %s\n' "$tmp/nfd/keys/site.pub" >"$tmp/nfd/ovi.ini"
if grep -q "$(printf 'a\xcc\x88')" "$nfd/services.csv" && "$ovi" pack "$nfd" >/dev/null 2>&1 &&
    minisign -S -s "$tmp/nfd/keys/site.key" -m "$nfd/manifest.txt" >/dev/null 2>&1 &&
    "$ovi" --data "$tmp/nfd/data" --config "$tmp/nfd/ovi.ini" import "$nfd" >"$tmp/nfd/log" 2>&1 &&
    (cd "$tmp/nfd" && "$ovi" --data "$tmp/nfd/data" --config "$tmp/nfd/ovi.ini" --now "$now" \
      --replay "$src/tests/replay/content/nfd.txt") >>"$tmp/nfd/log" 2>&1; then
  ok "replay content/nfd on decomposed (NFD) content"
else
  bad "replay content/nfd: $(grep -v ' info: ' "$tmp/nfd/log" | tail -5)"
fi

# What the screens said was saved is in the database.
check() { # check NAME SQL WANT
  local got; got=$(db "$1" "$2" 2>&1)
  [ "$got" = "$3" ] && ok "$1: $2 = $3" || bad "$1: $2 gave '$got', wanted '$3'"
}
check signup "select count(*) from signups where nickname = 'Kettu' and waiting = 0" 1
check signup "select count(*) from signups where session = 'cooking-20261123'" 1
check signup "select count(*) from signups where nickname like '%aska%'" 0
check waitlist "select count(*) from signups where session = 'cooking-20261123' and waiting = 0" 4
check waitlist "select group_concat(nickname) from signups where waiting = 1" Viides
check cancel "select count(*) from signups" 0
check question "select text || '|' || topic || '|' || crisis || '|' || status from questions" \
  "Miten haen asumistukea?|housing|0|pending"
check crisis "select crisis from questions where text = 'en jaksa elää'" 1
check crisis-typing "select crisis from questions where text = 'mä en jaksa enää mitään'" 1
check crisis-typing "select count(*) from questions" 1
[ -s "$tmp/crisis-typing/crisis-typing.png" ] && ok "replay shot wrote crisis-typing.png" || bad "no crisis-typing.png"
check number "select group_concat(number) from (select number from queue order by number)" "1,2"
check number "select group_concat(topic) from (select topic from queue order by number)" "money,work"
check idle "select count(*) from questions" 0
check question "select n from counters where kind = 'topic_view' and key = 'housing'" 1
check language "select count(*) from counters where kind = 'language' and key = 'sv'" 1
check services "select n from counters where kind = 'service_view' and key = 'talous-velkaneuvonta'" 1
check signup "select n from counters where kind = 'group_view' and key = 'cooking'" 2
[ -s "$tmp/crisis/crisis.png" ] && ok "replay shot wrote crisis.png" || bad "no crisis.png"
# "How was your visit?" where the site asks it (tests/replay/site/feedback.txt).
mkdir -p "$tmp/feedback"
printf '[kiosk]\nfeedback = true\n[trust]\nkey_file = %s\n' "$src/content/demo-DEMO-ONLY.pub" \
  >"$tmp/feedback/ovi.ini"
if (cd "$tmp/feedback" && "$ovi" --config "$tmp/feedback/ovi.ini" --data "$tmp/feedback/data" \
    --now "$now" --replay "$src/tests/replay/site/feedback.txt") >"$tmp/feedback/log" 2>&1; then
  ok "replay site/feedback"
else
  bad "replay site/feedback: $(grep -v ' info: ' "$tmp/feedback/log" | tail -5)"
fi
check feedback "select group_concat(key || '=' || n) from (select key, n from counters where kind = 'feedback' order by key)" "1=1,3=1"
# Without the setting, nobody is asked (number.txt takes two numbers).
check number "select count(*) from counters where kind = 'feedback'" 0
# The evaluation's counts (tests/replay/usage.txt): two visits, by the hour.
check usage "select sum(n) from counters where kind = 'visit'" 2
check usage "select group_concat(key || '=' || n) from (select key, n from counters where kind = 'search' order by key)" "hit=1,miss=1"
check usage "select group_concat(key) from (select key from counters where kind = 'visit_language' order by key)" "fi,sv"
# Services opened, and gone back to from the service found.
check usage "select n from counters where kind = 'screen' and key = 'services'" 2
check usage "select n from counters where kind = 'screen' and key = 'groups'" 1
check usage "select group_concat(distinct hour) from counters where kind = 'visit'" 11
check usage "select count(*) from counters where key in ('velka', 'qwxzzy') or key like '%qwx%'" 0
# Typed on the Ukrainian and the Arabic keyboards (typing-uk-ar.txt), saved
# as typed, each with its language.
check typing-uk-ar "select group_concat(lang || ':' || text, '|') from (select lang, text from questions order by id)" "uk:Де житло kela?|ar:سكن؟"

# The screenshot command.
"$ovi" screenshot --list >"$tmp/list" 2>"$tmp/err"
n=$(wc -l <"$tmp/list")
# 18 youth screens and 12 staff screens.
[ "$n" = 32 ] && ok "screenshot --list names 32 screens (19 youth, 13 staff)" || bad "screenshot --list: $n lines"
grep -qx "signed-up" "$tmp/list" && ok "--list has signed-up" || bad "--list lacks signed-up"
if "$ovi" --data "$tmp/shots" screenshot --screen group --out "$tmp/group.png" --lang sv \
    --size 800x480 --now "$now" 2>"$tmp/err" && [ "$(head -c 4 "$tmp/group.png" | tail -c 3)" = PNG ]; then
  ok "screenshot --screen group renders a PNG"
else
  bad "screenshot group: $(cat "$tmp/err")"
fi
"$ovi" --data "$tmp/shots" screenshot --screen nosuch --out "$tmp/x.png" 2>"$tmp/err"
[ $? = 2 ] && ok "unknown screen is a usage error" || bad "unknown screen: $(cat "$tmp/err")"

# A bad script names its line and fails.
printf 'tap "Tänään"\nexpect "no such text anywhere"\n' >"$tmp/bad.txt"
"$ovi" --data "$tmp/bad" --now "$now" --replay "$tmp/bad.txt" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc = 1 ] && grep -q "bad.txt:2:" "$tmp/err" && ok "a failing expect exits 1 naming line 2" \
  || bad "failing script: exit $rc: $(cat "$tmp/err")"

# Idle: a kiosk nobody touches keeps running. How much CPU it uses is a
# figure for the benchmarks (tests/bench), not a pass or fail here: a shared
# or emulated machine makes any bound flaky. It is printed for a look.
"$ovi" --data "$tmp/idle-cpu" --windowed --size 800x480 >/dev/null 2>&1 &
pid=$!
sleep 4
if [ -r /proc/$pid/stat ]; then
  ticks=$(awk '{print $14 + $15}' /proc/$pid/stat)
  hz=$(getconf CLK_TCK)
  kill "$pid"; wait "$pid" 2>/dev/null
  ok "a kiosk left alone keeps running (info: $ticks/$hz s CPU in 4 s, start-up included)"
else
  bad "the kiosk did not keep running: $(wait $pid; echo exit $?)"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
