/*
 * The kiosk's own words: English here, each under its key; Finnish,
 * Finland-Swedish and every other language in assets/po (tr_key()).
 *
 * Written to be said by a friendly peer, not an office: short sentences,
 * "sinä"/"du"/"you", and wherever someone types, what happens to what they
 * type. The printf-style entries keep the same conversions in the same order
 * in every language (tests/test_youth_kiosk.c checks it).
 */
#include "youth/tx.h"

#include "core/lang.h"
#include "core/timeutil.h"
#include "core/tr.h"

#include <stdio.h>
#include <string.h>

/* The English words, each under its key; every other language comes from
 * its catalogue in assets/po (msgctxt: the key), word by word. */
static const tr_key_t keys[T_COUNT] = {
	[T_TODAY] = NC_("T_TODAY", "Today"),
	[T_WEEK] = NC_("T_WEEK", "Week"),
	[T_ASK] = NC_("T_ASK", "Ask anything"),
	[T_GROUPS] = NC_("T_GROUPS", "Groups"),
	[T_SERVICES] = NC_("T_SERVICES", "Services"),
	[T_OPEN_TODAY] = NC_("T_OPEN_TODAY", "Open today %s–%s"),
	[T_CLOSED_TODAY] = NC_("T_CLOSED_TODAY", "Closed today"),
	[T_CLOSED_NOW] = NC_("T_CLOSED_NOW", "Closed now"),
	[T_NOW_ON_SITE] = NC_("T_NOW_ON_SITE", "Here now"),
	[T_LATER_TODAY] = NC_("T_LATER_TODAY", "Later today"),
	[T_GROUPS_TODAY] = NC_("T_GROUPS_TODAY", "Groups today"),
	[T_NOBODY_NOW] = NC_("T_NOBODY_NOW", "Nobody is here right now."),
	[T_UNTIL] = NC_("T_UNTIL", "–%s"),
	[T_ARRIVES] = NC_("T_ARRIVES", "arrives %s"),
	[T_AWAY_TODAY] = NC_("T_AWAY_TODAY", "Not here today"),
	[T_PLACES_LEFT] = NCP_("T_PLACES_LEFT", "%d place left", "%d places left"),
	[T_FULL_QUEUE] = NC_("T_FULL_QUEUE", "Full · waiting list"),
	[T_BACK] = NC_("T_BACK", "Back"),
	[T_HELP_NOW] = NC_("T_HELP_NOW", "Help now"),
	[T_HELP_TITLE] = NC_("T_HELP_TITLE", "Need help right now?"),
	[T_CLOSE] = NC_("T_CLOSE", "Close"),
	[T_CRISIS_TITLE] = NC_("T_CRISIS_TITLE", "You are not alone"),
	[T_CRISIS_TEXT] =
		NC_("T_CRISIS_TEXT",
		    "That sounds heavy. You don't have to be alone with it: you can reach these "
		    "people right now. You can also talk to any of the staff here."),
	[T_TAKE_NUMBER] = NC_("T_TAKE_NUMBER", "Take a number"),
	[T_TAKE_NUMBER_SUB] = NC_("T_TAKE_NUMBER_SUB", "No name. Staff will call your number."),
	[T_ASK_ANON] = NC_("T_ASK_ANON", "Ask anonymously"),
	[T_ASK_ANON_SUB] = NC_("T_ASK_ANON_SUB", "The answer appears on this screen."),
	[T_ANSWERED] = NC_("T_ANSWERED", "Answered questions"),
	[T_ANSWERED_SUB] = NC_("T_ANSWERED_SUB", "What others have asked"),
	[T_WHO_HELPS_TODAY] = NC_("T_WHO_HELPS_TODAY", "Who can help today"),
	[T_NOBODY_TOPIC_TODAY] =
		NC_("T_NOBODY_TOPIC_TODAY", "Nobody for this topic is here today. You can still "
					    "ask anonymously or take a number."),
	[T_YOUR_NUMBER] = NC_("T_YOUR_NUMBER", "Your number is"),
	[T_NUMBER_HINT] = NC_(
		"T_NUMBER_HINT",
		"Have a seat and relax: staff will call your number. Nobody will ask your name."),
	[T_QUESTION_TITLE] = NC_("T_QUESTION_TITLE", "Write your question"),
	[T_QUESTION_PRIVACY] =
		NC_("T_QUESTION_PRIVACY", "Only staff see your question. You don't give your name. "
					  "The answer may be published here without it."),
	[T_QUESTION_PLACEHOLDER] = NC_("T_QUESTION_PLACEHOLDER", "Ask anything…"),
	[T_SEND] = NC_("T_SEND", "Send"),
	[T_QUESTION_SENT] = NC_("T_QUESTION_SENT", "Question sent"),
	[T_QUESTION_SENT_SUB] = NC_(
		"T_QUESTION_SENT_SUB",
		"Thanks! When staff answer, you'll find it under this topic's answered questions."),
	[T_NO_ANSWERS] = NC_("T_NO_ANSWERS", "No answered questions yet. Be the first to ask!"),
	[T_SIGNUP] = NC_("T_SIGNUP", "Sign up"),
	[T_JOIN_WAITLIST] = NC_("T_JOIN_WAITLIST", "Join the waiting list"),
	[T_NICK_TITLE] = NC_("T_NICK_TITLE", "Type a nickname (no real name needed)"),
	[T_NICK_PRIVACY] =
		NC_("T_NICK_PRIVACY", "You'll get a cancel code. Your nickname isn't shown to "
				      "anyone else, and it's deleted after the group."),
	[T_NICK_PLACEHOLDER] = NC_("T_NICK_PLACEHOLDER", "Nickname"),
	[T_NICK_BLOCKED] =
		NC_("T_NICK_BLOCKED", "Could you pick another nickname? This one can't be used."),
	[T_SIGNED_UP] = NC_("T_SIGNED_UP", "You're in!"),
	[T_ON_WAITLIST] = NC_("T_ON_WAITLIST", "You're on the waiting list"),
	[T_YOUR_CODE] = NC_("T_YOUR_CODE", "Your cancel code"),
	[T_CODE_HINT] = NC_("T_CODE_HINT", "Take a photo of the code or write it down. With it you "
					   "can cancel your place on this screen."),
	[T_CANCEL_PLACE] = NC_("T_CANCEL_PLACE", "Cancel my place"),
	[T_CANCEL_TITLE] = NC_("T_CANCEL_TITLE", "Type your cancel code"),
	[T_CANCEL_PLACEHOLDER] = NC_("T_CANCEL_PLACEHOLDER", "Code"),
	[T_CANCEL_DO] = NC_("T_CANCEL_DO", "Cancel place"),
	[T_CANCELLED] = NC_("T_CANCELLED", "Your place is cancelled"),
	[T_CODE_UNKNOWN] =
		NC_("T_CODE_UNKNOWN", "That code doesn't match a sign-up. Could you check it?"),
	[T_SUGGEST_IDEA] = NC_("T_SUGGEST_IDEA", "Suggest a group"),
	[T_IDEA_TITLE] = NC_("T_IDEA_TITLE", "What group is missing?"),
	[T_IDEA_PRIVACY] = NC_("T_IDEA_PRIVACY", "Your idea goes to staff. You don't give your "
						 "name. Good ideas may be shared without it."),
	[T_IDEA_PLACEHOLDER] = NC_("T_IDEA_PLACEHOLDER", "E.g. board game night, gym buddies…"),
	[T_IDEA_SENT] = NC_("T_IDEA_SENT", "Thanks for the idea! Staff will read it."),
	[T_NO_SESSIONS] = NC_("T_NO_SESSIONS", "No upcoming sessions right now."),
	[T_NEXT_SESSIONS] = NC_("T_NEXT_SESSIONS", "Next sessions"),
	[T_SEARCH] = NC_("T_SEARCH", "Search"),
	[T_SEARCH_PLACEHOLDER] =
		NC_("T_SEARCH_PLACEHOLDER", "Search, e.g. housing, summer job, money…"),
	[T_NO_RESULTS] =
		NC_("T_NO_RESULTS", "Nothing found. Try another word, or ask the people here."),
	[T_NO_SERVICES] = NC_("T_NO_SERVICES", "No services have been added yet. Ask the people "
					       "here: they know where to find help."),
	[T_ON_SITE_WHEN] = NC_("T_ON_SITE_WHEN", "Here on site"),
	[T_CONTACT] = NC_("T_CONTACT", "Contact"),
	[T_IDLE_TITLE] = NC_("T_IDLE_TITLE", "Are you still there?"),
	[T_IDLE_TEXT] = NCP_("T_IDLE_TEXT",
			     "The screen starts over in %d second and anything typed is erased.",
			     "The screen starts over in %d seconds and anything typed is erased."),
	[T_STILL_HERE] = NC_("T_STILL_HERE", "I'm still here"),
	[T_RESULT_RETURN] = NCP_("T_RESULT_RETURN", "Back to the start in %d second",
				 "Back to the start in %d seconds"),
	[T_FEEDBACK_ASK] = NC_("T_FEEDBACK_ASK", "How was your visit?"),
	[T_FEEDBACK_BAD] = NC_("T_FEEDBACK_BAD", "Not good"),
	[T_FEEDBACK_OK] = NC_("T_FEEDBACK_OK", "Okay"),
	[T_FEEDBACK_GOOD] = NC_("T_FEEDBACK_GOOD", "Good"),
	[T_FEEDBACK_THANKS] = NC_("T_FEEDBACK_THANKS", "Thank you! Your answer is anonymous."),
	[T_THIS_WEEK] = NC_("T_THIS_WEEK", "This week"),
	[T_NEXT_WEEK] = NC_("T_NEXT_WEEK", "Next week"),
	[T_IDEAS_PLANNED] = NC_("T_IDEAS_PLANNED", "Being planned: your ideas"),
	[T_READ_ALOUD] = NC_("T_READ_ALOUD", "Read aloud"),
	[T_SPOKEN_UNTIL] = NC_("T_SPOKEN_UNTIL", "here until %s"),
	[T_ACCESS_TITLE] = NC_("T_ACCESS_TITLE", "Text size and colours"),
	[T_ACCESS_SUB] =
		NC_("T_ACCESS_SUB",
		    "Just for this visit: the screen goes back to normal when you are done."),
	[T_LARGE_TEXT] = NC_("T_LARGE_TEXT", "Larger text"),
	[T_HIGH_CONTRAST] = NC_("T_HIGH_CONTRAST", "Strong colours"),
	[T_ON] = NC_("T_ON", "on"),
	[T_OFF] = NC_("T_OFF", "off"),
	[T_PERSON_WHEN] = NC_("T_PERSON_WHEN", "On site"),
	[T_PERSON_SPEAKS] = NC_("T_PERSON_SPEAKS", "Speaks"),
	[T_PERSON_HELPS] = NC_("T_PERSON_HELPS", "You can ask about"),
	[T_PERSON_NOT_SOON] = NC_("T_PERSON_NOT_SOON", "Not on site this week or next."),
	[T_CLOSES_EARLY] = NC_("T_CLOSES_EARLY", "We close early today, at %s"),
	[T_FIRST_NEXT] = NC_("T_FIRST_NEXT", "First in: %s at %s"),
	[T_NO_CONTENT] = NC_("T_NO_CONTENT", "Welcome!"),
	[T_NO_CONTENT_SUB] =
		NC_("T_NO_CONTENT_SUB", "This screen is still waiting for its content. Ask the "
					"people here: they're happy to help."),
	[T_CLOSED_DAY] = NC_("T_CLOSED_DAY", "Closed"),
	[T_CHANGED_HOURS] = NC_("T_CHANGED_HOURS", "Changed hours"),
	[T_DONE] = NC_("T_DONE", "Done"),
	[T_OK] = NC_("T_OK", "OK"),
	/* TRANSLATORS: the name of this catalogue's language in itself (Suomi,
	 * Svenska, Українська): it labels the language's button. */
	[T_LANG_NAME] = NC_("T_LANG_NAME", "English"),
	[T_LEAVES_AT] = NC_("T_LEAVES_AT", "leaves at %s"),
	[T_EXTRA_VISIT] = NC_("T_EXTRA_VISIT", "Extra visit"),
	[T_AWAY] = NC_("T_AWAY", "Away"),
	[T_NOBODY_TODAY] =
		NC_("T_NOBODY_TODAY", "No visits planned today. You can still ask anonymously, or "
				      "check the week to see who comes when."),
	[T_NO_SLOTS] = NC_("T_NO_SLOTS", "No visits"),
	[T_NEXT_OPEN] = NC_("T_NEXT_OPEN", "Next open"),
	[T_TOMORROW] = NC_("T_TOMORROW", "Tomorrow"),
	[T_TAP_TO_WAKE] = NC_("T_TAP_TO_WAKE", "Touch the screen"),
	[T_HELP_SUB] =
		NC_("T_HELP_SUB",
		    "You can contact them without giving your name. In an emergency, call 112."),
	[T_WEEK_N] = NC_("T_WEEK_N", "Week %d"),
	[T_NOW] = NC_("T_NOW", "now"),
};

const char *tx(const char *lang, text_id_t id)
{
	if ((int)id < 0 || id >= T_COUNT)
		return "";
	return tr_key(lang, &keys[id]);
}

const char *tx_n(const char *lang, text_id_t id, long n)
{
	if ((int)id < 0 || id >= T_COUNT)
		return "";
	return tr_key_n(lang, &keys[id], n);
}

const tr_key_t *tx_key(text_id_t id)
{
	return (int)id >= 0 && id < T_COUNT ? &keys[id] : NULL;
}

const char *tx_lang_name(const char *code, char *buf, int cap)
{
	const tr_key_t *k = &keys[T_LANG_NAME];
	const char *site = tr_site_get(k->ctx, code);
	if (site)
		return site;
	if (code && tr_has(code, k->ctx, k->id))
		return tr_key(code, k);
	const char *name = lang_name(code);
	if (name)
		return name;
	if (cap <= 0)
		return "";
	int n = 0;
	for (const char *c = code ? code : ""; *c && n < cap - 1; c++)
		buf[n++] = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
	buf[n] = 0;
	return buf;
}
