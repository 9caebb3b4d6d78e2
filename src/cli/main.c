/*
 * ovi: the kiosk program and its command line.
 */
#include "cli/cli.h"
#include "app/app_data.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/paths.h"
#include "core/timeutil.h"
#include "core/tr.h"
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const usage =
	N_("Usage: ovi [OPTIONS] [COMMAND [ARGS]]\n"
	   "\n"
	   "Ovi is the touch kiosk of a youth drop-in space. Without a command it runs the\n"
	   "kiosk; with an empty state folder it first imports the demo content.\n"
	   "\n"
	   "Commands:\n"
	   "  check PATH      check a content bundle; change nothing\n"
	   "  import PATH     check a bundle and make it the kiosk's content\n"
	   "  status          show the current bundle and what the database holds\n"
	   "  export DIR      write what the kiosk collected (sign-ups, questions, counts) as CSV\n"
	   "  report EXPORT.. the evaluation page from kiosks' exports (and a workbook)\n"
	   "  pack DIR        write a bundle folder's manifest.txt (before signing it)\n"
	   "  rollback        go back to the bundle before the current one\n"
	   "  sync --once     import what is new from USB sticks, the network folder, the URL\n"
	   "  selfcheck       check that this installation works (database, content, fonts)\n"
	   "  screenshot      render one kiosk screen into a PNG (--list names them)\n"
	   "  preview DIR     a bundle's screens as the kiosk would show them, before signing\n"
	   "  staff-pin       add, list, rename or remove staff PINs (staff mode)\n"
	   "\n"
	   "The kiosk's own options (ovi run --help for all):\n"
	   "  --windowed [--size WxH]   in a window instead of fullscreen\n"
	   "  --rotate 0|90|180|270     turn the picture (a portrait screen)\n"
	   "  --large-text, --high-contrast\n"
	   "  --replay FILE             run a test script (headless unless --windowed)\n"
	   "\n"
	   "Options:\n"
	   "  --data DIR      the state folder (default $OVI_DATA, else $XDG_DATA_HOME/ovi)\n"
	   "  --config FILE   the configuration (default /etc/ovi/ovi.ini, else DIR/ovi.ini)\n"
	   "  --now \"YYYY-MM-DD HH:MM\"  use this time instead of the clock\n"
	   "  -v, --verbose   more messages\n"
	   "  -h, --help      this help; `ovi COMMAND --help` for a command's own\n"
	   "  --version       the version\n"
	   "\n"
	   "Exit codes: 0 ok, 1 failure, 2 wrong usage, 3 content rejected.\n");

int cli_exit_code(int rc)
{
	switch (rc) {
	case OVI_OK:
		return EXIT_OK;
	case OVI_EREJECT:
		return EXIT_REJECTED;
	case OVI_EUSAGE:
		return EXIT_USAGE;
	default:
		return EXIT_RUNTIME;
	}
}

int cli_open_model(cli_t *c, model_t **out)
{
	return app_data_open_model(c->data_dir, out);
}

static int need_value(int argc, char **argv, int i)
{
	if (i + 1 >= argc || !argv[i + 1][0]) {
		fprintf(stderr, "ovi: %s needs a value\n", argv[i]);
		return 0;
	}
	return 1;
}

/* Applies the global option at argv[*i] (advancing *i past its value).
 * Returns 1 when it was one, 0 when not, or an exit code + 100 to stop. */
static int global_option(cli_t *c, const char **data, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
		log_set_level(OVI_LOG_DEBUG);
	} else if (!strcmp(a, "--data")) {
		if (!need_value(argc, argv, *i))
			return 100 + EXIT_USAGE;
		*data = argv[++*i];
	} else if (!strcmp(a, "--config")) {
		if (!need_value(argc, argv, *i))
			return 100 + EXIT_USAGE;
		c->config_path = argv[++*i];
	} else if (!strcmp(a, "--now")) {
		if (!need_value(argc, argv, *i))
			return 100 + EXIT_USAGE;
		wall_t t = parse_datetime(argv[++*i]);
		if (t < 0) {
			fprintf(stderr,
				"ovi: --now '%s' is not a time like \"2026-11-23 "
				"10:30\"\n",
				argv[*i]);
			return 100 + EXIT_USAGE;
		}
		clock_set(t);
	} else {
		return 0;
	}
	return 1;
}

int main(int argc, char **argv)
{
	cli_t c = {0};
	const char *data = NULL;
	int i = 1;
	/* The command line's messages in the reader's language ($LANG); an
	 * import or a check may say its own in --lang or the site's. */
	err_lang_set(tr_env_lang());
	/* Global options come before the command; the run command takes the rest. */
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(tr(tr_env_lang(), usage), stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--version")) {
			printf("ovi %s\n", OVI_VERSION);
			return EXIT_OK;
		}
		int g = global_option(&c, &data, argc, argv, &i);
		if (g >= 100)
			return g - 100;
		if (!g)
			break; /* an option of the kiosk itself (ovi --windowed ...) */
	}
	/* The kiosk's options and the global ones may mix (ovi --windowed
	 * --data DIR): the global ones are taken out wherever they are. */
	char **rest = NULL;
	int nrest = 0;
	if (i < argc && argv[i][0] == '-') {
		rest = calloc((size_t)(argc - i + 1), sizeof *rest);
		if (!rest)
			return EXIT_RUNTIME;
		for (; i < argc; i++) {
			int g = global_option(&c, &data, argc, argv, &i);
			if (g >= 100) {
				free(rest);
				return g - 100;
			}
			if (!g)
				rest[nrest++] = argv[i];
		}
	}
	if (paths_data_dir(data, c.data_dir, sizeof c.data_dir) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		free(rest);
		return EXIT_USAGE;
	}

	const char *cmd = i < argc && argv[i][0] != '-' ? argv[i] : "run";
	if (i < argc && argv[i][0] != '-')
		i++;
	c.argc = rest ? nrest : argc - i;
	c.argv = rest ? rest : argv + i;

	static const struct {
		const char *name;
		int (*fn)(cli_t *);
		bool needs_config;
	} cmds[] = {
		{"check", cmd_check, true},
		{"import", cmd_import, true},
		{"status", cmd_status, false},
		{"export", cmd_export, true},
		{"report", cmd_report, false},
		{"preview", cmd_preview, false},
		{"pack", cmd_pack, false},
		{"run", cmd_run, true},
		{"rollback", cmd_rollback, true},
		{"screenshot", cmd_screenshot, false},
		{"sync", cmd_sync, true},
		{"selfcheck", cmd_selfcheck, true},
		{"staff-pin", cmd_staff_pin, false},
	};
	for (size_t k = 0; k < sizeof cmds / sizeof cmds[0]; k++) {
		if (strcmp(cmd, cmds[k].name))
			continue;
		bool help = false;
		for (int j = 0; j < c.argc; j++)
			help |= !strcmp(c.argv[j], "--help") || !strcmp(c.argv[j], "-h");
		int rc;
		if (cmds[k].needs_config && !help &&
		    config_load(c.config_path, c.data_dir, &c.config) < 0) {
			fprintf(stderr, "ovi: %s\n", err_last());
			rc = EXIT_USAGE;
		} else {
			rc = cmds[k].fn(&c);
		}
		free(rest);
		return rc;
	}
	free(rest);
	fprintf(stderr, "ovi: unknown command '%s' (see ovi --help)\n", cmd);
	return EXIT_USAGE;
}
