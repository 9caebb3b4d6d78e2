/*
 * rep sheet: the evaluation as a workbook (libxlsxwriter) and as CSV, both
 * as Finnish Excel wants them: real dates and numbers in the workbook; a BOM,
 * semicolons and CRLF in the CSV. A count below REP_SMALL is the text "<5".
 */
#include "report/rep_internal.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

const rep_event_t rep_events[] = {
	{"visit", RT_VISITS},	 {"number", RT_NUMBERS}, {"question", RT_QUESTIONS},
	{"signup", RT_SIGNUPS},	 {"cancel", RT_CANCELS}, {"group_idea", RT_IDEAS},
	{"search", RT_SEARCHES},
};
const int rep_nevents = (int)(sizeof rep_events / sizeof rep_events[0]);

/* ---- CSV ----------------------------------------------------------------- */

static void csv_cell(strbuf_t *b, const char *s)
{
	if (!strpbrk(s, ";\"\r\n") && s[0] != '=' && s[0] != '+' && s[0] != '-' && s[0] != '@') {
		sb_append(b, s);
		return;
	}
	/* Quoted; a leading formula character is made text with a quote mark,
	 * so a spreadsheet never runs what a bundle's id says. */
	sb_putc(b, '"');
	if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')
		sb_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '"')
			sb_putc(b, '"');
		sb_putc(b, *s);
	}
	sb_putc(b, '"');
}

int rep_write_csv(const rep_t *r, const char *path)
{
	strbuf_t b = {0};
	sb_append(&b, "\xEF\xBB\xBF");
	sb_printf(&b, "%s;%s;%s;%s;%s;%s;%s;%s\r\n", rep_tx(r, RT_SITE), rep_tx(r, RT_KIOSK),
		  rep_tx(r, RT_DATE), rep_tx(r, RT_WEEKDAY), rep_tx(r, RT_HOUR), rep_tx(r, RT_KIND),
		  rep_tx(r, RT_KEY), rep_tx(r, RT_COUNT));
	for (int i = 0; i < r->nk; i++) {
		rep_count_t *rows;
		int n = rep_rows(&r->k[i], &rows);
		if (n < 0) {
			sb_free(&b);
			return err_set(OVI_ENOMEM, "out of memory writing %s", path);
		}
		for (int j = 0; j < n; j++) {
			char date[11], cnt[24], hour[12] = "";
			fmt_date(rows[j].day, date);
			rep_fmt_count(rows[j].n, cnt);
			if (rows[j].hour >= 0)
				snprintf(hour, sizeof hour, "%d", rows[j].hour);
			csv_cell(&b, r->k[i].site_name);
			sb_putc(&b, ';');
			csv_cell(&b, r->k[i].kiosk);
			sb_printf(&b, ";%s;%s;%s;", date, rep_weekday(r, day_weekday(rows[j].day)),
				  hour);
			csv_cell(&b, rows[j].kind);
			sb_putc(&b, ';');
			csv_cell(&b, rows[j].key);
			sb_printf(&b, ";%s\r\n", cnt);
		}
		ovi_free(rows);
	}
	if (b.oom) {
		sb_free(&b);
		return err_set(OVI_ENOMEM, "out of memory writing %s", path);
	}
	int rc = fs_write_atomic(path, b.s, b.len);
	sb_free(&b);
	return rc;
}

/* ---- the workbook --------------------------------------------------------- */

typedef struct book {
	const rep_t *r;
	lxw_workbook *wb;
	lxw_format *bold, *date, *title, *note;
} book_t;

/* A count: a number, or the text "<5". */
static void put_count(lxw_worksheet *ws, int row, int col, long long n)
{
	if (n > 0 && n < REP_SMALL)
		worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, "<5", NULL);
	else
		worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, (double)n, NULL);
}

static void put_date(book_t *b, lxw_worksheet *ws, int row, int col, int day)
{
	int y, m, d;
	day_to_ymd(day, &y, &m, &d);
	lxw_datetime dt = {.year = y, .month = m, .day = d};
	worksheet_write_datetime(ws, (lxw_row_t)row, (lxw_col_t)col, &dt, b->date);
}

static void header(book_t *b, lxw_worksheet *ws, int row, const rep_text_t *cols, int n)
{
	for (int i = 0; i < n; i++)
		worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)i, rep_tx(b->r, cols[i]),
				       b->bold);
}

static void summary(book_t *b)
{
	const rep_t *r = b->r;
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, rep_tx(r, RT_SUMMARY));
	worksheet_set_column(ws, 0, 0, 34, NULL);
	worksheet_set_column(ws, 1, 1 + (lxw_col_t)r->nk, 16, NULL);
	worksheet_write_string(ws, 0, 0, rep_tx(r, RT_TITLE), b->title);
	worksheet_write_string(ws, 1, 0, rep_tx(r, RT_PERIOD), b->bold);
	if (r->first_day) {
		put_date(b, ws, 1, 1, r->first_day);
		put_date(b, ws, 1, 2, r->last_day);
	}
	int row = 3;
	worksheet_write_string(ws, (lxw_row_t)row, 0, "", b->bold);
	for (int k = 0; k < r->nk; k++)
		worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)(1 + k), r->k[k].site_name,
				       b->bold);
	if (r->nk > 1)
		worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)(1 + r->nk),
				       rep_tx(r, RT_TOTAL), b->bold);
	row++;
	for (int e = 0; e < rep_nevents; e++, row++) {
		worksheet_write_string(ws, (lxw_row_t)row, 0, rep_tx(r, rep_events[e].label), NULL);
		for (int k = 0; k < r->nk; k++)
			put_count(ws, row, 1 + k, rep_sum(r, k, rep_events[e].kind, NULL));
		if (r->nk > 1)
			put_count(ws, row, 1 + r->nk, rep_sum(r, -1, rep_events[e].kind, NULL));
	}
	static const struct {
		const char *kind, *key;
		rep_text_t label;
	} more[] = {
		{"search", "hit", RT_SEARCH_HIT}, {"search", "miss", RT_SEARCH_MISS},
		{"feedback", "1", RT_FEEDBACK_1}, {"feedback", "2", RT_FEEDBACK_2},
		{"feedback", "3", RT_FEEDBACK_3},
	};
	for (size_t e = 0; e < sizeof more / sizeof more[0]; e++, row++) {
		char label[200];
		snprintf(label, sizeof label, "%s%s", more[e].kind[0] == 'f' ? "" : "  ",
			 rep_tx(r, more[e].label));
		if (more[e].kind[0] == 'f')
			snprintf(label, sizeof label, "%s: %s", rep_tx(r, RT_FEEDBACK),
				 rep_tx(r, more[e].label));
		worksheet_write_string(ws, (lxw_row_t)row, 0, label, NULL);
		for (int k = 0; k < r->nk; k++)
			put_count(ws, row, 1 + k, rep_sum(r, k, more[e].kind, more[e].key));
		if (r->nk > 1)
			put_count(ws, row, 1 + r->nk, rep_sum(r, -1, more[e].kind, more[e].key));
	}
	row++;
	worksheet_write_string(ws, (lxw_row_t)row++, 0, rep_tx(r, RT_SMALL_NOTE), b->note);
	worksheet_write_string(ws, (lxw_row_t)row, 0, rep_tx(r, RT_PRIVACY_NOTE), b->note);
}

static void weeks(book_t *b)
{
	const rep_t *r = b->r;
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, rep_tx(r, RT_WEEK));
	static const rep_text_t cols[] = {RT_WEEK, RT_DATE};
	header(b, ws, 0, cols, 2);
	worksheet_set_column(ws, 0, 1, 12, NULL);
	for (int k = 0; k < r->nk; k++)
		worksheet_write_string(ws, 0, (lxw_col_t)(2 + k), r->k[k].site_name, b->bold);
	worksheet_set_column(ws, 2, 2 + (lxw_col_t)r->nk, 16, NULL);
	static int monday[REP_MAX_WEEKS];
	static long long v[REP_MAX_WEEKS];
	int n = rep_weeks(r, -1, monday, v, REP_MAX_WEEKS);
	for (int w = 0; w < n; w++) {
		int year, week = rep_iso_week(monday[w], &year);
		char label[16];
		snprintf(label, sizeof label, "%d/%02d", year, week);
		worksheet_write_string(ws, (lxw_row_t)(1 + w), 0, label, NULL);
		put_date(b, ws, 1 + w, 1, monday[w]);
	}
	for (int k = 0; k < r->nk; k++) {
		rep_weeks(r, k, monday, v, REP_MAX_WEEKS);
		for (int w = 0; w < n; w++)
			put_count(ws, 1 + w, 2 + k, v[w]);
	}
}

static void hours(book_t *b)
{
	const rep_t *r = b->r;
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, rep_tx(r, RT_HOUR));
	long long grid[7][24];
	long long unknown = rep_hours(r, -1, grid);
	worksheet_write_string(ws, 0, 0, rep_tx(r, RT_BY_HOUR), b->bold);
	worksheet_write_string(ws, 1, 0, rep_tx(r, RT_WEEKDAY), b->bold);
	for (int h = 0; h < 24; h++) {
		char label[8];
		snprintf(label, sizeof label, "%02d", h);
		worksheet_write_string(ws, 1, (lxw_col_t)(1 + h), label, b->bold);
	}
	for (int d = 0; d < 7; d++) {
		worksheet_write_string(ws, (lxw_row_t)(2 + d), 0, rep_weekday(r, d + 1), NULL);
		for (int h = 0; h < 24; h++)
			put_count(ws, 2 + d, 1 + h, grid[d][h]);
	}
	if (unknown) {
		worksheet_write_string(ws, 10, 0, rep_tx(r, RT_UNKNOWN_HOUR), NULL);
		put_count(ws, 10, 1, unknown);
	}
}

static void keys(book_t *b, const char *kind, rep_text_t title, rep_text_t col)
{
	const rep_t *r = b->r;
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, rep_tx(r, title));
	worksheet_set_column(ws, 0, 0, 28, NULL);
	worksheet_write_string(ws, 0, 0, rep_tx(r, col), b->bold);
	for (int k = 0; k < r->nk; k++)
		worksheet_write_string(ws, 0, (lxw_col_t)(1 + k), r->k[k].site_name, b->bold);
	worksheet_write_string(ws, 0, (lxw_col_t)(1 + r->nk), rep_tx(r, RT_TOTAL), b->bold);
	static rep_kv_t kv[REP_MAX_KEYS];
	int n = rep_keys(r, -1, kind, kv, REP_MAX_KEYS);
	for (int i = 0; i < n; i++) {
		worksheet_write_string(ws, (lxw_row_t)(1 + i), 0, rep_label(r, kind, kv[i].key),
				       NULL);
		for (int k = 0; k < r->nk; k++)
			put_count(ws, 1 + i, 1 + k, rep_sum(r, k, kind, kv[i].key));
		put_count(ws, 1 + i, 1 + r->nk, kv[i].n);
	}
}

static void kiosks(book_t *b)
{
	const rep_t *r = b->r;
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, rep_tx(r, RT_SITES));
	static const rep_text_t cols[] = {RT_SITE,	  RT_KIOSK,	RT_VERSION,    RT_SERIAL,
					  RT_LAST_IMPORT, RT_LAST_SEEN, RT_FREE_SPACE, RT_VISITS};
	header(b, ws, 0, cols, 8);
	worksheet_set_column(ws, 0, 7, 18, NULL);
	for (int k = 0; k < r->nk; k++) {
		const rep_kiosk_t *x = &r->k[k];
		lxw_row_t row = (lxw_row_t)(1 + k);
		worksheet_write_string(ws, row, 0, x->site_name, NULL);
		worksheet_write_string(ws, row, 1, x->kiosk, NULL);
		worksheet_write_string(ws, row, 2, x->version, NULL);
		if (x->serial)
			worksheet_write_number(ws, row, 3, (double)x->serial, NULL);
		worksheet_write_string(ws, row, 4, x->last_import, NULL);
		worksheet_write_string(ws, row, 5, x->written, NULL);
		if (x->free_mb >= 0)
			worksheet_write_number(ws, row, 6, (double)x->free_mb, NULL);
		put_count(ws, row, 7, rep_sum(r, k, "visit", NULL));
	}
}

static int data(book_t *b)
{
	const rep_t *r = b->r;
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, rep_tx(r, RT_DATA));
	static const rep_text_t cols[] = {RT_SITE, RT_KIOSK, RT_DATE, RT_WEEKDAY,
					  RT_HOUR, RT_KIND,  RT_KEY,  RT_COUNT};
	header(b, ws, 0, cols, 8);
	worksheet_set_column(ws, 0, 0, 20, NULL);
	worksheet_set_column(ws, 2, 2, 12, NULL);
	worksheet_set_column(ws, 5, 6, 18, NULL);
	int row = 1;
	for (int i = 0; i < r->nk; i++) {
		rep_count_t *rows;
		int n = rep_rows(&r->k[i], &rows);
		if (n < 0)
			return err_set(OVI_ENOMEM, "out of memory writing the workbook");
		for (int j = 0; j < n && row < 1000000; j++, row++) {
			worksheet_write_string(ws, (lxw_row_t)row, 0, r->k[i].site_name, NULL);
			worksheet_write_string(ws, (lxw_row_t)row, 1, r->k[i].kiosk, NULL);
			put_date(b, ws, row, 2, rows[j].day);
			worksheet_write_string(ws, (lxw_row_t)row, 3,
					       rep_weekday(r, day_weekday(rows[j].day)), NULL);
			if (rows[j].hour >= 0)
				worksheet_write_number(ws, (lxw_row_t)row, 4, rows[j].hour, NULL);
			worksheet_write_string(ws, (lxw_row_t)row, 5, rows[j].kind, NULL);
			worksheet_write_string(ws, (lxw_row_t)row, 6, rows[j].key, NULL);
			put_count(ws, row, 7, rows[j].n);
		}
		ovi_free(rows);
	}
	worksheet_autofilter(ws, 0, 0, (lxw_row_t)(row > 1 ? row - 1 : 1), 7);
	worksheet_freeze_panes(ws, 1, 0);
	return OVI_OK;
}

int rep_write_sheets(const rep_t *r, const char *base)
{
	char path[1100];
	snprintf(path, sizeof path, "%s.xlsx", base);
	int rc = rep_write_xlsx(r, path);
	if (rc >= 0) {
		snprintf(path, sizeof path, "%s.csv", base);
		rc = rep_write_csv(r, path);
	}
	return rc;
}

int rep_write_xlsx(const rep_t *r, const char *path)
{
	/* libxlsxwriter writes the file itself: into a temporary name, then
	 * renamed, so that a half-written workbook never takes the place of a
	 * good one. */
	char tmp[1100];
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	lxw_workbook_options opt = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
	book_t b = {.r = r, .wb = workbook_new_opt(tmp, &opt)};
	if (!b.wb)
		return err_set(OVI_ERR, "cannot create %s", path);
	b.bold = workbook_add_format(b.wb);
	format_set_bold(b.bold);
	b.title = workbook_add_format(b.wb);
	format_set_bold(b.title);
	format_set_font_size(b.title, 16);
	b.note = workbook_add_format(b.wb);
	format_set_italic(b.note);
	b.date = workbook_add_format(b.wb);
	/* Excel shows a date in the reader's own form (d.m.yyyy in Finland)
	 * for the built-in format 14. */
	format_set_num_format_index(b.date, 14);
	lxw_doc_properties props = {.title = (char *)rep_tx(r, RT_TITLE), .author = (char *)"Ovi"};
	workbook_set_properties(b.wb, &props);
	summary(&b);
	weeks(&b);
	hours(&b);
	keys(&b, "topic_view", RT_TOPICS, RT_TOPIC);
	keys(&b, "visit_language", RT_LANGUAGES, RT_LANGUAGE);
	keys(&b, "screen", RT_SCREENS, RT_SCREEN);
	kiosks(&b);
	int rc = data(&b);
	lxw_error e = workbook_close(b.wb);
	if (rc == OVI_OK && e != LXW_NO_ERROR)
		rc = err_set(OVI_ERR, "cannot write %s: %s", path, lxw_strerror(e));
	if (rc == OVI_OK && rename(tmp, path) < 0)
		rc = err_set(OVI_ERR, "cannot write %s", path);
	if (rc == OVI_OK)
		rc = fs_fsync_path(path);
	if (rc < 0)
		remove(tmp);
	return rc;
}
