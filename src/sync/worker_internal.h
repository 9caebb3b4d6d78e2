/*
 * worker_internal: the worker's threads and what they share (worker.c runs
 * them; watch.c has the USB and network-folder loops).
 */
#ifndef OVI_SYNC_WORKER_INTERNAL_H
#define OVI_SYNC_WORKER_INTERNAL_H

#include "sync/sync_internal.h"

typedef struct sync_source {
	struct sync_worker *w;
	sync_kind_t kind;
	pthread_t thread;
	bool running;
	int kick[2];		/* a byte here wakes the thread */
	atomic_bool rescan_all; /* staff asked: check again what was already checked */
	sync_ctx_t ctx;
	model_t *model; /* this thread's own handle */
	sync_outcome_t last_outcome;
	char last_message[1024];
} sync_source_t;

struct sync_worker {
	sync_config_t cfg;
	char data_dir[4096];
	sync_notify_fn notify;
	void *ud;
	atomic_bool stop;
	int stop_pipe[2]; /* written once at stop: wakes every thread for good */
	pthread_mutex_t import_lock;
	pthread_mutex_t req_lock; /* guards the export request */
	bool export_req;
	char export_stick[512]; /* "" = the first writable stick */
	sync_source_t src[4];	/* indexed by sync_kind_t; then the uploads */
};

enum { WOKE_STOP = 1, WOKE_KICK = 2, WOKE_FD = 4, WOKE_FD2 = 8 };
enum { WORKER_UPLOAD = 3, WORKER_THREADS = 4 }; /* src[WORKER_UPLOAD]: upload.c */

/* Sleeps until a stop, a kick, fd (events) or fd2 (events2) is ready, or
 * timeout_ms (-1: no timeout) has passed. fd and fd2 may be -1. Returns a
 * WOKE_* mask (0 on timeout). */
int worker_wait(sync_source_t *s, int fd, short events, int fd2, short events2, int64_t timeout_ms);
/* Logs r (once per change of state) and tells the app what it needs to
 * know. */
void worker_deliver(sync_source_t *s, const sync_result_t *r);

void sync_watch_usb_main(sync_source_t *s);
void sync_watch_folder_main(sync_source_t *s);

#endif
