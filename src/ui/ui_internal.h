/*
 * ui_internal: the context's insides, shared by the files of src/ui only.
 * Screens use ui.h, widgets.h and keyboard.h.
 */
#ifndef OVI_UI_INTERNAL_H
#define OVI_UI_INTERNAL_H

#include "ui/ui.h"

#define UI_QUEUE_MAX   64
#define UI_SCROLL_MAX  32
#define UI_SCROLL_NEST 4
#define UI_ID_NEST     16
#define UI_VEL_SAMPLES 8
#define UI_LH_CACHE    32
#define UI_TH_CACHE    4096

enum { EV_DOWN = 1, EV_MOVE, EV_UP };

typedef struct ui_event {
	int type, pointer, x, y;
	int64_t t;
} ui_event_t;

/* One frame's output: the draw list and the registry (strings live in the
 * draw list's arena). */
typedef struct ui_frame {
	draw_list_t dl;
	ui_hit_t *hits;
	int nhits, caphits;
	ui_text_rec_t *texts;
	int ntexts, captexts;
	const char **over;
	int nover, capover;
} ui_frame_t;

typedef struct ui_scroll_state {
	ui_id_t id;
	float offset, vel; /* px, px per ms (positive scrolls content up) */
	int max;	   /* largest offset, from the last frame's content */
	int view_h;
	uint64_t last_frame;
} ui_scroll_state_t;

struct ui {
	int w, h, next_w, next_h;
	float unit;
	bool large_text;
	const ui_theme_t *theme;
	ui_measure_fn measure;
	void *measure_ud;
	ui_image_fn image;
	void *image_ud;

	int64_t now, last_anim;
	uint64_t frame;
	ui_frame_t fr[2];
	int cur; /* fr[cur] is the frame being built (or the last built) */
	bool in_frame;
	bool rtl;	 /* ui_set_rtl(): the finished frame is mirrored */
	ui_rect_t bleed; /* ui_set_bleed(): drawn past its area this frame */

	/* input */
	ui_event_t q[UI_QUEUE_MAX];
	int qhead, qlen;
	int ptr;	       /* pointer holding the press */
	bool down;	       /* a press is in progress */
	int x, y;	       /* the pointer now */
	int px, py;	       /* where the press started */
	bool released;	       /* the press ended in this frame */
	int rx, ry;	       /* where it ended */
	ui_id_t active;	       /* the widget that owns the press, 0 if none */
	ui_id_t active_scroll; /* the scroll region the press may turn into a drag of */
	bool dragging;
	bool fired;	 /* the press has fired: it never fires again */
	int64_t t_down;	 /* when the press started (the event's time) */
	int64_t wake_at; /* a held press wants a frame at this time (0: none) */
	float drag_off;	 /* the scroll offset when the drag started */
	int64_t vt[UI_VEL_SAMPLES];
	int vy[UI_VEL_SAMPLES];
	int vn;

	ui_id_t ids[UI_ID_NEST];
	int nids;

	ui_scroll_state_t scroll[UI_SCROLL_MAX];
	struct {
		ui_id_t id;
		ui_rect_t r;
		int top; /* content y at offset 0 */
		ui_scroll_state_t *st;
	} sstack[UI_SCROLL_NEST];
	int nscroll;

	struct {
		int font, px, h;
	} lh[UI_LH_CACHE];
	int nlh;
	/* ui_text_height()'s answers (text.c): a long list measures the same
	 * texts at the same widths every frame. Keyed by a hash of the text,
	 * font, pixel size, width and line limit; 0 is empty. */
	struct {
		uint64_t key;
		int h;
	} th[UI_TH_CACHE];
};

static inline ui_frame_t *ui_cur(ui_t *ui)
{
	return &ui->fr[ui->cur];
}

static inline const ui_frame_t *ui_prev(const ui_t *ui)
{
	return &ui->fr[!ui->cur];
}

/* Registry (registry.c). */
void ui_reg_hit(ui_t *ui, ui_id_t id, int kind, ui_rect_t r, const char *label, bool disabled);
void ui_reg_text(ui_t *ui, ui_rect_t box, const char *text, int font, int px, int lines,
		 bool ellipsised);
void ui_reg_overflow(ui_t *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ui_frame_clear(ui_frame_t *f);
void ui_frame_free(ui_frame_t *f);

/* Scrolling (scroll.c). */
ui_scroll_state_t *ui_scroll_state(ui_t *ui, ui_id_t id, bool create);
void ui_scroll_animate(ui_t *ui);
bool ui_scroll_moving(const ui_t *ui);
ui_id_t ui_scroll_current(const ui_t *ui);

/* ui_text() that also reports where the last line ends (for a caret). */
ui_rect_t ui_text_ex(ui_t *ui, ui_rect_t r, const char *s, ui_text_style_t st, int *end_x,
		     int *end_y);

/* The padding around hit areas that still counts as a touch. */
int ui_touch_pad(const ui_t *ui);
/* The measure callback, never failing: errors count as an empty box. */
void ui_measure(ui_t *ui, int font, int px, const char *s, int *w, int *h);

#endif
