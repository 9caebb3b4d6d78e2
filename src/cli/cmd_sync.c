/* ovi sync: bundles from USB sticks, a network folder or a URL, from the command line. */
#include "cli/cli.h"

#include "core/err.h"
#include "core/tr.h"
#include "core/fs.h"
#include "model/model.h"
#include "sync/sync.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static const char *const sync_usage =
	N_("Usage: ovi sync --once [--source PATH_OR_URL]\n"
	   "       ovi sync --watch\n"
	   "\n"
	   "--once checks every source configured in ovi.ini ([sync]: USB sticks mounted under\n"
	   "usb_roots, the network folder, the URL) one time, or only the source named with\n"
	   "--source: an http:// or https:// URL, a stick's mount point (with ovi/ at its top)\n"
	   "or a bundle folder. What is new (a serial above the current one) is imported;\n"
	   "a stick gets ovi-kiosk/ovi-report.txt written back. Then it says what\n"
	   "happened and exits: 0 nothing new or imported, 3 a bundle was refused, 1 a failure.\n"
	   "\n"
	   "--watch does what the running kiosk does in the background: watches every source\n"
	   "and imports what arrives, until Ctrl-C.\n");

static void print_one(const sync_result_t *r, void *ud)
{
	bool bad = r->outcome == SYNC_REJECTED || r->outcome == SYNC_FAILED;
	FILE *out = bad ? stderr : stdout;
	fprintf(out, "%s: %s\n", r->source, r->message);
	for (int i = 0; i < r->reasons.n && r->reasons.total > 1; i++)
		fprintf(out, "  - %s\n", r->reasons.msg[i]);
	if (r->reasons.total > r->reasons.n)
		fprintf(out, "  ... and %d more\n", r->reasons.total - r->reasons.n);
	if (r->report_written)
		fprintf(out, "  report written to the stick (%s/%s)\n", SYNC_KIOSK_DIR,
			SYNC_REPORT_NAME);
	if (bad)
		fprintf(out, "  the kiosk keeps its current content (serial %lld)\n", r->current);
	fflush(out);
}

static int watch(cli_t *c)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	/* Blocked before the threads start, so only sigwait() below sees them. */
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	sync_worker_t *w = NULL;
	if (sync_worker_start(&c->config.sync, c->data_dir, print_one, NULL, &w) < 0) {
		fprintf(stderr, "ovi sync: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	int sig = 0;
	sigwait(&set, &sig);
	sync_worker_stop(w);
	return EXIT_OK;
}

int cmd_sync(cli_t *c)
{
	const char *source = NULL;
	bool once = false, watching = false;
	for (int i = 0; i < c->argc; i++) {
		const char *a = c->argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(tr(tr_env_lang(), sync_usage), stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--once")) {
			once = true;
		} else if (!strcmp(a, "--watch")) {
			watching = true;
		} else if (!strcmp(a, "--source") && i + 1 < c->argc && c->argv[i + 1][0]) {
			source = c->argv[++i];
		} else {
			fprintf(stderr, "ovi sync: unexpected '%s' (see ovi sync --help)\n", a);
			return EXIT_USAGE;
		}
	}
	if (once == watching || (watching && source)) {
		fprintf(stderr, "ovi sync: say --once [--source PATH_OR_URL], or --watch (see ovi "
				"sync --help)\n");
		return EXIT_USAGE;
	}
	if (watching)
		return watch(c);
	model_t *m = NULL;
	if (fs_mkdirs(c->data_dir, 0755) < 0 || cli_open_model(c, &m) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	int rc = sync_once(&c->config.sync, c->data_dir, m, source, print_one, NULL);
	if (rc == OVI_EUSAGE)
		fprintf(stderr, "ovi sync: %s\n", err_last());
	model_close(m);
	return cli_exit_code(rc);
}
