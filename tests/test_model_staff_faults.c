/*
 * Every staff write (model/model_staff.h) with its Nth sqlite3_step() or Nth
 * allocation failing, for N = 1, 2, ... until nothing fails: each run either
 * succeeds or fails with model_digest() unchanged. And the staff lists fail
 * cleanly (an error, no crash, no leak under ASan) at every failure point.
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

#include <sqlite3.h>
#include <stdlib.h>

#define HASH_A "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"

static char *g_dir;
static char g_path[4200];

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
	content_t *c = fx_content(1);
	bundle_record_t rec = fx_record("/data/bundles/1");
	if (model_apply_content(m, c, &rec) < 0)
		fprintf(stderr, "%s\n", err_last());
	content_free(c);
	return m;
}

/* The state the writes work on: ids that the undo steps keep current. */
static struct {
	int64_t pin, queue, question, signup, override, idea, new_pin, new_override;
} S;

static int64_t first_id(model_t *m, const char *sql)
{
	sqlite3 *db;
	sqlite3_open(g_path, &db);
	sqlite3_stmt *st;
	int64_t id = 0;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return id;
}

static void raw_exec(const char *sql)
{
	sqlite3 *db;
	char *msg = NULL;
	sqlite3_open(g_path, &db);
	sqlite3_busy_timeout(db, 5000);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fprintf(stderr, "raw_exec: %s\n", msg), test_failed_checks++;
	sqlite3_free(msg);
	sqlite3_close(db);
}

static override_t walkin = {0, NULL, "Vieras", OVERRIDE_WALKIN, -1, HM(11, 0), HM(12, 0), "Aula"};

static int w_pin_add(model_t *m)
{
	return model_staff_pin_add(m, "Uusi", HASH_A, &S.new_pin);
}
static int u_pin_add(model_t *m)
{
	return model_staff_pin_remove(m, S.new_pin);
}
static int w_pin_label(model_t *m)
{
	return model_staff_pin_label(m, S.pin, "Toinen");
}
static int u_pin_label(model_t *m)
{
	return model_staff_pin_label(m, S.pin, "Aino");
}
static int w_pin_remove(model_t *m)
{
	return model_staff_pin_remove(m, S.pin);
}
static int u_pin_remove(model_t *m)
{
	return model_staff_pin_add(m, "Aino", HASH_A, &S.pin);
}
static int w_log(model_t *m)
{
	return model_staff_log(m, "Aino", "queue_call", "17");
}
static int w_lock(model_t *m)
{
	return model_pin_failures_set(m, 5, clock_now() + 30);
}
static int u_lock(model_t *m)
{
	return model_pin_failures_set(m, 0, 0);
}
static int w_called(model_t *m)
{
	return model_queue_set_state(m, S.queue, QUEUE_CALLED);
}
static int u_called(model_t *m)
{
	return model_queue_set_state(m, S.queue, QUEUE_WAITING);
}
static int w_publish(model_t *m)
{
	return model_question_publish(m, S.question, "Vastaus");
}
static int w_hide(model_t *m)
{
	return model_question_hide(m, S.question);
}
static int u_question(model_t *m)
{
	raw_exec("UPDATE questions SET status = 'pending', answer = NULL, handled_at = NULL");
	return OVI_OK;
}
static int w_cancel(model_t *m)
{
	return model_session_cancel(m, "games-1", true);
}
static int u_cancel(model_t *m)
{
	return model_session_cancel(m, "games-1", false);
}
static int w_close(model_t *m)
{
	return model_session_close_signups(m, "games-1", true);
}
static int u_close(model_t *m)
{
	return model_session_close_signups(m, "games-1", false);
}
static int w_signup_remove(model_t *m)
{
	return model_signup_remove(m, S.signup);
}
static int u_signup_remove(model_t *m)
{
	/* The removed one had a place: the first waiting moved up; a new one
	 * joins the waiting list, and the next removal takes another place. */
	static int k;
	char code[8], nick[16];
	bool w;
	snprintf(nick, sizeof nick, "Uusi%d", ++k);
	int rc = model_signup(m, "games-1", nick, code, &w);
	S.signup = first_id(m, "SELECT id FROM signups WHERE waiting = 0 ORDER BY id LIMIT 1");
	return rc;
}
static int w_override_add(model_t *m)
{
	return model_add_override(m, &walkin, &S.new_override);
}
static int u_override_add(model_t *m)
{
	return model_remove_override(m, S.new_override);
}
static int w_override_remove(model_t *m)
{
	return model_remove_override(m, S.override);
}
static int u_override_remove(model_t *m)
{
	return model_add_override(m, &walkin, &S.override);
}
static int w_clear(model_t *m)
{
	return model_clear_overrides(m, FX_MON, "Vieras", NULL);
}
static int u_clear(model_t *m)
{
	return model_add_override(m, &walkin, &S.override);
}
static int w_idea_accept(model_t *m)
{
	return model_idea_accept(m, S.idea);
}
static int w_idea_hide(model_t *m)
{
	return model_idea_hide(m, S.idea);
}
static int u_idea(model_t *m)
{
	raw_exec("UPDATE group_ideas SET status = 'pending'");
	return OVI_OK;
}

static const struct {
	const char *name;
	int (*write)(model_t *);
	int (*undo)(model_t *); /* NULL: the write can simply be repeated */
} writes[] = {
	{"pin_add", w_pin_add, u_pin_add},
	{"pin_label", w_pin_label, u_pin_label},
	{"pin_remove", w_pin_remove, u_pin_remove},
	{"staff_log", w_log, NULL},
	{"pin_failures_set", w_lock, u_lock},
	{"queue_set_state", w_called, u_called},
	{"question_publish", w_publish, u_question},
	{"question_hide", w_hide, u_question},
	{"session_cancel", w_cancel, u_cancel},
	{"session_close_signups", w_close, u_close},
	{"signup_remove", w_signup_remove, u_signup_remove},
	{"add_override", w_override_add, u_override_add},
	{"remove_override", w_override_remove, u_override_remove},
	{"clear_overrides", w_clear, u_clear},
	{"idea_accept", w_idea_accept, u_idea},
	{"idea_hide", w_idea_hide, u_idea},
};

static model_t *setup(void)
{
	model_t *m = fresh("stf_writes");
	clock_set(wall_make(FX_MON, HM(9, 0)));
	walkin.day = FX_MON;
	char code[8];
	bool w;
	int n;
	CHECK_INT(model_staff_pin_add(m, "Aino", HASH_A, &S.pin), 0);
	CHECK_INT(model_take_number(m, FX_MON, "housing", &n), 0);
	CHECK_INT(model_add_question(m, "housing", "fi", "Kysymys", false), 0);
	CHECK_INT(model_signup(m, "games-1", "Eka", code, &w), 0);
	CHECK_INT(model_signup(m, "games-1", "Toka", code, &w), 0);
	CHECK_INT(model_signup(m, "games-1", "Jonossa", code, &w), 0);
	CHECK_INT(model_add_override(m, &walkin, &S.override), 0);
	CHECK_INT(model_add_group_idea(m, "Idea", "fi"), 0);
	S.queue = first_id(m, "SELECT id FROM queue");
	S.question = first_id(m, "SELECT id FROM questions");
	S.signup = first_id(m, "SELECT id FROM signups WHERE nickname = 'Eka'");
	S.idea = first_id(m, "SELECT id FROM group_ideas");
	return m;
}

static void sweep_writes(fault_kind_t kind)
{
	model_t *m = setup();
	char d0[65], d1[65];
	for (size_t k = 0; k < sizeof writes / sizeof writes[0]; k++) {
		int failures = 0, ok = 0;
		for (long n = 1; n < 100000; n++) {
			CHECK_INT(model_digest(m, d0), 0);
			fault_arm(kind, n, false);
			int rc = writes[k].write(m);
			bool fired = fault_fired(kind);
			fault_disarm_all();
			if (model_digest(m, d1) < 0) {
				fprintf(stderr, "%s n %ld: %s\n", writes[k].name, n, err_last());
				CHECK(0);
				break;
			}
			if (rc < 0) {
				failures++;
				if (strcmp(d1, d0) != 0 || rc == OVI_ENOTFOUND || !fired) {
					fprintf(stderr, "%s n %ld rc %d changed the database: %s\n",
						writes[k].name, n, rc, err_last());
					CHECK(0);
					break;
				}
				continue;
			}
			ok++;
			CHECK(strcmp(d1, d0) != 0);
			if (writes[k].undo && writes[k].undo(m) < 0) {
				fprintf(stderr, "undo %s: %s\n", writes[k].name, err_last());
				CHECK(0);
				break;
			}
			if (!fired)
				break;
		}
		if (failures < 1 || ok < 1 || getenv("OVI_TEST_VERBOSE"))
			fprintf(stderr, "%s: %d failures, %d successes\n", writes[k].name, failures,
				ok);
		CHECK(failures >= 1);
		CHECK(ok >= 1);
	}
	model_close(m);
}

TEST(staff_writes_are_all_or_nothing_steps)
{
	sweep_writes(FAULT_STEP);
}
TEST(staff_writes_are_all_or_nothing_allocs)
{
	sweep_writes(FAULT_ALLOC);
}

static int one_list(model_t *m, arena_t *a, int which)
{
	switch (which) {
	case 0: {
		staff_pin_list_t l;
		return model_staff_pins(m, a, &l);
	}
	case 1: {
		staff_log_list_t l;
		return model_staff_log_list(m, a, 10, &l);
	}
	case 2: {
		int n;
		wall_t u;
		return model_pin_failures_get(m, &n, &u);
	}
	case 3: {
		override_list_t l;
		return model_overrides(m, a, FX_MON, &l);
	}
	case 4: {
		staff_person_list_t l;
		return model_staff_people(m, a, "sv", &l);
	}
	case 5: {
		queue_list_t l;
		return model_queue_list(m, a, "en", FX_MON, &l);
	}
	case 6: {
		int n;
		return model_queue_called(m, FX_MON, clock_now(), 120, &n);
	}
	case 7: {
		pending_question_list_t l;
		return model_questions_pending(m, a, "fi", &l);
	}
	case 8: {
		signup_list_t l;
		return model_session_signups(m, a, "games-1", &l);
	}
	case 9: {
		idea_list_t l;
		return model_ideas_pending(m, a, &l);
	}
	}
	return OVI_ENOTFOUND;
}

TEST(staff_lists_survive_failures)
{
	model_t *m = setup();
	CHECK_INT(model_queue_set_state(m, S.queue, QUEUE_CALLED), 0);
	CHECK_INT(model_staff_log(m, "Aino", "enter", NULL), 0);
	fault_kind_t kinds[] = {FAULT_STEP, FAULT_ALLOC};
	for (int k = 0; k < 2; k++) {
		for (int which = 0; which < 10; which++) {
			int failures = 0;
			for (long n = 1; n < 100000; n++) {
				arena_t *a = arena_new();
				fault_arm(kinds[k], n, false);
				int rc = one_list(m, a, which);
				bool fired = fault_fired(kinds[k]);
				fault_disarm_all();
				arena_free(a);
				if (rc < 0) {
					failures++;
					CHECK(*err_last());
				}
				if (!fired) {
					CHECK_INT(rc, 0);
					break;
				}
			}
			if (k == 0)
				CHECK(failures >= 1);
		}
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
	RUN(staff_writes_are_all_or_nothing_steps);
	RUN(staff_writes_are_all_or_nothing_allocs);
	RUN(staff_lists_survive_failures);
	free(g_dir);
	return test_summary();
}
