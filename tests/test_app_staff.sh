#!/usr/bin/env bash
# Staff mode as staff use it, on the real kiosk headless: every
# tests/replay/staff-*.txt runs in a fresh state folder with the demo
# content, a staff PIN (2468, "Aino", made with `ovi staff-pin add`) and a
# USB root of its own; sqlite3 then checks what the screens wrote and the
# staff log. Also: the PIN lock survives a restart; staff's changes to the
# day survive a restart and an import; the retention purge leaves no string
# of a deleted question or nickname in ovi.db or its WAL; the staff screens
# are in `ovi screenshot`.
# Usage: test_app_staff.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME="$tmp/home" XDG_DATA_HOME= SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy}
unset OVI_DATA OVI_CONFIG
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
now="2026-11-23 11:00"
pin=2468

if "$ovi" screenshot --list 2>&1 >/dev/null | grep -q "without the kiosk screens"; then
  echo "skip: this ovi was built without the kiosk screens"; exit 0
fi

# setup NAME: a state folder $tmp/NAME/data with a development configuration
# (the demo key, the USB root $tmp/NAME/usb) and Aino's PIN.
setup() {
  local d="$tmp/$1/data"
  mkdir -p "$d" "$tmp/$1/usb"
  printf '[kiosk]\ndevelopment = true\n[trust]\nkey_file = %s\n[sync]\nusb_roots = %s\n' \
    "$src/content/demo-DEMO-ONLY.pub" "$tmp/$1/usb" >"$d/ovi.ini"
  echo "$pin" | "$ovi" --data "$d" staff-pin add Aino >"$tmp/$1/pin.log" 2>&1 \
    || bad "$1: staff-pin add: $(cat "$tmp/$1/pin.log")"
}
# replay NAME SCRIPT [NOW]: runs SCRIPT against NAME's state folder.
replay() {
  (cd "$tmp/$1" && "$ovi" --data "$tmp/$1/data" --config "$tmp/$1/data/ovi.ini" \
    --now "${3:-$now}" --replay "$2") >"$tmp/$1/log" 2>&1
}
db() { sqlite3 "$tmp/$1/data/ovi.db" "$2" 2>&1; }
check() { # check NAME SQL WANT
  local got q; got=$(db "$1" "$2"); q=$(echo "$2" | tr '\n' ' ' | tr -s ' ')
  [ "$got" = "$3" ] && ok "$1: $q = $3" || bad "$1: $q gave '$got', wanted '$3'"
}

# A newer demo (serial 3, signed with the demo key) where Aino's name ends
# in "-Uusi", so the youth screens show which content is in use.
v3="$tmp/demo-v3"
cp -r "$src/content" "$v3" && rm -f "$v3/manifest.txt.minisig"
sed -i 's/^aino,Aino Korhonen,/aino,Aino Korhonen-Uusi,/' "$v3/people.csv"
if "$ovi" pack "$v3" >"$tmp/pack.log" 2>&1 &&
    minisign -S -s "$src/kiosk/dev/demo-DEMO-ONLY.key" -m "$v3/manifest.txt" >/dev/null 2>&1 &&
    grep -q "^serial = 3" "$v3/manifest.txt"; then
  ok "a newer demo (serial 3) is packed and signed"
else
  bad "packing the newer demo: $(cat "$tmp/pack.log")"
fi

# ---- every flow by replay ------------------------------------------------------
for script in "$src"/tests/replay/staff-*.txt; do
  name=$(basename "$script" .txt)
  setup "$name"
  if [ "$name" = staff-content ]; then
    mkdir -p "$tmp/$name/usb/stick" && cp -r "$v3" "$tmp/$name/usb/stick/ovi"
  fi
  if replay "$name" "$script"; then
    ok "replay $name"
  else
    bad "replay $name: $(grep -v ' info: ' "$tmp/$name/log" | tail -5)"
  fi
done

# What staff did is in the database, and in the staff log under the label.
check staff-entry "select group_concat(label || ' ' || action) from (select * from staff_log
  where action <> 'pin_add' order by id)" \
  "Aino enter,Aino leave,Aino enter,Aino pin_rename,Aino leave,Aamuvuoro enter,Aamuvuoro leave"
check staff-entry "select label from staff_pins" Aamuvuoro
check staff-lockout "select count(*) from staff_log where action = 'pin_wrong'" 6
check staff-lockout "select failures from pin_lock" 0
check staff-late "select group_concat(person || ':' || state || ':' || coalesce(time, ''))
  from overrides" "hanna:late:750,jussi:away:,mikko:leaves:750"
check staff-late "select group_concat(action || ' ' || detail) from (select * from staff_log
  where action in ('late', 'away', 'leaves') order by id)" \
  "late hanna 12:30,away jussi,leaves mikko 12:30"
check staff-walkin "select group_concat(coalesce(person, visitor) || ' ' || starts || '-' || ends
  || ' ' || room) from overrides where state = 'walkin'" \
  "Minna Kettunen 660-780 Huone 2,katja 660-780 Aula"
check staff-walkin "select count(*) from staff_log where detail like '%Minna%'" 0
check staff-queue "select state from queue where number = 1" done
check staff-queue "select group_concat(action || ' ' || detail) from (select * from staff_log
  where action like 'queue%' order by id)" "queue_call 1,queue_call 1,queue_done 1"
check staff-questions "select group_concat(status) from (select status from questions order by id)" \
  "published,hidden"
check staff-questions "select answer from questions where status = 'published'" \
  "Saa, jos vuokrasopimus on oma."
check staff-questions "select count(*) from staff_log where detail like '%asumistuk%'
  or detail like '%Salainen%'" 0
check staff-groups "select group_concat(nickname) from (select nickname from signups
  where session = 'cooking-20261123' and waiting = 0 order by id)" "Eka,Kolmas,Neljäs,Viides"
check staff-groups "select cancelled from session_flags where session = 'cooking-20261123'" 1
check staff-groups "select count(*) from staff_log where detail like '%Toka%'" 0
check staff-ideas "select group_concat(status || ' ' || (published is not null)) from group_ideas" \
  "hidden 1"
check staff-ideas "select group_concat(action) from (select action from staff_log
  where action like 'idea%' order by id)" "idea_accept,idea_publish,idea_unpublish"
check staff-content "select group_concat(action || ' ' || detail) from (select * from staff_log
  where action in ('import_usb', 'rollback', 'export_usb') order by id)" \
  "import_usb ok (serial 3),rollback ok (serial 2),export_usb ok (serial 2)"
check staff-content "select serial from bundles where is_current = 1" 2
for f in signups.csv questions.csv counters.csv; do
  [ -s "$tmp/staff-content/usb/stick/ovi-kiosk/ovi-export/$f" ] && ok "export wrote $f onto the stick" \
    || bad "export: no $f in $tmp/staff-content/usb/stick/ovi-kiosk/ovi-export"
done
[ -s "$tmp/staff-content/usb/stick/ovi-kiosk/ovi-report.txt" ] && ok "the import wrote its report" \
  || bad "no ovi-report.txt on the stick"
check staff-clock "select detail from staff_log where action = 'clock_set'" "2026-11-23 12:30"
check staff-idle "select group_concat(action) from (select action from staff_log
  where action <> 'pin_add' order by id)" "enter,idle_leave"

# ---- no PIN stored: the pad says how to add one -------------------------------------
mkdir -p "$tmp/nopin/data"
cat >"$tmp/nopin/s.txt" <<'EOF'
hold "staff-entry" 3000
type 1234
tap "Avaa"
expect "PIN-koodia ei ole asetettu"
expect-screen staff-pin
EOF
cp "$tmp/staff-entry/data/ovi.ini" "$tmp/nopin/data/ovi.ini"
replay nopin "$tmp/nopin/s.txt" && ok "no PIN: the pad says so" \
  || bad "no PIN: $(grep -v ' info: ' "$tmp/nopin/log" | tail -3)"

# ---- the lock on the PIN pad survives a restart --------------------------------------
setup lock
cat >"$tmp/lock/a.txt" <<'EOF'
hold "staff-entry" 3000
type 1111
tap "Avaa"
type 1111
tap "Avaa"
type 1111
tap "Avaa"
type 1111
tap "Avaa"
type 1111
tap "Avaa"
expect "Odota 0:30"
EOF
cat >"$tmp/lock/b.txt" <<'EOF'
hold "staff-entry" 3000
expect "Odota 0:"
expect-screen staff-pin
EOF
replay lock "$tmp/lock/a.txt" && ok "lock: five wrong PINs lock the pad" \
  || bad "lock a: $(grep -v ' info: ' "$tmp/lock/log" | tail -3)"
replay lock "$tmp/lock/b.txt" "2026-11-23 11:00" && ok "lock: still locked after a restart" \
  || bad "lock b: $(grep -v ' info: ' "$tmp/lock/log" | tail -3)"

# ---- staff's changes survive a restart and an import -----------------------------------
setup keep
cat >"$tmp/keep/a.txt" <<'EOF'
hold "staff-entry" 3000
type 2468
tap "Avaa"
tap "Myöhässä · Hanna Nieminen"
tap "+30 min"
tap "Tallenna"
tap "Lisää käynti"
tap "Vierailijan nimi"
type Minna Kettunen
tap "Valmis"
tap "Lisää"
tap "Ryhmät"
tap "Kokkauskurssi · ma 23.11. 17:00–19:00 · Keittiö"
tap "Peru kerta"
tap "Peru kerta"
tap "Poistu"
expect "tulee klo 12:30"
EOF
cat >"$tmp/keep/b.txt" <<'EOF'
expect "tulee klo 12:30"
expect "Minna Kettunen"
tap "Ryhmät"
tap "Kokkauskurssi"
expect "Peruttu"
EOF
replay keep "$tmp/keep/a.txt" && ok "keep: Hanna late, a walk-in, a cancelled session" \
  || bad "keep a: $(grep -v ' info: ' "$tmp/keep/log" | tail -3)"
replay keep "$tmp/keep/b.txt" && ok "keep: the changes are there after a restart" \
  || bad "keep b (restart): $(grep -v ' info: ' "$tmp/keep/log" | tail -3)"
if "$ovi" --data "$tmp/keep/data" --config "$tmp/keep/data/ovi.ini" import "$v3" \
    >"$tmp/keep/import.log" 2>&1; then
  ok "keep: ovi import of the newer demo"
else
  bad "keep: import: $(cat "$tmp/keep/import.log")"
fi
{ printf 'expect "Aino Korhonen-Uusi"\n'; cat "$tmp/keep/b.txt"; } >"$tmp/keep/b2.txt"
replay keep "$tmp/keep/b2.txt" && ok "keep: the changes are there after an import" \
  || bad "keep b (import): $(grep -v ' info: ' "$tmp/keep/log" | tail -3)"
check keep "select count(*) from overrides" 2
# They belong to their day: the next day is as planned.
printf 'expect-not "Minna Kettunen"\nexpect-not "tulee klo"\n' >"$tmp/keep/c.txt"
replay keep "$tmp/keep/c.txt" "2026-11-24 11:00" && ok "keep: the next day has none of them" \
  || bad "keep c: $(grep -v ' info: ' "$tmp/keep/log" | tail -3)"

# ---- the purge leaves no trace of a deleted question or nickname ------------------------
setup purge
cat >"$tmp/purge/a.txt" <<'EOF'
tap "Kysy mitä vain"
tap "Työ"
tap "Kysy nimettömänä"
type Zebrakysymys numero yksi
tap "Lähetä"
tap "Ryhmät"
tap "Kokkauskurssi"
tap "Ilmoittaudu"
type Mustikkapiirakka
tap "Ilmoittaudu"
expect "Olet mukana!"
tap "Tänään"
hold "staff-entry" 3000
type 2468
tap "Avaa"
tap "Kysymykset"
tap "Näytä kysymys"
tap "Piilota"
tap "Piilota"
tap "Ryhmät"
tap "Kokkauskurssi · ma 23.11. 17:00–19:00 · Keittiö"
tap "Näytä nimimerkit"
expect "Mustikkapiirakka"
tap "Poista · Mustikkapiirakka"
tap "Poista"
tap "Poistu"
EOF
replay purge "$tmp/purge/a.txt" && ok "purge: a question hidden, a sign-up removed" \
  || bad "purge a: $(grep -v ' info: ' "$tmp/purge/log" | tail -3)"
traces() { cat "$tmp/purge/data/ovi.db" "$tmp/purge/data/ovi.db-wal" 2>/dev/null | grep -c -a "$1"; }
[ "$(traces Zebrakysymys)" -gt 0 ] && ok "purge: the hidden question is kept until its time" \
  || bad "purge: the hidden question is already gone"
# The kiosk itself purges once a day while nobody uses it: a replay with the
# kiosk's housekeeping, half a year later, left alone for a moment; then the
# plug is pulled (no clean close that would tidy the WAL up).
printf 'wait 2000\nexpect-screen today\npower-cut\n' >"$tmp/purge/b.txt"
"$ovi" --data "$tmp/purge/data" --config "$tmp/purge/data/ovi.ini" --now "2027-06-01 12:00" \
  --replay "$tmp/purge/b.txt" --housekeeping >"$tmp/purge/run.log" 2>&1
rc=$?
[ "$rc" = 86 ] && ok "purge: the replay ran to its power cut" \
  || bad "purge: the housekeeping replay ended $rc: $(grep -v ' info: ' "$tmp/purge/run.log" | tail -3)"
grep -q "retention deleted 1 questions, 0 sign-ups" "$tmp/purge/run.log" \
  && ok "purge: the kiosk's daily retention ran" \
  || bad "purge: no retention in $(tail -3 "$tmp/purge/run.log")"
for word in Zebrakysymys Mustikkapiirakka; do
  n=$(traces "$word")
  [ "$n" = 0 ] && ok "purge: no '$word' in ovi.db or ovi.db-wal" \
    || bad "purge: '$word' is still in ovi.db or its WAL ($n)"
done

# ---- the staff screens in ovi screenshot ---------------------------------------------------
"$ovi" screenshot --list >"$tmp/list" 2>&1
n=$(grep -c '^staff-' "$tmp/list")
[ "$n" = 13 ] && ok "screenshot --list names 13 staff screens" || bad "--list: $n staff screens"
if "$ovi" --data "$tmp/shots" screenshot --screen staff-today --out "$tmp/staff-today.png" \
    --now "$now" 2>"$tmp/err" && [ "$(head -c 4 "$tmp/staff-today.png" | tail -c 3)" = PNG ]; then
  ok "screenshot --screen staff-today renders a PNG"
else
  bad "screenshot staff-today: $(cat "$tmp/err")"
fi
mkdir -p "$tmp/shots-sv"
for s in $(grep '^staff-' "$tmp/list"); do
  "$ovi" --data "$tmp/shots" screenshot --screen "$s" --out "$tmp/shots-sv/$s.png" --lang sv \
    --size 800x480 --now "$now" 2>"$tmp/err" || bad "screenshot $s (sv, 800x480): $(cat "$tmp/err")"
done
n=$(ls "$tmp/shots-sv" | wc -l)
[ "$n" = 13 ] && ok "every staff screen renders in Swedish at 800x480" \
  || bad "staff screens in sv: $n of 13"
# Screenshots show sample rows but write nothing.
n=$(sqlite3 "$tmp/shots/ovi.db" "select count(*) from queue" 2>&1)
[ "$n" = 0 ] && ok "screenshots wrote nothing (queue empty)" || bad "screenshots wrote: $n"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
