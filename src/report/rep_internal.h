/* rep_internal: the aggregates shared by the report's outputs (tables.c). */
#ifndef OVI_REPORT_REP_INTERNAL_H
#define OVI_REPORT_REP_INTERNAL_H

#include "report/rep.h"

#define REP_MAX_WEEKS 160
#define REP_MAX_KEYS  200

typedef struct rep_kv {
	char key[64];
	long long n;
} rep_kv_t;

/* ISO 8601 week number of day (and its year). */
int rep_iso_week(int day, int *year);
/* Visits per week from the Monday of the first day to the last day, for
 * kiosk k (-1: all). Returns the number of weeks. */
int rep_weeks(const rep_t *r, int k, int *monday, long long *visits, int cap);
/* Visits by weekday (0 = Monday) and hour; returns the visits whose hour is
 * not known (counted before Ovi counted hours). */
long long rep_hours(const rep_t *r, int k, long long grid[7][24]);
/* The keys of kind with their sums, most first (up to cap). */
int rep_keys(const rep_t *r, int k, const char *kind, rep_kv_t *out, int cap);
/* Kiosk k's counts, one row per (day, hour, kind, key), sorted; -1 when out
 * of memory. The caller frees *out with ovi_free(). */
int rep_rows(const rep_kiosk_t *k, rep_count_t **out);

/* The events a summary lists, in order: kind and its label. */
typedef struct rep_event {
	const char *kind;
	rep_text_t label;
} rep_event_t;
extern const rep_event_t rep_events[];
extern const int rep_nevents;

#endif
