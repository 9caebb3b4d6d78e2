/*
 * content: a site's content as plain structs, exactly as one bundle says it.
 *
 * bundle_load() fills one from a verified, staged bundle; model_apply_content()
 * writes one to the database in a single transaction. Nothing here knows about
 * CSV or SQLite. All strings are valid UTF-8 and live in the content's arena:
 * they die with content_free().
 *
 * Display text is multilingual: a tr_t holds one text per language. Lookups
 * fall back to the site's default language (content_tr_get()).
 */
#ifndef OVI_MODEL_CONTENT_H
#define OVI_MODEL_CONTENT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/mem.h"

#define LANG_MAX 16 /* languages a bundle may declare */
#define ID_MAX	 40 /* longest id */

typedef struct tr_entry {
	char lang[8]; /* "fi", "sv", "en", "uk", ... */
	const char *text;
} tr_entry_t;

/* A multilingual text: n entries, in the bundle's language order. */
typedef struct tr {
	tr_entry_t *v;
	int n;
} tr_t;

/* The text in lang, else in def, else the first one, else "". Borrowed. */
const char *content_tr_get(const tr_t *t, const char *lang, const char *def);
/* The text in exactly lang, or NULL. */
const char *content_tr_exact(const tr_t *t, const char *lang);

/* The colour wheel areas (topics, groups, service sectors). */
typedef enum {
	WHEEL_NONE = 0,
	WHEEL_WORK,
	WHEEL_MONEY,
	WHEEL_FREETIME,
	WHEEL_STUDIES,
	WHEEL_WELLBEING,
	WHEEL_HOUSING,
	WHEEL_COUNT
} wheel_t;
/* "work" ... "housing" <-> wheel_t; content_wheel_parse returns -1 for unknown. */
int content_wheel_parse(const char *s);
const char *content_wheel_name(wheel_t w);
/*
 * The area's name as people read it, for sector chips and for the services
 * search ("raha" finds the money sector's services), in fi, sv or en (other
 * languages get English); "" for WHEEL_NONE. Header-only so that the UI,
 * which sees the model's headers but not its library, shares this one copy.
 */
static inline const char *wheel_title(wheel_t w, const char *lang)
{
	static const char *const titles[3][WHEEL_COUNT] = {
		{"", "Työ", "Raha", "Vapaa-aika", "Opiskelu", "Hyvinvointi",
		 "Asuminen ja ihmissuhteet"},
		{"", "Arbete", "Pengar", "Fritid", "Studier", "Välmående", "Boende och relationer"},
		{"", "Work", "Money", "Free time", "Studies", "Wellbeing",
		 "Housing and relationships"},
	};
	int l = lang && lang[0] == 'f' && lang[1] == 'i' && !lang[2]   ? 0
		: lang && lang[0] == 's' && lang[1] == 'v' && !lang[2] ? 1
								       : 2;
	return (int)w > 0 && w < WHEEL_COUNT ? titles[l][w] : "";
}

typedef enum {
	EXC_CLOSED = 1, /* the whole site is closed that day */
	EXC_HOURS,	/* changed opening hours */
	EXC_AWAY,	/* a person does not come (whole day or start..end) */
	EXC_EXTRA	/* a person comes on an extra day/time */
} exc_kind_t;

typedef struct site_info {
	tr_t name, address, welcome;
	tr_t desk;	  /* where a called number goes, e.g. "Infopiste aulassa" */
	const char *logo; /* path inside the bundle, or NULL */
} site_info_t;

typedef struct hours_row {
	int weekday;	 /* 1..7 */
	int open, close; /* minutes */
} hours_row_t;

typedef struct org_row {
	const char *id;
	tr_t name;
	const char *logo, *web, *phone; /* NULL when empty */
} org_row_t;

typedef struct person_row {
	const char *id;
	const char *name;
	const char *org; /* organisation id */
	tr_t role;
	const char *photo;     /* NULL when none */
	const char *languages; /* space-separated codes, "" when none */
	const char *topics;    /* space-separated topic ids, "" when none */
} person_row_t;

typedef struct roster_row {
	int weekday;
	int start, end;
	const char *person;
	tr_t room;
} roster_row_t;

typedef struct exception_row {
	int day; /* day number */
	exc_kind_t kind;
	const char *person; /* NULL for closed/hours */
	int start, end;	    /* -1 when not given */
	tr_t room, note;
} exception_row_t;

typedef struct topic_row {
	const char *id;
	tr_t title, text;
	wheel_t colour;
	const char *icon;
} topic_row_t;

typedef struct help_row {
	const char *id;
	tr_t name, hours, text;
	const char *phone, *web;
	bool crisis;
} help_row_t;

typedef struct group_row {
	const char *id;
	tr_t title, text;
	wheel_t colour;
} group_row_t;

typedef struct session_row {
	const char *id;
	const char *group;
	int day, start, end;
	tr_t place;
	int capacity;
} session_row_t;

typedef struct service_row {
	const char *id;
	const char *org; /* NULL when not a visiting organisation */
	tr_t name, point1, point2, point3, keywords;
	wheel_t sector;
	const char *phone, *web, *email;
} service_row_t;

typedef enum { WORD_CRISIS = 1, WORD_BLOCKED } word_kind_t;
typedef struct word_row {
	word_kind_t kind;
	const char *lang; /* NULL for every language */
	const char *word; /* lowercased */
} word_row_t;

/* ui_texts.csv: the site's own word for one of the frame's (a language the
 * catalogues lack, or a word put better); core/tr.h tr_site_set(). */
typedef struct ui_text_row {
	const char *key;  /* a frame word's key: "T_TODAY" */
	const char *lang; /* "ti", "fi" */
	const char *text;
} ui_text_row_t;

/* What the manifest says about the bundle. */
typedef struct bundle_meta {
	int format;
	char site[ID_MAX + 1];
	int64_t serial;
	int64_t created; /* wall seconds */
	char languages[LANG_MAX][8];
	int nlang;
	char default_lang[8];
} bundle_meta_t;

typedef struct content {
	arena_t *arena;
	bundle_meta_t meta;
	site_info_t site;
	hours_row_t *hours;
	int nhours;
	org_row_t *orgs;
	int norgs;
	person_row_t *people;
	int npeople;
	roster_row_t *roster;
	int nroster;
	exception_row_t *exceptions;
	int nexceptions;
	topic_row_t *topics;
	int ntopics;
	help_row_t *help;
	int nhelp;
	group_row_t *groups;
	int ngroups;
	session_row_t *sessions;
	int nsessions;
	service_row_t *services;
	int nservices;
	word_row_t *words;
	int nwords;
	ui_text_row_t *ui_texts;
	int nui_texts;
} content_t;

/* An empty content with its own arena; NULL when out of memory. */
content_t *content_new(void);
void content_free(content_t *c); /* accepts NULL */

#endif
