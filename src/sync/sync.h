/*
 * sync: bundles that arrive by themselves: a USB stick, a network folder (an
 * SMB or NFS mount) or an HTTP(S) URL, checked once (`ovi sync --once`) or
 * watched in the background by a worker while the kiosk runs.
 *
 * Every source ends in bundle_import() (verify, stage with hash checks,
 * validate, apply in one transaction), so what can arrive is exactly what
 * `ovi import` accepts; this layer only decides *when* a bundle is there and
 * new, and brings it onto the kiosk's storage:
 *
 *  - usb:    a mounted stick with `ovi/` at its root. Imported once per
 *            insertion; a report (ovi-report.txt) is written back when the
 *            stick is writable. Staff can export collected data onto it.
 *  - folder: a folder that a coordinator's computer writes into over the
 *            network. Taken only when complete (signature verifies, every
 *            listed file present with its size, quiet for a moment); a
 *            half-written folder is simply waited for.
 *  - http:   manifest.txt and its signature are fetched (conditionally) and
 *            verified, and the serial compared, before anything else is
 *            downloaded; then only the listed files, with size caps, into
 *            a download folder in the state folder, resumed after a break.
 *
 * "New" means a serial above the current bundle's. An older or equal serial
 * from a folder or a URL is silently "nothing new" (one URL serves many
 * kiosks, some of them forced back by staff); from a stick it is answered
 * with a report, since someone is standing there with it.
 *
 * Threads: the check functions use the model handle they are given (one per
 * thread, see model.h). The worker runs each source in its own thread with
 * its own handle, and imports one at a time.
 */
#ifndef OVI_SYNC_SYNC_H
#define OVI_SYNC_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "bundle/minisign.h"
#include "core/err.h"
#include "core/str.h"
#include "model/model.h"

#define SYNC_MAX_ROOTS 8
#define SYNC_MAX_KEYS  16
/* The one folder on a stick the kiosk writes into; the report and the
 * export are inside it. */
#define SYNC_KIOSK_DIR	  "ovi-kiosk"
#define SYNC_REPORT_NAME  "ovi-report.txt"
#define SYNC_EXPORT_DIR	  "ovi-export"
#define SYNC_STICK_BUNDLE "ovi"

/* What the sources are and whom to trust: plain data, filled by the app from
 * ovi.ini ([sync] and [trust]); sync_config_defaults() first. */
typedef struct sync_config {
	char usb_roots[SYNC_MAX_ROOTS][256]; /* folders sticks are mounted in */
	int nusb_roots;
	char folder[1024];	    /* network folder, "" = none */
	char url[1024];		    /* http(s) base URL of a bundle, "" = none */
	int poll_interval_s;	    /* URL polls and network-folder rescans */
	int settle_s;		    /* a folder must be quiet this long before it is taken */
	int connect_timeout_s;	    /* HTTP: connecting */
	int stall_timeout_s;	    /* HTTP: a transfer slower than 1 KB/s this long is cut */
	char ca_file[1024];	    /* HTTP: extra CA certificates (PEM), "" = the system's */
	char usb_write_socket[256]; /* the stick helper (ovi-usb-mount serve), "" = none */
	/* Uploads of the anonymous counts and status.ini (upload.c). */
	bool upload;		   /* on: needs upload_url, or url (then url + "kiosks/") */
	char upload_url[1024];	   /* the drop's base for this site's kiosks, ends in '/' */
	char upload_user[128];	   /* basic auth user, or the S3 access key ("" = none) */
	char upload_password[256]; /* its password, or the S3 secret key */
	char upload_s3_region[32]; /* set: sign with AWS SigV4 for this region */
	int upload_interval_s;	   /* between uploads (default 3600) */
	int upload_retry_s;	   /* the first wait after a failure, doubling (default 60) */
	char version[32];	   /* Ovi's version: status.ini, the User-Agent */
	char kiosk_name[64];	   /* this kiosk's name (its host name): status.ini, uploads */
	minisign_pubkey_t keys[SYNC_MAX_KEYS];
	int nkeys;
	bool allow_unsigned; /* development kiosks only */
} sync_config_t;

/* usb_roots /media /run/media /run/ovi/usb; poll 300 s; settle 2 s; connect
 * 15 s; stall 60 s; nothing else. */
void sync_config_defaults(sync_config_t *c);

typedef enum sync_kind { SYNC_USB, SYNC_FOLDER, SYNC_HTTP } sync_kind_t;

typedef enum sync_outcome {
	SYNC_NOTHING,  /* no bundle there, or none newer than the current one */
	SYNC_WAITING,  /* a bundle is still arriving: checked again later */
	SYNC_APPLIED,  /* a new bundle is the content now */
	SYNC_REJECTED, /* a bundle was refused (reasons); the old content stays */
	SYNC_FAILED,   /* could not check (no network, an I/O error): tried again later */
	SYNC_EXPORTED  /* collected data written to a stick (worker events only) */
} sync_outcome_t;

/* What one check of one source did. Clear with sync_result_clear(). */
typedef struct sync_result {
	sync_kind_t kind;
	sync_outcome_t outcome;
	char source[1100];   /* "usb:/run/ovi/usb/sdb1", "folder:/mnt/drop", "http:https://..." */
	long long serial;    /* the bundle's serial, 0 when not known */
	long long current;   /* the kiosk's serial after the check, 0 when none */
	char message[1024];  /* one line for the log, the command line and staff */
	errlist_t reasons;   /* every reason a bundle was refused */
	bool report_written; /* usb: ovi-kiosk/ovi-report.txt is on the stick */
	int report_problem;  /* usb: a sync_stick_problem_t when it is not */
} sync_result_t;

void sync_result_clear(sync_result_t *r);	 /* frees reasons; accepts NULL */
const char *sync_outcome_name(sync_outcome_t o); /* "applied", "waiting", ... */

/*
 * One check of one source, with the caller's model handle. Each fills *r
 * (always; clear it after) and returns 0 for NOTHING, WAITING and APPLIED,
 * OVI_EREJECT for REJECTED and OVI_ERR for FAILED.
 */
/* stick: the stick's mount point (the bundle is stick/ovi). Writes the report
 * when the stick is writable. */
int sync_usb_check(const sync_config_t *cfg, const char *data_dir, model_t *m, const char *stick,
		   sync_result_t *r);
/* folder: the bundle folder (holding manifest.txt), or a folder with ovi/. */
int sync_folder_check(const sync_config_t *cfg, const char *data_dir, model_t *m,
		      const char *folder, sync_result_t *r);
/* url: the folder URL of a bundle ("https://host/site/", a trailing
 * manifest.txt is allowed). Downloads into data_dir/sync/http/. */
int sync_http_check(const sync_config_t *cfg, const char *data_dir, model_t *m, const char *url,
		    sync_result_t *r);

/* The mounted sticks under cfg's roots (a mount point, or a folder with ovi/
 * at its top, directly under a root or one level deeper as in
 * /run/media/USER/LABEL). Fills up to cap paths of 512 bytes; returns how
 * many. */
int sync_usb_sticks(const sync_config_t *cfg, char (*out)[512], int cap);

/* ---- uploads to the network's drop (upload.c) ---------------------------
 *
 * counters.csv, labels.csv and status.ini PUT to <base><kiosk>/; base is
 * upload_url, or url + "kiosks/". APPLIED when every file went up, FAILED
 * with the reason. Never anything a young person typed. */
int sync_upload_once(const sync_config_t *cfg, const char *data_dir, model_t *m, sync_result_t *r);
int sync_upload_base(const sync_config_t *cfg, char *out, size_t cap);
/* "Ovi/0.1.0 (site ohjaamo-keskusta; bundle 12; kiosk ovi-keskusta-1)": the
 * User-Agent of every request. */
void sync_user_agent(const sync_config_t *cfg, model_t *m, char *out, size_t cap);

/* ---- what a kiosk tells its coordinator (status.c) -----------------------
 *
 * status.ini: site, kiosk, version, bundle serial, the last import and its
 * result, free space, uptime, when it was written. */
int sync_status_text(const sync_config_t *cfg, model_t *m, const char *data_dir, strbuf_t *b);
/* Everything an export folder holds: the collected data (model_export()),
 * status.ini, and the evaluation made from the counts (evaluation.xlsx and
 * evaluation.csv, in lang; NULL: the bundle's default language). */
int sync_export_dir(const sync_config_t *cfg, model_t *m, const char *data_dir, const char *dir,
		    const char *lang);

/* ---- writing to a stick (stick.c) ----------------------------------------
 *
 * Only into its ovi-kiosk/ folder. A stick mounted read-only (a kiosk image)
 * is made writable for the write by the helper behind cfg->usb_write_socket
 * and read-only again when closed; one mounted read-write (a desktop) is
 * written directly. */
typedef enum sync_stick_problem {
	STICK_OK,
	STICK_NONE,	 /* no stick */
	STICK_READ_ONLY, /* mounted read-only and no helper to change that */
	STICK_PROTECTED, /* its write-protect switch is on */
	STICK_FULL,
	STICK_GONE, /* pulled out (or failing) during the write */
	STICK_OTHER
} sync_stick_problem_t;

typedef struct sync_stick {
	char stick[512]; /* the mount point */
	char dir[1100];	 /* where to write: stick/ovi-kiosk, or the helper's mount */
	int helper_fd;	 /* -1: written directly */
	sync_stick_problem_t problem;
} sync_stick_t;

const char *sync_stick_problem_name(sync_stick_problem_t p);
/* Opens the stick for writing. On failure s->problem says why and err_last()
 * in a sentence; nothing to close. */
int sync_stick_open(const sync_config_t *cfg, const char *stick, sync_stick_t *s);
/* After a failed write (errno as the write left it): sets s->problem (gone,
 * full, read-only...) and err_last(); returns the error. */
int sync_stick_problem(sync_stick_t *s, const char *doing);
/* Flushes the stick and gives it back (read-only again). Returns an error
 * when the flush failed (the stick was pulled). */
int sync_stick_close(sync_stick_t *s);

/* Writes signups.csv, questions.csv, counters.csv and group_ideas.csv into
 * stick/ovi-kiosk/ovi-export/ (model_export) and flushes the stick so that it
 * can be pulled out. stick NULL: the first stick under cfg's roots.
 * written (optional) receives the folder as the stick shows it
 * ("ovi-kiosk/ovi-export"). problem (optional) says what went wrong:
 * STICK_NONE (OVI_ENOTFOUND) when there is no stick. Nothing on the kiosk is
 * changed or lost by a failed export. */
int sync_usb_export(const sync_config_t *cfg, model_t *m, const char *stick, char *written,
		    size_t cap, sync_stick_problem_t *problem);

/*
 * Checks every configured source once (or only `only`: an http(s) URL, a
 * stick's mount point or a folder) and calls fn for each result (borrowed
 * for the call). Returns 0 when every source was fine (nothing new, waiting
 * or applied), OVI_EREJECT when one refused a bundle and none failed,
 * OVI_ERR when one failed.
 */
int sync_once(const sync_config_t *cfg, const char *data_dir, model_t *m, const char *only,
	      void (*fn)(const sync_result_t *r, void *ud), void *ud);

/* ---- the background worker ----------------------------------------------
 *
 * One thread per configured source (usb, folder, url), each with its own
 * model handle on data_dir/ovi.db; imports are serialised. A stick is
 * noticed through inotify on the roots and the kernel's mount table (poll on
 * /proc/self/mountinfo); a network folder through inotify, and also rescanned
 * every poll_interval because inotify does not see writes made by other
 * computers on SMB or NFS; the URL is polled every poll_interval (with a
 * little jitter so that many kiosks do not arrive at once). Idle, every
 * thread sleeps in poll(): no CPU is used.
 *
 * notify is called from a worker thread after a bundle was applied
 * (SYNC_APPLIED: the content changed, switch to it between frames), after
 * one was refused (SYNC_REJECTED: for staff mode's "last import"), and after
 * an export (SYNC_EXPORTED, or SYNC_FAILED when the export failed). It must
 * be thread-safe and quick (push an event and return); the result is
 * borrowed for the call.
 *
 * In the app (the main thread owns the UI and its own model handle):
 *
 *   static Uint32 ev_sync;  // = SDL_RegisterEvents(1) at start-up
 *   static void on_sync(const sync_result_t *r, void *ud)  // a worker thread
 *   {
 *           SDL_Event e = {.type = ev_sync};
 *           e.user.code = r->outcome;
 *           e.user.data1 = (void *)(intptr_t)r->serial;
 *           SDL_PushEvent(&e);  // thread-safe; copy r->message first if needed
 *   }
 *   sync_worker_start(&cli->config.sync, cli->data_dir, on_sync, NULL, &w);
 *   ... in the loop, on ev_sync: SYNC_APPLIED -> between two frames, drop
 *   every cached view and query again (the import committed in one
 *   transaction: the next read sees the new content whole), reload photos
 *   from the new bundle's path, show a short notice; SYNC_REJECTED ->
 *   refresh staff mode's "last import" (model_last_import()).
 *   Staff's "import from a stick now": sync_worker_kick(w); "export to the
 *   stick": sync_worker_export(w, NULL), the outcome arrives as an event.
 *   At exit: sync_worker_stop(w).
 *
 * Not for `--replay`, screenshots or tests of the UI, which must not pick up
 * whatever stick a developer has plugged in.
 */
typedef struct sync_worker sync_worker_t;
typedef void (*sync_notify_fn)(const sync_result_t *r, void *ud);

/* cfg and data_dir are copied. Starts nothing when no source is configured
 * (and still returns a worker that stops cleanly). Caller stops it with
 * sync_worker_stop(). */
int sync_worker_start(const sync_config_t *cfg, const char *data_dir, sync_notify_fn notify,
		      void *ud, sync_worker_t **out);
/* Checks every source now (staff's "import from a stick now"). */
void sync_worker_kick(sync_worker_t *w);
/* Exports collected data to stick (NULL: the first writable one) in the USB
 * thread; the outcome comes through notify. OVI_EUSAGE without usb roots. */
int sync_worker_export(sync_worker_t *w, const char *stick);
/* Stops every thread (a download in progress is cut off; an import in
 * progress finishes or rolls back) and frees w. Accepts NULL. */
void sync_worker_stop(sync_worker_t *w);

#endif
