/*
 * ui: the immediate-mode UI core: context, metrics, theme, input, text,
 * actions and the per-frame registry. Plain C: no SDL, no SQLite.
 *
 * A screen is a function of plain state. It emits draw commands through the
 * widgets and returns at most one action for the app to carry out:
 *
 *	void screen_topic(ui_t *ui, const topic_view_t *v, ui_action_t *out)
 *	{
 *		const ui_theme_t *th = ui_theme(ui);
 *		ui_rect_t r = ui_screen(ui);
 *		ui_rect_t head = ui_cut_top(&r, ui_dp(ui, 120));
 *		ui_text(ui, head, v->title, ui_ts(UI_FONT_BOLD, UI_TS_TITLE, th->ink));
 *		if (ui_button(ui, ui_id(ui, "number"), btn, v->take_number, UI_BTN_PRIMARY))
 *			ui_act(out, ACT_TAKE_NUMBER, 0, v->topic_id);
 *	}
 *
 * The app drives it once per frame:
 *
 *	ui_pointer_down/move/up(...)       (the platform feeds input between frames)
 *	ui_begin(ui, clock_mono_ms());
 *	screen_x(ui, &view, &action);
 *	ui_end(ui);                        -> ui_draw_list(ui) goes to the renderer
 *	apply(&state, &action);            (the app's reducer; may call ui_kb_apply)
 *	if an action was applied, run the next frame at once (the state changed);
 *	else wait ui_next_frame_ms(ui) or for the next event
 *
 * Sizes are in dp: 1 dp is 1 px on a screen whose short side is 1080 px, so
 * numbers can be taken straight from the 1920x1080 mock-ups. Above 1080 the
 * unit grows in proportion (a 4K screen looks like a 1080p one); below, it
 * shrinks more slowly (with the square root) because small panels are small
 * physically too: at 800x480 a UI_MIN_TARGET (72 dp) target is 48 px, a tenth
 * of the short side, about 9 mm on a 7" panel.
 *
 * Widget identity: widgets that react to input take a ui_id_t, made with
 * ui_id(ui, "key") or ui_idi(ui, "key", index) and mixed with the id stack
 * (ui_push_id) so that a list of cards can reuse the same keys per row. A
 * press is bound to the widget under the finger in the frame the person saw
 * (the previous one), so it survives the screen being rebuilt every frame.
 *
 * Registry: every frame records each hit area (with its label) and each text
 * drawn (with its box, and whether it was ellipsised or clipped). Tests read
 * it, ui_lint() checks it, and the replay command `tap "Label"` uses
 * ui_find_hit() to find a widget by its text.
 */
#ifndef OVI_UI_UI_H
#define OVI_UI_UI_H

#include <stdbool.h>
#include <stdint.h>

#include "core/err.h"
#include "ui/draw.h"
#include "ui/layout.h"

typedef struct ui ui_t;
typedef uint32_t ui_id_t;

/* ---- Theme ------------------------------------------------------------ */

/* Index into the wheel arrays: the same numbers as wheel_t in model/content.h
 * (0 = none/neutral, 1 work, 2 money, 3 free time, 4 studies, 5 wellbeing,
 * 6 housing and relationships). */
#define UI_WHEEL_COUNT 7

typedef struct ui_theme {
	ui_color_t bg;			       /* screen background */
	ui_color_t surface;		       /* cards, keys */
	ui_color_t surface_edge;	       /* the soft bottom edge under cards and keys */
	ui_color_t outline;		       /* card outline (alpha 0 = none) */
	ui_color_t ink;			       /* text and strong fills */
	ui_color_t muted;		       /* secondary text (AA on bg and surface) */
	ui_color_t line;		       /* separators */
	ui_color_t on_ink;		       /* text on ink fills */
	ui_color_t accent;		       /* the primary action fill */
	ui_color_t on_accent;		       /* text on accent (AA) */
	ui_color_t focus;		       /* caret, focus ring */
	ui_color_t pressed;		       /* overlay on a held button */
	ui_color_t kb_bg;		       /* the keyboard's tray */
	ui_color_t kb_edge;		       /* the bottom edge of keys on the tray */
	ui_color_t wheel[UI_WHEEL_COUNT];      /* bright: dots, avatars, tiles */
	ui_color_t wheel_tint[UI_WHEEL_COUNT]; /* pale: chip backgrounds */
	ui_color_t wheel_deep[UI_WHEEL_COUNT]; /* fills under on_accent text (AA) */
	int outline_dp;			       /* width of card and button outlines */
	bool high_contrast;
} ui_theme_t;

typedef enum { UI_THEME_LIGHT = 0, UI_THEME_HIGH_CONTRAST } ui_theme_kind_t;

const ui_theme_t *ui_theme_get(ui_theme_kind_t kind);
/* Ink or white, whichever reads better on bg (WCAG contrast). */
ui_color_t ui_on_color(const ui_theme_t *th, ui_color_t bg);
/* WCAG 2 contrast ratio * 100 (450 = 4.5:1). */
int ui_contrast100(ui_color_t a, ui_color_t b);
/* A stable wheel colour index (1..6) for a name, for avatars without photo. */
int ui_wheel_for_name(const char *name);

/* ---- Context ---------------------------------------------------------- */

/* Measures one line of UTF-8 text: its advance width and line height in
 * pixels. Returns 0 or a negative OVI_E* code. Set by the platform; tests use
 * ui_fake_measure. */
typedef int (*ui_measure_fn)(void *ud, int font, int px, const char *s, int *w, int *h);
/* Probes an image the platform would draw: 0 when it can be shown (its pixel
 * size in w, h), negative when missing, too big or undecodable. Optional. */
typedef int (*ui_image_fn)(void *ud, const char *path, int *w, int *h);

/* A deterministic measure for tests: every code point advances px * 11 / 20
 * (so "Ab" at 20 px is 22 px wide) and lines are px * 4 / 3 high. */
int ui_fake_measure(void *ud, int font, int px, const char *s, int *w, int *h);

/* Creates a context for a w x h screen with the light theme and the fake
 * measure. Caller frees with ui_free(). */
int ui_new(ui_t **out, int w, int h);
void ui_free(ui_t *ui); /* accepts NULL */
void ui_set_measure(ui_t *ui, ui_measure_fn fn, void *ud);
void ui_set_image_probe(ui_t *ui, ui_image_fn fn, void *ud);
/* Takes effect at the next ui_begin(). Any size from 320x240 up; portrait ok. */
void ui_set_screen(ui_t *ui, int w, int h);
void ui_set_theme(ui_t *ui, ui_theme_kind_t kind);
void ui_set_large_text(ui_t *ui, bool on); /* multiplies text sizes by 1.25 */
bool ui_large_text(const ui_t *ui);

/* Starts a frame at now_ms (monotonic; tests pass their own clock): applies
 * queued input (up to and including one release, so a quick tap lands in one
 * frame), advances scroll momentum, empties the draw list and registry. */
void ui_begin(ui_t *ui, int64_t now_ms);
/* Finishes the frame. Returns 0, or OVI_ENOMEM when the frame is incomplete. */
int ui_end(ui_t *ui);
/* The finished frame's commands; borrowed until the next ui_begin(). */
const draw_list_t *ui_draw_list(const ui_t *ui);
/* The list being built, for screens that draw custom shapes. Draw text
 * with ui_text() or the widgets, not draw_text(): only they register it (and
 * measure, wrap and report overflow). */
draw_list_t *ui_dl(ui_t *ui);
/* When the app should run the next frame: 0 now (input queued), a few ms
 * while something moves (momentum), -1 when nothing will change by itself. */
int ui_next_frame_ms(const ui_t *ui);
/* The idle reset: drops any press in progress, queued input and every
 * scroll position, so the next person starts fresh. */
void ui_reset(ui_t *ui);
uint64_t ui_frame_count(const ui_t *ui);

/* Lays the frame out right to left (Arabic, Persian, Hebrew...). Screens
 * are written once, left to right; in a right-to-left frame ui_end() mirrors
 * what was built (the draw list, the hit areas, the text records), so the
 * start of every row lands on the right, text aligned to its start sits on
 * the right, and a chevron drawn as "›" points left (bidi mirroring). Text,
 * photos and the keyboard's key order are not mirrored: the keyboard lays
 * its rows out pre-mirrored (ui_unmirror) so they keep the layout file's
 * order. Input arrives in screen pixels and the registry (ui_hits,
 * ui_find_hit) is in screen pixels after ui_end(). Set it before the frame's
 * first widget; it stays until changed. */
void ui_set_rtl(ui_t *ui, bool rtl);
bool ui_rtl(const ui_t *ui);
/* r where it lands on the screen: mirrored in a right-to-left frame. Its
 * own inverse: a widget that must keep screen order (the keyboard) places
 * ui_unmirror(r) so that the frame's mirroring puts it back at r. */
ui_rect_t ui_unmirror(const ui_t *ui, ui_rect_t r);

/* ---- Metrics ---------------------------------------------------------- */

#define UI_MIN_TARGET 72 /* dp: the smallest touch target (see above) */

ui_rect_t ui_screen(const ui_t *ui);
bool ui_portrait(const ui_t *ui);
/* A widget that reaches past the area its screen was given records where
 * (the keyboard tray on a narrow screen spans it edge to edge), so that
 * checks of "a screen draws inside its area" can allow it. Empty when
 * nothing did this frame. */
void ui_set_bleed(ui_t *ui, ui_rect_t r);
ui_rect_t ui_bleed(const ui_t *ui);
float ui_unit(const ui_t *ui); /* px per dp */
int ui_dp(const ui_t *ui, float dp);

/* A countdown a screen shows (the idle warning's last seconds): *on while
 * left > 0, *shown the seconds. Returns whether either changed (a new
 * frame is due). The reducers' one way to set one. */
bool ui_countdown(bool *on, int *shown, int left);
const ui_theme_t *ui_theme(const ui_t *ui);
int64_t ui_now(const ui_t *ui);

/* Type scale, in dp at 1080p (the design's sizes); large-text mode scales. */
typedef enum {
	UI_TS_DEFAULT, /* 0: the widget's default (body for text, label for buttons) */
	UI_TS_CAPTION, /* 20: fine print; nothing is smaller */
	UI_TS_SMALL,   /* 22: secondary lines, chips */
	UI_TS_BODY,    /* 26: paragraphs */
	UI_TS_LABEL,   /* 28: buttons, keys, list rows */
	UI_TS_NAME,    /* 30: names, card titles */
	UI_TS_SECTION, /* 34: section heads */
	UI_TS_TITLE,   /* 50: screen titles */
	UI_TS_CLOCK,   /* 76: the clock */
	UI_TS_COUNT
} ui_type_t;

int ui_font_px(const ui_t *ui, int size);	  /* pixel size of a role */
int ui_line_height(ui_t *ui, int font, int size); /* pixels per line */

/* ---- Input ------------------------------------------------------------ */

/* Pointer events in screen pixels (the platform has already normalised
 * fingers and mouse and undone the rotation). pointer identifies the finger;
 * only the first finger down is followed, others are ignored until it lifts.
 * Events queue between frames (a flood of taps drops the excess). */
#define UI_POINTER_MOUSE (-1)
void ui_pointer_down(ui_t *ui, int pointer, int x, int y, int64_t t_ms);
void ui_pointer_move(ui_t *ui, int pointer, int x, int y, int64_t t_ms);
void ui_pointer_up(ui_t *ui, int pointer, int x, int y, int64_t t_ms);
/* True while a finger or the mouse button is down. */
bool ui_pointer_held(const ui_t *ui);
/* Makes r swallow touches: nothing drawn before this call fires through it
 * (touch padding included). For modals and overlays: block the screen, then
 * draw the dialog's buttons. */
void ui_block_input(ui_t *ui, ui_rect_t r);

/* ---- Ids -------------------------------------------------------------- */

ui_id_t ui_id(ui_t *ui, const char *key);
ui_id_t ui_idi(ui_t *ui, const char *key, int64_t index);
void ui_push_id(ui_t *ui, ui_id_t id);
void ui_pop_id(ui_t *ui);

/* ---- Actions ---------------------------------------------------------- */

/* What a screen asks the app to do. Screens define their own kinds from
 * UI_ACT_USER on; the keyboard produces UI_ACT_KEY (see keyboard.h). */
enum { UI_ACT_NONE = 0, UI_ACT_KEY = 1, UI_ACT_USER = 100 };

typedef struct ui_action {
	int kind;
	int64_t arg;  /* a number: an index, a language slot, ... */
	char id[64];  /* a content id (session, topic, person) */
	int key;      /* UI_ACT_KEY: ui_key_t */
	char text[8]; /* UI_ACT_KEY: the UTF-8 the key types */
} ui_action_t;

/* Sets *out unless out is NULL or already holds an action (one press makes
 * one action; the first wins). id may be NULL. */
void ui_act(ui_action_t *out, int kind, int64_t arg, const char *id);

/* ---- Text ------------------------------------------------------------- */

enum { UI_ALIGN_START = 0, UI_ALIGN_CENTER, UI_ALIGN_END };

typedef struct ui_text_style {
	int font; /* UI_FONT_REGULAR or UI_FONT_BOLD */
	int size; /* a ui_type_t role; 0 is UI_TS_BODY */
	ui_color_t color;
	int align;     /* START: the left, or the right for right-to-left text in a
			* left-to-right frame; in a right-to-left frame the right */
	int valign;    /* START = top, CENTER, END = bottom of the rect */
	int max_lines; /* 0: as many as fit the rect's height (at least 1) */
} ui_text_style_t;

/* A style with the given font, size and colour, start-aligned, top, lines
 * as fit. For more, use designated initialisers:
 * (ui_text_style_t){.font = UI_FONT_BOLD, .size = UI_TS_NAME, .color = c, .max_lines = 1}. */
static inline ui_text_style_t ui_ts(int font, int size, ui_color_t color)
{
	return (ui_text_style_t){font, size, color, UI_ALIGN_START, UI_ALIGN_START, 0};
}

/* Draws s word-wrapped into r. Words longer than a line are broken with a
 * hyphen; text that needs more lines than allowed ends in "…" on the last
 * line and is reported (ui_overflows, and ellipsised in the registry): text
 * is never cut silently. Returns the box the lines take. */
ui_rect_t ui_text(ui_t *ui, ui_rect_t r, const char *s, ui_text_style_t st);
/* The height s takes wrapped at width w (max_lines honoured), without drawing. */
int ui_text_height(ui_t *ui, int w, const char *s, ui_text_style_t st);
/* One line's width in pixels. */
int ui_text_width(ui_t *ui, const char *s, int font, int size);
/* True when the first strong character of s is right-to-left. */
bool ui_text_rtl(const char *s);
/* The paragraph direction ui_text() gives s: its first strong character's,
 * or the frame's (ui_rtl) when it has none ("›", "12:00-14:00"). */
bool ui_text_dir_rtl(const ui_t *ui, const char *s);

/* ---- Registry --------------------------------------------------------- */

typedef struct ui_text_rec {
	ui_rect_t r;	  /* the box of its lines */
	ui_rect_t clip;	  /* the clip it was drawn in */
	const char *text; /* the whole text asked for */
	int font, px, lines;
	bool ellipsised; /* shortened with "…" */
	bool clipped;	 /* partly outside its clip */
	bool hidden;	 /* wholly outside its clip (e.g. scrolled away) */
	ui_id_t scroll;	 /* the scroll region it is in, or 0 */
} ui_text_rec_t;

typedef enum { UI_HIT_BUTTON = 1, UI_HIT_SCROLL, UI_HIT_BLOCK } ui_hit_kind_t;

typedef struct ui_hit {
	ui_id_t id;
	int kind;    /* ui_hit_kind_t */
	ui_rect_t r; /* the visual rect (touch padding comes on top) */
	ui_rect_t clip;
	const char *label;
	ui_id_t scroll; /* the scroll region it is in, or 0 */
	bool disabled;
} ui_hit_t;

/* The current frame's records (after ui_end(): the finished frame's);
 * borrowed until the next ui_begin(). */
const ui_text_rec_t *ui_texts(const ui_t *ui, int *n);
const ui_hit_t *ui_hits(const ui_t *ui, int *n);
/* Human-readable notes about text that did not fit. */
const char *const *ui_overflows(const ui_t *ui, int *n);
/* The first text equal to s, else the first containing it; NULL if none. */
const ui_text_rec_t *ui_find_text(const ui_t *ui, const char *s);
/* The centre of the first visible, enabled hit area labelled label, for
 * `tap "Label"`. Returns 0 or OVI_ENOTFOUND (with a message). */
int ui_find_hit(const ui_t *ui, const char *label, int *x, int *y);
/* Checks the frame: every text inside the screen, none ellipsised, none cut
 * by a clip outside a scroll region, no two enabled hit areas overlapping,
 * no id used twice, every hit at least min_target_dp on both sides (0 skips).
 * Adds one message per problem to out (if given); returns the count. */
int ui_lint(const ui_t *ui, int min_target_dp, errlist_t *out);

#endif
