/*
 * Retention: deleted means deleted. After a purge, no byte of a deleted
 * nickname or question is left in ovi.db or ovi.db-wal; what is still within
 * its retention time stays.
 */
#include "model/model.h"
#include "model_fixture.h"
#include "testlib.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static char dir[4096], db[4200], wal[4300];

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

static void sql(const char *q)
{
	sqlite3 *h;
	CHECK_INT(sqlite3_open(db, &h), SQLITE_OK);
	sqlite3_busy_timeout(h, 5000);
	char *e = NULL;
	if (sqlite3_exec(h, q, NULL, NULL, &e) != SQLITE_OK)
		fprintf(stderr, "sql: %s\n", e), test_failed_checks++;
	sqlite3_free(e);
	sqlite3_close(h);
}

TEST(purge_leaves_no_trace)
{
	model_t *m;
	CHECK_INT(model_open(db, &m), 0);
	content_t *c = fx_content(0);
	bundle_record_t rec = fx_record(dir);
	CHECK_INT(model_apply_content(m, c, &rec), 0);
	content_free(c);

	clock_set(wall_make(FX_MON, 9 * 60));
	char code[MODEL_CANCEL_CODE_LEN + 1];
	bool waiting;
	CHECK_INT(model_signup(m, "games-1", "Zorblax77", code, &waiting), 0);
	CHECK_INT(model_signup(m, "games-2", "Quintessa", code, &waiting), 0);
	CHECK_INT(model_add_question(m, "housing", "fi", "Miten haen Xylofonitehtaalle kesätöihin?",
				     false),
		  0);
	CHECK_INT(model_add_question(m, "housing", "fi", "Vielä käsittelemätön Pelikaanikysymys",
				     false),
		  0);
	CHECK_INT(model_add_group_idea(m, "Kvanttikerho torstaisin", "fi"), 0);
	int number;
	CHECK_INT(model_take_number(m, FX_MON, "housing", &number), 0);
	/* Staff handled the first question on Monday. */
	char q[256];
	snprintf(q, sizeof q,
		 "UPDATE questions SET status = 'hidden', handled_at = %lld WHERE "
		 "text LIKE '%%Xylofoni%%'",
		 (long long)wall_make(FX_MON, 10 * 60));
	sql(q);
	CHECK(file_contains(db, "Zorblax77") || file_contains(wal, "Zorblax77"));

	/* Ten days later with 7-day limits: the Monday session's sign-up, the
	 * handled question, the idea and the number go; the sign-up for the
	 * session a week later (games-2, 3 days ago) and the pending question
	 * (created 10 days ago; pending ones wait 4 x 7 days) stay. */
	purge_counts_t n;
	wall_t later = wall_make(FX_MON + 10, 12 * 60);
	CHECK_INT(model_purge(m, later, 7, 7, &n), 0);
	CHECK_INT(n.signups, 1);
	CHECK_INT(n.questions, 1);
	CHECK_INT(n.ideas, 1);
	CHECK_INT(n.numbers, 1);
	/* Checked while the kiosk still runs: closing the last connection
	 * would checkpoint by itself and hide a missing checkpoint. */
	CHECK(!file_contains(db, "Zorblax77"));
	CHECK(!file_contains(wal, "Zorblax77"));
	CHECK(!file_contains(db, "Xylofoni"));
	CHECK(!file_contains(wal, "Xylofoni"));
	CHECK(!file_contains(db, "Kvanttikerho"));
	CHECK(!file_contains(wal, "Kvanttikerho"));
	CHECK(file_contains(db, "Quintessa") || file_contains(wal, "Quintessa"));
	CHECK(file_contains(db, "Pelikaanikysymys") || file_contains(wal, "Pelikaanikysymys"));

	/* And a month later everything is gone. */
	CHECK_INT(model_purge(m, wall_make(FX_MON + 40, 12 * 60), 7, 7, &n), 0);
	CHECK_INT(n.signups, 1);
	CHECK_INT(n.questions, 1);
	CHECK(!file_contains(db, "Quintessa"));
	CHECK(!file_contains(wal, "Quintessa"));
	CHECK(!file_contains(db, "Pelikaanikysymys"));
	CHECK(!file_contains(wal, "Pelikaanikysymys"));
	model_close(m);
}

TEST(cancel_leaves_no_trace_after_checkpoint)
{
	model_t *m;
	CHECK_INT(model_open(db, &m), 0);
	clock_set(wall_make(FX_MON, 9 * 60));
	char code[MODEL_CANCEL_CODE_LEN + 1];
	bool waiting;
	CHECK_INT(model_signup(m, "games-1", "Vanhurskas", code, &waiting), 0);
	CHECK_INT(model_cancel_signup(m, code), 0);
	CHECK_INT(model_checkpoint(m), 0);
	CHECK(!file_contains(db, "Vanhurskas"));
	CHECK(!file_contains(wal, "Vanhurskas"));
	model_close(m);
}

int main(void)
{
	char *t = test_tmpdir("retention");
	snprintf(dir, sizeof dir, "%s", t);
	snprintf(db, sizeof db, "%s/ovi.db", dir);
	snprintf(wal, sizeof wal, "%s/ovi.db-wal", dir);
	free(t);
	model_global_init();
	RUN(purge_leaves_no_trace);
	RUN(cancel_leaves_no_trace_after_checkpoint);
	return test_summary();
}
