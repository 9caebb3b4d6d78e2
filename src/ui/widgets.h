/*
 * widgets: the building blocks of screens. Each one draws into the frame's
 * draw list and registers what it shows; the ones that take input also
 * register a hit area with a label (the text `tap "Label"` finds).
 *
 * Behaviour and drawing are separate: ui_press() is the behaviour of
 * anything tappable (a card, a row, a tile); ui_button() is ui_press() plus
 * the standard look. A press fires on release, only if the finger lifts
 * inside the area (plus touch padding), and only once; a second finger is
 * ignored; dragging a scroll region past a few dp cancels the press of the
 * button under the finger.
 *
 * Scrolling: a region is a clip with an offset kept by the context.
 *
 *	int y = ui_scroll_begin(ui, ui_id(ui, "people"), area);
 *	for (int i = 0; i < v->n; i++) {
 *		ui_rect_t row = {area.x, y, area.w, row_h};
 *		if (ui_press(ui, ui_idi(ui, "person", i), row, v->people[i].name, true).fired)
 *			ui_act(out, ACT_PERSON, i, v->people[i].id);
 *		...draw the row...
 *		y += row_h + gap;
 *	}
 *	ui_scroll_end(ui, y);
 */
#ifndef OVI_UI_WIDGETS_H
#define OVI_UI_WIDGETS_H

#include "ui/ui.h"

/* ---- Press behaviour ------------------------------------------------- */

typedef struct ui_press {
	bool held;  /* a finger is on it now: draw it pressed */
	bool fired; /* released inside: act now (once per press) */
} ui_press_t;

/* Registers r as a hit area labelled label (for tests and replay; use the
 * visible text, or a short name for icon-only buttons) and reports its state.
 * A disabled area still takes the touch (nothing behind it fires) but never
 * fires. */
ui_press_t ui_press(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, bool enabled);

/* A press that fires while still held, once the finger has stayed on r for
 * hold_ms (a hidden gesture: the 3-second press on the site logo that opens
 * staff mode). A shorter press does nothing, and the release after it has
 * fired does nothing either. While the press is held and has not fired,
 * ui_next_frame_ms() asks for frames (every 100 ms, for feedback, and when
 * the time is up), so an app that sleeps between events still sees it.
 * held is true while it is held. */
ui_press_t ui_press_hold(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, int hold_ms);
/* How long the press on id has lasted at this frame, in ms; -1 when id is
 * not being pressed (no finger, another widget, or a scroll drag). */
int64_t ui_press_held_ms(const ui_t *ui, ui_id_t id);

/* ---- Buttons --------------------------------------------------------- */

typedef enum {
	UI_BTN_PRIMARY = 0, /* the accent fill: the one main action of a screen */
	UI_BTN_SECONDARY,   /* a white card with ink text */
	UI_BTN_OUTLINE,	    /* ink outline on the background (back, languages) */
	UI_BTN_DARK,	    /* ink fill (a selected language) */
	UI_BTN_GHOST,	    /* text only, still a full-size target */
	UI_BTN_WHEEL	    /* a wheel colour fill (opts.wheel) with readable text */
} ui_btn_style_t;

typedef struct ui_button_opts {
	ui_btn_style_t style;
	int wheel;	      /* UI_BTN_WHEEL: the wheel index */
	int size;	      /* text role; 0 is UI_TS_LABEL */
	const char *icon;     /* a glyph drawn before the label (e.g. "‹", "✓"), or NULL */
	const char *sublabel; /* a second, smaller line, or NULL */
	bool disabled;
	bool align_start; /* label at the start instead of centred */
	bool on_tray;	  /* a key on the keyboard's tray (darker edge) */
} ui_button_opts_t;

/* A standard button; returns true once when it fires. */
bool ui_button(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, ui_btn_style_t style);
bool ui_button_ex(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, const ui_button_opts_t *o);
/* Only the look, for custom behaviour. */
void ui_button_draw(ui_t *ui, ui_rect_t r, const char *label, const ui_button_opts_t *o, bool held);
/* The width a one-line button needs for label: padding included, never less
 * than UI_MIN_TARGET. */
int ui_button_width(ui_t *ui, const char *label, const ui_button_opts_t *o);

/* ---- Scrolling ------------------------------------------------------- */

/* Begins a vertical scroll region over r and returns the y at which its
 * content starts (r.y minus the offset). Everything until ui_scroll_end() is
 * clipped to r; hit areas inside it are only tappable where visible. */
int ui_scroll_begin(ui_t *ui, ui_id_t id, ui_rect_t r);
/* content_bottom: the y just below the last content, in the same
 * coordinates as the value ui_scroll_begin() returned. */
void ui_scroll_end(ui_t *ui, int content_bottom);
float ui_scroll_offset(ui_t *ui, ui_id_t id);
void ui_scroll_to(ui_t *ui, ui_id_t id, int offset);

/* ---- Surfaces and small things ---------------------------------------- */

/* One line of text centred vertically in r, start-aligned; ellipsised (and
 * reported) if too long. For paragraphs use ui_text(). */
ui_rect_t ui_label(ui_t *ui, ui_rect_t r, const char *s, int font, int size, ui_color_t c);

/* A card: white, rounded, with a soft bottom edge (outlined in high contrast). */
void ui_card(ui_t *ui, ui_rect_t r);
/* A card in another fill (a topic's tint, a wheel colour). */
void ui_card_fill(ui_t *ui, ui_rect_t r, ui_color_t fill);
/* Corner radius of cards, buttons and keys in px. */
int ui_radius(ui_t *ui);

/* A pill: a rounded label (chips, "Auki tänään 10–17", "3 paikkaa"). size is
 * a text role (0: UI_TS_SMALL). */
int ui_pill_width(ui_t *ui, const char *label, int size);
int ui_pill_height(ui_t *ui, int size);
void ui_pill(ui_t *ui, ui_rect_t r, const char *label, int size, ui_color_t bg, ui_color_t fg);
/* A chip for an area of life: the wheel's tint with ink text. */
void ui_chip(ui_t *ui, ui_rect_t r, const char *label, int wheel);
/* Chips flowed left to right in area, wrapping; returns the height used. */
int ui_chips(ui_t *ui, ui_rect_t area, const char *const *labels, const int *wheels, int n);

/* A round avatar inscribed in the square r: the photo when there is one and
 * the platform can show it, else the name's initials on wheel (0 picks a
 * stable colour from the name). */
void ui_avatar(ui_t *ui, ui_rect_t r, const char *photo, const char *name, int wheel);
/* "Aino Korhonen" -> "AK"; "mikko" -> "M". out holds at least 16 bytes. */
void ui_initials(const char *name, char *out, int cap);

/* A text field showing text (or placeholder, muted) with a caret at the end
 * when focused. Long text wraps; when it no longer fits, the last lines show. */
void ui_textfield(ui_t *ui, ui_rect_t r, const char *text, const char *placeholder, bool focused);

/* A thin horizontal separator line. */
void ui_separator(ui_t *ui, int x, int y, int w);

#endif
