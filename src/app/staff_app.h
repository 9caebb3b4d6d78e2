/*
 * staff_app: the parts of staff mode behind staff_app.c, internal to the app:
 * the staff view's fill (staff_fill.c), sample rows for screenshots
 * (staff_sample.c), what staff do to the kiosk itself: content from a
 * stick, rollback, export, the clock (staff_ops.c), and the app's own
 * messages to staff (staff_notes.c).
 */
#ifndef OVI_APP_STAFF_APP_H
#define OVI_APP_STAFF_APP_H

#include <stddef.h>

#include "app/config.h"
#include "app/kiosk_app.h"

/* ---- staff_fill.c ----------------------------------------------------------- */

/* Fills v for staff state s at now from the model (strings in ar); what a
 * query could not give stays empty and is logged. */
void staff_viewfill(model_t *m, arena_t *ar, const staff_state_t *s, const config_t *cfg,
		    wall_t now, staff_view_t *v);
/* A key for what staff_viewfill() depends on; equal keys give equal views. */
void staff_viewfill_key(const staff_state_t *s, int64_t minute_stamp, int64_t bundle_id,
			unsigned write_gen, char *out, size_t cap);

/* ---- staff_sample.c ------------------------------------------------------------ */

/* Screenshots: fills the lists a fresh demo database has empty (the queue,
 * questions, a session's sign-ups, ideas, the log) with made-up rows in
 * lang, so that every staff screen shows what it looks like in use. */
void staff_view_samples(arena_t *ar, const char *lang, staff_view_t *v);

/* ---- staff_ops.c -------------------------------------------------------------- */

/* Each does one thing staff asked for and writes a sentence for staff into
 * note (in lang). Returns 0 when it did it, else a negative OVI_E* code (the
 * note says why). */

/* Imports the bundle on the first mounted stick under the configured
 * roots (sync_usb_check: verify, stage, validate, apply; a report back on
 * the stick). */
int staff_op_import_stick(kapp_t *a, const char *lang, char *note, size_t cap);
/* Goes back to the previous bundle (bundle_rollback). */
int staff_op_rollback(kapp_t *a, const char *lang, char *note, size_t cap);
/* Writes the collected data into <stick>/ovi-kiosk/ovi-export/ (sync_usb_export). */
int staff_op_export(kapp_t *a, const char *lang, char *note, size_t cap);
/*
 * Sets the date and time to t (wall seconds). A real kiosk sets the system
 * clock (clock_settime; needs CAP_SYS_TIME). A development kiosk, a clock
 * pinned by --now or a replay, or a kiosk without the privilege sets only
 * the kiosk's own clock (clock_set_running: it runs on from t until the
 * program ends), and the note says so.
 */
int staff_op_set_clock(kapp_t *a, wall_t t, const char *lang, char *note, size_t cap);

/* ---- staff_notes.c: the app's sentences to staff ------------------------------ */

typedef enum {
	SN_FAILED,	   /* "That did not work: %s" */
	SN_NO_PINS,	   /* no PIN stored: how to add one */
	SN_NO_STICK,	   /* no stick found under the roots */
	SN_IMPORTED,	   /* "... version %lld ..." */
	SN_IMPORT_NOTHING, /* "Nothing new on the stick: %s" */
	SN_IMPORT_REFUSED, /* "... refused: %s" */
	SN_ROLLED_BACK,	   /* "... version %lld ..." */
	SN_ROLLBACK_FAILED, /* "%s" */
	SN_EXPORTED,	   /* "... %s" (the folder) */
	SN_EXPORT_FAILED,  /* "%s" */
	SN_STICK_PROTECTED, /* the stick's write-protect switch is on */
	SN_STICK_FULL,
	SN_STICK_GONE,	   /* pulled out during the export */
	SN_STICK_READ_ONLY, /* mounted read-only, no helper */
	SN_CLOCK_SYSTEM,   /* "The clock is now %s." */
	SN_CLOCK_KIOSK,	   /* "%s ... only the kiosk's clock: %s" */
	SN_PUBLISHED,
	SN_HIDDEN,
	SN_SESSION_CANCELLED,
	SN_SIGNUP_REMOVED,
	SN_WORKING, /* shown while an import, export or rollback runs */
	SN_COUNT
} staff_note_t;

/* The sentence in lang (fi, sv, en; others get English). Never NULL. */
const char *staff_note(const char *lang, staff_note_t id);

#endif
