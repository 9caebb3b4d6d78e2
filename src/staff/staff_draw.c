/*
 * Layout helpers of the staff screens: rows of buttons that wrap, title
 * rows, facts, steppers, warnings.
 */
#include "staff/staff_internal.h"

#include "ui/fmt.h"

#include <stdio.h>
#include <string.h>

int staff_draw_gap(ui_t *ui)
{
	return ui_dp(ui, 12);
}

int staff_draw_card_gap(ui_t *ui)
{
	return ui_dp(ui, 16);
}

int staff_draw_pad(ui_t *ui)
{
	return ui_dp(ui, ui_screen(ui).h < 700 || ui_screen(ui).w < 900 ? 16 : 24);
}

void staff_draw_emit(ui_action_t *out, const sd_btn_t *b)
{
	if (!out || out->kind)
		return;
	if (b->confirm) {
		ui_act(out, SA_CONFIRM, b->arg, b->id);
		out->key = b->kind;
	} else {
		ui_act(out, b->kind, b->arg, b->id);
	}
}

static int btn_w(ui_t *ui, const sd_btn_t *b)
{
	ui_button_opts_t o = {.style = b->style};
	return ui_button_width(ui, b->label, &o);
}

int staff_draw_buttons_w(ui_t *ui, const sd_btn_t *b, int n)
{
	int w = 0;
	for (int i = 0; i < n; i++)
		w += btn_w(ui, &b[i]) + (i ? staff_draw_gap(ui) : 0);
	return w;
}

int staff_draw_buttons(ui_t *ui, ui_rect_t r, const sd_btn_t *b, int n, bool end, bool draw,
		       ui_action_t *out)
{
	int gap = staff_draw_gap(ui), bh = ui_dp(ui, UI_MIN_TARGET);
	int y = r.y, i = 0;
	while (i < n) {
		/* One line: as many as fit (at least one). */
		int j = i, w = 0;
		while (j < n) {
			int bw = btn_w(ui, &b[j]);
			if (j > i && w + gap + bw > r.w)
				break;
			w += (j > i ? gap : 0) + bw;
			j++;
		}
		int x = end && w < r.w ? r.x + r.w - w : r.x;
		for (int k = i; draw && k < j; k++) {
			int bw = btn_w(ui, &b[k]);
			if (bw > r.w)
				bw = r.w;
			ui_rect_t br = {x, y, bw, bh};
			ui_button_opts_t o = {.style = b[k].style, .disabled = b[k].disabled};
			const char *hit = b[k].hit ? b[k].hit : b[k].label;
			ui_press_t p = ui_press(ui, ui_id(ui, b[k].key), br, hit, !b[k].disabled);
			ui_button_draw(ui, br, b[k].label, &o, p.held);
			if (p.fired)
				staff_draw_emit(out, &b[k]);
			x += bw + gap;
		}
		y += bh + (j < n ? gap : 0);
		i = j;
	}
	return n ? y - r.y : 0;
}

void staff_draw_title(ui_t *ui, ui_rect_t *area, const char *title, int back, const sd_btn_t *b,
		      int n, const staff_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int bh = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 16);
	ui_rect_t row = *area;
	int bw = b && n ? staff_draw_buttons_w(ui, b, n) : 0;
	/* Buttons beside the title when the title keeps a fair share. */
	bool beside = bw && row.w - bw - gap >= row.w / 3;
	int back_w = 0;
	sd_btn_t bk = {
		"back", staff_tx(s->lang, S_BACK), UI_BTN_OUTLINE, SA_NAV, back, NULL, false, false,
		NULL};
	if (back >= 0)
		back_w = btn_w(ui, &bk);
	int tw = row.w - (back_w ? back_w + gap : 0) - (beside ? bw + gap : 0);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_SECTION, th->ink, 0, UI_ALIGN_CENTER, 2};
	int th_ = ui_text_height(ui, tw, title, ts);
	int h = th_ > bh ? th_ : bh;
	ui_rect_t line = ui_cut_top(area, h);
	if (back >= 0) {
		ui_rect_t br = ui_cut_left(&line, back_w);
		staff_draw_buttons(ui, (ui_rect_t){br.x, br.y + (h - bh) / 2, br.w, bh}, &bk, 1,
				   false, true, out);
		ui_cut_left(&line, gap);
	}
	if (beside) {
		ui_rect_t br = ui_cut_right(&line, bw);
		staff_draw_buttons(ui, (ui_rect_t){br.x, br.y + (h - bh) / 2, br.w, bh}, b, n, true,
				   true, out);
		ui_cut_right(&line, gap);
	}
	ui_text(ui, line, title, ts);
	if (bw && !beside) {
		ui_cut_top(area, staff_draw_gap(ui));
		int bh2 = staff_draw_buttons(ui, *area, b, n, false, false, out);
		ui_rect_t br = ui_cut_top(area, bh2);
		staff_draw_buttons(ui, br, b, n, false, true, out);
	}
	ui_cut_top(area, ui_dp(ui, 16));
}

int staff_draw_fact(ui_t *ui, ui_rect_t r, int label_w, const char *label, const char *value,
		    ui_color_t value_color, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_text_style_t ls = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	ui_text_style_t vs = {UI_FONT_BOLD, UI_TS_BODY, value_color, 0, 0, 0};
	int gap = ui_dp(ui, 16);
	bool stacked = r.w - label_w - gap < ui_dp(ui, 240);
	int vw = stacked ? r.w : r.w - label_w - gap;
	int lh = ui_text_height(ui, stacked ? r.w : label_w, label, ls);
	int vh = ui_text_height(ui, vw, value, vs);
	int h = stacked ? lh + vh : (lh > vh ? lh : vh);
	if (!draw)
		return h;
	int lo = stacked ? 0 : ui_dp(ui, 3); /* the smaller label on the value's baseline */
	ui_text(ui, (ui_rect_t){r.x, r.y + lo, stacked ? r.w : label_w, lh}, label, ls);
	if (stacked)
		ui_text(ui, (ui_rect_t){r.x, r.y + lh, vw, vh}, value, vs);
	else
		ui_text(ui, (ui_rect_t){r.x + label_w + gap, r.y, vw, vh}, value, vs);
	return h;
}

void staff_draw_stepper(ui_t *ui, ui_rect_t r, const char *key, const char *value,
			const char *minus, const char *plus, int kind, int64_t step, const char *id,
			ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_push_id(ui, ui_id(ui, key));
	sd_btn_t m = {"minus", minus, UI_BTN_SECONDARY, kind, -step, id, false, false, NULL};
	sd_btn_t p = {"plus", plus, UI_BTN_SECONDARY, kind, step, id, false, false, NULL};
	int mw = btn_w(ui, &m), pw = btn_w(ui, &p), bh = ui_dp(ui, UI_MIN_TARGET);
	int w = mw > pw ? mw : pw;
	ui_rect_t row = {r.x, r.y + (r.h - bh) / 2, r.w, bh};
	ui_rect_t mr = ui_cut_left(&row, w), pr = ui_cut_right(&row, w);
	staff_draw_buttons(ui, mr, &m, 1, false, true, out);
	staff_draw_buttons(ui, pr, &p, 1, false, true, out);
	ui_text(ui, row, value,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->ink, UI_ALIGN_CENTER,
				  UI_ALIGN_CENTER, 1});
	ui_pop_id(ui);
}

int staff_draw_warning(ui_t *ui, ui_rect_t r, const char *text, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 16), stripe = ui_dp(ui, 10);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_BODY, th->ink, 0, 0, 0};
	int h = 2 * pad + ui_text_height(ui, r.w - 2 * pad - stripe, text, ts);
	if (!draw)
		return h;
	ui_rect_t band = {r.x, r.y, r.w, h};
	ui_card_fill(ui, band, th->high_contrast ? th->surface : th->wheel_tint[WHEEL_HOUSING]);
	draw_rect(ui_dl(ui), (ui_rect_t){r.x, r.y, stripe, h}, stripe / 2,
		  th->wheel_deep[WHEEL_HOUSING]);
	ui_text(ui, (ui_rect_t){r.x + stripe + pad, r.y + pad, r.w - 2 * pad - stripe, h - 2 * pad},
		text, ts);
	return h;
}

void staff_draw_fmt_s(char *out, int cap, const char *fmt, const char *a)
{
	const char *p = strstr(fmt, "%s");
	if (!p) {
		ui_fmt(out, cap, "%s", fmt);
		return;
	}
	ui_fmt(out, cap, "%.*s%s%s", (int)(p - fmt), fmt, a ? a : "", p + 2);
}

void staff_draw_when(wall_t t, int today, const char *lang, char *out, int cap)
{
	char hm[6];
	ui_fmt_hhmm(wall_minute(t), hm);
	int day = wall_day(t);
	if (day == today) {
		ui_fmt(out, cap, "%s", hm);
		return;
	}
	char d[48];
	ui_fmt_date(lang, day, false, d, sizeof d);
	ui_fmt(out, cap, "%s %s", d, hm);
}

int staff_draw_empty(ui_t *ui, ui_rect_t r, const char *text, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_text_style_t ts = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, 0, 0, 0};
	int h = ui_text_height(ui, r.w, text, ts);
	if (draw)
		ui_text(ui, (ui_rect_t){r.x, r.y, r.w, h}, text, ts);
	return h;
}
