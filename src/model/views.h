/*
 * views: what each kiosk screen shows, as plain structs.
 *
 * The model fills them (model_today(), model_week(), model_topic(), ... in
 * model.h) with every text already in one language: the one asked for, else
 * the site's default language, else any language the bundle has. The UI
 * includes this header and never sees SQLite or the model handle, so its
 * screens can be tested with views built by hand.
 *
 * Ownership: every query takes an arena (core/mem.h) from the caller.
 * Strings and arrays point into it and live until the caller frees the
 * arena. Strings are never NULL ("" when empty). A query that fails may
 * have used some of the arena; free it as usual.
 *
 * Times are minutes since midnight (0..1440), days are day numbers and
 * instants are wall seconds, as in core/timeutil.h.
 */
#ifndef OVI_MODEL_VIEWS_H
#define OVI_MODEL_VIEWS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/mem.h"
#include "core/timeutil.h"
#include "model/content.h" /* wheel_t */

/* Limits of what young people type (the model refuses longer). */
#define MODEL_NICK_MAX	   24  /* characters */
#define MODEL_QUESTION_MAX 600 /* characters */
#define MODEL_IDEA_MAX	   300 /* characters */

/* A sign-up's cancel code: this many characters from
 * 23456789ABCDEFGHJKLMNPQRSTUVWXYZ (no 0/O, 1/I). The cancel screen has a
 * tile for each. */
#define VIEW_CANCEL_CODE_LEN 5

/* Group ideas staff published: "ideas being planned" on the Groups screen. */
typedef struct planned_ideas {
	const char **text; /* oldest first */
	int n;
} planned_ideas_t;

/* The header of every screen: the site and its languages. */
typedef struct site_view {
	const char *site_id, *name, *address, *welcome;
	const char *logo;	  /* a file path (see person_view_t.photo), or "" */
	const char *default_lang; /* "" until a bundle was imported */
	const char **languages;	  /* the bundle's language codes, in its order */
	int nlanguages;
	const char *desk; /* where a called number goes; "" when the content has none */
} site_view_t;

/* Opening hours of one day, exceptions applied. */
typedef struct hours_view {
	bool open;	       /* opens at all that day */
	int open_at, close_at; /* minutes; -1 when closed */
	bool changed;	       /* an exception (closed or changed hours) applies */
	const char *note;      /* the exception's note, e.g. "Itsenäisyyspäivä"; "" */
} hours_view_t;

/* A topic a person helps with, for chips. */
typedef struct topic_chip {
	const char *id, *title;
	wheel_t colour;
} topic_chip_t;

typedef enum {
	PRESENCE_SCHEDULED = 0, /* as the weekly calendar says */
	PRESENCE_EXTRA,		/* an extra visit from the dated exceptions */
	PRESENCE_HERE,		/* staff marked them in */
	PRESENCE_LATE,		/* comes later than planned: start is the new time */
	PRESENCE_LEAVES_EARLY,	/* leaves earlier than planned: end is the new time */
	PRESENCE_WALKIN,	/* added by staff for today */
	PRESENCE_AWAY		/* not coming (an exception or staff) */
} presence_t;

typedef struct person_view {
	const char *id; /* "" for a walk-in visitor who is not in the content */
	const char *name, *role, *org_id, *org_name, *room, *note;
	/* Pictures are file paths: the current bundle's stored folder joined
	 * with the bundle's path (e.g. "/var/lib/ovi/bundles/12/photos/aino.jpg"),
	 * or "" when there is none (show initials). */
	const char *photo, *org_logo;
	int start, end; /* today's time on site, changes applied */
	presence_t presence;
	const char **languages; /* codes the person speaks, "fi", "en", ... */
	int nlanguages;
	topic_chip_t *topics;
	int ntopics;
} person_view_t;

/* A group session; counts only, never nicknames. */
typedef struct session_view {
	const char *id, *group_id, *group_title, *place;
	wheel_t colour;
	int day, start, end;
	int capacity, signed_up, waiting;
	int places_left;     /* capacity - signed_up, never below 0 */
	bool cancelled;	     /* staff cancelled it: show "cancelled", no sign-up */
	bool signups_closed; /* staff closed sign-ups: show "sign-up closed" */
} session_view_t;

typedef struct today_view {
	int day, minute, weekday;
	site_view_t site;
	hours_view_t hours;
	bool open_now;
	person_view_t *now; /* on site at this minute, by name */
	int nnow;
	person_view_t *later; /* coming later today, by start time */
	int nlater;
	person_view_t *away; /* in the calendar today but not coming */
	int naway;
	session_view_t *sessions; /* today's group sessions, by start time */
	int nsessions;
	/* When the site is not open now and will not open again today (closed
	 * all day, or past closing): the next day it opens (within two weeks;
	 * next_day 0 when none), its hours, and who comes first that day. */
	int next_day;
	hours_view_t next_hours;
	bool has_next_person;
	person_view_t next_person; /* start: when they come */
} today_view_t;

/* One person's time on one day of the week view. */
typedef struct week_slot {
	const char *person_id, *name, *org_name, *role, *room, *note;
	int start, end;
	presence_t presence; /* SCHEDULED, EXTRA or AWAY (and today's staff changes) */
} week_slot_t;

typedef struct week_day {
	int day, weekday;
	hours_view_t hours;
	week_slot_t *slots; /* by start time, then name */
	int nslots;
} week_day_t;

typedef struct week_view {
	week_day_t days[7];
} week_view_t;

typedef struct topic_view {
	const char *id, *title, *text, *icon;
	wheel_t colour;
} topic_view_t;

typedef struct topic_list {
	topic_view_t *v; /* in the bundle's order */
	int n;
} topic_list_t;

/* A question staff published with their answer. */
typedef struct qa_view {
	int64_t id;
	const char *lang, *question, *answer;
	wall_t asked, answered;
} qa_view_t;

typedef struct topic_detail {
	topic_view_t topic;
	person_view_t *helpers; /* on site today and helping with it: now first, then later */
	int nhelpers;
	int nhere_now; /* how many of helpers are on site now */
	qa_view_t *qa; /* newest answer first */
	int nqa;
} topic_detail_t;

typedef struct group_view {
	const char *id, *title, *text;
	wheel_t colour;
	session_view_t *sessions; /* upcoming, soonest first */
	int nsessions;
} group_view_t;

typedef struct group_list {
	group_view_t *v;
	int n;
} group_list_t;

/* When a service's organisation is on site in the weekly calendar. */
typedef struct service_visit {
	int weekday, start, end;
} service_visit_t;

typedef struct service_view {
	const char *id, *name, *point1, *point2, *point3;
	const char *phone, *web, *email;
	const char *org_id, *org_name, *logo; /* "" when not a visiting organisation */
	wheel_t sector;
	service_visit_t *visits;
	int nvisits;
} service_view_t;

typedef struct service_list {
	service_view_t *v;
	int n;
	int total;     /* services in the whole directory (0: the bundle has none) */
	bool searched; /* v is a search's result, best first */
} service_list_t;

typedef struct help_view {
	const char *id, *name, *hours, *text, *phone, *web;
	bool crisis;
} help_view_t;

typedef struct help_list {
	help_view_t *v;
	int n;
} help_list_t;

#endif
