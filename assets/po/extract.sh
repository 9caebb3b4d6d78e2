#!/usr/bin/env bash
# Extracts the messages marked for translation into a template (default
# assets/po/ovi.pot): TR(lang, "..."), and the format of sheet_error() and
# cell_error() (src/bundle/sheet.c translates those itself).
# Usage: bash assets/po/extract.sh [OUT.pot]   (from the project's root)
set -eu
out=${1:-assets/po/ovi.pot}
xgettext --from-code=UTF-8 -C --keyword= --keyword=TR:2 --keyword=sheet_error:5 \
  --keyword=cell_error:5 --keyword=fail_at:4 --keyword=fail_field:2 --keyword=text_fail:9 --no-wrap --no-location --package-name=ovi -o "$out" \
  src/bundle/*.c src/sync/*.c src/app/*.c src/report/*.c
