/*
 * bench_import: how long an import takes, against the floor in the same run.
 *
 * Two bundles: the demo site, and the city (city.h: 1,500 people, 6,000
 * roster slots, 3,000 sessions, 600 services). For
 * each, the median of 5 runs of:
 *   floor   reading every file and computing its SHA-256 (what any import
 *           must do at the least);
 *   check   ovi check: signature, manifest, staging copy, parse, validate;
 *   import  the whole import into a database that holds the previous
 *           content (apply in one transaction, fsync included).
 * Prints milliseconds and the ratio to the floor. A figure, not a test.
 *
 * Usage: bench_import [RUNS]
 */
#include "bench.h"
#include "city.h"

#include "bundle/import.h"
#include "core/fs.h"
#include "core/timeutil.h"
#include "fixture.h"
#include "model/model.h"

#include <dirent.h>
#include <sodium.h>
#include <time.h>
#include <unistd.h>

static void hash_dir(const char *dir, const char *sub)
{
	char path[4096];
	snprintf(path, sizeof path, "%s%s%s", dir, *sub ? "/" : "", sub);
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char f[8192];
		snprintf(f, sizeof f, "%s/%s", path, e->d_name);
		if (fs_is_dir(f)) {
			hash_dir(dir, e->d_name);
			continue;
		}
		char *data;
		size_t len;
		if (fs_read_file(f, 64 << 20, &data, &len) == 0) {
			unsigned char h[32];
			crypto_hash_sha256(h, (unsigned char *)data, len);
			ovi_free(data);
		}
	}
	if (d)
		closedir(d);
}

static void bench(const char *name, const char *bundle, const char *root, const char *key,
		  const minisign_pubkey_t *pk, int runs)
{
	fx_pack(bundle, 100);
	fx_sign(bundle, key);
	double floor_ms[32], check_ms[32], import_ms[32];
	for (int r = 0; r < runs; r++) {
		double t = now_ms();
		hash_dir(bundle, "");
		floor_ms[r] = now_ms() - t;

		import_opts_t o = {.keys = pk, .nkeys = 1, .check_only = true};
		import_result_t res;
		t = now_ms();
		if (bundle_import(bundle, &o, NULL, &res) < 0) {
			fprintf(stderr, "%s: check failed: %s\n", name, err_last());
			exit(1);
		}
		check_ms[r] = now_ms() - t;
		import_result_clear(&res);

		char data[4200], db[4300];
		snprintf(data, sizeof data, "%s/data%d", root, r);
		snprintf(db, sizeof db, "%s/ovi.db", data);
		fx_sh("rm -rf '%s' && mkdir -p '%s'", data, data);
		model_t *m;
		model_open(db, &m);
		o = (import_opts_t){.data_dir = data, .keys = pk, .nkeys = 1, .force = true};
		t = now_ms();
		if (bundle_import(bundle, &o, m, &res) < 0) {
			fprintf(stderr, "%s: import failed: %s\n", name, err_last());
			exit(1);
		}
		import_ms[r] = now_ms() - t;
		import_result_clear(&res);
		model_close(m);
	}
	double f = median(floor_ms, runs), c = median(check_ms, runs), i = median(import_ms, runs);
	printf("%-8s floor (read + SHA-256) %8.1f ms | check %8.1f ms (%5.1fx) | import %8.1f ms "
	       "(%5.1fx)\n",
	       name, f, c, c / f, i, i / f);
}

int main(int argc, char **argv)
{
	int runs = argc > 1 ? atoi(argv[1]) : 5;
	if (runs < 1 || runs > 32)
		runs = 5;
	if (sodium_init() < 0)
		return 1;
	char *root = test_tmpdir("bench");
	char keydir[4200], key[4300], demo[4200], large[4200];
	snprintf(keydir, sizeof keydir, "%s/keys", root);
	snprintf(key, sizeof key, "%s/test.key", keydir);
	snprintf(demo, sizeof demo, "%s/demo", root);
	snprintf(large, sizeof large, "%s/large", root);
	fx_sh("mkdir -p '%s'", keydir);
	minisign_pubkey_t pk;
	if (fx_keygen(keydir, "test") || fx_pubkey(keydir, "test", &pk))
		return 1;
	model_global_init();
	fx_copy_demo(demo);
	bench_city(large);
	printf("median of %d runs\n", runs);
	bench("demo", demo, root, key, &pk, runs);
	bench("large", large, root, key, &pk, runs);
	free(root);
	return 0;
}
