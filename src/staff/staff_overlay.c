/*
 * Over the staff screens: the confirmation before anything young people
 * would miss (a cancelled session, a removed sign-up, a hidden question,
 * a rollback), the notice the app leaves after a write, and the warning
 * before staff mode closes by itself. Modals block what is under them.
 */
#include "staff/staff_internal.h"

#include "ui/fmt.h"

#include <stdio.h>
#include <string.h>

static void backdrop(ui_t *ui)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_rect_t scr = ui_screen(ui);
	draw_rect(ui_dl(ui), scr, 0,
		  th->high_contrast ? ui_alpha(th->bg, 220) : ui_alpha(th->ink, 150));
	ui_block_input(ui, scr);
}

/* A dialog: text over a row of buttons, centred on the screen. */
static void dialog(ui_t *ui, const char *title, const char *text, const sd_btn_t *b, int n,
		   ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	backdrop(ui);
	ui_rect_t scr = ui_screen(ui);
	int pad = ui_dp(ui, scr.h < 700 || scr.w < 700 ? 28 : 40), gap = ui_dp(ui, 20);
	int w = scr.w - 2 * ui_page_margin(ui);
	if (w > ui_dp(ui, 900))
		w = ui_dp(ui, 900);
	int iw = w - 2 * pad;
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_SECTION, th->ink, 0, 0, 0};
	ui_text_style_t bs = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, 0, 0};
	int th_ = title && *title ? ui_text_height(ui, iw, title, ts) + gap : 0;
	int bh_ = text && *text ? ui_text_height(ui, iw, text, bs) + gap : 0;
	int btn = staff_draw_buttons(ui, (ui_rect_t){0, 0, iw, 0}, b, n, true, false, out);
	int h = 2 * pad + th_ + bh_ + ui_dp(ui, 8) + btn;
	ui_rect_t card = ui_center(scr, w, h);
	ui_card(ui, card);
	int x = card.x + pad, y = card.y + pad;
	if (th_)
		y += ui_text(ui, (ui_rect_t){x, y, iw, 0}, title, ts).h + gap;
	if (bh_)
		y += ui_text(ui, (ui_rect_t){x, y, iw, 0}, text, bs).h + gap;
	staff_draw_buttons(ui, (ui_rect_t){x, y + ui_dp(ui, 8), iw, btn}, b, n, true, true, out);
}

static const session_view_t *find_session(const staff_view_t *v, const char *id)
{
	for (int i = 0; i < v->nsessions; i++)
		if (strcmp(v->sessions[i].id, id) == 0)
			return &v->sessions[i];
	return NULL;
}

static void confirm(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_action_t *out)
{
	const ui_action_t *c = &s->confirm;
	char title[400] = "", what[200] = "";
	const char *text = "";
	staff_text_t verb = S_CLOSE; /* the button says what it does */
	switch (c->kind) {
	case SA_CANCEL_SESSION: {
		const session_view_t *se = find_session(v, c->id);
		if (se) {
			char d[48], t[6];
			ui_fmt_date(s->lang, se->day, false, d, sizeof d);
			ui_fmt_hhmm(se->start, t);
			ui_fmt(what, (int)sizeof what, "%s (%s %s)", se->group_title, d, t);
		}
		staff_draw_fmt_s(title, (int)sizeof title, staff_tx(s->lang, S_CONFIRM_CANCEL),
				 what);
		verb = S_CANCEL_SESSION;
		break;
	}
	case SA_REMOVE_SIGNUP:
		for (int i = 0; i < v->signups.n; i++)
			if (v->signups.v[i].id == c->arg)
				ui_fmt(what, (int)sizeof what, "“%s”", v->signups.v[i].nickname);
		staff_draw_fmt_s(title, (int)sizeof title, staff_tx(s->lang, S_CONFIRM_REMOVE),
				 what);
		verb = S_REMOVE;
		break;
	case SA_HIDE_QUESTION:
		ui_fmt(title, (int)sizeof title, "%s", staff_tx(s->lang, S_CONFIRM_HIDE));
		for (int i = 0; i < v->questions.n; i++)
			if (v->questions.v[i].id == c->arg)
				text = v->questions.v[i].text;
		verb = S_HIDE;
		break;
	case SA_ROLLBACK:
		ui_fmt(title, (int)sizeof title, "%s", staff_tx(s->lang, S_CONFIRM_ROLLBACK));
		verb = S_ROLLBACK;
		break;
	default:
		ui_fmt(title, (int)sizeof title, "%s", "?");
		break;
	}
	sd_btn_t b[2] = {
		{"no", staff_tx(s->lang, S_BACK), UI_BTN_OUTLINE, SA_CONFIRM_NO, 0, NULL, false,
		 false, NULL},
		{"yes", staff_tx(s->lang, verb), UI_BTN_DARK, c->kind, c->arg, c->id, false, false,
		 NULL},
	};
	ui_push_id(ui, ui_id(ui, "confirm"));
	dialog(ui, title, text, b, 2, out);
	ui_pop_id(ui);
}

/* The notice: a bar at the bottom of the content area, closed with a tap. */
static void notice(ui_t *ui, const staff_state_t *s, ui_rect_t area, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 16), gap = ui_dp(ui, 16);
	sd_btn_t close = {"close-notice",
			  staff_tx(s->lang, S_CLOSE),
			  UI_BTN_SECONDARY,
			  SA_CLOSE_NOTICE,
			  0,
			  NULL,
			  false,
			  false,
			  NULL};
	int cw = staff_draw_buttons_w(ui, &close, 1);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_BODY, th->on_ink, 0, UI_ALIGN_CENTER, 0};
	int tw = area.w - 2 * pad - gap - cw;
	int h = ui_text_height(ui, tw, s->notice, ts);
	if (h < ui_dp(ui, UI_MIN_TARGET))
		h = ui_dp(ui, UI_MIN_TARGET);
	h += 2 * pad;
	ui_rect_t bar = {area.x, area.y + area.h - h - ui_dp(ui, 16), area.w, h};
	ui_color_t fill = s->notice_error ? th->wheel_deep[WHEEL_HOUSING] : th->ink;
	ts.color = ui_on_color(th, fill);
	ui_block_input(ui, bar);
	draw_rect(ui_dl(ui), bar, ui_radius(ui), fill);
	ui_rect_t in = ui_inset(bar, pad);
	ui_rect_t cr = ui_cut_right(&in, cw);
	staff_draw_buttons(ui,
			   (ui_rect_t){cr.x, cr.y + (cr.h - ui_dp(ui, UI_MIN_TARGET)) / 2, cw, 0},
			   &close, 1, false, true, out);
	ui_cut_right(&in, gap);
	ui_text(ui, in, s->notice, ts);
}

void staff_overlay(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_rect_t area,
		   ui_action_t *out)
{
	if (s->notice[0] && !s->confirm.kind && !s->idle_warning)
		notice(ui, s, area, out);
	if (s->confirm.kind && !s->idle_warning)
		confirm(ui, v, s, out);
	if (s->idle_warning) {
		char text[200];
		ui_fmt(text, (int)sizeof text, staff_tx_n(s->lang, S_IDLE, s->idle_seconds_left),
		       s->idle_seconds_left);
		sd_btn_t b = {"still-here",
			      staff_tx(s->lang, S_CONTINUE),
			      UI_BTN_PRIMARY,
			      SA_STILL_HERE,
			      0,
			      NULL,
			      false,
			      false,
			      NULL};
		ui_push_id(ui, ui_id(ui, "idle"));
		dialog(ui, text, "", &b, 1, out);
		ui_pop_id(ui);
	}
}
