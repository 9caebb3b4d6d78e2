/*
 * headless_fixture: the set-up every test_platform_* screen test shares, one
 * copy: a UI of w x h attached to SDL's headless renderer with the look
 * asked for, and its closing.
 */
#ifndef OVI_TESTS_HEADLESS_FIXTURE_H
#define OVI_TESTS_HEADLESS_FIXTURE_H

#include "core/err.h"
#include "platform/plat.h"
#include "testlib.h"
#include "ui/ui.h"

#include <stdbool.h>
#include <stdio.h>

/* Opens *ui and *hl (w x h, high contrast and large text as asked). False,
 * with the check failed and the reason printed, when either does not open. */
static inline bool hfx_open(ui_t **ui, plat_headless_t **hl, int w, int h, bool contrast,
			    bool large)
{
	*hl = NULL;
	int rc = ui_new(ui, w, h);
	CHECK_INT(rc, 0);
	if (rc < 0)
		return false;
	rc = plat_headless_open(hl, w, h);
	CHECK_INT(rc, 0);
	if (rc < 0) {
		fprintf(stderr, "  %s\n", err_last());
		ui_free(*ui);
		*ui = NULL;
		return false;
	}
	plat_headless_attach(*hl, *ui);
	ui_set_theme(*ui, contrast ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
	ui_set_large_text(*ui, large);
	return true;
}

static inline void hfx_close(ui_t *ui, plat_headless_t *hl)
{
	plat_headless_close(hl);
	ui_free(ui);
}

#endif
