/*
 * Headless rendering: SDL's software renderer on a memory surface. Needs no
 * display and no video driver (tests run with SDL_VIDEODRIVER=dummy anyway),
 * and draws exactly what the kiosk draws, for screenshots people look at.
 */
#include "platform/plat_internal.h"

#include "core/err.h"
#include "core/mem.h"

#include <SDL.h>
#include <SDL_image.h>

struct plat_headless {
	SDL_Surface *surf;
	SDL_Renderer *r;
	plat_gfx_t *gfx;
};

int plat_headless_open(plat_headless_t **out, int w, int h)
{
	*out = NULL;
	if (w <= 0 || h <= 0 || w > 8192 || h > 8192)
		return err_set(OVI_EUSAGE, "headless size %dx%d out of range", w, h);
	plat_headless_t *hl = ovi_calloc(1, sizeof *hl);
	if (!hl)
		return err_set(OVI_ENOMEM, "out of memory");
	int rc = 0;
	hl->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
	hl->r = hl->surf ? SDL_CreateSoftwareRenderer(hl->surf) : NULL;
	if (!hl->r)
		rc = err_set(OVI_ERR, "software renderer %dx%d: %s", w, h, SDL_GetError());
	else
		rc = gfx_new(&hl->gfx, hl->r);
	if (rc < 0) {
		plat_headless_close(hl);
		return rc;
	}
	*out = hl;
	return 0;
}

void plat_headless_close(plat_headless_t *hl)
{
	if (!hl)
		return;
	gfx_free(hl->gfx); /* before the renderer: it owns textures */
	if (hl->r)
		SDL_DestroyRenderer(hl->r);
	if (hl->surf)
		SDL_FreeSurface(hl->surf);
	ovi_free(hl);
}

plat_gfx_t *plat_headless_gfx(plat_headless_t *hl)
{
	return hl->gfx;
}

void plat_headless_attach(plat_headless_t *hl, ui_t *ui)
{
	plat_gfx_attach(hl->gfx, ui);
	ui_set_screen(ui, hl->surf->w, hl->surf->h);
}

int plat_headless_render(plat_headless_t *hl, const draw_list_t *dl)
{
	int rc = plat_gfx_render(hl->gfx, dl, (ui_color_t){0, 0, 0, 255});
	SDL_RenderPresent(hl->r);
	return rc;
}

unsigned plat_headless_pixel(plat_headless_t *hl, int x, int y)
{
	SDL_Surface *s = hl->surf;
	if (x < 0 || y < 0 || x >= s->w || y >= s->h)
		return 0;
	uint32_t p = ((uint32_t *)((uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch))[x];
	return p & 0xFFFFFF;
}

int plat_headless_save_png(plat_headless_t *hl, const char *path)
{
	if (IMG_SavePNG(hl->surf, path) < 0)
		return err_set(OVI_ERR, "cannot save %s: %s", path, IMG_GetError());
	return 0;
}
