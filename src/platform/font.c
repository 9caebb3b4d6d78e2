/*
 * font: text with SDL_ttf: Noto Sans regular and bold, with fallback faces chosen
 * per code point (Arabic and Hebrew shaped right-to-left by HarfBuzz through
 * TTF_SetFontDirection/TTF_SetFontScriptName; Ethiopic, Devanagari, Thai,
 * symbols such as ⌫ ⇧ ✓). A line is split into runs of one face and one
 * direction each: the Unicode Bidirectional Algorithm (FriBidi) gives every
 * character its level, so an Arabic sentence keeps "12" and a Latin name
 * left to right inside it. Runs are shaped separately (HarfBuzz, in their
 * direction), put in visual order (rule L2: reverse each stretch at or
 * above a level, from the highest odd one down) and laid side by side,
 * baselines aligned.
 *
 * Two caches: measurements keyed by (font, px, string), and white text
 * textures keyed by (font, px, direction, string), tinted at draw time with
 * SDL_SetTextureColorMod (so one texture serves every colour), evicted least
 * recently used beyond a pixel budget.
 */
#include "platform/plat_internal.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/paths.h"
#include "core/utf8.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <fribidi.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct face_def {
	const char *file[UI_FONT_COUNT];
	bool rtl;
	const char *script;
} face_def_t;

static const face_def_t face_defs[] = {
	{{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}, false, NULL},
	{{"NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"}, true, "Arab"},
	{{"NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"}, true, "Hebr"},
	{{"NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"}, false, "Ethi"},
	{{"NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"}, false, "Deva"},
	{{"NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"}, false, "Thai"},
	{{"NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"}, false, "Geor"},
	{{"NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"}, false, "Armn"},
	{{"NotoSansSymbols2-Regular.ttf", "NotoSansSymbols2-Regular.ttf"}, false, NULL},
	{{"NotoSansSymbols-Regular.ttf", "NotoSansSymbols-Bold.ttf"}, false, NULL},
	{{"NotoSansMath-Regular.ttf", "NotoSansMath-Regular.ttf"}, false, NULL},
	{{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}, false, NULL},
};
#define NFACES ((int)(sizeof face_defs / sizeof face_defs[0]))

#define SIZED_MAX   48
#define CP_CACHE    512
#define RUNS_MAX    32
#define TEX_BUCKETS 1024
#define TEX_BUDGET  (16L << 20) /* bytes of text pixels kept */
#define TEX_MAX	    2048
#define M_BUCKETS   2048
#define M_MAX	    8192

typedef struct tex_entry {
	struct tex_entry *hnext, *prev, *next; /* hash chain; LRU list */
	uint32_t hash;
	int font, px;
	bool rtl;
	char *s;
	SDL_Texture *tex;
	int w, h, oy;
	size_t bytes;
	uint64_t frame;
} tex_entry_t;

typedef struct m_entry {
	struct m_entry *next;
	uint32_t hash;
	int font, px, w, h;
	char *s;
} m_entry_t;

typedef struct run {
	int a, b, face;
	int level; /* bidi embedding level: odd is right to left */
} run_t;

struct plat_text {
	char *path[UI_FONT_COUNT][NFACES]; /* NULL when the file was not found */
	/* Each face's file mapped once, read by every size opened from it
	 * (FreeType reads memory, not the file: no seek and read per glyph). */
	struct {
		void *p;
		size_t len;
	} map[UI_FONT_COUNT][NFACES];
	TTF_Font *probe[UI_FONT_COUNT][NFACES];
	struct {
		int font, face, px;
		TTF_Font *f;
		uint64_t used;
	} sized[SIZED_MAX];
	struct {
		uint32_t cp1; /* code point + 1; 0 = empty */
		int8_t face;
	} cpc[UI_FONT_COUNT][CP_CACHE];
	tex_entry_t *tb[TEX_BUCKETS];
	tex_entry_t *lru_head, *lru_tail;
	size_t tex_bytes;
	int tex_count;
	m_entry_t *mb[M_BUCKETS];
	int m_count;
	uint64_t frame, tick;
	char *buf;
	size_t bufcap;
};

static uint32_t hash_str(int font, int px, int extra, const char *s)
{
	uint32_t h = 2166136261u ^ (uint32_t)(font * 131 + px * 7 + extra);
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static char *find_font(const char *file)
{
	char dirs[6][1024];
	int n = 0;
	const char *env = getenv("OVI_FONT_DIR");
	if (env && *env)
		snprintf(dirs[n++], sizeof dirs[0], "%s", env);
	snprintf(dirs[n++], sizeof dirs[0], "%s/assets/fonts", paths_share_dir());
	snprintf(dirs[n++], sizeof dirs[0], "/usr/share/fonts/truetype/noto");
	snprintf(dirs[n++], sizeof dirs[0], "/usr/share/fonts/noto");
	snprintf(dirs[n++], sizeof dirs[0], "/usr/share/fonts/truetype/dejavu");
	for (int i = 0; i < n; i++) {
		char p[1200];
		if (snprintf(p, sizeof p, "%s/%s", dirs[i], file) >= (int)sizeof p)
			continue;
		if (fs_exists(p))
			return ovi_strdup(p);
	}
	return NULL;
}

int font_new(plat_text_t **out)
{
	*out = NULL;
	plat_text_t *t = ovi_calloc(1, sizeof *t);
	if (!t)
		return err_set(OVI_ENOMEM, "out of memory for fonts");
	for (int f = 0; f < UI_FONT_COUNT; f++)
		for (int i = 0; i < NFACES; i++)
			t->path[f][i] = find_font(face_defs[i].file[f]);
	for (int i = 0; i < NFACES; i++)
		if (!t->path[UI_FONT_BOLD][i] && t->path[UI_FONT_REGULAR][i])
			t->path[UI_FONT_BOLD][i] = ovi_strdup(t->path[UI_FONT_REGULAR][i]);
	if (!t->path[UI_FONT_REGULAR][0]) {
		font_free(t);
		return err_set(OVI_ERR,
			       "font %s not found (looked in OVI_FONT_DIR, assets/fonts "
			       "and /usr/share/fonts/truetype/noto)",
			       face_defs[0].file[0]);
	}
	if (!t->path[UI_FONT_BOLD][0])
		t->path[UI_FONT_BOLD][0] = ovi_strdup(t->path[UI_FONT_REGULAR][0]);
	*out = t;
	return 0;
}

static void tex_remove(plat_text_t *t, tex_entry_t *e)
{
	tex_entry_t **pp = &t->tb[e->hash % TEX_BUCKETS];
	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	if (e->prev)
		e->prev->next = e->next;
	else
		t->lru_head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		t->lru_tail = e->prev;
	t->tex_bytes -= e->bytes;
	t->tex_count--;
	if (e->tex)
		SDL_DestroyTexture(e->tex);
	ovi_free(e->s);
	ovi_free(e);
}

void font_drop_textures(plat_text_t *t)
{
	while (t && t->lru_head)
		tex_remove(t, t->lru_head);
}

static void measure_clear(plat_text_t *t)
{
	for (int i = 0; i < M_BUCKETS; i++) {
		for (m_entry_t *e = t->mb[i], *n; e; e = n) {
			n = e->next;
			ovi_free(e->s);
			ovi_free(e);
		}
		t->mb[i] = NULL;
	}
	t->m_count = 0;
}

void font_free(plat_text_t *t)
{
	if (!t)
		return;
	font_drop_textures(t);
	measure_clear(t);
	for (int i = 0; i < SIZED_MAX; i++)
		if (t->sized[i].f)
			TTF_CloseFont(t->sized[i].f);
	for (int f = 0; f < UI_FONT_COUNT; f++)
		for (int i = 0; i < NFACES; i++) {
			if (t->probe[f][i])
				TTF_CloseFont(t->probe[f][i]);
			ovi_free(t->path[f][i]);
		}
	/* After every font that reads them is closed. */
	for (int f = 0; f < UI_FONT_COUNT; f++)
		for (int i = 0; i < NFACES; i++) {
			if (t->map[f][i].p)
				munmap(t->map[f][i].p, t->map[f][i].len);
		}
	ovi_free(t->buf);
	ovi_free(t);
}

void font_frame(plat_text_t *t)
{
	t->frame++;
}

/* The face's file, mapped read-only on first use (pages come from the
 * page cache as FreeType touches them, shared by every size); NULL when it
 * cannot be mapped (then the file is opened per size, as before). */
static SDL_RWops *mapped(plat_text_t *t, int font, int face)
{
	if (!t->map[font][face].p) {
		int fd = open(t->path[font][face], O_RDONLY | O_CLOEXEC);
		struct stat st;
		if (fd < 0)
			return NULL;
		if (fstat(fd, &st) == 0 && st.st_size > 0) {
			void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
			if (p != MAP_FAILED) {
				t->map[font][face].p = p;
				t->map[font][face].len = (size_t)st.st_size;
			}
		}
		close(fd);
		if (!t->map[font][face].p)
			return NULL;
	}
	return SDL_RWFromConstMem(t->map[font][face].p, (int)t->map[font][face].len);
}

static TTF_Font *open_font(plat_text_t *t, int font, int face, int px)
{
	SDL_RWops *rw = mapped(t, font, face);
	TTF_Font *f = rw ? TTF_OpenFontRW(rw, 1, px) : TTF_OpenFont(t->path[font][face], px);
	if (!f) {
		log_warn("font %s: %s", t->path[font][face], TTF_GetError());
		ovi_free(t->path[font][face]);
		t->path[font][face] = NULL; /* do not try again */
		return NULL;
	}
	TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
	if (face_defs[face].script)
		TTF_SetFontScriptName(f, face_defs[face].script);
	return f;
}

static TTF_Font *sized(plat_text_t *t, int font, int face, int px)
{
	int lru = 0;
	for (int i = 0; i < SIZED_MAX; i++) {
		if (t->sized[i].f && t->sized[i].font == font && t->sized[i].face == face &&
		    t->sized[i].px == px) {
			t->sized[i].used = ++t->tick;
			return t->sized[i].f;
		}
		if (!t->sized[i].f || (t->sized[lru].f && t->sized[i].used < t->sized[lru].used))
			lru = i;
	}
	if (!t->path[font][face])
		return NULL;
	TTF_Font *f = open_font(t, font, face, px);
	if (!f)
		return NULL;
	if (t->sized[lru].f)
		TTF_CloseFont(t->sized[lru].f);
	t->sized[lru].font = font;
	t->sized[lru].face = face;
	t->sized[lru].px = px;
	t->sized[lru].f = f;
	t->sized[lru].used = ++t->tick;
	return f;
}

static bool face_has(plat_text_t *t, int font, int face, uint32_t cp)
{
	if (!t->path[font][face])
		return false;
	if (!t->probe[font][face])
		t->probe[font][face] = open_font(t, font, face, 16);
	return t->probe[font][face] && TTF_GlyphIsProvided32(t->probe[font][face], cp);
}

static int face_for(plat_text_t *t, int font, uint32_t cp)
{
	if (cp < 0x80)
		return 0;
	uint32_t slot = cp % CP_CACHE;
	if (t->cpc[font][slot].cp1 == cp + 1)
		return t->cpc[font][slot].face;
	int face = 0;
	for (int i = 0; i < NFACES; i++)
		if (face_has(t, font, i, cp)) {
			face = i;
			break;
		}
	t->cpc[font][slot].cp1 = cp + 1;
	t->cpc[font][slot].face = (int8_t)face;
	return face;
}

int font_face_for(plat_text_t *t, int font, uint32_t cp, const char **path)
{
	int f = face_for(t, font, cp);
	*path = t->path[font][f];
	return f;
}

static bool neutral(uint32_t c)
{
	bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return (c < 0xC0 && !letter) || (c >= 0x2000 && c <= 0x206F);
}

/* Whether s has a character of a right-to-left script (Hebrew, Arabic,
 * Syriac, Thaana, N'Ko..., their presentation forms) or a bidi control. */
static bool has_rtl(const char *s)
{
	const char *p = s, *end = s + strlen(s);
	while (p < end) {
		uint32_t c = utf8_next(&p, end);
		if ((c >= 0x590 && c <= 0x8FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
		    (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0x10800 && c <= 0x10FFF) ||
		    (c >= 0x1E800 && c <= 0x1EFFF) || (c >= 0x200E && c <= 0x200F) ||
		    (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
			return true;
	}
	return false;
}

/* The level of each code point of s (n of them, byte offsets in off), the
 * paragraph's direction rtl; levels past L1 (trailing spaces take the
 * paragraph's). Everything at the paragraph's level when FriBidi cannot. */
static void bidi_levels(const FriBidiChar *cp, int n, bool rtl, FriBidiLevel *levels)
{
	FriBidiCharType *types = ovi_malloc(sizeof *types * (size_t)n);
	FriBidiBracketType *br = ovi_malloc(sizeof *br * (size_t)n);
	FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	bool ok = types && br;
	if (ok) {
		fribidi_get_bidi_types(cp, n, types);
		fribidi_get_bracket_types(cp, n, types, br);
		ok = fribidi_get_par_embedding_levels_ex(types, br, n, &base, levels) != 0;
	}
	if (ok) /* rule L1; no map wanted, the runs are reordered below */
		ok = fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types, n, 0, base, levels, NULL,
					  NULL) != 0;
	if (!ok)
		for (int i = 0; i < n; i++)
			levels[i] = rtl ? 1 : 0;
	ovi_free(types);
	ovi_free(br);
}

/* s as runs of one face and one bidi level each, in logical order. */
static int split_runs(plat_text_t *t, int font, const char *s, bool rtl, run_t *runs)
{
	const char *p = s, *end = s + strlen(s);
	int ncp = (int)utf8_len(s), n = 0;
	if (ncp <= 0)
		return 0;
	/* Only a line with something right to left needs the algorithm (and
	 * the arrays); every other line is one level, the paragraph's. */
	int base = rtl ? 1 : 0;
	FriBidiChar *cp = NULL;
	FriBidiLevel *lv = NULL;
	if (rtl || has_rtl(s)) {
		cp = ovi_malloc(sizeof *cp * (size_t)ncp);
		lv = ovi_malloc(sizeof *lv * (size_t)ncp);
		if (cp && lv) {
			for (int i = 0; p < end && i < ncp; i++)
				cp[i] = utf8_next(&p, end);
			bidi_levels(cp, ncp, rtl, lv);
		} else {
			ovi_free(lv);
			lv = NULL; /* out of memory: the paragraph's level */
		}
	}
	p = s;
	for (int i = 0; p < end; i++) {
		const char *start = p;
		uint32_t c = utf8_next(&p, end);
		int level = lv && i < ncp ? lv[i] : base;
		int face = face_for(t, font, c);
		bool same_level = n && runs[n - 1].level == level;
		if (same_level && face != runs[n - 1].face && neutral(c) &&
		    face_has(t, font, runs[n - 1].face, c))
			face = runs[n - 1].face;
		if (n && ((same_level && face == runs[n - 1].face) || n == RUNS_MAX)) {
			runs[n - 1].b = (int)(p - s);
			continue;
		}
		runs[n++] = (run_t){(int)(start - s), (int)(p - s), face, level};
	}
	ovi_free(cp);
	ovi_free(lv);
	return n;
}

/* The visual order of n runs (left to right) into order: rule L2 of the
 * Unicode Bidirectional Algorithm on the runs' levels. */
static void visual_order(const run_t *runs, int n, int *order)
{
	int hi = 0, lo_odd = 255;
	for (int i = 0; i < n; i++) {
		order[i] = i;
		hi = runs[i].level > hi ? runs[i].level : hi;
		if (runs[i].level % 2 && runs[i].level < lo_odd)
			lo_odd = runs[i].level;
	}
	for (int lev = hi; lev >= lo_odd && lev > 0; lev--)
		for (int i = 0; i < n;) {
			if (runs[order[i]].level < lev) {
				i++;
				continue;
			}
			int j = i;
			while (j < n && runs[order[j]].level >= lev)
				j++;
			for (int a = i, b = j - 1; a < b; a++, b--) {
				int x = order[a];
				order[a] = order[b];
				order[b] = x;
			}
			i = j;
		}
}

/* Code points in the bytes [a, b) of s. */
static int cps_in(const char *s, int a, int b)
{
	int n = 0;
	for (int i = a; i < b; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

int font_visual(plat_text_t *t, int font, const char *s, bool rtl, int *vis, int cap)
{
	run_t runs[RUNS_MAX];
	int order[RUNS_MAX], n = split_runs(t, font, s, rtl, runs), k = 0;
	visual_order(runs, n, order);
	for (int r = 0; r < n; r++) {
		const run_t *x = &runs[order[r]];
		/* The code point indices of the run, backwards when it is RTL. */
		int first = cps_in(s, 0, x->a), count = cps_in(s, x->a, x->b);
		for (int i = 0; i < count && k < cap; i++)
			vis[k++] = x->level % 2 ? first + count - 1 - i : first + i;
	}
	return k;
}

/* The face's direction for one run (HarfBuzz shapes it so). */
static void set_direction(TTF_Font *f, const run_t *r)
{
	TTF_SetFontDirection(f, r->level % 2 ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
}

static const char *run_text(plat_text_t *t, const char *s, const run_t *r)
{
	size_t n = (size_t)(r->b - r->a);
	if (n + 1 > t->bufcap) {
		char *b = ovi_realloc(t->buf, n + 64);
		if (!b)
			return NULL;
		t->buf = b;
		t->bufcap = n + 64;
	}
	memcpy(t->buf, s + r->a, n);
	t->buf[n] = 0;
	return t->buf;
}

/* Noto Sans covers Latin, Greek and Cyrillic; tell HarfBuzz which. */
static void set_script(TTF_Font *f, int face, const char *run)
{
	if (face_defs[face].script)
		return;
	const char *p = run, *end = run + strlen(run);
	const char *script = "Latn";
	while (p < end) {
		uint32_t c = utf8_next(&p, end);
		if (neutral(c))
			continue;
		if (c >= 0x400 && c <= 0x52F)
			script = "Cyrl";
		else if (c >= 0x370 && c <= 0x3FF)
			script = "Grek";
		break;
	}
	TTF_SetFontScriptName(f, script);
}

int font_measure(plat_text_t *t, int font, int px, const char *s, int *w, int *h)
{
	font = font == UI_FONT_BOLD ? UI_FONT_BOLD : UI_FONT_REGULAR;
	uint32_t hash = hash_str(font, px, 0, s);
	for (m_entry_t *e = t->mb[hash % M_BUCKETS]; e; e = e->next)
		if (e->hash == hash && e->font == font && e->px == px && !strcmp(e->s, s)) {
			*w = e->w;
			*h = e->h;
			return 0;
		}
	TTF_Font *primary = sized(t, font, 0, px);
	if (!primary)
		return err_set(OVI_ERR, "no font to measure with: %s", TTF_GetError());
	run_t runs[RUNS_MAX];
	int n = split_runs(t, font, s, ui_text_rtl(s), runs), total = 0;
	for (int i = 0; i < n; i++) {
		TTF_Font *f = sized(t, font, runs[i].face, px);
		const char *sub = run_text(t, s, &runs[i]);
		int rw = 0, rh = 0;
		if (!f || !sub)
			f = primary;
		if (sub) {
			set_script(f, runs[i].face, sub);
			set_direction(f, &runs[i]);
			TTF_SizeUTF8(f, sub, &rw, &rh);
		}
		total += rw;
	}
	*w = total;
	*h = TTF_FontHeight(primary);
	if (t->m_count >= M_MAX)
		measure_clear(t);
	m_entry_t *e = ovi_malloc(sizeof *e);
	char *copy = ovi_strdup(s);
	if (e && copy) {
		*e = (m_entry_t){t->mb[hash % M_BUCKETS], hash, font, px, *w, *h, copy};
		t->mb[hash % M_BUCKETS] = e;
		t->m_count++;
	} else {
		ovi_free(e);
		ovi_free(copy);
	}
	return 0;
}

/* Renders s as one ARGB surface of white glyphs; *oy is where its top sits
 * relative to the line's top (runs in other faces may reach higher). */
static SDL_Surface *render_line(plat_text_t *t, int font, int px, const char *s, bool rtl, int *oy)
{
	TTF_Font *primary = sized(t, font, 0, px);
	if (!primary)
		return NULL;
	run_t runs[RUNS_MAX];
	SDL_Surface *surf[RUNS_MAX] = {0};
	int ys[RUNS_MAX], order[RUNS_MAX], n = split_runs(t, font, s, rtl, runs);
	visual_order(runs, n, order);
	int asc0 = TTF_FontAscent(primary), top = 0, bottom = TTF_FontHeight(primary), width = 0;
	SDL_Color white = {255, 255, 255, 255};
	for (int i = 0; i < n; i++) {
		TTF_Font *f = sized(t, font, runs[i].face, px);
		const char *sub = run_text(t, s, &runs[i]);
		if (!f)
			f = primary;
		if (!sub)
			continue;
		set_script(f, runs[i].face, sub);
		set_direction(f, &runs[i]);
		surf[i] = TTF_RenderUTF8_Blended(f, sub, white);
		if (!surf[i]) {
			/* Only spaces: nothing to draw but their width. */
			int rw = 0, rh = 0;
			TTF_SizeUTF8(f, sub, &rw, &rh);
			width += rw;
			ys[i] = 0;
			continue;
		}
		ys[i] = asc0 - TTF_FontAscent(f);
		top = ys[i] < top ? ys[i] : top;
		bottom = ys[i] + surf[i]->h > bottom ? ys[i] + surf[i]->h : bottom;
		width += surf[i]->w;
	}
	SDL_Surface *out = NULL;
	if (n == 1 && surf[0] && ys[0] == 0 && top == 0) {
		out = surf[0];
		surf[0] = NULL;
	} else if (width > 0) {
		out = SDL_CreateRGBSurfaceWithFormat(0, width, bottom - top, 32,
						     SDL_PIXELFORMAT_ARGB8888);
		int x = 0;
		for (int k = 0; out && k < n; k++) {
			int i = order[k]; /* runs in visual order, left to right */
			if (!surf[i]) {
				int rw = 0, rh = 0;
				const char *sub = run_text(t, s, &runs[i]);
				TTF_Font *f = sized(t, font, runs[i].face, px);
				if (sub && f) {
					set_direction(f, &runs[i]);
					TTF_SizeUTF8(f, sub, &rw, &rh);
				}
				x += rw;
				continue;
			}
			SDL_SetSurfaceBlendMode(surf[i], SDL_BLENDMODE_NONE);
			SDL_Rect dst = {x, ys[i] - top, surf[i]->w, surf[i]->h};
			SDL_BlitSurface(surf[i], NULL, out, &dst);
			x += surf[i]->w;
		}
	}
	for (int i = 0; i < n; i++)
		SDL_FreeSurface(surf[i]);
	*oy = top;
	return out;
}

SDL_Texture *font_texture(plat_text_t *t, SDL_Renderer *r, int font, int px, const char *s,
			  bool rtl, int *w, int *h, int *oy)
{
	font = font == UI_FONT_BOLD ? UI_FONT_BOLD : UI_FONT_REGULAR;
	uint32_t hash = hash_str(font, px, rtl, s);
	for (tex_entry_t *e = t->tb[hash % TEX_BUCKETS]; e; e = e->hnext) {
		if (e->hash != hash || e->font != font || e->px != px || e->rtl != rtl ||
		    strcmp(e->s, s) != 0)
			continue;
		if (e != t->lru_head) { /* move to the front */
			e->prev->next = e->next;
			if (e->next)
				e->next->prev = e->prev;
			else
				t->lru_tail = e->prev;
			e->prev = NULL;
			e->next = t->lru_head;
			t->lru_head->prev = e;
			t->lru_head = e;
		}
		e->frame = t->frame;
		*w = e->w;
		*h = e->h;
		*oy = e->oy;
		return e->tex;
	}
	int y0 = 0;
	SDL_Surface *surf = render_line(t, font, px, s, rtl, &y0);
	if (!surf)
		return NULL;
	SDL_Texture *tex = SDL_CreateTextureFromSurface(r, surf);
	int sw = surf->w, sh = surf->h;
	SDL_FreeSurface(surf);
	if (!tex) {
		log_warn("text texture %dx%d: %s", sw, sh, SDL_GetError());
		return NULL;
	}
	SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
	tex_entry_t *e = ovi_calloc(1, sizeof *e);
	char *copy = ovi_strdup(s);
	if (!e || !copy) {
		ovi_free(e);
		ovi_free(copy);
		SDL_DestroyTexture(tex);
		return NULL;
	}
	*e = (tex_entry_t){.hnext = t->tb[hash % TEX_BUCKETS],
			   .next = t->lru_head,
			   .hash = hash,
			   .font = font,
			   .px = px,
			   .rtl = rtl,
			   .s = copy,
			   .tex = tex,
			   .w = sw,
			   .h = sh,
			   .oy = y0,
			   .bytes = (size_t)sw * (size_t)sh * 4,
			   .frame = t->frame};
	t->tb[hash % TEX_BUCKETS] = e;
	if (t->lru_head)
		t->lru_head->prev = e;
	else
		t->lru_tail = e;
	t->lru_head = e;
	t->tex_bytes += e->bytes;
	t->tex_count++;
	/* Evict the least recently used, never what this frame still needs. */
	while ((t->tex_bytes > TEX_BUDGET || t->tex_count > TEX_MAX) && t->lru_tail &&
	       t->lru_tail->frame != t->frame)
		tex_remove(t, t->lru_tail);
	*w = sw;
	*h = sh;
	*oy = y0;
	return tex;
}
