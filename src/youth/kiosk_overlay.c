/*
 * Overlays over the kiosk's screens: the help contacts (KO_HELP), the same
 * contacts after a question that worried us (KO_CRISIS), the list of
 * languages (KO_LANGS), the idle warning and the notice toast. Each modal blocks the screen beneath
 * it (ui_block_input) so that a tap meant for it never lands on a button under it.
 */
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"

#include <stdio.h>
#include <string.h>

/* opaque: nothing of the screen shows through (the idle warning, which
 * comes up when the person who typed may have walked away). */
static void backdrop(ui_t *ui, bool opaque)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	ui_color_t c = th->high_contrast ? ui_alpha(th->bg, 220) : ui_alpha(th->ink, 150);
	if (opaque)
		c.a = 255;
	draw_rect(ui_dl(ui), scr, 0, c);
	ui_block_input(ui, scr);
}

static int dialog_pad(ui_t *ui)
{
	return ui_dp(ui, ui_screen(ui).h < 700 || ui_screen(ui).w < 700 ? 28 : 44);
}

/* ---- Help contacts ------------------------------------------------------ */

typedef struct contact_style {
	ui_text_style_t name, phone, hours, text, web;
} contact_style_t;

static contact_style_t contact_styles(ui_t *ui)
{
	const ui_theme_t *th = ui_theme(ui);
	contact_style_t cs = {
		.name = ui_ts(UI_FONT_BOLD, UI_TS_NAME, th->ink),
		.phone = ui_ts(UI_FONT_BOLD, UI_TS_NAME, th->ink),
		.hours = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted),
		.text = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->ink),
		.web = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted),
	};
	return cs;
}

static int contact_height(ui_t *ui, const help_view_t *c, int w)
{
	contact_style_t cs = contact_styles(ui);
	int pad = ui_dp(ui, 22), gap = ui_dp(ui, 4);
	int iw = w - 2 * pad - ui_dp(ui, 8);
	int h = 2 * pad + ui_page_text_h(ui, iw, c->name, cs.name);
	const char *parts[4] = {c->phone, c->hours, c->text, c->web};
	const ui_text_style_t *st[4] = {&cs.phone, &cs.hours, &cs.text, &cs.web};
	for (int i = 0; i < 4; i++)
		if (parts[i] && *parts[i])
			h += gap + ui_page_text_h(ui, iw, parts[i], *st[i]);
	return h;
}

static void contact_draw(ui_t *ui, const help_view_t *c, ui_rect_t r)
{
	const ui_theme_t *th = ui_theme(ui);
	contact_style_t cs = contact_styles(ui);
	int pad = ui_dp(ui, 22), gap = ui_dp(ui, 4), stripe = ui_dp(ui, 8);
	ui_card_fill(ui, r, c->crisis ? th->wheel_tint[WHEEL_HOUSING] : th->bg);
	if (c->crisis) {
		ui_rect_t s = {r.x, r.y, stripe * 2, r.h};
		draw_rect(ui_dl(ui), s, stripe, th->wheel_deep[WHEEL_HOUSING]);
		draw_rect(ui_dl(ui), (ui_rect_t){r.x + stripe, r.y, stripe, r.h}, 0,
			  th->wheel_tint[WHEEL_HOUSING]);
	}
	int x = r.x + pad + ui_dp(ui, 8), w = r.w - 2 * pad - ui_dp(ui, 8), y = r.y + pad;
	y += ui_text(ui, (ui_rect_t){x, y, w, 0}, c->name, cs.name).h;
	const char *parts[4] = {c->phone, c->hours, c->text, c->web};
	const ui_text_style_t *st[4] = {&cs.phone, &cs.hours, &cs.text, &cs.web};
	for (int i = 0; i < 4; i++)
		if (parts[i] && *parts[i])
			y += gap + ui_text(ui, (ui_rect_t){x, y + gap, w, 0}, parts[i], *st[i]).h;
}

static void help_dialog(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	bool crisis = s->overlay == KO_CRISIS;
	ui_rect_t scr = ui_screen(ui);
	int m = ui_page_margin(ui), pad = dialog_pad(ui), gap = ui_dp(ui, 16);
	int w = scr.w - 2 * m < ui_dp(ui, 1400) ? scr.w - 2 * m : ui_dp(ui, 1400);
	int iw = w - 2 * pad;
	const char *title = tx(s->lang, crisis ? T_CRISIS_TITLE : T_HELP_TITLE);
	const char *text = crisis ? tx(s->lang, T_CRISIS_TEXT) : tx(s->lang, T_HELP_SUB);
	const char *sub = "";
	int icon = ui_dp(ui, 64);
	ui_text_style_t ts = ui_ts(UI_FONT_BOLD, UI_TS_TITLE, th->ink);
	ui_text_style_t bs = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->ink);
	ui_text_style_t ss = ui_ts(UI_FONT_REGULAR, UI_TS_SMALL, th->muted);
	int title_h = ui_page_text_h(ui, iw - icon - gap, title, ts);
	if (title_h < icon)
		title_h = icon;
	int text_h = ui_page_text_h(ui, iw, text, bs), sub_h = ui_page_text_h(ui, iw, sub, ss);

	/* Crisis lines first, then the rest, each in the content's order. */
	int order[64], n = 0;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < v->help.n && n < 64; i++)
			if (v->help.v[i].crisis == (pass == 0))
				order[n++] = i;
	int cols = iw >= ui_dp(ui, 1000) && n > 1 ? 2 : 1, cgap = ui_dp(ui, 16);
	int cw = (iw - (cols - 1) * cgap) / cols, list_h = 0;
	for (int i = 0; i < n; i += cols) {
		int rh = 0;
		for (int j = i; j < i + cols && j < n; j++) {
			int ch = contact_height(ui, &v->help.v[order[j]], cw);
			rh = ch > rh ? ch : rh;
		}
		list_h += rh + cgap;
	}
	int btn_h = ui_dp(ui, 88);
	int fixed = 2 * pad + title_h + gap + text_h + (sub_h ? gap / 2 + sub_h : 0) + gap + btn_h +
		    gap;
	int maxh = scr.h - 2 * ui_dp(ui, 24);
	int view_h = list_h;
	if (fixed + view_h > maxh)
		view_h = maxh - fixed > ui_dp(ui, 120) ? maxh - fixed : ui_dp(ui, 120);
	int h = fixed + view_h;
	if (h > maxh)
		h = maxh;

	backdrop(ui, false);
	ui_rect_t card = ui_center(scr, w, h);
	ui_card(ui, card);
	int x = card.x + pad, y = card.y + pad;
	ui_rect_t ic = {x, y + (title_h - icon) / 2, icon, icon};
	draw_circle(ui_dl(ui), ic.x + icon / 2, ic.y + icon / 2, icon / 2,
		    th->wheel_tint[WHEEL_HOUSING]);
	kiosk_draw_heart(ui, ui_inset(ic, icon / 4), th->wheel_deep[WHEEL_HOUSING]);
	ui_text(ui, (ui_rect_t){x + icon + gap, y, iw - icon - gap, title_h}, title,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, UI_ALIGN_CENTER, 0});
	y += title_h + gap;
	y += ui_text(ui, (ui_rect_t){x, y, iw, 0}, text, bs).h;
	if (sub_h)
		y += gap / 2 + ui_text(ui, (ui_rect_t){x, y + gap / 2, iw, 0}, sub, ss).h;
	y += gap;

	if (n) {
		ui_rect_t list = {x, y, iw + pad / 2, view_h};
		int cy = ui_scroll_begin(ui, ui_id(ui, "help-list"), list);
		for (int i = 0; i < n; i += cols) {
			int rh = 0;
			for (int j = i; j < i + cols && j < n; j++) {
				int ch = contact_height(ui, &v->help.v[order[j]], cw);
				rh = ch > rh ? ch : rh;
			}
			for (int j = i; j < i + cols && j < n; j++)
				contact_draw(ui, &v->help.v[order[j]],
					     (ui_rect_t){x + (j - i) * (cw + cgap), cy, cw, rh});
			cy += rh + cgap;
		}
		ui_scroll_end(ui, cy);
	}
	const char *close = tx(s->lang, T_CLOSE);
	ui_button_opts_t o = {.style = UI_BTN_DARK};
	int bw = ui_button_width(ui, close, &o) + ui_dp(ui, 60);
	ui_rect_t b = {card.x + card.w - pad - bw, card.y + card.h - pad - btn_h, bw, btn_h};
	if (ui_button_ex(ui, ui_id(ui, "help-close"), b, close, &o))
		ui_act(out, KA_CLOSE_OVERLAY, 0, NULL);
}

/* ---- Text size and colours (the Aa button) ------------------------------- */

static void access_dialog(ui_t *ui, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	int m = ui_page_margin(ui), pad = dialog_pad(ui), gap = ui_dp(ui, 16);
	int w = scr.w - 2 * m < ui_dp(ui, 860) ? scr.w - 2 * m : ui_dp(ui, 860);
	int iw = w - 2 * pad, bh = ui_dp(ui, UI_MIN_TARGET);
	const char *title = tx(s->lang, T_ACCESS_TITLE), *sub = tx(s->lang, T_ACCESS_SUB);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_SECTION, th->ink, 0, 0, 0};
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, 0, 0, 0};
	int th_ = ui_page_text_h(ui, iw, title, ts), sh = ui_page_text_h(ui, iw, sub, bs);
	int h = 2 * pad + th_ + ui_dp(ui, 8) + sh + 2 * gap + 3 * bh + 2 * gap;
	backdrop(ui, false);
	ui_rect_t card = ui_center(scr, w, h);
	ui_card(ui, card);
	int y = card.y + pad, x = card.x + pad;
	y += ui_text(ui, (ui_rect_t){x, y, iw, 0}, title, ts).h + ui_dp(ui, 8);
	y += ui_text(ui, (ui_rect_t){x, y, iw, 0}, sub, bs).h + 2 * gap;
	const struct {
		text_id_t label;
		bool on;
		int kind;
		const char *key;
	} rows[2] = {{T_LARGE_TEXT, s->large_text, KA_TOGGLE_LARGE, "large"},
		     {T_HIGH_CONTRAST, s->high_contrast, KA_TOGGLE_CONTRAST, "contrast"}};
	for (int i = 0; i < 2; i++) {
		char label[96];
		ui_fmt(label, (int)sizeof label, "%s: %s", tx(s->lang, rows[i].label),
		       tx(s->lang, rows[i].on ? T_ON : T_OFF));
		ui_button_opts_t o = {.style = rows[i].on ? UI_BTN_DARK : UI_BTN_OUTLINE};
		if (ui_button_ex(ui, ui_id(ui, rows[i].key), (ui_rect_t){x, y, iw, bh}, label, &o))
			ui_act(out, rows[i].kind, 0, NULL);
		y += bh + gap;
	}
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY};
	if (ui_button_ex(ui, ui_id(ui, "access-done"), (ui_rect_t){x, y + gap, iw, bh},
			 tx(s->lang, T_DONE), &o))
		ui_act(out, KA_CLOSE_OVERLAY, 0, NULL);
}

/* ---- Languages (the globe button) ----------------------------------------- */

/* Every language the header offers, each a button with its own name, in as
 * many columns as the screen's height needs; the visitor's own is dark. No
 * title: whoever cannot read the current language still finds their own. */
static void langs_dialog(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	const char *codes[LANG_MAX + 3];
	char buf[LANG_MAX + 3][8];
	const char *names[LANG_MAX + 3];
	int n = kiosk_langs(v, s, codes, LANG_MAX + 3);
	int m = ui_page_margin(ui), pad = dialog_pad(ui), gap = ui_dp(ui, 14);
	int bh = ui_dp(ui, UI_MIN_TARGET), icon = ui_dp(ui, 48), widest = 0;
	for (int i = 0; i < n; i++) {
		names[i] = tx_lang_name(codes[i], buf[i], (int)sizeof buf[i]);
		int tw = ui_text_width(ui, names[i], UI_FONT_BOLD, UI_TS_LABEL) + ui_dp(ui, 40);
		widest = tw > widest ? tw : widest;
	}
	int cols = 1, rows = n, w = 0, h = 0;
	for (;; cols++) {
		rows = (n + cols - 1) / cols;
		int want = 2 * pad + cols * widest + (cols - 1) * gap;
		int most = scr.w - 2 * m;
		w = want < ui_dp(ui, 560) ? ui_dp(ui, 560) : want;
		w = w < most ? w : most;
		h = 2 * pad + icon + 2 * gap + rows * (bh + gap) + gap + bh;
		if (h <= scr.h - 2 * ui_dp(ui, 12) || cols >= 4 || cols >= n)
			break;
	}
	backdrop(ui, false);
	ui_rect_t card = ui_center(scr, w, h);
	ui_card(ui, card);
	int iw = w - 2 * pad, cw = (iw - (cols - 1) * gap) / cols;
	int y = card.y + pad;
	kiosk_draw_icon(ui, (ui_rect_t){card.x + (card.w - icon) / 2, y, icon, icon}, KD_ICON_GLOBE,
			th->ink, th->surface);
	y += icon + 2 * gap;
	for (int i = 0; i < n; i++) {
		ui_rect_t b = {card.x + pad + (i % cols) * (cw + gap), y + (i / cols) * (bh + gap),
			       cw, bh};
		bool on = !strcmp(codes[i], s->lang);
		ui_button_opts_t o = {.style = on ? UI_BTN_DARK : UI_BTN_OUTLINE};
		if (ui_button_ex(ui, ui_idi(ui, "lang-pick", i), b, names[i], &o))
			ui_act(out, KA_LANG, i, codes[i]);
	}
	y += rows * (bh + gap) + gap;
	ui_button_opts_t o = {.style = UI_BTN_SECONDARY};
	if (ui_button_ex(ui, ui_id(ui, "langs-close"), (ui_rect_t){card.x + pad, y, iw, bh},
			 tx(s->lang, T_CLOSE), &o))
		ui_act(out, KA_CLOSE_OVERLAY, 0, NULL);
}

/* ---- Idle warning --------------------------------------------------- */

static void idle_dialog(ui_t *ui, const kiosk_state_t *s, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	int m = ui_page_margin(ui), pad = dialog_pad(ui), gap = ui_dp(ui, 18);
	int w = scr.w - 2 * m < ui_dp(ui, 860) ? scr.w - 2 * m : ui_dp(ui, 860);
	int iw = w - 2 * pad;
	char secs[16], text[256];
	int left = s->idle_seconds_left > 0 ? s->idle_seconds_left : 0;
	ui_fmt(secs, (int)sizeof secs, "%d", left);
	ui_fmt(text, (int)sizeof text, tx_n(s->lang, T_IDLE_TEXT, left), left);
	const char *title = tx(s->lang, T_IDLE_TITLE), *btn = tx(s->lang, T_STILL_HERE);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_TITLE, th->ink, UI_ALIGN_CENTER, 0, 0};
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_CENTER, 0, 0};
	int ring = ui_line_height(ui, UI_FONT_BOLD, UI_TS_CLOCK) + ui_dp(ui, 36);
	int btn_h = ui_dp(ui, 100);
	int title_h = ui_page_text_h(ui, iw, title, ts), text_h = ui_page_text_h(ui, iw, text, bs);
	int h = 2 * pad + ring + gap + title_h + gap / 2 + text_h + 2 * gap + btn_h;
	if (h > scr.h - 2 * ui_dp(ui, 16)) {
		ring = 0; /* small screens: the number goes, the words stay */
		h = 2 * pad + title_h + gap / 2 + text_h + 2 * gap + btn_h;
	}
	backdrop(ui, true);
	ui_rect_t card = ui_center(scr, w, h);
	ui_card(ui, card);
	int y = card.y + pad;
	if (ring) {
		int cx = card.x + card.w / 2, t = ui_dp(ui, 8);
		ui_rect_t rr = {cx - ring / 2, y, ring, ring};
		draw_circle(ui_dl(ui), cx, y + ring / 2, ring / 2, th->accent);
		draw_circle(ui_dl(ui), cx, y + ring / 2, ring / 2 - t, th->surface);
		ui_text(ui, rr, secs,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_CLOCK, th->ink, UI_ALIGN_CENTER,
					  UI_ALIGN_CENTER, 1});
		y += ring + gap;
	}
	y += ui_text(ui, (ui_rect_t){card.x + pad, y, iw, 0}, title, ts).h + gap / 2;
	ui_text(ui, (ui_rect_t){card.x + pad, y, iw, 0}, text, bs);
	ui_button_opts_t o = {.style = UI_BTN_PRIMARY, .size = UI_TS_NAME};
	ui_rect_t b = {card.x + pad, card.y + card.h - pad - btn_h, iw, btn_h};
	if (ui_button_ex(ui, ui_id(ui, "still-here"), b, btn, &o))
		ui_act(out, KA_STILL_HERE, 0, NULL);
}

/* ---- Notice --------------------------------------------------------- */

static void toast(ui_t *ui, const kiosk_state_t *s, ui_rect_t area, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 20);
	int w = area.w < ui_dp(ui, 1100) ? area.w : ui_dp(ui, 1100);
	const char *ok = tx(s->lang, T_OK);
	ui_button_opts_t o = {.style = UI_BTN_SECONDARY};
	int bw = ui_button_width(ui, ok, &o) + ui_dp(ui, 24), bh = ui_dp(ui, UI_MIN_TARGET);
	ui_text_style_t st = ui_ts(UI_FONT_BOLD, UI_TS_BODY, th->on_ink);
	int tw = w - 3 * pad - bw, th_ = ui_page_text_h(ui, tw, s->notice, st);
	int h = (th_ > bh ? th_ : bh) + 2 * pad;
	/* Over the keyboard it would hide keys: there it goes to the top. */
	int y = kiosk_typing(s) ? area.y + ui_dp(ui, 12) : area.y + area.h - h - ui_dp(ui, 20);
	ui_rect_t r = {area.x + (area.w - w) / 2, y, w, h};
	ui_block_input(ui, r);
	draw_rect(ui_dl(ui), (ui_rect_t){r.x, r.y + ui_dp(ui, 4), r.w, r.h}, ui_radius(ui),
		  ui_alpha(th->ink, 60));
	draw_rect(ui_dl(ui), r, ui_radius(ui), th->ink);
	ui_text(ui, (ui_rect_t){r.x + pad, r.y, tw, r.h}, s->notice,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_BODY, th->on_ink, 0, UI_ALIGN_CENTER, 0});
	ui_rect_t b = {r.x + r.w - pad - bw, r.y + (r.h - bh) / 2, bw, bh};
	if (ui_button_ex(ui, ui_id(ui, "notice-ok"), b, ok, &o))
		ui_act(out, KA_CLOSE_OVERLAY, 0, NULL);
}

void kiosk_overlays(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_rect_t area,
		    ui_action_t *out)
{
	/* The typing screens show their notice beside the field they are about
	 * (a refused nickname, an unknown code); everywhere else it is a toast. */
	bool inline_notice =
		s->screen == KS_SIGNUP || s->screen == KS_CANCEL || s->screen == KS_IDEA;
	if (s->notice[0] && s->overlay == KO_NONE && !s->idle_warning && !inline_notice)
		toast(ui, s, area, out);
	if (s->overlay == KO_HELP || s->overlay == KO_CRISIS)
		help_dialog(ui, v, s, out);
	if (s->overlay == KO_ACCESS)
		access_dialog(ui, s, out);
	if (s->overlay == KO_LANGS)
		langs_dialog(ui, v, s, out);
	if (s->idle_warning)
		idle_dialog(ui, s, out);
}
