/*
 * schema: opening the database, its migrations, and SQLite's global setup.
 *
 * migrations[i] brings a database from user_version i-1 to i. Each runs in
 * its own BEGIN IMMEDIATE transaction together with the user_version bump,
 * so a power cut leaves the file at one version or the next, never between.
 * A database written by a newer Ovi (user_version above what this program
 * knows) is refused rather than guessed at. To change the schema, append a
 * migration and raise MODEL_SCHEMA_VERSION in model.h.
 */
#include "model/mdb.h"
#include "model/search.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/log.h"
#include "core/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MODEL_APP_ID  0x4F564931 /* "OVI1" in the file header: not some other database */
#define MODEL_BUSY_MS 5000

/*
 * Version 1.
 *
 * Content tables hold exactly one bundle and are replaced as a whole by
 * model_apply_content(); they refer to each other with foreign keys. Times
 * of day are minutes (0..1440), days are day numbers, instants wall seconds
 * (see core/timeutil.h). Display text is in tr: one row per (kind, id,
 * field, lang), e.g. ('person', 'aino', 'role', 'sv'), where ord is the
 * language's place in the bundle's list (the last fallback).
 *
 * Kiosk tables hold what the kiosk itself writes; they refer to content by
 * text id without foreign keys, so an import never deletes them.
 */
static const char migration_1[] =
	/* ---- content ---- */
	"CREATE TABLE site ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" site TEXT NOT NULL,"
	" logo TEXT,"
	" default_lang TEXT NOT NULL,"
	" languages TEXT NOT NULL);"
	"CREATE TABLE hours ("
	" weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),"
	" open INTEGER NOT NULL,"
	" close INTEGER NOT NULL,"
	" CHECK (open >= 0 AND close <= 1440 AND open < close));"
	"CREATE TABLE organisations ("
	" id TEXT PRIMARY KEY,"
	" ord INTEGER NOT NULL,"
	" logo TEXT, web TEXT, phone TEXT);"
	"CREATE TABLE topics ("
	" id TEXT PRIMARY KEY,"
	" ord INTEGER NOT NULL,"
	" colour TEXT NOT NULL,"
	" icon TEXT);"
	"CREATE INDEX topics_ord ON topics(ord);"
	"CREATE TABLE people ("
	" id TEXT PRIMARY KEY,"
	" ord INTEGER NOT NULL,"
	" name TEXT NOT NULL,"
	" org TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
	" photo TEXT);"
	"CREATE INDEX people_org ON people(org);"
	"CREATE TABLE person_languages ("
	" person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
	" lang TEXT NOT NULL,"
	" ord INTEGER NOT NULL,"
	" PRIMARY KEY (person, lang)) WITHOUT ROWID;"
	"CREATE INDEX person_languages_lang ON person_languages(lang, person);"
	"CREATE TABLE person_topics ("
	" person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
	" topic TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
	" ord INTEGER NOT NULL,"
	" PRIMARY KEY (person, topic)) WITHOUT ROWID;"
	"CREATE INDEX person_topics_topic ON person_topics(topic, person);"
	"CREATE TABLE roster ("
	" id INTEGER PRIMARY KEY,"
	" weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
	" starts INTEGER NOT NULL,"
	" ends INTEGER NOT NULL,"
	" person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
	" CHECK (starts >= 0 AND ends <= 1440 AND starts < ends));"
	"CREATE INDEX roster_weekday ON roster(weekday, starts);"
	"CREATE INDEX roster_person ON roster(person, weekday);"
	"CREATE TABLE exceptions ("
	" id INTEGER PRIMARY KEY,"
	" day INTEGER NOT NULL,"
	" kind TEXT NOT NULL CHECK (kind IN ('closed', 'hours', 'away', 'extra')),"
	" person TEXT REFERENCES people(id) ON DELETE CASCADE,"
	" starts INTEGER,"
	" ends INTEGER,"
	" CHECK ((person IS NULL) = (kind IN ('closed', 'hours'))),"
	" CHECK (kind IN ('closed', 'away') OR (starts IS NOT NULL AND ends IS NOT NULL)),"
	" CHECK (starts IS NULL OR (starts >= 0 AND ends <= 1440 AND starts < ends)));"
	"CREATE INDEX exceptions_day ON exceptions(day, kind);"
	"CREATE INDEX exceptions_person ON exceptions(person);"
	"CREATE TABLE help_contacts ("
	" id TEXT PRIMARY KEY,"
	" ord INTEGER NOT NULL,"
	" phone TEXT, web TEXT,"
	" crisis INTEGER NOT NULL CHECK (crisis IN (0, 1)));"
	"CREATE TABLE groups ("
	" id TEXT PRIMARY KEY,"
	" ord INTEGER NOT NULL,"
	" colour TEXT NOT NULL);"
	"CREATE TABLE sessions ("
	" id TEXT PRIMARY KEY,"
	" grp TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,"
	" day INTEGER NOT NULL,"
	" starts INTEGER NOT NULL,"
	" ends INTEGER NOT NULL,"
	" capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),"
	" CHECK (starts >= 0 AND ends <= 1440 AND starts < ends));"
	"CREATE INDEX sessions_day ON sessions(day, starts);"
	"CREATE INDEX sessions_grp ON sessions(grp, day, starts);"
	"CREATE TABLE services ("
	" id TEXT PRIMARY KEY,"
	" ord INTEGER NOT NULL,"
	" org TEXT REFERENCES organisations(id) ON DELETE SET NULL,"
	" sector TEXT NOT NULL,"
	" phone TEXT, web TEXT, email TEXT,"
	" search TEXT NOT NULL);" /* lowercased names, points and keywords, all languages */
	"CREATE INDEX services_sector ON services(sector, ord);"
	"CREATE INDEX services_org ON services(org);"
	"CREATE TABLE words ("
	" id INTEGER PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN ('crisis', 'blocked')),"
	" lang TEXT,"
	" word TEXT NOT NULL);"
	"CREATE INDEX words_kind ON words(kind, lang);"
	"CREATE TABLE tr ("
	" kind TEXT NOT NULL,"
	" id TEXT NOT NULL,"
	" field TEXT NOT NULL,"
	" lang TEXT NOT NULL,"
	" ord INTEGER NOT NULL,"
	" text TEXT NOT NULL,"
	" PRIMARY KEY (kind, id, field, lang)) WITHOUT ROWID;"
	/* ---- kiosk ---- */
	"CREATE TABLE bundles ("
	" id INTEGER PRIMARY KEY,"
	" site TEXT NOT NULL,"
	" serial INTEGER NOT NULL,"
	" keyid TEXT NOT NULL,"
	" unsigned INTEGER NOT NULL CHECK (unsigned IN (0, 1)),"
	" created INTEGER NOT NULL,"
	" imported INTEGER NOT NULL,"
	" path TEXT NOT NULL,"
	" source TEXT NOT NULL,"
	" languages TEXT NOT NULL,"
	" default_lang TEXT NOT NULL,"
	" is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)));"
	"CREATE UNIQUE INDEX bundles_current ON bundles(is_current) WHERE is_current = 1;"
	"CREATE TABLE import_log ("
	" id INTEGER PRIMARY KEY,"
	" at INTEGER NOT NULL,"
	" source TEXT NOT NULL,"
	" serial INTEGER NOT NULL,"
	" ok INTEGER NOT NULL CHECK (ok IN (0, 1)),"
	" message TEXT NOT NULL);"
	"CREATE TABLE overrides ("
	" id INTEGER PRIMARY KEY,"
	" day INTEGER NOT NULL,"
	" person TEXT,"	 /* a person id ... */
	" visitor TEXT," /* ... or a walk-in visitor's name */
	" state TEXT NOT NULL CHECK (state IN ('here', 'late', 'away', 'leaves', 'walkin')),"
	" time INTEGER," /* late: expected arrival; leaves: leaving time; here: arrival */
	" starts INTEGER,"
	" ends INTEGER,"
	" room TEXT,"
	" created INTEGER NOT NULL,"
	" CHECK ((person IS NULL) <> (visitor IS NULL)),"
	" CHECK (visitor IS NULL OR state = 'walkin'));"
	"CREATE INDEX overrides_day ON overrides(day, person);"
	"CREATE TABLE signups ("
	" id INTEGER PRIMARY KEY,"
	" session TEXT NOT NULL,"
	" nickname TEXT NOT NULL,"
	" cancel_code TEXT NOT NULL UNIQUE,"
	" waiting INTEGER NOT NULL CHECK (waiting IN (0, 1)),"
	" position INTEGER," /* place on the waiting list, NULL when not waiting */
	" created INTEGER NOT NULL,"
	" CHECK ((waiting = 1) = (position IS NOT NULL)));"
	"CREATE INDEX signups_session ON signups(session, waiting, position);"
	"CREATE TABLE questions ("
	" id INTEGER PRIMARY KEY,"
	" topic TEXT NOT NULL,"
	" lang TEXT NOT NULL,"
	" text TEXT NOT NULL,"
	" created INTEGER NOT NULL,"
	" crisis INTEGER NOT NULL CHECK (crisis IN (0, 1)),"
	" status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'hidden')),"
	" answer TEXT,"
	" handled_at INTEGER);"
	"CREATE INDEX questions_status ON questions(status, topic, handled_at);"
	"CREATE TABLE queue ("
	" id INTEGER PRIMARY KEY,"
	" day INTEGER NOT NULL,"
	" number INTEGER NOT NULL,"
	" topic TEXT NOT NULL,"
	" created INTEGER NOT NULL,"
	" state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'done', 'noshow')),"
	" called_at INTEGER,"
	" UNIQUE (day, number));"
	"CREATE TABLE counters ("
	" day INTEGER NOT NULL,"
	" kind TEXT NOT NULL,"
	" key TEXT NOT NULL,"
	" n INTEGER NOT NULL,"
	" PRIMARY KEY (day, kind, key)) WITHOUT ROWID;"
	"CREATE TABLE group_ideas ("
	" id INTEGER PRIMARY KEY,"
	" text TEXT NOT NULL,"
	" lang TEXT NOT NULL,"
	" created INTEGER NOT NULL,"
	" status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'hidden')));"
	"CREATE INDEX group_ideas_status ON group_ideas(status, created);";

/*
 * Version 2: staff mode (model/model_staff.h).
 *
 * staff_pins holds crypto_pwhash_str strings, never a PIN. pin_lock is one
 * row (the PIN pad's lockout survives a restart). session_flags are staff's
 * cancellations and closed sign-ups, keyed by session id like the other
 * kiosk tables so that an import keeps them. The indexes serve the staff
 * lists: pending questions crisis first then oldest, the queue's called
 * number, the log newest first.
 */
static const char migration_2[] =
	"CREATE TABLE staff_pins ("
	" id INTEGER PRIMARY KEY,"
	" label TEXT NOT NULL CHECK (label <> ''),"
	" hash TEXT NOT NULL CHECK (hash LIKE '$%'),"
	" created INTEGER NOT NULL);"
	"CREATE TABLE staff_log ("
	" id INTEGER PRIMARY KEY,"
	" at INTEGER NOT NULL,"
	" label TEXT NOT NULL,"
	" action TEXT NOT NULL CHECK (action <> ''),"
	" detail TEXT NOT NULL);"
	"CREATE INDEX staff_log_at ON staff_log(at);"
	"CREATE TABLE pin_lock ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" failures INTEGER NOT NULL CHECK (failures >= 0),"
	" locked_until INTEGER NOT NULL);"
	"INSERT INTO pin_lock (id, failures, locked_until) VALUES (1, 0, 0);"
	"CREATE TABLE session_flags ("
	" session TEXT PRIMARY KEY,"
	" cancelled INTEGER NOT NULL CHECK (cancelled IN (0, 1)),"
	" signups_closed INTEGER NOT NULL CHECK (signups_closed IN (0, 1)),"
	" changed INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE INDEX questions_pending ON questions(status, crisis DESC, created);"
	"CREATE INDEX queue_called ON queue(day, state, called_at);";

/*
 * Version 3: the services search becomes an FTS5 index (model/search.c)
 * instead of a lowercased copy of the text in services.search. One row per
 * service and language; its text is the matcher's words and stems, so the
 * plain 'ascii' tokenizer is enough and any SQLite can read the file.
 * The migration also fills it from the content already there.
 */
static const char migration_3[] =
	"ALTER TABLE services DROP COLUMN search;"
	"CREATE VIRTUAL TABLE service_fts USING fts5("
	" sid UNINDEXED, lang UNINDEXED, name, points, keywords, org, sector,"
	" tokenize = 'ascii');"
	"CREATE VIRTUAL TABLE service_terms USING fts5vocab(service_fts, 'row');";

/*
 * Version 4: staff can publish an idea they took up ("ideas being planned"
 * on the Groups screen). SQLite cannot change a CHECK, so the table is
 * made again with the new status and the time it was published.
 */
static const char migration_4[] =
	"CREATE TABLE group_ideas_v4 ("
	" id INTEGER PRIMARY KEY,"
	" text TEXT NOT NULL,"
	" lang TEXT NOT NULL,"
	" created INTEGER NOT NULL,"
	" status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'published', 'hidden')),"
	" published INTEGER);"
	"INSERT INTO group_ideas_v4 (id, text, lang, created, status)"
	" SELECT id, text, lang, created, status FROM group_ideas;"
	"DROP TABLE group_ideas;"
	"ALTER TABLE group_ideas_v4 RENAME TO group_ideas;"
	"CREATE INDEX group_ideas_status ON group_ideas(status, created);";

/*
 * Version 5: the anonymous counts by the hour as well as the day, for the
 * coordinator's evaluation (visits by hour and weekday). What was counted
 * before keeps its day with hour -1 (not known).
 */
static const char migration_5[] = "CREATE TABLE counters_v5 ("
				  " day INTEGER NOT NULL,"
				  " hour INTEGER NOT NULL,"
				  " kind TEXT NOT NULL,"
				  " key TEXT NOT NULL,"
				  " n INTEGER NOT NULL,"
				  " PRIMARY KEY (day, hour, kind, key)) WITHOUT ROWID;"
				  "INSERT INTO counters_v5 (day, hour, kind, key, n)"
				  " SELECT day, -1, kind, key, n FROM counters;"
				  "DROP TABLE counters;"
				  "ALTER TABLE counters_v5 RENAME TO counters;";

static const char *const migrations[] = {
	NULL, /* version 0: the empty file */
	migration_1, migration_2, migration_3, migration_4, migration_5,
};
_Static_assert(sizeof migrations / sizeof migrations[0] == MODEL_SCHEMA_VERSION + 1,
	       "one migration per schema version");

const char *const mdb_tables[] = {
	/* content, parents before children */
	"site",
	"hours",
	"organisations",
	"topics",
	"people",
	"person_languages",
	"person_topics",
	"roster",
	"exceptions",
	"help_contacts",
	"groups",
	"sessions",
	"services",
	"words",
	"tr",
	/* kiosk */
	"bundles",
	"import_log",
	"overrides",
	"signups",
	"questions",
	"queue",
	"counters",
	"group_ideas",
	"staff_pins",
	"staff_log",
	"pin_lock",
	"session_flags",
	NULL,
};
const int mdb_ncontent_tables = 15;

/* ---- SQLite's memory, behind fault injection ---------------------------- */

/* SQLite's xSize and xRealloc need each allocation's size: it is kept in a
 * header as wide as the strictest alignment, so the block stays aligned. */
#define HDR sizeof(max_align_t)

static void *sq_malloc(int n)
{
	if (n <= 0 || fault_hit(FAULT_ALLOC))
		return NULL;
	char *p = malloc(HDR + (size_t)n);
	if (!p)
		return NULL;
	*(size_t *)p = (size_t)n;
	return p + HDR;
}

static void sq_free(void *p)
{
	if (p)
		free((char *)p - HDR);
}

static void *sq_realloc(void *p, int n)
{
	if (!p)
		return sq_malloc(n);
	if (n <= 0 || fault_hit(FAULT_ALLOC))
		return NULL;
	char *q = realloc((char *)p - HDR, HDR + (size_t)n);
	if (!q)
		return NULL;
	*(size_t *)q = (size_t)n;
	return q + HDR;
}

static int sq_size(void *p)
{
	return p ? (int)*(size_t *)((char *)p - HDR) : 0;
}
static int sq_roundup(int n)
{
	return (n + 7) & ~7;
}
static int sq_init(void *unused)
{
	return SQLITE_OK;
}
static void sq_shutdown(void *unused)
{
}

int model_global_init(void)
{
	static bool done;
	static const sqlite3_mem_methods mem = {
		sq_malloc, sq_free, sq_realloc, sq_size, sq_roundup, sq_init, sq_shutdown, NULL,
	};
	if (done)
		return OVI_OK;
	int rc = sqlite3_config(SQLITE_CONFIG_MALLOC, &mem);
	if (rc != SQLITE_OK)
		return err_set(OVI_EUSAGE,
			       "model_global_init() must run before any other use of "
			       "SQLite (%s)",
			       sqlite3_errstr(rc));
	rc = sqlite3_initialize();
	if (rc != SQLITE_OK)
		return err_set(OVI_ERR, "cannot initialise SQLite: %s", sqlite3_errstr(rc));
	done = true;
	return OVI_OK;
}

/* ---- opening -------------------------------------------------------------- */

#define STR_(x) #x
#define STR(x)	STR_(x)
static const char app_id_sql[] = "PRAGMA application_id = " STR(MODEL_APP_ID);

static int migrate(model_t *m)
{
	int64_t v, app;
	int rc = mdb_int64(m, &app, 0, "PRAGMA application_id", "");
	if (rc == OVI_OK)
		rc = mdb_int64(m, &v, 0, "PRAGMA user_version", "");
	if (rc < 0)
		return err_prefix(rc, "cannot read the database %s: ", m->path);
	if (app != 0 && app != MODEL_APP_ID)
		return err_set(OVI_ERR, "%s is not an Ovi database (it belongs to another program)",
			       m->path);
	if (v > MODEL_SCHEMA_VERSION)
		return err_set(OVI_ERR,
			       "the database %s was written by a newer Ovi (schema version %lld; "
			       "this Ovi knows up to %d): update Ovi, or move the file away to "
			       "start again empty",
			       m->path, (long long)v, MODEL_SCHEMA_VERSION);
	while (v < MODEL_SCHEMA_VERSION) {
		rc = mdb_begin(m);
		if (rc < 0)
			return err_prefix(rc, "cannot upgrade the database %s: ", m->path);
		/* Another connection (the import worker) may have migrated since
		 * the read above: then this transaction only commits nothing. */
		rc = mdb_int64(m, &v, 0, "PRAGMA user_version", "");
		if (rc == OVI_OK && v < MODEL_SCHEMA_VERSION) {
			char bump[64];
			snprintf(bump, sizeof bump, "PRAGMA user_version = %lld", (long long)v + 1);
			rc = mdb_exec(m, migrations[v + 1]);
			if (rc == OVI_OK && v + 1 == 3)
				rc = search_index(m);
			if (rc == OVI_OK && v == 0)
				rc = mdb_exec(m, app_id_sql);
			if (rc == OVI_OK)
				rc = mdb_exec(m, bump);
		}
		if (rc == OVI_OK)
			rc = mdb_commit(m);
		if (rc < 0) {
			mdb_rollback(m);
			return err_prefix(rc, "cannot upgrade the database %s to version %lld: ",
					  m->path, (long long)v + 1);
		}
		v++;
		log_info("database %s is at schema version %lld", m->path, (long long)v);
	}
	return OVI_OK;
}

static int configure(model_t *m)
{
	sqlite3_extended_result_codes(m->db, 1);
	sqlite3_busy_timeout(m->db, MODEL_BUSY_MS);
	/* Nothing in a bundle is SQL, but keep a damaged or planted file from
	 * running triggers or views with side effects. */
	sqlite3_db_config(m->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
	sqlite3_db_config(m->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);

	sqlite3_stmt *st;
	int rc = mdb_prepare(m, "PRAGMA journal_mode = WAL", &st);
	if (rc < 0)
		return rc;
	int src = mdb_step(st);
	char mode[16] = "";
	if (src == SQLITE_ROW)
		str_copy(mode, sizeof mode, mdb_text(st, 0));
	sqlite3_finalize(st);
	if (src != SQLITE_ROW)
		return mdb_err(m, src, "cannot open the database");
	if (strcmp(mode, "wal") != 0 && strcmp(mode, "memory") != 0)
		log_warn("database %s: journal mode is '%s', not WAL", m->path, mode);
	/* A city's content (with its search index) is several MB: SQLite's
	 * default 2 MB page cache would read it from the file again at every
	 * keystroke of a search. 8 MB at most, taken only as pages are used. */
	rc = mdb_exec(m, "PRAGMA synchronous = FULL;"
			 "PRAGMA foreign_keys = ON;"
			 "PRAGMA secure_delete = ON;"
			 "PRAGMA cache_size = -8192;");
	if (rc < 0)
		return err_prefix(rc, "cannot set up the database: ");
	return OVI_OK;
}

int model_open(const char *path, model_t **out)
{
	*out = NULL;
	model_t *m = ovi_calloc(1, sizeof *m);
	if (!m)
		return err_set(OVI_ENOMEM, "out of memory opening the database %s", path);
	str_copy(m->path, sizeof m->path, path);
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
	int rc = sqlite3_open_v2(path, &m->db, flags, NULL);
	if (rc != SQLITE_OK) {
		rc = m->db ? mdb_err(m, rc, "cannot open the database")
			   : err_set(OVI_ENOMEM, "out of memory opening the database");
		err_prefix(rc, "%s: ", path);
		model_close(m);
		return rc;
	}
	rc = configure(m);
	if (rc == OVI_OK) {
		int src = sqlite3_prepare_v3(m->db, "ROLLBACK", -1, SQLITE_PREPARE_PERSISTENT,
					     &m->rollback, NULL);
		if (src != SQLITE_OK)
			rc = mdb_err(m, src, "cannot open the database");
	}
	if (rc == OVI_OK)
		rc = migrate(m);
	if (rc < 0) {
		if (!strstr(err_last(), path))
			err_prefix(rc, "%s: ", path);
		model_close(m);
		return rc;
	}
	*out = m;
	return OVI_OK;
}

void model_close(model_t *m)
{
	if (!m)
		return;
	mdb_cache_clear(m);
	mdb_content_free(m->content);
	sqlite3_finalize(m->rollback);
	sqlite3_close_v2(m->db);
	ovi_free(m);
}

int model_schema_version(model_t *m)
{
	int64_t v;
	if (mdb_int64(m, &v, 0, "PRAGMA user_version", "") < 0)
		return -1;
	return (int)v;
}
