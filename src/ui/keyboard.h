/*
 * keyboard: the on-screen keyboard, for nicknames and anonymous questions.
 *
 * Layouts are data: one file per language in assets/keyboards (Finnish and
 * Swedish q..p å / a..l ö ä, English QWERTY, Ukrainian and Russian ЙЦУКЕН,
 * Arabic, Somali, Estonian, Northern Sámi), made into a table at build time
 * (kbd2c.py). Each has a numbers and symbols page, shift (capitals from
 * Unicode's case mapping), backspace, space, an action key whose label the
 * caller gives ("Ilmoittaudu", "Lähetä": a key says what it does) and, for
 * a non-Latin script, a key to the Finnish letters and back. A language
 * without a layout of its own types on the English one.
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

/* One layout (generated from assets/keyboards/LANG.kbd): four rows of
 * letters and four of numbers and symbols, keys separated by spaces,
 * "{name:w}" a special key w tenths of a letter key wide. */
typedef struct ui_kb_def {
	const char *lang;
	int latin;	    /* the layout the Latin key shows, -1 for none */
	const char *native; /* the label of the key back from it ("АБВ") */
	const char *rows[2][4];
} ui_kb_def_t;
extern const ui_kb_def_t ui_kb_defs[];
extern const int ui_kb_ndefs;

typedef int ui_kb_layout_t; /* an index into ui_kb_defs */

typedef enum {
	UI_KEY_CHAR = 1, /* action.text holds the UTF-8 to insert */
	UI_KEY_SPACE,
	UI_KEY_BACKSPACE,
	UI_KEY_SHIFT,
	UI_KEY_PAGE,   /* letters <-> numbers and symbols */
	UI_KEY_ACTION, /* the caller's action ("Ilmoittaudu") */
	UI_KEY_LATIN   /* the layout's own letters <-> the Finnish ones */
} ui_key_t;

/* Results of ui_kb_apply(). */
enum { UI_KB_NOCHANGE = 0, UI_KB_EDITED, UI_KB_SUBMIT, UI_KB_FULL };

#define UI_KB_TEXT_MAX 1280 /* 300 characters of up to 4 bytes each, and the NUL */

typedef struct ui_kb {
	char text[UI_KB_TEXT_MAX]; /* what was typed, UTF-8 */
	int max_len;		   /* in characters (code points) */
	int layout;		   /* ui_kb_layout_t */
	int page;		   /* 0 letters, 1 numbers and symbols */
	bool latin;		   /* the letters are the layout's Latin ones */
	bool shift;		   /* the next letter is a capital */
	bool auto_cap;		   /* shift turns on at the start and after ". ", "? ", "! " */
} ui_kb_t;

/* An empty keyboard state; max_len <= 0 means as much as the buffer holds. */
void ui_kb_init(ui_kb_t *kb, ui_kb_layout_t layout, int max_len);
/* Empties the text (the idle reset, after sending). Keeps layout and limit. */
void ui_kb_clear(ui_kb_t *kb);
/* The layout of lang ("uk"), English's for a language without its own. */
ui_kb_layout_t ui_kb_layout_for(const char *lang);
/* The language of a layout ("fi"). */
const char *ui_kb_layout_lang(ui_kb_layout_t layout);
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
/* The width the action key gets for its label on the keyboard drawn in r:
 * a caller with a long and a short label picks the one that fits. */
int ui_keyboard_action_width(ui_t *ui, ui_rect_t r, const ui_kb_t *kb);

#endif
