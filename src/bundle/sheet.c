#include "bundle/sheet.h"

#include "core/fs.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"
#include "core/tr.h"
#include "core/utf8.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sheet_col_letter(int col, char out[4])
{
	/* col is 0-based; spreadsheets say A..Z, AA..ZZ. */
	if (col < 26) {
		out[0] = (char)('A' + col);
		out[1] = 0;
	} else if (col < 26 * 27) {
		out[0] = (char)('A' + col / 26 - 1);
		out[1] = (char)('A' + col % 26);
		out[2] = 0;
	} else {
		snprintf(out, 4, "??");
	}
}

static int field_index(const sheet_t *s, const char *name)
{
	for (int f = 0; s->spec->fields[f].name; f++)
		if (strcmp(s->spec->fields[f].name, name) == 0)
			return f;
	return -1;
}

/* The header column that carries field f for the given language slot. */
static int field_col(const sheet_t *s, int f, int slot)
{
	return s->colof[f][slot];
}

void sheet_error(load_ctx_t *ctx, const sheet_t *s, int row, const char *field, const char *fmt,
		 ...)
{
	char msg[768], where[160];
	va_list ap;
	va_start(ap, fmt);
	/* In the coordinator's language when the catalogue has it (fmt is
	 * the msgid: xgettext --keyword=sheet_error:5). */
	vsnprintf(msg, sizeof msg, TR(ctx->lang, fmt), ap);
	va_end(ap);
	int line = row >= 0 && s->lines ? s->lines[row] : 1;
	int f = field ? field_index(s, field) : -1;
	int col = -1;
	if (f >= 0)
		for (int l = 0; l <= LANG_MAX && col < 0; l++)
			col = field_col(s, f, l);
	if (col >= 0) {
		char letter[4];
		sheet_col_letter(col, letter);
		snprintf(where, sizeof where, TR(ctx->lang, "%s line %d, column %s (%s)"),
			 s->spec->file, line, letter, s->csv ? s->csv->header.cols[col] : field);
	} else {
		snprintf(where, sizeof where, TR(ctx->lang, "%s line %d"), s->spec->file, line);
	}
	errlist_add(ctx->errs, "%s: %s", where, msg);
}

static void cell_error(load_ctx_t *ctx, const sheet_t *s, int row, int col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void cell_error(load_ctx_t *ctx, const sheet_t *s, int row, int col, const char *fmt, ...)
{
	char msg[768], letter[4], where[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, TR(ctx->lang, fmt), ap); /* xgettext --keyword=cell_error:5 */
	va_end(ap);
	sheet_col_letter(col, letter);
	snprintf(where, sizeof where, TR(ctx->lang, "%s line %d, column %s (%s)"), s->spec->file,
		 s->lines[row], letter, s->csv->header.cols[col]);
	errlist_add(ctx->errs, "%s: %s", where, msg);
}

/* Maps header columns to fields. Returns false when the header is unusable. */
static bool map_header(load_ctx_t *ctx, sheet_t *s)
{
	const bundle_meta_t *meta = &ctx->m->meta;
	const csv_row_t *h = &s->csv->header;
	bool ok = true;
	memset(s->colof, -1, sizeof s->colof);
	for (int c = 0; c < h->ncols; c++) {
		char name[128];
		str_copy(name, sizeof name, h->cols[c]);
		str_trim(name);
		for (char *p = name; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		if (name[0] == '#')
			continue;
		char letter[4];
		sheet_col_letter(c, letter);
		int f = field_index(s, name), slot = 0;
		if (f < 0) {
			char *us = strrchr(name, '_');
			if (us) {
				*us = 0;
				int g = field_index(s, name);
				if (g >= 0 && s->spec->fields[g].type == F_TR) {
					const char *lang = us + 1;
					if (!manifest_has_lang(meta, lang)) {
						errlist_add(ctx->errs,
							    "%s line %d, column %s: column '%s_%s' "
							    "is for "
							    "language '%s', which the manifest "
							    "does not "
							    "list (it lists:%s%s%s%s%s)",
							    s->spec->file, h->line, letter, name,
							    lang, lang, meta->nlang > 0 ? " " : "",
							    meta->languages[0],
							    meta->nlang > 1 ? " " : "",
							    meta->nlang > 1 ? meta->languages[1]
									    : "",
							    meta->nlang > 2 ? " ..." : "");
						ok = false;
						continue;
					}
					for (int l = 0; l < meta->nlang; l++)
						if (!strcmp(meta->languages[l], lang))
							slot = l + 1;
					f = g;
				}
				*us = '_';
			}
		}
		if (f < 0) {
			strbuf_t known = {0};
			for (int k = 0; s->spec->fields[k].name; k++) {
				sb_append(&known, k ? ", " : "");
				sb_append(&known, s->spec->fields[k].name);
				if (s->spec->fields[k].type == F_TR)
					sb_append(&known, "_xx");
			}
			errlist_add(ctx->errs,
				    "%s line %d, column %s: unknown column '%s' (the columns "
				    "of %s are: %s; start a column's name with # to keep notes)",
				    s->spec->file, h->line, letter, h->cols[c], s->spec->file,
				    sb_str(&known));
			sb_free(&known);
			ok = false;
			continue;
		}
		if (s->colof[f][slot] >= 0) {
			errlist_add(ctx->errs, "%s line %d, column %s: column '%s' appears twice",
				    s->spec->file, h->line, letter, h->cols[c]);
			ok = false;
			continue;
		}
		s->colof[f][slot] = c;
	}
	/* A plain "name" column is the default language; "name" and "name_fi"
	 * together (with fi the default) say the same thing twice. */
	int def = 0;
	for (int l = 0; l < meta->nlang; l++)
		if (!strcmp(meta->languages[l], meta->default_lang))
			def = l + 1;
	for (int f = 0; s->spec->fields[f].name; f++) {
		const field_spec_t *fs = &s->spec->fields[f];
		if (fs->type == F_TR && s->colof[f][0] >= 0) {
			if (s->colof[f][def] >= 0) {
				errlist_add(ctx->errs,
					    "%s line %d: columns '%s' and '%s_%s' both give the "
					    "%s text; keep one",
					    s->spec->file, h->line, fs->name, fs->name,
					    meta->default_lang, meta->default_lang);
				ok = false;
			}
			s->colof[f][def] = s->colof[f][0];
			s->colof[f][0] = -1;
		}
		bool have = false;
		for (int l = 0; l <= LANG_MAX; l++)
			have |= s->colof[f][l] >= 0;
		if (fs->type == F_TR && fs->required && have && s->colof[f][def] < 0) {
			errlist_add(ctx->errs,
				    "%s: column '%s_%s' is missing: the default language "
				    "'%s' must always be filled in",
				    s->spec->file, fs->name, meta->default_lang,
				    meta->default_lang);
			ok = false;
		} else if (fs->required && !have) {
			errlist_add(ctx->errs, "%s: column '%s%s' is missing (it is required)",
				    s->spec->file, fs->name, fs->type == F_TR ? "_xx" : "");
			ok = false;
		}
	}
	return ok;
}

static bool text_ok(const char *v)
{
	for (const unsigned char *p = (const unsigned char *)v; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
			return false;
	return true;
}

static bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > ID_MAX)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' ||
		      *s == '_'))
			return false;
	return true;
}

static bool parse_bool(const char *v, bool *out)
{
	static const char *yes[] = {"yes", "y", "kyllä", "k", "ja", "j", "true", "1", "x", NULL};
	static const char *no[] = {"no", "n", "ei", "e", "nej", "false", "0", NULL};
	char low[16];
	utf8_lower(v, low, sizeof low);
	for (int i = 0; yes[i]; i++)
		if (!strcmp(low, yes[i]))
			return *out = true, true;
	for (int i = 0; no[i]; i++)
		if (!strcmp(low, no[i]))
			return *out = false, true;
	return false;
}

/* Normalises a list to single spaces; NULL when a token is not [a-z0-9_-]. */
static char *parse_list(arena_t *a, const char *v, const char **bad)
{
	char buf[1024];
	size_t n = 0;
	const char *p = v;
	while (*p) {
		while (*p == ' ' || *p == ',' || *p == ';' || *p == '\t')
			p++;
		const char *t = p;
		while (*p && *p != ' ' && *p != ',' && *p != ';' && *p != '\t')
			p++;
		if (p == t)
			break;
		size_t len = (size_t)(p - t);
		char tok[64];
		if (len >= sizeof tok) {
			*bad = "too long";
			return NULL;
		}
		memcpy(tok, t, len);
		tok[len] = 0;
		for (char *q = tok; *q; q++)
			*q = (char)tolower((unsigned char)*q);
		if (!valid_id(tok)) {
			*bad = arena_strdup(a, tok);
			return NULL;
		}
		if (n + len + 2 > sizeof buf) {
			*bad = "the list is too long";
			return NULL;
		}
		if (n)
			buf[n++] = ' ';
		memcpy(buf + n, tok, len);
		n += len;
	}
	buf[n] = 0;
	return arena_strdup(a, buf);
}

static void parse_cell(load_ctx_t *ctx, sheet_t *s, int r, int f, char *row)
{
	const field_spec_t *fs = &s->spec->fields[f];
	const csv_row_t *cr = &s->csv->rows[r];
	arena_t *a = ctx->c->arena;
	void *dst = row + fs->off;
	int maxlen = fs->maxlen ? fs->maxlen : 1000;

	if (fs->type == F_TR) {
		tr_t *t = dst;
		int n = 0;
		for (int l = 1; l <= ctx->m->meta.nlang; l++)
			n += s->colof[f][l] >= 0;
		t->v = n ? arena_alloc(a, sizeof(tr_entry_t) * (size_t)n) : NULL;
		if (n && !t->v) {
			ctx->oom = true;
			return;
		}
		for (int l = 1; l <= ctx->m->meta.nlang; l++) {
			int c = s->colof[f][l];
			if (c < 0)
				continue;
			char *v = str_trim(cr->cols[c]);
			if (!*v)
				continue;
			if (!text_ok(v)) {
				cell_error(ctx, s, r, c, "the text has a control character");
				continue;
			}
			if ((int)strlen(v) > maxlen) {
				cell_error(ctx, s, r, c,
					   "the text is %zu characters; at most %d fit",
					   utf8_len(v), maxlen);
				continue;
			}
			tr_entry_t *e = &t->v[t->n++];
			str_copy(e->lang, sizeof e->lang, ctx->m->meta.languages[l - 1]);
			e->text = arena_strdup(a, v);
			if (!e->text)
				ctx->oom = true;
		}
		if (fs->required && !content_tr_exact(t, ctx->m->meta.default_lang)) {
			int c = -1;
			for (int l = 1; l <= ctx->m->meta.nlang && c < 0; l++)
				if (!strcmp(ctx->m->meta.languages[l - 1],
					    ctx->m->meta.default_lang))
					c = s->colof[f][l];
			if (c >= 0)
				cell_error(ctx, s, r, c,
					   "this is empty; the text in the default "
					   "language (%s) is required",
					   ctx->m->meta.default_lang);
		}
		return;
	}

	int c = s->colof[f][0];
	char *v = c >= 0 ? str_trim(cr->cols[c]) : "";
	if (!*v) {
		if (fs->required && c >= 0)
			cell_error(ctx, s, r, c, "this is empty; it is required");
		switch (fs->type) {
		case F_TIME:
			*(int *)dst = -1;
			break;
		case F_LIST:
			*(const char **)dst = "";
			break;
		default:
			break;
		}
		return;
	}
	switch (fs->type) {
	case F_ID: {
		char low[64];
		str_copy(low, sizeof low, v);
		if (!valid_id(low)) {
			cell_error(ctx, s, r, c,
				   "'%s' is not a valid id: use lowercase letters a-z, "
				   "digits, - and _ (at most %d characters)",
				   v, ID_MAX);
			return;
		}
		*(const char **)dst = arena_strdup(a, low);
		break;
	}
	case F_STR:
		if (!text_ok(v)) {
			cell_error(ctx, s, r, c, "the text has a control character");
			return;
		}
		if ((int)strlen(v) > maxlen) {
			cell_error(ctx, s, r, c, "the text is too long (at most %d characters)",
				   maxlen);
			return;
		}
		*(const char **)dst = arena_strdup(a, v);
		break;
	case F_IMAGE:
		*(const char **)dst = arena_strdup(a, v);
		break;
	case F_WEEKDAY: {
		int w = parse_weekday(v);
		if (!w)
			cell_error(ctx, s, r, c,
				   "'%s' is not a weekday: write 1-7 (Monday is 1) or "
				   "ma ti ke to pe la su",
				   v);
		*(int *)dst = w;
		break;
	}
	case F_TIME: {
		int t = parse_hhmm(v, true);
		if (t < 0)
			cell_error(ctx, s, r, c,
				   "'%s' is not a time: write HH:MM between 00:00 "
				   "and 24:00, such as 09:30",
				   v);
		*(int *)dst = t;
		break;
	}
	case F_DATE: {
		int d = parse_date(v);
		if (d < 0)
			cell_error(ctx, s, r, c,
				   "'%s' is not a date: write 2026-11-23 or 23.11.2026", v);
		*(int *)dst = d;
		break;
	}
	case F_INT: {
		char *end;
		long n = strtol(v, &end, 10);
		if (*end || n < -1000000 || n > 1000000) {
			cell_error(ctx, s, r, c, "'%s' is not a whole number", v);
			return;
		}
		*(int *)dst = (int)n;
		break;
	}
	case F_BOOL:
		if (!parse_bool(v, (bool *)dst))
			cell_error(ctx, s, r, c, "'%s' is not yes or no", v);
		break;
	case F_LIST: {
		const char *bad = NULL;
		if ((int)strlen(v) > maxlen) {
			cell_error(ctx, s, r, c, "the list is too long");
			return;
		}
		char *l = parse_list(a, v, &bad);
		if (!l)
			cell_error(ctx, s, r, c, "'%s' in the list is not a valid code or id", bad);
		*(const char **)dst = l ? l : "";
		break;
	}
	case F_WHEEL: {
		char low[32];
		utf8_lower(v, low, sizeof low);
		int w = content_wheel_parse(low);
		if (w < 0)
			cell_error(ctx, s, r, c,
				   "'%s' is not a colour wheel area: write work, money, "
				   "freetime, studies, wellbeing or housing",
				   v);
		*(wheel_t *)dst = w < 0 ? WHEEL_NONE : (wheel_t)w;
		break;
	}
	case F_ENUM: {
		char low[32];
		utf8_lower(v, low, sizeof low);
		int k;
		for (k = 0; fs->enum_values[k]; k++)
			if (!strcmp(low, fs->enum_values[k]))
				break;
		if (!fs->enum_values[k]) {
			strbuf_t b = {0};
			for (int j = 0; fs->enum_values[j]; j++)
				sb_printf(&b, "%s%s", j ? ", " : "", fs->enum_values[j]);
			cell_error(ctx, s, r, c, "'%s' is not one of: %s", v, sb_str(&b));
			sb_free(&b);
			return;
		}
		*(int *)dst = k + 1;
		break;
	}
	case F_TR:
		break;
	}
}

void sheet_read(load_ctx_t *ctx, const sheet_spec_t *spec, sheet_t *s)
{
	memset(s, 0, sizeof *s);
	s->spec = spec;
	const manifest_file_t *mf = manifest_find(ctx->m, spec->file);
	if (!mf) {
		if (spec->required)
			errlist_add(ctx->errs,
				    TR(ctx->lang, "%s is missing: every bundle needs it "
						  "(see the bundle guide, content/README.md)"),
				    spec->file);
		return;
	}
	s->present = true;
	char path[4096], *data = NULL;
	size_t len = 0;
	snprintf(path, sizeof path, "%s/%s", ctx->dir, spec->file);
	int rc = fs_read_file(path, BUNDLE_MAX_CSV_BYTES, &data, &len);
	if (rc == OVI_ENOMEM || (rc < 0 && err_last_code() == OVI_ENOMEM)) {
		ctx->oom = true;
		return;
	}
	if (rc < 0) {
		errlist_add(ctx->errs, "%s: %s", spec->file,
			    rc == OVI_EREJECT ? "the sheet is larger than 4 MB" : err_last());
		s->broken = true;
		return;
	}
	rc = csv_parse_lang(spec->file, data, len, ctx->lang, &s->csv);
	ovi_free(data);
	if (rc == OVI_ENOMEM) {
		ctx->oom = true;
		return;
	}
	if (rc < 0) {
		errlist_add(ctx->errs, "%s", err_last());
		s->broken = true;
		return;
	}
	if (s->csv->cp1252 && ctx->notes)
		errlist_add(ctx->notes,
			    TR(ctx->lang,
			       "%s is saved as Excel's plain 'CSV' (Windows-1252), not "
			       "'CSV UTF-8'. Ovi read it as Windows-1252; letters outside Western "
			       "European ones (such as Ukrainian or Arabic) only survive in 'CSV "
			       "UTF-8'."),
			    spec->file);
	if (!map_header(ctx, s)) {
		s->broken = true;
		return;
	}
	s->nrows = s->csv->nrows;
	s->rows = arena_alloc(ctx->c->arena, spec->row_size * (size_t)(s->nrows ? s->nrows : 1));
	s->lines = arena_alloc(ctx->c->arena, sizeof(int) * (size_t)(s->nrows ? s->nrows : 1));
	if (!s->rows || !s->lines) {
		ctx->oom = true;
		s->nrows = 0;
		return;
	}
	for (int r = 0; r < s->nrows && !ctx->oom; r++) {
		s->lines[r] = s->csv->rows[r].line;
		char *row = (char *)s->rows + spec->row_size * (size_t)r;
		for (int f = 0; spec->fields[f].name; f++)
			parse_cell(ctx, s, r, f, row);
	}
}

void sheet_release(sheet_t *s)
{
	csv_free(s->csv);
	s->csv = NULL;
}
