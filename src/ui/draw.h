/*
 * draw: the draw list, the only thing the UI hands to the platform.
 *
 * A frame of the kiosk is a flat list of commands in painting order: filled
 * rounded rects, rounded outlines, circles, text runs, images and clip
 * changes. The UI core never draws; the platform's renderer interprets the
 * list (src/platform/), tests read it.
 *
 * Every string given to draw_text() or draw_image() is copied into the list's
 * own arena, so a list outlives the view struct it was built from and stays
 * valid until draw_list_reset() or draw_list_free().
 *
 * Clip commands carry the effective clip rect (already intersected with the
 * enclosing clips), so a renderer can apply each one as it comes without a
 * stack of its own.
 *
 * Running out of memory while building a list drops the command and sets
 * list->oom; the frame is then incomplete and ui_end() reports OVI_ENOMEM.
 */
#ifndef OVI_UI_DRAW_H
#define OVI_UI_DRAW_H

#include <stdbool.h>
#include <stdint.h>

#include "core/mem.h"

typedef struct ui_rect {
	int x, y, w, h;
} ui_rect_t;

typedef struct ui_color {
	uint8_t r, g, b, a;
} ui_color_t;

/* 0xRRGGBB -> opaque colour. */
static inline ui_color_t ui_rgb(uint32_t rgb)
{
	return (ui_color_t){(uint8_t)(rgb >> 16), (uint8_t)(rgb >> 8), (uint8_t)rgb, 255};
}

static inline ui_color_t ui_alpha(ui_color_t c, uint8_t a)
{
	c.a = a;
	return c;
}

/* Font roles. The platform maps each to a face plus fallbacks per code point. */
enum { UI_FONT_REGULAR = 0, UI_FONT_BOLD = 1, UI_FONT_COUNT };

typedef enum {
	DRAW_RECT = 1,	/* filled rect r, corner radius, colour */
	DRAW_OUTLINE,	/* rounded outline inside r: radius, thickness */
	DRAW_CIRCLE,	/* filled circle inscribed in the square r */
	DRAW_TEXT,	/* one line of text; r is its measured box */
	DRAW_IMAGE,	/* image str scaled to cover r */
	DRAW_CLIP_PUSH, /* r is the effective clip from now on */
	DRAW_CLIP_POP	/* r is the clip to restore; flags & DRAW_CLIP_NONE: none */
} draw_kind_t;

enum {
	DRAW_TEXT_RTL = 1 << 0,	       /* text: the line's base direction is right-to-left */
	DRAW_IMG_ROUND = 1 << 1,       /* image: masked to the circle inscribed in r */
	DRAW_IMG_PLACEHOLDER = 1 << 2, /* image: if it cannot be shown, fill with colour */
	DRAW_CLIP_NONE = 1 << 3	       /* clip pop: back to the whole screen */
};

typedef struct draw_cmd {
	uint8_t kind;	    /* draw_kind_t */
	uint8_t font;	    /* text: UI_FONT_* */
	uint8_t flags;	    /* DRAW_* flags */
	uint16_t px;	    /* text: pixel size */
	uint16_t radius;    /* rect, outline: corner radius in pixels */
	uint16_t thickness; /* outline: line width in pixels */
	ui_rect_t r;
	ui_color_t color; /* image: the placeholder colour */
	const char *str;  /* text (UTF-8) or image path; in the list's arena */
} draw_cmd_t;

#define DRAW_CLIP_MAX 16

typedef struct draw_list {
	draw_cmd_t *cmd;
	int n, cap;
	arena_t *arena;
	ui_rect_t screen;	       /* the whole drawable area */
	ui_rect_t clip[DRAW_CLIP_MAX]; /* effective clips, clip[depth-1] is current */
	int depth;
	bool oom;
} draw_list_t;

/* Prepares an empty list for a screen of w x h pixels. Returns 0 or
 * OVI_ENOMEM. A zeroed struct is a valid argument to draw_list_free(). */
int draw_list_init(draw_list_t *dl, int w, int h);
/* Empties the list (dropping its strings) for a new frame of w x h. */
int draw_list_reset(draw_list_t *dl, int w, int h);
void draw_list_free(draw_list_t *dl); /* accepts a zeroed list */

/* Copies s into the list's arena; NULL (and oom set) when out of memory.
 * Lives as long as the list's current frame. */
const char *draw_strdup(draw_list_t *dl, const char *s);

void draw_rect(draw_list_t *dl, ui_rect_t r, int radius, ui_color_t c);
void draw_outline(draw_list_t *dl, ui_rect_t r, int radius, int thickness, ui_color_t c);
void draw_circle(draw_list_t *dl, int cx, int cy, int radius, ui_color_t c);
/* One line of text with its top-left at (x, y) and its measured size w x h. */
void draw_text(draw_list_t *dl, int x, int y, int w, int h, int font, int px, ui_color_t c,
	       const char *s, int flags);
/* path is an asset or photo path the platform resolves; placeholder is the
 * colour drawn when DRAW_IMG_PLACEHOLDER is set and the image fails. */
void draw_image(draw_list_t *dl, ui_rect_t r, const char *path, int flags, ui_color_t placeholder);
/* Narrows the clip to r (intersected with the current clip). Nested at most
 * DRAW_CLIP_MAX deep; unbalanced push/pop is a programmer error (asserts). */
void draw_clip_push(draw_list_t *dl, ui_rect_t r);
void draw_clip_pop(draw_list_t *dl);
/* The current effective clip (the screen when no clip is pushed). */
ui_rect_t draw_clip(const draw_list_t *dl);

/* Rect helpers. */
ui_rect_t ui_rect_intersect(ui_rect_t a, ui_rect_t b); /* w or h 0 when disjoint */
bool ui_rect_contains(ui_rect_t r, int x, int y);
bool ui_rect_inside(ui_rect_t inner, ui_rect_t outer); /* inner wholly in outer */
bool ui_rect_overlaps(ui_rect_t a, ui_rect_t b);       /* share some area */
bool ui_rect_empty(ui_rect_t r);

#endif
