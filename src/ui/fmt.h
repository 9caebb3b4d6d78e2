/*
 * fmt: the texts the screens format themselves: times ("09:05", "9:30",
 * "10–17"), weekdays and dates in the reader's language, and a snprintf
 * that never cuts a UTF-8 sequence in half. Shared by the youth and the
 * staff screens.
 */
#ifndef OVI_UI_FMT_H
#define OVI_UI_FMT_H

#include <stdbool.h>

/* snprintf into out (cap bytes) that never cuts a UTF-8 sequence in half.
 * Returns the length written. */
int ui_fmt(char *out, int cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* "09:05". */
void ui_fmt_hhmm(int minutes, char out[6]);
/* A time the way a sign says it: "10", "9:30". */
void ui_fmt_time_short(int minutes, char *out, int cap);
/* Opening hours the way a sign says them: "10–17", "9:30–16". */
void ui_fmt_hours(int open_at, int close_at, char *out, int cap);
/* A time span of a visit: "10:00–15:00". */
void ui_fmt_span(int start, int end, char *out, int cap);

/* The weekday wd (1 Monday .. 7 Sunday) in lang (fi, sv; others English):
 * "maanantai" or, short, "ma". Never NULL. Static. */
const char *ui_fmt_weekday(const char *lang, int wd, bool long_form);
/* A date (days since the epoch, core/timeutil.h) in lang into out (cap
 * bytes, always terminated):
 * long:  "maanantai 23.11." / "måndag 23.11." / "Monday 23 Nov"
 * short: "ma 23.11."        / "mån 23.11."    / "Mon 23 Nov" */
void ui_fmt_date(const char *lang, int day, bool long_form, char *out, int cap);

#endif
