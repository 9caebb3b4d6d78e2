/*
 * Text layout with the fake measure (at 1080 px short side, body text is
 * 26 px: 14.3 px per character, lines 34 px): wrapping at spaces, long words
 * hyphenated, ellipsis on the last line reported, never a silent cut.
 */
#include "testlib.h"

#include "ui/ui.h"

#include <string.h>

static ui_t *ui;

static void begin(void)
{
	if (!ui)
		CHECK_INT(ui_new(&ui, 1080, 1920), 0);
	ui_begin(ui, 0);
}

/* The text lines drawn, joined with '|'. */
static const char *lines(char *out, size_t cap)
{
	const draw_list_t *dl = ui_dl(ui);
	out[0] = 0;
	for (int i = 0; i < dl->n; i++) {
		if (dl->cmd[i].kind != DRAW_TEXT)
			continue;
		if (out[0])
			strncat(out, "|", cap - strlen(out) - 1);
		strncat(out, dl->cmd[i].str, cap - strlen(out) - 1);
	}
	return out;
}

static ui_text_style_t body(int max_lines)
{
	ui_text_style_t st = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, ui_rgb(0));
	st.max_lines = max_lines;
	return st;
}

TEST(wraps_at_spaces)
{
	char buf[1024];
	begin();
	/* 10 characters fit in 150 px (143 px), 11 do not (157). */
	ui_rect_t r = ui_text(ui, (ui_rect_t){0, 0, 150, 0}, "aaaa bbbb cccc dddd eeee", body(0));
	CHECK_STR(lines(buf, sizeof buf), "aaaa bbbb|cccc dddd|eeee");
	CHECK_INT(r.h, 3 * 34);
	CHECK(r.w <= 150);
	ui_end(ui);
	int n;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	CHECK_INT(n, 1);
	CHECK_INT(t[0].lines, 3);
	CHECK(!t[0].ellipsised);
	CHECK_INT(ui_lint(ui, 0, NULL), 0);
}

TEST(breaks_after_hyphen_and_at_newline)
{
	char buf[1024];
	begin();
	ui_text(ui, (ui_rect_t){0, 0, 150, 0}, "Opinto-ohjaaja\nHuone 1", body(0));
	CHECK_STR(lines(buf, sizeof buf), "Opinto-|ohjaaja|Huone 1");
	ui_end(ui);
}

TEST(long_word_is_hyphenated_not_cut)
{
	char buf[1024];
	begin();
	const char *s = "Työllisyyspalveluiden nuorisokoordinaattori";
	ui_text(ui, (ui_rect_t){0, 0, 150, 0}, s, body(0));
	lines(buf, sizeof buf);
	/* Every character is there: remove the added "-|" and compare. */
	char joined[1024] = "";
	for (const char *p = buf; *p; p++) {
		if (p[0] == '-' && p[1] == '|') {
			p++;
			continue;
		}
		strncat(joined, *p == '|' ? " " : (char[]){*p, 0},
			sizeof joined - strlen(joined) - 1);
	}
	CHECK_STR(joined, s);
	CHECK(strstr(buf, "-|") != NULL);
	ui_end(ui);
	const ui_text_rec_t *t = ui_find_text(ui, s);
	CHECK(t && !t->ellipsised && t->lines >= 4);
	for (int i = 0; i < ui_dl(ui)->n; i++)
		if (ui_dl(ui)->cmd[i].kind == DRAW_TEXT)
			CHECK(ui_dl(ui)->cmd[i].r.w <= 150);
}

TEST(ellipsis_on_last_line_is_reported)
{
	char buf[1024];
	begin();
	ui_text(ui, (ui_rect_t){0, 0, 150, 0}, "aaaa bbbb cccc dddd eeee", body(2));
	CHECK_STR(lines(buf, sizeof buf), "aaaa bbbb|cccc dddd…");
	ui_end(ui);
	const ui_text_rec_t *t = ui_find_text(ui, "aaaa bbbb cccc dddd eeee");
	CHECK(t && t->ellipsised);
	int n;
	const char *const *over = ui_overflows(ui, &n);
	CHECK_INT(n, 1);
	CHECK(n && strstr(over[0], "aaaa bbbb cccc") != NULL);
	CHECK_INT(ui_lint(ui, 0, NULL), 1);

	/* The height of the box limits the lines too: 2 lines fit in 80 px. */
	begin();
	ui_text(ui, (ui_rect_t){0, 0, 150, 80}, "aaaa bbbb cccc dddd eeee", body(0));
	CHECK_STR(lines(buf, sizeof buf), "aaaa bbbb|cccc dddd…");
	ui_end(ui);

	/* One line: a single long word ends in "…", not "-". */
	begin();
	ui_text(ui, (ui_rect_t){0, 0, 150, 0}, "nuorisokoordinaattori", body(1));
	CHECK_STR(lines(buf, sizeof buf), "nuorisoko…");
	ui_end(ui);
}

TEST(exact_fit_is_not_ellipsised)
{
	char buf[256];
	begin();
	ui_text(ui, (ui_rect_t){0, 0, 143, 0}, "aaaaaaaaaa", body(1));
	CHECK_STR(lines(buf, sizeof buf), "aaaaaaaaaa");
	ui_end(ui);
	int n;
	ui_overflows(ui, &n);
	CHECK_INT(n, 0);
}

TEST(height_and_width)
{
	begin();
	CHECK_INT(ui_text_height(ui, 150, "aaaa bbbb cccc dddd eeee", body(0)), 3 * 34);
	CHECK_INT(ui_text_height(ui, 150, "aaaa bbbb cccc dddd eeee", body(2)), 2 * 34);
	CHECK_INT(ui_text_height(ui, 150, "", body(0)), 0);
	CHECK_INT(ui_text_width(ui, "aaaaaaaaaa", UI_FONT_REGULAR, UI_TS_BODY), 143);
	CHECK_INT(ui_line_height(ui, UI_FONT_REGULAR, UI_TS_BODY), 34);
	ui_end(ui);
}

static int measured;

/* The fake measure, counted; wide = true makes every character twice as wide. */
static int counting_measure(void *ud, int font, int px, const char *s, int *w, int *h)
{
	measured++;
	int rc = ui_fake_measure(NULL, font, px, s, w, h);
	if (ud)
		*w *= 2;
	return rc;
}

/* A long list measures the same texts at the same widths every frame:
 * ui_text_height() remembers its answers, until the measure changes. */
TEST(heights_are_remembered)
{
	static int wide = 1;
	begin();
	ui_set_measure(ui, counting_measure, NULL);
	const char *s = "Talous- ja velkaneuvonta Huone 3";
	measured = 0;
	int h = ui_text_height(ui, 150, s, body(0));
	CHECK(measured > 0);
	measured = 0;
	CHECK_INT(ui_text_height(ui, 150, s, body(0)), h);
	CHECK_INT(measured, 0);
	/* Another width, line limit, font or text is measured anew. */
	CHECK(ui_text_height(ui, 400, s, body(0)) < h);
	CHECK(measured > 0);
	measured = 0;
	CHECK_INT(ui_text_height(ui, 150, s, body(1)), 34);
	CHECK(measured > 0);
	measured = 0;
	CHECK(ui_text_height(ui, 150, "Talous- ja velkaneuvonta Huone 4", body(0)) > 0);
	CHECK(measured > 0);
	/* A new measure (the fonts came up) forgets everything. */
	ui_set_measure(ui, counting_measure, &wide);
	measured = 0;
	CHECK(ui_text_height(ui, 150, s, body(0)) > h);
	CHECK(measured > 0);
	ui_set_measure(ui, NULL, NULL);
	CHECK_INT(ui_text_height(ui, 150, s, body(0)), h);
	ui_end(ui);
}

TEST(alignment)
{
	begin();
	ui_text_style_t st = body(1);
	st.align = UI_ALIGN_END;
	ui_rect_t r = ui_text(ui, (ui_rect_t){100, 0, 300, 0}, "aaaaaaaaaa", st);
	CHECK_INT(r.x, 100 + 300 - 143);
	st.align = UI_ALIGN_CENTER;
	st.valign = UI_ALIGN_CENTER;
	r = ui_text(ui, (ui_rect_t){100, 0, 300, 100}, "aaaaaaaaaa", st);
	CHECK_INT(r.x, 100 + (300 - 143) / 2);
	CHECK_INT(r.y, (100 - 34) / 2);
	ui_end(ui);
}

TEST(right_to_left)
{
	CHECK(ui_text_rtl("مرحبا بكم"));
	CHECK(ui_text_rtl("12: שלום"));
	CHECK(!ui_text_rtl("Ласкаво просимо"));
	CHECK(!ui_text_rtl("Hello مرحبا"));
	CHECK(!ui_text_rtl("123"));
	begin();
	/* Start alignment is the right edge for RTL text. */
	ui_rect_t r = ui_text(ui, (ui_rect_t){0, 0, 500, 0}, "مرحبا", body(1));
	CHECK_INT(r.x + r.w, 500);
	const draw_list_t *dl = ui_dl(ui);
	CHECK(dl->cmd[dl->n - 1].kind == DRAW_TEXT);
	CHECK(dl->cmd[dl->n - 1].flags & DRAW_TEXT_RTL);
	ui_end(ui);
}

TEST(clipped_text_is_flagged)
{
	begin();
	draw_clip_push(ui_dl(ui), (ui_rect_t){0, 0, 100, 20});
	ui_text(ui, (ui_rect_t){0, 0, 300, 0}, "partly hidden", body(1));
	ui_text(ui, (ui_rect_t){0, 100, 300, 0}, "wholly hidden", body(1));
	draw_clip_pop(ui_dl(ui));
	ui_end(ui);
	const ui_text_rec_t *a = ui_find_text(ui, "partly hidden");
	const ui_text_rec_t *b = ui_find_text(ui, "wholly hidden");
	CHECK(a && a->clipped && !a->hidden);
	CHECK(b && b->hidden);
	CHECK_INT(ui_lint(ui, 0, NULL), 1); /* the partly cut one */
}

TEST(strings_outlive_the_view)
{
	char src[32];
	strcpy(src, "temporary");
	begin();
	ui_text(ui, (ui_rect_t){0, 0, 500, 0}, src, body(1));
	ui_end(ui);
	memset(src, 'x', sizeof src - 1);
	const draw_list_t *dl = ui_draw_list(ui);
	CHECK_STR(dl->cmd[dl->n - 1].str, "temporary");
	CHECK(ui_find_text(ui, "temporary") != NULL);
}

int main(void)
{
	RUN(wraps_at_spaces);
	RUN(breaks_after_hyphen_and_at_newline);
	RUN(long_word_is_hyphenated_not_cut);
	RUN(ellipsis_on_last_line_is_reported);
	RUN(exact_fit_is_not_ellipsised);
	RUN(height_and_width);
	RUN(heights_are_remembered);
	RUN(alignment);
	RUN(right_to_left);
	RUN(clipped_text_is_flagged);
	RUN(strings_outlive_the_view);
	ui_free(ui);
	return test_summary();
}
