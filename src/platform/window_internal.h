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

#define WINDOW_INPUTS_MAX 32

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
	uint64_t wakeups; /* plat_window_wakeups() */
	/* The poll() wait for drivers that cannot block (events.c): inotify on
	 * /dev/input and our own descriptors of its event devices (read only
	 * to be drained: SDL reads its own). -1 / 0 when not set up. */
	int inotify_fd;
	int input_fd[WINDOW_INPUTS_MAX];
	int ninput;
};

bool window_update_size(plat_window_t *w);
/* The poll() wait's descriptors (events.c): set up at open for a driver
 * that cannot block, closed at close. */
void events_wait_open(plat_window_t *w);
void events_wait_close(plat_window_t *w);

#endif
