/*
 * housekeeping: what the running kiosk does besides its screens. The sync
 * worker brings new bundles in its own threads (sync.h) and says so through
 * a flag this thread reads between frames; the retention purge runs once a
 * day, when nobody is using the kiosk, on the UI thread's model handle.
 */
#if OVI_HAVE_PLATFORM
#include "app/kiosk_app.h"

#include "core/err.h"
#include "core/log.h"
#include "platform/plat.h"
#include "sync/sync.h"

/* From a worker thread: only the flag, nothing else of the app. */
static void notify(const sync_result_t *r, void *ud)
{
	kapp_t *a = ud;
	if (r->outcome == SYNC_APPLIED) {
		atomic_store(&a->content_event, true);
		plat_wake(); /* switch between the next two frames, not at the next check */
	}
}

void kapp_housekeeping_start(kapp_t *a)
{
	a->housekeeping = true;
	atomic_store(&a->content_event, false);
	if (sync_worker_start(&a->config->sync, a->data_dir, notify, a, &a->sync) < 0) {
		/* The kiosk runs on with the content it has. */
		log_error("kiosk: the sync worker did not start: %s", err_last());
		a->sync = NULL;
	}
}

void kapp_housekeeping_tick(kapp_t *a)
{
	if (!a->housekeeping)
		return;
	if (atomic_exchange(&a->content_event, false))
		a->last_content_check_ms = clock_mono_ms() - KAPP_CONTENT_CHECK_MS;

	wall_t now = clock_now();
	int day = wall_day(now);
	if (day == a->purge_day || a->touched || a->staff.on)
		return;
	a->purge_day = day;
	const config_t *cfg = a->config;
	purge_counts_t n = {0};
	if (model_purge(a->m, now, cfg->questions_days, cfg->signups_days, &n) < 0) {
		log_error("kiosk: retention: %s", err_last());
		return;
	}
	if (n.questions || n.signups || n.ideas || n.numbers || n.overrides)
		log_info("kiosk: retention deleted %d questions, %d sign-ups, %d group ideas, "
			 "%d queue numbers, %d changes to past days",
			 n.questions, n.signups, n.ideas, n.numbers, n.overrides);
	a->write_gen++; /* counts on the screens may have changed */
	a->dirty = true;
}

void kapp_housekeeping_stop(kapp_t *a)
{
	sync_worker_stop(a->sync);
	a->sync = NULL;
	a->housekeeping = false;
}
#endif
