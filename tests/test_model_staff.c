/*
 * The staff side of the model (model/model_staff.h): PINs, the staff log, the
 * lockout state, today's changes, the queue, pending questions, sessions'
 * sign-ups and flags, group ideas; and that staff's state survives imports
 * and restarts. Failure injection: test_model_staff_faults.c.
 */
#include "model_digest.h"
#include "testlib.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "model/model.h"
#include "model/model_staff.h"
#include "model_fixture.h"

#include <stdlib.h>

static char *g_dir;
static char g_path[4200];

static void apply(model_t *m, int variant)
{
	content_t *c = fx_content(variant);
	bundle_record_t rec = fx_record("/data/bundles/1");
	if (model_apply_content(m, c, &rec) < 0)
		fprintf(stderr, "%s\n", err_last()), test_failed_checks++;
	content_free(c);
}

static model_t *fresh(const char *name)
{
	free(g_dir);
	g_dir = test_tmpdir(name);
	snprintf(g_path, sizeof g_path, "%s/ovi.db", g_dir);
	model_t *m = NULL;
	if (model_open(g_path, &m) < 0) {
		fprintf(stderr, "%s\n", err_last());
		return NULL;
	}
	apply(m, 1);
	return m;
}

#define HASH_A "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
#define HASH_B "$argon2id$v=19$m=65536,t=2,p=1$b3RoZXJzYWx0$b3RoZXJoYXNo"

TEST(pins_add_list_label_remove)
{
	model_t *m = fresh("st_pins");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(8, 0)));
	staff_pin_list_t l;
	CHECK_INT(model_staff_pins(m, a, &l), 0);
	CHECK_INT(l.n, 0);
	int64_t id1 = 0, id2 = 0;
	CHECK_INT(model_staff_pin_add(m, "  Aino ", HASH_A, &id1), 0);
	CHECK_INT(model_staff_pin_add(m, "Ilta-vuoro", HASH_B, &id2), 0);
	CHECK(id1 > 0 && id2 > id1);
	CHECK_INT(model_staff_pins(m, a, &l), 0);
	CHECK_INT(l.n, 2);
	CHECK_STR(l.v[0].label, "Aino");
	CHECK_STR(l.v[0].hash, HASH_A);
	CHECK_INT(l.v[0].created, wall_make(FX_MON, HM(8, 0)));
	CHECK_INT(l.v[1].id, id2);

	CHECK_INT(model_staff_pin_label(m, id1, "Aino K."), 0);
	CHECK_INT(model_staff_pins(m, a, &l), 0);
	CHECK_STR(l.v[0].label, "Aino K.");
	CHECK_INT(model_staff_pin_label(m, 999, "X"), OVI_ENOTFOUND);
	CHECK_INT(model_staff_pin_label(m, id1, "   "), OVI_EREJECT);

	/* Not hashes, not labels. */
	CHECK_INT(model_staff_pin_add(m, "X", "1234", NULL), OVI_EREJECT);
	CHECK_INT(model_staff_pin_add(m, "X", "", NULL), OVI_EREJECT);
	CHECK_INT(model_staff_pin_add(m, "X", NULL, NULL), OVI_EREJECT);
	CHECK_INT(model_staff_pin_add(m, "X", "$argon2id$with space", NULL), OVI_EREJECT);
	char longhash[200];
	memset(longhash, 'a', sizeof longhash - 1);
	longhash[0] = '$';
	longhash[sizeof longhash - 1] = 0;
	CHECK_INT(model_staff_pin_add(m, "X", longhash, NULL), OVI_EREJECT);
	CHECK_INT(model_staff_pin_add(m, "", HASH_A, NULL), OVI_EREJECT);
	CHECK_INT(model_staff_pin_add(m, "Label\nwith newline", HASH_A, NULL), OVI_EREJECT);
	CHECK_INT(model_staff_pin_add(m, "A label far longer than forty characters, really", HASH_A,
				      NULL),
		  OVI_EREJECT);

	CHECK_INT(model_staff_pin_remove(m, id1), 0);
	CHECK_INT(model_staff_pin_remove(m, id1), OVI_ENOTFOUND);
	CHECK_INT(model_staff_pins(m, a, &l), 0);
	CHECK_INT(l.n, 1);
	CHECK_STR(l.v[0].label, "Ilta-vuoro");
	arena_free(a);
	model_close(m);
}

TEST(staff_log_newest_first)
{
	model_t *m = fresh("st_log");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(9, 0)));
	CHECK_INT(model_staff_log(m, "Aino", "enter", NULL), 0);
	clock_advance_ms(60000);
	CHECK_INT(model_staff_log(m, "Aino", "queue_call", "17"), 0);
	clock_advance_ms(60000);
	CHECK_INT(model_staff_log(m, NULL, "pin_wrong", "bad\ttab\nnewline"), 0);
	CHECK_INT(model_staff_log(m, "Aino", "", NULL), OVI_EUSAGE);
	CHECK_INT(model_staff_log(m, "Aino", NULL, NULL), OVI_EUSAGE);
	char longdetail[600];
	memset(longdetail, 'x', sizeof longdetail - 1);
	longdetail[sizeof longdetail - 1] = 0;
	memcpy(longdetail, "ääää", 8); /* multibyte characters are cut whole */
	CHECK_INT(model_staff_log(m, "Bertil", "export", longdetail), 0);

	staff_log_list_t l;
	CHECK_INT(model_staff_log_list(m, a, 0, &l), 0);
	CHECK_INT(l.n, 4);
	CHECK_STR(l.v[0].action, "export");
	CHECK_INT(strlen(l.v[0].detail), MODEL_STAFF_DETAIL_MAX + 4); /* 4 two-byte chars */
	CHECK_STR(l.v[1].action, "pin_wrong");
	CHECK_STR(l.v[1].label, "");
	CHECK_STR(l.v[1].detail, "bad tab newline");
	CHECK_STR(l.v[2].detail, "17");
	CHECK_INT(l.v[2].at, wall_make(FX_MON, HM(9, 1)));
	CHECK_STR(l.v[3].action, "enter");
	CHECK_STR(l.v[3].detail, "");
	CHECK_INT(model_staff_log_list(m, a, 2, &l), 0);
	CHECK_INT(l.n, 2);
	CHECK_STR(l.v[1].action, "pin_wrong");

	/* Kept MODEL_STAFF_LOG_DAYS, then purged. */
	CHECK_INT(
		model_purge(m, wall_make(FX_MON + MODEL_STAFF_LOG_DAYS - 1, HM(9, 0)), 30, 7, NULL),
		0);
	CHECK_INT(model_staff_log_list(m, a, 0, &l), 0);
	CHECK_INT(l.n, 4);
	CHECK_INT(
		model_purge(m, wall_make(FX_MON + MODEL_STAFF_LOG_DAYS + 1, HM(9, 0)), 30, 7, NULL),
		0);
	CHECK_INT(model_staff_log_list(m, a, 0, &l), 0);
	CHECK_INT(l.n, 0);
	arena_free(a);
	model_close(m);
}

TEST(pin_lockout_survives_a_restart)
{
	model_t *m = fresh("st_lock");
	int n = -1;
	wall_t until = -1;
	CHECK_INT(model_pin_failures_get(m, &n, &until), 0);
	CHECK_INT(n, 0);
	CHECK_INT(until, 0);
	CHECK_INT(model_pin_failures_set(m, 6, wall_make(FX_MON, HM(9, 1))), 0);
	CHECK_INT(model_pin_failures_set(m, -1, 0), OVI_EUSAGE);
	model_close(m);
	CHECK_INT(model_open(g_path, &m), 0);
	CHECK_INT(model_pin_failures_get(m, &n, &until), 0);
	CHECK_INT(n, 6);
	CHECK_INT(until, wall_make(FX_MON, HM(9, 1)));
	/* An import does not reset it either. */
	apply(m, 2);
	CHECK_INT(model_pin_failures_get(m, &n, &until), 0);
	CHECK_INT(n, 6);
	CHECK_INT(model_pin_failures_set(m, 0, 0), 0);
	CHECK_INT(model_pin_failures_get(m, &n, &until), 0);
	CHECK_INT(n, 0);
	CHECK_INT(until, 0);
	model_close(m);
}

TEST(overrides_list_remove_and_walkins)
{
	model_t *m = fresh("st_ovr");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(8, 30)));
	staff_person_list_t pl;
	CHECK_INT(model_staff_people(m, a, "en", &pl), 0);
	CHECK_INT(pl.n, 3);
	CHECK_STR(pl.v[0].name, "Aino Korhonen");
	CHECK_STR(pl.v[0].org_name, "City");
	CHECK_STR(pl.v[0].role, "Youth worker");
	CHECK_STR(pl.v[1].id, "bertil");
	CHECK_STR(pl.v[1].org_name, "Kela");

	override_t late = {FX_MON, "aino", NULL, OVERRIDE_LATE, HM(11, 0), -1, -1, NULL};
	override_t walk = {FX_MON, NULL,      "Maija",	 OVERRIDE_WALKIN,
			   -1,	   HM(11, 0), HM(12, 0), "Aula"};
	/* A known person not in today's calendar, walked in. */
	override_t chen = {FX_MON, "chen", NULL, OVERRIDE_WALKIN, -1, HM(9, 0), HM(10, 0), NULL};
	override_t other = {FX_MON + 1, "bertil", NULL, OVERRIDE_AWAY, -1, -1, -1, NULL};
	int64_t id_late, id_walk, id_chen;
	CHECK_INT(model_add_override(m, &late, &id_late), 0);
	CHECK_INT(model_add_override(m, &walk, &id_walk), 0);
	CHECK_INT(model_add_override(m, &chen, &id_chen), 0);
	CHECK_INT(model_add_override(m, &other, NULL), 0);

	override_list_t ol;
	CHECK_INT(model_overrides(m, a, FX_MON, &ol), 0);
	CHECK_INT(ol.n, 3);
	CHECK_INT(ol.v[0].id, id_late);
	CHECK_STR(ol.v[0].person, "aino");
	CHECK_STR(ol.v[0].name, "Aino Korhonen");
	CHECK_INT(ol.v[0].state, OVERRIDE_LATE);
	CHECK_INT(ol.v[0].time, HM(11, 0));
	CHECK_INT(ol.v[0].start, -1);
	CHECK_STR(ol.v[0].room, "");
	CHECK_INT(ol.v[0].created, wall_make(FX_MON, HM(8, 30)));
	CHECK_STR(ol.v[1].person, "");
	CHECK_STR(ol.v[1].name, "Maija");
	CHECK_STR(ol.v[1].room, "Aula");
	CHECK_INT(ol.v[1].state, OVERRIDE_WALKIN);
	CHECK_INT(ol.v[1].end, HM(12, 0));
	CHECK_STR(ol.v[2].name, "Chen Li");

	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 30), &t), 0);
	bool chen_now = false;
	for (int i = 0; i < t.nnow; i++)
		chen_now |= !strcmp(t.now[i].id, "chen") && t.now[i].presence == PRESENCE_WALKIN;
	CHECK(chen_now);
	CHECK_STR(t.later[0].name, "Bertil Åberg"); /* Aino is late: 11:00 */

	/* Undoing one change shows the day without it. */
	CHECK_INT(model_remove_override(m, id_late), 0);
	CHECK_INT(model_remove_override(m, id_late), OVI_ENOTFOUND);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 30), &t), 0);
	bool aino_now = false;
	for (int i = 0; i < t.nnow; i++)
		aino_now |= !strcmp(t.now[i].id, "aino") && t.now[i].presence == PRESENCE_SCHEDULED;
	CHECK(aino_now);

	int removed = -1;
	CHECK_INT(model_clear_overrides(m, FX_MON, "Maija", &removed), 0);
	CHECK_INT(removed, 1);
	CHECK_INT(model_clear_overrides(m, FX_MON, "chen", &removed), 0);
	CHECK_INT(removed, 1);
	CHECK_INT(model_clear_overrides(m, FX_MON, "", NULL), OVI_EUSAGE);
	CHECK_INT(model_overrides(m, a, FX_MON, &ol), 0);
	CHECK_INT(ol.n, 0);
	CHECK_INT(model_overrides(m, a, FX_MON + 1, &ol), 0);
	CHECK_INT(ol.n, 1);
	arena_free(a);
	model_close(m);
}

/* Staff's changes, flags, PINs and lock are kiosk tables: an import (even
 * one without the people or sessions they name) and a restart keep them. */
TEST(staff_state_survives_import_and_restart)
{
	model_t *m = fresh("st_import");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(8, 0)));
	override_t away = {FX_MON, "bertil", NULL, OVERRIDE_AWAY, -1, -1, -1, NULL};
	CHECK_INT(model_add_override(m, &away, NULL), 0);
	CHECK_INT(model_session_cancel(m, "games-1", true), 0);
	CHECK_INT(model_session_close_signups(m, "art-1", true), 0);
	CHECK_INT(model_staff_pin_add(m, "Aino", HASH_A, NULL), 0);
	char d0[65], d1[65];
	apply(m, 2); /* no bertil, no sessions */
	override_list_t ol;
	CHECK_INT(model_overrides(m, a, FX_MON, &ol), 0);
	CHECK_INT(ol.n, 1);
	CHECK_STR(ol.v[0].name, "bertil"); /* no longer in the content: the id */
	apply(m, 1);
	CHECK_INT(model_digest(m, d0), 0);
	model_close(m);
	CHECK_INT(model_open(g_path, &m), 0);
	CHECK_INT(model_digest(m, d1), 0);
	CHECK_STR(d1, d0);
	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(10, 30), &t), 0);
	CHECK_INT(t.nsessions, 1);
	CHECK(t.sessions[0].cancelled);
	CHECK(!t.sessions[0].signups_closed);
	bool bertil_away = false;
	for (int i = 0; i < t.naway; i++)
		bertil_away |= !strcmp(t.away[i].id, "bertil");
	CHECK(bertil_away);
	group_list_t g;
	CHECK_INT(model_groups(m, a, "fi", FX_MON, HM(10, 0), &g), 0);
	int closed = 0;
	for (int i = 0; i < g.n; i++)
		for (int k = 0; k < g.v[i].nsessions; k++)
			closed += g.v[i].sessions[k].signups_closed &&
				  !strcmp(g.v[i].sessions[k].id, "art-1");
	CHECK_INT(closed, 1);
	arena_free(a);
	model_close(m);
}

TEST(queue_list_states_and_called_window)
{
	model_t *m = fresh("st_queue");
	arena_t *a = arena_new();
	wall_t t0 = wall_make(FX_MON, HM(10, 0));
	clock_set(t0);
	int n1, n2, n3;
	CHECK_INT(model_take_number(m, FX_MON, "housing", &n1), 0);
	clock_advance_ms(60000);
	CHECK_INT(model_take_number(m, FX_MON, "", &n2), 0);
	CHECK_INT(model_take_number(m, FX_MON, "money", &n3), 0);
	int other;
	CHECK_INT(model_take_number(m, FX_MON + 1, "money", &other), 0);

	queue_list_t q;
	CHECK_INT(model_queue_list(m, a, "sv", FX_MON, &q), 0);
	CHECK_INT(q.n, 3);
	CHECK_INT(q.v[0].number, 1);
	CHECK_STR(q.v[0].topic, "housing");
	CHECK_STR(q.v[0].topic_title, "Boende");
	CHECK_INT(q.v[0].created, t0);
	CHECK_INT(q.v[0].state, QUEUE_WAITING);
	CHECK_INT(q.v[0].called_at, 0);
	CHECK_STR(q.v[1].topic, "");
	CHECK_STR(q.v[1].topic_title, "");
	CHECK_STR(q.v[2].topic_title, "Raha"); /* no Swedish: the default */

	int called = -1;
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 120, &called), 0);
	CHECK_INT(called, 0);
	CHECK_INT(model_queue_set_state(m, q.v[1].id, QUEUE_CALLED), 0); /* 10:01 */
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 120, &called), 0);
	CHECK_INT(called, 2);
	CHECK_INT(model_queue_called(m, FX_MON + 1, clock_now(), 120, &called), 0);
	CHECK_INT(called, 0);
	clock_advance_ms(121000);
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 120, &called), 0);
	CHECK_INT(called, 0); /* the banner is over */
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 600, &called), 0);
	CHECK_INT(called, 2);
	/* The latest call shows; a done one no longer does. */
	CHECK_INT(model_queue_set_state(m, q.v[2].id, QUEUE_CALLED), 0);
	clock_advance_ms(10000);
	CHECK_INT(model_queue_set_state(m, q.v[0].id, QUEUE_CALLED), 0);
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 120, &called), 0);
	CHECK_INT(called, 1);
	CHECK_INT(model_queue_set_state(m, q.v[0].id, QUEUE_DONE), 0);
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 120, &called), 0);
	CHECK_INT(called, 3);
	CHECK_INT(model_queue_set_state(m, q.v[2].id, QUEUE_NOSHOW), 0);
	CHECK_INT(model_queue_called(m, FX_MON, clock_now(), 120, &called), 0);
	CHECK_INT(called, 0);
	/* Set back before the call: nothing shows. */
	CHECK_INT(model_queue_set_state(m, q.v[1].id, QUEUE_CALLED), 0);
	CHECK_INT(model_queue_called(m, FX_MON, clock_now() - 60, 120, &called), 0);
	CHECK_INT(called, 0);

	CHECK_INT(model_queue_list(m, a, "fi", FX_MON, &q), 0);
	CHECK_INT(q.v[0].state, QUEUE_DONE);
	CHECK_INT(q.v[0].called_at, t0 + 60 + 121 + 10);
	CHECK_INT(q.v[1].state, QUEUE_CALLED);
	CHECK_INT(q.v[2].state, QUEUE_NOSHOW);
	CHECK_INT(model_queue_set_state(m, 9999, QUEUE_DONE), OVI_ENOTFOUND);
	CHECK_INT(model_queue_set_state(m, q.v[0].id, (queue_state_t)9), OVI_EUSAGE);
	arena_free(a);
	model_close(m);
}

TEST(pending_questions_crisis_first_then_oldest)
{
	model_t *m = fresh("st_questions");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(9, 0)));
	CHECK_INT(model_add_question(m, "housing", "fi", "Eka kysymys", false), 0);
	clock_advance_ms(5 * 60000);
	CHECK_INT(model_add_question(m, "money", "fi", "Toka, kriisi", true), 0);
	clock_advance_ms(5 * 60000);
	CHECK_INT(model_add_question(m, "", "en", "Third one", false), 0);
	clock_advance_ms(5 * 60000);
	CHECK_INT(model_add_question(m, "housing", "sv", "Fjärde, kris", true), 0);

	pending_question_list_t l;
	CHECK_INT(model_questions_pending(m, a, "en", &l), 0);
	CHECK_INT(l.n, 4);
	CHECK_STR(l.v[0].text, "Toka, kriisi");
	CHECK(l.v[0].crisis);
	CHECK_STR(l.v[0].topic_title, "Raha");
	CHECK_STR(l.v[1].text, "Fjärde, kris");
	CHECK_STR(l.v[1].lang, "sv");
	CHECK_STR(l.v[1].topic_title, "Housing");
	CHECK_STR(l.v[2].text, "Eka kysymys");
	CHECK(!l.v[2].crisis);
	CHECK_INT(l.v[2].created, wall_make(FX_MON, HM(9, 0)));
	CHECK_STR(l.v[3].text, "Third one");
	CHECK_STR(l.v[3].topic, "");

	/* Publish: the topic's answered list shows it; hide: gone. */
	clock_set(wall_make(FX_MON, HM(11, 0)));
	int64_t eka = l.v[2].id, fjarde = l.v[1].id, third = l.v[3].id;
	CHECK_INT(model_question_publish(m, eka, "  Tule käymään!  "), 0);
	CHECK_INT(model_question_publish(m, fjarde, ""), OVI_EREJECT);
	CHECK_INT(model_question_publish(m, 9999, "x"), OVI_ENOTFOUND);
	topic_detail_t d;
	CHECK_INT(model_topic(m, a, "fi", "housing", FX_MON, HM(11, 0), &d), 0);
	CHECK_INT(d.nqa, 1);
	CHECK_STR(d.qa[0].question, "Eka kysymys");
	CHECK_STR(d.qa[0].answer, "Tule käymään!");
	CHECK_INT(d.qa[0].answered, wall_make(FX_MON, HM(11, 0)));
	/* A correction keeps the answer's date. */
	clock_set(wall_make(FX_MON, HM(12, 0)));
	CHECK_INT(model_question_publish(m, eka, "Tule käymään huomenna!"), 0);
	CHECK_INT(model_topic(m, a, "fi", "housing", FX_MON, HM(12, 0), &d), 0);
	CHECK_STR(d.qa[0].answer, "Tule käymään huomenna!");
	CHECK_INT(d.qa[0].answered, wall_make(FX_MON, HM(11, 0)));

	CHECK_INT(model_question_hide(m, fjarde), 0);
	CHECK_INT(model_question_hide(m, fjarde), OVI_ENOTFOUND);
	CHECK_INT(model_question_publish(m, fjarde, "too late"), OVI_ENOTFOUND);
	CHECK_INT(model_question_hide(m, eka), 0); /* unpublished */
	CHECK_INT(model_topic(m, a, "fi", "housing", FX_MON, HM(12, 0), &d), 0);
	CHECK_INT(d.nqa, 0);
	CHECK_INT(model_questions_pending(m, a, NULL, &l), 0);
	CHECK_INT(l.n, 2);
	CHECK_STR(l.v[0].topic_title, "Raha");
	CHECK_INT(l.v[1].id, third);

	/* Handled questions go question_days after handled_at. */
	CHECK_INT(model_purge(m, wall_make(FX_MON + 3, HM(12, 1)), 3, 7, NULL), 0);
	CHECK_INT(model_questions_pending(m, a, NULL, &l), 0);
	CHECK_INT(l.n, 2);
	arena_free(a);
	model_close(m);
}

static const signup_row_t *nick(const signup_list_t *l, const char *n)
{
	for (int i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].nickname, n))
			return &l->v[i];
	return NULL;
}

TEST(session_signups_flags_and_removal)
{
	model_t *m = fresh("st_sessions");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(9, 0)));
	char code[8];
	bool w;
	const char *nicks[] = {"Kettu", "Ilves", "Susi", "Karhu", "Orava"};
	for (int i = 0; i < 5; i++) {
		CHECK_INT(model_signup(m, "games-1", nicks[i], code, &w), 0); /* 2 places */
		clock_advance_ms(1000);
	}
	signup_list_t l;
	CHECK_INT(model_session_signups(m, a, "games-1", &l), 0);
	CHECK_INT(l.n, 5);
	CHECK_STR(l.v[0].nickname, "Kettu");
	CHECK(!l.v[0].waiting);
	CHECK_INT(l.v[0].position, 0);
	CHECK_INT(l.v[0].created, wall_make(FX_MON, HM(9, 0)));
	CHECK_STR(l.v[2].nickname, "Susi");
	CHECK(l.v[2].waiting);
	CHECK_INT(l.v[2].position, 1);
	CHECK_INT(l.v[4].position, 3);
	CHECK_INT(model_session_signups(m, a, "nosuch", &l), 0);
	CHECK_INT(l.n, 0);

	/* Removing a waiting one promotes nobody; positions close up. */
	CHECK_INT(model_session_signups(m, a, "games-1", &l), 0);
	CHECK_INT(model_signup_remove(m, nick(&l, "Karhu")->id), 0);
	CHECK_INT(model_session_signups(m, a, "games-1", &l), 0);
	CHECK_INT(l.n, 4);
	CHECK_INT(nick(&l, "Orava")->position, 2);
	/* Removing one with a place: the first waiting moves up. */
	int64_t kettu = nick(&l, "Kettu")->id;
	CHECK_INT(model_signup_remove(m, kettu), 0);
	CHECK_INT(model_signup_remove(m, kettu), OVI_ENOTFOUND);
	CHECK_INT(model_session_signups(m, a, "games-1", &l), 0);
	CHECK_INT(l.n, 3);
	CHECK(!nick(&l, "Susi")->waiting);
	CHECK_INT(nick(&l, "Susi")->position, 0);
	CHECK(nick(&l, "Orava")->waiting);
	CHECK_INT(nick(&l, "Orava")->position, 1);
	CHECK_STR(l.v[2].nickname, "Orava");

	/* Cancel: the youth views say so and take no sign-ups. */
	CHECK_INT(model_session_cancel(m, "games-1", true), 0);
	CHECK_INT(model_session_cancel(m, "nosuch", true), OVI_ENOTFOUND);
	today_view_t t;
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 0), &t), 0);
	CHECK(t.sessions[0].cancelled);
	CHECK(!t.sessions[0].signups_closed);
	CHECK_INT(t.sessions[0].signed_up, 2); /* kept: un-cancelling restores them */
	CHECK_INT(model_signup(m, "games-1", "Myöhäinen", code, &w), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "cancelled");
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_CANCELLED);
	CHECK_INT(model_session_cancel(m, "games-1", false), 0);
	CHECK_INT(model_today(m, a, "fi", FX_MON, HM(9, 0), &t), 0);
	CHECK(!t.sessions[0].cancelled);

	/* Close sign-ups. */
	CHECK_INT(model_session_close_signups(m, "games-2", true), 0);
	CHECK_INT(model_signup(m, "games-2", "Myöhäinen", code, &w), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "closed");
	CHECK_INT(model_signup_refusal(m), MODEL_REFUSAL_CLOSED);
	CHECK_INT(model_session_cancel(m, "games-2", true), 0);
	CHECK_INT(model_session_close_signups(m, "games-2", false), 0);
	group_list_t g;
	CHECK_INT(model_groups(m, a, "fi", FX_MON, HM(9, 0), &g), 0);
	const session_view_t *s2 = NULL;
	for (int i = 0; i < g.n; i++)
		for (int k = 0; k < g.v[i].nsessions; k++)
			if (!strcmp(g.v[i].sessions[k].id, "games-2"))
				s2 = &g.v[i].sessions[k];
	CHECK(s2 && s2->cancelled && !s2->signups_closed);
	CHECK_INT(model_session_cancel(m, "games-2", false), 0);
	CHECK_INT(model_signup(m, "games-2", "Myöhäinen", code, &w), 0);
	/* Cleared flags leave no row behind. */
	table_count_t tc[64];
	int n = model_table_counts(m, tc, 64);
	for (int i = 0; i < n; i++)
		if (!strcmp(tc[i].name, "session_flags"))
			CHECK_INT(tc[i].rows, 0);

	/* Flags end with their session. */
	CHECK_INT(model_session_cancel(m, "games-1", true), 0);
	CHECK_INT(model_session_cancel(m, "games-2", true), 0);
	CHECK_INT(model_purge(m, wall_make(FX_MON + 1, HM(9, 0)), 30, 30, NULL), 0);
	n = model_table_counts(m, tc, 64);
	for (int i = 0; i < n; i++)
		if (!strcmp(tc[i].name, "session_flags"))
			CHECK_INT(tc[i].rows, 1);
	arena_free(a);
	model_close(m);
}

static bool file_contains(const char *path, const char *needle)
{
	size_t len = 0;
	char *data = test_read_file(path, &len);
	if (!data)
		return false;
	size_t n = strlen(needle);
	bool found = false;
	for (size_t i = 0; !found && n <= len && i <= len - n; i++)
		found = memcmp(data + i, needle, n) == 0;
	free(data);
	return found;
}

/* What staff remove is really gone: after the checkpoint, neither ovi.db
 * nor its WAL holds the nickname; a hidden question goes at its purge. */
TEST(staff_removals_leave_no_trace)
{
	model_t *m = fresh("st_trace");
	arena_t *a = arena_new();
	char wal[4300];
	snprintf(wal, sizeof wal, "%s-wal", g_path);
	clock_set(wall_make(FX_MON, HM(9, 0)));
	char code[8];
	bool w;
	CHECK_INT(model_signup(m, "games-2", "Zorblaxia", code, &w), 0);
	CHECK_INT(model_add_question(m, "housing", "fi", "Pelikaanikysymys salaisuus", false), 0);
	CHECK_INT(model_checkpoint(m), 0);
	CHECK(file_contains(g_path, "Zorblaxia"));
	signup_list_t l;
	CHECK_INT(model_session_signups(m, a, "games-2", &l), 0);
	CHECK_INT(model_signup_remove(m, l.v[0].id), 0);
	pending_question_list_t q;
	CHECK_INT(model_questions_pending(m, a, NULL, &q), 0);
	CHECK_INT(model_question_hide(m, q.v[0].id), 0);
	CHECK_INT(model_checkpoint(m), 0);
	CHECK(!file_contains(g_path, "Zorblaxia"));
	CHECK(!file_contains(wal, "Zorblaxia"));
	CHECK(file_contains(g_path, "Pelikaanikysymys")); /* kept question_days */
	CHECK_INT(model_purge(m, wall_make(FX_MON + 4, HM(9, 1)), 3, 7, NULL), 0);
	CHECK(!file_contains(g_path, "Pelikaanikysymys"));
	CHECK(!file_contains(wal, "Pelikaanikysymys"));
	arena_free(a);
	model_close(m);
}

TEST(group_ideas_moderation)
{
	model_t *m = fresh("st_ideas");
	arena_t *a = arena_new();
	clock_set(wall_make(FX_MON, HM(9, 0)));
	CHECK_INT(model_add_group_idea(m, "Shakkikerho", "fi"), 0);
	clock_advance_ms(1000);
	CHECK_INT(model_add_group_idea(m, "Kokkikerho", NULL), 0);
	clock_advance_ms(1000);
	CHECK_INT(model_add_group_idea(m, "Film club", "en"), 0);
	idea_list_t l;
	CHECK_INT(model_ideas_pending(m, a, &l), 0);
	CHECK_INT(l.n, 3);
	CHECK_STR(l.v[0].text, "Shakkikerho");
	CHECK_STR(l.v[1].lang, "fi");
	CHECK_INT(l.v[2].created, wall_make(FX_MON, HM(9, 0)) + 2);
	int64_t chess = l.v[0].id, cook = l.v[1].id, film = l.v[2].id;
	CHECK_INT(model_idea_accept(m, chess), 0);
	CHECK_INT(model_idea_hide(m, cook), 0);
	CHECK_INT(model_idea_accept(m, chess), OVI_ENOTFOUND); /* no longer pending */
	CHECK_INT(model_idea_accept(m, 9999), OVI_ENOTFOUND);
	CHECK_INT(model_idea_publish(m, film), OVI_ENOTFOUND); /* not taken up */
	CHECK_INT(model_ideas_pending(m, a, &l), 0);
	CHECK_INT(l.n, 1);
	CHECK_STR(l.v[0].text, "Film club");
	CHECK_INT(model_ideas(m, a, "accepted", &l), 0);
	CHECK_INT(l.n, 1);
	/* Published: young people see it among the ideas being planned. */
	planned_ideas_t p;
	CHECK_INT(model_planned_ideas(m, a, &p), 0);
	CHECK_INT(p.n, 0);
	CHECK_INT(model_idea_publish(m, chess), 0);
	CHECK_INT(model_idea_publish(m, chess), OVI_ENOTFOUND);
	CHECK_INT(model_planned_ideas(m, a, &p), 0);
	CHECK_INT(p.n, 1);
	CHECK_STR(p.text[0], "Shakkikerho");
	CHECK_INT(model_ideas(m, a, "accepted", &l), 0);
	CHECK_INT(l.n, 0);
	/* Retention leaves a published idea (anonymous, public), not the rest. */
	clock_set(wall_make(FX_MON + 60, HM(9, 0)));
	purge_counts_t pc;
	CHECK_INT(model_purge(m, clock_now(), 14, 7, &pc), 0);
	CHECK_INT(model_planned_ideas(m, a, &p), 0);
	CHECK_INT(p.n, 1);
	CHECK_INT(model_ideas_pending(m, a, &l), 0);
	CHECK_INT(l.n, 0);
	/* Taken down: hidden, gone from the youth screen. */
	CHECK_INT(model_idea_hide(m, chess), OVI_ENOTFOUND); /* published: unpublish it */
	CHECK_INT(model_idea_unpublish(m, chess), 0);
	CHECK_INT(model_planned_ideas(m, a, &p), 0);
	CHECK_INT(p.n, 0);
	arena_free(a);
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
	RUN(pins_add_list_label_remove);
	RUN(staff_log_newest_first);
	RUN(pin_lockout_survives_a_restart);
	RUN(overrides_list_remove_and_walkins);
	RUN(staff_state_survives_import_and_restart);
	RUN(queue_list_states_and_called_window);
	RUN(pending_questions_crisis_first_then_oldest);
	RUN(session_signups_flags_and_removal);
	RUN(staff_removals_leave_no_trace);
	RUN(group_ideas_moderation);
	free(g_dir);
	return test_summary();
}
