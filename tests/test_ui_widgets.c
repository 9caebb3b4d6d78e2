/*
 * The UI core's behaviour with the fake measure: buttons fire on release
 * only, inside only, once; a second finger is ignored; dragging a scroll
 * region cancels the press under the finger; momentum settles and clamps;
 * the registry finds widgets and the lint catches overlaps.
 */
#include "testlib.h"

#include "ui/ui.h"
#include "ui/widgets.h"

#include <string.h>

static int fired_a, fired_b;
static bool held_a;
static bool disabled_b;
static int64_t now;

/* Two buttons side by side: A at 100,100 200x100 and B at 400,100. */
static void screen_two(ui_t *ui)
{
	ui_press_t p = ui_press(ui, ui_id(ui, "a"), (ui_rect_t){100, 100, 200, 100}, "A", true);
	held_a = p.held;
	fired_a += p.fired;
	ui_button_opts_t o = {.style = UI_BTN_SECONDARY, .disabled = disabled_b};
	fired_b += ui_button_ex(ui, ui_id(ui, "b"), (ui_rect_t){400, 100, 200, 100}, "B", &o);
}

static void frame(ui_t *ui)
{
	now += 16;
	ui_begin(ui, now);
	screen_two(ui);
	CHECK_INT(ui_end(ui), 0);
}

static ui_t *fresh(void)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	fired_a = fired_b = 0;
	disabled_b = false;
	now = 1000;
	frame(ui); /* the frame the person sees before touching */
	return ui;
}

TEST(fires_on_release_only)
{
	ui_t *ui = fresh();
	ui_pointer_down(ui, 7, 150, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 0);
	CHECK(held_a);
	CHECK(ui_pointer_held(ui));
	ui_pointer_up(ui, 7, 150, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 1);
	CHECK(!held_a);
	for (int i = 0; i < 5; i++)
		frame(ui);
	CHECK_INT(fired_a, 1);
	CHECK_INT(fired_b, 0);
	ui_free(ui);
}

TEST(quick_tap_in_one_frame)
{
	ui_t *ui = fresh();
	ui_pointer_down(ui, 1, 150, 150, now);
	ui_pointer_up(ui, 1, 152, 151, now + 40);
	frame(ui);
	CHECK_INT(fired_a, 1);
	ui_free(ui);
}

TEST(release_outside_does_not_fire)
{
	ui_t *ui = fresh();
	ui_pointer_down(ui, 1, 150, 150, now);
	frame(ui);
	ui_pointer_move(ui, 1, 150, 600, now);
	frame(ui);
	CHECK(!held_a); /* slid off: drawn released */
	ui_pointer_up(ui, 1, 150, 600, now);
	frame(ui);
	CHECK_INT(fired_a, 0);

	/* Sliding off and back on still fires: the finger ended on it. */
	ui_pointer_down(ui, 1, 150, 150, now);
	ui_pointer_move(ui, 1, 150, 600, now);
	frame(ui);
	ui_pointer_move(ui, 1, 160, 140, now);
	ui_pointer_up(ui, 1, 160, 140, now);
	frame(ui);
	CHECK_INT(fired_a, 1);

	/* Pressed on A, released on B: neither. */
	ui_pointer_down(ui, 1, 150, 150, now);
	ui_pointer_up(ui, 1, 450, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 1);
	CHECK_INT(fired_b, 0);
	ui_free(ui);
}

TEST(one_press_never_fires_twice)
{
	ui_t *ui = fresh();
	/* A duplicated release (a driver hiccup) fires once. */
	ui_pointer_down(ui, 1, 150, 150, now);
	ui_pointer_up(ui, 1, 150, 150, now);
	ui_pointer_up(ui, 1, 150, 150, now);
	frame(ui);
	frame(ui);
	frame(ui);
	CHECK_INT(fired_a, 1);
	/* Two taps queued before a frame: two frames, two fires. */
	ui_pointer_down(ui, 1, 150, 150, now);
	ui_pointer_up(ui, 1, 150, 150, now);
	ui_pointer_down(ui, 1, 450, 150, now);
	ui_pointer_up(ui, 1, 450, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 2);
	CHECK_INT(fired_b, 0);
	CHECK_INT(ui_next_frame_ms(ui), 0); /* more input waits */
	frame(ui);
	CHECK_INT(fired_b, 1);
	CHECK_INT(ui_next_frame_ms(ui), -1);
	ui_free(ui);
}

static int dup_fired;

/* A careless screen asking twice about one id in a frame (a card and a
 * button inside it sharing a key). */
static void screen_dup(ui_t *ui)
{
	ui_rect_t r = {100, 100, 300, 200};
	dup_fired += ui_press(ui, ui_id(ui, "same"), r, "card", true).fired;
	dup_fired += ui_button(ui, ui_id(ui, "same"), ui_inset(r, 20), "inner", UI_BTN_PRIMARY);
}

TEST(same_id_twice_fires_once)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	dup_fired = 0;
	ui_begin(ui, 0);
	screen_dup(ui);
	ui_end(ui);
	ui_pointer_down(ui, 1, 200, 200, 10);
	ui_pointer_up(ui, 1, 200, 200, 20);
	ui_begin(ui, 30);
	screen_dup(ui);
	ui_end(ui);
	CHECK_INT(dup_fired, 1);
	CHECK(ui_lint(ui, 0, NULL) > 0); /* and the lint says so */
	ui_free(ui);
}

TEST(second_finger_ignored)
{
	ui_t *ui = fresh();
	ui_pointer_down(ui, 1, 150, 150, now);
	frame(ui);
	ui_pointer_down(ui, 2, 450, 150, now); /* a second finger on B */
	ui_pointer_up(ui, 2, 450, 150, now);
	frame(ui);
	CHECK_INT(fired_b, 0);
	CHECK(held_a);
	ui_pointer_move(ui, 2, 900, 900, now); /* its moves change nothing */
	frame(ui);
	CHECK(held_a);
	ui_pointer_up(ui, 1, 150, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 1);
	CHECK_INT(fired_b, 0);
	ui_free(ui);
}

TEST(touch_padding)
{
	ui_t *ui = fresh();
	/* 6 px left of A (padding is 12 dp = 12 px at 1080p). */
	ui_pointer_down(ui, 1, 94, 150, now);
	ui_pointer_up(ui, 1, 94, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 1);
	ui_pointer_down(ui, 1, 60, 150, now);
	ui_pointer_up(ui, 1, 60, 150, now);
	frame(ui);
	CHECK_INT(fired_a, 1);
	ui_free(ui);
}

TEST(disabled_takes_touch_but_never_fires)
{
	ui_t *ui = fresh();
	disabled_b = true;
	frame(ui);
	ui_pointer_down(ui, 1, 450, 150, now);
	ui_pointer_up(ui, 1, 450, 150, now);
	frame(ui);
	CHECK_INT(fired_b, 0);
	int x, y;
	CHECK_INT(ui_find_hit(ui, "B", &x, &y), OVI_ENOTFOUND);
	ui_free(ui);
}

static bool modal;
static int fired_ok;

static void screen_modal(ui_t *ui)
{
	screen_two(ui);
	if (!modal)
		return;
	ui_block_input(ui, ui_screen(ui));
	fired_ok += ui_button(ui, ui_id(ui, "ok"), (ui_rect_t){800, 500, 200, 100}, "OK",
			      UI_BTN_PRIMARY);
	/* A dialog button right over A: a different layer, not an overlap. */
	ui_button(ui, ui_id(ui, "cancel"), (ui_rect_t){120, 120, 200, 100}, "Cancel",
		  UI_BTN_SECONDARY);
}

TEST(modal_blocks_what_is_beneath)
{
	ui_t *ui = fresh();
	modal = true;
	fired_ok = 0;
	for (int k = 0; k < 3; k++) {
		static const int pts[3][2] = {{110, 110}, {94, 150}, {850, 550}};
		ui_begin(ui, now += 16);
		screen_modal(ui);
		ui_end(ui);
		ui_pointer_down(ui, 1, pts[k][0], pts[k][1], now);
		ui_pointer_up(ui, 1, pts[k][0], pts[k][1], now);
		ui_begin(ui, now += 16);
		screen_modal(ui);
		ui_end(ui);
	}
	CHECK_INT(fired_a, 0);
	CHECK_INT(fired_ok, 1);
	CHECK_INT(ui_lint(ui, UI_MIN_TARGET, NULL), 0);
	int x, y;
	CHECK_INT(ui_find_hit(ui, "A", &x, &y), OVI_ENOTFOUND); /* covered */
	CHECK_INT(ui_find_hit(ui, "OK", &x, &y), 0);
	modal = false;
	ui_free(ui);
}

TEST(registry_and_find_hit)
{
	ui_t *ui = fresh();
	int x = 0, y = 0;
	CHECK_INT(ui_find_hit(ui, "B", &x, &y), 0);
	CHECK_INT(x, 500);
	CHECK_INT(y, 150);
	CHECK_INT(ui_find_hit(ui, "nope", &x, &y), OVI_ENOTFOUND);
	CHECK_CONTAINS(err_last(), "nope");
	/* The button's label was drawn and registered as text. */
	const ui_text_rec_t *t = ui_find_text(ui, "B");
	CHECK(t != NULL);
	CHECK(t && ui_rect_inside(t->r, (ui_rect_t){400, 100, 200, 100}));
	CHECK_INT(ui_lint(ui, UI_MIN_TARGET, NULL), 0);
	ui_free(ui);
}

static void screen_bad(ui_t *ui)
{
	ui_button(ui, ui_id(ui, "x"), (ui_rect_t){0, 0, 200, 100}, "X", UI_BTN_PRIMARY);
	ui_button(ui, ui_id(ui, "y"), (ui_rect_t){150, 50, 200, 100}, "Y", UI_BTN_PRIMARY);
	ui_button(ui, ui_id(ui, "tiny"), (ui_rect_t){600, 600, 30, 30}, "t", UI_BTN_PRIMARY);
	ui_text(ui, (ui_rect_t){1900, 500, 200, 40}, "off the edge",
		ui_ts(0, UI_TS_BODY, ui_rgb(0)));
}

TEST(lint_catches_problems)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	ui_begin(ui, 0);
	screen_bad(ui);
	ui_end(ui);
	errlist_t el = {0};
	int n = ui_lint(ui, UI_MIN_TARGET, &el);
	CHECK(n >= 3);
	bool overlap = false, small = false, outside = false;
	for (int i = 0; i < el.n; i++) {
		overlap |= strstr(el.msg[i], "overlap") != NULL;
		small |= strstr(el.msg[i], "smaller than a finger") != NULL;
		outside |= strstr(el.msg[i], "outside the screen") != NULL;
	}
	CHECK(overlap && small && outside);
	errlist_clear(&el);
	ui_free(ui);
}

/* ---- Scrolling ------------------------------------------------------ */

static int row_fired[40];
static ui_id_t list_id;

/* A 600 px high list of 40 rows, 100 px each (4000 px of content). */
static void screen_list(ui_t *ui)
{
	ui_rect_t area = {100, 100, 800, 600};
	list_id = ui_id(ui, "list");
	int y = ui_scroll_begin(ui, list_id, area);
	for (int i = 0; i < 40; i++) {
		ui_rect_t row = {area.x, y, area.w, 90};
		if (ui_press(ui, ui_idi(ui, "row", i), row, "row", true).fired)
			row_fired[i]++;
		y += 100;
	}
	ui_scroll_end(ui, y);
}

static void lframe(ui_t *ui)
{
	ui_begin(ui, now);
	screen_list(ui);
	CHECK_INT(ui_end(ui), 0);
}

static ui_t *fresh_list(void)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	memset(row_fired, 0, sizeof row_fired);
	now = 1000;
	lframe(ui);
	return ui;
}

TEST(tap_in_scroll_fires_row)
{
	ui_t *ui = fresh_list();
	ui_pointer_down(ui, 1, 300, 250, now);	    /* row 1 (y 200..290) */
	ui_pointer_move(ui, 1, 303, 255, now + 30); /* jitter under the slop */
	ui_pointer_up(ui, 1, 303, 255, now + 60);
	lframe(ui);
	CHECK_INT(row_fired[1], 1);
	CHECK(ui_scroll_offset(ui, list_id) == 0);
	/* Rows scrolled out of view are not tappable through the clip. */
	ui_pointer_down(ui, 1, 300, 750, now);
	ui_pointer_up(ui, 1, 300, 750, now);
	lframe(ui);
	CHECK_INT(row_fired[6], 0);
	ui_free(ui);
}

TEST(drag_cancels_press)
{
	ui_t *ui = fresh_list();
	ui_pointer_down(ui, 1, 300, 450, now);
	lframe(ui);
	for (int i = 1; i <= 10; i++) {
		now += 50;
		ui_pointer_move(ui, 1, 300, 450 - 20 * i, now);
		lframe(ui);
	}
	now += 200; /* rest before lifting: no fling */
	ui_pointer_up(ui, 1, 300, 250, now);
	lframe(ui);
	for (int i = 0; i < 40; i++)
		CHECK_INT(row_fired[i], 0);
	/* Moved by the drag minus the slop at which the drag took over. */
	float off = ui_scroll_offset(ui, list_id);
	CHECK(off > 150 && off <= 200);
	CHECK_INT(ui_next_frame_ms(ui), -1);
	ui_free(ui);
}

static void fling(ui_t *ui, int dir)
{
	int y = 500;
	ui_pointer_down(ui, 1, 300, y, now);
	lframe(ui);
	for (int i = 0; i < 6; i++) {
		now += 10;
		y -= dir * 40;
		ui_pointer_move(ui, 1, 300, y, now);
		lframe(ui);
	}
	ui_pointer_up(ui, 1, 300, y, now + 5);
	lframe(ui);
}

TEST(momentum_settles_and_clamps)
{
	ui_t *ui = fresh_list();
	fling(ui, 1);
	float after_drag = ui_scroll_offset(ui, list_id);
	CHECK(ui_next_frame_ms(ui) > 0); /* it keeps moving */
	int frames = 0;
	float prev = after_drag;
	bool monotonic = true;
	while (ui_next_frame_ms(ui) > 0 && frames < 1000) {
		now += 16;
		lframe(ui);
		float o = ui_scroll_offset(ui, list_id);
		monotonic &= o >= prev;
		prev = o;
		frames++;
	}
	CHECK(frames < 300); /* settles within a few seconds */
	CHECK(monotonic);
	float end = ui_scroll_offset(ui, list_id);
	CHECK(end > after_drag + 100); /* the flick carried on */
	CHECK(end <= 3400);	       /* never past the content */
	CHECK_INT(ui_next_frame_ms(ui), -1);

	/* Flicks towards the top stop at 0. */
	for (int k = 0; k < 4; k++) {
		fling(ui, -1);
		while (ui_next_frame_ms(ui) > 0) {
			now += 16;
			lframe(ui);
			CHECK(ui_scroll_offset(ui, list_id) >= 0);
		}
	}
	CHECK(ui_scroll_offset(ui, list_id) == 0);
	/* ...and flicks down stop at the end. */
	for (int k = 0; k < 12; k++) {
		fling(ui, 1);
		while (ui_next_frame_ms(ui) > 0) {
			now += 16;
			lframe(ui);
		}
	}
	CHECK(ui_scroll_offset(ui, list_id) == 3400);
	ui_free(ui);
}

TEST(touch_stops_fling_without_tapping)
{
	ui_t *ui = fresh_list();
	fling(ui, 1);
	now += 16;
	lframe(ui);
	CHECK(ui_next_frame_ms(ui) > 0);
	ui_pointer_down(ui, 1, 300, 300, now);
	ui_pointer_up(ui, 1, 300, 300, now + 50);
	now += 16;
	lframe(ui);
	CHECK_INT(ui_next_frame_ms(ui), -1);
	for (int i = 0; i < 40; i++)
		CHECK_INT(row_fired[i], 0);
	ui_free(ui);
}

TEST(reset_forgets_press_and_scroll)
{
	ui_t *ui = fresh_list();
	ui_scroll_to(ui, list_id, 500);
	lframe(ui);
	CHECK(ui_scroll_offset(ui, list_id) == 500);
	ui_pointer_down(ui, 1, 300, 250, now);
	lframe(ui);
	ui_reset(ui);
	ui_pointer_up(ui, 1, 300, 250, now);
	lframe(ui);
	CHECK(ui_scroll_offset(ui, list_id) == 0);
	for (int i = 0; i < 40; i++)
		CHECK_INT(row_fired[i], 0);
	ui_free(ui);
}

TEST(flood_of_taps)
{
	ui_t *ui = fresh();
	for (int i = 0; i < 10000; i++) {
		ui_pointer_down(ui, i % 3, 150, 150, now);
		ui_pointer_move(ui, i % 3, 151, 151, now);
		ui_pointer_up(ui, i % 3, 150, 150, now);
	}
	int frames = 0;
	while (ui_next_frame_ms(ui) == 0 && frames < 1000) {
		frame(ui);
		frames++;
	}
	CHECK(frames < 100); /* the queue is bounded */
	CHECK(fired_a <= frames);
	CHECK(fired_a > 0);
	ui_free(ui);
}

TEST(metrics_scale)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	ui_begin(ui, 0);
	ui_end(ui);
	/* The smallest target is a tenth of the short side at 480. */
	CHECK_INT(ui_dp(ui, UI_MIN_TARGET), 48);
	CHECK(ui_font_px(ui, UI_TS_CAPTION) >= 13);
	ui_set_screen(ui, 1080, 1920);
	ui_begin(ui, 0);
	ui_end(ui);
	CHECK(ui_portrait(ui));
	CHECK_INT(ui_dp(ui, 100), 100);
	CHECK_INT(ui_font_px(ui, UI_TS_BODY), 26);
	ui_set_large_text(ui, true);
	CHECK_INT(ui_font_px(ui, UI_TS_BODY), 33);
	ui_set_screen(ui, 3840, 2160);
	ui_begin(ui, 0);
	ui_end(ui);
	CHECK_INT(ui_dp(ui, 100), 200);
	ui_free(ui);
}

TEST(theme_contrast)
{
	for (int k = 0; k < 2; k++) {
		const ui_theme_t *th = ui_theme_get(k ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
		CHECK(ui_contrast100(th->ink, th->bg) >= 700);
		CHECK(ui_contrast100(th->muted, th->bg) >= 450);
		CHECK(ui_contrast100(th->muted, th->kb_bg) >= 450);
		CHECK(ui_contrast100(th->on_accent, th->accent) >= 450);
		for (int w = 0; w < UI_WHEEL_COUNT; w++) {
			CHECK(ui_contrast100(ui_on_color(th, th->wheel[w]), th->wheel[w]) >= 430);
			CHECK(ui_contrast100(ui_on_color(th, th->wheel_deep[w]),
					     th->wheel_deep[w]) >= 450);
			CHECK(ui_contrast100(ui_on_color(th, th->wheel_tint[w]),
					     th->wheel_tint[w]) >= 450);
		}
	}
	CHECK_INT(ui_contrast100(ui_rgb(0), ui_rgb(0xFFFFFF)), 2100);
}

TEST(initials)
{
	char s[16];
	ui_initials("Aino Korhonen", s, sizeof s);
	CHECK_STR(s, "AK");
	ui_initials("åsa öberg-lind", s, sizeof s);
	CHECK_STR(s, "ÅL");
	ui_initials("олена", s, sizeof s);
	CHECK_STR(s, "О");
	ui_initials("", s, sizeof s);
	CHECK_STR(s, "");
}

static const draw_cmd_t *find_cmd(const ui_t *ui, int kind, const char *str)
{
	const draw_list_t *dl = ui_draw_list(ui);
	for (int i = 0; i < dl->n; i++)
		if (dl->cmd[i].kind == kind &&
		    (!str || (dl->cmd[i].str && !strcmp(dl->cmd[i].str, str))))
			return &dl->cmd[i];
	return NULL;
}

/* A right-to-left frame: the screen is written left to right and comes
 * out mirrored (draw list, hits, texts); a finger lands where things are
 * drawn; text aligned to its start sits on the right; neutral text (a "›")
 * takes the frame's direction, so its glyph mirrors too. */
TEST(right_to_left_frame_is_mirrored)
{
	ui_t *ui = fresh();
	ui_set_rtl(ui, true);
	CHECK(ui_rtl(ui));
	frame(ui);
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	CHECK_INT(n, 2);
	CHECK_INT(h[0].r.x, 1920 - 100 - 200); /* A, written at 100 */
	CHECK_INT(h[1].r.x, 1920 - 400 - 200); /* B, written at 400 */
	CHECK_INT(h[1].clip.x, 0);
	CHECK_INT(h[1].clip.w, 1920);
	const draw_cmd_t *c = find_cmd(ui, DRAW_TEXT, "B");
	CHECK(c && c->r.x >= 1920 - 400 - 200 && c->r.x + c->r.w <= 1920 - 400);
	/* Where A was written is empty on the screen; where it shows, it fires. */
	ui_pointer_down(ui, 1, 150, 150, now);
	ui_pointer_up(ui, 1, 150, 150, now + 40);
	frame(ui);
	frame(ui);
	CHECK_INT(fired_a, 0);
	int x, y;
	CHECK_INT(ui_find_hit(ui, "A", &x, &y), 0);
	CHECK_INT(x, 1920 - 200);
	ui_pointer_down(ui, 1, x, y, now);
	frame(ui);
	CHECK(held_a);
	ui_pointer_up(ui, 1, x, y, now + 40);
	frame(ui);
	CHECK_INT(fired_a, 1);

	/* Text: start-aligned Latin and Arabic both end at the right edge;
	 * a lone "›" is a right-to-left paragraph here, left to right in a
	 * left-to-right frame. */
	const char *texts[] = {"Hello", "مرحبا", "›"};
	for (int rtl = 0; rtl < 2; rtl++) {
		ui_set_rtl(ui, rtl);
		ui_begin(ui, now += 16);
		for (int i = 0; i < 3; i++)
			ui_text(ui, (ui_rect_t){100, 300 + 100 * i, 800, 60}, texts[i],
				ui_ts(UI_FONT_REGULAR, UI_TS_BODY, ui_rgb(0)));
		CHECK_INT(ui_end(ui), 0);
		const ui_text_rec_t *hello = ui_find_text(ui, "Hello");
		const ui_text_rec_t *ar = ui_find_text(ui, "مرحبا");
		CHECK(hello && ar);
		if (!hello || !ar)
			continue;
		CHECK_INT(hello->r.x, rtl ? 1920 - 100 - hello->r.w : 100);
		CHECK_INT(ar->r.x + ar->r.w, rtl ? 1920 - 100 : 900); /* right-aligned both ways */
		const draw_cmd_t *chev = find_cmd(ui, DRAW_TEXT, "›");
		CHECK(chev && !!(chev->flags & DRAW_TEXT_RTL) == rtl);
		CHECK(!!(find_cmd(ui, DRAW_TEXT, "Hello")->flags & DRAW_TEXT_RTL) == 0);
	}
	ui_set_rtl(ui, false);
	CHECK(!ui_text_dir_rtl(ui, "12:00"));
	ui_set_rtl(ui, true);
	CHECK(ui_text_dir_rtl(ui, "12:00"));
	CHECK(!ui_text_dir_rtl(ui, "Aino 12:00"));
	CHECK(ui_text_dir_rtl(ui, "12 مكان"));
	ui_rect_t r = {10, 20, 30, 40};
	CHECK_INT(ui_unmirror(ui, r).x, 1920 - 40);
	CHECK_INT(ui_unmirror(ui, ui_unmirror(ui, r)).x, 10);
	ui_set_rtl(ui, false);
	CHECK_INT(ui_unmirror(ui, r).x, 10);
	ui_free(ui);
}

int main(void)
{
	RUN(fires_on_release_only);
	RUN(quick_tap_in_one_frame);
	RUN(release_outside_does_not_fire);
	RUN(one_press_never_fires_twice);
	RUN(same_id_twice_fires_once);
	RUN(second_finger_ignored);
	RUN(touch_padding);
	RUN(disabled_takes_touch_but_never_fires);
	RUN(modal_blocks_what_is_beneath);
	RUN(registry_and_find_hit);
	RUN(right_to_left_frame_is_mirrored);
	RUN(lint_catches_problems);
	RUN(tap_in_scroll_fires_row);
	RUN(drag_cancels_press);
	RUN(momentum_settles_and_clamps);
	RUN(touch_stops_fling_without_tapping);
	RUN(reset_forgets_press_and_scroll);
	RUN(flood_of_taps);
	RUN(metrics_scale);
	RUN(theme_contrast);
	RUN(initials);
	return test_summary();
}
