/*
 * kiosk: screen names, the visitor's state and its pure transitions, and the
 * word checks on what visitors type. The frame (header, bottom bar,
 * overlays) is in kiosk_frame.c.
 */
#include "youth/kiosk.h"

#include "core/str.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

_Static_assert(WHEEL_COUNT == UI_WHEEL_COUNT, "the theme's wheel arrays follow wheel_t");

static const char *const names[KS_SCREEN_COUNT] = {
	[KS_TODAY] = "today",	    [KS_WEEK] = "week",
	[KS_ASK] = "ask",	    [KS_TOPIC] = "topic",
	[KS_QUESTION] = "question", [KS_QUESTION_SENT] = "question-sent",
	[KS_NUMBER] = "number",	    [KS_ANSWERS] = "answers",
	[KS_GROUPS] = "groups",	    [KS_GROUP] = "group",
	[KS_SIGNUP] = "signup",	    [KS_SIGNED_UP] = "signed-up",
	[KS_CANCEL] = "cancel",	    [KS_CANCELLED] = "cancelled",
	[KS_IDEA] = "idea",	    [KS_IDEA_SENT] = "idea-sent",
	[KS_SERVICES] = "services", [KS_SERVICE] = "service",
	[KS_PERSON] = "person",
};

const char *kiosk_screen_name(kiosk_screen_t s)
{
	return str_name(names, KS_SCREEN_COUNT, (int)s);
}

int kiosk_screen_by_name(const char *name)
{
	return str_name_index(names, KS_SCREEN_COUNT, name);
}

#define SET_ID(field, src) str_copy_whole((field), sizeof(field), (src))

/* Starts typing: an empty keyboard in the visitor's language. */
static void kb_start(kiosk_state_t *s, int max_len, bool auto_cap)
{
	ui_kb_init(&s->kb, ui_kb_layout_for(s->lang), max_len);
	s->kb.auto_cap = auto_cap;
	s->kb.shift = auto_cap;
}

/* Leaves whatever this visitor opened or typed, keeping the language. */
static void clear_sub(kiosk_state_t *s)
{
	s->topic_id[0] = s->group_id[0] = s->session_id[0] = s->service_id[0] = 0;
	s->person_id[0] = 0;
	s->person_from = KS_TODAY;
	kb_start(s, 0, false);
	s->overlay = KO_NONE;
	s->number = 0;
	memset(s->cancel_code, 0, sizeof s->cancel_code);
	s->waiting = false;
	s->waiting_position = 0;
	s->notice[0] = 0;
	s->week_offset = 0;
	s->week_page = 0;
	s->search_open = false;
}

void kiosk_state_init(kiosk_state_t *s, const char *default_lang)
{
	memset(s, 0, sizeof *s);
	s->screen = KS_TODAY;
	str_copy_whole(s->lang, sizeof s->lang,
		       default_lang && *default_lang ? default_lang : "fi");
	if (!s->lang[0])
		strcpy(s->lang, "fi");
	clear_sub(s);
}

bool kiosk_idle_countdown(kiosk_state_t *s, int seconds_left)
{
	return ui_countdown(&s->idle_warning, &s->idle_seconds_left, seconds_left);
}

bool kiosk_result_countdown(kiosk_state_t *s, int seconds_left)
{
	int left = kiosk_private_result(s) && seconds_left > 0 ? seconds_left : 0;
	if (s->result_seconds_left == left)
		return false;
	s->result_seconds_left = left;
	return true;
}

bool kiosk_notify(kiosk_state_t *s, const char *text)
{
	if (!text || !*text || kiosk_typing(s) || s->overlay != KO_NONE || s->notice[0])
		return false;
	str_copy(s->notice, sizeof s->notice, text);
	return true;
}

bool kiosk_unnotify(kiosk_state_t *s, const char *text)
{
	if (!text || !s->notice[0] || strcmp(s->notice, text) != 0)
		return false;
	s->notice[0] = 0;
	return true;
}

void kiosk_look(kiosk_state_t *s, bool large_text, bool high_contrast)
{
	s->large_text = large_text;
	s->high_contrast = high_contrast;
}

static void go(kiosk_state_t *s, kiosk_screen_t to)
{
	s->screen = to;
	s->notice[0] = 0;
	s->overlay = KO_NONE;
}

static void back(kiosk_state_t *s)
{
	switch (s->screen) {
	case KS_TOPIC:
		s->topic_id[0] = 0;
		go(s, KS_ASK);
		break;
	case KS_QUESTION:
	case KS_QUESTION_SENT:
	case KS_NUMBER:
	case KS_ANSWERS:
		kb_start(s, 0, false);
		s->number = 0;
		go(s, s->topic_id[0] ? KS_TOPIC : KS_ASK);
		break;
	case KS_GROUP:
		s->group_id[0] = 0;
		go(s, KS_GROUPS);
		break;
	case KS_SIGNUP:
	case KS_SIGNED_UP:
	case KS_CANCEL:
	case KS_CANCELLED:
		kb_start(s, 0, false);
		s->session_id[0] = 0;
		memset(s->cancel_code, 0, sizeof s->cancel_code);
		s->waiting = false;
		s->waiting_position = 0;
		go(s, s->group_id[0] ? KS_GROUP : KS_GROUPS);
		break;
	case KS_IDEA:
	case KS_IDEA_SENT:
		kb_start(s, 0, false);
		go(s, KS_GROUPS);
		break;
	case KS_SERVICES:
		if (!s->search_open) {
			clear_sub(s);
			go(s, KS_TODAY);
		}
		s->search_open = false; /* first the keyboard goes */
		break;
	case KS_PERSON:
		s->person_id[0] = 0;
		go(s, s->person_from == KS_TOPIC && s->topic_id[0] ? KS_TOPIC : KS_TODAY);
		break;
	case KS_SERVICE:
		/* Back to the results: the search text stays. */
		s->service_id[0] = 0;
		go(s, KS_SERVICES);
		break;
	default:
		clear_sub(s);
		go(s, KS_TODAY);
		break;
	}
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\n' && *s != '\t')
			return false;
	return true;
}

static bool key(kiosk_state_t *s, const ui_action_t *a, ui_action_t *follow_up)
{
	int send = 0;
	const char *id = NULL;
	switch (s->screen) {
	case KS_QUESTION:
		send = KA_SEND_QUESTION;
		id = s->topic_id;
		break;
	case KS_SIGNUP:
		send = KA_SEND_SIGNUP;
		id = s->session_id;
		break;
	case KS_CANCEL:
		send = KA_SEND_CANCEL;
		break;
	case KS_IDEA:
		send = KA_SEND_IDEA;
		break;
	case KS_SERVICES:
		break;
	default:
		return false; /* no keyboard on this screen */
	}
	int r = ui_kb_apply(&s->kb, a);
	if (r == UI_KB_EDITED)
		s->notice[0] = 0; /* "pick another nickname" goes once they edit */
	if (r != UI_KB_SUBMIT)
		return true;
	if (s->screen == KS_SERVICES) {
		s->search_open = false; /* the action key is "Search": show the results */
		return true;
	}
	if (follow_up && !blank(s->kb.text))
		ui_act(follow_up, send, 0, id);
	return true;
}

bool kiosk_reduce(kiosk_state_t *s, const ui_action_t *a, ui_action_t *follow_up)
{
	if (follow_up)
		memset(follow_up, 0, sizeof *follow_up);
	if (a->kind == UI_ACT_KEY)
		return key(s, a, follow_up);
	switch (a->kind) {
	case KA_NAV:
		if (a->arg < 0 || a->arg >= KS_SCREEN_COUNT)
			return false;
		clear_sub(s);
		go(s, (kiosk_screen_t)a->arg);
		if (s->screen == KS_SERVICES)
			kb_start(s, KIOSK_SEARCH_MAX, false);
		return true;
	case KA_BACK:
		back(s);
		return true;
	case KA_LANG:
		if (!a->id[0] || strlen(a->id) >= sizeof s->lang)
			return false;
		strcpy(s->lang, a->id);
		s->kb.layout = ui_kb_layout_for(s->lang);
		s->kb.latin = false;
		s->kb.page = 0;
		s->notice[0] = 0; /* notices are in the old language */
		if (s->overlay == KO_LANGS)
			s->overlay = KO_NONE;
		return true;
	case KA_LANGS:
		s->overlay = KO_LANGS;
		return true;
	case KA_OPEN_TOPIC:
		SET_ID(s->topic_id, a->id);
		kb_start(s, 0, false);
		go(s, KS_TOPIC);
		return true;
	case KA_ASK:
		if (a->id[0])
			SET_ID(s->topic_id, a->id);
		kb_start(s, KIOSK_QUESTION_MAX, true);
		go(s, KS_QUESTION);
		return true;
	case KA_ANSWERS:
		if (a->id[0])
			SET_ID(s->topic_id, a->id);
		go(s, KS_ANSWERS);
		return true;
	case KA_OPEN_GROUP:
		SET_ID(s->group_id, a->id);
		s->session_id[0] = 0;
		kb_start(s, 0, false);
		go(s, KS_GROUP);
		return true;
	case KA_SIGNUP:
		SET_ID(s->session_id, a->id);
		kb_start(s, KIOSK_NICK_MAX, true);
		go(s, KS_SIGNUP);
		return true;
	case KA_CANCEL_START:
		kb_start(s, KIOSK_CODE_MAX, false);
		s->kb.shift = true; /* codes are capitals and digits */
		go(s, KS_CANCEL);
		return true;
	case KA_IDEA_START:
		kb_start(s, KIOSK_IDEA_MAX, true);
		go(s, KS_IDEA);
		return true;
	case KA_OPEN_SERVICE:
		SET_ID(s->service_id, a->id);
		s->search_open = false;
		go(s, KS_SERVICE);
		return true;
	case KA_SEARCH_FOCUS:
		if (s->kb.max_len != KIOSK_SEARCH_MAX) {
			kb_start(s, KIOSK_SEARCH_MAX, false);
		}
		s->search_open = true;
		return true;
	case KA_SEARCH_CLEAR:
		ui_kb_clear(&s->kb);
		return true;
	case KA_HELP:
		s->overlay = KO_HELP;
		return true;
	case KA_CLOSE_OVERLAY:
		s->overlay = KO_NONE;
		s->notice[0] = 0;
		return true;
	case KA_STILL_HERE:
		s->idle_warning = false;
		s->idle_seconds_left = 0;
		return true;
	case KA_OPEN_PERSON:
		if (!a->id[0])
			return false;
		s->person_from = s->screen == KS_TOPIC ? KS_TOPIC : KS_TODAY;
		SET_ID(s->person_id, a->id);
		go(s, KS_PERSON);
		return true;
	case KA_ACCESS:
		s->overlay = KO_ACCESS;
		return true;
	case KA_FEEDBACK:
		s->feedback_given = a->arg >= 1 && a->arg <= 3;
		return true;
	case KA_TOGGLE_LARGE:
		s->large_text = !s->large_text;
		return true;
	case KA_TOGGLE_CONTRAST:
		s->high_contrast = !s->high_contrast;
		return true;
	case KA_WEEK_PAGE:
		s->week_page = a->arg == 2 ? 2 : 1;
		s->week_offset = 0;
		return true;
	case KA_SCROLL_DAY:
		s->week_offset = a->arg < 0 || a->arg > 7 ? 0 : (int)a->arg;
		return true;
	default:
		return false; /* writes: the app's part */
	}
}

void kiosk_written(kiosk_state_t *s, const kiosk_result_t *r)
{
	if (!r->ok) {
		str_copy(s->notice, sizeof s->notice, r->notice ? r->notice : "");
		if (r->crisis)
			s->overlay = KO_CRISIS;
		return;
	}
	switch (r->kind) {
	case KA_TAKE_NUMBER:
		go(s, KS_NUMBER);
		s->number = r->number;
		break;
	case KA_SEND_QUESTION:
		ui_kb_clear(&s->kb);
		go(s, KS_QUESTION_SENT);
		break;
	case KA_SEND_SIGNUP:
		ui_kb_clear(&s->kb);
		go(s, KS_SIGNED_UP);
		if (r->session_id)
			str_copy(s->session_id, sizeof s->session_id, r->session_id);
		str_copy(s->cancel_code, sizeof s->cancel_code,
			 r->cancel_code ? r->cancel_code : "");
		s->waiting = r->waiting;
		s->waiting_position = r->waiting_position;
		break;
	case KA_SEND_CANCEL:
		ui_kb_clear(&s->kb);
		go(s, KS_CANCELLED);
		break;
	case KA_SEND_IDEA:
		ui_kb_clear(&s->kb);
		go(s, KS_IDEA_SENT);
		break;
	default:
		break;
	}
	if (r->crisis)
		s->overlay = KO_CRISIS; /* over the result screen (go() cleared it) */
}
