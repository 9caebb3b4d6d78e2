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
	bool draft;		  /* machine-made, not yet reviewed (a fuzzy entry of a draft
				     catalogue: its header says X-Ovi-Draft: machine) */
	const char *const *forms; /* a plural entry's forms (msgstr[i]), or NULL */
	int nforms;
} tr_msg_t;

typedef struct tr_table {
	const char *lang;
	const tr_msg_t *e;
	size_t n;
	bool draft;				  /* the catalogue is a machine-made draft */
	unsigned long (*plural)(unsigned long n); /* its Plural-Forms: n -> form */
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
	const char *plural; /* NCP_: the English for more than one, else NULL */
} tr_key_t;
/* A word that changes with a number ("%d places left") has plural forms,
 * as many as its language has (Northern Sámi three: one, two, more):
 * NCP_("T_PLACES_LEFT", "%d place left", "%d places left"), read with
 * tr_key_n(). */
/* clang-format off */
#define NC_(ctx, id) {(ctx), (id), NULL}
#define NCP_(ctx, id, plural) {(ctx), (id), (plural)}
/* clang-format on */

/* Whether lang's catalogue translates (ctx, msgid): the completeness test. */
bool tr_has(const char *lang, const char *ctx, const char *msgid);
/* A frame word in lang, "" for an empty key. Each word on its own, the
 * first that has it: the site's texts in lang (tr_site_set()), lang's
 * catalogue, the site's texts in its default language, that language's
 * catalogue, English (the msgid). */
const char *tr_key(const char *lang, const tr_key_t *k);
/* The form of a plural word for the number n, by the same way as
 * tr_key() (a site's text is one form for every number); tr_key() gives
 * the form for 2. */
const char *tr_key_n(const char *lang, const tr_key_t *k, long n);

/* Every frame word's key and English, sorted by key (generated from
 * assets/po/ovi.pot): what a site's ui_texts.csv may name. */
extern const tr_key_t tr_frame_keys[];
extern const size_t tr_frame_nkeys;
/* The frame word with key ctx ("T_TODAY"), NULL when there is none. */
const tr_key_t *tr_frame_key(const char *ctx);
/* Whether text keeps the printf conversions of english: the same ones in
 * the same order, or all numbered (%2$s %1$d) as one each. A text that
 * does not would crash the printf that formats it. */
bool tr_same_conversions(const char *english, const char *text);

/* A site's own frame words (its bundle's ui_texts.csv): a language the
 * catalogues lack, or single words put better. */
typedef struct tr_site_text {
	const char *key, *lang, *text;
} tr_site_text_t;
/* Replaces the site's words with t[0..n) (copied) and its default language
 * (the fallback before English; NULL: none); tr_site_set(NULL, NULL, 0)
 * forgets them. A text once given stays in memory for the process's life,
 * so a word already handed out stays valid while another thread installs
 * new ones; only new texts take memory. OVI_OK or OVI_ENOMEM (the old
 * words stay). */
int tr_site_set(const char *default_lang, const tr_site_text_t *t, size_t n);
/* Whether the frame speaks lang: English, a language with a catalogue (a
 * draft too) or one the site gives words in. */
bool tr_speaks(const char *lang);
/* The site's word for key in lang, NULL when it has none. */
const char *tr_site_get(const char *key, const char *lang);
/* Whether lang's catalogue is a machine-made draft, and whether its word
 * (ctx, msgid) is one no one has reviewed yet. */
bool tr_draft(const char *lang);
bool tr_unreviewed(const char *lang, const char *ctx, const char *msgid);

/* Marks a string for the catalogues where it is not translated at once (a
 * help text kept in a variable): tr(lang, it) translates it later. */
#define N_(s) s

/* The reader's language for the command line: "fi" or "sv" when $LANGUAGE,
 * $LC_ALL, $LC_MESSAGES or $LANG starts so, else "en". */
const char *tr_env_lang(void);

#endif
