/*
 * Content in staff mode (ST_CONTENT): the current bundle (site, serial,
 * signing key, created, imported, source) with a warning when it is
 * unsigned or the clock is behind it, the last import's result with its
 * errors, the staff log's tail, and the buttons: import from the stick
 * now, roll back, export to the stick, PIN labels. Also the PIN labels
 * themselves (ST_PINS), renamed with the keyboard.
 */
#include "staff/staff_internal.h"

#include <stdio.h>
#include <string.h>

static void datetime(wall_t t, char *out, int cap)
{
	char b[17];
	fmt_datetime(t, b);
	ui_fmt(out, cap, "%s", b);
}

/* The warnings: unsigned content, a clock behind the content. */
static int warnings(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s,
		    bool draw)
{
	int y = col.y, gap = ui_dp(ui, 12);
	if (v->has_bundle && v->bundle.unsigned_)
		y += staff_draw_warning(ui, (ui_rect_t){col.x, y, col.w, 0},
					staff_tx(s->lang, S_C_UNSIGNED), draw) +
		     gap;
	if (staff_clock_behind(v)) {
		char when[32], text[300];
		datetime(v->bundle.created, when, sizeof when);
		staff_draw_fmt_s(text, (int)sizeof text, staff_tx(s->lang, S_CLK_BEHIND), when);
		y += staff_draw_warning(ui, (ui_rect_t){col.x, y, col.w, 0}, text, draw) + gap;
	}
	return y - col.y;
}

static int bundle_card(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s,
		       bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = staff_draw_pad(ui), w = col.w - 2 * pad, gap = ui_dp(ui, 8);
	int y = pad;
	y += ui_page_section_h(ui);
	const bundle_record_t *b = &v->bundle;
	char serial[32], created[32], imported[32], held_n[32], held[200];
	ui_fmt(serial, (int)sizeof serial, "%lld", (long long)b->serial);
	ui_fmt(held_n, (int)sizeof held_n, "%lld", (long long)v->held_serial);
	ui_fmt(held, (int)sizeof held, staff_tx(s->lang, S_C_HELD_V), held_n);
	datetime(b->created, created, sizeof created);
	datetime(b->imported, imported, sizeof imported);
	const char *site = v->today.site.name && *v->today.site.name ? v->today.site.name : b->site;
	const struct {
		staff_text_t label;
		const char *value;
	} facts[7] = {{S_C_SITE, site},
		      {S_C_SERIAL, serial},
		      {S_C_KEY, b->unsigned_ || !b->keyid[0] ? "—" : b->keyid},
		      {S_C_CREATED, created},
		      {S_C_IMPORTED, imported},
		      {S_C_SOURCE, b->source[0] ? b->source : "—"},
		      {S_C_HELD, held}};
	int nf = v->held_serial > 0 ? 7 : 6;
	int lw = 0;
	for (int i = 0; i < nf; i++) {
		int fw = ui_text_width(ui, staff_tx(s->lang, facts[i].label), UI_FONT_REGULAR,
				       UI_TS_SMALL);
		lw = fw > lw ? fw : lw;
	}
	int h0 = y;
	if (!v->has_bundle) {
		y += staff_draw_empty(ui, (ui_rect_t){0, 0, w, 0}, staff_tx(s->lang, S_C_NONE),
				      false);
	} else {
		for (int i = 0; i < nf; i++)
			y += staff_draw_fact(ui, (ui_rect_t){0, 0, w, 0}, lw,
					     staff_tx(s->lang, facts[i].label), facts[i].value,
					     th->ink, false) +
			     gap;
	}
	int h = y + pad;
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	ui_card(ui, card);
	int x = card.x + pad;
	ui_page_section(ui, (ui_rect_t){x, card.y + pad, w, 0}, card.y + pad,
			staff_tx(s->lang, S_C_CURRENT));
	y = card.y + h0;
	if (!v->has_bundle) {
		staff_draw_empty(ui, (ui_rect_t){x, y, w, 0}, staff_tx(s->lang, S_C_NONE), true);
		return h;
	}
	for (int i = 0; i < nf; i++)
		y += staff_draw_fact(ui, (ui_rect_t){x, y, w, 0}, lw,
				     staff_tx(s->lang, facts[i].label), facts[i].value, th->ink,
				     true) +
		     gap;
	return h;
}

static int import_card(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s,
		       bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = staff_draw_pad(ui), w = col.w - 2 * pad, gap = ui_dp(ui, 8);
	const import_log_t *l = &v->last_import;
	/* An accepted import's message is "accepted" (model_log_import), which
	 * the pill says in staff's language; a refusal's reasons are shown. */
	const char *msg = l->ok && !strcmp(l->message, "accepted") ? "" : l->message;
	char when[32], line[200], serial[32];
	datetime(l->when, when, sizeof when);
	ui_fmt(serial, (int)sizeof serial, "%lld", (long long)l->serial);
	if (l->serial > 0)
		ui_fmt(line, (int)sizeof line, "%s · %s %s · %s", when,
		       staff_tx(s->lang, S_C_SERIAL), serial, l->source);
	else
		ui_fmt(line, (int)sizeof line, "%s · %s", when, l->source);
	const char *status = staff_tx(s->lang, l->ok ? S_C_OK : S_C_FAILED);
	ui_color_t sc = l->ok ? th->wheel_deep[WHEEL_FREETIME] : th->wheel_deep[WHEEL_HOUSING];
	ui_text_style_t ss = {UI_FONT_BOLD, UI_TS_LABEL, th->ink, 0, 0, 0};
	ui_text_style_t ls = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	ui_text_style_t ms = {UI_FONT_REGULAR, UI_TS_SMALL, th->ink, 0, 0, 0};
	int ph = ui_pill_height(ui, UI_TS_SMALL);
	int y = pad + ui_page_section_h(ui);
	if (!v->has_import) {
		y += staff_draw_empty(ui, (ui_rect_t){0, 0, w, 0}, staff_tx(s->lang, S_C_NO_IMPORT),
				      false);
	} else {
		y += ph + gap + ui_text_height(ui, w, line, ls);
		if (msg[0])
			y += gap + ui_text_height(ui, w, msg, ms);
	}
	int h = y + pad;
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	ui_card(ui, card);
	int x = card.x + pad;
	ui_page_section(ui, (ui_rect_t){x, card.y + pad, w, 0}, card.y + pad,
			staff_tx(s->lang, S_C_LAST));
	y = card.y + pad + ui_page_section_h(ui);
	if (!v->has_import) {
		staff_draw_empty(ui, (ui_rect_t){x, y, w, 0}, staff_tx(s->lang, S_C_NO_IMPORT),
				 true);
		return h;
	}
	int pw = ui_pill_width(ui, status, UI_TS_SMALL);
	ui_pill(ui, (ui_rect_t){x, y, pw < w ? pw : w, ph}, status, UI_TS_SMALL, sc,
		ui_on_color(th, sc));
	(void)ss;
	y += ph + gap;
	y += ui_text(ui, (ui_rect_t){x, y, w, 0}, line, ls).h;
	if (msg[0])
		ui_text(ui, (ui_rect_t){x, y + gap, w, 0}, msg, ms);
	return h;
}

static int actions(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s,
		   bool draw, ui_action_t *out)
{
	int y = col.y, gap = ui_dp(ui, 12);
	bool usb = v->usb_present && !v->busy;
	sd_btn_t b[4] = {
		{"import", staff_tx(s->lang, S_IMPORT), UI_BTN_PRIMARY, SA_IMPORT_USB, 0, NULL,
		 !usb, false, NULL},
		{"export", staff_tx(s->lang, S_EXPORT), UI_BTN_SECONDARY, SA_EXPORT_USB, 0, NULL,
		 !usb, false, NULL},
		{"rollback", staff_tx(s->lang, S_ROLLBACK), UI_BTN_SECONDARY, SA_ROLLBACK, 0, NULL,
		 !v->has_previous || v->busy, true, NULL},
		{"pins", staff_tx(s->lang, S_PINS_BTN), UI_BTN_OUTLINE, SA_NAV, ST_PINS, NULL,
		 false, false, NULL},
	};
	y += staff_draw_buttons(ui, (ui_rect_t){col.x, y, col.w, 0}, b, 4, false, draw, out);
	const char *hint = v->busy	     ? staff_tx(s->lang, S_BUSY)
			   : !v->usb_present ? staff_tx(s->lang, S_NO_STICK)
					     : NULL;
	if (hint)
		y += gap + staff_draw_empty(ui, (ui_rect_t){col.x, y + gap, col.w, 0}, hint, draw);
	return y - col.y;
}

static int staff_log(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s,
		     bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	if (!v->log.n)
		return 0;
	int y = col.y;
	y += draw ? ui_page_section(ui, col, y, staff_tx(s->lang, S_LOG)) : ui_page_section_h(ui);
	ui_text_style_t ts = {UI_FONT_REGULAR, UI_TS_SMALL, th->ink, 0, 0, 0};
	for (int i = 0; i < v->log.n; i++) {
		const staff_log_entry_t *e = &v->log.v[i];
		char when[48], line[400];
		staff_draw_when(e->at, wall_day(v->now), s->lang, when, sizeof when);
		ui_fmt(line, (int)sizeof line, "%s  %s · %s%s%s", when,
		       e->label[0] ? e->label : "—", staff_tx_action(s->lang, e->action),
		       e->detail[0] ? " " : "", e->detail);
		int h = ui_text_height(ui, col.w, line, ts);
		if (draw)
			ui_text(ui, (ui_rect_t){col.x, y, col.w, h}, line, ts);
		y += h + ui_dp(ui, 4);
	}
	return y - col.y;
}

void staff_content(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		   ui_action_t *out)
{
	int gap = staff_draw_card_gap(ui);
	if (area.w >= ui_dp(ui, 1300)) {
		int cgap = ui_dp(ui, 40);
		ui_rect_t right = ui_cut_right(&area, (area.w - cgap) * 42 / 100);
		ui_cut_right(&area, cgap);
		int y = ui_scroll_begin(ui, ui_id(ui, "bundle"), area);
		y += warnings(ui, (ui_rect_t){area.x, y, area.w, 0}, v, s, true);
		y += bundle_card(ui, (ui_rect_t){area.x, y, area.w, 0}, v, s, true) + gap;
		y += import_card(ui, (ui_rect_t){area.x, y, area.w, 0}, v, s, true) + gap;
		ui_scroll_end(ui, y);
		y = ui_scroll_begin(ui, ui_id(ui, "actions"), right);
		y += actions(ui, (ui_rect_t){right.x, y, right.w, 0}, v, s, true, out) + 2 * gap;
		y += staff_log(ui, (ui_rect_t){right.x, y, right.w, 0}, v, s, true);
		ui_scroll_end(ui, y);
		return;
	}
	int y = ui_scroll_begin(ui, ui_id(ui, "content"), area);
	ui_rect_t col = {area.x, 0, area.w, 0};
	col.y = y;
	y += warnings(ui, col, v, s, true);
	col.y = y;
	y += actions(ui, col, v, s, true, out) + 2 * gap;
	col.y = y;
	y += bundle_card(ui, col, v, s, true) + gap;
	col.y = y;
	y += import_card(ui, col, v, s, true) + 2 * gap;
	col.y = y;
	y += staff_log(ui, col, v, s, true);
	ui_scroll_end(ui, y);
}

/* ---- PIN labels ------------------------------------------------------------ */

void staff_content_pins(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
			ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	if (s->pin_id) {
		const char *old = "";
		for (int i = 0; i < v->pins.n; i++)
			if (v->pins.v[i].id == s->pin_id)
				old = v->pins.v[i].label;
		staff_draw_title(ui, &area, staff_tx(s->lang, S_RENAME), ST_PINS, NULL, 0, s, out);
		int kh = ui_keyboard_height(ui, area.w);
		if (kh > area.h - ui_dp(ui, 100))
			kh = area.h - ui_dp(ui, 100);
		ui_rect_t kb = ui_cut_bottom(&area, kh);
		ui_textfield(ui, (ui_rect_t){area.x, area.y, area.w, ui_dp(ui, UI_MIN_TARGET + 8)},
			     s->kb.text, *old ? old : staff_tx(s->lang, S_LABEL_PH), true);
		ui_keyboard(ui, kb, &s->kb, staff_tx(s->lang, S_SAVE), out);
		return;
	}
	staff_draw_title(ui, &area, staff_tx(s->lang, S_PINS_TITLE), ST_CONTENT, NULL, 0, s, out);
	int y = ui_scroll_begin(ui, ui_id(ui, "pins"), area);
	int w = area.w < ui_dp(ui, 1100) ? area.w : ui_dp(ui, 1100), pad = ui_dp(ui, 12);
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, staff_tx(s->lang, S_PINS_NOTE),
		     (ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0})
		     .h +
	     ui_dp(ui, 16);
	if (!v->pins.n)
		y += staff_draw_empty(ui, (ui_rect_t){area.x, y, w, 0},
				      staff_tx(s->lang, S_NO_PINS), true);
	for (int i = 0; i < v->pins.n; i++) {
		const staff_pin_t *p = &v->pins.v[i];
		char hit[200];
		ui_fmt(hit, (int)sizeof hit, "%s · %s", staff_tx(s->lang, S_RENAME), p->label);
		sd_btn_t b = {"rename",
			      staff_tx(s->lang, S_RENAME),
			      UI_BTN_SECONDARY,
			      SA_PIN_RENAME_START,
			      p->id,
			      NULL,
			      false,
			      false,
			      hit};
		int bw = staff_draw_buttons_w(ui, &b, 1), bh = ui_dp(ui, UI_MIN_TARGET);
		ui_text_style_t ls = {UI_FONT_BOLD, UI_TS_LABEL, th->ink, 0, UI_ALIGN_CENTER, 0};
		int tw = w - bw - ui_dp(ui, 16);
		int th_ = ui_text_height(ui, tw, p->label, ls);
		int h = 2 * pad + (th_ > bh ? th_ : bh);
		ui_push_id(ui, ui_idi(ui, "pin", p->id));
		ui_text(ui, (ui_rect_t){area.x, y + pad, tw, h - 2 * pad}, p->label, ls);
		staff_draw_buttons(ui, (ui_rect_t){area.x + w - bw, y + (h - bh) / 2, bw, bh}, &b,
				   1, false, true, out);
		ui_pop_id(ui);
		ui_separator(ui, area.x, y + h - 1, w);
		y += h;
	}
	ui_scroll_end(ui, y);
}
