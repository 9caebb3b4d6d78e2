/*
 * timeutil: the kiosk's clock, and the days and times of the content.
 *
 * Everything the kiosk shows is in local wall-clock time, so it is kept as
 * "wall seconds": seconds since 1970-01-01 00:00 on the local wall clock (no
 * time zone arithmetic after the one conversion in clock_now()). A day is a
 * day number (days since 1970-01-01), a time of day is minutes since
 * midnight (0..1440), a weekday is 1..7 with Monday 1 (ISO 8601).
 *
 * The clock can be replaced (`--now`, tests, replay scripts that `wait`):
 * clock_set() pins it, clock_advance() moves a pinned clock forward.
 */
#ifndef OVI_CORE_TIMEUTIL_H
#define OVI_CORE_TIMEUTIL_H

#include <stdbool.h>
#include <stdint.h>

typedef int64_t wall_t;

wall_t clock_now(void);
void clock_set(wall_t t);	   /* pins the clock */
void clock_advance_ms(int64_t ms); /* moves a pinned clock; no-op otherwise */
/* Sets the clock to t and lets it run on from there: an offset to the
 * system clock until the program ends (staff set the time on a kiosk that
 * may not change the system clock). A pinned clock is moved to t and stays
 * pinned. */
void clock_set_running(wall_t t);
bool clock_is_pinned(void);
/* Monotonic milliseconds for timeouts and animation (follows a pinned clock). */
int64_t clock_mono_ms(void);

int wall_day(wall_t t);	   /* day number */
int wall_minute(wall_t t); /* 0..1439 */
wall_t wall_make(int day, int minute);

/* Day number <-> y-m-d (proleptic Gregorian). */
int day_from_ymd(int y, int m, int d);
void day_to_ymd(int day, int *y, int *m, int *d);
int day_weekday(int day); /* 1 = Monday .. 7 = Sunday */

/* "YYYY-MM-DD" or "D.M.YYYY" (also with a trailing dot): day number, or -1. */
int parse_date(const char *s);
/* "HH:MM", "H:MM", "H.MM": minutes; "24:00" only when allow_24 is true.
 * Returns -1 when malformed or out of range. */
int parse_hhmm(const char *s, bool allow_24);
/* "YYYY-MM-DD HH:MM" (or with 'T', optional ":SS"): wall seconds, or -1. */
wall_t parse_datetime(const char *s);
/* Weekday in fi/sv/en, short or long, or 1..7: 1..7, or 0. */
int parse_weekday(const char *s);

/* Formatting into caller buffers. */
void fmt_hhmm(int minutes, char out[6]);   /* "09:05" */
void fmt_date(int day, char out[11]);	   /* "2026-11-23" */
void fmt_datetime(wall_t t, char out[17]); /* "2026-11-23 09:05" */

#endif
