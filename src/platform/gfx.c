/*
 * The draw-list renderer. Rounded rects, outlines and circles are drawn with
 * antialiased edges from small cached textures (a disc or a ring of the
 * corner's radius, white with coverage in alpha, tinted at draw time): the
 * four corners are the disc's quadrants, the straight parts plain fills that
 * never overlap, so translucent colours have no seams. This works the same on
 * the GPU renderers and on the software renderer the tests use.
 */
#include "platform/plat_internal.h"

#include "core/err.h"
#include "core/log.h"
#include "core/mem.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include <string.h>

enum { SHAPE_DISC, SHAPE_RING };

static int lib_refs;

int plat_libs_acquire(void)
{
	if (lib_refs++ > 0)
		return 0;
	if (!TTF_WasInit() && TTF_Init() < 0) {
		lib_refs = 0;
		return err_set(OVI_ERR, "cannot start the font library: %s", TTF_GetError());
	}
	int want = IMG_INIT_PNG | IMG_INIT_JPG;
	if ((IMG_Init(want) & want) != want)
		log_warn("image library: %s", IMG_GetError());
	return 0;
}

void plat_libs_release(void)
{
	if (lib_refs <= 0 || --lib_refs > 0)
		return;
	IMG_Quit();
	TTF_Quit();
}

int gfx_new(plat_gfx_t **out, SDL_Renderer *r)
{
	*out = NULL;
	int rc = plat_libs_acquire();
	if (rc < 0)
		return rc;
	plat_gfx_t *g = ovi_calloc(1, sizeof *g);
	if (!g) {
		plat_libs_release();
		return err_set(OVI_ENOMEM, "out of memory for the renderer");
	}
	g->r = r;
	if ((rc = font_new(&g->text)) < 0 || (rc = img_new(&g->img)) < 0) {
		gfx_free(g);
		return rc;
	}
	*out = g;
	return 0;
}

void gfx_drop_textures(plat_gfx_t *g)
{
	for (int i = 0; i < GFX_SHAPES; i++) {
		if (g->shape[i].tex)
			SDL_DestroyTexture(g->shape[i].tex);
		memset(&g->shape[i], 0, sizeof g->shape[i]);
	}
	font_drop_textures(g->text);
	img_drop_textures(g->img);
}

void gfx_free(plat_gfx_t *g)
{
	if (!g)
		return;
	gfx_drop_textures(g);
	font_free(g->text);
	img_free(g->img);
	ovi_free(g);
	plat_libs_release();
}

int plat_gfx_set_image_root(plat_gfx_t *g, const char *root)
{
	return img_set_root(g->img, root);
}

int plat_measure(void *ud, int font, int px, const char *s, int *w, int *h)
{
	return font_measure(((plat_gfx_t *)ud)->text, font, px, s, w, h);
}

int plat_image_probe(void *ud, const char *path, int *w, int *h)
{
	return img_probe(((plat_gfx_t *)ud)->img, path, w, h);
}

void plat_gfx_attach(plat_gfx_t *g, ui_t *ui)
{
	ui_set_measure(ui, plat_measure, g);
	ui_set_image_probe(ui, plat_image_probe, g);
}

/* Coverage of a disc (or a ring of width thick) of radius rad, sampled 4x4
 * where the edge crosses a pixel. */
static uint8_t coverage(float dx, float dy, float rad, float inner)
{
	float d2 = dx * dx + dy * dy, lo = rad - 1, hi = rad + 1;
	if (d2 >= hi * hi || (inner > 0 && d2 <= (inner - 1) * (inner - 1)))
		return 0;
	if (d2 <= lo * lo && (inner <= 0 || d2 >= (inner + 1) * (inner + 1)))
		return 255;
	int n = 0;
	for (int k = 0; k < 16; k++) {
		float sx = dx - 0.5f + ((float)(k & 3) + 0.5f) / 4;
		float sy = dy - 0.5f + ((float)(k >> 2) + 0.5f) / 4;
		float s2 = sx * sx + sy * sy;
		n += s2 <= rad * rad && (inner <= 0 || s2 >= inner * inner);
	}
	return (uint8_t)(n * 255 / 16);
}

static SDL_Texture *shape(plat_gfx_t *g, int kind, int radius, int thick)
{
	int lru = 0;
	for (int i = 0; i < GFX_SHAPES; i++) {
		if (g->shape[i].tex && g->shape[i].kind == kind && g->shape[i].radius == radius &&
		    g->shape[i].thick == thick) {
			g->shape[i].used = ++g->tick;
			return g->shape[i].tex;
		}
		if (!g->shape[i].tex ||
		    (g->shape[lru].tex && g->shape[i].used < g->shape[lru].used))
			lru = i;
	}
	int d = 2 * radius;
	SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, d, d, 32, SDL_PIXELFORMAT_ARGB8888);
	if (!s)
		return NULL;
	float inner = kind == SHAPE_RING ? (float)(radius - thick) : 0;
	for (int y = 0; y < d; y++) {
		uint32_t *row = (uint32_t *)((uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch);
		for (int x = 0; x < d; x++) {
			uint8_t a = coverage((float)x + 0.5f - (float)radius,
					     (float)y + 0.5f - (float)radius, (float)radius, inner);
			row[x] = (uint32_t)a << 24 | 0xFFFFFF;
		}
	}
	SDL_Texture *t = SDL_CreateTextureFromSurface(g->r, s);
	SDL_FreeSurface(s);
	if (!t)
		return NULL;
	SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
	if (g->shape[lru].tex)
		SDL_DestroyTexture(g->shape[lru].tex);
	g->shape[lru].kind = kind;
	g->shape[lru].radius = radius;
	g->shape[lru].thick = thick;
	g->shape[lru].tex = t;
	g->shape[lru].used = ++g->tick;
	return t;
}

static void set_color(plat_gfx_t *g, ui_color_t c)
{
	SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
	SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
}

static void fill(plat_gfx_t *g, int x, int y, int w, int h)
{
	if (w > 0 && h > 0)
		SDL_RenderFillRect(g->r, &(SDL_Rect){x, y, w, h});
}

static void tint(SDL_Texture *t, ui_color_t c)
{
	SDL_SetTextureColorMod(t, c.r, c.g, c.b);
	SDL_SetTextureAlphaMod(t, c.a);
}

static void corners(plat_gfx_t *g, SDL_Texture *t, ui_rect_t r, int rad)
{
	SDL_RenderCopy(g->r, t, &(SDL_Rect){0, 0, rad, rad}, &(SDL_Rect){r.x, r.y, rad, rad});
	SDL_RenderCopy(g->r, t, &(SDL_Rect){rad, 0, rad, rad},
		       &(SDL_Rect){r.x + r.w - rad, r.y, rad, rad});
	SDL_RenderCopy(g->r, t, &(SDL_Rect){0, rad, rad, rad},
		       &(SDL_Rect){r.x, r.y + r.h - rad, rad, rad});
	SDL_RenderCopy(g->r, t, &(SDL_Rect){rad, rad, rad, rad},
		       &(SDL_Rect){r.x + r.w - rad, r.y + r.h - rad, rad, rad});
}

static int clamp_radius(ui_rect_t r, int rad)
{
	int m = (r.w < r.h ? r.w : r.h) / 2;
	rad = rad < m ? rad : m;
	return rad > 1024 ? 1024 : rad;
}

static void rrect(plat_gfx_t *g, ui_rect_t r, int rad, ui_color_t c)
{
	rad = clamp_radius(r, rad);
	SDL_Texture *t = rad > 0 ? shape(g, SHAPE_DISC, rad, 0) : NULL;
	set_color(g, c);
	if (!t) {
		fill(g, r.x, r.y, r.w, r.h);
		return;
	}
	tint(t, c);
	corners(g, t, r, rad);
	fill(g, r.x + rad, r.y, r.w - 2 * rad, r.h);
	fill(g, r.x, r.y + rad, rad, r.h - 2 * rad);
	fill(g, r.x + r.w - rad, r.y + rad, rad, r.h - 2 * rad);
}

static void outline(plat_gfx_t *g, ui_rect_t r, int rad, int th, ui_color_t c)
{
	int m = (r.w < r.h ? r.w : r.h) / 2;
	th = th < m ? th : m;
	rad = clamp_radius(r, rad);
	if (rad > 0 && rad < th)
		rad = th;
	SDL_Texture *t = rad > 0 ? shape(g, SHAPE_RING, rad, th) : NULL;
	set_color(g, c);
	if (!t) {
		fill(g, r.x, r.y, r.w, th);
		fill(g, r.x, r.y + r.h - th, r.w, th);
		fill(g, r.x, r.y + th, th, r.h - 2 * th);
		fill(g, r.x + r.w - th, r.y + th, th, r.h - 2 * th);
		return;
	}
	tint(t, c);
	corners(g, t, r, rad);
	fill(g, r.x + rad, r.y, r.w - 2 * rad, th);
	fill(g, r.x + rad, r.y + r.h - th, r.w - 2 * rad, th);
	fill(g, r.x, r.y + rad, th, r.h - 2 * rad);
	fill(g, r.x + r.w - th, r.y + rad, th, r.h - 2 * rad);
}

static void circle(plat_gfx_t *g, ui_rect_t r, ui_color_t c)
{
	int rad = clamp_radius(r, r.w / 2);
	SDL_Texture *t = rad > 0 ? shape(g, SHAPE_DISC, rad, 0) : NULL;
	if (!t)
		return;
	tint(t, c);
	SDL_RenderCopy(g->r, t, NULL, &(SDL_Rect){r.x, r.y, 2 * rad, 2 * rad});
}

static void text(plat_gfx_t *g, const draw_cmd_t *d)
{
	int w, h, oy;
	SDL_Texture *t = font_texture(g->text, g->r, d->font, d->px, d->str,
				      d->flags & DRAW_TEXT_RTL, &w, &h, &oy);
	if (!t)
		return;
	tint(t, d->color);
	SDL_RenderCopy(g->r, t, NULL, &(SDL_Rect){d->r.x, d->r.y + oy, w, h});
}

static void image(plat_gfx_t *g, const draw_cmd_t *d)
{
	bool round = d->flags & DRAW_IMG_ROUND;
	SDL_Texture *t = img_texture(g->img, g->r, d->str, d->r.w, d->r.h, round);
	if (t) {
		SDL_RenderCopy(g->r, t, NULL, &(SDL_Rect){d->r.x, d->r.y, d->r.w, d->r.h});
		return;
	}
	if (!(d->flags & DRAW_IMG_PLACEHOLDER))
		return;
	if (round)
		circle(g, d->r, d->color);
	else
		rrect(g, d->r, 0, d->color);
}

int plat_gfx_render(plat_gfx_t *g, const draw_list_t *dl, ui_color_t clear)
{
	font_frame(g->text);
	SDL_RenderSetClipRect(g->r, NULL);
	SDL_SetRenderDrawBlendMode(g->r, SDL_BLENDMODE_NONE);
	SDL_SetRenderDrawColor(g->r, clear.r, clear.g, clear.b, 255);
	SDL_RenderClear(g->r);
	bool hidden = false; /* SDL treats an empty clip rect as no clip at all */
	for (int i = 0; i < dl->n; i++) {
		const draw_cmd_t *d = &dl->cmd[i];
		if (d->kind == DRAW_CLIP_PUSH || d->kind == DRAW_CLIP_POP) {
			bool none = d->kind == DRAW_CLIP_POP && (d->flags & DRAW_CLIP_NONE);
			hidden = !none && ui_rect_empty(d->r);
			SDL_RenderSetClipRect(
				g->r, none || hidden ? NULL
						     : &(SDL_Rect){d->r.x, d->r.y, d->r.w, d->r.h});
			continue;
		}
		if (hidden)
			continue;
		switch (d->kind) {
		case DRAW_RECT:
			rrect(g, d->r, d->radius, d->color);
			break;
		case DRAW_OUTLINE:
			outline(g, d->r, d->radius, d->thickness, d->color);
			break;
		case DRAW_CIRCLE:
			circle(g, d->r, d->color);
			break;
		case DRAW_TEXT:
			text(g, d);
			break;
		case DRAW_IMAGE:
			image(g, d);
			break;
		}
	}
	SDL_RenderSetClipRect(g->r, NULL);
	return 0;
}
