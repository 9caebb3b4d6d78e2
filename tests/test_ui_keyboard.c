/*
 * The on-screen keyboard: layouts (å ä ö where Finns and Swedes expect
 * them, plain QWERTY in English), typing through taps found by label, shift,
 * backspace on multi-byte letters, the symbols page, the length limit, the
 * action key, and key sizes at the smallest screen.
 */
#include "testlib.h"

#include "ui/keyboard.h"
#include "ui/widgets.h"

#include <string.h>

static ui_t *ui;
static ui_kb_t kb;
static int64_t now;

/* One frame of a keyboard filling the bottom of the screen; applies the
 * action it returns, as the app would. Returns the ui_kb_apply() result. */
static int frame(void)
{
	ui_action_t a = {0};
	ui_rect_t s = ui_screen(ui);
	int h = ui_keyboard_height(ui, s.w);
	ui_begin(ui, now += 16);
	ui_keyboard(ui, (ui_rect_t){0, s.h - h, s.w, h}, &kb, "Ilmoittaudu", &a);
	CHECK_INT(ui_end(ui), 0);
	int r = ui_kb_apply(&kb, &a);
	if (a.kind != UI_ACT_NONE) { /* the state changed: show it, as the app does */
		ui_begin(ui, now += 16);
		ui_keyboard(ui, (ui_rect_t){0, s.h - h, s.w, h}, &kb, "Ilmoittaudu", NULL);
		CHECK_INT(ui_end(ui), 0);
	}
	return r;
}

static int tap(const char *label)
{
	int x, y;
	if (ui_find_hit(ui, label, &x, &y) < 0) {
		fprintf(stderr, "  no key \"%s\"\n", label);
		return -100;
	}
	ui_pointer_down(ui, 1, x, y, now);
	ui_pointer_up(ui, 1, x, y, now + 50);
	return frame();
}

static void setup(int w, int h, ui_kb_layout_t layout, int max)
{
	ui_free(ui);
	CHECK_INT(ui_new(&ui, w, h), 0);
	ui_kb_init(&kb, layout, max);
	now = 0;
	frame();
}

static ui_rect_t key(const char *label)
{
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int i = 0; i < n; i++)
		if (strcmp(h[i].label, label) == 0)
			return h[i].r;
	return (ui_rect_t){-1, -1, 0, 0};
}

/* b is the next key to the right of a on the same row. */
static bool right_of(const char *a, const char *b)
{
	ui_rect_t ra = key(a), rb = key(b);
	return ra.w && rb.w && ra.y == rb.y && rb.x > ra.x && rb.x - (ra.x + ra.w) < ra.w / 2;
}

TEST(finnish_and_swedish_layouts)
{
	for (int l = UI_KB_FI; l <= UI_KB_SV; l++) {
		setup(1920, 1080, l, 0);
		CHECK(right_of("p", "å"));
		CHECK(right_of("l", "ö"));
		CHECK(right_of("ö", "ä"));
		CHECK(right_of("q", "w"));
		CHECK(right_of("z", "x"));
		CHECK(key("a").y > key("q").y && key("z").y > key("a").y);
		CHECK(tap("ä") == UI_KB_EDITED);
		CHECK(tap("å") == UI_KB_EDITED);
		CHECK(tap("ö") == UI_KB_EDITED);
		CHECK_STR(kb.text, "äåö");
		CHECK_INT(ui_kb_len(&kb), 3);
	}
}

TEST(english_is_plain_qwerty)
{
	setup(1920, 1080, UI_KB_EN, 0);
	CHECK(key("å").w == 0 && key("ä").w == 0 && key("ö").w == 0);
	CHECK(right_of("o", "p"));
	CHECK(right_of("k", "l"));
	CHECK(tap("h") == UI_KB_EDITED);
	CHECK(tap("i") == UI_KB_EDITED);
	CHECK_STR(kb.text, "hi");
	CHECK_INT(ui_kb_layout_for("fi"), UI_KB_FI);
	CHECK_INT(ui_kb_layout_for("sv"), UI_KB_SV);
	CHECK_INT(ui_kb_layout_for("uk"), UI_KB_EN);
}

TEST(shift_and_backspace)
{
	setup(1920, 1080, UI_KB_FI, 0);
	tap("⇧");
	CHECK(kb.shift);
	CHECK(key("Ä").w > 0); /* the keys show capitals */
	CHECK(tap("Ä") == UI_KB_EDITED);
	CHECK(!kb.shift); /* one letter only */
	tap("l");
	tap("ä");
	CHECK_STR(kb.text, "Älä");
	CHECK(tap("⌫") == UI_KB_EDITED); /* removes the two bytes of ä */
	CHECK_STR(kb.text, "Äl");
	tap("⌫");
	tap("⌫");
	CHECK_STR(kb.text, "");
	CHECK(tap("⌫") == UI_KB_NOCHANGE);
}

TEST(space_rules_and_auto_capital)
{
	setup(1920, 1080, UI_KB_FI, 0);
	CHECK(tap("space") == UI_KB_NOCHANGE); /* no leading space */
	tap("o");
	tap("k");
	CHECK(tap("space") == UI_KB_EDITED);
	CHECK(tap("space") == UI_KB_NOCHANGE); /* no double space */
	CHECK_STR(kb.text, "ok ");

	ui_kb_init(&kb, UI_KB_FI, 0);
	kb.auto_cap = true;
	ui_kb_clear(&kb);
	frame();
	CHECK(kb.shift);
	tap("M");
	tap("i");
	tap("123");
	tap("?");
	tap("abc");
	tap("space");
	CHECK(kb.shift); /* a new sentence */
	tap("J");
	CHECK_STR(kb.text, "Mi? J");
}

TEST(numbers_page)
{
	setup(1920, 1080, UI_KB_SV, 0);
	CHECK(key("1").w == 0);
	tap("123");
	CHECK(key("1").w > 0 && key("q").w == 0);
	tap("1");
	tap("7");
	tap("€");
	tap("abc");
	tap("a");
	CHECK_STR(kb.text, "17€a");
}

TEST(max_length)
{
	setup(1920, 1080, UI_KB_FI, 3);
	tap("ö");
	tap("ö");
	tap("ö");
	CHECK_STR(kb.text, "ööö");
	/* Full: letter keys are disabled (a tap does nothing) ... */
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	int disabled = 0;
	for (int i = 0; i < n; i++)
		disabled += h[i].disabled;
	CHECK(disabled >= 26);
	CHECK_INT(tap("a"), -100); /* not tappable */
	/* ... and the state refuses too, whatever asks. */
	ui_action_t a = {.kind = UI_ACT_KEY, .key = UI_KEY_CHAR, .text = "x"};
	CHECK_INT(ui_kb_apply(&kb, &a), UI_KB_FULL);
	CHECK_STR(kb.text, "ööö");
	CHECK(tap("⌫") == UI_KB_EDITED);
	CHECK(tap("a") == UI_KB_EDITED);
	CHECK_STR(kb.text, "ööa");
}

TEST(action_key)
{
	setup(1920, 1080, UI_KB_FI, 0);
	int x, y;
	CHECK_INT(ui_find_hit(ui, "Ilmoittaudu", &x, &y), OVI_ENOTFOUND); /* empty: disabled */
	CHECK(ui_find_text(ui, "Ilmoittaudu") != NULL);
	tap("p");
	CHECK_INT(tap("Ilmoittaudu"), UI_KB_SUBMIT);
	ui_kb_clear(&kb);
	CHECK_STR(kb.text, "");
}

TEST(keys_fit_fingers_everywhere)
{
	static const int sizes[][2] = {{800, 480},   {1024, 600},  {1920, 1080},
				       {1080, 1920}, {3840, 2160}, {480, 800}};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		for (int l = 0; l < UI_KB_LAYOUTS; l++) {
			setup(sizes[i][0], sizes[i][1], l, 0);
			errlist_t el = {0};
			/* 480 px wide portrait is too narrow for 11 keys of 72 dp:
			 * check overlap and the screen there, size elsewhere. */
			int min = sizes[i][0] < 600 ? 0 : UI_MIN_TARGET;
			int n = ui_lint(ui, min, &el);
			for (int k = 0; k < el.n; k++)
				fprintf(stderr, "  %dx%d: %s\n", sizes[i][0], sizes[i][1],
					el.msg[k]);
			CHECK_INT(n, 0);
			errlist_clear(&el);
			tap("123");
			CHECK_INT(ui_lint(ui, min, NULL), 0);
		}
	}
}

/* A keyboard given a page's width (inside its margins) on a narrow portrait
 * panel reaches the screen's edges so that its keys stay finger-sized, and
 * says so (ui_bleed); with room to spare it stays where it was put. */
TEST(narrow_screens_use_the_whole_width)
{
	static const int sizes[][3] = {
		{720, 1280, 1}, {800, 1280, 1}, {1080, 1920, 0}, {1920, 1080, 0}};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		for (int l = 0; l < UI_KB_LAYOUTS; l++) {
			ui_free(ui);
			CHECK_INT(ui_new(&ui, sizes[i][0], sizes[i][1]), 0);
			ui_kb_init(&kb, (ui_kb_layout_t)l, 0);
			int m = ui_dp(ui, 40), h = ui_keyboard_height(ui, sizes[i][0]);
			ui_rect_t r = {m, sizes[i][1] - h, sizes[i][0] - 2 * m, h};
			ui_begin(ui, now += 16);
			ui_keyboard(ui, r, &kb, "OK", NULL);
			CHECK_INT(ui_end(ui), 0);
			ui_rect_t b = ui_bleed(ui);
			if (sizes[i][2] && l == UI_KB_FI) { /* 11 keys a row: too narrow */
				CHECK_INT(b.x, 0);
				CHECK_INT(b.w, sizes[i][0]);
				CHECK(key("q").x < m);
			} else if (!ui_rect_empty(b)) {
				CHECK_INT(b.w, sizes[i][0]);
			} else {
				CHECK(ui_rect_empty(b));
				CHECK(key("q").x >= m);
			}
			errlist_t el = {0};
			int n = ui_lint(ui, UI_MIN_TARGET, &el);
			for (int k = 0; k < el.n; k++)
				fprintf(stderr, "  %dx%d layout %d: %s\n", sizes[i][0], sizes[i][1],
					l, el.msg[k]);
			CHECK_INT(n, 0);
			errlist_clear(&el);
			CHECK(key("q").w >= ui_dp(ui, UI_MIN_TARGET));
		}
}

int main(void)
{
	RUN(finnish_and_swedish_layouts);
	RUN(english_is_plain_qwerty);
	RUN(shift_and_backspace);
	RUN(space_rules_and_auto_capital);
	RUN(numbers_page);
	RUN(max_length);
	RUN(action_key);
	RUN(keys_fit_fingers_everywhere);
	RUN(narrow_screens_use_the_whole_width);
	ui_free(ui);
	return test_summary();
}
