/*
 * err: errors as values with a human message.
 *
 * Fallible functions return int: 0 on success, a negative OVI_E* code on
 * failure. The function that detects the failure also records a message
 * with err_set(), written for the person who has to act on it (a site
 * coordinator reading a report on a USB stick, or staff on the kiosk), e.g.
 * "people.csv line 14, column 3: unknown weekday 'Mon.'".
 *
 * The message is thread-local, so the import worker and the UI thread do not
 * overwrite each other's messages.
 *
 * Each thread also has a message language (core/tr.h): err_set(),
 * err_prefix() and errlist_add() look their format up in that language's
 * catalogue before formatting, so a Finnish coordinator reads "rivi 14"
 * wherever the message was made, without the language passed down to it.
 * xgettext extracts the formats (assets/po/extract.sh).
 */
#ifndef OVI_CORE_ERR_H
#define OVI_CORE_ERR_H

#include <stdarg.h>

enum {
	OVI_OK = 0,
	OVI_ERR = -1,	   /* runtime failure (I/O, database, system) */
	OVI_ENOMEM = -2,   /* out of memory */
	OVI_EREJECT = -3,  /* content rejected: bad bundle, bad input */
	OVI_EUSAGE = -4,   /* the caller asked for something impossible */
	OVI_ENOTFOUND = -5 /* a thing looked up does not exist */
};

/* Sets this thread's message language ("fi", "sv"...; NULL: English) and
 * returns the previous one, to put back when the scope ends. lang must
 * outlive its use (a literal, or a string the caller keeps). */
const char *err_lang_set(const char *lang);
const char *err_lang(void);

/* Records a message and returns code, so that `return err_set(...)` works. */
int err_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int err_setv(int code, const char *fmt, va_list ap);

/* Prefixes the current message: "staging: " + old message. Returns code. */
int err_prefix(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The last message of this thread; never NULL ("" when none). Borrowed until
 * the next err_* call on this thread. */
const char *err_last(void);
int err_last_code(void);
void err_clear(void);

/*
 * A list of messages, for validation that reports every problem it finds
 * instead of stopping at the first one. Holds at most ERRLIST_MAX messages;
 * further ones are counted but not stored.
 */
#define ERRLIST_MAX 100
typedef struct errlist {
	char *msg[ERRLIST_MAX];
	int n;	   /* stored */
	int total; /* including the ones not stored */
} errlist_t;

void errlist_add(errlist_t *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Frees the messages; the list can be reused. Accepts NULL. */
void errlist_clear(errlist_t *l);
/* Sets err_last() to a summary of the list (first message + count). */
int errlist_to_err(const errlist_t *l, int code);

#endif
