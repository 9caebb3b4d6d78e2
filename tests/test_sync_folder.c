/*
 * Sync from a network folder. A bundle is taken only when complete; while a
 * coordinator's computer is still copying it (the worst order: manifest and
 * signature first, then the files one by one, each created at its full size
 * before its bytes arrive, as Windows does) the answer is "waiting", never a
 * refusal, and the import history stays untouched. A complete but bad bundle
 * is refused once, not at every look.
 */
#include "sync_fixture.h"

#include <pthread.h>

static sfx_t f;

/* The number of import attempts recorded so far, read from the table counts. */
static long long attempts(void)
{
	table_count_t t[32];
	int n = model_table_counts(f.m, t, 32);
	for (int i = 0; i < n; i++)
		if (!strcmp(t[i].name, "import_log"))
			return t[i].rows;
	return -1;
}

TEST(incomplete_folder_waits)
{
	char src[4300], drop[4300], before[65], after[65];
	snprintf(src, sizeof src, "%s/src", f.root);
	snprintf(drop, sizeof drop, "%s/drop1", f.root);
	long long cur = sfx_serial(&f);
	CHECK_INT(sfx_bundle(&f, src, cur + 1, NULL), 0);
	fs_rmtree(drop);
	fs_mkdirs(drop, 0755);
	/* Only the manifest and the signature so far. */
	fx_sh("cp '%s/manifest.txt' '%s/manifest.txt.minisig' '%s/'", src, src, drop);
	sfx_digest(&f, before);
	long long tries = attempts();
	sync_result_t r;
	for (int i = 0; i < 3; i++) {
		CHECK_INT(sync_folder_check(&f.cfg, f.data, f.m, drop, &r), 0);
		CHECK_INT(r.outcome, SYNC_WAITING);
		CHECK_CONTAINS(r.message, "waiting for the bundle to be complete");
		sync_result_clear(&r);
	}
	/* Half of the files. */
	fx_sh("cd '%s' && cp README.md site.csv hours.csv '%s/'", src, drop);
	CHECK_INT(sync_folder_check(&f.cfg, f.data, f.m, drop, &r), 0);
	CHECK_INT(r.outcome, SYNC_WAITING);
	CHECK_CONTAINS(r.message, "3 of");
	sync_result_clear(&r);
	sfx_digest(&f, after);
	CHECK_STR(after, before);
	/* Nothing was recorded as a failed import. */
	CHECK_INT(attempts(), tries);
	/* Complete: taken. */
	fx_sh("cp -r '%s/.' '%s/'", src, drop);
	CHECK_INT(sync_folder_check(&f.cfg, f.data, f.m, drop, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	sync_result_clear(&r);
	CHECK_INT(sfx_serial(&f), cur + 1);
	/* And then nothing new. */
	CHECK_INT(sync_folder_check(&f.cfg, f.data, f.m, drop, &r), 0);
	CHECK_INT(r.outcome, SYNC_NOTHING);
	sync_result_clear(&r);
}

TEST(settle_time)
{
	char drop[4300];
	snprintf(drop, sizeof drop, "%s/drop2", f.root);
	long long cur = sfx_serial(&f);
	CHECK_INT(sfx_bundle(&f, drop, cur + 1, NULL), 0);
	sync_config_t cfg = f.cfg;
	cfg.settle_s = 1;
	sync_result_t r;
	long long t0 = sfx_ms();
	/* One-shot: looks twice, a settle time apart. */
	CHECK_INT(sync_folder_check(&cfg, f.data, f.m, drop, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK(sfx_ms() - t0 >= 1000);
	sync_result_clear(&r);
}

TEST(refused_once)
{
	char drop[4300], before[65], after[65];
	snprintf(drop, sizeof drop, "%s/drop3", f.root);
	long long cur = sfx_serial(&f);
	CHECK_INT(sfx_tampered(&f, drop, cur + 1), 0);
	sfx_digest(&f, before);
	sync_result_t r;
	CHECK_INT(sync_folder_check(&f.cfg, f.data, f.m, drop, &r), OVI_EREJECT);
	CHECK_INT(r.outcome, SYNC_REJECTED);
	/* In the site's language (the demo's default: Finnish). */
	CHECK_CONTAINS(r.message, "on muuttunut manifestin tekemisen jälkeen");
	sync_result_clear(&r);
	sfx_digest(&f, after);
	CHECK_STR(after, before);
	/* Unsigned: with the signature gone, waited for (it may be on its way),
	 * then refused. */
	char sig[4400];
	snprintf(sig, sizeof sig, "%s/manifest.txt.minisig", drop);
	unlink(sig);
	sync_config_t cfg = f.cfg;
	cfg.settle_s = 1;
	CHECK_INT(sync_folder_check(&cfg, f.data, f.m, drop, &r), OVI_EREJECT);
	CHECK_CONTAINS(r.message, "sisältöpakettia ei ole allekirjoitettu");
	sync_result_clear(&r);
	/* The folder is not there (share not mounted): a failure, not a refusal. */
	CHECK_INT(sync_folder_check(&f.cfg, f.data, f.m, "/nonexistent/ovi-drop", &r), OVI_ERR);
	CHECK_CONTAINS(r.message, "mounted");
	sync_result_clear(&r);
}

/* ---- the worker, with a coordinator copying slowly ------------------------ */

static pthread_mutex_t ev_lock = PTHREAD_MUTEX_INITIALIZER;
static int ev_count[6];

static void on_event(const sync_result_t *r, void *ud)
{
	pthread_mutex_lock(&ev_lock);
	ev_count[r->outcome]++;
	pthread_mutex_unlock(&ev_lock);
}

static int events(sync_outcome_t o)
{
	pthread_mutex_lock(&ev_lock);
	int n = ev_count[o];
	pthread_mutex_unlock(&ev_lock);
	return n;
}

typedef struct copier {
	char src[4300], dst[4300];
	int delay_ms;
} copier_t;

/* Copies like a slow network: manifest and signature first, then each file
 * created at full size, its bytes a moment later. */
static void *slow_copy(void *arg)
{
	copier_t *c = arg;
	fx_sh("cp '%s/manifest.txt' '%s/manifest.txt.minisig' '%s/'", c->src, c->src, c->dst);
	char list[4400];
	snprintf(list, sizeof list, "cd '%s' && find . -type f ! -name 'manifest.txt*' | sort",
		 c->src);
	FILE *p = popen(list, "r");
	char line[512];
	while (p && fgets(line, sizeof line, p)) {
		line[strcspn(line, "\n")] = 0;
		const char *rel = line + 2;
		char from[4900], to[4900];
		snprintf(from, sizeof from, "%s/%s", c->src, rel);
		snprintf(to, sizeof to, "%s/%s", c->dst, rel);
		if (strchr(rel, '/'))
			fx_sh("mkdir -p \"$(dirname '%s')\"", to);
		fx_sh("truncate -s $(stat -c %%s '%s') '%s'", from, to);
		sfx_sleep_ms(c->delay_ms);
		fx_sh("cat '%s' > '%s'", from, to);
	}
	if (p)
		pclose(p);
	return NULL;
}

TEST(worker_slow_copy_taken_once_complete)
{
	char drop[4300];
	snprintf(drop, sizeof drop, "%s/drop4", f.root);
	fs_rmtree(drop);
	fs_mkdirs(drop, 0755);
	sync_config_t cfg = f.cfg;
	str_copy(cfg.folder, sizeof cfg.folder, drop);
	cfg.settle_s = 1;
	cfg.poll_interval_s = 3600;
	long long cur = sfx_serial(&f), tries = attempts();
	sync_worker_t *w = NULL;
	CHECK_INT(sync_worker_start(&cfg, f.data, on_event, NULL, &w), 0);
	copier_t c = {.delay_ms = 40};
	snprintf(c.src, sizeof c.src, "%s/src4", f.root);
	str_copy(c.dst, sizeof c.dst, drop);
	CHECK_INT(sfx_bundle(&f, c.src, cur + 1, NULL), 0);
	pthread_t th;
	long long t0 = sfx_ms();
	pthread_create(&th, NULL, slow_copy, &c);
	pthread_join(th, NULL);
	printf("  copied in %lld ms\n", sfx_ms() - t0);
	for (long long end = sfx_ms() + 15000; sfx_ms() < end && !events(SYNC_APPLIED);)
		sfx_sleep_ms(20);
	printf("  taken %lld ms after the copy began\n", sfx_ms() - t0);
	CHECK_INT(events(SYNC_APPLIED), 1);
	CHECK_INT(events(SYNC_REJECTED), 0);
	CHECK_INT(sfx_serial(&f), cur + 1);
	/* One attempt recorded: the one that succeeded. */
	CHECK_INT(attempts(), tries + 1);

	/* A bad bundle replaces it: refused once, not at every look. */
	char bad[4400];
	snprintf(bad, sizeof bad, "%s/bad4", f.root);
	CHECK_INT(sfx_tampered(&f, bad, cur + 2), 0);
	fx_sh("rm -rf '%s' && mv '%s' '%s'", drop, bad, drop);
	for (long long end = sfx_ms() + 15000; sfx_ms() < end && !events(SYNC_REJECTED);)
		sfx_sleep_ms(20);
	CHECK_INT(events(SYNC_REJECTED), 1);
	for (int i = 0; i < 3; i++) {
		fx_sh("touch '%s/.litter%d'", drop, i); /* an event: the folder is looked at */
		sfx_sleep_ms(1500);
	}
	CHECK_INT(events(SYNC_REJECTED), 1);
	CHECK_INT(attempts(), tries + 2);
	CHECK_INT(sfx_serial(&f), cur + 1);
	sync_worker_stop(w);
}

int main(void)
{
	sfx_watchdog(180);
	log_set_level(OVI_LOG_WARN);
	sfx_setup(&f, "sync_folder", 40);
	RUN(incomplete_folder_waits);
	RUN(settle_time);
	RUN(refused_once);
	RUN(worker_slow_copy_taken_once_complete);
	sfx_teardown(&f);
	return test_summary();
}
