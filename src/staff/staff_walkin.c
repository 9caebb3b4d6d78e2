/*
 * Adding a walk-in for today (ST_WALKIN): pick one of the known people or
 * type a visitor's name, set from and until with steppers, pick a room
 * from today's rooms or type one, and add. Typing a field gives the
 * keyboard the lower part of the screen with just that field above it.
 */
#include "staff/staff_internal.h"

#include <stdio.h>
#include <string.h>

#define ROOMS_MAX 12

/* Today's rooms, from the roster, each once. */
static int rooms(const staff_view_t *v, const char **out)
{
	const today_view_t *t = &v->today;
	const person_view_t *lists[3] = {t->now, t->later, t->away};
	int ns[3] = {t->nnow, t->nlater, t->naway}, n = 0;
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < ns[k] && n < ROOMS_MAX; i++) {
			const char *r = lists[k][i].room;
			bool seen = !r || !*r || strlen(r) >= 64;
			for (int j = 0; j < n && !seen; j++)
				seen = strcmp(out[j], r) == 0;
			if (!seen)
				out[n++] = r;
		}
	return n;
}

/* A text field that opens the keyboard when tapped. */
static int field(ui_t *ui, ui_rect_t r, const char *key, const char *text, const char *ph,
		 staff_field_t f, bool draw, ui_action_t *out)
{
	int h = ui_dp(ui, UI_MIN_TARGET + 8);
	if (!draw)
		return h;
	r.h = h;
	if (ui_press(ui, ui_id(ui, key), r, ph, true).fired)
		ui_act(out, SA_WALKIN_FIELD, f, NULL);
	ui_textfield(ui, r, text, ph, false);
	return h;
}

static int label_line(ui_t *ui, ui_rect_t r, const char *s, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_text_style_t ts = {UI_FONT_BOLD, UI_TS_LABEL, th->ink, 0, 0, 0};
	int h = ui_text_height(ui, r.w, s, ts);
	if (draw)
		ui_text(ui, (ui_rect_t){r.x, r.y, r.w, h}, s, ts);
	return h + ui_dp(ui, 10);
}

/* Who: the known people as a flow of buttons, then the visitor field. */
static int who(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s, bool draw,
	       ui_action_t *out)
{
	int y = col.y, gap = ui_dp(ui, 20);
	y += label_line(ui, (ui_rect_t){col.x, y, col.w, 0}, staff_tx(s->lang, S_PICK_PERSON),
			draw);
	int n = v->people.n;
	sd_btn_t b[64];
	if (n > 64)
		n = 64;
	char keys[64][16];
	for (int i = 0; i < n; i++) {
		const staff_person_t *p = &v->people.v[i];
		snprintf(keys[i], sizeof keys[i], "p%d", i);
		bool on = s->walkin.person_id[0] && strcmp(s->walkin.person_id, p->id) == 0;
		b[i] = (sd_btn_t){keys[i],
				  p->name,
				  on ? UI_BTN_DARK : UI_BTN_SECONDARY,
				  SA_WALKIN_PERSON,
				  0,
				  p->id,
				  false,
				  false,
				  NULL};
	}
	y += staff_draw_buttons(ui, (ui_rect_t){col.x, y, col.w, 0}, b, n, false, draw, out) + gap;
	y += label_line(ui, (ui_rect_t){col.x, y, col.w, 0}, staff_tx(s->lang, S_OR_VISITOR), draw);
	y += field(ui, (ui_rect_t){col.x, y, col.w, 0}, "visitor", s->walkin.visitor,
		   staff_tx(s->lang, S_VISITOR_PH), SF_VISITOR, draw, out);
	return y - col.y;
}

/* When and where, and the Add button. */
static int when_where(ui_t *ui, ui_rect_t col, const staff_view_t *v, const staff_state_t *s,
		      bool draw, ui_action_t *out)
{
	int y = col.y, gap = ui_dp(ui, 20), bh = ui_dp(ui, UI_MIN_TARGET);
	int sw = col.w < ui_dp(ui, 560) ? col.w : ui_dp(ui, 560);
	char a[6], b[6];
	ui_fmt_hhmm(s->walkin.start, a);
	ui_fmt_hhmm(s->walkin.end, b);
	const struct {
		staff_text_t label;
		const char *key, *value;
		int kind;
	} steps[2] = {{S_FROM, "from", a, SA_WALKIN_START_STEP},
		      {S_UNTIL, "until", b, SA_WALKIN_END_STEP}};
	for (int i = 0; i < 2; i++) {
		y += label_line(ui, (ui_rect_t){col.x, y, col.w, 0},
				staff_tx(s->lang, steps[i].label), draw);
		if (draw)
			staff_draw_stepper(ui, (ui_rect_t){col.x, y, sw, bh}, steps[i].key,
					   steps[i].value, "−15 min", "+15 min", steps[i].kind, 15,
					   NULL, out);
		y += bh + gap;
	}
	y += label_line(ui, (ui_rect_t){col.x, y, col.w, 0}, staff_tx(s->lang, S_ROOM), draw);
	const char *rs[ROOMS_MAX];
	int nr = rooms(v, rs);
	sd_btn_t rb[ROOMS_MAX];
	char keys[ROOMS_MAX][16];
	for (int i = 0; i < nr; i++) {
		snprintf(keys[i], sizeof keys[i], "r%d", i);
		bool on = strcmp(s->walkin.room, rs[i]) == 0;
		rb[i] = (sd_btn_t){keys[i],	   rs[i], on ? UI_BTN_DARK : UI_BTN_SECONDARY,
				   SA_WALKIN_ROOM, 0,	  rs[i],
				   false,	   false, NULL};
	}
	if (nr)
		y += staff_draw_buttons(ui, (ui_rect_t){col.x, y, col.w, 0}, rb, nr, false, draw,
					out) +
		     ui_dp(ui, 12);
	bool picked = false;
	for (int i = 0; i < nr; i++)
		picked = picked || strcmp(s->walkin.room, rs[i]) == 0;
	y += field(ui, (ui_rect_t){col.x, y, col.w, 0}, "room", picked ? "" : s->walkin.room,
		   staff_tx(s->lang, S_ROOM_PH), SF_ROOM, draw, out) +
	     gap;
	bool ready = s->walkin.person_id[0] || s->walkin.visitor[0];
	sd_btn_t add = {"add",
			staff_tx(s->lang, S_ADD),
			UI_BTN_PRIMARY,
			SA_ADD_WALKIN,
			0,
			NULL,
			!ready,
			false,
			NULL};
	y += staff_draw_buttons(ui, (ui_rect_t){col.x, y, col.w, 0}, &add, 1, false, draw, out);
	return y - col.y;
}

static void typing(ui_t *ui, ui_rect_t area, const staff_state_t *s, ui_action_t *out)
{
	bool visitor = s->field == SF_VISITOR;
	sd_btn_t done = {"done-typing",
			 staff_tx(s->lang, S_TYPED_DONE),
			 UI_BTN_OUTLINE,
			 SA_WALKIN_FIELD,
			 SF_NONE,
			 NULL,
			 false,
			 false,
			 NULL};
	staff_draw_title(ui, &area, staff_tx(s->lang, visitor ? S_VISITOR_PH : S_ROOM), -1, &done,
			 1, s, out);
	int kh = ui_keyboard_height(ui, area.w);
	if (kh > area.h - ui_dp(ui, 100))
		kh = area.h - ui_dp(ui, 100);
	ui_rect_t kb = ui_cut_bottom(&area, kh);
	int fh = ui_dp(ui, UI_MIN_TARGET + 8);
	ui_textfield(ui, (ui_rect_t){area.x, area.y, area.w, fh}, s->kb.text,
		     staff_tx(s->lang, visitor ? S_VISITOR_PH : S_ROOM_PH), true);
	ui_keyboard(ui, kb, &s->kb, staff_tx(s->lang, S_TYPED_DONE), out);
}

void staff_walkin(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		  ui_action_t *out)
{
	if (s->field != SF_NONE) {
		typing(ui, area, s, out);
		return;
	}
	staff_draw_title(ui, &area, staff_tx(s->lang, S_WALKIN_TITLE), ST_TODAY, NULL, 0, s, out);
	if (area.w >= ui_dp(ui, 1300)) {
		int gap = ui_dp(ui, 48);
		ui_rect_t right = ui_cut_right(&area, (area.w - gap) * 45 / 100);
		ui_cut_right(&area, gap);
		int y = ui_scroll_begin(ui, ui_id(ui, "who"), area);
		y += who(ui, (ui_rect_t){area.x, y, area.w, 0}, v, s, true, out);
		ui_scroll_end(ui, y);
		y = ui_scroll_begin(ui, ui_id(ui, "when"), right);
		y += when_where(ui, (ui_rect_t){right.x, y, right.w, 0}, v, s, true, out);
		ui_scroll_end(ui, y);
		return;
	}
	int y = ui_scroll_begin(ui, ui_id(ui, "walkin"), area);
	y += who(ui, (ui_rect_t){area.x, y, area.w, 0}, v, s, true, out) + ui_dp(ui, 28);
	int w = area.w < ui_dp(ui, 900) ? area.w : ui_dp(ui, 900);
	y += when_where(ui, (ui_rect_t){area.x, y, w, 0}, v, s, true, out);
	ui_scroll_end(ui, y);
}
