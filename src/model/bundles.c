/*
 * bundles: the history of applied bundles, the import log, and row counts.
 */
#include "model/mdb.h"

#include "core/err.h"
#include "core/str.h"

#include <stdio.h>
#include <string.h>

#define BUNDLE_COLS                                                                                \
	"id, site, serial, keyid, unsigned, created, imported, path, source, languages,"           \
	" default_lang"

static int read_bundle(model_t *m, const char *sql, bundle_record_t *out)
{
	sqlite3_stmt *st;
	int rc = mdb_prepare(m, sql, &st);
	if (rc < 0)
		return rc;
	int src = mdb_step(st);
	if (src == SQLITE_ROW) {
		memset(out, 0, sizeof *out);
		out->id = sqlite3_column_int64(st, 0);
		str_copy(out->site, sizeof out->site, mdb_text(st, 1));
		out->serial = sqlite3_column_int64(st, 2);
		str_copy(out->keyid, sizeof out->keyid, mdb_text(st, 3));
		out->unsigned_ = sqlite3_column_int(st, 4) != 0;
		out->created = sqlite3_column_int64(st, 5);
		out->imported = sqlite3_column_int64(st, 6);
		str_copy(out->path, sizeof out->path, mdb_text(st, 7));
		str_copy(out->source, sizeof out->source, mdb_text(st, 8));
		str_copy(out->languages, sizeof out->languages, mdb_text(st, 9));
		str_copy(out->default_lang, sizeof out->default_lang, mdb_text(st, 10));
		rc = OVI_OK;
	} else if (src == SQLITE_DONE) {
		rc = err_set(OVI_ENOTFOUND, "no bundle has been imported");
	} else {
		rc = mdb_err(m, src, "reading the bundle history");
	}
	sqlite3_finalize(st);
	return rc;
}

int model_current_bundle(model_t *m, bundle_record_t *out)
{
	return read_bundle(m, "SELECT " BUNDLE_COLS " FROM bundles WHERE is_current = 1", out);
}

int model_previous_bundle(model_t *m, bundle_record_t *out)
{
	int rc = read_bundle(m,
			     "SELECT " BUNDLE_COLS " FROM bundles WHERE is_current = 0"
			     " ORDER BY id DESC LIMIT 1",
			     out);
	if (rc == OVI_ENOTFOUND)
		err_set(rc, "no bundle was applied before the current one");
	return rc;
}

int model_bundle_hold(model_t *m, int64_t *held)
{
	*held = 0;
	int64_t max = 0;
	int rc = mdb_int64(m, &max, 0,
			   "SELECT coalesce(max(b.serial), 0) FROM bundles b, bundles c"
			   " WHERE c.is_current = 1 AND b.site = c.site AND b.serial > c.serial",
			   "");
	if (rc == OVI_OK)
		*held = max;
	return rc;
}

int model_log_import(model_t *m, wall_t when, const char *source, int64_t serial, bool ok,
		     const char *message)
{
	return mdb_runf(m, "recording the import",
			"INSERT INTO import_log "
			"(at, source, serial, ok, message) VALUES (?, ?, ?, ?, ?)",
			"ItIit", (int64_t)when, source ? source : "", serial, ok ? 1 : 0,
			message ? message : "");
}

int model_last_import(model_t *m, import_log_t *out)
{
	sqlite3_stmt *st;
	int rc = mdb_prepare(m,
			     "SELECT at, source, serial, ok, message FROM import_log"
			     " ORDER BY id DESC LIMIT 1",
			     &st);
	if (rc < 0)
		return rc;
	int src = mdb_step(st);
	if (src == SQLITE_ROW) {
		memset(out, 0, sizeof *out);
		out->when = sqlite3_column_int64(st, 0);
		str_copy(out->source, sizeof out->source, mdb_text(st, 1));
		out->serial = sqlite3_column_int64(st, 2);
		out->ok = sqlite3_column_int(st, 3) != 0;
		str_copy(out->message, sizeof out->message, mdb_text(st, 4));
		rc = OVI_OK;
	} else if (src == SQLITE_DONE) {
		rc = err_set(OVI_ENOTFOUND, "no import has been tried");
	} else {
		rc = mdb_err(m, src, "reading the import log");
	}
	sqlite3_finalize(st);
	return rc;
}

int model_table_counts(model_t *m, table_count_t *out, int cap)
{
	int n = 0;
	for (int i = 0; mdb_tables[i] && n < cap; i++) {
		char sql[96];
		int64_t rows;
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", mdb_tables[i]);
		int rc = mdb_int64(m, &rows, 0, sql, "");
		if (rc < 0)
			return err_prefix(rc, "counting %s: ", mdb_tables[i]);
		str_copy(out[n].name, sizeof out[n].name, mdb_tables[i]);
		out[n].rows = rows;
		n++;
	}
	return n;
}
