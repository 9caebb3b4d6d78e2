/*
 * img: images with SDL_image: PNG and JPEG only, refused before decoding when the
 * file is over PLAT_IMAGE_MAX_BYTES or its header says more than
 * PLAT_IMAGE_MAX_SIDE pixels a side (a hostile or careless 20000 px photo
 * must not take the kiosk's memory). A decoded image is kept at most
 * KEEP_SIDE px a side; textures are made at the exact size they are drawn
 * (box-filtered down, centre-cropped to cover, optionally masked round with
 * an antialiased edge), so nothing is scaled at draw time.
 */
#include "platform/plat_internal.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/imghdr.h"
#include "core/log.h"
#include "core/mem.h"

#include <SDL.h>
#include <SDL_image.h>

#include <stdio.h>
#include <string.h>

#define IMG_MAX	  48
#define VARIANTS  4
#define KEEP_SIDE 768

typedef struct img_entry {
	char *path; /* as asked */
	int status; /* 0 ok, negative: cannot be shown */
	int w, h;   /* natural size */
	SDL_Surface *surf;
	struct {
		int w, h;
		bool round;
		SDL_Texture *tex;
	} v[VARIANTS];
	int nextv;
	uint64_t used;
} img_entry_t;

struct plat_images {
	char *root;
	img_entry_t e[IMG_MAX];
	uint64_t tick;
};

int img_new(plat_images_t **out)
{
	*out = ovi_calloc(1, sizeof **out);
	return *out ? 0 : err_set(OVI_ENOMEM, "out of memory for images");
}

static void entry_clear(img_entry_t *e)
{
	for (int i = 0; i < VARIANTS; i++)
		if (e->v[i].tex)
			SDL_DestroyTexture(e->v[i].tex);
	if (e->surf)
		SDL_FreeSurface(e->surf);
	ovi_free(e->path);
	memset(e, 0, sizeof *e);
}

void img_free(plat_images_t *im)
{
	if (!im)
		return;
	for (int i = 0; i < IMG_MAX; i++)
		entry_clear(&im->e[i]);
	ovi_free(im->root);
	ovi_free(im);
}

void img_drop_textures(plat_images_t *im)
{
	for (int i = 0; im && i < IMG_MAX; i++)
		for (int k = 0; k < VARIANTS; k++) {
			if (im->e[i].v[k].tex)
				SDL_DestroyTexture(im->e[i].v[k].tex);
			im->e[i].v[k].tex = NULL;
			im->e[i].v[k].w = 0;
		}
}

int img_set_root(plat_images_t *im, const char *root)
{
	char *r = root ? ovi_strdup(root) : NULL;
	if (root && !r)
		return err_set(OVI_ENOMEM, "out of memory");
	ovi_free(im->root);
	im->root = r;
	for (int i = 0; i < IMG_MAX; i++) /* the same names may mean other files now */
		entry_clear(&im->e[i]);
	return 0;
}

static void resolve(const plat_images_t *im, const char *path, char *out, size_t cap)
{
	if (path[0] == '/' || !im->root)
		snprintf(out, cap, "%s", path);
	else
		snprintf(out, cap, "%s/%s", im->root, path);
}

/* Area-averaged, alpha-weighted shrink of src's rect c into a new w x h
 * surface; enlarging uses SDL's bilinear stretch. */
static SDL_Surface *resample(SDL_Surface *src, SDL_Rect c, int w, int h)
{
	SDL_Surface *dst = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
	if (!dst)
		return NULL;
	if (w >= c.w || h >= c.h) {
		SDL_Rect d = {0, 0, w, h};
		SDL_SoftStretchLinear(src, &c, dst, &d);
		return dst;
	}
	for (int y = 0; y < h; y++) {
		int y0 = c.y + (int)((long)y * c.h / h), y1 = c.y + (int)((long)(y + 1) * c.h / h);
		uint32_t *row =
			(uint32_t *)((uint8_t *)dst->pixels + (size_t)y * (size_t)dst->pitch);
		for (int x = 0; x < w; x++) {
			int x0 = c.x + (int)((long)x * c.w / w),
			    x1 = c.x + (int)((long)(x + 1) * c.w / w);
			uint64_t sa = 0, sr = 0, sg = 0, sb = 0, n = 0;
			for (int sy = y0; sy < (y1 > y0 ? y1 : y0 + 1); sy++) {
				const uint32_t *s =
					(const uint32_t *)((const uint8_t *)src->pixels +
							   (size_t)sy * (size_t)src->pitch);
				for (int sx = x0; sx < (x1 > x0 ? x1 : x0 + 1); sx++) {
					uint32_t p = s[sx], a = p >> 24;
					sa += a;
					sr += a * ((p >> 16) & 255);
					sg += a * ((p >> 8) & 255);
					sb += a * (p & 255);
					n++;
				}
			}
			uint32_t a = (uint32_t)(sa / n);
			row[x] = sa ? a << 24 | (uint32_t)(sr / sa) << 16 |
						 (uint32_t)(sg / sa) << 8 | (uint32_t)(sb / sa)
				    : 0;
		}
	}
	return dst;
}

/* Multiplies alpha by the coverage of the inscribed circle (4x4 samples
 * near the edge), for a smooth round photo. */
static void round_mask(SDL_Surface *s)
{
	float cx = (float)s->w / 2, cy = (float)s->h / 2;
	float r = (float)(s->w < s->h ? s->w : s->h) / 2;
	for (int y = 0; y < s->h; y++) {
		uint32_t *row = (uint32_t *)((uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch);
		for (int x = 0; x < s->w; x++) {
			float dx = (float)x + 0.5f - cx, dy = (float)y + 0.5f - cy;
			float d = SDL_sqrtf(dx * dx + dy * dy);
			int cov;
			if (d <= r - 1)
				continue;
			if (d >= r + 1) {
				cov = 0;
			} else {
				cov = 0;
				for (int k = 0; k < 16; k++) {
					float sx = dx - 0.5f + ((float)(k & 3) + 0.5f) / 4;
					float sy = dy - 0.5f + ((float)(k >> 2) + 0.5f) / 4;
					cov += sx * sx + sy * sy <= r * r;
				}
			}
			uint32_t a = (row[x] >> 24) * (uint32_t)cov / 16;
			row[x] = (row[x] & 0xFFFFFF) | a << 24;
		}
	}
}

static int load(plat_images_t *im, img_entry_t *e)
{
	char p[4096];
	resolve(im, e->path, p, sizeof p);
	char *buf = NULL;
	size_t len = 0;
	int rc = fs_read_file(p, PLAT_IMAGE_MAX_BYTES, &buf, &len);
	if (rc < 0)
		return err_prefix(rc, "image %s: ", e->path);
	int w = 0, h = 0;
	rc = imghdr_read(e->path, (const unsigned char *)buf, len, NULL, &w, &h);
	if (rc == 0 && (w <= 0 || h <= 0 || w > PLAT_IMAGE_MAX_SIDE || h > PLAT_IMAGE_MAX_SIDE))
		rc = err_set(OVI_EREJECT, "%dx%d px is more than %d px a side", w, h,
			     PLAT_IMAGE_MAX_SIDE);
	SDL_Surface *s = NULL;
	if (rc == 0) {
		SDL_RWops *rw = SDL_RWFromConstMem(buf, (int)len);
		SDL_Surface *raw = rw ? IMG_Load_RW(rw, 1) : NULL;
		s = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
		SDL_FreeSurface(raw);
		if (!s)
			rc = err_set(OVI_EREJECT, "cannot decode: %s", IMG_GetError());
	}
	ovi_free(buf);
	if (rc < 0)
		return err_prefix(rc, "image %s: ", e->path);
	e->w = s->w;
	e->h = s->h;
	if (s->w > KEEP_SIDE || s->h > KEEP_SIDE) {
		int kw = s->w >= s->h ? KEEP_SIDE : (int)((long)s->w * KEEP_SIDE / s->h);
		int kh = s->h > s->w ? KEEP_SIDE : (int)((long)s->h * KEEP_SIDE / s->w);
		SDL_Surface *k =
			resample(s, (SDL_Rect){0, 0, s->w, s->h}, kw ? kw : 1, kh ? kh : 1);
		if (k) {
			SDL_FreeSurface(s);
			s = k;
		}
	}
	e->surf = s;
	return 0;
}

static img_entry_t *lookup(plat_images_t *im, const char *path)
{
	img_entry_t *lru = &im->e[0];
	for (int i = 0; i < IMG_MAX; i++) {
		img_entry_t *e = &im->e[i];
		if (e->path && strcmp(e->path, path) == 0) {
			e->used = ++im->tick;
			return e;
		}
		if (!e->path || (lru->path && e->used < lru->used))
			lru = e;
	}
	entry_clear(lru);
	lru->path = ovi_strdup(path);
	if (!lru->path)
		return NULL;
	lru->used = ++im->tick;
	lru->status = load(im, lru);
	if (lru->status < 0)
		log_warn("%s", err_last()); /* logged once: the failure is cached */
	return lru;
}

int img_probe(plat_images_t *im, const char *path, int *w, int *h)
{
	if (!path || !*path)
		return err_set(OVI_ENOTFOUND, "no image");
	img_entry_t *e = lookup(im, path);
	if (!e)
		return err_set(OVI_ENOMEM, "out of memory");
	if (e->status < 0)
		return e->status;
	*w = e->w;
	*h = e->h;
	return 0;
}

SDL_Texture *img_texture(plat_images_t *im, SDL_Renderer *r, const char *path, int w, int h,
			 bool round)
{
	if (!path || !*path || w <= 0 || h <= 0)
		return NULL;
	img_entry_t *e = lookup(im, path);
	if (!e || e->status < 0 || !e->surf)
		return NULL;
	for (int i = 0; i < VARIANTS; i++)
		if (e->v[i].tex && e->v[i].w == w && e->v[i].h == h && e->v[i].round == round)
			return e->v[i].tex;
	/* Cover: crop the source's centre to the destination's aspect. */
	SDL_Surface *s = e->surf;
	SDL_Rect c = {0, 0, s->w, s->h};
	if ((long)s->w * h > (long)s->h * w) {
		c.w = (int)((long)s->h * w / h);
		c.x = (s->w - c.w) / 2;
	} else {
		c.h = (int)((long)s->w * h / w);
		c.y = (s->h - c.h) / 2;
	}
	if (c.w < 1 || c.h < 1)
		return NULL;
	SDL_Surface *v = resample(s, c, w, h);
	if (!v)
		return NULL;
	if (round)
		round_mask(v);
	SDL_Texture *tex = SDL_CreateTextureFromSurface(r, v);
	SDL_FreeSurface(v);
	if (!tex)
		return NULL;
	SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
	int k = e->nextv;
	e->nextv = (e->nextv + 1) % VARIANTS;
	if (e->v[k].tex)
		SDL_DestroyTexture(e->v[k].tex);
	e->v[k].w = w;
	e->v[k].h = h;
	e->v[k].round = round;
	e->v[k].tex = tex;
	return tex;
}
