/*
 * Renders the "ask about anything" screens headless with the real fonts,
 * through the kiosk's frame, into the build's tests/tmp/screenshots/kiosk-<screen>-<lang>-
 * <WxH>.png (for people to look at), and checks each frame with the real
 * text measure: nothing off screen, cut or ellipsised, no overlapping or too
 * small targets, the screen's key texts whole on screen.
 */
#include "screen_check.h"
#include "testlib.h"
#include "headless_fixture.h"

#include "ask_fixture.h"
#include "core/err.h"
#include "core/fs.h"
#include "platform/plat.h"
#include "youth/tx.h"
#include "youth/kiosk.h"

#include <stdio.h>
#include <string.h>

static const char *const langs[3] = {"fi", "sv", "en"};
static const int sizes[3][2] = {{800, 480}, {1920, 1080}, {1080, 1920}};
static const kiosk_screen_t screens[6] = {KS_ASK,	    KS_TOPIC,  KS_QUESTION,
					  KS_QUESTION_SENT, KS_NUMBER, KS_ANSWERS};

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

typedef struct shot {
	kiosk_screen_t screen;
	const char *lang;
	int w, h;
	const char *suffix; /* "" or "-contrast", "-crisis", ... */
	bool contrast, large, crisis, empty;
	int number; /* KS_NUMBER: other than 17 */
} shot_t;

static void render(const shot_t *sh)
{
	ui_t *ui;
	plat_headless_t *hl;
	if (!hfx_open(&ui, &hl, sh->w, sh->h, sh->contrast, sh->large))
		return;
	static afx_t f;
	char photos[4096];
	snprintf(photos, sizeof photos, "%s/content/photos", OVI_SOURCE_DIR);
	afx_build(&f, sh->lang, photos);
	if (sh->empty) {
		f.v.topic.nhelpers = f.v.topic.nhere_now = f.v.topic.nqa = 0;
	}
	kiosk_state_t s;
	afx_state(&s, sh->lang, sh->screen);
	if (sh->number)
		s.number = sh->number;
	int l = afx_lang(sh->lang);
	if (sh->screen == KS_QUESTION) {
		static const char *typed[3] = {
			"Voiko asumistukea saada, jos asuu kämppiksen kanssa?",
			"Kan man få bostadsbidrag om man bor med en kompis?",
			"Can I get housing allowance if I share a flat?"};
		static const char *crisis[3] = {"En jaksa enää. Mietin itsemurhaa",
						"Jag orkar inte mer. Jag tänker på självmord",
						"I can't cope any more. I think about suicide"};
		strcpy(s.kb.text, sh->crisis ? crisis[l] : typed[l]);
		s.kb.shift = false;
	}
	char name[160];
	snprintf(name, sizeof name, "kiosk-%s-%s-%dx%d%s", kiosk_screen_name(sh->screen), sh->lang,
		 sh->w, sh->h, sh->suffix);
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

	/* What must be in view without scrolling. */
	switch (sh->screen) {
	case KS_ASK:
		whole(ui, name, tx(sh->lang, T_ASK));
		whole(ui, name, afx_topic_titles[l][0]);
		break;
	case KS_TOPIC:
		whole(ui, name, afx_topic_titles[l][3]);
		whole(ui, name, tx(sh->lang, T_TAKE_NUMBER));
		whole(ui, name, tx(sh->lang, T_ASK_ANON));
		break;
	case KS_QUESTION:
		whole(ui, name, tx(sh->lang, T_QUESTION_PRIVACY));
		whole(ui, name, tx(sh->lang, T_SEND));
		if (sh->crisis)
			whole(ui, name, tx(sh->lang, T_HELP_NOW));
		break;
	case KS_QUESTION_SENT:
		whole(ui, name, tx(sh->lang, T_QUESTION_SENT));
		whole(ui, name, tx(sh->lang, T_DONE));
		break;
	case KS_NUMBER:
		whole(ui, name, tx(sh->lang, T_YOUR_NUMBER));
		whole(ui, name, sh->number ? "Nro" : "17");
		whole(ui, name, tx(sh->lang, T_DONE));
		break;
	case KS_ANSWERS:
		whole(ui, name, tx(sh->lang, T_ANSWERED));
		whole(ui, name, sh->empty ? tx(sh->lang, T_NO_ANSWERS) : afx_q[l][0]);
		break;
	default:
		break;
	}
	hfx_close(ui, hl);
}

TEST(every_screen_language_and_size)
{
	for (int z = 0; z < 3; z++)
		for (int l = 0; l < 3; l++)
			for (int k = 0; k < 6; k++)
				render(&(shot_t){.screen = screens[k],
						 .lang = langs[l],
						 .w = sizes[z][0],
						 .h = sizes[z][1],
						 .suffix = ""});
}

TEST(variants)
{
	for (int z = 0; z < 3; z++) {
		render(&(shot_t){.screen = KS_QUESTION,
				 .lang = "fi",
				 .w = sizes[z][0],
				 .h = sizes[z][1],
				 .suffix = "-crisis",
				 .crisis = true});
		render(&(shot_t){.screen = KS_ANSWERS,
				 .lang = "fi",
				 .w = sizes[z][0],
				 .h = sizes[z][1],
				 .suffix = "-empty",
				 .empty = true});
		render(&(shot_t){.screen = KS_TOPIC,
				 .lang = "en",
				 .w = sizes[z][0],
				 .h = sizes[z][1],
				 .suffix = "-nobody",
				 .empty = true});
		render(&(shot_t){.screen = KS_TOPIC,
				 .lang = "fi",
				 .w = sizes[z][0],
				 .h = sizes[z][1],
				 .suffix = "-contrast",
				 .contrast = true});
		render(&(shot_t){.screen = KS_ASK,
				 .lang = "sv",
				 .w = sizes[z][0],
				 .h = sizes[z][1],
				 .suffix = "-large",
				 .large = true});
		render(&(shot_t){.screen = KS_ASK,
				 .lang = "en",
				 .w = sizes[z][0],
				 .h = sizes[z][1],
				 .suffix = "-contrast",
				 .contrast = true});
	}
	/* Every digit's shape, for a person to look at. */
	render(&(shot_t){.screen = KS_NUMBER,
			 .lang = "fi",
			 .w = 1920,
			 .h = 1080,
			 .suffix = "-digits1",
			 .number = 12345});
	render(&(shot_t){.screen = KS_NUMBER,
			 .lang = "fi",
			 .w = 1920,
			 .h = 1080,
			 .suffix = "-digits2",
			 .number = 67890});
}

int main(void)
{
	RUN(every_screen_language_and_size);
	RUN(variants);
	return test_summary();
}
