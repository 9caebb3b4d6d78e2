/*
 * kapp_base: what the running kiosk is made of, and the few things every
 * part of it shares. The app is three runtimes on one base:
 *
 *   kapp.c         the shell: opens and closes, runs the loop, and hands
 *                  each tick, touch and frame to the side that is showing
 *   kapp_youth*.c  the youth screens: the visitor's state, its view, the
 *                  idle reset, the writes a young person makes
 *   kapp_staff*.c  staff mode: the PIN pad, the staff screens, their writes
 *   kapp_house.c   housekeeping: the sync worker, the content check, the
 *                  daily retention purge
 *
 * Each runtime sees this base (kapp_t and the frame's two halves) and its
 * own header; only the shell includes them all (app/kapp.h). The youth and
 * staff runtimes never call each other: staff hands back to the youth
 * screens by turning staff.on off, and the shell then starts a fresh visit.
 *
 * The same kapp_t runs the event loop (`ovi`), a replay script (`ovi
 * --replay`) and single screenshots (`ovi screenshot`), so the tests
 * exercise exactly the code a kiosk runs. Redraws happen only when
 * something changed: input, an action applied, the minute, the idle
 * countdown, new content, momentum scrolling. Between them the loop sleeps
 * in plat_wait_event() until the next deadline.
 */
#ifndef OVI_APP_KAPP_BASE_H
#define OVI_APP_KAPP_BASE_H

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
/* A staff import or export may block the loop this long. */
#define KAPP_LONG_WORK_MS    (15 * 60 * 1000)
#define KAPP_SHORT_NOTICE_MS 6000 /* how long "the information was just updated" stays */

/* Seconds the youth screens show "number 17, please come to the desk" after
 * staff called it. */
#define KAPP_CALLED_BANNER_S 180
/* While it shows, the view is refilled this often (it goes on time). */
#define KAPP_BANNER_CHECK_S 5

/* The youth runtime (kapp_youth.c): the visitor's state and its view. */
/* The parts of the youth view (kapp_youth_fill.c). */
enum {
	KAPP_PART_BASE,	    /* Today, the hours, topics, help: every screen */
	KAPP_PART_WEEK,	    /* the Week and a person's weeks */
	KAPP_PART_TOPIC,    /* one topic */
	KAPP_PART_GROUPS,   /* the groups, their sessions, the ideas */
	KAPP_PART_SERVICES, /* the directory and one service */
	KAPP_PARTS
};

typedef struct kapp_youth {
	kiosk_state_t st;
	/* The view of the current state, put together from its parts
	 * (kapp_youth_fill.c): each part's strings live in its arena, and its
	 * key says what it was filled for. */
	kiosk_view_t view;
	struct {
		arena_t *arena; /* NULL: not filled */
		char key[1536]; /* room for a whole search (UI_KB_TEXT_MAX) */
	} part[KAPP_PARTS];
	week_view_t week_hours;		  /* the base part's: the days and their hours */
	week_view_t week_full, week_next; /* the week part's: who is on site */
	/* The crisis check of what is being typed, redone when it changed:
	 * a hash of (screen, text), never the text itself. */
	uint64_t crisis_key;
	bool crisis_found;
	int64_t last_input_ms;	 /* clock_mono_ms() of the last touch */
	int64_t notice_clear_ms; /* a short notice (new content) goes away then; 0 none */
	int result_timeout_s;	 /* a number, a code or "sent" (kiosk_private_result()) */
	/* The site's look (ovi.ini [display], --large-text, --high-contrast);
	 * a visitor changes theirs with Aa until the reset. */
	bool site_large_text, site_high_contrast;
	bool look_large_text, look_high_contrast; /* what the UI has now */
	bool touched; /* input since the last reset: a reset is due when idle */
	struct {
		bool in_visit;		 /* a visit was counted since the last reset */
		bool search_pending;	 /* a services search is being typed */
		bool search_hits;	 /* and it shows services */
		uint64_t search_key;	 /* a hash of that search (never its text) */
		uint64_t search_counted; /* the hash of the search last counted */
	} usage;			 /* kapp_youth_usage.c */
	int64_t banner_slot; /* the KAPP_BANNER_CHECK_S slot the banner was checked in */
} kapp_youth_t;

/* The staff runtime (kapp_staff.c): the PIN pad, then the staff screens instead of
 * the youth ones. Its view lives in its own arena, refilled like the youth
 * view when what it depends on changed. */
typedef struct kapp_staff {
	bool on; /* the PIN pad or the staff screens are showing */
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

/* The housekeeping runtime (kapp_house.c; the running kiosk only). */
typedef struct kapp_house {
	bool on;
	struct sync_worker *sync;  /* brings new bundles in the background */
	atomic_bool content_event; /* set by the sync worker: check the bundle now */
	int purge_day;		   /* the day retention last ran, -1 never */
} kapp_house_t;

/* The kiosk's own options (`ovi --windowed --size 1280x800 ...`). */
typedef struct kapp_opts {
	bool windowed; /* a desktop window instead of fullscreen */
	int w, h;      /* --size: window size, or the headless size; 0 = default */
	int rotation;  /* --rotate */
	bool large_text, high_contrast;
	const char *replay;	/* --replay FILE */
	const char *lang;	/* --lang: the starting (and reset) language, else the site's */
	const char *data_dir;	/* the state folder (ovi.db, bundles/) */
	const config_t *config; /* ovi.ini as read; must outlive the app */
} kapp_opts_t;

typedef struct kapp {
	const config_t *config; /* ovi.ini (kapp_opts_t.config) */
	char data_dir[4096];	/* the state folder */
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

	char default_lang[8];  /* the site's language: where the reset returns */
	char lang_override[8]; /* --lang */
	int idle_timeout_s;    /* ovi.ini: a screen left alone this long goes back */
	int64_t bundle_id;     /* the current bundle when last checked (0: none) */
	unsigned write_gen;    /* bumped by every write, so views refill */
	int64_t last_minute;   /* wall minute stamp the views show */
	/* A write may have changed the content (an import, a rollback): the
	 * house checks the current bundle at the next tick, not in 15 s. */
	bool content_maybe_new;

	plat_speech_t *speech; /* the voice (a real window with sound), or NULL */
	int spoken_number;     /* the called number last announced */
	bool reading;	       /* reading a screen aloud (a touch stops it; an
				  announced number plays to its end) */

	kapp_youth_t youth;
	kapp_staff_t staff;
	kapp_house_t house;

	bool dirty;	  /* a frame is due */
	int extra_frames; /* frames still due after this one (the reset) */
	int anim_ms;	  /* ui_next_frame_ms() after the last frame */
	uint64_t frames;  /* frames built (tests, the replay's settle loop) */
} kapp_t;

/* ---- kapp_frame.c: what every side shares ---------------------------------- */

/* The two halves of every frame (youth or staff): after the screen drew
 * into a->ui, ends the frame (who: the log's prefix) and shows it; after
 * the frame's action was applied (changed), schedules the next frame. */
void kapp_frame_present(kapp_t *a, const char *who);
bool kapp_frame_done(kapp_t *a, bool changed);
/* A chime and "Numero 17, tule tiskille. <desk>" in the site's language,
 * where the kiosk has sound (staff's call, or the banner showing). */
void kapp_announce_number(kapp_t *a, int number);
/* The machine name of the screen showing (a youth or a staff screen). */
const char *kapp_screen_name(const kapp_t *a);

#endif
