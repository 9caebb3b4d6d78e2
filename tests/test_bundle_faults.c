/*
 * Fault injection over the whole import, the SQLite way: run the import of a
 * good bundle with a failure at step 1, 2, 3, ... of one kind (allocation,
 * read, write, sqlite3_step, fsync) until no failure fires. Every run must
 * either succeed (the new content is in) or fail cleanly: an error message,
 * the database exactly as before, nothing left in staging/, and the next
 * import without faults still succeeds.
 */
#include "bundle/import.h"
#include "core/fault.h"
#include "core/fs.h"
#include "fixture.h"
#include "model/model.h"
#include "model_digest.h"
#include "testlib.h"

#include <dirent.h>
#include <unistd.h>

static char *root;
static char keydir[4096], bundle[4096], pristine[4096];
static minisign_pubkey_t key;

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* A state folder holding an imported first bundle (serial 1): copied fresh
 * for every run from a pristine one made once. */
static void make_pristine(void)
{
	snprintf(pristine, sizeof pristine, "%s/pristine", root);
	fx_minimal(bundle);
	fx_pack(bundle, 1);
	char k[4200];
	snprintf(k, sizeof k, "%s/test.key", keydir);
	fx_sign(bundle, k);
	model_t *m;
	char db[4200];
	snprintf(db, sizeof db, "%s/ovi.db", pristine);
	fx_sh("mkdir -p '%s'", pristine);
	CHECK_INT(model_open(db, &m), 0);
	import_opts_t o = {.data_dir = pristine, .keys = &key, .nkeys = 1, .source = "t"};
	import_result_t r;
	CHECK_INT(bundle_import(bundle, &o, m, &r), 0);
	import_result_clear(&r);
	model_close(m);
	/* The bundle the faulty runs import: same sheets, serial 2, one more row. */
	fx_append(bundle, "topics.csv",
		  "home,Asuminen,Boende,Housing,Kysy asumisesta.,housing,home\n");
	fx_pack(bundle, 2);
	fx_sign(bundle, k);
}

typedef struct run_stats {
	int runs, ok, failed;
} run_stats_t;

static void sweep(fault_kind_t kind, const char *name, bool persistent, run_stats_t *st)
{
	char data[4200], db[4300];
	snprintf(data, sizeof data, "%s/run", root);
	snprintf(db, sizeof db, "%s/ovi.db", data);
	char k[4200];
	snprintf(k, sizeof k, "%s/test.key", keydir);
	/* Every step for read/write/fsync/step. Allocation points number in the
	 * thousands: the first 300 are all tried, then a sample that grows with
	 * n, unless OVI_FAULT_FULL=1 asks for every one (the long run). */
	bool full = getenv("OVI_FAULT_FULL") != NULL;
	for (long n = 1; n < 2000000; n += (kind == FAULT_ALLOC && !full && n > 300) ? n / 60 : 1) {
		fx_sh("rm -rf '%s' && cp -a '%s' '%s'", data, pristine, data);
		model_t *m = NULL;
		CHECK_INT(model_open(db, &m), 0);
		char before[65], after[65];
		CHECK_INT(model_digest(m, before), 0);
		import_opts_t o = {.data_dir = data, .keys = &key, .nkeys = 1, .source = "t"};
		import_result_t r;
		fault_arm(kind, n, persistent);
		int rc = bundle_import(bundle, &o, m, &r);
		bool fired = fault_fired(kind);
		fault_disarm_all();
		import_result_clear(&r);
		st->runs++;
		if (rc == OVI_OK) {
			st->ok++;
			bundle_record_t cur;
			CHECK_INT(model_current_bundle(m, &cur), 0);
			CHECK_INT(cur.serial, 2);
		} else {
			st->failed++;
			if (!err_last()[0])
				fprintf(stderr, "%s at %ld: failed without a message\n", name, n);
			CHECK(err_last()[0] != 0);
			CHECK_INT(model_digest(m, after), 0);
			if (strcmp(before, after))
				fprintf(stderr, "%s at %ld: the database changed (rc %d: %s)\n",
					name, n, rc, err_last());
			CHECK_STR(after, before);
			char stg[4300];
			snprintf(stg, sizeof stg, "%s/staging", data);
			CHECK_INT(count_entries(stg), 0);
			/* And the kiosk recovers: the same import works without faults. */
			import_result_t r2;
			int rc2 = bundle_import(bundle, &o, m, &r2);
			if (rc2)
				fprintf(stderr, "%s at %ld: retry failed: %s\n", name, n,
					err_last());
			CHECK_INT(rc2, 0);
			import_result_clear(&r2);
		}
		model_close(m);
		/* The database file itself is sound after every run. */
		CHECK_INT(fx_sh("sqlite3 '%s' 'PRAGMA integrity_check' | grep -qx ok", db), 0);
		if (!fired)
			break;
		if (test_failed_checks > 20)
			break;
	}
	printf("  %-6s %s: %d runs, %d succeeded, %d failed cleanly\n", name,
	       persistent ? "(persistent)" : "(once)      ", st->runs, st->ok, st->failed);
}

TEST(faults_read)
{
	run_stats_t s = {0};
	sweep(FAULT_READ, "read", false, &s);
	CHECK(s.failed > 0);
}
TEST(faults_write)
{
	run_stats_t s = {0};
	sweep(FAULT_WRITE, "write", false, &s);
	CHECK(s.failed > 0);
}
TEST(faults_fsync)
{
	run_stats_t s = {0};
	sweep(FAULT_FSYNC, "fsync", false, &s);
	CHECK(s.failed > 0);
}
TEST(faults_step)
{
	run_stats_t s = {0};
	sweep(FAULT_STEP, "step", false, &s);
	CHECK(s.failed > 0);
}
TEST(faults_step_persistent)
{
	run_stats_t s = {0};
	sweep(FAULT_STEP, "step", true, &s);
	CHECK(s.failed > 0);
}
TEST(faults_alloc)
{
	run_stats_t s = {0};
	sweep(FAULT_ALLOC, "alloc", false, &s);
	CHECK(s.failed > 0);
}

int main(void)
{
	/* Thousands of imports, each with real fsyncs: on tmpfs when there is
	 * one, so the sweep takes seconds, not minutes (what it tests is the
	 * program's reaction to a failed fsync, not the disk). */
	if (access("/dev/shm", W_OK) == 0) {
		static char shm[256];
		snprintf(shm, sizeof shm, "/dev/shm/ovi-faults-%d", (int)getpid());
		fx_sh("rm -rf '%s' && mkdir -p '%s'", shm, shm);
		root = shm;
	} else {
		root = test_tmpdir("faults");
	}
	snprintf(keydir, sizeof keydir, "%s/keys", root);
	snprintf(bundle, sizeof bundle, "%s/bundle", root);
	fx_sh("mkdir -p '%s'", keydir);
	if (fx_keygen(keydir, "test") || fx_pubkey(keydir, "test", &key)) {
		fprintf(stderr, "cannot make a test key with minisign\n");
		return 1;
	}
	model_global_init();
	make_pristine();
	RUN(faults_read);
	RUN(faults_write);
	RUN(faults_fsync);
	RUN(faults_step);
	RUN(faults_step_persistent);
	RUN(faults_alloc);
	if (!strncmp(root, "/dev/shm/", 9))
		fx_sh("rm -rf '%s'", root);
	return test_summary();
}
