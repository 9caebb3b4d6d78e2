/*
 * plat: the SDL2 side of the kiosk, the only code that includes SDL.
 *
 * It opens the window (fullscreen on the Pi's KMS/DRM, a window on a laptop)
 * with the screen rotated 0/90/180/270 degrees, turns touch and mouse into
 * the UI's pointer events (already rotated and in screen pixels), measures
 * and renders text with SDL_ttf (Noto Sans with per-character fallback fonts,
 * Arabic right-to-left through HarfBuzz), loads images with SDL_image
 * (refusing anything over 4096 px; a failed image becomes the UI's
 * placeholder), and renders a draw list. The headless variant renders a draw
 * list into memory and saves it as PNG, for tests and screenshots.
 *
 * The app's loop, event driven so that an idle kiosk uses no CPU:
 *
 *	plat_window_t *win;
 *	plat_window_open(&win, &(plat_window_opts_t){.fullscreen = true});
 *	plat_window_attach(win, ui);           (measure, image probe, size)
 *	for (;;) {
 *		ui_begin(ui, clock_mono_ms());
 *		screen(ui, &view, &action);
 *		ui_end(ui);
 *		plat_window_present(win, ui_draw_list(ui));
 *		...apply action...
 *		int ev = plat_wait_event(win, ui, next_timeout(ui_next_frame_ms(ui), clock));
 *		if (ev & PLAT_EV_QUIT)
 *			break;
 *	}
 *
 * Headers here forward-declare SDL's types; nothing outside src/platform
 * sees SDL.
 */
#ifndef OVI_PLATFORM_PLAT_H
#define OVI_PLATFORM_PLAT_H

#include <stdbool.h>

#include "ui/draw.h"
#include "ui/ui.h"

struct SDL_Window;
struct SDL_Renderer;

/* The renderer with its caches (fonts, text textures, images, shapes),
 * shared by the window and the headless target. */
typedef struct plat_gfx plat_gfx_t;

/* Relative image paths in draw lists resolve against root (a bundle's
 * folder); absolute paths are used as they are. root is copied. */
int plat_gfx_set_image_root(plat_gfx_t *g, const char *root);
/* Renders dl on the renderer's current target, clearing it to clear first. */
int plat_gfx_render(plat_gfx_t *g, const draw_list_t *dl, ui_color_t clear);
/* The measure and image-probe callbacks (ud is the plat_gfx_t). */
int plat_measure(void *ud, int font, int px, const char *s, int *w, int *h);
int plat_image_probe(void *ud, const char *path, int *w, int *h);
/* Sets ui's measure and image probe to this renderer's. */
void plat_gfx_attach(plat_gfx_t *g, ui_t *ui);

/* ---- Window -------------------------------------------------------- */

typedef struct plat_window plat_window_t;

typedef struct plat_window_opts {
	int w, h;	   /* window size in a desktop (0: 1280x800); ignored fullscreen */
	bool fullscreen;   /* the whole display (the kiosk) */
	int rotation;	   /* 0, 90, 180 or 270: degrees clockwise the picture turns */
	const char *title; /* NULL: "Ovi" */
} plat_window_opts_t;

/* Opens the window and its renderer (accelerated if possible, else
 * software). Returns 0 or OVI_ERR with a message. Close with
 * plat_window_close(). */
int plat_window_open(plat_window_t **out, const plat_window_opts_t *o);
void plat_window_close(plat_window_t *w); /* accepts NULL */
/* The logical size the UI draws at: the output size, swapped at 90/270. */
void plat_window_size(const plat_window_t *w, int *lw, int *lh);
plat_gfx_t *plat_window_gfx(plat_window_t *w);
/* plat_gfx_attach() plus the screen size. */
void plat_window_attach(plat_window_t *w, ui_t *ui);
/* Renders dl (rotated as configured) and shows it. */
int plat_window_present(plat_window_t *w, const draw_list_t *dl);

enum {
	PLAT_EV_INPUT = 1 << 0,	  /* pointer events went to the UI */
	PLAT_EV_QUIT = 1 << 1,	  /* the window was closed, or SIGTERM */
	PLAT_EV_RESIZED = 1 << 2, /* the logical size changed (ui_set_screen done) */
	PLAT_EV_REDRAW = 1 << 3,  /* the picture was lost: present again */
	PLAT_EV_KEY = 1 << 4,	  /* a hardware key with a meaning (plat_window_last_key) */
	PLAT_EV_WAKE = 1 << 5	  /* plat_wake() was called (from any thread) */
};

/* Waits up to timeout_ms (-1: forever, 0: just poll) for events, feeds
 * pointer events into ui and returns a mask of PLAT_EV_*. Blocks in the
 * video driver where it can (x11, wayland); on drivers that cannot (kmsdrm,
 * dummy) it blocks in poll() on the input devices (/dev/input/event*, new
 * ones seen through inotify) and plat_wake()'s eventfd, so an idle kiosk
 * wakes only at its own deadlines and a touch is seen at once. Where none
 * of that can be opened it sleeps in steps (10 ms after input, 200 ms idle). */
int plat_wait_event(plat_window_t *w, ui_t *ui, int timeout_ms);
/* How many times plat_wait_event() woke up (came back from a wait in the
 * kernel) since the window opened: tests and benchmarks count it. */
uint64_t plat_window_wakeups(const plat_window_t *w);
/* Wakes a plat_wait_event() in progress (safe from any thread: the sync
 * worker calls it when a new bundle was applied). */
void plat_wake(void);

/* What the hardware keys mean to the kiosk: the platform maps the keyboard's
 * keys (or a remote's) to these, so nothing above it knows SDL's keycodes. */
typedef enum {
	PLAT_KEY_NONE = 0,
	PLAT_KEY_BACK,	    /* Escape, a remote's or a phone's Back: leave the window */
	PLAT_KEY_FULLSCREEN /* F11 */
} plat_key_t;
/* The meaning of the last PLAT_EV_KEY. */
plat_key_t plat_window_last_key(const plat_window_t *w);
/* Fullscreen on or off (F11 in a desktop window); the UI's screen follows. */
int plat_window_set_fullscreen(plat_window_t *w, ui_t *ui, bool on);
bool plat_window_fullscreen(const plat_window_t *w);

/* Maps a point on the physical output (pw x ph pixels) to the rotated
 * picture's coordinates. Exposed for tests. */
void plat_rotate_point(int rotation, int pw, int ph, float px, float py, int *lx, int *ly);

/* ---- Headless ------------------------------------------------------ */

typedef struct plat_headless plat_headless_t;

/* A w x h software renderer on a memory surface; needs no display. */
int plat_headless_open(plat_headless_t **out, int w, int h);
void plat_headless_close(plat_headless_t *h); /* accepts NULL */
plat_gfx_t *plat_headless_gfx(plat_headless_t *h);
/* plat_gfx_attach() plus the screen size. */
void plat_headless_attach(plat_headless_t *h, ui_t *ui);
int plat_headless_render(plat_headless_t *h, const draw_list_t *dl);
/* Reads one pixel of the last render as 0xRRGGBB (tests). */
unsigned plat_headless_pixel(plat_headless_t *h, int x, int y);
int plat_headless_save_png(plat_headless_t *h, const char *path);

#endif
