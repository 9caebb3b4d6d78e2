/* ovi status and ovi export. */
#include "cli/cli.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/timeutil.h"
#include "core/str.h"
#include "model/model.h"
#include "sync/sync.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static bool wants_help(const cli_t *c)
{
	for (int i = 0; i < c->argc; i++)
		if (!strcmp(c->argv[i], "--help") || !strcmp(c->argv[i], "-h"))
			return true;
	return false;
}

int cmd_status(cli_t *c)
{
	if (wants_help(c)) {
		printf("Usage: ovi status\n\nShows the current bundle (site, serial, signing key, "
		       "when it was imported,\nunsigned or not), the last import's result and how "
		       "many rows each table holds.\n");
		return EXIT_OK;
	}
	if (c->argc > 0) {
		fprintf(stderr, "ovi status: unexpected '%s'\n", c->argv[0]);
		return EXIT_USAGE;
	}
	char db[4200];
	snprintf(db, sizeof db, "%s/ovi.db", c->data_dir);
	if (access(db, F_OK) != 0) {
		printf("State folder: %s\nNo content yet: nothing has been imported here.\n",
		       c->data_dir);
		return EXIT_OK;
	}
	model_t *m = NULL;
	if (cli_open_model(c, &m) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	printf("State folder: %s\n", c->data_dir);
	bundle_record_t b;
	int rc = model_current_bundle(m, &b);
	if (rc == OVI_OK) {
		char created[17], imported[17];
		fmt_datetime(b.created, created);
		fmt_datetime(b.imported, imported);
		printf("Site:         %s\n", b.site);
		printf("Serial:       %lld\n", (long long)b.serial);
		printf("Signed:       %s%s\n",
		       b.unsigned_ ? "NO - unsigned, accepted in development "
				     "mode"
				   : "yes, key id ",
		       b.unsigned_ ? "" : b.keyid);
		printf("Created:      %s\n", created);
		printf("Imported:     %s from %s\n", imported, b.source);
		printf("Languages:    %s (default %s)\n", b.languages, b.default_lang);
		int64_t held = 0;
		if (model_bundle_hold(m, &held) == OVI_OK && held)
			printf("Held:         serial %lld was rolled back: only a bundle with a "
			       "serial above %lld replaces this one (sync does not bring %lld "
			       "back)\n",
			       (long long)held, (long long)held, (long long)held);
	} else if (rc == OVI_ENOTFOUND) {
		printf("No content yet: nothing has been imported here.\n");
	} else {
		fprintf(stderr, "ovi: %s\n", err_last());
		model_close(m);
		return EXIT_RUNTIME;
	}
	import_log_t last;
	if (model_last_import(m, &last) == OVI_OK) {
		char when[17];
		fmt_datetime(last.when, when);
		printf("Last import:  %s %s (serial %lld from %s)%s%s\n", when,
		       last.ok ? "accepted" : "REFUSED", (long long)last.serial, last.source,
		       last.ok ? "" : ": ", last.ok ? "" : last.message);
	}
	table_count_t counts[64];
	int n = model_table_counts(m, counts, 64);
	if (n > 0) {
		printf("Rows:\n");
		for (int i = 0; i < n; i++)
			printf("  %-18s %lld\n", counts[i].name, (long long)counts[i].rows);
	}
	model_close(m);
	return EXIT_OK;
}

int cmd_export(cli_t *c)
{
	if (wants_help(c)) {
		printf("Usage: ovi export DIR\n       ovi export --stick [MOUNT_POINT]\n\n"
		       "Writes what the kiosk collected into DIR as CSV (UTF-8): sign-ups, "
		       "anonymous\nquestions, group ideas and the anonymous counts by hour "
		       "(counters.csv), with\nstatus.ini (this kiosk, its content) and the "
		       "evaluation made from the counts\n(evaluation.xlsx, evaluation.csv; "
		       "ovi report makes a page of many). Nothing in\nthe counts identifies "
		       "a person.\n"
		       "--stick writes them onto the USB stick (the first one under ovi.ini's "
		       "usb_roots,\nor the one mounted at MOUNT_POINT), into "
		       "ovi-kiosk/ovi-export/, "
		       "as staff's\n\"Export to stick\" does, and flushes the stick so that it "
		       "can be pulled out.\n");
		return EXIT_OK;
	}
	bool stick = c->argc >= 1 && !strcmp(c->argv[0], "--stick");
	if (stick ? c->argc > 2 || (c->argc == 2 && c->argv[1][0] == '-')
		  : c->argc != 1 || c->argv[0][0] == '-') {
		fprintf(stderr, "ovi export: give one folder (ovi export DIR), or --stick\n");
		return EXIT_USAGE;
	}
	model_t *m = NULL;
	if (cli_open_model(c, &m) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	int rc;
	char where[1100];
	sync_stick_problem_t why = STICK_OK;
	if (stick) {
		rc = sync_usb_export(&c->config.sync, m, c->argc == 2 ? c->argv[1] : NULL, where,
				     sizeof where, &why);
	} else {
		str_copy(where, sizeof where, c->argv[0]);
		rc = fs_mkdirs(c->argv[0], 0755);
		if (rc == OVI_OK)
			rc = sync_export_dir(&c->config.sync, m, c->data_dir, c->argv[0], NULL);
	}
	model_close(m);
	if (rc < 0) {
		fprintf(stderr, "ovi export: %s\n", err_last());
		if (stick && why != STICK_OK)
			fprintf(stderr, "  (%s; nothing on the kiosk was changed or lost)\n",
				sync_stick_problem_name(why));
		return rc == OVI_ENOTFOUND ? EXIT_REJECTED : EXIT_RUNTIME;
	}
	printf("Exported to %s%s\n", where, stick ? " on the stick; it can be pulled out" : "");
	return EXIT_OK;
}
