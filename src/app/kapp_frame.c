/*
 * kapp_frame: what the youth and staff runtimes share (see kapp_base.h):
 * the two halves of a frame, and the voice that calls a number.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_base.h"

#include "core/err.h"
#include "core/log.h"

#include <stdio.h>
#include <string.h>

const char *kapp_screen_name(const kapp_t *a)
{
	return a->staff.on ? staff_screen_name(a->staff.st.screen)
			   : kiosk_screen_name(a->youth.st.screen);
}

/* The frame's tap targets for $OVI_HITS_FILE (kapp_t.hits_file), written
 * whole (a temporary file renamed over it). */
static void write_hits(kapp_t *a)
{
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.tmp", a->hits_file);
	FILE *f = fopen(tmp, "w");
	if (!f)
		return;
	fprintf(f, "screen %s\n", kapp_screen_name(a));
	int n;
	const ui_hit_t *h = ui_hits(a->ui, &n);
	for (int i = 0; i < n; i++) {
		ui_rect_t r = ui_rect_intersect(h[i].r, h[i].clip);
		if (h[i].label && *h[i].label && !h[i].disabled && !ui_rect_empty(r))
			fprintf(f, "hit %d %d %d %d %s\n", r.x, r.y, r.w, r.h, h[i].label);
	}
	if (fclose(f) == 0)
		rename(tmp, a->hits_file);
}

void kapp_frame_present(kapp_t *a, const char *who)
{
	if (ui_end(a->ui) < 0)
		log_warn("%s: %s", who, err_last());
	a->frames++;
	a->dirty = false;
	if (a->win) {
		plat_window_present(a->win, ui_draw_list(a->ui));
		if (a->hits_file)
			write_hits(a);
	}
}

bool kapp_frame_done(kapp_t *a, bool changed)
{
	a->anim_ms = ui_next_frame_ms(a->ui);
	if (changed || a->anim_ms == 0)
		a->dirty = true;
	if (a->extra_frames > 0 && !a->dirty) {
		a->extra_frames--;
		a->dirty = true;
	}
	return changed;
}

void kapp_announce_number(kapp_t *a, int number)
{
	a->spoken_number = number;
	if (!a->speech || number <= 0)
		return;
	char text[400], desk[300] = "";
	site_view_t site;
	arena_t *ar = arena_new();
	if (ar && model_site(a->m, ar, a->default_lang, &site) == OVI_OK && site.desk &&
	    site.desk[0])
		snprintf(desk, sizeof desk, ". %s", site.desk);
	arena_free(ar);
	snprintf(text, sizeof text, kiosk_called_text(a->default_lang), number);
	size_t n = strlen(text);
	snprintf(text + n, sizeof text - n, "%s", desk);
	a->reading = false; /* the call replaces any reading, and plays to its end */
	if (plat_speech_say(a->speech, a->default_lang, text, true) < 0)
		log_warn("kiosk: announcing a number: %s", err_last());
}

#endif
