/*
 * "Ask about anything": the topic grid, the calm confirmation after a
 * question was sent, and the queue number. The topic page and the answers
 * are in scr_topic.c, typing the question in scr_question.c, the vector
 * icons and digits in ask_draw.c.
 *
 * Privacy: what was typed (state.kb.text) is drawn only by scr_question.c.
 */
#include "youth/ask_internal.h"

#include "core/str.h"
#include "core/tr.h"

#include <stdio.h>
#include <string.h>

/* ---- Words -------------------------------------------------------------- */

static const tr_key_t keys[AT_COUNT] = {
	[AT_ASK_SUB] = NC_("AT_ASK_SUB",
			   "No name, no appointment. Pick a topic to see who can help today."),
	[AT_NO_TOPICS] =
		NC_("AT_NO_TOPICS",
		    "No topics have been added yet. Ask the staff here – they're happy to help."),
	[AT_ANSWERED_ON] = NC_("AT_ANSWERED_ON", "Answered %s"),
	[AT_NOT_FOUND] = NC_("AT_NOT_FOUND", "Didn't find your question?"),
	[AT_NUMBER_SHORT] = NC_("AT_NUMBER_SHORT", "No."),
	[AT_STEP1] = NC_("AT_STEP1", "Write your question – no name needed."),
	[AT_STEP2] = NC_("AT_STEP2", "Staff read it and answer."),
	[AT_STEP3] = NC_("AT_STEP3", "The answer shows under this topic's answered questions."),
};

const char *scr_ask_tx(const char *lang, ask_text_t id)
{
	return (int)id >= 0 && id < AT_COUNT ? tr_key(lang, &keys[id]) : "";
}

void scr_ask_subst(char *out, int cap, const char *fmt, const char *arg)
{
	if (cap <= 0)
		return;
	const char *p = fmt ? fmt : "", *at = strstr(p, "%s");
	if (!at)
		at = strstr(p, "%d");
	if (!at) {
		str_copy(out, (size_t)cap, p);
		return;
	}
	snprintf(out, (size_t)cap, "%.*s%s%s", (int)(at - p), p, arg ? arg : "", at + 2);
}

/* ---- Shared pieces ------------------------------------------------------ */

int scr_ask_margin(ui_t *ui, ui_rect_t area)
{
	/* The frame's content area is already inside the page margins. */
	(void)ui;
	(void)area;
	return 0;
}

int scr_ask_wheel(int colour)
{
	return colour > 0 && colour < UI_WHEEL_COUNT ? colour : 0;
}

const topic_view_t *scr_ask_topic(const kiosk_view_t *v, const kiosk_state_t *s)
{
	if (v->topic.topic.id && *v->topic.topic.id)
		return &v->topic.topic;
	for (int i = 0; i < v->topics.n; i++)
		if (v->topics.v[i].id && strcmp(v->topics.v[i].id, s->topic_id) == 0)
			return &v->topics.v[i];
	return NULL;
}

void scr_ask_back(ui_t *ui, ui_rect_t r, const char *lang, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_press_t p = ui_press(ui, ui_id(ui, "back"), r, tx(lang, T_BACK), true);
	ui_button_opts_t o = {.style = UI_BTN_OUTLINE};
	ui_button_draw(ui, r, "", &o, p.held);
	int d = r.w * 3 / 5;
	ask_icon(ui, ui_center(r, d, d), "back", th->ink, th->bg);
	if (p.fired)
		ui_act(out, KA_BACK, 0, NULL);
}

/* ---- Done buttons --------------------------------------------------------- */

static void done_button(ui_t *ui, ui_rect_t r, const kiosk_state_t *s, ui_action_t *out)
{
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY, .size = UI_TS_NAME};
	if (ui_button_ex(ui, ui_id(ui, "done"), r, tx(s->lang, T_DONE), &o))
		ui_act(out, KA_NAV, s->topic_id[0] ? KS_TOPIC : KS_TODAY, s->topic_id);
}

static int done_width(ui_t *ui, const kiosk_state_t *s)
{
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY, .size = UI_TS_NAME};
	int w = ui_button_width(ui, tx(s->lang, T_DONE), &o);
	return w < ui_dp(ui, 280) ? ui_dp(ui, 280) : w;
}

/* ---- "Your question was sent" ------------------------------------------- */

static void sent(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const topic_view_t *t = scr_ask_topic(v, s);
	int w = t ? scr_ask_wheel(t->colour) : 3;
	int m = scr_ask_margin(ui, area);
	int cw = ui_clampi(area.w - 2 * m, 0, ui_dp(ui, 1000));
	bool small = area.h < ui_dp(ui, 640);
	int circle = ui_dp(ui, small ? 96 : 168), gap = ui_dp(ui, small ? 12 : 28);
	int bh = ui_dp(ui, 88);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_CENTER, 0, 0};
	const char *title = tx(s->lang, T_QUESTION_SENT), *sub = tx(s->lang, T_QUESTION_SENT_SUB);
	int hh = ui_text_height(ui, cw, title, ts), sh = ui_text_height(ui, cw, sub, bs);
	int total = circle + gap + hh + gap / 2 + sh + gap + bh;

	ui_id_t sid = ui_id(ui, "sent");
	int top = ui_scroll_begin(ui, sid, area);
	int y = top + (total < area.h ? (area.h - total) / 2 : 0);
	int cx = area.x + area.w / 2;
	draw_circle(ui_dl(ui), cx, y + circle / 2, circle / 2, th->wheel_tint[w]);
	int d = circle * 11 / 20;
	ask_icon(ui, (ui_rect_t){cx - d / 2 - circle / 40, y + (circle - d) / 2, d, d}, "sent",
		 th->wheel_deep[w], th->wheel_tint[w]);
	y += circle + gap;
	ui_text(ui, (ui_rect_t){cx - cw / 2, y, cw, hh}, title, ts);
	y += hh + gap / 2;
	ui_text(ui, (ui_rect_t){cx - cw / 2, y, cw, sh}, sub, bs);
	y += sh + gap;
	int bw = done_width(ui, s);
	done_button(ui, (ui_rect_t){cx - bw / 2, y, bw, bh}, s, out);
	ui_scroll_end(ui, y + bh + ui_dp(ui, 16));
}

/* ---- "Your number is 17" ------------------------------------------------ */

/* The ticket: a card with a notch on each side, the number huge, and the
 * topic under a perforation. Returns its height for width w when draw is
 * false. */
static int ticket(ui_t *ui, ui_rect_t r, int digits_h, const char *num, const char *detail,
		  const topic_view_t *t, const kiosk_state_t *s, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, digits_h > ui_dp(ui, 160) ? 32 : 18);
	ui_text_style_t ls = {UI_FONT_BOLD, UI_TS_NAME, th->muted, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t ds = {UI_FONT_BOLD,   UI_TS_LABEL,     th->ink,
			      UI_ALIGN_START, UI_ALIGN_CENTER, 0};
	const char *label = tx(s->lang, T_YOUR_NUMBER);
	int lh = ui_text_height(ui, r.w - 2 * pad, label, ls);
	/* A long number gets smaller digits, never wider than the ticket. */
	int nw = ask_digits_width(digits_h, num);
	if (nw > r.w - 2 * pad && nw > 0)
		digits_h = (int)((long)digits_h * (r.w - 2 * pad) / nw);
	int ic = ui_dp(ui, 44);
	int dw = r.w - 2 * pad - ic - ui_dp(ui, 12);
	int dh = ui_text_height(ui, dw, detail, ds);
	int stub = (dh > ic ? dh : ic) + 2 * pad;
	int h = pad + lh + ui_dp(ui, 14) + digits_h + pad + stub;
	if (!draw)
		return h;
	r.h = h;
	ui_card(ui, r);
	int y = r.y + pad;
	ui_text(ui, (ui_rect_t){r.x + pad, y, r.w - 2 * pad, lh}, label, ls);
	y += lh + ui_dp(ui, 14);
	nw = ask_digits_width(digits_h, num);
	ask_digits(ui, r.x + (r.w - nw) / 2, y, digits_h, num, th->ink);
	y += digits_h + pad;
	/* The perforation between the notches. */
	int notch = ui_dp(ui, 18), dash = ui_dp(ui, 12),
	    thick = ui_dp(ui, 3) > 1 ? ui_dp(ui, 3) : 2;
	draw_circle(ui_dl(ui), r.x, y, notch, th->bg);
	draw_circle(ui_dl(ui), r.x + r.w, y, notch, th->bg);
	for (int x = r.x + notch + dash / 2; x + dash <= r.x + r.w - notch; x += 2 * dash)
		draw_rect(ui_dl(ui), (ui_rect_t){x, y - thick / 2, dash, thick}, thick / 2,
			  th->surface_edge.a ? th->surface_edge : th->line);
	int sy = y + pad;
	int w = t ? scr_ask_wheel(t->colour) : 0;
	int iy = sy + ((dh > ic ? dh : ic) - ic) / 2;
	int tw = ui_dp(ui, 12) + ic + ui_text_width(ui, detail, UI_FONT_BOLD, UI_TS_LABEL);
	int x = tw < r.w - 2 * pad ? r.x + (r.w - tw) / 2 : r.x + pad;
	ui_rect_t b = {x, iy, ic, ic};
	draw_rect(ui_dl(ui), b, ic / 4, th->wheel_deep[w]);
	if (!t || !ask_icon(ui, ui_inset(b, ic / 6), t->icon, ui_on_color(th, th->wheel_deep[w]),
			    th->wheel_deep[w]))
		ask_icon(ui, ui_inset(b, ic / 6), "ticket", ui_on_color(th, th->wheel_deep[w]),
			 th->wheel_deep[w]);
	ui_text(ui, (ui_rect_t){x + ic + ui_dp(ui, 12), sy, dw, dh > ic ? dh : ic}, detail, ds);
	return h;
}

static void number(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		   ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const topic_view_t *t = scr_ask_topic(v, s);
	char num[16], detail[160], hhmm[6];
	snprintf(num, sizeof num, "%d", s->number > 0 ? s->number : 0);
	fmt_hhmm(wall_minute(v->now), hhmm);
	snprintf(detail, sizeof detail, "%s %s  ·  %s  ·  %s", scr_ask_tx(s->lang, AT_NUMBER_SHORT),
		 num, t ? t->title : "", hhmm);
	if (!t)
		snprintf(detail, sizeof detail, "%s %s  ·  %s",
			 scr_ask_tx(s->lang, AT_NUMBER_SHORT), num, hhmm);

	int m = scr_ask_margin(ui, area), gap = ui_dp(ui, 24), bh = ui_dp(ui, 88);
	ui_text_style_t hs = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, UI_ALIGN_CENTER, 0, 0};
	const char *hint = tx(s->lang, T_NUMBER_HINT);
	int bw = done_width(ui, s);
	ui_id_t sid = ui_id(ui, "number");

	/* Stacked (ticket, hint, done) when it fits; else the ticket beside
	 * the hint and the button (a short landscape panel). */
	int cw = ui_clampi(area.w - 2 * m, 0, ui_dp(ui, 820));
	int dig = ui_dp(ui, 320);
	int hint_h = ui_text_height(ui, cw, hint, hs);
	int stack = 0;
	for (; dig >= ui_dp(ui, 150); dig -= ui_dp(ui, 10)) {
		stack = ticket(ui, (ui_rect_t){0, 0, cw, 0}, dig, num, detail, t, s, false) + gap +
			hint_h + gap + bh;
		if (stack + 2 * gap <= area.h)
			break;
	}
	int top = ui_scroll_begin(ui, sid, area);
	if (stack + 2 * gap <= area.h || ui_portrait(ui)) {
		int y = top + (stack < area.h ? (area.h - stack) / 2 : gap);
		int x = area.x + (area.w - cw) / 2;
		y += ticket(ui, (ui_rect_t){x, y, cw, 0}, dig, num, detail, t, s, true) + gap;
		ui_text(ui, (ui_rect_t){x, y, cw, hint_h}, hint, hs);
		y += hint_h + gap;
		done_button(ui, (ui_rect_t){area.x + (area.w - bw) / 2, y, bw, bh}, s, out);
		ui_scroll_end(ui, y + bh + gap);
		return;
	}
	ui_rect_t r = ui_inset_xy(area, m, 0);
	int lw = (r.w - gap) * 11 / 20, rw = r.w - gap - lw;
	int ph = area.h - 2 * ui_dp(ui, 16);
	int th_ = 0;
	for (dig = ui_dp(ui, 320); dig > ui_dp(ui, 100); dig -= ui_dp(ui, 10))
		if ((th_ = ticket(ui, (ui_rect_t){0, 0, lw, 0}, dig, num, detail, t, s, false)) <=
		    ph)
			break;
	hs.align = UI_ALIGN_START;
	hint_h = ui_text_height(ui, rw, hint, hs);
	int rh = hint_h + gap + bh;
	int y = top + (area.h - th_) / 2;
	ticket(ui, (ui_rect_t){r.x, y > top ? y : top, lw, 0}, dig, num, detail, t, s, true);
	int x = r.x + lw + gap;
	y = top + (area.h - rh) / 2;
	if (y < top)
		y = top;
	ui_text(ui, (ui_rect_t){x, y, rw, hint_h}, hint, hs);
	y += hint_h + gap;
	done_button(ui, (ui_rect_t){x, y, bw < rw ? bw : rw, bh}, s, out);
	int end = top + (th_ > rh ? th_ : rh);
	ui_scroll_end(ui, end > y + bh ? end : y + bh);
}

/* ---- The screen ----------------------------------------------------------- */

void scr_ask(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	     ui_action_t *out)
{
	switch (s->screen) {
	case KS_TOPIC:
		scr_topic_screen(ui, area, v, s, out);
		break;
	case KS_QUESTION:
		scr_question_form(ui, area, v, s, out);
		break;
	case KS_QUESTION_SENT:
		sent(ui, area, v, s, out);
		break;
	case KS_NUMBER:
		number(ui, area, v, s, out);
		break;
	case KS_ANSWERS:
		scr_topic_answers(ui, area, v, s, out);
		break;
	case KS_ASK:
	default:
		scr_topics_grid(ui, area, v, s, out);
		break;
	}
}
