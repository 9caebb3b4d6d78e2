/*
 * sdnotify: telling systemd that the kiosk is up and its main loop alive,
 * through libsystemd (sd_notify(), sd_watchdog_enabled()); what is the
 * kiosk's own is when to ping: the loop's wait is shortened to the next one.
 *
 * systemd starts a Type=notify service with $NOTIFY_SOCKET set to an
 * AF_UNIX datagram socket: a path ("/run/systemd/notify") or, starting with
 * '@', a name in the abstract namespace. A message is one datagram of
 * newline-separated KEY=VALUE lines ("READY=1", "WATCHDOG=1",
 * "STATUS=..."). With WatchdogSec= in the unit, systemd also sets
 * $WATCHDOG_USEC (and $WATCHDOG_PID, the pid it is meant for) and restarts
 * the service when WATCHDOG=1 does not arrive within that time.
 *
 * Without $NOTIFY_SOCKET (a laptop, a test, `ovi` started by hand) every
 * call is a no-op that returns 0.
 *
 * The kiosk's two call sites (kapp.c: kapp_run_window()):
 *
 *	for (;;) {
 *		kapp_tick(a);
 *		if (a->dirty)
 *			kapp_frame(a);
 *		sdnotify_ready();                         READY=1 once, after the first frame
 *		int ev = plat_wait_event(a->win, a->ui,
 *					 sdnotify_watchdog(kapp_timeout_ms(a)));
 *		...
 *	}
 *
 * sdnotify_watchdog() sends WATCHDOG=1 when half of WATCHDOG_USEC has passed
 * since the last one and returns the wait shortened so that the loop wakes
 * in time for the next. A loop that stalls (a hung query, a deadlock) stops
 * pinging, and systemd kills and restarts the kiosk.
 */
#ifndef OVI_APP_SDNOTIFY_H
#define OVI_APP_SDNOTIFY_H

#include <stdint.h>

/* Sends one message (e.g. "READY=1\nSTATUS=Showing Today") to
 * $NOTIFY_SOCKET. 1 when sent, 0 when there is no $NOTIFY_SOCKET, -1 when
 * sending failed (errno set; the caller may log it, nothing else to do). */
int sdnotify_send(const char *state);

/* Sends READY=1 the first time it is called; later calls do nothing and
 * return 0. Also starts the watchdog clock. */
int sdnotify_ready(void);

/* The watchdog interval systemd asked for, in microseconds: $WATCHDOG_USEC
 * when set, valid and (with $WATCHDOG_PID) meant for this process; else 0
 * (no watchdog). */
uint64_t sdnotify_watchdog_usec(void);

/* Called once per loop iteration with the time the loop means to wait
 * (milliseconds, -1 = forever). Sends WATCHDOG=1 when half the watchdog
 * interval has passed since the last ping (or since sdnotify_ready()), and
 * returns timeout_ms shortened to when the next ping is due. Without a
 * watchdog, returns timeout_ms unchanged. */
int sdnotify_watchdog(int timeout_ms);

/* Around work that blocks the loop for longer than the watchdog allows (a
 * staff import from a slow stick, copying hundreds of MB): pings and asks
 * systemd to allow up to ms (WATCHDOG_USEC=); sdnotify_long_work_end() pings
 * and gives back the unit's own interval. A loop that hangs inside the work
 * is still killed, only later. No-ops (returning 0) without a watchdog. */
int sdnotify_long_work_begin(int64_t ms);
int sdnotify_long_work_end(void);

/* The same decision, pure, for tests: given the ping period (half the
 * watchdog interval; 0 = none), the time of the last ping and now (all in
 * ms), says whether to ping now (*ping) and returns the wait to use. */
int sdnotify_watchdog_step(int64_t period_ms, int64_t last_ms, int64_t now_ms, int timeout_ms,
			   int *ping);

#endif
