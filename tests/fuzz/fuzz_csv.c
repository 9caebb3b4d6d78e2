/*
 * libFuzzer target for csv_parse(): any bytes must give either a csv whose
 * invariants hold or a refusal with a message, never a crash, a leak or an
 * out-of-bounds read.
 */
#include "bundle/csv.h"
#include "core/err.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const csv_row_t *r, int ncols, int prev_line)
{
	if (r->ncols != ncols || r->line <= prev_line || !r->cols)
		abort();
	for (int i = 0; i < ncols; i++) {
		size_t n = strlen(r->cols[i]);
		if (n > CSV_MAX_FIELD || !utf8_valid(r->cols[i], n, NULL))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	csv_t *c = NULL;
	int rc = csv_parse("fuzz.csv", (const char *)data, size, &c);
	if (rc) {
		if (c || (rc != OVI_EREJECT && rc != OVI_ENOMEM) || !err_last()[0])
			abort();
		return 0;
	}
	if (c->sep != ',' && c->sep != ';')
		abort();
	if (c->header.ncols < 1 || c->header.ncols > CSV_MAX_COLS)
		abort();
	if (c->nrows < 0 || c->nrows > CSV_MAX_ROWS)
		abort();
	check(&c->header, c->header.ncols, 0);
	int line = c->header.line;
	for (int r = 0; r < c->nrows; r++) {
		check(&c->rows[r], c->header.ncols, line);
		line = c->rows[r].line;
	}
	for (int i = 0; i < c->header.ncols; i++) {
		int k = csv_col(c, c->header.cols[i]);
		if (k < 0 || k > i)
			abort();
	}
	csv_free(c);
	return 0;
}
