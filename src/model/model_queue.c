/*
 * staff_queue: the queue of numbers and the pending anonymous questions, as
 * staff see and handle them (model/model_staff.h).
 */
#include "model/mdb.h"
#include "model/model_staff.h"
#include "model/model_staff_internal.h"

#include "core/err.h"
#include "core/tr.h"

#include <string.h>

static const char *const queue_state_names[] = {"waiting", "called", "done", "noshow"};

static queue_state_t queue_state_parse(const char *s)
{
	for (int i = 0; i < 4; i++)
		if (!strcmp(s, queue_state_names[i]))
			return (queue_state_t)i;
	return QUEUE_WAITING;
}

int model_queue_list(model_t *m, arena_t *a, const char *lang, int day, queue_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_stmt(
		m,
		"SELECT q.id, q.number, q.topic, " MDB_TR(
			"topic", "q.topic",
			"title") ", q.created, q.state, q.called_at FROM queue q WHERE q.day = ?2"
				 " ORDER BY q.number",
		&st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "ti", mdb_lang(lang), day);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		queue_item_t *q = mdb_vec_push(&v, sizeof *q);
		if (!q || !(q->topic = mdb_dup(a, st, 2)) ||
		    !(q->topic_title = mdb_dup(a, st, 3))) {
			src = SQLITE_NOMEM;
			break;
		}
		q->id = sqlite3_column_int64(st, 0);
		q->number = sqlite3_column_int(st, 1);
		q->created = sqlite3_column_int64(st, 4);
		q->state = queue_state_parse(mdb_text(st, 5));
		q->called_at = sqlite3_column_int64(st, 6); /* 0 for NULL */
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the queue");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

int model_queue_set_state(model_t *m, int64_t id, queue_state_t state)
{
	if ((int)state < QUEUE_WAITING || state > QUEUE_NOSHOW)
		return err_set(OVI_EUSAGE, "unknown queue state %d", (int)state);
	int rc = mdb_runf(m, "updating the queue",
			  "UPDATE queue SET state = ?1, called_at = CASE WHEN ?1 = 'called'"
			  " THEN ?2 ELSE called_at END WHERE id = ?3",
			  "tII", queue_state_names[state], (int64_t)clock_now(), id);
	return model_staff_changed_one(m, rc, "queue number", id);
}

int model_queue_called(model_t *m, int day, wall_t now, int window_s, int *number)
{
	*number = 0;
	int64_t n = 0;
	/* A called_at after now (the clock was set back since) shows nothing
	 * rather than a banner that stays until the clock catches up. */
	int rc =
		mdb_int64(m, &n, 0,
			  "SELECT number FROM queue WHERE day = ? AND state = 'called'"
			  " AND called_at BETWEEN ? AND ? ORDER BY called_at DESC, id DESC LIMIT 1",
			  "iII", day, (int64_t)(now - window_s), (int64_t)now);
	if (rc == OVI_OK)
		*number = (int)n;
	return rc;
}

/* ---- questions ---------------------------------------------------------------- */

int model_questions_pending(model_t *m, arena_t *a, const char *lang, pending_question_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_stmt(m,
			  "SELECT q.id, q.topic, " MDB_TR(
				  "topic", "q.topic",
				  "title") ", q.lang, q.text, q.created, q.crisis FROM questions q"
					   " WHERE q.status = 'pending'"
					   " ORDER BY q.crisis DESC, q.created, q.id",
			  &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", mdb_lang(lang));
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		pending_question_t *q = mdb_vec_push(&v, sizeof *q);
		if (!q || !(q->topic = mdb_dup(a, st, 1)) ||
		    !(q->topic_title = mdb_dup(a, st, 2)) || !(q->lang = mdb_dup(a, st, 3)) ||
		    !(q->text = mdb_dup(a, st, 4))) {
			src = SQLITE_NOMEM;
			break;
		}
		q->id = sqlite3_column_int64(st, 0);
		q->created = sqlite3_column_int64(st, 5);
		q->crisis = sqlite3_column_int(st, 6) != 0;
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the pending questions");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

int model_question_publish(model_t *m, int64_t id, const char *answer)
{
	char *clean;
	int rc = mdb_clean_text(answer, MODEL_ANSWER_MAX, true, TR(err_lang(), "answer"), &clean);
	if (rc < 0)
		return rc;
	/* Correcting a published answer keeps its place in the answered list. */
	rc = mdb_runf(m, "publishing the answer",
		      "UPDATE questions SET answer = ?1, handled_at = CASE status"
		      " WHEN 'published' THEN handled_at ELSE ?2 END, status = 'published'"
		      " WHERE id = ?3 AND status IN ('pending', 'published')",
		      "tII", clean, (int64_t)clock_now(), id);
	ovi_free(clean);
	return model_staff_changed_one(m, rc, "pending or published question", id);
}

int model_question_hide(model_t *m, int64_t id)
{
	/* The answer goes too: nothing of a hidden question is kept that
	 * retention would then have to find. */
	int rc = mdb_runf(m, "hiding the question",
			  "UPDATE questions SET status = 'hidden', answer = NULL, handled_at = ?1"
			  " WHERE id = ?2 AND status IN ('pending', 'published')",
			  "II", (int64_t)clock_now(), id);
	return model_staff_changed_one(m, rc, "pending or published question", id);
}
