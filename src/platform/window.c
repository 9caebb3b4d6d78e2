/*
 * The window: fullscreen on the kiosk, a resizable window on a laptop. With a
 * rotation, the UI draws into a target texture of the rotated (logical) size,
 * which is then turned onto the output with SDL_RenderCopyEx; input is
 * rotated back the same way (plat_rotate_point), once, here.
 */
#include "platform/plat_internal.h"
#include "platform/window_internal.h"

#include "core/err.h"
#include "core/log.h"
#include "core/mem.h"

#include <SDL.h>

#include <string.h>

void plat_rotate_point(int rot, int pw, int ph, float px, float py, int *lx, int *ly)
{
	float x = px, y = py;
	int w = pw, h = ph;
	switch (rot) {
	case 90:
		x = py;
		y = (float)pw - px;
		w = ph;
		h = pw;
		break;
	case 180:
		x = (float)pw - px;
		y = (float)ph - py;
		break;
	case 270:
		x = (float)ph - py;
		y = px;
		w = ph;
		h = pw;
		break;
	}
	int ix = (int)x, iy = (int)y;
	*lx = ix < 0 ? 0 : ix >= w ? w - 1 : ix;
	*ly = iy < 0 ? 0 : iy >= h ? h - 1 : iy;
}

/* Re-reads the output size; recreates the rotation target when needed.
 * Returns true when the logical size changed. */
bool window_update_size(plat_window_t *w)
{
	int pw = 0, ph = 0;
	if (SDL_GetRendererOutputSize(w->r, &pw, &ph) < 0 || pw <= 0 || ph <= 0)
		SDL_GetWindowSize(w->win, &pw, &ph);
	int lw = w->rotation % 180 ? ph : pw, lh = w->rotation % 180 ? pw : ph;
	bool changed = lw != w->lw || lh != w->lh;
	w->pw = pw;
	w->ph = ph;
	w->lw = lw;
	w->lh = lh;
	if (w->rotation && (changed || !w->target)) {
		if (w->target)
			SDL_DestroyTexture(w->target);
		w->target = SDL_CreateTexture(w->r, SDL_PIXELFORMAT_ARGB8888,
					      SDL_TEXTUREACCESS_TARGET, lw, lh);
		if (!w->target)
			log_error("rotation target %dx%d: %s; drawing unrotated", lw, lh,
				  SDL_GetError());
	}
	return changed;
}

static bool driver_blocks(const char *d)
{
	/* Drivers that implement a real blocking wait in SDL 2.26. */
	static const char *const yes[] = {"x11", "wayland", "windows", "cocoa"};
	for (size_t i = 0; d && i < sizeof yes / sizeof yes[0]; i++)
		if (strcmp(d, yes[i]) == 0)
			return true;
	return false;
}

int plat_window_open(plat_window_t **out, const plat_window_opts_t *o)
{
	*out = NULL;
	int rot = o->rotation;
	if (rot != 0 && rot != 90 && rot != 180 && rot != 270)
		return err_set(OVI_EUSAGE, "rotation %d: use 0, 90, 180 or 270", rot);
	/* Touch comes as touch; the mouse is for development only, and the
	 * mouse events SDL would synthesise from touch are not wanted. */
	SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
	SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
	SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
	SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "1");
	if (SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) < 0)
		return err_set(OVI_ERR, "cannot start video: %s", SDL_GetError());
	plat_window_t *w = ovi_calloc(1, sizeof *w);
	if (!w) {
		SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
		return err_set(OVI_ENOMEM, "out of memory");
	}
	w->inotify_fd = -1;
	w->rotation = rot;
	w->fullscreen = o->fullscreen;
	Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI |
		       (o->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : SDL_WINDOW_RESIZABLE);
	int ww = o->w > 0 ? o->w : 1280, wh = o->h > 0 ? o->h : 800;
	w->win = SDL_CreateWindow(o->title ? o->title : "Ovi", SDL_WINDOWPOS_CENTERED,
				  SDL_WINDOWPOS_CENTERED, ww, wh, flags);
	int rc = 0;
	if (!w->win) {
		rc = err_set(OVI_ERR, "cannot open a window: %s", SDL_GetError());
		goto fail;
	}
	w->r = SDL_CreateRenderer(w->win, -1,
				  SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE |
					  SDL_RENDERER_PRESENTVSYNC);
	if (!w->r)
		w->r = SDL_CreateRenderer(w->win, -1, SDL_RENDERER_SOFTWARE);
	if (!w->r) {
		rc = err_set(OVI_ERR, "cannot create a renderer: %s", SDL_GetError());
		goto fail;
	}
	if ((rc = gfx_new(&w->gfx, w->r)) < 0)
		goto fail;
	window_update_size(w);
	w->can_block = driver_blocks(SDL_GetCurrentVideoDriver());
	if (!w->can_block)
		events_wait_open(w);
	SDL_ShowCursor(o->fullscreen ? SDL_DISABLE : SDL_ENABLE);
	SDL_RendererInfo info;
	SDL_GetRendererInfo(w->r, &info);
	log_info("video: %s, renderer %s, output %dx%d, rotation %d, %s wait",
		 SDL_GetCurrentVideoDriver(), info.name, w->pw, w->ph, rot,
		 w->can_block	      ? "blocking"
		 : w->inotify_fd >= 0 ? "poll()"
				      : "stepped");
	*out = w;
	return 0;
fail:
	plat_window_close(w);
	return rc;
}

void plat_window_close(plat_window_t *w)
{
	if (!w)
		return;
	events_wait_close(w);
	gfx_free(w->gfx);
	if (w->target)
		SDL_DestroyTexture(w->target);
	if (w->r)
		SDL_DestroyRenderer(w->r);
	if (w->win)
		SDL_DestroyWindow(w->win);
	ovi_free(w);
	SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
}

void plat_window_size(const plat_window_t *w, int *lw, int *lh)
{
	*lw = w->lw;
	*lh = w->lh;
}

plat_gfx_t *plat_window_gfx(plat_window_t *w)
{
	return w->gfx;
}

plat_key_t plat_window_last_key(const plat_window_t *w)
{
	return w->last_key;
}

int plat_window_set_fullscreen(plat_window_t *w, ui_t *ui, bool on)
{
	if (SDL_SetWindowFullscreen(w->win, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) < 0)
		return err_set(OVI_ERR, "cannot %s fullscreen: %s", on ? "go" : "leave",
			       SDL_GetError());
	w->fullscreen = on;
	SDL_ShowCursor(on ? SDL_DISABLE : SDL_ENABLE);
	if (window_update_size(w))
		ui_set_screen(ui, w->lw, w->lh);
	return OVI_OK;
}

bool plat_window_fullscreen(const plat_window_t *w)
{
	return w->fullscreen;
}

void plat_window_attach(plat_window_t *w, ui_t *ui)
{
	plat_gfx_attach(w->gfx, ui);
	ui_set_screen(ui, w->lw, w->lh);
}

int plat_window_present(plat_window_t *w, const draw_list_t *dl)
{
	ui_color_t black = {0, 0, 0, 255};
	bool rotated = w->rotation && w->target;
	if (rotated)
		SDL_SetRenderTarget(w->r, w->target);
	int rc = plat_gfx_render(w->gfx, dl, black);
	if (rotated) {
		SDL_SetRenderTarget(w->r, NULL);
		SDL_SetRenderDrawColor(w->r, 0, 0, 0, 255);
		SDL_RenderClear(w->r);
		SDL_Rect dst = {(w->pw - w->lw) / 2, (w->ph - w->lh) / 2, w->lw, w->lh};
		SDL_RenderCopyEx(w->r, w->target, NULL, &dst, w->rotation, NULL, SDL_FLIP_NONE);
	}
	SDL_RenderPresent(w->r);
	return rc;
}
