/*
 * Staff mode's words (English here, each under its key; the other
 * languages in assets/po). Plain and short, as a colleague would write them on a
 * note at the desk; the confirmations say what young people will see.
 */
#include "staff/staff_tx.h"

#include "core/tr.h"

#include <stdlib.h>
#include <string.h>

/* The English words, each under its key; every other language comes from
 * its catalogue in assets/po (msgctxt: the key), word by word. */
static const tr_key_t keys[S_COUNT] = {
	[S_STAFF_MODE] = NC_("S_STAFF_MODE", "Staff mode"),
	[S_LEAVE] = NC_("S_LEAVE", "Leave"),
	[S_TAB_TODAY] = NC_("S_TAB_TODAY", "Today"),
	[S_TAB_QUEUE] = NC_("S_TAB_QUEUE", "Queue"),
	[S_TAB_QUESTIONS] = NC_("S_TAB_QUESTIONS", "Questions"),
	[S_TAB_GROUPS] = NC_("S_TAB_GROUPS", "Groups"),
	[S_TAB_CONTENT] = NC_("S_TAB_CONTENT", "Content"),
	[S_TAB_CLOCK] = NC_("S_TAB_CLOCK", "Clock"),
	[S_TAB_IDEAS] = NC_("S_TAB_IDEAS", "Ideas"),
	[S_IDEAS_NEW] = NC_("S_IDEAS_NEW", "New ideas"),
	[S_IDEAS_TAKEN] = NC_("S_IDEAS_TAKEN", "Taken up"),
	[S_IDEAS_PUBLISHED] = NC_("S_IDEAS_PUBLISHED", "Shown to young people: being planned"),
	[S_IDEAS_EMPTY] = NC_("S_IDEAS_EMPTY", "No group ideas right now."),
	[S_PUBLISH_IDEA] = NC_("S_PUBLISH_IDEA", "Publish"),
	[S_UNPUBLISH_IDEA] = NC_("S_UNPUBLISH_IDEA", "Take down"),
	[S_IDEAS_NOTE] = NC_(
		"S_IDEAS_NOTE",
		"A published idea shows on the Groups page, anonymously, under \"Being planned\"."),
	[S_PIN_TITLE] = NC_("S_PIN_TITLE", "Staff PIN"),
	[S_PIN_HINT] = NC_("S_PIN_HINT", "Enter your PIN."),
	[S_PIN_WRONG] = NC_("S_PIN_WRONG", "Wrong PIN. Try again."),
	[S_PIN_LOCKED] = NC_("S_PIN_LOCKED", "Too many wrong tries. Wait %s."),
	[S_PIN_OK] = NC_("S_PIN_OK", "Open"),
	[S_PIN_ERASE] = NC_("S_PIN_ERASE", "Erase"),
	[S_CANCEL] = NC_("S_CANCEL", "Cancel"),
	[S_SEC_NOW] = NC_("S_SEC_NOW", "On site now"),
	[S_SEC_LATER] = NC_("S_SEC_LATER", "Later today"),
	[S_SEC_AWAY] = NC_("S_SEC_AWAY", "Not coming today"),
	[S_NOBODY] = NC_("S_NOBODY", "Nobody is in the calendar today."),
	[S_ADD_WALKIN] = NC_("S_ADD_WALKIN", "Add walk-in"),
	[S_HERE] = NC_("S_HERE", "Here"),
	[S_LATE] = NC_("S_LATE", "Late"),
	[S_AWAY] = NC_("S_AWAY", "Away today"),
	[S_LEAVES] = NC_("S_LEAVES", "Leaves at"),
	[S_PLANNED] = NC_("S_PLANNED", "As planned"),
	[S_REMOVE] = NC_("S_REMOVE", "Remove"),
	[S_ST_LATE] = NC_("S_ST_LATE", "arrives at %s"),
	[S_ST_LEAVES] = NC_("S_ST_LEAVES", "leaves at %s"),
	[S_ST_HERE] = NC_("S_ST_HERE", "marked in"),
	[S_ST_AWAY] = NC_("S_ST_AWAY", "not coming today"),
	[S_ST_WALKIN] = NC_("S_ST_WALKIN", "walk-in"),
	[S_ST_EXTRA] = NC_("S_ST_EXTRA", "extra visit"),
	[S_TIME_LATE] = NC_("S_TIME_LATE", "When does %s arrive?"),
	[S_TIME_LEAVES] = NC_("S_TIME_LEAVES", "When does %s leave?"),
	[S_TIME_PLANNED] = NC_("S_TIME_PLANNED", "In the calendar %s"),
	[S_MIN_LATER] = NC_("S_MIN_LATER", "+%d min"),
	[S_SAVE] = NC_("S_SAVE", "Save"),
	[S_WALKIN_TITLE] = NC_("S_WALKIN_TITLE", "Add a walk-in for today"),
	[S_PICK_PERSON] = NC_("S_PICK_PERSON", "Pick a person"),
	[S_OR_VISITOR] = NC_("S_OR_VISITOR", "…or type a visitor's name"),
	[S_VISITOR_PH] = NC_("S_VISITOR_PH", "Visitor's name"),
	[S_FROM] = NC_("S_FROM", "From"),
	[S_UNTIL] = NC_("S_UNTIL", "Until"),
	[S_ROOM] = NC_("S_ROOM", "Room"),
	[S_ROOM_PH] = NC_("S_ROOM_PH", "Type a room"),
	[S_ADD] = NC_("S_ADD", "Add"),
	[S_TYPED_DONE] = NC_("S_TYPED_DONE", "Done"),
	[S_QUEUE_TITLE] = NC_("S_QUEUE_TITLE", "Waiting"),
	[S_QUEUE_EMPTY] = NC_("S_QUEUE_EMPTY", "Nobody is waiting."),
	[S_CALL] = NC_("S_CALL", "Call"),
	[S_CALL_AGAIN] = NC_("S_CALL_AGAIN", "Call again"),
	[S_DONE] = NC_("S_DONE", "Done"),
	[S_NO_SHOW] = NC_("S_NO_SHOW", "No-show"),
	[S_TAKEN_AT] = NC_("S_TAKEN_AT", "taken %s"),
	[S_CALLED_AT] = NC_("S_CALLED_AT", "called %s"),
	[S_HANDLED] = NC_("S_HANDLED", "Handled"),
	[S_REQUEUE] = NC_("S_REQUEUE", "Back to queue"),
	[S_NO_TOPIC] = NC_("S_NO_TOPIC", "No topic"),
	[S_Q_TITLE] = NC_("S_Q_TITLE", "Pending questions"),
	[S_Q_EMPTY] = NC_("S_Q_EMPTY", "No new questions."),
	[S_CRISIS_FLAG] = NC_("S_CRISIS_FLAG", "Crisis word – read first"),
	[S_ANSWER] = NC_("S_ANSWER", "Answer"),
	[S_HIDE] = NC_("S_HIDE", "Hide"),
	[S_ASKED_AT] = NC_("S_ASKED_AT", "asked %s"),
	[S_ANSWER_PH] = NC_("S_ANSWER_PH", "Write the answer…"),
	[S_ANSWER_NOTE] = NC_("S_ANSWER_NOTE", "The question and the answer are published "
					       "anonymously with the topic's answered questions."),
	[S_PUBLISH] = NC_("S_PUBLISH", "Publish"),
	[S_G_TITLE] = NC_("S_G_TITLE", "Group sessions"),
	[S_G_EMPTY] = NC_("S_G_EMPTY", "No upcoming sessions."),
	[S_PLACES] = NC_("S_PLACES", "%d/%d places"),
	[S_WAITING_N] = NC_("S_WAITING_N", "%d waiting"),
	[S_CANCELLED] = NC_("S_CANCELLED", "Cancelled"),
	[S_CLOSED] = NC_("S_CLOSED", "Sign-up closed"),
	[S_CANCEL_SESSION] = NC_("S_CANCEL_SESSION", "Cancel session"),
	[S_RESTORE_SESSION] = NC_("S_RESTORE_SESSION", "Restore session"),
	[S_CLOSE_SIGNUPS] = NC_("S_CLOSE_SIGNUPS", "Close sign-up"),
	[S_OPEN_SIGNUPS] = NC_("S_OPEN_SIGNUPS", "Open sign-up"),
	[S_SIGNED_UP] = NC_("S_SIGNED_UP", "Signed up"),
	[S_WAITLIST] = NC_("S_WAITLIST", "Waiting list"),
	[S_NO_SIGNUPS] = NC_("S_NO_SIGNUPS", "Nobody has signed up yet."),
	[S_WAIT_POS] = NC_("S_WAIT_POS", "waiting %d"),
	[S_NICK_NOTE] = NC_("S_NICK_NOTE", "Nicknames are shown to staff only."),
	[S_IDEAS] = NC_("S_IDEAS", "Group ideas"),
	[S_ACCEPT] = NC_("S_ACCEPT", "Take up"),
	[S_BACK] = NC_("S_BACK", "Back"),
	[S_C_CURRENT] = NC_("S_C_CURRENT", "Current content"),
	[S_C_NONE] = NC_("S_C_NONE", "No content has been imported yet."),
	[S_C_SITE] = NC_("S_C_SITE", "Site"),
	[S_C_SERIAL] = NC_("S_C_SERIAL", "Serial"),
	[S_C_KEY] = NC_("S_C_KEY", "Signing key"),
	[S_C_CREATED] = NC_("S_C_CREATED", "Created"),
	[S_C_IMPORTED] = NC_("S_C_IMPORTED", "Imported"),
	[S_C_SOURCE] = NC_("S_C_SOURCE", "Source"),
	[S_C_HELD] = NC_("S_C_HELD", "Held"),
	[S_C_HELD_V] = NC_("S_C_HELD_V",
			   "Version %s was rolled back: only a newer version replaces this one"),
	[S_C_UNSIGNED] = NC_("S_C_UNSIGNED", "UNSIGNED – for development only"),
	[S_C_LAST] = NC_("S_C_LAST", "Last import"),
	[S_C_OK] = NC_("S_C_OK", "Succeeded"),
	[S_C_FAILED] = NC_("S_C_FAILED", "Rejected"),
	[S_C_NO_IMPORT] = NC_("S_C_NO_IMPORT", "No import has been tried yet."),
	[S_IMPORT] = NC_("S_IMPORT", "Import from stick now"),
	[S_ROLLBACK] = NC_("S_ROLLBACK", "Roll back"),
	[S_EXPORT] = NC_("S_EXPORT", "Export to stick"),
	[S_NO_STICK] = NC_("S_NO_STICK", "Insert a USB stick."),
	[S_BUSY] = NC_("S_BUSY", "One moment, working…"),
	[S_PINS_BTN] = NC_("S_PINS_BTN", "Staff PINs"),
	[S_LOG] = NC_("S_LOG", "Staff log"),
	[S_CLK_TITLE] = NC_("S_CLK_TITLE", "Set the date and time"),
	[S_CLK_BEHIND] =
		NC_("S_CLK_BEHIND",
		    "The clock is behind: the content was created %s. Check the date and time."),
	[S_CLK_NOW] = NC_("S_CLK_NOW", "Clock now %s"),
	[S_YEAR] = NC_("S_YEAR", "Year"),
	[S_MONTH] = NC_("S_MONTH", "Month"),
	[S_DAY] = NC_("S_DAY", "Day"),
	[S_HOUR] = NC_("S_HOUR", "Hour"),
	[S_MINUTE] = NC_("S_MINUTE", "Minute"),
	[S_SET_CLOCK] = NC_("S_SET_CLOCK", "Set the clock"),
	[S_CLK_FROM_BUNDLE] = NC_("S_CLK_FROM_BUNDLE", "Content's date"),
	[S_PINS_TITLE] = NC_("S_PINS_TITLE", "PIN labels"),
	[S_RENAME] = NC_("S_RENAME", "Rename"),
	[S_LABEL_PH] = NC_("S_LABEL_PH", "New label"),
	[S_PINS_NOTE] =
		NC_("S_PINS_NOTE", "The label is written in the log with every action. New PINs "
				   "come with the site pack or the command ovi staff-pin add."),
	[S_NO_PINS] = NC_("S_NO_PINS", "No PINs."),
	[S_CONFIRM_CANCEL] =
		NC_("S_CONFIRM_CANCEL", "Cancel %s? The youth screens will say it is cancelled."),
	[S_CONFIRM_REMOVE] =
		NC_("S_CONFIRM_REMOVE",
		    "Remove %s from the list? The first on the waiting list gets the place."),
	[S_CONFIRM_HIDE] = NC_("S_CONFIRM_HIDE", "Hide the question? It will not be published."),
	[S_CONFIRM_ROLLBACK] = NC_("S_CONFIRM_ROLLBACK", "Go back to the previous content?"),
	[S_CLOSE] = NC_("S_CLOSE", "Close"),
	[S_IDLE] = NCP_("S_IDLE", "Staff mode closes in %d second.",
			"Staff mode closes in %d seconds."),
	[S_SHOW_QUESTION] = NC_("S_SHOW_QUESTION", "Show question"),
	[S_SHOW_NICKS] = NC_("S_SHOW_NICKS", "Show nicknames"),
	[S_HIDE_NICKS] = NC_("S_HIDE_NICKS", "Hide nicknames"),
	[S_NICKS_HIDDEN] =
		NC_("S_NICKS_HIDDEN",
		    "Nicknames are hidden so that someone standing next to you cannot read them."),
	[S_DIMMED] = NC_("S_DIMMED", "Staff mode"),
	[S_DIMMED_SUB] = NC_("S_DIMMED_SUB", "Touch to continue"),
	[S_CONTINUE] = NC_("S_CONTINUE", "Continue"),
	[S_MIN] = NC_("S_MIN", "%d min"),
	[S_SEC] = NC_("S_SEC", "%d s"),
};

const char *staff_tx(const char *lang, staff_text_t id)
{
	if ((int)id < 0 || id >= S_COUNT)
		return "";
	return tr_key(lang, &keys[id]);
}

const char *staff_tx_n(const char *lang, staff_text_t id, long n)
{
	if ((int)id < 0 || id >= S_COUNT)
		return "";
	return tr_key_n(lang, &keys[id], n);
}

bool staff_tx_speaks(const char *lang)
{
	if (!lang || !*lang)
		return false;
	if (!strcmp(lang, "en"))
		return true;
	/* Staff mode's title stands for its words: a site that gives it in
	 * its ui_texts.csv gives staff mode, a catalogue has all or none. */
	const tr_key_t *k = &keys[S_STAFF_MODE];
	if (tr_site_get(k->ctx, lang))
		return true;
	return tr_has(lang, k->ctx, k->id) && !tr_unreviewed(lang, k->ctx, k->id);
}

const char *staff_tx_lang(const char *visitor, const char *site_default)
{
	if (staff_tx_speaks(visitor))
		return visitor;
	if (staff_tx_speaks(site_default))
		return site_default;
	return "fi";
}

const tr_key_t *staff_tx_key(staff_text_t id)
{
	return (int)id >= 0 && id < S_COUNT ? &keys[id] : NULL;
}

/* Sorted by code (bsearch). Each phrase reads before the entry's detail:
 * "called number 16", "late jussi 12:30". */
static const struct action_text {
	const char *code;
	tr_key_t k;
} actions[] = {
	{"away", NC_("LOG_AWAY", "away:")},
	{"clock_set", NC_("LOG_CLOCK_SET", "set the clock:")},
	{"enter", NC_("LOG_ENTER", "signed in")},
	{"export_usb", NC_("LOG_EXPORT_USB", "exported to the stick:")},
	{"here", NC_("LOG_HERE", "here:")},
	{"idea_accept", NC_("LOG_IDEA_ACCEPT", "took up an idea:")},
	{"idea_hide", NC_("LOG_IDEA_HIDE", "hid an idea:")},
	{"idea_publish", NC_("LOG_IDEA_PUBLISH", "published an idea:")},
	{"idea_unpublish", NC_("LOG_IDEA_UNPUBLISH", "unpublished an idea:")},
	{"idle_leave", NC_("LOG_IDLE_LEAVE", "signed out (idle)")},
	{"import_usb", NC_("LOG_IMPORT_USB", "imported from the stick:")},
	{"late", NC_("LOG_LATE", "late:")},
	{"leave", NC_("LOG_LEAVE", "signed out")},
	{"leaves", NC_("LOG_LEAVES", "leaves:")},
	{"pin_add", NC_("LOG_PIN_ADD", "added a PIN:")},
	{"pin_label", NC_("LOG_PIN_LABEL", "renamed a PIN:")},
	{"pin_remove", NC_("LOG_PIN_REMOVE", "removed a PIN:")},
	{"pin_rename", NC_("LOG_PIN_RENAME", "renamed a PIN:")},
	{"pin_wrong", NC_("LOG_PIN_WRONG", "wrong PIN")},
	{"planned", NC_("LOG_PLANNED", "as planned:")},
	{"question_hide", NC_("LOG_QUESTION_HIDE", "hid a question")},
	{"question_publish", NC_("LOG_QUESTION_PUBLISH", "published a question")},
	{"queue_call", NC_("LOG_QUEUE_CALL", "called number")},
	{"queue_done", NC_("LOG_QUEUE_DONE", "done: number")},
	{"queue_noshow", NC_("LOG_QUEUE_NOSHOW", "no-show: number")},
	{"queue_requeue", NC_("LOG_QUEUE_REQUEUE", "back in the queue: number")},
	{"rollback", NC_("LOG_ROLLBACK", "went back to the previous content:")},
	{"session_cancel", NC_("LOG_SESSION_CANCEL", "cancelled the session")},
	{"session_restore", NC_("LOG_SESSION_RESTORE", "restored the session")},
	{"signup_remove", NC_("LOG_SIGNUP_REMOVE", "removed the sign-up")},
	{"signups_close", NC_("LOG_SIGNUPS_CLOSE", "closed sign-ups:")},
	{"signups_open", NC_("LOG_SIGNUPS_OPEN", "opened sign-ups:")},
	{"walkin", NC_("LOG_WALKIN", "added a visitor:")},
};

static int action_cmp(const void *key, const void *e)
{
	return strcmp(key, ((const struct action_text *)e)->code);
}

const char *staff_tx_action(const char *lang, const char *action)
{
	if (!action)
		return "";
	const struct action_text *a = bsearch(action, actions, sizeof actions / sizeof actions[0],
					      sizeof actions[0], action_cmp);
	if (!a)
		return action;
	return tr_key(lang, &a->k);
}
