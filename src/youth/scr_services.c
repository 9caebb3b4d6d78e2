/*
 * Services: the region's organisations and projects, searchable by keyword
 * (KS_SERVICES), and one of them in full (KS_SERVICE).
 *
 * The search: tapping the field asks for the keyboard (KA_SEARCH_FOCUS sets
 * state.search_open); what is typed is state.kb.text and the app has already
 * filtered v->services by it; the keyboard's action key ("Hae") closes it to
 * show the results. Contacts are plain text: nothing here leaves the kiosk.
 */
#include "youth/kiosk_draw.h"
#include "youth/scr_gs.h"

#include "core/str.h"

#include <stdio.h>
#include <string.h>

/* A service's week on site: per weekday, its visits merged where they
 * overlap or touch (several people of one organisation make one "10–17"). */
#define DAY_SPANS 4

typedef struct day_visits {
	int n, start[DAY_SPANS], end[DAY_SPANS];
} day_visits_t;

static void week_of(const service_view_t *sv, day_visits_t days[8])
{
	memset(days, 0, 8 * sizeof days[0]);
	for (int wd = 1; wd <= 7; wd++) {
		day_visits_t *d = &days[wd];
		/* Picks the visits of wd in start order (few: a selection sort). */
		int last = -1, last_end = -1;
		for (;;) {
			int best = -1;
			for (int i = 0; i < sv->nvisits; i++) {
				const service_visit_t *vi = &sv->visits[i];
				if (vi->weekday != wd || vi->end <= vi->start)
					continue;
				bool after = vi->start > last ||
					     (vi->start == last && vi->end > last_end);
				if (after && (best < 0 || vi->start < sv->visits[best].start ||
					      (vi->start == sv->visits[best].start &&
					       vi->end < sv->visits[best].end)))
					best = i;
			}
			if (best < 0)
				break;
			const service_visit_t *vi = &sv->visits[best];
			last = vi->start;
			last_end = vi->end;
			if (d->n && vi->start <= d->end[d->n - 1]) {
				if (vi->end > d->end[d->n - 1])
					d->end[d->n - 1] = vi->end;
			} else if (d->n < DAY_SPANS) {
				d->start[d->n] = vi->start;
				d->end[d->n] = vi->end;
				d->n++;
			}
		}
	}
}

static bool same_day(const day_visits_t *a, const day_visits_t *b)
{
	if (a->n != b->n)
		return false;
	for (int i = 0; i < a->n; i++)
		if (a->start[i] != b->start[i] || a->end[i] != b->end[i])
			return false;
	return true;
}

/* "10–14, 15–17". */
static void day_spans(const day_visits_t *d, char *out, size_t cap)
{
	size_t n = 0;
	out[0] = 0;
	for (int i = 0; i < d->n && n + 1 < cap; i++) {
		char span[32];
		scr_gs_span_short(d->start[i], d->end[i], span, sizeof span);
		int k = snprintf(out + n, cap - n, "%s%s", i ? ", " : "", span);
		n += k > 0 ? (size_t)k : 0;
	}
}

/* "ma 10–17 · ti 10–13:30 · ke–pe 10–15": days in a row with the same hours
 * share one entry. */
static void visits_line(const char *lang, const service_view_t *sv, char *out, size_t cap)
{
	day_visits_t days[8];
	week_of(sv, days);
	size_t n = 0;
	out[0] = 0;
	for (int wd = 1; wd <= 7 && n + 1 < cap; wd++) {
		if (!days[wd].n)
			continue;
		int to = wd;
		while (to < 7 && same_day(&days[wd], &days[to + 1]))
			to++;
		char spans[96], name[48];
		day_spans(&days[wd], spans, sizeof spans);
		const char *a = ui_fmt_weekday(lang, wd, false);
		if (to > wd)
			snprintf(name, sizeof name, "%s–%s", a, ui_fmt_weekday(lang, to, false));
		else
			snprintf(name, sizeof name, "%s", a);
		int k = snprintf(out + n, cap - n, "%s%s %s", n ? " · " : "", name, spans);
		n += k > 0 ? (size_t)k : 0;
		wd = to;
	}
	if (n >= cap && cap > 0)
		out[cap - 1] = 0;
}

static int wheel_of(const service_view_t *sv)
{
	return sv->sector > 0 && sv->sector < UI_WHEEL_COUNT ? (int)sv->sector : 0;
}

/* ---- The search field -------------------------------------------------- */

/* A magnifying glass drawn with circles: a ring and a handle of dots. */
static void search_glyph(ui_t *ui, ui_rect_t r, ui_color_t ink, ui_color_t bg)
{
	draw_list_t *dl = ui_dl(ui);
	int d = r.w < r.h ? r.w : r.h;
	int rad = d * 3 / 10, cx = r.x + d * 2 / 5, cy = r.y + d * 2 / 5;
	int line = d / 10 > 1 ? d / 10 : 2;
	draw_circle(dl, cx, cy, rad, ink);
	draw_circle(dl, cx, cy, rad - line, bg);
	for (int i = 0; i <= 4; i++) {
		int o = rad * 7 / 10 + i * d / 14;
		draw_circle(dl, cx + o, cy + o, line * 3 / 4 + 1, ink);
	}
}

/* The tail of text that fits w in one line ("…ja kesätyö"). */
static const char *tail_fit(ui_t *ui, const char *text, int w, int size, char *buf, size_t cap)
{
	const char *t = text;
	const char *shown = text;
	while (*t && ui_text_width(ui, shown, UI_FONT_REGULAR, size) > w) {
		t++;
		while (((unsigned char)*t & 0xC0) == 0x80)
			t++;
		snprintf(buf, cap, "…%s", t);
		shown = buf;
	}
	return shown;
}

static int search_row(ui_t *ui, ui_rect_t r, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	const char *lang = s->lang;
	int fh = ui_dp(ui, 84), gap = ui_dp(ui, 16), rad = ui_dp(ui, 16);
	bool has_text = s->kb.text[0] != 0, open = s->search_open;
	ui_button_opts_t co = {.style = UI_BTN_SECONDARY, .icon = "×"};
	int cw = has_text ? ui_button_width(ui, scr_gs_tx(lang, GS_CLEAR), &co) : 0;
	ui_rect_t f = {r.x, r.y, r.w - (cw ? cw + gap : 0), fh};

	ui_press_t p = ui_press(ui, ui_id(ui, "search"), f, scr_gs_tx(lang, GS_SEARCH_FIELD), true);
	if (p.fired)
		ui_act(out, KA_SEARCH_FOCUS, 0, NULL);
	draw_rect(dl, f, rad, th->surface);
	draw_outline(dl, f, rad, ui_dp(ui, open ? 4 : 2), open ? th->ink : th->muted);
	int gw = ui_dp(ui, 40), gp = ui_dp(ui, 22);
	search_glyph(ui, (ui_rect_t){f.x + gp, f.y + (fh - gw) / 2, gw, gw},
		     open ? th->ink : th->muted, th->surface);
	ui_rect_t in = {f.x + 2 * gp + gw, f.y, f.w - 3 * gp - gw, fh};
	char buf[UI_KB_TEXT_MAX + 8];
	const char *shown = has_text ? tail_fit(ui, s->kb.text, in.w - ui_dp(ui, 12), UI_TS_NAME,
						buf, sizeof buf)
				     : tx(lang, T_SEARCH_PLACEHOLDER);
	int size = has_text ? UI_TS_NAME : UI_TS_LABEL;
	if (!has_text && ui_text_width(ui, shown, UI_FONT_REGULAR, size) > in.w)
		size = UI_TS_BODY;
	if (!has_text && ui_text_width(ui, shown, UI_FONT_REGULAR, size) > in.w)
		shown = tx(lang, T_SEARCH); /* a narrow field: "Hae" says it */
	ui_rect_t t =
		ui_text(ui, in, shown,
			(ui_text_style_t){UI_FONT_REGULAR, size, has_text ? th->ink : th->muted, 0,
					  UI_ALIGN_CENTER, 1});
	if (open) {
		int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_NAME), cw2 = ui_dp(ui, 3);
		int cx = has_text ? t.x + t.w + cw2 : in.x;
		draw_rect(
			dl,
			(ui_rect_t){cx, f.y + (fh - lh * 3 / 4) / 2, cw2 > 1 ? cw2 : 2, lh * 3 / 4},
			0, th->focus);
	}
	if (p.held)
		draw_rect(dl, f, rad, th->pressed);
	if (has_text &&
	    ui_button_ex(ui, ui_id(ui, "search-clear"), (ui_rect_t){f.x + f.w + gap, r.y, cw, fh},
			 scr_gs_tx(lang, GS_CLEAR), &co))
		ui_act(out, KA_SEARCH_CLEAR, 0, NULL);
	return fh;
}

/* ---- KS_SERVICES --------------------------------------------------------- */

typedef struct svc_geom {
	int logo, name_h, org_h, points_h, visits_h, chev_w;
} svc_geom_t;

static const char *point(const service_view_t *sv, int i)
{
	const char *p = i == 0 ? sv->point1 : i == 1 ? sv->point2 : sv->point3;
	return p ? p : "";
}

static ui_text_style_t st(int font, int size, ui_color_t c)
{
	return (ui_text_style_t){font, size, c, 0, 0, 0};
}

/* Lays a service card out at width w (draw false) or draws it in r. */
static int service_card(ui_t *ui, ui_rect_t r, const char *lang, const service_view_t *sv, int i,
			bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int iw = r.w - scr_gs_band_pad_start(ui) - scr_gs_band_pad(ui), gap = ui_dp(ui, 16);
	int logo = sv->logo && *sv->logo ? ui_dp(ui, 72) : 0;
	int chev = ui_text_width(ui, "›", UI_FONT_BOLD, UI_TS_SECTION);
	int side = (logo > chev ? logo : chev) + gap;
	char visits[256], on_site[320];
	visits_line(lang, sv, visits, sizeof visits);
	snprintf(on_site, sizeof on_site, "%s: %s", tx(lang, T_ON_SITE_WHEN), visits);
	ui_text_style_t ns = st(UI_FONT_BOLD, UI_TS_NAME, th->ink);
	ui_text_style_t os = st(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	ui_text_style_t vs = st(UI_FONT_BOLD, UI_TS_SMALL, th->ink);
	int name_h = ui_text_height(ui, iw - side, sv->name, ns);
	int org_h = *sv->org_name ? ui_text_height(ui, iw - side, sv->org_name, os) : 0;
	int head = name_h + org_h > logo ? name_h + org_h : logo;
	int pts = 0;
	for (int k = 0; k < 3; k++)
		if (*point(sv, k))
			pts += scr_gs_bullet(ui, 0, 0, iw, point(sv, k), wheel_of(sv), UI_TS_BODY,
					     false) +
			       ui_dp(ui, 6);
	int vh = *visits ? ui_text_height(ui, iw, on_site, vs) : 0;
	int h = 2 * scr_gs_band_pad(ui) + head + (pts ? gap + pts : 0) + (vh ? gap + vh : 0);
	if (!draw)
		return h;

	ui_press_t p = ui_press(ui, ui_idi(ui, "service", i), r, sv->name, true);
	if (p.fired)
		ui_act(out, KA_OPEN_SERVICE, i, sv->id);
	ui_rect_t in = scr_gs_band_card(ui, r, wheel_of(sv), p.held);
	int y = in.y;
	ui_text(ui, (ui_rect_t){in.x, y, iw - side, name_h}, sv->name, ns);
	if (org_h)
		ui_text(ui, (ui_rect_t){in.x, y + name_h, iw - side, org_h}, sv->org_name, os);
	if (logo)
		ui_avatar(ui, (ui_rect_t){in.x + iw - logo, y, logo, logo}, sv->logo, sv->org_name,
			  wheel_of(sv));
	else
		scr_gs_chevron(ui, in.x + iw - chev, y, chev,
			       ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME));
	y += head;
	if (pts) {
		y += gap;
		for (int k = 0; k < 3; k++)
			if (*point(sv, k))
				y += scr_gs_bullet(ui, in.x, y, iw, point(sv, k), wheel_of(sv),
						   UI_TS_BODY, true) +
				     ui_dp(ui, 6);
	}
	if (vh) {
		ui_rect_t vr = {in.x, in.y + in.h - vh, iw, vh};
		ui_separator(ui, in.x, vr.y - gap / 2 - ui_dp(ui, 1), iw);
		ui_text(ui, vr, on_site, vs);
	}
	return h;
}

static void services_list(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
			  ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int gap = ui_dp(ui, 24);
	ui_rect_t kb = {0, 0, 0, 0};
	if (s->search_open)
		kb = scr_gs_cut_keyboard(ui, &area);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui); /* the scroll indicator's lane */
	bool tight = scr_gs_short(ui, area);
	ui_cut_top(&r, ui_dp(ui, tight ? 12 : 24));
	/* The title, with the search beside it when there is room, above it on
	 * a tall screen, or the search alone on a short one. */
	const char *title = tx(s->lang, T_SERVICES);
	int tw = ui_text_width(ui, title, UI_FONT_BOLD, UI_TS_TITLE), tg = ui_dp(ui, 32);
	int fh = ui_dp(ui, 84), lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_TITLE);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, UI_ALIGN_CENTER, 1};
	if (r.w - tw - tg >= ui_dp(ui, 800)) {
		ui_rect_t row = ui_cut_top(&r, fh > lh ? fh : lh);
		ui_text(ui, (ui_rect_t){row.x, row.y, tw, row.h}, title, ts);
		search_row(
			ui,
			(ui_rect_t){row.x + tw + tg, row.y + (row.h - fh) / 2, row.w - tw - tg, fh},
			s, out);
	} else {
		if (!tight && !s->search_open) {
			ui_text(ui, ui_cut_top(&r, lh), title, ts);
			ui_cut_top(&r, ui_dp(ui, 16));
		}
		search_row(ui, ui_cut_top(&r, fh), s, out);
	}
	ui_cut_top(&r, ui_dp(ui, 16));
	/* A crisis phrase in the search: help above the results, in view. */
	if (s->search_open && v->typing_crisis) {
		int rows = tight ? 0 : 1,
		    ch = rows ? kiosk_crisis_card_h(ui, rows) : kiosk_crisis_strip_h(ui);
		kiosk_crisis_card(ui, ui_cut_top(&r, ch), v, s->lang, rows, out);
		ui_cut_top(&r, ui_dp(ui, 16));
	}
	r.h = area.y + area.h - r.y;

	ui_rect_t view = {area.x, r.y, area.w, r.h};
	int y = ui_scroll_begin(ui, ui_id(ui, "services"), view);
	int cols = r.w >= ui_dp(ui, 1400) ? 2 : 1;
	int cw = (r.w - (cols - 1) * gap) / cols;
	if (!v->services.n) {
		/* Nothing found, or nothing to find: say which, kindly, on a card. */
		const char *none = tx(s->lang, v->services.total ? T_NO_RESULTS : T_NO_SERVICES);
		int pad = ui_dp(ui, 28), w = r.w < ui_dp(ui, 1000) ? r.w : ui_dp(ui, 1000);
		ui_text_style_t ns = st(UI_FONT_REGULAR, UI_TS_LABEL, th->ink);
		int h = ui_text_height(ui, w - 2 * pad, none, ns) + 2 * pad;
		ui_card(ui, (ui_rect_t){r.x, y, w, h});
		ui_text(ui, (ui_rect_t){r.x + pad, y + pad, w - 2 * pad, h - 2 * pad}, none, ns);
		y += h + gap;
	}
	for (int i = 0; i < v->services.n; i += cols) {
		int h = 0;
		for (int c = 0; c < cols && i + c < v->services.n; c++) {
			int ch = service_card(ui, (ui_rect_t){0, 0, cw, 0}, s->lang,
					      &v->services.v[i + c], i + c, false, out);
			h = ch > h ? ch : h;
		}
		for (int c = 0; c < cols && i + c < v->services.n; c++)
			service_card(ui, (ui_rect_t){r.x + c * (cw + gap), y, cw, h}, s->lang,
				     &v->services.v[i + c], i + c, true, out);
		y += h + gap;
	}
	ui_scroll_end(ui, y);
	if (s->search_open)
		ui_keyboard(ui, kb, &s->kb, tx(s->lang, T_SEARCH), out);
}

/* ---- KS_SERVICE ------------------------------------------------------------ */

/* A titled card of label/value rows; returns its height (draws when draw). */
static int info_card(ui_t *ui, int x, int y, int w, const char *title, const char *const *labels,
		     const char *const *values, int n, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 24), iw = w - 2 * pad, rg = ui_dp(ui, 14);
	ui_text_style_t ts = st(UI_FONT_BOLD, UI_TS_SECTION, th->ink);
	ui_text_style_t ls = st(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	ui_text_style_t vs =
		st(UI_FONT_BOLD, iw < ui_dp(ui, 600) ? UI_TS_BODY : UI_TS_LABEL, th->ink);
	int h = pad + ui_text_height(ui, iw, title, ts);
	for (int i = 0; i < n; i++)
		h += rg + (labels[i] ? ui_text_height(ui, iw, labels[i], ls) : 0) +
		     ui_text_height(ui, iw, values[i], vs);
	h += pad;
	if (!draw)
		return h;
	ui_card(ui, (ui_rect_t){x, y, w, h});
	int yy = y + pad;
	ui_rect_t t = ui_text(ui, (ui_rect_t){x + pad, yy, iw, 0}, title, ts);
	yy += t.h;
	for (int i = 0; i < n; i++) {
		yy += rg;
		if (labels[i]) {
			t = ui_text(ui, (ui_rect_t){x + pad, yy, iw, 0}, labels[i], ls);
			yy += t.h;
		}
		t = ui_text(ui, (ui_rect_t){x + pad, yy, iw, 0}, values[i], vs);
		yy += t.h;
	}
	return h;
}

static int contact_card(ui_t *ui, int x, int y, int w, const char *lang, const service_view_t *sv,
			bool draw)
{
	const char *labels[3], *values[3];
	int n = 0;
	const char *vals[3] = {sv->phone, sv->web, sv->email};
	const gs_text_t names[3] = {GS_PHONE, GS_WEB, GS_EMAIL};
	for (int i = 0; i < 3; i++) {
		if (vals[i] && *vals[i]) {
			labels[n] = scr_gs_tx(lang, names[i]);
			values[n++] = vals[i];
		}
	}
	if (!n)
		return 0;
	return info_card(ui, x, y, w, tx(lang, T_CONTACT), labels, values, n, draw);
}

static int visits_card(ui_t *ui, int x, int y, int w, const char *lang, const service_view_t *sv,
		       bool draw)
{
	day_visits_t days[8];
	week_of(sv, days);
	const char *values[7];
	const char *labels[7] = {NULL};
	char lines[7][128];
	int n = 0;
	for (int wd = 1; wd <= 7; wd++) {
		if (!days[wd].n)
			continue;
		char spans[96];
		day_spans(&days[wd], spans, sizeof spans);
		snprintf(lines[n], sizeof lines[n], "%s %s", ui_fmt_weekday(lang, wd, true), spans);
		values[n] = lines[n];
		n++;
	}
	if (!n)
		return 0;
	return info_card(ui, x, y, w, tx(lang, T_ON_SITE_WHEN), labels, values, n, draw);
}

/* Who offers it (logo, organisation, the area of life) and the three points,
 * on a card with the sector's band. Returns the height; draws when draw. */
static int about(ui_t *ui, int x, int y, int w, const char *lang, const service_view_t *sv,
		 bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int iw = w - scr_gs_band_pad_start(ui) - scr_gs_band_pad(ui), gap = ui_dp(ui, 20);
	int logo = sv->logo && *sv->logo ? ui_dp(ui, 88) : 0;
	int tx0 = logo ? logo + gap : 0;
	const char *sector = scr_gs_wheel_name(lang, wheel_of(sv));
	ui_text_style_t os = st(UI_FONT_BOLD, UI_TS_NAME, th->ink);
	int oh = *sv->org_name ? ui_text_height(ui, iw - tx0, sv->org_name, os) : 0;
	int ph = *sector ? ui_pill_height(ui, UI_TS_SMALL) : 0;
	int who = oh + (oh && ph ? ui_dp(ui, 8) : 0) + ph;
	who = who > logo ? who : logo;
	int pts = 0;
	for (int k = 0; k < 3; k++)
		if (*point(sv, k))
			pts += scr_gs_bullet(ui, 0, 0, iw, point(sv, k), wheel_of(sv), UI_TS_LABEL,
					     false) +
			       ui_dp(ui, 16);
	int h = 2 * scr_gs_band_pad(ui) + who + (who && pts ? 2 * gap : 0) + pts;
	if (!draw)
		return h;
	ui_rect_t in = scr_gs_band_card(ui, (ui_rect_t){x, y, w, h}, wheel_of(sv), false);
	int yy = in.y;
	if (logo)
		ui_avatar(ui, (ui_rect_t){in.x, yy + (who - logo) / 2, logo, logo}, sv->logo,
			  sv->org_name, wheel_of(sv));
	int ty = yy + (who - oh - (oh && ph ? ui_dp(ui, 8) : 0) - ph) / 2;
	if (oh) {
		ui_text(ui, (ui_rect_t){in.x + tx0, ty, iw - tx0, oh}, sv->org_name, os);
		ty += oh + (ph ? ui_dp(ui, 8) : 0);
	}
	if (ph)
		ui_chip(ui, (ui_rect_t){in.x + tx0, ty, ui_pill_width(ui, sector, UI_TS_SMALL), ph},
			sector, wheel_of(sv));
	yy += who;
	if (who && pts) {
		ui_separator(ui, in.x, yy + gap - ui_dp(ui, 1), iw);
		yy += 2 * gap;
	}
	for (int k = 0; k < 3; k++)
		if (*point(sv, k))
			yy += scr_gs_bullet(ui, in.x, yy, iw, point(sv, k), wheel_of(sv),
					    UI_TS_LABEL, true) +
			      ui_dp(ui, 16);
	return h;
}

static void service_detail(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
			   ui_action_t *out)
{
	const service_view_t *sv = &v->service;
	const char *lang = s->lang;
	int gap = ui_dp(ui, 28), colgap = ui_dp(ui, 48);
	bool tight = scr_gs_short(ui, area);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui); /* the scroll indicator's lane */
	ui_cut_top(&r, ui_dp(ui, tight ? 12 : 24));
	int hh = scr_gs_title_row(ui, r, lang, sv->name, NULL, tight ? UI_TS_SECTION : UI_TS_TITLE,
				  true, out);
	ui_cut_top(&r, hh + ui_dp(ui, tight ? 16 : 24));

	ui_rect_t view = {area.x, r.y, area.w, area.y + area.h - r.y};
	int y = ui_scroll_begin(ui, ui_id(ui, "service"), view);
	if (!ui_portrait(ui) && r.w >= ui_dp(ui, 1100)) {
		if (tight)
			colgap = ui_dp(ui, 28);
		int lw = (r.w - colgap) * (tight ? 10 : 11) / 20;
		int rx = r.x + lw + colgap, rw = r.x + r.w - rx;
		int hl = about(ui, r.x, y, lw, lang, sv, true);
		int hr = contact_card(ui, rx, y, rw, lang, sv, true);
		hr += hr ? gap : 0;
		hr += visits_card(ui, rx, y + hr, rw, lang, sv, true);
		y += hl > hr ? hl : hr;
	} else {
		y += about(ui, r.x, y, r.w, lang, sv, true) + gap;
		int h = contact_card(ui, r.x, y, r.w, lang, sv, true);
		y += h ? h + gap : 0;
		y += visits_card(ui, r.x, y, r.w, lang, sv, true);
	}
	ui_scroll_end(ui, y + ui_dp(ui, 24));
}

void scr_services(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		  ui_action_t *out)
{
	if (s->screen == KS_SERVICE)
		service_detail(ui, area, v, s, out);
	else
		services_list(ui, area, v, s, out);
}
