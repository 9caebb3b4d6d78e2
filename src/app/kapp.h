/*
 * kapp: the kiosk program, the youth screens (youth/kiosk.h) and staff mode
 * (staff/staff.h) wired to the database (model/model.h) and to a window or
 * a headless renderer (platform/plat.h). The shell over the runtimes in
 * kapp_base.h: it opens and closes them, runs the loop, and hands each
 * tick, touch, frame and action to the side that is showing. The command
 * line (src/cli) and the tests use this header.
 */
#ifndef OVI_APP_KAPP_H
#define OVI_APP_KAPP_H

#include "app/kapp_base.h"
#include "app/kapp_staff.h"
#include "app/kapp_youth.h"

/* Opens the model (importing the demo into an empty state folder), the UI
 * context and the first state. No window or renderer yet: the caller opens
 * one and calls kapp_attach_*(). Close with kapp_close(). */
int kapp_open(kapp_t *a, const kapp_opts_t *o);
void kapp_close(kapp_t *a);
void kapp_attach_window(kapp_t *a, plat_window_t *w);
void kapp_attach_headless(kapp_t *a, plat_headless_t *h);

/* Imports the demo content when the state folder has none (cmd_run.c). */
int kapp_import_demo_if_empty(const char *data_dir, const config_t *cfg, model_t *m);

/* Checks the clocks: the minute, housekeeping, new content, then the side
 * showing (the idle warning and reset, staff mode's own idle time). Marks
 * the app dirty when a frame is due. */
void kapp_tick(kapp_t *a);
/* Records input at now (any touch: cancels the idle warning). */
void kapp_input(kapp_t *a);
/* Builds one frame (refilling the view first when the state changed),
 * presents it when a window is attached, and applies the frame's action.
 * Returns true when the action changed something (another frame is due). */
bool kapp_frame(kapp_t *a);
/* Applies an action the way a tap would, on the side showing. True when
 * the state changed. */
bool kapp_apply(kapp_t *a, const ui_action_t *act);
/* Milliseconds plat_wait_event() may sleep: 0 when a frame is due, else
 * until the next minute, idle deadline, content check or animation step. */
int kapp_timeout_ms(const kapp_t *a);
/* Staff mode on (the PIN pad, in the visitor's language) or off (why: as
 * kapp_staff_leave()); leaving starts a fresh youth visit. */
void kapp_enter_staff(kapp_t *a);
void kapp_leave_staff(kapp_t *a, const char *why);

/* The event loop of a window (cmd_run.c). */
int kapp_run_window(kapp_t *a);
/* Runs a replay script (kapp_replay.c); 0 when every line passed. Its
 * "power-cut" line ends the process there and then with this exit status
 * (no close: what a pulled plug leaves, as far as the process goes). */
int kapp_replay(kapp_t *a, const char *path);
#define KAPP_REPLAY_POWER_CUT 86

/* ---- kapp_house.c -------------------------------------------------------------
 *
 * Starts the sync worker (new bundles from a stick, a network folder or a
 * URL, as configured) and enables the daily retention purge. Only the real
 * kiosk does this; replays and screenshots leave the world alone. */
void kapp_house_start(kapp_t *a);
/* From kapp_tick(): compares the current bundle at each new minute and at
 * once after the worker applied one (or staff's import); once a day,
 * while nobody uses the kiosk (in_use false), model_purge() deletes what
 * retention says is no longer needed. True when the bundle is new: a->
 * bundle_id is updated, the shell tells the youth side. */
bool kapp_house_tick(kapp_t *a, int64_t now_ms, bool in_use);
void kapp_house_stop(kapp_t *a);

#endif
