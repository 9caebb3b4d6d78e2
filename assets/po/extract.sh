#!/usr/bin/env bash
# Extracts the messages marked for translation into a template (default
# assets/po/ovi.pot): TR(lang, "..."); the frame's words, NC_("KEY", "..."),
# with their key as the context; every error's format (err_set(),
# err_prefix(), errlist_add(): core/err.c says them in the thread's message
# language); and the formats of the helpers that translate their own
# (sheet_error(), cell_error(), fail_at(), fail_field(), text_fail(),
# reject(), sync_result_set(), stick_fail()).
# Usage: bash assets/po/extract.sh [OUT.pot]   (from the project's root)
set -eu
out=${1:-assets/po/ovi.pot}
xgettext --from-code=UTF-8 -C --keyword= --keyword=TR:2 --keyword=NC_:1c,2 --keyword=NCP_:1c,2,3 --keyword=N_ --keyword=sheet_error:5 \
  --keyword=cell_error:5 --keyword=fail_at:4 --keyword=fail_field:2 --keyword=text_fail:9 \
  --keyword=err_set:2 --keyword=err_prefix:2 --keyword=errlist_add:2 --keyword=reject:2 \
  --keyword=sync_result_set:3 --keyword=stick_fail:3 --add-comments=TRANSLATORS: --no-wrap --no-location --package-name=ovi -o "$out" \
  src/core/*.c src/ui/*.c src/model/*.c src/bundle/*.c src/sync/*.c src/app/*.c src/cli/*.c src/report/*.c \
  src/youth/*.c src/staff/*.c
