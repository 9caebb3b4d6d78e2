/*
 * The platform's pieces with real SDL: font fallback per script, measuring
 * agrees with rendering, image refusal and placeholders, rotation of input,
 * event normalisation (touch, mouse, synthetic mouse dropped) and an idle
 * wait that does not spin.
 */
#include "testlib.h"

#include "core/err.h"
#include "platform/plat.h"
#include "platform/plat_internal.h"
#include "ui/widgets.h"

#include <SDL.h>
#include <SDL_image.h>
#include <fribidi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static plat_headless_t *hl;

static plat_text_t *text(void)
{
	return plat_headless_gfx(hl)->text;
}

TEST(font_fallback_per_script)
{
	const char *p;
	font_face_for(text(), UI_FONT_REGULAR, 'a', &p);
	CHECK_CONTAINS(p, "NotoSans-Regular");
	font_face_for(text(), UI_FONT_BOLD, 0xF6 /* ö */, &p);
	CHECK_CONTAINS(p, "NotoSans-Bold");
	font_face_for(text(), UI_FONT_REGULAR, 0x41B /* Л */, &p);
	CHECK_CONTAINS(p, "NotoSans-Regular");
	font_face_for(text(), UI_FONT_REGULAR, 0x645 /* م */, &p);
	CHECK_CONTAINS(p, "Arabic");
	font_face_for(text(), UI_FONT_BOLD, 0x232B /* ⌫ */, &p);
	CHECK_CONTAINS(p, "Symbols2");
	font_face_for(text(), UI_FONT_REGULAR, 0x1200 /* ሀ */, &p);
	CHECK_CONTAINS(p, "Ethiopic");
}

/* FriBidi's own visual order of s (logical index per visual position),
 * the paragraph's direction rtl: what a line must show. */
static int fribidi_order(const char *s, bool rtl, int *vis, int cap)
{
	FriBidiChar u[256];
	FriBidiCharType ty[256];
	FriBidiBracketType br[256];
	FriBidiLevel lv[256];
	FriBidiStrIndex map[256];
	int n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, s, (FriBidiStrIndex)strlen(s), u);
	FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	fribidi_get_bidi_types(u, n, ty);
	fribidi_get_bracket_types(u, n, ty, br);
	CHECK(fribidi_get_par_embedding_levels_ex(ty, br, n, &base, lv) != 0);
	for (int i = 0; i < n; i++)
		map[i] = i;
	/* Marks stay in logical order inside their run: HarfBuzz, which shapes
	 * the run, puts them on their letters (FriBidi's REORDER_NSM is for
	 * programs that draw character by character). */
	CHECK(fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT & ~FRIBIDI_FLAG_REORDER_NSM, ty, n, 0,
				   base, lv, NULL, map) != 0);
	for (int i = 0; i < n && i < cap; i++)
		vis[i] = map[i];
	return n < cap ? n : cap;
}

/* Mixed-direction lines in the order FriBidi says, as drawn: an Arabic
 * help text keeps its phone number and a Latin name left to right; the
 * numbers of "open 10–17" read first 10 then 17 from the right. */
TEST(bidi_as_fribidi_orders_it)
{
	static const struct {
		const char *s;
		bool rtl;
	} cases[] = {
		{"أماكن متبقية: 12", true},
		{"مفتوح اليوم 10–17", true},
		{"اتصل بـ Aino Korhonen على 040 123 4567 (مجانًا)", true},
		{"في حالة الطوارئ اتصل بالرقم 112.", true},
		{"Soita 112 (Nuorten kriisipiste)", false},
		{"Abdirahman: مرحبا بكم 12 في Ohjaamo", false},
		{"שלום 123 עולם", true},
		{"Ласкаво просимо", false},
		{"ሎሚ 12", false},
	};
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		int want[256], got[256];
		int nw = fribidi_order(cases[c].s, cases[c].rtl, want, 256);
		int ng = font_visual(text(), UI_FONT_REGULAR, cases[c].s, cases[c].rtl, got, 256);
		CHECK_INT(ng, nw);
		bool same = ng == nw;
		for (int i = 0; same && i < ng; i++)
			same = got[i] == want[i];
		if (!same)
			fprintf(stderr, "  \"%s\": not in FriBidi's order\n", cases[c].s);
		CHECK(same);
	}
	/* The first case by hand (UAX #9: the number after Arabic letters is
	 * an Arabic number, one level up, so it stays left to right). */
	int got[32];
	CHECK_INT(font_visual(text(), UI_FONT_BOLD, "أماكن متبقية: 12", true, got, 32), 16);
	static const int hand[16] = {14, 15, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
	for (int i = 0; i < 16; i++)
		CHECK_INT(got[i], hand[i]);
	/* A Latin line without any right-to-left letter stays as it is. */
	CHECK_INT(font_visual(text(), UI_FONT_REGULAR, "Hei 12", false, got, 32), 6);
	for (int i = 0; i < 6; i++)
		CHECK_INT(got[i], i);
}

TEST(measure_matches_render)
{
	const char *s[] = {
		"Työllisyyspalveluiden", "Ласкаво просимо", "مرحبا بكم",
		"Hei مرحبا Привіт",	 "⌫ ⇧ ✓",	    "Å",
	};
	SDL_Renderer *r = plat_headless_gfx(hl)->r;
	for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
		for (int f = 0; f < UI_FONT_COUNT; f++) {
			int mw, mh, tw, th, oy;
			CHECK_INT(plat_measure(plat_headless_gfx(hl), f, 30, s[i], &mw, &mh), 0);
			SDL_Texture *t = font_texture(text(), r, f, 30, s[i], false, &tw, &th, &oy);
			CHECK(t != NULL);
			CHECK(mw > 0 && mh >= 30);
			if (tw != mw)
				fprintf(stderr, "  \"%s\" font %d: measured %d, rendered %d\n",
					s[i], f, mw, tw);
			CHECK(tw == mw);
		}
	}
	int w, h;
	CHECK_INT(plat_measure(plat_headless_gfx(hl), UI_FONT_REGULAR, 26, "", &w, &h), 0);
	CHECK_INT(w, 0);
	CHECK(h > 26);
	/* Bold is wider; Arabic shaping joins letters (narrower than isolated). */
	int wr, wb;
	plat_measure(plat_headless_gfx(hl), UI_FONT_REGULAR, 40, "Ovi Ohjaamo", &wr, &h);
	plat_measure(plat_headless_gfx(hl), UI_FONT_BOLD, 40, "Ovi Ohjaamo", &wb, &h);
	CHECK(wb > wr);
}

/* How many mappings of the file at path this process has. */
static int mappings_of(const char *path)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[4400];
	int n = 0;
	while (f && fgets(line, sizeof line, f)) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		size_t ll = strlen(line), pl = strlen(path);
		n += ll >= pl && !strcmp(line + ll - pl, path);
	}
	if (f)
		fclose(f);
	return n;
}

/* A face's file is read once for every size drawn from it: mapped, and
 * FreeType reads memory (a screenshot made 9,365 lseeks and 2,946 reads of
 * font files when each size opened the file). */
TEST(each_font_file_mapped_once)
{
	const char *bold = NULL;
	font_face_for(text(), UI_FONT_BOLD, 'A', &bold);
	CHECK(bold != NULL);
	if (!bold)
		return;
	SDL_Renderer *r = plat_headless_gfx(hl)->r;
	for (int px = 21; px <= 61; px += 10) {
		int w, h, oy;
		CHECK(font_texture(text(), r, UI_FONT_BOLD, px, "Tänään", false, &w, &h, &oy) !=
		      NULL);
	}
	CHECK_INT(mappings_of(bold), 1);
}

/* The pixels of s drawn by font_texture() (ARGB, w*h), ovi_malloc'd. */
static uint32_t *text_pixels(const char *s, bool rtl, int *w, int *h)
{
	SDL_Renderer *r = plat_headless_gfx(hl)->r;
	int oy;
	SDL_Texture *t = font_texture(text(), r, UI_FONT_BOLD, 40, s, rtl, w, h, &oy);
	if (!t)
		return NULL;
	SDL_Texture *target =
		SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, *w, *h);
	uint32_t *px = calloc((size_t)*w * (size_t)*h, 4);
	SDL_SetRenderTarget(r, target);
	SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
	SDL_RenderClear(r);
	SDL_RenderCopy(r, t, NULL, &(SDL_Rect){0, 0, *w, *h});
	SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, px, *w * 4);
	SDL_SetRenderTarget(r, NULL);
	SDL_DestroyTexture(target);
	return px;
}

/* In a right-to-left paragraph a mirrored character takes its mirror's
 * glyph (UAX #9 rule L4, done by HarfBuzz in a right-to-left run): the
 * Today card's "›" points left in Arabic, the back button's "‹" right. */
TEST(mirrored_glyphs_in_right_to_left)
{
	int w1, h1, w2, h2, w3, h3;
	uint32_t *next_rtl = text_pixels("›", true, &w1, &h1);
	uint32_t *back_ltr = text_pixels("‹", false, &w2, &h2);
	uint32_t *next_ltr = text_pixels("›", false, &w3, &h3);
	CHECK(next_rtl && back_ltr && next_ltr);
	if (next_rtl && back_ltr && next_ltr) {
		CHECK(w1 == w2 && h1 == h2);
		CHECK(w1 == w2 && h1 == h2 && !memcmp(next_rtl, back_ltr, (size_t)w1 * h1 * 4));
		CHECK(w1 == w3 && h1 == h3 && memcmp(next_rtl, next_ltr, (size_t)w1 * h1 * 4));
	}
	free(next_rtl);
	free(back_ltr);
	free(next_ltr);
}

static void write_png(const char *path, int w, int h, uint32_t argb)
{
	SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
	SDL_FillRect(s, NULL, argb);
	CHECK_INT(IMG_SavePNG(s, path), 0);
	SDL_FreeSurface(s);
}

TEST(images_refused_or_shown)
{
	char *dir = test_tmpdir("platform_images");
	plat_gfx_t *g = plat_headless_gfx(hl);
	CHECK_INT(plat_gfx_set_image_root(g, dir), 0);
	char p[4200];
	snprintf(p, sizeof p, "%s/red.png", dir);
	write_png(p, 64, 48, 0xFFFF0000);
	snprintf(p, sizeof p, "%s/huge.png", dir);
	unsigned char big[33] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0,	  13,
				 'I',  'H', 'D', 'R', 0,    0,	  0x13, 0x88, 0, 0, 0x13, 0x88};
	test_write_file(p, big, sizeof big);
	snprintf(p, sizeof p, "%s/junk.png", dir);
	test_write_file(p, "not an image at all", 19);

	int w, h;
	CHECK_INT(plat_image_probe(g, "red.png", &w, &h), 0);
	CHECK_INT(w, 64);
	CHECK_INT(h, 48);
	CHECK(plat_image_probe(g, "huge.png", &w, &h) < 0);
	CHECK_CONTAINS(err_last(), "4096");
	CHECK(plat_image_probe(g, "junk.png", &w, &h) < 0);
	CHECK(plat_image_probe(g, "missing.png", &w, &h) < 0);

	/* Drawn: the photo, round; a broken photo falls back to initials
	 * (the UI asked the probe); an image that fails only at render time
	 * shows its placeholder colour. */
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	plat_headless_attach(hl, ui);
	ui_begin(ui, 0);
	ui_avatar(ui, (ui_rect_t){100, 100, 200, 200}, "red.png", "Aino Korhonen", 4);
	ui_avatar(ui, (ui_rect_t){400, 100, 200, 200}, "huge.png", "Mikko Virtanen", 1);
	draw_image(ui_dl(ui), (ui_rect_t){650, 100, 100, 100}, "junk.png", DRAW_IMG_PLACEHOLDER,
		   ui_rgb(0x00FF00));
	draw_image(ui_dl(ui), (ui_rect_t){650, 300, 100, 100}, "junk.png", 0, ui_rgb(0x00FF00));
	ui_end(ui);
	CHECK(ui_find_text(ui, "MV") != NULL);
	CHECK(ui_find_text(ui, "AK") == NULL);
	CHECK_INT(plat_headless_render(hl, ui_draw_list(ui)), 0);
	CHECK_INT(plat_headless_pixel(hl, 200, 200), 0xFF0000);
	CHECK(plat_headless_pixel(hl, 102, 102) != 0xFF0000); /* outside the circle */
	CHECK_INT(plat_headless_pixel(hl, 700, 150), 0x00FF00);
	CHECK(plat_headless_pixel(hl, 700, 350) != 0x00FF00);
	snprintf(p, sizeof p, "%s/images.png", dir);
	CHECK_INT(plat_headless_save_png(hl, p), 0);
	ui_free(ui);
	plat_gfx_set_image_root(g, NULL);
	free(dir);
}

TEST(bundle_photos_decode)
{
	/* The demo bundle's portraits: a baseline JPEG and a 16-bit PNG. */
	char root[4096];
	snprintf(root, sizeof root, "%s/content", OVI_SOURCE_DIR);
	plat_gfx_t *g = plat_headless_gfx(hl);
	CHECK_INT(plat_gfx_set_image_root(g, root), 0);
	int w = 0, h = 0;
	CHECK_INT(plat_image_probe(g, "photos/aino.jpg", &w, &h), 0);
	CHECK(w > 0 && h > 0);
	CHECK_INT(plat_image_probe(g, "photos/mikko.png", &w, &h), 0);
	CHECK(w > 0 && h > 0);
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	plat_headless_attach(hl, ui);
	ui_begin(ui, 0);
	ui_avatar(ui, (ui_rect_t){100, 100, 160, 160}, "photos/aino.jpg", "Aino Korhonen", 0);
	ui_avatar(ui, (ui_rect_t){300, 100, 160, 160}, "photos/mikko.png", "Mikko Virtanen", 0);
	ui_end(ui);
	CHECK(ui_find_text(ui, "AK") == NULL); /* photos, not initials */
	CHECK_INT(plat_headless_render(hl, ui_draw_list(ui)), 0);
	char *dir = test_tmpdir("platform_photos"), p[4200];
	snprintf(p, sizeof p, "%s/photos.png", dir);
	CHECK_INT(plat_headless_save_png(hl, p), 0);
	free(dir);
	ui_free(ui);
	plat_gfx_set_image_root(g, NULL);
}

TEST(shapes_are_antialiased)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	plat_headless_attach(hl, ui);
	ui_begin(ui, 0);
	draw_rect(ui_dl(ui), (ui_rect_t){0, 0, 800, 480}, 0, ui_rgb(0xFFFFFF));
	draw_circle(ui_dl(ui), 200, 200, 100, ui_rgb(0x000000));
	draw_rect(ui_dl(ui), (ui_rect_t){400, 100, 300, 200}, 40, ui_rgb(0x000000));
	ui_end(ui);
	plat_headless_render(hl, ui_draw_list(ui));
	CHECK_INT(plat_headless_pixel(hl, 200, 200), 0);
	CHECK_INT(plat_headless_pixel(hl, 200, 99), 0xFFFFFF);
	CHECK_INT(plat_headless_pixel(hl, 401, 101), 0xFFFFFF); /* the corner is round */
	CHECK_INT(plat_headless_pixel(hl, 550, 200), 0);
	/* Somewhere along the circle's edge there are greys. */
	int greys = 0;
	for (int x = 100; x < 300; x++) {
		unsigned p = plat_headless_pixel(hl, x, 140) & 0xFF;
		greys += p > 0x10 && p < 0xF0;
	}
	CHECK(greys >= 2);
	ui_free(ui);
}

TEST(rotation_maps_points)
{
	int x, y;
	plat_rotate_point(0, 800, 480, 10, 20, &x, &y);
	CHECK(x == 10 && y == 20);
	/* 90: the picture (480x800) turns clockwise onto an 800x480 panel;
	 * its top-left corner is at the panel's top-right. */
	plat_rotate_point(90, 800, 480, 799, 0, &x, &y);
	CHECK(x == 0 && y == 1);
	plat_rotate_point(90, 800, 480, 0, 479, &x, &y);
	CHECK(x == 479 && y == 799);
	plat_rotate_point(180, 800, 480, 0, 0, &x, &y);
	CHECK(x == 799 && y == 479);
	plat_rotate_point(270, 800, 480, 0, 479, &x, &y);
	CHECK(x == 1 && y == 0);
	plat_rotate_point(270, 800, 480, 799, 0, &x, &y);
	CHECK(x == 479 && y == 799);
}

static int taps;

static void target_screen(ui_t *ui)
{
	/* A button around the point the test touches. */
	if (ui_button(ui, ui_id(ui, "t"), (ui_rect_t){200, 560, 80, 80}, "T", UI_BTN_PRIMARY))
		taps++;
}

static void wframe(plat_window_t *w, ui_t *ui)
{
	ui_begin(ui, 0);
	target_screen(ui);
	ui_end(ui);
	CHECK_INT(plat_window_present(w, ui_draw_list(ui)), 0);
}

static void push_finger(Uint32 type, float x, float y)
{
	SDL_Event e = {0};
	e.type = type;
	e.tfinger.fingerId = 3;
	e.tfinger.x = x;
	e.tfinger.y = y;
	SDL_PushEvent(&e);
}

static void push_mouse(Uint32 type, int x, int y, Uint32 which)
{
	SDL_Event e = {0};
	e.type = type;
	e.button.which = which;
	e.button.button = SDL_BUTTON_LEFT;
	e.button.x = x;
	e.button.y = y;
	SDL_PushEvent(&e);
}

static int wake_soon(void *arg)
{
	(void)arg;
	SDL_Delay(50);
	plat_wake();
	return 0;
}

TEST(window_rotation_and_events)
{
	plat_window_t *w;
	int rc = plat_window_open(&w, &(plat_window_opts_t){.w = 800, .h = 480, .rotation = 90});
	CHECK_INT(rc, 0);
	if (rc < 0) {
		fprintf(stderr, "  %s\n", err_last());
		return;
	}
	int lw, lh;
	plat_window_size(w, &lw, &lh);
	CHECK(lw == 480 && lh == 800);
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1, 1), 0);
	plat_window_attach(w, ui);
	taps = 0;
	wframe(w, ui);
	CHECK_INT(ui_screen(ui).w, 480);

	/* A finger at (200, 240) on the panel is (240, 600) in the picture. */
	push_finger(SDL_FINGERDOWN, 0.25f, 0.5f);
	push_finger(SDL_FINGERUP, 0.25f, 0.5f);
	CHECK(plat_wait_event(w, ui, 0) & PLAT_EV_INPUT);
	wframe(w, ui);
	CHECK_INT(taps, 1);

	/* The mouse SDL makes from touch is ignored; a real mouse works. */
	push_mouse(SDL_MOUSEBUTTONDOWN, 200, 240, SDL_TOUCH_MOUSEID);
	push_mouse(SDL_MOUSEBUTTONUP, 200, 240, SDL_TOUCH_MOUSEID);
	CHECK_INT(plat_wait_event(w, ui, 0) & PLAT_EV_INPUT, 0);
	wframe(w, ui);
	CHECK_INT(taps, 1);
	push_mouse(SDL_MOUSEBUTTONDOWN, 200, 240, 0);
	push_mouse(SDL_MOUSEBUTTONUP, 200, 240, 0);
	CHECK(plat_wait_event(w, ui, 0) & PLAT_EV_INPUT);
	wframe(w, ui);
	CHECK_INT(taps, 2);

	/* Idle: the dummy driver cannot block in SDL, so the wait blocks in
	 * poll(): one wake-up for the whole wait, also right after a touch
	 * (the stepped wait woke every 10 ms then, every 200 ms idle). */
	uint64_t before = plat_window_wakeups(w);
	Uint64 t0 = SDL_GetTicks64();
	CHECK_INT(plat_wait_event(w, ui, 450), 0);
	CHECK(SDL_GetTicks64() - t0 >= 440); /* it waited (never less) */
	CHECK(plat_window_wakeups(w) - before <= 2);
	push_finger(SDL_FINGERDOWN, 0.25f, 0.5f);
	push_finger(SDL_FINGERUP, 0.25f, 0.5f);
	CHECK(plat_wait_event(w, ui, 0) & PLAT_EV_INPUT);
	wframe(w, ui);
	before = plat_window_wakeups(w);
	CHECK_INT(plat_wait_event(w, ui, 300), 0);
	CHECK(plat_window_wakeups(w) - before <= 2);
	/* plat_wake() from another thread ends a wait without a deadline. */
	SDL_Thread *th = SDL_CreateThread(wake_soon, "wake", NULL);
	CHECK(plat_wait_event(w, ui, -1) & PLAT_EV_WAKE);
	SDL_WaitThread(th, NULL);
	SDL_Event q = {.type = SDL_QUIT};
	SDL_PushEvent(&q);
	CHECK(plat_wait_event(w, ui, 1000) & PLAT_EV_QUIT);
	ui_free(ui);
	plat_window_close(w);
}

int main(void)
{
	if (plat_headless_open(&hl, 800, 480) < 0) {
		fprintf(stderr, "headless: %s\n", err_last());
		return 1;
	}
	RUN(font_fallback_per_script);
	RUN(bidi_as_fribidi_orders_it);
	RUN(measure_matches_render);
	RUN(mirrored_glyphs_in_right_to_left);
	RUN(each_font_file_mapped_once);
	RUN(images_refused_or_shown);
	RUN(bundle_photos_decode);
	RUN(shapes_are_antialiased);
	RUN(rotation_maps_points);
	RUN(window_rotation_and_events);
	plat_headless_close(hl);
	return test_summary();
}
