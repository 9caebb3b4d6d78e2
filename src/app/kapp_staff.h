/*
 * kapp_staff: the staff runtime (see kapp_base.h). KA_STAFF_ENTRY (the logo
 * held for 3 s) opens the PIN pad; a right PIN (pin.h: lockout after wrong
 * tries, persisted) opens the staff screens, whose writes go through the
 * model, are logged with the PIN's label (model_staff_log) and show at once
 * on the youth screens. Leaving ("Leave", or STAFF_IDLE_MS without a touch)
 * turns staff.on off; the shell (kapp.c) then starts a fresh youth visit.
 *
 * Behind it: the staff view's fill (kapp_staff_fill.c), sample rows for
 * screenshots (kapp_staff_sample.c), what staff do to the kiosk itself:
 * content from a stick, rollback, export, the clock (kapp_staff_ops.c), and
 * the app's own sentences to staff (kapp_staff_notes.c).
 */
#ifndef OVI_APP_KAPP_STAFF_H
#define OVI_APP_KAPP_STAFF_H

#include <stddef.h>

#include "app/config.h"
#include "app/kapp_base.h"

/* ---- kapp_staff.c ------------------------------------------------------------ */

/* Opens the PIN pad in lang (the language the visitor had chosen). */
void kapp_staff_enter(kapp_t *a, const char *lang);
/* why: the staff log's action ("leave", "idle_leave"); NULL logs nothing
 * (the PIN pad was cancelled before anyone logged in). Turns staff.on off
 * and forgets everything staff mode held. */
void kapp_staff_leave(kapp_t *a, const char *why);
/* Staff mode's idle warning and leaving, the lockout's countdown. */
void kapp_staff_tick(kapp_t *a, int64_t now_ms);
int kapp_staff_timeout_ms(const kapp_t *a, int64_t now_ms);
/* A touch: staff mode keeps its own idle time. */
void kapp_staff_input(kapp_t *a);
/* One staff frame (staff_frame()), applying its action. */
bool kapp_staff_frame(kapp_t *a);
/* Applies a staff action the way a tap would; true when something changed. */
bool kapp_staff_apply(kapp_t *a, const ui_action_t *act);
/* Refills the staff view when what it depends on changed. */
void kapp_staff_refresh_view(kapp_t *a);

/* ---- kapp_staff_fill.c ----------------------------------------------------------- */

/* Fills v for staff state s at now from the model (strings in ar); what a
 * query could not give stays empty and is logged. */
void kapp_staff_fill(model_t *m, arena_t *ar, const staff_state_t *s, const config_t *cfg,
		     wall_t now, staff_view_t *v);
/* A key for what kapp_staff_fill() depends on; equal keys give equal views. */
void kapp_staff_fill_key(const staff_state_t *s, int64_t minute_stamp, int64_t bundle_id,
			 unsigned write_gen, char *out, size_t cap);

/* ---- kapp_staff_sample.c ------------------------------------------------------------ */

/* Screenshots: fills the lists a fresh demo database has empty (the queue,
 * questions, a session's sign-ups, ideas, the log) with made-up rows in
 * lang, so that every staff screen shows what it looks like in use. */
void kapp_staff_samples(arena_t *ar, const char *lang, staff_view_t *v);

/* ---- kapp_staff_ops.c -------------------------------------------------------------- */

/* Each does one thing staff asked for and writes a sentence for staff into
 * note (in lang). Returns 0 when it did it, else a negative OVI_E* code (the
 * note says why). */

/* Imports the bundle on the first mounted stick under the configured
 * roots (sync_usb_check: verify, stage, validate, apply; a report back on
 * the stick). */
int kapp_staff_op_import_stick(kapp_t *a, const char *lang, char *note, size_t cap);
/* Goes back to the previous bundle (bundle_rollback). */
int kapp_staff_op_rollback(kapp_t *a, const char *lang, char *note, size_t cap);
/* Writes the collected data into <stick>/ovi-kiosk/ovi-export/ (sync_usb_export). */
int kapp_staff_op_export(kapp_t *a, const char *lang, char *note, size_t cap);
/*
 * Sets the date and time to t (wall seconds). A real kiosk sets the system
 * clock (clock_settime; needs CAP_SYS_TIME). A development kiosk, a clock
 * pinned by --now or a replay, or a kiosk without the privilege sets only
 * the kiosk's own clock (clock_set_running: it runs on from t until the
 * program ends), and the note says so.
 */
int kapp_staff_op_set_clock(kapp_t *a, wall_t t, const char *lang, char *note, size_t cap);

/* ---- kapp_staff_notes.c: the app's sentences to staff ------------------------------ */

typedef enum {
	SN_FAILED,	    /* "That did not work: %s" */
	SN_NO_PINS,	    /* no PIN stored: how to add one */
	SN_NO_STICK,	    /* no stick found under the roots */
	SN_IMPORTED,	    /* "... version %lld ..." */
	SN_IMPORT_NOTHING,  /* "Nothing new on the stick: %s" */
	SN_IMPORT_REFUSED,  /* "... refused: %s" */
	SN_ROLLED_BACK,	    /* "... version %lld ..." */
	SN_ROLLBACK_FAILED, /* "%s" */
	SN_EXPORTED,	    /* "... %s" (the folder) */
	SN_EXPORT_FAILED,   /* "%s" */
	SN_STICK_PROTECTED, /* the stick's write-protect switch is on */
	SN_STICK_FULL,
	SN_STICK_GONE,	    /* pulled out during the export */
	SN_STICK_READ_ONLY, /* mounted read-only, no helper */
	SN_CLOCK_SYSTEM,    /* "The clock is now %s." */
	SN_CLOCK_KIOSK,	    /* "%s ... only the kiosk's clock: %s" */
	SN_PUBLISHED,
	SN_HIDDEN,
	SN_SESSION_CANCELLED,
	SN_SIGNUP_REMOVED,
	SN_WORKING, /* shown while an import, export or rollback runs */
	SN_COUNT
} kapp_staff_note_t;

/* The sentence in lang (fi, sv, en; others get English). Never NULL. */
const char *kapp_staff_note(const char *lang, kapp_staff_note_t id);

#endif
