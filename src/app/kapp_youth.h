/*
 * kapp_youth: the youth runtime (see kapp_base.h): the visitor's state
 * (youth/kiosk.h), the view filled for it from the model, the idle warning
 * and reset, the countdown of a private result, reading aloud, and the
 * writes a young person makes. A screen only asks (KA_SEND_*); the state
 * shows a result (a number, a cancel code, "sent") only after the model's
 * transaction committed, through kiosk_written(). Time and outside events
 * change the state through the reducer too (kiosk_idle_countdown(),
 * kiosk_notify()), never by setting its fields.
 */
#ifndef OVI_APP_KAPP_YOUTH_H
#define OVI_APP_KAPP_YOUTH_H

#include <stddef.h>

#include "app/kapp_base.h"

/* ---- kapp_youth.c ------------------------------------------------------------ */

/* The youth side's part of kapp_open(): timeouts, the site's look, the
 * first state. */
void kapp_youth_open(kapp_t *a, const kapp_opts_t *o);
void kapp_youth_close(kapp_t *a);
/* A fresh visit: kiosk_state_init() in the default language with the
 * site's text size and colours. */
void kapp_youth_fresh_state(kapp_t *a);
/* Back to a fresh start: Today, the default language, nothing typed, and
 * two frames so that neither frame buffer keeps what was typed. */
void kapp_youth_reset(kapp_t *a);
/* Refills the parts of the view whose inputs changed (kapp_youth_fill()). */
void kapp_youth_refresh_view(kapp_t *a);
/* A touch at now: cancels the idle warning, stops reading aloud. */
void kapp_youth_input(kapp_t *a);
/* The idle warning and reset, a result's countdown, the called number's
 * banner, dimming; the "information updated" notice going away. */
void kapp_youth_tick(kapp_t *a, int64_t now_ms);
/* Milliseconds until the youth side's next deadline, at most t. */
int64_t kapp_youth_timeout_ms(const kapp_t *a, int64_t now_ms, int64_t t);
/* New content arrived (the house saw a new bundle); old_lang is the
 * default language before it. */
void kapp_youth_new_content(kapp_t *a, const char *old_lang, int64_t now_ms);
/* Somebody is using the youth screens (input since the last reset). */
bool kapp_youth_in_use(const kapp_t *a);
/* Applies a youth action the way a tap would (the pure part through
 * kiosk_reduce(), writes through the model). True when the state changed.
 * KA_STAFF_ENTRY is the shell's. */
bool kapp_youth_apply(kapp_t *a, const ui_action_t *act);
/* Draws and presents one youth frame (kiosk_frame()); its action goes to
 * *act for the shell to apply (kapp_apply() knows KA_STAFF_ENTRY). */
void kapp_youth_frame(kapp_t *a, ui_action_t *act);

/* ---- kapp_youth_usage.c -------------------------------------------------------
 *
 * The anonymous evaluation counts around each action (before and after
 * kiosk_reduce()), a feedback face (1..3), and the end of a visit (the
 * reset). */
void kapp_youth_usage_before(kapp_t *a, const ui_action_t *act);
void kapp_youth_usage_after(kapp_t *a, const ui_action_t *act, kiosk_screen_t before);
void kapp_youth_usage_feedback(kapp_t *a, int face);
void kapp_youth_usage_end_visit(kapp_t *a);

/* ---- kapp_youth_fill.c -------------------------------------------------------- */

/* What the parts' keys depend on besides the state. */
typedef struct kapp_fill_in {
	wall_t now;
	int64_t minute_stamp; /* the minute the views show (kapp_t.last_minute) */
	int64_t bundle_id;    /* the current bundle */
	unsigned write_gen;   /* bumped by every write */
	int64_t banner_slot;  /* while a called number shows: its check slot, else 0 */
} kapp_fill_in_t;

/* Fills the parts of y->view that the state's screen shows and whose key
 * changed, from the model, in y->st.lang (the site's default when empty),
 * as one snapshot; drops the stale parts the screen does not show. A query
 * that fails leaves its part empty and is logged: the screen then shows
 * less, never stale or foreign data. view.has_content is false when no
 * bundle was ever imported. Returns how many parts were filled. */
int kapp_youth_fill(model_t *m, kapp_youth_t *y, const kapp_fill_in_t *in);
/* Forgets every part (the reset: nothing of a visit stays behind). */
void kapp_youth_drop_parts(kapp_youth_t *y);

/* ---- kapp_youth_text.c: the youth side's few messages, translated ------------ */

typedef enum {
	AT_TRY_AGAIN,  /* a write failed: "could not save, try again / ask staff" */
	AT_NICK_TAKEN, /* the nickname is already on this session */
	AT_LIST_FULL,  /* the session and its waiting list are full */
	AT_SESSION_OVER,
	AT_SIGNUP_CLOSED, /* staff cancelled the session or closed its sign-ups */
	AT_CONTENT_UPDATED,
	AT_COUNT
} kapp_youth_text_t;
const char *kapp_youth_text(const char *lang, kapp_youth_text_t id);

#endif
