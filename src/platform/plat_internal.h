/*
 * plat_internal: what the files of src/platform share. Still no SDL include:
 * the SDL types are forward-declared.
 */
#ifndef OVI_PLATFORM_INTERNAL_H
#define OVI_PLATFORM_INTERNAL_H

#include "platform/plat.h"

#include <stddef.h>
#include <stdint.h>

struct SDL_Texture;
struct SDL_Surface;

/* ---- Text (font.c) ------------------------------------------------- */

typedef struct plat_text plat_text_t;

/* Finds the fonts (OVI_FONT_DIR, <share>/assets/fonts, the system's Noto
 * folder). Fails only when no regular face exists at all. */
int font_new(plat_text_t **out);
void font_free(plat_text_t *t);
int font_measure(plat_text_t *t, int font, int px, const char *s, int *w, int *h);
/* A white texture of s, cached (LRU); *oy is the offset from the line's top
 * to the texture's top. NULL when nothing to draw or on failure. Borrowed
 * until the next font_texture() call of a later frame. */
struct SDL_Texture *font_texture(plat_text_t *t, struct SDL_Renderer *r, int font, int px,
				 const char *s, bool rtl, int *w, int *h, int *oy);
/* Forgets every texture (renderer reset, or a new renderer). */
void font_drop_textures(plat_text_t *t);
/* Marks the start of a frame (textures used in it are not evicted). */
void font_frame(plat_text_t *t);
/* How many faces were found; the path of face i of role font (tests). */
int font_face_for(plat_text_t *t, int font, uint32_t cp, const char **path);
/* The code point indices of s in the order a line shows them, left to
 * right, paragraph direction rtl (the bidi algorithm, as drawn): at most cap
 * into vis. Returns how many. For the tests. */
int font_visual(plat_text_t *t, int font, const char *s, bool rtl, int *vis, int cap);

/* ---- Images (img.c) ----------------------------------------------- */

typedef struct plat_images plat_images_t;

#define PLAT_IMAGE_MAX_SIDE  4096	 /* refused beyond this */
#define PLAT_IMAGE_MAX_BYTES (24L << 20) /* refused beyond this file size */

int img_new(plat_images_t **out);
void img_free(plat_images_t *im);
int img_set_root(plat_images_t *im, const char *root);
/* 0 and the natural size when path can be shown; negative when not (with a
 * message). Decodes on first use; the result is cached, failures too. */
int img_probe(plat_images_t *im, const char *path, int *w, int *h);
/* A texture of path scaled to cover w x h (centre crop), masked round if
 * asked; NULL when the image cannot be shown. Cached. */
struct SDL_Texture *img_texture(plat_images_t *im, struct SDL_Renderer *r, const char *path, int w,
				int h, bool round);
void img_drop_textures(plat_images_t *im);

/* ---- The renderer (gfx.c) ------------------------------------------ */

#define GFX_SHAPES 96

struct plat_gfx {
	struct SDL_Renderer *r;
	plat_text_t *text;
	plat_images_t *img;
	struct {
		int kind, radius, thick;
		struct SDL_Texture *tex;
		uint64_t used;
	} shape[GFX_SHAPES];
	uint64_t tick;
};

int gfx_new(plat_gfx_t **out, struct SDL_Renderer *r);
void gfx_free(plat_gfx_t *g);
/* Forgets every texture (after a renderer reset). */
void gfx_drop_textures(plat_gfx_t *g);

/* Keeps SDL_ttf and SDL_image initialised while anyone uses them. */
int plat_libs_acquire(void);
void plat_libs_release(void);

#endif
