/*
 * The queue (ST_QUEUE): today's numbers with their topic and time. Waiting
 * and called ones first, each with Call (again) / Done / No-show; handled
 * ones below, muted, with a way back into the queue for a wrong tap.
 */
#include "staff/staff_internal.h"

#include <stdio.h>
#include <string.h>

static int number_row(ui_t *ui, ui_rect_t col, const staff_view_t *v, const queue_item_t *q,
		      const staff_state_t *s, bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	bool open = q->state == QUEUE_WAITING || q->state == QUEUE_CALLED;
	int pad = staff_draw_pad(ui), gap = ui_dp(ui, 20);
	char num[16], when[64], t[32], info[160];
	ui_fmt(num, (int)sizeof num, "%d", q->number);
	staff_draw_when(q->created, wall_day(v->now), s->lang, t, sizeof t);
	staff_draw_fmt_s(when, (int)sizeof when, staff_tx(s->lang, S_TAKEN_AT), t);
	if (q->state == QUEUE_CALLED && q->called_at) {
		char c[32], cl[64];
		staff_draw_when(q->called_at, wall_day(v->now), s->lang, c, sizeof c);
		staff_draw_fmt_s(cl, (int)sizeof cl, staff_tx(s->lang, S_CALLED_AT), c);
		ui_fmt(info, (int)sizeof info, "%s · %s", when, cl);
	} else if (q->state == QUEUE_DONE || q->state == QUEUE_NOSHOW) {
		ui_fmt(info, (int)sizeof info, "%s · %s", when,
		       staff_tx(s->lang, q->state == QUEUE_DONE ? S_DONE : S_NO_SHOW));
	} else {
		ui_fmt(info, (int)sizeof info, "%s", when);
	}
	const char *topic = q->topic_title[0] ? q->topic_title : staff_tx(s->lang, S_NO_TOPIC);
	sd_btn_t b[3];
	int nb = 0;
	if (open) {
		bool called = q->state == QUEUE_CALLED;
		b[nb++] = (sd_btn_t){"call",
				     staff_tx(s->lang, called ? S_CALL_AGAIN : S_CALL),
				     called ? UI_BTN_SECONDARY : UI_BTN_PRIMARY,
				     SA_CALL,
				     q->id,
				     NULL,
				     false,
				     false,
				     NULL};
		b[nb++] = (sd_btn_t){"done",
				     staff_tx(s->lang, S_DONE),
				     called ? UI_BTN_PRIMARY : UI_BTN_SECONDARY,
				     SA_DONE,
				     q->id,
				     NULL,
				     false,
				     false,
				     NULL};
		b[nb++] = (sd_btn_t){"noshow",
				     staff_tx(s->lang, S_NO_SHOW),
				     UI_BTN_OUTLINE,
				     SA_NO_SHOW,
				     q->id,
				     NULL,
				     false,
				     false,
				     NULL};
	} else {
		b[nb++] = (sd_btn_t){"requeue",
				     staff_tx(s->lang, S_REQUEUE),
				     UI_BTN_OUTLINE,
				     SA_REQUEUE,
				     q->id,
				     NULL,
				     false,
				     false,
				     NULL};
	}
	char hits[3][96];
	for (int i = 0; i < nb; i++) {
		ui_fmt(hits[i], 96, "%s %d", b[i].label, q->number); /* "Call 17" */
		b[i].hit = hits[i];
	}
	int nw = ui_text_width(ui, "000", UI_FONT_BOLD, UI_TS_TITLE);
	int inner = col.w - 2 * pad, bw = staff_draw_buttons_w(ui, b, nb);
	bool beside = inner - nw - gap - bw - gap >= ui_dp(ui, 300);
	int tw = beside ? inner - nw - gap - bw - gap : inner - nw - gap;
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_NAME, open ? th->ink : th->muted, 0, 0, 0};
	ui_text_style_t is = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	int h1 = ui_text_height(ui, tw, topic, ts), h2 = ui_text_height(ui, tw, info, is);
	int nh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_TITLE);
	int top = h1 + h2 > nh ? h1 + h2 : nh;
	int bh = staff_draw_buttons(ui, (ui_rect_t){0, 0, beside ? bw : inner, 0}, b, nb, beside,
				    false, out);
	int h = 2 * pad + (beside ? (top > bh ? top : bh) : top + ui_dp(ui, 12) + bh);
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	if (open)
		ui_card(ui, card);
	else
		ui_card_fill(ui, card, th->bg);
	if (q->state == QUEUE_CALLED)
		draw_rect(ui_dl(ui), (ui_rect_t){card.x, card.y, ui_dp(ui, 10), h}, ui_dp(ui, 5),
			  th->accent);
	int y = card.y + pad, row_h = beside ? h - 2 * pad : top;
	int ny = y + (row_h - nh) / 2, ty = y + (row_h - h1 - h2) / 2;
	ui_text(ui, (ui_rect_t){card.x + pad, ny, nw, nh}, num,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, open ? th->ink : th->muted,
				  UI_ALIGN_END, 0, 1});
	int x = card.x + pad + nw + gap;
	ui_text(ui, (ui_rect_t){x, ty, tw, h1}, topic, ts);
	ui_text(ui, (ui_rect_t){x, ty + h1, tw, h2}, info, is);
	ui_rect_t br =
		beside ? (ui_rect_t){card.x + card.w - pad - bw, y + (row_h - bh) / 2, bw, bh}
		       : (ui_rect_t){card.x + pad, y + top + ui_dp(ui, 12), inner, bh};
	staff_draw_buttons(ui, br, b, nb, beside, true, out);
	return h;
}

void staff_queue(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out)
{
	staff_draw_title(ui, &area, staff_tx(s->lang, S_QUEUE_TITLE), -1, NULL, 0, s, out);
	int y = ui_scroll_begin(ui, ui_id(ui, "queue"), area), gap = staff_draw_card_gap(ui);
	int open = 0, handled = 0;
	for (int i = 0; i < v->queue.n; i++) {
		const queue_item_t *q = &v->queue.v[i];
		if (q->state != QUEUE_WAITING && q->state != QUEUE_CALLED) {
			handled++;
			continue;
		}
		ui_push_id(ui, ui_idi(ui, "q", q->id));
		y += number_row(ui, (ui_rect_t){area.x, y, area.w, 0}, v, q, s, true, out) + gap;
		ui_pop_id(ui);
		open++;
	}
	if (!open)
		y += staff_draw_empty(ui, (ui_rect_t){area.x, y, area.w, 0},
				      staff_tx(s->lang, S_QUEUE_EMPTY), true) +
		     gap;
	if (handled) {
		y += ui_dp(ui, 12);
		y += ui_page_section(ui, (ui_rect_t){area.x, y, area.w, 0}, y,
				     staff_tx(s->lang, S_HANDLED));
		/* Newest handled first: the one a wrong tap just moved. */
		for (int i = v->queue.n - 1; i >= 0; i--) {
			const queue_item_t *q = &v->queue.v[i];
			if (q->state == QUEUE_WAITING || q->state == QUEUE_CALLED)
				continue;
			ui_push_id(ui, ui_idi(ui, "q", q->id));
			y += number_row(ui, (ui_rect_t){area.x, y, area.w, 0}, v, q, s, true, out) +
			     gap;
			ui_pop_id(ui);
		}
	}
	ui_scroll_end(ui, y);
}
