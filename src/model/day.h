/*
 * day: what one day looks like, shared by the screen queries (query.c):
 * the opening hours with exceptions, who is on site when (weekly calendar,
 * then dated exceptions, then staff's changes), people's details, group
 * sessions, the site header. Internal to src/model/.
 */
#ifndef OVI_MODEL_DAY_H
#define OVI_MODEL_DAY_H

#include "model/mdb.h"

/* One stretch of one person's time on site on a day. */
typedef struct seg {
	const char *person;  /* a person id, or NULL for a visitor */
	const char *visitor; /* the visitor's name when person is NULL */
	int start, end;
	int planned_start; /* before staff's changes */
	const char *room, *note;
	presence_t presence;
} seg_t;

int day_site(model_t *m, arena_t *a, const char *lang, site_view_t *out, const char **bundle_dir);
int day_hours(model_t *m, arena_t *a, const char *lang, int day, hours_view_t *out);
/* The segments of day (including AWAY ones), sorted by start and person.
 * h is day's hours (for the defaults of staff's changes). Empty when an
 * exception closes the site that day. */
int day_segments(model_t *m, arena_t *a, const char *lang, int day, const hours_view_t *h,
		 seg_t **out, int *n);

/* People's details, for one query's days: everyone is read at the first
 * lookup (three queries in all), then found by id. */
typedef struct pcache {
	model_t *m;
	arena_t *a;
	const char *lang, *bundle_dir;
	person_view_t *v; /* everyone, sorted by id (in a) */
	int n;
	bool loaded;
} model_pcache_t;
void model_pcache_init(model_pcache_t *pc, model_t *m, arena_t *a, const char *lang,
		       const char *bundle_dir);
void model_pcache_free(model_pcache_t *pc);
/* The view of seg's person with seg's time, room and presence.
 * OVI_ENOTFOUND when the person is no longer in the content. */
int day_person(model_pcache_t *pc, const seg_t *seg, person_view_t *out);

/* Group sessions: group NULL for every group; with only_day, the sessions of
 * day; otherwise those that have not ended by day/minute. */
int day_sessions(model_t *m, arena_t *a, const char *lang, const char *group, int day, int minute,
		 bool only_day, session_view_t **out, int *n);

/* dir + "/" + rel in a ("" when rel is empty; rel alone when dir is). */
const char *day_path(arena_t *a, const char *dir, const char *rel);
/* A space-separated list as an array of arena strings. */
const char **day_split(arena_t *a, const char *list, int *n);

#endif
