/* ovi report: the evaluation page (and workbook) from kiosks' exports. */
#include "cli/cli.h"

#include "core/err.h"
#include "core/tr.h"
#include "core/fs.h"
#include "report/rep.h"

#include <stdio.h>
#include <string.h>

static const char *const report_usage =
	N_("Usage: ovi report [--lang fi|sv|en] [--out FILE.html] EXPORT...\n"
	   "\n"
	   "Makes one page from the counts that kiosks exported: visits by week and by hour,\n"
	   "what was opened, searches that found nothing, languages, \"How was your visit?\",\n"
	   "and the kiosks side by side (which bundle each shows, when each was last seen).\n"
	   "EXPORT is a folder a kiosk exported (ovi-kiosk/ovi-export on a stick, or ovi export\n"
	   "DIR), or a folder holding many (what a network of kiosks uploaded): every folder\n"
	   "below it with counters.csv is one kiosk.\n"
	   "\n"
	   "  --out FILE   the page (default ovi-report.html here); the same counts are\n"
	   "               written beside it as FILE.xlsx and FILE.csv\n"
	   "  --lang L     the page's language: fi, sv or en (default fi)\n"
	   "\n"
	   "Counts below 5 are shown as <5. Open the page in a browser; print it to PDF.\n");

int cmd_report(cli_t *c)
{
	const char *out = "ovi-report.html", *lang = "fi";
	const char *dirs[64];
	int ndirs = 0;
	for (int i = 0; i < c->argc; i++) {
		const char *a = c->argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(tr(tr_env_lang(), report_usage), stdout);
			return EXIT_OK;
		} else if ((!strcmp(a, "--out") || !strcmp(a, "--lang")) && i + 1 < c->argc) {
			*(a[2] == 'o' ? &out : &lang) = c->argv[++i];
		} else if (a[0] == '-' || ndirs == 64) {
			fprintf(stderr, "ovi report: unexpected '%s' (see ovi report --help)\n", a);
			return EXIT_USAGE;
		} else {
			dirs[ndirs++] = a;
		}
	}
	if (!ndirs) {
		fprintf(stderr, "ovi report: which exports? (ovi report FOLDER...)\n");
		return EXIT_USAGE;
	}
	if (strcmp(lang, "fi") && strcmp(lang, "sv") && strcmp(lang, "en")) {
		fprintf(stderr, "ovi report: --lang must be fi, sv or en\n");
		return EXIT_USAGE;
	}
	size_t n = strlen(out);
	if (n < 6 || strcmp(out + n - 5, ".html")) {
		fprintf(stderr, "ovi report: --out must end in .html\n");
		return EXIT_USAGE;
	}
	rep_t r;
	rep_init(&r, lang);
	int rc = 0;
	for (int i = 0; i < ndirs && rc >= 0; i++)
		rc = rep_add_dir(&r, dirs[i]);
	char base[1024];
	snprintf(base, sizeof base, "%.*s", (int)(n - 5), out);
	if (rc >= 0)
		rc = rep_write_html(&r, out);
	if (rc >= 0)
		rc = rep_write_sheets(&r, base);
	if (rc < 0) {
		fprintf(stderr, "ovi report: %s\n", err_last());
		rep_free(&r);
		return rc == OVI_ENOTFOUND || rc == OVI_EREJECT ? EXIT_REJECTED : EXIT_RUNTIME;
	}
	printf("%s: %d kiosk%s, %lld visits; also %s.xlsx and %s.csv\n", out, r.nk,
	       r.nk == 1 ? "" : "s", rep_sum(&r, -1, "visit", NULL), base, base);
	rep_free(&r);
	return EXIT_OK;
}
