/* ovi (no command): the kiosk itself, in a window, fullscreen, or replaying
 * a script. */
#include "cli/cli.h"

#include "core/err.h"
#include "core/log.h"
#include "core/tr.h"
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if OVI_HAVE_PLATFORM
#include "app/kapp.h"
#endif

static const char *const run_usage =
	/* xgettext:no-c-format */
	N_("Usage: ovi [OPTIONS] [--windowed] [--size WxH] [--rotate DEG] [--large-text]\n"
	   "           [--high-contrast] [--lang L] [--replay FILE [--housekeeping]]\n"
	   "\n"
	   "Runs the kiosk: fullscreen (the kiosk) or, with --windowed, in a window (a\n"
	   "laptop). An empty state folder first gets the demo content.\n"
	   "\n"
	   "  --windowed        a desktop window instead of the whole screen (Escape quits)\n"
	   "  --size WxH        the window's size (default 1280x800); with --replay, the\n"
	   "                    screen the script runs on (default 1920x1080)\n"
	   "  --rotate DEG      turn the picture 0, 90, 180 or 270 degrees clockwise\n"
	   "  --large-text      text 25 % larger\n"
	   "  --high-contrast   the high-contrast theme\n"
	   "  --lang L          start (and return after the idle reset) in language L\n"
	   "  --replay FILE     run a test script headless (in the window with --windowed);\n"
	   "                    exit 0 when every line passed, 1 naming the line that did not\n"
	   "  --housekeeping    with --replay: also run what the kiosk does besides its\n"
	   "                    screens (the sync worker, the daily retention purge)\n"
	   "\n"
	   "Replay scripts, one command a line (# starts a comment):\n"
	   "  tap X Y | tap \"Label\"      a tap at a point, or on the widget with that label\n"
	   "  press X Y MS               a finger held still at a point for MS ms of kiosk time\n"
	   "  hold \"Label\" MS            the same on a widget, hidden ones too: hold\n"
	   "                             \"staff-entry\" 3000 opens staff mode's PIN pad\n"
	   "  drag X1 Y1 X2 Y2           a finger drag (scrolling)\n"
	   "  type TEXT                  types TEXT on the on-screen keyboard, key by key\n"
	   "  wait MS                    lets MS milliseconds of kiosk time pass (idle reset)\n"
	   "  clock \"YYYY-MM-DD HH:MM\"    sets the kiosk's clock (opening hours, the dim "
	   "screen)\n"
	   "  expect \"TEXT\"              some visible text on the screen contains TEXT\n"
	   "  expect-exact \"TEXT\"        some visible text on the screen is exactly TEXT\n"
	   "  expect-not \"TEXT\"          no text on the screen contains TEXT\n"
	   "  expect-screen NAME         the kiosk is on screen NAME (ovi screenshot --list;\n"
	   "                             staff-* in staff mode)\n"
	   "  remember NAME \"Prefix\" [N] keeps the text after Prefix as $NAME for later\n"
	   "                             lines; when Prefix is a whole text (a heading), the N\n"
	   "                             texts drawn after it, joined (a code in tiles: N = 5)\n"
	   "  shot FILE.png              saves the screen as it is now\n"
	   "  power-cut                  ends the kiosk at once, as a pulled plug would\n"
	   "                             (no clean close; exit status 86)\n");

/* "1280x800" -> 1280, 800; false when malformed or out of range. */
bool cli_parse_size(const char *s, int *w, int *h)
{
	char *end;
	long a = strtol(s, &end, 10);
	if (*end != 'x' && *end != 'X')
		return false;
	long b = strtol(end + 1, &end, 10);
	if (*end || a < 320 || b < 240 || a > 8192 || b > 8192)
		return false;
	*w = (int)a;
	*h = (int)b;
	return true;
}

#if OVI_HAVE_PLATFORM
static int parse(cli_t *c, kapp_opts_t *o, bool *housekeeping)
{
	for (int i = 0; i < c->argc; i++) {
		const char *a = c->argv[i];
		const char *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(tr(tr_env_lang(), run_usage), stdout);
			return 1;
		} else if (!strcmp(a, "--windowed")) {
			o->windowed = true;
		} else if (!strcmp(a, "--fullscreen")) {
			o->windowed = false;
		} else if (!strcmp(a, "--large-text")) {
			o->large_text = true;
		} else if (!strcmp(a, "--high-contrast")) {
			o->high_contrast = true;
		} else if (!strcmp(a, "--size") && v) {
			if (!cli_parse_size(v, &o->w, &o->h)) {
				fprintf(stderr,
					"ovi: --size '%s': use WIDTHxHEIGHT, e.g. 1280x800\n", v);
				return -1;
			}
			i++;
		} else if (!strcmp(a, "--rotate") && v) {
			char *end;
			long r = strtol(v, &end, 10);
			if (*end || (r != 0 && r != 90 && r != 180 && r != 270)) {
				fprintf(stderr, "ovi: --rotate '%s': use 0, 90, 180 or 270\n", v);
				return -1;
			}
			o->rotation = (int)r;
			i++;
		} else if (!strcmp(a, "--replay") && v) {
			o->replay = v;
			i++;
		} else if (!strcmp(a, "--housekeeping")) {
			*housekeeping = true;
		} else if (!strcmp(a, "--lang") && v) {
			o->lang = v;
			i++;
		} else {
			fprintf(stderr,
				"ovi: unknown or incomplete option '%s' (see ovi run --help)\n", a);
			return -1;
		}
	}
	return 0;
}

int cmd_run(cli_t *c)
{
	kapp_opts_t o = {.rotation = -1};
	bool housekeeping = false;
	int p = parse(c, &o, &housekeeping);
	if (p)
		return p > 0 ? EXIT_OK : EXIT_USAGE;
	if (housekeeping && !o.replay) {
		fprintf(stderr, "ovi: --housekeeping goes with --replay (the kiosk always "
				"does its housekeeping)\n");
		return EXIT_USAGE;
	}
	o.data_dir = c->data_dir;
	o.config = &c->config;
	kapp_t a;
	if (kapp_open(&a, &o) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	int rc = OVI_OK;
	plat_window_t *win = NULL;
	plat_headless_t *hl = NULL;
	if (o.windowed || !o.replay) {
		/* --rotate wins over ovi.ini's [display] rotation. */
		plat_window_opts_t wo = {.w = o.w,
					 .h = o.h,
					 .fullscreen = !o.windowed,
					 .rotation =
						 o.rotation >= 0 ? o.rotation : c->config.rotation};
		rc = plat_window_open(&win, &wo);
		if (rc == OVI_OK)
			kapp_attach_window(&a, win);
	} else {
		rc = plat_headless_open(&hl, o.w > 0 ? o.w : 1920, o.h > 0 ? o.h : 1080);
		if (rc == OVI_OK)
			kapp_attach_headless(&a, hl);
	}
	if (rc < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		kapp_close(&a);
		return EXIT_RUNTIME;
	}
	if (o.replay) {
		if (housekeeping)
			kapp_house_start(&a);
		rc = kapp_replay(&a, o.replay);
	} else {
		kapp_house_start(&a);
		rc = kapp_run_window(&a);
	}
	kapp_close(&a);
	plat_headless_close(hl);
	plat_window_close(win);
	return rc == OVI_OK ? EXIT_OK : rc == OVI_EUSAGE ? EXIT_USAGE : EXIT_RUNTIME;
}
#else
int cmd_run(cli_t *c)
{
	for (int i = 0; i < c->argc; i++)
		if (!strcmp(c->argv[i], "--help") || !strcmp(c->argv[i], "-h")) {
			fputs(tr(tr_env_lang(), run_usage), stdout);
			return EXIT_OK;
		}
	fprintf(stderr, "ovi: this binary was built without the kiosk screens "
			"(-DOVI_BUILD_UI=OFF); see `ovi status`\n");
	return EXIT_RUNTIME;
}
#endif
