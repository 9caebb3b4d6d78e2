/*
 * The kiosk's Today and Week screens and its overlays rendered headless
 * with the real fonts and photos, into the build's tests/tmp/screenshots/kiosk-<screen>-
 * <lang>-<WxH>.png for people to look at, and linted with the real text
 * measure (nothing outside the screen, cut or ellipsised, at every scroll
 * position; no overlapping or small targets).
 */
#include "kiosk_fixture.h"
#include "screen_check.h"
#include "testlib.h"
#include "headless_fixture.h"

#include "core/err.h"
#include "core/fs.h"
#include "platform/plat.h"
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "ui/widgets.h"

#include <stdio.h>
#include <string.h>

static int64_t now_ms = 1000;

static void frame(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s)
{
	ui_action_t a;
	memset(&a, 0, sizeof a);
	now_ms += 16;
	ui_begin(ui, now_ms);
	kiosk_frame(ui, v, s, &a);
	CHECK_INT(ui_end(ui), 0);
	CHECK_INT(a.kind, 0);
}

struct scan_ctx {
	const kiosk_view_t *v;
	const kiosk_state_t *s;
};

static void scan_draw(void *ctx, ui_t *ui, ui_action_t *a)
{
	struct scan_ctx *c = ctx;
	frame(ui, c->v, c->s);
	memset(a, 0, sizeof *a); /* frame() checked it */
}

/* Lints the frame at every scroll position of each scroll region
 * (tests/screen_check.h). */
static void lint_scrolled(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, const char *what)
{
	struct scan_ctx c = {v, s};
	CHECK_INT(screen_scan(ui, scan_draw, &c, what, NULL, 0, 20000), 0);
}

typedef void (*setup_fn)(kiosk_view_t *v, kiosk_state_t *s);

static void s_today(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)v;
	(void)s;
}
static void s_week(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)v;
	s->screen = KS_WEEK;
}
static void s_empty(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)s;
	kfx_empty_day(v);
}
static void s_closed(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)s;
	kfx_closed_day(v);
}
static void s_help(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)v;
	s->overlay = KO_HELP;
}
static void s_crisis(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)v;
	s->screen = KS_QUESTION_SENT;
	s->overlay = KO_CRISIS;
}
static void s_idle(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)v;
	s->idle_warning = true;
	s->idle_seconds_left = 8;
}
static void s_notice(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)v;
	snprintf(s->notice, sizeof s->notice, "%s", tx(s->lang, T_CODE_UNKNOWN));
}
static void s_dim(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)s;
	v->display_dim = true;
	v->now = wall_make(v->today.day, 20 * 60 + 41);
}
static void s_none(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)s;
	v->has_content = false;
}

static const char *many_langs[] = {"fi", "sv", "en", "uk", "ar", "so", "ru", "fa"};

/* A long site name and eight languages: the header's fallbacks. */
static void s_stress(kiosk_view_t *v, kiosk_state_t *s)
{
	(void)s;
	v->today.site.name = "Ohjaamo Kajaani – Nuorten tieto- ja neuvontapiste";
	v->today.site.languages = many_langs;
	v->today.site.nlanguages = 8;
}

static const struct {
	const char *name;
	setup_fn fn;
} screens[] = {
	{"today", s_today},
	{"week", s_week},
	{"today-empty", s_empty},
	{"today-closed", s_closed},
	{"help", s_help},
	{"crisis", s_crisis},
	{"idle", s_idle},
	{"notice", s_notice},
	{"dim", s_dim},
	{"no-content", s_none},
	{"header-stress", s_stress},
};

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
	for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
		kiosk_view_t v;
		kfx_view(&v, photos);
		kiosk_state_t s;
		kiosk_state_init(&s, lang);
		screens[i].fn(&v, &s);
		char what[128];
		snprintf(what, sizeof what, "kiosk-%s-%s-%dx%d%s", screens[i].name, lang, w, h,
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

TEST(kiosk_800x480)
{
	for (int l = 0; l < 3; l++)
		render(800, 480, langs[l]);
}
TEST(kiosk_1920x1080)
{
	for (int l = 0; l < 3; l++)
		render(1920, 1080, langs[l]);
}
TEST(kiosk_1080x1920)
{
	for (int l = 0; l < 3; l++)
		render(1080, 1920, langs[l]);
}
TEST(kiosk_1280x800)
{
	render(1280, 800, "fi");
}
TEST(kiosk_contrast_and_large_text)
{
	render_ex(1920, 1080, "fi", "-contrast", true, false);
	render_ex(1280, 800, "sv", "-large", false, true);
}

int main(void)
{
	RUN(kiosk_800x480);
	RUN(kiosk_1920x1080);
	RUN(kiosk_1080x1920);
	RUN(kiosk_1280x800);
	RUN(kiosk_contrast_and_large_text);
	return test_summary();
}
