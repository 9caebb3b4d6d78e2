/*
 * kiosk_banner: "number 17, please come to the desk" on the youth screens,
 * for a while after staff called the number in staff mode. The person who
 * took the number may be anywhere in the kiosk by then, so the banner is
 * on every screen (except while someone types: it would cover the field),
 * across the bottom of the content, above the bottom bar, big enough to read
 * from the sofa. There it covers only the end of a scrolled list, never a
 * screen's title or its back button. It takes the touches on it, so that
 * nothing under it fires unseen.
 */
#include "ui/kiosk.h"
#include "ui/kiosk_draw.h"

#include <string.h>

const char *kiosk_called_text(const char *lang)
{
	if (lang && !strcmp(lang, "fi"))
		return "Numero %d, tule tiskille";
	if (lang && !strcmp(lang, "sv"))
		return "Nummer %d, kom till disken";
	return "Number %d, please come to the desk";
}

void kiosk_called_banner(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s)
{
	if (v->called_number <= 0 || v->display_dim)
		return;
	const ui_theme_t *th = ui_theme(ui);
	char text[96];
	kd_fmt(text, (int)sizeof text, kiosk_called_text(s->lang), v->called_number);
	int pad = ui_dp(ui, 20);
	ui_text_style_t st = {UI_FONT_BOLD,    UI_TS_TITLE,	th->on_accent,
			      UI_ALIGN_CENTER, UI_ALIGN_CENTER, 0};
	int w = area.w < ui_dp(ui, 1400) ? area.w : ui_dp(ui, 1400);
	int h = kd_text_h(ui, w - 2 * pad, text, st) + 2 * pad;
	ui_rect_t r = {area.x + (area.w - w) / 2, area.y + area.h - h - ui_dp(ui, 16), w, h};
	ui_block_input(ui, r);
	draw_rect(ui_dl(ui), (ui_rect_t){r.x, r.y + ui_dp(ui, 4), r.w, r.h}, ui_radius(ui),
		  ui_alpha(th->ink, 60));
	draw_rect(ui_dl(ui), r, ui_radius(ui), th->accent);
	ui_text(ui, ui_inset_xy(r, pad, pad), text, st);
}
