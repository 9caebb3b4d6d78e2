/*
 * Groups in staff mode: the sessions with places and waiting lists
 * (ST_GROUPS) and one session with
 * its sign-ups (ST_SESSION): the nicknames (staff only), removing one,
 * closing sign-ups, cancelling the session.
 */
#include "staff/staff_internal.h"

#include "ui/fmt.h"

#include <stdio.h>
#include <string.h>

static int wheel(wheel_t w)
{
	return (int)w > 0 && (int)w < UI_WHEEL_COUNT ? (int)w : 0;
}

/* "ma 23.11. 15:00–17:00 · Olohuone". */
static void when_where(const session_view_t *se, const char *lang, char *out, int cap)
{
	char d[48], span[32];
	ui_fmt_date(lang, se->day, false, d, sizeof d);
	ui_fmt_span(se->start, se->end, span, sizeof span);
	if (se->place && *se->place)
		ui_fmt(out, cap, "%s %s · %s", d, span, se->place);
	else
		ui_fmt(out, cap, "%s %s", d, span);
}

/* "6/12 paikkaa · 2 jonossa". */
static void counts(const session_view_t *se, const char *lang, char *out, int cap)
{
	char a[64], b[64];
	ui_fmt(a, (int)sizeof a, staff_tx(lang, S_PLACES), se->signed_up, se->capacity);
	if (se->waiting) {
		ui_fmt(b, (int)sizeof b, staff_tx(lang, S_WAITING_N), se->waiting);
		ui_fmt(out, cap, "%s · %s", a, b);
	} else {
		ui_fmt(out, cap, "%s", a);
	}
}

/* The flags as pills in a flow; returns the height (0 without flags). */
static int flags(ui_t *ui, ui_rect_t r, const session_view_t *se, const char *lang, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	const char *p[2];
	int n = 0;
	if (se->cancelled)
		p[n++] = staff_tx(lang, S_CANCELLED);
	if (se->signups_closed)
		p[n++] = staff_tx(lang, S_CLOSED);
	if (!n)
		return 0;
	ui_flow_t f = ui_flow(r, ui_dp(ui, 8));
	int ph = ui_pill_height(ui, UI_TS_SMALL);
	for (int i = 0; i < n; i++) {
		ui_rect_t pr = ui_flow_next(&f, ui_pill_width(ui, p[i], UI_TS_SMALL), ph);
		ui_color_t bg = i == 0 && se->cancelled ? th->wheel_deep[WHEEL_HOUSING] : th->ink;
		if (draw)
			ui_pill(ui, pr, p[i], UI_TS_SMALL, bg, ui_on_color(th, bg));
	}
	return ui_flow_height(&f);
}

static int session_row(ui_t *ui, ui_rect_t col, const session_view_t *se, const char *lang,
		       bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = staff_draw_pad(ui), dot = ui_dp(ui, 18), gap = ui_dp(ui, 16);
	int chev = ui_text_width(ui, "›", UI_FONT_BOLD, UI_TS_SECTION);
	char ww[160], cn[96], hit[200];
	when_where(se, lang, ww, sizeof ww);
	counts(se, lang, cn, sizeof cn);
	int tw = col.w - 2 * pad - dot - gap - chev - gap;
	ui_text_style_t ns = {
		UI_FONT_BOLD, UI_TS_NAME, se->cancelled ? th->muted : th->ink, 0, 0, 0};
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	ui_text_style_t cs = {UI_FONT_BOLD, UI_TS_SMALL, th->ink, 0, 0, 0};
	int nh = ui_text_height(ui, tw, se->group_title, ns), wh = ui_text_height(ui, tw, ww, ss);
	int ch = ui_text_height(ui, tw, cn, cs);
	int fh = flags(ui, (ui_rect_t){0, 0, tw, 0}, se, lang, false);
	int h = 2 * pad + nh + wh + ch + (fh ? fh + ui_dp(ui, 8) : 0);
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	ui_fmt(hit, (int)sizeof hit, "%s · %s", se->group_title, ww);
	ui_press_t p = ui_press(ui, ui_id(ui, "open"), card, hit, true);
	if (p.fired)
		ui_act(out, SA_OPEN_SESSION, 0, se->id);
	ui_card(ui, card);
	if (p.held)
		draw_rect(ui_dl(ui), card, ui_radius(ui), th->pressed);
	int x = card.x + pad, y = card.y + pad;
	draw_circle(ui_dl(ui), x + dot / 2, y + ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME) / 2,
		    dot / 2, th->wheel[wheel(se->colour)]);
	x += dot + gap;
	y += ui_text(ui, (ui_rect_t){x, y, tw, nh}, se->group_title, ns).h;
	if (se->cancelled)
		ui_page_strike(
			ui,
			(ui_rect_t){x, y - nh,
				    ui_text_width(ui, se->group_title, UI_FONT_BOLD, UI_TS_NAME),
				    ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME)},
			th->muted);
	y += ui_text(ui, (ui_rect_t){x, y, tw, wh}, ww, ss).h;
	y += ui_text(ui, (ui_rect_t){x, y, tw, ch}, cn, cs).h;
	if (fh)
		flags(ui, (ui_rect_t){x, y + ui_dp(ui, 8), tw, fh}, se, lang, true);
	ui_text(ui, (ui_rect_t){card.x + card.w - pad - chev, card.y, chev, h}, "›",
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->muted, 0, UI_ALIGN_CENTER, 1});
	return h;
}

void staff_groups(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		  ui_action_t *out)
{
	staff_draw_title(ui, &area, staff_tx(s->lang, S_G_TITLE), -1, NULL, 0, s, out);
	int y = ui_scroll_begin(ui, ui_id(ui, "groups"), area), gap = staff_draw_card_gap(ui);
	if (!v->nsessions)
		y += staff_draw_empty(ui, (ui_rect_t){area.x, y, area.w, 0},
				      staff_tx(s->lang, S_G_EMPTY), true) +
		     gap;
	int cols = area.w >= ui_dp(ui, 1400) ? 2 : 1, cgap = ui_dp(ui, 24);
	int cw = (area.w - (cols - 1) * cgap) / cols;
	for (int i = 0; i < v->nsessions; i += cols) {
		int row_h = 0;
		for (int c = 0; c < cols && i + c < v->nsessions; c++) {
			int hh = session_row(ui, (ui_rect_t){0, 0, cw, 0}, &v->sessions[i + c],
					     s->lang, false, out);
			row_h = hh > row_h ? hh : row_h;
		}
		for (int c = 0; c < cols && i + c < v->nsessions; c++) {
			ui_push_id(ui, ui_idi(ui, "se", i + c));
			ui_rect_t r = {area.x + c * (cw + cgap), y, cw, 0};
			session_row(ui, r, &v->sessions[i + c], s->lang, true, out);
			ui_pop_id(ui);
		}
		y += row_h + gap;
	}
	ui_scroll_end(ui, y);
}

/* ---- One session ---------------------------------------------------------- */

static int signup_row(ui_t *ui, ui_rect_t col, const signup_row_t *su, const char *session,
		      const char *lang, bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 12);
	char pos[32] = "", hit[160];
	if (su->waiting)
		ui_fmt(pos, (int)sizeof pos, staff_tx(lang, S_WAIT_POS), su->position);
	ui_fmt(hit, (int)sizeof hit, "%s · %s", staff_tx(lang, S_REMOVE), su->nickname);
	sd_btn_t rm = {"remove",
		       staff_tx(lang, S_REMOVE),
		       UI_BTN_OUTLINE,
		       SA_REMOVE_SIGNUP,
		       su->id,
		       session,
		       false,
		       true,
		       hit};
	int bw = staff_draw_buttons_w(ui, &rm, 1), gap = ui_dp(ui, 16);
	int pw = pos[0] ? ui_text_width(ui, pos, UI_FONT_BOLD, UI_TS_SMALL) + gap : 0;
	int tw = col.w - 2 * pad - bw - gap - pw;
	ui_text_style_t ns = {UI_FONT_BOLD, UI_TS_LABEL, th->ink, 0, UI_ALIGN_CENTER, 0};
	int nh = ui_text_height(ui, tw, su->nickname, ns);
	int bh = ui_dp(ui, UI_MIN_TARGET);
	int h = 2 * pad + (nh > bh ? nh : bh);
	if (!draw)
		return h;
	ui_rect_t r = ui_inset_xy((ui_rect_t){col.x, col.y, col.w, h}, pad, pad);
	if (pw)
		ui_text(ui, ui_cut_left(&r, pw), pos,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_SMALL, th->muted, 0, UI_ALIGN_CENTER,
					  1});
	ui_rect_t br = ui_cut_right(&r, bw);
	staff_draw_buttons(ui, (ui_rect_t){br.x, br.y + (br.h - bh) / 2, bw, bh}, &rm, 1, false,
			   true, out);
	ui_cut_right(&r, gap);
	ui_text(ui, r, su->nickname, ns);
	ui_separator(ui, col.x, col.y + h - 1, col.w);
	return h;
}

static const session_view_t *find_session(const staff_view_t *v, const char *id)
{
	for (int i = 0; i < v->nsessions; i++)
		if (strcmp(v->sessions[i].id, id) == 0)
			return &v->sessions[i];
	return NULL;
}

void staff_groups_session(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
			  ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const session_view_t *se = find_session(v, s->session_id);
	staff_draw_title(ui, &area, se ? se->group_title : s->session_id, ST_GROUPS, NULL, 0, s,
			 out);
	if (!se)
		return;
	char ww[160], cn[96];
	when_where(se, s->lang, ww, sizeof ww);
	counts(se, s->lang, cn, sizeof cn);
	int y = ui_scroll_begin(ui, ui_id(ui, "session"), area);
	int w = area.w < ui_dp(ui, 1100) ? area.w : ui_dp(ui, 1100), gap = ui_dp(ui, 12);
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, 0, 0};
	ui_text_style_t cs = {UI_FONT_BOLD, UI_TS_BODY, th->ink, 0, 0, 0};
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, ww, bs).h;
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, cn, cs).h + gap;
	int fh = flags(ui, (ui_rect_t){area.x, y, w, 0}, se, s->lang, true);
	y += fh ? fh + gap : 0;
	sd_btn_t b[2] = {
		{"signups",
		 staff_tx(s->lang, se->signups_closed ? S_OPEN_SIGNUPS : S_CLOSE_SIGNUPS),
		 UI_BTN_SECONDARY, SA_CLOSE_SIGNUPS, se->signups_closed ? 0 : 1, se->id, false,
		 false, NULL},
		{"cancel", staff_tx(s->lang, se->cancelled ? S_RESTORE_SESSION : S_CANCEL_SESSION),
		 se->cancelled ? UI_BTN_SECONDARY : UI_BTN_OUTLINE,
		 se->cancelled ? SA_UNCANCEL_SESSION : SA_CANCEL_SESSION, 0, se->id, false,
		 !se->cancelled, NULL},
	};
	y += staff_draw_buttons(ui, (ui_rect_t){area.x, y, w, 0}, b, 2, false, true, out) + 2 * gap;
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, staff_tx(s->lang, S_NICK_NOTE),
		     (ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0})
		     .h +
	     gap;
	/* The nicknames only after a tap (someone may be standing beside the
	 * screen); they close again after a removal and when staff leave. */
	if (v->signups.n) {
		sd_btn_t nb = {"nicks",
			       staff_tx(s->lang, s->nicks_shown ? S_HIDE_NICKS : S_SHOW_NICKS),
			       UI_BTN_SECONDARY,
			       SA_REVEAL,
			       s->nicks_shown ? 0 : 1,
			       NULL,
			       false,
			       false,
			       NULL};
		y += staff_draw_buttons(ui, (ui_rect_t){area.x, y, w, 0}, &nb, 1, false, true,
					out) +
		     gap;
		if (!s->nicks_shown)
			y += ui_text(ui, (ui_rect_t){area.x, y, w, 0},
				     staff_tx(s->lang, S_NICKS_HIDDEN),
				     (ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0,
						       0, 0})
				     .h +
			     gap;
	}
	for (int part = 0; part < 2; part++) {
		bool waiting = part == 1;
		int n = 0;
		for (int i = 0; i < v->signups.n; i++)
			n += v->signups.v[i].waiting == waiting;
		if (waiting && !n)
			break;
		char head[96];
		ui_fmt(head, (int)sizeof head, "%s (%d)",
		       staff_tx(s->lang, waiting ? S_WAITLIST : S_SIGNED_UP), n);
		y += ui_page_section(ui, (ui_rect_t){area.x, y, w, 0}, y, head);
		if (!n)
			y += staff_draw_empty(ui, (ui_rect_t){area.x, y, w, 0},
					      staff_tx(s->lang, S_NO_SIGNUPS), true) +
			     gap;
		for (int i = 0; s->nicks_shown && i < v->signups.n; i++) {
			if (v->signups.v[i].waiting != waiting)
				continue;
			ui_push_id(ui, ui_idi(ui, "su", v->signups.v[i].id));
			y += signup_row(ui, (ui_rect_t){area.x, y, w, 0}, &v->signups.v[i], se->id,
					s->lang, true, out);
			ui_pop_id(ui);
		}
		y += 2 * gap;
	}
	ui_scroll_end(ui, y);
}
