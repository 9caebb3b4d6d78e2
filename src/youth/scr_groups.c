/*
 * Groups: the list of peer groups (KS_GROUPS) and one group with its
 * sessions (KS_GROUP). The typing and result screens of signing up,
 * cancelling and suggesting an idea are in scr_signup.c.
 *
 * Public screens: counts only ("3 paikkaa", "Täynnä · jono"), never a
 * nickname.
 */
#include "youth/kiosk_draw.h"
#include "youth/scr_groups.h"

#include "core/str.h"

#include <stdio.h>
#include <string.h>

/* ---- KS_GROUPS ---------------------------------------------------------- */

typedef struct card_geom {
	int title_h, text_h, when_h, where_h, pill_w, chev_w;
} card_geom_t;

static ui_text_style_t st_title(ui_t *ui)
{
	return (ui_text_style_t){UI_FONT_BOLD, UI_TS_NAME, ui_theme(ui)->ink, 0, 0, 0};
}

static ui_text_style_t st_body(ui_t *ui, ui_color_t c)
{
	return (ui_text_style_t){UI_FONT_REGULAR, UI_TS_BODY, c, 0, 0, 0};
}

static ui_text_style_t st_when(ui_t *ui)
{
	return (ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, ui_theme(ui)->ink, 0, 0, 0};
}

/* "Olohuone · +3 muuta kertaa": where the next session is, and how many more. */
static void where_line(const char *lang, const group_view_t *g, char *out, size_t cap)
{
	char more[64] = "";
	int n = g->nsessions - 1;
	if (n == 1)
		scr_gs_fmt_int(more, sizeof more, scr_gs_tx_n(lang, GS_MORE_DATES, 1), 1);
	else if (n > 1)
		scr_gs_fmt_int(more, sizeof more, scr_gs_tx_n(lang, GS_MORE_DATES, n), n);
	const char *place = g->nsessions ? g->sessions[0].place : "";
	snprintf(out, cap, "%s%s%s", place, *place && *more ? " · " : "", more);
}

static int card_height(ui_t *ui, int w, const char *lang, int today, const group_view_t *g,
		       card_geom_t *k)
{
	const ui_theme_t *th = ui_theme(ui);
	int iw = w - scr_gs_band_pad_start(ui) - scr_gs_band_pad(ui), gap = ui_dp(ui, 16);
	char when[96], where[160];
	memset(k, 0, sizeof *k);
	k->chev_w = ui_text_width(ui, "›", UI_FONT_BOLD, UI_TS_SECTION);
	k->title_h = ui_text_height(ui, iw - k->chev_w - gap, g->title, st_title(ui));
	k->text_h = *g->text ? ui_text_height(ui, iw, g->text, st_body(ui, th->muted)) : 0;
	if (g->nsessions) {
		char pill[80];
		ui_color_t bg, fg;
		scr_gs_places(ui, lang, &g->sessions[0], pill, sizeof pill, &bg, &fg);
		k->pill_w = ui_pill_width(ui, pill, UI_TS_SMALL);
		scr_gs_when(lang, &g->sessions[0], today, when, sizeof when);
		where_line(lang, g, where, sizeof where);
	} else {
		snprintf(when, sizeof when, "%s", tx(lang, T_NO_SESSIONS));
		where[0] = 0;
	}
	int lw = iw - (k->pill_w ? k->pill_w + gap : 0);
	k->when_h = ui_text_height(ui, lw, when, st_when(ui));
	k->where_h = *where ? ui_text_height(ui, lw, where, st_body(ui, th->muted)) : 0;
	int h = 2 * scr_gs_band_pad(ui) + k->title_h + ui_dp(ui, 6) + k->text_h;
	h += 2 * gap + ui_dp(ui, 2) + k->when_h + k->where_h;
	return h;
}

static void group_card(ui_t *ui, ui_rect_t r, const char *lang, int today, const group_view_t *g,
		       const card_geom_t *k, int i, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int gap = ui_dp(ui, 16);
	ui_press_t p = ui_press(ui, ui_idi(ui, "group", i), r, g->title, true);
	if (p.fired)
		ui_act(out, KA_OPEN_GROUP, i, g->id);
	ui_rect_t in = scr_gs_band_card(ui, r, g->colour, p.held);
	int y = in.y;
	ui_text(ui, (ui_rect_t){in.x, y, in.w - k->chev_w - gap, k->title_h}, g->title,
		st_title(ui));
	scr_gs_chevron(ui, in.x + in.w - k->chev_w, y, k->chev_w,
		       ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME));
	y += k->title_h + ui_dp(ui, 6);
	if (k->text_h)
		ui_text(ui, (ui_rect_t){in.x, y, in.w, k->text_h}, g->text, st_body(ui, th->muted));
	/* The next session sits at the bottom, so cards of one row line up. */
	int foot = k->when_h + k->where_h;
	y = in.y + in.h - foot;
	ui_separator(ui, in.x, y - gap - ui_dp(ui, 2), in.w);
	int lw = in.w - (k->pill_w ? k->pill_w + gap : 0);
	if (!g->nsessions) {
		ui_text(ui, (ui_rect_t){in.x, y, lw, k->when_h}, tx(lang, T_NO_SESSIONS),
			st_body(ui, th->muted));
		return;
	}
	char when[96], where[160];
	scr_gs_when(lang, &g->sessions[0], today, when, sizeof when);
	where_line(lang, g, where, sizeof where);
	ui_text(ui, (ui_rect_t){in.x, y, lw, k->when_h}, when, st_when(ui));
	if (k->where_h)
		ui_text(ui, (ui_rect_t){in.x, y + k->when_h, lw, k->where_h}, where,
			st_body(ui, th->muted));
	scr_gs_places_pill(ui, in.x + in.w, y + foot / 2, lang, &g->sessions[0]);
}

/* The two ways in that are not a group: cancel a place, suggest an idea. */
static int side_buttons_width(ui_t *ui, const char *lang, int gap)
{
	ui_button_opts_t o = {.style = UI_BTN_SECONDARY};
	return ui_button_width(ui, tx(lang, T_CANCEL_PLACE), &o) + gap +
	       ui_button_width(ui, tx(lang, T_SUGGEST_IDEA), &o);
}

static void side_buttons(ui_t *ui, ui_rect_t r, const char *lang, ui_action_t *out)
{
	int gap = ui_dp(ui, 16);
	ui_button_opts_t o = {.style = UI_BTN_SECONDARY};
	int w0 = ui_button_width(ui, tx(lang, T_CANCEL_PLACE), &o);
	int w1 = ui_button_width(ui, tx(lang, T_SUGGEST_IDEA), &o);
	if (w0 + gap + w1 > r.w) { /* two equal halves when they do not fit as they are */
		w0 = w1 = (r.w - gap) / 2;
	}
	ui_rect_t b1 = {r.x + r.w - w1, r.y, w1, r.h};
	ui_rect_t b0 = {b1.x - gap - w0, r.y, w0, r.h};
	if (ui_button_ex(ui, ui_id(ui, "cancel-place"), b0, tx(lang, T_CANCEL_PLACE), &o))
		ui_act(out, KA_CANCEL_START, 0, NULL);
	if (ui_button_ex(ui, ui_id(ui, "idea"), b1, tx(lang, T_SUGGEST_IDEA), &o))
		ui_act(out, KA_IDEA_START, 0, NULL);
}

static int columns(ui_t *ui, int w)
{
	return w >= ui_dp(ui, 1400) ? 2 : 1;
}

static void groups_list(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
			ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const char *lang = s->lang;
	int gap = ui_dp(ui, 24), bh = ui_dp(ui, UI_MIN_TARGET);
	int today = scr_gs_today(v);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui); /* the scroll indicator's lane */
	ui_cut_top(&r, ui_dp(ui, scr_gs_short(ui, area) ? 12 : 24));

	/* Title, and the two side ways in beside it when they fit. */
	const char *title = tx(lang, T_GROUPS);
	int tw = ui_text_width(ui, title, UI_FONT_BOLD, UI_TS_TITLE);
	int sw = side_buttons_width(ui, lang, ui_dp(ui, 16));
	bool beside = tw + gap + sw <= r.w;
	int th_ = ui_line_height(ui, UI_FONT_BOLD, UI_TS_TITLE);
	int row_h = beside && bh > th_ ? bh : th_;
	ui_rect_t head = ui_cut_top(&r, row_h);
	ui_text(ui, head, title,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, UI_ALIGN_CENTER, 1});
	if (beside)
		side_buttons(ui, (ui_rect_t){head.x, head.y + (row_h - bh) / 2, head.w, bh}, lang,
			     out);
	ui_cut_top(&r, ui_dp(ui, 16));

	/* The cards scroll; the side buttons come first when not beside the title. */
	ui_rect_t view = {area.x, r.y, area.w, area.y + area.h - r.y};
	int y = ui_scroll_begin(ui, ui_id(ui, "groups"), view);
	int top = y;
	if (!beside) {
		side_buttons(ui, (ui_rect_t){r.x, y, r.w, bh}, lang, out);
		y += bh + gap;
	}
	int cols = columns(ui, r.w);
	int cw = (r.w - (cols - 1) * gap) / cols;
	if (!v->groups.n) {
		ui_rect_t t = ui_text(ui, (ui_rect_t){r.x, y, r.w, 0}, tx(lang, T_NO_SESSIONS),
				      st_body(ui, th->muted));
		y += t.h;
	}
	for (int i = 0; i < v->groups.n; i += cols) {
		card_geom_t k[2];
		int h = 0;
		for (int c = 0; c < cols && i + c < v->groups.n; c++) {
			int ch = card_height(ui, cw, lang, today, &v->groups.v[i + c], &k[c]);
			h = ch > h ? ch : h;
		}
		for (int c = 0; c < cols && i + c < v->groups.n; c++) {
			ui_rect_t cr = {r.x + c * (cw + gap), y, cw, h};
			group_card(ui, cr, lang, today, &v->groups.v[i + c], &k[c], i + c, out);
		}
		y += h + gap;
	}
	/* Ideas staff published: what young people asked for is being planned
	 * (the idea screen promises it may be). */
	if (v->ideas.n) {
		y += ui_page_section(ui, r, y, tx(lang, T_IDEAS_PLANNED));
		ui_text_style_t is = st_body(ui, th->ink);
		int pad = ui_dp(ui, 20), iw = r.w - 2 * pad, ig = ui_dp(ui, 10);
		int h = 2 * pad - ig;
		for (int i = 0; i < v->ideas.n; i++)
			h += ui_text_height(ui, iw - ui_dp(ui, 28), v->ideas.text[i], is) + ig;
		ui_card(ui, (ui_rect_t){r.x, y, r.w, h});
		int yy = y + pad, dot = ui_dp(ui, 10);
		for (int i = 0; i < v->ideas.n; i++) {
			int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_BODY);
			draw_circle(ui_dl(ui), r.x + pad + dot / 2, yy + lh / 2, dot / 2,
				    th->wheel_deep[WHEEL_FREETIME]);
			yy += ui_text(ui,
				      (ui_rect_t){r.x + pad + ui_dp(ui, 28), yy, iw - ui_dp(ui, 28),
						  0},
				      v->ideas.text[i], is)
				      .h +
			      ig;
		}
		y += h + gap;
	}
	(void)top;
	ui_scroll_end(ui, y);
}

/* ---- KS_GROUP ---------------------------------------------------------- */

/* Splits ui_fmt_date()'s short form "ma 23.11." / "Mon 23 Nov" into the weekday
 * and the date, for the date tile. */
static void date_tile_text(const char *lang, int day, char *wd, size_t wcap, char *date,
			   size_t dcap)
{
	char buf[48];
	ui_fmt_date(lang, day, false, buf, (int)sizeof buf);
	char *sp = strchr(buf, ' ');
	if (sp) {
		*sp = 0;
		str_copy(date, dcap, sp + 1);
	} else {
		date[0] = 0;
	}
	str_copy(wd, wcap, buf);
}

typedef struct row_geom {
	int tile_w, btn_w, mid_w, time_h, place_h, h;
	bool stacked; /* the button under the text (narrow rows) */
} row_geom_t;

static const char *signup_label(const char *lang, const session_view_t *se)
{
	return tx(lang, se->places_left > 0 ? T_SIGNUP : T_JOIN_WAITLIST);
}

static void row_geom(ui_t *ui, int w, const char *lang, const session_view_t *se, int tile_w,
		     row_geom_t *k)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 20), gap = ui_dp(ui, 20);
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY};
	k->tile_w = tile_w;
	k->btn_w = ui_button_width(ui, signup_label(lang, se), &o);
	if (k->btn_w < ui_dp(ui, 240))
		k->btn_w = ui_dp(ui, 240);
	k->mid_w = w - 2 * pad - k->tile_w - gap - k->btn_w - gap;
	k->stacked = k->mid_w < ui_dp(ui, 300);
	if (k->stacked)
		k->mid_w = w - 2 * pad - k->tile_w - gap;
	char t[16];
	scr_gs_span(se->start, se->end, t, sizeof t);
	k->time_h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME);
	k->place_h =
		*se->place ? ui_text_height(ui, k->mid_w, se->place, st_body(ui, th->muted)) : 0;
	int mid = k->time_h + k->place_h + ui_dp(ui, 8) + ui_pill_height(ui, UI_TS_SMALL);
	int tile = ui_dp(ui, 104);
	int bh = ui_dp(ui, 84);
	k->h = 2 * pad + (mid > tile ? mid : tile);
	if (k->stacked)
		k->h += bh + gap;
	else if (k->h < bh + 2 * pad)
		k->h = bh + 2 * pad;
}

static void session_row(ui_t *ui, ui_rect_t r, const char *lang, int today, int wheel,
			const session_view_t *se, const row_geom_t *k, int i, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 20), gap = ui_dp(ui, 20);
	ui_card(ui, r);
	/* The date tile: weekday over date, in the group's tint; "Tänään" when it is. */
	ui_rect_t tile = {r.x + pad, r.y + pad, k->tile_w, ui_dp(ui, 104)};
	if (k->stacked)
		tile.h = r.h - 2 * pad - ui_dp(ui, 84) - gap;
	if (tile.h > ui_dp(ui, 104))
		tile.h = ui_dp(ui, 104);
	draw_rect(ui_dl(ui), tile, ui_dp(ui, 14), th->wheel_tint[wheel]);
	char wd[32], date[32];
	date_tile_text(lang, se->day, wd, sizeof wd, date, sizeof date);
	if (se->day == today || se->day == today + 1)
		scr_gs_day(lang, se->day, today, false, wd, sizeof wd);
	ui_color_t ink = ui_on_color(th, th->wheel_tint[wheel]);
	int wh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
	int dh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
	int ty = tile.y + (tile.h - wh - dh) / 2;
	ui_text_style_t ws = {UI_FONT_BOLD, UI_TS_LABEL, ink, UI_ALIGN_CENTER, 0, 1};
	ui_text_style_t ds = {UI_FONT_REGULAR, UI_TS_SMALL, ink, UI_ALIGN_CENTER, 0, 1};
	ui_text(ui, (ui_rect_t){tile.x, ty, tile.w, wh}, wd, ws);
	ui_text(ui, (ui_rect_t){tile.x, ty + wh, tile.w, dh}, date, ds);

	/* Time, place and the places pill. */
	int x = tile.x + tile.w + gap, y = r.y + pad;
	char t[16];
	scr_gs_span(se->start, se->end, t, sizeof t);
	ui_text(ui, (ui_rect_t){x, y, k->mid_w, k->time_h}, t,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_NAME, th->ink, 0, 0, 1});
	y += k->time_h;
	if (k->place_h)
		ui_text(ui, (ui_rect_t){x, y, k->mid_w, k->place_h}, se->place,
			st_body(ui, th->muted));
	y += k->place_h + ui_dp(ui, 8);
	int ph = ui_pill_height(ui, UI_TS_SMALL);
	char pill[80];
	ui_color_t bg, fg;
	scr_gs_places(ui, lang, se, pill, sizeof pill, &bg, &fg);
	int pw = ui_pill_width(ui, pill, UI_TS_SMALL);
	ui_pill(ui, (ui_rect_t){x, y, pw, ph}, pill, UI_TS_SMALL, bg, fg);
	if (se->places_left <= 0 && se->waiting > 0 && !se->cancelled && !se->signups_closed) {
		char wn[48];
		scr_gs_fmt_int(wn, sizeof wn, scr_gs_tx_n(lang, GS_WAITING_N, se->waiting),
			       se->waiting);
		ui_text(ui,
			(ui_rect_t){x + pw + ui_dp(ui, 12), y, k->mid_w - pw - ui_dp(ui, 12), ph},
			wn,
			(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0,
					  UI_ALIGN_CENTER, 1});
	}

	/* The button: at the end of the row, or under it when the row is narrow. */
	int bh = ui_dp(ui, 84);
	ui_rect_t b = {r.x + r.w - pad - k->btn_w, r.y + (r.h - bh) / 2, k->btn_w, bh};
	if (k->stacked)
		b = (ui_rect_t){r.x + pad, r.y + r.h - pad - bh, r.w - 2 * pad, bh};
	/* A session staff cancelled or closed takes no sign-ups (the pill says
	 * why); the model would refuse them anyway. */
	if (se->cancelled || se->signups_closed)
		return;
	ui_button_opts_t o = {.style = se->places_left > 0 ? UI_BTN_PRIMARY : UI_BTN_SECONDARY};
	if (ui_button_ex(ui, ui_idi(ui, "signup", i), b, signup_label(lang, se), &o))
		ui_act(out, KA_SIGNUP, i, se->id);
}

/* The date tiles' width: the widest weekday, date or "Tänään" of the group. */
static int tile_width(ui_t *ui, const char *lang, int today, const group_view_t *g)
{
	int w = ui_dp(ui, 112), pad = ui_dp(ui, 24);
	for (int i = 0; i < g->nsessions; i++) {
		char wd[32], date[32];
		date_tile_text(lang, g->sessions[i].day, wd, sizeof wd, date, sizeof date);
		if (g->sessions[i].day == today || g->sessions[i].day == today + 1)
			scr_gs_day(lang, g->sessions[i].day, today, false, wd, sizeof wd);
		int a = ui_text_width(ui, wd, UI_FONT_BOLD, UI_TS_LABEL) + pad;
		int b = ui_text_width(ui, date, UI_FONT_REGULAR, UI_TS_SMALL) + pad;
		w = a > w ? a : w;
		w = b > w ? b : w;
	}
	return w;
}

static int sessions_block(ui_t *ui, int x, int y, int w, const kiosk_view_t *v,
			  const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const group_view_t *g = &v->group;
	int y0 = y, gap = ui_dp(ui, 16), today = scr_gs_today(v);
	int wheel = g->colour > 0 && g->colour < UI_WHEEL_COUNT ? (int)g->colour : 0;
	int sh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, (ui_rect_t){x, y, w, sh}, tx(s->lang, T_NEXT_SESSIONS),
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->ink, 0, 0, 1});
	y += sh + ui_dp(ui, 12);
	if (!g->nsessions) {
		ui_rect_t t = ui_text(ui, (ui_rect_t){x, y, w, 0}, tx(s->lang, T_NO_SESSIONS),
				      st_body(ui, th->muted));
		return y + t.h - y0;
	}
	int tw = tile_width(ui, s->lang, today, g);
	for (int i = 0; i < g->nsessions; i++) {
		row_geom_t k;
		row_geom(ui, w, s->lang, &g->sessions[i], tw, &k);
		session_row(ui, (ui_rect_t){x, y, w, k.h}, s->lang, today, wheel, &g->sessions[i],
			    &k, i, out);
		y += k.h + gap;
	}
	return y - gap - y0;
}

/* The group's text on a tint of its colour. Returns the height (0 for no text). */
static int about_card(ui_t *ui, int x, int y, int w, const group_view_t *g)
{
	if (!*g->text)
		return 0;
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 28);
	int wheel = g->colour > 0 && g->colour < UI_WHEEL_COUNT ? (int)g->colour : 0;
	ui_color_t bg = th->wheel_tint[wheel];
	ui_text_style_t st = ui_ts(UI_FONT_REGULAR, UI_TS_LABEL, ui_on_color(th, bg));
	int h = ui_text_height(ui, w - 2 * pad, g->text, st) + 2 * pad;
	ui_card_fill(ui, (ui_rect_t){x, y, w, h}, bg);
	ui_text(ui, (ui_rect_t){x + pad, y + pad, w - 2 * pad, h - 2 * pad}, g->text, st);
	return h;
}

static void group_detail(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
			 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const group_view_t *g = &v->group;
	int gap = ui_dp(ui, 40);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui); /* the scroll indicator's lane */
	ui_cut_top(&r, ui_dp(ui, scr_gs_short(ui, area) ? 12 : 24));
	int hh = scr_gs_title_row(ui, r, s->lang, g->title, NULL, UI_TS_TITLE, true, out);
	/* A stroke of the group's colour under the title. */
	int band = ui_dp(ui, 6);
	int b = ui_dp(ui, UI_MIN_TARGET) + ui_dp(ui, 20);
	ui_cut_top(&r, hh + ui_dp(ui, 8));
	draw_rect(ui_dl(ui), (ui_rect_t){r.x + b, r.y, ui_dp(ui, 120), band}, band / 2,
		  th->wheel[g->colour > 0 && g->colour < UI_WHEEL_COUNT ? g->colour : 0]);
	ui_cut_top(&r, band + ui_dp(ui, 20));

	ui_rect_t view = {area.x, r.y, area.w, area.y + area.h - r.y};
	bool two = !ui_portrait(ui) && r.w >= ui_dp(ui, 1500);
	if (two) {
		/* The text on the left, the sessions scrolling on the right. */
		int lw = (r.w - gap) * 2 / 5;
		ui_rect_t lv = {area.x, view.y, lw, view.h};
		int y = ui_scroll_begin(ui, ui_id(ui, "about"), lv);
		y += about_card(ui, r.x, y, lw, g);
		ui_scroll_end(ui, y + ui_dp(ui, 24));
		ui_rect_t sv = {r.x + lw + gap, view.y, area.x + area.w - (r.x + lw + gap), view.h};
		y = ui_scroll_begin(ui, ui_id(ui, "sessions"), sv);
		y += sessions_block(ui, sv.x, y, r.x + r.w - sv.x, v, s, out);
		ui_scroll_end(ui, y + ui_dp(ui, 24));
		return;
	}
	int y = ui_scroll_begin(ui, ui_id(ui, "group"), view);
	y += about_card(ui, r.x, y, r.w, g);
	y += ui_dp(ui, 28);
	y += sessions_block(ui, r.x, y, r.w, v, s, out);
	ui_scroll_end(ui, y + ui_dp(ui, 24));
}

/* ---- Dispatch ------------------------------------------------------------ */

void scr_groups(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		ui_action_t *out)
{
	switch (s->screen) {
	case KS_GROUP:
		group_detail(ui, area, v, s, out);
		break;
	case KS_SIGNUP:
		scr_signup_form(ui, area, v, s, out);
		break;
	case KS_SIGNED_UP:
		scr_signup_signed_up(ui, area, v, s, out);
		break;
	case KS_CANCEL:
		scr_signup_cancel(ui, area, v, s, out);
		break;
	case KS_CANCELLED:
		scr_signup_done(ui, area, s, tx(s->lang, T_CANCELLED), NULL, out);
		break;
	case KS_IDEA:
		scr_signup_idea(ui, area, v, s, out);
		break;
	case KS_IDEA_SENT:
		scr_signup_done(ui, area, s, tx(s->lang, T_IDEA_SENT), NULL, out);
		break;
	case KS_GROUPS:
	default:
		groups_list(ui, area, v, s, out);
		break;
	}
}
