/*
 * kiosk_crisis: the crisis card (kiosk_draw.h kd_crisis_*). It shows on the
 * screens where free text is typed (a question, a group idea, a search)
 * while the text has a crisis phrase: you are not alone, the content's
 * crisis contacts with their numbers, and one tap to all the help. It never
 * takes the keyboard's place.
 */
#include "youth/kiosk_draw.h"

#include "youth/tx.h"

#include <string.h>

int kiosk_crisis_strip_h(ui_t *ui)
{
	return ui_dp(ui, UI_MIN_TARGET) + 2 * ui_dp(ui, 8);
}

static int contact_line_h(ui_t *ui)
{
	return ui_line_height(ui, UI_FONT_REGULAR, UI_TS_BODY) + ui_dp(ui, 8);
}

/* Contacts side by side on a wide card. */
static int contact_cols(ui_t *ui, int w)
{
	int cols = w / ui_dp(ui, 560);
	return cols < 1 ? 1 : cols > 3 ? 3 : cols;
}

int kiosk_crisis_card_h(ui_t *ui, int n)
{
	return 2 * ui_dp(ui, 20) + ui_dp(ui, UI_MIN_TARGET) + ui_dp(ui, 8) + n * contact_line_h(ui);
}

static int crisis_contacts(const kiosk_view_t *v, const help_view_t **out, int cap)
{
	int n = 0;
	for (int i = 0; i < v->help.n && n < cap; i++)
		if (v->help.v[i].crisis)
			out[n++] = &v->help.v[i];
	return n;
}

/* "MIELI Kriisipuhelin  09 2525 0111": the name and how to reach it. */
static void contact_line(ui_t *ui, ui_rect_t r, const help_view_t *c, ui_color_t ink)
{
	const char *how = c->phone[0] ? c->phone : c->web;
	/* "Hätänumero 112" says its number already: not "112" twice. */
	if (strstr(c->name, how))
		how = "";
	int nw = ui_text_width(ui, c->name, UI_FONT_BOLD, UI_TS_BODY);
	int hw = ui_text_width(ui, how, UI_FONT_REGULAR, UI_TS_BODY), gap = ui_dp(ui, 16);
	if (nw > r.w - hw - gap)
		nw = r.w - hw - gap > r.w / 2 ? r.w - hw - gap : r.w / 2;
	ui_text(ui, (ui_rect_t){r.x, r.y, nw, r.h}, c->name,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_BODY, ink, 0, UI_ALIGN_CENTER, 1});
	ui_text(ui, (ui_rect_t){r.x + nw + gap, r.y, r.w - nw - gap, r.h}, how,
		(ui_text_style_t){UI_FONT_REGULAR, UI_TS_BODY, ink, 0, UI_ALIGN_CENTER, 1});
}

void kiosk_crisis_card(ui_t *ui, ui_rect_t r, const kiosk_view_t *v, const char *lang, int lines,
		       ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const help_view_t *c[8];
	int n = crisis_contacts(v, c, 8);
	ui_color_t fill = th->wheel_tint[WHEEL_HOUSING], deep = th->wheel_deep[WHEEL_HOUSING];
	ui_color_t ink = ui_on_color(th, fill);
	ui_card_fill(ui, r, fill);
	int row = ui_dp(ui, UI_MIN_TARGET);
	/* The strip fits a row of touch targets exactly (beside a back button)
	 * or with a little air. */
	int pad = lines ? ui_dp(ui, 20) : ui_clampi((r.h - row) / 2, 0, ui_dp(ui, 8));
	int gap = ui_dp(ui, 14), x = r.x + pad, y = r.y + pad, w = r.w - 2 * pad;
	int heart = row * 2 / 3;
	draw_circle(ui_dl(ui), x + heart / 2, y + row / 2, heart / 2, th->bg);
	kiosk_draw_heart(
		ui, ui_inset((ui_rect_t){x, y + (row - heart) / 2, heart, heart}, heart / 4), deep);
	/* All the help: the overlay with every contact and its hours. */
	const char *label = tx(lang, T_HELP_NOW);
	ui_button_opts_t o = {.style = UI_BTN_DARK};
	int bw = ui_button_width(ui, label, &o) + ui_dp(ui, 24);
	if (ui_button_ex(ui, ui_id(ui, "help"), (ui_rect_t){x + w - bw, y, bw, row}, label, &o))
		ui_act(out, KA_HELP, 0, NULL);
	int tx0 = x + heart + gap, tw = w - bw - gap - heart - gap;
	const char *title = tx(lang, T_CRISIS_TITLE);
	int tsz = lines ? UI_TS_NAME : UI_TS_LABEL;
	int tlen = ui_text_width(ui, title, UI_FONT_BOLD, tsz);
	if (!lines && n && tlen + gap < tw / 2) {
		ui_text(ui, (ui_rect_t){tx0, y, tlen, row}, title,
			(ui_text_style_t){UI_FONT_BOLD, tsz, ink, 0, UI_ALIGN_CENTER, 1});
		contact_line(ui, (ui_rect_t){tx0 + tlen + gap, y, tw - tlen - gap, row}, c[0], ink);
		return;
	}
	ui_text(ui, (ui_rect_t){tx0, y, tw, row}, title,
		(ui_text_style_t){UI_FONT_BOLD, tsz, ink, 0, UI_ALIGN_CENTER, 1});
	y += row + ui_dp(ui, 8);
	int cols = contact_cols(ui, w), lh = contact_line_h(ui);
	int cw = (w - heart - gap - (cols - 1) * gap * 2) / cols;
	for (int i = 0; i < n && i < lines * cols; i++)
		contact_line(
			ui,
			(ui_rect_t){tx0 + (i % cols) * (cw + gap * 2), y + (i / cols) * lh, cw, lh},
			c[i], ink);
}

int kiosk_crisis_rows(ui_t *ui, const kiosk_view_t *v, int w, int h)
{
	const help_view_t *c[8];
	int cols = contact_cols(ui, w - 2 * ui_dp(ui, 20));
	int rows = (crisis_contacts(v, c, 8) + cols - 1) / cols;
	while (rows > 0 && kiosk_crisis_card_h(ui, rows) > h)
		rows--;
	return rows;
}
