/*
 * worker: one thread per configured source, each with its own model handle,
 * sleeping in poll() until something happens (a stop, a kick from staff, an
 * inotify event, a change of the mount table, a timer).
 */
#define _GNU_SOURCE /* pipe2 */
#include "sync/worker_internal.h"

#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void pipe_close(int p[2])
{
	for (int i = 0; i < 2; i++)
		if (p[i] >= 0)
			close(p[i]);
	p[0] = p[1] = -1;
}

static int pipe_open(int p[2])
{
	if (pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0) {
		p[0] = p[1] = -1;
		return err_set(OVI_ERR, "cannot create a pipe: %s", strerror(errno));
	}
	return OVI_OK;
}

static void drain(int fd)
{
	char buf[256];
	while (read(fd, buf, sizeof buf) > 0)
		;
}

int worker_wait(sync_source_t *s, int fd, short events, int fd2, short events2, int64_t timeout_ms)
{
	struct pollfd p[4] = {
		{.fd = s->w->stop_pipe[0], .events = POLLIN},
		{.fd = s->kick[0], .events = POLLIN},
		{.fd = fd, .events = events},
		{.fd = fd2, .events = events2},
	};
	int t = timeout_ms < 0			  ? -1
		: timeout_ms > 24 * 3600 * 1000LL ? 24 * 3600 * 1000
						  : (int)timeout_ms;
	int n = poll(p, 4, t);
	if (n < 0 && errno != EINTR)
		log_warn("sync: poll: %s", strerror(errno));
	int woke = 0;
	if (atomic_load(&s->w->stop) || (n > 0 && p[0].revents))
		return WOKE_STOP;
	if (n > 0 && p[1].revents) {
		drain(s->kick[0]);
		woke |= WOKE_KICK;
	}
	if (n > 0 && fd >= 0 && p[2].revents)
		woke |= WOKE_FD;
	if (n > 0 && fd2 >= 0 && p[3].revents)
		woke |= WOKE_FD2;
	return woke;
}

void worker_deliver(sync_source_t *s, const sync_result_t *r)
{
	/* Log a line when something happened or the state changed; a source
	 * that stays the same (nothing new, the network still down) is not
	 * logged again at every poll. */
	bool changed = r->outcome != s->last_outcome ||
		       (r->outcome != SYNC_WAITING && strcmp(r->message, s->last_message));
	int level = r->outcome == SYNC_FAILED || r->outcome == SYNC_REJECTED ? OVI_LOG_WARN
									     : OVI_LOG_INFO;
	if (changed || r->outcome == SYNC_APPLIED)
		log_msg(level, "%s: %s", r->source, r->message);
	else
		log_debug("%s: %s", r->source, r->message);
	s->last_outcome = r->outcome;
	str_copy(s->last_message, sizeof s->last_message, r->message);
	bool tell = r->outcome == SYNC_APPLIED || r->outcome == SYNC_EXPORTED ||
		    (r->outcome == SYNC_REJECTED && (changed || r->kind == SYNC_USB));
	if (tell && s->w->notify)
		s->w->notify(r, s->w->ud);
}

static void *http_main(void *arg)
{
	sync_source_t *s = arg;
	sync_worker_t *w = s->w;
	unsigned seed = (unsigned)(uintptr_t)s ^ (unsigned)getpid() ^ (unsigned)sync_mono_ms();
	for (;;) {
		sync_result_t r;
		sync_http_check_ex(&s->ctx, s->model, w->cfg.url, &r);
		if (!atomic_load(&w->stop))
			worker_deliver(s, &r);
		sync_result_clear(&r);
		/* A little jitter, so that the kiosks of a city that boot together
		 * do not all ask the server in the same second. */
		int64_t t = (int64_t)w->cfg.poll_interval_s * 1000;
		t += (int64_t)(rand_r(&seed) % 1000) * t / 10000;
		if (worker_wait(s, -1, 0, -1, 0, t) & WOKE_STOP)
			break;
	}
	return NULL;
}

/* The uploads: the first a little after the start (not in the busy second
 * of a boot), then every upload_interval; after a failure, again after
 * upload_retry seconds, doubling up to upload_interval. Only logged: the
 * app has nothing to show for it. */
static void upload_main(sync_source_t *s)
{
	sync_worker_t *w = s->w;
	unsigned seed = (unsigned)(uintptr_t)s ^ (unsigned)getpid() ^ (unsigned)sync_mono_ms();
	int64_t interval = (int64_t)w->cfg.upload_interval_s * 1000;
	int64_t wait = (int64_t)w->cfg.upload_retry_s * 1000;
	int failures = 0;
	while (!(worker_wait(s, -1, 0, -1, 0, wait) & WOKE_STOP)) {
		sync_result_t r;
		sync_upload_once_ex(&s->ctx, s->model, &r);
		if (atomic_load(&w->stop)) {
			sync_result_clear(&r);
			break;
		}
		bool failed = r.outcome == SYNC_FAILED;
		if (failed != (s->last_outcome == SYNC_FAILED) ||
		    strcmp(r.message, s->last_message))
			log_msg(failed ? OVI_LOG_WARN : OVI_LOG_INFO, "%s: %s", r.source,
				r.message);
		s->last_outcome = r.outcome;
		str_copy(s->last_message, sizeof s->last_message, r.message);
		sync_result_clear(&r);
		if (failed) {
			failures++;
			wait = (int64_t)w->cfg.upload_retry_s * 1000;
			for (int i = 1; i < failures && wait < interval; i++)
				wait *= 2;
			if (wait > interval)
				wait = interval;
		} else {
			failures = 0;
			wait = interval;
		}
		wait += (int64_t)(rand_r(&seed) % 1000) * wait / 10000; /* up to 10 % later */
	}
}

static void *source_main(void *arg)
{
	sync_source_t *s = arg;
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", s->w->data_dir);
	if (model_open(path, &s->model) < 0) {
		log_error("sync: cannot open %s: %s; this source is not watched", path, err_last());
		return NULL;
	}
	if (s == &s->w->src[WORKER_UPLOAD]) {
		upload_main(s);
	} else {
		switch (s->kind) {
		case SYNC_USB:
			sync_watch_usb_main(s);
			break;
		case SYNC_FOLDER:
			sync_watch_folder_main(s);
			break;
		case SYNC_HTTP:
			http_main(s);
			break;
		}
	}
	model_close(s->model);
	s->model = NULL;
	return NULL;
}

int sync_worker_start(const sync_config_t *cfg, const char *data_dir, sync_notify_fn notify,
		      void *ud, sync_worker_t **out)
{
	*out = NULL;
	sync_worker_t *w = ovi_calloc(1, sizeof *w);
	if (!w)
		return err_set(OVI_ENOMEM, "out of memory");
	w->cfg = *cfg;
	if (w->cfg.poll_interval_s < 1)
		w->cfg.poll_interval_s = 1;
	str_copy(w->data_dir, sizeof w->data_dir, data_dir);
	w->notify = notify;
	w->ud = ud;
	atomic_init(&w->stop, false);
	pthread_mutex_init(&w->import_lock, NULL);
	pthread_mutex_init(&w->req_lock, NULL);
	w->stop_pipe[0] = w->stop_pipe[1] = -1;
	int rc = pipe_open(w->stop_pipe);
	model_global_init(); /* harmless when the app did it already */
	if ((w->cfg.url[0] || w->cfg.upload) && sync_http_global_init() < 0)
		rc = OVI_ERR;
	bool want[WORKER_THREADS] = {w->cfg.nusb_roots > 0, w->cfg.folder[0] != 0,
				     w->cfg.url[0] != 0, w->cfg.upload};
	for (int k = 0; k < WORKER_THREADS && rc == OVI_OK; k++) {
		sync_source_t *s = &w->src[k];
		s->w = w;
		s->kind = k == WORKER_UPLOAD ? SYNC_HTTP : (sync_kind_t)k;
		s->kick[0] = s->kick[1] = -1;
		s->last_outcome = (sync_outcome_t)-1;
		atomic_init(&s->rescan_all, false);
		s->ctx = (sync_ctx_t){.cfg = &w->cfg,
				      .data_dir = w->data_dir,
				      .stop = &w->stop,
				      .import_lock = &w->import_lock};
		if (!want[k])
			continue;
		if ((rc = pipe_open(s->kick)) < 0)
			break;
		int e = pthread_create(&s->thread, NULL, source_main, s);
		if (e) {
			rc = err_set(OVI_ERR, "cannot start a sync thread: %s", strerror(e));
			break;
		}
		s->running = true;
	}
	if (rc < 0) {
		sync_worker_stop(w);
		return rc;
	}
	log_info("sync: watching %s%s%s%s%s%s", want[0] ? "USB sticks" : "",
		 want[0] && (want[1] || want[2]) ? ", " : "", want[1] ? w->cfg.folder : "",
		 want[1] && want[2] ? ", " : "", want[2] ? w->cfg.url : "",
		 want[WORKER_UPLOAD] ? "; uploading the counts" : "");
	*out = w;
	return OVI_OK;
}

static void kick(sync_source_t *s)
{
	if (s->running && s->kick[1] >= 0 && write(s->kick[1], "k", 1) < 0 && errno != EAGAIN)
		log_warn("sync: cannot wake a thread: %s", strerror(errno));
}

void sync_worker_kick(sync_worker_t *w)
{
	if (!w)
		return;
	for (int k = 0; k < 3; k++) {
		atomic_store(&w->src[k].rescan_all, true);
		kick(&w->src[k]);
	}
}

int sync_worker_export(sync_worker_t *w, const char *stick)
{
	if (!w || !w->src[SYNC_USB].running)
		return err_set(OVI_EUSAGE, "no USB roots are configured ([sync] usb_roots)");
	pthread_mutex_lock(&w->req_lock);
	w->export_req = true;
	str_copy(w->export_stick, sizeof w->export_stick, stick ? stick : "");
	pthread_mutex_unlock(&w->req_lock);
	kick(&w->src[SYNC_USB]);
	return OVI_OK;
}

void sync_worker_stop(sync_worker_t *w)
{
	if (!w)
		return;
	atomic_store(&w->stop, true);
	if (w->stop_pipe[1] >= 0 && write(w->stop_pipe[1], "s", 1) < 0)
		log_warn("sync: cannot stop the threads: %s", strerror(errno));
	for (int k = 0; k < WORKER_THREADS; k++) {
		if (w->src[k].running)
			pthread_join(w->src[k].thread, NULL);
		pipe_close(w->src[k].kick);
	}
	pipe_close(w->stop_pipe);
	pthread_mutex_destroy(&w->import_lock);
	pthread_mutex_destroy(&w->req_lock);
	ovi_free(w);
}
