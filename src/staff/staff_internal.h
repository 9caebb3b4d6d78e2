/*
 * staff_internal: what the staff screens (staff_*.c) share: the screens'
 * entry points, and small layout helpers (rows of buttons that wrap, title
 * rows, steppers, facts). Internal to src/ui.
 *
 * Staff screens are denser than the youth ones (smaller text, more on a
 * row) but every target is still at least UI_MIN_TARGET on both sides.
 */
#ifndef OVI_STAFF_STAFF_INTERNAL_H
#define OVI_STAFF_STAFF_INTERNAL_H

#include "ui/fmt.h"
#include "ui/page.h"
#include "staff/staff.h"
#include "staff/staff_tx.h"
#include "ui/widgets.h"

/* ---- Screens: each draws into area (the content under the tabs) -------- */

void staff_pin(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_action_t *out);
void staff_today(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out);
void staff_today_time(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		      ui_action_t *out);
void staff_walkin(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		  ui_action_t *out);
void staff_queue(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out);
void staff_questions(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		     ui_action_t *out);
void staff_questions_answer(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
			    ui_action_t *out);
void staff_ideas(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out);
void staff_groups(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		  ui_action_t *out);
void staff_groups_session(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
			  ui_action_t *out);
void staff_content(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		   ui_action_t *out);
void staff_clock(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out);
void staff_content_pins(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
			ui_action_t *out);
/* The confirmation, the notice and the idle warning, over everything. */
void staff_overlay(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_rect_t area,
		   ui_action_t *out);

/* ---- Helpers (staff_draw.c) ------------------------------------------- */

/* A button in a row of buttons. kind, arg and id make its action; with
 * confirm, a tap asks first (SA_CONFIRM with kind in action.key). */
typedef struct sd_btn {
	const char *key; /* its id key within the row's id scope */
	const char *label;
	ui_btn_style_t style;
	int kind;
	int64_t arg;
	const char *id;
	bool disabled, confirm;
	const char *hit; /* the hit area's label when not the visible one (so that
			    replay can tell "Late" of one person from another's) */
} sd_btn_t;

/* Lays out n buttons left to right in r.w, wrapping; draws them at r.y
 * when draw (end: aligned to the right). Returns the height they take. */
int staff_draw_buttons(ui_t *ui, ui_rect_t r, const sd_btn_t *b, int n, bool end, bool draw,
		       ui_action_t *out);
/* The width a row of buttons takes on one line. */
int staff_draw_buttons_w(ui_t *ui, const sd_btn_t *b, int n);
/* Emits b's action (or its confirmation). */
void staff_draw_emit(ui_action_t *out, const sd_btn_t *b);

/* Gaps: between buttons, between cards. */
int staff_draw_gap(ui_t *ui);
int staff_draw_card_gap(ui_t *ui);
int staff_draw_pad(ui_t *ui); /* inside cards */

/* A screen's title row cut from the top of *area: an optional back button
 * (back >= 0: SA_NAV to that screen), the title, and on the right the
 * buttons in b (may be NULL). */
void staff_draw_title(ui_t *ui, ui_rect_t *area, const char *title, int back, const sd_btn_t *b,
		      int n, const staff_state_t *s, ui_action_t *out);

/* "label  value" lines of a fact list; returns the height (draws when
 * draw). label_w: the labels' column width. */
int staff_draw_fact(ui_t *ui, ui_rect_t r, int label_w, const char *label, const char *value,
		    ui_color_t value_color, bool draw);

/* A "−  value  +" stepper in r: two buttons either side of the value. */
void staff_draw_stepper(ui_t *ui, ui_rect_t r, const char *key, const char *value,
			const char *minus, const char *plus, int kind, int64_t step, const char *id,
			ui_action_t *out);

/* A warning band (pale red with a strong stripe); returns its height. */
int staff_draw_warning(ui_t *ui, ui_rect_t r, const char *text, bool draw);

/* "%s" of fmt replaced by a (ui_fmt with one string). */
void staff_draw_fmt_s(char *out, int cap, const char *fmt, const char *a);
/* "23.11. 10:42" (or "10:42" when on day today). */
void staff_draw_when(wall_t t, int today, const char *lang, char *out, int cap);
/* An empty-state line in muted text; returns its height. */
int staff_draw_empty(ui_t *ui, ui_rect_t r, const char *text, bool draw);

#endif
