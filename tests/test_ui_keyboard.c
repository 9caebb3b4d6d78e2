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

#define FI ui_kb_layout_for("fi")
#define SV ui_kb_layout_for("sv")
#define EN ui_kb_layout_for("en")

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
	for (int i = 0; i < 2; i++) {
		setup(1920, 1080, ui_kb_layout_for(i ? "sv" : "fi"), 0);
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
	setup(1920, 1080, EN, 0);
	CHECK(key("å").w == 0 && key("ä").w == 0 && key("ö").w == 0);
	CHECK(right_of("o", "p"));
	CHECK(right_of("k", "l"));
	CHECK(tap("h") == UI_KB_EDITED);
	CHECK(tap("i") == UI_KB_EDITED);
	CHECK_STR(kb.text, "hi");
	CHECK_STR(ui_kb_layout_lang(ui_kb_layout_for("fi")), "fi");
	CHECK_STR(ui_kb_layout_lang(ui_kb_layout_for("sv")), "sv");
	CHECK_STR(ui_kb_layout_lang(ui_kb_layout_for("ti")), "en"); /* none of its own */
	CHECK_STR(ui_kb_layout_lang(ui_kb_layout_for(NULL)), "en");
}

/* Ukrainian: ЙЦУКЕН with ґ, capitals from Unicode's case mapping, and a
 * key to the Finnish letters and back. */
TEST(ukrainian_and_the_latin_key)
{
	setup(1920, 1080, ui_kb_layout_for("uk"), 0);
	CHECK(right_of("й", "ц"));
	CHECK(right_of("ж", "є"));
	CHECK(key("ґ").w > 0);
	tap("⇧");
	CHECK(key("Ґ").w > 0); /* beyond the Russian letters too */
	tap("П");
	const char *word[] = {"р", "и", "в", "і", "т"};
	for (int i = 0; i < 5; i++)
		CHECK(tap(word[i]) == UI_KB_EDITED);
	CHECK_STR(kb.text, "Привіт");
	CHECK(key("q").w == 0);
	CHECK(tap("ABC") == UI_KB_NOCHANGE);
	CHECK(kb.latin);
	CHECK(right_of("p", "å")); /* the Finnish letters */
	tap("space");
	tap("ä");
	CHECK(tap("АБВ") == UI_KB_NOCHANGE);
	CHECK(!kb.latin);
	tap("є");
	CHECK_STR(kb.text, "Привіт äє");
}

/* Arabic: the standard layout, no capitals, لا as one key of two letters;
 * the Arabic comma and question mark on the symbols page. */
TEST(arabic)
{
	setup(1920, 1080, ui_kb_layout_for("ar"), 0);
	CHECK(key("⇧").w == 0);
	CHECK(right_of("ض", "ص"));
	const char *word[] = {"م", "ر", "ح", "ب", "ا"};
	for (int i = 0; i < 5; i++)
		CHECK(tap(word[i]) == UI_KB_EDITED);
	CHECK_STR(kb.text, "مرحبا");
	tap("space");
	tap("لا");
	CHECK_STR(kb.text, "مرحبا لا");
	CHECK_INT(ui_kb_len(&kb), 8);
	tap("123");
	CHECK(tap("؟") == UI_KB_EDITED);
	CHECK(key("،").w > 0);
	tap("abc");
	tap("ABC");
	CHECK(key("q").w > 0);
}

/* In a right-to-left frame (an Arabic visitor) the keys keep the layout
 * file's order on the screen: ض at the left, ⌫ at the right end of its
 * row, as on every Arabic keyboard; and taps type what they show. */
TEST(arabic_in_a_mirrored_frame)
{
	ui_free(ui);
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	ui_set_rtl(ui, true);
	ui_kb_init(&kb, ui_kb_layout_for("ar"), 0);
	now = 0;
	frame();
	CHECK(right_of("ض", "ص"));
	CHECK(key("ض").x < 1920 / 4);
	CHECK(right_of("ظ", "⌫"));
	CHECK(key("space").x > key("ABC").x);
	CHECK(tap("س") == UI_KB_EDITED);
	CHECK(tap("ل") == UI_KB_EDITED);
	CHECK(tap("ا") == UI_KB_EDITED);
	CHECK(tap("م") == UI_KB_EDITED);
	CHECK_STR(kb.text, "سلام");
	CHECK(tap("⌫") == UI_KB_EDITED);
	CHECK_STR(kb.text, "سلا");
	ui_set_rtl(ui, false);
}

/* Estonian õ ü š ž and Northern Sámi á č đ ŋ š ŧ ž are on their keys,
 * with their capitals; every layout in assets/keyboards has its lang. */
TEST(estonian_and_sami_letters)
{
	setup(1920, 1080, ui_kb_layout_for("et"), 0);
	const char *et[] = {"õ", "ü", "ö", "ä", "š", "ž"};
	for (int i = 0; i < 6; i++)
		CHECK(tap(et[i]) == UI_KB_EDITED);
	CHECK_STR(kb.text, "õüöäšž");
	setup(1920, 1080, ui_kb_layout_for("se"), 0);
	const char *se[] = {"á", "č", "đ", "ŋ", "š", "ŧ", "ž"};
	for (int i = 0; i < 7; i++)
		CHECK(tap(se[i]) == UI_KB_EDITED);
	CHECK_STR(kb.text, "áčđŋšŧž");
	tap("⇧");
	tap("Ŧ");
	CHECK_STR(kb.text, "áčđŋšŧžŦ");
	static const char *langs[] = {"fi", "sv", "en", "uk", "ru", "ar", "so", "et", "se"};
	for (int i = 0; i < 9; i++)
		CHECK_STR(ui_kb_layout_lang(ui_kb_layout_for(langs[i])), langs[i]);
	CHECK_INT(ui_kb_ndefs, 9);
}

TEST(shift_and_backspace)
{
	setup(1920, 1080, FI, 0);
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
	setup(1920, 1080, FI, 0);
	CHECK(tap("space") == UI_KB_NOCHANGE); /* no leading space */
	tap("o");
	tap("k");
	CHECK(tap("space") == UI_KB_EDITED);
	CHECK(tap("space") == UI_KB_NOCHANGE); /* no double space */
	CHECK_STR(kb.text, "ok ");

	ui_kb_init(&kb, FI, 0);
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
	setup(1920, 1080, SV, 0);
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
	setup(1920, 1080, FI, 3);
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
	setup(1920, 1080, FI, 0);
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
		for (int l = 0; l < ui_kb_ndefs; l++) {
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

/* The first key of layout l's letters ("q", "й", "ض"). */
static const char *first_key(int l)
{
	static char k[16];
	const char *row = ui_kb_defs[l].rows[0][0];
	size_t n = strcspn(row, " ");
	memcpy(k, row, n < sizeof k ? n : sizeof k - 1);
	k[n < sizeof k ? n : sizeof k - 1] = 0;
	return k;
}

/* The most keys in a row of layout l's letters. */
static int widest_row(int l)
{
	int most = 0;
	for (int r = 0; r < 4; r++) {
		int n = 1;
		for (const char *p = ui_kb_defs[l].rows[0][r]; *p; p++)
			n += *p == ' ';
		most = n > most ? n : most;
	}
	return most;
}

/* A keyboard given a page's width (inside its margins) on a narrow portrait
 * panel reaches the screen's edges so that its keys stay finger-sized, and
 * says so (ui_bleed); with room to spare it stays where it was put. Twelve
 * letters a row (Cyrillic, Arabic, Estonian, Sámi) cannot have 72 dp keys
 * on a 720 px wide panel: there they get at least 64 dp (54 px: 10 mm on
 * a 10" panel), as phones' keyboards do with less. */
TEST(narrow_screens_use_the_whole_width)
{
	static const int sizes[][3] = {
		{720, 1280, 1}, {800, 1280, 1}, {1080, 1920, 0}, {1920, 1080, 0}};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		for (int l = 0; l < ui_kb_ndefs; l++) {
			ui_free(ui);
			CHECK_INT(ui_new(&ui, sizes[i][0], sizes[i][1]), 0);
			ui_kb_init(&kb, (ui_kb_layout_t)l, 0);
			int m = ui_dp(ui, 40), h = ui_keyboard_height(ui, sizes[i][0]);
			ui_rect_t r = {m, sizes[i][1] - h, sizes[i][0] - 2 * m, h};
			ui_begin(ui, now += 16);
			ui_keyboard(ui, r, &kb, "OK", NULL);
			CHECK_INT(ui_end(ui), 0);
			ui_rect_t b = ui_bleed(ui);
			const char *first = first_key(l);
			if (sizes[i][2] && l == FI) { /* 11 keys a row: too narrow */
				CHECK_INT(b.x, 0);
				CHECK_INT(b.w, sizes[i][0]);
				CHECK(key(first).x < m);
			} else if (!ui_rect_empty(b)) {
				CHECK_INT(b.w, sizes[i][0]);
			} else {
				CHECK(ui_rect_empty(b));
				CHECK(key(first).x >= m);
			}
			errlist_t el = {0};
			int min = sizes[i][2] && widest_row(l) > 11 ? 64 : UI_MIN_TARGET;
			int n = ui_lint(ui, min, &el);
			for (int k = 0; k < el.n; k++)
				fprintf(stderr, "  %dx%d layout %d: %s\n", sizes[i][0], sizes[i][1],
					l, el.msg[k]);
			CHECK_INT(n, 0);
			errlist_clear(&el);
			CHECK(key(first).w >= ui_dp(ui, (float)min));
		}
}

int main(void)
{
	RUN(finnish_and_swedish_layouts);
	RUN(english_is_plain_qwerty);
	RUN(ukrainian_and_the_latin_key);
	RUN(arabic);
	RUN(arabic_in_a_mirrored_frame);
	RUN(estonian_and_sami_letters);
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
