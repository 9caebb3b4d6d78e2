/*
 * tx: the kiosk's own words (buttons, headings, messages). Content texts
 * come translated in the bundle; these are the frame around them, in every
 * language that has a catalogue in assets/po (fi, sv; English is the
 * source), word by word falling back to English.
 *
 * Tone (shared/design): speak to a young person as a friendly peer would,
 * and say what happens to their data right where they type.
 */
#ifndef OVI_YOUTH_TX_H
#define OVI_YOUTH_TX_H

#include <stdbool.h>

#include "core/tr.h"

typedef enum {
	T_TODAY,
	T_WEEK,
	T_ASK,
	T_GROUPS,
	T_SERVICES,	/* the bottom bar */
	T_OPEN_TODAY,	/* "Auki tänään %s–%s" */
	T_CLOSED_TODAY, /* "Suljettu tänään" */
	T_CLOSED_NOW,	/* "Suljettu nyt" / opens at */
	T_NOW_ON_SITE,
	T_LATER_TODAY,
	T_GROUPS_TODAY,
	T_NOBODY_NOW,
	T_UNTIL,   /* "–%s" */
	T_ARRIVES, /* "saapuu %s" */
	T_AWAY_TODAY,
	T_PLACES_LEFT, /* "%d paikkaa" (plural: tx_n()) */
	T_FULL_QUEUE,  /* "Täynnä · jono" */
	T_BACK,
	T_HELP_NOW,
	T_HELP_TITLE,
	T_CLOSE,
	T_CRISIS_TITLE, /* shown when a question contains a crisis word */
	T_CRISIS_TEXT,
	T_TAKE_NUMBER,
	T_TAKE_NUMBER_SUB,
	T_ASK_ANON,
	T_ASK_ANON_SUB,
	T_ANSWERED,
	T_ANSWERED_SUB,
	T_WHO_HELPS_TODAY,
	T_NOBODY_TOPIC_TODAY,
	T_YOUR_NUMBER, /* "Numerosi on" */
	T_NUMBER_HINT, /* "Staff will call your number..." */
	T_QUESTION_TITLE,
	T_QUESTION_PRIVACY,
	T_QUESTION_PLACEHOLDER,
	T_SEND,
	T_QUESTION_SENT,
	T_QUESTION_SENT_SUB,
	T_NO_ANSWERS,
	T_SIGNUP,
	T_JOIN_WAITLIST,
	T_NICK_TITLE,
	T_NICK_PRIVACY,
	T_NICK_PLACEHOLDER,
	T_NICK_BLOCKED,
	T_SIGNED_UP,
	T_ON_WAITLIST,
	T_YOUR_CODE,
	T_CODE_HINT,
	T_CANCEL_PLACE,
	T_CANCEL_TITLE,
	T_CANCEL_PLACEHOLDER,
	T_CANCEL_DO,
	T_CANCELLED,
	T_CODE_UNKNOWN,
	T_SUGGEST_IDEA,
	T_IDEA_TITLE,
	T_IDEA_PRIVACY,
	T_IDEA_PLACEHOLDER,
	T_IDEA_SENT,
	T_NO_SESSIONS,
	T_NEXT_SESSIONS,
	T_SEARCH,
	T_SEARCH_PLACEHOLDER,
	T_NO_RESULTS,
	T_NO_SERVICES,
	T_ON_SITE_WHEN,
	T_CONTACT,
	T_IDLE_TITLE,
	T_IDLE_TEXT, /* "%d": seconds left (plural) */
	T_STILL_HERE,
	T_RESULT_RETURN,
	T_FEEDBACK_ASK,
	T_FEEDBACK_BAD,
	T_FEEDBACK_OK,
	T_FEEDBACK_GOOD,
	T_FEEDBACK_THANKS,
	T_THIS_WEEK,
	T_NEXT_WEEK,
	T_IDEAS_PLANNED,
	T_READ_ALOUD,
	T_SPOKEN_UNTIL,
	T_ACCESS_TITLE,
	T_ACCESS_SUB,
	T_LARGE_TEXT,
	T_HIGH_CONTRAST,
	T_ON,
	T_OFF,
	T_PERSON_WHEN,
	T_PERSON_SPEAKS,
	T_PERSON_HELPS,
	T_PERSON_NOT_SOON,
	T_CLOSES_EARLY, /* "%s": the closing time, on a day with shortened hours */
	T_FIRST_NEXT,
	/* "%s %s": who comes first when the site next opens, and when */ /* "%d": seconds before a
									     code or a number leaves
									     the screen */
	T_NO_CONTENT,
	T_NO_CONTENT_SUB,
	T_CLOSED_DAY,
	T_CHANGED_HOURS,
	T_DONE,
	T_OK,
	T_LANG_NAME, /* "Suomi", "Svenska", "English" */
	/* Appended with the Today and Week screens. */
	T_LEAVES_AT,	/* "lähtee jo %s" */
	T_EXTRA_VISIT,	/* a slot from the dated exceptions: "Lisäkäynti" */
	T_AWAY,		/* a slot that is off: "Poissa" */
	T_NOBODY_TODAY, /* nobody in the calendar today */
	T_NO_SLOTS,	/* a week day that is open but has no visits */
	T_NEXT_OPEN,	/* the dimmed screen: "Seuraavan kerran auki" */
	T_TOMORROW,	/* "Huomenna" */
	T_TAP_TO_WAKE,
	T_HELP_SUB, /* under T_HELP_TITLE */
	T_WEEK_N,   /* "Viikko %d" (ISO week number) */
	T_NOW,	    /* "nyt" (lower case, e.g. "nyt – 14:00") */
	T_COUNT
} text_id_t;

/* The key of a word (its context and English msgid), for the
 * completeness test; NULL out of range. */
const tr_key_t *tx_key(text_id_t id);

/* The text in lang: from lang's catalogue, word by word English where it
 * has none. Never NULL. Static. */
const char *tx(const char *lang, text_id_t id);
/* A text with a number in it ("%d places left") in its form for n (one,
 * two, many: as many as lang has). */
const char *tx_n(const char *lang, text_id_t id, long n);

/* The language code's name in its own language, for a language button or
 * a person's language chip: the site's T_LANG_NAME in it (ui_texts.csv),
 * its catalogue's ("Suomi"), else
 * Ovi's list of languages (core/lang.h), else the code in capitals ("TI")
 * in buf. */
const char *tx_lang_name(const char *code, char *buf, int cap);

#endif
