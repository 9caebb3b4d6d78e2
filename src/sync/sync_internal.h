/*
 * sync_internal: what the sources share inside the sync layer: the context a
 * check runs in (one-shot or inside the worker), reading and verifying a
 * manifest before anything else is touched, and the serialised import.
 */
#ifndef OVI_SYNC_INTERNAL_H
#define OVI_SYNC_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include "bundle/import.h"
#include "bundle/manifest.h"
#include "sync/sync.h"

/* Where a check runs. stop and import_lock are NULL outside the worker. */
typedef struct sync_ctx {
	const sync_config_t *cfg;
	const char *data_dir;
	atomic_bool *stop;	      /* set when the worker stops: cut transfers short */
	pthread_mutex_t *import_lock; /* one import at a time in this process */
} sync_ctx_t;

static inline bool sync_stopping(const sync_ctx_t *c)
{
	return c->stop && atomic_load(c->stop);
}

/* The real monotonic clock: clock_mono_ms() follows a pinned clock (--now),
 * which would stop every timer here. */
static inline int64_t sync_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- result helpers (result.c) ------------------------------------------ */

void sync_result_init(sync_result_t *r, sync_kind_t kind, const char *prefix, const char *where);
/* Sets the outcome and the one-line message. Returns the code the check
 * functions return for it (0, OVI_EREJECT, OVI_ERR). */
int sync_result_set(sync_result_t *r, sync_outcome_t o, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The current bundle's serial, 0 when none. */
long long sync_current_serial(model_t *m);

/* ---- a manifest read and verified (probe.c) -----------------------------
 *
 * The signature is checked with the trusted keys before the manifest is
 * parsed, as bundle_import() does; the sync layer needs it earlier, to know
 * whether a bundle is new before downloading or waiting for it.
 */
typedef struct sync_probe {
	char *manifest; /* the bytes of manifest.txt (owned) */
	size_t mlen;
	char *sig; /* manifest.txt.minisig (owned), NULL when unsigned */
	size_t slen;
	manifest_t *mf; /* parsed, when verified */
	char keyid[17]; /* "" when unsigned */
	uint8_t id[32]; /* SHA-256 of manifest and signature: this exact bundle */
} sync_probe_t;

/* Takes ownership of manifest and sig (sig may be NULL: unsigned). Returns 0,
 * or OVI_EREJECT with the reason in err_last() (not signed, unknown key,
 * changed after signing, malformed manifest), or OVI_ENOMEM. */
int sync_probe_buffers(const sync_ctx_t *c, char *manifest, size_t mlen, char *sig, size_t slen,
		       sync_probe_t *p);
/* Reads dir/manifest.txt and its signature. OVI_ENOTFOUND when there is no
 * manifest, OVI_ERR when it cannot be read, else as sync_probe_buffers(). */
int sync_probe_dir(const sync_ctx_t *c, const char *dir, sync_probe_t *p);
void sync_probe_free(sync_probe_t *p); /* accepts a zeroed probe */

/* bundle_import() of dir, one at a time, mapped into r (APPLIED, REJECTED
 * with every reason, FAILED). ir (optional) receives the import's own result;
 * the caller clears it. */
int sync_import(const sync_ctx_t *c, model_t *m, const char *dir, sync_result_t *r,
		import_result_t *ir);

/* ---- the report on a stick (report.c) ----------------------------------- */

/* Writes ovi-kiosk/ovi-report.txt on the stick (sync_stick_open(): through
 * the helper on a kiosk image; temp file, fsync, rename) describing r. Sets
 * r->report_written, or r->report_problem. A stick that cannot be written
 * (write-protected, full) is not an error: it gets no report. */
void sync_report_write(const sync_ctx_t *c, const char *stick, model_t *m, sync_result_t *r,
		       const import_result_t *ir);

/* ---- state kept by the worker between checks ---------------------------- */

typedef struct folder_state {
	uint8_t seen[32];      /* fingerprint of the folder at the last look */
	int64_t seen_since_ms; /* when it last changed (clock_mono_ms) */
	bool have_seen;
	uint8_t refused[32]; /* fingerprint of a refused bundle: not tried again */
	bool have_refused;
	bool settling;	  /* WAITING only for the folder to stay unchanged */
	int64_t retry_ms; /* when WAITING: look again after this long */
} folder_state_t;

int sync_folder_check_ex(const sync_ctx_t *c, model_t *m, const char *folder, folder_state_t *st,
			 sync_result_t *r);
int sync_usb_check_ex(const sync_ctx_t *c, model_t *m, const char *stick, sync_result_t *r);
int sync_http_check_ex(const sync_ctx_t *c, model_t *m, const char *url, sync_result_t *r);
int sync_upload_once_ex(const sync_ctx_t *c, model_t *m, sync_result_t *r);
int sync_usb_export_ex(const sync_ctx_t *c, model_t *m, const char *stick, char *written,
		       size_t cap, sync_stick_problem_t *problem);

/* libcurl's global set-up, once per process (thread-safe). */
int sync_http_global_init(void);

#endif
