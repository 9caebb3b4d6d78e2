/*
 * kiosk_app: state, timers and actions of the running kiosk (see
 * kiosk_app.h). The writes happen here: a screen only asks (KA_SEND_*), and
 * the state shows a result (a number, a cancel code, "sent") only after the
 * model's transaction committed.
 */
#if OVI_HAVE_PLATFORM
#include "app/kiosk_app.h"

#include "app/app_data.h"

#include "bundle/import.h"
#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/paths.h"
#include "core/str.h"
#include "app/sdnotify.h"
#include "youth/i18n.h"

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

static int64_t current_bundle_id(kapp_t *a)
{
	bundle_record_t b;
	return model_current_bundle(a->m, &b) == OVI_OK ? b.id : 0;
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
	a->result_timeout_s = a->config->result_timeout_s > 0 ? a->config->result_timeout_s : 20;
	/* A code never stays up longer than anything else would. */
	if (a->result_timeout_s > a->idle_timeout_s)
		a->result_timeout_s = a->idle_timeout_s;
	if (o->lang)
		str_copy(a->lang_override, sizeof a->lang_override, o->lang);
	int rc = app_data_open_model(a->data_dir, &a->m);
	if (rc < 0)
		return rc;
	/* A refused demo leaves an empty kiosk that says so; not fatal. */
	kapp_import_demo_if_empty(a->data_dir, a->config, a->m);
	a->bundle_id = current_bundle_id(a);
	rc = ui_new(&a->ui, o->w > 0 ? o->w : 1920, o->h > 0 ? o->h : 1080);
	if (rc < 0) {
		kapp_close(a);
		return rc;
	}
	a->site_large_text = o->large_text || a->config->large_text;
	a->site_high_contrast = o->high_contrast || a->config->high_contrast;
	a->look_large_text = a->site_large_text;
	a->look_high_contrast = a->site_high_contrast;
	ui_set_theme(a->ui, a->look_high_contrast ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
	ui_set_large_text(a->ui, a->look_large_text);
	pick_default_lang(a);
	kapp_fresh_state(a);
	/* Nobody has touched a kiosk that just started: outside opening hours
	 * it starts dimmed. */
	a->last_content_check_ms = clock_mono_ms();
	a->last_input_ms = a->last_content_check_ms - (int64_t)a->idle_timeout_s * 1000;
	a->last_minute = clock_now() / 60;
	a->anim_ms = -1;
	a->purge_day = -1;
	a->dirty = true;
	return OVI_OK;
}

void kapp_close(kapp_t *a)
{
	kapp_housekeeping_stop(a);
	plat_speech_close(a->speech);
	a->speech = NULL;
	arena_free(a->staff.arena);
	a->staff.arena = NULL;
	arena_free(a->arena);
	ui_free(a->ui);
	model_close(a->m);
	a->arena = NULL;
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

/* ---- the view ------------------------------------------------------------- */

void kapp_refresh_view(kapp_t *a)
{
	char key[sizeof a->view_key];
	viewfill_key(&a->st, a->last_minute, a->bundle_id, a->write_gen, key, sizeof key);
	/* While the called number's banner shows, look again every few seconds,
	 * so that it goes when its time is up, not at the next minute. */
	if (a->view.called_number) {
		size_t n = strlen(key);
		snprintf(key + n, sizeof key - n, "|%lld",
			 (long long)(clock_now() / KAPP_BANNER_CHECK_S));
	}
	if (a->arena && strcmp(key, a->view_key) == 0)
		return;
	arena_t *ar = arena_new();
	if (!ar) {
		log_error("kiosk: out of memory for the view; showing the last one");
		return;
	}
	kiosk_view_t v;
	viewfill(a->m, ar, &a->st, clock_now(), &v);
	const config_t *c = a->config;
	for (int i = 0; i < c->nlanguages && v.noffer_langs < KIOSK_OFFER_MAX; i++)
		v.offer_langs[v.noffer_langs++] = c->languages[i];
	v.can_speak = a->speech != NULL;
	v.ask_feedback = c->feedback;
	/* A number called while the youth screens were not up (another kiosk's
	 * staff, a restart): announced when the banner first shows. */
	if (v.called_number && v.called_number != a->spoken_number)
		kapp_announce_number(a, v.called_number);
	a->spoken_number = v.called_number;
	arena_free(a->arena);
	a->arena = ar;
	a->view = v;
	str_copy(a->view_key, sizeof a->view_key, key);
}

/* ---- timers ---------------------------------------------------------------- */

/* Nothing to lose: a reset would change nothing a person could see except
 * a scroll position, so it happens without a warning. */
static bool state_is_fresh(const kapp_t *a)
{
	const kiosk_state_t *s = &a->st;
	return s->screen == KS_TODAY && strcmp(s->lang, a->default_lang) == 0 &&
	       s->overlay == KO_NONE && !s->kb.text[0] && !s->notice[0];
}

void kapp_announce_number(kapp_t *a, int number)
{
	a->spoken_number = number;
	if (!a->speech || number <= 0)
		return;
	char text[400], desk[300] = "";
	site_view_t site;
	arena_t *ar = arena_new();
	if (ar && model_site(a->m, ar, a->default_lang, &site) == OVI_OK && site.desk && site.desk[0])
		snprintf(desk, sizeof desk, ". %s", site.desk);
	arena_free(ar);
	snprintf(text, sizeof text, kiosk_called_text(a->default_lang), number);
	size_t n = strlen(text);
	snprintf(text + n, sizeof text - n, "%s", desk);
	a->reading = false; /* the call replaces any reading, and plays to its end */
	if (plat_speech_say(a->speech, a->default_lang, text, true) < 0)
		log_warn("kiosk: announcing a number: %s", err_last());
}

void kapp_fresh_state(kapp_t *a)
{
	kiosk_state_init(&a->st, a->default_lang);
	a->st.large_text = a->site_large_text;
	a->st.high_contrast = a->site_high_contrast;
}

/* The visitor's text size and colours, when they changed (Aa, a reset). */
static void apply_look(kapp_t *a)
{
	if (a->st.high_contrast != a->look_high_contrast) {
		a->look_high_contrast = a->st.high_contrast;
		ui_set_theme(a->ui,
			     a->look_high_contrast ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
	}
	if (a->st.large_text != a->look_large_text) {
		a->look_large_text = a->st.large_text;
		ui_set_large_text(a->ui, a->look_large_text);
	}
}

void kapp_reset(kapp_t *a)
{
	if (a->reading) /* nothing read for the last person goes on */
		plat_speech_stop(a->speech);
	a->reading = false;
	kapp_usage_end_visit(a);
	kapp_fresh_state(a);
	ui_reset(a->ui);
	a->touched = false;
	a->dirty = true;
	/* Two frames, so that neither of the UI's frame buffers keeps what the
	 * last visitor typed. */
	a->extra_frames = 1;
}

/* The countdown of a private result (a number, a code, "sent"): seconds
 * left after idle_ms without a touch; 0 on other screens. */
static int result_left(const kapp_t *a, int64_t idle_ms)
{
	if (!kiosk_private_result(&a->st))
		return 0;
	int64_t left = (int64_t)a->result_timeout_s * 1000 - idle_ms;
	return left > 0 ? (int)((left + 999) / 1000) : 0;
}

static bool dim_now(const kapp_t *a, int64_t idle_ms)
{
	return a->config->dim_outside_hours && a->view.has_content && !a->view.today.open_now &&
	       idle_ms >= (int64_t)a->idle_timeout_s * 1000;
}

void kapp_input(kapp_t *a)
{
	if (a->staff.on) {
		/* Staff mode keeps its own idle time; the youth side is reset
		 * when it ends anyway. */
		a->staff.last_input_ms = clock_mono_ms();
		a->staff.st.idle_warning = false;
		a->staff.st.idle_seconds_left = 0;
		a->dirty = true;
		return;
	}
	a->last_input_ms = clock_mono_ms();
	a->touched = true;
	/* A touch stops reading aloud (the tap on "read aloud" starts it
	 * again after this), not a number being announced to someone else. */
	if (a->reading)
		plat_speech_stop(a->speech);
	a->reading = false;
	/* Any touch during the warning means someone is here. */
	a->st.idle_warning = false;
	a->st.idle_seconds_left = 0;
	a->dirty = true;
}

static void check_content(kapp_t *a, int64_t now)
{
	if (now - a->last_content_check_ms < KAPP_CONTENT_CHECK_MS)
		return;
	a->last_content_check_ms = now;
	int64_t id = current_bundle_id(a);
	if (id == a->bundle_id)
		return;
	log_info("kiosk: new content (bundle %lld)", (long long)id);
	a->bundle_id = id;
	char old[8];
	str_copy(old, sizeof old, a->default_lang);
	pick_default_lang(a);
	/* Nobody is using it: start fresh in the new content's language. */
	if (!a->touched && strcmp(old, a->default_lang) != 0)
		kapp_fresh_state(a);
	/* A short notice, unless it would cover what someone is doing. */
	if (!a->staff.on && !kiosk_typing(&a->st) && a->st.overlay == KO_NONE && !a->st.notice[0]) {
		str_copy(a->st.notice, sizeof a->st.notice,
			 app_text(a->st.lang, AT_CONTENT_UPDATED));
		a->notice_clear_ms = now + KAPP_SHORT_NOTICE_MS;
	}
	a->dirty = true;
}

void kapp_tick(kapp_t *a)
{
	int64_t now = clock_mono_ms();
	int64_t minute = clock_now() / 60;
	if (minute != a->last_minute) {
		a->last_minute = minute;
		a->dirty = true;
	}
	kapp_housekeeping_tick(a);
	check_content(a, now);
	if (a->notice_clear_ms && now >= a->notice_clear_ms) {
		if (!strcmp(a->st.notice, app_text(a->st.lang, AT_CONTENT_UPDATED)))
			a->st.notice[0] = 0;
		a->notice_clear_ms = 0;
		a->dirty = true;
	}
	if (a->staff.on) {
		kapp_staff_tick(a, now);
		return;
	}
	if (a->view.called_number && clock_now() / KAPP_BANNER_CHECK_S != a->banner_slot) {
		a->banner_slot = clock_now() / KAPP_BANNER_CHECK_S;
		a->dirty = true;
	}

	int64_t idle = now - a->last_input_ms, limit = (int64_t)a->idle_timeout_s * 1000;
	if (kiosk_private_result(&a->st)) {
		/* A number or a code: back to Today soon, whoever comes next; the
		 * countdown is on the screen the whole time, so no warning. */
		int left = result_left(a, idle);
		if (left == 0) {
			log_debug("kiosk: a number or code left the screen");
			kapp_reset(a);
		} else if (left != a->st.result_seconds_left) {
			a->st.result_seconds_left = left;
			a->dirty = true;
		}
	} else if (a->touched && idle >= limit) {
		if (state_is_fresh(a) && !a->st.idle_warning) {
			kapp_reset(a);
		} else if (idle >= limit + KAPP_IDLE_WARNING_S * 1000) {
			log_debug("kiosk: idle reset");
			kapp_reset(a);
		} else {
			int left = (int)((limit + KAPP_IDLE_WARNING_S * 1000 - idle + 999) / 1000);
			if (!a->st.idle_warning || a->st.idle_seconds_left != left) {
				a->st.idle_warning = true;
				a->st.idle_seconds_left = left;
				a->dirty = true;
			}
		}
	}
	if (dim_now(a, idle) != a->view.display_dim)
		a->dirty = true;
}

int kapp_timeout_ms(const kapp_t *a)
{
	if (a->dirty)
		return 0;
	int64_t now = clock_mono_ms();
	int64_t t = KAPP_CONTENT_CHECK_MS - (now - a->last_content_check_ms);
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
	int64_t idle = now - a->last_input_ms, limit = (int64_t)a->idle_timeout_s * 1000;
	if (kiosk_private_result(&a->st)) {
		/* Each second of the countdown, then the reset. */
		int64_t next = 1000 - idle % 1000;
		t = next < t ? next : t;
	} else if (a->touched || (a->config->dim_outside_hours && !a->view.display_dim &&
			   a->view.has_content && !a->view.today.open_now)) {
		/* The warning, then each second of its countdown, then the reset;
		 * or the moment the closed kiosk dims. */
		int64_t next = idle < limit ? limit - idle : 1000 - (idle - limit) % 1000;
		t = next < t ? next : t;
	}
	if (a->view.called_number && t > KAPP_BANNER_CHECK_S * 1000)
		t = KAPP_BANNER_CHECK_S * 1000;
	if (a->notice_clear_ms && a->notice_clear_ms - now < t)
		t = a->notice_clear_ms - now;
	if (a->anim_ms > 0 && a->anim_ms < t)
		t = a->anim_ms;
	return t < 10 ? 10 : t > 600000 ? 600000 : (int)t;
}

/* ---- writes ----------------------------------------------------------------- */

/* A failed write: the visitor gets a calm message, the log gets the
 * reason (never what they typed: model errors about input are not logged). */
static void write_failed(kapp_t *a, int kind, const char *what, int rc)
{
	if (rc == OVI_ERR || rc == OVI_ENOMEM)
		log_error("kiosk: %s failed: %s", what, err_last());
	else
		log_info("kiosk: %s refused", what);
	kiosk_written(&a->st, &(kiosk_result_t){.kind = kind, .notice = app_text(a->st.lang, AT_TRY_AGAIN)});
}

static void refused(kapp_t *a, int kind, const char *why)
{
	kiosk_written(&a->st, &(kiosk_result_t){.kind = kind, .notice = why});
}

static const session_view_t *find_session(const kiosk_view_t *v, const char *id)
{
	for (int g = 0; g < v->groups.n; g++)
		for (int i = 0; i < v->groups.v[g].nsessions; i++)
			if (strcmp(v->groups.v[g].sessions[i].id, id) == 0)
				return &v->groups.v[g].sessions[i];
	return NULL;
}

static void send_signup(kapp_t *a, const char *session)
{
	kiosk_state_t *s = &a->st;
	bool blocked = false;
	if (model_nick_blocked(a->m, s->kb.text, &blocked) < 0)
		log_warn("kiosk: checking a nickname: %s", err_last());
	if (blocked) {
		refused(a, KA_SEND_SIGNUP, tx(s->lang, T_NICK_BLOCKED));
		return;
	}
	char code[MODEL_CANCEL_CODE_LEN + 1];
	bool waiting = false;
	int rc = model_signup(a->m, session, s->kb.text, code, &waiting);
	if (rc == OVI_EREJECT) {
		/* The model's reason, as the visitor's language says it. */
		model_refusal_t why = model_signup_refusal(a->m);
		log_info("kiosk: a sign-up was refused (%d)", (int)why);
		refused(a, KA_SEND_SIGNUP,
			why == MODEL_REFUSAL_NICK_BLOCKED ? tx(s->lang, T_NICK_BLOCKED)
			: why == MODEL_REFUSAL_NICK_TAKEN ? app_text(s->lang, AT_NICK_TAKEN)
			: why == MODEL_REFUSAL_FULL	  ? app_text(s->lang, AT_LIST_FULL)
			: why == MODEL_REFUSAL_OVER	  ? app_text(s->lang, AT_SESSION_OVER)
			: why == MODEL_REFUSAL_CANCELLED || why == MODEL_REFUSAL_CLOSED
			    ? app_text(s->lang, AT_SIGNUP_CLOSED)
			    : app_text(s->lang, AT_TRY_AGAIN));
		return;
	}
	if (rc < 0) {
		write_failed(a, KA_SEND_SIGNUP, "a sign-up", rc);
		return;
	}
	a->write_gen++;
	kiosk_result_t r = {.kind = KA_SEND_SIGNUP, .ok = true, .session_id = session,
			    .cancel_code = code, .waiting = waiting};
	if (waiting) {
		/* The newest on the list is last: its place is the list's length. */
		kapp_refresh_view(a);
		const session_view_t *sv = find_session(&a->view, session);
		r.waiting_position = sv ? sv->waiting : 0;
	}
	kiosk_written(s, &r);
}

static const char *id_or(const ui_action_t *act, const char *fallback)
{
	return act->id[0] ? act->id : fallback;
}

/* The actions kiosk_reduce() leaves to the app. */
static void write_action(kapp_t *a, const ui_action_t *act)
{
	kiosk_state_t *s = &a->st;
	int day = wall_day(clock_now()), rc;
	switch (act->kind) {
	case KA_TAKE_NUMBER: {
		int n = 0;
		rc = model_take_number(a->m, day, id_or(act, s->topic_id), &n);
		if (rc < 0) {
			write_failed(a, KA_TAKE_NUMBER, "taking a number", rc);
			break;
		}
		a->write_gen++;
		kiosk_written(s, &(kiosk_result_t){.kind = KA_TAKE_NUMBER, .ok = true, .number = n});
		break;
	}
	case KA_SEND_QUESTION: {
		if (!s->kb.text[0])
			break;
		/* The crisis contacts come at once, whether or not the save
		 * worked; staff see the question flagged. */
		bool crisis = false;
		if (model_crisis(a->m, s->kb.text, &crisis) < 0)
			log_warn("kiosk: looking for crisis words: %s", err_last());
		rc = model_add_question(a->m, id_or(act, s->topic_id), s->lang, s->kb.text, crisis);
		kiosk_result_t r = {.kind = KA_SEND_QUESTION, .ok = rc == OVI_OK, .crisis = crisis};
		if (rc < 0) {
			if (rc == OVI_ERR || rc == OVI_ENOMEM)
				log_error("kiosk: saving a question failed: %s", err_last());
			else
				log_info("kiosk: saving a question refused");
			r.notice = app_text(s->lang, AT_TRY_AGAIN);
		} else {
			a->write_gen++;
		}
		kiosk_written(s, &r);
		break;
	}
	case KA_SEND_SIGNUP:
		if (s->kb.text[0])
			send_signup(a, id_or(act, s->session_id));
		break;
	case KA_SEND_CANCEL:
		if (!s->kb.text[0])
			break;
		rc = model_cancel_signup(a->m, s->kb.text);
		if (rc == OVI_ENOTFOUND) {
			refused(a, KA_SEND_CANCEL, tx(s->lang, T_CODE_UNKNOWN));
			break;
		}
		if (rc < 0) {
			write_failed(a, KA_SEND_CANCEL, "cancelling a sign-up", rc);
			break;
		}
		a->write_gen++;
		kiosk_written(s, &(kiosk_result_t){.kind = KA_SEND_CANCEL, .ok = true});
		break;
	case KA_SEND_IDEA:
		if (!s->kb.text[0])
			break;
		rc = model_add_group_idea(a->m, s->kb.text, s->lang);
		if (rc < 0) {
			write_failed(a, KA_SEND_IDEA, "saving a group idea", rc);
			break;
		}
		a->write_gen++;
		kiosk_written(s, &(kiosk_result_t){.kind = KA_SEND_IDEA, .ok = true});
		break;
	default:
		log_debug("kiosk: action %d not handled", act->kind);
		break;
	}
}

bool kapp_apply(kapp_t *a, const ui_action_t *act)
{
	if (act->kind == UI_ACT_NONE)
		return false;
	if (act->kind == KA_STAFF_ENTRY) {
		kapp_staff_enter(a);
		return true;
	}
	if (act->kind == KA_STILL_HERE)
		kapp_input(a);
	if (act->kind == KA_READ_ALOUD) {
		char text[4096];
		kiosk_read_text(&a->view, &a->st, text, (int)sizeof text);
		if (*text && plat_speech_say(a->speech, a->st.lang, text, false) < 0)
			log_warn("kiosk: reading aloud: %s", err_last());
		a->reading = *text && a->speech;
		return true;
	}
	ui_action_t follow = {0};
	kiosk_screen_t before = a->st.screen;
	kapp_usage_before(a, act);
	if (!kiosk_reduce(&a->st, act, &follow))
		write_action(a, act);
	else
		kapp_usage_after(a, act, before);
	if (follow.kind != UI_ACT_NONE)
		write_action(a, &follow);
	a->dirty = true;
	return true;
}

/* ---- frames ------------------------------------------------------------------ */

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

/* True on the screens where free text is typed that may say a young person
 * is in danger: a question, a group idea, a search. */
static bool free_text(const kiosk_state_t *s)
{
	return s->screen == KS_QUESTION || s->screen == KS_IDEA ||
	       (s->screen == KS_SERVICES && s->search_open);
}

/* The crisis check of what is being typed, at every keystroke (only when
 * the text changed: frames without typing cost nothing). */
static void check_typing(kapp_t *a)
{
	const kiosk_state_t *s = &a->st;
	if (!free_text(s) || !s->kb.text[0]) {
		a->crisis_key = 0;
		a->crisis_found = false;
	} else {
		uint64_t h = 1469598103934665603ull ^ (uint64_t)s->screen;
		for (const unsigned char *p = (const unsigned char *)s->kb.text; *p; p++)
			h = (h ^ *p) * 1099511628211ull;
		if (h != a->crisis_key) {
			a->crisis_key = h;
			if (model_crisis(a->m, s->kb.text, &a->crisis_found) < 0)
				log_warn("kiosk: looking for crisis words: %s", err_last());
		}
	}
	a->view.typing_crisis = a->crisis_found;
}

bool kapp_frame(kapp_t *a)
{
	if (a->staff.on)
		return kapp_staff_frame(a);
	kapp_refresh_view(a);
	check_typing(a);
	a->view.now = clock_now();
	a->view.display_dim = dim_now(a, clock_mono_ms() - a->last_input_ms);
	/* A result that a write just put up shows its countdown at once. */
	a->st.result_seconds_left = result_left(a, clock_mono_ms() - a->last_input_ms);
	a->view.result_timeout_s = a->result_timeout_s;
	apply_look(a);
	ui_action_t act = {0};
	ui_begin(a->ui, clock_mono_ms());
	kiosk_frame(a->ui, &a->view, &a->st, &act);
	kapp_frame_present(a, "kiosk");
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
			    plat_window_set_fullscreen(a->win, a->ui, !plat_window_fullscreen(a->win)) < 0)
				log_warn("kiosk: %s", err_last());
			a->dirty = true;
		}
		if (a->anim_ms > 0)
			a->dirty = true;
	}
	return OVI_OK;
}
#endif
