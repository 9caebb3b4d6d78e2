#include "model_digest.h"
#include "testlib.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "model/model.h"
#include "model/model_staff.h"
#include "model_fixture.h"

#include <sqlite3.h>
#include <stdlib.h>

static char *g_dir;

/* A fresh database with the fixture applied, for one test. */
static model_t *fresh(const char *name)
{
	free(g_dir);
	g_dir = test_tmpdir(name);
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", g_dir);
	model_t *m = NULL;
	if (model_open(path, &m) < 0) {
		fprintf(stderr, "%s\n", err_last());
		return NULL;
	}
	content_t *c = fx_content(1);
	bundle_record_t rec = fx_record("/data/bundles/1");
	if (model_apply_content(m, c, &rec) < 0)
		fprintf(stderr, "%s\n", err_last());
	content_free(c);
	return m;
}

/* Staff's side (publishing answers) is not written yet: plain SQL. */
static void raw_exec(const char *sql)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", g_dir);
	sqlite3 *db;
	char *msg = NULL;
	sqlite3_open(path, &db);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fprintf(stderr, "raw_exec: %s\n", msg);
	sqlite3_free(msg);
	sqlite3_close(db);
}

static const person_view_t *find(const person_view_t *v, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(v[i].name, name))
			return &v[i];
	return NULL;
}

TEST(today_monday_morning)
{
	model_t *m = fresh("q_today");
	arena_t *a = arena_new();
	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK_INT(t.weekday, 1);
	CHECK_STR(t.site.name, "Ohjaamo Testi");
	CHECK_STR(t.site.welcome, "Tervetuloa!");
	CHECK_STR(t.site.logo, "/data/bundles/1/photos/logo.png");
	CHECK_INT(t.site.nlanguages, 3);
	CHECK_STR(t.site.languages[2], "en");
	CHECK_STR(t.site.default_lang, "fi");
	CHECK(t.hours.open);
	CHECK(!t.hours.changed);
	CHECK_INT(t.hours.open_at, HM(9, 0));
	CHECK_INT(t.hours.close_at, HM(16, 0));
	CHECK(t.open_now);

	CHECK_INT(t.nnow, 2); /* by name */
	CHECK_STR(t.now[0].name, "Aino Korhonen");
	CHECK_STR(t.now[1].name, "Bertil Åberg");
	const person_view_t *p = &t.now[0];
	CHECK_STR(p->id, "aino");
	CHECK_STR(p->role, "Nuorisotyöntekijä");
	CHECK_STR(p->org_name, "Kaupunki");
	CHECK_STR(p->org_logo, "/data/bundles/1/photos/city.png");
	CHECK_STR(p->room, "Huone 1");
	CHECK_STR(p->photo, "/data/bundles/1/photos/aino.jpg");
	CHECK_INT(p->start, HM(9, 0));
	CHECK_INT(p->end, HM(12, 0));
	CHECK_INT(p->presence, PRESENCE_SCHEDULED);
	CHECK_INT(p->nlanguages, 2);
	CHECK_STR(p->languages[0], "fi");
	CHECK_STR(p->languages[1], "en");
	CHECK_INT(p->ntopics, 2);
	CHECK_STR(p->topics[0].id, "housing");
	CHECK_STR(p->topics[0].title, "Asuminen");
	CHECK_INT(p->topics[0].colour, WHEEL_HOUSING);
	CHECK_STR(p->topics[1].title, "Raha");
	CHECK_STR(t.now[1].photo, "");	   /* no photo: initials */
	CHECK_INT(t.now[1].nlanguages, 2); /* "sv,fi", in that order */
	CHECK_STR(t.now[1].languages[0], "sv");
	CHECK_STR(t.now[1].languages[1], "fi");

	CHECK_INT(t.nlater, 1);
	CHECK_STR(t.later[0].name, "Chen Li");
	CHECK_INT(t.later[0].presence, PRESENCE_EXTRA);
	CHECK_STR(t.later[0].room, "Aula");
	CHECK_STR(t.later[0].note, "Ylimääräinen käynti");
	CHECK_INT(t.later[0].start, HM(15, 0));
	CHECK_INT(t.naway, 0);

	CHECK_INT(t.nsessions, 1);
	CHECK_STR(t.sessions[0].id, "games-1");
	CHECK_STR(t.sessions[0].group_title, "Pelikerho");
	CHECK_STR(t.sessions[0].place, "Olohuone");
	CHECK_INT(t.sessions[0].capacity, 2);
	CHECK_INT(t.sessions[0].places_left, 2);
	CHECK_INT(t.sessions[0].colour, WHEEL_FREETIME);
	arena_free(a);
	model_close(m);
}

TEST(today_in_other_languages_falls_back)
{
	model_t *m = fresh("q_lang");
	arena_t *a = arena_new();
	today_view_t t;
	CHECK_INT(model_today(m, a, "en", FX_MON, HM(10, 30), &t), 0);
	CHECK_STR(t.site.name, "Ohjaamo Testi"); /* no English name: the Finnish one */
	CHECK_STR(t.site.welcome, "Welcome!");
	const person_view_t *p = find(t.now, t.nnow, "Aino Korhonen");
	CHECK(p != NULL);
	if (p) {
		CHECK_STR(p->role, "Youth worker");
		CHECK_STR(p->org_name, "City");
		CHECK_STR(p->topics[0].title, "Housing");
		CHECK_STR(p->topics[1].title, "Raha");
	}
	CHECK_INT(model_today(m, a, "sv", FX_MON, HM(10, 30), &t), 0);
	CHECK_STR(t.site.name, "Ohjaamo Test");
	p = find(t.now, t.nnow, "Aino Korhonen");
	CHECK(p && !strcmp(p->room, "Rum 1") && !strcmp(p->role, "Nuorisotyöntekijä"));
	p = find(t.now, t.nnow, "Bertil Åberg");
	CHECK(p && !strcmp(p->role, "Handläggare") && !strcmp(p->room, "Huone 2"));
	/* NULL: the default language; an unknown one: the default too. */
	CHECK_INT(model_today(m, a, NULL, FX_MON, HM(10, 30), &t), 0);
	CHECK_STR(t.site.welcome, "Tervetuloa!");
	CHECK_INT(model_today(m, a, "so", FX_MON, HM(10, 30), &t), 0);
	CHECK_STR(t.site.welcome, "Tervetuloa!");
	arena_free(a);
	model_close(m);
}

TEST(today_between_and_after_stretches)
{
	model_t *m = fresh("q_times");
	arena_t *a = arena_new();
	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(12, 30), &t), 0);
	CHECK_INT(t.nnow, 1); /* Bertil */
	CHECK_INT(t.nlater, 2);
	CHECK_STR(t.later[0].name, "Aino Korhonen"); /* back at 13 */
	CHECK_INT(t.later[0].start, HM(13, 0));
	CHECK_STR(t.later[1].name, "Chen Li");
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(15, 30), &t), 0);
	CHECK_INT(t.nnow, 2);
	CHECK_INT(t.nlater, 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(17, 0), &t), 0);
	CHECK(!t.open_now);
	CHECK_INT(t.nnow + t.nlater, 0);
	/* Sunday: no hours at all */
	CHECK_INT(model_today(m, a, "fi", FX_MON + 6, HM(12, 0), &t), 0);
	CHECK(!t.hours.open);
	CHECK(!t.hours.changed);
	CHECK_INT(t.hours.open_at, -1);
	arena_free(a);
	model_close(m);
}

TEST(today_with_exceptions)
{
	model_t *m = fresh("q_exc");
	arena_t *a = arena_new();
	today_view_t t;
	CHECK_INT(model_today(m, a, "en", FX_CLOSED, HM(10, 0), &t), 0);
	CHECK(!t.hours.open);
	CHECK(t.hours.changed);
	CHECK(!t.open_now);
	CHECK_STR(t.hours.note, "Training day");
	CHECK_INT(t.nnow + t.nlater + t.naway, 0); /* closed: nobody, though Monday */

	CHECK_INT(model_today(m, a, "fi", FX_THU, HM(10, 0), &t), 0);
	CHECK(t.hours.changed);
	CHECK_INT(t.hours.open_at, HM(12, 0));
	CHECK_INT(t.hours.close_at, HM(20, 0));
	CHECK_STR(t.hours.note, "Iltapäivä");
	CHECK(!t.open_now);

	CHECK_INT(model_today(m, a, "fi", FX_AWAYDAY, HM(10, 30), &t), 0);
	CHECK_INT(t.nnow, 0); /* Aino away 10-11, Bertil all day */
	CHECK_INT(t.nlater, 1);
	CHECK_STR(t.later[0].name, "Aino Korhonen");
	CHECK_INT(t.later[0].start, HM(11, 0));
	CHECK_INT(t.naway, 1);
	CHECK_STR(t.away[0].name, "Bertil Åberg");
	CHECK_INT(t.away[0].presence, PRESENCE_AWAY);
	CHECK_INT(model_today(m, a, "fi", FX_AWAYDAY, HM(9, 30), &t), 0);
	CHECK(find(t.now, t.nnow, "Aino Korhonen") != NULL);
	arena_free(a);
	model_close(m);
}

/* A short day: the calendar's times end at closing; after closing (and on
 * a closed day) the next opening and who comes first then. */
TEST(short_day_and_after_closing)
{
	model_t *m = fresh("q_short");
	int mon = FX_MON + 21; /* Monday 2026-12-14: closes at 13 */
	char sql[200];
	snprintf(sql, sizeof sql,
		 "INSERT INTO exceptions (day, kind, starts, ends) VALUES (%d, 'hours', %d, %d)",
		 mon, HM(9, 0), HM(13, 0));
	raw_exec(sql);
	arena_t *a = arena_new();
	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", mon, HM(11, 0), &t), 0);
	CHECK(t.hours.changed && t.open_now);
	const person_view_t *b = find(t.now, t.nnow, "Bertil Åberg");
	CHECK(b != NULL);
	CHECK_INT(b ? b->end : -1, HM(13, 0)); /* 10-14 in the calendar */
	const person_view_t *ai = find(t.now, t.nnow, "Aino Korhonen");
	CHECK_INT(ai ? ai->end : -1, HM(12, 0));
	CHECK(find(t.later, t.nlater, "Aino Korhonen") == NULL); /* 13-16: after closing */
	CHECK_INT(t.next_day, 0); /* still open today: no look ahead */
	week_view_t w;
	CHECK_INT(model_week(m, a, "fi", mon, &w), 0);
	for (int i = 0; i < w.days[0].nslots; i++)
		CHECK(w.days[0].slots[i].end <= HM(13, 0));
	/* After closing: Tuesday opens at 9, Chen (12-16) is first. */
	CHECK_INT(model_today(m, a, "fi", mon, HM(14, 0), &t), 0);
	CHECK(!t.open_now);
	CHECK_INT(t.next_day, mon + 1);
	CHECK_INT(t.next_hours.open_at, HM(9, 0));
	CHECK(t.has_next_person);
	CHECK_STR(t.next_person.name, "Chen Li");
	CHECK_INT(t.next_person.start, HM(12, 0));
	/* A closed day looks ahead too: Monday 30.11. closed, Tuesday next. */
	CHECK_INT(model_today(m, a, "fi", FX_CLOSED, HM(10, 0), &t), 0);
	CHECK_INT(t.next_day, FX_CLOSED + 1);
	arena_free(a);
	model_close(m);
}

TEST(staff_changes_to_today)
{
	model_t *m = fresh("q_override");
	arena_t *a = arena_new();
	today_view_t t;
	override_t late = {FX_MON, "aino", NULL, OVERRIDE_LATE, HM(11, 0), -1, -1, NULL};
	int64_t id;
	CHECK_INT(model_add_override(m, &late, &id), 0);
	CHECK(id > 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK(find(t.now, t.nnow, "Aino Korhonen") == NULL);
	CHECK_STR(t.later[0].name, "Aino Korhonen");
	CHECK_INT(t.later[0].start, HM(11, 0));
	CHECK_INT(t.later[0].presence, PRESENCE_LATE);

	override_t here = {FX_MON, "aino", NULL, OVERRIDE_HERE, HM(10, 40), -1, -1, NULL};
	CHECK_INT(model_add_override(m, &here, NULL), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 45), &t), 0);
	const person_view_t *p = find(t.now, t.nnow, "Aino Korhonen");
	CHECK(p && p->presence == PRESENCE_HERE && p->start == HM(10, 40));
	/* Her afternoon keeps its time. */
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(12, 30), &t), 0);
	p = find(t.later, t.nlater, "Aino Korhonen");
	CHECK(p && p->start == HM(13, 0) && p->end == HM(16, 0));

	override_t leaves = {FX_MON, "bertil", NULL, OVERRIDE_LEAVES, HM(11, 0), -1, -1, NULL};
	CHECK_INT(model_add_override(m, &leaves, NULL), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 45), &t), 0);
	p = find(t.now, t.nnow, "Bertil Åberg");
	CHECK(p && p->presence == PRESENCE_LEAVES_EARLY && p->end == HM(11, 0));
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(11, 30), &t), 0);
	CHECK(find(t.now, t.nnow, "Bertil Åberg") == NULL);
	CHECK(find(t.later, t.nlater, "Bertil Åberg") == NULL);

	override_t walkin = {FX_MON, NULL,	"Maija Mehiläinen", OVERRIDE_WALKIN,
			     -1,     HM(11, 0), HM(12, 0),	    "Aula"};
	CHECK_INT(model_add_override(m, &walkin, NULL), 0);
	override_t chen = {FX_MON, "chen", NULL, OVERRIDE_AWAY, -1, -1, -1, NULL};
	CHECK_INT(model_add_override(m, &chen, NULL), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(11, 30), &t), 0);
	p = find(t.now, t.nnow, "Maija Mehiläinen");
	CHECK(p && !strcmp(p->id, "") && !strcmp(p->room, "Aula"));
	CHECK(p && p->presence == PRESENCE_WALKIN);
	CHECK(find(t.later, t.nlater, "Chen Li") == NULL);
	CHECK(find(t.away, t.naway, "Chen Li") != NULL);

	/* A person not in today's calendar marked in. */
	override_t extra = {FX_MON + 2, "chen", NULL,	   OVERRIDE_HERE,
			    HM(9, 15),	-1,	HM(11, 0), NULL};
	CHECK_INT(model_add_override(m, &extra, NULL), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON + 2, HM(10, 0), &t), 0);
	p = find(t.now, t.nnow, "Chen Li");
	CHECK(p && p->start == HM(9, 15) && p->end == HM(11, 0));
	/* Changes are for their day only. */
	CHECK_INT(model_today(m, a, "fi", FX_MON + 21, HM(11, 30), &t), 0);
	CHECK(find(t.now, t.nnow, "Maija Mehiläinen") == NULL);
	CHECK(find(t.now, t.nnow, "Aino Korhonen") != NULL);

	override_t bad = {FX_MON, "aino", NULL, OVERRIDE_LATE, -1, -1, -1, NULL};
	CHECK_INT(model_add_override(m, &bad, NULL), OVI_EREJECT);
	override_t bad2 = {FX_MON, NULL, NULL, OVERRIDE_WALKIN, -1, HM(12, 0), HM(11, 0), NULL};
	CHECK(model_add_override(m, &bad2, NULL) < 0);
	arena_free(a);
	model_close(m);
}

TEST(week_view)
{
	model_t *m = fresh("q_week");
	arena_t *a = arena_new();
	week_view_t w;
	CHECK_INT(model_week(m, a, "fi", FX_MON, &w), 0);
	CHECK_INT(w.days[0].day, FX_MON);
	CHECK_INT(w.days[0].weekday, 1);
	CHECK_INT(w.days[0].nslots, 4); /* Aino x2, Bertil, Chen extra */
	CHECK_STR(w.days[0].slots[0].name, "Aino Korhonen");
	CHECK_INT(w.days[0].slots[0].start, HM(9, 0));
	CHECK_STR(w.days[0].slots[1].name, "Bertil Åberg");
	CHECK_STR(w.days[0].slots[1].org_name, "Kela");
	CHECK_STR(w.days[0].slots[3].name, "Chen Li");
	CHECK_INT(w.days[0].slots[3].presence, PRESENCE_EXTRA);
	CHECK_INT(w.days[1].nslots, 1);
	CHECK_INT(w.days[3].hours.open_at, HM(12, 0));
	CHECK(w.days[3].hours.changed);
	CHECK(!w.days[5].hours.open);
	CHECK(!w.days[6].hours.open);
	CHECK_INT(model_week(m, a, "en", FX_CLOSED, &w), 0);
	CHECK(!w.days[0].hours.open);
	CHECK_STR(w.days[0].hours.note, "Training day");
	CHECK_INT(w.days[0].nslots, 0);
	CHECK_INT(model_week(m, a, "fi", FX_AWAYDAY, &w), 0);
	int away = 0;
	for (int i = 0; i < w.days[0].nslots; i++)
		away += w.days[0].slots[i].presence == PRESENCE_AWAY;
	CHECK_INT(away, 1);		/* Bertil, shown as away */
	CHECK_INT(w.days[0].nslots, 4); /* Aino 9-10, 11-12, 13-16, Bertil away */
	arena_free(a);
	model_close(m);
}

/* A screen's fill reads one snapshot (model_read_begin): everyone's
 * details are read once for all its queries in the same arena and
 * language, and a write from elsewhere shows after the snapshot ends. */
TEST(one_snapshot)
{
	model_t *m = fresh("q_snapshot");
	arena_t *a = arena_new();
	today_view_t t, t_en;
	week_view_t w;
	/* Without a snapshot every query reads people on its own. */
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK_INT(model_week(m, a, "fi", FX_MON, &w), 0);
	CHECK_STR(t.now[0].name, "Aino Korhonen");
	CHECK_STR(w.days[0].slots[0].name, "Aino Korhonen");
	CHECK(t.now[0].name != w.days[0].slots[0].name);

	CHECK_INT(model_read_begin(m), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK_INT(model_week(m, a, "fi", FX_MON, &w), 0);
	CHECK(t.now[0].name == w.days[0].slots[0].name); /* read once */
	CHECK_INT(model_today(m, a, "en", FX_MON, HM(10, 30), &t_en), 0);
	CHECK_STR(t_en.now[0].role, "Youth worker"); /* another language: read again */
	CHECK_STR(t.now[0].role, "Nuorisotyöntekijä");
	raw_exec("UPDATE people SET name = 'Aino K.' WHERE id = 'aino'");
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK_STR(t.now[0].name, "Aino Korhonen"); /* the snapshot's */
	model_read_end(m);
	model_read_end(m); /* harmless */
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK_STR(t.now[0].name, "Aino K.");
	/* A write of the kiosk's own after the snapshot works. */
	char code[8];
	bool waiting;
	CHECK_INT(model_signup(m, "games-1", "Kettu", code, &waiting), 0);
	arena_free(a);
	model_close(m);
}

TEST(topics_and_one_topic)
{
	model_t *m = fresh("q_topics");
	arena_t *a = arena_new();
	topic_list_t l;
	CHECK_INT(model_topics(m, a, "sv", &l), 0);
	CHECK_INT(l.n, 3);
	CHECK_STR(l.v[0].id, "housing");
	CHECK_STR(l.v[0].title, "Boende");
	CHECK_STR(l.v[0].text, "Kysy asumisesta."); /* no sv text: fi */
	CHECK_STR(l.v[0].icon, "home");
	CHECK_STR(l.v[2].title, "Raha");
	CHECK_INT(l.v[2].colour, WHEEL_MONEY);

	topic_detail_t d;
	CHECK_INT(model_topic(m, a, "fi", "money", FX_MON, HM(10, 30), &d), 0);
	CHECK_STR(d.topic.title, "Raha");
	CHECK_INT(d.nhelpers, 2);
	CHECK_INT(d.nhere_now, 2);
	CHECK_INT(model_topic(m, a, "fi", "studies", FX_MON, HM(10, 30), &d), 0);
	CHECK_INT(d.nhelpers, 1); /* Chen, later */
	CHECK_INT(d.nhere_now, 0);
	CHECK_STR(d.helpers[0].name, "Chen Li");
	CHECK_INT(model_topic(m, a, "fi", "nosuch", FX_MON, HM(10, 30), &d), OVI_ENOTFOUND);

	/* Answered questions: published only, never pending or hidden. */
	CHECK_INT(model_add_question(m, "housing", "fi", "Saako kimppakämppään tukea?", false), 0);
	CHECK_INT(model_add_question(m, "housing", "fi", "Toinen kysymys", false), 0);
	CHECK_INT(model_add_question(m, "housing", "en", "Third question", false), 0);
	CHECK_INT(model_topic(m, a, "fi", "housing", FX_MON, HM(10, 30), &d), 0);
	CHECK_INT(d.nqa, 0);
	raw_exec("UPDATE questions SET status = 'published', answer = 'Kyllä, asumistukea.',"
		 " handled_at = 100 WHERE id = 1;"
		 "UPDATE questions SET status = 'hidden', handled_at = 200 WHERE id = 2;"
		 "UPDATE questions SET status = 'published', answer = 'Yes.', handled_at = 300"
		 " WHERE id = 3;");
	CHECK_INT(model_topic(m, a, "fi", "housing", FX_MON, HM(10, 30), &d), 0);
	CHECK_INT(d.nqa, 2);
	/* the screen's language first */
	CHECK_STR(d.qa[0].question, "Saako kimppakämppään tukea?");
	CHECK_STR(d.qa[0].answer, "Kyllä, asumistukea.");
	CHECK_INT(d.qa[0].answered, 100);
	CHECK_STR(d.qa[1].lang, "en");
	CHECK_INT(model_topic(m, a, "en", "housing", FX_MON, HM(10, 30), &d), 0);
	CHECK_STR(d.qa[0].question, "Third question");
	arena_free(a);
	model_close(m);
}

TEST(groups_with_counts)
{
	model_t *m = fresh("q_groups");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(9, 0)));
	char code[8];
	bool waiting;
	CHECK_INT(model_signup(m, "games-1", "Kettu", code, &waiting), 0);
	group_list_t g;
	CHECK_INT(model_groups(m, a, "en", FX_MON, HM(9, 0), &g), 0);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.v[0].title, "Games club");
	CHECK_INT(g.v[0].nsessions, 2);
	CHECK_STR(g.v[0].sessions[0].id, "games-1");
	CHECK_INT(g.v[0].sessions[0].signed_up, 1);
	CHECK_INT(g.v[0].sessions[0].places_left, 1);
	CHECK_INT(g.v[0].sessions[1].places_left, 10);
	CHECK_STR(g.v[1].title, "Taidepaja");
	CHECK_INT(g.v[1].nsessions, 1);
	CHECK_STR(g.v[1].sessions[0].place, "");
	/* Ended sessions drop off. */
	CHECK_INT(model_groups(m, a, "en", FX_MON, HM(16, 0), &g), 0);
	CHECK_INT(g.v[0].nsessions, 1);
	CHECK_STR(g.v[0].sessions[0].id, "games-2");
	arena_free(a);
	model_close(m);
}

TEST(services_search)
{
	model_t *m = fresh("q_services");
	arena_t *a = arena_new();
	service_list_t s;
	CHECK_INT(model_services(m, a, "fi", NULL, &s), 0);
	CHECK_INT(s.n, 2);
	CHECK_STR(s.v[0].name, "Kelan nuorten palvelut");
	CHECK_STR(s.v[0].point1, "Opintotuki");
	CHECK_STR(s.v[0].org_name, "Kela");
	CHECK_INT(s.v[0].sector, WHEEL_MONEY);
	CHECK_INT(s.v[0].nvisits, 1); /* Bertil: Mon 10-14 */
	CHECK_INT(s.v[0].visits[0].weekday, 1);
	CHECK_INT(s.v[0].visits[0].start, HM(10, 0));
	CHECK_STR(s.v[1].org_id, "");
	CHECK_INT(s.v[1].nvisits, 0);
	CHECK(!s.searched);
	CHECK_INT(s.total, 2);
	struct {
		const char *q;
		int n;
		const char *first;
	} cases[] = {
		{"ääni", 1, "studio"},		    /* lowercase finds uppercase ÄÄNITYS */
		{"ÖÖBEL", 1, "studio"},		    /* and the other way round */
		{"recording", 1, "studio"},	    /* another language's name */
		{"KELA", 1, "kela-youth"},	    /* the organisation */
		{"bostadsbidrag", 1, "kela-youth"}, /* keywords in any language */
		{"opintotukea", 1, "kela-youth"},   /* inflected */
		{"asumistuen", 1, "kela-youth"},    /* inflected, with a changed stem */
		{"tuki", 1, "kela-youth"},	    /* a compound's part */
		{"rahahuolet", 1, "kela-youth"},    /* the sector's name in a compound */
		{"opintotki", 1, "kela-youth"},	    /* a typo */
		{"äänitysstudiota", 1, "studio"},   /* a compound, inflected */
		{"opinto studio", 2, NULL},	    /* each matches one word; both shown */
		{"xyzzy", 0, NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CHECK_INT(model_services(m, a, "fi", cases[i].q, &s), 0);
		if (s.n != cases[i].n)
			fprintf(stderr, "search '%s'\n", cases[i].q);
		CHECK_INT(s.n, cases[i].n);
		CHECK(s.searched);
		CHECK_INT(s.total, 2);
		if (cases[i].first && s.n)
			CHECK_STR(s.v[0].id, cases[i].first);
	}
	/* No words at all: the whole directory, as if nothing was typed. */
	CHECK_INT(model_services(m, a, "fi", "  %!", &s), 0);
	CHECK_INT(s.n, 2);
	CHECK(!s.searched);
	CHECK_INT(model_services(m, a, "en", "studio", &s), 0);
	CHECK_STR(s.v[0].name, "Recording studio");
	arena_free(a);
	model_close(m);
}

TEST(help_and_words)
{
	model_t *m = fresh("q_help");
	arena_t *a = arena_new();
	help_list_t h;
	CHECK_INT(model_help(m, a, "fi", false, &h), 0);
	CHECK_INT(h.n, 2);
	CHECK_STR(h.v[0].name, "Sekasin-chat");
	CHECK_STR(h.v[0].hours, "ma-pe 9-24");
	CHECK(h.v[0].crisis);
	CHECK_INT(model_help(m, a, "fi", true, &h), 0);
	CHECK_INT(h.n, 1);

	/* The content's words through the one matcher (tests/test_model_match.c
	 * has the rules). */
	bool b;
	CHECK_INT(model_crisis(m, "Mietin itsemurhaa", &b), 0);
	CHECK(b);
	CHECK_INT(model_crisis(m, "ITSEMURHA?", &b), 0);
	CHECK(b);
	CHECK_INT(model_crisis(m, "\"suicide\"", &b), 0);
	CHECK(b);
	CHECK_INT(model_crisis(m, "mietin—itsemurhaa", &b), 0); /* em dash */
	CHECK(b);
	CHECK_INT(model_crisis(m, "Kysyn asunnosta", &b), 0);
	CHECK(!b);
	CHECK_INT(model_crisis(m, "", &b), 0);
	CHECK(!b);
	CHECK_INT(model_nick_blocked(m, "Perkeleen", &b), 0);
	CHECK(b);
	CHECK_INT(model_nick_blocked(m, "Kettu", &b), 0);
	CHECK(!b);
	CHECK_INT(model_nick_blocked(m, "kettu@example.fi", &b), 0);
	CHECK(b);
	CHECK_INT(model_nick_blocked(m, "040 123 4567", &b), 0);
	CHECK(b);

	/* A question with a crisis phrase is flagged by the model itself,
	 * whatever the caller said. */
	CHECK_INT(model_add_question(m, "", "fi", "mietin itsemurhaa", false), 0);
	CHECK_INT(model_add_question(m, "", "fi", "missä on vessa", false), 0);
	pending_question_list_t pq;
	CHECK_INT(model_questions_pending(m, a, "fi", &pq), 0);
	CHECK_INT(pq.n, 2);
	CHECK_STR(pq.v[0].text, "mietin itsemurhaa");
	CHECK(pq.v[0].crisis);
	CHECK(!pq.v[1].crisis);
	arena_free(a);
	model_close(m);
}

TEST(queue_numbers_restart_each_day)
{
	model_t *m = fresh("q_queue");
	int n;
	CHECK_INT(model_take_number(m, FX_MON, "housing", &n), 0);
	CHECK_INT(n, 1);
	CHECK_INT(model_take_number(m, FX_MON, "", &n), 0);
	CHECK_INT(n, 2);
	CHECK_INT(model_take_number(m, FX_MON, NULL, &n), 0);
	CHECK_INT(n, 3);
	CHECK_INT(model_take_number(m, FX_MON + 1, "money", &n), 0);
	CHECK_INT(n, 1);
	CHECK_INT(model_take_number(m, FX_MON, "nosuch", &n), OVI_ENOTFOUND);
	CHECK_INT(n, 0);
	CHECK_INT(model_take_number(m, FX_MON, "money", &n), 0);
	CHECK_INT(n, 4);
	model_close(m);
}

TEST(questions_are_checked)
{
	model_t *m = fresh("q_questions");
	CHECK_INT(model_add_question(m, "", NULL, "  Voiko täällä kysyä mitä vain?\n ", false), 0);
	CHECK_INT(model_add_question(m, "money", "sv", "Hur söker jag?", true), 0);
	CHECK_INT(model_add_question(m, "housing", "fi", "   ", false), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "empty");
	CHECK_INT(model_add_question(m, "housing", "fi", "bad \xC3\x28 utf8", false), OVI_EREJECT);
	CHECK_INT(model_add_question(m, "housing", "fi", "bel\al", false), OVI_EREJECT);
	char longq[MODEL_QUESTION_MAX * 2 + 8];
	memset(longq, 0, sizeof longq);
	for (int i = 0; i < MODEL_QUESTION_MAX + 1; i++)
		strcat(longq, "ä");
	CHECK_INT(model_add_question(m, "housing", "fi", longq, false), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "too long");
	longq[strlen(longq) - 2] = 0; /* exactly the limit, in characters */
	CHECK_INT(model_add_question(m, "housing", "fi", longq, false), 0);
	CHECK_INT(model_add_question(m, "nosuch", "fi", "Hei", false), OVI_ENOTFOUND);
	table_count_t t[64];
	int n = model_table_counts(m, t, 64);
	for (int i = 0; i < n; i++)
		if (!strcmp(t[i].name, "questions"))
			CHECK_INT(t[i].rows, 3);
	CHECK_INT(model_add_group_idea(m, "Kokkikerho!", "fi"), 0);
	CHECK_INT(model_add_group_idea(m, "", "fi"), OVI_EREJECT);
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "topic_view", "housing"), 0);
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "topic_view", "housing"), 0);
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "", "housing"), OVI_EUSAGE);
	model_close(m);
}

static bool code_ok(const char *c)
{
	if (strlen(c) != MODEL_CANCEL_CODE_LEN)
		return false;
	for (; *c; c++)
		if (!strchr("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", *c))
			return false;
	return true;
}

TEST(signup_waiting_list_and_cancel)
{
	model_t *m = fresh("q_signup");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(9, 0)));
	char c1[8], c2[8], c3[8], c4[8];
	bool w;
	CHECK_INT(model_signup(m, "games-1", "Kettu", c1, &w), 0);
	CHECK(!w);
	CHECK(code_ok(c1));
	CHECK_INT(model_signup(m, "games-1", " Ilves ", c2, &w), 0);
	CHECK(!w);
	CHECK_INT(model_signup(m, "games-1", "Susi", c3, &w), 0);
	CHECK(w);
	CHECK_INT(model_signup(m, "games-1", "Karhu", c4, &w), 0);
	CHECK(w);
	CHECK(strcmp(c1, c2) && strcmp(c1, c3) && strcmp(c3, c4));
	CHECK(code_ok(c4));

	char dummy[8] = "x";
	CHECK_INT(model_signup(m, "games-1", "KETTU", dummy, &w), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "already");
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_NICK_TAKEN);
	CHECK_STR(dummy, "");
	CHECK_INT(model_signup(m, "games-1", "Perkeleen kettu", dummy, &w), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "not allowed");
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_NICK_BLOCKED);
	CHECK_INT(model_signup(m, "games-1", "", dummy, &w), OVI_EREJECT);
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_NONE); /* invalid, not a reason to name */
	CHECK_INT(model_signup(m, "games-1", "Aaaaaaaaaaaaaaaaaaaaaaaaa", dummy, &w), OVI_EREJECT);
	CHECK_INT(model_signup(m, "nosuch", "Orava", dummy, &w), OVI_ENOTFOUND);

	session_view_t *s;
	int n;
	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 0), &t), 0);
	s = t.sessions;
	n = t.nsessions;
	CHECK_INT(n, 1);
	CHECK_INT(s[0].signed_up, 2);
	CHECK_INT(s[0].waiting, 2);
	CHECK_INT(s[0].places_left, 0);

	/* The first place freed goes to the first on the waiting list. */
	char lower[8];
	for (int i = 0; c1[i]; i++)
		lower[i] = (char)(c1[i] >= 'A' && c1[i] <= 'Z' ? c1[i] + 32 : c1[i]);
	lower[MODEL_CANCEL_CODE_LEN] = 0;
	CHECK_INT(model_cancel_signup(m, lower), 0);
	CHECK_INT(model_cancel_signup(m, c1), OVI_ENOTFOUND); /* once */
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 0), &t), 0);
	CHECK_INT(t.sessions[0].signed_up, 2);
	CHECK_INT(t.sessions[0].waiting, 1);
	/* Cancelling from the waiting list promotes nobody. */
	CHECK_INT(model_cancel_signup(m, c4), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 0), &t), 0);
	CHECK_INT(t.sessions[0].signed_up, 2);
	CHECK_INT(t.sessions[0].waiting, 0);
	/* Susi (c3) has Kettu's place now: cancelling frees one. */
	char spaced[16];
	snprintf(spaced, sizeof spaced, "%.2s %s", c3, c3 + 2);
	CHECK_INT(model_cancel_signup(m, spaced), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 0), &t), 0);
	CHECK_INT(t.sessions[0].signed_up, 1);
	CHECK_INT(model_cancel_signup(m, "ABC"), OVI_ENOTFOUND);
	CHECK_INT(model_cancel_signup(m, NULL), OVI_ENOTFOUND);

	/* The waiting list is as long as the places, at least 5. */
	char code[8];
	CHECK_INT(model_signup(m, "games-1", "Yksi", code, &w), 0);
	CHECK(!w);
	const char *nicks[] = {"A1", "A2", "A3", "A4", "A5", "A6"};
	for (int i = 0; i < 5; i++) {
		CHECK_INT(model_signup(m, "games-1", nicks[i], code, &w), 0);
		CHECK(w);
	}
	CHECK_INT(model_signup(m, "games-1", nicks[5], code, &w), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "full");
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_FULL);

	/* An ended session takes no sign-ups. */
	clock_set(wall_make(FX_MON, HM(16, 0)));
	CHECK_INT(model_signup(m, "games-1", "Myöhässä", code, &w), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "over");
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_OVER);
	clock_set(wall_make(FX_MON + 8, HM(9, 0)));
	CHECK_INT(model_signup(m, "games-2", "Myöhässä", code, &w), OVI_EREJECT);
	arena_free(a);
	model_close(m);
}

/* Codes come from a CSPRNG over the whole alphabet. */
TEST(cancel_codes_are_spread)
{
	model_t *m = fresh("q_codes");
	clock_set(wall_make(FX_MON, HM(9, 0)));
	int seen[128] = {0};
	char code[8], nick[16];
	bool w;
	for (int i = 0; i < 10; i++) {
		snprintf(nick, sizeof nick, "N%d", i);
		CHECK_INT(model_signup(m, "games-2", nick, code, &w), 0);
		for (int k = 0; code[k]; k++)
			seen[(unsigned char)code[k]]++;
	}
	int distinct = 0;
	for (int i = 0; i < 128; i++)
		distinct += seen[i] > 0;
	CHECK(distinct >= 15); /* 50 draws from 32 letters */
	model_close(m);
}

/* Every screen query, with its Nth allocation or step failing: an error
 * with a message, or a result; never a crash or a leak (the sanitizer
 * build checks those). Each screen is swept on its own. */
static int one_screen(model_t *m, arena_t *a, int which)
{
	today_view_t t;
	week_view_t w;
	topic_list_t tl;
	topic_detail_t td;
	group_list_t g;
	service_list_t s;
	help_list_t h;
	bool crisis;
	switch (which) {
	case 0:
		return model_today(m, a, "en", FX_MON, HM(10, 30), &t);
	case 1:
		return model_week(m, a, "sv", FX_MON, &w);
	case 2:
		return model_topics(m, a, "fi", &tl);
	case 3:
		return model_topic(m, a, "fi", "money", FX_MON, HM(10, 30), &td);
	case 4:
		return model_groups(m, a, "fi", FX_MON, HM(9, 0), &g);
	case 5:
		return model_services(m, a, "fi", "kela", &s);
	case 6:
		return model_help(m, a, "fi", false, &h);
	default:
		return model_crisis(m, "mietin itsemurhaa", &crisis);
	}
}

static void sweep_screens(fault_kind_t kind)
{
	model_t *m = fresh(kind == FAULT_STEP ? "q_sweep_step" : "q_sweep_alloc");
	clock_set(wall_make(FX_MON, HM(9, 0)));
	char code[8];
	bool w;
	override_t o = {FX_MON, NULL, "Vieras", OVERRIDE_WALKIN, -1, HM(10, 0), HM(12, 0), "Aula"};
	CHECK_INT(model_add_override(m, &o, NULL), 0);
	CHECK_INT(model_signup(m, "games-1", "Kettu", code, &w), 0);
	int failures = 0;
	for (int which = 0; which < 8; which++) {
		int mine = 0;
		for (long n = 1; n < 100000; n++) {
			arena_t *a = arena_new();
			fault_arm(kind, n, false);
			int rc = a ? one_screen(m, a, which) : OVI_ENOMEM;
			bool fired = fault_fired(kind);
			fault_disarm_all();
			arena_free(a);
			if (!fired) {
				CHECK_INT(rc, 0);
				break;
			}
			if (rc < 0) {
				mine++;
				CHECK(err_last()[0] != 0);
			}
		}
		CHECK(mine > 0);
		failures += mine;
	}
	printf("     %d failures, each reported\n", failures);
	model_close(m);
}

TEST(screens_survive_allocation_failures)
{
	sweep_screens(FAULT_ALLOC);
}
TEST(screens_survive_step_failures)
{
	sweep_screens(FAULT_STEP);
}

/* A sign-up or cancel whose Nth step or allocation fails stores nothing
 * (all or nothing, like an import). */
TEST(writes_are_all_or_nothing)
{
	model_t *m = fresh("q_sweep_write");
	clock_set(wall_make(FX_MON, HM(9, 0)));
	char code[8], first[8], d0[65], d1[65];
	bool w;
	CHECK_INT(model_signup(m, "games-1", "Eka", first, &w), 0);
	CHECK_INT(model_signup(m, "games-1", "Toka", code, &w), 0);
	CHECK_INT(model_signup(m, "games-1", "Jonossa", code, &w), 0);
	fault_kind_t kinds[] = {FAULT_STEP, FAULT_ALLOC};
	for (int k = 0; k < 2; k++) {
		int failures = 0;
		for (long n = 1; n < 100000; n++) {
			CHECK_INT(model_digest(m, d0), 0);
			fault_arm(kinds[k], n, false);
			int rc = model_signup(m, "games-2", "Uusi", code, &w);
			bool fired = fault_fired(kinds[k]);
			fault_disarm_all();
			if (model_digest(m, d1) < 0) {
				fprintf(stderr, "kind %d n %ld rc %d: %s\n", k, n, rc, err_last());
				CHECK(0);
				break;
			}
			if (rc < 0) {
				failures++;
				CHECK_STR(d1, d0);
				continue;
			}
			CHECK(strcmp(d1, d0) != 0);
			CHECK_INT(model_cancel_signup(m, code), 0);
			if (!fired)
				break;
		}
		CHECK(failures > 5);
		failures = 0;
		for (long n = 1; n < 100000; n++) {
			CHECK_INT(model_digest(m, d0), 0);
			fault_arm(kinds[k], n, false);
			int rc = model_cancel_signup(m, first);
			bool fired = fault_fired(kinds[k]);
			fault_disarm_all();
			if (model_digest(m, d1) < 0) {
				fprintf(stderr, "cancel: kind %d n %ld rc %d: %s\n", k, n, rc,
					err_last());
				CHECK(0);
				break;
			}
			if (rc < 0) {
				failures++;
				CHECK_STR(d1, d0);
				continue;
			}
			/* Cancelled, and "Jonossa" moved up: sign Eka up again (now
			 * waiting) to go on. */
			CHECK(strcmp(d1, d0) != 0);
			CHECK_INT(model_signup(m, "games-1", "Eka", first, &w), 0);
			if (!fired)
				break;
		}
		CHECK(failures > 3);
	}
	model_close(m);
}

int main(void)
{
	if (model_global_init() < 0) {
		fprintf(stderr, "%s\n", err_last());
		return 1;
	}
	log_set_level(OVI_LOG_WARN);
	clock_set(wall_make(FX_MON, HM(8, 0)));
	RUN(today_monday_morning);
	RUN(today_in_other_languages_falls_back);
	RUN(today_between_and_after_stretches);
	RUN(today_with_exceptions);
	RUN(short_day_and_after_closing);
	RUN(staff_changes_to_today);
	RUN(week_view);
	RUN(one_snapshot);
	RUN(topics_and_one_topic);
	RUN(groups_with_counts);
	RUN(services_search);
	RUN(help_and_words);
	RUN(queue_numbers_restart_each_day);
	RUN(questions_are_checked);
	RUN(signup_waiting_list_and_cancel);
	RUN(cancel_codes_are_spread);
	RUN(screens_survive_allocation_failures);
	RUN(screens_survive_step_failures);
	RUN(writes_are_all_or_nothing);
	free(g_dir);
	return test_summary();
}
