/* ovi status and ovi export. */
#include "cli/cli.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/timeutil.h"
#include "core/str.h"
#include "core/tr.h"
#include "core/utf8.h"
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

/* The column of the values: one past the longest label in the reader's
 * language (counted in characters, not bytes). */
static int value_column;

static void row(const char *label, const char *value)
{
	int pad = value_column - (int)utf8_len(label);
	printf("%s%*s%s\n", label, pad > 1 ? pad : 1, "", value);
}

static void find_column(const char *L)
{
	static const char *const labels[] = {
		"State folder:", "Site:",      "Serial:", "Signed:",	 "Created:",
		"Imported:",	 "Languages:", "Held:",	  "Last import:"};
	value_column = 0;
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		int n = (int)utf8_len(tr(L, labels[i])) + 1;
		value_column = n > value_column ? n : value_column;
	}
}

int cmd_status(cli_t *c)
{
	const char *L = tr_env_lang();
	find_column(L);
	if (wants_help(c)) {
		fputs(TR(tr_env_lang(), "Usage: ovi status\n\nShows the current bundle (site, "
					"serial, signing key, "
					"when it was imported,\nunsigned or not), the last "
					"import's result and how "
					"many rows each table holds.\n"),
		      stdout);
		return EXIT_OK;
	}
	if (c->argc > 0) {
		fprintf(stderr, "ovi status: unexpected '%s'\n", c->argv[0]);
		return EXIT_USAGE;
	}
	char db[4200];
	snprintf(db, sizeof db, "%s/ovi.db", c->data_dir);
	if (access(db, F_OK) != 0) {
		row(TR(L, "State folder:"), c->data_dir);
		printf("%s\n", TR(L, "No content yet: nothing has been imported here."));
		return EXIT_OK;
	}
	model_t *m = NULL;
	if (cli_open_model(c, &m) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	row(TR(L, "State folder:"), c->data_dir);
	bundle_record_t b;
	int rc = model_current_bundle(m, &b);
	if (rc == OVI_OK) {
		char created[17], imported[17], v[512];
		fmt_datetime(b.created, created);
		fmt_datetime(b.imported, imported);
		row(TR(L, "Site:"), b.site);
		snprintf(v, sizeof v, "%lld", (long long)b.serial);
		row(TR(L, "Serial:"), v);
		if (b.unsigned_)
			snprintf(v, sizeof v, "%s",
				 TR(L, "NO - unsigned, accepted in development mode"));
		else
			snprintf(v, sizeof v, TR(L, "yes, key id %s"), b.keyid);
		row(TR(L, "Signed:"), v);
		row(TR(L, "Created:"), created);
		snprintf(v, sizeof v, TR(L, "%s from %s"), imported, b.source);
		row(TR(L, "Imported:"), v);
		snprintf(v, sizeof v, TR(L, "%s (default %s)"), b.languages, b.default_lang);
		row(TR(L, "Languages:"), v);
		int64_t held = 0;
		if (model_bundle_hold(m, &held) == OVI_OK && held) {
			snprintf(v, sizeof v,
				 TR(L,
				    "serial %lld was rolled back: only a bundle with a serial "
				    "above %lld replaces this one (sync does not bring %lld back)"),
				 (long long)held, (long long)held, (long long)held);
			row(TR(L, "Held:"), v);
		}
	} else if (rc == OVI_ENOTFOUND) {
		printf("%s\n", TR(L, "No content yet: nothing has been imported here."));
	} else {
		fprintf(stderr, "ovi: %s\n", err_last());
		model_close(m);
		return EXIT_RUNTIME;
	}
	import_log_t last;
	if (model_last_import(m, &last) == OVI_OK) {
		char when[17];
		fmt_datetime(last.when, when);
		char v[1400];
		snprintf(v, sizeof v, TR(L, "%s %s (serial %lld from %s)%s%s"), when,
			 last.ok ? TR(L, "accepted") : TR(L, "REFUSED"), (long long)last.serial,
			 last.source, last.ok ? "" : ": ", last.ok ? "" : last.message);
		row(TR(L, "Last import:"), v);
	}
	table_count_t counts[64];
	int n = model_table_counts(m, counts, 64);
	if (n > 0) {
		printf("%s\n", TR(L, "Rows:"));
		for (int i = 0; i < n; i++)
			printf("  %-18s %lld\n", counts[i].name, (long long)counts[i].rows);
	}
	model_close(m);
	return EXIT_OK;
}

int cmd_export(cli_t *c)
{
	if (wants_help(c)) {
		fputs(TR(tr_env_lang(),
			 "Usage: ovi export DIR\n       ovi export --stick [MOUNT_POINT]\n\n"
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
			 "can be pulled out.\n"),
		      stdout);
		return EXIT_OK;
	}
	bool stick = c->argc >= 1 && !strcmp(c->argv[0], "--stick");
	if (stick ? c->argc > 2 || (c->argc == 2 && c->argv[1][0] == '-')
		  : c->argc != 1 || c->argv[0][0] == '-') {
		fprintf(stderr, "ovi export: %s\n",
			TR(tr_env_lang(), "give one folder (ovi export DIR), or --stick"));
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
			fprintf(stderr,
				TR(tr_env_lang(),
				   "  (%s; nothing on the kiosk was changed or lost)\n"),
				sync_stick_problem_name(why));
		return rc == OVI_ENOTFOUND ? EXIT_REJECTED : EXIT_RUNTIME;
	}
	const char *L = tr_env_lang();
	printf(stick ? TR(L, "Exported to %s on the stick; it can be pulled out")
		     : TR(L, "Exported to %s"),
	       where);
	printf("\n");
	return EXIT_OK;
}
