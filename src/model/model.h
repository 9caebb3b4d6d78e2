/*
 * model: the kiosk's SQLite database: schema, migrations, the queries behind
 * every screen, and what the kiosk writes.
 *
 * One file (ovi.db) in the state folder, WAL journal, synchronous=FULL (an
 * acknowledged sign-up survives a power cut), foreign keys on, secure_delete
 * on (deleted questions and nicknames are overwritten, not just unlinked).
 * The schema is versioned with PRAGMA user_version; model_open() runs every
 * migration above the file's version, each in its own transaction.
 *
 * Content tables (what a bundle brings) are replaced as a whole by
 * model_apply_content() in one transaction, so a reader sees the old content
 * or the new, never a mix. Kiosk tables (what staff and young people write)
 * refer to content by text id without foreign keys, so they survive imports.
 *
 * A model handle is used by one thread at a time; the import worker opens
 * its own.
 */
#ifndef OVI_MODEL_MODEL_H
#define OVI_MODEL_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "core/timeutil.h"
#include "core/tr.h"
#include "model/content.h"
#include "model/staff_views.h"
#include "model/views.h"

typedef struct model model_t;

#define MODEL_SCHEMA_VERSION 5

/*
 * Routes SQLite's memory allocation through fault injection (FAULT_ALLOC in
 * core/fault.h), so that tests can fail its Nth allocation as they fail
 * ovi_malloc()'s. Call it once at the start of main() (and of a test), before
 * anything opens a database: SQLite accepts the setting only before its first
 * use, and then this returns OVI_EUSAGE. Calling it again is harmless.
 */
int model_global_init(void);

/* Opens (creating and migrating) path. Caller closes with model_close().
 * Refuses (OVI_ERR, saying so) a file of another program or one written by a
 * newer Ovi, without changing it. */
int model_open(const char *path, model_t **out);
void model_close(model_t *m); /* accepts NULL */
int model_schema_version(model_t *m);

/* Several reads as one snapshot (a screen's fill): one read transaction
 * instead of one per statement, and every part of the view from the same
 * moment. Writes wait until model_read_end(); inside a transaction already
 * begun, both do nothing. */
int model_read_begin(model_t *m);
void model_read_end(model_t *m);

/* ---- bundles ---------------------------------------------------------- */

/*
 * Replaces all content with c and records rec as the current bundle, in one
 * transaction. On failure nothing changed. rec->id is set.
 *
 * From c->meta come site, serial, created, languages and default_lang
 * (copied into rec); from rec come keyid, unsigned_, path (the folder photo
 * paths are joined to), source and imported (0 means now, clock_now()).
 * c->meta.default_lang must be set. The content is expected to be valid
 * (bundle_load() checks it); what breaks the schema's own rules (a person of
 * an unknown organisation or topic, a duplicate id, a start after its end)
 * fails with OVI_EREJECT naming the row, and changes nothing.
 */
int model_apply_content(model_t *m, const content_t *c, bundle_record_t *rec);
/* The current bundle; OVI_ENOTFOUND when none was ever imported. */
int model_current_bundle(model_t *m, bundle_record_t *out);
/* The bundle applied before the current one (for rollback); OVI_ENOTFOUND. */
int model_previous_bundle(model_t *m, bundle_record_t *out);
/*
 * The hold after a rollback (or a forced older bundle): the highest serial
 * this kiosk has applied for the current site, when it is above the current
 * bundle's; 0 when nothing is held. An import that is not forced must be
 * above it, so that sync does not bring back what staff took back.
 */
int model_bundle_hold(model_t *m, int64_t *held);
/* Records an import attempt (ok or not) with its message, for staff. */
int model_log_import(model_t *m, wall_t when, const char *source, int64_t serial, bool ok,
		     const char *message);
int model_last_import(model_t *m, import_log_t *out); /* OVI_ENOTFOUND */

/* Row counts of every table, for `ovi status` and tests. Fills up to cap
 * (name, count) pairs in schema order; returns how many. */
typedef struct table_count {
	char name[32];
	int64_t rows;
} table_count_t;
int model_table_counts(model_t *m, table_count_t *out, int cap);

/* ---- retention ------------------------------------------------------ */

typedef struct purge_counts {
	int questions, signups, ideas, numbers, overrides;
} purge_counts_t;

/*
 * Deletes what is no longer needed, for real: questions question_days after
 * staff handled them (pending ones after 4 x question_days), group ideas
 * question_days after they were sent, sign-ups signup_days after their
 * session, queue numbers and staff's changes to the day after their day,
 * staff's session flags after their session, the staff log after
 * MODEL_STAFF_LOG_DAYS (model/model_staff.h). Then checkpoints the WAL (TRUNCATE), so no deleted
 * text remains in ovi.db or its WAL. out may be NULL.
 */
int model_purge(model_t *m, wall_t now, int question_days, int signup_days, purge_counts_t *out);
/* wal_checkpoint(TRUNCATE): the WAL's content is written into the database
 * file (secure_delete zeroes freed pages there) and the WAL emptied. */
int model_checkpoint(model_t *m);

/* ---- export ---------------------------------------------------------- */

/*
 * Writes signups.csv, questions.csv, counters.csv (the anonymous counts by
 * day and hour), labels.csv (what the ids in them are called) and
 * group_ideas.csv into
 * dir (created if missing), each replaced atomically: UTF-8 with a BOM (so
 * Excel reads ä and ö), comma separated, a header row, RFC 4180 quoting,
 * CRLF line ends. Dates are YYYY-MM-DD, times HH:MM. Text that young people
 * typed and that starts with = + - @ gets a leading ' so a spreadsheet shows
 * it instead of running it as a formula. Nicknames and questions are
 * exported; nothing identifies a person.
 */
int model_export(model_t *m, const char *dir);
/* Only the anonymous part: counters.csv and labels.csv (what a kiosk
 * uploads to its network's drop). */
int model_export_counts(model_t *m, const char *dir);

/* ---- screens (see views.h) ---------------------------------------------
 *
 * lang is a language code, or NULL for the site's default. Results live in
 * the caller's arena a. day and minute are the kiosk's clock (wall_day(),
 * wall_minute()).
 */

int model_site(model_t *m, arena_t *a, const char *lang, site_view_t *out);
/* The current content's own frame words (its ui_texts.csv), for
 * tr_site_set(); *n of them in a. */
int model_ui_texts(model_t *m, arena_t *a, tr_site_text_t **out, int *n);
/* Today: hours, open now, people on site now / later / away (calendar,
 * exceptions and staff's changes), today's group sessions. */
int model_today(model_t *m, arena_t *a, const char *lang, int day, int minute, today_view_t *out);
/* Seven days from first_day, exceptions applied (and staff's changes for the
 * days they were made for). */
int model_week(model_t *m, arena_t *a, const char *lang, int first_day, week_view_t *out);
/* The same seven days with their hours only, no one in them (what Today
 * needs to say when the site opens next). */
int model_week_hours(model_t *m, arena_t *a, const char *lang, int first_day, week_view_t *out);
int model_topics(model_t *m, arena_t *a, const char *lang, topic_list_t *out);
/* One topic, who on site today helps with it, its published answers.
 * OVI_ENOTFOUND for an unknown topic. */
int model_topic(model_t *m, arena_t *a, const char *lang, const char *topic, int day, int minute,
		topic_detail_t *out);
/* Every group with its sessions that have not ended by day/minute. */
/* Published group ideas ("ideas being planned"), for the Groups screen. */
int model_planned_ideas(model_t *m, arena_t *a, planned_ideas_t *out);
int model_groups(model_t *m, arena_t *a, const char *lang, int day, int minute, group_list_t *out);
/*
 * The services directory. search NULL or "" lists all, in the bundle's
 * order. Otherwise the services that match search, best first (see
 * model/search.c): inflected words, compounds, typos, colloquial words and
 * another language than the screen's are understood, over the name, the
 * three points, the keywords, the organisation and the sector's name.
 * out->searched is set when search had words.
 */
int model_services(model_t *m, arena_t *a, const char *lang, const char *search,
		   service_list_t *out);
int model_help(model_t *m, arena_t *a, const char *lang, bool crisis_only, help_list_t *out);

/* ---- what people type, understood (model/match.h) ----------------------- */

/*
 * *out: text has one of the content's crisis phrases, in any of its
 * languages (a young person may write Swedish on the Finnish screen), across
 * inflection, compounds, typos, colloquial forms and small changes of word
 * order. Fast enough for every keystroke (the phrases are prepared once per
 * content). When the check itself fails, *out is true: help shown for
 * nothing is the lesser failure.
 */
int model_crisis(model_t *m, const char *text, bool *out);
/* *out: nickname has a blocked word (also in look-alike digits, "p4sk4", or
 * run together, "pa ska"), or is no nickname at all: an e-mail address, a
 * phone number, empty, too long, control characters. */
int model_nick_blocked(model_t *m, const char *nick, bool *out);

/* ---- what young people write --------------------------------------------
 *
 * Each is one transaction, committed (synchronous=FULL) before it returns 0:
 * what the screen then calls "sent" survives a power cut. Text must be valid
 * UTF-8; it is trimmed. Bad input returns OVI_EREJECT with a message.
 */

#define MODEL_CANCEL_CODE_LEN VIEW_CANCEL_CODE_LEN /* views.h */

/* Takes the next queue number of day (numbers restart at 1 each day) for
 * topic ("" for none), counted as 'number'. */
int model_take_number(model_t *m, int day, const char *topic, int *number);
/* Queues an anonymous question for staff (status 'pending'), counted as
 * 'question'. It is flagged for staff as a crisis when crisis is set (the
 * screen saw a crisis phrase) or model_crisis() finds one in it now. */
int model_add_question(model_t *m, const char *topic, const char *lang, const char *text,
		       bool crisis);
typedef enum {
	MODEL_REFUSAL_NONE,
	MODEL_REFUSAL_NICK_BLOCKED, /* a blocked word in the nickname */
	MODEL_REFUSAL_NICK_TAKEN,   /* the same nickname is on this session */
	MODEL_REFUSAL_FULL,	    /* places and waiting list are full */
	MODEL_REFUSAL_OVER,	    /* the session has ended */
	MODEL_REFUSAL_CANCELLED,    /* staff cancelled the session */
	MODEL_REFUSAL_CLOSED,	    /* staff closed its sign-ups */
} model_refusal_t;
/*
 * Signs nickname up for session. When the session is full the sign-up goes
 * on its waiting list (*waiting true); the waiting list holds at most as
 * many as the session has places (at least 5), after which OVI_EREJECT. The
 * capacity check and the insert are one transaction. cancel_code receives
 * MODEL_CANCEL_CODE_LEN characters from a CSPRNG and a NUL. Refuses a
 * session that has ended or is unknown (OVI_ENOTFOUND), one staff cancelled
 * or closed sign-ups for (OVI_EREJECT, model/model_staff.h), a nickname that is
 * empty, too long, has a blocked word or is already on this session.
 */
int model_signup(model_t *m, const char *session, const char *nickname,
		 char cancel_code[MODEL_CANCEL_CODE_LEN + 1], bool *waiting);
/* Why the last model_signup() on m refused (OVI_EREJECT), for the screen to
 * say it in the visitor's language; MODEL_REFUSAL_NONE after a success or
 * another error. */
model_refusal_t model_signup_refusal(const model_t *m);
/* Cancels the sign-up with code (case and spaces ignored); its row is
 * deleted (secure_delete). When it had a place, the first on the waiting
 * list gets it. OVI_ENOTFOUND for an unknown code. */
int model_cancel_signup(model_t *m, const char *code);
int model_add_group_idea(model_t *m, const char *text, const char *lang);
/* Adds one to the anonymous counter of t's day and hour (kind, key), e.g.
 * "topic_view", "housing". What is counted is listed in model/export.c;
 * nothing in a count identifies anyone (never the words typed). */
int model_count(model_t *m, wall_t t, const char *kind, const char *key);

/* ---- staff's changes to today -------------------------------------------- */

typedef struct override {
	int day;
	const char *person;  /* a person id, or NULL for a visitor */
	const char *visitor; /* a walk-in visitor's name (state OVERRIDE_WALKIN) */
	override_state_t state;
	int time;	  /* minutes, -1 when not given */
	int start, end;	  /* minutes, -1 when not given */
	const char *room; /* NULL when not given */
} override_t;

/* Records a change to day; later changes for the same person win. */
int model_add_override(model_t *m, const override_t *o, int64_t *id);

#endif
