/*
 * retention: what the kiosk collected is deleted when it is no longer needed,
 * and really deleted.
 *
 * secure_delete (set at open) overwrites freed database pages with zeros,
 * but the old page images still sit in the WAL until a checkpoint copies the
 * WAL back and truncates it. So a purge commits, then runs
 * wal_checkpoint(TRUNCATE): afterwards neither ovi.db nor ovi.db-wal holds a
 * deleted nickname or question (tests grep the bytes of both files).
 */
#include "model/mdb.h"

#include "core/err.h"
#include "model/model.h"
#include "model/model_staff.h"

#include <string.h>

int model_purge(model_t *m, wall_t now, int question_days, int signup_days, purge_counts_t *out)
{
	purge_counts_t n = {0};
	int today = wall_day(now);
	int rc = mdb_begin(m);
	if (rc < 0)
		return rc;
	/* Handled questions, N days after staff handled them. Pending ones wait
	 * for staff, but not forever: at most 4 x N days. */
	rc = mdb_runf(m, "deleting old questions",
		      "DELETE FROM questions WHERE (status <> 'pending' AND handled_at < ?1)"
		      " OR created < ?2",
		      "II", (int64_t)(now - (wall_t)question_days * 86400),
		      (int64_t)(now - (wall_t)question_days * 4 * 86400));
	if (rc == OVI_OK)
		n.questions = sqlite3_changes(m->db);
	/* Sign-ups, N days after their session; a session that a newer bundle
	 * no longer has counts from the sign-up's own date. */
	if (rc == OVI_OK)
		rc = mdb_runf(m, "deleting old sign-ups",
			      "DELETE FROM signups WHERE COALESCE((SELECT s.day FROM sessions s"
			      " WHERE s.id = signups.session), created / 86400) < ?1",
			      "i", today - signup_days);
	if (rc == OVI_OK)
		n.signups = sqlite3_changes(m->db);
	/* Group ideas like questions. */
	if (rc == OVI_OK)
		rc = mdb_runf(
			m, "deleting old group ideas",
			"DELETE FROM group_ideas WHERE created < ?1 AND status <> 'published'", "I",
			(int64_t)(now - (wall_t)question_days * 86400));
	if (rc == OVI_OK)
		n.ideas = sqlite3_changes(m->db);
	/* Queue numbers and staff's changes to the day end with the day. */
	if (rc == OVI_OK)
		rc = mdb_runf(m, "deleting old queue numbers", "DELETE FROM queue WHERE day < ?1",
			      "i", today);
	if (rc == OVI_OK)
		n.numbers = sqlite3_changes(m->db);
	if (rc == OVI_OK)
		rc = mdb_runf(m, "deleting old changes to the day",
			      "DELETE FROM overrides WHERE day < ?1", "i", today);
	if (rc == OVI_OK)
		n.overrides = sqlite3_changes(m->db);
	/* Staff's flags on a session end with the session (or with the day they
	 * were set, for a session a newer bundle no longer has). */
	if (rc == OVI_OK)
		rc = mdb_runf(
			m, "deleting old session flags",
			"DELETE FROM session_flags WHERE COALESCE((SELECT s.day FROM sessions s"
			" WHERE s.id = session_flags.session), changed / 86400) < ?1",
			"i", today);
	/* The staff log names labels and actions only, and is kept a while for
	 * "who did what" questions. */
	if (rc == OVI_OK)
		rc = mdb_runf(m, "deleting the old staff log",
			      "DELETE FROM staff_log WHERE at < ?1", "I",
			      (int64_t)(now - (wall_t)MODEL_STAFF_LOG_DAYS * 86400));
	if (rc < 0) {
		mdb_rollback(m);
		return rc;
	}
	if ((rc = mdb_commit(m)) < 0)
		return rc;
	if (out)
		*out = n;
	return model_checkpoint(m);
}

int model_checkpoint(model_t *m)
{
	int busy = 0, log = 0, done = 0;
	int rc = sqlite3_wal_checkpoint_v2(m->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
	(void)busy;
	if (rc != SQLITE_OK)
		return mdb_err(m, rc, "writing the journal back into the database");
	if (log > 0 && done < log)
		return err_set(OVI_ERR,
			       "the journal could not be written back completely "
			       "(another reader is busy); deleted data may remain until the next "
			       "purge");
	return OVI_OK;
}
