#!/usr/bin/env bash
# ovi staff-pin: add (PIN from stdin), list, label, remove; exit codes; the
# PIN is stored only as an Argon2id hash; the staff log records each change.
# Usage: test_app_staff_cli.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
export OVI_DATA="$tmp/data" HOME="$tmp/home" XDG_DATA_HOME=
unset OVI_CONFIG
db="$OVI_DATA/ovi.db"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# expect CODE NAME INPUT -- CMD...: runs CMD with INPUT on stdin.
expect() {
  local want=$1 name=$2 input=$3; shift 4
  printf '%s' "$input" | "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  out=$(cat "$tmp/out") err=$(cat "$tmp/err")
  if [ "$got" = "$want" ]; then ok "$name"; else bad "$name (exit $got, wanted $want): $err"; fi
}
has() { # has NAME TEXT HAYSTACK
  case "$3" in *"$2"*) ok "$1" ;; *) bad "$1: no '$2' in: $3" ;; esac
}

expect 0 "help" "" -- "$ovi" staff-pin --help
has "help says Usage" "Usage: ovi staff-pin add LABEL" "$out"
expect 2 "no subcommand" "" -- "$ovi" staff-pin
expect 2 "unknown subcommand" "" -- "$ovi" staff-pin frob
expect 0 "list before anything" "" -- "$ovi" staff-pin list
has "list says none" "No staff PINs" "$out"
[ ! -e "$db" ] && ok "list created no database" || bad "list created a database"

expect 0 "add" $'4711\n' -- "$ovi" staff-pin add Aino
has "add names the id" "Added PIN 1" "$out"
expect 0 "add without a line end, 8 digits" "98765432" -- "$ovi" staff-pin add "Ilta vuoro"
expect 0 "add with CRLF" $'2468\r\n' -- "$ovi" staff-pin add Bertil
expect 2 "same PIN again" $'4711\n' -- "$ovi" staff-pin add Toinen
has "same PIN is named" "already in use" "$err"
expect 2 "too short" $'123\n' -- "$ovi" staff-pin add X
expect 2 "too long" $'123456789\n' -- "$ovi" staff-pin add X
expect 2 "not digits" $'12a4\n' -- "$ovi" staff-pin add X
expect 2 "no PIN" "" -- "$ovi" staff-pin add X
expect 2 "empty label" $'1357\n' -- "$ovi" staff-pin add "  "
expect 2 "label too long" $'1357\n' -- "$ovi" staff-pin add \
  "a label that is much longer than forty characters"

expect 0 "list" "" -- "$ovi" staff-pin list
has "list shows Aino" $'1\t' "$out"
has "list shows the shift" "Ilta vuoro" "$out"
case "$out" in *argon2*) bad "list shows no hash" ;; *) ok "list shows no hash" ;; esac
[ "$(sqlite3 "$db" "select count(*) from staff_pins")" = 3 ] && ok "3 PINs" || bad "3 PINs"
[ "$(sqlite3 "$db" "select count(*) from staff_pins where hash like '\$argon2id\$%'")" = 3 ] \
  && ok "stored as Argon2id" || bad "stored as Argon2id"
grep -a -q 4711 "$db" "$db-wal" 2>/dev/null && bad "PIN in the database file" \
  || ok "PIN not in the database file"

expect 0 "label" "" -- "$ovi" staff-pin label 1 "Aino K"
expect 1 "label an unknown id" "" -- "$ovi" staff-pin label 99 X
expect 2 "label a bad id" "" -- "$ovi" staff-pin label x1 X
expect 0 "remove" "" -- "$ovi" staff-pin remove 2
expect 1 "remove again" "" -- "$ovi" staff-pin remove 2
has "remove names the id" "no PIN with id 2" "$err"
expect 2 "remove a bad id" "" -- "$ovi" staff-pin remove -3
expect 0 "list after" "" -- "$ovi" staff-pin list
has "renamed" "Aino K" "$out"
case "$out" in *"Ilta vuoro"*) bad "removed one gone" ;; *) ok "removed one gone" ;; esac
log=$(sqlite3 "$db" "select action from staff_log order by id" | tr '\n' ' ')
[ "$log" = "pin_add pin_add pin_add pin_label pin_remove " ] && ok "staff log" \
  || bad "staff log: $log"

# A hash made elsewhere (for a site pack's pins.txt): nothing is stored by
# `hash`; `add-hash` stores it, and it is the PIN it was made from (adding
# that PIN again is refused as already in use).
n0=$(sqlite3 "$db" "select count(*) from staff_pins")
expect 0 "hash" $'5791\n' -- "$ovi" staff-pin hash
h=$out
has "hash is Argon2id" '$argon2id$' "$h"
[ "$(sqlite3 "$db" "select count(*) from staff_pins")" = "$n0" ] && ok "hash stored nothing" || bad "hash stored a PIN"
expect 2 "hash of a non-PIN" $'57a1\n' -- "$ovi" staff-pin hash
expect 0 "add-hash" "$h" -- "$ovi" staff-pin add-hash Hashed
has "add-hash names the id" "Added PIN" "$out"
expect 2 "the hashed PIN is the PIN" $'5791\n' -- "$ovi" staff-pin add Again
has "the hashed PIN is in use" "already in use (Hashed)" "$err"
expect 2 "add-hash refuses a plain PIN" $'1234\n' -- "$ovi" staff-pin add-hash Plain
has "add-hash says how to make one" "ovi staff-pin hash" "$err"
expect 2 "add-hash refuses a broken hash" '$argon2id$with space' -- "$ovi" staff-pin add-hash Broken

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
