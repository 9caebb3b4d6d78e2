/*
 * staff_views: the plain structs staff mode's screens show (src/staff), as
 * the model fills them (model/model_staff.h, model/model.h). Header-only: the
 * screens see these and views.h, never the model's functions or sqlite3.
 */
#ifndef OVI_MODEL_STAFF_VIEWS_H
#define OVI_MODEL_STAFF_VIEWS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/timeutil.h"
#include "model/content.h"

/* Limits of what staff type and the log keeps. */
#define MODEL_PIN_LABEL_MAX    40  /* characters of a PIN's label */
#define MODEL_PIN_HASH_MAX     127 /* bytes of a hash string (crypto_pwhash_STRBYTES - 1) */
#define MODEL_STAFF_ACTION_MAX 40  /* characters */
#define MODEL_STAFF_DETAIL_MAX 200
#define MODEL_ANSWER_MAX       1000 /* characters of a published answer */

/* ---- bundles ---------------------------------------------------------- */

typedef struct bundle_record {
	int64_t id;
	char site[ID_MAX + 1];
	int64_t serial;
	char keyid[17];	  /* "" when unsigned */
	bool unsigned_;	  /* accepted by a development kiosk without signature */
	wall_t created;	  /* the manifest's creation time */
	wall_t imported;  /* when this kiosk applied it */
	char path[512];	  /* the stored copy (for photos and rollback) */
	char source[256]; /* where it came from, e.g. "usb:/run/ovi/usb/sdb1" */
	char default_lang[8];
	char languages[LANG_MAX * 3];
} bundle_record_t;

typedef struct import_log {
	wall_t when;
	char source[256];
	int64_t serial;
	bool ok;
	char message[1024];
} import_log_t;

/* ---- staff's changes to today -------------------------------------------- */

typedef enum {
	OVERRIDE_HERE = 1, /* is in (time: arrived at, or -1) */
	OVERRIDE_LATE,	   /* comes at time */
	OVERRIDE_AWAY,	   /* does not come today */
	OVERRIDE_LEAVES,   /* leaves at time */
	OVERRIDE_WALKIN	   /* is in today from start to end, in room */
} override_state_t;

typedef struct staff_pin {
	int64_t id;
	const char *label; /* e.g. "Aino" or "ilta-vuoro" */
	const char *hash;  /* a crypto_pwhash_str string ("$argon2id$...") */
	wall_t created;
} staff_pin_t;

typedef struct staff_pin_list {
	staff_pin_t *v; /* oldest first */
	int n;
} staff_pin_list_t;

typedef struct staff_log_entry {
	int64_t id;
	wall_t at;
	const char *label;  /* the PIN's label ("" for the kiosk itself) */
	const char *action; /* a short code: "enter", "queue_call", "question_publish" ... */
	const char *detail; /* e.g. "17" or "session games-1": no young people's text */
} staff_log_entry_t;

typedef struct staff_log_list {
	staff_log_entry_t *v; /* newest first */
	int n;
} staff_log_list_t;

typedef struct override_row {
	int64_t id;
	int day;
	const char *person; /* a person id, or "" for a visitor */
	const char *name;   /* the person's name (or the visitor's); the id when the
			     * person is no longer in the content */
	override_state_t state;
	int time;	/* minutes, -1 when not given */
	int start, end; /* minutes, -1 when not given */
	const char *room;
	wall_t created;
} override_row_t;

typedef struct override_list {
	override_row_t *v; /* in the order they were made (they apply in this order) */
	int n;
} override_list_t;

typedef struct staff_person {
	const char *id, *name, *org_name, *role;
} staff_person_t;

typedef struct staff_person_list {
	staff_person_t *v; /* by name */
	int n;
} staff_person_list_t;

typedef enum { QUEUE_WAITING = 0, QUEUE_CALLED, QUEUE_DONE, QUEUE_NOSHOW } queue_state_t;

typedef struct queue_item {
	int64_t id;
	int number;
	const char *topic;	 /* topic id, "" for none */
	const char *topic_title; /* in lang; "" for none (or a topic no longer in the content) */
	wall_t created;
	queue_state_t state;
	wall_t called_at; /* 0 when never called */
} queue_item_t;

typedef struct queue_list {
	queue_item_t *v; /* by number */
	int n;
} queue_list_t;

typedef struct pending_question {
	int64_t id;
	const char *topic;	 /* id, "" for none */
	const char *topic_title; /* in lang, "" for none */
	const char *lang;	 /* the language it was asked in */
	const char *text;
	wall_t created;
	bool crisis;
} pending_question_t;

typedef struct pending_question_list {
	pending_question_t *v; /* crisis-flagged first, then oldest first */
	int n;
} pending_question_list_t;

typedef struct signup_row {
	int64_t id;
	const char *nickname;
	bool waiting;
	int position; /* 1, 2, ... on the waiting list; 0 when it has a place */
	wall_t created;
} signup_row_t;

typedef struct signup_list {
	signup_row_t *v; /* those with a place (oldest first), then the waiting list in order */
	int n;
} signup_list_t;

typedef struct idea_row {
	int64_t id;
	const char *text, *lang;
	wall_t created;
} idea_row_t;

typedef struct idea_list {
	idea_row_t *v; /* oldest first */
	int n;
} idea_list_t;

#endif
