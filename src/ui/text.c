/*
 * Text layout: word wrapping into a box, hyphenating words longer than a
 * line, and an ellipsis on the last line when lines run out. Widths come from
 * the platform's measure callback, always on the exact string that will be
 * drawn, so what is laid out is what is rendered.
 */
#include "ui/ui_internal.h"

#include "core/mem.h"
#include "core/utf8.h"

#include <string.h>

#define ELLIPSIS "\xE2\x80\xA6" /* … */

typedef struct tline {
	int a, b; /* bytes of s on this line */
	bool hyphen, ellipsis;
} tline_t;

typedef struct layout {
	ui_t *ui;
	const char *s;
	int len, font, px, width;
	char *buf; /* a line being measured: len + suffix */
	tline_t *lines;
	int n, cap;
	bool oom, ellipsised;
} layout_t;

/* The direction of s's first strong character: 1 right to left, 0 left to
 * right, -1 none (digits, punctuation, symbols only). */
static int first_strong(const char *s)
{
	const char *end = s + strlen(s);
	while (s < end) {
		uint32_t c = utf8_next(&s, end);
		if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
		    (c >= 0xFE70 && c <= 0xFEFF))
			return 1;
		bool ascii_letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
		bool neutral = (c < 0xC0 && !ascii_letter) || (c >= 0x2000 && c <= 0x2BFF) ||
			       c == 0xD7 || c == 0xF7;
		if (!neutral)
			return 0;
	}
	return -1;
}

bool ui_text_rtl(const char *s)
{
	return first_strong(s) == 1;
}

bool ui_text_dir_rtl(const ui_t *ui, const char *s)
{
	int d = first_strong(s);
	return d == 1 || (d < 0 && ui->rtl);
}

static int span_width(layout_t *L, int a, int b, const char *suffix)
{
	size_t n = (size_t)(b - a), k = strlen(suffix);
	memcpy(L->buf, L->s + a, n);
	memcpy(L->buf + n, suffix, k + 1);
	int w, h;
	ui_measure(L->ui, L->font, L->px, L->buf, &w, &h);
	return w;
}

static bool add_line(layout_t *L, int a, int b, bool hyphen, bool ellipsis)
{
	if (L->n == L->cap) {
		int cap = L->cap ? L->cap * 2 : 8;
		tline_t *l = ovi_realloc(L->lines, (size_t)cap * sizeof *l);
		if (!l) {
			L->oom = true;
			return false;
		}
		L->lines = l;
		L->cap = cap;
	}
	L->lines[L->n++] = (tline_t){a, b, hyphen, ellipsis};
	return true;
}

/* The next place a line may end, scanning from p: before a space (the
 * spaces are skipped), after a hyphen or slash inside a word, at a newline
 * (forced), or at the end (forced). Returns where to scan from next. */
static int next_break(const layout_t *L, int p, int *end, int *next, bool *forced)
{
	const char *s = L->s;
	for (int i = p; i < L->len; i++) {
		char c = s[i];
		if (c == '\n') {
			*end = i;
			*next = i + 1;
			*forced = true;
			return i + 1;
		}
		if (c == ' ') {
			int j = i;
			while (j < L->len && s[j] == ' ')
				j++;
			*end = i;
			*next = j;
			*forced = false;
			return j;
		}
		if ((c == '-' || c == '/') && i > 0 && i + 1 < L->len && s[i - 1] != ' ' &&
		    s[i + 1] != ' ' && s[i + 1] != '\n') {
			*end = i + 1;
			*next = i + 1;
			*forced = false;
			return i + 1;
		}
	}
	*end = *next = L->len;
	*forced = true;
	return L->len + 1;
}

static int next_cp(const char *s, int i, int len)
{
	i++;
	while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	return i;
}

/* The longest prefix [a, k) of [a, limit) that fits with suffix, at code point
 * boundaries; at least one code point even if it does not fit. */
static int fit_prefix(layout_t *L, int a, int limit, const char *suffix)
{
	int lo = next_cp(L->s, a, limit), k = lo;
	while (k < limit) {
		int n = next_cp(L->s, k, limit);
		if (span_width(L, a, n, suffix) > L->width)
			break;
		k = n;
	}
	return k > limit ? limit : (k < lo ? lo : k);
}

/* Lays s out in lines of at most width; max_lines 0 is unlimited. */
static void layout_run(layout_t *L, int max_lines)
{
	int a = 0;
	while (a < L->len && L->s[a] == ' ')
		a++;
	while (a < L->len && !L->oom) {
		bool last = max_lines > 0 && L->n == max_lines - 1;
		int best_end = -1, best_next = -1, p = a, word_end = -1;
		bool best_forced = false;
		for (;;) {
			int end, next;
			bool forced;
			p = next_break(L, p, &end, &next, &forced);
			if (word_end < 0)
				word_end = end;
			if (end > a && span_width(L, a, end, "") > L->width)
				break;
			best_end = end;
			best_next = next;
			best_forced = forced;
			if (forced)
				break;
		}
		bool hyphen = false;
		if (best_end < 0 || (best_end == a && !best_forced)) {
			/* One word longer than the line: break it. */
			best_end = fit_prefix(L, a, word_end, "-");
			best_next = best_end;
			hyphen = best_end < word_end;
		}
		bool more = best_next < L->len;
		if (last && more) {
			/* Out of lines: as much as fits, then "…". */
			int stop = a;
			while (stop < L->len && L->s[stop] != '\n')
				stop++;
			int k = fit_prefix(L, a, stop, ELLIPSIS);
			while (k > a + 1 && L->s[k - 1] == ' ')
				k--;
			add_line(L, a, k, false, true);
			L->ellipsised = true;
			return;
		}
		add_line(L, a, best_end, hyphen, false);
		a = best_next;
		if (!best_forced)
			while (a < L->len && L->s[a] == ' ')
				a++;
	}
}

static int style_size(ui_text_style_t st)
{
	return st.size ? st.size : UI_TS_BODY;
}

static bool layout_init(layout_t *L, ui_t *ui, const char *s, int width, ui_text_style_t st)
{
	memset(L, 0, sizeof *L);
	L->ui = ui;
	L->s = s ? s : "";
	L->len = (int)strlen(L->s);
	L->font = st.font;
	L->px = ui_font_px(ui, style_size(st));
	L->width = width < 1 ? 1 : width;
	L->buf = ovi_malloc((size_t)L->len + 8);
	if (!L->buf) {
		ui_dl(ui)->oom = true;
		return false;
	}
	return true;
}

static void layout_free(layout_t *L)
{
	ovi_free(L->buf);
	ovi_free(L->lines);
}

ui_rect_t ui_text(ui_t *ui, ui_rect_t r, const char *s, ui_text_style_t st)
{
	int x, y;
	return ui_text_ex(ui, r, s, st, &x, &y);
}

ui_rect_t ui_text_ex(ui_t *ui, ui_rect_t r, const char *s, ui_text_style_t st, int *end_x,
		     int *end_y)
{
	ui_rect_t used = {r.x, r.y, 0, 0};
	*end_x = r.x;
	*end_y = r.y;
	layout_t L;
	if (!s || !*s || !layout_init(&L, ui, s, r.w, st))
		return used;
	int lh = ui_line_height(ui, st.font, style_size(st));
	int max = st.max_lines;
	if (max <= 0 && r.h > 0)
		max = r.h / lh > 0 ? r.h / lh : 1;
	layout_run(&L, max);

	/* START is the frame's start (a mirrored frame puts it on the right);
	 * a right-to-left paragraph in a left-to-right frame starts on the
	 * right too. */
	bool rtl = ui_text_dir_rtl(ui, s);
	int align = st.align;
	if (rtl && !ui->rtl && align != UI_ALIGN_CENTER)
		align = align == UI_ALIGN_END ? UI_ALIGN_START : UI_ALIGN_END;
	int total = L.n * lh, y = r.y;
	if (r.h > 0 && st.valign == UI_ALIGN_CENTER)
		y += (r.h - total) / 2;
	else if (r.h > 0 && st.valign == UI_ALIGN_END)
		y += r.h - total;
	int minx = r.x + r.w, maxx = r.x;
	for (int i = 0; i < L.n; i++) {
		tline_t *l = &L.lines[i];
		const char *suffix = l->ellipsis ? ELLIPSIS : l->hyphen ? "-" : "";
		int w = span_width(&L, l->a, l->b, suffix);
		int x = r.x;
		if (align == UI_ALIGN_CENTER)
			x += (r.w - w) / 2;
		else if (align == UI_ALIGN_END)
			x += r.w - w;
		draw_text(ui_dl(ui), x, y + i * lh, w, lh, st.font, L.px, st.color, L.buf,
			  rtl ? DRAW_TEXT_RTL : 0);
		*end_x = rtl != ui->rtl ? x : x + w; /* where the line ends, as laid out */
		*end_y = y + i * lh;
		minx = x < minx ? x : minx;
		maxx = x + w > maxx ? x + w : maxx;
	}
	if (L.n)
		used = (ui_rect_t){minx, y, maxx - minx, total};
	ui_reg_text(ui, used, s, st.font, L.px, L.n, L.ellipsised);
	if (L.ellipsised)
		ui_reg_overflow(ui, "text ellipsised to %d line(s) of %d px: \"%.80s\"", L.n, r.w,
				s);
	else if (r.h > 0 && total > r.h)
		ui_reg_overflow(ui, "text %d px taller than its box: \"%.80s\"", total - r.h, s);
	if (L.oom)
		ui_dl(ui)->oom = true;
	layout_free(&L);
	return used;
}

/* FNV-1a over the text, then the layout's inputs; never 0. */
static uint64_t height_key(const char *s, int font, int px, int w, int max_lines)
{
	uint64_t h = 1469598103934665603ull;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	int more[] = {font, px, w, max_lines};
	for (int i = 0; i < 4; i++)
		h = (h ^ (uint64_t)(unsigned)more[i]) * 1099511628211ull;
	return h ? h : 1;
}

int ui_text_height(ui_t *ui, int w, const char *s, ui_text_style_t st)
{
	if (!s || !*s)
		return 0;
	int px = ui_font_px(ui, style_size(st));
	uint64_t key = height_key(s, st.font, px, w < 1 ? 1 : w, st.max_lines);
	int slot = (int)(key % UI_TH_CACHE);
	if (ui->th[slot].key == key)
		return ui->th[slot].h;
	layout_t L;
	if (!layout_init(&L, ui, s, w, st))
		return 0;
	layout_run(&L, st.max_lines);
	int h = L.n * ui_line_height(ui, st.font, style_size(st));
	bool oom = L.oom;
	layout_free(&L);
	if (!oom) {
		ui->th[slot].key = key;
		ui->th[slot].h = h;
	}
	return h;
}

int ui_text_width(ui_t *ui, const char *s, int font, int size)
{
	int w, h;
	ui_measure(ui, font, ui_font_px(ui, size ? size : UI_TS_BODY), s ? s : "", &w, &h);
	return w;
}
