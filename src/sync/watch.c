/*
 * watch: the USB and network-folder threads. Neither polls in a loop: each
 * sleeps in poll() on inotify (and, for sticks, on the kernel's mount table:
 * a mount makes /proc/self/mountinfo report POLLPRI; inotify alone would only
 * see the empty mount point being created, before anything is mounted on it).
 *
 * The inotify watches are made anew before every scan (a handful of folders,
 * on events only), so that folders that appear or vanish are always covered
 * and nothing that happens between a scan and the next wait is missed.
 */
#include "sync/worker_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/str.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_STICKS 16
#define RETRY_MS   30000 /* a failed check (not a refusal) is tried again */
#define DIR_EVENTS                                                                                 \
	(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF |     \
	 IN_ONLYDIR)
#define FILE_EVENTS (DIR_EVENTS | IN_CLOSE_WRITE | IN_ATTRIB)

static void watch(int ifd, const char *dir, uint32_t mask)
{
	if (ifd >= 0)
		inotify_add_watch(ifd, dir, mask); /* a folder that is not there: no watch */
}

/* Watches dir and every folder directly inside it. */
static void watch_tree1(int ifd, const char *dir, uint32_t mask)
{
	watch(ifd, dir, mask);
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char sub[1200];
		snprintf(sub, sizeof sub, "%s/%s", dir, e->d_name);
		struct stat st;
		if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
			watch(ifd, sub, mask);
	}
	closedir(d);
}

static int renew(int ifd)
{
	if (ifd >= 0)
		close(ifd);
	ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (ifd < 0)
		log_warn("sync: inotify is not available; relying on rescans");
	return ifd;
}

static void drain(int fd)
{
	char buf[4096];
	while (read(fd, buf, sizeof buf) > 0)
		;
}

/* After a first event, waits until things have been quiet for quiet_ms (at
 * most max_ms): a stick being mounted or a file being copied makes a burst
 * of events. Returns false when the worker stops meanwhile. */
static bool settle(sync_source_t *s, int ifd, int mfd, int quiet_ms, int max_ms)
{
	int64_t end = sync_mono_ms() + max_ms;
	for (;;) {
		if (ifd >= 0)
			drain(ifd);
		int64_t left = end - sync_mono_ms();
		if (left <= 0)
			return true;
		int woke = worker_wait(s, ifd, POLLIN, mfd, POLLPRI,
				       left < quiet_ms ? left : quiet_ms);
		if (woke & WOKE_STOP)
			return false;
		if (!(woke & (WOKE_FD | WOKE_FD2)))
			return true;
	}
}

/* ---- USB ---------------------------------------------------------------- */

typedef struct seen_stick {
	char path[512];
	uint64_t key[5];
} seen_stick_t;

/* Identifies what is on a stick now: a different stick, or the same one
 * with a new bundle, gives a different key. */
static void stick_key(const char *stick, uint64_t key[5])
{
	char path[700];
	struct stat st;
	memset(key, 0, sizeof(uint64_t) * 5);
	if (stat(stick, &st) == 0)
		key[0] = (uint64_t)st.st_dev;
	snprintf(path, sizeof path, "%s/%s/%s", stick, SYNC_STICK_BUNDLE, MANIFEST_NAME);
	if (stat(path, &st) == 0) {
		key[1] = (uint64_t)st.st_ino;
		key[2] = (uint64_t)st.st_size;
		key[3] = (uint64_t)st.st_mtim.tv_sec;
		key[4] = (uint64_t)st.st_mtim.tv_nsec;
	}
}

static void do_export(sync_source_t *s)
{
	sync_worker_t *w = s->w;
	char stick[512];
	pthread_mutex_lock(&w->req_lock);
	bool want = w->export_req;
	w->export_req = false;
	str_copy(stick, sizeof stick, w->export_stick);
	pthread_mutex_unlock(&w->req_lock);
	if (!want)
		return;
	sync_result_t r;
	sync_result_init(&r, SYNC_USB, "usb", stick[0] ? stick : "(first writable stick)");
	char dir[1100];
	if (sync_usb_export_ex(&s->ctx, s->model, stick[0] ? stick : NULL, dir, sizeof dir, NULL) <
	    0) {
		sync_result_set(&r, SYNC_FAILED, "export: %s", err_last());
		log_warn("%s: %s", r.source, r.message);
		if (w->notify)
			w->notify(&r, w->ud);
	} else {
		sync_result_set(&r, SYNC_EXPORTED, "exported to %s", dir);
		worker_deliver(s, &r);
	}
	sync_result_clear(&r);
}

/* Checks the sticks not checked yet. *retry: one failed and is tried again soon. */
static int scan_sticks(sync_source_t *s, seen_stick_t *seen, int nseen, bool *retry)
{
	const sync_config_t *cfg = &s->w->cfg;
	char sticks[MAX_STICKS][512];
	int n = sync_usb_sticks(cfg, sticks, MAX_STICKS);
	bool all = atomic_exchange(&s->rescan_all, false);
	seen_stick_t now[MAX_STICKS];
	int i = 0;
	for (; i < n && !atomic_load(&s->w->stop); i++) {
		str_copy(now[i].path, sizeof now[i].path, sticks[i]);
		stick_key(sticks[i], now[i].key);
		bool known = false;
		for (int j = 0; j < nseen && !known; j++)
			known = !strcmp(seen[j].path, now[i].path) &&
				!memcmp(seen[j].key, now[i].key, sizeof now[i].key);
		if (known && !all)
			continue;
		sync_result_t r;
		sync_usb_check_ex(&s->ctx, s->model, sticks[i], &r);
		worker_deliver(s, &r);
		stick_key(sticks[i], now[i].key); /* the report does not change it */
		if (r.outcome == SYNC_FAILED) {	  /* e.g. another import was running */
			memset(now[i].key, 0, sizeof now[i].key);
			*retry = true;
		}
		sync_result_clear(&r);
	}
	/* Sticks no longer there are forgotten: plugged in again, they are
	 * checked again (and get a fresh report). Only the ones looked at: a
	 * stop in the middle left the rest of now[] unset (cppcheck saw it). */
	if (i > 0)
		memcpy(seen, now, sizeof now[0] * (size_t)i);
	return i;
}

void sync_watch_usb_main(sync_source_t *s)
{
	const sync_config_t *cfg = &s->w->cfg;
	int mfd = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
	if (mfd < 0)
		log_warn("sync: cannot watch the mount table; sticks are noticed by inotify only");
	seen_stick_t seen[MAX_STICKS];
	int nseen = 0, ifd = -1;
	for (;;) {
		ifd = renew(ifd);
		for (int i = 0; i < cfg->nusb_roots; i++)
			watch_tree1(ifd, cfg->usb_roots[i], DIR_EVENTS);
		bool retry = false;
		nseen = scan_sticks(s, seen, nseen, &retry);
		do_export(s);
		int woke = worker_wait(s, ifd, POLLIN, mfd, POLLPRI, retry ? RETRY_MS : -1);
		if (woke & WOKE_STOP)
			break;
		if ((woke & (WOKE_FD | WOKE_FD2)) && !settle(s, ifd, mfd, 500, 5000))
			break;
	}
	if (ifd >= 0)
		close(ifd);
	if (mfd >= 0)
		close(mfd);
}

/* ---- network folder ----------------------------------------------------- */

void sync_watch_folder_main(sync_source_t *s)
{
	const char *folder = s->w->cfg.folder;
	folder_state_t st = {0};
	int ifd = -1;
	for (;;) {
		ifd = renew(ifd);
		if (fs_is_dir(folder)) {
			char ovi[1100];
			watch_tree1(ifd, folder, FILE_EVENTS);
			snprintf(ovi, sizeof ovi, "%s/%s", folder, SYNC_STICK_BUNDLE);
			if (fs_is_dir(ovi))
				watch_tree1(ifd, ovi, FILE_EVENTS);
		} else {
			/* Not there (yet): its parent says when it appears. */
			char parent[1100];
			str_copy(parent, sizeof parent, folder);
			char *slash = strrchr(parent, '/');
			if (slash && slash != parent) {
				*slash = 0;
				watch(ifd, parent, DIR_EVENTS);
			}
		}
		if (atomic_exchange(&s->rescan_all, false))
			st.have_refused = false;
		sync_result_t r;
		sync_folder_check_ex(&s->ctx, s->model, folder, &st, &r);
		if (!atomic_load(&s->w->stop))
			worker_deliver(s, &r);
		/* inotify does not see what other computers write on SMB or NFS:
		 * a slow rescan covers that. */
		int64_t t = (int64_t)s->w->cfg.poll_interval_s * 1000;
		if (r.outcome == SYNC_WAITING && st.retry_ms > 0)
			t = st.retry_ms;
		else if (r.outcome == SYNC_FAILED && t > RETRY_MS)
			t = RETRY_MS;
		sync_result_clear(&r);
		int woke = worker_wait(s, ifd, POLLIN, -1, 0, t);
		if (woke & WOKE_STOP)
			break;
		if ((woke & WOKE_FD) && !settle(s, ifd, -1, 300, 3000))
			break;
	}
	if (ifd >= 0)
		close(ifd);
}
