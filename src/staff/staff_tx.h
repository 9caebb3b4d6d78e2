/*
 * staff_tx: staff mode's own words (staff_tx.c, the translations in
 * assets/po). Staff mode speaks the visitor's language when its staff
 * words there are reviewed (fi, sv, en, or a site's own in ui_texts.csv),
 * else the site's default language, else Finnish: a youth worker who opens
 * staff mode after an Arabic-speaking visitor gets Finnish, not a machine
 * draft. Printf-style entries keep the same conversions in every language
 * (tests/test_staff_screens.c checks it).
 */
#ifndef OVI_STAFF_STAFF_TX_H
#define OVI_STAFF_STAFF_TX_H

#include "core/tr.h"

#include <stdbool.h>

typedef enum {
	S_STAFF_MODE,
	S_LEAVE,
	S_TAB_TODAY,
	S_TAB_QUEUE,
	S_TAB_QUESTIONS,
	S_TAB_GROUPS,
	S_TAB_CONTENT,
	S_TAB_CLOCK,
	S_TAB_IDEAS,
	S_IDEAS_NEW,
	S_IDEAS_TAKEN,
	S_IDEAS_PUBLISHED,
	S_IDEAS_EMPTY,
	S_PUBLISH_IDEA,
	S_UNPUBLISH_IDEA,
	S_IDEAS_NOTE,
	S_PIN_TITLE,
	S_PIN_HINT,
	S_PIN_WRONG,
	S_PIN_LOCKED,
	S_PIN_OK,
	S_PIN_ERASE,
	S_CANCEL,
	S_SEC_NOW,
	S_SEC_LATER,
	S_SEC_AWAY,
	S_NOBODY,
	S_ADD_WALKIN,
	S_HERE,
	S_LATE,
	S_AWAY,
	S_LEAVES,
	S_PLANNED,
	S_REMOVE,
	S_ST_LATE,
	S_ST_LEAVES,
	S_ST_HERE,
	S_ST_AWAY,
	S_ST_WALKIN,
	S_ST_EXTRA,
	S_TIME_LATE,
	S_TIME_LEAVES,
	S_TIME_PLANNED,
	S_MIN_LATER,
	S_SAVE,
	S_WALKIN_TITLE,
	S_PICK_PERSON,
	S_OR_VISITOR,
	S_VISITOR_PH,
	S_FROM,
	S_UNTIL,
	S_ROOM,
	S_ROOM_PH,
	S_ADD,
	S_TYPED_DONE,
	S_QUEUE_TITLE,
	S_QUEUE_EMPTY,
	S_CALL,
	S_CALL_AGAIN,
	S_DONE,
	S_NO_SHOW,
	S_TAKEN_AT,
	S_CALLED_AT,
	S_HANDLED,
	S_REQUEUE,
	S_NO_TOPIC,
	S_Q_TITLE,
	S_Q_EMPTY,
	S_CRISIS_FLAG,
	S_ANSWER,
	S_HIDE,
	S_ASKED_AT,
	S_ANSWER_PH,
	S_ANSWER_NOTE,
	S_PUBLISH,
	S_G_TITLE,
	S_G_EMPTY,
	S_PLACES,
	S_WAITING_N,
	S_CANCELLED,
	S_CLOSED,
	S_CANCEL_SESSION,
	S_RESTORE_SESSION,
	S_CLOSE_SIGNUPS,
	S_OPEN_SIGNUPS,
	S_SIGNED_UP,
	S_WAITLIST,
	S_NO_SIGNUPS,
	S_WAIT_POS,
	S_NICK_NOTE,
	S_IDEAS,
	S_ACCEPT,
	S_BACK,
	S_C_CURRENT,
	S_C_NONE,
	S_C_SITE,
	S_C_SERIAL,
	S_C_KEY,
	S_C_CREATED,
	S_C_IMPORTED,
	S_C_SOURCE,
	S_C_HELD,   /* label */
	S_C_HELD_V, /* "%s": the serial rolled back from */
	S_C_UNSIGNED,
	S_C_LAST,
	S_C_OK,
	S_C_FAILED,
	S_C_NO_IMPORT,
	S_IMPORT,
	S_ROLLBACK,
	S_EXPORT,
	S_NO_STICK,
	S_BUSY,
	S_PINS_BTN,
	S_LOG,
	S_CLK_TITLE,
	S_CLK_BEHIND,
	S_CLK_NOW,
	S_YEAR,
	S_MONTH,
	S_DAY,
	S_HOUR,
	S_MINUTE,
	S_SET_CLOCK,
	S_CLK_FROM_BUNDLE,
	S_PINS_TITLE,
	S_RENAME,
	S_LABEL_PH,
	S_PINS_NOTE,
	S_NO_PINS,
	S_CONFIRM_CANCEL,
	S_CONFIRM_REMOVE,
	S_CONFIRM_HIDE,
	S_CONFIRM_ROLLBACK,
	S_CLOSE,
	S_IDLE,
	S_SHOW_QUESTION, /* a collapsed question opens */
	S_SHOW_NICKS,	 /* the sign-ups' nicknames open */
	S_HIDE_NICKS,
	S_NICKS_HIDDEN, /* "%d nicknames, hidden" */
	S_DIMMED,	/* staff mode after 30 s: "touch to continue" */
	S_DIMMED_SUB,
	S_CONTINUE,
	S_MIN,
	S_SEC,
	S_COUNT
} staff_text_t;

/* The key of a word (its context and English msgid), for the
 * completeness test; NULL out of range. */
const tr_key_t *staff_tx_key(staff_text_t id);
/* Whether staff mode's words are there, reviewed, in lang. */
bool staff_tx_speaks(const char *lang);
/* The language staff mode opens in, after a visitor's and with the site's
 * default (see above). */
const char *staff_tx_lang(const char *visitor, const char *site_default);

/* The text in lang (fi, sv, en; others fall back to en). Never NULL. Static. */
const char *staff_tx(const char *lang, staff_text_t id);
/* A word with a number in its form for n (S_IDLE). */
const char *staff_tx_n(const char *lang, staff_text_t id, long n);

/* A staff log entry's action ("queue_call", model_staff_log()) in words:
 * "kutsui numeron". An action this table does not know is shown as it is. */
const char *staff_tx_action(const char *lang, const char *action);

#endif
