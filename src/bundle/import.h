/*
 * import: from a bundle folder (a USB stick, a network share, a download) to
 * the kiosk's database, or a clear refusal with the old content untouched.
 *
 *  1. read manifest.txt and its signature (bounded sizes, no links);
 *  2. verify the signature with the trusted keys before anything else is
 *     parsed (unsigned only on a development kiosk, and then marked so);
 *  3. parse the manifest; refuse a serial not above the current one unless
 *     forced; check that the folder holds exactly the listed files;
 *  4. copy every file into a staging folder on the kiosk's own storage,
 *     checking size and SHA-256 while copying, then fsync;
 *  5. load and validate every sheet and picture from the staged copy;
 *  6. move the staged copy to bundles/ and apply the content in one SQLite
 *     transaction; keep the previous bundle for rollback.
 *
 * A failure at any step removes the staging folder and leaves the database
 * exactly as it was (tests prove it with fault injection at every step).
 */
#ifndef OVI_BUNDLE_IMPORT_H
#define OVI_BUNDLE_IMPORT_H

#include <stdbool.h>

#include "bundle/minisign.h"
#include "core/err.h"
#include "model/model.h"

typedef struct import_opts {
	const char *data_dir;	       /* state folder: staging/ and bundles/ live here */
	const minisign_pubkey_t *keys; /* trusted public keys */
	int nkeys;
	bool allow_unsigned; /* development kiosks only */
	bool force;	     /* accept a serial not above the current one */
	bool check_only;     /* validate everything, change nothing */
	const char *source;  /* shown in history, e.g. "usb:/media/x" */
	const char *lang;    /* the messages' language (core/tr.h); NULL: English */
} import_opts_t;

typedef struct import_result {
	bundle_meta_t meta; /* what the manifest said (when it could be read) */
	char keyid[17];	    /* the key that signed it, "" when unsigned */
	bool unsigned_;
	int nfiles;
	long long bytes;
	errlist_t errors; /* every problem found; free with import_result_clear() */
	errlist_t notes;  /* not problems, but worth telling (a sheet in Windows-1252) */
	bool applied;
	const char *lang; /* the language of errors and notes (import_opts_t.lang) */
} import_result_t;

/* Imports (or with check_only, checks) the bundle in folder src. m may be NULL
 * with check_only (then the serial is not compared). Returns 0, OVI_EREJECT
 * (content refused: res->errors says why), or OVI_ERR/OVI_ENOMEM. */
int bundle_import(const char *src, const import_opts_t *o, model_t *m, import_result_t *res);
void import_result_clear(import_result_t *res);

/* Goes back to the bundle applied before the current one: its stored copy is
 * verified and imported again like any bundle (forced: its serial is lower).
 * OVI_EREJECT when there is none. */
int bundle_rollback(const import_opts_t *o, model_t *m, import_result_t *res);

/* Writes manifest.txt for folder dir (ovi pack): lists every file with size
 * and SHA-256, keeps site/languages from an existing manifest unless given,
 * and sets serial to max(existing + 1, serial). */
typedef struct pack_opts {
	const char *site;      /* NULL: keep */
	const char *languages; /* "fi,sv,en"; NULL: keep */
	const char *default_language;
	long long serial; /* 0: existing + 1 */
} pack_opts_t;
int bundle_pack(const char *dir, const pack_opts_t *o, long long *serial_out);

/* Reads a .pub file or a base64 key line. */
int bundle_read_pubkey(const char *path_or_b64, minisign_pubkey_t *out);

#endif
