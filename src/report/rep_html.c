/*
 * rep html: the evaluation as one self-contained page: no scripts, no files
 * beside it, the charts inline SVG, a print style so that "Print to PDF"
 * gives the funder's appendix. Colours follow the kiosk's wheel.
 */
#include "report/rep_internal.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <string.h>

static const char *const palette[] = {"#1FA3C7", "#FF6B4A", "#2BB673", "#6C5CE7",
				      "#FFC845", "#E0468A", "#8A8FA6"};
#define NPAL (int)(sizeof palette / sizeof palette[0])

static void esc(strbuf_t *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<':
			sb_append(b, "&lt;");
			break;
		case '>':
			sb_append(b, "&gt;");
			break;
		case '&':
			sb_append(b, "&amp;");
			break;
		case '"':
			sb_append(b, "&quot;");
			break;
		default:
			sb_putc(b, *s);
		}
	}
}

static void count(strbuf_t *b, long long n)
{
	char s[24];
	rep_fmt_count(n, s);
	esc(b, s);
}

/* A bar's length: small counts get no bar (their number is "<5"). */
static long long shown(long long n)
{
	return n < REP_SMALL ? 0 : n;
}

/* Horizontal bars: label, bar, number; one row per item. */
/* colours: one per row, or NULL for colour on every row. */
static void hbars(strbuf_t *b, const char *const *labels, const long long *v, int n,
		  const char *colour, const char *const *colours)
{
	long long max = 1;
	for (int i = 0; i < n; i++)
		if (shown(v[i]) > max)
			max = shown(v[i]);
	int row = 30, label_w = 260, bar_w = 420, h = n * row + 8;
	sb_printf(b, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\">",
		  label_w + bar_w + 80, h);
	for (int i = 0; i < n; i++) {
		int y = i * row + 4;
		int w = (int)(shown(v[i]) * bar_w / max);
		sb_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"l\">",
			  label_w - 10, y + 19);
		esc(b, labels[i]);
		sb_printf(b,
			  "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"22\" rx=\"4\" "
			  "fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"n\">",
			  label_w, y + 2, w > 0 ? w : 0, colours ? colours[i] : colour,
			  label_w + (w > 0 ? w : 0) + 8, y + 19);
		count(b, v[i]);
		sb_append(b, "</text>");
	}
	sb_append(b, "</svg>");
}

static void heading(strbuf_t *b, const char *h)
{
	sb_append(b, "<h2>");
	esc(b, h);
	sb_append(b, "</h2>");
}

static void figures(strbuf_t *b, const rep_t *r)
{
	sb_append(b, "<div class=\"figs\">");
	for (int e = 0; e < rep_nevents; e++) {
		sb_append(b, "<div class=\"fig\"><b>");
		count(b, rep_sum(r, -1, rep_events[e].kind, NULL));
		sb_append(b, "</b><span>");
		esc(b, rep_tx(r, rep_events[e].label));
		sb_append(b, "</span></div>");
	}
	sb_append(b, "</div>");
}

/* Visits by week: one group of bars per week, one bar per kiosk. */
static void week_chart(strbuf_t *b, const rep_t *r)
{
	static int monday[REP_MAX_WEEKS];
	static long long v[REP_MAX_WEEKS], per[8][REP_MAX_WEEKS];
	int n = rep_weeks(r, -1, monday, v, REP_MAX_WEEKS);
	int nk = r->nk < 8 ? r->nk : 8;
	for (int k = 0; k < nk; k++)
		rep_weeks(r, k, monday, per[k], REP_MAX_WEEKS);
	long long max = 1;
	for (int k = 0; k < nk; k++)
		for (int w = 0; w < n; w++)
			if (shown(per[k][w]) > max)
				max = shown(per[k][w]);
	int gw = n > 0 ? (880 - 60) / n : 1, bw = (gw - 10) / (nk ? nk : 1), ch = 220;
	if (bw < 2)
		bw = 2;
	sb_printf(b, "<svg class=\"chart\" viewBox=\"0 0 900 %d\" role=\"img\">", ch + 60);
	for (int t = 0; t <= 4; t++) {
		int y = 10 + ch - t * ch / 4;
		sb_printf(b,
			  "<line x1=\"50\" x2=\"890\" y1=\"%d\" y2=\"%d\" class=\"grid\"/>"
			  "<text x=\"44\" y=\"%d\" text-anchor=\"end\" class=\"n\">%lld</text>",
			  y, y, y + 4, max * t / 4);
	}
	for (int w = 0; w < n; w++) {
		int x0 = 60 + w * gw;
		for (int k = 0; k < nk; k++) {
			int h = (int)(shown(per[k][w]) * ch / max);
			sb_printf(b,
				  "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
				  "<title>",
				  x0 + k * bw, 10 + ch - h, bw - 1, h, palette[k % NPAL]);
			esc(b, r->k[k].site_name);
			sb_append(b, ": ");
			count(b, per[k][w]);
			sb_append(b, "</title></rect>");
		}
		int year, week = rep_iso_week(monday[w], &year);
		if (n <= 26 || w % ((n + 25) / 26) == 0)
			sb_printf(b,
				  "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
				  "class=\"n\">%d</text>",
				  x0 + (gw - 10) / 2, ch + 30, week);
	}
	sb_printf(b, "<text x=\"470\" y=\"%d\" text-anchor=\"middle\" class=\"l\">", ch + 52);
	esc(b, rep_tx(r, RT_WEEK));
	sb_append(b, "</text></svg>");
	if (nk > 1) {
		sb_append(b, "<p class=\"legend\">");
		for (int k = 0; k < nk; k++) {
			sb_printf(b, "<span><i style=\"background:%s\"></i>", palette[k % NPAL]);
			esc(b, r->k[k].site_name);
			sb_append(b, "</span>");
		}
		sb_append(b, "</p>");
	}
}

/* Weekday x hour: a heat table, the count in each cell (<5 for small). */
static void hour_table(strbuf_t *b, const rep_t *r)
{
	long long grid[7][24];
	long long unknown = rep_hours(r, -1, grid);
	int h0 = 24, h1 = -1;
	long long max = 1;
	for (int d = 0; d < 7; d++)
		for (int h = 0; h < 24; h++)
			if (grid[d][h]) {
				h0 = h < h0 ? h : h0;
				h1 = h > h1 ? h : h1;
				max = shown(grid[d][h]) > max ? shown(grid[d][h]) : max;
			}
	if (h1 < 0) {
		sb_append(b, "<p>");
		esc(b, rep_tx(r, RT_NOTHING));
		sb_append(b, "</p>");
		return;
	}
	sb_append(b, "<table class=\"heat\"><tr><th></th>");
	for (int h = h0; h <= h1; h++)
		sb_printf(b, "<th>%02d</th>", h);
	sb_append(b, "</tr>");
	for (int d = 0; d < 7; d++) {
		sb_append(b, "<tr><th>");
		esc(b, rep_weekday(r, d + 1));
		sb_append(b, "</th>");
		for (int h = h0; h <= h1; h++) {
			int a = (int)(shown(grid[d][h]) * 85 / max);
			sb_printf(b, "<td style=\"background:rgba(31,163,199,%.2f)\">", a / 100.0);
			if (grid[d][h])
				count(b, grid[d][h]);
			sb_append(b, "</td>");
		}
		sb_append(b, "</tr>");
	}
	sb_append(b, "</table>");
	if (unknown) {
		sb_append(b, "<p class=\"small\">");
		esc(b, rep_tx(r, RT_UNKNOWN_HOUR));
		sb_append(b, ": ");
		count(b, unknown);
		sb_append(b, "</p>");
	}
}

static void key_chart(strbuf_t *b, const rep_t *r, const char *kind, int max_rows,
		      const char *colour)
{
	static rep_kv_t kv[REP_MAX_KEYS];
	int n = rep_keys(r, -1, kind, kv, REP_MAX_KEYS);
	if (n > max_rows)
		n = max_rows;
	if (!n) {
		sb_append(b, "<p>");
		esc(b, rep_tx(r, RT_NOTHING));
		sb_append(b, "</p>");
		return;
	}
	const char *labels[REP_MAX_KEYS];
	long long v[REP_MAX_KEYS];
	for (int i = 0; i < n; i++)
		labels[i] = rep_label(r, kind, kv[i].key), v[i] = kv[i].n;
	hbars(b, labels, v, n, colour, NULL);
}

static void searches_and_feedback(strbuf_t *b, const rep_t *r)
{
	const char *labels[3] = {rep_tx(r, RT_SEARCH_HIT), rep_tx(r, RT_SEARCH_MISS)};
	long long v[3] = {rep_sum(r, -1, "search", "hit"), rep_sum(r, -1, "search", "miss")};
	heading(b, rep_tx(r, RT_SEARCHES));
	hbars(b, labels, v, 2, palette[3], NULL);
	heading(b, rep_tx(r, RT_FEEDBACK));
	labels[0] = rep_tx(r, RT_FEEDBACK_1), labels[1] = rep_tx(r, RT_FEEDBACK_2),
	labels[2] = rep_tx(r, RT_FEEDBACK_3);
	v[0] = rep_sum(r, -1, "feedback", "1"), v[1] = rep_sum(r, -1, "feedback", "2"),
	v[2] = rep_sum(r, -1, "feedback", "3");
	static const char *const faces[3] = {"#FF6B4A", "#FFC845", "#2BB673"};
	hbars(b, labels, v, 3, NULL, faces);
}

static void side_by_side(strbuf_t *b, const rep_t *r)
{
	heading(b, rep_tx(r, RT_SIDE_BY_SIDE));
	sb_append(b, "<table class=\"sites\"><tr>");
	static const rep_text_t cols[] = {RT_SITE,   RT_KIOSK,	     RT_VERSION,
					  RT_SERIAL, RT_LAST_IMPORT, RT_LAST_SEEN};
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
		sb_append(b, "<th>");
		esc(b, rep_tx(r, cols[i]));
		sb_append(b, "</th>");
	}
	for (int e = 0; e < rep_nevents; e++) {
		sb_append(b, "<th class=\"num\">");
		esc(b, rep_tx(r, rep_events[e].label));
		sb_append(b, "</th>");
	}
	sb_append(b, "</tr>");
	for (int k = 0; k < r->nk; k++) {
		const rep_kiosk_t *x = &r->k[k];
		sb_printf(b, "<tr><td><i class=\"dot\" style=\"background:%s\"></i>",
			  palette[k % NPAL]);
		esc(b, x->site_name);
		sb_append(b, "</td><td>");
		esc(b, x->kiosk);
		sb_append(b, "</td><td>");
		esc(b, x->version);
		sb_append(b, "</td><td>");
		if (x->serial)
			sb_printf(b, "%lld", x->serial);
		sb_append(b, "</td><td>");
		esc(b, x->last_import);
		sb_append(b, "</td><td>");
		esc(b, x->written);
		sb_append(b, "</td>");
		for (int e = 0; e < rep_nevents; e++) {
			sb_append(b, "<td class=\"num\">");
			count(b, rep_sum(r, k, rep_events[e].kind, NULL));
			sb_append(b, "</td>");
		}
		sb_append(b, "</tr>");
	}
	sb_append(b, "</table>");
}

static const char style[] =
	"<style>"
	"body{font-family:'Noto Sans',system-ui,sans-serif;color:#1B1F3B;background:#FAF7F2;"
	"margin:0;padding:32px 48px;max-width:1100px}"
	"h1{font-size:30px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 10px}"
	".period{color:#5B6079;margin:0 0 20px}"
	".figs{display:flex;flex-wrap:wrap;gap:12px}"
	".fig{background:#fff;border-radius:12px;padding:14px 18px;min-width:120px;"
	"box-shadow:0 2px 0 #E6E0D6}.fig b{display:block;font-size:28px}"
	".fig span{color:#5B6079;font-size:14px}"
	".chart{width:100%;height:auto;background:#fff;border-radius:12px;padding:8px;"
	"box-sizing:border-box}"
	".chart .l{font-size:15px;fill:#1B1F3B}.chart .n{font-size:13px;fill:#5B6079}"
	".chart .grid{stroke:#EEEAE4}"
	".legend span{margin-right:18px;font-size:14px}"
	".legend i,.dot{display:inline-block;width:12px;height:12px;border-radius:3px;"
	"margin-right:6px;vertical-align:-1px}"
	"table{border-collapse:collapse;background:#fff;border-radius:12px;overflow:hidden}"
	"th,td{padding:6px 8px;font-size:13px;text-align:left;border-bottom:1px solid #EEEAE4}"
	".heat td{text-align:center;min-width:52px;padding:10px 6px}.num{text-align:right}"
	".small,.note{color:#5B6079;font-size:13px}"
	"@media print{body{background:#fff;padding:0}.chart,.fig,table{box-shadow:none;"
	"border:1px solid #ddd}h2{break-after:avoid}.chart,table{break-inside:avoid}}"
	"</style>";

int rep_write_html(const rep_t *r, const char *path)
{
	strbuf_t b = {0};
	sb_printf(&b,
		  "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\">"
		  "<meta name=\"viewport\" content=\"width=device-width\"><title>",
		  r->lang);
	esc(&b, rep_tx(r, RT_TITLE));
	sb_append(&b, "</title>");
	sb_append(&b, style);
	sb_append(&b, "</head><body><h1>");
	esc(&b, rep_tx(r, RT_TITLE));
	sb_append(&b, "</h1><p class=\"period\">");
	if (r->first_day) {
		char a[11], z[11];
		fmt_date(r->first_day, a);
		fmt_date(r->last_day, z);
		esc(&b, rep_tx(r, RT_PERIOD));
		sb_printf(&b, " %s – %s · ", a, z);
	}
	esc(&b, rep_tx(r, RT_SITES));
	sb_printf(&b, ": %d", r->nk);
	for (int k = 0; k < r->nk && k < 12; k++) {
		sb_append(&b, k ? ", " : " (");
		esc(&b, r->k[k].site_name);
	}
	sb_append(&b, r->nk ? ")</p>" : "</p>");
	figures(&b, r);
	heading(&b, rep_tx(r, RT_BY_WEEK));
	week_chart(&b, r);
	heading(&b, rep_tx(r, RT_BY_HOUR));
	hour_table(&b, r);
	heading(&b, rep_tx(r, RT_TOPICS));
	key_chart(&b, r, "topic_view", 15, palette[1]);
	searches_and_feedback(&b, r);
	heading(&b, rep_tx(r, RT_LANGUAGES));
	key_chart(&b, r, "visit_language", 12, palette[0]);
	side_by_side(&b, r);
	sb_append(&b, "<p class=\"note\">");
	esc(&b, rep_tx(r, RT_SMALL_NOTE));
	sb_append(&b, " ");
	esc(&b, rep_tx(r, RT_PRIVACY_NOTE));
	sb_append(&b, "</p></body></html>\n");
	if (b.oom) {
		sb_free(&b);
		return err_set(OVI_ENOMEM, "out of memory writing %s", path);
	}
	int rc = fs_write_atomic(path, b.s, b.len);
	sb_free(&b);
	return rc;
}
