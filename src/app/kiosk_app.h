/*
 * kiosk_app: the kiosk program: the youth UI (ui/kiosk.h) wired to the
 * database (model/model.h) and to a window or a headless renderer
 * (platform/plat.h).
 *
 * One kapp_t holds what a running kiosk has: the model, the UI context, the
 * visitor's state (kiosk_state_t), the view filled for that state, and the
 * timers (idle warning and reset, the minute on the clock, the content
 * check). The same object runs the event loop (`ovi`), a replay script
 * (`ovi --replay`) and single screenshots (`ovi screenshot`), so the tests
 * exercise exactly the code a kiosk runs.
 *
 * Redraws happen only when something changed: input, an action applied,
 * the minute, the idle countdown, new content, momentum scrolling. Between
 * them the loop sleeps in plat_wait_event() until the next deadline.
 */
#ifndef OVI_APP_KIOSK_APP_H
#define OVI_APP_KIOSK_APP_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/config.h"
#include "core/mem.h"
#include "core/timeutil.h"
#include "model/model.h"
#include "model/model_staff.h"
#include "platform/plat.h"
#include "platform/speech.h"
#include "youth/kiosk.h"
#include "staff/staff.h"

/* Seconds of the visible countdown before the idle reset. */
#define KAPP_IDLE_WARNING_S 10
/* How often the current bundle id is compared (new content, a rollback). */
#define KAPP_CONTENT_CHECK_MS 15000
#define KAPP_LONG_WORK_MS (15 * 60 * 1000) /* a staff import/export may block the loop this long */
#define KAPP_SHORT_NOTICE_MS 6000 /* how long "the information was just updated" stays */

/* Seconds the youth screens show "number 17, please come to the desk" after
 * staff called it. */
#define KAPP_CALLED_BANNER_S 180
/* While it shows, the view is refilled this often (it goes on time). */
#define KAPP_BANNER_CHECK_S 5

/* Staff mode (staff_app.c): the PIN pad, then the staff screens instead of
 * the youth ones. Its view lives in its own arena, refilled like the youth
 * view when what it depends on changed. */
typedef struct kapp_staff {
	bool on;	/* the PIN pad or the staff screens are showing */
	staff_state_t st;
	staff_view_t view;
	arena_t *arena;
	char view_key[512];
	int64_t last_input_ms; /* staff mode leaves by itself STAFF_IDLE_MS after */
	wall_t locked_until;   /* the PIN pad's lockout ends (0: not locked) */
	bool sample;	       /* screenshots: sample rows where the lists are empty */
	/* An import, export or rollback waits for one frame that says "one
	 * moment" to be on the screen, then runs (it blocks the loop). */
	ui_action_t pending;
} kapp_staff_t;

/* The kiosk's own options (`ovi --windowed --size 1280x800 ...`). */
typedef struct kapp_opts {
	bool windowed; /* a desktop window instead of fullscreen */
	int w, h;      /* --size: window size, or the headless size; 0 = default */
	int rotation;  /* --rotate */
	bool large_text, high_contrast;
	const char *replay; /* --replay FILE */
	const char *lang;   /* --lang: the starting (and reset) language, else the site's */
	const char *data_dir;   /* the state folder (ovi.db, bundles/) */
	const config_t *config; /* ovi.ini as read; must outlive the app */
} kapp_opts_t;

typedef struct kapp {
	const config_t *config; /* ovi.ini (kapp_opts_t.config) */
	char data_dir[4096];    /* the state folder */
	model_t *m;
	ui_t *ui;
	plat_window_t *win;  /* a window (run, replay --windowed) or NULL */
	plat_headless_t *hl; /* the headless renderer (replay, screenshot) or NULL */

	bool windowed; /* a desktop window: Escape quits */
	/* $OVI_HITS_FILE: after each frame in a real window, the screen's name
	 * and its tap targets (label and rect in window pixels) go there, so
	 * a test can tap them from outside (xdotool under Xvfb) through the
	 * window system's own input. Buttons only, never typed text. */
	const char *hits_file;

	kiosk_state_t st;
	char default_lang[8]; /* where the reset returns */
	char lang_override[8];

	/* The view of the current state; its strings live in arena. */
	kiosk_view_t view;
	arena_t *arena;
	char view_key[512]; /* what the view was filled for */
	int64_t bundle_id;  /* the current bundle when last checked (0: none) */
	unsigned write_gen; /* bumped by every write, so counts refresh */
	/* The crisis check of what is being typed, redone when it changed:
	 * a hash of (screen, text), never the text itself. */
	uint64_t crisis_key;
	bool crisis_found;

	/* Timers, in clock_mono_ms() milliseconds. */
	int64_t last_input_ms;
	int64_t last_content_check_ms;
	int64_t notice_clear_ms; /* a short notice (new content) goes away then; 0 none */
	int idle_timeout_s;
	int result_timeout_s; /* a number, a code or "sent" (kiosk_private_result()) */
	/* The site's look (ovi.ini [display], --large-text, --high-contrast);
	 * a visitor changes theirs with Aa until the reset. */
	bool site_large_text, site_high_contrast;
	bool look_large_text, look_high_contrast; /* what the UI has now */
	plat_speech_t *speech; /* the voice (a real window with sound), or NULL */
	int spoken_number;     /* the called number last announced */
	bool reading;          /* reading a screen aloud (a touch stops it; an
				  announced number plays to its end) */
	bool touched;	     /* input since the last reset: a reset is due when idle */
	struct {
		bool in_visit;	     /* a visit was counted since the last reset */
		bool search_pending; /* a services search is being typed */
		bool search_hits;    /* and it shows services */
		uint64_t search_key; /* a hash of that search (never its text) */
		uint64_t search_counted; /* the hash of the search last counted */
	} usage;		     /* usage.c */
	int64_t last_minute; /* wall minute stamp the view shows */
	int64_t banner_slot; /* the KAPP_BANNER_CHECK_S slot the banner was checked in */

	/* Housekeeping (housekeeping.c; the running kiosk only). */
	bool housekeeping;
	struct sync_worker *sync;  /* brings new bundles in the background */
	atomic_bool content_event; /* set by the sync worker: check the bundle now */
	int purge_day;		   /* the day retention last ran, -1 never */

	kapp_staff_t staff;

	bool dirty;	  /* a frame is due */
	int extra_frames; /* frames still due after this one (the reset) */
	int anim_ms;	  /* ui_next_frame_ms() after the last frame */
	uint64_t frames;  /* frames built (tests, the replay's settle loop) */
} kapp_t;

/* Opens the model (importing the demo into an empty state folder), the UI
 * context and the first state. No window or renderer yet: the caller opens
 * one and calls kapp_attach_*(). Close with kapp_close(). */
int kapp_open(kapp_t *a, const kapp_opts_t *o);
void kapp_close(kapp_t *a);
void kapp_attach_window(kapp_t *a, plat_window_t *w);
void kapp_attach_headless(kapp_t *a, plat_headless_t *h);

/* Imports the demo content when the state folder has none (cmd_run.c). */
int kapp_import_demo_if_empty(const char *data_dir, const config_t *cfg, model_t *m);

/* A chime and "Numero 17, tule tiskille. <desk>" in the site's language,
 * where the kiosk has sound (staff's call, or the banner showing). */
void kapp_announce_number(kapp_t *a, int number);
/* A fresh visit: kiosk_state_init() in the default language with the
 * site's text size and colours. */
void kapp_fresh_state(kapp_t *a);
/* Checks the clocks: the minute, the idle warning and reset, new content.
 * Marks the app dirty when a frame is due. */
void kapp_tick(kapp_t *a);
/* Records input at now (any touch: cancels the idle warning). */
void kapp_input(kapp_t *a);
/* Builds one frame (refilling the view first when the state changed),
 * presents it when a window is attached, and applies the frame's action.
 * Returns true when the action changed something (another frame is due). */
bool kapp_frame(kapp_t *a);
/* The two halves every frame (kiosk or staff) shares: after the screen drew
 * into a->ui, ends the frame (who: the log's prefix) and shows it; after
 * the frame's action was applied (changed), schedules the next frame. */
void kapp_frame_present(kapp_t *a, const char *who);
bool kapp_frame_done(kapp_t *a, bool changed);
/* Milliseconds plat_wait_event() may sleep: 0 when a frame is due, else
 * until the next minute, idle deadline, content check or animation step. */
int kapp_timeout_ms(const kapp_t *a);

/* Refills the view when what it depends on changed (viewfill_key()). */
void kapp_refresh_view(kapp_t *a);
/* Applies an action the way a tap would (the pure part through
 * kiosk_reduce(), writes through the model). Returns true when the state
 * changed. */
bool kapp_apply(kapp_t *a, const ui_action_t *act);
/* Back to a fresh start: Today, the default language, nothing typed. */
void kapp_reset(kapp_t *a);

/* usage.c: the anonymous evaluation counts around each action (before and
 * after kiosk_reduce()), a feedback face (1..3), and the end of a visit (the
 * reset). */
void kapp_usage_before(kapp_t *a, const ui_action_t *act);
void kapp_usage_after(kapp_t *a, const ui_action_t *act, kiosk_screen_t before);
void kapp_usage_feedback(kapp_t *a, int face);
void kapp_usage_end_visit(kapp_t *a);

/* The event loop of a window (cmd_run.c). */
int kapp_run_window(kapp_t *a);
/* Runs a replay script (replay.c); 0 when every line passed. */
int kapp_replay(kapp_t *a, const char *path);

/* ---- housekeeping.c --------------------------------------------------------
 *
 * Starts the sync worker (new bundles from a stick, a network folder or a
 * URL, as configured) and enables the daily retention purge. Only the real
 * kiosk does this; replays and screenshots leave the world alone. */
void kapp_housekeeping_start(kapp_t *a);
/* From kapp_tick(): a bundle the worker applied is checked for now; once a
 * day, while nobody uses the kiosk, model_purge() deletes what retention
 * says is no longer needed. */
void kapp_housekeeping_tick(kapp_t *a);
void kapp_housekeeping_stop(kapp_t *a);

/* ---- viewfill.c ---------------------------------------------------------- */

/* Fills v for state s at now from the model, in s->lang (the site's default
 * when empty). Strings live in ar. A query that fails leaves its part
 * empty and is logged; the screen then shows less, never stale or foreign
 * data. v->has_content is false when no bundle was ever imported. */
void viewfill(model_t *m, arena_t *ar, const kiosk_state_t *s, wall_t now, kiosk_view_t *v);
/* A key for what viewfill() depends on (language, screen, ids, the search,
 * the minute, the bundle, the writes); equal keys give equal views. */
void viewfill_key(const kiosk_state_t *s, int64_t minute_stamp, int64_t bundle_id,
		  unsigned write_gen, char *out, size_t cap);

/* ---- staff_app.c: staff mode ---------------------------------------------
 *
 * KA_STAFF_ENTRY (the logo held for 3 s) opens the PIN pad; a right PIN
 * (staff_auth.h: lockout after wrong tries, persisted) opens the staff
 * screens, whose writes go through the model, are logged with the PIN's
 * label (model_staff_log) and show at once on the youth screens. Leaving
 * ("Leave", or STAFF_IDLE_MS without a touch) returns to a fresh youth
 * Today. */
void kapp_staff_enter(kapp_t *a);
/* why: the staff log's action ("leave", "idle_leave"); NULL logs nothing
 * (the PIN pad was cancelled before anyone logged in). */
void kapp_staff_leave(kapp_t *a, const char *why);
/* From kapp_tick(): staff mode's idle warning and leaving, the lockout's
 * countdown, the staff view's minute. */
void kapp_staff_tick(kapp_t *a, int64_t now_ms);
int kapp_staff_timeout_ms(const kapp_t *a, int64_t now_ms);
/* One staff frame (instead of kiosk_frame()), applying its action. */
bool kapp_staff_frame(kapp_t *a);
/* Applies a staff action the way a tap would; true when something changed. */
bool kapp_staff_apply(kapp_t *a, const ui_action_t *act);
void kapp_staff_refresh_view(kapp_t *a);
/* The machine name of the screen showing (a youth or a staff screen). */
const char *kapp_screen_name(const kapp_t *a);

/* ---- app_text.c: the app's few messages, translated --------------------- */

typedef enum {
	AT_TRY_AGAIN,  /* a write failed: "could not save, try again / ask staff" */
	AT_NICK_TAKEN, /* the nickname is already on this session */
	AT_LIST_FULL,  /* the session and its waiting list are full */
	AT_SESSION_OVER,
	AT_SIGNUP_CLOSED, /* staff cancelled the session or closed its sign-ups */
	AT_CONTENT_UPDATED,
	AT_COUNT
} app_text_t;
const char *app_text(const char *lang, app_text_t id);

#endif
