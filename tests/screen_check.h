/*
 * screen_check: what every screen test asks of a finished frame, one copy:
 * the toolkit's lint (targets too small or overlapping, text clipped) and
 * overflow notes, printed with where they were seen; and whether a text is
 * whole on screen; the scan of a screen at every scroll position. Header-only, for the youth, staff
 * and platform tests.
 */
#ifndef OVI_TESTS_SCREEN_CHECK_H
#define OVI_TESTS_SCREEN_CHECK_H

#include "core/err.h"
#include "ui/ui.h"
#include "ui/widgets.h"

#include <stdbool.h>
#include <stdio.h>

/* Lint and overflow notes of the last frame, printed; returns their count. */
static inline int screen_lint(ui_t *ui, const char *what)
{
	errlist_t el = {0};
	int n = ui_lint(ui, UI_MIN_TARGET, &el);
	for (int i = 0; i < el.n; i++)
		fprintf(stderr, "  %s: %s\n", what, el.msg[i]);
	errlist_clear(&el);
	int no;
	const char *const *over = ui_overflows(ui, &no);
	for (int i = 0; i < no; i++)
		fprintf(stderr, "  %s: overflow: %s\n", what, over[i]);
	return n + no;
}

/* The text s (or the first containing it) is drawn whole: not clipped,
 * hidden or ellipsised, inside the screen. */
static inline bool screen_whole(ui_t *ui, const char *s)
{
	const ui_text_rec_t *t = ui_find_text(ui, s);
	return t && !t->clipped && !t->hidden && !t->ellipsised &&
	       ui_rect_inside(t->r, ui_screen(ui)) && t->r.w > 0;
}

/* Draws one whole frame of the screen under test into ui (ctx: the test's
 * view and state), writing the frame's action to *a. */
typedef void (*screen_draw_fn)(void *ctx, ui_t *ui, ui_action_t *a);

/*
 * Renders the frame, lints it at every scroll position of every scroll
 * region (up to max_scroll pixels), and checks each of want[] (at most 64)
 * was whole on screen at some position; an untouched frame must ask for no
 * action. Prints each problem under what; returns how many there were.
 */
static inline int screen_scan(ui_t *ui, screen_draw_fn draw, void *ctx, const char *what,
			      const char *const *want, int nwant, int max_scroll)
{
	ui_action_t a;
	bool seen[64] = {false};
	int problems = 0;
	if (nwant > 64) {
		fprintf(stderr, "  %s: screen_scan takes 64 texts, not %d\n", what, nwant);
		return 1;
	}
	draw(ctx, ui, &a);
	if (a.kind != 0) {
		fprintf(stderr, "  %s: an untouched frame asked for action %d\n", what, a.kind);
		problems++;
	}
	problems += screen_lint(ui, what);
	ui_id_t regions[8];
	int nr = 0, nh;
	const ui_hit_t *hits = ui_hits(ui, &nh);
	for (int i = 0; i < nh && nr < 8; i++)
		if (hits[i].kind == UI_HIT_SCROLL)
			regions[nr++] = hits[i].id;
	for (int i = 0; i < nwant; i++)
		seen[i] = screen_whole(ui, want[i]);
	for (int r = 0; r < nr; r++) {
		for (int off = 0; off < max_scroll; off += ui_dp(ui, 50)) {
			ui_scroll_to(ui, regions[r], off);
			draw(ctx, ui, &a);
			for (int i = 0; i < nwant; i++)
				seen[i] = seen[i] || screen_whole(ui, want[i]);
			int n = screen_lint(ui, what);
			if (n) {
				fprintf(stderr, "  %s: the lint above was scrolled %d px\n", what,
					off);
				problems += n;
				break;
			}
			if ((int)ui_scroll_offset(ui, regions[r]) < off)
				break;
		}
		ui_scroll_to(ui, regions[r], 0);
	}
	for (int i = 0; i < nwant; i++)
		if (!seen[i]) {
			fprintf(stderr, "  %s: never whole on screen: \"%s\"\n", what, want[i]);
			problems++;
		}
	draw(ctx, ui, &a);
	return problems;
}

#endif
