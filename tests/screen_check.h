/*
 * screen_check: what every screen test asks of a finished frame, one copy:
 * the toolkit's lint (targets too small or overlapping, text clipped) and
 * overflow notes, printed with where they were seen; and whether a text is
 * whole on screen. Header-only, for the youth, staff and platform tests.
 */
#ifndef OVI_TESTS_SCREEN_CHECK_H
#define OVI_TESTS_SCREEN_CHECK_H

#include "core/err.h"
#include "ui/ui.h"

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

#endif
