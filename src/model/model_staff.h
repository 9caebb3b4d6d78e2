/*
 * staff: the model behind staff mode on the kiosk: staff PINs and the staff
 * log, the PIN lockout, today's changes, the queue of numbers, pending
 * questions, group sessions' sign-ups and flags, and group ideas.
 *
 * The model stores PIN *hashes* only (crypto_pwhash_str strings made by
 * app/pin.c); it links no libsodium and never sees a PIN.
 *
 * Conventions as in model.h and views.h: every function returns 0 or a
 * negative OVI_E* code with a message (core/err.h); every write is one
 * transaction committed before it returns (a failure changes nothing); lists
 * live in the caller's arena (strings never NULL, "" when empty) until the
 * caller frees it; lang is a language code, or NULL for the site's default.
 * An id that does not exist (or no longer matches the asked state) gives
 * OVI_ENOTFOUND. Times are minutes, days are day numbers, instants wall
 * seconds (core/timeutil.h); "now" is clock_now().
 *
 * The staff log records labels and actions, never a PIN; callers must not
 * put young people's text (nicknames, questions) into a log detail, because
 * the log is kept longer than those (MODEL_STAFF_LOG_DAYS).
 */
#ifndef OVI_MODEL_MODEL_STAFF_H
#define OVI_MODEL_MODEL_STAFF_H

#include <stdbool.h>
#include <stdint.h>

#include "core/mem.h"
#include "core/timeutil.h"
#include "model/model.h"
#include "model/staff_views.h"
#include "model/views.h"

#define MODEL_STAFF_LOG_DAYS 90 /* model_purge() deletes older staff log entries */

/* ---- staff PINs ---------------------------------------------------------- */

/* Every stored PIN hash with its label, in the caller's arena. */
int model_staff_pins(model_t *m, arena_t *a, staff_pin_list_t *out);
/* Stores a new PIN hash under label (trimmed, 1..MODEL_PIN_LABEL_MAX
 * characters; labels need not be unique). hash must be a printable ASCII
 * string of 1..MODEL_PIN_HASH_MAX bytes starting with '$' (OVI_EREJECT
 * otherwise). *id (may be NULL) receives the new row's id. */
int model_staff_pin_add(model_t *m, const char *label, const char *hash, int64_t *id);
/* Renames PIN id. OVI_ENOTFOUND for an unknown id. */
int model_staff_pin_label(model_t *m, int64_t id, const char *label);
/* Deletes PIN id (secure_delete). OVI_ENOTFOUND for an unknown id. The last
 * PIN can be removed: then staff mode cannot be entered until one is added
 * (`ovi staff-pin add`). */
int model_staff_pin_remove(model_t *m, int64_t id);

/* ---- staff log ------------------------------------------------------------ */

/* Appends an entry at clock_now(). label and detail may be NULL (""); action
 * is required. Texts longer than their maximum are cut (at a character). */
int model_staff_log(model_t *m, const char *label, const char *action, const char *detail);
/* The newest limit entries (limit <= 0: all), newest first. */
int model_staff_log_list(model_t *m, arena_t *a, int limit, staff_log_list_t *out);

/* ---- PIN lockout (persisted, so a restart does not reset it) -------------- */

/* Consecutive wrong PINs and the instant until which entry is locked (0 when
 * not locked); both 0 on a fresh database. */
int model_pin_failures_get(model_t *m, int *count, wall_t *locked_until);
int model_pin_failures_set(model_t *m, int count, wall_t locked_until);

/* ---- today's roster ------------------------------------------------------
 *
 * The roster itself is model_today() (model.h): its now, later and away
 * lists with staff's changes applied. Changes are model_add_override()
 * (model.h); a walk-in is OVERRIDE_WALKIN with either person (one of
 * model_staff_people()) or visitor (a typed name) set.
 */

/* Staff's changes to day. */
int model_overrides(model_t *m, arena_t *a, int day, override_list_t *out);
/* Undoes one change (the day is recomputed without it). OVI_ENOTFOUND. */
int model_remove_override(model_t *m, int64_t id);
/* Undoes every change to person's day (person id, or a visitor's name for
 * walk-in visitors); *removed (may be NULL) how many. */
int model_clear_overrides(model_t *m, int day, const char *person, int *removed);

/* A known person, for the walk-in picker. */

/* Every person in the content. */
int model_staff_people(model_t *m, arena_t *a, const char *lang, staff_person_list_t *out);

/* ---- queue ---------------------------------------------------------------- */

/* Every number taken on day, whatever its state. */
int model_queue_list(model_t *m, arena_t *a, const char *lang, int day, queue_list_t *out);
/* Moves number id to state. QUEUE_CALLED sets called_at to now (calling
 * again re-shows the banner); any state may follow any other (staff undo a
 * wrong tap). OVI_ENOTFOUND for an unknown id. */
int model_queue_set_state(model_t *m, int64_t id, queue_state_t state);
/* The number of day most recently called at or after now - window_s and
 * still in state QUEUE_CALLED, for the youth screen's "number 17, please
 * come to the desk"; *number is 0 when none. */
int model_queue_called(model_t *m, int day, wall_t now, int window_s, int *number);

/* ---- questions ------------------------------------------------------------- */

int model_questions_pending(model_t *m, arena_t *a, const char *lang, pending_question_list_t *out);
/* Publishes pending question id with answer (trimmed, multiline,
 * 1..MODEL_ANSWER_MAX characters) to its topic's answered list; sets
 * handled_at (retention counts from it). A published question may be
 * published again to correct its answer. OVI_ENOTFOUND when id is neither
 * pending nor published. */
int model_question_publish(model_t *m, int64_t id, const char *answer);
/* Hides question id (pending or published; a published one leaves the
 * answered list); sets handled_at. OVI_ENOTFOUND. */
int model_question_hide(model_t *m, int64_t id);

/* ---- group sessions (STAFF ONLY: nicknames) ----------------------------------
 *
 * Sessions with their counts and flags are model_groups() and model_today()
 * (session_view_t has cancelled and signups_closed). Flags are a kiosk
 * table keyed by session id: an import keeps them. model_signup() refuses a
 * cancelled session or one whose sign-ups are closed (OVI_EREJECT).
 */

int model_session_signups(model_t *m, arena_t *a, const char *session, signup_list_t *out);
/* Sets or clears the session's flags. OVI_ENOTFOUND for a session not in the
 * content. Sign-ups are kept (un-cancelling restores them). */
int model_session_cancel(model_t *m, const char *session, bool cancelled);
int model_session_close_signups(model_t *m, const char *session, bool closed);
/* Deletes sign-up id (secure_delete); when it had a place, the first on the
 * waiting list moves up (as model_cancel_signup()). OVI_ENOTFOUND. */
int model_signup_remove(model_t *m, int64_t id);

/* ---- group ideas ---------------------------------------------------------------- */

/* The ideas of one status ("pending", "accepted", "published"), oldest
 * first. */
int model_ideas(model_t *m, arena_t *a, const char *status, idea_list_t *out);
int model_ideas_pending(model_t *m, arena_t *a, idea_list_t *out);
/*
 * Moderation: pending -> accepted (staff took it up) -> published (young
 * people see it among "ideas being planned"); hidden from pending or
 * accepted; unpublished (hidden) from published. OVI_ENOTFOUND when id is
 * not in the status the step starts from. Published ideas are anonymous
 * and public: retention leaves them until staff take them down.
 */
int model_idea_accept(model_t *m, int64_t id);
int model_idea_hide(model_t *m, int64_t id);
int model_idea_publish(model_t *m, int64_t id);
int model_idea_unpublish(model_t *m, int64_t id);

#endif
