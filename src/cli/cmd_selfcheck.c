/*
 * ovi selfcheck: is this installation able to run a kiosk? Run by the
 * package tests, the image build (under qemu) and a coordinator on the
 * phone with support. It leaves the state folder alone: the database it
 * opens and the demo content it imports live in a temporary folder that is
 * removed afterwards.
 *
 * Checks, each printed as "ok" or "FAIL" with what was seen:
 *   1. the installed files: the share folder with the demo content and key;
 *   2. the configuration loads (a kiosk with a broken ovi.ini does not
 *      start); a configuration that trusts no key is a warning (a new image
 *      before its site pack);
 *   3. a new database opens (schema, WAL) in the temporary folder;
 *   4. the demo bundle verifies (minisign), parses and imports into it;
 *   5. the fonts load and text renders (Noto Sans, regular and bold, with
 *      å ä ö); the demo's JPEG and PNG pictures decode and render, in the
 *      software renderer the screenshots use (no display needed).
 * Exit 0 when every check passed, 1 otherwise.
 */
#include "cli/cli.h"

#include "bundle/import.h"
#include "core/err.h"
#include "core/tr.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/paths.h"
#include "core/str.h"
#include "model/model.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if OVI_HAVE_PLATFORM
#include "platform/plat.h"
#include "ui/draw.h"
#endif

static const char *const selfcheck_usage =
	N_("Usage: ovi selfcheck [--keep]\n"
	   "\n"
	   "Checks that this installation can run the kiosk: its files, the configuration,\n"
	   "a new database, the demo content (signature, sheets, import), the fonts and\n"
	   "pictures (rendered without a display). Works in a temporary folder and leaves\n"
	   "the kiosk's state folder alone.\n"
	   "\n"
	   "  --keep   keep the temporary folder (its path is printed) to look at\n"
	   "\n"
	   "Exit 0 when every check passed, 1 when one failed.\n");

typedef struct sc {
	int passed, failed;
} sc_t;

static void result(sc_t *s, bool ok, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	printf("%s ", ok ? "ok  " : "FAIL");
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
	fflush(stdout);
	if (ok)
		s->passed++;
	else
		s->failed++;
}

static void note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	printf("     ");
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
}

static void check_files(sc_t *s, const char *share)
{
	static const char *const need[] = {"content/manifest.txt", "content/manifest.txt.minisig",
					   "content/site.csv", "content/demo-DEMO-ONLY.pub"};
	for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
		char p[4200];
		snprintf(p, sizeof p, "%s/%s", share, need[i]);
		if (!fs_exists(p)) {
			result(s, false, "files: %s is missing (is the package installed whole?)",
			       p);
			return;
		}
	}
	result(s, true, "files: %s has the demo content and its key", share);
}

static void check_config(sc_t *s, cli_t *c, const char *tmp)
{
	/* The temporary folder stands in for the state folder, so that a
	 * developer's build writes its first-run configuration there, not
	 * into the real one. */
	config_t cfg;
	int rc = config_load(c->config_path, tmp, &cfg);
	if (rc < 0) {
		result(s, false, "configuration: %s (the kiosk would not start)", err_last());
		return;
	}
	result(s, true, "configuration: %s, %d trusted key%s%s",
	       cfg.path[0] ? cfg.path : "none (defaults)", cfg.nkeys, cfg.nkeys == 1 ? "" : "s",
	       cfg.development ? ", DEVELOPMENT mode (unsigned bundles accepted)" : "");
	if (cfg.nkeys == 0 && !cfg.development)
		note("warning: no trusted key, so every bundle is refused until the site pack "
		     "adds site.pub (kiosk/README.md)");
}

static bool check_database_and_demo(sc_t *s, cli_t *c, const char *share, const char *tmp)
{
	cli_t t = *c;
	str_copy(t.data_dir, sizeof t.data_dir, tmp);
	model_t *m = NULL;
	int rc = cli_open_model(&t, &m);
	if (rc < 0) {
		result(s, false, "database: cannot create %s/ovi.db: %s", tmp, err_last());
		return false;
	}
	result(s, true, "database: created %s/ovi.db", tmp);

	char demo[4200], keyfile[4200];
	snprintf(demo, sizeof demo, "%s/content", share);
	snprintf(keyfile, sizeof keyfile, "%s/content/demo-DEMO-ONLY.pub", share);
	minisign_pubkey_t key;
	if (bundle_read_pubkey(keyfile, &key) < 0) {
		result(s, false, "demo content: the demo key %s: %s", keyfile, err_last());
		model_close(m);
		return false;
	}
	import_opts_t o = {.data_dir = tmp, .keys = &key, .nkeys = 1, .source = "selfcheck"};
	import_result_t r;
	memset(&r, 0, sizeof r);
	rc = bundle_import(demo, &o, m, &r);
	if (rc == OVI_OK)
		result(s, true,
		       "demo content: verified and imported: site %s, serial %lld, %d files, "
		       "key id %s",
		       r.meta.site, (long long)r.meta.serial, r.nfiles, r.keyid);
	else
		result(s, false, "demo content: %s: %s", demo,
		       r.errors.n ? r.errors.msg[0] : err_last());
	import_result_clear(&r);
	bundle_record_t b;
	if (rc == OVI_OK)
		result(s, model_current_bundle(m, &b) == OVI_OK,
		       "database: reads the imported bundle back");
	model_close(m);
	return rc == OVI_OK;
}

#if OVI_HAVE_PLATFORM
/* Pixels in r that differ clearly from the colour bg (0xRRGGBB). */
static int differing(plat_headless_t *hl, ui_rect_t r, unsigned bg)
{
	int n = 0;
	for (int y = r.y; y < r.y + r.h; y++)
		for (int x = r.x; x < r.x + r.w; x++) {
			unsigned p = plat_headless_pixel(hl, x, y);
			int d = abs((int)(p >> 16) - (int)(bg >> 16)) +
				abs((int)((p >> 8) & 255) - (int)((bg >> 8) & 255)) +
				abs((int)(p & 255) - (int)(bg & 255));
			n += d > 96;
		}
	return n;
}

static void check_render(sc_t *s, const char *share)
{
	const int W = 480, H = 240;
	plat_headless_t *hl = NULL;
	if (plat_headless_open(&hl, W, H) < 0) {
		result(s, false, "fonts: %s", err_last());
		return;
	}
	plat_gfx_t *g = plat_headless_gfx(hl);
	static const char *const text = "Hyvää päivää! Välkommen, ÅÄÖ åäö";
	int tw[2] = {0}, th[2] = {0};
	bool measured = true;
	for (int f = 0; f < 2; f++) {
		int font = f ? UI_FONT_BOLD : UI_FONT_REGULAR;
		if (plat_measure(g, font, 24, text, &tw[f], &th[f]) < 0 || tw[f] <= 0)
			measured = false;
	}

	char pic[2][4200];
	snprintf(pic[0], sizeof pic[0], "%s/content/photos/aino.jpg", share);
	snprintf(pic[1], sizeof pic[1], "%s/content/photos/logo.png", share);
	int iw[2] = {0}, ih[2] = {0};
	int probe[2];
	for (int i = 0; i < 2; i++)
		probe[i] = plat_image_probe(g, pic[i], &iw[i], &ih[i]);

	draw_list_t dl;
	memset(&dl, 0, sizeof dl);
	int rc = draw_list_init(&dl, W, H);
	ui_rect_t tb[2] = {{10, 10, tw[0], th[0]}, {10, 50, tw[1], th[1]}};
	ui_rect_t ib[2] = {{10, 100, 120, 120}, {150, 100, 120, 120}};
	const unsigned white = 0xFFFFFF, magenta = 0xFF00FF;
	if (rc == OVI_OK) {
		draw_rect(&dl, (ui_rect_t){0, 0, W, H}, 0, ui_rgb(white));
		for (int f = 0; f < 2; f++)
			draw_text(&dl, tb[f].x, tb[f].y, tb[f].w, tb[f].h,
				  f ? UI_FONT_BOLD : UI_FONT_REGULAR, 24, ui_rgb(0x202020), text,
				  0);
		for (int i = 0; i < 2; i++)
			draw_image(&dl, ib[i], pic[i], DRAW_IMG_PLACEHOLDER, ui_rgb(magenta));
		rc = plat_headless_render(hl, &dl);
	}
	if (rc < 0) {
		result(s, false, "rendering: %s", err_last());
	} else {
		int ink[2];
		for (int f = 0; f < 2; f++)
			ink[f] = tb[f].w > 0 ? differing(hl, tb[f], white) : 0;
		result(s, measured && ink[0] > 50 && ink[1] > 50,
		       "fonts: text measures %dx%d (regular), %dx%d (bold) and renders (%d and %d "
		       "inked pixels)",
		       tw[0], th[0], tw[1], th[1], ink[0], ink[1]);
		for (int i = 0; i < 2; i++) {
			const char *name = strrchr(pic[i], '/') + 1;
			int px = differing(hl, ib[i], magenta);
			result(s, probe[i] == OVI_OK && px > ib[i].w * ib[i].h / 2,
			       "pictures: %s decodes (%dx%d) and renders (%d of %d pixels)", name,
			       iw[i], ih[i], px, ib[i].w * ib[i].h);
		}
	}
	draw_list_free(&dl);
	plat_headless_close(hl);
}
#endif

static void check_state_folder(const cli_t *c)
{
	if (!fs_is_dir(c->data_dir))
		note("state folder %s does not exist yet (made on the kiosk's first start)",
		     c->data_dir);
	else if (access(c->data_dir, W_OK) != 0)
		note("warning: the state folder %s is not writable by this user", c->data_dir);
	else
		note("state folder %s is writable (not touched by this check)", c->data_dir);
}

int cmd_selfcheck(cli_t *c)
{
	bool keep = false;
	for (int i = 0; i < c->argc; i++) {
		if (!strcmp(c->argv[i], "--help") || !strcmp(c->argv[i], "-h")) {
			fputs(tr(tr_env_lang(), selfcheck_usage), stdout);
			return EXIT_OK;
		} else if (!strcmp(c->argv[i], "--keep")) {
			keep = true;
		} else {
			fprintf(stderr,
				"ovi selfcheck: unexpected '%s' (see ovi selfcheck --help)\n",
				c->argv[i]);
			return EXIT_USAGE;
		}
	}
	sc_t s = {0};
	const char *share = paths_share_dir();
	printf("ovi %s selfcheck\n", OVI_VERSION);

	const char *tmpenv = getenv("TMPDIR");
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s/ovi-selfcheck-XXXXXX",
		 tmpenv && *tmpenv && tmpenv[0] == '/' ? tmpenv : "/tmp");
	if (!mkdtemp(tmp)) {
		result(&s, false, "temporary folder: cannot make %s", tmp);
		return EXIT_RUNTIME;
	}

	check_files(&s, share);
	check_config(&s, c, tmp);
	check_database_and_demo(&s, c, share, tmp);
#if OVI_HAVE_PLATFORM
	check_render(&s, share);
#else
	note("fonts and pictures: not checked (built without the kiosk screens)");
#endif
	check_state_folder(c);

	if (keep)
		note("kept %s", tmp);
	else if (fs_rmtree(tmp) < 0)
		note("warning: could not remove %s: %s", tmp, err_last());
	if (s.failed)
		printf("ovi selfcheck: %d of %d checks FAILED\n", s.failed, s.passed + s.failed);
	else
		printf("ovi selfcheck: all %d checks passed\n", s.passed);
	return s.failed ? EXIT_RUNTIME : EXIT_OK;
}
