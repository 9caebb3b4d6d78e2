/*
 * One topic: its short text and who on site today can help with it (in the
 * topic's pale colour), beside the three anonymous ways in (take a number,
 * ask anonymously, answered questions) and the help contacts. Also the
 * answered questions of the topic, as question bubbles with their answers.
 *
 * Every piece is laid out twice: once to measure (draw = false), once to
 * draw, so that panels can be drawn behind their content and columns can
 * drop their second lines when a short screen needs the room.
 */
#include "youth/ask_internal.h"
#include "youth/kiosk_draw.h"

#include "core/str.h"

#include <stdio.h>
#include <string.h>

static void cat(char *d, size_t cap, const char *s)
{
	size_t n = strlen(d);
	if (n + 1 < cap)
		str_copy(d + n, cap - n, s);
}

static ui_text_style_t style(int font, int size, ui_color_t c)
{
	return (ui_text_style_t){font, size, c, UI_ALIGN_START, UI_ALIGN_START, 0};
}

/* The topic's panel: its pale colour; in high contrast a black panel
 * outlined in the colour, so that white text stays white. */
static ui_color_t panel_fill(const ui_theme_t *th, const topic_view_t *t)
{
	return th->high_contrast ? th->surface : th->wheel_tint[scr_ask_wheel(t->colour)];
}

/* The back button and the title beside it. Returns the row's height. */
static int head(ui_t *ui, ui_rect_t col, const char *title, const kiosk_state_t *s,
		ui_action_t *out, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int b = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 20);
	ui_text_style_t ts = style(UI_FONT_BOLD, UI_TS_TITLE, th->ink);
	int tw = col.w - b - gap;
	if (ui_text_height(ui, tw, title, ts) > 2 * ui_line_height(ui, UI_FONT_BOLD, UI_TS_TITLE))
		ts.size = UI_TS_SECTION;
	int h = ui_text_height(ui, tw, title, ts);
	int rh = h > b ? h : b;
	if (draw) {
		scr_ask_back(ui, (ui_rect_t){col.x, col.y + (rh - b) / 2, b, b}, s->lang, out);
		ts.valign = UI_ALIGN_CENTER;
		ui_text(ui, (ui_rect_t){col.x + b + gap, col.y, tw, rh}, title, ts);
	}
	return rh;
}

/* ---- Who can help today ------------------------------------------------ */

static void helper_time(const person_view_t *p, bool now, const char *lang, char *out, int cap)
{
	char a[6], b[6];
	fmt_hhmm(p->start, a);
	fmt_hhmm(p->end, b);
	if (now)
		snprintf(out, (size_t)cap, "%s – %s", tx(lang, T_NOW), b);
	else
		scr_ask_subst(out, cap, tx(lang, T_ARRIVES), a);
}

static int helper(ui_t *ui, ui_rect_t col, const person_view_t *p, bool now, const char *lang,
		  bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 16), av = ui_dp(ui, 64), gap = ui_dp(ui, 16);
	char when[64], sub[256];
	helper_time(p, now, lang, when, sizeof when);
	const char *parts[3] = {p->role, p->org_name, p->room};
	sub[0] = 0;
	for (int i = 0; i < 3; i++) {
		if (!parts[i] || !*parts[i] || (i == 0 && p->org_name && *p->org_name))
			continue; /* the organisation says more than the role here */
		if (sub[0])
			cat(sub, sizeof sub, " · ");
		cat(sub, sizeof sub, parts[i]);
	}
	ui_text_style_t ns = style(UI_FONT_BOLD, UI_TS_NAME, th->ink);
	ui_text_style_t ss = style(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	ui_text_style_t ws = {UI_FONT_BOLD, UI_TS_LABEL, th->ink, UI_ALIGN_END, 0, 1};
	int dot = now ? ui_dp(ui, 14) : 0;
	int ww =
		ui_text_width(ui, when, UI_FONT_BOLD, UI_TS_LABEL) + (dot ? dot + ui_dp(ui, 8) : 0);
	int tw = col.w - 2 * pad - av - gap;
	/* The time goes beside the name when there is room, else under it. */
	bool beside = tw - ww - gap >= ui_dp(ui, 220);
	int nw = beside ? tw - ww - gap : tw;
	int nh = ui_text_height(ui, nw, p->name, ns), sh = ui_text_height(ui, tw, sub, ss);
	int wh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
	int inner = nh + sh + (beside ? 0 : wh);
	int h = 2 * pad + (inner > av ? inner : av);
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	ui_card(ui, card);
	kiosk_draw_person_press(ui, card, p, out); /* as on Today */
	ui_avatar(ui, (ui_rect_t){card.x + pad, card.y + (h - av) / 2, av, av}, p->photo, p->name,
		  0);
	int x = card.x + pad + av + gap, y = card.y + (h - inner) / 2;
	ui_text(ui, (ui_rect_t){x, y, nw, nh}, p->name, ns);
	ui_text(ui, (ui_rect_t){x, y + nh, tw, sh}, sub, ss);
	int wx = beside ? x + tw - ww : x, wy = beside ? y + (nh - wh) / 2 : y + nh + sh;
	if (dot) {
		draw_circle(ui_dl(ui), wx + dot / 2, wy + wh / 2, dot / 2, th->wheel_deep[3]);
		wx += dot + ui_dp(ui, 8);
		ww -= dot + ui_dp(ui, 8);
	}
	ws.align = UI_ALIGN_START;
	ui_text(ui, (ui_rect_t){wx, wy, ww, wh}, when, ws);
	return h;
}

/* The topic's text and who can help today. Returns the height. */
static int about(ui_t *ui, ui_rect_t col, const kiosk_view_t *v, const topic_view_t *t,
		 const kiosk_state_t *s, bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_color_t ink = ui_on_color(th, panel_fill(th, t));
	int y = col.y, gap = ui_dp(ui, 12);
	ui_text_style_t bs = style(UI_FONT_REGULAR, UI_TS_BODY, ink);
	if (t->text && *t->text) {
		int h = ui_text_height(ui, col.w, t->text, bs);
		if (draw)
			ui_text(ui, (ui_rect_t){col.x, y, col.w, h}, t->text, bs);
		y += h + ui_dp(ui, 24);
	}
	const char *sec = tx(s->lang, T_WHO_HELPS_TODAY);
	ui_text_style_t hs = style(UI_FONT_BOLD, UI_TS_NAME, ink);
	int hh = ui_text_height(ui, col.w, sec, hs);
	if (draw)
		ui_text(ui, (ui_rect_t){col.x, y, col.w, hh}, sec, hs);
	y += hh + gap;
	const topic_detail_t *d = &v->topic;
	if (d->nhelpers <= 0) {
		const char *none = tx(s->lang, T_NOBODY_TOPIC_TODAY);
		int h = ui_text_height(ui, col.w, none, bs);
		if (draw)
			ui_text(ui, (ui_rect_t){col.x, y, col.w, h}, none, bs);
		return y + h - col.y;
	}
	for (int i = 0; i < d->nhelpers; i++) {
		ui_push_id(ui, ui_idi(ui, "helper", i));
		y += helper(ui, (ui_rect_t){col.x, y, col.w, 0}, &d->helpers[i], i < d->nhere_now,
			    s->lang, draw, out) +
		     gap;
		ui_pop_id(ui);
	}
	return y - gap - col.y;
}

/* ---- The three ways in and the help contacts ---------------------------- */

typedef struct way {
	const char *key, *label, *sub, *icon;
	ui_color_t fill, fg, disc, icon_fg;
	int act;
} way_t;

/* c over under at c's alpha: the colour a translucent disc shows. */
static ui_color_t over(ui_color_t c, ui_color_t under)
{
	ui_color_t r = {0, 0, 0, 255};
	r.r = (uint8_t)((c.r * c.a + under.r * (255 - c.a)) / 255);
	r.g = (uint8_t)((c.g * c.a + under.g * (255 - c.a)) / 255);
	r.b = (uint8_t)((c.b * c.a + under.b * (255 - c.a)) / 255);
	return r;
}

static int way_card(ui_t *ui, ui_rect_t r, const way_t *w, bool with_sub, int grow, const char *id,
		    ui_action_t *out, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	bool small = r.w < ui_dp(ui, 520);
	int pad = ui_dp(ui, small ? 16 : 24) + grow, d = ui_dp(ui, small ? 52 : 68);
	int gap = ui_dp(ui, small ? 14 : 20), tw = r.w - 2 * pad - d - gap;
	ui_text_style_t ls = style(UI_FONT_BOLD, UI_TS_NAME, w->fg);
	ui_text_style_t ss = style(UI_FONT_REGULAR, UI_TS_SMALL, w->fg);
	if (small)
		ls.size = UI_TS_LABEL;
	int lh = ui_text_height(ui, tw, w->label, ls);
	int sh = with_sub ? ui_text_height(ui, tw, w->sub, ss) : 0;
	int h = 2 * pad + (lh + sh > d ? lh + sh : d);
	if (h < ui_dp(ui, UI_MIN_TARGET))
		h = ui_dp(ui, UI_MIN_TARGET);
	if (!draw)
		return h;
	r.h = h;
	ui_press_t p = ui_press(ui, ui_id(ui, w->key), r, w->label, true);
	if (p.fired)
		ui_act(out, w->act, 0, id);
	if (w->fill.r == th->surface.r && w->fill.g == th->surface.g && w->fill.b == th->surface.b)
		ui_card(ui, r);
	else
		ui_card_fill(ui, r, w->fill);
	ui_rect_t dr = {r.x + pad, r.y + (h - d) / 2, d, d};
	draw_circle(ui_dl(ui), dr.x + d / 2, dr.y + d / 2, d / 2, w->disc);
	int id_ = d * 3 / 5;
	ask_icon(ui, ui_center(dr, id_, id_), w->icon, w->icon_fg, over(w->disc, w->fill));
	int y = r.y + (h - lh - sh) / 2, x = dr.x + d + gap;
	ui_text(ui, (ui_rect_t){x, y, tw, lh}, w->label, ls);
	if (with_sub)
		ui_text(ui, (ui_rect_t){x, y + lh, tw, sh}, w->sub, ss);
	if (p.held)
		draw_rect(ui_dl(ui), r, ui_radius(ui), th->pressed);
	return h;
}

/* "MIELI Kriisipuhelin 09 2525 0111 · Sekasin-chat · Hätänumero 112" */
static void contacts_line(const help_list_t *hl, char *out, int cap)
{
	out[0] = 0;
	int n = 0;
	for (int pass = 0; pass < 2 && n < 3; pass++)
		for (int i = 0; i < hl->n && n < 3; i++) {
			const help_view_t *h = &hl->v[i];
			if (h->crisis != (pass == 0))
				continue;
			if (n++)
				cat(out, (size_t)cap, " · ");
			cat(out, (size_t)cap, h->name);
			if (h->phone && *h->phone && !strstr(h->name, h->phone)) {
				cat(out, (size_t)cap, " ");
				cat(out, (size_t)cap, h->phone);
			}
		}
}

static int help_card(ui_t *ui, ui_rect_t r, const kiosk_view_t *v, const kiosk_state_t *s,
		     bool full, ui_action_t *out, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	bool small = r.w < ui_dp(ui, 520);
	int pad = ui_dp(ui, small ? 14 : 22), d = ui_dp(ui, small ? 40 : 52);
	int gap = ui_dp(ui, 16), tw = r.w - 2 * pad - d - gap;
	char line[400];
	contacts_line(&v->help, line, sizeof line);
	if (!line[0])
		str_copy(line, sizeof line, tx(s->lang, T_HELP_SUB));
	const char *title = tx(s->lang, T_HELP_TITLE);
	ui_text_style_t ls = style(UI_FONT_BOLD, small ? UI_TS_LABEL : UI_TS_NAME, th->ink);
	ui_text_style_t ss = style(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	int lh = ui_text_height(ui, tw, title, ls);
	int sh = full ? ui_text_height(ui, tw, line, ss) : 0;
	int h = 2 * pad + (lh + sh > d ? lh + sh : d);
	if (h < ui_dp(ui, UI_MIN_TARGET))
		h = ui_dp(ui, UI_MIN_TARGET);
	if (!draw)
		return h;
	r.h = h;
	ui_press_t p = ui_press(ui, ui_id(ui, "help"), r, title, true);
	if (p.fired)
		ui_act(out, KA_HELP, 0, NULL);
	ui_color_t edge = th->wheel_deep[6];
	draw_rect(ui_dl(ui), r, ui_radius(ui), th->surface);
	draw_outline(ui_dl(ui), r, ui_radius(ui), ui_dp(ui, 3) > 1 ? ui_dp(ui, 3) : 2, edge);
	ask_icon(ui, (ui_rect_t){r.x + pad, r.y + (h - d) / 2, d, d}, "help", edge, th->surface);
	int y = r.y + (h - lh - sh) / 2, x = r.x + pad + d + gap;
	ui_text(ui, (ui_rect_t){x, y, tw, lh}, title, ls);
	if (full)
		ui_text(ui, (ui_rect_t){x, y + lh, tw, sh}, line, ss);
	if (p.held)
		draw_rect(ui_dl(ui), r, ui_radius(ui), th->pressed);
	return h;
}

/* The column of ways in: level 0 everything, 1 without second lines, 2
 * also the help card's contacts dropped. Returns the height. */
static int ways(ui_t *ui, ui_rect_t col, const kiosk_view_t *v, const topic_view_t *t,
		const kiosk_state_t *s, int level, int grow, ui_action_t *out, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int wh = scr_ask_wheel(t->colour), gap = ui_dp(ui, col.w < ui_dp(ui, 520) ? 12 : 20);
	char answered[160], count[16];
	snprintf(count, sizeof count, "%d", v->topic.nqa);
	snprintf(answered, sizeof answered, "%s (%s)", tx(s->lang, T_ANSWERED), count);
	ui_color_t deep = th->wheel_deep[wh], on_deep = ui_on_color(th, deep);
	ui_color_t mark = th->high_contrast ? ui_on_color(th, th->wheel_tint[wh]) : deep;
	way_t w[3] = {
		{"number", tx(s->lang, T_TAKE_NUMBER), tx(s->lang, T_TAKE_NUMBER_SUB), "ticket",
		 deep, on_deep, ui_alpha(on_deep, 0x30), on_deep, KA_TAKE_NUMBER},
		{"ask", tx(s->lang, T_ASK_ANON), tx(s->lang, T_ASK_ANON_SUB), "chat", th->ink,
		 th->on_ink, ui_alpha(th->on_ink, 0x26), th->on_ink, KA_ASK},
		{"answers", answered, tx(s->lang, T_ANSWERED_SUB), "check", th->surface, th->ink,
		 th->wheel_tint[wh], mark, KA_ANSWERS},
	};
	if (th->high_contrast) {
		/* Ink is white there: the dark card becomes an outlined one. */
		w[1].fill = th->surface;
		w[1].fg = th->ink;
		w[1].disc = th->wheel_tint[wh];
		w[1].icon_fg = mark;
	}
	int y = col.y;
	for (int i = 0; i < 3; i++)
		y += way_card(ui, (ui_rect_t){col.x, y, col.w, 0}, &w[i], level == 0, grow, t->id,
			      out, draw) +
		     gap;
	y += help_card(ui, (ui_rect_t){col.x, y, col.w, 0}, v, s, level < 2, out, draw);
	return y - col.y;
}

/* ---- The topic screen ----------------------------------------------------- */

static void panel(ui_t *ui, ui_rect_t r, const topic_view_t *t)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_rect(ui_dl(ui), r, ui_radius(ui), panel_fill(th, t));
	if (th->outline.a)
		draw_outline(ui_dl(ui), r, ui_radius(ui), ui_dp(ui, (float)th->outline_dp),
			     th->wheel[scr_ask_wheel(t->colour)]);
}

void scr_topic_screen(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		      ui_action_t *out)
{
	const topic_view_t *t = scr_ask_topic(v, s);
	if (!t) {
		scr_topics_grid(ui, area, v, s, out); /* the topic went away with new content */
		return;
	}
	int m = scr_ask_margin(ui, area), gap = ui_dp(ui, 32), vpad = ui_dp(ui, 16);
	ui_rect_t r = ui_inset_xy(area, m, vpad);
	bool small = r.h < ui_dp(ui, 640);
	int pp = ui_dp(ui, small ? 20 : 32); /* inside the panel */
	float wdp = (float)r.w / ui_unit(ui);

	if (!ui_portrait(ui) && wdp >= 1000) {
		/* Two columns: the topic in its colour, the ways in beside it. */
		int lw = (r.w - gap) * 14 / 25;
		ui_rect_t left = {r.x, r.y, lw, r.h};
		ui_rect_t right = {r.x + lw + gap, r.y, r.w - lw - gap, r.h};
		panel(ui, left, t);
		ui_rect_t in = ui_inset(left, pp);
		int hh = head(ui, in, t->title, s, out, true);
		ui_cut_top(&in, hh + ui_dp(ui, 16));
		ui_rect_t view = {left.x, in.y, left.w, left.y + left.h - in.y - ui_dp(ui, 8)};
		int top = ui_scroll_begin(ui, ui_id(ui, "about"), view);
		int ah = about(ui, (ui_rect_t){in.x, top, in.w, 0}, v, t, s, true, out);
		ui_scroll_end(ui, top + ah + pp - ui_dp(ui, 8));

		int level = 0, need;
		while ((need = ways(ui, right, v, t, s, level, 0, out, false)) > right.h &&
		       level < 2)
			level++;
		int grow = ui_clampi((right.h - need) / 8, 0, ui_dp(ui, 16));
		if (need > right.h)
			right.w -= ui_dp(ui, 16); /* the scroll indicator's lane */
		ui_rect_t rv = {right.x, area.y, right.w + m, area.h};
		int rtop = ui_scroll_begin(ui, ui_id(ui, "ways"), rv);
		int wh = ways(ui, (ui_rect_t){right.x, rtop + vpad, right.w, 0}, v, t, s, level,
			      grow, out, true);
		ui_scroll_end(ui, rtop + vpad + wh + vpad);
		return;
	}

	/* One column (portrait, narrow): the panel, then the ways in; all of it
	 * scrolls when it must. */
	int top = ui_scroll_begin(ui, ui_id(ui, "topic"), area);
	ui_rect_t in = {r.x + pp, top + vpad + pp, r.w - 2 * pp, 0};
	int hh = head(ui, in, t->title, s, out, false);
	int ah = about(ui, (ui_rect_t){in.x, in.y + hh + ui_dp(ui, 20), in.w, 0}, v, t, s, false,
		       out);
	int ph = 2 * pp + hh + ui_dp(ui, 20) + ah;
	panel(ui, (ui_rect_t){r.x, top + vpad, r.w, ph}, t);
	head(ui, in, t->title, s, out, true);
	about(ui, (ui_rect_t){in.x, in.y + hh + ui_dp(ui, 20), in.w, 0}, v, t, s, true, out);
	int y = top + vpad + ph + gap;
	/* Room to spare (portrait): bigger ways in, nearer the hands. */
	int need = ways(ui, (ui_rect_t){r.x, y, r.w, 0}, v, t, s, 0, 0, out, false);
	int spare = area.y + area.h - vpad - y - need;
	int grow = ui_clampi(spare / 8, 0, ui_dp(ui, 28));
	y += ways(ui, (ui_rect_t){r.x, y, r.w, 0}, v, t, s, 0, grow, out, true);
	ui_scroll_end(ui, y + vpad);
}

/* ---- Answered questions ---------------------------------------------------- */

static int qa_item(ui_t *ui, ui_rect_t col, const qa_view_t *q, int wheel, const char *lang,
		   bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 22), indent = ui_dp(ui, col.w > ui_dp(ui, 700) ? 64 : 32);
	int tail = ui_dp(ui, 16);
	ui_text_style_t qs = style(UI_FONT_REGULAR, UI_TS_BODY, th->ink);
	ui_text_style_t as = style(UI_FONT_REGULAR, UI_TS_BODY, th->ink);
	ui_text_style_t ls = style(UI_FONT_BOLD, UI_TS_SMALL, th->wheel_deep[wheel]);
	if (th->high_contrast)
		ls.color = th->ink;

	/* The question: a muted bubble, as wide as its text needs. */
	int qmax = col.w - indent;
	int qw = ui_text_width(ui, q->question, UI_FONT_REGULAR, UI_TS_BODY) + 2 * pad;
	if (qw > qmax)
		qw = qmax;
	int qh = ui_text_height(ui, qw - 2 * pad, q->question, qs) + 2 * pad;
	char date[40], label[96];
	ui_fmt_date(lang, wall_day(q->answered), false, date, sizeof date);
	scr_ask_subst(label, sizeof label, scr_ask_tx(lang, AT_ANSWERED_ON), date);
	int aw = col.w - indent, lw = aw - 2 * pad - ui_dp(ui, 36);
	int lh = ui_text_height(ui, lw, label, ls);
	int ah = ui_text_height(ui, aw - 2 * pad, q->answer, as);
	int ch = pad + lh + ui_dp(ui, 8) + ah + pad;
	int h = qh + tail + ui_dp(ui, 4) + ch;
	if (!draw)
		return h;
	ui_color_t qfill = th->high_contrast ? th->surface : th->wheel_tint[0];
	ui_rect_t qb = {col.x, col.y, qw, qh};
	draw_rect(ui_dl(ui), qb, ui_radius(ui), qfill);
	if (th->outline.a)
		draw_outline(ui_dl(ui), qb, ui_radius(ui), ui_dp(ui, 2), th->outline);
	ask_pt_t tp[3] = {{(float)(qb.x + ui_dp(ui, 28)), (float)(qb.y + qh - 1)},
			  {(float)(qb.x + ui_dp(ui, 28)), (float)(qb.y + qh + tail)},
			  {(float)(qb.x + ui_dp(ui, 28) + tail * 3 / 2), (float)(qb.y + qh - 1)}};
	ask_poly(ui, tp, 3, qfill);
	ui_text(ui, ui_inset(qb, pad), q->question, qs);

	ui_rect_t ab = {col.x + indent, col.y + qh + tail + ui_dp(ui, 4), aw, ch};
	ui_card(ui, ab);
	int ic = ui_dp(ui, 28);
	ask_icon(ui, (ui_rect_t){ab.x + pad, ab.y + pad + (lh - ic) / 2, ic, ic}, "check", ls.color,
		 th->surface);
	ui_text(ui, (ui_rect_t){ab.x + pad + ui_dp(ui, 36), ab.y + pad, lw, lh}, label, ls);
	ui_text(ui, (ui_rect_t){ab.x + pad, ab.y + pad + lh + ui_dp(ui, 8), aw - 2 * pad, ah},
		q->answer, as);
	return h;
}

static int ask_cta(ui_t *ui, ui_rect_t col, const char *lead, const kiosk_state_t *s,
		   const topic_view_t *t, ui_action_t *out, bool center)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_text_style_t ls = {
		UI_FONT_BOLD, UI_TS_NAME, th->ink, center ? UI_ALIGN_CENTER : 0, 0, 0};
	int lh = ui_text_height(ui, col.w, lead, ls);
	ui_text(ui, (ui_rect_t){col.x, col.y, col.w, lh}, lead, ls);
	ui_button_opts_t o = {.style = UI_BTN_DARK, .size = UI_TS_NAME};
	const char *label = tx(s->lang, T_ASK_ANON);
	int bw = ui_button_width(ui, label, &o) + ui_dp(ui, 40), bh = ui_dp(ui, 84);
	if (bw > col.w)
		bw = col.w;
	int x = center ? col.x + (col.w - bw) / 2 : col.x;
	ui_rect_t b = {x, col.y + lh + ui_dp(ui, 16), bw, bh};
	if (ui_button_ex(ui, ui_id(ui, "ask"), b, label, &o))
		ui_act(out, KA_ASK, 0, t->id);
	return lh + ui_dp(ui, 16) + bh;
}

void scr_topic_answers(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const topic_view_t *t = scr_ask_topic(v, s);
	if (!t) {
		scr_topics_grid(ui, area, v, s, out);
		return;
	}
	int m = scr_ask_margin(ui, area), vpad = ui_dp(ui, 16), wheel = scr_ask_wheel(t->colour);
	ui_rect_t r = ui_inset_xy(area, m, vpad);
	bool small = r.h < ui_dp(ui, 640);
	/* Title and the topic's chip. */
	const char *title = tx(s->lang, T_ANSWERED);
	int chip_h = ui_pill_height(ui, UI_TS_LABEL);
	int chip_w = ui_pill_width(ui, t->title, UI_TS_LABEL);
	int tw = ui_text_width(ui, title, UI_FONT_BOLD, UI_TS_TITLE);
	int b = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 20);
	bool chip_beside = b + gap + tw + gap + chip_w <= r.w;
	int hh = head(ui, r, title, s, out, false);
	head(ui, r, title, s, out, true);
	if (chip_beside)
		ui_pill(ui,
			(ui_rect_t){r.x + b + 2 * gap + tw, r.y + (hh - chip_h) / 2, chip_w,
				    chip_h},
			t->title, UI_TS_LABEL, th->wheel_tint[wheel],
			ui_on_color(th, th->wheel_tint[wheel]));
	ui_cut_top(&r, hh + ui_dp(ui, small ? 12 : 24));
	if (!chip_beside) {
		ui_pill(ui, (ui_rect_t){r.x, r.y, chip_w < r.w ? chip_w : r.w, chip_h}, t->title,
			UI_TS_LABEL, th->wheel_tint[wheel], ui_on_color(th, th->wheel_tint[wheel]));
		ui_cut_top(&r, chip_h + ui_dp(ui, 12));
	}

	int cw = ui_clampi(r.w - ui_dp(ui, 16), 0, ui_dp(ui, 1200)); /* (the indicator's lane) */
	ui_rect_t col = {r.x, 0, cw, 0};
	ui_rect_t view = {area.x, r.y, area.w, area.y + area.h - r.y};
	int top = ui_scroll_begin(ui, ui_id(ui, "answers"), view);
	int y = top;
	const topic_detail_t *d = &v->topic;
	if (d->nqa <= 0) {
		/* Empty: a quiet picture, the sentence, and the way to ask,
		 * centred on the whole area. */
		cw = r.w;
		col.x = r.x;
		int circle = ui_dp(ui, small ? 88 : 140);
		ui_text_style_t es = {UI_FONT_BOLD, UI_TS_NAME, th->ink, UI_ALIGN_CENTER, 0, 0};
		const char *empty = tx(s->lang, T_NO_ANSWERS);
		int eh = ui_text_height(ui, cw, empty, es);
		int total = circle + gap + eh + ui_dp(ui, 16) + ui_dp(ui, 84);
		if (total < view.h)
			y += (view.h - total) / 2 - ui_dp(ui, 16);
		if (y < top)
			y = top;
		int cx = col.x + cw / 2;
		draw_circle(ui_dl(ui), cx, y + circle / 2, circle / 2, th->wheel_tint[wheel]);
		int dd = circle * 11 / 20;
		ask_icon(ui, (ui_rect_t){cx - dd / 2, y + (circle - dd) / 2, dd, dd}, "chat",
			 th->wheel_deep[wheel], th->wheel_tint[wheel]);
		y += circle + gap;
		ui_text(ui, (ui_rect_t){col.x, y, cw, eh}, empty, es);
		y += eh + ui_dp(ui, 16);
		ui_button_opts_t o = {.style = UI_BTN_DARK, .size = UI_TS_NAME};
		const char *label = tx(s->lang, T_ASK_ANON);
		int bw = ui_button_width(ui, label, &o) + ui_dp(ui, 40);
		if (ui_button_ex(ui, ui_id(ui, "ask"),
				 (ui_rect_t){cx - bw / 2, y, bw, ui_dp(ui, 84)}, label, &o))
			ui_act(out, KA_ASK, 0, t->id);
		ui_scroll_end(ui, y + ui_dp(ui, 84) + vpad);
		return;
	}
	for (int i = 0; i < d->nqa; i++) {
		ui_rect_t c = {col.x, y, cw, 0};
		ui_push_id(ui, ui_idi(ui, "qa", d->qa[i].id));
		y += qa_item(ui, c, &d->qa[i], wheel, s->lang, true) + ui_dp(ui, small ? 24 : 40);
		ui_pop_id(ui);
	}
	y += ask_cta(ui, (ui_rect_t){col.x, y, cw, 0}, scr_ask_tx(s->lang, AT_NOT_FOUND), s, t, out,
		     false);
	ui_scroll_end(ui, y + ui_dp(ui, 24));
}
