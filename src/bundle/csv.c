#include "bundle/csv.h"
#include "bundle/csv_text.h"

#include "core/err.h"
#include "core/mem.h"
#include "core/tr.h"
#include "core/utf8.h"

#include <iconv.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/*
 * The csv_t handed out is the first member of this store, so csv_free() finds
 * everything from the pointer it gets. All fields live in one buffer (they
 * never need more bytes than the file: quotes and separators pay for the
 * NULs), all column pointers in one array, rows in another: four
 * allocations, whatever the size of the sheet.
 */
typedef struct csv_store {
	csv_t pub;
	char *buf;
	char **colv;
	size_t ncolv, capcolv;
	size_t caprows;
} csv_store_t;

typedef struct parser {
	const char *name;
	const char *d;
	size_t n, pos;
	int line;	   /* physical line of pos, 1-based */
	size_t line_start; /* offset where that line starts */
	char sep;	   /* 0: one column, nothing separates */
	int max_rows;
	const char *lang; /* the messages' language (core/tr.h) */
	char *w;	  /* next free byte of the field buffer */
	/* The row being parsed. */
	int nf, row_line;
	char *f[CSV_MAX_COLS];
	int fline[CSV_MAX_COLS];
} parser_t;

static bool is_blank_char(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_blank(const char *s)
{
	for (; *s; s++)
		if (!is_blank_char(*s))
			return false;
	return true;
}

static void sheet_letter(int col, char out[4])
{
	if (col < 26) {
		out[0] = (char)('A' + col);
		out[1] = 0;
	} else {
		out[0] = (char)('A' + col / 26 - 1);
		out[1] = (char)('A' + col % 26);
		out[2] = 0;
	}
}

/* "people.csv line 14, column C: " + msg (already in p->lang): the column
 * as the spreadsheet names it (cell is 0-based), never a character position. */
static int fail_cell(const parser_t *p, int line, int cell, const char *msg)
{
	char letter[4];
	sheet_letter(cell, letter);
	return err_set(OVI_EREJECT, TR(p->lang, "%s line %d, column %s: %s"), p->name, line, letter,
		       msg);
}

/* fmt is the English msgid (xgettext --keyword=fail_at:4), said in p->lang. */
static int fail_at(const parser_t *p, int line, int cell, const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, TR(p->lang, fmt), ap);
	va_end(ap);
	return fail_cell(p, line, cell, msg);
}

/* Consumes one line end (CRLF, LF or a lone CR) at pos. */
static void newline(parser_t *p)
{
	if (p->d[p->pos] == '\r' && p->pos + 1 < p->n && p->d[p->pos + 1] == '\n')
		p->pos++;
	p->pos++;
	p->line++;
	p->line_start = p->pos;
}

static bool is_end(const parser_t *p, char c)
{
	return c == '\r' || c == '\n' || (p->sep && c == p->sep);
}

/*
 * Skims the row at pos without storing it: whether any cell has content, and
 * how many ',' and ';' are outside quotes. Moves pos to the next row. Errors
 * are left to parse_row(), which reads the same bytes again.
 */
static bool scan_row(parser_t *p, int *ncomma, int *nsemi)
{
	bool content = false, inq = false;
	*ncomma = *nsemi = 0;
	while (p->pos < p->n) {
		char c = p->d[p->pos];
		if (inq && c == '"') {
			if (p->pos + 1 < p->n && p->d[p->pos + 1] == '"') {
				content = true;
				p->pos++;
			} else {
				inq = false;
			}
		} else if (c == '\r' || c == '\n') {
			newline(p);
			if (!inq)
				return content;
			continue;
		} else if (inq) {
			content |= !is_blank_char(c);
		} else if (c == '"') {
			inq = true;
		} else if (c == ',') {
			(*ncomma)++;
		} else if (c == ';') {
			(*nsemi)++;
		} else {
			content |= !is_blank_char(c);
		}
		p->pos++;
	}
	return content || inq;
}

/* A problem in the cell being read (p->nf) on the line being read
 * (xgettext --keyword=fail_field:2). */
static int fail_field(parser_t *p, const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, TR(p->lang, fmt), ap);
	va_end(ap);
	return fail_cell(p, p->line, p->nf, msg);
}

static int parse_quoted(parser_t *p, size_t q, char *start)
{
	const char *d = p->d;
	int oline = p->line;
	p->pos = q + 1;
	for (;;) {
		if (p->pos >= p->n)
			return fail_at(p, oline, p->nf, "a quote opened here is never closed");
		char c = d[p->pos];
		if (c == '"') {
			if (p->pos + 1 >= p->n || d[p->pos + 1] != '"') {
				p->pos++;
				break;
			}
			*p->w++ = '"';
			p->pos += 2;
		} else if (c == '\r' || c == '\n') {
			/* Line breaks inside a cell become "\n", whatever the file uses. */
			newline(p);
			*p->w++ = '\n';
		} else {
			*p->w++ = c;
			p->pos++;
		}
		if (p->w - start > CSV_MAX_FIELD)
			return fail_at(p, oline, p->nf,
				       "the quoted cell that starts here is longer than %d bytes, "
				       "the most a cell may have (is its closing quote missing?)",
				       CSV_MAX_FIELD);
	}
	while (p->pos < p->n && (d[p->pos] == ' ' || d[p->pos] == '\t'))
		p->pos++;
	if (p->pos < p->n && !is_end(p, d[p->pos])) {
		if (oline != p->line)
			return fail_field(
				p,
				"text after the closing quote of a cell. That cell's "
				"quote opened at line %d: is a quote missing "
				"or extra there? (A quote inside a cell is written twice: "
				"\"\")",
				oline);
		return fail_field(p, "text after the closing quote of a cell. A quote inside a "
				     "cell must be written twice (\"\"), and the whole cell put in "
				     "quotes.");
	}
	return 0;
}

/* Reads one cell at pos into the buffer; pos stops at its separator or line end. */
static int parse_field(parser_t *p)
{
	const char *d = p->d;
	int i = p->nf;
	char *start = p->w;
	size_t q = p->pos;
	while (q < p->n && (d[q] == ' ' || d[q] == '\t'))
		q++;
	p->f[i] = start;
	p->fline[i] = p->line;
	if (q < p->n && d[q] == '"') {
		int rc = parse_quoted(p, q, start);
		if (rc)
			return rc;
	} else {
		while (p->pos < p->n && !is_end(p, d[p->pos])) {
			if (d[p->pos] == '"')
				return fail_field(
					p, "a quote (\") inside a cell that does not start "
					   "with one. Put the whole cell in quotes and write "
					   "the quote twice: \"5\"\" screen\"");
			*p->w++ = d[p->pos++];
		}
		if (p->w - start > CSV_MAX_FIELD)
			return fail_at(p, p->fline[i], i,
				       "this cell is longer than %d bytes, the most a cell may "
				       "have",
				       CSV_MAX_FIELD);
	}
	*p->w++ = 0;
	p->nf++;
	return 0;
}

/* Reads one row at pos (which is before the end) into p->f[0..nf). */
static int parse_row(parser_t *p)
{
	p->nf = 0;
	p->row_line = p->line;
	for (;;) {
		if (p->nf == CSV_MAX_COLS)
			return fail_field(p,
					  "this row has more than %d columns, the most "
					  "a sheet may have",
					  CSV_MAX_COLS);
		int rc = parse_field(p);
		if (rc)
			return rc;
		if (p->pos >= p->n)
			return 0;
		if (p->sep && p->d[p->pos] == p->sep) {
			p->pos++;
			continue;
		}
		newline(p);
		return 0;
	}
}

static const char *trimmed(const char *s, size_t *len)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	*len = n;
	return s;
}

static bool same_name(const char *a, size_t na, const char *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (char)(y + 32);
		if (x != y)
			return false;
	}
	return true;
}

/* Checks the header row; returns how many columns are kept (trailing columns
 * without a name are dropped: Excel leaves them behind) in *ncols. */
static int check_header(parser_t *p, int *ncols)
{
	int n = p->nf;
	while (n > 0 && is_blank(p->f[n - 1]))
		n--;
	for (int i = 0; i < n; i++) {
		char letter[4];
		sheet_letter(i, letter);
		if (is_blank(p->f[i]))
			return fail_at(p, p->fline[i], i,
				       "column %s of the header row has no name. Every column "
				       "needs a name in the first row (or delete the column).",
				       letter);
		size_t li;
		const char *ni = trimmed(p->f[i], &li);
		if (ni[0] == '#')
			continue; /* notes columns may repeat */
		for (int j = 0; j < i; j++) {
			size_t lj;
			const char *nj = trimmed(p->f[j], &lj);
			if (!same_name(ni, li, nj, lj))
				continue;
			char first[4];
			sheet_letter(j, first);
			return fail_at(p, p->fline[i], i,
				       "the column name '%.*s' appears twice in the header row "
				       "(columns %s and %s)",
				       (int)li, ni, first, letter);
		}
	}
	*ncols = n;
	return 0;
}

/* Cells beyond the named columns must be empty. */
static int check_extra(parser_t *p, int ncols, int hraw)
{
	int last = p->nf;
	while (last > ncols && is_blank(p->f[last - 1]))
		last--;
	if (last <= ncols)
		return 0;
	int i = ncols;
	while (is_blank(p->f[i]))
		i++;
	if (i < hraw) {
		char letter[4];
		sheet_letter(i, letter);
		return fail_at(p, p->fline[i], i,
			       "this cell has a value, but its column (%s) has no name in the "
			       "header row",
			       letter);
	}
	return fail_at(p, p->fline[i], i,
		       "this row has %d columns but the header row has %d (is there a "
		       "separator too many, or a cell that should be in quotes?)",
		       last, ncols);
}

static bool grow(void **v, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t c = *cap ? *cap : 64;
	while (c < need)
		c *= 2;
	void *nv = ovi_realloc(*v, c * size);
	if (!nv)
		return false;
	*v = nv;
	*cap = c;
	return true;
}

/* Appends the row in p->f as ncols cells, padding missing ones with "". */
static bool push_cols(csv_store_t *s, parser_t *p, int ncols)
{
	if (!grow((void **)&s->colv, &s->capcolv, s->ncolv + (size_t)ncols, sizeof(char *)))
		return false;
	for (int i = 0; i < ncols; i++)
		s->colv[s->ncolv++] = i < p->nf ? p->f[i] : s->buf;
	return true;
}

/* Excel writes "sep=;" as the first line when asked to; honour it. */
static void sep_line(parser_t *p)
{
	const char *d = p->d + p->pos;
	size_t left = p->n - p->pos;
	if (left < 5 || memcmp(d, "sep=", 4) || (d[4] != ',' && d[4] != ';'))
		return;
	if (left > 5 && d[5] != '\r' && d[5] != '\n')
		return;
	p->sep = d[4];
	p->pos += 5;
	if (p->pos < p->n)
		newline(p);
}

/* Skips rows with nothing in them, then picks the separator from the header. */
static int find_header(parser_t *p)
{
	bool have_sep = p->sep != 0;
	for (;;) {
		if (p->pos >= p->n)
			return err_set(OVI_EREJECT,
				       "%s is empty: its first row must name the columns", p->name);
		size_t pos = p->pos, ls = p->line_start;
		int line = p->line, nc, ns;
		if (!scan_row(p, &nc, &ns))
			continue;
		p->pos = pos;
		p->line_start = ls;
		p->line = line;
		if (!have_sep)
			p->sep = ns && ns >= nc ? ';' : nc ? ',' : 0;
		return 0;
	}
}

static int parse_all(csv_store_t *s, parser_t *p)
{
	csv_t *c = &s->pub;
	sep_line(p);
	int rc = find_header(p);
	if (rc)
		return rc;
	rc = parse_row(p);
	if (rc)
		return rc;
	int ncols = 0, hraw = p->nf;
	rc = check_header(p, &ncols);
	if (rc)
		return rc;
	if (ncols == 0) /* find_header() saw content, so this cannot happen */
		return err_set(OVI_EREJECT, "%s line %d: the header row has no column names",
			       p->name, p->row_line);
	c->sep = p->sep ? p->sep : ',';
	c->header.line = p->row_line;
	c->header.ncols = ncols;
	if (!push_cols(s, p, ncols))
		return OVI_ENOMEM;
	while (p->pos < p->n) {
		char *row_w = p->w;
		rc = parse_row(p);
		if (rc)
			return rc;
		bool blank = true;
		for (int i = 0; i < p->nf && blank; i++)
			blank = is_blank(p->f[i]);
		if (blank) {
			p->w = row_w;
			continue;
		}
		rc = check_extra(p, ncols, hraw);
		if (rc)
			return rc;
		if (c->nrows == p->max_rows)
			return err_set(OVI_EREJECT,
				       "%s line %d: the sheet has more than %d rows, the most a "
				       "sheet may have",
				       p->name, p->row_line, p->max_rows);
		if (!grow((void **)&c->rows, &s->caprows, (size_t)c->nrows + 1, sizeof(csv_row_t)))
			return OVI_ENOMEM;
		if (!push_cols(s, p, ncols))
			return OVI_ENOMEM;
		c->rows[c->nrows++] = (csv_row_t){.line = p->row_line, .ncols = ncols};
	}
	/* The column array has stopped moving: point the rows into it. */
	c->header.cols = s->colv;
	for (int r = 0; r < c->nrows; r++)
		c->rows[r].cols = s->colv + (size_t)(r + 1) * (size_t)ncols;
	return 0;
}

static int csv_parse_text(const char *name, const char *data, size_t len, size_t start,
			  int max_rows, const char *lang, csv_t **out);
static int parse_any(const char *name, const char *data, size_t len, int max_rows, const char *lang,
		     csv_t **out);

/* Windows-1252 text (csv_check_text() found no undefined byte in it) as
 * UTF-8, through the C library's iconv. NULL when out of memory. */
static char *from_cp1252(const char *d, size_t n, size_t *out_len)
{
	iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = n * 3 + 1, left = cap;
	char *out = ovi_malloc(cap), *w = out, *r = (char *)d;
	size_t in = n;
	if (out && iconv(cd, &r, &in, &w, &left) == (size_t)-1) {
		ovi_free(out);
		out = NULL;
	}
	iconv_close(cd);
	if (out)
		*out_len = (size_t)(w - out);
	return out;
}

int csv_parse(const char *name, const char *data, size_t len, csv_t **out)
{
	return parse_any(name, data, len, CSV_MAX_ROWS, NULL, out);
}

int csv_parse_rows(const char *name, const char *data, size_t len, int max_rows, csv_t **out)
{
	return parse_any(name, data, len, max_rows, NULL, out);
}

int csv_parse_lang(const char *name, const char *data, size_t len, const char *lang, csv_t **out)
{
	return parse_any(name, data, len, CSV_MAX_ROWS, lang, out);
}

static int parse_any(const char *name, const char *data, size_t len, int max_rows, const char *lang,
		     csv_t **out)
{
	*out = NULL;
	if (!name)
		name = "the sheet";
	if (!len)
		data = ""; /* callers may pass NULL for nothing */
	size_t start = 0;
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		start = 3;
	csv_encoding_t enc;
	int rc = csv_check_text(name, data, len, start, lang, &enc);
	if (rc)
		return rc;
	char *utf8 = NULL;
	if (enc == CSV_CP1252) {
		size_t ulen;
		if (!(utf8 = from_cp1252(data + start, len - start, &ulen)))
			return err_set(OVI_ENOMEM, "%s: out of memory reading Windows-1252 text",
				       name);
		data = utf8, len = ulen, start = 0;
	}
	/* Sheets saved on a Mac may have decomposed letters ("a" + U+0308):
	 * everything after this sees one form, NFC, as the kiosk's keyboard
	 * types it and the fonts draw it. */
	char *nfc = NULL;
	for (size_t i = start; i < len; i++)
		if ((unsigned char)data[i] >= 0x80) {
			size_t nlen;
			if (!(nfc = utf8_nfc(data + start, len - start, &nlen))) {
				ovi_free(utf8);
				return err_set(OVI_ENOMEM, "%s: out of memory", name);
			}
			data = nfc;
			len = nlen;
			start = 0;
			break;
		}
	rc = csv_parse_text(name, data, len, start, max_rows, lang, out);
	ovi_free(nfc);
	ovi_free(utf8);
	if (!rc)
		(*out)->cp1252 = enc == CSV_CP1252;
	return rc;
}

/* csv_parse() of text known to be UTF-8 in NFC. */
static int csv_parse_text(const char *name, const char *data, size_t len, size_t start,
			  int max_rows, const char *lang, csv_t **out)
{
	int rc;
	csv_store_t *s = ovi_calloc(1, sizeof *s);
	if (!s)
		return err_set(OVI_ENOMEM, "%s: out of memory", name);
	s->pub.priv = s;
	/* One byte for the shared empty cell, one for the NUL of a last cell
	 * that ends the file without a line end. */
	s->buf = ovi_malloc(len - start + 2);
	if (!s->buf) {
		csv_free(&s->pub);
		return err_set(OVI_ENOMEM, "%s: out of memory", name);
	}
	s->buf[0] = 0;
	parser_t p = {.name = name,
		      .max_rows = max_rows,
		      .lang = lang,
		      .d = data,
		      .n = len,
		      .pos = start,
		      .line = 1,
		      .line_start = start,
		      .w = s->buf + 1};
	rc = parse_all(s, &p);
	if (rc) {
		csv_free(&s->pub);
		if (rc == OVI_ENOMEM)
			return err_set(OVI_ENOMEM, "%s: out of memory", name);
		return rc;
	}
	*out = &s->pub;
	return 0;
}

void csv_free(csv_t *c)
{
	if (!c)
		return;
	csv_store_t *s = c->priv;
	ovi_free(c->rows);
	ovi_free(s->buf);
	ovi_free(s->colv);
	ovi_free(s);
}

int csv_col(const csv_t *c, const char *name)
{
	size_t nn;
	const char *n = trimmed(name, &nn);
	for (int i = 0; i < c->header.ncols; i++) {
		size_t hn;
		const char *h = trimmed(c->header.cols[i], &hn);
		if (same_name(n, nn, h, hn))
			return i;
	}
	return -1;
}
