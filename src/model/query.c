/*
 * query: the queries behind the youth screens (see views.h), each filling
 * plain structs in the caller's arena with text in one language.
 */
#include "model/day.h"
#include "model/search.h"

#include "core/err.h"
#include "core/str.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

static wheel_t wheel_of(const char *s)
{
	int w = content_wheel_parse(s);
	return w > 0 ? (wheel_t)w : WHEEL_NONE;
}

static int step_err(model_t *m, int src, const char *what)
{
	return src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, what);
}

int model_site(model_t *m, arena_t *a, const char *lang, site_view_t *out)
{
	const char *dir;
	return day_site(m, a, lang, out, &dir);
}

/* ---- today ---------------------------------------------------------------- */

static bool listed(const mdb_vec_t *v, const char *id)
{
	for (int i = 0; i < v->n; i++)
		if (!strcmp(((const person_view_t *)v->p)[i].id, id))
			return true;
	return false;
}

static int by_name(const void *pa, const void *pb)
{
	const person_view_t *a = pa, *b = pb;
	int c = strcmp(a->name, b->name);
	return c ? c : strcmp(a->id, b->id);
}

typedef struct people {
	person_view_t *now, *later, *away;
	int nnow, nlater, naway;
} people_t;

/* Who is on site at minute, who comes later, who does not come. */
static int today_people(model_t *m, arena_t *a, const char *lang, const char *dir, int day,
			int minute, const hours_view_t *h, people_t *out)
{
	memset(out, 0, sizeof *out);
	seg_t *segs;
	int nseg;
	int rc = day_segments(m, a, lang, day, h, &segs, &nseg);
	if (rc < 0)
		return rc;
	model_pcache_t pc;
	model_pcache_init(&pc, m, a, lang, dir);
	mdb_vec_t now = {0}, later = {0}, away = {0};
	/* Segments come by start time, so a person's current stretch is met
	 * before any later one. */
	for (int i = 0; rc == OVI_OK && i < nseg; i++) {
		const seg_t *s = &segs[i];
		if (s->presence == PRESENCE_AWAY)
			continue;
		bool is_now = s->start <= minute && minute < s->end;
		if (!is_now && s->start <= minute)
			continue; /* over */
		person_view_t p;
		rc = day_person(&pc, s, &p);
		if (rc == OVI_ENOTFOUND) { /* a change for someone a new bundle dropped */
			rc = OVI_OK;
			continue;
		}
		if (rc < 0)
			break;
		if (p.id[0] && (listed(&now, p.id) || listed(&later, p.id)))
			continue;
		person_view_t *slot = mdb_vec_push(is_now ? &now : &later, sizeof p);
		if (!slot)
			rc = err_set(OVI_ENOMEM, "out of memory");
		else
			*slot = p;
	}
	/* Away: in the calendar today, and no stretch of the day left. */
	for (int i = 0; rc == OVI_OK && i < nseg; i++) {
		const seg_t *s = &segs[i];
		if (s->presence != PRESENCE_AWAY || !s->person || listed(&away, s->person))
			continue;
		bool active = false;
		for (int k = 0; k < nseg && !active; k++)
			active = segs[k].person && !strcmp(segs[k].person, s->person) &&
				 segs[k].presence != PRESENCE_AWAY;
		if (active)
			continue;
		person_view_t p;
		rc = day_person(&pc, s, &p);
		if (rc == OVI_ENOTFOUND) {
			rc = OVI_OK;
			continue;
		}
		person_view_t *slot = rc < 0 ? NULL : mdb_vec_push(&away, sizeof p);
		if (slot)
			*slot = p;
		else if (rc == OVI_OK)
			rc = err_set(OVI_ENOMEM, "out of memory");
	}
	if (now.n)
		qsort(now.p, (size_t)now.n, sizeof(person_view_t), by_name);
	if (away.n)
		qsort(away.p, (size_t)away.n, sizeof(person_view_t), by_name);
	model_pcache_free(&pc);
	if (rc == OVI_OK) {
		out->now = mdb_vec_keep(&now, a, sizeof(person_view_t), &out->nnow);
		out->later = mdb_vec_keep(&later, a, sizeof(person_view_t), &out->nlater);
		out->away = mdb_vec_keep(&away, a, sizeof(person_view_t), &out->naway);
		if (out->nnow < 0 || out->nlater < 0 || out->naway < 0)
			rc = OVI_ENOMEM;
	}
	mdb_vec_free(&now);
	mdb_vec_free(&later);
	mdb_vec_free(&away);
	return rc;
}

/* The next day after day that the site opens, and who comes first then. */
static int next_opening(model_t *m, arena_t *a, const char *lang, const char *dir, int day,
			today_view_t *out)
{
	for (int d = day + 1; d <= day + 14; d++) {
		hours_view_t h;
		int rc = day_hours(m, a, lang, d, &h);
		if (rc < 0)
			return rc;
		if (!h.open || h.open_at < 0)
			continue;
		out->next_day = d;
		out->next_hours = h;
		seg_t *segs;
		int nseg;
		rc = day_segments(m, a, lang, d, &h, &segs, &nseg);
		if (rc < 0)
			return rc;
		model_pcache_t pc;
		model_pcache_init(&pc, m, a, lang, dir);
		for (int i = 0; rc == OVI_OK && i < nseg; i++) {
			if (segs[i].presence == PRESENCE_AWAY || !segs[i].person)
				continue;
			rc = day_person(&pc, &segs[i], &out->next_person);
			if (rc == OVI_ENOTFOUND) {
				rc = OVI_OK;
				continue;
			}
			out->has_next_person = rc == OVI_OK;
			break;
		}
		model_pcache_free(&pc);
		return rc;
	}
	return OVI_OK;
}

int model_today(model_t *m, arena_t *a, const char *lang, int day, int minute, today_view_t *out)
{
	memset(out, 0, sizeof *out);
	out->day = day;
	out->minute = minute;
	out->weekday = day_weekday(day);
	const char *dir;
	int rc = day_site(m, a, lang, &out->site, &dir);
	if (rc == OVI_OK)
		rc = day_hours(m, a, lang, day, &out->hours);
	if (rc < 0)
		return rc;
	out->open_now =
		out->hours.open && out->hours.open_at <= minute && minute < out->hours.close_at;
	people_t p;
	rc = today_people(m, a, lang, dir, day, minute, &out->hours, &p);
	if (rc < 0)
		return rc;
	out->now = p.now;
	out->nnow = p.nnow;
	out->later = p.later;
	out->nlater = p.nlater;
	out->away = p.away;
	out->naway = p.naway;
	bool done_today =
		!out->hours.open || out->hours.open_at < 0 || minute >= out->hours.close_at;
	if (done_today) {
		rc = next_opening(m, a, lang, dir, day, out);
		if (rc < 0)
			return rc;
	}
	return day_sessions(m, a, lang, NULL, day, minute, true, &out->sessions, &out->nsessions);
}

/* ---- week ----------------------------------------------------------------- */

static int week(model_t *m, arena_t *a, const char *lang, int first_day, bool people,
		week_view_t *out);

int model_week(model_t *m, arena_t *a, const char *lang, int first_day, week_view_t *out)
{
	return week(m, a, lang, first_day, true, out);
}

int model_week_hours(model_t *m, arena_t *a, const char *lang, int first_day, week_view_t *out)
{
	return week(m, a, lang, first_day, false, out);
}

static int week(model_t *m, arena_t *a, const char *lang, int first_day, bool people,
		week_view_t *out)
{
	memset(out, 0, sizeof *out);
	site_view_t site;
	const char *dir;
	int rc = day_site(m, a, lang, &site, &dir);
	if (rc < 0)
		return rc;
	model_pcache_t pc;
	model_pcache_init(&pc, m, a, lang, dir);
	for (int d = 0; rc == OVI_OK && d < 7; d++) {
		week_day_t *wd = &out->days[d];
		wd->day = first_day + d;
		wd->weekday = day_weekday(wd->day);
		seg_t *segs;
		int nseg;
		rc = day_hours(m, a, lang, wd->day, &wd->hours);
		if (!people)
			continue;
		if (rc == OVI_OK)
			rc = day_segments(m, a, lang, wd->day, &wd->hours, &segs, &nseg);
		if (rc < 0)
			break;
		mdb_vec_t v = {0};
		for (int i = 0; rc == OVI_OK && i < nseg; i++) {
			person_view_t p;
			rc = day_person(&pc, &segs[i], &p);
			if (rc == OVI_ENOTFOUND) {
				rc = OVI_OK;
				continue;
			}
			week_slot_t *s = rc < 0 ? NULL : mdb_vec_push(&v, sizeof *s);
			if (!s) {
				rc = rc < 0 ? rc : err_set(OVI_ENOMEM, "out of memory");
				break;
			}
			s->person_id = p.id;
			s->name = p.name;
			s->org_name = p.org_name;
			s->role = p.role;
			s->room = p.room;
			s->note = p.note;
			s->start = p.start;
			s->end = p.end;
			s->presence = p.presence;
		}
		if (rc == OVI_OK) {
			wd->slots = mdb_vec_keep(&v, a, sizeof *wd->slots, &wd->nslots);
			if (wd->nslots < 0)
				rc = OVI_ENOMEM;
		}
		mdb_vec_free(&v);
	}
	model_pcache_free(&pc);
	return rc;
}

/* ---- topics ---------------------------------------------------------------- */

#define TOPIC_COLS                                                                                 \
	"SELECT tp.id, " MDB_TR("topic", "tp.id", "title") ", " MDB_TR(                            \
		"topic", "tp.id", "text") ", tp.icon, tp.colour FROM topics tp"

static int topic_row(arena_t *a, sqlite3_stmt *st, topic_view_t *t)
{
	if (!(t->id = mdb_dup(a, st, 0)) || !(t->title = mdb_dup(a, st, 1)) ||
	    !(t->text = mdb_dup(a, st, 2)) || !(t->icon = mdb_dup(a, st, 3)))
		return SQLITE_NOMEM;
	t->colour = wheel_of(mdb_text(st, 4));
	return SQLITE_OK;
}

int model_topics(model_t *m, arena_t *a, const char *lang, topic_list_t *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	int rc = mdb_stmt(m, TOPIC_COLS " ORDER BY tp.ord", &st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src = mdb_bind(st, "t", mdb_lang(lang));
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		topic_view_t *t = mdb_vec_push(&v, sizeof *t);
		src = t ? topic_row(a, st, t) : SQLITE_NOMEM;
	}
	mdb_release(m, st);
	rc = step_err(m, src, "reading the topics");
	if (rc == OVI_OK) {
		out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
		rc = out->n < 0 ? OVI_ENOMEM : OVI_OK;
	}
	mdb_vec_free(&v);
	return rc;
}

static bool helps_with(const person_view_t *p, const char *topic)
{
	for (int i = 0; i < p->ntopics; i++)
		if (!strcmp(p->topics[i].id, topic))
			return true;
	return false;
}

static int topic_qa(model_t *m, arena_t *a, const char *lang, const char *topic,
		    topic_detail_t *out)
{
	sqlite3_stmt *st;
	/* Answers in the screen's language first, then the newest. */
	int rc = mdb_stmt(m,
			  "SELECT id, lang, text, answer, created, handled_at FROM questions"
			  " WHERE topic = ?2 AND status = 'published'"
			  " ORDER BY lang = ?1 DESC, handled_at DESC, id DESC LIMIT 50",
			  &st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src = mdb_bind(st, "tt", mdb_lang(lang), topic);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		qa_view_t *q = mdb_vec_push(&v, sizeof *q);
		if (!q || !(q->lang = mdb_dup(a, st, 1)) || !(q->question = mdb_dup(a, st, 2)) ||
		    !(q->answer = mdb_dup(a, st, 3))) {
			src = SQLITE_NOMEM;
			break;
		}
		q->id = sqlite3_column_int64(st, 0);
		q->asked = sqlite3_column_int64(st, 4);
		q->answered = sqlite3_column_int64(st, 5);
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	rc = step_err(m, src, "reading answered questions");
	if (rc == OVI_OK) {
		out->qa = mdb_vec_keep(&v, a, sizeof *out->qa, &out->nqa);
		rc = out->nqa < 0 ? OVI_ENOMEM : OVI_OK;
	}
	mdb_vec_free(&v);
	return rc;
}

int model_topic(model_t *m, arena_t *a, const char *lang, const char *topic, int day, int minute,
		topic_detail_t *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	int rc = mdb_stmt(m, TOPIC_COLS " WHERE tp.id = ?2", &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "tt", mdb_lang(lang), topic);
	if (src == SQLITE_OK)
		src = mdb_step(st);
	bool found = src == SQLITE_ROW;
	if (found)
		src = topic_row(a, st, &out->topic) == SQLITE_OK ? SQLITE_DONE : SQLITE_NOMEM;
	mdb_release(m, st);
	rc = step_err(m, src, "reading a topic");
	if (rc < 0)
		return rc;
	if (!found)
		return err_set(OVI_ENOTFOUND, "no topic '%s'", topic);

	site_view_t site;
	const char *dir;
	hours_view_t h;
	people_t p;
	rc = day_site(m, a, lang, &site, &dir);
	if (rc == OVI_OK)
		rc = day_hours(m, a, lang, day, &h);
	if (rc == OVI_OK)
		rc = today_people(m, a, lang, dir, day, minute, &h, &p);
	if (rc < 0)
		return rc;
	out->helpers = arena_alloc(a, sizeof *out->helpers * (size_t)(p.nnow + p.nlater + 1));
	if (!out->helpers)
		return err_set(OVI_ENOMEM, "out of memory");
	for (int i = 0; i < p.nnow; i++)
		if (helps_with(&p.now[i], topic))
			out->helpers[out->nhelpers++] = p.now[i];
	out->nhere_now = out->nhelpers;
	for (int i = 0; i < p.nlater; i++)
		if (helps_with(&p.later[i], topic))
			out->helpers[out->nhelpers++] = p.later[i];
	return topic_qa(m, a, lang, topic, out);
}

/* ---- groups ----------------------------------------------------------------- */

int model_groups(model_t *m, arena_t *a, const char *lang, int day, int minute, group_list_t *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	int rc = mdb_stmt(m,
			  "SELECT g.id, " MDB_TR("group", "g.id", "title") ", " MDB_TR(
				  "group", "g.id", "text") ", g.colour"
							   " FROM groups g ORDER BY g.ord",
			  &st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src = mdb_bind(st, "t", mdb_lang(lang));
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		group_view_t *g = mdb_vec_push(&v, sizeof *g);
		if (!g || !(g->id = mdb_dup(a, st, 0)) || !(g->title = mdb_dup(a, st, 1)) ||
		    !(g->text = mdb_dup(a, st, 2))) {
			src = SQLITE_NOMEM;
			break;
		}
		g->colour = wheel_of(mdb_text(st, 3));
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	rc = step_err(m, src, "reading the groups");
	for (int i = 0; rc == OVI_OK && i < v.n; i++) {
		group_view_t *g = (group_view_t *)v.p + i;
		rc = day_sessions(m, a, lang, g->id, day, minute, false, &g->sessions,
				  &g->nsessions);
	}
	if (rc == OVI_OK) {
		out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
		rc = out->n < 0 ? OVI_ENOMEM : OVI_OK;
	}
	mdb_vec_free(&v);
	return rc;
}

/* ---- services ---------------------------------------------------------------- */

static int service_visits(model_t *m, arena_t *a, service_view_t *s)
{
	sqlite3_stmt *st;
	int rc = mdb_stmt(m,
			  "SELECT DISTINCT r.weekday, r.starts, r.ends FROM roster r"
			  " JOIN people p ON p.id = r.person WHERE p.org = ?1"
			  " ORDER BY 1, 2, 3",
			  &st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src = mdb_bind(st, "t", s->org_id);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		service_visit_t *w = mdb_vec_push(&v, sizeof *w);
		if (!w) {
			src = SQLITE_NOMEM;
			break;
		}
		w->weekday = sqlite3_column_int(st, 0);
		w->start = sqlite3_column_int(st, 1);
		w->end = sqlite3_column_int(st, 2);
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	rc = step_err(m, src, "reading a service's visits");
	if (rc == OVI_OK) {
		s->visits = mdb_vec_keep(&v, a, sizeof *s->visits, &s->nvisits);
		rc = s->nvisits < 0 ? OVI_ENOMEM : OVI_OK;
	}
	mdb_vec_free(&v);
	return rc;
}

/* One service row of the statement below into s. */
static int service_row(model_t *m, arena_t *a, sqlite3_stmt *st, const char *dir, service_view_t *s)
{
	const char **cols[] = {&s->id,	  &s->name, &s->point1, &s->point2, &s->point3,
			       &s->phone, &s->web,  &s->email,	&s->org_id, &s->org_name};
	for (int i = 0; i < 10; i++)
		if (!(*cols[i] = mdb_dup(a, st, i)))
			return err_set(OVI_ENOMEM, "out of memory reading the services");
	if (!(s->logo = day_path(a, dir, mdb_text(st, 10))))
		return err_set(OVI_ENOMEM, "out of memory reading the services");
	s->sector = wheel_of(mdb_text(st, 11));
	return OVI_OK;
}

#define SERVICE_COLS                                                                               \
	"SELECT s.id, " MDB_TR("service", "s.id", "name") ", " MDB_TR(                             \
		"service", "s.id",                                                                 \
		"point1") ", " MDB_TR("service", "s.id",                                           \
				      "point2") ", " MDB_TR("service", "s.id",                     \
							    "point3") ", s.phone, s.web, s.email," \
								      " s.org, " MDB_TR(           \
									      "org", "s.org",      \
									      "name") ", o.logo, " \
										      "s.sector"   \
										      " FROM "     \
										      "services "  \
										      "s LEFT "    \
										      "JOIN "      \
										      "organisati" \
										      "ons o ON "  \
										      "o.id = "    \
										      "s.org"

int model_services(model_t *m, arena_t *a, const char *lang, const char *search,
		   service_list_t *out)
{
	memset(out, 0, sizeof *out);
	site_view_t site;
	const char *dir;
	int rc = day_site(m, a, lang, &site, &dir);
	if (rc < 0)
		return rc;
	int64_t total;
	rc = mdb_int64(m, &total, 0, "SELECT count(*) FROM services", "");
	if (rc < 0)
		return rc;
	out->total = (int)total;
	search_result_t found = {0};
	bool searching = search && *search;
	if (searching) {
		rc = search_services(m, a, lang, search, &found);
		if (rc < 0)
			return rc;
		searching = found.words > 0;
	}
	sqlite3_stmt *st;
	rc = searching ? mdb_stmt(m, SERVICE_COLS " WHERE s.id = ?2", &st)
		       : mdb_stmt(m, SERVICE_COLS " ORDER BY s.ord", &st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src = SQLITE_OK;
	/* Searching: one row per hit, in the search's order; else all. */
	for (int i = 0; src == SQLITE_OK && (searching ? i < found.n : i == 0); i++) {
		src = searching ? mdb_bind(st, "tt", mdb_lang(lang), found.ids[i])
				: mdb_bind(st, "t", mdb_lang(lang));
		while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
			service_view_t *s = mdb_vec_push(&v, sizeof *s);
			if (!s || service_row(m, a, st, dir, s) < 0) {
				src = SQLITE_NOMEM;
				break;
			}
			src = SQLITE_OK;
		}
		if (searching && src == SQLITE_DONE) {
			sqlite3_reset(st);
			src = SQLITE_OK;
		}
	}
	if (searching && src == SQLITE_OK)
		src = SQLITE_DONE;
	mdb_release(m, st);
	rc = step_err(m, src, "reading the services");
	for (int i = 0; rc == OVI_OK && i < v.n; i++) {
		service_view_t *s = (service_view_t *)v.p + i;
		if (s->org_id[0])
			rc = service_visits(m, a, s);
	}
	if (rc == OVI_OK) {
		out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
		rc = out->n < 0 ? OVI_ENOMEM : OVI_OK;
		out->searched = searching;
	}
	mdb_vec_free(&v);
	return rc;
}

/* ---- help contacts ---------------------------------------------------- */

int model_help(model_t *m, arena_t *a, const char *lang, bool crisis_only, help_list_t *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	int rc = mdb_stmt(
		m,
		"SELECT h.id, " MDB_TR("help", "h.id", "name") ", " MDB_TR(
			"help", "h.id",
			"hours") ", " MDB_TR("help", "h.id",
					     "text") ", h.phone, h.web, h.crisis FROM "
						     "help_contacts h"
						     " WHERE ?2 = 0 OR h.crisis = 1 ORDER BY h.ord",
		&st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src = mdb_bind(st, "ti", mdb_lang(lang), crisis_only ? 1 : 0);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		help_view_t *h = mdb_vec_push(&v, sizeof *h);
		if (!h || !(h->id = mdb_dup(a, st, 0)) || !(h->name = mdb_dup(a, st, 1)) ||
		    !(h->hours = mdb_dup(a, st, 2)) || !(h->text = mdb_dup(a, st, 3)) ||
		    !(h->phone = mdb_dup(a, st, 4)) || !(h->web = mdb_dup(a, st, 5))) {
			src = SQLITE_NOMEM;
			break;
		}
		h->crisis = sqlite3_column_int(st, 6) != 0;
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	rc = step_err(m, src, "reading the help contacts");
	if (rc == OVI_OK) {
		out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
		rc = out->n < 0 ? OVI_ENOMEM : OVI_OK;
	}
	mdb_vec_free(&v);
	return rc;
}

/* ---- the site's frame words --------------------------------------------- */

int model_ui_texts(model_t *m, arena_t *a, tr_site_text_t **out, int *n)
{
	*out = NULL, *n = 0;
	sqlite3_stmt *st;
	int rc = mdb_stmt(m, "SELECT id, lang, text FROM tr WHERE kind = 'ui' ORDER BY id, lang",
			  &st);
	if (rc < 0)
		return rc;
	mdb_vec_t v = {0};
	int src;
	while ((src = mdb_step(st)) == SQLITE_ROW) {
		tr_site_text_t *t = mdb_vec_push(&v, sizeof *t);
		if (!t || !(t->key = mdb_dup(a, st, 0)) || !(t->lang = mdb_dup(a, st, 1)) ||
		    !(t->text = mdb_dup(a, st, 2))) {
			src = SQLITE_NOMEM;
			break;
		}
	}
	mdb_release(m, st);
	rc = step_err(m, src, "reading the site's own texts");
	if (rc == OVI_OK) {
		*out = mdb_vec_keep(&v, a, sizeof **out, n);
		rc = *n < 0 ? OVI_ENOMEM : OVI_OK;
	}
	mdb_vec_free(&v);
	return rc;
}
