/*
 * stick: writing to a USB stick, only into its ovi-kiosk/ folder.
 *
 * On a kiosk image the stick is mounted read-only (kiosk/udev/ovi-usb-mount)
 * and Ovi runs without privileges, so a write goes through the mount helper
 * behind cfg->usb_write_socket: "rw NAME" makes the file system writable and
 * mounts its ovi-kiosk/ folder read-write elsewhere ("ok DIR"); "ro" (or the
 * connection closing, should Ovi die) flushes it and makes it read-only
 * again. On a desktop, where the automounter mounts sticks read-write, Ovi
 * writes into stick/ovi-kiosk/ itself.
 *
 * A failed write is told apart for the person holding the stick: the stick
 * is write-protected (its lock switch), full, or was pulled out.
 */
#define _GNU_SOURCE /* syncfs */
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/str.h"
#include "core/tr.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

/* Seconds the helper may take to remount (a slow stick flushing). */
#define HELPER_TIMEOUT_S 60

const char *sync_stick_problem_name(sync_stick_problem_t p)
{
	switch (p) {
	case STICK_OK:
		return "ok";
	case STICK_NONE:
		return "no stick";
	case STICK_READ_ONLY:
		return "read-only";
	case STICK_PROTECTED:
		return "write-protected";
	case STICK_FULL:
		return "full";
	case STICK_GONE:
		return "pulled out";
	default:
		return "failed";
	}
}

static bool writable(const char *dir)
{
	struct statvfs vfs;
	if (statvfs(dir, &vfs) < 0 || (vfs.f_flag & ST_RDONLY))
		return false;
	return access(dir, W_OK) == 0;
}

static int stick_fail(sync_stick_t *s, sync_stick_problem_t p, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int stick_fail(sync_stick_t *s, sync_stick_problem_t p, const char *fmt, ...)
{
	char msg[900];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, tr(err_lang(), fmt), ap);
	va_end(ap);
	s->problem = p;
	return err_set(p == STICK_NONE ? OVI_ENOTFOUND : OVI_ERR, "%s", msg);
}

/* One line from the helper (without its line end), or -1. */
static int read_line(int fd, char *out, size_t cap)
{
	size_t n = 0;
	while (n + 1 < cap) {
		char c;
		ssize_t k = read(fd, &c, 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return n ? 0 : -1;
		if (c == '\n')
			break;
		out[n++] = c;
	}
	out[n] = 0;
	return 0;
}

static int send_all(int fd, const char *s)
{
	size_t n = strlen(s);
	while (n) {
		ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		s += k, n -= (size_t)k;
	}
	return 0;
}

static int helper_connect(const char *path)
{
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	if (strlen(path) >= sizeof a.sun_path)
		return -1;
	memcpy(a.sun_path, path, strlen(path) + 1);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	struct timeval tv = {.tv_sec = HELPER_TIMEOUT_S};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
	if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Asks the helper to open the stick mounted at stick for writing. */
static int open_by_helper(const sync_config_t *cfg, const char *stick, sync_stick_t *s)
{
	const char *name = strrchr(stick, '/');
	name = name ? name + 1 : stick;
	int fd = helper_connect(cfg->usb_write_socket);
	if (fd < 0)
		return stick_fail(
			s, STICK_READ_ONLY,
			"the stick is mounted read-only and the kiosk's stick helper (%s) "
			"does not answer: %s",
			cfg->usb_write_socket, strerror(errno));
	char req[300], line[1200];
	snprintf(req, sizeof req, "rw %s\n", name);
	if (send_all(fd, req) < 0 || read_line(fd, line, sizeof line) < 0) {
		close(fd);
		return stick_fail(s, STICK_OTHER, "the kiosk's stick helper did not answer");
	}
	if (!strncmp(line, "ok ", 3) && line[3] == '/') {
		str_copy(s->dir, sizeof s->dir, line + 3);
		s->helper_fd = fd;
		return OVI_OK;
	}
	close(fd);
	if (!strcmp(line, "error write-protected"))
		return stick_fail(s, STICK_PROTECTED, "the stick is write-protected");
	if (!strcmp(line, "error full"))
		return stick_fail(s, STICK_FULL, "the stick is full (while %s)",
				  TR(err_lang(), "making the ovi-kiosk folder"));
	if (!strcmp(line, "error gone"))
		return stick_fail(s, STICK_GONE, "the stick was taken out (or failed) while %s",
				  TR(err_lang(), "making it writable"));
	return stick_fail(s, STICK_OTHER, "the stick cannot be made writable: %s",
			  strncmp(line, "error ", 6) ? line : line + 6);
}

int sync_stick_open(const sync_config_t *cfg, const char *stick, sync_stick_t *s)
{
	memset(s, 0, sizeof *s);
	s->helper_fd = -1;
	str_copy(s->stick, sizeof s->stick, stick);
	struct stat st;
	if (stat(stick, &st) < 0 || !S_ISDIR(st.st_mode))
		return stick_fail(s, STICK_GONE, "the stick %s is not there", stick);
	if (writable(stick)) {
		snprintf(s->dir, sizeof s->dir, "%s/%s", stick, SYNC_KIOSK_DIR);
		if (fs_mkdirs(s->dir, 0755) < 0)
			return sync_stick_problem(s, TR(err_lang(), "making the ovi-kiosk folder"));
		return OVI_OK;
	}
	if (cfg->usb_write_socket[0] && access(cfg->usb_write_socket, F_OK) == 0)
		return open_by_helper(cfg, stick, s);
	return stick_fail(s, STICK_READ_ONLY, "the stick is read-only");
}

int sync_stick_problem(sync_stick_t *s, const char *doing)
{
	int e = errno;
	/* errno may have been overwritten by the cleanup after the failure;
	 * the message of the failed call still names it. */
	if (e != EIO && e != ENOSPC && strstr(err_last(), strerror(EIO)))
		e = EIO;
	else if (e != EIO && e != ENOSPC && strstr(err_last(), strerror(ENOSPC)))
		e = ENOSPC;
	struct statvfs vfs;
	if (statvfs(s->dir, &vfs) < 0 || statvfs(s->stick, &vfs) < 0 || e == EIO || e == ENODEV ||
	    e == ENXIO)
		return stick_fail(s, STICK_GONE, "the stick was taken out (or failed) while %s",
				  doing);
	if (e == ENOSPC || e == EDQUOT ||
	    (unsigned long long)vfs.f_bavail * vfs.f_bsize < 64 * 1024)
		return stick_fail(s, STICK_FULL, "the stick is full (while %s)", doing);
	if (e == EROFS)
		return stick_fail(s, STICK_READ_ONLY, "the stick is read-only (while %s)", doing);
	return stick_fail(s, STICK_OTHER, "%s: %s", doing, err_last());
}

int sync_stick_close(sync_stick_t *s)
{
	int rc = OVI_OK;
	/* Every file was synced as it was written; this flushes the stick's own
	 * metadata (FAT tables) so that it can be pulled out right away. */
	int fd = s->dir[0] ? open(s->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (fd >= 0) {
		if (syncfs(fd) < 0 && s->problem == STICK_OK)
			rc = sync_stick_problem(s, TR(err_lang(), "saving to the stick"));
		close(fd);
	}
	if (s->helper_fd >= 0) {
		char line[600] = "";
		if (send_all(s->helper_fd, "ro\n") < 0 ||
		    read_line(s->helper_fd, line, sizeof line) < 0 || strncmp(line, "ok", 2))
			log_warn("stick helper: making %s read-only again: %s", s->stick,
				 line[0] ? line : "no answer");
		close(s->helper_fd);
		s->helper_fd = -1;
	}
	return rc;
}
