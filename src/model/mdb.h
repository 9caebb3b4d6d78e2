/*
 * mdb: the model's own helpers around sqlite3. Internal to src/model/: no
 * other layer includes this header (they see model.h and views.h only).
 *
 * Every sqlite3_step() of the model goes through mdb_step(), which asks
 * fault_hit(FAULT_STEP) first and, when it fires, answers SQLITE_IOERR
 * without stepping, so that tests can fail the Nth step of an import.
 * Transactions: mdb_begin() (BEGIN IMMEDIATE), mdb_commit(), and
 * mdb_rollback(), which is never fault-injected (a faked failing ROLLBACK
 * would leave a transaction open that nothing closes).
 */
#ifndef OVI_MODEL_MDB_H
#define OVI_MODEL_MDB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/mem.h"
#include "model/match.h"
#include "model/model.h"

#define MDB_CACHE 64

/* What the model keeps of the current content between calls: the word
 * matcher with the content's crisis and blocked words, the search's
 * vocabulary (search.c). */
typedef struct mdb_content mdb_content_t;

struct model {
	sqlite3 *db;
	/* Prepared once at open, so that ending a transaction needs no memory
	 * when memory is what just ran out. */
	sqlite3_stmt *rollback;
	/* The screen queries' statements, compiled once (see mdb_stmt()). */
	struct {
		const char *sql;
		sqlite3_stmt *st;
		bool busy;
	} cache[MDB_CACHE];
	char path[512];
	/* Why the last model_signup() said OVI_EREJECT (model_signup_refusal()). */
	model_refusal_t refusal;
	mdb_content_t *content; /* NULL until first asked for (mdb_content()) */
	bool reading;		/* model_read_begin() began a transaction */
	/* Inside model_read_begin(), everyone's details as read for the first
	 * query that needed them (day.c), for the next ones with the same
	 * arena and language: nothing changes within one snapshot. */
	struct {
		arena_t *a;
		char lang[16];
		const char *bundle_dir;
		struct person_view *v;
		int n;
	} everyone;
};

/* The current content's matcher and search vocabulary, built on first use
 * and again when the current bundle changed. Borrowed from m. */
int mdb_content(model_t *m, mdb_content_t **out);
void mdb_content_free(mdb_content_t *c); /* accepts NULL */
/* The matcher of mdb_content(). */
match_t *mdb_content_matcher(mdb_content_t *c);

/* sqlite3_step() behind fault injection. */
int mdb_step(sqlite3_stmt *st);
/* Maps an SQLite result code to OVI_ENOMEM (out of memory), OVI_EREJECT (a
 * constraint failed: the data is wrong) or OVI_ERR, with the message
 * "<what>: <sqlite's message>". Returns the OVI_E* code. */
int mdb_err(model_t *m, int rc, const char *what);
int mdb_prepare(model_t *m, const char *sql, sqlite3_stmt **out);
/*
 * Like mdb_prepare(), for SQL in a string literal that runs again and again
 * (the screens): the statement is compiled once per connection and kept,
 * keyed by the literal's address. Give it back with mdb_release(). A
 * statement still in use (not yet released) is never handed out twice.
 */
int mdb_stmt(model_t *m, const char *sql, sqlite3_stmt **out);
/* Resets a cached statement for its next use, or finalizes any other.
 * Accepts NULL. */
void mdb_release(model_t *m, sqlite3_stmt *st);
/* Finalizes every cached statement (model_close()). */
void mdb_cache_clear(model_t *m);
/* Runs one or more statements; rows are ignored. */
int mdb_exec(model_t *m, const char *sql);
int mdb_begin(model_t *m);
int mdb_commit(model_t *m);
void mdb_rollback(model_t *m);

/*
 * Binds parameters 1..n from fmt, one character each:
 *   t  const char *   text (NULL binds NULL); the string must outlive the step
 *   e  const char *   text, but NULL or "" binds NULL
 *   i  int
 *   I  int64_t
 *   o  int            an optional minute or day: negative binds NULL
 *   n  (nothing)      NULL
 * Returns an SQLite result code.
 */
int mdb_bind(sqlite3_stmt *st, const char *fmt, ...);
/* Steps st expecting SQLITE_DONE, then resets it and clears its bindings. */
int mdb_run(model_t *m, sqlite3_stmt *st, const char *what);
/* Prepares sql, binds (as mdb_bind), runs it once and finalizes it. */
int mdb_runf(model_t *m, const char *what, const char *sql, const char *fmt, ...);
/* One integer from a query (the first column of its first row); *out is
 * def when there is no row. */
int mdb_int64(model_t *m, int64_t *out, int64_t def, const char *sql, const char *fmt, ...);

/* Column helpers: never NULL. */
const char *mdb_text(sqlite3_stmt *st, int col);
/* An arena copy of a column ("" for NULL); NULL only when out of memory. */
char *mdb_dup(arena_t *a, sqlite3_stmt *st, int col);
/* An integer column, or def when NULL. */
int mdb_int_or(sqlite3_stmt *st, int col, int def);

/* The language a query shows: lang when given, else the site's default. */
const char *mdb_lang(const char *lang);

/*
 * The text of field of the (kind, id) row in the asked language (parameter
 * ?1 of the statement), falling back to the site's default language, then
 * to any language in the bundle's order; '' when none. idexpr is an SQL
 * expression of TEXT type (an integer id must be CAST(x AS TEXT)) whose
 * columns are qualified with their table's alias: inside the subquery a bare
 * "id" would be tr's own.
 */
#define MDB_TR(kind, idexpr, field)                                                                \
	"COALESCE((SELECT tr_.text FROM tr tr_ WHERE tr_.kind = '" kind "' AND tr_.id = " idexpr   \
	" AND tr_.field = '" field "' ORDER BY tr_.lang = ?1 DESC, "                               \
	"tr_.lang = (SELECT default_lang FROM site) DESC, tr_.ord LIMIT 1), '')"

/* A growable array in ovi_malloc memory, for lists whose length a query
 * learns as it goes; mdb_vec_keep() moves it into the caller's arena. */
typedef struct mdb_vec {
	void *p;
	int n, cap;
} mdb_vec_t;
/* A zeroed new last element of size bytes, or NULL when out of memory. */
void *mdb_vec_push(mdb_vec_t *v, size_t size);
/* Frees v and returns a copy of its elements in a (NULL when empty) with
 * their count in *n; *n is -1 when out of memory (the error is set). */
void *mdb_vec_keep(mdb_vec_t *v, arena_t *a, size_t size, int *n);
void mdb_vec_free(mdb_vec_t *v);

/*
 * Checks text a young person or staff typed: valid UTF-8, no control
 * characters (newline and tab allowed when multiline), 1..max_chars
 * characters after trimming. *out is the trimmed copy (ovi_free()); what
 * names it in messages ("nickname").
 */
int mdb_clean_text(const char *in, int max_chars, bool multiline, const char *what, char **out);

/* Table names in schema order (content tables first), NULL-terminated. */
extern const char *const mdb_tables[];
extern const int mdb_ncontent_tables; /* how many of them are content tables */

#endif
