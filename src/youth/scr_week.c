/*
 * Week: this week's and next week's calendar (two tabs; on Friday after
 * closing and at the weekend next week comes first), Monday to Sunday, with
 * the dated exceptions
 * visible where they apply: a closed day says so with its note, a changed
 * day is marked, a visit that is off is struck through and greyed with its
 * note, an extra visit carries a tag. Nothing needs tapping to be read.
 *
 * Landscape: a column per day (today tinted), the day heads fixed and the
 * visits scrolling together. Portrait: a strip of the seven days to jump
 * with (KA_SCROLL_DAY) and the days as a list from the chosen one.
 */
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"

#include <stdio.h>
#include <string.h>

typedef struct wctx {
	ui_t *ui;
	const kiosk_view_t *v;
	const kiosk_state_t *s;
	ui_action_t *out;
	const ui_theme_t *th;
	const char *lang;
	int today;
	const week_view_t *wk; /* the week shown: this one or the next */
	int size;	       /* text role of names in the columns */
	bool draw;
} wctx_t;

static int iso_week(int day)
{
	int thursday = day - (day_weekday(day) - 1) + 3, y, m, d;
	day_to_ymd(thursday, &y, &m, &d);
	return (thursday - day_from_ymd(y, 1, 1)) / 7 + 1;
}

/* "23.11." / "23 Nov": the date part of ui_fmt_date(). */
static void date_only(const char *lang, int day, char *out, int cap)
{
	char full[64];
	ui_fmt_date(lang, day, false, full, sizeof full);
	const char *sp = strchr(full, ' ');
	ui_fmt(out, cap, "%s", sp ? sp + 1 : full);
}

static void hours_text(wctx_t *c, const week_day_t *d, char *out, int cap)
{
	if (!d->hours.open || d->hours.open_at < 0)
		ui_fmt(out, cap, "%s", tx(c->lang, T_CLOSED_DAY));
	else
		ui_fmt_hours(d->hours.open_at, d->hours.close_at, out, cap);
}

/* ---- A visit ------------------------------------------------------------ */

static void slot_sub(const week_slot_t *sl, char *out, int cap)
{
	kiosk_draw_org_room(sl->org_name, sl->room, out, cap);
}

/* A visit as a small card in a day column (compact) or a row in the
 * portrait list (wide); returns its height. */
static int slot(wctx_t *c, const week_slot_t *sl, int x, int y, int w, bool wide)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	bool away = sl->presence == PRESENCE_AWAY, extra = sl->presence == PRESENCE_EXTRA;
	int pad = ui_dp(ui, wide ? 20 : 12), gap = ui_dp(ui, 4);
	char when[24], sub[256], note[256] = "";
	if (wide)
		ui_fmt_span(sl->start, sl->end, when, sizeof when);
	else
		ui_fmt_hours(sl->start, sl->end, when, sizeof when);
	slot_sub(sl, sub, sizeof sub);
	if (away)
		ui_fmt(note, (int)sizeof note, "%s%s%s", tx(c->lang, T_AWAY),
		       sl->note && *sl->note ? " · " : "", sl->note ? sl->note : "");
	else if (sl->note && *sl->note)
		ui_fmt(note, (int)sizeof note, "%s", sl->note);
	ui_color_t ink = away ? th->muted : th->ink;
	ui_text_style_t ts = ui_ts(UI_FONT_BOLD, UI_TS_SMALL, ink);
	ui_text_style_t ns = ui_ts(UI_FONT_BOLD, c->size, ink);
	ui_text_style_t ss = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	ui_text_style_t es =
		ui_ts(UI_FONT_BOLD, UI_TS_SMALL, away ? th->wheel_deep[WHEEL_WORK] : th->muted);
	const char *tag = extra ? tx(c->lang, T_EXTRA_VISIT) : "";
	int tagh = *tag ? ui_pill_height(ui, UI_TS_SMALL) : 0;
	int tagw = *tag ? ui_pill_width(ui, tag, UI_TS_SMALL) : 0;
	int iw = w - 2 * pad, tcol = 0;
	if (wide) {
		tcol = ui_text_width(ui, "00:00–00:00", UI_FONT_BOLD, UI_TS_LABEL) + ui_dp(ui, 24);
		iw -= tcol;
	}
	bool tag_fits = tagw <= iw; /* else it is a line of text */
	int th_ = wide ? 0 : ui_line_height(ui, UI_FONT_BOLD, UI_TS_SMALL);
	int nh = ui_text_height(ui, iw, sl->name, ns), sh = ui_page_text_h(ui, iw, sub, ss);
	int eh = ui_page_text_h(ui, iw, note, es);
	ui_text_style_t gs = ui_ts(UI_FONT_BOLD, UI_TS_SMALL, th->wheel_deep[WHEEL_FREETIME]);
	int tag_line = *tag && !tag_fits ? ui_page_text_h(ui, iw, tag, gs) : 0;
	int h = 2 * pad + (tag_fits && tagh ? tagh + gap : 0) + tag_line + th_ + nh + sh +
		(eh ? gap + eh : 0);
	if (wide && h < ui_dp(ui, 76))
		h = ui_dp(ui, 76);
	if (!c->draw)
		return h;
	ui_rect_t card = {x, y, w, h};
	if (away) {
		draw_rect(ui_dl(ui), card, ui_radius(ui), ui_alpha(th->surface, 120));
		draw_outline(ui_dl(ui), card, ui_radius(ui), ui_dp(ui, 2), th->line);
	} else {
		ui_card(ui, card);
	}
	if (extra)
		draw_rect(ui_dl(ui),
			  (ui_rect_t){x, y + ui_radius(ui) / 2, ui_dp(ui, 6), h - ui_radius(ui)},
			  ui_dp(ui, 3), th->wheel_deep[WHEEL_FREETIME]);
	int ix = x + pad + tcol, iy = y + pad;
	if (wide)
		ui_text(ui, (ui_rect_t){x + pad, iy, tcol, 0}, when,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, ink, 0, 0, 1});
	if (tag_fits && tagh) {
		ui_chip(ui, (ui_rect_t){ix, iy, tagw, tagh}, tag, WHEEL_FREETIME);
		iy += tagh + gap;
	} else if (tag_line) {
		iy += ui_text(ui, (ui_rect_t){ix, iy, iw, 0}, tag, gs).h;
	}
	if (!wide) {
		ui_rect_t tb = ui_text(ui, (ui_rect_t){ix, iy, iw, th_}, when, ts);
		if (away)
			ui_page_strike(ui, tb, th->muted);
		iy += th_;
	}
	ui_rect_t nb = ui_text(ui, (ui_rect_t){ix, iy, iw, 0}, sl->name, ns);
	if (away && nb.h == ui_line_height(ui, UI_FONT_BOLD, c->size))
		ui_page_strike(ui, nb,
			       th->muted); /* a wrapped name stays unstruck: greyed says it */
	iy += nh;
	iy += ui_text(ui, (ui_rect_t){ix, iy, iw, 0}, sub, ss).h;
	if (eh)
		ui_text(ui, (ui_rect_t){ix, iy + gap, iw, 0}, note, es);
	return h;
}

/* A visit card at y that is laid out and drawn only where it can be seen
 * in the scroll region vis (a city's Monday has 1,500 of them); its height
 * either way. */
static int slot_in(wctx_t *c, const week_slot_t *sl, int x, int y, int w, bool wide, ui_rect_t vis)
{
	bool draw = c->draw;
	c->draw = false;
	int h = slot(c, sl, x, y, w, wide);
	c->draw = draw;
	if (draw && y < vis.y + vis.h && y + h > vis.y)
		slot(c, sl, x, y, w, wide);
	return h;
}

/* ---- Landscape: columns ------------------------------------------------ */

static int head_height(wctx_t *c, const week_day_t *d, int w, bool full_names)
{
	ui_t *ui = c->ui;
	int pad = ui_dp(ui, 12);
	const char *wd = ui_fmt_weekday(c->lang, d->weekday, full_names);
	int h = 2 * pad +
		ui_text_height(ui, w - 2 * pad, wd, ui_ts(UI_FONT_BOLD, UI_TS_LABEL, c->th->ink));
	h += 2 * ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
	const char *note = d->hours.changed
				   ? (*d->hours.note ? d->hours.note : tx(c->lang, T_CHANGED_HOURS))
				   : "";
	h += ui_page_text_h(ui, w - 2 * pad, note, ui_ts(UI_FONT_BOLD, UI_TS_SMALL, c->th->ink));
	return h;
}

static void head_draw(wctx_t *c, const week_day_t *d, ui_rect_t r, bool full_names)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	bool today = d->day == c->today;
	int pad = ui_dp(ui, 12);
	ui_color_t fg = today ? th->on_ink : th->ink, soft = today ? th->on_ink : th->muted;
	if (today)
		draw_rect(ui_dl(ui), r, ui_radius(ui), th->ink);
	const char *wd = ui_fmt_weekday(c->lang, d->weekday, full_names);
	char date[32], hours[32];
	date_only(c->lang, d->day, date, sizeof date);
	hours_text(c, d, hours, sizeof hours);
	int x = r.x + pad, w = r.w - 2 * pad, y = r.y + pad;
	y += ui_text(ui, (ui_rect_t){x, y, w, 0}, wd, ui_ts(UI_FONT_BOLD, UI_TS_LABEL, fg)).h;
	int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
	ui_text(ui, (ui_rect_t){x, y, w, lh}, date,
		(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, soft, 0, 0, 1});
	y += lh;
	bool closed = !d->hours.open;
	ui_text(ui, (ui_rect_t){x, y, w, lh}, hours,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SMALL,
				  closed && !today ? th->wheel_deep[WHEEL_WORK] : fg, 0, 0, 1});
	y += lh;
	if (d->hours.changed) {
		const char *note = *d->hours.note ? d->hours.note : tx(c->lang, T_CHANGED_HOURS);
		ui_text(ui, (ui_rect_t){x, y, w, 0}, note,
			ui_ts(UI_FONT_BOLD, UI_TS_SMALL,
			      today ? th->on_ink : th->wheel_deep[WHEEL_WORK]));
	}
}

static void columns(wctx_t *c, ui_rect_t area)
{
	ui_t *ui = c->ui;
	const week_view_t *wk = c->wk;
	int gap = ui_dp(ui, 10), cw = (area.w - 6 * gap) / 7;
	c->size = cw >= ui_dp(ui, 230) ? UI_TS_LABEL : UI_TS_SMALL;
	/* Full weekday names when every one of them fits. */
	bool full = true;
	for (int i = 0; i < 7; i++)
		if (ui_text_width(ui, ui_fmt_weekday(c->lang, i + 1, true), UI_FONT_BOLD,
				  UI_TS_LABEL) > cw - ui_dp(ui, 24))
			full = false;
	int hh = 0;
	for (int i = 0; i < 7; i++) {
		int h = head_height(c, &wk->days[i], cw, full);
		hh = h > hh ? h : hh;
	}
	/* Today's column is tinted from its head to the bottom. */
	for (int i = 0; i < 7; i++)
		if (wk->days[i].day == c->today)
			draw_rect(ui_dl(ui),
				  (ui_rect_t){area.x + i * (cw + gap), area.y, cw, area.h},
				  ui_radius(ui), c->th->wheel_tint[WHEEL_STUDIES]);
	for (int i = 0; i < 7; i++)
		head_draw(c, &wk->days[i], (ui_rect_t){area.x + i * (cw + gap), area.y, cw, hh},
			  full);
	ui_rect_t body = area;
	ui_cut_top(&body, hh + ui_dp(ui, 10));
	int extra = ui_page_margin(ui) - ui_dp(ui, 4) < ui_dp(ui, 18)
			    ? ui_page_margin(ui) - ui_dp(ui, 4)
			    : ui_dp(ui, 18);
	ui_rect_t region = {body.x, body.y, body.w + extra, body.h};
	int top = ui_scroll_begin(ui, ui_id(ui, "week"), region), bottom = top;
	int inset = ui_dp(ui, 6), sgap = ui_dp(ui, 10);
	for (int i = 0; i < 7; i++) {
		const week_day_t *d = &wk->days[i];
		int x = body.x + i * (cw + gap) + inset, w = cw - 2 * inset, y = top;
		for (int j = 0; j < d->nslots; j++)
			y += slot_in(c, &d->slots[j], x, y, w, false, region) + sgap;
		if (!d->nslots && d->hours.open) {
			int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
			y += ui_text(ui, (ui_rect_t){x, y + ui_dp(ui, 6), w, 0},
				     tx(c->lang, T_NO_SLOTS),
				     ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, c->th->muted))
				     .h +
			     lh;
		}
		bottom = y > bottom ? y : bottom;
	}
	ui_scroll_end(ui, bottom + ui_dp(ui, 16));
}

/* ---- Portrait: a strip and a list -------------------------------------- */

static int first_day(wctx_t *c)
{
	if (c->s->week_offset >= 1 && c->s->week_offset <= 7)
		return c->s->week_offset - 1;
	for (int i = 0; i < 7; i++)
		if (c->wk->days[i].day == c->today)
			return i;
	return 0;
}

static int day_strip(wctx_t *c, ui_rect_t area, int first)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	int gap = ui_dp(ui, 10), h = ui_dp(ui, 96);
	for (int i = 0; i < 7; i++) {
		const week_day_t *d = &c->wk->days[i];
		ui_rect_t b = ui_col((ui_rect_t){area.x, area.y, area.w, h}, i, 7, gap);
		const char *wd = ui_fmt_weekday(c->lang, i + 1, false);
		char date[32];
		date_only(c->lang, d->day, date, sizeof date);
		bool on = i == first, today = d->day == c->today;
		ui_press_t p = ui_press(ui, ui_idi(ui, "day", i), b, wd, true);
		if (p.fired)
			ui_act(c->out, KA_SCROLL_DAY, i + 1, NULL);
		ui_color_t fill = on ? th->ink : th->surface, fg = on ? th->on_ink : th->ink;
		draw_rect(ui_dl(ui), b, ui_radius(ui), fill);
		if (today && !on)
			draw_outline(ui_dl(ui), b, ui_radius(ui), ui_dp(ui, 3), th->ink);
		else if (th->outline.a)
			draw_outline(ui_dl(ui), b, ui_radius(ui), ui_dp(ui, 2), th->outline);
		if (p.held)
			draw_rect(ui_dl(ui), b, ui_radius(ui), th->pressed);
		int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
		int sh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
		int y = b.y + (b.h - lh - sh) / 2;
		ui_text(ui, (ui_rect_t){b.x, y, b.w, lh}, wd,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, fg, UI_ALIGN_CENTER, 0, 1});
		ui_text(ui, (ui_rect_t){b.x, y + lh, b.w, sh}, date,
			(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, on ? fg : th->muted,
					  UI_ALIGN_CENTER, 0, 1});
	}
	return h;
}

/* One day of the portrait list from y; returns the new y. */
static int day_block(wctx_t *c, const week_day_t *d, ui_rect_t col, int y, ui_rect_t vis)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	bool today = d->day == c->today;
	char title[96], date[32], hours[32];
	ui_fmt_date(c->lang, d->day, true, date, sizeof date);
	ui_fmt(title, (int)sizeof title, "%s%s%s", today ? tx(c->lang, T_TODAY) : "",
	       today ? " · " : "", date);
	hours_text(c, d, hours, sizeof hours);
	int hw = ui_text_width(ui, hours, UI_FONT_BOLD, UI_TS_NAME);
	int pad = ui_dp(ui, 20);
	ui_text_style_t ts = ui_ts(UI_FONT_BOLD, UI_TS_NAME, today ? th->on_ink : th->ink);
	int tw = col.w - 2 * pad - hw - pad;
	const char *note = d->hours.changed
				   ? (*d->hours.note ? d->hours.note : tx(c->lang, T_CHANGED_HOURS))
				   : "";
	ui_text_style_t ns =
		ui_ts(UI_FONT_BOLD, UI_TS_SMALL, today ? th->on_ink : th->wheel_deep[WHEEL_WORK]);
	int th_ = ui_text_height(ui, tw, title, ts), nh = ui_page_text_h(ui, tw, note, ns);
	int hh = 2 * ui_dp(ui, 16) + th_ + nh;
	ui_rect_t head = {col.x, y, col.w, hh};
	if (today)
		draw_rect(ui_dl(ui), head, ui_radius(ui), th->ink);
	else
		draw_rect(ui_dl(ui), (ui_rect_t){col.x, y + hh - ui_dp(ui, 3), col.w, ui_dp(ui, 3)},
			  0, th->line);
	ui_text(ui, (ui_rect_t){col.x + pad, y + ui_dp(ui, 16), tw, th_}, title, ts);
	ui_text(ui, (ui_rect_t){col.x + pad, y + ui_dp(ui, 16) + th_, tw, nh}, note, ns);
	ui_color_t hc = today ? th->on_ink : !d->hours.open ? th->wheel_deep[WHEEL_WORK] : th->ink;
	ui_text(ui, (ui_rect_t){col.x + col.w - pad - hw, y + ui_dp(ui, 16), hw, th_}, hours,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_NAME, hc, UI_ALIGN_END, 0, 1});
	y += hh + ui_dp(ui, 12);
	for (int j = 0; j < d->nslots; j++)
		y += slot_in(c, &d->slots[j], col.x, y, col.w, true, vis) + ui_dp(ui, 10);
	if (!d->nslots && d->hours.open)
		y += ui_text(ui, (ui_rect_t){col.x + pad, y, col.w - 2 * pad, 0},
			     tx(c->lang, T_NO_SLOTS), ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->muted))
			     .h +
		     ui_dp(ui, 10);
	return y + ui_dp(ui, 24);
}

static void list(wctx_t *c, ui_rect_t area)
{
	ui_t *ui = c->ui;
	c->size = UI_TS_LABEL;
	int first = first_day(c);
	int sh = day_strip(c, area, first) + ui_dp(ui, 20);
	ui_rect_t body = area;
	ui_cut_top(&body, sh);
	int extra = ui_dp(ui, 18);
	ui_rect_t region = {body.x, body.y, body.w + extra, body.h};
	/* Each chosen day has its own scroll position, starting at the top. */
	int y = ui_scroll_begin(ui, ui_idi(ui, "week-list", first), region);
	for (int i = first; i < 7; i++)
		y = day_block(c, &c->wk->days[i], body, y, region);
	ui_scroll_end(ui, y);
}

bool scr_week_next_first(const kiosk_view_t *v)
{
	int day = wall_day(v->now), wd = day_weekday(day);
	const hours_view_t *h = &v->today.hours;
	bool done = v->today.day == day &&
		    (!h->open || h->open_at < 0 || wall_minute(v->now) >= h->close_at);
	return wd >= 6 || (wd == 5 && done);
}

/* The two tabs, right-aligned in r; returns their width. */
static int week_tabs(wctx_t *c, ui_rect_t r, bool next)
{
	ui_t *ui = c->ui;
	const char *lab[2] = {tx(c->lang, T_THIS_WEEK), tx(c->lang, T_NEXT_WEEK)};
	int gap = ui_dp(ui, 10), w[2], total = gap;
	for (int i = 0; i < 2; i++) {
		ui_button_opts_t o = {.style = UI_BTN_OUTLINE};
		w[i] = ui_button_width(ui, lab[i], &o) + ui_dp(ui, 24);
		total += w[i];
	}
	int x = r.x + r.w - total;
	for (int i = 0; i < 2; i++) {
		bool on = (i == 1) == next;
		ui_button_opts_t o = {.style = on ? UI_BTN_DARK : UI_BTN_OUTLINE};
		if (ui_button_ex(ui, ui_idi(ui, "week-tab", i), (ui_rect_t){x, r.y, w[i], r.h},
				 lab[i], &o) &&
		    !on)
			ui_act(c->out, KA_WEEK_PAGE, i + 1, NULL);
		x += w[i] + gap;
	}
	return total;
}

void scr_week(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	      ui_action_t *out)
{
	bool next = s->week_page == 2 || (s->week_page == 0 && scr_week_next_first(v));
	if (next && !v->week_next.days[0].day)
		next = false; /* not filled (a test's hand-built view) */
	wctx_t c = {ui,
		    v,
		    s,
		    out,
		    ui_theme(ui),
		    s->lang,
		    wall_day(v->now),
		    next ? &v->week_next : &v->week,
		    UI_TS_LABEL,
		    true};
	const ui_theme_t *th = c.th;
	/* Title: "Viikko 48" and the dates it spans; the tabs at the right. */
	int day0 = c.wk->days[0].day, day6 = c.wk->days[6].day;
	char title[48], span[64], a[32], b[32];
	ui_fmt(title, (int)sizeof title, tx(s->lang, T_WEEK_N), iso_week(day0 ? day0 : c.today));
	date_only(s->lang, day0, a, sizeof a);
	date_only(s->lang, day6, b, sizeof b);
	ui_fmt(span, (int)sizeof span, "%s – %s", a, b);
	int top = ui_dp(ui, 16);
	int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	if (lh < ui_dp(ui, UI_MIN_TARGET))
		lh = ui_dp(ui, UI_MIN_TARGET); /* the tabs share the row */
	ui_rect_t r = area;
	ui_cut_top(&r, top);
	ui_rect_t head = ui_cut_top(&r, lh);
	head.w -= week_tabs(&c, head, next) + ui_dp(ui, 16);
	int tw = ui_text_width(ui, title, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, (ui_rect_t){head.x, head.y, tw, lh}, title,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->ink, 0, 0, 1});
	/* The dates it spans where they fit whole; the days below say them too. */
	int sw = head.w - tw - ui_dp(ui, 20);
	if (ui_text_width(ui, span, UI_FONT_REGULAR, UI_TS_BODY) <= sw)
		ui_text(ui, (ui_rect_t){head.x + tw + ui_dp(ui, 20), head.y, sw, lh}, span,
			(ui_text_style_t){UI_FONT_REGULAR, UI_TS_BODY, th->muted, 0,
					  UI_ALIGN_CENTER, 1});
	ui_cut_top(&r, ui_dp(ui, 14));
	/* Columns need room both ways; a small landscape panel gets the list. */
	if (ui_portrait(ui) || r.w < ui_dp(ui, 7 * 230) || r.h < ui_dp(ui, 560))
		list(&c, r);
	else
		columns(&c, r);
}
