/*
 * Renders the demo screen headless with the real fonts at three sizes into
 * the build's tests/tmp/screenshots/ (PNGs for people to look at), and checks the frame's
 * registry: every text inside the screen and uncut, no overlapping hit
 * areas, targets a finger wide, the scripts present. Also the platform's
 * pieces: font fallback per script, image refusal, rotation, events.
 */
#include "testlib.h"
#include "headless_fixture.h"

#include "core/err.h"
#include "core/fs.h"
#include "platform/plat.h"
#include "platform/plat_internal.h"
#include "ui/keyboard.h"
#include "screen_demo.h"
#include "ui/widgets.h"

#include <SDL.h>
#include <SDL_image.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static ui_kb_t kb;

static void frame(ui_t *ui, const demo_view_t *v, ui_action_t *a)
{
	memset(a, 0, sizeof *a);
	ui_begin(ui, 1000);
	screen_demo(ui, v, a);
	CHECK_INT(ui_end(ui), 0);
}

static void print_lint(ui_t *ui, const char *what)
{
	errlist_t el = {0};
	int n = ui_lint(ui, UI_MIN_TARGET, &el);
	for (int i = 0; i < el.n; i++)
		fprintf(stderr, "  %s: %s\n", what, el.msg[i]);
	int no;
	const char *const *over = ui_overflows(ui, &no);
	for (int i = 0; i < no; i++)
		fprintf(stderr, "  %s overflow: %s\n", what, over[i]);
	CHECK_INT(n, 0);
	CHECK_INT(no, 0);
	errlist_clear(&el);
}

/* A text that must be on screen, whole: not ellipsised, clipped or hidden. */
static void check_whole(ui_t *ui, const char *s)
{
	const ui_text_rec_t *t = ui_find_text(ui, s);
	CHECK(t != NULL);
	if (!t) {
		fprintf(stderr, "  missing text \"%s\"\n", s);
		return;
	}
	CHECK(!t->ellipsised && !t->clipped && !t->hidden);
	CHECK(ui_rect_inside(t->r, ui_screen(ui)));
	CHECK(t->r.w > 0 && t->r.h > 0);
}

static void render_demo(int w, int h, const char *name, bool large, bool contrast)
{
	ui_t *ui;
	plat_headless_t *hl;
	if (!hfx_open(&ui, &hl, w, h, contrast, large))
		return;
	ui_kb_init(&kb, ui_kb_layout_for("fi"), 24);
	strcpy(kb.text, "Pikseli");
	demo_view_t v;
	demo_view_fi(&v, &kb);
	ui_action_t a;
	frame(ui, &v, &a);
	CHECK_INT(a.kind, UI_ACT_NONE);

	char path[4096];
	snprintf(path, sizeof path, "%s/screenshots", OVI_TEST_TMP);
	fs_mkdirs(path, 0755);
	snprintf(path, sizeof path, "%s/screenshots/%s.png", OVI_TEST_TMP, name);
	CHECK_INT(plat_headless_render(hl, ui_draw_list(ui)), 0);
	CHECK_INT(plat_headless_save_png(hl, path), 0);
	print_lint(ui, name);

	/* What is always in view: the header, the keyboard. */
	check_whole(ui, "Ohjaamo Keskusta");
	check_whole(ui, "11:02");
	check_whole(ui, "Ilmoittaudu");
	check_whole(ui, "å");
	check_whole(ui, "ä");
	check_whole(ui, "ö");
	/* The body may need scrolling on small screens: scroll through it
	 * and check each text is whole at some offset. */
	const char *body[] = {"Aino Korhonen", "AK",	   "Opiskelu", v.paragraph,
			      v.arabic,	       v.cyrillic, "Pikseli",  "Kysy nimettömänä"};
	int nbody = (int)(sizeof body / sizeof body[0]);
	bool seen[16] = {false};
	ui_id_t sid = 0;
	{
		int nh;
		const ui_hit_t *hits = ui_hits(ui, &nh);
		for (int i = 0; i < nh; i++)
			if (hits[i].kind == UI_HIT_SCROLL)
				sid = hits[i].id;
	}
	CHECK(sid != 0);
	for (int off = 0; off < 4000; off += ui_dp(ui, 60)) {
		ui_scroll_to(ui, sid, off);
		frame(ui, &v, &a);
		for (int i = 0; i < nbody; i++) {
			const ui_text_rec_t *t = ui_find_text(ui, body[i]);
			if (t && !t->clipped && !t->hidden && !t->ellipsised &&
			    ui_rect_inside(t->r, ui_screen(ui)))
				seen[i] = true;
		}
		if ((int)ui_scroll_offset(ui, sid) < off)
			break; /* reached the end */
	}
	for (int i = 0; i < nbody; i++) {
		if (!seen[i])
			fprintf(stderr, "  %s: never whole on screen: \"%.40s\"\n", name, body[i]);
		CHECK(seen[i]);
	}
	ui_scroll_to(ui, sid, 0);
	hfx_close(ui, hl);
}

TEST(demo_800x480)
{
	render_demo(800, 480, "demo-800x480", false, false);
}
TEST(demo_1920x1080)
{
	render_demo(1920, 1080, "demo-1920x1080", false, false);
}
TEST(demo_1080x1920)
{
	render_demo(1080, 1920, "demo-1080x1920", false, false);
}
TEST(demo_1280x800_large_text)
{
	render_demo(1280, 800, "demo-1280x800-large", true, false);
}
TEST(demo_1920x1080_contrast)
{
	render_demo(1920, 1080, "demo-1920x1080-contrast", false, true);
}

int main(void)
{
	RUN(demo_800x480);
	RUN(demo_1920x1080);
	RUN(demo_1080x1920);
	RUN(demo_1280x800_large_text);
	RUN(demo_1920x1080_contrast);
	return test_summary();
}
