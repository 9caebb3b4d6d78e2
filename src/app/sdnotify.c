/* sdnotify: the sd_notify datagram protocol, without libsystemd (see
 * sdnotify.h). */
#include "app/sdnotify.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

int sdnotify_send(const char *state)
{
	const char *e = getenv("NOTIFY_SOCKET");
	if (!e || !*e)
		return 0;
	struct sockaddr_un sa;
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	size_t n = strlen(e);
	/* A path, or '@' + a name in the abstract namespace; nothing else
	 * (systemd also knows vsock:, which a kiosk never gets). */
	if ((e[0] != '/' && e[0] != '@') || n < 2 || n >= sizeof sa.sun_path) {
		errno = EINVAL;
		return -1;
	}
	memcpy(sa.sun_path, e, n);
	if (sa.sun_path[0] == '@')
		sa.sun_path[0] = 0; /* abstract: the length below ends the name */
	socklen_t len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);

	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	size_t m = strlen(state);
	ssize_t r;
	do
		r = sendto(fd, state, m, MSG_NOSIGNAL, (const struct sockaddr *)&sa, len);
	while (r < 0 && errno == EINTR);
	int saved = errno;
	close(fd);
	if (r < 0 || (size_t)r != m) {
		errno = r < 0 ? saved : EMSGSIZE;
		return -1;
	}
	return 1;
}

uint64_t sdnotify_watchdog_usec(void)
{
	const char *us = getenv("WATCHDOG_USEC"), *pid = getenv("WATCHDOG_PID");
	if (!us || !*us)
		return 0;
	char *end;
	errno = 0;
	unsigned long long v = strtoull(us, &end, 10);
	if (errno || *end || end == us || v == 0 || us[0] == '-')
		return 0;
	if (pid && *pid) {
		errno = 0;
		long long p = strtoll(pid, &end, 10);
		if (errno || *end || p != (long long)getpid())
			return 0; /* meant for another process (our parent, say) */
	}
	return (uint64_t)v;
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
