/*
 * staff_scenes: the staff screens' test scenes, shared by the screen test
 * (fake measure) and the render test (real fonts): each puts a state (and
 * maybe the view) into a situation, and names the texts that must show.
 *
 * Header-only, on staff_fixture.h.
 */
#ifndef OVI_TEST_STAFF_SCENES_H
#define OVI_TEST_STAFF_SCENES_H

#include "staff_fixture.h"
#include "staff/staff_tx.h"

static inline ui_action_t sfx_act(int kind, int64_t arg, const char *id)
{
	ui_action_t a;
	memset(&a, 0, sizeof a);
	ui_act(&a, kind, arg, id);
	return a;
}

static inline ui_action_t sfx_key(const char *text)
{
	ui_action_t a;
	memset(&a, 0, sizeof a);
	a.kind = UI_ACT_KEY;
	a.key = UI_KEY_CHAR;
	snprintf(a.text, sizeof a.text, "%s", text);
	return a;
}

static inline ui_action_t sfx_key_action(void)
{
	ui_action_t a;
	memset(&a, 0, sizeof a);
	a.kind = UI_ACT_KEY;
	a.key = UI_KEY_ACTION;
	return a;
}

typedef struct sfx_scene {
	const char *name;
	void (*fn)(staff_view_t *v, staff_state_t *s);
	/* texts that must be whole on screen (at some scroll position) */
	int want[6];	     /* staff_text_t, -1 ends */
	const char *data[4]; /* content strings, NULL ends */
} sfx_scene_t;

static inline void sfx_login(staff_state_t *s)
{
	staff_pin_result(s, true, "Iltavuoro (nuorisopalvelut)");
}
static inline void sfx_go(staff_state_t *s, int kind, int64_t arg, const char *id)
{
	ui_action_t a = sfx_act(kind, arg, id), f;
	sfx_login(s);
	staff_reduce(s, &a, &f);
}
static inline void sc_pin(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	ui_action_t a = sfx_act(SA_PIN_DIGIT, 4, NULL), f;
	staff_reduce(s, &a, &f);
	staff_reduce(s, &a, &f);
}
static inline void sc_pin_wrong(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	s->pin_wrong = true;
}
static inline void sc_pin_locked(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	s->lockout_s = 95;
}
static inline void sc_today(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_login(s);
}
static inline void sc_time(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_LATE_PICK, 14 * 60 + 45, "leena");
}
static inline void sc_walkin(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_WALKIN_START, 11 * 60 + 2, NULL);
	ui_action_t a = sfx_act(SA_WALKIN_PERSON, 0, "tuula"), f;
	staff_reduce(s, &a, &f);
	a = sfx_act(SA_WALKIN_ROOM, 0, "Olohuone");
	staff_reduce(s, &a, &f);
}
static inline void sc_walkin_typing(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_WALKIN_START, 11 * 60 + 2, NULL);
	ui_action_t a = sfx_act(SA_WALKIN_FIELD, SF_VISITOR, NULL), f;
	staff_reduce(s, &a, &f);
	const char *t[] = {"M", "a", "t", "t", "i"};
	for (int i = 0; i < 5; i++) {
		a = sfx_key(t[i]);
		staff_reduce(s, &a, &f);
	}
}
static inline void sc_queue(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_NAV, ST_QUEUE, NULL);
}
static inline void sc_queue_empty(staff_view_t *v, staff_state_t *s)
{
	sfx_empty(v);
	sfx_go(s, SA_NAV, ST_QUEUE, NULL);
}
static inline void sc_questions(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_NAV, ST_QUESTIONS, NULL);
}
/* One question opened by a tap (the rest stay collapsed). */
static inline void sc_question_open(staff_view_t *v, staff_state_t *s, int64_t id)
{
	(void)v;
	sfx_go(s, SA_NAV, ST_QUESTIONS, NULL);
	ui_action_t a = sfx_act(SA_REVEAL, id, NULL), f;
	staff_reduce(s, &a, &f);
}
static inline void sc_questions_crisis(staff_view_t *v, staff_state_t *s)
{
	sc_question_open(v, s, 31);
}
static inline void sc_questions_long(staff_view_t *v, staff_state_t *s)
{
	sc_question_open(v, s, 29);
}
static inline void sc_questions_sv(staff_view_t *v, staff_state_t *s)
{
	sc_question_open(v, s, 30);
}
static inline void sc_questions_empty(staff_view_t *v, staff_state_t *s)
{
	sfx_empty(v);
	sfx_go(s, SA_NAV, ST_QUESTIONS, NULL);
}
static inline void sc_answer(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_ANSWER_START, 31, NULL);
	snprintf(s->kb.text, sizeof s->kb.text, "%s",
		 "Hei, tosi hyvä että kirjoitit. Tänään täällä on Sara klo 17 asti, ja hänen "
		 "kanssaan voit puhua ihan kahden kesken. Tule juttelemaan");
}
static inline void sc_groups(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_NAV, ST_GROUPS, NULL);
}
static inline void sc_ideas(staff_view_t *v, staff_state_t *s)
{
	static idea_row_t taken[1], published[1];
	taken[0] = (idea_row_t){7, "Salibandyvuoro", "fi", v->now - 3 * 86400};
	published[0] = (idea_row_t){5, "Kokkikerho", "fi", v->now - 9 * 86400};
	v->ideas_accepted = (idea_list_t){taken, 1};
	v->ideas_published = (idea_list_t){published, 1};
	sfx_go(s, SA_NAV, ST_IDEAS, NULL);
}
static inline void sc_ideas_empty(staff_view_t *v, staff_state_t *s)
{
	sfx_empty(v);
	sfx_go(s, SA_NAV, ST_IDEAS, NULL);
}
static inline void sc_session(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_OPEN_SESSION, 0, "s3");
}
static inline void sc_session_nicks(staff_view_t *v, staff_state_t *s)
{
	sc_session(v, s);
	ui_action_t a = sfx_act(SA_REVEAL, 1, NULL), f;
	staff_reduce(s, &a, &f);
}
static inline void sc_session_cancelled(staff_view_t *v, staff_state_t *s)
{
	v->signups.n = 0;
	sfx_go(s, SA_OPEN_SESSION, 0, "s4");
}
static inline void sc_content(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_NAV, ST_CONTENT, NULL);
}
static inline void sc_content_held(staff_view_t *v, staff_state_t *s)
{
	v->held_serial = 20261127; /* rolled back from */
	sfx_go(s, SA_NAV, ST_CONTENT, NULL);
}
static inline void sc_content_none(staff_view_t *v, staff_state_t *s)
{
	sfx_empty(v);
	v->has_bundle = false;
	v->has_previous = false;
	v->usb_present = false;
	sfx_go(s, SA_NAV, ST_CONTENT, NULL);
}
static inline void sc_clock(staff_view_t *v, staff_state_t *s)
{
	sfx_go(s, SA_CLOCK_START, v->now, NULL);
}
static inline void sc_clock_behind(staff_view_t *v, staff_state_t *s)
{
	v->now = wall_make(day_from_ymd(2020, 1, 1), 3);
	sfx_go(s, SA_CLOCK_START, v->now, NULL);
}
static inline void sc_pins(staff_view_t *v, staff_state_t *s)
{
	(void)v;
	sfx_go(s, SA_NAV, ST_PINS, NULL);
}
static inline void sc_pins_rename(staff_view_t *v, staff_state_t *s)
{
	sc_pins(v, s);
	ui_action_t a = sfx_act(SA_PIN_RENAME_START, 2, NULL), f;
	staff_reduce(s, &a, &f);
}
static inline void sc_confirm(staff_view_t *v, staff_state_t *s)
{
	sc_session_nicks(v, s);
	ui_action_t a = sfx_act(SA_CONFIRM, 41, "s3"), f;
	a.key = SA_REMOVE_SIGNUP;
	staff_reduce(s, &a, &f);
}
static inline void sc_notice(staff_view_t *v, staff_state_t *s)
{
	sc_content(v, s);
	snprintf(s->notice, sizeof s->notice, "%s", "people.csv:14: unknown weekday 'Mon.'");
	s->notice_error = true;
}
static inline void sc_idle(staff_view_t *v, staff_state_t *s)
{
	sc_today(v, s);
	s->idle_warning = true;
	s->idle_seconds_left = 9;
}

static const sfx_scene_t sfx_scenes[] = {
	{"pin", sc_pin, {S_PIN_TITLE, S_PIN_OK, S_PIN_ERASE, S_CANCEL, -1}, {"Ohjaamo Keskusta"}},
	{"pin-wrong", sc_pin_wrong, {S_PIN_WRONG, -1}, {NULL}},
	{"pin-locked", sc_pin_locked, {S_PIN_TITLE, -1}, {"1:35"}},
	{"today",
	 sc_today,
	 {S_SEC_NOW, S_SEC_LATER, S_SEC_AWAY, S_ADD_WALKIN, S_LEAVE, S_PLANNED},
	 {"Aino Korhonen", "Matti Vierailija", "Olli Saarinen", "Iltavuoro (nuorisopalvelut)"}},
	{"time", sc_time, {S_SAVE, S_CANCEL, -1}, {"Leena Laine", "14:45", "+30 min"}},
	{"walkin",
	 sc_walkin,
	 {S_WALKIN_TITLE, S_PICK_PERSON, S_FROM, S_UNTIL, S_ADD, -1},
	 {"Tuula Koskinen", "Olohuone", "13:00"}},
	{"walkin-typing", sc_walkin_typing, {S_TYPED_DONE, -1}, {"Matti"}},
	{"queue",
	 sc_queue,
	 {S_QUEUE_TITLE, S_CALL, S_CALL_AGAIN, S_NO_SHOW, S_HANDLED, S_REQUEUE},
	 {"17", "Asuminen", "18"}},
	{"queue-empty", sc_queue_empty, {S_QUEUE_EMPTY, -1}, {NULL}},
	{"questions", sc_questions, {S_Q_TITLE, S_CRISIS_FLAG, S_SHOW_QUESTION, -1}, {NULL}},
	{"questions-crisis",
	 sc_questions_crisis,
	 {S_CRISIS_FLAG, S_ANSWER, S_HIDE, S_SHOW_QUESTION, -1},
	 {SFX_CRISIS_Q}},
	{"questions-long", sc_questions_long, {S_ANSWER, S_HIDE, -1}, {SFX_LONG_Q}},
	{"questions-sv", sc_questions_sv, {S_ANSWER, S_HIDE, -1}, {SFX_SV_Q}},
	{"questions-empty", sc_questions_empty, {S_Q_EMPTY, -1}, {NULL}},
	{"answer", sc_answer, {S_ANSWER_NOTE, -1}, {SFX_CRISIS_Q, "Tule juttelemaan"}},
	{"groups", sc_groups, {S_G_TITLE, S_CANCELLED, S_CLOSED, -1}, {"Kokkauskurssi"}},
	{"ideas",
	 sc_ideas,
	 {S_IDEAS, S_IDEAS_NEW, S_ACCEPT, S_HIDE, S_IDEAS_TAKEN, S_PUBLISH_IDEA},
	 {"Lautapeli-ilta perjantaisin", "Salibandyvuoro", "Kokkikerho"}},
	{"ideas-empty", sc_ideas_empty, {S_IDEAS_EMPTY, S_IDEAS_NOTE, -1}, {NULL}},
	{"session",
	 sc_session,
	 {S_CLOSE_SIGNUPS, S_CANCEL_SESSION, S_NICK_NOTE, S_SHOW_NICKS, S_NICKS_HIDDEN, -1},
	 {NULL}},
	{"session-nicks",
	 sc_session_nicks,
	 {S_HIDE_NICKS, S_REMOVE, -1},
	 {SFX_NICK, "Toivo", "pikkukakkonen"}},
	{"session-cancelled", sc_session_cancelled, {S_RESTORE_SESSION, S_NO_SIGNUPS, -1}, {NULL}},
	{"content",
	 sc_content,
	 {S_C_CURRENT, S_C_UNSIGNED, S_C_FAILED, S_IMPORT, S_ROLLBACK, S_EXPORT},
	 {"unknown weekday", "20261120", "usb:/run/ovi/usb/sda1", "Infopiste"}},
	{"content-held", sc_content_held, {S_C_HELD, -1}, {"20261120"}},
	{"content-none",
	 sc_content_none,
	 {S_C_NONE, S_C_NO_IMPORT, S_NO_STICK, S_PINS_BTN, -1},
	 {NULL}},
	{"clock", sc_clock, {S_CLK_TITLE, S_YEAR, S_MINUTE, S_SET_CLOCK, -1}, {"2026", "11"}},
	{"clock-behind", sc_clock_behind, {S_CLK_FROM_BUNDLE, -1}, {NULL}},
	{"pins", sc_pins, {S_PINS_TITLE, S_PINS_NOTE, S_RENAME, -1}, {"Infopiste", "Aino"}},
	{"pins-rename", sc_pins_rename, {S_RENAME, -1}, {"Aino"}},
	{"confirm", sc_confirm, {S_BACK, S_REMOVE, -1}, {"“Kissakala”"}},
	{"notice", sc_notice, {S_CLOSE, -1}, {"people.csv:14: unknown weekday 'Mon.'"}},
	{"idle", sc_idle, {S_CONTINUE, -1}, {NULL}},
};

#define SFX_NSCENES ((int)(sizeof sfx_scenes / sizeof sfx_scenes[0]))

#endif
