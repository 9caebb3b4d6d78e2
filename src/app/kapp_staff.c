/*
 * kapp_staff: the staff runtime (see kapp_staff.h). The shell hands over on
 * KA_STAFF_ENTRY; from then on kapp_frame() draws staff_frame() and applies
 * SA_* actions here until staff leave, or leave it alone for STAFF_IDLE_MS;
 * then staff.on is off and the shell starts a fresh youth visit.
 *
 * Writes go through the model one transaction each; every one that
 * succeeded is logged with the PIN's label (model_staff_log: what and which
 * row, never a young person's text) and bumps write_gen, so the youth
 * screens (and the staff lists) are filled again before the next frame.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_staff.h"
#include "app/sdnotify.h"
#include "app/pin.h"

#include "core/err.h"
#include "core/log.h"
#include "core/str.h"
#include "staff/staff_tx.h"

#include <stdio.h>
#include <string.h>

static void notice(kapp_t *a, bool error, const char *text)
{
	staff_notify(&a->staff.st, error, text);
}

void kapp_staff_input(kapp_t *a)
{
	a->staff.last_input_ms = clock_mono_ms();
	staff_idle_countdown(&a->staff.st, 0);
}

/* The lock's seconds left, from the database (after entering, after a try). */
static void read_lock(kapp_t *a)
{
	int secs = 0;
	if (pin_lock_remaining(a->m, &secs) < 0) {
		log_warn("staff: reading the PIN lock: %s", err_last());
		secs = 0;
	}
	a->staff.locked_until = secs > 0 ? clock_now() + secs : 0;
	staff_lockout(&a->staff.st, secs);
}

void kapp_staff_enter(kapp_t *a, const char *lang)
{
	kapp_staff_t *s = &a->staff;
	staff_state_init(&s->st, staff_tx_lang(lang, a->default_lang));
	s->on = true;
	s->view_key[0] = 0;
	kapp_staff_input(a);
	read_lock(a);
	/* The finger that held the logo is still down: drop that press, so its
	 * release cannot land on a key of the pad. */
	ui_reset(a->ui);
	log_info("staff: the PIN pad is open");
	a->dirty = true;
}

void kapp_staff_leave(kapp_t *a, const char *why)
{
	kapp_staff_t *s = &a->staff;
	if (why && s->st.label[0] && model_staff_log(a->m, s->st.label, why, NULL) < 0)
		log_warn("staff: logging %s: %s", why, err_last());
	log_info("staff: staff mode closed (%s)", why ? why : "PIN pad cancelled");
	/* Nothing of staff mode stays in memory: digits, answers, nicknames. */
	staff_state_init(&s->st, staff_tx_lang(a->default_lang, a->default_lang));
	arena_free(s->arena);
	s->arena = NULL;
	memset(&s->view, 0, sizeof s->view);
	s->view_key[0] = 0;
	memset(&s->pending, 0, sizeof s->pending);
	s->on = false;
	s->sample = false;
	a->write_gen++;
	a->dirty = true;
}

/* ---- the view ---------------------------------------------------------------- */

void kapp_staff_refresh_view(kapp_t *a)
{
	kapp_staff_t *s = &a->staff;
	char key[sizeof s->view_key];
	kapp_staff_fill_key(&s->st, a->last_minute, a->bundle_id, a->write_gen, key, sizeof key);
	if (s->arena && strcmp(key, s->view_key) == 0)
		return;
	arena_t *ar = arena_new();
	if (!ar) {
		log_error("staff: out of memory for the view; showing the last one");
		return;
	}
	staff_view_t v;
	kapp_staff_fill(a->m, ar, &s->st, a->config, clock_now(), &v);
	if (s->sample)
		kapp_staff_samples(ar, s->st.lang, &v);
	arena_free(s->arena);
	s->arena = ar;
	s->view = v;
	str_copy(s->view_key, sizeof s->view_key, key);
}

/* ---- timers ------------------------------------------------------------------- */

static int64_t idle_limit_ms(const kapp_t *a)
{
	/* Logged in: STAFF_IDLE_MS. The PIN pad alone closes like the youth
	 * screens do, so a curious visitor who found it does not block them. */
	return a->staff.st.label[0] ? STAFF_IDLE_MS : (int64_t)a->idle_timeout_s * 1000;
}

void kapp_staff_tick(kapp_t *a, int64_t now)
{
	kapp_staff_t *s = &a->staff;
	if (!s->on)
		return;
	int64_t idle = now - s->last_input_ms, limit = idle_limit_ms(a);
	if (idle >= limit) {
		kapp_staff_leave(a, s->st.label[0] ? "idle_leave" : NULL);
		return;
	}
	if (s->st.label[0] && idle >= STAFF_DIM_MS && staff_dim(&s->st))
		a->dirty = true;
	int64_t warn = (int64_t)KAPP_IDLE_WARNING_S * 1000;
	if (s->st.label[0] && idle >= limit - warn) {
		int left = (int)((limit - idle + 999) / 1000);
		if (staff_idle_countdown(&s->st, left))
			a->dirty = true;
	}
	if (s->locked_until) {
		wall_t left = s->locked_until - clock_now();
		int secs = left > 0 ? (int)left : 0;
		if (staff_lockout(&s->st, secs))
			a->dirty = true;
		if (!secs)
			s->locked_until = 0;
	}
}

int kapp_staff_timeout_ms(const kapp_t *a, int64_t now)
{
	const kapp_staff_t *s = &a->staff;
	int64_t idle = now - s->last_input_ms, limit = idle_limit_ms(a);
	int64_t warn_at = s->st.label[0] ? limit - (int64_t)KAPP_IDLE_WARNING_S * 1000 : limit;
	int64_t t = idle < warn_at ? warn_at - idle : 1000 - (idle - warn_at) % 1000;
	if (s->st.label[0] && !s->st.dimmed && idle < STAFF_DIM_MS && STAFF_DIM_MS - idle < t)
		t = STAFF_DIM_MS - idle;
	if (s->locked_until && t > 1000)
		t = 1000; /* the lockout's countdown */
	return (int)(t < 10 ? 10 : t);
}

/* ---- writes --------------------------------------------------------------------- */

/* A write that succeeded: logged under the PIN's label, shown everywhere. */
static void done(kapp_t *a, int kind, const char *action, const char *detail)
{
	kapp_staff_t *s = &a->staff;
	if (model_staff_log(a->m, s->st.label, action, detail) < 0)
		log_warn("staff: logging %s: %s", action, err_last());
	staff_written(&s->st, kind);
	a->write_gen++;
}

static void failed(kapp_t *a, const char *what, int rc)
{
	char text[sizeof a->staff.st.notice];
	log_warn("staff: %s: %s", what, err_last());
	snprintf(text, sizeof text, kapp_staff_note(a->staff.st.lang, SN_FAILED), err_last());
	/* A confirmation that led here is answered: the notice says how. */
	notice(a, true, text);
	(void)rc;
}

/* The number of queue item id, for the log ("17" says more than a row id). */
static int queue_number(const kapp_t *a, int64_t id)
{
	const queue_list_t *q = &a->staff.view.queue;
	for (int i = 0; i < q->n; i++)
		if (q->v[i].id == id)
			return q->v[i].number;
	return 0;
}

static void pin_ok(kapp_t *a)
{
	staff_state_t *s = &a->staff.st;
	pin_try_t t;
	memset(&t, 0, sizeof t);
	int rc = pin_try(a->m, s->pin, &t);
	/* The digits are not needed any more, whatever the outcome
	 * (staff_pin_result() clears them). */
	if (rc < 0) {
		staff_pin_result(s, false, NULL);
		failed(a, "checking a PIN", rc); /* not "wrong PIN": it was not checked */
		return;
	}
	if (t.ok) {
		staff_pin_result(s, true, t.label);
		a->staff.locked_until = 0;
		staff_lockout(s, 0);
		a->staff.view_key[0] = 0;
		log_info("staff: staff mode opened (%s)", t.label);
		return;
	}
	staff_pin_result(s, false, NULL);
	if (t.no_pins)
		notice(a, true, kapp_staff_note(s->lang, SN_NO_PINS));
	read_lock(a);
	log_info("staff: a wrong PIN (%d in a row)%s", t.failures,
		 s->lockout_s ? ", entry is locked" : "");
}

static int add_override(kapp_t *a, const char *person, override_state_t st, int time)
{
	override_t o = {
		.day = wall_day(clock_now()),
		.person = person,
		.state = st,
		.time = time,
		.start = -1,
		.end = -1,
	};
	return model_add_override(a->m, &o, NULL);
}

static int add_walkin(kapp_t *a, char *detail, size_t cap)
{
	const staff_walkin_t *w = &a->staff.st.walkin;
	bool known = w->person_id[0] != 0;
	override_t o = {
		.day = wall_day(clock_now()),
		.person = known ? w->person_id : NULL,
		.visitor = known ? NULL : w->visitor,
		.state = OVERRIDE_WALKIN,
		.time = -1,
		.start = w->start,
		.end = w->end,
		.room = w->room[0] ? w->room : NULL,
	};
	char a1[6], a2[6];
	fmt_hhmm(w->start, a1);
	fmt_hhmm(w->end, a2);
	snprintf(detail, cap, "%s %s-%s", known ? w->person_id : "visitor", a1, a2);
	return model_add_override(a->m, &o, NULL);
}

/* Today's roster and walk-ins. Returns the log's action, or NULL when act
 * is not one of them; *rc is the write's outcome. */
static const char *day_write(kapp_t *a, const ui_action_t *act, char *detail, size_t cap, int *rc)
{
	char hhmm[6];
	fmt_hhmm(act->arg >= 0 && act->arg <= 1440 ? (int)act->arg : 0, hhmm);
	switch (act->kind) {
	case SA_SET_HERE:
		snprintf(detail, cap, "%s %s", act->id, hhmm);
		*rc = add_override(a, act->id, OVERRIDE_HERE, (int)act->arg);
		return "here";
	case SA_SET_LATE:
		snprintf(detail, cap, "%s %s", act->id, hhmm);
		*rc = add_override(a, act->id, OVERRIDE_LATE, (int)act->arg);
		return "late";
	case SA_SET_LEAVES:
		snprintf(detail, cap, "%s %s", act->id, hhmm);
		*rc = add_override(a, act->id, OVERRIDE_LEAVES, (int)act->arg);
		return "leaves";
	case SA_SET_AWAY:
		snprintf(detail, cap, "%s", act->id);
		*rc = add_override(a, act->id, OVERRIDE_AWAY, -1);
		return "away";
	case SA_SET_PLANNED: {
		int n = 0;
		snprintf(detail, cap, "%s", act->id);
		*rc = model_clear_overrides(a->m, wall_day(clock_now()), act->id, &n);
		return "planned";
	}
	case SA_ADD_WALKIN:
		*rc = add_walkin(a, detail, cap);
		return "walkin";
	default:
		return NULL;
	}
}

/* The queue, questions, groups and PIN labels. */
static const char *list_write(kapp_t *a, const ui_action_t *act, char *detail, size_t cap, int *rc)
{
	staff_state_t *s = &a->staff.st;
	snprintf(detail, cap, "%lld", (long long)act->arg);
	switch (act->kind) {
	case SA_CALL:
	case SA_DONE:
	case SA_NO_SHOW:
	case SA_REQUEUE: {
		snprintf(detail, cap, "%d", queue_number(a, act->arg));
		queue_state_t q = act->kind == SA_CALL	    ? QUEUE_CALLED
				  : act->kind == SA_DONE    ? QUEUE_DONE
				  : act->kind == SA_NO_SHOW ? QUEUE_NOSHOW
							    : QUEUE_WAITING;
		*rc = model_queue_set_state(a->m, act->arg, q);
		if (*rc == OVI_OK && act->kind == SA_CALL)
			kapp_announce_number(a, queue_number(a, act->arg));
		return act->kind == SA_CALL	 ? "queue_call"
		       : act->kind == SA_DONE	 ? "queue_done"
		       : act->kind == SA_NO_SHOW ? "queue_noshow"
						 : "queue_requeue";
	}
	case SA_PUBLISH:
		*rc = model_question_publish(a->m, act->arg ? act->arg : s->question_id,
					     s->kb.text);
		return "question_publish";
	case SA_HIDE_QUESTION:
		*rc = model_question_hide(a->m, act->arg);
		return "question_hide";
	case SA_CANCEL_SESSION:
	case SA_UNCANCEL_SESSION:
		snprintf(detail, cap, "%s", act->id);
		*rc = model_session_cancel(a->m, act->id, act->kind == SA_CANCEL_SESSION);
		return act->kind == SA_CANCEL_SESSION ? "session_cancel" : "session_restore";
	case SA_CLOSE_SIGNUPS:
		snprintf(detail, cap, "%s", act->id);
		*rc = model_session_close_signups(a->m, act->id, act->arg != 0);
		return act->arg ? "signups_close" : "signups_open";
	case SA_REMOVE_SIGNUP:
		snprintf(detail, cap, "%lld of %s", (long long)act->arg, act->id);
		*rc = model_signup_remove(a->m, act->arg);
		return "signup_remove";
	case SA_IDEA_ACCEPT:
		*rc = model_idea_accept(a->m, act->arg);
		return "idea_accept";
	case SA_IDEA_HIDE:
		*rc = model_idea_hide(a->m, act->arg);
		return "idea_hide";
	case SA_IDEA_PUBLISH:
		*rc = model_idea_publish(a->m, act->arg);
		return "idea_publish";
	case SA_IDEA_UNPUBLISH:
		*rc = model_idea_unpublish(a->m, act->arg);
		return "idea_unpublish";
	case SA_PIN_RENAME:
		*rc = model_staff_pin_label(a->m, act->arg ? act->arg : s->pin_id, s->kb.text);
		return "pin_rename";
	default:
		return NULL;
	}
}

/* Content and clock: each says what happened in a notice. */
static const char *kiosk_write(kapp_t *a, const ui_action_t *act, char *detail, size_t cap, int *rc)
{
	staff_state_t *s = &a->staff.st;
	char text[sizeof s->notice];
	const char *what;
	/* Copying a bundle from a slow stick or to one blocks this loop for
	 * as long as it takes: give the watchdog room for it (15 min). */
	bool long_work = act->kind == SA_IMPORT_USB || act->kind == SA_EXPORT_USB ||
			 act->kind == SA_ROLLBACK;
	if (long_work)
		sdnotify_long_work_begin(KAPP_LONG_WORK_MS);
	switch (act->kind) {
	case SA_IMPORT_USB:
		*rc = kapp_staff_op_import_stick(a, s->lang, text, sizeof text);
		what = "import_usb";
		break;
	case SA_ROLLBACK:
		*rc = kapp_staff_op_rollback(a, s->lang, text, sizeof text);
		what = "rollback";
		break;
	case SA_EXPORT_USB:
		*rc = kapp_staff_op_export(a, s->lang, text, sizeof text);
		what = "export_usb";
		break;
	case SA_SET_CLOCK: {
		char when[17];
		fmt_datetime((wall_t)act->arg, when);
		snprintf(detail, cap, "%s", when);
		*rc = kapp_staff_op_set_clock(a, (wall_t)act->arg, s->lang, text, sizeof text);
		what = "clock_set";
		/* The minute, the day and the opening hours are new. */
		a->last_minute = clock_now() / 60;
		break;
	}
	default:
		return NULL;
	}
	if (long_work)
		sdnotify_long_work_end();
	if (act->kind != SA_SET_CLOCK) {
		bundle_record_t b;
		snprintf(detail, cap, "%s (serial %lld)", *rc == OVI_OK ? "ok" : "failed",
			 model_current_bundle(a->m, &b) == OVI_OK ? (long long)b.serial : 0LL);
		/* New content: switch to it now, not at the next check. */
		a->content_maybe_new = true;
	}
	/* Logged whatever came of it: staff tried, and the note says why not. */
	if (model_staff_log(a->m, s->label, what, detail) < 0)
		log_warn("staff: logging %s: %s", what, err_last());
	if (*rc == OVI_OK)
		staff_written(s, act->kind);
	notice(a, *rc != OVI_OK, text);
	a->write_gen++;
	*rc = OVI_OK; /* reported already */
	return what;
}

static void write_action(kapp_t *a, const ui_action_t *act)
{
	char detail[MODEL_STAFF_DETAIL_MAX + 1] = "";
	int rc = OVI_OK;
	const char *what;
	switch (act->kind) {
	case SA_PIN_OK:
		pin_ok(a);
		return;
	case SA_PIN_CANCEL:
		kapp_staff_leave(a, NULL);
		return;
	case SA_LEAVE:
		kapp_staff_leave(a, "leave");
		return;
	default:
		break;
	}
	if (!a->staff.st.label[0]) {
		log_warn("staff: action %d before a PIN was accepted: ignored", act->kind);
		return;
	}
	if ((what = day_write(a, act, detail, sizeof detail, &rc)) ||
	    (what = list_write(a, act, detail, sizeof detail, &rc))) {
		if (rc < 0) {
			failed(a, what, rc);
			return;
		}
		done(a, act->kind, what, detail);
		kapp_staff_note_t n = act->kind == SA_PUBLISH	       ? SN_PUBLISHED
				      : act->kind == SA_HIDE_QUESTION  ? SN_HIDDEN
				      : act->kind == SA_CANCEL_SESSION ? SN_SESSION_CANCELLED
				      : act->kind == SA_REMOVE_SIGNUP  ? SN_SIGNUP_REMOVED
								       : SN_COUNT;
		if (n != SN_COUNT)
			notice(a, false, kapp_staff_note(a->staff.st.lang, n));
		return;
	}
	if (act->kind == SA_IMPORT_USB || act->kind == SA_EXPORT_USB || act->kind == SA_ROLLBACK) {
		/* Slow: say so first; kapp_staff_frame() runs it after the frame
		 * that shows it. */
		a->staff.pending = *act;
		notice(a, false, kapp_staff_note(a->staff.st.lang, SN_WORKING));
		return;
	}
	if (kiosk_write(a, act, detail, sizeof detail, &rc))
		return;
	log_debug("staff: action %d not handled", act->kind);
}

bool kapp_staff_apply(kapp_t *a, const ui_action_t *act)
{
	if (act->kind == UI_ACT_NONE)
		return false;
	kapp_staff_t *s = &a->staff;
	if (act->kind == SA_STILL_HERE)
		kapp_staff_input(a);
	ui_action_t follow = {0};
	/* What a write says when it fails (err_last() in the notice) is in
	 * staff's language. */
	const char *prev = err_lang_set(s->st.lang);
	if (!staff_reduce(&s->st, act, &follow))
		write_action(a, act);
	if (follow.kind != UI_ACT_NONE && s->on) {
		ui_action_t none = {0};
		if (!staff_reduce(&s->st, &follow, &none))
			write_action(a, &follow);
	}
	err_lang_set(prev);
	a->dirty = true;
	return true;
}

/* ---- frames --------------------------------------------------------------------- */

bool kapp_staff_frame(kapp_t *a)
{
	kapp_staff_t *s = &a->staff;
	kapp_staff_refresh_view(a);
	s->view.now = clock_now();
	ui_action_t act = {0};
	ui_begin(a->ui, clock_mono_ms());
	staff_frame(a->ui, &s->view, &s->st, &act);
	kapp_frame_present(a, "staff");
	if (s->pending.kind != UI_ACT_NONE) {
		/* "One moment" is on the screen now. */
		ui_action_t p = s->pending;
		memset(&s->pending, 0, sizeof s->pending);
		char detail[MODEL_STAFF_DETAIL_MAX + 1] = "";
		int rc = OVI_OK;
		const char *prev = err_lang_set(s->st.lang);
		kiosk_write(a, &p, detail, sizeof detail, &rc);
		err_lang_set(prev);
		a->dirty = true;
	}
	return kapp_frame_done(a, kapp_staff_apply(a, &act));
}
#endif
