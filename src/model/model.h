/*
 * model: the kiosk's SQLite database: schema, migrations, the queries behind
 * every screen, and what the kiosk writes.
 *
 * One file (ovi.db) in the state folder, WAL journal, synchronous=FULL (an
 * acknowledged sign-up survives a power cut), foreign keys on, secure_delete
 * on (deleted questions and nicknames are overwritten, not just unlinked).
 * The schema is versioned with PRAGMA user_version; model_open() runs every
 * migration above the file's version, each in its own transaction.
 *
 * Content tables (what a bundle brings) are replaced as a whole by
 * model_apply_content() in one transaction, so a reader sees the old content
 * or the new, never a mix. Kiosk tables (what staff and young people write)
 * refer to content by text id without foreign keys, so they survive imports.
 *
 * A model handle is used by one thread at a time; the import worker opens
 * its own.
 */
#ifndef OVI_MODEL_MODEL_H
#define OVI_MODEL_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "core/timeutil.h"
#include "model/content.h"

typedef struct model model_t;

#define MODEL_SCHEMA_VERSION 1

/* Opens (creating and migrating) path. Caller closes with model_close(). */
int model_open(const char *path, model_t **out);
void model_close(model_t *m); /* accepts NULL */
int model_schema_version(model_t *m);

/* ---- bundles ---------------------------------------------------------- */

typedef struct bundle_record {
	int64_t id;
	char site[ID_MAX + 1];
	int64_t serial;
	char keyid[17];   /* "" when unsigned */
	bool unsigned_;   /* accepted by a development kiosk without signature */
	wall_t created;   /* the manifest's creation time */
	wall_t imported;  /* when this kiosk applied it */
	char path[512];   /* the stored copy (for photos and rollback) */
	char source[256]; /* where it came from, e.g. "usb:/run/ovi/usb/sdb1" */
	char default_lang[8];
	char languages[LANG_MAX * 3];
} bundle_record_t;

/*
 * Replaces all content with c and records rec as the current bundle, in one
 * transaction. On failure nothing changed. rec->id is set.
 */
int model_apply_content(model_t *m, const content_t *c, bundle_record_t *rec);
/* The current bundle; OVI_ENOTFOUND when none was ever imported. */
int model_current_bundle(model_t *m, bundle_record_t *out);
/* The bundle applied before the current one (for rollback); OVI_ENOTFOUND. */
int model_previous_bundle(model_t *m, bundle_record_t *out);
/* Records an import attempt (ok or not) with its message, for staff. */
int model_log_import(model_t *m, wall_t when, const char *source, int64_t serial, bool ok,
		     const char *message);
typedef struct import_log {
	wall_t when;
	char source[256];
	int64_t serial;
	bool ok;
	char message[1024];
} import_log_t;
int model_last_import(model_t *m, import_log_t *out); /* OVI_ENOTFOUND */

/* Row counts of every table, for `ovi status` and tests. Fills up to cap
 * (name, count) pairs in schema order; returns how many. */
typedef struct table_count {
	char name[32];
	int64_t rows;
} table_count_t;
int model_table_counts(model_t *m, table_count_t *out, int cap);

/*
 * A digest of every content and kiosk table's rows (SHA-256 hex of a
 * canonical dump). Tests compare it before and after a rejected import to
 * prove nothing changed. out needs 65 bytes.
 */
int model_digest(model_t *m, char out[65]);

/* ---- export ---------------------------------------------------------- */

/* Writes signups.csv, questions.csv, counters.csv into dir (UTF-8 CSV).
 * Nicknames and questions are exported; nothing identifies a person. */
int model_export(model_t *m, const char *dir);

#endif
