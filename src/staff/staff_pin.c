/*
 * The PIN pad: big keys, one dot per digit typed (the digits themselves
 * are never drawn), a wrong-PIN message and, after too many, the lockout
 * counting down with the keys disabled. Landscape puts the pad beside the
 * text; portrait and small screens stack them.
 */
#include "staff/staff_internal.h"

#include <stdio.h>
#include <string.h>

static void dots(ui_t *ui, ui_rect_t r, int typed, bool wrong)
{
	const ui_theme_t *th = ui_theme(ui);
	int n = typed > STAFF_PAD_MIN ? typed : STAFF_PAD_MIN;
	int d = ui_dp(ui, 28), gap = ui_dp(ui, 22);
	int w = n * d + (n - 1) * gap;
	int x = r.x + (r.w - w) / 2, cy = r.y + r.h / 2;
	ui_color_t c = wrong ? th->wheel_deep[WHEEL_HOUSING] : th->ink;
	for (int i = 0; i < n; i++) {
		int cx = x + i * (d + gap) + d / 2;
		if (i < typed) {
			draw_circle(ui_dl(ui), cx, cy, d / 2, c);
		} else {
			draw_circle(ui_dl(ui), cx, cy, d / 2, c);
			draw_circle(ui_dl(ui), cx, cy, d / 2 - ui_dp(ui, 3), th->bg);
		}
	}
}

/* "0:30", "14:05": what the lockout has left. */
static void mmss(int s, char *out, int cap)
{
	ui_fmt(out, cap, "%d:%02d", s / 60, s % 60);
}

/* The keys' size in r: as big as fit, up to 200 x 130 dp. */
static void key_size(ui_t *ui, ui_rect_t r, int *kw, int *kh)
{
	int gap = ui_dp(ui, 14);
	*kw = (r.w - 2 * gap) / 3;
	*kh = (r.h - 3 * gap) / 4;
	if (*kw > ui_dp(ui, 200))
		*kw = ui_dp(ui, 200);
	if (*kh > ui_dp(ui, 130))
		*kh = ui_dp(ui, 130);
}

static void keypad(ui_t *ui, ui_rect_t r, const staff_state_t *s, ui_action_t *out)
{
	int gap = ui_dp(ui, 14), kw, kh;
	key_size(ui, r, &kw, &kh);
	int w = 3 * kw + 2 * gap, h = 4 * kh + 3 * gap;
	ui_rect_t pad = ui_center(r, w, h);
	bool locked = s->lockout_s > 0;
	int typed = (int)strlen(s->pin);
	static const char *const digits[10] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
	for (int k = 0; k < 12; k++) {
		int row = k / 3, col = k % 3;
		ui_rect_t b = {pad.x + col * (kw + gap), pad.y + row * (kh + gap), kw, kh};
		ui_button_opts_t o = {.style = UI_BTN_SECONDARY, .size = UI_TS_TITLE};
		if (k < 9 || k == 10) {
			int dgt = k < 9 ? k + 1 : 0;
			o.disabled = locked || typed >= STAFF_PAD_MAX;
			if (ui_button_ex(ui, ui_idi(ui, "digit", dgt), b, digits[dgt], &o))
				ui_act(out, SA_PIN_DIGIT, dgt, NULL);
		} else if (k == 9) {
			o.style = UI_BTN_OUTLINE;
			o.size = UI_TS_LABEL;
			o.disabled = typed == 0;
			if (ui_button_ex(ui, ui_id(ui, "erase"), b, staff_tx(s->lang, S_PIN_ERASE),
					 &o))
				ui_act(out, SA_PIN_BACK, 0, NULL);
		} else {
			o.style = UI_BTN_PRIMARY;
			o.size = UI_TS_LABEL;
			o.disabled = locked || typed < STAFF_PAD_MIN;
			if (ui_button_ex(ui, ui_id(ui, "ok"), b, staff_tx(s->lang, S_PIN_OK), &o))
				ui_act(out, SA_PIN_OK, 0, NULL);
		}
	}
}

void staff_pin(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	int m = ui_page_margin(ui);
	ui_rect_t r = ui_inset(scr, m);
	bool side = !ui_portrait(ui) && r.w >= ui_dp(ui, 1000);

	/* The text block: site, title, hint, dots, message, cancel. */
	const char *site = v->today.site.name && *v->today.site.name ? v->today.site.name : "Ovi";
	char msg[200] = "";
	bool alarm = false;
	if (s->lockout_s > 0) {
		char t[16];
		mmss(s->lockout_s, t, sizeof t);
		staff_draw_fmt_s(msg, (int)sizeof msg, staff_tx(s->lang, S_PIN_LOCKED), t);
		alarm = true;
	} else if (s->pin_wrong) {
		ui_fmt(msg, (int)sizeof msg, "%s", staff_tx(s->lang, S_PIN_WRONG));
		alarm = true;
	} else if (s->notice[0]) {
		ui_fmt(msg, (int)sizeof msg, "%s", s->notice);
	}
	ui_rect_t text = r;
	if (side) {
		/* The text and the pad side by side, the pair centred. */
		int kw, kh, gap = ui_dp(ui, 96);
		key_size(ui, (ui_rect_t){0, 0, r.w / 2, r.h}, &kw, &kh);
		int pw = 3 * kw + 2 * ui_dp(ui, 14);
		int tw0 = r.w - pw - gap < ui_dp(ui, 640) ? r.w - pw - gap : ui_dp(ui, 640);
		int x0 = r.x + (r.w - tw0 - gap - pw) / 2;
		text = (ui_rect_t){x0, r.y, tw0, r.h};
		r = (ui_rect_t){x0 + tw0 + gap, r.y, pw, r.h};
	}
	int tw = text.w;
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, 0, 0, 1};
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, 0, 0};
	ui_text_style_t hs = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, 0, 0};
	ui_text_style_t ms = {
		UI_FONT_BOLD, UI_TS_BODY, alarm ? th->wheel_deep[WHEEL_HOUSING] : th->ink, 0, 0, 0};
	if (!side)
		ss.align = ts.align = hs.align = ms.align = UI_ALIGN_CENTER;
	if (scr.h < ui_dp(ui, 900))
		ts.size = UI_TS_SECTION;
	sd_btn_t cancel = {"cancel",
			   staff_tx(s->lang, S_CANCEL),
			   UI_BTN_OUTLINE,
			   SA_PIN_CANCEL,
			   0,
			   NULL,
			   false,
			   false,
			   NULL};
	int gap = ui_dp(ui, 12), dot_h = ui_dp(ui, 48);
	int logo = side || scr.h >= ui_dp(ui, 1200) ? ui_dp(ui, 84) : 0;
	int h_site = ui_text_height(ui, tw, site, ss) + (logo ? logo + 2 * gap : 0);
	int h_title = ui_text_height(ui, tw, staff_tx(s->lang, S_PIN_TITLE), ts);
	int h_hint = ui_text_height(ui, tw, staff_tx(s->lang, S_PIN_HINT), hs);
	/* The message keeps its room even when empty, so the pad never jumps. */
	int h_msg = ui_text_height(ui, tw, msg[0] ? msg : staff_tx(s->lang, S_PIN_LOCKED), ms);
	int h_btn = ui_dp(ui, UI_MIN_TARGET);
	int total = h_site + h_title + h_hint + dot_h + h_msg + 4 * gap + (side ? gap + h_btn : 0);

	if (!side) {
		/* Stacked: the text on top, the pad under it, cancel at the bottom. */
		int cw = staff_draw_buttons_w(ui, &cancel, 1);
		ui_rect_t cr = ui_cut_bottom(&r, h_btn);
		staff_draw_buttons(ui, (ui_rect_t){cr.x + (cr.w - cw) / 2, cr.y, cw, h_btn},
				   &cancel, 1, false, true, out);
		ui_cut_bottom(&r, gap);
		/* The text over the pad, the pair centred in what is left. */
		int kw, kh, pgap = ui_dp(ui, 48);
		key_size(ui, (ui_rect_t){0, 0, r.w, r.h - total - pgap}, &kw, &kh);
		int ph = 4 * kh + 3 * ui_dp(ui, 14), y0 = r.y + (r.h - total - pgap - ph) / 2;
		text = (ui_rect_t){r.x, y0 > r.y ? y0 : r.y, r.w, total};
		r = (ui_rect_t){r.x, text.y + total + pgap, r.w, ph};
	}
	int y = side ? text.y + (text.h - total) / 2 : text.y;
	if (logo) {
		int lx = side ? text.x : text.x + (tw - logo) / 2;
		ui_page_logo(ui, (ui_rect_t){lx, y, logo, logo}, v->today.site.logo);
		y += logo + 2 * gap;
		h_site -= logo + 2 * gap;
	}
	ui_text(ui, (ui_rect_t){text.x, y, tw, h_site}, site, ss);
	y += h_site + gap;
	ui_text(ui, (ui_rect_t){text.x, y, tw, h_title}, staff_tx(s->lang, S_PIN_TITLE), ts);
	y += h_title + gap;
	if (h_hint) {
		ui_text(ui, (ui_rect_t){text.x, y, tw, h_hint}, staff_tx(s->lang, S_PIN_HINT), hs);
		y += h_hint + gap;
	}
	int n = (int)strlen(s->pin);
	int dw = (n > STAFF_PAD_MIN ? n : STAFF_PAD_MIN) * ui_dp(ui, 50);
	dots(ui, side ? (ui_rect_t){text.x, y, dw, dot_h} : (ui_rect_t){text.x, y, tw, dot_h}, n,
	     s->pin_wrong || s->lockout_s > 0);
	y += dot_h + gap;
	if (msg[0])
		ui_text(ui, (ui_rect_t){text.x, y, tw, h_msg}, msg, ms);
	y += h_msg + gap;
	if (side)
		staff_draw_buttons(ui, (ui_rect_t){text.x, y + gap, tw, h_btn}, &cancel, 1, false,
				   true, out);
	keypad(ui, r, s, out);
}
