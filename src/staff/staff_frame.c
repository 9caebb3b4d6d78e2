/*
 * The frame of staff mode: a dark header that says at a glance that this is
 * not the youth screen (staff mode, who is logged in, the site, the clock,
 * a clear Leave button), the tabs, the screen under them, and the overlays
 * (the confirmation, the notice, the idle warning). The PIN pad has the
 * whole screen to itself (staff_pin.c).
 */
#include "staff/staff_internal.h"

#include "core/lang.h"

#include <stdio.h>
#include <string.h>

#define NTABS 7

static const struct {
	staff_text_t label;
	staff_screen_t to;
} tabs[NTABS] = {
	{S_TAB_TODAY, ST_TODAY},   {S_TAB_QUEUE, ST_QUEUE}, {S_TAB_QUESTIONS, ST_QUESTIONS},
	{S_TAB_GROUPS, ST_GROUPS}, {S_TAB_IDEAS, ST_IDEAS}, {S_TAB_CONTENT, ST_CONTENT},
	{S_TAB_CLOCK, ST_CLOCK},
};

static int tab_of(staff_screen_t s)
{
	switch (s) {
	case ST_QUEUE:
		return 1;
	case ST_QUESTIONS:
	case ST_ANSWER:
		return 2;
	case ST_GROUPS:
	case ST_SESSION:
		return 3;
	case ST_IDEAS:
		return 4;
	case ST_CONTENT:
	case ST_PINS:
		return 5;
	case ST_CLOCK:
		return 6;
	default:
		return 0;
	}
}

static int waiting_numbers(const staff_view_t *v)
{
	int n = 0;
	for (int i = 0; i < v->queue.n; i++)
		n += v->queue.v[i].state == QUEUE_WAITING || v->queue.v[i].state == QUEUE_CALLED;
	return n;
}

static bool any_crisis(const staff_view_t *v)
{
	for (int i = 0; i < v->questions.n; i++)
		if (v->questions.v[i].crisis)
			return true;
	return false;
}

/* ---- Header ------------------------------------------------------------- */

static int header_h(ui_t *ui)
{
	return ui_dp(ui, UI_MIN_TARGET + 28);
}

static void header(ui_t *ui, ui_rect_t r, const staff_view_t *v, const staff_state_t *s,
		   ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_rect(ui_dl(ui), r, 0, th->ink);
	int m = ui_page_margin(ui), gap = ui_dp(ui, 24);
	ui_rect_t in = ui_inset_xy(r, m, ui_dp(ui, 14));
	sd_btn_t leave = {"leave",
			  staff_tx(s->lang, S_LEAVE),
			  UI_BTN_SECONDARY,
			  SA_LEAVE,
			  0,
			  NULL,
			  false,
			  false,
			  NULL};
	int lw = staff_draw_buttons_w(ui, &leave, 1);
	ui_rect_t lr = ui_cut_right(&in, lw);
	staff_draw_buttons(ui,
			   (ui_rect_t){lr.x, lr.y + (lr.h - ui_dp(ui, UI_MIN_TARGET)) / 2, lw, 0},
			   &leave, 1, false, true, out);
	ui_cut_right(&in, gap);
	char clock[6];
	ui_fmt_hhmm(wall_minute(v->now), clock);
	int cw = ui_text_width(ui, clock, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, ui_cut_right(&in, cw), clock,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->on_ink, UI_ALIGN_END,
				  UI_ALIGN_CENTER, 1});
	ui_cut_right(&in, gap);

	/* "Staff mode · label" over the site's name; one line when short of room. */
	char who[256];
	if (s->label[0])
		ui_fmt(who, (int)sizeof who, "%s · %s", staff_tx(s->lang, S_STAFF_MODE), s->label);
	else
		ui_fmt(who, (int)sizeof who, "%s", staff_tx(s->lang, S_STAFF_MODE));
	const char *site = v->today.site.name && *v->today.site.name ? v->today.site.name : "Ovi";
	ui_text_style_t ws = {UI_FONT_BOLD, UI_TS_NAME, th->on_ink, 0, UI_ALIGN_CENTER, 1};
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_SMALL, th->on_ink, 0, UI_ALIGN_CENTER, 1};
	if (ui_text_width(ui, who, UI_FONT_BOLD, UI_TS_NAME) > in.w)
		ws.size = UI_TS_LABEL;
	if (ui_text_width(ui, who, UI_FONT_BOLD, ws.size) > in.w)
		ws.size = UI_TS_SMALL;
	int wh = ui_line_height(ui, UI_FONT_BOLD, ws.size);
	int sh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
	bool two = wh + sh <= in.h && ui_text_width(ui, site, UI_FONT_REGULAR, UI_TS_SMALL) <= in.w;
	int y = in.y + (in.h - wh - (two ? sh : 0)) / 2;
	ui_text(ui, (ui_rect_t){in.x, y, in.w, wh}, who, ws);
	if (two)
		ui_text(ui, (ui_rect_t){in.x, y + wh, in.w, sh}, site, ss);
}

/* ---- Tabs --------------------------------------------------------------- */

typedef struct tab_plan {
	char badge[NTABS][16]; /* the counts on Queue and Questions ("" none) */
	int size, rows, per_row;
	int w[NTABS]; /* each tab's width: what it needs plus a share of the rest */
} tab_plan_t;

/* What tab i needs at size: its label, its count, padding. */
static int tab_need(ui_t *ui, const tab_plan_t *p, const char *label, int i, int size)
{
	int w = ui_text_width(ui, label, UI_FONT_BOLD, size) + ui_dp(ui, 32);
	if (p->badge[i][0])
		w += ui_dp(ui, 8) + ui_pill_width(ui, p->badge[i], UI_TS_CAPTION);
	return w;
}

/* One size for all tabs: the largest at which every label (and its count)
 * fits on one line; in one row when possible, else two rows of three.
 * Tabs are as wide as they need, and share what is left equally. */
static void tab_plan(ui_t *ui, const staff_view_t *v, const staff_state_t *s, int width,
		     tab_plan_t *p)
{
	memset(p, 0, sizeof *p);
	int nq = waiting_numbers(v);
	if (nq)
		ui_fmt(p->badge[1], 16, "%d", nq);
	if (v->questions.n)
		ui_fmt(p->badge[2], 16, "%d", v->questions.n);
	if (v->ideas.n)
		ui_fmt(p->badge[4], 16, "%d", v->ideas.n);
	static const int sizes[3] = {UI_TS_LABEL, UI_TS_SMALL, UI_TS_CAPTION};
	int gap = ui_dp(ui, 8);
	for (int rows = 1; rows <= 2; rows++) {
		int per = (NTABS + rows - 1) / rows;
		for (int k = 0; k < 3; k++) {
			bool fits = true;
			for (int r = 0; r < rows; r++) {
				int end = (r + 1) * per < NTABS ? (r + 1) * per : NTABS;
				int need = (end - r * per - 1) * gap;
				for (int i = r * per; i < end; i++)
					need += tab_need(ui, p, staff_tx(s->lang, tabs[i].label), i,
							 sizes[k]);
				fits = fits && need <= width;
			}
			if (!fits && !(rows == 2 && k == 2))
				continue;
			p->size = sizes[k];
			p->rows = rows;
			p->per_row = per;
			for (int r = 0; r < rows; r++) {
				int end = (r + 1) * per < NTABS ? (r + 1) * per : NTABS;
				int need = (end - r * per - 1) * gap;
				for (int i = r * per; i < end; i++)
					need += p->w[i] =
						tab_need(ui, p, staff_tx(s->lang, tabs[i].label), i,
							 sizes[k]);
				int extra = width > need ? (width - need) / (end - r * per) : 0;
				for (int i = r * per; i < end; i++)
					p->w[i] += extra;
			}
			return;
		}
	}
}

static int tabs_h(ui_t *ui, const tab_plan_t *p)
{
	return p->rows * ui_dp(ui, UI_MIN_TARGET) + (p->rows - 1) * ui_dp(ui, 8) + ui_dp(ui, 24);
}

static void tab_bar(ui_t *ui, ui_rect_t r, const staff_view_t *v, const staff_state_t *s,
		    const tab_plan_t *plan, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int m = ui_page_margin(ui), gap = ui_dp(ui, 8), size = plan->size;
	ui_rect_t in = ui_inset_xy(r, m, ui_dp(ui, 12));
	int active = tab_of(s->screen);
	int x = in.x;
	for (int i = 0; i < NTABS; i++) {
		ui_rect_t row = ui_row(in, i / plan->per_row, plan->rows, gap);
		if (i % plan->per_row == 0)
			x = in.x;
		ui_rect_t b = {x, row.y, plan->w[i], row.h};
		x += b.w + gap;
		const char *label = staff_tx(s->lang, tabs[i].label);
		ui_press_t p = ui_press(ui, ui_idi(ui, "tab", i), b, label, true);
		if (p.fired) {
			if (tabs[i].to == ST_CLOCK)
				ui_act(out, SA_CLOCK_START, v->now, NULL);
			else
				ui_act(out, SA_NAV, tabs[i].to, NULL);
		}
		bool on = i == active;
		if (on)
			draw_rect(ui_dl(ui), b, ui_dp(ui, 14), th->ink);
		else if (th->high_contrast)
			draw_outline(ui_dl(ui), b, ui_dp(ui, 14), ui_dp(ui, 2), th->ink);
		if (p.held)
			draw_rect(ui_dl(ui), b, ui_dp(ui, 14), th->pressed);
		ui_color_t fg = on ? th->on_ink : th->ink;
		const char *badge = plan->badge[i];
		int lw = ui_text_width(ui, label, UI_FONT_BOLD, size);
		int pw = badge[0] ? ui_pill_width(ui, badge, UI_TS_CAPTION) : 0;
		int bgap = pw ? ui_dp(ui, 8) : 0;
		int room = b.w - ui_dp(ui, 16);
		if (lw + bgap + pw > room)
			lw = room - bgap - pw;
		int lx = b.x + (b.w - lw - bgap - pw) / 2;
		ui_text(ui, (ui_rect_t){lx, b.y, lw, b.h}, label,
			(ui_text_style_t){UI_FONT_BOLD, size, fg, 0, UI_ALIGN_CENTER, 1});
		if (pw) {
			int ph = ui_pill_height(ui, UI_TS_CAPTION);
			bool alarm = i == 2 && any_crisis(v);
			ui_color_t bg = alarm ? th->wheel_deep[WHEEL_HOUSING] : th->accent;
			ui_pill(ui, (ui_rect_t){lx + lw + bgap, b.y + (b.h - ph) / 2, pw, ph},
				badge, UI_TS_CAPTION, bg, ui_on_color(th, bg));
		}
	}
	ui_separator(ui, r.x, r.y + r.h - 1, r.w);
}

/* ---- Frame --------------------------------------------------------------- */

static void content(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		    ui_action_t *out)
{
	ui_push_id(ui, ui_id(ui, staff_screen_name(s->screen)));
	switch (s->screen) {
	case ST_TIME:
		staff_today_time(ui, area, v, s, out);
		break;
	case ST_WALKIN:
		staff_walkin(ui, area, v, s, out);
		break;
	case ST_QUEUE:
		staff_queue(ui, area, v, s, out);
		break;
	case ST_QUESTIONS:
		staff_questions(ui, area, v, s, out);
		break;
	case ST_ANSWER:
		staff_questions_answer(ui, area, v, s, out);
		break;
	case ST_GROUPS:
		staff_groups(ui, area, v, s, out);
		break;
	case ST_SESSION:
		staff_groups_session(ui, area, v, s, out);
		break;
	case ST_CONTENT:
		staff_content(ui, area, v, s, out);
		break;
	case ST_CLOCK:
		staff_clock(ui, area, v, s, out);
		break;
	case ST_IDEAS:
		staff_ideas(ui, area, v, s, out);
		break;
	case ST_PINS:
		staff_content_pins(ui, area, v, s, out);
		break;
	default:
		staff_today(ui, area, v, s, out);
		break;
	}
	ui_pop_id(ui);
}

/* True on the screens where a keyboard takes the lower part. */
static bool typing(const staff_state_t *s)
{
	return s->screen == ST_ANSWER || (s->screen == ST_WALKIN && s->field != SF_NONE) ||
	       (s->screen == ST_PINS && s->pin_id);
}

/* 30 s without a touch: the whole screen is covered (nothing a young
 * person wrote stays readable for whoever walks by); a touch anywhere
 * wakes it, and that touch does nothing else. */
static void dim_cover(ui_t *ui, const staff_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	ui_block_input(ui, scr);
	draw_rect(ui_dl(ui), scr, 0, th->high_contrast ? th->bg : th->ink);
	ui_color_t ink = th->high_contrast ? th->ink : th->on_ink;
	char closing[160];
	const char *title = staff_tx(s->lang, S_DIMMED), *sub = staff_tx(s->lang, S_DIMMED_SUB);
	if (s->idle_warning) {
		/* The last seconds: the same cover says when staff mode closes,
		 * and a touch anywhere keeps it open (one target, no dialog). */
		ui_fmt(closing, (int)sizeof closing,
		       staff_tx_n(s->lang, S_IDLE, s->idle_seconds_left), s->idle_seconds_left);
		title = closing;
	}
	int m = ui_page_margin(ui), w = scr.w - 2 * m;
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, ink, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_BODY, ink, UI_ALIGN_CENTER, 0, 0};
	int th1 = ui_text_height(ui, w, title, ts), th2 = ui_text_height(ui, w, sub, ss);
	int y = scr.y + (scr.h - th1 - th2) / 2;
	ui_text(ui, (ui_rect_t){scr.x + m, y, w, th1}, title, ts);
	ui_text(ui, (ui_rect_t){scr.x + m, y + th1, w, th2}, sub, ss);
	if (ui_press(ui, ui_id(ui, "wake"), scr, "wake", true).fired)
		ui_act(out, SA_WAKE, 0, NULL);
}

void staff_frame(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	ui_set_rtl(ui, lang_rtl(s->lang));
	draw_rect(ui_dl(ui), scr, 0, th->bg);
	if (s->screen == ST_PIN) {
		staff_pin(ui, v, s, out);
		staff_overlay(ui, v, s, scr, out);
		return;
	}
	if (s->dimmed) {
		/* Nothing of the screen is drawn under the cover. */
		dim_cover(ui, s, out);
		return;
	}
	ui_rect_t r = scr;
	ui_rect_t head = ui_cut_top(&r, header_h(ui));
	int m = ui_page_margin(ui);
	tab_plan_t plan;
	tab_plan(ui, v, s, r.w - 2 * m, &plan);
	/* While typing, the tabs make way for the keyboard. */
	ui_rect_t tabs_r = typing(s) ? (ui_rect_t){0, 0, 0, 0} : ui_cut_top(&r, tabs_h(ui, &plan));
	ui_rect_t area = ui_inset_xy(r, m, 0);
	ui_cut_top(&area, ui_dp(ui, typing(s) ? 12 : 20));
	content(ui, area, v, s, out);
	/* The header and the tabs after the content: nothing scrolled paints
	 * over them. */
	draw_rect(ui_dl(ui), tabs_r, 0, th->bg);
	header(ui, head, v, s, out);
	if (tabs_r.h)
		tab_bar(ui, tabs_r, v, s, &plan, out);
	staff_overlay(ui, v, s, area, out);
}
