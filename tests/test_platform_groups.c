/*
 * Renders the groups and services screens headless with the real fonts,
 * through the kiosk's frame, into the build's tests/tmp/screenshots/kiosk-<screen>-<lang>-
 * <WxH>[-variant].png (for people to look at), and checks each frame with
 * the real text measure: nothing off screen, cut or ellipsised, no
 * overlapping or too small targets, and what matters whole in view without
 * scrolling (the privacy line, the notice, the cancel code).
 */
#include "screen_check.h"
#include "testlib.h"
#include "headless_fixture.h"

#include "gs_fixture.h"
#include "core/fs.h"
#include "platform/plat.h"
#include "youth/scr_gs.h"

#include <stdio.h>
#include <string.h>

static int shots;

static void site(gsf_t *f)
{
	static const char *site_langs[3] = {"fi", "sv", "en"};
	f->v.today.site = (site_view_t){"keskusta",
					"Ohjaamo Keskusta",
					"Kauppakatu 12 · 2. krs",
					"",
					"",
					"fi",
					site_langs,
					3,
					""};
	f->v.today.hours = (hours_view_t){true, 600, 1020, false, ""};
	f->v.today.open_now = true;
}

static void report(ui_t *ui, const char *name)
{
	CHECK_INT(screen_lint(ui, name), 0);
}

static void whole(ui_t *ui, const char *name, const char *s)
{
	const ui_text_rec_t *t = ui_find_text(ui, s);
	if (!t || t->hidden || t->clipped || t->ellipsised ||
	    !ui_rect_inside(t->r, ui_screen(ui))) {
		fprintf(stderr, "  %s: not whole on screen: \"%.50s\"\n", name, s);
		CHECK(false);
	}
}

static void must_see(ui_t *ui, const char *name, gsf_case_t c, const char *lang, const gsf_t *f)
{
	char buf[128];
	switch (c) {
	case C_LIST:
		whole(ui, name, tx(lang, T_CANCEL_PLACE));
		whole(ui, name, tx(lang, T_SUGGEST_IDEA));
		whole(ui, name, f->groups[0].title);
		break;
	case C_GROUP:
		whole(ui, name, f->groups[0].title);
		whole(ui, name, tx(lang, T_SIGNUP));
		break;
	case C_SIGNUP:
	case C_SIGNUP_NOTICE:
	case C_SIGNUP_WAITLIST:
		whole(ui, name, gsf_nick);
		whole(ui, name, tx(lang, T_NICK_PRIVACY));
		if (c == C_SIGNUP_NOTICE)
			whole(ui, name, tx(lang, T_NICK_BLOCKED));
		break;
	case C_SIGNED_UP:
	case C_SIGNED_UP_WAITING:
		whole(ui, name, tx(lang, c == C_SIGNED_UP ? T_SIGNED_UP : T_ON_WAITLIST));
		for (int i = 0; gsf_code[i]; i++) {
			char ch[2] = {gsf_code[i], 0};
			whole(ui, name, ch);
		}
		whole(ui, name, tx(lang, T_CODE_HINT));
		break;
	case C_CANCEL_NOTICE:
		whole(ui, name, tx(lang, T_CODE_UNKNOWN));
		/* fallthrough */
	case C_CANCEL:
		whole(ui, name, tx(lang, T_CANCEL_TITLE));
		whole(ui, name, tx(lang, T_CANCEL_DO));
		break;
	case C_IDEA:
		whole(ui, name, tx(lang, T_IDEA_PRIVACY));
		whole(ui, name, tx(lang, T_SEND));
		break;
	case C_CANCELLED:
	case C_IDEA_SENT:
		whole(ui, name, tx(lang, T_DONE));
		break;
	case C_SERVICES:
		whole(ui, name, tx(lang, T_SEARCH_PLACEHOLDER));
		whole(ui, name, f->services[0].name);
		break;
	case C_SERVICES_SEARCH:
		whole(ui, name, tx(lang, T_SEARCH));
		break;
	case C_SERVICES_NONE:
		whole(ui, name, tx(lang, T_NO_RESULTS));
		whole(ui, name, scr_gs_tx(lang, GS_CLEAR));
		break;
	case C_SERVICE:
		whole(ui, name, f->services[0].name);
		snprintf(buf, sizeof buf, "%s", f->services[0].point1);
		whole(ui, name, buf);
		break;
	default:
		break;
	}
}

typedef struct shot {
	gsf_case_t c;
	const char *lang;
	int w, h;
	const char *variant; /* "" or "-contrast", "-large" */
	bool contrast, large;
} shot_t;

static void render(const shot_t *sh)
{
	ui_t *ui;
	plat_headless_t *hl;
	if (!hfx_open(&ui, &hl, sh->w, sh->h, sh->contrast, sh->large))
		return;
	plat_gfx_set_image_root(plat_headless_gfx(hl), OVI_SOURCE_DIR "/content");
	static gsf_t f;
	gsf_fill(&f, sh->lang);
	site(&f);
	kiosk_state_t s;
	gsf_state(sh->c, sh->lang, &s);
	gsf_apply(&f, &s);

	/* "kiosk-signup-fi-800x480", variants keep the case's own suffix:
	 * "kiosk-signup-fi-800x480-notice". */
	const char *cn = gsf_case_names[sh->c], *sn = kiosk_screen_name(s.screen);
	const char *extra = strncmp(cn, sn, strlen(sn)) == 0 ? cn + strlen(sn) : "";
	char name[160];
	snprintf(name, sizeof name, "kiosk-%s-%s-%dx%d%s%s", sn, sh->lang, sh->w, sh->h, extra,
		 sh->variant);
	ui_action_t a = {0};
	ui_begin(ui, 1000);
	kiosk_frame(ui, &f.v, &s, &a);
	CHECK_INT(ui_end(ui), 0);
	CHECK_INT(a.kind, UI_ACT_NONE);

	char path[4096];
	snprintf(path, sizeof path, "%s/screenshots", OVI_TEST_TMP);
	fs_mkdirs(path, 0755);
	snprintf(path, sizeof path, "%s/screenshots/%s.png", OVI_TEST_TMP, name);
	CHECK_INT(plat_headless_render(hl, ui_draw_list(ui)), 0);
	CHECK_INT(plat_headless_save_png(hl, path), 0);
	report(ui, name);
	must_see(ui, name, sh->c, sh->lang, &f);
	shots++;
	hfx_close(ui, hl);
}

TEST(every_state_language_and_size)
{
	for (int z = 0; z < 3; z++)
		for (int l = 0; l < 3; l++)
			for (int c = 0; c < C_COUNT; c++)
				render(&(shot_t){.c = (gsf_case_t)c,
						 .lang = gsf_langs[l],
						 .w = gsf_sizes[z][0],
						 .h = gsf_sizes[z][1],
						 .variant = ""});
}

TEST(contrast_and_large_text)
{
	const gsf_case_t some[] = {C_LIST,	C_GROUP,    C_SIGNUP_NOTICE,
				   C_SIGNED_UP, C_SERVICES, C_SERVICE};
	for (int i = 0; i < (int)(sizeof some / sizeof some[0]); i++) {
		render(&(shot_t){.c = some[i],
				 .lang = "fi",
				 .w = 1920,
				 .h = 1080,
				 .variant = "-contrast",
				 .contrast = true});
		render(&(shot_t){.c = some[i],
				 .lang = "sv",
				 .w = 1280,
				 .h = 800,
				 .variant = "-large",
				 .large = true});
	}
}

int main(void)
{
	RUN(every_state_language_and_size);
	RUN(contrast_and_large_text);
	printf("%d screenshots\n", shots);
	return test_summary();
}
