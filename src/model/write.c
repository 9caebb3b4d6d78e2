/*
 * write: what the kiosk stores for young people (queue numbers, questions,
 * sign-ups, group ideas, counters) and staff's changes to today.
 *
 * Each call is one transaction, committed before it returns: the screen
 * says "sent" only after a commit that synchronous=FULL made durable.
 */
#include "model/mdb.h"
#include "model/model_staff_internal.h"

#include "core/err.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/utf8.h"
#include "core/tr.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

static const char cancel_alphabet[32] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

static int random_bytes(unsigned char *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = getrandom(buf + got, n - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		got += (size_t)r;
	}
	if (got == n)
		return OVI_OK;
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		ssize_t r = read(fd, buf, n);
		close(fd);
		if (r == (ssize_t)n)
			return OVI_OK;
	}
	return err_set(OVI_ERR, "no random numbers from the system: %s", strerror(errno));
}

static int bump(model_t *m, wall_t t, const char *kind, const char *key)
{
	return mdb_runf(m, "counting",
			"INSERT INTO counters (day, hour, kind, key, n) VALUES (?, ?, ?, ?, 1)"
			" ON CONFLICT (day, hour, kind, key) DO UPDATE SET n = n + 1",
			"iitt", wall_day(t), wall_minute(t) / 60, kind, key ? key : "");
}

int model_count(model_t *m, wall_t t, const char *kind, const char *key)
{
	if (!kind || !*kind)
		return err_set(OVI_EUSAGE, "model_count: no kind");
	return bump(m, t, kind, key);
}

/* OVI_ENOTFOUND unless topic is "" or a topic of the content. */
static int check_topic(model_t *m, const char *topic)
{
	if (!*topic)
		return OVI_OK;
	int64_t n;
	int rc = mdb_int64(m, &n, 0, "SELECT count(*) FROM topics WHERE id = ?", "t", topic);
	if (rc == OVI_OK && n == 0)
		rc = err_set(OVI_ENOTFOUND, "no topic '%s'", topic);
	return rc;
}

/* Ends a transaction: commits when rc is OVI_OK, else rolls back. */
static int finish(model_t *m, int rc, const char *what)
{
	if (rc == OVI_OK)
		rc = mdb_commit(m);
	if (rc < 0) {
		mdb_rollback(m);
		if (err_last_code() != rc || !*err_last())
			err_set(rc, "%s failed", what);
	}
	return rc;
}

int model_take_number(model_t *m, int day, const char *topic, int *number)
{
	*number = 0;
	topic = topic ? topic : "";
	int rc = mdb_begin(m);
	if (rc < 0)
		return rc;
	int64_t n = 0;
	rc = check_topic(m, topic);
	if (rc == OVI_OK)
		rc = mdb_int64(m, &n, 1, "SELECT max(number) + 1 FROM queue WHERE day = ?", "i",
			       day);
	if (rc == OVI_OK)
		rc = mdb_runf(m, "taking a number",
			      "INSERT INTO queue (day, number, topic, created, state)"
			      " VALUES (?, ?, ?, ?, 'waiting')",
			      "iItI", day, n, topic, (int64_t)clock_now());
	if (rc == OVI_OK)
		rc = bump(m, clock_now(), "number", topic);
	rc = finish(m, rc, "taking a number");
	if (rc == OVI_OK)
		*number = (int)n;
	return rc;
}

int model_add_question(model_t *m, const char *topic, const char *lang, const char *text,
		       bool crisis)
{
	char *clean;
	topic = topic ? topic : "";
	int rc = mdb_clean_text(text, MODEL_QUESTION_MAX, true, TR(err_lang(), "question"), &clean);
	if (rc < 0)
		return rc;
	/* The model's own look, so that a question is flagged for staff even
	 * when the screen's did not run; a failing look flags it too. */
	bool found = false;
	if (!crisis && model_crisis(m, clean, &found) < 0)
		log_warn("looking for crisis words: %s", err_last());
	crisis = crisis || found;
	wall_t now = clock_now();
	rc = mdb_begin(m);
	if (rc == OVI_OK) {
		rc = check_topic(m, topic);
		if (rc == OVI_OK)
			rc = mdb_runf(m, "saving the question",
				      "INSERT INTO questions (topic, lang, text, created, crisis,"
				      " status) VALUES (?1, coalesce(?2, (SELECT default_lang FROM"
				      " site), ''), ?3, ?4, ?5, 'pending')",
				      "tetIi", topic, lang, clean, (int64_t)now, crisis ? 1 : 0);
		if (rc == OVI_OK)
			rc = bump(m, now, "question", topic);
		rc = finish(m, rc, "saving the question");
	}
	ovi_free(clean);
	return rc;
}

int model_add_group_idea(model_t *m, const char *text, const char *lang)
{
	char *clean;
	int rc = mdb_clean_text(text, MODEL_IDEA_MAX, true, TR(err_lang(), "group idea"), &clean);
	if (rc < 0)
		return rc;
	wall_t now = clock_now();
	rc = mdb_begin(m);
	if (rc == OVI_OK) {
		rc = mdb_runf(m, "saving the group idea",
			      "INSERT INTO group_ideas (text, lang, created, status) VALUES (?1,"
			      " coalesce(?2, (SELECT default_lang FROM site), ''), ?3, 'pending')",
			      "teI", clean, lang, (int64_t)now);
		if (rc == OVI_OK)
			rc = bump(m, now, "group_idea", "");
		rc = finish(m, rc, "saving the group idea");
	}
	ovi_free(clean);
	return rc;
}

/* ---- sign-ups ----------------------------------------------------------------- */

static bool same_nick(const char *a, const char *b)
{
	char *fa = utf8_fold(a, strlen(a), NULL), *fb = utf8_fold(b, strlen(b), NULL);
	bool same = fa && fb ? strcmp(fa, fb) == 0 : strcmp(a, b) == 0;
	ovi_free(fa);
	ovi_free(fb);
	return same;
}

/* Refuses a nickname with a blocked word, or one already on the session. */
static int check_nickname(model_t *m, const char *session, const char *nick)
{
	sqlite3_stmt *st;
	bool blocked;
	int rc = model_nick_blocked(m, nick, &blocked);
	if (rc == OVI_OK && blocked) {
		m->refusal = MODEL_REFUSAL_NICK_BLOCKED;
		rc = err_set(OVI_EREJECT, "that nickname is not allowed: choose another one");
	}
	if (rc < 0)
		return rc;

	rc = mdb_prepare(m, "SELECT nickname FROM signups WHERE session = ?", &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", session);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		if (same_nick(nick, mdb_text(st, 0))) {
			m->refusal = MODEL_REFUSAL_NICK_TAKEN;
			rc = err_set(OVI_EREJECT,
				     "the nickname '%s' is already signed up for this "
				     "session: choose another one",
				     nick);
			src = SQLITE_DONE;
			break;
		}
		src = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc == OVI_OK && src != SQLITE_DONE)
		rc = mdb_err(m, src, "reading the sign-ups");
	return rc;
}

model_refusal_t model_signup_refusal(const model_t *m)
{
	return m->refusal;
}

static int new_cancel_code(model_t *m, char code[MODEL_CANCEL_CODE_LEN + 1])
{
	for (int tries = 0; tries < 16; tries++) {
		unsigned char r[MODEL_CANCEL_CODE_LEN];
		int rc = random_bytes(r, sizeof r);
		if (rc < 0)
			return rc;
		for (int i = 0; i < MODEL_CANCEL_CODE_LEN; i++)
			code[i] = cancel_alphabet[r[i] & 31];
		code[MODEL_CANCEL_CODE_LEN] = 0;
		int64_t n;
		rc = mdb_int64(m, &n, 0, "SELECT count(*) FROM signups WHERE cancel_code = ?", "t",
			       code);
		if (rc < 0 || n == 0)
			return rc;
	}
	return err_set(OVI_ERR, "could not find a free cancel code");
}

int model_signup(model_t *m, const char *session, const char *nickname,
		 char cancel_code[MODEL_CANCEL_CODE_LEN + 1], bool *waiting)
{
	cancel_code[0] = 0;
	*waiting = false;
	m->refusal = MODEL_REFUSAL_NONE;
	char *nick;
	int rc = mdb_clean_text(nickname, MODEL_NICK_MAX, false, TR(err_lang(), "nickname"), &nick);
	if (rc < 0)
		return rc;
	wall_t now = clock_now();
	sqlite3_stmt *st = NULL;
	char grp[ID_MAX + 1] = "", code[MODEL_CANCEL_CODE_LEN + 1];
	int day = 0, ends = 0, capacity = 0, cancelled = 0, closed = 0;
	int64_t signed_up = 0, on_list = 0, position = 0;
	rc = mdb_begin(m);
	if (rc < 0)
		goto out;
	rc = mdb_prepare(m,
			 "SELECT grp, day, ends, capacity, coalesce(f.cancelled, 0),"
			 " coalesce(f.signups_closed, 0) FROM sessions s"
			 " LEFT JOIN session_flags f ON f.session = s.id WHERE s.id = ?",
			 &st);
	if (rc == OVI_OK) {
		int src = mdb_bind(st, "t", session ? session : "");
		if (src == SQLITE_OK)
			src = mdb_step(st);
		if (src == SQLITE_ROW) {
			str_copy(grp, sizeof grp, mdb_text(st, 0));
			day = sqlite3_column_int(st, 1);
			ends = sqlite3_column_int(st, 2);
			capacity = sqlite3_column_int(st, 3);
			cancelled = sqlite3_column_int(st, 4);
			closed = sqlite3_column_int(st, 5);
			rc = OVI_OK;
		} else if (src == SQLITE_DONE) {
			rc = err_set(OVI_ENOTFOUND, "there is no such group session");
		} else {
			rc = mdb_err(m, src, "reading the session");
		}
		sqlite3_finalize(st);
	}
	bool over = day < wall_day(now) || (day == wall_day(now) && ends <= wall_minute(now));
	if (rc == OVI_OK && over) {
		m->refusal = MODEL_REFUSAL_OVER;
		rc = err_set(OVI_EREJECT, "this session is over");
	}
	if (rc == OVI_OK && cancelled) {
		m->refusal = MODEL_REFUSAL_CANCELLED;
		rc = err_set(OVI_EREJECT, "this session is cancelled");
	}
	if (rc == OVI_OK && closed) {
		m->refusal = MODEL_REFUSAL_CLOSED;
		rc = err_set(OVI_EREJECT, "sign-up for this session is closed");
	}
	if (rc == OVI_OK)
		rc = check_nickname(m, session, nick);
	if (rc == OVI_OK)
		rc = mdb_int64(m, &signed_up, 0,
			       "SELECT count(*) FROM signups"
			       " WHERE session = ? AND waiting = 0",
			       "t", session);
	if (rc == OVI_OK)
		rc = mdb_int64(m, &on_list, 0,
			       "SELECT count(*) FROM signups"
			       " WHERE session = ? AND waiting = 1",
			       "t", session);
	bool wait = signed_up >= capacity;
	if (rc == OVI_OK && wait && on_list >= (capacity < 5 ? 5 : capacity)) {
		m->refusal = MODEL_REFUSAL_FULL;
		rc = err_set(OVI_EREJECT, "this session and its waiting list are full");
	}
	if (rc == OVI_OK && wait)
		rc = mdb_int64(m, &position, 1,
			       "SELECT max(position) + 1 FROM signups"
			       " WHERE session = ? AND waiting = 1",
			       "t", session);
	if (rc == OVI_OK)
		rc = new_cancel_code(m, code);
	if (rc == OVI_OK)
		rc = mdb_runf(m, "saving the sign-up",
			      "INSERT INTO signups (session, nickname,"
			      " cancel_code, waiting, position, created)"
			      /* no position unless waiting */
			      " VALUES (?, ?, ?, ?, nullif(?, 0), ?)",
			      "tttiII", session, nick, code, wait ? 1 : 0,
			      wait ? position : (int64_t)0, (int64_t)now);
	if (rc == OVI_OK)
		rc = bump(m, now, "signup", grp);
	rc = finish(m, rc, "saving the sign-up");
	if (rc == OVI_OK) {
		memcpy(cancel_code, code, sizeof code);
		*waiting = wait;
	}
out:
	ovi_free(nick);
	return rc;
}

int model_cancel_signup(model_t *m, const char *code)
{
	char c[MODEL_CANCEL_CODE_LEN + 1];
	int n = 0;
	for (const char *p = code ? code : ""; *p; p++) {
		if (*p == ' ' || *p == '-')
			continue;
		if (n == MODEL_CANCEL_CODE_LEN)
			return err_set(OVI_ENOTFOUND, "no sign-up has that cancel code");
		c[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
	}
	c[n] = 0;
	if (n != MODEL_CANCEL_CODE_LEN)
		return err_set(OVI_ENOTFOUND, "no sign-up has that cancel code");
	int rc = mdb_begin(m);
	if (rc < 0)
		return rc;
	int64_t id = 0;
	rc = mdb_int64(m, &id, 0, "SELECT id FROM signups WHERE cancel_code = ?", "t", c);
	if (rc == OVI_OK && !id)
		rc = err_set(OVI_ENOTFOUND, "no sign-up has the cancel code %s", c);
	if (rc == OVI_OK)
		rc = model_staff_signup_delete(m, id);
	if (rc == OVI_OK)
		rc = bump(m, clock_now(), "cancel", "");
	return finish(m, rc, "cancelling the sign-up");
}

int model_staff_signup_delete(model_t *m, int64_t id)
{
	/* The freed place (if it was one) goes to the first on the waiting list;
	 * a capacity that a new bundle lowered is respected. */
	int rc = mdb_runf(m, "cancelling",
			  "UPDATE signups SET waiting = 0, position = NULL"
			  " WHERE id = (SELECT w.id FROM signups s JOIN signups w"
			  "  ON w.session = s.session AND w.waiting = 1"
			  "  WHERE s.id = ?1 AND s.waiting = 0 ORDER BY w.position LIMIT 1)"
			  " AND (SELECT count(*) - 1 FROM signups u, signups s WHERE s.id = ?1"
			  "  AND u.session = s.session AND u.waiting = 0)"
			  " < (SELECT capacity FROM sessions x, signups s WHERE s.id = ?1"
			  "  AND x.id = s.session)",
			  "I", id);
	if (rc == OVI_OK)
		rc = mdb_runf(m, "cancelling", "DELETE FROM signups WHERE id = ?", "I", id);
	return rc;
}

/* ---- staff's changes ------------------------------------------------------------ */

static const char *override_state_name(override_state_t s)
{
	switch (s) {
	case OVERRIDE_HERE:
		return "here";
	case OVERRIDE_LATE:
		return "late";
	case OVERRIDE_AWAY:
		return "away";
	case OVERRIDE_LEAVES:
		return "leaves";
	case OVERRIDE_WALKIN:
		return "walkin";
	}
	return NULL;
}

static bool minute_ok(int t)
{
	return t >= -1 && t <= 1440;
}

int model_add_override(model_t *m, const override_t *o, int64_t *id)
{
	if (id)
		*id = 0;
	const char *state = override_state_name(o->state);
	if (!state)
		return err_set(OVI_EUSAGE, "unknown change of presence %d", (int)o->state);
	if (!minute_ok(o->time) || !minute_ok(o->start) || !minute_ok(o->end) ||
	    (o->start >= 0 && o->end >= 0 && o->start >= o->end))
		return err_set(OVI_EREJECT, "the times of the change are not valid");
	bool person = o->person && *o->person;
	if (person == (o->visitor && *o->visitor) || (!person && o->state != OVERRIDE_WALKIN))
		return err_set(OVI_EUSAGE, "a change names either a person or a walk-in visitor");
	if ((o->state == OVERRIDE_LATE || o->state == OVERRIDE_LEAVES) && o->time < 0)
		return err_set(OVI_EREJECT, "give the time");
	char *visitor = NULL, *room = NULL;
	int rc = OVI_OK;
	if (!person)
		rc = mdb_clean_text(o->visitor, 64, false, TR(err_lang(), "visitor's name"),
				    &visitor);
	if (rc == OVI_OK && o->room && *o->room)
		rc = mdb_clean_text(o->room, 64, false, TR(err_lang(), "room"), &room);
	if (rc == OVI_OK)
		rc = mdb_runf(m, "saving the change",
			      "INSERT INTO overrides (day, person, visitor,"
			      " state, time, starts, ends, room, created)"
			      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			      "ieetoooeI", o->day, person ? o->person : NULL, visitor, state,
			      o->time, o->start, o->end, room, (int64_t)clock_now());
	if (rc == OVI_OK && id)
		*id = sqlite3_last_insert_rowid(m->db);
	ovi_free(visitor);
	ovi_free(room);
	return rc;
}
