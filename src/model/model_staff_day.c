/*
 * staff_day: what staff see and undo of today's changes, the people a
 * walk-in can be picked from, and group sessions' sign-ups and flags
 * (model/model_staff.h).
 */
#include "model/mdb.h"
#include "model/model_staff.h"
#include "model/model_staff_internal.h"

#include "core/err.h"

#include <string.h>

static override_state_t override_state_parse(const char *s)
{
	static const char *const names[] = {"here", "late", "away", "leaves", "walkin"};
	for (int i = 0; i < 5; i++)
		if (!strcmp(s, names[i]))
			return (override_state_t)(OVERRIDE_HERE + i);
	return OVERRIDE_HERE;
}

int model_overrides(model_t *m, arena_t *a, int day, override_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_stmt(m,
			  "SELECT o.id, o.day, o.person, coalesce(p.name, o.visitor, o.person),"
			  " o.state, o.time, o.starts, o.ends, o.room, o.created"
			  " FROM overrides o LEFT JOIN people p ON p.id = o.person"
			  " WHERE o.day = ?1 ORDER BY o.id",
			  &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "i", day);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		override_row_t *o = mdb_vec_push(&v, sizeof *o);
		if (!o || !(o->person = mdb_dup(a, st, 2)) || !(o->name = mdb_dup(a, st, 3)) ||
		    !(o->room = mdb_dup(a, st, 8))) {
			src = SQLITE_NOMEM;
			break;
		}
		o->id = sqlite3_column_int64(st, 0);
		o->day = sqlite3_column_int(st, 1);
		o->state = override_state_parse(mdb_text(st, 4));
		o->time = mdb_int_or(st, 5, -1);
		o->start = mdb_int_or(st, 6, -1);
		o->end = mdb_int_or(st, 7, -1);
		o->created = sqlite3_column_int64(st, 9);
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading today's changes");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

int model_remove_override(model_t *m, int64_t id)
{
	int rc = mdb_runf(m, "undoing the change", "DELETE FROM overrides WHERE id = ?", "I", id);
	return model_staff_changed_one(m, rc, "change to the day", id);
}

int model_clear_overrides(model_t *m, int day, const char *person, int *removed)
{
	if (removed)
		*removed = 0;
	if (!person || !*person)
		return err_set(OVI_EUSAGE, "model_clear_overrides: no person");
	int rc = mdb_runf(m, "undoing the changes",
			  "DELETE FROM overrides WHERE day = ?1"
			  " AND (person = ?2 OR (person IS NULL AND visitor = ?2))",
			  "it", day, person);
	if (rc == OVI_OK && removed)
		*removed = sqlite3_changes(m->db);
	return rc;
}

int model_staff_people(model_t *m, arena_t *a, const char *lang, staff_person_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_stmt(m,
			  "SELECT p.id, p.name, " MDB_TR("org", "p.org", "name") ", " MDB_TR(
				  "person", "p.id", "role") " FROM people p ORDER BY p.name, p.id",
			  &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", mdb_lang(lang));
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		staff_person_t *p = mdb_vec_push(&v, sizeof *p);
		src = p && (p->id = mdb_dup(a, st, 0)) && (p->name = mdb_dup(a, st, 1)) &&
				      (p->org_name = mdb_dup(a, st, 2)) &&
				      (p->role = mdb_dup(a, st, 3))
			      ? SQLITE_OK
			      : SQLITE_NOMEM;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the people");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

/* ---- group sessions ------------------------------------------------------------ */

int model_session_signups(model_t *m, arena_t *a, const char *session, signup_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_stmt(m,
			  "SELECT id, nickname, waiting, created FROM signups"
			  " WHERE session = ?1 ORDER BY waiting, position, created, id",
			  &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", session ? session : "");
	int rank = 0;
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		signup_row_t *s = mdb_vec_push(&v, sizeof *s);
		if (!s || !(s->nickname = mdb_dup(a, st, 1))) {
			src = SQLITE_NOMEM;
			break;
		}
		s->id = sqlite3_column_int64(st, 0);
		s->waiting = sqlite3_column_int(st, 2) != 0;
		/* Stored positions keep gaps where someone left the list. */
		s->position = s->waiting ? ++rank : 0;
		s->created = sqlite3_column_int64(st, 3);
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the sign-ups");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

/* Sets one flag of session (column is a literal of this file). A row with
 * neither flag is deleted: session_flags holds only what staff changed. */
static int session_flag(model_t *m, const char *session, const char *set_sql, bool on)
{
	session = session ? session : "";
	int rc = mdb_begin(m);
	if (rc < 0)
		return rc;
	int64_t n = 0;
	rc = mdb_int64(m, &n, 0, "SELECT count(*) FROM sessions WHERE id = ?", "t", session);
	if (rc == OVI_OK && n == 0)
		rc = err_set(OVI_ENOTFOUND, "there is no such group session");
	if (rc == OVI_OK)
		rc = mdb_runf(m, "saving the session's state", set_sql, "tiI", session, on ? 1 : 0,
			      (int64_t)clock_now());
	if (rc == OVI_OK)
		rc = mdb_runf(m, "saving the session's state",
			      "DELETE FROM session_flags WHERE session = ?"
			      " AND cancelled = 0 AND signups_closed = 0",
			      "t", session);
	return model_staff_finish(m, rc);
}

int model_session_cancel(model_t *m, const char *session, bool cancelled)
{
	return session_flag(
		m, session,
		"INSERT INTO session_flags (session, cancelled, signups_closed, changed)"
		" VALUES (?1, ?2, 0, ?3) ON CONFLICT (session)"
		" DO UPDATE SET cancelled = ?2, changed = ?3",
		cancelled);
}

int model_session_close_signups(model_t *m, const char *session, bool closed)
{
	return session_flag(
		m, session,
		"INSERT INTO session_flags (session, cancelled, signups_closed, changed)"
		" VALUES (?1, 0, ?2, ?3) ON CONFLICT (session)"
		" DO UPDATE SET signups_closed = ?2, changed = ?3",
		closed);
}

int model_signup_remove(model_t *m, int64_t id)
{
	int rc = mdb_begin(m);
	if (rc < 0)
		return rc;
	int64_t n = 0;
	rc = mdb_int64(m, &n, 0, "SELECT count(*) FROM signups WHERE id = ?", "I", id);
	if (rc == OVI_OK && n == 0)
		rc = err_set(OVI_ENOTFOUND, "no sign-up with id %lld", (long long)id);
	if (rc == OVI_OK)
		rc = model_staff_signup_delete(m, id);
	return model_staff_finish(m, rc);
}
