/*
 * kiosk_banner: "number 17, please come to the desk" on the youth screens,
 * for a while after staff called the number in staff mode. The person who
 * took the number may be anywhere in the kiosk by then, so the banner is
 * on every screen (except while someone types: it would cover the field),
 * across the bottom of the content, above the bottom bar, big enough to read
 * from the sofa, with where to go (site.csv desk) under the number. The
 * frame gives it its own strip, so it covers nothing of the list above it.
 */
#include "youth/kiosk.h"

#include "core/tr.h"
#include "youth/kiosk_draw.h"

#include <string.h>

const char *kiosk_called_text(const char *lang)
{
	static const tr_key_t called = NC_("T_CALLED_NUMBER", "Number %d, please come to the desk");
	return tr_key(lang, &called);
}

static bool shown(const kiosk_view_t *v, const kiosk_state_t *s)
{
	return v->called_number > 0 && !v->display_dim && !kiosk_typing(s);
}

/* The banner's two lines: the call, and where to go (the content's desk). */
static void lines(const kiosk_view_t *v, const kiosk_state_t *s, char *call, int cap,
		  const char **desk)
{
	ui_fmt(call, cap, kiosk_called_text(s->lang), v->called_number);
	*desk = v->today.site.desk ? v->today.site.desk : "";
}

static void styles(ui_t *ui, ui_text_style_t *cs, ui_text_style_t *ds)
{
	const ui_theme_t *th = ui_theme(ui);
	*cs = (ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, th->on_accent, UI_ALIGN_CENTER, 0, 0};
	*ds = (ui_text_style_t){UI_FONT_REGULAR, UI_TS_NAME, th->on_accent, UI_ALIGN_CENTER, 0, 0};
}

static int banner_w(ui_t *ui, ui_rect_t area)
{
	return area.w < ui_dp(ui, 1400) ? area.w : ui_dp(ui, 1400);
}

int kiosk_called_banner_h(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s)
{
	if (!shown(v, s))
		return 0;
	char call[96];
	const char *desk;
	lines(v, s, call, (int)sizeof call, &desk);
	ui_text_style_t cs, ds;
	styles(ui, &cs, &ds);
	int pad = ui_dp(ui, 20), w = banner_w(ui, area) - 2 * pad;
	int h = ui_page_text_h(ui, w, call, cs) + 2 * pad;
	if (*desk)
		h += ui_page_text_h(ui, w, desk, ds);
	return h + 2 * ui_dp(ui, 12);
}

void kiosk_called_banner(ui_t *ui, ui_rect_t r, const kiosk_view_t *v, const kiosk_state_t *s)
{
	if (!shown(v, s))
		return;
	const ui_theme_t *th = ui_theme(ui);
	char call[96];
	const char *desk;
	lines(v, s, call, (int)sizeof call, &desk);
	ui_text_style_t cs, ds;
	styles(ui, &cs, &ds);
	int pad = ui_dp(ui, 20), w = banner_w(ui, r), iw = w - 2 * pad;
	int ch = ui_page_text_h(ui, iw, call, cs),
	    dh = *desk ? ui_page_text_h(ui, iw, desk, ds) : 0;
	ui_rect_t b = {r.x + (r.w - w) / 2, r.y + ui_dp(ui, 12), w, ch + dh + 2 * pad};
	ui_block_input(ui, b);
	draw_rect(ui_dl(ui), (ui_rect_t){b.x, b.y + ui_dp(ui, 4), b.w, b.h}, ui_radius(ui),
		  ui_alpha(th->ink, 60));
	draw_rect(ui_dl(ui), b, ui_radius(ui), th->accent);
	ui_text(ui, (ui_rect_t){b.x + pad, b.y + pad, iw, ch}, call, cs);
	if (dh)
		ui_text(ui, (ui_rect_t){b.x + pad, b.y + pad + ch, iw, dh}, desk, ds);
}
