/*
 * Event pumping: SDL events -> the UI's pointer events, normalised once here.
 * Fingers give coordinates normalised to the output; the mouse (development)
 * gives window points, scaled to output pixels for HiDPI screens; both are
 * then rotated to the logical picture. Mouse events that SDL synthesises from
 * touch (which == SDL_TOUCH_MOUSEID) are dropped so one tap is one press.
 */
#include "platform/window_internal.h"

#include "core/timeutil.h"

#include <SDL.h>

/* Stepped waiting, for video drivers that cannot block (kmsdrm, dummy). */
#define ACTIVE_MS   5000 /* how long after input to stay quick */
#define ACTIVE_STEP 10
#define IDLE_STEP   200

static void to_logical(plat_window_t *w, float px, float py, int *x, int *y)
{
	plat_rotate_point(w->rotation && w->target ? w->rotation : 0, w->pw, w->ph, px, py, x, y);
}

static void mouse_pos(plat_window_t *w, int mx, int my, int *x, int *y)
{
	int ww = 0, wh = 0;
	SDL_GetWindowSize(w->win, &ww, &wh);
	float sx = ww > 0 ? (float)w->pw / (float)ww : 1,
	      sy = wh > 0 ? (float)w->ph / (float)wh : 1;
	to_logical(w, (float)mx * sx, (float)my * sy, x, y);
}

static int handle(plat_window_t *w, ui_t *ui, const SDL_Event *e)
{
	int x, y;
	int64_t t = clock_mono_ms();
	switch (e->type) {
	case SDL_QUIT:
		return PLAT_EV_QUIT;
	case SDL_USEREVENT:
		return PLAT_EV_WAKE;
	case SDL_FINGERDOWN:
	case SDL_FINGERMOTION:
	case SDL_FINGERUP: {
		int id = (int)(e->tfinger.fingerId & 0x7FFFFFFF);
		to_logical(w, e->tfinger.x * (float)w->pw, e->tfinger.y * (float)w->ph, &x, &y);
		if (e->type == SDL_FINGERDOWN)
			ui_pointer_down(ui, id, x, y, t);
		else if (e->type == SDL_FINGERUP)
			ui_pointer_up(ui, id, x, y, t);
		else
			ui_pointer_move(ui, id, x, y, t);
		w->last_input = SDL_GetTicks64();
		return PLAT_EV_INPUT;
	}
	case SDL_MOUSEBUTTONDOWN:
	case SDL_MOUSEBUTTONUP:
		if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT)
			return 0;
		mouse_pos(w, e->button.x, e->button.y, &x, &y);
		if (e->type == SDL_MOUSEBUTTONDOWN)
			ui_pointer_down(ui, UI_POINTER_MOUSE, x, y, t);
		else
			ui_pointer_up(ui, UI_POINTER_MOUSE, x, y, t);
		w->last_input = SDL_GetTicks64();
		return PLAT_EV_INPUT;
	case SDL_MOUSEMOTION:
		if (e->motion.which == SDL_TOUCH_MOUSEID || !(e->motion.state & SDL_BUTTON_LMASK))
			return 0;
		mouse_pos(w, e->motion.x, e->motion.y, &x, &y);
		ui_pointer_move(ui, UI_POINTER_MOUSE, x, y, t);
		w->last_input = SDL_GetTicks64();
		return PLAT_EV_INPUT;
	case SDL_KEYDOWN:
		switch (e->key.keysym.sym) {
		case SDLK_ESCAPE:
		case SDLK_AC_BACK:
			w->last_key = PLAT_KEY_BACK;
			return PLAT_EV_KEY;
		case SDLK_F11:
			w->last_key = PLAT_KEY_FULLSCREEN;
			return PLAT_EV_KEY;
		default:
			return 0; /* a key without a meaning here wakes nothing */
		}
	case SDL_WINDOWEVENT:
		if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
		    e->window.event == SDL_WINDOWEVENT_RESIZED) {
			bool changed = window_update_size(w);
			if (changed)
				ui_set_screen(ui, w->lw, w->lh);
			return (changed ? PLAT_EV_RESIZED : 0) | PLAT_EV_REDRAW;
		}
		if (e->window.event == SDL_WINDOWEVENT_EXPOSED)
			return PLAT_EV_REDRAW;
		return 0;
	case SDL_RENDER_DEVICE_RESET:
	case SDL_RENDER_TARGETS_RESET:
		if (e->type == SDL_RENDER_DEVICE_RESET)
			gfx_drop_textures(w->gfx);
		if (w->target)
			SDL_DestroyTexture(w->target);
		w->target = NULL;
		window_update_size(w);
		return PLAT_EV_REDRAW;
	}
	return 0;
}

static int pump(plat_window_t *w, ui_t *ui)
{
	int mask = 0;
	SDL_Event e;
	while (SDL_PollEvent(&e))
		mask |= handle(w, ui, &e);
	return mask;
}

int plat_wait_event(plat_window_t *w, ui_t *ui, int timeout_ms)
{
	int mask = pump(w, ui);
	if (mask || timeout_ms == 0)
		return mask;
	if (w->can_block) {
		SDL_Event e;
		int got = timeout_ms < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, timeout_ms);
		if (got)
			mask |= handle(w, ui, &e);
		return mask | pump(w, ui);
	}
	uint64_t start = SDL_GetTicks64();
	for (;;) {
		uint64_t now = SDL_GetTicks64();
		int64_t step = now - w->last_input < ACTIVE_MS ? ACTIVE_STEP : IDLE_STEP;
		if (timeout_ms >= 0) {
			int64_t left = (int64_t)(start + (uint64_t)timeout_ms) - (int64_t)now;
			if (left <= 0)
				return 0;
			step = step < left ? step : left;
		}
		SDL_Delay((Uint32)step);
		if ((mask = pump(w, ui)))
			return mask;
	}
}

void plat_wake(void)
{
	SDL_Event ev;
	SDL_zero(ev);
	ev.type = SDL_USEREVENT;
	SDL_PushEvent(&ev); /* thread-safe; a full queue just means it is awake */
}
