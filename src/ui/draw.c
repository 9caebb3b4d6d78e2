#include "ui/draw.h"

#include "core/err.h"

#include <assert.h>
#include <string.h>

int draw_list_init(draw_list_t *dl, int w, int h)
{
	memset(dl, 0, sizeof *dl);
	return draw_list_reset(dl, w, h);
}

int draw_list_reset(draw_list_t *dl, int w, int h)
{
	/* The arena has no reset: a fresh one per frame costs one 64 KiB malloc. */
	arena_free(dl->arena);
	dl->arena = arena_new();
	dl->n = 0;
	dl->depth = 0;
	dl->screen = (ui_rect_t){0, 0, w, h};
	dl->oom = dl->arena == NULL;
	if (dl->oom)
		return err_set(OVI_ENOMEM, "out of memory for the draw list");
	return 0;
}

void draw_list_free(draw_list_t *dl)
{
	if (!dl)
		return;
	arena_free(dl->arena);
	ovi_free(dl->cmd);
	memset(dl, 0, sizeof *dl);
}

const char *draw_strdup(draw_list_t *dl, const char *s)
{
	char *d = dl->arena ? arena_strdup(dl->arena, s ? s : "") : NULL;
	if (!d)
		dl->oom = true;
	return d;
}

static draw_cmd_t *push(draw_list_t *dl, draw_kind_t kind)
{
	if (dl->n == dl->cap) {
		int cap = dl->cap ? dl->cap * 2 : 256;
		draw_cmd_t *c = ovi_realloc(dl->cmd, (size_t)cap * sizeof *c);
		if (!c) {
			dl->oom = true;
			return NULL;
		}
		dl->cmd = c;
		dl->cap = cap;
	}
	draw_cmd_t *c = &dl->cmd[dl->n++];
	memset(c, 0, sizeof *c);
	c->kind = (uint8_t)kind;
	return c;
}

static uint16_t u16(int v)
{
	return (uint16_t)(v < 0 ? 0 : v > 65535 ? 65535 : v);
}

/* Commands wholly outside the current clip are dropped: they cannot show. */
static bool visible(const draw_list_t *dl, ui_rect_t r)
{
	return !ui_rect_empty(ui_rect_intersect(r, draw_clip(dl)));
}

void draw_rect(draw_list_t *dl, ui_rect_t r, int radius, ui_color_t c)
{
	if (c.a == 0 || !visible(dl, r))
		return;
	draw_cmd_t *d = push(dl, DRAW_RECT);
	if (!d)
		return;
	d->r = r;
	d->radius = u16(radius);
	d->color = c;
}

void draw_outline(draw_list_t *dl, ui_rect_t r, int radius, int thickness, ui_color_t c)
{
	if (c.a == 0 || thickness <= 0 || !visible(dl, r))
		return;
	draw_cmd_t *d = push(dl, DRAW_OUTLINE);
	if (!d)
		return;
	d->r = r;
	d->radius = u16(radius);
	d->thickness = u16(thickness);
	d->color = c;
}

void draw_circle(draw_list_t *dl, int cx, int cy, int radius, ui_color_t c)
{
	ui_rect_t r = {cx - radius, cy - radius, 2 * radius, 2 * radius};
	if (c.a == 0 || radius <= 0 || !visible(dl, r))
		return;
	draw_cmd_t *d = push(dl, DRAW_CIRCLE);
	if (!d)
		return;
	d->r = r;
	d->radius = u16(radius);
	d->color = c;
}

void draw_text(draw_list_t *dl, int x, int y, int w, int h, int font, int px, ui_color_t c,
	       const char *s, int flags)
{
	ui_rect_t r = {x, y, w, h};
	if (!s || !*s || c.a == 0 || !visible(dl, r))
		return;
	const char *copy = draw_strdup(dl, s);
	if (!copy)
		return;
	draw_cmd_t *d = push(dl, DRAW_TEXT);
	if (!d)
		return;
	d->r = r;
	d->font = (uint8_t)font;
	d->px = u16(px);
	d->color = c;
	d->flags = (uint8_t)flags;
	d->str = copy;
}

void draw_image(draw_list_t *dl, ui_rect_t r, const char *path, int flags, ui_color_t placeholder)
{
	if (!visible(dl, r))
		return;
	const char *copy = draw_strdup(dl, path ? path : "");
	if (!copy)
		return;
	draw_cmd_t *d = push(dl, DRAW_IMAGE);
	if (!d)
		return;
	d->r = r;
	d->flags = (uint8_t)flags;
	d->color = placeholder;
	d->str = copy;
}

ui_rect_t draw_clip(const draw_list_t *dl)
{
	return dl->depth ? dl->clip[dl->depth - 1] : dl->screen;
}

void draw_clip_push(draw_list_t *dl, ui_rect_t r)
{
	assert(dl->depth < DRAW_CLIP_MAX && "clip stack overflow");
	if (dl->depth >= DRAW_CLIP_MAX)
		return;
	ui_rect_t eff = ui_rect_intersect(r, draw_clip(dl));
	dl->clip[dl->depth++] = eff;
	draw_cmd_t *d = push(dl, DRAW_CLIP_PUSH);
	if (d)
		d->r = eff;
}

void draw_clip_pop(draw_list_t *dl)
{
	assert(dl->depth > 0 && "clip pop without push");
	if (dl->depth <= 0)
		return;
	dl->depth--;
	draw_cmd_t *d = push(dl, DRAW_CLIP_POP);
	if (!d)
		return;
	d->r = draw_clip(dl);
	if (!dl->depth)
		d->flags = DRAW_CLIP_NONE;
}

ui_rect_t ui_rect_intersect(ui_rect_t a, ui_rect_t b)
{
	int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
	int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
	int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
	if (x1 <= x0 || y1 <= y0)
		return (ui_rect_t){x0, y0, 0, 0};
	return (ui_rect_t){x0, y0, x1 - x0, y1 - y0};
}

bool ui_rect_contains(ui_rect_t r, int x, int y)
{
	return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

bool ui_rect_inside(ui_rect_t in, ui_rect_t out)
{
	return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w &&
	       in.y + in.h <= out.y + out.h;
}

bool ui_rect_overlaps(ui_rect_t a, ui_rect_t b)
{
	return !ui_rect_empty(ui_rect_intersect(a, b));
}

bool ui_rect_empty(ui_rect_t r)
{
	return r.w <= 0 || r.h <= 0;
}
