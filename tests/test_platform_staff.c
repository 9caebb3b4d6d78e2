/*
 * The staff screens rendered headless with the real fonts and photos, into
 * the build's tests/tmp/screenshots/staff-<scene>-<lang>-<WxH>[-variant].png
 * for people to look at, and linted with the real text measure at every
 * scroll position (nothing outside the screen, cut or ellipsised; no
 * overlapping or small targets). Also the youth header's logo while it is
 * held (the staff entry's feedback).
 */
#include "staff_scenes.h"
#include "screen_check.h"
#include "testlib.h"
#include "headless_fixture.h"

#include "core/err.h"
#include "core/fs.h"
#include "platform/plat.h"
#include "youth/kiosk.h"
#include "staff/staff.h"
#include "ui/widgets.h"

#include <stdio.h>
#include <string.h>

static int64_t now_ms = 1000;

static void frame(ui_t *ui, const staff_view_t *v, const staff_state_t *s)
{
	ui_action_t a;
	memset(&a, 0, sizeof a);
	now_ms += 16;
	ui_begin(ui, now_ms);
	staff_frame(ui, v, s, &a);
	CHECK_INT(ui_end(ui), 0);
	CHECK_INT(a.kind, 0);
}

struct scan_ctx {
	const staff_view_t *v;
	const staff_state_t *s;
};

static void scan_draw(void *ctx, ui_t *ui, ui_action_t *a)
{
	struct scan_ctx *c = ctx;
	frame(ui, c->v, c->s);
	memset(a, 0, sizeof *a); /* frame() checked it */
}

/* Lints the frame at every scroll position of each scroll region
 * (tests/screen_check.h). */
static void lint_scrolled(ui_t *ui, const staff_view_t *v, const staff_state_t *s, const char *what)
{
	struct scan_ctx c = {v, s};
	CHECK_INT(screen_scan(ui, scan_draw, &c, what, NULL, 0, 30000), 0);
}

static void render_ex(int w, int h, const char *lang, const char *suffix, bool contrast, bool large)
{
	ui_t *ui;
	plat_headless_t *hl;
	if (!hfx_open(&ui, &hl, w, h, contrast, large))
		return;
	char dir[4096], path[4096], photos[4096];
	snprintf(dir, sizeof dir, "%s/screenshots", OVI_TEST_TMP);
	fs_mkdirs(dir, 0755);
	snprintf(photos, sizeof photos, "%s/content/photos", OVI_SOURCE_DIR);
	for (int i = 0; i < SFX_NSCENES; i++) {
		staff_view_t v;
		sfx_view(&v, photos);
		staff_state_t s;
		staff_state_init(&s, lang);
		sfx_scenes[i].fn(&v, &s);
		char what[128];
		snprintf(what, sizeof what, "staff-%s-%s-%dx%d%s", sfx_scenes[i].name, lang, w, h,
			 suffix);
		ui_reset(ui);
		frame(ui, &v, &s);
		snprintf(path, sizeof path, "%s/%s.png", dir, what);
		CHECK_INT(plat_headless_render(hl, ui_draw_list(ui)), 0);
		CHECK_INT(plat_headless_save_png(hl, path), 0);
		CHECK_INT(screen_lint(ui, what), 0);
		lint_scrolled(ui, &v, &s, what);
	}
	hfx_close(ui, hl);
}

static void render(int w, int h, const char *lang)
{
	render_ex(w, h, lang, "", false, false);
}

static const char *langs[3] = {"fi", "sv", "en"};

TEST(staff_800x480)
{
	for (int l = 0; l < 3; l++)
		render(800, 480, langs[l]);
}
TEST(staff_1920x1080)
{
	for (int l = 0; l < 3; l++)
		render(1920, 1080, langs[l]);
}
TEST(staff_1080x1920)
{
	for (int l = 0; l < 3; l++)
		render(1080, 1920, langs[l]);
}
TEST(staff_1280x800)
{
	render(1280, 800, "fi");
}
TEST(staff_contrast_and_large_text)
{
	render_ex(1920, 1080, "fi", "-contrast", true, false);
	render_ex(1280, 800, "sv", "-large", false, true);
}

/* The youth header while the logo is held for two seconds: a thin bar
 * fills under it, nothing else changes. */
TEST(logo_held)
{
	ui_t *ui;
	plat_headless_t *hl;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	CHECK_INT(plat_headless_open(&hl, 1920, 1080), 0);
	plat_headless_attach(hl, ui);
	kiosk_view_t v;
	kfx_view(&v, NULL);
	kiosk_state_t s;
	kiosk_state_init(&s, "fi");
	ui_action_t a;
	int64_t t = 50000;
	int x, y;
	ui_begin(ui, t);
	kiosk_frame(ui, &v, &s, &a);
	ui_end(ui);
	CHECK_INT(ui_find_hit(ui, "staff-entry", &x, &y), 0);
	ui_pointer_down(ui, 0, x, y, t);
	memset(&a, 0, sizeof a);
	ui_begin(ui, t + 2000);
	kiosk_frame(ui, &v, &s, &a);
	ui_end(ui);
	CHECK_INT(a.kind, 0);
	char path[4096];
	snprintf(path, sizeof path, "%s/screenshots/kiosk-logo-held-fi-1920x1080.png",
		 OVI_TEST_TMP);
	CHECK_INT(plat_headless_render(hl, ui_draw_list(ui)), 0);
	CHECK_INT(plat_headless_save_png(hl, path), 0);
	hfx_close(ui, hl);
}

int main(void)
{
	RUN(staff_800x480);
	RUN(staff_1920x1080);
	RUN(staff_1080x1920);
	RUN(staff_1280x800);
	RUN(staff_contrast_and_large_text);
	RUN(logo_held);
	return test_summary();
}
