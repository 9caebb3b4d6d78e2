#!/usr/bin/env bash
# The walls between the layers (../shared/STYLE.md) hold in the compiler:
# each layer's sources see only build/walls/<layer>/ (CMakeLists.txt's
# ovi_wall()), so an include across a wall does not compile. Each probe is
# compiled as a file of that layer would be; the ones that reach across must
# fail with the wall's message or "No such file", the allowed ones must pass
# (so that a broken probe cannot pass by failing for another reason).
# Usage: test_build_walls.sh OVI SOURCE_DIR TMP
set -u
ovi=$1 src=$2 tmp=$3
build=$(dirname "$ovi")
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
[ -x "$cc" ] || cc=cc
if [ ! -d "$build/walls/ovi_youth" ]; then
  echo "skip: built without the screens (no build/walls/ovi_youth)"; echo "0 passed, 0 failed"; exit 0
fi

probe() { # LAYER INCLUDE allowed|refused
  local layer=$1 inc=$2 want=$3
  printf '#include %s\nint probe;\n' "$inc" >"$tmp/p.c"
  if "$cc" -std=c11 -fsyntax-only -I "$build/walls/ovi_$layer" "$tmp/p.c" 2>"$tmp/err"; then
    [ "$want" = allowed ] && ok "$layer may include $inc" || bad "$layer includes $inc and it compiles"
  else
    if [ "$want" = refused ] && grep -q "may not include\|No such file" "$tmp/err"; then
      ok "$layer may not include $inc: $(grep -o 'may not include.*\|No such file.*' "$tmp/err" | head -1)"
    elif [ "$want" = refused ]; then
      bad "$layer: $inc failed for another reason: $(head -3 "$tmp/err")"
    else
      bad "$layer may include $inc but it does not compile: $(head -3 "$tmp/err")"
    fi
  fi
}

# The toolkit: itself and core, nothing of the model, no database or window.
probe ui '"ui/widgets.h"' allowed
probe ui '"core/err.h"' allowed
probe ui '"model/views.h"' refused
probe ui '"youth/kiosk.h"' refused
probe ui '<sqlite3.h>' refused
probe ui '<SDL2/SDL.h>' refused
# The youth and staff screens: the toolkit and the model's plain structs;
# not the model's functions, the bundle, the database, each other.
for layer in youth staff; do
  probe $layer '"ui/ui.h"' allowed
  probe $layer '"model/views.h"' allowed
  probe $layer '"model/staff_views.h"' allowed
  probe $layer '"model/model.h"' refused
  probe $layer '"model/mdb.h"' refused
  probe $layer '"bundle/import.h"' refused
  probe $layer '"platform/plat.h"' refused
  probe $layer '<sqlite3.h>' refused
  probe $layer '<SDL.h>' refused
  probe $layer '<curl/curl.h>' refused
done
probe youth '"youth/kiosk.h"' allowed
probe youth '"staff/staff.h"' refused
probe staff '"staff/staff.h"' allowed
probe staff '"youth/kiosk.h"' refused
# The platform draws the toolkit's lists: no model, no screens.
probe platform '"ui/draw.h"' allowed
probe platform '"model/views.h"' refused
probe platform '"youth/kiosk.h"' refused
probe platform '<sqlite3.h>' refused
# Below: the model knows no bundle, the bundle no sync.
probe model '"model/mdb.h"' allowed
probe model '"bundle/import.h"' refused
probe bundle '"model/model.h"' allowed
probe bundle '"sync/sync.h"' refused
probe bundle '"ui/ui.h"' refused
probe core '"model/model.h"' refused


# Inside the app: the youth and staff runtimes sit on kapp_base.h and never
# call each other; only the shell (kapp.c, app/kapp.h) knows both. A call
# across does not compile (no declaration: -Werror=implicit-function-declaration),
# and no runtime file includes the shell's or the other side's header.
call() { # HEADER CALL allowed|refused
  local inc=$1 fn=$2 want=$3
  printf '#include "%s"\nvoid probe(kapp_t *a);\nvoid probe(kapp_t *a) { %s; }\n' "$inc" "$fn" >"$tmp/c.c"
  if "$cc" -std=c11 -fsyntax-only -Werror=implicit-function-declaration \
    -I "$build/walls/ovi_app" "$tmp/c.c" 2>"$tmp/err"; then
    [ "$want" = allowed ] && ok "$inc may call $fn" || bad "$inc calls $fn and it compiles"
  elif [ "$want" = refused ] && grep -q "implicit declaration" "$tmp/err"; then
    ok "$inc may not call $fn"
  else
    bad "$inc calling $fn: $(head -3 "$tmp/err")"
  fi
}
call app/kapp_youth.h 'kapp_youth_reset(a)' allowed
call app/kapp_youth.h 'kapp_frame_present(a, "kiosk")' allowed
call app/kapp_youth.h 'kapp_staff_leave(a, 0)' refused
call app/kapp_youth.h 'kapp_house_start(a)' refused
call app/kapp_staff.h 'kapp_staff_leave(a, 0)' allowed
call app/kapp_staff.h 'kapp_youth_reset(a)' refused
call app/kapp_staff.h 'kapp_tick(a)' refused
for f in "$src"/src/app/kapp_youth*.c "$src"/src/app/kapp_staff*.c "$src"/src/app/kapp_frame.c; do
  name=$(basename "$f")
  case $name in
    kapp_youth*) other='app/kapp_staff.h' ;;
    kapp_staff*) other='app/kapp_youth.h' ;;
    *) other='app/kapp_youth.h\|app/kapp_staff.h' ;;
  esac
  if grep -q "#include \"\(app/kapp.h\|$other\)\"" "$f"; then
    bad "$name includes the shell's or the other side's header"
  else
    ok "$name includes neither app/kapp.h nor the other side's header"
  fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
