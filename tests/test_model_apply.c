#include "model_digest.h"
#include "testlib.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/log.h"
#include "core/str.h"
#include "model/model.h"
#include "model_fixture.h"

#include <sqlite3.h>
#include <stdlib.h>

static char *dir_of(const char *test)
{
	return test_tmpdir(test);
}

static model_t *open_in(const char *dir, const char *name)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	model_t *m = NULL;
	if (model_open(path, &m) < 0)
		fprintf(stderr, "model_open: %s\n", err_last());
	return m;
}

static int64_t rows(model_t *m, const char *table)
{
	table_count_t t[64];
	int n = model_table_counts(m, t, 64);
	for (int i = 0; i < n; i++)
		if (!strcmp(t[i].name, table))
			return t[i].rows;
	return -1;
}

static int apply(model_t *m, int variant, bundle_record_t *rec)
{
	content_t *c = fx_content(variant);
	*rec = fx_record("/var/lib/ovi/bundles/x");
	int rc = model_apply_content(m, c, rec);
	content_free(c);
	return rc;
}

/* A text from a query of the test's own connection (the way another screen
 * or tool would read the file), parameters bound as text. */
static char *raw_text(const char *dir, const char *sql, const char *p1, const char *p2)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", dir);
	sqlite3 *db;
	sqlite3_stmt *st;
	char *out = NULL;
	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (p1)
			sqlite3_bind_text(st, 1, p1, -1, SQLITE_STATIC);
		if (p2)
			sqlite3_bind_text(st, 2, p2, -1, SQLITE_STATIC);
		strbuf_t b = {0};
		while (sqlite3_step(st) == SQLITE_ROW) {
			if (b.len)
				sb_putc(&b, '|');
			const unsigned char *t = sqlite3_column_text(st, 0);
			sb_append(&b, t ? (const char *)t : "NULL");
		}
		out = strdup(sb_str(&b));
		sb_free(&b);
		sqlite3_finalize(st);
	} else {
		fprintf(stderr, "raw_text: %s\n", sqlite3_errmsg(db));
	}
	sqlite3_close(db);
	return out;
}

/* What EXPLAIN QUERY PLAN says about sql, one line per step. */
static char *raw_plan(const char *dir, const char *sql)
{
	char q[1024];
	snprintf(q, sizeof q, "EXPLAIN QUERY PLAN %s", sql);
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", dir);
	sqlite3 *db;
	sqlite3_stmt *st;
	strbuf_t b = {0};
	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, q, -1, &st, NULL) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW)
			sb_printf(&b, "%s\n", (const char *)sqlite3_column_text(st, 3));
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	char *out = strdup(sb_str(&b));
	sb_free(&b);
	return out;
}

TEST(apply_fills_every_content_table)
{
	char *dir = dir_of("apply_counts");
	model_t *m = open_in(dir, "ovi.db");
	bundle_record_t rec;
	CHECK_INT(model_current_bundle(m, &rec), OVI_ENOTFOUND);
	CHECK_INT(apply(m, 1, &rec), 0);
	CHECK(rec.id > 0);
	CHECK_INT(rows(m, "site"), 1);
	CHECK_INT(rows(m, "hours"), 5);
	CHECK_INT(rows(m, "organisations"), 2);
	CHECK_INT(rows(m, "topics"), 3);
	CHECK_INT(rows(m, "people"), 3);
	CHECK_INT(rows(m, "person_languages"), 5);
	CHECK_INT(rows(m, "person_topics"), 4);
	CHECK_INT(rows(m, "roster"), 4);
	CHECK_INT(rows(m, "exceptions"), 5);
	CHECK_INT(rows(m, "help_contacts"), 2);
	CHECK_INT(rows(m, "groups"), 2);
	CHECK_INT(rows(m, "sessions"), 3);
	CHECK_INT(rows(m, "services"), 2);
	CHECK_INT(rows(m, "words"), 3);
	CHECK(rows(m, "tr") > 40);
	CHECK_INT(rows(m, "bundles"), 1);

	bundle_record_t cur;
	CHECK_INT(model_current_bundle(m, &cur), 0);
	CHECK_INT(cur.id, rec.id);
	CHECK_STR(cur.site, "test-site");
	CHECK_INT(cur.serial, 1);
	CHECK_STR(cur.keyid, "0123456789ABCDEF");
	CHECK_STR(cur.languages, "fi sv en");
	CHECK_STR(cur.default_lang, "fi");
	CHECK_STR(cur.path, "/var/lib/ovi/bundles/x");
	CHECK_STR(cur.source, "usb:/media/test");
	CHECK_INT(cur.created, wall_make(FX_MON - 3, HM(9, 0)));
	CHECK_INT(cur.imported, clock_now());
	CHECK(!cur.unsigned_);
	CHECK_INT(model_previous_bundle(m, &cur), OVI_ENOTFOUND);
	model_close(m);
	free(dir);
}

/* The multilingual texts pick a language in SQL, falling back to the
 * default language; the normalised topics answer "who on site today helps
 * with X" in one query. Run on a connection of the test's own. */
TEST(sql_language_fallback_and_topic_query)
{
	char *dir = dir_of("apply_sql");
	model_t *m = open_in(dir, "ovi.db");
	bundle_record_t rec;
	CHECK_INT(apply(m, 1, &rec), 0);
	model_close(m);
	const char *role = "SELECT COALESCE((SELECT text FROM tr WHERE kind = 'person' AND id = ?2"
			   " AND field = 'role' ORDER BY lang = ?1 DESC,"
			   " lang = (SELECT default_lang FROM site) DESC, ord LIMIT 1), '')";
	char *s = raw_text(dir, role, "en", "aino");
	CHECK_STR(s, "Youth worker");
	free(s);
	s = raw_text(dir, role, "sv", "aino"); /* no Swedish: the default, Finnish */
	CHECK_STR(s, "Nuorisotyöntekijä");
	free(s);
	s = raw_text(dir, role, "sv", "bertil");
	CHECK_STR(s, "Handläggare");
	free(s);
	s = raw_text(dir, role, "fi", "chen"); /* only English at all */
	CHECK_STR(s, "Study counsellor");
	free(s);
	s = raw_text(dir, role, "xx", "nobody");
	CHECK_STR(s, "");
	free(s);

	char wd[4];
	snprintf(wd, sizeof wd, "%d", day_weekday(FX_MON));
	s = raw_text(dir,
		     "SELECT DISTINCT p.name FROM person_topics pt"
		     " JOIN roster r ON r.person = pt.person JOIN people p ON p.id = pt.person"
		     " WHERE pt.topic = ?1 AND r.weekday = ?2 ORDER BY p.name",
		     "money", wd);
	CHECK_STR(s, "Aino Korhonen|Bertil Åberg");
	free(s);
	s = raw_text(dir, "SELECT person FROM person_languages WHERE lang = ?1 ORDER BY person",
		     "sv", NULL);
	CHECK_STR(s, "bertil");
	free(s);
	/* Every screen's query finds an index. */
	s = raw_plan(dir, "SELECT * FROM roster WHERE weekday = 1");
	CHECK_CONTAINS(s, "roster_weekday");
	free(s);
	s = raw_plan(dir, "SELECT * FROM person_topics WHERE topic = 'money'");
	CHECK_CONTAINS(s, "person_topics_topic");
	free(s);
	s = raw_plan(dir, "SELECT * FROM sessions WHERE day = 20000 ORDER BY starts");
	CHECK_CONTAINS(s, "sessions_day");
	free(s);
	s = raw_plan(dir, "SELECT * FROM signups WHERE session = 'x' AND waiting = 0");
	CHECK_CONTAINS(s, "signups_session");
	free(s);
	s = raw_plan(dir, "SELECT * FROM questions WHERE status = 'published' AND topic = 'x'");
	CHECK_CONTAINS(s, "questions_status");
	free(s);
	s = raw_plan(dir, "SELECT max(number) FROM queue WHERE day = 1");
	CHECK_CONTAINS(s, "USING COVERING INDEX");
	free(s);
	s = raw_plan(dir, "SELECT * FROM exceptions WHERE day = 1 AND kind = 'away'");
	CHECK_CONTAINS(s, "exceptions_day");
	free(s);
	s = raw_plan(dir, "SELECT * FROM services WHERE sector = 'money' ORDER BY ord");
	CHECK_CONTAINS(s, "services_sector");
	free(s);
	free(dir);
}

TEST(apply_twice_replaces_and_keeps_history)
{
	char *dir = dir_of("apply_twice");
	model_t *m = open_in(dir, "ovi.db");
	bundle_record_t r1, r2, cur;
	CHECK_INT(apply(m, 1, &r1), 0);
	CHECK_INT(apply(m, 2, &r2), 0);
	CHECK(r2.id > r1.id);
	CHECK_INT(rows(m, "people"), 1);
	CHECK_INT(rows(m, "organisations"), 1);
	CHECK_INT(rows(m, "exceptions"), 0);
	CHECK_INT(rows(m, "sessions"), 0);
	CHECK_INT(rows(m, "person_topics"), 1);
	CHECK_INT(rows(m, "bundles"), 2);
	CHECK_INT(model_current_bundle(m, &cur), 0);
	CHECK_INT(cur.serial, 2);
	CHECK_INT(model_previous_bundle(m, &cur), 0);
	CHECK_INT(cur.serial, 1);
	CHECK_INT(cur.id, r1.id);
	arena_t *a = arena_new();
	site_view_t site;
	CHECK_INT(model_site(m, a, "en", &site), 0);
	CHECK_STR(site.name, "Ohjaamo Kakkonen");
	arena_free(a);
	model_close(m);
	free(dir);
}

TEST(kiosk_tables_survive_an_import)
{
	char *dir = dir_of("apply_kiosk");
	model_t *m = open_in(dir, "ovi.db");
	bundle_record_t rec;
	CHECK_INT(apply(m, 1, &rec), 0);
	char code[8];
	bool waiting;
	int number;
	CHECK_INT(model_signup(m, "games-2", "Kettu", code, &waiting), 0);
	CHECK_INT(model_add_question(m, "housing", "fi", "Miten haen asuntoa?", false), 0);
	CHECK_INT(model_take_number(m, FX_MON, "housing", &number), 0);
	CHECK_INT(model_add_group_idea(m, "Lautapelit", "fi"), 0);
	override_t o = {.day = FX_MON,
			.person = "aino",
			.state = OVERRIDE_AWAY,
			.time = -1,
			.start = -1,
			.end = -1};
	CHECK_INT(model_add_override(m, &o, NULL), 0);
	CHECK_INT(model_log_import(m, clock_now(), "usb", 1, true, "ok"), 0);
	const char *kiosk[] = {"signups",     "questions", "queue",
			       "group_ideas", "overrides", "import_log"};
	for (int i = 0; i < 6; i++)
		CHECK_INT(rows(m, kiosk[i]), 1);
	int64_t counters = rows(m, "counters");
	CHECK_INT(counters, 4); /* signup, question, number, group_idea */

	CHECK_INT(apply(m, 2, &rec), 0); /* drops the session and the topic they name */
	for (int i = 0; i < 6; i++)
		CHECK_INT(rows(m, kiosk[i]), 1);
	CHECK_INT(rows(m, "counters"), counters);
	CHECK_INT(model_cancel_signup(m, code), 0);
	model_close(m);
	free(dir);
}

TEST(broken_references_are_refused_and_change_nothing)
{
	char *dir = dir_of("apply_refs");
	model_t *m = open_in(dir, "ovi.db");
	bundle_record_t rec;
	CHECK_INT(apply(m, 1, &rec), 0);
	char before[65], after[65];
	CHECK_INT(model_digest(m, before), 0);

	content_t *c = fx_content(1);
	c->people[1].org = "nosuch";
	rec = fx_record("/x");
	CHECK_INT(model_apply_content(m, c, &rec), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "bertil");
	CHECK_CONTAINS(err_last(), "FOREIGN KEY");
	CHECK_CONTAINS(err_last(), "old one stays");
	c->people[1].org = "kela";
	c->people[2].topics = "studies cooking";
	CHECK_INT(model_apply_content(m, c, &rec), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "chen");
	CHECK_CONTAINS(err_last(), "cooking");
	c->people[2].topics = "studies";
	c->roster[0].end = c->roster[0].start; /* empty slot */
	CHECK_INT(model_apply_content(m, c, &rec), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "roster row 1");
	c->roster[0].end = HM(12, 0);
	c->meta.default_lang[0] = 0;
	CHECK_INT(model_apply_content(m, c, &rec), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "default language");
	content_free(c);

	CHECK_INT(model_digest(m, after), 0);
	CHECK_STR(after, before);
	CHECK_INT(rec.id, 0); /* untouched on failure */
	model_close(m);
	free(dir);
}

TEST(digest_sees_every_change)
{
	char *dir = dir_of("apply_digest");
	model_t *m = open_in(dir, "ovi.db");
	char d0[65], d1[65], d2[65], d3[65];
	CHECK_INT(model_digest(m, d0), 0);
	CHECK_INT(strlen(d0), 64);
	bundle_record_t rec;
	CHECK_INT(apply(m, 1, &rec), 0);
	CHECK_INT(model_digest(m, d1), 0);
	CHECK(strcmp(d0, d1) != 0);
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "topic_view", "housing"), 0);
	CHECK_INT(model_digest(m, d2), 0);
	CHECK(strcmp(d1, d2) != 0);
	CHECK_INT(model_digest(m, d3), 0);
	CHECK_STR(d3, d2); /* reading does not change it */
	model_close(m);
	free(dir);
}

/*
 * The SQLite way: fail the 1st, 2nd, 3rd, ... step (or allocation) of an
 * import until one runs through. Every failed import must return an error
 * and leave the database exactly as it was; an import that survives a
 * failure (SQLite retries some allocations) must have applied completely.
 */
static void fault_sweep(const char *name, fault_kind_t kind, int min_failures)
{
	char *dir = dir_of(name);
	model_t *ref = open_in(dir, "ref.db");
	bundle_record_t rec;
	char want_before[65], want_after[65], got[65];
	CHECK_INT(apply(ref, 2, &rec), 0);
	CHECK_INT(model_digest(ref, want_before), 0);
	CHECK_INT(apply(ref, 1, &rec), 0);
	CHECK_INT(model_digest(ref, want_after), 0);
	model_close(ref);

	model_t *m = open_in(dir, "ovi.db");
	CHECK_INT(apply(m, 2, &rec), 0);
	int failures = 0, survived = 0;
	long n;
	for (n = 1; n < 200000; n++) {
		content_t *c = fx_content(1);
		rec = fx_record("/var/lib/ovi/bundles/x");
		fault_arm(kind, n, false);
		int rc = c ? model_apply_content(m, c, &rec) : OVI_ENOMEM;
		bool fired = fault_fired(kind);
		fault_disarm_all();
		content_free(c);
		if (!fired) {
			CHECK_INT(rc, 0);
			break;
		}
		CHECK_INT(model_digest(m, got), 0);
		if (rc < 0) {
			failures++;
			if (strcmp(got, want_before) != 0) {
				fprintf(stderr, "failure %ld (%s) changed the database\n", n,
					err_last());
				CHECK_STR(got, want_before);
				break;
			}
			continue;
		}
		/* Survived the failure: all of the new content, then start over. */
		survived++;
		CHECK_STR(got, want_after);
		model_close(m);
		char path[4200];
		static const char *const files[] = {"ovi.db", "ovi.db-wal", "ovi.db-shm"};
		for (int i = 0; i < 3; i++) {
			snprintf(path, sizeof path, "%s/%s", dir, files[i]);
			remove(path);
		}
		m = open_in(dir, "ovi.db");
		CHECK_INT(apply(m, 2, &rec), 0);
	}
	CHECK_INT(model_digest(m, got), 0);
	CHECK_STR(got, want_after);
	CHECK(failures >= min_failures);
	printf("     %s: %ld runs: %d failed cleanly, %d recovered, none left a mix\n", name, n,
	       failures, survived);
	model_close(m);
	free(dir);
}

TEST(failing_step_n_changes_nothing)
{
	fault_sweep("apply_fault_step", FAULT_STEP, 80);
}

TEST(failing_allocation_n_changes_nothing)
{
	fault_sweep("apply_fault_alloc", FAULT_ALLOC, 100);
}

int main(void)
{
	if (model_global_init() < 0) {
		fprintf(stderr, "%s\n", err_last());
		return 1;
	}
	log_set_level(OVI_LOG_WARN);
	clock_set(wall_make(FX_MON, HM(8, 0)));
	RUN(apply_fills_every_content_table);
	RUN(sql_language_fallback_and_topic_query);
	RUN(apply_twice_replaces_and_keeps_history);
	RUN(kiosk_tables_survive_an_import);
	RUN(broken_references_are_refused_and_change_nothing);
	RUN(digest_sees_every_change);
	RUN(failing_step_n_changes_nothing);
	RUN(failing_allocation_n_changes_nothing);
	return test_summary();
}
