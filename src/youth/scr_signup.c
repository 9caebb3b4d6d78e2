/*
 * Groups, the typing and result screens: a nickname for a session
 * (KS_SIGNUP), the cancel code it gives (KS_SIGNED_UP), typing that code to
 * cancel (KS_CANCEL, KS_CANCELLED), and a group idea (KS_IDEA, KS_IDEA_SENT).
 *
 * Privacy: what is typed (nickname, code, idea) is drawn only on its own
 * input screen, and the cancel code only on KS_SIGNED_UP. The line saying
 * what happens to the text sits right under the field.
 */
#include "youth/kiosk_draw.h"
#include "youth/scr_groups.h"

#include "core/utf8.h"

#include <stdio.h>
#include <string.h>

/* A form above the keyboard: a title row and a body. It is roomy when it
 * fits above the keyboard, else tight (smaller title, less air, a refusal
 * beside the field); when even that does not fit, it scrolls. */
typedef struct form {
	ui_rect_t kb;	/* the keyboard */
	ui_rect_t area; /* the form's part of the area */
	ui_rect_t col;	/* the column the form lays out in */
	int y;		/* the next free y (scrolled coordinates) */
	int title;	/* UI_TS_TITLE, or UI_TS_SECTION when tight */
	int gap, sep, top;
	int extra; /* height of what follows the body (the crisis card) */
	bool tight;
} form_t;

/* Draws (or measures, draw false) a form's body at y; returns its height. */
typedef int (*form_body_fn)(ui_t *ui, const form_t *f, const kiosk_state_t *s, int y, bool draw);

static void form_mode(ui_t *ui, form_t *f, bool tight)
{
	f->tight = tight;
	f->title = tight ? UI_TS_SECTION : UI_TS_TITLE;
	f->gap = ui_dp(ui, tight ? 10 : 20);
	f->sep = ui_dp(ui, tight ? 10 : 28);
	f->top = ui_dp(ui, tight ? 10 : 24);
}

static form_t form_begin(ui_t *ui, ui_rect_t area)
{
	form_t f;
	f.kb = scr_gs_cut_keyboard(ui, &area);
	f.area = area;
	f.col = (ui_rect_t){area.x, area.y, area.w - scr_gs_gutter(ui), 0};
	f.y = area.y;
	f.extra = 0;
	form_mode(ui, &f, false);
	return f;
}

static int form_need(ui_t *ui, const form_t *f, const char *title, const char *sub,
		     form_body_fn body, const kiosk_state_t *s)
{
	return scr_gs_title_row_height(ui, f->col.w, title, sub, f->title, true) + f->sep +
	       body(ui, f, s, 0, false) + f->extra;
}

/* Picks roomy or tight, starts the scroll region and sets f->y where the
 * title goes: under the header, the keyboard at the bottom. */
static void form_start(ui_t *ui, form_t *f, const char *key, const char *title, const char *sub,
		       form_body_fn body, const kiosk_state_t *s)
{
	int need = form_need(ui, f, title, sub, body, s);
	if (f->top + need + ui_dp(ui, 16) > f->area.h) {
		form_mode(ui, f, true);
		need = form_need(ui, f, title, sub, body, s);
	}
	int y = ui_scroll_begin(ui, ui_id(ui, key), f->area);
	f->col.y = y;
	f->y = y + f->top;
}

static void form_end(ui_t *ui, form_t *f, const ui_kb_t *kb, const char *action, ui_action_t *out)
{
	ui_scroll_end(ui, f->y + ui_dp(ui, 16));
	ui_keyboard(ui, f->kb, kb, action, out);
}

/* ---- KS_SIGNUP ------------------------------------------------------------ */

/* The label, the field, a refusal, and what happens to the nickname, at y.
 * On a short screen the refusal sits beside the field, so that both stay in
 * view above the keyboard. Returns the height; draws only when draw. */
static int signup_body(ui_t *ui, const form_t *f, const kiosk_state_t *s, int y, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	const char *lang = s->lang;
	int x = f->col.x, w = f->col.w, y0 = y;
	if (!f->tight) {
		ui_text_style_t ls = ui_ts(UI_FONT_BOLD, UI_TS_LABEL, th->ink);
		int lh = ui_text_height(ui, w, tx(lang, T_NICK_TITLE), ls);
		if (draw)
			ui_text(ui, (ui_rect_t){x, y, w, lh}, tx(lang, T_NICK_TITLE), ls);
		y += lh + ui_dp(ui, 10);
	}
	int fh = ui_dp(ui, f->tight ? 76 : 88), ng = ui_dp(ui, 16);
	bool beside = f->tight && s->notice[0];
	int fw = beside ? w * 9 / 20 : w, nw = w - fw - ng;
	int rh = fh;
	if (beside) {
		int nh = scr_gs_notice_height(ui, nw, s->notice, UI_TS_SMALL);
		rh = nh > fh ? nh : fh;
		if (draw)
			scr_gs_notice(ui, x + fw + ng, y, nw, rh, s->notice, UI_TS_SMALL);
	}
	if (draw)
		ui_textfield(ui, (ui_rect_t){x, y + (rh - fh) / 2, fw, fh}, s->kb.text,
			     tx(lang, T_NICK_PLACEHOLDER), true);
	y += rh + ui_dp(ui, 8);
	if (s->notice[0] && !beside) {
		int nh = scr_gs_notice_height(ui, w, s->notice, UI_TS_BODY);
		if (draw)
			scr_gs_notice(ui, x, y, w, 0, s->notice, UI_TS_BODY);
		y += nh + ui_dp(ui, 8);
	}
	y += scr_gs_privacy(ui, x, y, w, tx(lang, T_NICK_PRIVACY),
			    f->tight ? UI_TS_CAPTION : UI_TS_SMALL, draw);
	return y - y0;
}

void scr_signup_form(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		     ui_action_t *out)
{
	const char *lang = s->lang;
	const session_view_t *se = scr_gs_find_session(v, s->session_id);
	form_t f = form_begin(ui, area);

	/* Which session: "Pelikerho · ma 23.11. · 15:00–17:00", "Olohuone · 3 paikkaa". */
	char title[256], sub[256];
	if (se) {
		char when[96], places[80];
		ui_color_t bg, fg;
		scr_gs_when(lang, se, scr_gs_today(v), when, sizeof when);
		snprintf(title, sizeof title, "%s · %s", scr_gs_session_title(v, se), when);
		scr_gs_places(ui, lang, se, places, sizeof places, &bg, &fg);
		snprintf(sub, sizeof sub, "%s%s%s", se->place, *se->place ? " · " : "", places);
	} else {
		snprintf(title, sizeof title, "%s", tx(lang, T_SIGNUP));
		sub[0] = 0;
	}
	form_start(ui, &f, "signup", title, sub, signup_body, s);
	f.y += scr_gs_title_row(ui, (ui_rect_t){f.col.x, f.y, f.col.w, 0}, lang, title, sub,
				f.title, true, out);
	f.y += f.sep;
	f.y += signup_body(ui, &f, s, f.y, true);
	bool waitlist = se && se->places_left <= 0;
	const char *key = waitlist ? scr_gs_key_label(ui, f.kb, &s->kb, tx(lang, T_JOIN_WAITLIST),
						      scr_gs_tx(lang, GS_KEY_WAITLIST))
				   : tx(lang, T_SIGNUP);
	form_end(ui, &f, &s->kb, key, out);
}

/* ---- Code tiles ------------------------------------------------------------ */

/* Up to 15 characters of a code, one per tile (at least n tiles), in groups
 * of three when that helps reading (6 -> "K7P 2Q9"). input: empty tiles for
 * what is still to type, the next one marked. Returns the height; draws
 * only when draw is true. */
static int code_tiles(ui_t *ui, int x, int y, int w, int max_h, const char *code, int n, bool input,
		      bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	char ch[16][8];
	int len = 0;
	const char *p = code, *end = code + strlen(code);
	while (p < end && len < 15) {
		uint32_t c = utf8_next(&p, end);
		if (c >= 'a' && c <= 'z')
			c -= 32; /* codes are upper case; show what the app will match */
		int k = utf8_encode(c, ch[len]);
		ch[len][k] = 0;
		len++;
	}
	if (n < len)
		n = len;
	if (n < 1)
		n = 1;
	int gap = ui_dp(ui, 12), group = n > 4 && n % 3 == 0 ? 3 : 0;
	int extra = group ? (n / group - 1) * gap * 2 : 0;
	int tw = (w - (n - 1) * gap - extra) / n;
	int tmax = ui_dp(ui, 128);
	if (tw > tmax)
		tw = tmax;
	int h = tw * 5 / 4;
	if (max_h > 0 && h > max_h)
		h = max_h;
	int size = scr_gs_fit_size(ui, UI_TS_CLOCK, h - ui_dp(ui, 8));
	if (!draw)
		return h;
	int total = n * tw + (n - 1) * gap + extra;
	int cx = x + (w - total) / 2;
	for (int i = 0; i < n; i++) {
		ui_rect_t t = {cx, y, tw, h};
		bool next = input && i == len;
		draw_rect(ui_dl(ui), t, ui_dp(ui, 14), i < len || !input ? th->surface : th->bg);
		draw_outline(ui_dl(ui), t, ui_dp(ui, 14), ui_dp(ui, next ? 4 : 2),
			     next      ? th->focus
			     : i < len ? th->ink
				       : th->muted);
		if (i < len)
			ui_text(ui, t, ch[i],
				(ui_text_style_t){UI_FONT_BOLD, size, th->ink, UI_ALIGN_CENTER,
						  UI_ALIGN_CENTER, 1});
		else if (next)
			draw_rect(ui_dl(ui),
				  (ui_rect_t){t.x + tw / 2 - ui_dp(ui, 2), t.y + h / 4,
					      ui_dp(ui, 4), h / 2},
				  0, th->focus);
		cx += tw + gap + (group && (i + 1) % group == 0 ? 2 * gap : 0);
	}
	return h;
}

/* ---- KS_SIGNED_UP ---------------------------------------------------------- */

/* The session as the visitor will want it on their photo: absolute date. */
static int session_card(ui_t *ui, int x, int y, int w, const kiosk_view_t *v,
			const session_view_t *se, const char *lang, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	char date[64], t[16], when[96];
	ui_fmt_date(lang, se->day, true, date, (int)sizeof date);
	scr_gs_span(se->start, se->end, t, sizeof t);
	snprintf(when, sizeof when, "%s · %s", date, t);
	int pad = scr_gs_band_pad(ui), iw = w - scr_gs_band_pad_start(ui) - pad;
	ui_text_style_t ns = ui_ts(UI_FONT_BOLD, UI_TS_NAME, th->ink);
	ui_text_style_t ws = ui_ts(UI_FONT_REGULAR, UI_TS_LABEL, th->ink);
	ui_text_style_t ps = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->muted);
	const char *title = scr_gs_session_title(v, se);
	int h1 = ui_text_height(ui, iw, title, ns), h2 = ui_text_height(ui, iw, when, ws);
	int h3 = *se->place ? ui_text_height(ui, iw, se->place, ps) : 0;
	int h = 2 * pad + h1 + h2 + h3;
	if (!draw)
		return h;
	ui_rect_t in = scr_gs_band_card(ui, (ui_rect_t){x, y, w, h}, se->colour, false);
	ui_text(ui, (ui_rect_t){in.x, in.y, iw, h1}, title, ns);
	ui_text(ui, (ui_rect_t){in.x, in.y + h1, iw, h2}, when, ws);
	if (h3)
		ui_text(ui, (ui_rect_t){in.x, in.y + h1 + h2, iw, h3}, se->place, ps);
	return h;
}

/* The code card: label, tiles, what to do with it. */
static int code_card(ui_t *ui, int x, int y, int w, const kiosk_state_t *s, bool draw)
{
	if (!s->cancel_code[0])
		return 0; /* no code given: nothing to show or to photograph */
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 28), iw = w - 2 * pad;
	ui_text_style_t ls = ui_ts(UI_FONT_BOLD, UI_TS_SECTION, th->ink);
	ui_text_style_t hs = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->ink);
	int lh = ui_text_height(ui, iw, tx(s->lang, T_YOUR_CODE), ls);
	int ch = code_tiles(ui, x + pad, 0, iw, ui_dp(ui, 164), s->cancel_code, 0, false, false);
	int hh = ui_text_height(ui, iw, tx(s->lang, T_CODE_HINT), hs);
	int g = ui_dp(ui, 16);
	int h = 2 * pad + lh + g + ch + g + hh;
	if (!draw)
		return h;
	ui_card(ui, (ui_rect_t){x, y, w, h});
	int yy = y + pad;
	ui_text(ui, (ui_rect_t){x + pad, yy, iw, lh}, tx(s->lang, T_YOUR_CODE), ls);
	yy += lh + g;
	code_tiles(ui, x + pad, yy, iw, ui_dp(ui, 164), s->cancel_code, 0, false, true);
	yy += ch + g;
	ui_text(ui, (ui_rect_t){x + pad, yy, iw, hh}, tx(s->lang, T_CODE_HINT), hs);
	return h;
}

/* Mark and title: "✓ Olet mukana!" or "3 Olet jonossa" with the position. */
static int result_head(ui_t *ui, int x, int y, int w, const kiosk_state_t *s, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int mk = ui_dp(ui, 96), gap = ui_dp(ui, 24);
	char pos[96] = "", num[16];
	if (s->waiting && s->waiting_position > 0) {
		scr_gs_fmt_int(pos, sizeof pos, scr_gs_tx(s->lang, GS_WAIT_POS),
			       s->waiting_position);
		snprintf(num, sizeof num, "%d", s->waiting_position);
	} else {
		snprintf(num, sizeof num, "%s", s->waiting ? "…" : "✓");
	}
	const char *title = tx(s->lang, s->waiting ? T_ON_WAITLIST : T_SIGNED_UP);
	ui_text_style_t ts = ui_ts(UI_FONT_BOLD, UI_TS_TITLE, th->ink);
	ui_text_style_t ps = ui_ts(UI_FONT_BOLD, UI_TS_LABEL, th->ink);
	int tw = w - mk - gap;
	int h1 = ui_text_height(ui, tw, title, ts), h2 = *pos ? ui_text_height(ui, tw, pos, ps) : 0;
	int h = h1 + h2 > mk ? h1 + h2 : mk;
	if (!draw)
		return h;
	scr_gs_mark(ui, (ui_rect_t){x, y + (h - mk) / 2, mk, mk}, num,
		    s->waiting ? WHEEL_MONEY : WHEEL_FREETIME);
	int ty = y + (h - h1 - h2) / 2;
	ui_text(ui, (ui_rect_t){x + mk + gap, ty, tw, h1}, title, ts);
	if (h2)
		ui_text(ui, (ui_rect_t){x + mk + gap, ty + h1, tw, h2}, pos, ps);
	return h;
}

static bool done_button(ui_t *ui, int x, int y, int w, const char *lang, ui_action_t *out)
{
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY, .size = UI_TS_NAME};
	int bw = ui_button_width(ui, tx(lang, T_DONE), &o);
	if (bw < ui_dp(ui, 320))
		bw = ui_dp(ui, 320);
	if (bw > w)
		bw = w;
	bool fired = ui_button_ex(ui, ui_id(ui, "done"), (ui_rect_t){x, y, bw, ui_dp(ui, 88)},
				  tx(lang, T_DONE), &o);
	if (fired)
		ui_act(out, KA_NAV, KS_GROUPS, NULL);
	return fired;
}

void scr_signup_signed_up(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
			  ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const session_view_t *se = scr_gs_find_session(v, s->session_id);
	bool tight = scr_gs_short(ui, area);
	int gap = ui_dp(ui, tight ? 16 : 28), colgap = ui_dp(ui, 48);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui); /* the scroll indicator's lane */
	const char *hint = scr_gs_tx(s->lang, s->waiting ? GS_WAIT_HINT : GS_SIGNED_HINT);
	ui_text_style_t hs = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->muted);
	int bh = ui_dp(ui, 88);
	bool two = r.w >= ui_dp(ui, 1000) && !ui_portrait(ui);

	int top = ui_scroll_begin(ui, ui_id(ui, "signed-up"), area) + ui_dp(ui, tight ? 12 : 32);
	int y = top;
	if (two) {
		/* Left: what happened and to which session; right: the code. Laid
		 * out once to centre the block in the area when it fits. */
		int lw = (r.w - colgap) / 2, rx = r.x + lw + colgap, rw = r.w - lw - colgap;
		/* A short screen (800x480) has no room for the hint and the
		 * button under the code: the button goes under the session
		 * instead of the hint (the code card says what the code is for). */
		bool done_left = tight && code_card(ui, rx, 0, rw, s, false) > 0;
		int hl = result_head(ui, r.x, 0, lw, s, false) + gap;
		if (se)
			hl += session_card(ui, r.x, 0, lw, v, se, s->lang, false) + gap;
		hl += done_left ? bh : ui_text_height(ui, lw, hint, hs);
		int hr = code_card(ui, rx, 0, rw, s, false);
		hr += done_left ? 0 : (hr ? gap : 0) + bh;
		int hmax = hl > hr ? hl : hr, room = area.y + area.h - top - ui_dp(ui, 24);
		if (hmax < room)
			y += (room - hmax) / 3;
		int yl = y, yr = y;
		yl += result_head(ui, r.x, yl, lw, s, true) + gap;
		if (se)
			yl += session_card(ui, r.x, yl, lw, v, se, s->lang, true) + gap;
		if (done_left) {
			done_button(ui, r.x, yl, lw, s->lang, out);
			yl += bh;
		} else {
			ui_rect_t t = ui_text(ui, (ui_rect_t){r.x, yl, lw, 0}, hint, hs);
			yl += t.h;
		}
		int ch = code_card(ui, rx, yr, rw, s, true);
		yr += ch ? ch + gap : 0;
		if (!done_left) {
			done_button(ui, rx, yr, rw, s->lang, out);
			yr += bh;
		}
		y = yl > yr ? yl : yr;
	} else {
		int w = r.w > ui_dp(ui, 1000) ? ui_dp(ui, 1000) : r.w, x = r.x + (r.w - w) / 2;
		int ch = code_card(ui, x, 0, w, s, false);
		int h = result_head(ui, x, 0, w, s, false) + gap + (ch ? ch + gap : 0) +
			(se ? session_card(ui, x, 0, w, v, se, s->lang, false) + gap : 0) +
			ui_text_height(ui, w, hint, hs) + gap + bh;
		int room = area.y + area.h - top - ui_dp(ui, 24);
		if (h < room)
			y += (room - h) / 3;
		y += result_head(ui, x, y, w, s, true) + gap;
		y += ch ? code_card(ui, x, y, w, s, true) + gap : 0;
		if (se)
			y += session_card(ui, x, y, w, v, se, s->lang, true) + gap;
		ui_rect_t t = ui_text(ui, (ui_rect_t){x, y, w, 0}, hint, hs);
		y += t.h + gap;
		done_button(ui, x, y, w, s->lang, out);
		y += bh;
	}
	ui_scroll_end(ui, y + ui_dp(ui, tight ? 0 : 24));
}

/* ---- KS_CANCEL ------------------------------------------------------------ */

/* The code tiles and a refusal beside them (short screens) or under them. */
static int cancel_body(ui_t *ui, const form_t *f, const kiosk_state_t *s, int y, bool draw)
{
	int x = f->col.x, y0 = y;
	int w = f->col.w > ui_dp(ui, 900) ? ui_dp(ui, 900) : f->col.w;
	int maxh = ui_dp(ui, f->tight ? 84 : 120), ng = ui_dp(ui, 16);
	bool beside = f->tight && s->notice[0];
	if (beside)
		w = f->col.w / 2;
	int th_ = code_tiles(ui, x, y, w, maxh, s->kb.text, KIOSK_CODE_MAX, true, false);
	int rh = th_;
	if (beside) {
		int nw = f->col.w - w - ng,
		    nh = scr_gs_notice_height(ui, nw, s->notice, UI_TS_SMALL);
		rh = nh > th_ ? nh : th_;
		if (draw)
			scr_gs_notice(ui, x + w + ng, y, nw, rh, s->notice, UI_TS_SMALL);
	}
	if (draw)
		code_tiles(ui, x, y + (rh - th_) / 2, w, maxh, s->kb.text, KIOSK_CODE_MAX, true,
			   true);
	y += rh;
	if (s->notice[0] && !beside) {
		y += f->gap;
		int nh = scr_gs_notice_height(ui, w, s->notice, UI_TS_BODY);
		if (draw)
			scr_gs_notice(ui, x, y, w, 0, s->notice, UI_TS_BODY);
		y += nh;
	}
	return y - y0;
}

void scr_signup_cancel(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out)
{
	(void)v;
	form_t f = form_begin(ui, area);
	const char *title = tx(s->lang, T_CANCEL_TITLE);
	form_start(ui, &f, "cancel", title, NULL, cancel_body, s);
	f.y += scr_gs_title_row(ui, (ui_rect_t){f.col.x, f.y, f.col.w, 0}, s->lang, title, NULL,
				f.title, true, out);
	f.y += f.sep;
	f.y += cancel_body(ui, &f, s, f.y, true);
	form_end(ui, &f, &s->kb, tx(s->lang, T_CANCEL_DO), out);
}

/* ---- KS_IDEA -------------------------------------------------------------- */

/* The field (more lines where there is room), a refusal, the privacy line
 * and how much room is left ("45/200"). */
static int idea_body(ui_t *ui, const form_t *f, const kiosk_state_t *s, int y, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int x = f->col.x, w = f->col.w, y0 = y;
	int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_NAME);
	int lines = f->tight ? 2 : ui_portrait(ui) ? 5 : 3;
	int fh = lines * lh + ui_dp(ui, 16);
	if (draw)
		ui_textfield(ui, (ui_rect_t){x, y, w, fh}, s->kb.text,
			     tx(s->lang, T_IDEA_PLACEHOLDER), true);
	y += fh + ui_dp(ui, 8);
	if (s->notice[0]) {
		int size = f->tight ? UI_TS_SMALL : UI_TS_BODY;
		int nh = scr_gs_notice_height(ui, w, s->notice, size);
		if (draw)
			scr_gs_notice(ui, x, y, w, 0, s->notice, size);
		y += nh + ui_dp(ui, 8);
	}
	char count[24];
	snprintf(count, sizeof count, "%d/%d", ui_kb_len(&s->kb),
		 s->kb.max_len > 0 ? s->kb.max_len : KIOSK_IDEA_MAX);
	int size = f->tight ? UI_TS_CAPTION : UI_TS_SMALL;
	int cw = ui_text_width(ui, count, UI_FONT_REGULAR, size), g = ui_dp(ui, 24);
	int ph = scr_gs_privacy(ui, x, y, w - cw - g, tx(s->lang, T_IDEA_PRIVACY), size, draw);
	if (draw)
		ui_text(ui, (ui_rect_t){x + w - cw, y, cw, ph}, count,
			(ui_text_style_t){UI_FONT_REGULAR, size, th->muted, UI_ALIGN_END, 0, 1});
	return y + ph - y0;
}

void scr_signup_idea(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		     ui_action_t *out)
{
	form_t f = form_begin(ui, area);
	const char *title = tx(s->lang, T_IDEA_TITLE);
	/* A crisis phrase in the idea: the card under the field with a row of
	 * contacts; on a short screen the strip takes the title's place
	 * beside the back button, where it stays in view. */
	bool card = v->typing_crisis, strip = card && scr_gs_short(ui, area);
	if (card && !strip)
		f.extra = ui_dp(ui, 16) + kiosk_crisis_card_h(ui, 1);
	form_start(ui, &f, "idea", strip ? "" : title, NULL, idea_body, s);
	int th = scr_gs_title_row(ui, (ui_rect_t){f.col.x, f.y, f.col.w, 0}, s->lang,
				  strip ? "" : title, NULL, f.title, true, out);
	if (strip) {
		int b = ui_dp(ui, UI_MIN_TARGET) + ui_dp(ui, 20);
		kiosk_crisis_card(ui, (ui_rect_t){f.col.x + b, f.y, f.col.w - b, th}, v, s->lang, 0,
				  out);
	}
	f.y += th + f.sep;
	f.y += idea_body(ui, &f, s, f.y, true);
	if (card && !strip) {
		f.y += ui_dp(ui, 16);
		kiosk_crisis_card(ui,
				  (ui_rect_t){f.col.x, f.y, f.col.w, kiosk_crisis_card_h(ui, 1)}, v,
				  s->lang, 1, out);
		f.y += kiosk_crisis_card_h(ui, 1);
	}
	form_end(ui, &f, &s->kb, tx(s->lang, T_SEND), out);
}

/* ---- Confirmations ---------------------------------------------------------- */

void scr_signup_done(ui_t *ui, ui_rect_t area, const kiosk_state_t *s, const char *title,
		     const char *sub, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int gap = ui_dp(ui, 28);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui); /* the scroll indicator's lane */
	int w = r.w > ui_dp(ui, 1000) ? ui_dp(ui, 1000) : r.w, x = r.x + (r.w - w) / 2;
	int mk = ui_dp(ui, 120), bh = ui_dp(ui, 88);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_CENTER, 0, 0};
	int h1 = ui_text_height(ui, w, title, ts);
	int h2 = sub && *sub ? ui_text_height(ui, w, sub, ss) : 0;
	int h = mk + gap + h1 + (h2 ? ui_dp(ui, 8) + h2 : 0) + gap + bh;
	int y = ui_scroll_begin(ui, ui_id(ui, "done-view"), area);
	if (h < area.h)
		y += (area.h - h) / 2;
	scr_gs_mark(ui, (ui_rect_t){x + (w - mk) / 2, y, mk, mk}, "✓", WHEEL_FREETIME);
	y += mk + gap;
	ui_text(ui, (ui_rect_t){x, y, w, h1}, title, ts);
	y += h1;
	if (h2) {
		y += ui_dp(ui, 8);
		ui_text(ui, (ui_rect_t){x, y, w, h2}, sub, ss);
		y += h2;
	}
	y += gap;
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY, .size = UI_TS_NAME};
	int bw = ui_button_width(ui, tx(s->lang, T_DONE), &o);
	bw = bw < ui_dp(ui, 320) ? ui_dp(ui, 320) : bw;
	bw = bw > w ? w : bw;
	if (ui_button_ex(ui, ui_id(ui, "done"), (ui_rect_t){x + (w - bw) / 2, y, bw, bh},
			 tx(s->lang, T_DONE), &o))
		ui_act(out, KA_NAV, KS_GROUPS, NULL);
	ui_scroll_end(ui, y + bh + ui_dp(ui, 24));
}
