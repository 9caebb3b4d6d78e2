#include "model/mdb.h"

#include "core/err.h"
#include "core/fault.h"

#include <stdarg.h>
#include <string.h>

int mdb_step(sqlite3_stmt *st)
{
	if (fault_hit(FAULT_STEP))
		return SQLITE_IOERR;
	return sqlite3_step(st);
}

int mdb_err(model_t *m, int rc, const char *what)
{
	int code = OVI_ERR;
	switch (rc & 0xff) {
	case SQLITE_NOMEM:
		code = OVI_ENOMEM;
		break;
	case SQLITE_CONSTRAINT:
		code = OVI_EREJECT;
		break;
	}
	/* An injected failure leaves the connection's own message untouched
	 * (and stale), so name the code instead. */
	const char *msg = sqlite3_errstr(rc);
	if (m && m->db && (sqlite3_extended_errcode(m->db) & 0xff) == (rc & 0xff))
		msg = sqlite3_errmsg(m->db);
	return err_set(code, "%s: %s", what, msg);
}

int mdb_prepare(model_t *m, const char *sql, sqlite3_stmt **out)
{
	int rc = sqlite3_prepare_v2(m->db, sql, -1, out, NULL);
	if (rc != SQLITE_OK) {
		*out = NULL;
		return mdb_err(m, rc, "database");
	}
	return OVI_OK;
}

int mdb_stmt(model_t *m, const char *sql, sqlite3_stmt **out)
{
	int free_slot = -1;
	for (int i = 0; i < MDB_CACHE; i++) {
		if (m->cache[i].sql == sql && !m->cache[i].busy) {
			m->cache[i].busy = true;
			*out = m->cache[i].st;
			return OVI_OK;
		}
		if (!m->cache[i].sql && free_slot < 0)
			free_slot = i;
	}
	if (free_slot < 0)
		return mdb_prepare(m, sql, out);
	int rc = sqlite3_prepare_v3(m->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, NULL);
	if (rc != SQLITE_OK) {
		*out = NULL;
		return mdb_err(m, rc, "database");
	}
	m->cache[free_slot].sql = sql;
	m->cache[free_slot].st = *out;
	m->cache[free_slot].busy = true;
	return OVI_OK;
}

void mdb_release(model_t *m, sqlite3_stmt *st)
{
	if (!st)
		return;
	for (int i = 0; i < MDB_CACHE; i++) {
		if (m->cache[i].st == st) {
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			m->cache[i].busy = false;
			return;
		}
	}
	sqlite3_finalize(st);
}

void mdb_cache_clear(model_t *m)
{
	for (int i = 0; i < MDB_CACHE; i++) {
		sqlite3_finalize(m->cache[i].st);
		m->cache[i].st = NULL;
		m->cache[i].sql = NULL;
		m->cache[i].busy = false;
	}
}

int mdb_exec(model_t *m, const char *sql)
{
	const char *tail = sql;
	while (tail && *tail) {
		sqlite3_stmt *st = NULL;
		int rc = sqlite3_prepare_v2(m->db, tail, -1, &st, &tail);
		if (rc != SQLITE_OK)
			return mdb_err(m, rc, "database");
		if (!st) /* whitespace or a comment */
			continue;
		do
			rc = mdb_step(st);
		while (rc == SQLITE_ROW);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return mdb_err(m, rc, "database");
	}
	return OVI_OK;
}

int mdb_begin(model_t *m)
{
	return mdb_exec(m, "BEGIN IMMEDIATE");
}

int model_read_begin(model_t *m)
{
	if (m->reading || !sqlite3_get_autocommit(m->db))
		return OVI_OK;
	int rc = mdb_exec(m, "BEGIN");
	m->reading = rc == OVI_OK;
	return rc;
}

void model_read_end(model_t *m)
{
	if (!m->reading)
		return;
	m->reading = false;
	memset(&m->everyone, 0, sizeof m->everyone);
	if (!sqlite3_get_autocommit(m->db))
		mdb_exec(m, "COMMIT"); /* a read: nothing to lose, the lock to give back */
}

int mdb_commit(model_t *m)
{
	return mdb_exec(m, "COMMIT");
}

void mdb_rollback(model_t *m)
{
	/* SQLite rolls back by itself after some errors (a full disk, out of
	 * memory); then there is nothing left to roll back. */
	for (int tries = 0; tries < 3 && !sqlite3_get_autocommit(m->db); tries++) {
		if (m->rollback) {
			sqlite3_step(m->rollback);
			sqlite3_reset(m->rollback);
		} else {
			sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
		}
	}
}

static int bindv(sqlite3_stmt *st, const char *fmt, va_list ap)
{
	int rc = SQLITE_OK;
	for (int i = 1; fmt[i - 1] && rc == SQLITE_OK; i++) {
		const char *s;
		int v;
		switch (fmt[i - 1]) {
		case 't':
			s = va_arg(ap, const char *);
			rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)
			       : sqlite3_bind_null(st, i);
			break;
		case 'e':
			s = va_arg(ap, const char *);
			rc = s && *s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)
				     : sqlite3_bind_null(st, i);
			break;
		case 'i':
			rc = sqlite3_bind_int(st, i, va_arg(ap, int));
			break;
		case 'I':
			rc = sqlite3_bind_int64(st, i, va_arg(ap, int64_t));
			break;
		case 'o':
			v = va_arg(ap, int);
			rc = v >= 0 ? sqlite3_bind_int(st, i, v) : sqlite3_bind_null(st, i);
			break;
		case 'n':
			rc = sqlite3_bind_null(st, i);
			break;
		default:
			return SQLITE_MISUSE;
		}
	}
	return rc;
}

int mdb_bind(sqlite3_stmt *st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = bindv(st, fmt, ap);
	va_end(ap);
	return rc;
}

int mdb_run(model_t *m, sqlite3_stmt *st, const char *what)
{
	int rc = mdb_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return mdb_err(m, rc, what);
	return OVI_OK;
}

int mdb_runf(model_t *m, const char *what, const char *sql, const char *fmt, ...)
{
	sqlite3_stmt *st;
	int rc = mdb_prepare(m, sql, &st);
	if (rc < 0)
		return err_prefix(rc, "%s: ", what);
	va_list ap;
	va_start(ap, fmt);
	int brc = bindv(st, fmt, ap);
	va_end(ap);
	rc = brc != SQLITE_OK ? mdb_err(m, brc, what) : mdb_run(m, st, what);
	sqlite3_finalize(st);
	return rc;
}

int mdb_int64(model_t *m, int64_t *out, int64_t def, const char *sql, const char *fmt, ...)
{
	sqlite3_stmt *st;
	*out = def;
	int rc = mdb_prepare(m, sql, &st);
	if (rc < 0)
		return rc;
	va_list ap;
	va_start(ap, fmt);
	int src = bindv(st, fmt, ap);
	va_end(ap);
	if (src == SQLITE_OK) {
		src = mdb_step(st);
		if (src == SQLITE_ROW) {
			if (sqlite3_column_type(st, 0) != SQLITE_NULL)
				*out = sqlite3_column_int64(st, 0);
			src = SQLITE_DONE;
		}
	}
	rc = src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "database");
	sqlite3_finalize(st);
	return rc;
}

const char *mdb_text(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	return s ? (const char *)s : "";
}

char *mdb_dup(arena_t *a, sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	if (!s) /* NULL, or out of memory converting the value */
		return sqlite3_column_type(st, col) == SQLITE_NULL ? arena_strdup(a, "") : NULL;
	return arena_strndup(a, (const char *)s, (size_t)sqlite3_column_bytes(st, col));
}

int mdb_int_or(sqlite3_stmt *st, int col, int def)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? def : sqlite3_column_int(st, col);
}

const char *mdb_lang(const char *lang)
{
	return lang ? lang : "";
}

void *mdb_vec_push(mdb_vec_t *v, size_t size)
{
	if (v->n == v->cap) {
		int cap = v->cap ? v->cap * 2 : 8;
		void *p = ovi_realloc(v->p, (size_t)cap * size);
		if (!p)
			return NULL;
		v->p = p;
		v->cap = cap;
	}
	void *e = (char *)v->p + (size_t)v->n++ * size;
	memset(e, 0, size);
	return e;
}

void *mdb_vec_keep(mdb_vec_t *v, arena_t *a, size_t size, int *n)
{
	void *p = NULL;
	*n = v->n;
	if (v->n) {
		p = arena_alloc(a, (size_t)v->n * size);
		if (p) {
			memcpy(p, v->p, (size_t)v->n * size);
		} else {
			*n = -1;
			err_set(OVI_ENOMEM, "out of memory");
		}
	}
	mdb_vec_free(v);
	return p;
}

void mdb_vec_free(mdb_vec_t *v)
{
	ovi_free(v->p);
	v->p = NULL;
	v->n = v->cap = 0;
}
