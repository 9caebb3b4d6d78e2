/*
 * bench_taps: from a finger's tap to the screen that answers it, on the
 * demo site and on the city (city.h: 1,500 people on a Monday).
 *
 * The kiosk runs headless at 1920x1080 with its software renderer, as
 * `ovi run --replay` does: each step below is one replay line (the press's
 * frame, the release, the app's work, every frame until the screen
 * settles) and the rendering of the screen it settled on, timed on the
 * wall clock. Each step runs ROUNDS times (the
 * route is walked again from Today); the median and the worst are printed
 * against the floor measured in the same run: a tap on the tab already
 * shown, which takes the same frames and changes nothing. Also the first
 * screen after opening the database (the cold fill).
 *
 * A figure, not a test: a loaded machine changes it. The targets (README's
 * performance section): a median under 16 ms and a worst under 33 ms.
 *
 * Usage: bench_taps [ROUNDS] [demo|city]
 */
#include "bench.h"
#include "city.h"
#include "fixture.h"

#include "app/kapp.h"
#include "core/fs.h"
#include "core/timeutil.h"
#include "model/model.h"
#include "platform/plat.h"

#include <sodium.h>
#include <time.h>

#define ROUNDS_MAX 64

typedef struct step {
	const char *what, *line;
} step_t;

/* The route: every screen change a visitor makes, and back. %s is the
 * bundle's own person (a name on the Monday's Today). */
static const step_t route[] = {
	{"floor: the tab on view", "tap \"Tänään\""},
	{"Today -> Week", "tap \"Viikko\""},
	{"Week -> Today", "tap \"Tänään\""},
	{"Today -> a person", "tap \"%s\""},
	{"person -> back", "tap \"Takaisin\""},
	{"Today -> Groups", "tap \"Ryhmät\""},
	{"Groups -> a group", "tap \"Kokkauskurssi\""},
	{"group -> back", "tap \"Takaisin\""},
	{"Groups -> Services", "tap \"Palvelut\""},
	{"Services -> Ask", "tap \"Kysy mitä vain\""},
	{"Ask -> a topic", "tap \"Asuminen\""},
	{"topic -> back", "tap \"Takaisin\""},
	{"language fi -> sv", "tap \"Svenska\""},
	{"language sv -> fi", "tap \"Suomi\""},
	{"Ask -> Today", "tap \"Tänään\""},
};
#define NSTEPS ((int)(sizeof route / sizeof route[0]))

static int run_line(kapp_t *a, const char *dir, const char *line)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/step.txt", dir);
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fprintf(f, "%s\n", line);
	fclose(f);
	return kapp_replay(a, path);
}

static int bench(const char *name, const char *bundle, const char *person, const char *root,
		 const char *key, const minisign_pubkey_t *pk, int rounds)
{
	char data[4200], db[4300];
	snprintf(data, sizeof data, "%s/data-%s", root, name);
	snprintf(db, sizeof db, "%s/ovi.db", data);
	fx_sh("rm -rf '%s' && mkdir -p '%s'", data, data);
	if (fx_pack(bundle, 100) < 0 || fx_sign(bundle, key) != 0)
		return 1;
	model_t *m;
	if (model_open(db, &m) < 0)
		return 1;
	import_opts_t o = {.data_dir = data, .keys = pk, .nkeys = 1, .force = true};
	import_result_t res;
	int rc = bundle_import(bundle, &o, m, &res);
	import_result_clear(&res);
	model_close(m);
	if (rc < 0) {
		fprintf(stderr, "%s: import failed: %s\n", name, err_last());
		return 1;
	}

	/* Monday 23 November 2026, 11:00: the city's Monday has everyone. */
	clock_set(wall_make(day_from_ymd(2026, 11, 23), 11 * 60));
	config_t cfg;
	config_defaults(&cfg);
	kapp_opts_t ko = {.w = 1920, .h = 1080, .lang = "fi", .data_dir = data, .config = &cfg};
	kapp_t a;
	double t0 = now_ms();
	plat_headless_t *hl = NULL;
	if (kapp_open(&a, &ko) < 0 || plat_headless_open(&hl, 1920, 1080) < 0) {
		fprintf(stderr, "%s: %s\n", name, err_last());
		return 1;
	}
	kapp_attach_headless(&a, hl);
	if (run_line(&a, root, "expect \"Tänään\"") < 0 ||
	    plat_headless_render(hl, ui_draw_list(a.ui)) < 0) {
		fprintf(stderr, "%s: %s\n", name, err_last());
		return 1;
	}
	double first = now_ms() - t0;

	static double t[NSTEPS][ROUNDS_MAX];
	for (int r = 0; r < rounds; r++)
		for (int i = 0; i < NSTEPS; i++) {
			char line[256];
			snprintf(line, sizeof line, route[i].line, person);
			double s = now_ms();
			if (run_line(&a, root, line) < 0 ||
			    plat_headless_render(hl, ui_draw_list(a.ui)) < 0) {
				fprintf(stderr, "%s: %s: %s\n", name, route[i].what, err_last());
				return 1;
			}
			t[i][r] = now_ms() - s;
		}
	kapp_close(&a);
	plat_headless_close(hl);

	printf("%s: the first screen %.1f ms (opening the database, the first fill and frame)\n",
	       name, first);
	printf("  %-28s %9s %9s %9s\n", "step", "median", "worst", "x floor");
	double floor_med = 0;
	for (int i = 0; i < NSTEPS; i++) {
		qsort(t[i], (size_t)rounds, sizeof t[i][0], cmp_d);
		double med = t[i][rounds / 2], worst = t[i][rounds - 1];
		if (i == 0)
			floor_med = med;
		printf("  %-28s %6.1f ms %6.1f ms %8.1fx\n", route[i].what, med, worst,
		       floor_med > 0 ? med / floor_med : 0);
	}
	return 0;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 7;
	if (rounds < 1 || rounds > ROUNDS_MAX)
		rounds = 7;
	const char *only = argc > 2 ? argv[2] : NULL;
	if (sodium_init() < 0)
		return 1;
	setenv("SDL_VIDEODRIVER", "dummy", 0);
	char *root = test_tmpdir("bench-taps");
	char keydir[4200], key[4300], demo[4200], city[4200];
	snprintf(keydir, sizeof keydir, "%s/keys", root);
	snprintf(key, sizeof key, "%s/test.key", keydir);
	snprintf(demo, sizeof demo, "%s/demo", root);
	snprintf(city, sizeof city, "%s/city", root);
	fx_sh("mkdir -p '%s'", keydir);
	minisign_pubkey_t pk;
	if (fx_keygen(keydir, "test") || fx_pubkey(keydir, "test", &pk))
		return 1;
	model_global_init();
	printf("tap to settled screen, headless 1920x1080, %d rounds\n", rounds);
	int rc = 0;
	if (!only || !strcmp(only, "demo")) {
		fx_copy_demo(demo);
		rc |= bench("demo", demo, "Aino Korhonen", root, key, &pk, rounds);
	}
	if (!only || !strcmp(only, "city")) {
		bench_city(city);
		rc |= bench("city", city, "Henkilö 100 Virtanen", root, key, &pk, rounds);
	}
	free(root);
	return rc;
}
