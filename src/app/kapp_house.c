/*
 * kapp_house: what the running kiosk does besides its screens (see kapp.h).
 * The content check compares the current bundle now and then (new content
 * from the worker, a staff import, a rollback, another process). The sync
 * worker brings new bundles in its own threads (sync.h) and says so through
 * a flag this thread reads between frames; the retention purge runs once a
 * day, when nobody is using the kiosk, on the UI thread's model handle.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp.h"

#include "core/err.h"
#include "core/log.h"
#include "platform/plat.h"
#include "sync/sync.h"

/* From a worker thread: only the flag, nothing else of the app. */
static void notify(const sync_result_t *r, void *ud)
{
	kapp_t *a = ud;
	if (r->outcome == SYNC_APPLIED) {
		atomic_store(&a->house.content_event, true);
		plat_wake(); /* switch between the next two frames, not at the next check */
	}
}

void kapp_house_start(kapp_t *a)
{
	a->house.on = true;
	atomic_store(&a->house.content_event, false);
	if (sync_worker_start(&a->config->sync, a->data_dir, notify, a, &a->house.sync) < 0) {
		/* The kiosk runs on with the content it has. */
		log_error("kiosk: the sync worker did not start: %s", err_last());
		a->house.sync = NULL;
	}
}

/* Once a day, while nobody uses the kiosk. */
static void purge(kapp_t *a)
{
	wall_t now = clock_now();
	int day = wall_day(now);
	if (day == a->house.purge_day)
		return;
	a->house.purge_day = day;
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

bool kapp_house_tick(kapp_t *a, int64_t now, bool in_use)
{
	kapp_house_t *h = &a->house;
	if (h->on && atomic_exchange(&h->content_event, false))
		a->content_maybe_new = true;
	if (h->on && !in_use)
		purge(a);
	(void)now;
	if (!a->content_maybe_new)
		return false;
	a->content_maybe_new = false;
	bundle_record_t b;
	int64_t id = model_current_bundle(a->m, &b) == OVI_OK ? b.id : 0;
	if (id == a->bundle_id)
		return false;
	log_info("kiosk: new content (bundle %lld)", (long long)id);
	a->bundle_id = id;
	a->dirty = true;
	return true;
}

void kapp_house_stop(kapp_t *a)
{
	sync_worker_stop(a->house.sync);
	a->house.sync = NULL;
	a->house.on = false;
}
#endif
