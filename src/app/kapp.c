/*
 * kapp: the shell over the youth, staff and house runtimes (see kapp.h and
 * kapp_base.h). It is the only file that knows all three: it hands each
 * tick, touch, frame and action to the side that is showing, and turns
 * staff leaving into a fresh youth visit.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp.h"

#include "app/app_data.h"
#include "app/sdnotify.h"

#include "bundle/import.h"
#include "core/err.h"
#include "core/log.h"
#include "core/paths.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/tr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int kapp_import_demo_if_empty(const char *data_dir, const config_t *cfg, model_t *m)
{
	bundle_record_t b;
	if (model_current_bundle(m, &b) == OVI_OK)
		return OVI_OK;
	char demo[4200];
	snprintf(demo, sizeof demo, "%s/content", paths_share_dir());
	import_opts_t o = {
		.data_dir = data_dir,
		.keys = cfg->keys,
		.nkeys = cfg->nkeys,
		.allow_unsigned = cfg->development,
		.source = "demo",
	};
	import_result_t r;
	int rc = bundle_import(demo, &o, m, &r);
	if (rc == OVI_OK)
		log_info("imported the demo content from %s", demo);
	else
		log_error("the demo content in %s was refused: %s", demo, err_last());
	import_result_clear(&r);
	return rc;
}

/* --lang, else the configuration's language, else the bundle's default. */
static void pick_default_lang(kapp_t *a)
{
	bundle_record_t b;
	const char *l = "fi";
	if (a->lang_override[0])
		l = a->lang_override;
	else if (a->config->language[0])
		l = a->config->language;
	else if (model_current_bundle(a->m, &b) == OVI_OK && b.default_lang[0])
		l = b.default_lang;
	str_copy(a->default_lang, sizeof a->default_lang, l);
	/* The site's own frame words (ui_texts.csv); a word that a language
	 * lacks shows in the content's default language, then English. */
	const char *fallback = model_current_bundle(a->m, &b) == OVI_OK && b.default_lang[0]
				       ? b.default_lang
				       : a->default_lang;
	arena_t *ar = arena_new();
	tr_site_text_t *t = NULL;
	int n = 0;
	if (!ar || model_ui_texts(a->m, ar, &t, &n) < 0 || tr_site_set(fallback, t, (size_t)n) < 0)
		log_error("the site's own texts (ui_texts.csv) are not in use: %s", err_last());
	arena_free(ar);
}

int kapp_open(kapp_t *a, const kapp_opts_t *o)
{
	memset(a, 0, sizeof *a);
	a->config = o->config;
	str_copy(a->data_dir, sizeof a->data_dir, o->data_dir);
	a->windowed = o->windowed;
	const char *hits = getenv("OVI_HITS_FILE");
	a->hits_file = hits && *hits ? hits : NULL;
	a->idle_timeout_s = a->config->idle_timeout_s > 0 ? a->config->idle_timeout_s : 60;
	if (o->lang)
		str_copy(a->lang_override, sizeof a->lang_override, o->lang);
	int rc = app_data_open_model(a->data_dir, &a->m);
	if (rc < 0)
		return rc;
	/* A refused demo leaves an empty kiosk that says so; not fatal. */
	kapp_import_demo_if_empty(a->data_dir, a->config, a->m);
	bundle_record_t b;
	a->bundle_id = model_current_bundle(a->m, &b) == OVI_OK ? b.id : 0;
	rc = ui_new(&a->ui, o->w > 0 ? o->w : 1920, o->h > 0 ? o->h : 1080);
	if (rc < 0) {
		kapp_close(a);
		return rc;
	}
	pick_default_lang(a);
	kapp_youth_open(a, o);
	a->house.purge_day = -1;
	a->last_minute = clock_now() / 60;
	a->anim_ms = -1;
	a->dirty = true;
	return OVI_OK;
}

void kapp_close(kapp_t *a)
{
	kapp_house_stop(a);
	plat_speech_close(a->speech);
	a->speech = NULL;
	arena_free(a->staff.arena);
	a->staff.arena = NULL;
	kapp_youth_close(a);
	ui_free(a->ui);
	model_close(a->m);
	a->ui = NULL;
	a->m = NULL;
}

void kapp_attach_window(kapp_t *a, plat_window_t *w)
{
	a->win = w;
	plat_window_attach(w, a->ui);
	a->dirty = true;
}

void kapp_attach_headless(kapp_t *a, plat_headless_t *h)
{
	a->hl = h;
	plat_headless_attach(h, a->ui);
	a->dirty = true;
}

/* ---- staff mode on and off ----------------------------------------------------- */

void kapp_enter_staff(kapp_t *a)
{
	/* Staff read the language the visitor had chosen (fi, sv or en). */
	kapp_staff_enter(a, a->youth.st.lang);
}

/* Staff mode ended (Leave, the PIN pad cancelled, its idle time): a fresh
 * youth visit, whoever comes next. */
static void staff_ended(kapp_t *a, bool was_on)
{
	if (was_on && !a->staff.on)
		kapp_youth_reset(a);
}

void kapp_leave_staff(kapp_t *a, const char *why)
{
	bool was_on = a->staff.on;
	kapp_staff_leave(a, why);
	staff_ended(a, was_on);
}

/* ---- the loop's steps ------------------------------------------------------------ */

void kapp_input(kapp_t *a)
{
	if (a->staff.on) {
		/* Staff mode keeps its own idle time; the youth side is reset
		 * when it ends anyway. */
		kapp_staff_input(a);
		a->dirty = true;
		return;
	}
	kapp_youth_input(a);
}

void kapp_tick(kapp_t *a)
{
	int64_t now = clock_mono_ms();
	/* The sound device is open only while it plays (its thread never
	 * sleeps long): closed at the first tick after the last word. */
	plat_speech_idle(a->speech);
	int64_t minute = clock_now() / 60;
	if (minute != a->last_minute) {
		a->last_minute = minute;
		a->dirty = true;
		/* The minute's wake-up also looks for a bundle another process
		 * applied (ovi import over ssh); the kiosk's own worker and staff
		 * say so at once. No other wake-up while idle. */
		a->content_maybe_new = true;
	}
	char old_lang[sizeof a->default_lang];
	str_copy(old_lang, sizeof old_lang, a->default_lang);
	if (kapp_house_tick(a, now, kapp_youth_in_use(a) || a->staff.on)) {
		pick_default_lang(a);
		if (a->staff.on) {
			/* Staff see it on their Content tab; the youth side
			 * starts fresh when they leave. */
			a->dirty = true;
		} else {
			kapp_youth_new_content(a, old_lang, now);
		}
	}
	if (a->staff.on) {
		kapp_staff_tick(a, now);
		staff_ended(a, true);
		return;
	}
	kapp_youth_tick(a, now);
}

int kapp_timeout_ms(const kapp_t *a)
{
	if (a->dirty)
		return 0;
	int64_t now = clock_mono_ms();
	int64_t t = 600000;
	if (!clock_is_pinned()) {
		int64_t to_minute = (60 - clock_now() % 60) * 1000 + 20;
		t = to_minute < t ? to_minute : t;
	}
	if (a->staff.on) {
		int64_t st = kapp_staff_timeout_ms(a, now);
		t = st < t ? st : t;
		if (a->anim_ms > 0 && a->anim_ms < t)
			t = a->anim_ms;
		return t < 10 ? 10 : (int)t;
	}
	t = kapp_youth_timeout_ms(a, now, t);
	if (plat_speech_active(a->speech) && t > 250)
		t = 250; /* to close the sound device after the last word */
	if (a->anim_ms > 0 && a->anim_ms < t)
		t = a->anim_ms;
	return t < 10 ? 10 : t > 600000 ? 600000 : (int)t;
}

bool kapp_apply(kapp_t *a, const ui_action_t *act)
{
	if (act->kind == UI_ACT_NONE)
		return false;
	if (a->staff.on) {
		bool changed = kapp_staff_apply(a, act);
		staff_ended(a, true);
		return changed;
	}
	if (act->kind == KA_STAFF_ENTRY) {
		kapp_enter_staff(a);
		return true;
	}
	return kapp_youth_apply(a, act);
}

bool kapp_frame(kapp_t *a)
{
	if (a->staff.on) {
		bool changed = kapp_staff_frame(a);
		staff_ended(a, true);
		return changed;
	}
	ui_action_t act;
	kapp_youth_frame(a, &act);
	return kapp_frame_done(a, kapp_apply(a, &act));
}

int kapp_run_window(kapp_t *a)
{
	/* The voice, where the kiosk has sound (ovi.ini [display] sound). */
	if (a->config->sound && !a->speech && plat_speech_open(&a->speech) < 0)
		log_info("kiosk: no sound (%s): numbers are shown, not spoken", err_last());
	a->dirty = true;
	for (;;) {
		kapp_tick(a);
		if (a->dirty)
			kapp_frame(a);
		/* systemd: ready after the first frame; the watchdog is fed from
		 * the loop itself, so a stalled loop gets the kiosk restarted. */
		sdnotify_ready();
		int ev = plat_wait_event(a->win, a->ui, sdnotify_watchdog(kapp_timeout_ms(a)));
		if (ev & PLAT_EV_QUIT)
			break;
		if (ev & PLAT_EV_INPUT)
			kapp_input(a);
		if (ev & (PLAT_EV_RESIZED | PLAT_EV_REDRAW))
			a->dirty = true;
		if ((ev & PLAT_EV_KEY) && a->windowed) {
			/* A desktop window only: on the wall, a keyboard changes nothing. */
			plat_key_t k = plat_window_last_key(a->win);
			if (k == PLAT_KEY_BACK)
				break;
			if (k == PLAT_KEY_FULLSCREEN &&
			    plat_window_set_fullscreen(a->win, a->ui,
						       !plat_window_fullscreen(a->win)) < 0)
				log_warn("kiosk: %s", err_last());
			a->dirty = true;
		}
		if (a->anim_ms > 0)
			a->dirty = true;
	}
	return OVI_OK;
}
#endif
