/*
 * The frame around the youth screens: the header (site, open pill, help,
 * clock, languages), the content area handed to scr_*(), the bottom bar of
 * five destinations, and the two whole-screen states (dimmed outside
 * opening hours, no content yet). Overlays are in kiosk_overlay.c.
 *
 * The header is one row when everything fits (landscape), dropping the
 * least needed pieces first (the address, then the date, then the logo);
 * otherwise (portrait, many languages) two rows: who and when on top, what
 * you can tap below. The languages are buttons with their own names
 * ("Suomi", "Українська") where they fit beside the rest; where they do
 * not, one button with a globe and the visitor's language opens the list
 * of them (kiosk_overlay.c).
 */
#include "core/lang.h"
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"

#include <stdio.h>
#include <string.h>

#define NLANG_MAX (LANG_MAX + 3)

typedef struct hdr {
	char clock[6], weekday[32], date[32], open[96];
	bool has_open, open_now;
	const char *lang[NLANG_MAX];
	const char *label[NLANG_MAX]; /* the language's own name ("Suomi") */
	char code[NLANG_MAX][8];
	int nlang;
	const char *name, *address, *logo;
	/* plan */
	int gap, logo_d, lang_w[NLANG_MAX], langs_w, help_w, clock_w, date_w, pill_w, pill_h;
	int name_size, name_w, addr_w;
	bool two_rows, show_logo, show_date, show_addr, pill_alone, langs_compact;
	int row1_h, row2_h, h;
} hdr_t;

/* A language a button may offer: one the frame speaks (a catalogue, the
 * site's ui_texts.csv), or one the bundle has texts in. */
static bool offerable(const kiosk_view_t *v, const char *code)
{
	if (!code)
		return false;
	if (tr_speaks(code))
		return true;
	for (int i = 0; v->has_content && i < v->today.site.nlanguages; i++)
		if (!strcmp(v->today.site.languages[i], code))
			return true;
	return false;
}

static void add_lang(const char **out, int *n, int max, const char *code)
{
	if (!code || !*code || strlen(code) >= 8 || *n >= max)
		return;
	for (int i = 0; i < *n; i++)
		if (strcmp(out[i], code) == 0)
			return;
	out[(*n)++] = code;
}

int kiosk_langs(const kiosk_view_t *v, const kiosk_state_t *s, const char **out, int max)
{
	int n = 0;
	const today_view_t *t = &v->today;
	if (v->noffer_langs > 0) {
		for (int i = 0; i < v->noffer_langs && i < KIOSK_OFFER_MAX; i++)
			if (offerable(v, v->offer_langs[i]))
				add_lang(out, &n, max, v->offer_langs[i]);
	} else {
		add_lang(out, &n, max, "fi");
		add_lang(out, &n, max, "sv");
		add_lang(out, &n, max, "en");
		for (int i = 0; v->has_content && i < t->site.nlanguages; i++)
			add_lang(out, &n, max, t->site.languages[i]);
	}
	add_lang(out, &n, max, s->lang); /* a language from --lang that the bundle lost */
	return n;
}

static void hdr_text(hdr_t *h, const kiosk_view_t *v, const kiosk_state_t *s)
{
	const today_view_t *t = &v->today;
	ui_fmt_hhmm(wall_minute(v->now), h->clock);
	int day = wall_day(v->now), y, m, d;
	day_to_ymd(day, &y, &m, &d);
	ui_fmt(h->weekday, (int)sizeof h->weekday, "%s",
	       ui_fmt_weekday(s->lang, day_weekday(day), true));
	/* The date without its weekday: the last word(s) of ui_fmt_date(). */
	char full[64];
	ui_fmt_date(s->lang, day, true, full, sizeof full);
	const char *sp = strchr(full, ' ');
	ui_fmt(h->date, (int)sizeof h->date, "%s", sp ? sp + 1 : full);

	h->has_open = v->has_content;
	h->open_now = t->open_now;
	if (t->hours.open && t->hours.open_at >= 0 && t->minute >= t->hours.close_at &&
	    t->day == day) {
		/* Past closing: not "open today 10-13" at 18:07. */
		ui_fmt(h->open, (int)sizeof h->open, "%s", tx(s->lang, T_CLOSED_NOW));
	} else if (t->hours.open && t->hours.open_at >= 0) {
		char a[16], b[16];
		ui_fmt_time_short(t->hours.open_at, a, sizeof a);
		ui_fmt_time_short(t->hours.close_at, b, sizeof b);
		ui_fmt(h->open, (int)sizeof h->open, tx(s->lang, T_OPEN_TODAY), a, b);
	} else {
		ui_fmt(h->open, (int)sizeof h->open, "%s", tx(s->lang, T_CLOSED_TODAY));
	}

	h->nlang = kiosk_langs(v, s, h->lang, NLANG_MAX);
	for (int i = 0; i < h->nlang; i++)
		h->label[i] = tx_lang_name(h->lang[i], h->code[i], (int)sizeof h->code[0]);

	h->name = v->has_content && t->site.name && *t->site.name ? t->site.name : "Ovi";
	h->address = v->has_content && t->site.address ? t->site.address : "";
	h->logo = v->has_content ? t->site.logo : "";
}

static int help_width(ui_t *ui, const char *label)
{
	return ui_dp(ui, 20 + 34 + 12 + 26) + ui_text_width(ui, label, UI_FONT_BOLD, UI_TS_LABEL);
}

/* The one language button: a globe and the visitor's language. */
static int globe_width(ui_t *ui, const char *label)
{
	return ui_dp(ui, 18 + 32 + 10 + 22) + ui_text_width(ui, label, UI_FONT_BOLD, UI_TS_LABEL);
}

/* The label of the visitor's language among the header's. */
static const char *own_label(const hdr_t *h, const kiosk_state_t *s)
{
	for (int i = 0; i < h->nlang; i++)
		if (!strcmp(h->lang[i], s->lang))
			return h->label[i];
	return h->nlang ? h->label[0] : "";
}

/* Fits the name in w: the largest size that takes one line, else two lines. */
static void fit_name(ui_t *ui, hdr_t *h, int w)
{
	static const int sizes[3] = {UI_TS_SECTION, UI_TS_NAME, UI_TS_LABEL};
	for (int i = 0; i < 3; i++) {
		h->name_size = sizes[i];
		h->name_w = ui_text_width(ui, h->name, UI_FONT_BOLD, sizes[i]);
		if (h->name_w <= w)
			return;
	}
	h->name_w = w; /* wraps */
}

static int left_need(ui_t *ui, hdr_t *h, bool logo, bool addr, bool pill_alone)
{
	int name = ui_text_width(ui, h->name, UI_FONT_BOLD, UI_TS_SECTION);
	int second = addr ? h->addr_w : 0;
	if (h->has_open && !pill_alone)
		second = h->pill_w > second ? h->pill_w : second;
	int w = name > second ? name : second;
	if (logo)
		w += h->logo_d + h->gap;
	if (h->has_open && pill_alone)
		w += h->gap + h->pill_w;
	return w;
}

static void hdr_plan(ui_t *ui, hdr_t *h, const kiosk_state_t *s, int width)
{
	h->gap = ui_dp(ui, ui_portrait(ui) ? 20 : 24);
	h->logo_d = ui_dp(ui, 84);
	int lgap = ui_dp(ui, 12), inline_w = 0;
	for (int i = 0; i < h->nlang; i++) {
		int w = ui_text_width(ui, h->label[i], UI_FONT_BOLD, UI_TS_LABEL) + ui_dp(ui, 32);
		h->lang_w[i] = w > ui_dp(ui, UI_MIN_TARGET) ? w : ui_dp(ui, UI_MIN_TARGET);
		inline_w += h->lang_w[i] + (i ? lgap : 0);
	}
	int compact_w = h->nlang > 1 ? globe_width(ui, own_label(h, s)) : inline_w;

	h->help_w = help_width(ui, tx(s->lang, T_HELP_NOW));
	h->clock_w = ui_text_width(ui, h->clock, UI_FONT_BOLD, UI_TS_CLOCK);
	int ww = ui_text_width(ui, h->weekday, UI_FONT_REGULAR, UI_TS_BODY);
	int dw = ui_text_width(ui, h->date, UI_FONT_REGULAR, UI_TS_BODY);
	h->date_w = ww > dw ? ww : dw;
	h->pill_h = ui_pill_height(ui, UI_TS_LABEL);
	h->pill_w = ui_pill_width(ui, h->open, UI_TS_LABEL);
	h->addr_w = *h->address ? ui_text_width(ui, h->address, UI_FONT_REGULAR, UI_TS_SMALL) : 0;
	int clock_h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_CLOCK);
	h->row1_h = clock_h + ui_dp(ui, 20);
	if (h->row1_h < ui_dp(ui, 124))
		h->row1_h = ui_dp(ui, 124);

	/* One row: try dropping pieces in order of need. */
	struct {
		bool addr, pill_alone, date, logo;
	} levels[] = {{true, true, true, true},
		      {false, false, true, true},
		      {false, false, false, true},
		      {false, false, false, false}};
	/* Every language's button where that costs at most the address; else
	 * the one button with the list behind it. */
	for (int k = 0; !ui_portrait(ui) && k < 6; k++) {
		int i = k < 2 ? k : k - 2;
		h->langs_compact = k >= 2;
		h->langs_w = h->langs_compact ? compact_w : inline_w;
		int right_base = h->langs_w + h->gap + h->help_w + h->gap + h->clock_w;
		int need = right_base + (levels[i].date ? h->gap / 2 + h->date_w : 0) + h->gap +
			   left_need(ui, h, levels[i].logo, levels[i].addr, levels[i].pill_alone);
		if (need <= width) {
			h->two_rows = false;
			h->show_addr = levels[i].addr && *h->address;
			h->pill_alone = levels[i].pill_alone;
			h->show_date = levels[i].date;
			h->show_logo = levels[i].logo;
			h->h = h->row1_h;
			fit_name(ui, h,
				 width - need +
					 ui_text_width(ui, h->name, UI_FONT_BOLD, UI_TS_SECTION));
			return;
		}
	}

	/* Two rows. Top: logo, name, address | clock, date. Bottom: pill | help, languages. */
	h->two_rows = true;
	h->show_logo = true;
	h->show_date = true;
	int top_right = h->clock_w + h->gap / 2 + h->date_w;
	if (h->logo_d + h->gap + ui_dp(ui, 200) + h->gap + top_right > width)
		h->show_date = false, top_right = h->clock_w;
	if (h->logo_d + h->gap + ui_dp(ui, 200) + h->gap + top_right > width)
		h->show_logo = false;
	h->row2_h = ui_dp(ui, UI_MIN_TARGET + 20);
	h->langs_compact = h->help_w + h->gap + inline_w > width;
	h->langs_w = h->langs_compact ? compact_w : inline_w;
	int bottom = h->help_w + h->gap + h->langs_w;
	h->pill_alone = !h->has_open || bottom + h->gap + h->pill_w <= width;
	h->h = h->row1_h + h->row2_h;
	int left_w = width - top_right - h->gap - (h->show_logo ? h->logo_d + h->gap : 0);
	h->show_addr = *h->address && h->pill_alone && h->addr_w <= left_w;
	fit_name(ui, h, left_w);
}

static void draw_pill(ui_t *ui, const hdr_t *h, int x, int cy, int size)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_color_t bg = h->open_now ? th->wheel_deep[WHEEL_FREETIME] : th->wheel_tint[0];
	ui_color_t fg = h->open_now ? ui_on_color(th, bg) : th->muted;
	int ph = ui_pill_height(ui, size), pw = ui_pill_width(ui, h->open, size);
	ui_pill(ui, (ui_rect_t){x, cy - ph / 2, pw, ph}, h->open, size, bg, fg);
}

/* The hidden way into staff mode: the logo (or, without one, the site
 * name) held for STAFF_ENTRY_HOLD_MS. It looks like a logo, not a button:
 * only after a second of holding a thin bar under it starts to fill. */
static void staff_gesture(ui_t *ui, ui_rect_t r, ui_action_t *out)
{
	ui_press_t p =
		ui_press_hold(ui, ui_id(ui, "staff-entry"), r, "staff-entry", STAFF_ENTRY_HOLD_MS);
	if (p.fired)
		ui_act(out, KA_STAFF_ENTRY, 0, NULL);
	int64_t held = ui_press_held_ms(ui, ui_id(ui, "staff-entry"));
	if (!p.held || held < 1000)
		return;
	const ui_theme_t *th = ui_theme(ui);
	int bh = ui_dp(ui, 4),
	    w = (int)((int64_t)r.w * (held - 1000) / (STAFF_ENTRY_HOLD_MS - 1000));
	ui_rect_t bar = {r.x, r.y + r.h + ui_dp(ui, 6), w < r.w ? w : r.w, bh};
	draw_rect(ui_dl(ui), bar, bh / 2, th->muted);
}

/* Logo, name and the second line (address or the pill) in r, centred. */
static void draw_site(ui_t *ui, const hdr_t *h, ui_rect_t r, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	if (h->show_logo) {
		ui_rect_t lg = ui_cut_left(&r, h->logo_d);
		ui_rect_t logo = ui_center(lg, h->logo_d, h->logo_d);
		ui_page_logo(ui, logo, h->logo);
		staff_gesture(ui, logo, out);
		ui_cut_left(&r, h->gap);
	}
	bool pill_under = h->has_open && !h->pill_alone;
	ui_text_style_t ns = {UI_FONT_BOLD, h->name_size, th->ink, 0, 0, 2};
	int nw = h->name_w < r.w ? h->name_w : r.w;
	int nh = ui_text_height(ui, nw, h->name, ns);
	int sh = pill_under	? ui_pill_height(ui, UI_TS_SMALL) + ui_dp(ui, 6)
		 : h->show_addr ? ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL)
				: 0;
	int y = r.y + (r.h - nh - sh) / 2;
	ui_text(ui, (ui_rect_t){r.x, y, nw, nh}, h->name, ns);
	if (!h->show_logo) {
		int t = ui_dp(ui, UI_MIN_TARGET);
		int gh = nh > t ? nh : t, gw = nw > t ? nw : t;
		staff_gesture(ui, (ui_rect_t){r.x, y + nh / 2 - gh / 2, gw, gh}, out);
	}
	if (pill_under)
		draw_pill(ui, h, r.x, y + nh + ui_dp(ui, 6) + (sh - ui_dp(ui, 6)) / 2, UI_TS_SMALL);
	else if (h->show_addr)
		ui_text(ui, (ui_rect_t){r.x, y + nh, r.w, sh}, h->address,
			(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 1});
}

static void draw_clock(ui_t *ui, const hdr_t *h, ui_rect_t *row)
{
	const ui_theme_t *th = ui_theme(ui);
	if (h->show_date) {
		ui_rect_t dr = ui_cut_right(row, h->date_w);
		int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_BODY);
		ui_text_style_t ds = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_END, 0, 1};
		int y = dr.y + (dr.h - 2 * lh) / 2;
		ui_text(ui, (ui_rect_t){dr.x, y, dr.w, lh}, h->weekday, ds);
		ui_text(ui, (ui_rect_t){dr.x, y + lh, dr.w, lh}, h->date, ds);
		ui_cut_right(row, h->gap / 2);
	}
	ui_rect_t cr = ui_cut_right(row, h->clock_w);
	ui_text(ui, cr, h->clock,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_CLOCK, th->ink, UI_ALIGN_END, UI_ALIGN_CENTER,
				  1});
}

static void draw_help(ui_t *ui, const hdr_t *h, ui_rect_t r, const kiosk_state_t *s,
		      ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const char *label = tx(s->lang, T_HELP_NOW);
	ui_rect_t b = {r.x, r.y + (r.h - ui_dp(ui, UI_MIN_TARGET)) / 2, h->help_w,
		       ui_dp(ui, UI_MIN_TARGET)};
	ui_press_t p = ui_press(ui, ui_id(ui, "help"), b, label, true);
	if (p.fired)
		ui_act(out, KA_HELP, 0, NULL);
	ui_color_t fill = th->wheel_deep[WHEEL_HOUSING], fg = ui_on_color(th, fill);
	draw_rect(ui_dl(ui), b, b.h / 2, fill);
	if (p.held)
		draw_rect(ui_dl(ui), b, b.h / 2, th->pressed);
	int hs = ui_dp(ui, 34);
	kiosk_draw_heart(
		ui, (ui_rect_t){b.x + ui_dp(ui, 20), b.y + (b.h - hs) / 2 + ui_dp(ui, 1), hs, hs},
		fg);
	int x = b.x + ui_dp(ui, 20) + hs + ui_dp(ui, 12);
	ui_text(ui, (ui_rect_t){x, b.y, b.x + b.w - x - ui_dp(ui, 20), b.h}, label,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, fg, 0, UI_ALIGN_CENTER, 1});
}

/* The globe button: the visitor's language; a tap lists them all. */
static void draw_globe(ui_t *ui, const hdr_t *h, ui_rect_t r, const kiosk_state_t *s,
		       ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const char *label = own_label(h, s);
	int lb = ui_dp(ui, UI_MIN_TARGET);
	ui_rect_t b = {r.x + r.w - h->langs_w, r.y + (r.h - lb) / 2, h->langs_w, lb};
	ui_press_t p = ui_press(ui, ui_id(ui, "langs"), b, label, true);
	if (p.fired)
		ui_act(out, KA_LANGS, 0, NULL);
	draw_rect(ui_dl(ui), b, b.h / 2, th->surface);
	draw_outline(ui_dl(ui), b, b.h / 2, ui_dp(ui, 2), th->ink);
	if (p.held)
		draw_rect(ui_dl(ui), b, b.h / 2, th->pressed);
	int gs = ui_dp(ui, 32), x = b.x + ui_dp(ui, 18);
	kiosk_draw_icon(ui, (ui_rect_t){x, b.y + (b.h - gs) / 2, gs, gs}, KD_ICON_GLOBE, th->ink,
			th->surface);
	x += gs + ui_dp(ui, 10);
	ui_text(ui, (ui_rect_t){x, b.y, b.x + b.w - x - ui_dp(ui, 18), b.h}, label,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, th->ink, 0, UI_ALIGN_CENTER, 1});
}

/* Language buttons right-aligned in r, each with its own name; or the
 * globe button where they do not fit. */
static void draw_langs(ui_t *ui, const hdr_t *h, ui_rect_t r, const kiosk_state_t *s,
		       ui_action_t *out)
{
	if (h->langs_compact) {
		draw_globe(ui, h, r, s, out);
		return;
	}
	int lb = ui_dp(ui, UI_MIN_TARGET), lgap = ui_dp(ui, 12);
	int x = r.x + r.w - h->langs_w;
	for (int i = 0; i < h->nlang; i++) {
		ui_rect_t b = {x, r.y + (r.h - lb) / 2, h->lang_w[i], lb};
		x += h->lang_w[i] + lgap;
		bool on = strcmp(h->lang[i], s->lang) == 0;
		if (ui_button(ui, ui_idi(ui, "lang", i), b, h->label[i],
			      on ? UI_BTN_DARK : UI_BTN_OUTLINE))
			ui_act(out, KA_LANG, i, h->lang[i]);
	}
}

static void header(ui_t *ui, hdr_t *h, ui_rect_t r, const kiosk_state_t *s, ui_action_t *out)
{
	if (!h->two_rows) {
		ui_rect_t row = r;
		draw_langs(ui, h, ui_cut_right(&row, h->langs_w), s, out);
		ui_cut_right(&row, h->gap);
		draw_clock(ui, h, &row);
		ui_cut_right(&row, h->gap);
		draw_help(ui, h, ui_cut_right(&row, h->help_w), s, out);
		ui_cut_right(&row, h->gap);
		if (h->has_open && h->pill_alone) {
			int lw = (h->show_logo ? h->logo_d + h->gap : 0) + h->name_w;
			if (h->show_addr && h->addr_w > h->name_w)
				lw += h->addr_w - h->name_w;
			draw_pill(ui, h, row.x + lw + h->gap, row.y + row.h / 2, UI_TS_LABEL);
			row.w = lw;
		}
		draw_site(ui, h, row, out);
		return;
	}
	ui_rect_t top = ui_cut_top(&r, h->row1_h);
	draw_clock(ui, h, &top);
	ui_cut_right(&top, h->gap);
	draw_site(ui, h, top, out);
	ui_rect_t row2 = ui_cut_top(&r, h->row2_h);
	row2.h -= ui_dp(ui, 12);
	draw_langs(ui, h, ui_cut_right(&row2, h->langs_w), s, out);
	ui_cut_right(&row2, h->gap);
	draw_help(ui, h, ui_cut_right(&row2, h->help_w), s, out);
	if (h->has_open && h->pill_alone)
		draw_pill(ui, h, row2.x, row2.y + row2.h / 2, UI_TS_LABEL);
}

/* ---- The bottom bar ---------------------------------------------------- */

static const struct {
	text_id_t label;
	kiosk_screen_t to;
	kd_icon_t icon;
	int wheel;
} dests[5] = {
	{T_TODAY, KS_TODAY, KD_ICON_TODAY, WHEEL_MONEY},
	{T_WEEK, KS_WEEK, KD_ICON_WEEK, WHEEL_STUDIES},
	{T_ASK, KS_ASK, KD_ICON_ASK, WHEEL_WORK},
	{T_GROUPS, KS_GROUPS, KD_ICON_GROUPS, WHEEL_FREETIME},
	{T_SERVICES, KS_SERVICES, KD_ICON_SERVICES, WHEEL_HOUSING},
};

static int dest_of(kiosk_screen_t s)
{
	switch (s) {
	case KS_TODAY:
	case KS_PERSON:
		return 0;
	case KS_WEEK:
		return 1;
	case KS_ASK:
	case KS_TOPIC:
	case KS_QUESTION:
	case KS_QUESTION_SENT:
	case KS_NUMBER:
	case KS_ANSWERS:
		return 2;
	case KS_SERVICES:
	case KS_SERVICE:
		return 4;
	default:
		return 3;
	}
}

/* True when the screen has a text to read aloud and the kiosk a voice. */
static bool can_read(const kiosk_view_t *v, const kiosk_state_t *s)
{
	return v->can_speak && v->has_content &&
	       (s->screen == KS_TODAY || s->screen == KS_TOPIC || s->screen == KS_SERVICE);
}

/* The bar's columns: five destinations, then "read aloud" (when reading)
 * and Aa at the end. */
static ui_rect_t bar_inner(ui_t *ui, ui_rect_t bar, bool read, ui_rect_t *aa, ui_rect_t *rd)
{
	int m = ui_page_margin(ui), gap = ui_dp(ui, 12);
	ui_rect_t in = ui_inset_xy(bar, m - gap > 0 ? m - gap : 0, ui_dp(ui, 12));
	ui_rect_t ar = ui_cut_right(&in, ui_dp(ui, UI_MIN_TARGET));
	ui_cut_right(&in, gap);
	ui_rect_t rr = {0, 0, 0, 0};
	if (read) {
		rr = ui_cut_right(&in, ui_dp(ui, UI_MIN_TARGET));
		ui_cut_right(&in, gap);
	}
	if (aa)
		*aa = ar;
	if (rd)
		*rd = rr;
	return in;
}

/* A loudspeaker: a body, a cone and two sound arcs, in fg on bg. */
static void speaker_icon(ui_t *ui, ui_rect_t r, ui_color_t fg, ui_color_t bg)
{
	int u = r.w / 12;
	int cy = r.y + r.h / 2;
	draw_rect(ui_dl(ui), (ui_rect_t){r.x + 2 * u, cy - u, 2 * u, 2 * u}, 0, fg);
	for (int i = 0; i < 3; i++) /* the cone, widening */
		draw_rect(ui_dl(ui),
			  (ui_rect_t){r.x + (4 + i) * u, cy - (2 + i) * u, u, (4 + 2 * i) * u}, 0,
			  fg);
	for (int k = 0; k < 2; k++) { /* arcs: circle outlines, their left halves hidden */
		int rad = (3 + 2 * k) * u;
		ui_rect_t c = {r.x + 6 * u - rad, cy - rad, 2 * rad, 2 * rad};
		draw_outline(ui_dl(ui), c, rad, u > 1 ? u : 1, fg);
		draw_rect(ui_dl(ui), (ui_rect_t){c.x, c.y, rad + u, c.h}, 0, bg);
	}
	/* The cone again, over the arcs' covers. */
	draw_rect(ui_dl(ui), (ui_rect_t){r.x + 2 * u, cy - u, 2 * u, 2 * u}, 0, fg);
	for (int i = 0; i < 3; i++)
		draw_rect(ui_dl(ui),
			  (ui_rect_t){r.x + (4 + i) * u, cy - (2 + i) * u, u, (4 + 2 * i) * u}, 0,
			  fg);
}

/* One text size for the five labels: the largest at which every label
 * fits on one line (else the smallest, on two lines). */
static int bar_label_size(ui_t *ui, const char *lang, int width, int *lines)
{
	static const int sizes[3] = {UI_TS_LABEL, UI_TS_SMALL, UI_TS_CAPTION};
	int lw = ui_col((ui_rect_t){0, 0, width, 0}, 0, 5, ui_dp(ui, 12)).w - ui_dp(ui, 12);
	for (int k = 0; k < 3; k++) {
		bool fits = true;
		for (int i = 0; i < 5; i++)
			fits = fits && ui_text_width(ui, tx(lang, dests[i].label), UI_FONT_BOLD,
						     sizes[k]) <= lw;
		if (fits) {
			*lines = 1;
			return sizes[k];
		}
	}
	*lines = 2;
	return UI_TS_CAPTION;
}

static int bar_height(ui_t *ui, const char *lang, bool read)
{
	int lines, w = bar_inner(ui, ui_screen(ui), read, NULL, NULL).w;
	int size = bar_label_size(ui, lang, w, &lines);
	int text = lines == 1 ? ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL)
			      : 2 * ui_line_height(ui, UI_FONT_BOLD, size);
	if (text < ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL))
		text = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
	int h = ui_dp(ui, 12 + 14 + 44 + 8 + 14 + 12) + text;
	int min = ui_dp(ui, ui_screen(ui).h < ui_dp(ui, 800) ? 124 : 140);
	return h > min ? h : min;
}

static void bottom_bar(ui_t *ui, ui_rect_t bar, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_rect(ui_dl(ui), bar, 0, th->ink);
	int gap = ui_dp(ui, 12);
	bool read = can_read(v, s);
	ui_rect_t ar, rr, in = bar_inner(ui, bar, read, &ar, &rr);
	int active = dest_of(s->screen);
	if (read) {
		/* Read aloud: the screen's main text in its language. */
		ui_press_t p =
			ui_press(ui, ui_id(ui, "read-aloud"), rr, tx(s->lang, T_READ_ALOUD), true);
		if (p.fired)
			ui_act(out, KA_READ_ALOUD, 0, NULL);
		draw_outline(ui_dl(ui), rr, ui_radius(ui), ui_dp(ui, 3), th->on_ink);
		if (p.held)
			draw_rect(ui_dl(ui), rr, ui_radius(ui), ui_alpha(th->bg, 60));
		speaker_icon(ui, ui_inset(rr, rr.w / 5), th->on_ink, th->ink);
	}
	/* Aa at the end of the bar: larger text and strong colours for this
	 * visit (KO_ACCESS); filled while either is on. */
	{
		bool on = s->large_text || s->high_contrast;
		ui_press_t p = ui_press(ui, ui_id(ui, "access"), ar, "Aa", true);
		if (p.fired)
			ui_act(out, KA_ACCESS, 0, NULL);
		draw_rect(ui_dl(ui), ar, ui_radius(ui), on ? th->bg : th->ink);
		draw_outline(ui_dl(ui), ar, ui_radius(ui), ui_dp(ui, 3), th->on_ink);
		if (p.held)
			draw_rect(ui_dl(ui), ar, ui_radius(ui), ui_alpha(th->bg, 60));
		ui_text(ui, ar, "Aa",
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, on ? th->ink : th->on_ink,
					  UI_ALIGN_CENTER, UI_ALIGN_CENTER, 1});
	}
	int lines, size = bar_label_size(ui, s->lang, in.w, &lines);
	for (int i = 0; i < 5; i++) {
		ui_rect_t r = ui_col(in, i, 5, gap);
		const char *label = tx(s->lang, dests[i].label);
		ui_press_t p = ui_press(ui, ui_idi(ui, "nav", i), r, label, true);
		if (p.fired)
			ui_act(out, KA_NAV, dests[i].to, NULL);
		bool on = i == active;
		ui_color_t fg = on ? th->ink : th->on_ink;
		if (on) {
			draw_rect(ui_dl(ui), r, ui_radius(ui), th->bg);
			if (th->high_contrast)
				draw_outline(ui_dl(ui), r, ui_radius(ui), ui_dp(ui, 3), th->on_ink);
		}
		if (p.held)
			draw_rect(ui_dl(ui), r, ui_radius(ui), ui_alpha(th->bg, 60));
		int isz = ui_dp(ui, 44);
		ui_rect_t ir = {r.x + (r.w - isz) / 2, r.y + ui_dp(ui, 14), isz, isz};
		kiosk_draw_icon(ui, ir, dests[i].icon, th->wheel[dests[i].wheel],
				on ? th->bg : th->ink);
		ui_rect_t lr = {r.x + ui_dp(ui, 6), ir.y + isz + ui_dp(ui, 8), r.w - ui_dp(ui, 12),
				r.y + r.h - (ir.y + isz + ui_dp(ui, 8)) - ui_dp(ui, 6)};
		ui_text(ui, lr, label,
			(ui_text_style_t){UI_FONT_BOLD, size, fg, UI_ALIGN_CENTER, UI_ALIGN_START,
					  2});
	}
}

/* ---- Whole-screen states ----------------------------------------------- */

/* Outside opening hours: dark and calm, readable from across the room. */
static void dimmed(ui_t *ui, const kiosk_view_t *v, const hdr_t *h, const kiosk_state_t *s,
		   ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t r = ui_screen(ui);
	ui_color_t bg = th->high_contrast ? th->bg : ui_rgb(0x0E1022);
	ui_color_t fg = th->high_contrast ? th->ink : ui_rgb(0xD5D8E6);
	ui_color_t soft = th->high_contrast ? th->muted : ui_rgb(0x9AA0BC);
	const char *wake = tx(s->lang, T_TAP_TO_WAKE);
	if (ui_press(ui, ui_id(ui, "wake"), r, wake, true).fired)
		ui_act(out, KA_NAV, KS_TODAY, NULL);
	draw_rect(ui_dl(ui), r, 0, bg);

	char next[128] = "", first[200] = "";
	kiosk_next_open(v, s->lang, next, sizeof next);
	kiosk_first_next(v, s->lang, first, sizeof first);
	const char *lines[6] = {h->name,
				h->clock,
				tx(s->lang, T_CLOSED_NOW),
				*next ? tx(s->lang, T_NEXT_OPEN) : "",
				next,
				*next ? first : ""};
	static const int sizes[6] = {UI_TS_SECTION, UI_TS_CLOCK, UI_TS_TITLE,
				     UI_TS_BODY,    UI_TS_NAME,	 UI_TS_BODY};
	ui_rect_t col = ui_inset(r, ui_page_margin(ui));
	int total = 0,
	    gaps[6] = {ui_dp(ui, 24), ui_dp(ui, 8), ui_dp(ui, 40), ui_dp(ui, 4), ui_dp(ui, 12), 0};
	ui_text_style_t st[6];
	for (int i = 0; i < 6; i++) {
		st[i] = (ui_text_style_t){i == 3 || i == 5 ? UI_FONT_REGULAR : UI_FONT_BOLD,
					  sizes[i],
					  i == 0 || i == 3 || i == 5 ? soft : fg,
					  UI_ALIGN_CENTER,
					  0,
					  0};
		total += ui_page_text_h(ui, col.w, lines[i], st[i]) + gaps[i];
	}
	int y = col.y + (col.h - total) / 2;
	for (int i = 0; i < 6; i++) {
		ui_rect_t u = ui_text(ui, (ui_rect_t){col.x, y, col.w, 0}, lines[i], st[i]);
		y += (*lines[i] ? u.h : 0) + gaps[i];
	}
	int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
	ui_text(ui, (ui_rect_t){col.x, col.y + col.h - lh, col.w, lh}, wake,
		(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, soft, UI_ALIGN_CENTER, 0, 1});
}

/* No bundle yet: a welcome instead of empty lists. */
static void no_content(ui_t *ui, ui_rect_t area, const kiosk_state_t *s)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 48), logo = ui_dp(ui, 120);
	int w = area.w < ui_dp(ui, 1000) ? area.w : ui_dp(ui, 1000);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_CENTER, 0, 0};
	const char *t = tx(s->lang, T_NO_CONTENT), *b = tx(s->lang, T_NO_CONTENT_SUB);
	int th_ = ui_text_height(ui, w - 2 * pad, t, ts),
	    bh = ui_text_height(ui, w - 2 * pad, b, bs);
	int h = 2 * pad + logo + ui_dp(ui, 28) + th_ + ui_dp(ui, 12) + bh;
	if (h > area.h)
		h = area.h;
	ui_rect_t card = ui_center(area, w, h);
	ui_card(ui, card);
	int y = card.y + pad;
	ui_page_wheel_logo(ui, (ui_rect_t){card.x + (card.w - logo) / 2, y, logo, logo});
	y += logo + ui_dp(ui, 28);
	y += ui_text(ui, (ui_rect_t){card.x + pad, y, card.w - 2 * pad, 0}, t, ts).h +
	     ui_dp(ui, 12);
	ui_text(ui, (ui_rect_t){card.x + pad, y, card.w - 2 * pad, 0}, b, bs);
}

bool kiosk_private_result(const kiosk_state_t *s)
{
	return s->screen == KS_NUMBER || s->screen == KS_SIGNED_UP ||
	       s->screen == KS_QUESTION_SENT || s->screen == KS_CANCELLED ||
	       s->screen == KS_IDEA_SENT;
}

/* The countdown of a private result: one calm line with a bar that
 * shortens, so that the person knows the code will not stay up. */
static int countdown_height(ui_t *ui)
{
	return ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL) + ui_dp(ui, 20);
}

static void countdown(ui_t *ui, ui_rect_t r, const kiosk_state_t *s, int total_s)
{
	const ui_theme_t *th = ui_theme(ui);
	char text[160];
	ui_fmt(text, (int)sizeof text, tx_n(s->lang, T_RESULT_RETURN, s->result_seconds_left),
	       s->result_seconds_left);
	int bar = ui_dp(ui, 4);
	ui_rect_t track = {r.x, r.y + ui_dp(ui, 6), r.w, bar};
	draw_rect(ui_dl(ui), track, bar / 2, th->line);
	if (total_s > 0) {
		int left = s->result_seconds_left > total_s ? total_s : s->result_seconds_left;
		track.w = (int)((int64_t)r.w * left / total_s);
		draw_rect(ui_dl(ui), track, bar / 2, th->muted);
	}
	ui_text(ui, (ui_rect_t){r.x, r.y + ui_dp(ui, 10), r.w, r.h - ui_dp(ui, 10)}, text,
		(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, UI_ALIGN_CENTER,
				  UI_ALIGN_CENTER, 1});
}

/* "How was your visit?" on a result screen (the end of what the visitor
 * came to do), when the site asks it: three faces, one tap, then thanks.
 * Counted by the app (app/kapp_youth_usage.c) and never tied to anything else. */
static int feedback_height(ui_t *ui)
{
	return ui_dp(ui, 88);
}

static void feedback(ui_t *ui, ui_rect_t r, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_text_style_t ts = {UI_FONT_BOLD,   UI_TS_BODY,      th->ink,
			      UI_ALIGN_START, UI_ALIGN_CENTER, 2};
	if (s->feedback_given) {
		ts.align = UI_ALIGN_CENTER;
		ui_text(ui, r, tx(s->lang, T_FEEDBACK_THANKS), ts);
		return;
	}
	int face = ui_dp(ui, 76), gap = ui_dp(ui, 12);
	int faces_w = 3 * face + 2 * gap;
	int text_w = r.w - faces_w - gap * 2;
	ui_rect_t text = {r.x, r.y, text_w, r.h};
	ui_text(ui, text, tx(s->lang, T_FEEDBACK_ASK), ts);
	static const text_id_t labels[3] = {T_FEEDBACK_BAD, T_FEEDBACK_OK, T_FEEDBACK_GOOD};
	static const int wheels[3] = {1, 2, 3}; /* the wheel's coral, sun and green */
	int x = r.x + r.w - faces_w;
	for (int i = 0; i < 3; i++) {
		ui_rect_t b = {x + i * (face + gap), r.y + (r.h - face) / 2, face, face};
		char id[16];
		snprintf(id, sizeof id, "face-%d", i + 1);
		ui_press_t p = ui_press(ui, ui_id(ui, id), b, tx(s->lang, labels[i]), true);
		ui_color_t fill = th->wheel[wheels[i]];
		int in = p.held ? ui_dp(ui, 6) : ui_dp(ui, 2);
		kiosk_draw_face(ui, ui_inset_xy(b, in, in), i + 1, fill, ui_on_color(th, fill));
		if (p.fired)
			ui_act(out, KA_FEEDBACK, i + 1, "");
	}
}

bool kiosk_typing(const kiosk_state_t *s)
{
	return s->screen == KS_QUESTION || s->screen == KS_SIGNUP || s->screen == KS_CANCEL ||
	       s->screen == KS_IDEA || (s->screen == KS_SERVICES && s->search_open);
}

static void content(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		    ui_action_t *out)
{
	ui_push_id(ui, ui_id(ui, kiosk_screen_name(s->screen)));
	switch (s->screen) {
	case KS_TODAY:
		scr_today(ui, area, v, s, out);
		break;
	case KS_WEEK:
		scr_week(ui, area, v, s, out);
		break;
	case KS_ASK:
	case KS_TOPIC:
	case KS_QUESTION:
	case KS_QUESTION_SENT:
	case KS_NUMBER:
	case KS_ANSWERS:
		scr_ask(ui, area, v, s, out);
		break;
	case KS_SERVICES:
	case KS_SERVICE:
		scr_services(ui, area, v, s, out);
		break;
	case KS_PERSON:
		scr_person(ui, area, v, s, out);
		break;
	default:
		scr_groups(ui, area, v, s, out);
		break;
	}
	ui_pop_id(ui);
}

void kiosk_frame(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	/* An Arabic (Persian, Sorani...) visitor reads the whole frame right
	 * to left: the logo and the start of every row on the right. */
	ui_set_rtl(ui, lang_rtl(s->lang));
	hdr_t h;
	memset(&h, 0, sizeof h);
	hdr_text(&h, v, s);
	int m = ui_page_margin(ui);
	hdr_plan(ui, &h, s, scr.w - 2 * m);

	if (v->display_dim) {
		dimmed(ui, v, &h, s, out);
		return;
	}
	draw_rect(ui_dl(ui), scr, 0, th->bg);
	ui_rect_t r = scr;
	ui_rect_t head = ui_cut_top(&r, h.h + ui_dp(ui, 8));
	head.y += ui_dp(ui, 8);
	head.h -= ui_dp(ui, 8);
	bool bar = v->has_content && !kiosk_typing(s);
	ui_rect_t bar_r = bar ? ui_cut_bottom(&r, bar_height(ui, s->lang, can_read(v, s)))
			      : (ui_rect_t){0, 0, 0, 0};
	bool counting = v->has_content && kiosk_private_result(s) && s->result_seconds_left > 0;
	ui_rect_t count_r =
		counting ? ui_cut_bottom(&r, countdown_height(ui)) : (ui_rect_t){0, 0, 0, 0};
	bool asking = counting && v->ask_feedback;
	ui_rect_t feedback_r =
		asking ? ui_cut_bottom(&r, feedback_height(ui)) : (ui_rect_t){0, 0, 0, 0};
	ui_rect_t area = ui_inset_xy(r, m, 0);
	int banner_h = v->has_content ? kiosk_called_banner_h(ui, area, v, s) : 0;
	ui_rect_t banner_r = ui_cut_bottom(&area, banner_h);

	if (v->has_content)
		content(ui, area, v, s, out);
	else
		no_content(ui, ui_inset_xy(area, 0, ui_dp(ui, 16)), s);
	/* The header and the bar come after the content so that nothing
	 * scrolled or drawn by a screen paints over them. */
	header(ui, &h, ui_inset_xy(head, m, 0), s, out);
	if (bar)
		bottom_bar(ui, bar_r, v, s, out);
	if (counting)
		countdown(ui, ui_inset_xy(count_r, m, 0), s, v->result_timeout_s);
	if (asking)
		feedback(ui, ui_inset_xy(feedback_r, m, 0), s, out);
	if (banner_h)
		kiosk_called_banner(ui, banner_r, v, s);
	kiosk_overlays(ui, v, s, area, out);
}
