/* ovi check, import, pack: content bundles from the command line. */
#include "cli/cli.h"

#include "bundle/import.h"
#include "core/err.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "core/tr.h"
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* In the coordinator's language (r->lang: --lang, or $LANG). */
static void print_result(const char *path, const import_result_t *r, int rc, bool check)
{
	const char *L = r->lang;
	for (int i = 0; i < r->notes.n; i++)
		printf("%s: %s: %s\n", path, TR(L, "note"), r->notes.msg[i]);
	if (rc == OVI_OK) {
		char created[17];
		fmt_datetime(r->meta.created, created);
		printf(TR(L, "%s: %s: site %s, serial %lld, created %s, %d files, %lld KB, %s"),
		       path, check ? TR(L, "the bundle is fine") : TR(L, "imported"), r->meta.site,
		       (long long)r->meta.serial, created, r->nfiles, r->bytes / 1024,
		       r->unsigned_ ? TR(L, "UNSIGNED (accepted in development mode)")
				    : TR(L, "signed"));
		printf("\n");
		if (!r->unsigned_)
			printf("  %s %s\n", TR(L, "key id"), r->keyid);
		return;
	}
	if (rc == OVI_EREJECT) {
		int n = r->errors.total;
		fprintf(stderr,
			n == 1 ? TR(L, "%s: the bundle is refused (%d problem):")
			       : TR(L, "%s: the bundle is refused (%d problems):"),
			path, n);
		fprintf(stderr, "\n");
		for (int i = 0; i < r->errors.n; i++)
			fprintf(stderr, "  %s\n", r->errors.msg[i]);
		if (r->errors.total > r->errors.n) {
			fprintf(stderr, TR(L, "  ... and %d more"), r->errors.total - r->errors.n);
			fprintf(stderr, "\n");
		}
		if (r->errors.total == 0)
			fprintf(stderr, "  %s\n", err_last());
		if (!check)
			fprintf(stderr, "%s\n", TR(L, "The kiosk keeps its current content."));
		return;
	}
	fprintf(stderr, "ovi: %s\n", err_last());
}

static bool access_db_exists(const cli_t *c)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", c->data_dir);
	return access(path, F_OK) == 0;
}

static int content_cmd(cli_t *c, bool check)
{
	const char *path = NULL;
	bool force = false;
	/* ovi check --key: the coordinator's own public key(s) instead of what
	 * the kiosk configuration trusts; a signature is then required. */
	minisign_pubkey_t keys[CONFIG_MAX_KEYS];
	int nkeys = 0;
	const char *lang = tr_env_lang();
	for (int i = 0; i < c->argc; i++) {
		if (!strcmp(c->argv[i], "--help") || !strcmp(c->argv[i], "-h")) {
			if (check)
				fputs(TR(tr_env_lang(),
					 "Usage: ovi check [--key site.pub] [--lang fi|sv|en] "
					 "PATH\n\nChecks the bundle "
					 "folder PATH the way the kiosk would (signature, "
					 "manifest,\nevery "
					 "sheet and picture) and lists every problem. Changes "
					 "nothing.\n"
					 "  --key FILE  check the signature against this public "
					 "key "
					 "(the "
					 "one made\n              with minisign -G), not the keys "
					 "this "
					 "computer's ovi.ini trusts;\n              may be given "
					 "more than "
					 "once\nExit 0 when the kiosk would accept it, 3 when "
					 "not.\n"),
				      stdout);
			else
				fputs(TR(tr_env_lang(),
					 "Usage: ovi import [--force] PATH\n\nChecks the bundle "
					 "folder "
					 "PATH and makes it the kiosk's content in one step.\nOn "
					 "any "
					 "problem the current content stays as it was.\n  --force  "
					 "accept "
					 "a serial that is not above the current one (a "
					 "rollback)\nExit 0 "
					 "imported, 3 refused, 1 failure.\n"),
				      stdout);
			return EXIT_OK;
		} else if (!check && !strcmp(c->argv[i], "--force")) {
			force = true;
		} else if (!strcmp(c->argv[i], "--lang") && i + 1 < c->argc) {
			lang = c->argv[++i];
		} else if (check && !strcmp(c->argv[i], "--key")) {
			if (i + 1 >= c->argc) {
				fprintf(stderr,
					"ovi check: --key needs a public key file (site.pub)\n");
				return EXIT_USAGE;
			}
			if (nkeys == CONFIG_MAX_KEYS) {
				fprintf(stderr, "ovi check: at most %d keys\n", CONFIG_MAX_KEYS);
				return EXIT_USAGE;
			}
			if (bundle_read_pubkey(c->argv[++i], &keys[nkeys]) < 0) {
				fprintf(stderr, "ovi check: %s\n", err_last());
				return EXIT_USAGE;
			}
			nkeys++;
		} else if (c->argv[i][0] == '-' || path) {
			fprintf(stderr, "ovi %s: unexpected '%s' (see ovi %s --help)\n",
				check ? "check" : "import", c->argv[i], check ? "check" : "import");
			return EXIT_USAGE;
		} else {
			path = c->argv[i];
		}
	}
	if (!path) {
		fprintf(stderr, "ovi %s: which bundle folder? (ovi %s PATH)\n",
			check ? "check" : "import", check ? "check" : "import");
		return EXIT_USAGE;
	}
	model_t *m = NULL;
	int rc;
	if (!check || access_db_exists(c)) {
		if ((rc = cli_open_model(c, &m)) < 0) {
			fprintf(stderr, "ovi: %s\n", err_last());
			return EXIT_RUNTIME;
		}
	}
	char source[300];
	snprintf(source, sizeof source, "cli:%s", path);
	import_opts_t o = {
		.data_dir = c->data_dir,
		.keys = nkeys ? keys : c->config.keys,
		.nkeys = nkeys ? nkeys : c->config.nkeys,
		.allow_unsigned = nkeys ? false : c->config.development,
		.lang = lang,
		.force = force,
		.check_only = check,
		.source = source,
	};
	import_result_t r;
	rc = bundle_import(path, &o, m, &r);
	print_result(path, &r, rc, check);
	if (nkeys && rc == OVI_EREJECT) {
		fprintf(stderr, "%s",
			nkeys > 1 ? TR(lang, "Checked against the keys given with --key:")
				  : TR(lang, "Checked against the key given with --key:"));
		for (int i = 0; i < nkeys; i++) {
			char hex[17];
			minisign_keyid_hex(keys[i].keyid, hex);
			fprintf(stderr, " %s", hex);
		}
		fprintf(stderr, ".\n");
	}
	import_result_clear(&r);
	model_close(m);
	return cli_exit_code(rc);
}

int cmd_check(cli_t *c)
{
	return content_cmd(c, true);
}
int cmd_import(cli_t *c)
{
	return content_cmd(c, false);
}

int cmd_pack(cli_t *c)
{
	pack_opts_t o = {0};
	const char *dir = NULL;
	for (int i = 0; i < c->argc; i++) {
		const char *a = c->argv[i];
		bool has_value = i + 1 < c->argc;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(TR(tr_env_lang(),
				 "Usage: ovi pack [--site ID] [--languages fi,sv,en] [--default "
				 "fi] "
				 "[--serial N] DIR\n\n"
				 "Writes DIR/manifest.txt: every file of the bundle folder with "
				 "its "
				 "size and\nSHA-256, and a serial one above the previous "
				 "manifest's. "
				 "Then sign it:\n  minisign -S -s site.key -m DIR/manifest.txt\n"),
			      stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--site") && has_value) {
			o.site = c->argv[++i];
		} else if (!strcmp(a, "--languages") && has_value) {
			o.languages = c->argv[++i];
		} else if (!strcmp(a, "--default") && has_value) {
			o.default_language = c->argv[++i];
		} else if (!strcmp(a, "--serial") && has_value) {
			o.serial = atoll(c->argv[++i]);
			if (o.serial <= 0) {
				fprintf(stderr, "ovi pack: --serial must be a positive number\n");
				return EXIT_USAGE;
			}
		} else if (a[0] == '-' || dir) {
			fprintf(stderr, "ovi pack: unexpected '%s' (see ovi pack --help)\n", a);
			return EXIT_USAGE;
		} else {
			dir = a;
		}
	}
	if (!dir) {
		fprintf(stderr, "ovi pack: which folder? (ovi pack DIR)\n");
		return EXIT_USAGE;
	}
	long long serial = 0;
	int rc = bundle_pack(dir, &o, &serial);
	if (rc < 0) {
		fprintf(stderr, "ovi pack: %s\n", err_last());
		return cli_exit_code(rc);
	}
	printf("%s/manifest.txt written (serial %lld). Now sign it:\n"
	       "  minisign -S -s site.key -m %s/manifest.txt\n",
	       dir, serial, dir);
	return EXIT_OK;
}

int cmd_rollback(cli_t *c)
{
	if (c->argc > 0 && (!strcmp(c->argv[0], "--help") || !strcmp(c->argv[0], "-h"))) {
		fputs(TR(tr_env_lang(), "Usage: ovi rollback\n\nGoes back to the bundle that was "
					"in use before the "
					"current one (the kiosk keeps\nit). Its signature is "
					"checked again. Exit 0 "
					"done, 3 when there is none.\n"),
		      stdout);
		return EXIT_OK;
	}
	if (c->argc > 0) {
		fprintf(stderr, "ovi rollback: unexpected '%s'\n", c->argv[0]);
		return EXIT_USAGE;
	}
	model_t *m = NULL;
	if (cli_open_model(c, &m) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	import_opts_t o = {
		.data_dir = c->data_dir,
		.keys = c->config.keys,
		.nkeys = c->config.nkeys,
		.allow_unsigned = c->config.development,
	};
	import_result_t r;
	int rc = bundle_rollback(&o, m, &r);
	if (rc == OVI_OK)
		print_result("rollback", &r, rc, false);
	else if (r.errors.total)
		print_result("rollback", &r, rc, false);
	else
		fprintf(stderr, "ovi rollback: %s\n", err_last());
	import_result_clear(&r);
	model_close(m);
	return cli_exit_code(rc);
}
