/*
 * Today: who is here now (cards), who comes later, who is not coming, and
 * today's group sessions. Landscape: the people on the left, the lists on
 * the right, each scrolling on its own; portrait and narrow screens: one
 * column. Every card is measured before it is drawn, so nothing is cut:
 * long names and roles wrap (with a hyphen inside a very long word).
 */
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"
#include "youth/scr_gs.h"

#include <stdio.h>
#include <string.h>

typedef struct tctx {
	ui_t *ui;
	const kiosk_view_t *v;
	const kiosk_state_t *s;
	ui_action_t *out;
	const ui_theme_t *th;
	const char *lang;
	bool draw;  /* false: only measure */
	int view_h; /* the visible height of the scroll region being filled */
} tctx_t;

/* ---- Person cards -------------------------------------------------------- */

static void org_room(const person_view_t *p, char *out, int cap)
{
	kiosk_draw_org_room(p->org_name, p->room, out, cap);
}

/* The languages spoken (small outlined names, each in its own language) and the topics (chips),
 * flowed in w at (x, y). Returns the height. */
static int chips(tctx_t *c, const person_view_t *p, int x, int y, int w)
{
	ui_t *ui = c->ui;
	int n = p->nlanguages + p->ntopics;
	if (!n)
		return 0;
	ui_flow_t f = ui_flow((ui_rect_t){x, y, w, 0}, ui_dp(ui, 8));
	int h = ui_pill_height(ui, UI_TS_SMALL);
	for (int i = 0; i < p->nlanguages; i++) {
		char code[8];
		const char *name = tx_lang_name(p->languages[i], code, (int)sizeof code);
		int pw = ui_pill_width(ui, name, UI_TS_SMALL);
		ui_rect_t r = ui_flow_next(&f, pw, h);
		if (c->draw) {
			ui_pill(ui, r, name, UI_TS_SMALL, c->th->surface, c->th->muted);
			draw_outline(ui_dl(ui), r, r.h / 2, ui_dp(ui, 2), c->th->line);
		}
	}
	for (int i = 0; i < p->ntopics; i++) {
		const topic_chip_t *t = &p->topics[i];
		ui_rect_t r = ui_flow_next(&f, ui_pill_width(ui, t->title, UI_TS_SMALL), h);
		if (c->draw)
			ui_chip(ui, r, t->title, (int)t->colour);
	}
	return ui_flow_height(&f);
}

/* The card of someone on site now; returns its height (drawn at y when
 * c->draw, at least min_h high). */
static int person_card(tctx_t *c, const person_view_t *p, ui_rect_t col, int y, int min_h)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	bool small = col.w < ui_dp(ui, 520);
	int pad = ui_dp(ui, 22), av = ui_dp(ui, small ? 80 : 104), gap = ui_dp(ui, 20);
	int tw = col.w - 2 * pad - av - gap;
	char when[64], end[6], orgroom[256];
	ui_fmt_hhmm(p->end, end);
	bool early = p->presence == PRESENCE_LEAVES_EARLY;
	ui_fmt(when, (int)sizeof when, tx(c->lang, early ? T_LEAVES_AT : T_UNTIL), end);
	org_room(p, orgroom, sizeof orgroom);

	ui_text_style_t ws = {
		UI_FONT_BOLD, UI_TS_LABEL, early ? th->wheel_deep[WHEEL_WORK] : th->ink,
		UI_ALIGN_END, 0,	   1};
	ui_text_style_t ns = ui_ts(UI_FONT_BOLD, UI_TS_NAME, th->ink);
	ui_text_style_t os = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->muted);
	ui_text_style_t rs = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	int when_w = ui_text_width(ui, when, UI_FONT_BOLD, UI_TS_LABEL);
	/* The time sits right of the name unless that squeezes the name. */
	bool when_beside = when_w + gap <= tw / 3;
	int name_w = when_beside ? tw - when_w - gap : tw;
	int nh = ui_text_height(ui, name_w, p->name, ns);
	int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
	int wh = when_beside ? 0 : lh;
	int oh = ui_page_text_h(ui, tw, orgroom, os), rh = ui_page_text_h(ui, tw, p->role, rs);
	int noteh = ui_page_text_h(ui, tw, p->note, rs);
	int sp = ui_dp(ui, 10);
	bool draw = c->draw;
	c->draw = false;
	int ch = chips(c, p, 0, 0, tw);
	c->draw = draw;
	int inner = nh + wh + oh + (rh ? ui_dp(ui, 2) + rh : 0) +
		    (noteh ? ui_dp(ui, 2) + noteh : 0) + (ch ? sp + ch : 0);
	int h = 2 * pad + (inner > av ? inner : av);
	if (h < min_h)
		h = min_h;
	if (!c->draw)
		return h;

	ui_rect_t card = {col.x, y, col.w, h};
	ui_card(ui, card);
	kiosk_draw_person_press(ui, card, p, c->out); /* their week, languages and topics */
	ui_avatar(ui, (ui_rect_t){card.x + pad, card.y + pad, av, av}, p->photo, p->name,
		  kiosk_draw_person_wheel(p));
	int x = card.x + pad + av + gap, ty = card.y + pad;
	if (when_beside)
		ui_text(ui, (ui_rect_t){x + tw - when_w, ty, when_w, lh}, when, ws);
	ty += ui_text(ui, (ui_rect_t){x, ty, name_w, 0}, p->name, ns).h;
	if (!when_beside) {
		ws.align = UI_ALIGN_START;
		ui_text(ui, (ui_rect_t){x, ty, tw, lh}, when, ws);
		ty += lh;
	}
	ty += ui_text(ui, (ui_rect_t){x, ty, tw, 0}, orgroom, os).h;
	if (rh)
		ty += ui_dp(ui, 2) +
		      ui_text(ui, (ui_rect_t){x, ty + ui_dp(ui, 2), tw, 0}, p->role, rs).h;
	if (noteh)
		ty += ui_dp(ui, 2) +
		      ui_text(ui, (ui_rect_t){x, ty + ui_dp(ui, 2), tw, 0}, p->note, rs).h;
	if (ch)
		chips(c, p, x, ty + sp, tw);
	return h;
}

/* A friendly card for an empty moment: the wheel, a line or two. */
static int message_card(tctx_t *c, ui_rect_t col, int y, const char *text)
{
	ui_t *ui = c->ui;
	int pad = ui_dp(ui, 28), logo = ui_dp(ui, 56), gap = ui_dp(ui, 22);
	int tw = col.w - 2 * pad - logo - gap;
	ui_text_style_t bs = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, c->th->ink);
	int bh = ui_page_text_h(ui, tw, text, bs);
	int h = 2 * pad + (bh > logo ? bh : logo);
	if (!c->draw)
		return h;
	ui_rect_t card = {col.x, y, col.w, h};
	ui_card(ui, card);
	ui_page_wheel_logo(ui, (ui_rect_t){card.x + pad, card.y + pad, logo, logo});
	ui_text(ui, (ui_rect_t){card.x + pad + logo + gap, card.y + (h - bh) / 2, tw, 0}, text, bs);
	return h;
}

/* The whole column when nobody comes today (or the site is closed): the
 * wheel, what is going on, and where to go instead. Centred in view. */
static int hero(tctx_t *c, ui_rect_t col, int y, const char *title, const char *text)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	int w = col.w < ui_dp(ui, 1000) ? col.w : ui_dp(ui, 1000);
	bool small = c->view_h < ui_dp(ui, 520);
	int logo = ui_dp(ui, small ? 72 : 112), gap = ui_dp(ui, small ? 18 : 24);
	int bh = ui_dp(ui, small ? 80 : 88);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_CENTER, 0, 0};
	const char *ask = tx(c->lang, T_ASK), *week = tx(c->lang, T_WEEK);
	ui_button_opts_t po = {.style = UI_BTN_PRIMARY}, wo = {.style = UI_BTN_OUTLINE};
	int pw = ui_button_width(ui, ask, &po) + ui_dp(ui, 40);
	int ww = ui_button_width(ui, week, &wo) + ui_dp(ui, 40);
	bool stacked = pw + gap + ww > w;
	int th_ = ui_page_text_h(ui, w, title, ts), tb = ui_page_text_h(ui, w, text, bs);
	int h = logo + gap + th_ + ui_dp(ui, 10) + tb + 2 * gap + (stacked ? 2 * bh + gap : bh);
	int top = y + (c->view_h - h) / 3 > y ? y + (c->view_h - h) / 3 : y;
	if (!c->draw)
		return top - y + h;
	int x = col.x + (col.w - w) / 2, yy = top;
	ui_page_wheel_logo(ui, (ui_rect_t){col.x + (col.w - logo) / 2, yy, logo, logo});
	yy += logo + gap;
	yy += ui_text(ui, (ui_rect_t){x, yy, w, 0}, title, ts).h + ui_dp(ui, 10);
	yy += ui_text(ui, (ui_rect_t){x, yy, w, 0}, text, bs).h + 2 * gap;
	ui_rect_t pb, wb;
	if (stacked) {
		pb = (ui_rect_t){x, yy, w, bh};
		wb = (ui_rect_t){x, yy + bh + gap, w, bh};
	} else {
		int bx = col.x + (col.w - pw - gap - ww) / 2;
		pb = (ui_rect_t){bx, yy, pw, bh};
		wb = (ui_rect_t){bx + pw + gap, yy, ww, bh};
	}
	if (ui_button_ex(ui, ui_id(ui, "hero-ask"), pb, ask, &po))
		ui_act(c->out, KA_NAV, KS_ASK, NULL);
	if (ui_button_ex(ui, ui_id(ui, "hero-week"), wb, week, &wo))
		ui_act(c->out, KA_NAV, KS_WEEK, NULL);
	return top - y + h;
}

/* ---- Lists ------------------------------------------------------------- */

/* One row of "later today" or "not here today" inside a list card. */
static int later_row(tctx_t *c, const person_view_t *p, int x, int y, int w, bool away)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	int tcol = ui_text_width(ui, "00:00", UI_FONT_BOLD, UI_TS_LABEL) + ui_dp(ui, 18);
	int dot = ui_dp(ui, 14), dgap = ui_dp(ui, 16), vpad = ui_dp(ui, 16);
	int tx0 = away ? x : x + tcol + dot + dgap, tw = x + w - tx0;
	char t[6], sub[256], orgroom[256], arrives[64];
	ui_fmt_hhmm(p->start, t);
	org_room(p, orgroom, sizeof orgroom);
	bool late = p->presence == PRESENCE_LATE && !away;
	if (late) {
		ui_fmt(arrives, (int)sizeof arrives, tx(c->lang, T_ARRIVES), t);
		ui_fmt(sub, (int)sizeof sub, "%s%s%s", orgroom, *orgroom ? " · " : "", arrives);
	} else if (away && p->note && *p->note) {
		ui_fmt(sub, (int)sizeof sub, "%s%s%s", orgroom, *orgroom ? " · " : "", p->note);
	} else {
		ui_fmt(sub, (int)sizeof sub, "%s", orgroom);
	}
	ui_text_style_t ns = ui_ts(UI_FONT_BOLD, UI_TS_LABEL, away ? th->muted : th->ink);
	ui_text_style_t ss = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	int nh = ui_text_height(ui, tw, p->name, ns), sh = ui_page_text_h(ui, tw, sub, ss);
	int h = 2 * vpad + nh + sh;
	if (!c->draw)
		return h;
	int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
	if (!away) {
		ui_color_t tc = late ? th->wheel_deep[WHEEL_WORK] : th->ink;
		ui_text(ui, (ui_rect_t){x, y + vpad, tcol, lh}, t,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, tc, 0, 0, 1});
		draw_circle(ui_dl(ui), x + tcol + dot / 2, y + vpad + lh / 2, dot / 2,
			    th->wheel[kiosk_draw_person_wheel(p)]);
	}
	ui_rect_t nb = ui_text(ui, (ui_rect_t){tx0, y + vpad, tw, 0}, p->name, ns);
	if (away)
		ui_page_strike(ui, nb, th->muted);
	ui_text(ui, (ui_rect_t){tx0, y + vpad + nh, tw, 0}, sub, ss);
	return h;
}

static int list_card(tctx_t *c, ui_rect_t col, int y, const person_view_t *ps, int n, bool away)
{
	int pad = ui_dp(c->ui, 24), h = 0;
	bool draw = c->draw;
	int rows[64];
	n = n > 64 ? 64 : n;
	c->draw = false;
	for (int i = 0; i < n; i++)
		h += rows[i] = later_row(c, &ps[i], 0, 0, col.w - 2 * pad, away);
	c->draw = draw;
	if (!draw || !n)
		return n ? h : 0;
	ui_card(c->ui, (ui_rect_t){col.x, y, col.w, h});
	int ry = y;
	for (int i = 0; i < n; i++) {
		if (i)
			ui_separator(c->ui, col.x + pad, ry, col.w - 2 * pad);
		later_row(c, &ps[i], col.x + pad, ry, col.w - 2 * pad, away);
		ry += rows[i];
	}
	return h;
}

static void places(tctx_t *c, const session_view_t *ss, char *out, int cap, int *tint)
{
	if (ss->cancelled || ss->signups_closed) {
		ui_fmt(out, cap, "%s",
		       scr_gs_tx(c->lang, ss->cancelled ? GS_SESSION_CANCELLED : GS_SIGNUP_CLOSED));
		*tint = WHEEL_HOUSING;
	} else if (ss->places_left <= 0) {
		ui_fmt(out, cap, "%s", tx(c->lang, T_FULL_QUEUE));
		*tint = WHEEL_HOUSING;
	} else if (ss->places_left == 1) {
		ui_fmt(out, cap, tx_n(c->lang, T_PLACES_LEFT, 1), 1);
		*tint = WHEEL_WORK;
	} else {
		ui_fmt(out, cap, tx_n(c->lang, T_PLACES_LEFT, ss->places_left), ss->places_left);
		*tint = WHEEL_MONEY;
	}
}

/* One session row: time, colour dot, title (and place), places pill. Tapping
 * opens the group. */
static int session_row(tctx_t *c, const session_view_t *ss, int i, int x, int y, int w)
{
	ui_t *ui = c->ui;
	const ui_theme_t *th = c->th;
	int tcol = ui_text_width(ui, "00:00", UI_FONT_BOLD, UI_TS_LABEL) + ui_dp(ui, 18);
	int dot = ui_dp(ui, 14), dgap = ui_dp(ui, 16), vpad = ui_dp(ui, 18), gap = ui_dp(ui, 12);
	bool over = ss->end > 0 && ss->end <= c->v->today.minute;
	char t[6], pl[64] = "";
	int tint = 0;
	ui_fmt_hhmm(ss->start, t);
	if (!over && ss->capacity > 0)
		places(c, ss, pl, sizeof pl, &tint);
	int pw = *pl ? ui_pill_width(ui, pl, UI_TS_SMALL) : 0;
	int chev = ui_text_width(ui, "›", UI_FONT_BOLD, UI_TS_NAME);
	int tx0 = x + tcol + dot + dgap;
	int tw = x + w - tx0 - chev - gap - (pw ? pw + gap : 0);
	bool pill_below = tw < ui_dp(ui, 160) && pw; /* narrow: the pill under the title */
	if (pill_below)
		tw = x + w - tx0 - chev - gap;
	ui_color_t ink = over ? th->muted : th->ink;
	ui_text_style_t ns = ui_ts(UI_FONT_BOLD, UI_TS_LABEL, ink);
	ui_text_style_t ps = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	int nh = ui_text_height(ui, tw, ss->group_title, ns);
	int ph = ui_page_text_h(ui, tw, ss->place, ps);
	int pillh = ui_pill_height(ui, UI_TS_SMALL);
	int h = 2 * vpad + nh + ph + (pill_below ? ui_dp(ui, 8) + pillh : 0);
	if (h < ui_dp(ui, UI_MIN_TARGET + 8))
		h = ui_dp(ui, UI_MIN_TARGET + 8);
	if (!c->draw)
		return h;
	ui_rect_t row = {x - ui_dp(ui, 24), y, w + ui_dp(ui, 48), h};
	ui_press_t p = ui_press(ui, ui_idi(ui, "session", i), row, ss->group_title, true);
	if (p.fired)
		ui_act(c->out, KA_OPEN_GROUP, 0, ss->group_id);
	if (p.held)
		draw_rect(ui_dl(ui), row, 0, th->pressed);
	int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
	ui_text(ui, (ui_rect_t){x, y + vpad, tcol, lh}, t,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, ink, 0, 0, 1});
	draw_circle(ui_dl(ui), x + tcol + dot / 2, y + vpad + lh / 2, dot / 2,
		    th->wheel[ss->colour > 0 && ss->colour < WHEEL_COUNT ? ss->colour : 0]);
	ui_text(ui, (ui_rect_t){tx0, y + vpad, tw, 0}, ss->group_title, ns);
	ui_text(ui, (ui_rect_t){tx0, y + vpad + nh, tw, 0}, ss->place, ps);
	if (pw) {
		ui_rect_t pr =
			pill_below ? (ui_rect_t){tx0, y + vpad + nh + ph + ui_dp(ui, 8), pw, pillh}
				   : (ui_rect_t){x + w - chev - gap - pw,
						 y + vpad + (lh - pillh) / 2, pw, pillh};
		ui_chip(ui, pr, pl, tint);
	}
	ui_text(ui, (ui_rect_t){x + w - chev, y, chev, h}, "›",
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_NAME, th->muted, UI_ALIGN_END,
				  UI_ALIGN_CENTER, 1});
	return h;
}

static int sessions_card(tctx_t *c, ui_rect_t col, int y)
{
	const today_view_t *t = &c->v->today;
	int pad = ui_dp(c->ui, 24), h = 0, n = t->nsessions > 64 ? 64 : t->nsessions;
	int rows[64];
	bool draw = c->draw;
	c->draw = false;
	for (int i = 0; i < n; i++)
		h += rows[i] = session_row(c, &t->sessions[i], i, 0, 0, col.w - 2 * pad);
	c->draw = draw;
	if (!draw || !n)
		return h;
	ui_card(c->ui, (ui_rect_t){col.x, y, col.w, h});
	int ry = y;
	for (int i = 0; i < n; i++) {
		if (i)
			ui_separator(c->ui, col.x + pad, ry, col.w - 2 * pad);
		session_row(c, &t->sessions[i], i, col.x + pad, ry, col.w - 2 * pad);
		ry += rows[i];
	}
	return h;
}

/* ---- Columns ----------------------------------------------------------- */

static bool side_empty(const today_view_t *t)
{
	return !t->nlater && !t->nsessions && !t->naway;
}

/* "Now on site" (or the empty-day message) from y; returns the new y. */
static int now_column(tctx_t *c, ui_rect_t col, int y)
{
	ui_t *ui = c->ui;
	const today_view_t *t = &c->v->today;
	int gap = ui_dp(ui, 20), sgap = ui_dp(ui, 32);
	bool after = t->hours.open && t->hours.open_at >= 0 && t->minute >= t->hours.close_at;
	if (!t->nnow && (!t->hours.open || after || side_empty(t))) {
		char next[128] = "", first[200] = "", text[640];
		if (t->hours.open && !after) {
			ui_fmt(text, (int)sizeof text, "%s", tx(c->lang, T_NOBODY_TODAY));
			return y + hero(c, col, y, tx(c->lang, T_NOBODY_NOW), text) + sgap;
		}
		/* Closed (all day, or for the rest of it): when it opens next and
		 * who is there first. */
		kiosk_next_open(c->v, c->lang, next, sizeof next);
		if (*next)
			kiosk_first_next(c->v, c->lang, first, sizeof first);
		const char *note = !after && t->hours.note ? t->hours.note : "";
		ui_fmt(text, (int)sizeof text, "%s%s%s%s%s%s%s", note, *note && *next ? "\n" : "",
		       *next ? tx(c->lang, T_NEXT_OPEN) : "", *next ? ": " : "", next,
		       *first ? "\n" : "", first);
		return y +
		       hero(c, col, y, tx(c->lang, after ? T_CLOSED_NOW : T_CLOSED_TODAY), text) +
		       sgap;
	}
	if (t->hours.changed && t->hours.open && t->hours.close_at > 0 && !after) {
		/* A short day: say it before anything else. */
		char at[16], title[96], text[400];
		ui_fmt_time_short(t->hours.close_at, at, sizeof at);
		ui_fmt(title, (int)sizeof title, tx(c->lang, T_CLOSES_EARLY), at);
		ui_fmt(text, (int)sizeof text, "%s%s%s", title,
		       t->hours.note && *t->hours.note ? "\n" : "",
		       t->hours.note ? t->hours.note : "");
		y += message_card(c, col, y, text) + gap;
	}
	y += ui_page_section(ui, col, y, tx(c->lang, T_NOW_ON_SITE));
	if (!t->nnow)
		return y + message_card(c, col, y, tx(c->lang, T_NOBODY_NOW)) + sgap;
	int cols = col.w >= 2 * ui_dp(ui, 520) + gap ? 2 : 1;
	int cw = (col.w - (cols - 1) * gap) / cols;
	for (int i = 0; i < t->nnow; i += cols) {
		/* Cards in a row share the tallest height. */
		bool draw = c->draw;
		c->draw = false;
		int rh = 0;
		for (int j = i; j < i + cols && j < t->nnow; j++) {
			int h = person_card(c, &t->now[j], (ui_rect_t){0, 0, cw, 0}, 0, 0);
			rh = h > rh ? h : rh;
		}
		c->draw = draw;
		for (int j = i; j < i + cols && j < t->nnow; j++)
			person_card(c, &t->now[j],
				    (ui_rect_t){col.x + (j - i) * (cw + gap), 0, cw, 0}, y, rh);
		y += rh + gap;
	}
	return y - gap + sgap;
}

static int side_column(tctx_t *c, ui_rect_t col, int y)
{
	ui_t *ui = c->ui;
	const today_view_t *t = &c->v->today;
	int sgap = ui_dp(ui, 32);
	if (t->nlater) {
		y += ui_page_section(ui, col, y, tx(c->lang, T_LATER_TODAY));
		y += list_card(c, col, y, t->later, t->nlater, false) + sgap;
	}
	if (t->nsessions) {
		y += ui_page_section(ui, col, y, tx(c->lang, T_GROUPS_TODAY));
		y += sessions_card(c, col, y) + sgap;
	}
	if (t->naway) {
		y += ui_page_section(ui, col, y, tx(c->lang, T_AWAY_TODAY));
		y += list_card(c, col, y, t->away, t->naway, true) + sgap;
	}
	return y;
}

/* A scroll region over col, a little wider on the right for its indicator. */
static void scrolled(tctx_t *c, const char *key, ui_rect_t col, int extra,
		     int (*fill)(tctx_t *, ui_rect_t, int))
{
	ui_t *ui = c->ui;
	ui_rect_t region = {col.x, col.y, col.w + extra, col.h};
	c->view_h = col.h - ui_dp(ui, 40);
	int top = ui_scroll_begin(ui, ui_id(ui, key), region);
	int y = fill(c, col, top + ui_dp(ui, 20));
	ui_scroll_end(ui, y);
}

static int both(tctx_t *c, ui_rect_t col, int y)
{
	y = now_column(c, col, y);
	return side_column(c, col, y);
}

void scr_today(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	       ui_action_t *out)
{
	tctx_t c = {ui, v, s, out, ui_theme(ui), s->lang, true, area.h};
	int extra = ui_dp(ui, 18);
	if (extra > ui_page_margin(ui) - ui_dp(ui, 4))
		extra = ui_page_margin(ui) - ui_dp(ui, 4);
	bool two = !ui_portrait(ui) && area.w >= ui_dp(ui, 1100) && !side_empty(&v->today);
	if (!two) {
		scrolled(&c, "today", area, extra, both);
		return;
	}
	int gap = ui_dp(ui, 40);
	ui_rect_t left = area, right = area;
	left.w = (area.w - gap) * 60 / 100;
	right.x = left.x + left.w + gap;
	right.w = area.x + area.w - right.x;
	scrolled(&c, "now", left, gap / 2, now_column);
	scrolled(&c, "side", right, extra, side_column);
}
