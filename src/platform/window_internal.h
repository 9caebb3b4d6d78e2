/*
 * window_internal: the window's insides, shared by window.c and events.c.
 */
#ifndef OVI_PLATFORM_WINDOW_INTERNAL_H
#define OVI_PLATFORM_WINDOW_INTERNAL_H

#include "platform/plat_internal.h"

#include <stdint.h>

struct SDL_Window;
struct SDL_Renderer;
struct SDL_Texture;

struct plat_window {
	struct SDL_Window *win;
	struct SDL_Renderer *r;
	struct SDL_Texture *target; /* the logical picture when rotated */
	plat_gfx_t *gfx;
	int rotation;
	int pw, ph; /* output pixels */
	int lw, lh; /* logical pixels (the UI's screen) */
	bool fullscreen, can_block;
	uint64_t last_input; /* SDL ticks of the last input event */
	plat_key_t last_key;
};

bool window_update_size(plat_window_t *w);

#endif
