#!/usr/bin/env bash
# The message catalogues (assets/po) against the source: every message
# marked for translation (TR(), err_set() and its kin, sheet_error()...) is in ovi.pot,
# and fi.po and sv.po translate every one of them; nothing stale is left.
# (A translation whose printf conversions differ fails the build itself:
# assets/po/po2c.py.)
# Usage: test_core_catalogue.sh OVI SOURCE_DIR TMP
set -u
src=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
if ! command -v xgettext >/dev/null; then
  bad "xgettext is missing (apt-get install gettext; kiosk/dev/deps.sh --test)"
  echo "$pass passed, $fail failed"; exit 1
fi
cd "$src" || exit 1
bash assets/po/extract.sh "$tmp/ovi.pot" || bad "extract.sh failed"
ids() { # the msgids of a .po/.pot, one per line (joined continuation lines)
  python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
q = lambda g: "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', g or ""))
for m in re.finditer(r'^(?:msgctxt ((?:".*"\n?)+))?msgid ((?:".*"\n?)+)(?:msgid_plural ((?:".*"\n?)+))?((?:msgstr(?:\[\d\])? (?:".*"\n?)+)+)', t, re.M):
    c, i, p = q(m.group(1)), q(m.group(2)), q(m.group(3))
    # Every form translated (a plural entry has one msgstr[n] per form).
    forms = re.findall(r'msgstr(?:\[\d\])? ((?:".*"\n?)+)', m.group(4))
    s = all(q(f) for f in forms) and forms
    if i:  # a frame word is its key and its English: "T_TODAY|Today"
        print((c + "|" if c else "") + i + ("|" + p if p else "") + "\t" + ("y" if s else "n"))
PY
}
ids "$tmp/ovi.pot" | cut -f1 | sort >"$tmp/source"
ids assets/po/ovi.pot | cut -f1 | sort >"$tmp/pot"
n=$(wc -l <"$tmp/source")
[ "$n" -ge 80 ] && ok "$n messages marked in the source" || bad "only $n messages marked"
if cmp -s "$tmp/source" "$tmp/pot"; then ok "assets/po/ovi.pot is up to date"; else
  bad "assets/po/ovi.pot is out of date (bash assets/po/extract.sh): $(diff "$tmp/pot" "$tmp/source" | head -5)"; fi
# A format glued from a macro (NAME ": ...") is extracted without the macro's
# part, so its translation is never found at run time.
glued=$(grep -nE '(err_set|err_prefix|errlist_add|reject|sync_result_set|stick_fail)\([^"]*[A-Z_]{3,} "' \
  src/core/*.c src/ui/*.c src/model/*.c src/bundle/*.c src/sync/*.c src/app/*.c src/cli/*.c src/report/*.c | grep -v PRI)
[ -z "$glued" ] && ok "no message format is glued from a macro" || bad "formats glued from a macro: $glued"
for lang in fi sv; do
  ids "assets/po/$lang.po" | awk -F'\t' '$2 == "y" {print $1}' | sort >"$tmp/$lang"
  missing=$(comm -23 "$tmp/source" "$tmp/$lang")
  stale=$(comm -13 "$tmp/source" "$tmp/$lang")
  [ -z "$missing" ] && ok "$lang.po translates every message" || bad "$lang.po lacks: $(echo "$missing" | head -3)"
  [ -z "$stale" ] && ok "$lang.po has nothing stale" || bad "$lang.po has stale: $(echo "$stale" | head -3)"
  # Finnish and Swedish are reviewed: nothing in them is a draft.
  fuzzy=$(grep -c '^#, .*fuzzy' "assets/po/$lang.po")
  [ "$fuzzy" = 0 ] && ok "$lang.po has no unreviewed (fuzzy) entry" || bad "$lang.po has $fuzzy fuzzy entries"
  command -v msgfmt >/dev/null && { msgfmt --check-format -o /dev/null "assets/po/$lang.po" 2>"$tmp/err" && ok "msgfmt accepts $lang.po" || bad "msgfmt: $(cat "$tmp/err")"; }
done
# Every other catalogue: in step with the source (nothing stale), and either
# complete or saying that it is a machine-made draft (its header), which
# ovi check then reports as unreviewed.
for po in assets/po/*.po; do
  lang=$(basename "$po" .po)
  case $lang in fi | sv) continue ;; esac
  ids "$po" | cut -f1 | sort >"$tmp/$lang.all"
  stale=$(comm -13 "$tmp/source" "$tmp/$lang.all")
  [ -z "$stale" ] && ok "$lang.po has nothing stale" || bad "$lang.po has stale: $(echo "$stale" | head -3)"
  ids "$po" | awk -F'\t' '$2 == "y" {print $1}' | sort >"$tmp/$lang"
  if grep -q '^"X-Ovi-Draft: machine' "$po"; then ok "$lang.po says it is a draft"
  elif [ -z "$(comm -23 "$tmp/source" "$tmp/$lang")" ]; then ok "$lang.po is complete"
  else bad "$lang.po is neither complete nor marked X-Ovi-Draft: machine"; fi
  n=$(grep -c '^msgctxt' "$po")
  [ "$n" -gt 100 ] && ok "$lang.po has the frame's words ($n)" || bad "$lang.po has only $n frame words"
  command -v msgfmt >/dev/null && { msgfmt --check-format -o /dev/null "$po" 2>"$tmp/err" && ok "msgfmt accepts $lang.po" || bad "msgfmt: $(cat "$tmp/err")"; }
done
# po2c.py refuses a translation whose printf conversions differ (it would
# crash the printf), also when the translator marks it no-c-format; a help
# text the source marks xgettext:no-c-format ("25 % larger") is text.
cat >"$tmp/t.pot" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#, c-format
msgid "%d places left"
msgstr ""

#, no-c-format
msgid "text 25 % larger"
msgstr ""
PO
po() { # LANG.po with the given translations of the two messages
  printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n%bmsgid "%%d places left"\nmsgstr "%s"\n\n#, no-c-format\nmsgid "text 25 %% larger"\nmsgstr "%s"\n' "$1" "$2" "$3" >"$tmp/fi.po"
}
gen() { python3 assets/po/po2c.py "$tmp/t.c" "$tmp/t.pot" "$tmp/fi.po" >"$tmp/gen.out" 2>&1; }
po "" "%d paikkaa jäljellä" "teksti 25 % suurempana"
gen && ok "po2c.py takes a no-c-format help text with \"25 %\" in it" || bad "po2c.py: $(cat "$tmp/gen.out")"
po "" "%s paikkaa" "teksti 25 % suurempana"
! gen && grep -q "conversions differ" "$tmp/gen.out" && ok "po2c.py refuses %d turned into %s" || bad "po2c.py took %d -> %s"
po "#, no-c-format\n" "%s paikkaa" "teksti"
! gen && ok "a translator's own no-c-format mark does not let %d -> %s through" || bad "a translator's no-c-format let %s through"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
