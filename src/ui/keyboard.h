/*
 * keyboard: the on-screen keyboard, for nicknames and anonymous questions.
 *
 * Layouts: Finnish and Swedish (q..p å / a..l ö ä / z..m, as on their
 * physical keyboards), English (plain QWERTY), each with a numbers and
 * symbols page, shift, backspace, space, and an action key whose label the
 * caller gives ("Ilmoittaudu", "Lähetä"): a key says what it does.
 *
 * The keyboard state (ui_kb_t) belongs to the app, not to the screen: the
 * screen draws it from a const pointer and turns a tap into a UI_ACT_KEY
 * action; the app applies it with ui_kb_apply(). So screens stay functions of
 * plain state and the editing rules are tested without drawing.
 *
 *	screen:  ui_keyboard(ui, kb_rect, &v->kb, v->send_label, out);
 *	app:     if (a.kind == UI_ACT_KEY && ui_kb_apply(&st.kb, &a) == UI_KB_SUBMIT)
 *			send(st.kb.text);
 */
#ifndef OVI_UI_KEYBOARD_H
#define OVI_UI_KEYBOARD_H

#include "ui/ui.h"

typedef enum { UI_KB_FI = 0, UI_KB_SV, UI_KB_EN, UI_KB_LAYOUTS } ui_kb_layout_t;

typedef enum {
	UI_KEY_CHAR = 1, /* action.text holds the UTF-8 to insert */
	UI_KEY_SPACE,
	UI_KEY_BACKSPACE,
	UI_KEY_SHIFT,
	UI_KEY_PAGE,  /* letters <-> numbers and symbols */
	UI_KEY_ACTION /* the caller's action ("Ilmoittaudu") */
} ui_key_t;

/* Results of ui_kb_apply(). */
enum { UI_KB_NOCHANGE = 0, UI_KB_EDITED, UI_KB_SUBMIT, UI_KB_FULL };

#define UI_KB_TEXT_MAX 1280 /* 300 characters of up to 4 bytes each, and the NUL */

typedef struct ui_kb {
	char text[UI_KB_TEXT_MAX]; /* what was typed, UTF-8 */
	int max_len;		   /* in characters (code points) */
	int layout;		   /* ui_kb_layout_t */
	int page;		   /* 0 letters, 1 numbers and symbols */
	bool shift;		   /* the next letter is a capital */
	bool auto_cap;		   /* shift turns on at the start and after ". ", "? ", "! " */
} ui_kb_t;

/* An empty keyboard state; max_len <= 0 means as much as the buffer holds. */
void ui_kb_init(ui_kb_t *kb, ui_kb_layout_t layout, int max_len);
/* Empties the text (the idle reset, after sending). Keeps layout and limit. */
void ui_kb_clear(ui_kb_t *kb);
/* "fi" -> UI_KB_FI, "sv" -> UI_KB_SV, anything else -> UI_KB_EN. */
ui_kb_layout_t ui_kb_layout_for(const char *lang);
/* Applies a UI_ACT_KEY action: UI_KB_EDITED, UI_KB_SUBMIT (the action key),
 * UI_KB_FULL (max_len reached, nothing added) or UI_KB_NOCHANGE. */
int ui_kb_apply(ui_kb_t *kb, const ui_action_t *a);
/* Characters typed. */
int ui_kb_len(const ui_kb_t *kb);

/* The height the keyboard wants at width w (its keys at a comfortable size). */
int ui_keyboard_height(ui_t *ui, int w);
/* Draws the keyboard in r (its keys centred, at most a comfortable width).
 * When a key is tapped, fills out with UI_ACT_KEY and returns true. The
 * action key is disabled while the text is empty; letter keys while full. */
bool ui_keyboard(ui_t *ui, ui_rect_t r, const ui_kb_t *kb, const char *action_label,
		 ui_action_t *out);

#endif
