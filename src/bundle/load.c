#include "bundle/load.h"

#include "core/imghdr.h"
#include "bundle/sheet.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"
#include "core/tr.h"
#include "core/utf8.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One field a line reads as the table it is. */
/* clang-format off */
#define FLD(T, name, type, req, member) {name, type, req, offsetof(T, member), NULL, 0}
#define FLDN(T, name, type, req, member, max) {name, type, req, offsetof(T, member), NULL, max}
#define FLDE(T, name, req, member, values) {name, F_ENUM, req, offsetof(T, member), values, 0}
#define END {NULL, 0, false, 0, NULL, 0}
/* clang-format on */

static const field_spec_t site_fields[] = {
	FLDN(site_info_t, "name", F_TR, true, name, 100),
	FLDN(site_info_t, "address", F_TR, false, address, 200),
	FLDN(site_info_t, "welcome", F_TR, false, welcome, 300),
	FLDN(site_info_t, "desk", F_TR, false, desk, 100),
	FLD(site_info_t, "logo", F_IMAGE, false, logo),
	END,
};
static const field_spec_t hours_fields[] = {
	FLD(hours_row_t, "weekday", F_WEEKDAY, true, weekday),
	FLD(hours_row_t, "open", F_TIME, true, open),
	FLD(hours_row_t, "close", F_TIME, true, close),
	END,
};
static const field_spec_t org_fields[] = {
	FLD(org_row_t, "id", F_ID, true, id),
	FLDN(org_row_t, "name", F_TR, true, name, 120),
	FLD(org_row_t, "logo", F_IMAGE, false, logo),
	FLDN(org_row_t, "web", F_STR, false, web, 200),
	FLDN(org_row_t, "phone", F_STR, false, phone, 40),
	END,
};
static const field_spec_t person_fields[] = {
	FLD(person_row_t, "id", F_ID, true, id),
	FLDN(person_row_t, "name", F_STR, true, name, 80),
	FLD(person_row_t, "organisation", F_ID, true, org),
	FLDN(person_row_t, "role", F_TR, false, role, 120),
	FLD(person_row_t, "photo", F_IMAGE, false, photo),
	FLDN(person_row_t, "languages", F_LIST, false, languages, 100),
	FLDN(person_row_t, "topics", F_LIST, false, topics, 500),
	END,
};
static const field_spec_t roster_fields[] = {
	FLD(roster_row_t, "weekday", F_WEEKDAY, true, weekday),
	FLD(roster_row_t, "start", F_TIME, true, start),
	FLD(roster_row_t, "end", F_TIME, true, end),
	FLD(roster_row_t, "person", F_ID, true, person),
	FLDN(roster_row_t, "room", F_TR, false, room, 60),
	END,
};
static const char *const exc_kinds[] = {"closed", "hours", "away", "extra", NULL};
static const field_spec_t exc_fields[] = {
	FLD(exception_row_t, "date", F_DATE, true, day),
	FLDE(exception_row_t, "kind", true, kind, exc_kinds),
	FLD(exception_row_t, "person", F_ID, false, person),
	FLD(exception_row_t, "start", F_TIME, false, start),
	FLD(exception_row_t, "end", F_TIME, false, end),
	FLDN(exception_row_t, "room", F_TR, false, room, 60),
	FLDN(exception_row_t, "note", F_TR, false, note, 200),
	END,
};
static const char *const icons[] = {"work", "study", "money", "home", "health", "mind", "heart",
				    "free", "food",  "law",   "star", "chat",	NULL};
static const field_spec_t topic_fields[] = {
	FLD(topic_row_t, "id", F_ID, true, id),
	FLDN(topic_row_t, "title", F_TR, true, title, 60),
	FLDN(topic_row_t, "text", F_TR, false, text, 600),
	FLD(topic_row_t, "colour", F_WHEEL, false, colour),
	FLDN(topic_row_t, "icon", F_STR, false, icon, 20),
	END,
};
static const field_spec_t help_fields[] = {
	FLD(help_row_t, "id", F_ID, true, id),
	FLDN(help_row_t, "name", F_TR, true, name, 80),
	FLDN(help_row_t, "phone", F_STR, false, phone, 40),
	FLDN(help_row_t, "web", F_STR, false, web, 200),
	FLDN(help_row_t, "hours", F_TR, false, hours, 100),
	FLDN(help_row_t, "text", F_TR, false, text, 300),
	FLD(help_row_t, "crisis", F_BOOL, false, crisis),
	END,
};
static const field_spec_t group_fields[] = {
	FLD(group_row_t, "id", F_ID, true, id),
	FLDN(group_row_t, "title", F_TR, true, title, 60),
	FLDN(group_row_t, "text", F_TR, false, text, 600),
	FLD(group_row_t, "colour", F_WHEEL, false, colour),
	END,
};
static const field_spec_t session_fields[] = {
	FLD(session_row_t, "id", F_ID, true, id),
	FLD(session_row_t, "group", F_ID, true, group),
	FLD(session_row_t, "date", F_DATE, true, day),
	FLD(session_row_t, "start", F_TIME, true, start),
	FLD(session_row_t, "end", F_TIME, true, end),
	FLDN(session_row_t, "place", F_TR, false, place, 80),
	FLD(session_row_t, "capacity", F_INT, true, capacity),
	END,
};
static const field_spec_t service_fields[] = {
	FLD(service_row_t, "id", F_ID, true, id),
	FLD(service_row_t, "organisation", F_ID, false, org),
	FLDN(service_row_t, "name", F_TR, true, name, 120),
	FLD(service_row_t, "sector", F_WHEEL, false, sector),
	FLDN(service_row_t, "point1", F_TR, false, point1, 160),
	FLDN(service_row_t, "point2", F_TR, false, point2, 160),
	FLDN(service_row_t, "point3", F_TR, false, point3, 160),
	FLDN(service_row_t, "phone", F_STR, false, phone, 40),
	FLDN(service_row_t, "web", F_STR, false, web, 200),
	FLDN(service_row_t, "email", F_STR, false, email, 200),
	FLDN(service_row_t, "keywords", F_TR, false, keywords, 400),
	END,
};
static const char *const word_kinds[] = {"crisis", "blocked", NULL};
static const field_spec_t word_fields[] = {
	FLDE(word_row_t, "kind", true, kind, word_kinds),
	FLDN(word_row_t, "lang", F_STR, false, lang, 3),
	FLDN(word_row_t, "word", F_STR, true, word, 60),
	END,
};

static const field_spec_t ui_text_fields[] = {
	FLDN(ui_text_row_t, "key", F_STR, true, key, 60),
	FLDN(ui_text_row_t, "language", F_STR, true, lang, 8),
	FLDN(ui_text_row_t, "text", F_STR, true, text, 600),
	END,
};

enum {
	S_SITE,
	S_HOURS,
	S_ORGS,
	S_PEOPLE,
	S_ROSTER,
	S_EXC,
	S_TOPICS,
	S_HELP,
	S_GROUPS,
	S_SESSIONS,
	S_SERVICES,
	S_WORDS,
	S_UI_TEXTS,
	S_COUNT
};

static const sheet_spec_t sheets[S_COUNT] = {
	{"site.csv", true, sizeof(site_info_t), site_fields},
	{"hours.csv", true, sizeof(hours_row_t), hours_fields},
	{"organisations.csv", true, sizeof(org_row_t), org_fields},
	{"people.csv", true, sizeof(person_row_t), person_fields},
	{"roster.csv", true, sizeof(roster_row_t), roster_fields},
	{"exceptions.csv", false, sizeof(exception_row_t), exc_fields},
	{"topics.csv", true, sizeof(topic_row_t), topic_fields},
	{"help.csv", false, sizeof(help_row_t), help_fields},
	{"groups.csv", false, sizeof(group_row_t), group_fields},
	{"sessions.csv", false, sizeof(session_row_t), session_fields},
	{"services.csv", false, sizeof(service_row_t), service_fields},
	{"words.csv", false, sizeof(word_row_t), word_fields},
	{"ui_texts.csv", false, sizeof(ui_text_row_t), ui_text_fields},
};

bool bundle_is_known_sheet(const char *name)
{
	for (int i = 0; i < S_COUNT; i++)
		if (!strcmp(sheets[i].file, name))
			return true;
	return false;
}

/* ---- ids and references ------------------------------------------------ */

typedef struct idx {
	const char **ids; /* sorted */
	int n;
	bool broken; /* the sheet could not be read: every reference passes */
} idx_t;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Builds the sorted id index of a sheet and reports duplicates. */
static void build_index(load_ctx_t *ctx, sheet_t *s, size_t id_off, idx_t *ix)
{
	ix->n = 0;
	ix->broken = s->broken;
	ix->ids = ovi_calloc((size_t)(s->nrows ? s->nrows : 1), sizeof *ix->ids);
	if (!ix->ids) {
		ctx->oom = true;
		return;
	}
	for (int r = 0; r < s->nrows; r++) {
		const char *id =
			*(const char **)((char *)s->rows + s->spec->row_size * (size_t)r + id_off);
		if (id)
			ix->ids[ix->n++] = id;
	}
	qsort(ix->ids, (size_t)ix->n, sizeof *ix->ids, cmp_str);
	for (int i = 1; i < ix->n; i++) {
		if (strcmp(ix->ids[i], ix->ids[i - 1]))
			continue;
		/* Find the second row with this id for the message. */
		int seen = 0;
		for (int r = 0; r < s->nrows; r++) {
			const char *id = *(const char **)((char *)s->rows +
							  s->spec->row_size * (size_t)r + id_off);
			if (id && !strcmp(id, ix->ids[i]) && ++seen == 2) {
				sheet_error(ctx, s, r, "id",
					    "the id '%s' is used twice in %s; ids "
					    "must be unique",
					    id, s->spec->file);
				break;
			}
		}
		while (i + 1 < ix->n && !strcmp(ix->ids[i + 1], ix->ids[i]))
			i++;
	}
}

static bool idx_has(const idx_t *ix, const char *id)
{
	if (ix->broken)
		return true;
	return id && bsearch(&id, ix->ids, (size_t)ix->n, sizeof *ix->ids, cmp_str) != NULL;
}

#define ROW(s, T, r) ((T *)(s)->rows + (r))

static void check_ref(load_ctx_t *ctx, sheet_t *s, int r, const char *field, const char *id,
		      const idx_t *ix, const char *target)
{
	if (id && !idx_has(ix, id))
		sheet_error(ctx, s, r, field, "'%s' is not an id in %s", id, target);
}

static void check_list_refs(load_ctx_t *ctx, sheet_t *s, int r, const char *field, const char *list,
			    const idx_t *ix, const char *target)
{
	char buf[1024];
	str_copy(buf, sizeof buf, list ? list : "");
	for (char *save, *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (!idx_has(ix, t))
			sheet_error(ctx, s, r, field, "'%s' is not an id in %s", t, target);
}

static void check_span(load_ctx_t *ctx, sheet_t *s, int r, int start, int end)
{
	if (start < 0 || end < 0)
		return;
	if (start == 24 * 60)
		sheet_error(ctx, s, r, "start", "a start time cannot be 24:00");
	else if (end <= start) {
		char a[6], b[6];
		fmt_hhmm(start, a);
		fmt_hhmm(end, b);
		sheet_error(ctx, s, r, "end", "ends at %s, which is not after its start %s", b, a);
	}
}

/* ---- images ------------------------------------------------------------ */

static bool is_image_name(const char *p)
{
	return str_ends_with(p, ".png") || str_ends_with(p, ".PNG") || str_ends_with(p, ".jpg") ||
	       str_ends_with(p, ".JPG") || str_ends_with(p, ".jpeg") || str_ends_with(p, ".JPEG");
}

static void check_image_file(load_ctx_t *ctx, const manifest_file_t *f)
{
	if (f->size > BUNDLE_MAX_IMAGE_BYTES) {
		errlist_add(ctx->errs, "%s: the picture is %lld KB; at most %lld MB", f->path,
			    (long long)(f->size / 1024), BUNDLE_MAX_IMAGE_BYTES / (1024 * 1024));
		return;
	}
	char path[4096], *data = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/%s", ctx->dir, f->path);
	int rc = fs_read_file(path, (size_t)BUNDLE_MAX_IMAGE_BYTES, &data, &len);
	if (rc < 0) {
		if (rc == OVI_ENOMEM)
			ctx->oom = true;
		else
			errlist_add(ctx->errs, "%s", err_last());
		return;
	}
	img_type_t type;
	int w, h;
	rc = imghdr_read(f->path, (const unsigned char *)data, len, &type, &w, &h);
	ovi_free(data);
	if (rc < 0) {
		errlist_add(ctx->errs, "%s", err_last());
		return;
	}
	if (w > BUNDLE_MAX_IMAGE_PX || h > BUNDLE_MAX_IMAGE_PX)
		errlist_add(ctx->errs,
			    "%s: the picture is %d x %d pixels; at most %d x %d fit "
			    "(512 x 512 is plenty for a portrait)",
			    f->path, w, h, BUNDLE_MAX_IMAGE_PX, BUNDLE_MAX_IMAGE_PX);
}

static void check_image_ref(load_ctx_t *ctx, sheet_t *s, int r, const char *field, const char *path)
{
	if (!path)
		return;
	const manifest_file_t *f = manifest_find(ctx->m, path);
	if (!f)
		sheet_error(ctx, s, r, field, "the picture '%s' is not in the bundle", path);
	else if (!is_image_name(path))
		sheet_error(ctx, s, r, field, "'%s' is not a .png or .jpg picture", path);
}

/* ---- per-sheet rules ------------------------------------------------- */

static int cmp_roster(const void *a, const void *b)
{
	const roster_row_t *x = *(roster_row_t *const *)a, *y = *(roster_row_t *const *)b;
	int c = strcmp(x->person ? x->person : "", y->person ? y->person : "");
	if (c)
		return c;
	if (x->weekday != y->weekday)
		return x->weekday - y->weekday;
	return x->start - y->start;
}

static void check_roster_overlaps(load_ctx_t *ctx, sheet_t *s)
{
	if (s->nrows < 2)
		return;
	roster_row_t **v = ovi_calloc((size_t)s->nrows, sizeof *v);
	if (!v) {
		ctx->oom = true;
		return;
	}
	for (int r = 0; r < s->nrows; r++)
		v[r] = ROW(s, roster_row_t, r);
	qsort(v, (size_t)s->nrows, sizeof *v, cmp_roster);
	for (int i = 1; i < s->nrows; i++) {
		roster_row_t *a = v[i - 1], *b = v[i];
		if (!a->person || !b->person || strcmp(a->person, b->person) ||
		    a->weekday != b->weekday || a->start < 0 || b->start < 0 || a->end < 0)
			continue;
		if (b->start < a->end) {
			int ra = (int)(a - ROW(s, roster_row_t, 0)),
			    rb = (int)(b - ROW(s, roster_row_t, 0));
			int first = ra < rb ? ra : rb, second = ra < rb ? rb : ra;
			char t1[6], t2[6];
			fmt_hhmm(ROW(s, roster_row_t, first)->start, t1);
			fmt_hhmm(ROW(s, roster_row_t, first)->end, t2);
			sheet_error(ctx, s, second, "start",
				    "%s has two overlapping times on the same "
				    "day: this one and line %d (%s-%s)",
				    b->person, s->lines[first], t1, t2);
		}
	}
	ovi_free(v);
}

static void check_hours(load_ctx_t *ctx, sheet_t *s)
{
	int seen[8] = {0};
	for (int r = 0; r < s->nrows; r++) {
		hours_row_t *h = ROW(s, hours_row_t, r);
		check_span(ctx, s, r, h->open, h->close);
		if (h->weekday >= 1 && h->weekday <= 7) {
			if (seen[h->weekday])
				sheet_error(ctx, s, r, "weekday",
					    "this weekday is already on line %d; "
					    "give each day once",
					    seen[h->weekday]);
			else
				seen[h->weekday] = s->lines[r];
		}
	}
}

static void check_exceptions(load_ctx_t *ctx, sheet_t *s, const idx_t *people)
{
	for (int r = 0; r < s->nrows; r++) {
		exception_row_t *e = ROW(s, exception_row_t, r);
		bool needs_person = e->kind == EXC_AWAY || e->kind == EXC_EXTRA;
		bool needs_times = e->kind == EXC_HOURS || e->kind == EXC_EXTRA;
		if (needs_person && !e->person)
			sheet_error(ctx, s, r, "person", "'%s' needs a person",
				    e->kind == EXC_AWAY ? "away" : "extra");
		if (!needs_person && e->person)
			sheet_error(ctx, s, r, "person", "leave the person empty for '%s'",
				    e->kind == EXC_CLOSED ? "closed" : "hours");
		if (needs_times && (e->start < 0 || e->end < 0))
			sheet_error(ctx, s, r, e->start < 0 ? "start" : "end",
				    "'%s' needs a start and an end time",
				    e->kind == EXC_HOURS ? "hours" : "extra");
		if ((e->start < 0) != (e->end < 0))
			sheet_error(ctx, s, r, e->start < 0 ? "start" : "end",
				    "give both a start and an end time, or neither");
		check_span(ctx, s, r, e->start, e->end);
		check_ref(ctx, s, r, "person", e->person, people, "people.csv");
	}
}

static void check_topics(load_ctx_t *ctx, sheet_t *s)
{
	for (int r = 0; r < s->nrows; r++) {
		topic_row_t *t = ROW(s, topic_row_t, r);
		if (!t->icon)
			continue;
		int k;
		for (k = 0; icons[k]; k++)
			if (!strcmp(t->icon, icons[k]))
				break;
		if (!icons[k])
			sheet_error(ctx, s, r, "icon",
				    "'%s' is not one of the icons: work, study, "
				    "money, home, health, mind, heart, free, food, law, star, chat",
				    t->icon);
	}
}

static void check_sessions(load_ctx_t *ctx, sheet_t *s, const idx_t *groups)
{
	for (int r = 0; r < s->nrows; r++) {
		session_row_t *x = ROW(s, session_row_t, r);
		check_ref(ctx, s, r, "group", x->group, groups, "groups.csv");
		check_span(ctx, s, r, x->start, x->end);
		if (x->capacity < 1 || x->capacity > 500)
			sheet_error(ctx, s, r, "capacity",
				    "the capacity %d is not between 1 and 500", x->capacity);
	}
}

static void check_words(load_ctx_t *ctx, sheet_t *s)
{
	for (int r = 0; r < s->nrows; r++) {
		word_row_t *w = ROW(s, word_row_t, r);
		if (w->lang && (strlen(w->lang) < 2 ||
				strspn(w->lang, "abcdefghijklmnopqrstuvwxyz") != strlen(w->lang)))
			sheet_error(ctx, s, r, "lang", "'%s' is not a language code", w->lang);
		if (w->word) {
			char low[256];
			utf8_lower(w->word, low, sizeof low);
			w->word = arena_strdup(ctx->c->arena, low);
			if (!w->word)
				ctx->oom = true;
		}
	}
}

/* A language code as the sheets write them: two or three small letters. */
static bool lang_code(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	return n >= 2 && n <= 3 && strspn(s, "abcdefghijklmnopqrstuvwxyz") == n;
}

/* ui_texts.csv: each key one of the frame's words, once per language, its
 * text keeping the English's %d and %s (a text without them would print
 * garbage or crash the screen that formats it). */
static void check_ui_texts(load_ctx_t *ctx, sheet_t *s)
{
	for (int r = 0; r < s->nrows; r++) {
		ui_text_row_t *u = ROW(s, ui_text_row_t, r);
		const tr_key_t *k = u->key ? tr_frame_key(u->key) : NULL;
		if (u->key && !k) {
			sheet_error(ctx, s, r, "key",
				    "'%s' is not one of the kiosk's texts (the keys, such as "
				    "T_TODAY, are in assets/po/ovi.pot as msgctxt)",
				    u->key);
			continue;
		}
		if (u->lang && !lang_code(u->lang))
			sheet_error(ctx, s, r, "language",
				    "'%s' is not a language code (two or three small letters, "
				    "such as fi, uk or smn)",
				    u->lang);
		if (k && u->text && !tr_same_conversions(k->id, u->text))
			sheet_error(ctx, s, r, "text",
				    "the text must keep the %%d and %%s of the English "
				    "\"%s\", in the same order (or numbered: %%1$s)",
				    k->id);
		for (int q = 0; k && u->lang && q < r; q++) {
			const ui_text_row_t *o = ROW(s, ui_text_row_t, q);
			if (o->key && o->lang && !strcmp(o->key, u->key) &&
			    !strcmp(o->lang, u->lang)) {
				sheet_error(ctx, s, r, "key",
					    "%s in %s is given twice (also on line %d)", u->key,
					    u->lang, s->lines[q]);
				break;
			}
		}
	}
}

/* Whether the bundle's ui_texts give key in lang. */
static bool site_has(const content_t *c, const char *key, const char *lang)
{
	for (int i = 0; i < c->nui_texts; i++)
		if (c->ui_texts[i].key && c->ui_texts[i].lang && !strcmp(c->ui_texts[i].key, key) &&
		    !strcmp(c->ui_texts[i].lang, lang))
			return true;
	return false;
}

/* One language's frame words: which the site and the catalogues lack (they
 * show in the default language, else English) and which come from a
 * machine-made draft no one has reviewed; a note for each, with the first
 * few keys to look up. */
static void note_frame_language(load_ctx_t *ctx, const char *lang)
{
	int missing = 0, draft = 0;
	char first_missing[200] = "", first_draft[200] = "";
	for (size_t i = 0; i < tr_frame_nkeys; i++) {
		const tr_key_t *k = &tr_frame_keys[i];
		if (site_has(ctx->c, k->ctx, lang))
			continue;
		char *list = NULL;
		if (!tr_has(lang, k->ctx, k->id))
			missing++, list = first_missing;
		else if (tr_unreviewed(lang, k->ctx, k->id))
			draft++, list = first_draft;
		size_t n = list ? strlen(list) : 0;
		if (list && n + strlen(k->ctx) + 8 < sizeof first_missing)
			snprintf(list + n, sizeof first_missing - n, "%s%s", n ? ", " : "", k->ctx);
	}
	const char *def = ctx->c->meta.default_lang[0] ? ctx->c->meta.default_lang : "en";
	if (missing)
		errlist_add(ctx->notes,
			    "the kiosk's own texts in %s: %d of %d missing, shown in %s (else "
			    "English) until ui_texts.csv or a catalogue gives them: %s",
			    lang, missing, (int)tr_frame_nkeys, def, first_missing);
	if (draft)
		errlist_add(ctx->notes,
			    "the kiosk's own texts in %s: %d are a machine-made draft that no "
			    "native speaker has reviewed yet (assets/po/%s.po, or give them in "
			    "ui_texts.csv): %s",
			    lang, draft, lang, first_draft);
}

/* Every language the bundle speaks, or gives frame words in, but English
 * (the catalogues' source). */
static void note_frame_languages(load_ctx_t *ctx)
{
	if (!ctx->notes)
		return;
	const content_t *c = ctx->c;
	const char *langs[LANG_MAX + 64];
	int n = 0;
	for (int i = 0; i < c->meta.nlang && n < LANG_MAX; i++)
		langs[n++] = c->meta.languages[i];
	for (int i = 0; i < c->nui_texts && n < LANG_MAX + 64; i++) {
		const char *l = c->ui_texts[i].lang;
		bool seen = !l || !lang_code(l);
		for (int j = 0; j < n && !seen; j++)
			seen = !strcmp(langs[j], l);
		if (!seen)
			langs[n++] = l;
	}
	for (int i = 0; i < n; i++)
		if (strcmp(langs[i], "en"))
			note_frame_language(ctx, langs[i]);
}

static void check_files(load_ctx_t *ctx)
{
	for (int i = 0; i < ctx->m->nfiles; i++) {
		const manifest_file_t *f = &ctx->m->files[i];
		if (str_ends_with(f->path, ".csv") || str_ends_with(f->path, ".CSV")) {
			if (!bundle_is_known_sheet(f->path))
				errlist_add(ctx->errs,
					    "%s: Ovi does not know this sheet (check the "
					    "name: the sheets are site.csv, hours.csv, "
					    "organisations.csv, people.csv, roster.csv, "
					    "exceptions.csv, topics.csv, help.csv, groups.csv, "
					    "sessions.csv, services.csv, words.csv, "
					    "ui_texts.csv)",
					    f->path);
		} else if (is_image_name(f->path)) {
			check_image_file(ctx, f);
		}
	}
}

int bundle_load(const char *dir, const manifest_t *m, content_t **out, errlist_t *errs,
		errlist_t *notes, const char *lang)
{
	*out = NULL;
	content_t *c = content_new();
	if (!c)
		return err_set(OVI_ENOMEM, "out of memory loading the bundle");
	c->meta = m->meta;
	int before = errs->total;
	load_ctx_t ctx = {.dir = dir, .m = m, .c = c, .errs = errs, .notes = notes, .lang = lang};
	sheet_t s[S_COUNT];
	memset(s, 0, sizeof s);
	idx_t ix_org = {0}, ix_people = {0}, ix_topics = {0}, ix_groups = {0}, ix_help = {0},
	      ix_sessions = {0}, ix_services = {0};

	check_files(&ctx);
	for (int i = 0; i < S_COUNT && !ctx.oom; i++)
		sheet_read(&ctx, &sheets[i], &s[i]);
	if (ctx.oom)
		goto done;

	if (s[S_SITE].present && s[S_SITE].csv && s[S_SITE].nrows != 1)
		errlist_add(errs,
			    "site.csv: it must have exactly one row under the header (it has "
			    "%d)",
			    s[S_SITE].nrows);
	else if (s[S_SITE].nrows == 1)
		c->site = *ROW(&s[S_SITE], site_info_t, 0);

	c->hours = s[S_HOURS].rows, c->nhours = s[S_HOURS].nrows;
	c->orgs = s[S_ORGS].rows, c->norgs = s[S_ORGS].nrows;
	c->people = s[S_PEOPLE].rows, c->npeople = s[S_PEOPLE].nrows;
	c->roster = s[S_ROSTER].rows, c->nroster = s[S_ROSTER].nrows;
	c->exceptions = s[S_EXC].rows, c->nexceptions = s[S_EXC].nrows;
	c->topics = s[S_TOPICS].rows, c->ntopics = s[S_TOPICS].nrows;
	c->help = s[S_HELP].rows, c->nhelp = s[S_HELP].nrows;
	c->groups = s[S_GROUPS].rows, c->ngroups = s[S_GROUPS].nrows;
	c->sessions = s[S_SESSIONS].rows, c->nsessions = s[S_SESSIONS].nrows;
	c->services = s[S_SERVICES].rows, c->nservices = s[S_SERVICES].nrows;
	c->words = s[S_WORDS].rows, c->nwords = s[S_WORDS].nrows;
	c->ui_texts = s[S_UI_TEXTS].rows, c->nui_texts = s[S_UI_TEXTS].nrows;

	build_index(&ctx, &s[S_ORGS], offsetof(org_row_t, id), &ix_org);
	build_index(&ctx, &s[S_PEOPLE], offsetof(person_row_t, id), &ix_people);
	build_index(&ctx, &s[S_TOPICS], offsetof(topic_row_t, id), &ix_topics);
	build_index(&ctx, &s[S_GROUPS], offsetof(group_row_t, id), &ix_groups);
	build_index(&ctx, &s[S_HELP], offsetof(help_row_t, id), &ix_help);
	build_index(&ctx, &s[S_SESSIONS], offsetof(session_row_t, id), &ix_sessions);
	build_index(&ctx, &s[S_SERVICES], offsetof(service_row_t, id), &ix_services);
	if (ctx.oom)
		goto done;

	check_image_ref(&ctx, &s[S_SITE], 0, "logo", c->site.logo);
	for (int r = 0; r < c->norgs; r++)
		check_image_ref(&ctx, &s[S_ORGS], r, "logo", c->orgs[r].logo);
	for (int r = 0; r < c->npeople; r++) {
		person_row_t *p = &c->people[r];
		check_ref(&ctx, &s[S_PEOPLE], r, "organisation", p->org, &ix_org,
			  "organisations.csv");
		check_list_refs(&ctx, &s[S_PEOPLE], r, "topics", p->topics, &ix_topics,
				"topics.csv");
		check_image_ref(&ctx, &s[S_PEOPLE], r, "photo", p->photo);
	}
	check_hours(&ctx, &s[S_HOURS]);
	for (int r = 0; r < c->nroster; r++) {
		roster_row_t *x = &c->roster[r];
		check_ref(&ctx, &s[S_ROSTER], r, "person", x->person, &ix_people, "people.csv");
		check_span(&ctx, &s[S_ROSTER], r, x->start, x->end);
	}
	check_roster_overlaps(&ctx, &s[S_ROSTER]);
	check_exceptions(&ctx, &s[S_EXC], &ix_people);
	check_topics(&ctx, &s[S_TOPICS]);
	check_sessions(&ctx, &s[S_SESSIONS], &ix_groups);
	for (int r = 0; r < c->nservices; r++)
		check_ref(&ctx, &s[S_SERVICES], r, "organisation", c->services[r].org, &ix_org,
			  "organisations.csv");
	check_words(&ctx, &s[S_WORDS]);
	check_ui_texts(&ctx, &s[S_UI_TEXTS]);
	note_frame_languages(&ctx);

done:
	for (int i = 0; i < S_COUNT; i++)
		sheet_release(&s[i]);
	ovi_free(ix_org.ids);
	ovi_free(ix_people.ids);
	ovi_free(ix_topics.ids);
	ovi_free(ix_groups.ids);
	ovi_free(ix_help.ids);
	ovi_free(ix_sessions.ids);
	ovi_free(ix_services.ids);
	if (ctx.oom) {
		content_free(c);
		return err_set(OVI_ENOMEM, "out of memory loading the bundle");
	}
	if (errs->total > before) {
		content_free(c);
		return errlist_to_err(errs, OVI_EREJECT);
	}
	*out = c;
	return OVI_OK;
}
