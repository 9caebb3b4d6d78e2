/*
 * kapp_youth: the youth runtime (see kapp_youth.h): the visitor's state,
 * its view, the clocks that reset it, and the writes a young person makes.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_youth.h"

#include "core/err.h"
#include "core/log.h"
#include "core/str.h"
#include "youth/tx.h"

#include <stdio.h>
#include <string.h>

void kapp_youth_open(kapp_t *a, const kapp_opts_t *o)
{
	kapp_youth_t *y = &a->youth;
	y->result_timeout_s = a->config->result_timeout_s > 0 ? a->config->result_timeout_s : 20;
	/* A code never stays up longer than anything else would. */
	if (y->result_timeout_s > a->idle_timeout_s)
		y->result_timeout_s = a->idle_timeout_s;
	y->site_large_text = o->large_text || a->config->large_text;
	y->site_high_contrast = o->high_contrast || a->config->high_contrast;
	y->look_large_text = y->site_large_text;
	y->look_high_contrast = y->site_high_contrast;
	ui_set_theme(a->ui, y->look_high_contrast ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
	ui_set_large_text(a->ui, y->look_large_text);
	kapp_youth_fresh_state(a);
	/* Nobody has touched a kiosk that just started: outside opening hours
	 * it starts dimmed. */
	y->last_input_ms = clock_mono_ms() - (int64_t)a->idle_timeout_s * 1000;
}

void kapp_youth_close(kapp_t *a)
{
	kapp_youth_drop_parts(&a->youth);
}

/* ---- the view ------------------------------------------------------------- */

void kapp_youth_refresh_view(kapp_t *a)
{
	kapp_youth_t *y = &a->youth;
	/* While the called number's banner shows, look again every few seconds,
	 * so that it goes when its time is up, not at the next minute. */
	kapp_fill_in_t in = {.now = clock_now(),
			     .minute_stamp = a->last_minute,
			     .bundle_id = a->bundle_id,
			     .write_gen = a->write_gen,
			     .banner_slot =
				     y->view.called_number ? clock_now() / KAPP_BANNER_CHECK_S : 0};
	if (kapp_youth_fill(a->m, y, &in) == 0)
		return;
	kiosk_view_t *v = &y->view;
	const config_t *c = a->config;
	v->noffer_langs = 0;
	for (int i = 0; i < c->nlanguages && v->noffer_langs < KIOSK_OFFER_MAX; i++)
		v->offer_langs[v->noffer_langs++] = c->languages[i];
	v->can_speak = a->speech != NULL;
	v->ask_feedback = c->feedback;
	/* A number called while the youth screens were not up (another kiosk's
	 * staff, a restart): announced when the banner first shows. */
	if (v->called_number && v->called_number != a->spoken_number)
		kapp_announce_number(a, v->called_number);
	a->spoken_number = v->called_number;
}

/* ---- timers ---------------------------------------------------------------- */

/* Nothing to lose: a reset would change nothing a person could see except
 * a scroll position, so it happens without a warning. */
static bool state_is_fresh(const kapp_t *a)
{
	const kiosk_state_t *s = &a->youth.st;
	return s->screen == KS_TODAY && strcmp(s->lang, a->default_lang) == 0 &&
	       s->overlay == KO_NONE && !s->kb.text[0] && !s->notice[0];
}

void kapp_youth_fresh_state(kapp_t *a)
{
	kiosk_state_init(&a->youth.st, a->default_lang);
	kiosk_look(&a->youth.st, a->youth.site_large_text, a->youth.site_high_contrast);
}

/* The visitor's text size and colours, when they changed (Aa, a reset). */
static void apply_look(kapp_t *a)
{
	kapp_youth_t *y = &a->youth;
	if (y->st.high_contrast != y->look_high_contrast) {
		y->look_high_contrast = y->st.high_contrast;
		ui_set_theme(a->ui,
			     y->look_high_contrast ? UI_THEME_HIGH_CONTRAST : UI_THEME_LIGHT);
	}
	if (y->st.large_text != y->look_large_text) {
		y->look_large_text = y->st.large_text;
		ui_set_large_text(a->ui, y->look_large_text);
	}
}

void kapp_youth_reset(kapp_t *a)
{
	if (a->reading) /* nothing read for the last person goes on */
		plat_speech_stop(a->speech);
	a->reading = false;
	kapp_youth_usage_end_visit(a);
	kapp_youth_fresh_state(a);
	/* Nothing the last visitor looked up (a search, a topic) stays in
	 * memory: every part is read again for the next one. */
	kapp_youth_drop_parts(&a->youth);
	ui_reset(a->ui);
	a->youth.touched = false;
	a->dirty = true;
	/* Two frames, so that neither of the UI's frame buffers keeps what the
	 * last visitor typed. */
	a->extra_frames = 1;
}

/* The countdown of a private result (a number, a code, "sent"): seconds
 * left after idle_ms without a touch; 0 on other screens. */
static int result_left(const kapp_t *a, int64_t idle_ms)
{
	if (!kiosk_private_result(&a->youth.st))
		return 0;
	int64_t left = (int64_t)a->youth.result_timeout_s * 1000 - idle_ms;
	return left > 0 ? (int)((left + 999) / 1000) : 0;
}

static bool dim_now(const kapp_t *a, int64_t idle_ms)
{
	const kiosk_view_t *v = &a->youth.view;
	return a->config->dim_outside_hours && v->has_content && !v->today.open_now &&
	       idle_ms >= (int64_t)a->idle_timeout_s * 1000;
}

void kapp_youth_input(kapp_t *a)
{
	a->youth.last_input_ms = clock_mono_ms();
	a->youth.touched = true;
	/* A touch stops reading aloud (the tap on "read aloud" starts it
	 * again after this), not a number being announced to someone else. */
	if (a->reading)
		plat_speech_stop(a->speech);
	a->reading = false;
	/* Any touch during the warning means someone is here. */
	kiosk_idle_countdown(&a->youth.st, 0);
	a->dirty = true;
}

bool kapp_youth_in_use(const kapp_t *a)
{
	return a->youth.touched;
}

void kapp_youth_new_content(kapp_t *a, const char *old_lang, int64_t now)
{
	kapp_youth_t *y = &a->youth;
	/* Nobody is using it: start fresh in the new content's language. */
	if (!y->touched && strcmp(old_lang, a->default_lang) != 0)
		kapp_youth_fresh_state(a);
	/* A short notice, unless it would cover what someone is doing. */
	if (kiosk_notify(&y->st, kapp_youth_text(y->st.lang, AT_CONTENT_UPDATED)))
		y->notice_clear_ms = now + KAPP_SHORT_NOTICE_MS;
	a->dirty = true;
}

void kapp_youth_tick(kapp_t *a, int64_t now)
{
	kapp_youth_t *y = &a->youth;
	if (y->notice_clear_ms && now >= y->notice_clear_ms) {
		kiosk_unnotify(&y->st, kapp_youth_text(y->st.lang, AT_CONTENT_UPDATED));
		y->notice_clear_ms = 0;
		a->dirty = true;
	}
	if (y->view.called_number && clock_now() / KAPP_BANNER_CHECK_S != y->banner_slot) {
		y->banner_slot = clock_now() / KAPP_BANNER_CHECK_S;
		a->dirty = true;
	}

	int64_t idle = now - y->last_input_ms, limit = (int64_t)a->idle_timeout_s * 1000;
	if (kiosk_private_result(&y->st)) {
		/* A number or a code: back to Today soon, whoever comes next; the
		 * countdown is on the screen the whole time, so no warning. */
		int left = result_left(a, idle);
		if (left == 0) {
			log_debug("kiosk: a number or code left the screen");
			kapp_youth_reset(a);
		} else if (kiosk_result_countdown(&y->st, left)) {
			a->dirty = true;
		}
	} else if (y->touched && idle >= limit) {
		if (state_is_fresh(a) && !y->st.idle_warning) {
			kapp_youth_reset(a);
		} else if (idle >= limit + KAPP_IDLE_WARNING_S * 1000) {
			log_debug("kiosk: idle reset");
			kapp_youth_reset(a);
		} else {
			int left = (int)((limit + KAPP_IDLE_WARNING_S * 1000 - idle + 999) / 1000);
			if (kiosk_idle_countdown(&y->st, left))
				a->dirty = true;
		}
	}
	if (dim_now(a, idle) != y->view.display_dim)
		a->dirty = true;
}

int64_t kapp_youth_timeout_ms(const kapp_t *a, int64_t now, int64_t t)
{
	const kapp_youth_t *y = &a->youth;
	int64_t idle = now - y->last_input_ms, limit = (int64_t)a->idle_timeout_s * 1000;
	if (kiosk_private_result(&y->st)) {
		/* Each second of the countdown, then the reset. */
		int64_t next = 1000 - idle % 1000;
		t = next < t ? next : t;
	} else if (y->touched || (a->config->dim_outside_hours && !y->view.display_dim &&
				  y->view.has_content && !y->view.today.open_now)) {
		/* The warning, then each second of its countdown, then the reset;
		 * or the moment the closed kiosk dims. */
		int64_t next = idle < limit ? limit - idle : 1000 - (idle - limit) % 1000;
		t = next < t ? next : t;
	}
	if (y->view.called_number && t > KAPP_BANNER_CHECK_S * 1000)
		t = KAPP_BANNER_CHECK_S * 1000;
	if (y->notice_clear_ms && y->notice_clear_ms - now < t)
		t = y->notice_clear_ms - now;
	return t;
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
	kiosk_written(&a->youth.st,
		      &(kiosk_result_t){.kind = kind,
					.notice = kapp_youth_text(a->youth.st.lang, AT_TRY_AGAIN)});
}

static void refused(kapp_t *a, int kind, const char *why)
{
	kiosk_written(&a->youth.st, &(kiosk_result_t){.kind = kind, .notice = why});
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
	kiosk_state_t *s = &a->youth.st;
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
			: why == MODEL_REFUSAL_NICK_TAKEN ? kapp_youth_text(s->lang, AT_NICK_TAKEN)
			: why == MODEL_REFUSAL_FULL	  ? kapp_youth_text(s->lang, AT_LIST_FULL)
			: why == MODEL_REFUSAL_OVER ? kapp_youth_text(s->lang, AT_SESSION_OVER)
			: why == MODEL_REFUSAL_CANCELLED || why == MODEL_REFUSAL_CLOSED
				? kapp_youth_text(s->lang, AT_SIGNUP_CLOSED)
				: kapp_youth_text(s->lang, AT_TRY_AGAIN));
		return;
	}
	if (rc < 0) {
		write_failed(a, KA_SEND_SIGNUP, "a sign-up", rc);
		return;
	}
	a->write_gen++;
	kiosk_result_t r = {.kind = KA_SEND_SIGNUP,
			    .ok = true,
			    .session_id = session,
			    .cancel_code = code,
			    .waiting = waiting};
	if (waiting) {
		/* The newest on the list is last: its place is the list's length. */
		kapp_youth_refresh_view(a);
		const session_view_t *sv = find_session(&a->youth.view, session);
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
	kiosk_state_t *s = &a->youth.st;
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
		kiosk_written(s,
			      &(kiosk_result_t){.kind = KA_TAKE_NUMBER, .ok = true, .number = n});
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
			r.notice = kapp_youth_text(s->lang, AT_TRY_AGAIN);
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

bool kapp_youth_apply(kapp_t *a, const ui_action_t *act)
{
	kapp_youth_t *y = &a->youth;
	if (act->kind == UI_ACT_NONE)
		return false;
	if (act->kind == KA_STILL_HERE)
		kapp_youth_input(a);
	if (act->kind == KA_READ_ALOUD) {
		char text[4096];
		kiosk_read_text(&y->view, &y->st, text, (int)sizeof text);
		if (*text && plat_speech_say(a->speech, y->st.lang, text, false) < 0)
			log_warn("kiosk: reading aloud: %s", err_last());
		a->reading = *text && a->speech;
		return true;
	}
	ui_action_t follow = {0};
	kiosk_screen_t before = y->st.screen;
	kapp_youth_usage_before(a, act);
	if (!kiosk_reduce(&y->st, act, &follow))
		write_action(a, act);
	else
		kapp_youth_usage_after(a, act, before);
	if (follow.kind != UI_ACT_NONE)
		write_action(a, &follow);
	a->dirty = true;
	return true;
}

/* ---- frames ------------------------------------------------------------------ */

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
	const kiosk_state_t *s = &a->youth.st;
	if (!free_text(s) || !s->kb.text[0]) {
		a->youth.crisis_key = 0;
		a->youth.crisis_found = false;
	} else {
		uint64_t h = 1469598103934665603ull ^ (uint64_t)s->screen;
		for (const unsigned char *p = (const unsigned char *)s->kb.text; *p; p++)
			h = (h ^ *p) * 1099511628211ull;
		if (h != a->youth.crisis_key) {
			a->youth.crisis_key = h;
			if (model_crisis(a->m, s->kb.text, &a->youth.crisis_found) < 0)
				log_warn("kiosk: looking for crisis words: %s", err_last());
		}
	}
	a->youth.view.typing_crisis = a->youth.crisis_found;
}

void kapp_youth_frame(kapp_t *a, ui_action_t *act)
{
	kapp_youth_t *y = &a->youth;
	kapp_youth_refresh_view(a);
	check_typing(a);
	int64_t idle = clock_mono_ms() - y->last_input_ms;
	y->view.now = clock_now();
	y->view.display_dim = dim_now(a, idle);
	/* A result that a write just put up shows its countdown at once. */
	kiosk_result_countdown(&y->st, result_left(a, idle));
	y->view.result_timeout_s = y->result_timeout_s;
	apply_look(a);
	memset(act, 0, sizeof *act);
	ui_begin(a->ui, clock_mono_ms());
	kiosk_frame(a->ui, &y->view, &y->st, act);
	kapp_frame_present(a, "kiosk");
}
#endif
