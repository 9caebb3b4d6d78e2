/*
 * tr: Ovi's messages in the reader's language, from the catalogues in
 * assets/po (gettext .po files, one per language; assets/po/README.md says
 * how to add or fix one). The build turns them into sorted tables
 * (po2c.py), so nothing depends on the C library's locales, which a kiosk
 * does not have, and one process can speak Finnish on the stick's report and
 * English on its log at the same time.
 *
 * A message is marked with TR(lang, "English text %s") where it is
 * formatted; xgettext --keyword=TR:2 extracts it (assets/po/ovi.pot). A
 * translation keeps its msgid's printf conversions (the build checks), and
 * may reorder them with %1$s.
 */
#ifndef OVI_CORE_TR_H
#define OVI_CORE_TR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct tr_msg {
	const char *id, *text;
} tr_msg_t;

typedef struct tr_table {
	const char *lang;
	const tr_msg_t *e;
	size_t n;
} tr_table_t;

extern const tr_table_t tr_tables[]; /* generated; ends with a NULL lang */

/* msgid in lang ("fi", "sv", "en"...); msgid itself (English) when the
 * catalogue of lang has no translation of it. lang may be NULL. */
const char *tr(const char *lang, const char *msgid);
#define TR(lang, msgid) tr((lang), (msgid))

/* The frame's words (buttons, headings, notes) are tables of keys: an
 * enum's name as the context (msgctxt) and the English text as msgid,
 * marked NC_("T_TODAY", "Today") so that xgettext finds both. */
typedef struct tr_key {
	const char *ctx, *id;
} tr_key_t;
/* clang-format off */
#define NC_(ctx, id) {(ctx), (id)}
/* clang-format on */

/* msgid with context ctx (NULL: none) in lang; msgid when lang's catalogue
 * has no translation. */
const char *tr_ctx(const char *lang, const char *ctx, const char *msgid);
/* Whether lang's catalogue translates (ctx, msgid): the completeness test. */
bool tr_has(const char *lang, const char *ctx, const char *msgid);
/* A frame word: tr_ctx(lang, k->ctx, k->id), "" for an empty key. */
const char *tr_key(const char *lang, const tr_key_t *k);

/* The frame's own word tables (the screens' buttons, staff notes, the
 * report's headings) exist in three languages: which one serves lang.
 * Every other language reads English frame words (issue: catalogues for
 * all of them). The one place that decides it. */
typedef enum { TR_FRAME_FI = 0, TR_FRAME_SV = 1, TR_FRAME_EN = 2 } tr_frame_t;
tr_frame_t tr_frame(const char *lang);

/* The reader's language for the command line: "fi" or "sv" when $LANGUAGE,
 * $LC_ALL, $LC_MESSAGES or $LANG starts so, else "en". */
const char *tr_env_lang(void);

#endif
