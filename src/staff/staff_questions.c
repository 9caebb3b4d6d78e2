/*
 * Pending anonymous questions (ST_QUESTIONS), crisis-flagged first with a
 * marker that cannot be missed; each can be answered (ST_ANSWER: the
 * keyboard, its action key publishes) or hidden (after a confirmation).
 *
 * The kiosk is on a wall in a shared room: a question's text shows only
 * after a tap on its card ("Show question", state.revealed), one at a
 * time, and it closes again after the action.
 */
#include "staff/staff_internal.h"

#include <stdio.h>
#include <string.h>

static void upper(char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			*s = (char)(*s - 32);
}

/* "Asuminen · FI · kysytty 10:42". */
static void meta(const staff_view_t *v, const pending_question_t *q, const char *lang, char *out,
		 int cap)
{
	char t[32], asked[64], code[8];
	staff_draw_when(q->created, wall_day(v->now), lang, t, sizeof t);
	staff_draw_fmt_s(asked, (int)sizeof asked, staff_tx(lang, S_ASKED_AT), t);
	ui_fmt(code, (int)sizeof code, "%s", q->lang);
	upper(code);
	const char *topic = q->topic_title[0] ? q->topic_title : staff_tx(lang, S_NO_TOPIC);
	if (code[0])
		ui_fmt(out, cap, "%s · %s · %s", topic, code, asked);
	else
		ui_fmt(out, cap, "%s · %s", topic, asked);
}

static int question_card(ui_t *ui, ui_rect_t col, const staff_view_t *v,
			 const pending_question_t *q, const staff_state_t *s, bool draw,
			 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = staff_draw_pad(ui), stripe = q->crisis ? ui_dp(ui, 12) : 0, gap = ui_dp(ui, 10);
	int x0 = col.x + pad + stripe, w = col.w - 2 * pad - stripe;
	char m[200];
	meta(v, q, s->lang, m, sizeof m);
	const char *flag = staff_tx(s->lang, S_CRISIS_FLAG);
	ui_text_style_t ms = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	ui_text_style_t qs = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, 0, 0};
	bool open = s->revealed == q->id;
	sd_btn_t b[2] = {
		{"answer", staff_tx(s->lang, S_ANSWER), UI_BTN_PRIMARY, SA_ANSWER_START, q->id,
		 NULL, false, false, NULL},
		{"hide", staff_tx(s->lang, S_HIDE), UI_BTN_OUTLINE, SA_HIDE_QUESTION, q->id, NULL,
		 false, true, NULL},
	};
	sd_btn_t show = {"show",
			 staff_tx(s->lang, S_SHOW_QUESTION),
			 UI_BTN_SECONDARY,
			 SA_REVEAL,
			 q->id,
			 NULL,
			 false,
			 false,
			 NULL};
	int ph = q->crisis ? ui_pill_height(ui, UI_TS_SMALL) : 0;
	int pw = q->crisis ? ui_pill_width(ui, flag, UI_TS_SMALL) : 0;
	if (pw > w)
		pw = w;
	int mh = ui_text_height(ui, w, m, ms);
	int qh = open ? ui_text_height(ui, w, q->text, qs) + 2 * gap : gap;
	int bh =
		open ? staff_draw_buttons(ui, (ui_rect_t){0, 0, w, 0}, b, 2, false, false, out)
		     : staff_draw_buttons(ui, (ui_rect_t){0, 0, w, 0}, &show, 1, false, false, out);
	int h = 2 * pad + (ph ? ph + gap : 0) + mh + gap + qh + bh;
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	if (q->crisis) {
		ui_card_fill(ui, card,
			     th->high_contrast ? th->surface : th->wheel_tint[WHEEL_HOUSING]);
		draw_rect(ui_dl(ui), (ui_rect_t){card.x, card.y, stripe, h}, stripe / 2,
			  th->wheel_deep[WHEEL_HOUSING]);
	} else {
		ui_card(ui, card);
	}
	int y = card.y + pad;
	if (ph) {
		ui_color_t bg = th->wheel_deep[WHEEL_HOUSING];
		ui_pill(ui, (ui_rect_t){x0, y, pw, ph}, flag, UI_TS_SMALL, bg, ui_on_color(th, bg));
		y += ph + gap;
	}
	y += ui_text(ui, (ui_rect_t){x0, y, w, mh}, m, ms).h + gap;
	if (open) {
		y += ui_text(ui, (ui_rect_t){x0, y, w, qh}, q->text, qs).h + 2 * gap;
		staff_draw_buttons(ui, (ui_rect_t){x0, y, w, bh}, b, 2, false, true, out);
	} else {
		y += gap;
		staff_draw_buttons(ui, (ui_rect_t){x0, y, w, bh}, &show, 1, false, true, out);
	}
	return h;
}

void staff_questions(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		     ui_action_t *out)
{
	staff_draw_title(ui, &area, staff_tx(s->lang, S_Q_TITLE), -1, NULL, 0, s, out);
	int y = ui_scroll_begin(ui, ui_id(ui, "questions"), area), gap = staff_draw_card_gap(ui);
	if (!v->questions.n)
		y += staff_draw_empty(ui, (ui_rect_t){area.x, y, area.w, 0},
				      staff_tx(s->lang, S_Q_EMPTY), true);
	/* Two columns of cards on a wide screen, filled in order (crisis first). */
	int cols = area.w >= ui_dp(ui, 1400) ? 2 : 1, cgap = ui_dp(ui, 24);
	int cw = (area.w - (cols - 1) * cgap) / cols;
	for (int i = 0; i < v->questions.n; i += cols) {
		int row_h = 0;
		for (int c = 0; c < cols && i + c < v->questions.n; c++) {
			int hh = question_card(ui, (ui_rect_t){0, 0, cw, 0}, v,
					       &v->questions.v[i + c], s, false, out);
			row_h = hh > row_h ? hh : row_h;
		}
		for (int c = 0; c < cols && i + c < v->questions.n; c++) {
			ui_push_id(ui, ui_idi(ui, "q", v->questions.v[i + c].id));
			question_card(ui, (ui_rect_t){area.x + c * (cw + cgap), y, cw, 0}, v,
				      &v->questions.v[i + c], s, true, out);
			ui_pop_id(ui);
		}
		y += row_h + gap;
	}
	ui_scroll_end(ui, y);
}

/* ---- Answering ----------------------------------------------------------- */

static const pending_question_t *find(const staff_view_t *v, int64_t id)
{
	for (int i = 0; i < v->questions.n; i++)
		if (v->questions.v[i].id == id)
			return &v->questions.v[i];
	return NULL;
}

void staff_questions_answer(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
			    ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const pending_question_t *q = find(v, s->question_id);
	staff_draw_title(ui, &area, staff_tx(s->lang, S_ANSWER), ST_QUESTIONS, NULL, 0, s, out);
	int kh = ui_keyboard_height(ui, area.w);
	int min_top = ui_dp(ui, 160);
	if (kh > area.h - min_top)
		kh = area.h - min_top;
	ui_rect_t kb = ui_cut_bottom(&area, kh);
	ui_cut_bottom(&area, ui_dp(ui, 12));
	ui_keyboard(ui, kb, &s->kb, staff_tx(s->lang, S_PUBLISH), out);

	/* The question beside the answer when the screen is wide and low,
	 * else above it. */
	bool side = area.w >= ui_dp(ui, 1100) && area.h < ui_dp(ui, 420);
	int gap = ui_dp(ui, 20);
	ui_rect_t qr = side ? ui_cut_left(&area, (area.w - gap) * 2 / 5) : area;
	if (side)
		ui_cut_left(&area, gap);
	int field_h = side ? area.h : area.h * 11 / 20;
	if (!side) {
		qr.h = area.h - field_h - gap;
		ui_cut_top(&area, qr.h + gap);
	}
	/* The question and its context, scrolled when long. */
	int y = ui_scroll_begin(ui, ui_id(ui, "question"), qr);
	if (q) {
		char m[200];
		meta(v, q, s->lang, m, sizeof m);
		ui_text_style_t ms = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
		ui_text_style_t qs = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, 0, 0};
		y += ui_text(ui, (ui_rect_t){qr.x, y, qr.w, 0}, m, ms).h + ui_dp(ui, 6);
		y += ui_text(ui, (ui_rect_t){qr.x, y, qr.w, 0}, q->text, qs).h + ui_dp(ui, 12);
	}
	y += ui_text(ui, (ui_rect_t){qr.x, y, qr.w, 0}, staff_tx(s->lang, S_ANSWER_NOTE),
		     (ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0})
		     .h;
	ui_scroll_end(ui, y);
	ui_textfield(ui, (ui_rect_t){area.x, area.y, area.w, field_h}, s->kb.text,
		     staff_tx(s->lang, S_ANSWER_PH), true);
}
