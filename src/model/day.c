#include "model/day.h"

#include "core/err.h"
#include "core/str.h"

#include <stdlib.h>
#include <string.h>

static int oom(void)
{
	return err_set(OVI_ENOMEM, "out of memory");
}

const char *day_path(arena_t *a, const char *dir, const char *rel)
{
	if (!rel || !*rel)
		return "";
	if (!dir || !*dir)
		return arena_strdup(a, rel);
	size_t n = strlen(dir), k = strlen(rel);
	char *p = arena_alloc(a, n + k + 2);
	if (p) {
		memcpy(p, dir, n);
		p[n] = '/';
		memcpy(p + n + 1, rel, k + 1);
	}
	return p;
}

const char **day_split(arena_t *a, const char *list, int *n)
{
	*n = 0;
	int cap = 1;
	for (const char *p = list; *p; p++)
		cap += *p == ' ';
	const char **v = arena_alloc(a, sizeof *v * (size_t)cap);
	if (!v)
		return NULL;
	for (const char *p = list; *p;) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q > p) {
			if (!(v[*n] = arena_strndup(a, p, (size_t)(q - p))))
				return NULL;
			(*n)++;
		}
		p = q;
	}
	return v;
}

int day_site(model_t *m, arena_t *a, const char *lang, site_view_t *out, const char **bundle_dir)
{
	memset(out, 0, sizeof *out);
	out->site_id = out->name = out->address = out->welcome = out->logo = out->desk = "";
	out->default_lang = "";
	*bundle_dir = "";
	sqlite3_stmt *st;
	int rc = mdb_stmt(
		m,
		"SELECT (SELECT path FROM bundles WHERE is_current = 1),"
		" site, logo, default_lang, languages, " MDB_TR("site", "''", "name") ", " MDB_TR(
			"site", "''",
			"address") ", " MDB_TR("site", "''",
					       "welcome") ", " MDB_TR("site", "''",
								      "desk") " FROM site",
		&st);
	if (rc < 0)
		return rc;
	int src = sqlite3_bind_text(st, 1, mdb_lang(lang), -1, SQLITE_STATIC);
	if (src == SQLITE_OK)
		src = mdb_step(st);
	if (src == SQLITE_ROW) {
		const char *dir = mdb_dup(a, st, 0);
		if (dir && (out->site_id = mdb_dup(a, st, 1)) &&
		    (out->logo = day_path(a, dir, mdb_text(st, 2))) &&
		    (out->default_lang = mdb_dup(a, st, 3)) &&
		    (out->languages = day_split(a, mdb_text(st, 4), &out->nlanguages)) &&
		    (out->name = mdb_dup(a, st, 5)) && (out->address = mdb_dup(a, st, 6)) &&
		    (out->welcome = mdb_dup(a, st, 7)) && (out->desk = mdb_dup(a, st, 8))) {
			*bundle_dir = dir;
			src = SQLITE_DONE;
		} else {
			src = SQLITE_NOMEM;
		}
	}
	rc = src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "reading the site");
	mdb_release(m, st);
	return rc;
}

int day_hours(model_t *m, arena_t *a, const char *lang, int day, hours_view_t *out)
{
	memset(out, 0, sizeof *out);
	out->open_at = out->close_at = -1;
	out->note = "";
	sqlite3_stmt *st;
	/* A closed day beats changed hours, which beat the weekly hours. */
	int rc = mdb_stmt(
		m,
		"SELECT kind, starts, ends, note FROM ("
		" SELECT e.id, e.kind, e.starts, e.ends, " MDB_TR(
			"exception", "CAST(e.id AS TEXT)",
			"note") " AS note"
				" FROM exceptions e"
				" WHERE e.day = ?2 AND e.kind IN ('closed', 'hours')"
				" UNION ALL SELECT 0, 'weekly', open, close, '' FROM hours"
				" WHERE weekday = ?3)"
				" ORDER BY CASE kind WHEN 'closed' THEN 0 WHEN 'hours' THEN 1"
				" ELSE 2 END, id LIMIT 1",
		&st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "tii", mdb_lang(lang), day, day_weekday(day));
	if (src == SQLITE_OK)
		src = mdb_step(st);
	if (src == SQLITE_ROW) {
		const char *kind = mdb_text(st, 0);
		out->changed = strcmp(kind, "weekly") != 0;
		if (strcmp(kind, "closed") != 0) {
			out->open = true;
			out->open_at = sqlite3_column_int(st, 1);
			out->close_at = sqlite3_column_int(st, 2);
		}
		src = (out->note = mdb_dup(a, st, 3)) ? SQLITE_DONE : SQLITE_NOMEM;
	}
	rc = src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "reading the opening hours");
	mdb_release(m, st);
	return rc;
}

/* ---- segments ------------------------------------------------------------ */

static bool is(const seg_t *s, const char *person)
{
	return s->person && person && strcmp(s->person, person) == 0;
}

/* Takes [from, to) out of person's segments (both < 0: the whole day; one
 * missing: from the start or to the end of the day). */
static int cut_away(mdb_vec_t *v, const char *person, int from, int to, const char *note)
{
	if (from >= 0 || to >= 0) {
		from = from < 0 ? 0 : from;
		to = to < 0 ? 1440 : to;
	}
	int n0 = v->n;
	for (int i = 0; i < n0; i++) {
		seg_t *s = (seg_t *)v->p + i;
		if (!is(s, person) || s->presence == PRESENCE_AWAY)
			continue;
		if (to < 0 || (from <= s->start && to >= s->end)) {
			s->presence = PRESENCE_AWAY;
			s->note = note;
			continue;
		}
		if (to <= s->start || from >= s->end)
			continue;
		if (from > s->start && to < s->end) {
			seg_t *r = mdb_vec_push(v, sizeof *r);
			if (!r)
				return oom();
			s = (seg_t *)v->p + i; /* the push may have moved it */
			*r = *s;
			r->start = r->planned_start = to;
			s->end = from;
		} else if (from > s->start) {
			s->end = from;
		} else {
			s->start = s->planned_start = to;
		}
	}
	return OVI_OK;
}

typedef struct ovr {
	const char *person, *visitor, *state, *room;
	int time, start, end;
} ovr_t;

/* Applies one of staff's changes; v is sorted by start. */
static int apply_override(mdb_vec_t *v, const ovr_t *o, const hours_view_t *h)
{
	int open = h->open ? h->open_at : 0, close = h->open ? h->close_at : 1440;
	bool found = false, arrived = false;
	for (int i = 0; o->person && i < v->n; i++) {
		seg_t *s = (seg_t *)v->p + i;
		if (!is(s, o->person))
			continue;
		found = true;
		if (!strcmp(o->state, "away")) {
			s->presence = PRESENCE_AWAY;
		} else if (!strcmp(o->state, "late") && o->time >= 0 &&
			   s->presence != PRESENCE_AWAY) {
			if (s->end <= o->time) {
				s->presence = PRESENCE_AWAY;
			} else if (s->start < o->time) {
				s->start = o->time;
				s->presence = PRESENCE_LATE;
			}
		} else if (!strcmp(o->state, "leaves") && o->time >= 0 &&
			   s->presence != PRESENCE_AWAY) {
			if (s->start >= o->time) {
				s->presence = PRESENCE_AWAY;
			} else if (s->end > o->time) {
				s->end = o->time;
				s->presence = PRESENCE_LEAVES_EARLY;
			}
		} else if (!strcmp(o->state, "here")) {
			/* Arrived (perhaps after being marked late or away): the
			 * first stretch not over by then starts when they came;
			 * later stretches keep their planned times. */
			s->presence = PRESENCE_HERE;
			s->start = s->planned_start;
			if (!arrived && (o->time < 0 || s->end > o->time)) {
				arrived = true;
				if (o->time >= 0)
					s->start = o->time;
				if (o->start >= 0)
					s->start = o->start;
				if (o->end >= 0)
					s->end = o->end;
				if (o->room)
					s->room = o->room;
			}
		}
	}
	bool add = !strcmp(o->state, "walkin") || (!strcmp(o->state, "here") && !found);
	if (!add)
		return OVI_OK;
	seg_t *s = mdb_vec_push(v, sizeof *s);
	if (!s)
		return oom();
	s->person = o->person;
	s->visitor = o->visitor;
	s->presence = !strcmp(o->state, "here") ? PRESENCE_HERE : PRESENCE_WALKIN;
	s->start = o->start >= 0 ? o->start : o->time >= 0 ? o->time : open;
	s->end = o->end >= 0 ? o->end : close;
	if (s->end <= s->start)
		s->end = s->start + 1 > 1440 ? 1440 : s->start + 1;
	s->planned_start = s->start;
	s->room = o->room ? o->room : "";
	s->note = "";
	return OVI_OK;
}

static int seg_cmp(const void *pa, const void *pb)
{
	const seg_t *a = pa, *b = pb;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	const char *x = a->person ? a->person : a->visitor, *y = b->person ? b->person : b->visitor;
	return strcmp(x ? x : "", y ? y : "");
}

/* Strings of a row, each an arena copy; false when out of memory. */
static bool dup_cols(arena_t *a, sqlite3_stmt *st, const char **out[], const int *cols, int n)
{
	for (int i = 0; i < n; i++) {
		if (sqlite3_column_type(st, cols[i]) == SQLITE_NULL) {
			*out[i] = NULL;
			continue;
		}
		if (!(*out[i] = mdb_dup(a, st, cols[i])))
			return false;
	}
	return true;
}

static void clamp_to_hours(mdb_vec_t *v, const hours_view_t *h)
{
	seg_t *s = v->p;
	int k = 0;
	for (int i = 0; i < v->n; i++) {
		seg_t x = s[i];
		if (x.start < h->open_at)
			x.start = x.planned_start = h->open_at;
		if (x.end > h->close_at)
			x.end = h->close_at;
		if (x.end > x.start)
			s[k++] = x; /* a stretch wholly outside the hours goes */
	}
	v->n = k;
}

int day_segments(model_t *m, arena_t *a, const char *lang, int day, const hours_view_t *h,
		 seg_t **out, int *n)
{
	*out = NULL;
	*n = 0;
	if (h->changed && !h->open)
		return OVI_OK; /* the site is closed that day */
	mdb_vec_t v = {0};
	sqlite3_stmt *st = NULL;
	int rc = mdb_stmt(
		m,
		"SELECT r.person, r.starts, r.ends, " MDB_TR(
			"roster", "CAST(r.id AS TEXT)",
			"room") ", '', 0"
				" FROM roster r WHERE r.weekday = ?2"
				" UNION ALL SELECT e.person, e.starts, e.ends, " MDB_TR(
					"exception", "CAST(e.id AS TEXT)",
					"room") ", " MDB_TR("exception", "CAST(e.id AS TEXT)",
							    "note") ", 1"
								    " FROM exceptions e WHERE "
								    "e.day = ?3 AND e.kind = "
								    "'extra'",
		&st);
	if (rc < 0)
		goto out;
	int src = mdb_bind(st, "tii", mdb_lang(lang), day_weekday(day), day);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		seg_t *s = mdb_vec_push(&v, sizeof *s);
		if (!s) {
			src = SQLITE_NOMEM;
			break;
		}
		const char **cols[] = {&s->person, &s->room, &s->note};
		if (!dup_cols(a, st, cols, (const int[]){0, 3, 4}, 3)) {
			src = SQLITE_NOMEM;
			break;
		}
		s->start = s->planned_start = sqlite3_column_int(st, 1);
		s->end = sqlite3_column_int(st, 2);
		s->presence = sqlite3_column_int(st, 5) ? PRESENCE_EXTRA : PRESENCE_SCHEDULED;
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	st = NULL;
	if (src != SQLITE_DONE) {
		rc = mdb_err(m, src, "reading the calendar");
		goto out;
	}

	rc = mdb_stmt(m,
		      "SELECT e.person, e.starts, e.ends, " MDB_TR(
			      "exception", "CAST(e.id AS TEXT)",
			      "note") " FROM exceptions e WHERE e.day = ?2 AND e.kind = 'away'"
				      " ORDER BY e.id",
		      &st);
	if (rc < 0)
		goto out;
	src = mdb_bind(st, "ti", mdb_lang(lang), day);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		const char *note = mdb_dup(a, st, 3);
		if (!note) {
			src = SQLITE_NOMEM;
			break;
		}
		rc = cut_away(&v, mdb_text(st, 0), mdb_int_or(st, 1, -1), mdb_int_or(st, 2, -1),
			      note);
		if (rc < 0)
			goto out;
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	st = NULL;
	if (src != SQLITE_DONE) {
		rc = mdb_err(m, src, "reading the calendar's exceptions");
		goto out;
	}

	/* A day with changed hours (the site closes early): the calendar's
	 * times are cut to them, so that nobody is shown "until 15:00" on a day
	 * that closes at 13, nor "later today" after closing. Staff's own
	 * changes below are theirs to make. */
	if (h->changed && h->open && h->open_at >= 0 && h->close_at > h->open_at)
		clamp_to_hours(&v, h);
	/* Staff's changes apply in the order they were made, to stretches in
	 * time order. A walk-in added on the way goes to the end, and no later
	 * change looks at it by position. */
	if (v.n)
		qsort(v.p, (size_t)v.n, sizeof(seg_t), seg_cmp);
	rc = mdb_stmt(m,
		      "SELECT person, visitor, state, room, time, starts, ends"
		      " FROM overrides WHERE day = ?1 ORDER BY id",
		      &st);
	if (rc < 0)
		goto out;
	src = mdb_bind(st, "i", day);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		ovr_t o;
		// cppcheck-suppress uninitvar ; dup_cols() fills o through these pointers
		const char **cols[] = {&o.person, &o.visitor, &o.state, &o.room};
		if (!dup_cols(a, st, cols, (const int[]){0, 1, 2, 3}, 4)) {
			src = SQLITE_NOMEM;
			break;
		}
		o.time = mdb_int_or(st, 4, -1);
		o.start = mdb_int_or(st, 5, -1);
		o.end = mdb_int_or(st, 6, -1);
		rc = apply_override(&v, &o, h);
		if (rc < 0)
			goto out;
		src = SQLITE_OK;
	}
	if (src != SQLITE_DONE) {
		rc = mdb_err(m, src, "reading today's changes");
		goto out;
	}
	if (v.n)
		qsort(v.p, (size_t)v.n, sizeof(seg_t), seg_cmp);
	*out = mdb_vec_keep(&v, a, sizeof(seg_t), n);
	rc = *n < 0 ? OVI_ENOMEM : OVI_OK;
out:
	mdb_release(m, st);
	mdb_vec_free(&v);
	if (rc < 0)
		*n = 0;
	return rc;
}

/* ---- people --------------------------------------------------------------- */

void model_pcache_init(model_pcache_t *pc, model_t *m, arena_t *a, const char *lang,
		       const char *bundle_dir)
{
	memset(pc, 0, sizeof *pc);
	pc->m = m;
	pc->a = a;
	pc->lang = mdb_lang(lang);
	pc->bundle_dir = bundle_dir;
}

void model_pcache_free(model_pcache_t *pc)
{
	(void)pc; /* everything is in the caller's arena */
}

static int by_id(const void *key, const void *elem)
{
	return strcmp(key, ((const person_view_t *)elem)->id);
}

static person_view_t *find(const model_pcache_t *pc, const char *id)
{
	return pc->n ? bsearch(id, pc->v, (size_t)pc->n, sizeof *pc->v, by_id) : NULL;
}

/* Everyone's details in three queries (people, their languages, their
 * topics), sorted by id: a city's Monday names 1,500 people, and three
 * queries for each of them were most of a tap's time. */
static int load_everyone(model_pcache_t *pc)
{
	model_t *m = pc->m;
	arena_t *a = pc->a;
	sqlite3_stmt *st;
	mdb_vec_t people = {0};
	/* The organisation's name is picked per organisation (a few), not per
	 * person; the roles come in a query of their own below. */
	int rc = mdb_stmt(m,
			  "WITH org AS MATERIALIZED (SELECT o.id, o.logo, " MDB_TR(
				  "org", "o.id",
				  "name") " AS name FROM organisations o)"
					  " SELECT p.id, p.name, p.org, p.photo, org.name, org.logo"
					  " FROM people p JOIN org ON org.id = p.org ORDER BY p.id",
			  &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", pc->lang);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		person_view_t *p = mdb_vec_push(&people, sizeof *p);
		bool ok = p && (p->id = mdb_dup(a, st, 0)) && (p->name = mdb_dup(a, st, 1)) &&
			  (p->org_id = mdb_dup(a, st, 2)) &&
			  (p->photo = day_path(a, pc->bundle_dir, mdb_text(st, 3))) &&
			  (p->org_name = mdb_dup(a, st, 4)) &&
			  (p->org_logo = day_path(a, pc->bundle_dir, mdb_text(st, 5)));
		src = ok ? SQLITE_OK : SQLITE_NOMEM;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&people);
		return mdb_err(m, src, "reading the people");
	}
	pc->v = mdb_vec_keep(&people, a, sizeof *pc->v, &pc->n);
	mdb_vec_free(&people);
	if (pc->n < 0) {
		pc->n = 0;
		return oom();
	}

	/* Each person's role in the reader's language, else the site's, else
	 * the first there is (as MDB_TR): the first row of each id. */
	rc = mdb_stmt(
		m,
		"SELECT id, text FROM tr WHERE kind = 'person' AND field = 'role'"
		" ORDER BY id, lang = ?1 DESC, lang = (SELECT default_lang FROM site) DESC, ord",
		&st);
	if (rc < 0)
		return rc;
	src = mdb_bind(st, "t", pc->lang);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		person_view_t *p = find(pc, mdb_text(st, 0));
		src = SQLITE_OK;
		if (p && !p->role && !(p->role = mdb_dup(a, st, 1)))
			src = SQLITE_NOMEM;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE)
		return mdb_err(m, src, "reading people's roles");
	for (int i = 0; i < pc->n; i++)
		if (!pc->v[i].role)
			pc->v[i].role = "";

	/* Languages and topics come by person, in each person's order: each
	 * person's share is one run of the list. */
	mdb_vec_t langs = {0}, lang_of = {0}, topics = {0}, topic_of = {0};
	rc = mdb_stmt(m, "SELECT person, lang FROM person_languages ORDER BY person, ord", &st);
	src = rc < 0 ? SQLITE_ERROR : SQLITE_OK;
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		person_view_t *p = find(pc, mdb_text(st, 0));
		if (!p)
			continue;
		const char **l = mdb_vec_push(&langs, sizeof *l);
		person_view_t **o = mdb_vec_push(&lang_of, sizeof *o);
		src = l && o && (*l = mdb_dup(a, st, 1)) ? SQLITE_OK : SQLITE_NOMEM;
		if (o)
			*o = p;
	}
	if (rc == OVI_OK)
		mdb_release(m, st);
	if (src == SQLITE_DONE)
		rc = mdb_stmt(m,
			      "WITH t AS MATERIALIZED (SELECT t.id, " MDB_TR(
				      "topic", "t.id",
				      "title") " AS title, t.colour FROM topics t)"
					       " SELECT pt.person, t.id, t.title, t.colour FROM t"
					       " JOIN person_topics pt ON pt.topic = t.id"
					       " ORDER BY pt.person, pt.ord",
			      &st);
	if (src == SQLITE_DONE && rc == OVI_OK) {
		src = mdb_bind(st, "t", pc->lang);
		while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
			person_view_t *p = find(pc, mdb_text(st, 0));
			if (!p)
				continue;
			topic_chip_t *t = mdb_vec_push(&topics, sizeof *t);
			person_view_t **o = mdb_vec_push(&topic_of, sizeof *o);
			src = t && o && (t->id = mdb_dup(a, st, 1)) &&
					      (t->title = mdb_dup(a, st, 2))
				      ? SQLITE_OK
				      : SQLITE_NOMEM;
			if (o)
				*o = p;
			if (t) {
				int w = content_wheel_parse(mdb_text(st, 3));
				t->colour = w > 0 ? (wheel_t)w : WHEEL_NONE;
			}
		}
		mdb_release(m, st);
	}
	if (rc == OVI_OK && src != SQLITE_DONE)
		rc = mdb_err(m, src, "reading people's languages and topics");
	int nl = 0, nt = 0;
	const char **lv = NULL;
	topic_chip_t *tv = NULL;
	if (rc == OVI_OK) {
		lv = mdb_vec_keep(&langs, a, sizeof *lv, &nl);
		tv = mdb_vec_keep(&topics, a, sizeof *tv, &nt);
		if (nl < 0 || nt < 0)
			rc = oom();
	}
	for (int i = 0; rc == OVI_OK && i < nl; i++) {
		person_view_t *p = ((person_view_t **)lang_of.p)[i];
		if (!p->languages)
			p->languages = &lv[i];
		p->nlanguages++;
	}
	for (int i = 0; rc == OVI_OK && i < nt; i++) {
		person_view_t *p = ((person_view_t **)topic_of.p)[i];
		if (!p->topics)
			p->topics = &tv[i];
		p->ntopics++;
	}
	mdb_vec_free(&langs);
	mdb_vec_free(&lang_of);
	mdb_vec_free(&topics);
	mdb_vec_free(&topic_of);
	return rc;
}

/* load_everyone(), or what it read for an earlier query of the same
 * snapshot (model_read_begin()) into the same arena in the same language. */
static int load_everyone_once(model_pcache_t *pc)
{
	model_t *m = pc->m;
	const char *dir = pc->bundle_dir ? pc->bundle_dir : "";
	if (m->reading && m->everyone.a == pc->a && !strcmp(m->everyone.lang, pc->lang) &&
	    m->everyone.bundle_dir && !strcmp(m->everyone.bundle_dir, dir)) {
		pc->v = m->everyone.v;
		pc->n = m->everyone.n;
		return OVI_OK;
	}
	int rc = load_everyone(pc);
	if (rc == OVI_OK && m->reading && strlen(pc->lang) < sizeof m->everyone.lang) {
		m->everyone.a = pc->a;
		strcpy(m->everyone.lang, pc->lang);
		m->everyone.bundle_dir = arena_strdup(pc->a, dir);
		m->everyone.v = pc->v;
		m->everyone.n = pc->n;
	}
	return rc;
}

int day_person(model_pcache_t *pc, const seg_t *seg, person_view_t *out)
{
	person_view_t *base = NULL;
	if (!seg->person) {
		memset(out, 0, sizeof *out);
		out->id = out->role = out->org_id = out->org_name = out->photo = out->org_logo = "";
		out->name = seg->visitor ? seg->visitor : "";
	} else {
		if (!pc->loaded) {
			int rc = load_everyone_once(pc);
			if (rc < 0)
				return rc;
			pc->loaded = true;
		}
		base = find(pc, seg->person);
		if (!base)
			return err_set(OVI_ENOTFOUND, "person '%s' is not in the content",
				       seg->person);
		*out = *base;
	}
	out->start = seg->start;
	out->end = seg->end;
	out->presence = seg->presence;
	out->room = seg->room ? seg->room : "";
	out->note = seg->note ? seg->note : "";
	return OVI_OK;
}

/* ---- sessions ------------------------------------------------------------- */

int day_sessions(model_t *m, arena_t *a, const char *lang, const char *group, int day, int minute,
		 bool only_day, session_view_t **out, int *n)
{
	*out = NULL;
	*n = 0;
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc =
		mdb_stmt(m,
			 "SELECT s.id, s.grp, " MDB_TR("group", "s.grp", "title") ", " MDB_TR(
				 "session", "s.id",
				 "place") ", g.colour, s.day, s.starts,"
					  " s.ends, s.capacity,"
					  " (SELECT count(*) FROM signups u WHERE u.session = s.id"
					  "  AND u.waiting = 0),"
					  " (SELECT count(*) FROM signups u WHERE u.session = s.id"
					  "  AND u.waiting = 1),"
					  " coalesce(f.cancelled, 0), coalesce(f.signups_closed, 0)"
					  " FROM sessions s JOIN groups g ON g.id = s.grp"
					  " LEFT JOIN session_flags f ON f.session = s.id"
					  " WHERE (?2 IS NULL OR s.grp = ?2)"
					  " AND (CASE WHEN ?5 THEN s.day = ?3"
					  " ELSE s.day > ?3 OR (s.day = ?3 AND s.ends > ?4) END)"
					  " ORDER BY s.day, s.starts, s.id",
			 &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "ttiii", mdb_lang(lang), group, day, minute, only_day ? 1 : 0);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		session_view_t *s = mdb_vec_push(&v, sizeof *s);
		if (!s || !(s->id = mdb_dup(a, st, 0)) || !(s->group_id = mdb_dup(a, st, 1)) ||
		    !(s->group_title = mdb_dup(a, st, 2)) || !(s->place = mdb_dup(a, st, 3))) {
			src = SQLITE_NOMEM;
			break;
		}
		int w = content_wheel_parse(mdb_text(st, 4));
		s->colour = w > 0 ? (wheel_t)w : WHEEL_NONE;
		s->day = sqlite3_column_int(st, 5);
		s->start = sqlite3_column_int(st, 6);
		s->end = sqlite3_column_int(st, 7);
		s->capacity = sqlite3_column_int(st, 8);
		s->signed_up = sqlite3_column_int(st, 9);
		s->waiting = sqlite3_column_int(st, 10);
		s->places_left = s->capacity > s->signed_up ? s->capacity - s->signed_up : 0;
		s->cancelled = sqlite3_column_int(st, 11) != 0;
		s->signups_closed = sqlite3_column_int(st, 12) != 0;
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading group sessions");
	}
	*out = mdb_vec_keep(&v, a, sizeof **out, n);
	return *n < 0 ? OVI_ENOMEM : OVI_OK;
}
