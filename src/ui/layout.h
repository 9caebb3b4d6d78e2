/*
 * layout: rect-cut layout helpers (plain arithmetic on ui_rect_t).
 *
 * Screens lay out by cutting pieces off a rect that shrinks as they go:
 *
 *	ui_rect_t r = ui_inset(ui_screen(ui), pad);
 *	ui_rect_t header = ui_cut_top(&r, ui_dp(ui, 120));
 *	ui_rect_t nav = ui_cut_bottom(&r, ui_dp(ui, 128));
 *	ui_rect_t side = ui_cut_right(&r, r.w / 3);   (r is now the main area)
 *
 * Cuts never produce negative sizes: cutting more than there is takes all.
 */
#ifndef OVI_UI_LAYOUT_H
#define OVI_UI_LAYOUT_H

#include "ui/draw.h"

static inline int ui_clampi(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static inline ui_rect_t ui_inset(ui_rect_t r, int d)
{
	int dx = ui_clampi(d, -1000000, r.w / 2), dy = ui_clampi(d, -1000000, r.h / 2);
	return (ui_rect_t){r.x + dx, r.y + dy, r.w - 2 * dx, r.h - 2 * dy};
}

static inline ui_rect_t ui_inset_xy(ui_rect_t r, int dx, int dy)
{
	dx = ui_clampi(dx, -1000000, r.w / 2);
	dy = ui_clampi(dy, -1000000, r.h / 2);
	return (ui_rect_t){r.x + dx, r.y + dy, r.w - 2 * dx, r.h - 2 * dy};
}

static inline ui_rect_t ui_cut_top(ui_rect_t *r, int h)
{
	h = ui_clampi(h, 0, r->h);
	ui_rect_t c = {r->x, r->y, r->w, h};
	r->y += h;
	r->h -= h;
	return c;
}

static inline ui_rect_t ui_cut_bottom(ui_rect_t *r, int h)
{
	h = ui_clampi(h, 0, r->h);
	r->h -= h;
	return (ui_rect_t){r->x, r->y + r->h, r->w, h};
}

static inline ui_rect_t ui_cut_left(ui_rect_t *r, int w)
{
	w = ui_clampi(w, 0, r->w);
	ui_rect_t c = {r->x, r->y, w, r->h};
	r->x += w;
	r->w -= w;
	return c;
}

static inline ui_rect_t ui_cut_right(ui_rect_t *r, int w)
{
	w = ui_clampi(w, 0, r->w);
	r->w -= w;
	return (ui_rect_t){r->x + r->w, r->y, w, r->h};
}

/* Column i of n equal columns of r with gap between them. */
static inline ui_rect_t ui_col(ui_rect_t r, int i, int n, int gap)
{
	int w = (r.w - gap * (n - 1)) / n;
	return (ui_rect_t){r.x + i * (w + gap), r.y, w, r.h};
}

/* Row i of n equal rows of r with gap between them. */
static inline ui_rect_t ui_row(ui_rect_t r, int i, int n, int gap)
{
	int h = (r.h - gap * (n - 1)) / n;
	return (ui_rect_t){r.x, r.y + i * (h + gap), r.w, h};
}

/* A w x h rect centred in r. */
static inline ui_rect_t ui_center(ui_rect_t r, int w, int h)
{
	return (ui_rect_t){r.x + (r.w - w) / 2, r.y + (r.h - h) / 2, w, h};
}

/*
 * Flow: places items left to right, wrapping to a new row when one does not
 * fit (chips, tags, language buttons).
 */
typedef struct ui_flow {
	ui_rect_t area;
	int x, y, row_h, gap;
} ui_flow_t;

static inline ui_flow_t ui_flow(ui_rect_t area, int gap)
{
	return (ui_flow_t){area, area.x, area.y, 0, gap};
}

/* The next w x h slot (w is clamped to the area's width). */
static inline ui_rect_t ui_flow_next(ui_flow_t *f, int w, int h)
{
	if (w > f->area.w)
		w = f->area.w;
	if (f->x > f->area.x && f->x + w > f->area.x + f->area.w) {
		f->x = f->area.x;
		f->y += f->row_h + f->gap;
		f->row_h = 0;
	}
	ui_rect_t r = {f->x, f->y, w, h};
	f->x += w + f->gap;
	if (h > f->row_h)
		f->row_h = h;
	return r;
}

/* The height used so far. */
static inline int ui_flow_height(const ui_flow_t *f)
{
	return f->y + f->row_h - f->area.y;
}

#endif
