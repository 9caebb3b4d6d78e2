/*
 * libFuzzer target for the sheets: sheet.c's fields and load.c's checks
 * across sheets (bundle_load()), on the demo bundle with one of its sheets
 * replaced by the input (the first byte chooses which). Any bytes must give
 * either content or refusals with messages, never a crash, a leak or an
 * out-of-bounds read. The demo is copied once into a temporary folder.
 */
#include "bundle/load.h"
#include "bundle/manifest.h"
#include "core/err.h"
#include "core/fs.h"
#include "core/mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const sheets[] = {"site.csv",     "hours.csv",    "organisations.csv",
				     "people.csv",   "roster.csv",   "exceptions.csv",
				     "topics.csv",   "help.csv",     "groups.csv",
				     "sessions.csv", "services.csv", "words.csv"};
#define NSHEETS (int)(sizeof sheets / sizeof sheets[0])

static char dir[64];
static manifest_t *man;
static char *orig[NSHEETS];
static size_t orig_len[NSHEETS];

/* A plain write (no fsync: thousands of runs a second). */
static void put(const char *name, const void *p, size_t n)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0)
		abort();
}

static void cleanup(void)
{
	fs_rmtree(dir);
}

static void setup(void)
{
	strcpy(dir, "/tmp/ovi-fuzz-sheet-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	atexit(cleanup);
	char path[4200], *text = NULL;
	size_t len = 0;
	snprintf(path, sizeof path, "%s/content/manifest.txt", OVI_SOURCE_DIR);
	if (fs_read_file(path, 1 << 20, &text, &len) < 0 || manifest_parse(text, len, &man) < 0)
		abort();
	ovi_free(text);
	for (int i = 0; i < NSHEETS; i++) {
		snprintf(path, sizeof path, "%s/content/%s", OVI_SOURCE_DIR, sheets[i]);
		if (fs_read_file(path, 1 << 24, &orig[i], &orig_len[i]) < 0)
			abort();
		put(sheets[i], orig[i], orig_len[i]);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!man)
		setup();
	if (size < 1)
		return 0;
	int k = data[0] % NSHEETS;
	put(sheets[k], data + 1, size - 1);
	content_t *c = NULL;
	errlist_t errs = {0}, notes = {0};
	int rc = bundle_load(dir, man, &c, &errs, &notes, "fi");
	if (rc == OVI_OK && (!c || errs.total))
		abort();
	if (rc != OVI_OK && (c || (rc == OVI_EREJECT && !errs.total) || !err_last()[0]))
		abort();
	for (int i = 0; i < errs.n; i++)
		if (!errs.msg[i] || !errs.msg[i][0])
			abort();
	content_free(c);
	errlist_clear(&errs);
	errlist_clear(&notes);
	put(sheets[k], orig[k], orig_len[k]);
	return 0;
}
