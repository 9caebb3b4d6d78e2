/*
 * apply: model_apply_content(), the one transaction that replaces a site's
 * content with a new bundle's.
 *
 * Every content table is emptied and refilled from the content_t, and the
 * bundle is recorded as current, between one BEGIN IMMEDIATE and COMMIT; any
 * failure rolls everything back, so readers (the UI's connection) see the
 * old content or the new, never a mix. Kiosk tables are not touched.
 */
#include "model/mdb.h"
#include "model/search.h"

#include "core/err.h"
#include "core/str.h"
#include "core/utf8.h"

#include <stdio.h>
#include <string.h>

typedef struct ins {
	model_t *m;
	const content_t *c;
	sqlite3_stmt *tr;
	sqlite3_stmt *word_st;	/* for put_word(): the statement ... */
	const char *word_owner; /* ... and the person whose list is written */
	char what[200];		/* the row being written, for messages */
} ins_t;

static int fail_bind(ins_t *in, int rc)
{
	return mdb_err(in->m, rc, in->what);
}

static int run(ins_t *in, sqlite3_stmt *st, int bind_rc)
{
	if (bind_rc != SQLITE_OK) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return fail_bind(in, bind_rc);
	}
	return mdb_run(in->m, st, in->what);
}

static int prepare(ins_t *in, const char *sql, sqlite3_stmt **st)
{
	int rc = mdb_prepare(in->m, sql, st);
	return rc < 0 ? err_prefix(rc, "content: ") : OVI_OK;
}

/* The non-empty texts of t, one row each, in the bundle's language order. */
static int put_tr(ins_t *in, const char *kind, const char *id, const char *field, const tr_t *t)
{
	for (int i = 0; i < t->n; i++) {
		const tr_entry_t *e = &t->v[i];
		if (!e->text || !e->text[0] || !e->lang[0])
			continue;
		int brc = mdb_bind(in->tr, "ttttit", kind, id, field, e->lang, i, e->text);
		int rc = run(in, in->tr, brc);
		if (rc < 0)
			return rc;
	}
	return OVI_OK;
}

/* Calls fn for each word of a list separated by spaces or commas. */
static int each_word(const char *list, int (*fn)(ins_t *, const char *, int, int), ins_t *in)
{
	int ord = 0;
	for (const char *p = list ? list : ""; *p;) {
		while (*p == ' ' || *p == ',' || *p == '\t')
			p++;
		const char *q = p;
		while (*q && *q != ' ' && *q != ',' && *q != '\t')
			q++;
		if (q > p) {
			int rc = fn(in, p, (int)(q - p), ord++);
			if (rc < 0)
				return rc;
		}
		p = q;
	}
	return OVI_OK;
}

static int put_site(ins_t *in)
{
	const content_t *c = in->c;
	char langs[LANG_MAX * 8 + 1] = "";
	for (int i = 0; i < c->meta.nlang && i < LANG_MAX; i++) {
		if (i)
			strcat(langs, " ");
		strncat(langs, c->meta.languages[i], 7);
	}
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO site (id, site, logo, default_lang, languages) "
			 "VALUES (1, ?, ?, ?, ?)",
			 &st);
	if (rc < 0)
		return rc;
	snprintf(in->what, sizeof in->what, "site.csv");
	rc = run(in, st,
		 mdb_bind(st, "tett", c->meta.site, c->site.logo, c->meta.default_lang, langs));
	sqlite3_finalize(st);
	if (rc == OVI_OK)
		rc = put_tr(in, "site", "", "name", &c->site.name);
	if (rc == OVI_OK)
		rc = put_tr(in, "site", "", "address", &c->site.address);
	if (rc == OVI_OK)
		rc = put_tr(in, "site", "", "welcome", &c->site.welcome);
	if (rc == OVI_OK)
		rc = put_tr(in, "site", "", "desk", &c->site.desk);
	return rc;
}

static int put_hours(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in, "INSERT INTO hours (weekday, open, close) VALUES (?, ?, ?)", &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nhours; i++) {
		const hours_row_t *h = &in->c->hours[i];
		snprintf(in->what, sizeof in->what, "hours.csv: weekday %d", h->weekday);
		rc = run(in, st, mdb_bind(st, "iii", h->weekday, h->open, h->close));
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_orgs(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO organisations (id, ord, logo, web, phone) "
			 "VALUES (?, ?, ?, ?, ?)",
			 &st);
	for (int i = 0; rc == OVI_OK && i < in->c->norgs; i++) {
		const org_row_t *o = &in->c->orgs[i];
		snprintf(in->what, sizeof in->what, "organisation '%s'", o->id);
		rc = run(in, st, mdb_bind(st, "tieee", o->id, i, o->logo, o->web, o->phone));
		if (rc == OVI_OK)
			rc = put_tr(in, "org", o->id, "name", &o->name);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_topics(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in, "INSERT INTO topics (id, ord, colour, icon) VALUES (?, ?, ?, ?)", &st);
	for (int i = 0; rc == OVI_OK && i < in->c->ntopics; i++) {
		const topic_row_t *t = &in->c->topics[i];
		snprintf(in->what, sizeof in->what, "topic '%s'", t->id);
		rc = run(in, st,
			 mdb_bind(st, "tite", t->id, i, content_wheel_name(t->colour), t->icon));
		if (rc == OVI_OK)
			rc = put_tr(in, "topic", t->id, "title", &t->title);
		if (rc == OVI_OK)
			rc = put_tr(in, "topic", t->id, "text", &t->text);
	}
	sqlite3_finalize(st);
	return rc;
}

/* One (person, word, ord) row of person_languages or person_topics. */
static int put_word(ins_t *in, const char *w, int len, int ord)
{
	sqlite3_stmt *st = in->word_st;
	int rc = sqlite3_bind_text(st, 1, in->word_owner, -1, SQLITE_STATIC);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_text(st, 2, w, len, SQLITE_STATIC);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int(st, 3, ord);
	return run(in, st, rc);
}

static int put_people(ins_t *in)
{
	sqlite3_stmt *st = NULL, *langs = NULL, *topics = NULL;
	int rc = prepare(in,
			 "INSERT INTO people (id, ord, name, org, photo)"
			 " VALUES (?, ?, ?, ?, ?)",
			 &st);
	if (rc == OVI_OK)
		/* A code listed twice is one language. */
		rc = prepare(in,
			     "INSERT OR IGNORE INTO person_languages (person, lang, ord) "
			     "VALUES (?, ?, ?)",
			     &langs);
	if (rc == OVI_OK)
		rc = prepare(in,
			     "INSERT OR IGNORE INTO person_topics (person, topic, ord) "
			     "VALUES (?, ?, ?)",
			     &topics);
	for (int i = 0; rc == OVI_OK && i < in->c->npeople; i++) {
		const person_row_t *p = &in->c->people[i];
		snprintf(in->what, sizeof in->what, "person '%s' (organisation '%s')", p->id,
			 p->org ? p->org : "");
		rc = run(in, st, mdb_bind(st, "titte", p->id, i, p->name, p->org, p->photo));
		if (rc == OVI_OK)
			rc = put_tr(in, "person", p->id, "role", &p->role);
		in->word_owner = p->id;
		if (rc == OVI_OK) {
			snprintf(in->what, sizeof in->what, "person '%s', languages '%s'", p->id,
				 p->languages ? p->languages : "");
			in->word_st = langs;
			rc = each_word(p->languages, put_word, in);
		}
		if (rc == OVI_OK) {
			snprintf(in->what, sizeof in->what,
				 "person '%s', topics '%s' (each must be a topic's id)", p->id,
				 p->topics ? p->topics : "");
			in->word_st = topics;
			rc = each_word(p->topics, put_word, in);
		}
	}
	in->word_st = NULL;
	sqlite3_finalize(st);
	sqlite3_finalize(langs);
	sqlite3_finalize(topics);
	return rc;
}

static int put_roster(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO roster (id, weekday, starts, ends, person) "
			 "VALUES (?, ?, ?, ?, ?)",
			 &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nroster; i++) {
		const roster_row_t *r = &in->c->roster[i];
		char id[16];
		snprintf(id, sizeof id, "%d", i + 1);
		snprintf(in->what, sizeof in->what, "roster row %d (person '%s', weekday %d)",
			 i + 1, r->person ? r->person : "", r->weekday);
		rc = run(in, st,
			 mdb_bind(st, "iiiit", i + 1, r->weekday, r->start, r->end, r->person));
		if (rc == OVI_OK)
			rc = put_tr(in, "roster", id, "room", &r->room);
	}
	sqlite3_finalize(st);
	return rc;
}

static const char *exc_kind_name(exc_kind_t k)
{
	switch (k) {
	case EXC_CLOSED:
		return "closed";
	case EXC_HOURS:
		return "hours";
	case EXC_AWAY:
		return "away";
	case EXC_EXTRA:
		return "extra";
	}
	return "?";
}

static int put_exceptions(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO exceptions (id, day, kind, person, starts, ends) "
			 "VALUES (?, ?, ?, ?, ?, ?)",
			 &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nexceptions; i++) {
		const exception_row_t *e = &in->c->exceptions[i];
		char id[16], date[11];
		snprintf(id, sizeof id, "%d", i + 1);
		fmt_date(e->day, date);
		snprintf(in->what, sizeof in->what, "exception row %d (%s, %s%s%s)", i + 1, date,
			 exc_kind_name(e->kind), e->person ? ", person " : "",
			 e->person ? e->person : "");
		rc = run(in, st,
			 mdb_bind(st, "iiteoo", i + 1, e->day, exc_kind_name(e->kind), e->person,
				  e->start, e->end));
		if (rc == OVI_OK)
			rc = put_tr(in, "exception", id, "room", &e->room);
		if (rc == OVI_OK)
			rc = put_tr(in, "exception", id, "note", &e->note);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_help(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO help_contacts (id, ord, phone, web, crisis) "
			 "VALUES (?, ?, ?, ?, ?)",
			 &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nhelp; i++) {
		const help_row_t *h = &in->c->help[i];
		snprintf(in->what, sizeof in->what, "help contact '%s'", h->id);
		rc = run(in, st,
			 mdb_bind(st, "tieei", h->id, i, h->phone, h->web, h->crisis ? 1 : 0));
		if (rc == OVI_OK)
			rc = put_tr(in, "help", h->id, "name", &h->name);
		if (rc == OVI_OK)
			rc = put_tr(in, "help", h->id, "hours", &h->hours);
		if (rc == OVI_OK)
			rc = put_tr(in, "help", h->id, "text", &h->text);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_groups(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in, "INSERT INTO groups (id, ord, colour) VALUES (?, ?, ?)", &st);
	for (int i = 0; rc == OVI_OK && i < in->c->ngroups; i++) {
		const group_row_t *g = &in->c->groups[i];
		snprintf(in->what, sizeof in->what, "group '%s'", g->id);
		rc = run(in, st, mdb_bind(st, "tit", g->id, i, content_wheel_name(g->colour)));
		if (rc == OVI_OK)
			rc = put_tr(in, "group", g->id, "title", &g->title);
		if (rc == OVI_OK)
			rc = put_tr(in, "group", g->id, "text", &g->text);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_sessions(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO sessions (id, grp, day, starts, ends, capacity) "
			 "VALUES (?, ?, ?, ?, ?, ?)",
			 &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nsessions; i++) {
		const session_row_t *s = &in->c->sessions[i];
		snprintf(in->what, sizeof in->what, "session '%s' (group '%s')", s->id,
			 s->group ? s->group : "");
		rc = run(in, st,
			 mdb_bind(st, "ttiiii", s->id, s->group, s->day, s->start, s->end,
				  s->capacity));
		if (rc == OVI_OK)
			rc = put_tr(in, "session", s->id, "place", &s->place);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_services(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in,
			 "INSERT INTO services (id, ord, org, sector, phone, web, email)"
			 " VALUES (?, ?, ?, ?, ?, ?, ?)",
			 &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nservices; i++) {
		const service_row_t *s = &in->c->services[i];
		snprintf(in->what, sizeof in->what, "service '%s'%s%s", s->id,
			 s->org ? " of organisation " : "", s->org ? s->org : "");
		rc = run(in, st,
			 mdb_bind(st, "titeeee", s->id, i, s->org, content_wheel_name(s->sector),
				  s->phone, s->web, s->email));
		static const char *const fields[] = {"name", "point1", "point2", "point3",
						     "keywords"};
		const tr_t *trs[] = {&s->name, &s->point1, &s->point2, &s->point3, &s->keywords};
		for (int k = 0; rc == OVI_OK && k < 5; k++)
			rc = put_tr(in, "service", s->id, fields[k], trs[k]);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_words(ins_t *in)
{
	sqlite3_stmt *st;
	int rc = prepare(in, "INSERT INTO words (id, kind, lang, word) VALUES (?, ?, ?, ?)", &st);
	for (int i = 0; rc == OVI_OK && i < in->c->nwords; i++) {
		const word_row_t *w = &in->c->words[i];
		snprintf(in->what, sizeof in->what, "words row %d", i + 1);
		rc = run(in, st,
			 mdb_bind(st, "itet", i + 1, w->kind == WORD_CRISIS ? "crisis" : "blocked",
				  w->lang, w->word));
	}
	sqlite3_finalize(st);
	return rc;
}

/* ui_texts.csv: each text in tr under kind 'ui' (id: its key). */
static int put_ui_texts(ins_t *in)
{
	int rc = OVI_OK;
	for (int i = 0; rc == OVI_OK && i < in->c->nui_texts; i++) {
		const ui_text_row_t *u = &in->c->ui_texts[i];
		snprintf(in->what, sizeof in->what, "ui_texts row %d", i + 1);
		rc = run(in, in->tr,
			 mdb_bind(in->tr, "ttttit", "ui", u->key, "text", u->lang, 0, u->text));
	}
	return rc;
}

static int put_bundle(ins_t *in, bundle_record_t *rec)
{
	const content_t *c = in->c;
	str_copy(rec->site, sizeof rec->site, c->meta.site);
	rec->serial = c->meta.serial;
	rec->created = c->meta.created;
	str_copy(rec->default_lang, sizeof rec->default_lang, c->meta.default_lang);
	rec->languages[0] = 0;
	for (int i = 0; i < c->meta.nlang && i < LANG_MAX; i++) {
		size_t n = strlen(rec->languages);
		snprintf(rec->languages + n, sizeof rec->languages - n, "%s%s", i ? " " : "",
			 c->meta.languages[i]);
	}
	if (!rec->imported)
		rec->imported = clock_now();
	snprintf(in->what, sizeof in->what, "recording bundle %s #%lld", rec->site,
		 (long long)rec->serial);
	int rc = mdb_runf(in->m, in->what, "UPDATE bundles SET is_current = 0 WHERE is_current = 1",
			  "");
	if (rc < 0)
		return rc;
	return mdb_runf(in->m, in->what,
			"INSERT INTO bundles (site, serial, keyid, unsigned, created, imported,"
			" path, source, languages, default_lang, is_current)"
			" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
			"tItiIItttt", rec->site, (int64_t)rec->serial, rec->keyid,
			rec->unsigned_ ? 1 : 0, (int64_t)rec->created, (int64_t)rec->imported,
			rec->path, rec->source, rec->languages, rec->default_lang);
}

static int clear_content(model_t *m)
{
	char sql[96];
	for (int i = mdb_ncontent_tables - 1; i >= 0; i--) {
		snprintf(sql, sizeof sql, "DELETE FROM %s", mdb_tables[i]);
		int rc = mdb_exec(m, sql);
		if (rc < 0)
			return err_prefix(rc, "removing the old content: ");
	}
	return OVI_OK;
}

int model_apply_content(model_t *m, const content_t *c, bundle_record_t *rec)
{
	if (!c || !rec)
		return err_set(OVI_EUSAGE, "model_apply_content: no content or record");
	if (!c->meta.default_lang[0])
		return err_set(OVI_EREJECT, "the bundle names no default language");
	ins_t in = {.m = m, .c = c};
	bundle_record_t r = *rec;
	int rc = mdb_begin(m);
	if (rc < 0)
		return err_prefix(rc, "cannot start saving the new content: ");
	rc = clear_content(m);
	if (rc == OVI_OK)
		rc = prepare(&in,
			     "INSERT INTO tr (kind, id, field, lang, ord, text) "
			     "VALUES (?, ?, ?, ?, ?, ?)",
			     &in.tr);
	int (*const steps[])(ins_t *) = {
		put_site,     put_hours,      put_orgs,	    put_topics, put_people,
		put_roster,   put_exceptions, put_help,	    put_groups, put_sessions,
		put_services, put_words,      put_ui_texts,
	};
	for (size_t i = 0; rc == OVI_OK && i < sizeof steps / sizeof steps[0]; i++)
		rc = steps[i](&in);
	sqlite3_finalize(in.tr);
	if (rc == OVI_OK)
		rc = search_index(m);
	if (rc == OVI_OK)
		rc = put_bundle(&in, &r);
	int64_t id = sqlite3_last_insert_rowid(m->db);
	if (rc == OVI_OK)
		rc = mdb_commit(m);
	if (rc < 0) {
		mdb_rollback(m);
		return err_prefix(rc, "the new content was not saved (the old one stays): ");
	}
	r.id = id;
	*rec = r;
	return OVI_OK;
}
