/* sdnotify: READY=1 and WATCHDOG=1 reach a datagram socket the way systemd's
 * does (a path and the abstract namespace) through libsystemd, the
 * watchdog's timing, and nothing at all without $NOTIFY_SOCKET. */
#include "testlib.h"

#include "app/sdnotify.c"

#include <errno.h>
#include <stddef.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

/* A receiving socket like systemd's; name starting with '@' = abstract. */
static int listen_at(const char *name)
{
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	struct sockaddr_un sa;
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	size_t n = strlen(name);
	memcpy(sa.sun_path, name, n);
	if (name[0] == '@')
		sa.sun_path[0] = 0;
	else
		unlink(name);
	if (bind(fd, (struct sockaddr *)&sa,
		 (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n)) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* One datagram within ms, or "" when none came. */
static const char *recv_one(int fd, int ms)
{
	static char buf[512];
	buf[0] = 0;
	struct pollfd p = {.fd = fd, .events = POLLIN};
	if (poll(&p, 1, ms) != 1)
		return buf;
	ssize_t r = recv(fd, buf, sizeof buf - 1, MSG_DONTWAIT);
	buf[r > 0 ? r : 0] = 0;
	return buf;
}

static void sleep_ms(int ms)
{
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

TEST(no_socket_is_a_no_op)
{
	unsetenv("NOTIFY_SOCKET");
	CHECK_INT(sdnotify_send("READY=1"), 0);
	/* Set but empty is not "none" to libsystemd: a bad name, refused. */
	setenv("NOTIFY_SOCKET", "", 1);
	CHECK_INT(sdnotify_send("READY=1"), -1);
	unsetenv("NOTIFY_SOCKET");
}

TEST(bad_socket_names)
{
	setenv("NOTIFY_SOCKET", "relative/path", 1);
	errno = 0;
	CHECK_INT(sdnotify_send("READY=1"), -1);
	CHECK_INT(errno, EINVAL);
	setenv("NOTIFY_SOCKET", "@", 1);
	CHECK_INT(sdnotify_send("READY=1"), -1);
	char longname[200];
	memset(longname, 'a', sizeof longname - 1);
	longname[0] = '/';
	longname[sizeof longname - 1] = 0;
	setenv("NOTIFY_SOCKET", longname, 1);
	CHECK_INT(sdnotify_send("READY=1"), -1);
	/* Nobody listening: a failure, not a crash or a hang. */
	setenv("NOTIFY_SOCKET", "/nonexistent/ovi-notify", 1);
	CHECK_INT(sdnotify_send("READY=1"), -1);
	unsetenv("NOTIFY_SOCKET");
}

TEST(path_socket)
{
	char *dir = test_tmpdir("sdnotify_path");
	char path[512];
	snprintf(path, sizeof path, "%s/notify", dir);
	int fd = listen_at(path);
	CHECK(fd >= 0);
	setenv("NOTIFY_SOCKET", path, 1);
	CHECK_INT(sdnotify_send("READY=1\nSTATUS=Showing Today"), 1);
	CHECK_STR(recv_one(fd, 1000), "READY=1\nSTATUS=Showing Today");
	unsetenv("NOTIFY_SOCKET");
	close(fd);
	unlink(path);
	free(dir);
}

TEST(abstract_socket)
{
	char name[64];
	snprintf(name, sizeof name, "@ovi-test-sdnotify-%ld", (long)getpid());
	int fd = listen_at(name);
	CHECK(fd >= 0);
	setenv("NOTIFY_SOCKET", name, 1);
	CHECK_INT(sdnotify_send("WATCHDOG=1"), 1);
	CHECK_STR(recv_one(fd, 1000), "WATCHDOG=1");
	unsetenv("NOTIFY_SOCKET");
	close(fd);
}

TEST(watchdog_usec_from_the_environment)
{
	unsetenv("WATCHDOG_PID");
	unsetenv("WATCHDOG_USEC");
	CHECK_INT(sdnotify_watchdog_usec(), 0);
	setenv("WATCHDOG_USEC", "60000000", 1);
	CHECK_INT(sdnotify_watchdog_usec(), 60000000);
	char pid[32];
	snprintf(pid, sizeof pid, "%ld", (long)getpid());
	setenv("WATCHDOG_PID", pid, 1);
	CHECK_INT(sdnotify_watchdog_usec(), 60000000);
	snprintf(pid, sizeof pid, "%ld", (long)getpid() + 1);
	setenv("WATCHDOG_PID", pid, 1);
	CHECK_INT(sdnotify_watchdog_usec(), 0); /* meant for someone else */
	unsetenv("WATCHDOG_PID");
	const char *bad[] = {"", "abc", "12x", "-5", "0"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		setenv("WATCHDOG_USEC", bad[i], 1);
		CHECK_INT(sdnotify_watchdog_usec(), 0);
	}
	unsetenv("WATCHDOG_USEC");
}

TEST(watchdog_step)
{
	int ping = -1;
	/* No watchdog: the loop's own timeout, no ping. */
	CHECK_INT(sdnotify_watchdog_step(0, 0, 5000, 15000, &ping), 15000);
	CHECK_INT(ping, 0);
	CHECK_INT(sdnotify_watchdog_step(0, 0, 5000, -1, &ping), -1);
	/* Period 30 s (WatchdogSec=60): 10 s in, wait at most 20 s more. */
	CHECK_INT(sdnotify_watchdog_step(30000, 0, 10000, 600000, &ping), 20000);
	CHECK_INT(ping, 0);
	CHECK_INT(sdnotify_watchdog_step(30000, 0, 10000, -1, &ping), 20000);
	CHECK_INT(sdnotify_watchdog_step(30000, 0, 10000, 15000, &ping), 15000);
	/* Due (or overdue): ping, then a whole period until the next. */
	CHECK_INT(sdnotify_watchdog_step(30000, 0, 30000, -1, &ping), 30000);
	CHECK_INT(ping, 1);
	CHECK_INT(sdnotify_watchdog_step(30000, 0, 95000, 200, &ping), 200);
	CHECK_INT(ping, 1);
	/* A clock that went backwards pings rather than waiting forever. */
	CHECK_INT(sdnotify_watchdog_step(30000, 50000, 1000, -1, &ping), 30000);
	CHECK_INT(ping, 1);
}

/* The call sites as the kiosk loop uses them, against a socket. */
TEST(ready_once_then_watchdog)
{
	char name[64];
	snprintf(name, sizeof name, "@ovi-test-sdnotify-loop-%ld", (long)getpid());
	int fd = listen_at(name);
	CHECK(fd >= 0);
	setenv("NOTIFY_SOCKET", name, 1);
	setenv("WATCHDOG_USEC", "200000", 1); /* 200 ms: a ping every 100 ms */
	unsetenv("WATCHDOG_PID");

	CHECK_INT(sdnotify_ready(), 1);
	CHECK_STR(recv_one(fd, 1000), "READY=1");
	CHECK_INT(sdnotify_ready(), 0); /* once only */
	CHECK_STR(recv_one(fd, 50), "");

	/* Right after READY: no ping yet, and the loop may wait <= 100 ms. */
	int t = sdnotify_watchdog(600000);
	CHECK(t > 0 && t <= 100);
	CHECK_STR(recv_one(fd, 0), "");
	t = sdnotify_watchdog(-1);
	CHECK(t > 0 && t <= 100);

	/* The loop sleeps as told: every wake-up that is due pings. */
	int pings = 0;
	for (int i = 0; i < 6; i++) {
		sleep_ms(t + 5);
		t = sdnotify_watchdog(600000);
		CHECK(t > 0 && t <= 100);
		if (!strcmp(recv_one(fd, 0), "WATCHDOG=1"))
			pings++;
	}
	CHECK(pings >= 5);

	/* A loop that stalls sends nothing: systemd's timer runs out. */
	sleep_ms(250);
	CHECK_STR(recv_one(fd, 0), "");
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	close(fd);
}

/* Long work (a staff import) widens systemd's watchdog and gives it back. */
TEST(long_work_widens_the_watchdog)
{
	char name[64];
	snprintf(name, sizeof name, "@ovi-test-sdnotify-long-%ld", (long)getpid());
	int fd = listen_at(name);
	CHECK(fd >= 0);
	setenv("NOTIFY_SOCKET", name, 1);
	setenv("WATCHDOG_USEC", "200000", 1);
	unsetenv("WATCHDOG_PID");
	CHECK_INT(sdnotify_long_work_begin(900000), 1);
	CHECK_STR(recv_one(fd, 1000), "WATCHDOG=1\nWATCHDOG_USEC=900000000");
	CHECK_INT(sdnotify_long_work_end(), 1);
	CHECK_STR(recv_one(fd, 1000), "WATCHDOG_USEC=200000\nWATCHDOG=1");
	/* The loop's next ping is a whole period away again. */
	int t = sdnotify_watchdog(600000);
	CHECK(t > 50 && t <= 100);
	CHECK_STR(recv_one(fd, 0), "");
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	close(fd);
}

int main(void)
{
	RUN(no_socket_is_a_no_op);
	RUN(bad_socket_names);
	RUN(path_socket);
	RUN(abstract_socket);
	RUN(watchdog_usec_from_the_environment);
	RUN(watchdog_step);
	RUN(ready_once_then_watchdog);
	RUN(long_work_widens_the_watchdog);
	return test_summary();
}
