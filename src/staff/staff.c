/*
 * Staff mode's state: screen names, the fresh state, and the pure part of
 * applying an action (staff_reduce). Writes are the app's; it reports back
 * with staff_pin_result() and staff_written().
 */
#include "staff/staff.h"

#include "core/str.h"

#include <string.h>

static const char *const names[ST_SCREEN_COUNT] = {
	[ST_PIN] = "staff-pin",		[ST_TODAY] = "staff-today",
	[ST_TIME] = "staff-time",	[ST_WALKIN] = "staff-walkin",
	[ST_QUEUE] = "staff-queue",	[ST_QUESTIONS] = "staff-questions",
	[ST_ANSWER] = "staff-answer",	[ST_GROUPS] = "staff-groups",
	[ST_SESSION] = "staff-session", [ST_CONTENT] = "staff-content",
	[ST_CLOCK] = "staff-clock",	[ST_PINS] = "staff-pins",
	[ST_IDEAS] = "staff-ideas",
};

const char *staff_screen_name(staff_screen_t s)
{
	return str_name(names, ST_SCREEN_COUNT, (int)s);
}

int staff_screen_by_name(const char *name)
{
	return str_name_index(names, ST_SCREEN_COUNT, name);
}

#define SET_ID(field, src) str_copy_whole((field), sizeof(field), (src))

static int clampi(int64_t v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : (int)v;
}

/* An empty keyboard in the staff member's language. */
static void kb_start(staff_state_t *s, int max_len, bool auto_cap)
{
	ui_kb_init(&s->kb, ui_kb_layout_for(s->lang), max_len);
	s->kb.auto_cap = auto_cap;
	s->kb.shift = auto_cap;
}

static void go(staff_state_t *s, staff_screen_t to)
{
	s->screen = to;
	s->revealed = 0;
	s->nicks_shown = false;
	s->notice[0] = 0;
	s->notice_error = false;
	memset(&s->confirm, 0, sizeof s->confirm);
}

/* Leaves whatever was picked or typed, keeping the login. */
static void clear_sub(staff_state_t *s)
{
	s->person_id[0] = 0;
	s->time_kind = 0;
	s->time_min = 0;
	memset(&s->walkin, 0, sizeof s->walkin);
	s->field = SF_NONE;
	s->question_id = 0;
	s->session_id[0] = 0;
	s->pin_id = 0;
	s->revealed = 0;
	s->nicks_shown = false;
	kb_start(s, 0, false);
}

void staff_state_init(staff_state_t *s, const char *lang)
{
	memset(s, 0, sizeof *s);
	s->screen = ST_PIN;
	str_copy_whole(s->lang, sizeof s->lang, lang && *lang ? lang : "fi");
	if (!s->lang[0])
		strcpy(s->lang, "fi");
	clear_sub(s);
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\n' && *s != '\t')
			return false;
	return true;
}

/* The walk-in field being typed, as a buffer. */
static char *field_buf(staff_state_t *s, size_t *cap)
{
	if (s->field == SF_VISITOR) {
		*cap = sizeof s->walkin.visitor;
		return s->walkin.visitor;
	}
	if (s->field == SF_ROOM) {
		*cap = sizeof s->walkin.room;
		return s->walkin.room;
	}
	return NULL;
}

static bool key(staff_state_t *s, const ui_action_t *a, ui_action_t *follow_up)
{
	bool typing = s->screen == ST_ANSWER || (s->screen == ST_WALKIN && s->field != SF_NONE) ||
		      (s->screen == ST_PINS && s->pin_id);
	if (!typing)
		return false; /* no keyboard on this screen */
	int r = ui_kb_apply(&s->kb, a);
	size_t cap;
	char *f = s->screen == ST_WALKIN ? field_buf(s, &cap) : NULL;
	if (f)
		str_copy(f, cap, s->kb.text);
	if (r != UI_KB_SUBMIT)
		return true;
	if (s->screen == ST_WALKIN) {
		s->field = SF_NONE; /* the action key is "Done": back to the form */
		return true;
	}
	if (follow_up && !blank(s->kb.text))
		ui_act(follow_up, s->screen == ST_ANSWER ? SA_PUBLISH : SA_PIN_RENAME,
		       s->screen == ST_ANSWER ? s->question_id : s->pin_id, NULL);
	return true;
}

static int days_in_month(int y, int m)
{
	int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
	return day_from_ymd(ny, nm, 1) - day_from_ymd(y, m, 1);
}

/* Steps one field of a date and time; hours and minutes wrap within the
 * day, the date's fields keep the day of the month valid. */
static wall_t clock_step(wall_t t, const char *field, int64_t n)
{
	int day = wall_day(t), min = wall_minute(t), y, m, d;
	day_to_ymd(day, &y, &m, &d);
	if (strcmp(field, "year") == 0) {
		y = clampi(y + n, 2020, 2099);
	} else if (strcmp(field, "month") == 0) {
		int mm = (int)(((m - 1 + n) % 12 + 12) % 12);
		m = mm + 1;
	} else if (strcmp(field, "day") == 0) {
		int dim = days_in_month(y, m);
		d = (int)(((d - 1 + n) % dim + dim) % dim) + 1;
	} else if (strcmp(field, "hour") == 0) {
		min = (int)(((min + 60 * n) % 1440 + 1440) % 1440);
	} else if (strcmp(field, "minute") == 0) {
		min = min / 60 * 60 + (int)(((min % 60 + n) % 60 + 60) % 60);
	}
	int dim = days_in_month(y, m);
	if (d > dim)
		d = dim;
	return wall_make(day_from_ymd(y, m, d), min);
}

bool staff_reduce(staff_state_t *s, const ui_action_t *a, ui_action_t *follow_up)
{
	if (follow_up)
		memset(follow_up, 0, sizeof *follow_up);
	if (a->kind == UI_ACT_KEY)
		return key(s, a, follow_up);
	if (s->confirm.kind && a->kind == s->confirm.kind)
		memset(&s->confirm, 0, sizeof s->confirm); /* confirmed: the app's turn */
	switch (a->kind) {
	case SA_NAV:
		if (a->arg <= ST_PIN || a->arg >= ST_SCREEN_COUNT)
			return false;
		clear_sub(s);
		go(s, (staff_screen_t)a->arg);
		return true;
	case SA_PIN_DIGIT: {
		size_t n = strlen(s->pin);
		if (s->lockout_s > 0 || a->arg < 0 || a->arg > 9 || n >= STAFF_PAD_MAX)
			return true;
		s->pin[n] = (char)('0' + a->arg);
		s->pin[n + 1] = 0;
		s->pin_wrong = false;
		return true;
	}
	case SA_PIN_BACK: {
		size_t n = strlen(s->pin);
		if (n)
			s->pin[n - 1] = 0;
		return true;
	}
	case SA_PIN_OK:
		/* Too short or locked: nothing to check. */
		return strlen(s->pin) < STAFF_PAD_MIN || s->lockout_s > 0;
	case SA_PIN_CANCEL:
		memset(s->pin, 0, sizeof s->pin);
		return false; /* the app returns to the youth screens */
	case SA_LATE_PICK:
	case SA_LEAVES_PICK:
		clear_sub(s);
		SET_ID(s->person_id, a->id);
		s->time_kind = a->kind == SA_LATE_PICK ? SA_SET_LATE : SA_SET_LEAVES;
		s->time_min = clampi(a->arg, 0, 1435);
		go(s, ST_TIME);
		return true;
	case SA_TIME_STEP:
		s->time_min = clampi(s->time_min + a->arg, 0, 1435);
		return true;
	case SA_TIME_SET:
		s->time_min = clampi(a->arg, 0, 1435);
		return true;
	case SA_WALKIN_START:
		clear_sub(s);
		s->walkin.start = clampi(a->arg / 15 * 15, 0, 1425);
		s->walkin.end = clampi(s->walkin.start + 120, s->walkin.start + 15, 1440);
		go(s, ST_WALKIN);
		return true;
	case SA_WALKIN_PERSON:
		SET_ID(s->walkin.person_id, a->id);
		s->walkin.visitor[0] = 0;
		if (s->field == SF_VISITOR)
			s->field = SF_NONE;
		return true;
	case SA_WALKIN_FIELD: {
		if (a->arg != SF_VISITOR && a->arg != SF_ROOM) {
			s->field = SF_NONE;
			return true;
		}
		s->field = (staff_field_t)a->arg;
		bool visitor = s->field == SF_VISITOR;
		kb_start(s, visitor ? STAFF_VISITOR_MAX : STAFF_ROOM_MAX, true);
		if (visitor)
			s->walkin.person_id[0] = 0; /* a visitor, not a known person */
		size_t cap;
		const char *f = field_buf(s, &cap);
		str_copy(s->kb.text, sizeof s->kb.text, f);
		s->kb.shift = s->kb.text[0] == 0;
		return true;
	}
	case SA_WALKIN_ROOM:
		str_copy(s->walkin.room, sizeof s->walkin.room, a->id);
		if (s->field == SF_ROOM)
			s->field = SF_NONE;
		return true;
	case SA_WALKIN_START_STEP:
		s->walkin.start = clampi(s->walkin.start + a->arg, 0, 1425);
		if (s->walkin.end < s->walkin.start + 15)
			s->walkin.end = s->walkin.start + 15;
		return true;
	case SA_WALKIN_END_STEP:
		s->walkin.end = clampi(s->walkin.end + a->arg, s->walkin.start + 15, 1440);
		return true;
	case SA_ANSWER_START:
		clear_sub(s);
		s->question_id = a->arg;
		kb_start(s, STAFF_ANSWER_MAX, true);
		go(s, ST_ANSWER);
		return true;
	case SA_OPEN_SESSION:
		clear_sub(s);
		SET_ID(s->session_id, a->id);
		go(s, ST_SESSION);
		return true;
	case SA_CLOCK_START:
		clear_sub(s);
		s->clock = a->arg;
		go(s, ST_CLOCK);
		return true;
	case SA_CLOCK_STEP:
		s->clock = clock_step(s->clock, a->id, a->arg);
		return true;
	case SA_PIN_RENAME_START:
		s->pin_id = a->arg;
		kb_start(s, MODEL_PIN_LABEL_MAX, true);
		s->notice[0] = 0;
		return true;
	case SA_CONFIRM:
		s->confirm = *a;
		s->confirm.kind = a->key;
		s->confirm.key = 0;
		return true;
	case SA_CONFIRM_NO:
		memset(&s->confirm, 0, sizeof s->confirm);
		return true;
	case SA_CLOSE_NOTICE:
		s->notice[0] = 0;
		s->notice_error = false;
		return true;
	case SA_STILL_HERE:
		s->idle_warning = false;
		s->idle_seconds_left = 0;
		s->dimmed = false;
		return true;
	case SA_REVEAL:
		if (s->screen == ST_SESSION)
			s->nicks_shown = a->arg != 0;
		else
			s->revealed = a->arg;
		return true;
	case SA_WAKE:
		s->dimmed = false;
		return true;
	default:
		return false; /* writes, the PIN check, leaving: the app's part */
	}
}

void staff_pin_result(staff_state_t *s, bool ok, const char *label)
{
	memset(s->pin, 0, sizeof s->pin);
	s->pin_wrong = !ok;
	if (!ok)
		return;
	str_copy(s->label, sizeof s->label, label ? label : "");
	clear_sub(s);
	go(s, ST_TODAY);
}

bool staff_idle_countdown(staff_state_t *s, int seconds_left)
{
	return ui_countdown(&s->idle_warning, &s->idle_seconds_left, seconds_left);
}

bool staff_dim(staff_state_t *s)
{
	if (s->dimmed || !s->label[0])
		return false;
	s->dimmed = true;
	return true;
}

bool staff_lockout(staff_state_t *s, int seconds)
{
	int secs = seconds > 0 ? seconds : 0;
	if (s->lockout_s == secs)
		return false;
	s->lockout_s = secs;
	return true;
}

void staff_notify(staff_state_t *s, bool error, const char *text)
{
	memset(&s->confirm, 0, sizeof s->confirm);
	s->pin_wrong = false;
	str_copy(s->notice, sizeof s->notice, text ? text : "");
	s->notice_error = error;
}

void staff_written(staff_state_t *s, int kind)
{
	memset(&s->confirm, 0, sizeof s->confirm);
	switch (kind) {
	case SA_SET_LATE:
	case SA_SET_LEAVES:
	case SA_ADD_WALKIN:
		clear_sub(s);
		go(s, ST_TODAY);
		break;
	case SA_PUBLISH:
	case SA_HIDE_QUESTION:
		clear_sub(s);
		go(s, ST_QUESTIONS);
		break;
	case SA_PIN_RENAME:
		s->pin_id = 0;
		kb_start(s, 0, false);
		break;
	case SA_REMOVE_SIGNUP:
		s->nicks_shown = false; /* closed again after the action */
		break;
	case SA_CANCEL_SESSION:
	case SA_UNCANCEL_SESSION:
	case SA_CLOSE_SIGNUPS:
		break; /* stays on the session */
	case SA_SET_CLOCK:
		s->clock = 0;
		break;
	default:
		break;
	}
}

bool staff_clock_behind(const staff_view_t *v)
{
	return v->has_bundle && v->bundle.created > 0 && v->now < v->bundle.created;
}
