/*
 * The "ask about anything" screens (scr_ask.c, scr_topic.c, scr_question.c)
 * on their draw lists, with the fake measure: each of the six states in fi,
 * sv and en at 800x480, 1920x1080 and 1080x1920 is lint clean (nothing off
 * screen or cut, no overlapping or too small targets), draws only inside its
 * area, shows the texts it must, and a tap on each target makes the right
 * action. Also: what was typed never shows outside the question screen, a
 * crisis word offers help at once, the keyboard types and sends, and the
 * empty states.
 */
#include "screen_check.h"
#include "testlib.h"

#include "ask_fixture.h"
#include "youth/tx.h"
#include "ui/keyboard.h"
#include "youth/kiosk.h"
#include "ui/widgets.h"

#include <stdio.h>
#include <string.h>

static const char *const langs[3] = {"fi", "sv", "en"};
static const int sizes[3][2] = {{800, 480}, {1920, 1080}, {1080, 1920}};
static const kiosk_screen_t screens[6] = {KS_ASK,	    KS_TOPIC,  KS_QUESTION,
					  KS_QUESTION_SENT, KS_NUMBER, KS_ANSWERS};

static int64_t now_ms = 1000;
static char where[128];
static int first_cmd;  /* the screen's first draw command (ui_begin may paint the background) */
static ui_rect_t area; /* the area the screen was given */
static bool via_frame; /* draw through kiosk_frame() (header, bar, overlays) */

static void frame(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *a)
{
	memset(a, 0, sizeof *a);
	now_ms += 16;
	ui_begin(ui, now_ms);
	first_cmd = ui_dl(ui)->n;
	area = via_frame ? ui_screen(ui) : afx_area_for(ui, s->screen);
	if (via_frame)
		kiosk_frame(ui, v, s, a);
	else
		scr_ask(ui, area, v, s, a);
	CHECK_INT(ui_end(ui), 0);
}

/* Inside the screen's area, or inside what a widget declared it reaches
 * past it (the keyboard tray on a narrow screen, ui_set_bleed()). */
static bool inside_area(const ui_t *ui, ui_rect_t r)
{
	ui_rect_t b = ui_bleed(ui);
	return ui_rect_inside(r, area) || (!ui_rect_empty(b) && ui_rect_inside(r, b));
}

static void lint(ui_t *ui)
{
	CHECK_INT(screen_lint(ui, where), 0);

	/* A screen draws inside its area only: the frame owns the rest. */
	int nt, nh;
	const ui_text_rec_t *t = ui_texts(ui, &nt);
	for (int i = 0; i < nt; i++) {
		ui_rect_t vis = ui_rect_intersect(t[i].r, t[i].clip);
		if (t[i].hidden || ui_rect_empty(vis))
			continue;
		if (!inside_area(ui, vis)) {
			fprintf(stderr, "  %s: text outside the area: \"%.40s\"\n", where,
				t[i].text);
			CHECK(false);
		}
	}
	/* Shapes too (the big number, icons, cards), as far as their clip
	 * lets them show. */
	const draw_list_t *dl = ui_draw_list(ui);
	ui_rect_t clip = ui_screen(ui);
	int shapes_out = 0;
	for (int i = first_cmd; i < dl->n; i++) {
		const draw_cmd_t *c = &dl->cmd[i];
		if (c->kind == DRAW_CLIP_PUSH || c->kind == DRAW_CLIP_POP) {
			clip = c->kind == DRAW_CLIP_POP && (c->flags & DRAW_CLIP_NONE)
				       ? ui_screen(ui)
				       : c->r;
			continue;
		}
		ui_rect_t vis = ui_rect_intersect(c->r, clip);
		if (!ui_rect_empty(vis) && !inside_area(ui, vis) && shapes_out++ < 3)
			fprintf(stderr, "  %s: shape %d outside the area at %d,%d %dx%d\n", where,
				c->kind, c->r.x, c->r.y, c->r.w, c->r.h);
	}
	CHECK_INT(shapes_out, 0);
	const ui_hit_t *h = ui_hits(ui, &nh);
	for (int i = 0; i < nh; i++) {
		ui_rect_t vis = ui_rect_intersect(h[i].r, h[i].clip);
		if (!ui_rect_empty(vis) && !inside_area(ui, vis)) {
			fprintf(stderr, "  %s: hit area outside the area: \"%s\"\n", where,
				h[i].label);
			CHECK(false);
		}
	}
}

static bool visible(ui_t *ui, const char *s)
{
	const ui_text_rec_t *t = ui_find_text(ui, s);
	return t && !t->hidden && !t->ellipsised && !t->clipped && ui_rect_inside(t->r, area);
}

/* A text that must be on screen, whole: in view now, or after scrolling one
 * of the screen's scroll regions (small screens scroll). */
static void shows(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, const char *text)
{
	ui_action_t a;
	frame(ui, v, s, &a);
	bool seen = visible(ui, text);
	int nh;
	const ui_hit_t *h = ui_hits(ui, &nh);
	ui_id_t ids[8];
	int n = 0;
	for (int i = 0; i < nh && n < 8; i++)
		if (h[i].kind == UI_HIT_SCROLL)
			ids[n++] = h[i].id;
	for (int k = 0; k < n && !seen; k++) {
		for (int off = 0; off < 20000 && !seen; off += ui_dp(ui, 40)) {
			ui_scroll_to(ui, ids[k], off);
			frame(ui, v, s, &a);
			seen = visible(ui, text);
			if ((int)ui_scroll_offset(ui, ids[k]) < off)
				break; /* the end */
		}
		ui_scroll_to(ui, ids[k], 0);
	}
	frame(ui, v, s, &a);
	if (!seen) {
		fprintf(stderr, "  %s: missing text \"%.50s\"\n", where, text);
		CHECK(false);
	}
}

/* Taps the target labelled label and returns the action it made. */
static ui_action_t tap(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, const char *label)
{
	ui_action_t a;
	frame(ui, v, s, &a); /* the frame the person sees */
	int x, y;
	if (ui_find_hit(ui, label, &x, &y) < 0) {
		fprintf(stderr, "  %s: nothing to tap labelled \"%s\"\n", where, label);
		CHECK(false);
		memset(&a, 0, sizeof a);
		return a;
	}
	ui_pointer_down(ui, 1, x, y, now_ms);
	ui_pointer_up(ui, 1, x, y, now_ms + 60);
	frame(ui, v, s, &a);
	return a;
}

static void expect_tap(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, const char *label,
		       int kind, const char *id)
{
	ui_action_t a = tap(ui, v, s, label);
	if (a.kind != kind)
		fprintf(stderr, "  %s: tap \"%s\" made %d, expected %d\n", where, label, a.kind,
			kind);
	CHECK_INT(a.kind, kind);
	if (id)
		CHECK_STR(a.id, id);
}

static void check_screen(ui_t *ui, afx_t *f, const char *lang, kiosk_screen_t scr)
{
	kiosk_state_t s;
	afx_state(&s, lang, scr);
	const kiosk_view_t *v = &f->v;
	int l = afx_lang(lang);
	ui_action_t a;
	frame(ui, v, &s, &a);
	CHECK_INT(a.kind, UI_ACT_NONE);
	lint(ui);
	char buf[256];
	switch (scr) {
	case KS_ASK:
		shows(ui, v, &s, tx(lang, T_ASK));
		for (int i = 0; i < AFX_NTOPICS; i++)
			shows(ui, v, &s, afx_topic_titles[l][i]);
		expect_tap(ui, v, &s, afx_topic_titles[l][0], KA_OPEN_TOPIC, "work");
		expect_tap(ui, v, &s, afx_topic_titles[l][3], KA_OPEN_TOPIC, "housing");
		break;
	case KS_TOPIC:
		shows(ui, v, &s, afx_topic_titles[l][3]);
		shows(ui, v, &s, afx_housing_text[l]);
		shows(ui, v, &s, tx(lang, T_WHO_HELPS_TODAY));
		shows(ui, v, &s, "Jussi Heikkinen");
		shows(ui, v, &s, "Sara Lindqvist");
		snprintf(buf, sizeof buf, "%s – 14:00", tx(lang, T_NOW));
		shows(ui, v, &s, buf);
		shows(ui, v, &s, tx(lang, T_TAKE_NUMBER));
		shows(ui, v, &s, tx(lang, T_ASK_ANON));
		snprintf(buf, sizeof buf, "%s (3)", tx(lang, T_ANSWERED));
		shows(ui, v, &s, buf);
		expect_tap(ui, v, &s, tx(lang, T_TAKE_NUMBER), KA_TAKE_NUMBER, "housing");
		expect_tap(ui, v, &s, tx(lang, T_ASK_ANON), KA_ASK, "housing");
		expect_tap(ui, v, &s, buf, KA_ANSWERS, "housing");
		expect_tap(ui, v, &s, tx(lang, T_HELP_TITLE), KA_HELP, NULL);
		expect_tap(ui, v, &s, tx(lang, T_BACK), KA_BACK, NULL);
		break;
	case KS_QUESTION:
		shows(ui, v, &s, tx(lang, T_QUESTION_PRIVACY));
		shows(ui, v, &s, tx(lang, T_QUESTION_PLACEHOLDER));
		shows(ui, v, &s, tx(lang, T_SEND));
		/* The counter says the real limit (KIOSK_QUESTION_MAX, or less if
		 * the keyboard's buffer holds less). */
		snprintf(buf, sizeof buf, "0/%d", s.kb.max_len);
		shows(ui, v, &s, buf);
		expect_tap(ui, v, &s, tx(lang, T_BACK), KA_BACK, NULL);
		a = tap(ui, v, &s, "Q"); /* shifted: a sentence starts */
		CHECK_INT(a.kind, UI_ACT_KEY);
		CHECK_INT(a.key, UI_KEY_CHAR);
		break;
	case KS_QUESTION_SENT:
		shows(ui, v, &s, tx(lang, T_QUESTION_SENT));
		shows(ui, v, &s, tx(lang, T_QUESTION_SENT_SUB));
		a = tap(ui, v, &s, tx(lang, T_DONE));
		CHECK_INT(a.kind, KA_NAV);
		CHECK_INT(a.arg, KS_TOPIC);
		break;
	case KS_NUMBER:
		shows(ui, v, &s, tx(lang, T_YOUR_NUMBER));
		shows(ui, v, &s, tx(lang, T_NUMBER_HINT));
		shows(ui, v, &s, "17");
		shows(ui, v, &s, afx_topic_titles[l][3]);
		a = tap(ui, v, &s, tx(lang, T_DONE));
		CHECK_INT(a.kind, KA_NAV);
		CHECK_INT(a.arg, KS_TOPIC);
		break;
	case KS_ANSWERS:
		shows(ui, v, &s, tx(lang, T_ANSWERED));
		shows(ui, v, &s, afx_q[l][0]);
		shows(ui, v, &s, afx_a[l][0]);
		expect_tap(ui, v, &s, tx(lang, T_BACK), KA_BACK, NULL);
		break;
	default:
		break;
	}
}

static void every_screen(bool frame_too)
{
	static afx_t f;
	via_frame = frame_too;
	for (int z = 0; z < 3; z++)
		for (int l = 0; l < 3; l++) {
			ui_t *ui;
			CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
			afx_build(&f, langs[l], NULL);
			for (int k = 0; k < 6; k++) {
				snprintf(where, sizeof where, "%s %s %dx%d%s",
					 kiosk_screen_name(screens[k]), langs[l], sizes[z][0],
					 sizes[z][1], frame_too ? " (frame)" : "");
				ui_reset(ui);
				check_screen(ui, &f, langs[l], screens[k]);
			}
			ui_free(ui);
		}
	via_frame = false;
}

TEST(every_screen_language_and_size)
{
	every_screen(false);
}

/* The same inside the real frame: header, bottom bar, overlays. */
TEST(every_screen_in_the_frame)
{
	every_screen(true);
}

/* The same at other sizes, in large text and high contrast: lint only. */
TEST(other_sizes_and_themes)
{
	static const int more[][2] = {{1280, 800},  {1024, 600}, {1200, 1920},
				      {3840, 2160}, {720, 1280}, {800, 1280}};
	static afx_t f;
	for (size_t z = 0; z < sizeof more / sizeof more[0]; z++)
		for (int mode = 0; mode < 3; mode++) {
			ui_t *ui;
			CHECK_INT(ui_new(&ui, more[z][0], more[z][1]), 0);
			ui_set_large_text(ui, mode == 1);
			ui_set_theme(ui, mode == 2 ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
			afx_build(&f, "sv", NULL);
			for (int k = 0; k < 6; k++) {
				kiosk_state_t s;
				afx_state(&s, "sv", screens[k]);
				ui_action_t a;
				snprintf(where, sizeof where, "%s sv %dx%d mode %d",
					 kiosk_screen_name(screens[k]), more[z][0], more[z][1],
					 mode);
				frame(ui, &f.v, &s, &a);
				lint(ui);
			}
			ui_free(ui);
		}
}

TEST(typed_text_stays_on_the_question_screen)
{
	static afx_t f;
	afx_build(&f, "fi", NULL);
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
		for (int k = 0; k < 6; k++) {
			kiosk_state_t s;
			afx_state(&s, "fi", screens[k]);
			strcpy(s.kb.text, "Salainen XYZZY");
			ui_action_t a;
			frame(ui, &f.v, &s, &a);
			const ui_text_rec_t *t = ui_find_text(ui, "XYZZY");
			if (screens[k] == KS_QUESTION)
				CHECK(t != NULL);
			else
				CHECK(t == NULL);
		}
		ui_free(ui);
	}
}

TEST(typing_and_sending)
{
	static afx_t f;
	afx_build(&f, "fi", NULL);
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	kiosk_state_t s;
	afx_state(&s, "fi", KS_QUESTION);
	snprintf(where, sizeof where, "typing 800x480");
	/* Send waits for text. */
	ui_action_t a;
	frame(ui, &f.v, &s, &a);
	int x, y;
	CHECK(ui_find_hit(ui, "Lähetä", &x, &y) < 0);
	const char *keys[] = {"M", "i", "t", "ä"};
	for (int i = 0; i < 4; i++) {
		a = tap(ui, &f.v, &s, keys[i]);
		CHECK_INT(a.kind, UI_ACT_KEY);
		ui_action_t follow;
		CHECK(kiosk_reduce(&s, &a, &follow));
	}
	CHECK_STR(s.kb.text, "Mitä");
	frame(ui, &f.v, &s, &a);
	shows(ui, &f.v, &s, "Mitä");
	char counter[32];
	snprintf(counter, sizeof counter, "4/%d", s.kb.max_len);
	shows(ui, &f.v, &s, counter);
	lint(ui);
	a = tap(ui, &f.v, &s, "Lähetä");
	CHECK_INT(a.kind, UI_ACT_KEY);
	CHECK_INT(a.key, UI_KEY_ACTION);
	ui_action_t follow;
	kiosk_reduce(&s, &a, &follow);
	CHECK_INT(follow.kind, KA_SEND_QUESTION);
	CHECK_STR(follow.id, "housing");

	/* A long question still fits its field (the end shows). */
	memset(s.kb.text, 0, sizeof s.kb.text);
	for (int i = 0; i < 29; i++)
		strcat(s.kb.text, "asuminen ");
	strcat(s.kb.text, "LOPPU");
	frame(ui, &f.v, &s, &a);
	lint(ui);
	const ui_text_rec_t *t = ui_find_text(ui, "LOPPU");
	CHECK(t != NULL);
	ui_free(ui);
}

TEST(crisis_word_offers_help_at_once)
{
	static afx_t f;
	for (int z = 0; z < 3; z++)
		for (int l = 0; l < 3; l++) {
			afx_build(&f, langs[l], NULL);
			ui_t *ui;
			CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
			kiosk_state_t s;
			afx_state(&s, langs[l], KS_QUESTION);
			snprintf(where, sizeof where, "crisis %s %dx%d", langs[l], sizes[z][0],
				 sizes[z][1]);
			ui_action_t a;
			frame(ui, &f.v, &s, &a);
			int x, y;
			strcpy(s.kb.text, "Mietin itsemurhaa");
			frame(ui, &f.v, &s, &a);
			/* The screen never matches words itself: the app says so. */
			CHECK(ui_find_hit(ui, tx(langs[l], T_HELP_NOW), &x, &y) < 0);
			CHECK(ui_find_text(ui, tx(langs[l], T_CRISIS_TITLE)) == NULL);
			f.v.typing_crisis = true;
			frame(ui, &f.v, &s, &a);
			lint(ui);
			/* The card: you are not alone, a crisis line's number, all
			 * the help one tap away; the keyboard is still there. */
			CHECK(ui_find_text(ui, tx(langs[l], T_CRISIS_TITLE)) != NULL);
			CHECK(ui_find_text(ui, f.v.help.v[0].phone) != NULL);
			CHECK(ui_find_hit(ui, tx(langs[l], T_SEND), &x, &y) >= 0);
			CHECK(ui_find_hit(ui, "k", &x, &y) >= 0 ||
			      ui_find_hit(ui, "K", &x, &y) >= 0);
			expect_tap(ui, &f.v, &s, tx(langs[l], T_HELP_NOW), KA_HELP, NULL);
			ui_free(ui);
		}
}

TEST(empty_states)
{
	static afx_t f;
	for (int z = 0; z < 3; z++)
		for (int l = 0; l < 3; l++) {
			afx_build(&f, langs[l], NULL);
			f.v.topic.nhelpers = f.v.topic.nhere_now = 0;
			f.v.topic.nqa = 0;
			ui_t *ui;
			CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
			kiosk_state_t s;
			ui_action_t a;
			snprintf(where, sizeof where, "empty topic %s %dx%d", langs[l], sizes[z][0],
				 sizes[z][1]);
			afx_state(&s, langs[l], KS_TOPIC);
			frame(ui, &f.v, &s, &a);
			lint(ui);
			shows(ui, &f.v, &s, tx(langs[l], T_NOBODY_TOPIC_TODAY));
			char buf[128];
			snprintf(buf, sizeof buf, "%s (0)", tx(langs[l], T_ANSWERED));
			shows(ui, &f.v, &s, buf);

			snprintf(where, sizeof where, "no answers %s %dx%d", langs[l], sizes[z][0],
				 sizes[z][1]);
			afx_state(&s, langs[l], KS_ANSWERS);
			frame(ui, &f.v, &s, &a);
			lint(ui);
			shows(ui, &f.v, &s, tx(langs[l], T_NO_ANSWERS));
			expect_tap(ui, &f.v, &s, tx(langs[l], T_ASK_ANON), KA_ASK, "housing");

			snprintf(where, sizeof where, "no topics %s %dx%d", langs[l], sizes[z][0],
				 sizes[z][1]);
			f.v.topics.n = 0;
			afx_state(&s, langs[l], KS_ASK);
			frame(ui, &f.v, &s, &a);
			lint(ui);
			shows(ui, &f.v, &s, tx(langs[l], T_ASK));
			ui_free(ui);
		}
}

/* Long content: names and titles wrap, nothing is cut. Many helpers and
 * answers scroll. */
TEST(long_content_wraps_and_scrolls)
{
	static afx_t f;
	afx_build(&f, "fi", NULL);
	static person_view_t many[8];
	for (int i = 0; i < 8; i++) {
		many[i] = f.helpers[i % 3];
		many[i].name = i == 1 ? "Maria-Kristiina Wallenius-Heikkilä" : many[i].name;
		many[i].org_name = i == 2 ? "Nuorten Ystävät ry:n Ohjaamo-hanke" : many[i].org_name;
	}
	f.v.topic.helpers = many;
	f.v.topic.nhelpers = 8;
	f.v.topic.nhere_now = 5;
	f.topics[3].title = "Asuminen, muutto ja kämppäriidat";
	f.v.topic.topic = f.topics[3];
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
		for (int k = 0; k < 6; k++) {
			kiosk_state_t s;
			afx_state(&s, "fi", screens[k]);
			s.number = 1234;
			ui_action_t a;
			snprintf(where, sizeof where, "long %s %dx%d",
				 kiosk_screen_name(screens[k]), sizes[z][0], sizes[z][1]);
			frame(ui, &f.v, &s, &a);
			lint(ui);
		}
		ui_free(ui);
	}
}

int main(void)
{
	RUN(every_screen_language_and_size);
	RUN(every_screen_in_the_frame);
	RUN(other_sizes_and_themes);
	RUN(typed_text_stays_on_the_question_screen);
	RUN(typing_and_sending);
	RUN(crisis_word_offers_help_at_once);
	RUN(empty_states);
	RUN(long_content_wraps_and_scrolls);
	return test_summary();
}
