#include "testlib.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/log.h"
#include "model/model.h"
#include "model_fixture.h"

#include <sqlite3.h>
#include <stdlib.h>

static char *db_path(const char *test)
{
	char *dir = test_tmpdir(test);
	char *p = malloc(4200);
	snprintf(p, 4200, "%s/ovi.db", dir);
	free(dir);
	return p;
}

/* An integer from a query on a connection of the test's own. */
static long long raw_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long long v = -1;
	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return v;
}

static void remove_db(const char *path)
{
	char p[4300];
	remove(path);
	snprintf(p, sizeof p, "%s-wal", path);
	remove(p);
	snprintf(p, sizeof p, "%s-shm", path);
	remove(p);
}

static int raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc = sqlite3_open(path, &db);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

TEST(fresh_database_is_at_current_version)
{
	char *path = db_path("schema_fresh");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_schema_version(m), MODEL_SCHEMA_VERSION);
	table_count_t t[64];
	int n = model_table_counts(m, t, 64);
	CHECK_INT(n, 27);
	const char *want[] = {"site",	       "hours",	      "organisations",
			      "topics",	       "people",      "person_languages",
			      "person_topics", "roster",      "exceptions",
			      "help_contacts", "groups",      "sessions",
			      "services",      "words",	      "tr",
			      "bundles",       "import_log",  "overrides",
			      "signups",       "questions",   "queue",
			      "counters",      "group_ideas", "staff_pins",
			      "staff_log",     "pin_lock",    "session_flags"};
	for (int i = 0; i < n && i < 27; i++) {
		CHECK_STR(t[i].name, want[i]);
		/* pin_lock is one row from the start */
		CHECK_INT(t[i].rows, strcmp(want[i], "pin_lock") == 0);
	}
	/* cap is respected */
	CHECK_INT(model_table_counts(m, t, 3), 3);
	model_close(m);
	/* WAL is a property of the file; the others are checked by behaviour in
	 * the apply tests (foreign keys) and here (application id). */
	char *mode = NULL;
	sqlite3 *db;
	sqlite3_stmt *st;
	sqlite3_open(path, &db);
	sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
	if (sqlite3_step(st) == SQLITE_ROW)
		mode = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	CHECK_STR(mode, "wal");
	free(mode);
	CHECK_INT(raw_int(path, "PRAGMA application_id"), 0x4F564931);
	CHECK_INT(raw_int(path, "PRAGMA user_version"), MODEL_SCHEMA_VERSION);
	free(path);
}

TEST(reopen_keeps_data_and_does_not_migrate_again)
{
	char *path = db_path("schema_reopen");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_log_import(m, 1000, "usb:test", 7, false, "bad bundle"), 0);
	model_close(m);
	CHECK_INT(model_open(path, &m), 0);
	import_log_t l;
	CHECK_INT(model_last_import(m, &l), 0);
	CHECK_INT(l.serial, 7);
	CHECK(!l.ok);
	CHECK_STR(l.message, "bad bundle");
	CHECK_STR(l.source, "usb:test");
	CHECK_INT(l.when, 1000);
	model_close(m);
	free(path);
}

TEST(newer_database_is_refused)
{
	char *path = db_path("schema_newer");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	model_close(m);
	CHECK_INT(raw_exec(path, "PRAGMA user_version = 99"), SQLITE_OK);
	m = (model_t *)1;
	CHECK(model_open(path, &m) < 0);
	CHECK(m == NULL);
	CHECK_CONTAINS(err_last(), "newer Ovi");
	CHECK_CONTAINS(err_last(), "99");
	/* Refusing changed nothing. */
	CHECK_INT(raw_int(path, "PRAGMA user_version"), 99);
	free(path);
}

TEST(foreign_databases_are_refused)
{
	char *path = db_path("schema_foreign");
	CHECK_INT(raw_exec(path, "PRAGMA application_id = 42; CREATE TABLE x (y);"), SQLITE_OK);
	model_t *m;
	CHECK(model_open(path, &m) < 0);
	CHECK_CONTAINS(err_last(), "not an Ovi database");
	CHECK_INT(raw_int(path, "SELECT count(*) FROM sqlite_schema"), 1);
	free(path);

	path = db_path("schema_garbage");
	CHECK_INT(test_write_file(path,
				  "this is not a database at all, not even close......."
				  "................................................",
				  100),
		  0);
	CHECK(model_open(path, &m) < 0);
	CHECK_CONTAINS(err_last(), path);
	CHECK(strlen(err_last()) > strlen(path) + 5);
	free(path);

	CHECK(model_open("/nonexistent-dir/for/sure/ovi.db", &m) < 0);
	CHECK_CONTAINS(err_last(), "/nonexistent-dir/for/sure/ovi.db");
}

/* Tables and indexes migration 2 (staff mode) creates. */
#define V2_OBJECTS 7

/* A failing step anywhere while creating the schema leaves an empty file
 * (version 0, no tables) that the next open migrates. */
TEST(migration_is_one_transaction)
{
	char *path = db_path("schema_fault");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	model_close(m);
	long long all_tables = raw_int(path, "SELECT count(*) FROM sqlite_schema");
	CHECK(all_tables > 23);
	/* Migration 3: the search index, FTS5's shadow tables and its vocabulary. */
	long long v3_objects = raw_int(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE"
					     " 'service_fts%' OR name = 'service_terms'");
	CHECK(v3_objects >= 2);
	int failures = 0;
	for (long n = 1; n < 1000; n++) {
		remove_db(path);
		fault_arm(FAULT_STEP, n, false);
		int rc = model_open(path, &m);
		bool fired = fault_fired(FAULT_STEP);
		fault_disarm_all();
		if (!fired) {
			CHECK_INT(rc, 0);
			model_close(m);
			break;
		}
		failures++;
		CHECK(rc < 0);
		CHECK(m == NULL);
		long long v = raw_int(path, "PRAGMA user_version");
		long long tables = raw_int(path, "SELECT count(*) FROM sqlite_schema");
		/* Nothing of the migration, or all of it (a step after the commit
		 * failed the open). */
		/* Each migration is its own transaction: a failure in the second
		 * leaves the first's schema, which the next open completes. */
		bool none = v == 0 && tables == 0;
		bool all = v == MODEL_SCHEMA_VERSION && tables == all_tables;
		bool v1 = v == 1 && tables == all_tables - V2_OBJECTS - v3_objects;
		bool v2 = v == 2 && tables == all_tables - v3_objects;
		/* Versions 4 and 5 make group_ideas and counters again: the
		 * same objects. */
		bool v3 = (v == 3 || v == 4) && tables == all_tables;
		CHECK(none || v1 || v2 || v3 || all);
		if (!none && !v1 && !v2 && !v3 && !all) {
			fprintf(stderr, "step %ld left version %lld, %lld tables\n", n, v, tables);
			break;
		}
		CHECK_INT(model_open(path, &m), 0);
		CHECK_INT(model_schema_version(m), MODEL_SCHEMA_VERSION);
		model_close(m);
	}
	CHECK(failures >= 5);
	free(path);
}

/* What a version 2 file had instead of migration 3's search index. */
#define V3_UNDO                                                                                    \
	" DROP TABLE service_terms; DROP TABLE service_fts;"                                       \
	" ALTER TABLE services ADD COLUMN search TEXT NOT NULL DEFAULT '';"

/* A version 2 file with content gets the search index built from the
 * content it has, in the migration. */
TEST(version_2_gets_its_search)
{
	char *path = db_path("schema_v2");
	char *dir = test_tmpdir("schema_v2");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	content_t *c = fx_content(0);
	bundle_record_t rec = fx_record(dir);
	CHECK_INT(model_apply_content(m, c, &rec), 0);
	content_free(c);
	model_close(m);
	CHECK_INT(raw_exec(path, V3_UNDO " PRAGMA user_version = 2"), SQLITE_OK);
	CHECK_INT(raw_int(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'service_fts'"),
		  0);
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_schema_version(m), MODEL_SCHEMA_VERSION);
	arena_t *a = arena_new();
	service_list_t s;
	CHECK_INT(model_services(m, a, "fi", "opintotukea", &s), 0);
	CHECK_INT(s.n, 1);
	CHECK_STR(s.v[0].id, "kela-youth");
	arena_free(a);
	model_close(m);
	free(dir);
	free(path);
}

/* A database of version 1 (before staff mode) is upgraded and keeps its rows. */
TEST(version_1_is_upgraded)
{
	char *path = db_path("schema_v1");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_log_import(m, 1000, "usb:test", 7, true, "ok"), 0);
	model_close(m);
	CHECK_INT(raw_exec(path, "DROP TABLE staff_pins; DROP TABLE staff_log;"
				 " DROP TABLE pin_lock; DROP TABLE session_flags;"
				 " DROP INDEX questions_pending; DROP INDEX queue_called;" V3_UNDO
				 " PRAGMA user_version = 1"),
		  SQLITE_OK);
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_schema_version(m), MODEL_SCHEMA_VERSION);
	import_log_t l;
	CHECK_INT(model_last_import(m, &l), 0);
	CHECK_INT(l.serial, 7);
	table_count_t t[64];
	int n = model_table_counts(m, t, 64);
	CHECK_INT(n, 27);
	CHECK_STR(t[26].name, "session_flags");
	model_close(m);
	free(path);
}

/* A version 4 database keeps its daily counts, with the hour not known. */
TEST(version_4_counts_keep_their_day)
{
	char *path = db_path("schema_v4");
	model_t *m;
	CHECK_INT(model_open(path, &m), 0);
	model_close(m);
	CHECK_INT(raw_exec(path, "DROP TABLE counters;"
				 " CREATE TABLE counters (day INTEGER NOT NULL, kind TEXT NOT NULL,"
				 " key TEXT NOT NULL, n INTEGER NOT NULL,"
				 " PRIMARY KEY (day, kind, key)) WITHOUT ROWID;"
				 " INSERT INTO counters VALUES (20000, 'topic_view', 'work', 7),"
				 " (20001, 'signup', 'cooking', 2);"
				 " PRAGMA user_version = 4"),
		  SQLITE_OK);
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_schema_version(m), MODEL_SCHEMA_VERSION);
	model_close(m);
	CHECK_INT(raw_int(path, "SELECT n FROM counters WHERE day = 20000 AND hour = -1"
				" AND kind = 'topic_view' AND key = 'work'"),
		  7);
	CHECK_INT(raw_int(path, "SELECT sum(n) FROM counters"), 9);
	CHECK_INT(model_open(path, &m), 0);
	CHECK_INT(model_count(m, wall_make(20000, 14 * 60 + 5), "topic_view", "work"), 0);
	model_close(m);
	CHECK_INT(raw_int(path, "SELECT n FROM counters WHERE day = 20000 AND hour = 14"), 1);
	free(path);
}

TEST(global_init_again_is_harmless)
{
	CHECK_INT(model_global_init(), 0);
	CHECK_INT(model_global_init(), 0);
}

int main(void)
{
	if (model_global_init() < 0) {
		fprintf(stderr, "%s\n", err_last());
		return 1;
	}
	log_set_level(OVI_LOG_WARN);
	RUN(fresh_database_is_at_current_version);
	RUN(reopen_keeps_data_and_does_not_migrate_again);
	RUN(newer_database_is_refused);
	RUN(foreign_databases_are_refused);
	RUN(migration_is_one_transaction);
	RUN(version_1_is_upgraded);
	RUN(version_2_gets_its_search);
	RUN(version_4_counts_keep_their_day);
	RUN(global_init_again_is_harmless);
	return test_summary();
}
