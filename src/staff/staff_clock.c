/*
 * Setting the clock (ST_CLOCK). A Raspberry Pi has no battery clock: after
 * a power cut without network it may think it is 1970, or yesterday. Staff
 * step each field of the date and time, see the result in words, and set
 * it. A time earlier than the current content's creation is almost
 * certainly wrong, so it gets a warning and a one-tap start from the
 * content's date.
 */
#include "staff/staff_internal.h"

#include "ui/fmt.h"

#include <stdio.h>
#include <string.h>

typedef struct field {
	staff_text_t label;
	const char *key;
	int big; /* a second, bigger step (0: none) */
} field_t;

static const field_t fields[5] = {
	{S_YEAR, "year", 0}, {S_MONTH, "month", 0},    {S_DAY, "day", 0},
	{S_HOUR, "hour", 0}, {S_MINUTE, "minute", 10},
};

static void value_of(wall_t t, int i, char *out, int cap)
{
	int y, m, d, min = wall_minute(t);
	day_to_ymd(wall_day(t), &y, &m, &d);
	int v[5] = {y, m, d, min / 60, min % 60};
	ui_fmt(out, cap, i == 0 ? "%d" : "%02d", v[i]);
}

/* One field: its label, then [−big] [−1] value [+1] [+big]. */
static int field_row(ui_t *ui, ui_rect_t col, wall_t t, int i, const staff_state_t *s, bool draw,
		     ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const field_t *f = &fields[i];
	int bh = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 12);
	int lw = ui_dp(ui, 200);
	ui_text_style_t ls = {UI_FONT_BOLD, UI_TS_LABEL, th->ink, 0, UI_ALIGN_CENTER, 1};
	for (int k = 0; k < 5; k++) {
		int w = ui_text_width(ui, staff_tx(s->lang, fields[k].label), UI_FONT_BOLD,
				      UI_TS_LABEL);
		lw = w + gap > lw ? w + gap : lw;
	}
	char big_m[16], big_p[16], v[16];
	ui_fmt(big_m, (int)sizeof big_m, "−%d", f->big);
	ui_fmt(big_p, (int)sizeof big_p, "+%d", f->big);
	value_of(t, i, v, sizeof v);
	sd_btn_t minus[2] = {
		{"mbig", big_m, UI_BTN_SECONDARY, SA_CLOCK_STEP, -f->big, f->key, false, false,
		 NULL},
		{"m1", "−1", UI_BTN_SECONDARY, SA_CLOCK_STEP, -1, f->key, false, false, NULL},
	};
	sd_btn_t plus[2] = {
		{"p1", "+1", UI_BTN_SECONDARY, SA_CLOCK_STEP, 1, f->key, false, false, NULL},
		{"pbig", big_p, UI_BTN_SECONDARY, SA_CLOCK_STEP, f->big, f->key, false, false,
		 NULL},
	};
	char hits[4][64];
	const char *signs[4] = {big_m, "−1", "+1", big_p};
	for (int k = 0; k < 4; k++)
		ui_fmt(hits[k], 64, "%s %s", staff_tx(s->lang, f->label), signs[k]); /* "Hour +1" */
	minus[0].hit = hits[0];
	minus[1].hit = hits[1];
	plus[0].hit = hits[2];
	plus[1].hit = hits[3];
	const sd_btn_t *mb = f->big ? minus : minus + 1, *pb = plus;
	int n = f->big ? 2 : 1;
	int vw = ui_text_width(ui, "0000", UI_FONT_BOLD, UI_TS_SECTION) + ui_dp(ui, 24);
	/* Every row keeps the room of the widest (the minutes' two steps
	 * each way), so the values line up in one column. */
	sd_btn_t wide[4] = {minus[0], minus[1], plus[0], plus[1]};
	wide[0].label = "−10";
	wide[3].label = "+10";
	int sw = staff_draw_buttons_w(ui, wide, 2), pw = staff_draw_buttons_w(ui, wide + 2, 2);
	sw = sw > pw ? sw : pw;
	int row_w = 2 * sw + 2 * gap + vw;
	bool beside = lw + row_w <= col.w;
	int h = beside ? bh : ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL) + ui_dp(ui, 6) + bh;
	if (!draw)
		return h;
	ui_push_id(ui, ui_id(ui, f->key));
	int y = col.y;
	if (beside) {
		ui_text(ui, (ui_rect_t){col.x, y, lw, bh}, staff_tx(s->lang, f->label), ls);
	} else {
		int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
		ui_text(ui, (ui_rect_t){col.x, y, col.w, lh}, staff_tx(s->lang, f->label), ls);
		y += lh + ui_dp(ui, 6);
	}
	int x = beside ? col.x + lw : col.x;
	staff_draw_buttons(ui, (ui_rect_t){x, y, sw, bh}, mb, n, true, true, out);
	ui_text(ui, (ui_rect_t){x + sw + gap, y, vw, bh}, v,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->ink, UI_ALIGN_CENTER,
				  UI_ALIGN_CENTER, 1});
	staff_draw_buttons(ui, (ui_rect_t){x + sw + 2 * gap + vw, y, sw, bh}, pb, n, false, true,
			   out);
	ui_pop_id(ui);
	return h;
}

void staff_clock(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	wall_t t = s->clock ? s->clock : v->now;
	/* Set stays in the title row: in view however far the fields scroll. */
	sd_btn_t set = {"set-clock",
			staff_tx(s->lang, S_SET_CLOCK),
			UI_BTN_PRIMARY,
			SA_SET_CLOCK,
			t,
			NULL,
			false,
			false,
			NULL};
	staff_draw_title(ui, &area, staff_tx(s->lang, S_CLK_TITLE), -1, &set, 1, s, out);
	int y = ui_scroll_begin(ui, ui_id(ui, "clock"), area);
	int w = area.w < ui_dp(ui, 1000) ? area.w : ui_dp(ui, 1000), gap = ui_dp(ui, 16);

	/* The time being set, in words: "maanantai 23.11.2026 klo 11:02". */
	char date[64], hm[6], big[128], now[17], now_l[96];
	int yy, mm, dd;
	day_to_ymd(wall_day(t), &yy, &mm, &dd);
	ui_fmt_date(s->lang, wall_day(t), true, date, sizeof date);
	ui_fmt_hhmm(wall_minute(t), hm);
	ui_fmt(big, (int)sizeof big, "%s %d  %s", date, yy, hm);
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, big,
		     (ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, 0, 0})
		     .h;
	fmt_datetime(v->now, now);
	staff_draw_fmt_s(now_l, (int)sizeof now_l, staff_tx(s->lang, S_CLK_NOW), now);
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, now_l,
		     (ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0})
		     .h +
	     gap;

	bool behind = v->has_bundle && v->bundle.created > 0 && t < v->bundle.created;
	if (behind || staff_clock_behind(v)) {
		char when[17], text[300];
		fmt_datetime(v->bundle.created, when);
		staff_draw_fmt_s(text, (int)sizeof text, staff_tx(s->lang, S_CLK_BEHIND), when);
		y += staff_draw_warning(ui, (ui_rect_t){area.x, y, w, 0}, text, true) +
		     ui_dp(ui, 12);
		sd_btn_t from = {"from-bundle",
				 staff_tx(s->lang, S_CLK_FROM_BUNDLE),
				 UI_BTN_SECONDARY,
				 SA_CLOCK_START,
				 v->bundle.created,
				 NULL,
				 false,
				 false,
				 NULL};
		y += staff_draw_buttons(ui, (ui_rect_t){area.x, y, w, 0}, &from, 1, false, true,
					out) +
		     gap;
	}
	for (int i = 0; i < 5; i++)
		y += field_row(ui, (ui_rect_t){area.x, y, w, 0}, t, i, s, true, out) +
		     ui_dp(ui, 12);
	ui_scroll_end(ui, y);
}
