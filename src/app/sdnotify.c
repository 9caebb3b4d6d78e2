/* sdnotify: the kiosk's pacing of READY=1 and WATCHDOG=1 over libsystemd's
 * sd_notify() and sd_watchdog_enabled() (see sdnotify.h). */
#include "app/sdnotify.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <systemd/sd-daemon.h>
#include <time.h>

int sdnotify_send(const char *state)
{
	/* libsystemd: $NOTIFY_SOCKET as a path, an abstract name or vsock;
	 * 0 without one. Negative errno on failure. */
	int r = sd_notify(0, state);
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r > 0 ? 1 : 0;
}

uint64_t sdnotify_watchdog_usec(void)
{
	/* $WATCHDOG_USEC when it is meant for this process ($WATCHDOG_PID). */
	uint64_t us = 0;
	return sd_watchdog_enabled(0, &us) > 0 ? us : 0;
}

int sdnotify_watchdog_step(int64_t period_ms, int64_t last_ms, int64_t now_ms, int timeout_ms,
			   int *ping)
{
	*ping = 0;
	if (period_ms <= 0)
		return timeout_ms;
	int64_t since = now_ms - last_ms;
	if (since >= period_ms || since < 0) {
		*ping = 1;
		since = 0;
	}
	int64_t left = period_ms - since;
	if (left > INT_MAX)
		left = INT_MAX;
	if (timeout_ms < 0 || timeout_ms > left)
		return (int)left;
	return timeout_ms;
}

/* The process-wide state: systemd's notification socket is per process. */
static struct {
	bool ready_sent;
	bool started;
	int64_t period_ms; /* half of WATCHDOG_USEC; 0: no watchdog */
	int64_t last_ms;
} g;

static int64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void start(void)
{
	if (g.started)
		return;
	g.started = true;
	uint64_t us = sdnotify_watchdog_usec();
	/* Half the interval, at least 1 ms (a 1 us watchdog is a joke but
	 * not a division by zero). */
	g.period_ms = us ? (int64_t)(us / 2000) : 0;
	if (us && g.period_ms == 0)
		g.period_ms = 1;
	g.last_ms = mono_ms();
}

int sdnotify_ready(void)
{
	if (g.ready_sent)
		return 0;
	g.ready_sent = true;
	start();
	g.last_ms = mono_ms();
	return sdnotify_send("READY=1");
}

int sdnotify_watchdog(int timeout_ms)
{
	start();
	int ping = 0;
	int t = sdnotify_watchdog_step(g.period_ms, g.last_ms, mono_ms(), timeout_ms, &ping);
	if (ping) {
		g.last_ms = mono_ms();
		sdnotify_send("WATCHDOG=1");
	}
	return t;
}

int sdnotify_long_work_begin(int64_t ms)
{
	start();
	if (g.period_ms == 0 || ms <= 0)
		return 0;
	char msg[64];
	snprintf(msg, sizeof msg, "WATCHDOG=1\nWATCHDOG_USEC=%llu",
		 (unsigned long long)ms * 1000ULL);
	g.last_ms = mono_ms();
	return sdnotify_send(msg);
}

int sdnotify_long_work_end(void)
{
	start();
	if (g.period_ms == 0)
		return 0;
	char msg[64];
	snprintf(msg, sizeof msg, "WATCHDOG_USEC=%llu\nWATCHDOG=1",
		 (unsigned long long)sdnotify_watchdog_usec());
	g.last_ms = mono_ms();
	return sdnotify_send(msg);
}
