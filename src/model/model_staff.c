/*
 * staff: staff PINs, the staff log, the PIN lockout and group ideas
 * (model/model_staff.h). The queue and questions are in model_queue.c, today's
 * changes and group sessions in model_staff_day.c.
 *
 * A write of one statement runs in SQLite's own (autocommit) transaction,
 * committed with synchronous=FULL before it returns, like a BEGIN/COMMIT
 * pair would be; an id that matched no row is OVI_ENOTFOUND.
 */
#include "model/mdb.h"
#include "model/model_staff.h"
#include "model/model_staff_internal.h"

#include "core/err.h"
#include "core/timeutil.h"
#include "core/utf8.h"
#include "core/tr.h"

#include <stdio.h>

#include <string.h>

int model_staff_changed_one(model_t *m, int rc, const char *what, int64_t id)
{
	if (rc == OVI_OK && sqlite3_changes(m->db) == 0)
		return err_set(OVI_ENOTFOUND, "no %s with id %lld", what, (long long)id);
	return rc;
}

int model_staff_finish(model_t *m, int rc)
{
	if (rc == OVI_OK)
		rc = mdb_commit(m);
	if (rc < 0)
		mdb_rollback(m);
	return rc;
}

/* ---- PINs ----------------------------------------------------------------- */

static int check_hash(const char *hash)
{
	size_t n = hash ? strlen(hash) : 0;
	if (n == 0 || n > MODEL_PIN_HASH_MAX || hash[0] != '$')
		return err_set(OVI_EREJECT, "not a PIN hash (crypto_pwhash_str string expected)");
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)hash[i] < 0x21 || (unsigned char)hash[i] > 0x7e)
			return err_set(OVI_EREJECT, "not a PIN hash: unexpected character");
	return OVI_OK;
}

int model_staff_pins(model_t *m, arena_t *a, staff_pin_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_prepare(m, "SELECT id, label, hash, created FROM staff_pins ORDER BY id", &st);
	if (rc < 0)
		return rc;
	int src;
	while ((src = mdb_step(st)) == SQLITE_ROW) {
		staff_pin_t *p = mdb_vec_push(&v, sizeof *p);
		if (!p || !(p->label = mdb_dup(a, st, 1)) || !(p->hash = mdb_dup(a, st, 2))) {
			src = SQLITE_NOMEM;
			break;
		}
		p->id = sqlite3_column_int64(st, 0);
		p->created = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the staff PINs");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

int model_staff_pin_add(model_t *m, const char *label, const char *hash, int64_t *id)
{
	if (id)
		*id = 0;
	int rc = check_hash(hash);
	if (rc < 0)
		return rc;
	char *clean;
	rc = mdb_clean_text(label, MODEL_PIN_LABEL_MAX, false, TR(err_lang(), "label"), &clean);
	if (rc < 0)
		return rc;
	rc = mdb_runf(m, "saving the PIN",
		      "INSERT INTO staff_pins (label, hash, created) VALUES (?, ?, ?)", "ttI",
		      clean, hash, (int64_t)clock_now());
	if (rc == OVI_OK && id)
		*id = sqlite3_last_insert_rowid(m->db);
	ovi_free(clean);
	return rc;
}

int model_staff_pin_label(model_t *m, int64_t id, const char *label)
{
	char *clean;
	int rc = mdb_clean_text(label, MODEL_PIN_LABEL_MAX, false, TR(err_lang(), "label"), &clean);
	if (rc < 0)
		return rc;
	rc = mdb_runf(m, "renaming the PIN", "UPDATE staff_pins SET label = ? WHERE id = ?", "tI",
		      clean, id);
	ovi_free(clean);
	return model_staff_changed_one(m, rc, "PIN", id);
}

int model_staff_pin_remove(model_t *m, int64_t id)
{
	int rc = mdb_runf(m, "removing the PIN", "DELETE FROM staff_pins WHERE id = ?", "I", id);
	return model_staff_changed_one(m, rc, "PIN", id);
}

/* ---- staff log ------------------------------------------------------------- */

/* At most max characters of s, control characters as spaces, bad bytes as
 * U+FFFD: the log takes what it is given rather than refusing an entry. */
static char *cut(const char *s, int max)
{
	s = s ? s : "";
	const char *end = s + strlen(s);
	char *out = ovi_malloc((size_t)max * 4 + 1), *o = out;
	if (!out)
		return NULL;
	for (int n = 0; s < end && n < max; n++) {
		uint32_t cp = utf8_next(&s, end);
		o += utf8_encode(cp < 0x20 || cp == 0x7f ? ' ' : cp, o);
	}
	*o = 0;
	return out;
}

int model_staff_log(model_t *m, const char *label, const char *action, const char *detail)
{
	if (!action || !*action)
		return err_set(OVI_EUSAGE, "model_staff_log: no action");
	char *l = cut(label, MODEL_PIN_LABEL_MAX), *a = cut(action, MODEL_STAFF_ACTION_MAX);
	char *d = cut(detail, MODEL_STAFF_DETAIL_MAX);
	int rc = l && a && d ? OVI_OK : err_set(OVI_ENOMEM, "out of memory");
	if (rc == OVI_OK)
		rc = mdb_runf(
			m, "writing the staff log",
			"INSERT INTO staff_log (at, label, action, detail) VALUES (?, ?, ?, ?)",
			"Ittt", (int64_t)clock_now(), l, a, d);
	ovi_free(l);
	ovi_free(a);
	ovi_free(d);
	return rc;
}

int model_staff_log_list(model_t *m, arena_t *a, int limit, staff_log_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_prepare(m,
			     "SELECT id, at, label, action, detail FROM staff_log"
			     " ORDER BY at DESC, id DESC LIMIT ?",
			     &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "i", limit > 0 ? limit : -1);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		staff_log_entry_t *e = mdb_vec_push(&v, sizeof *e);
		if (!e || !(e->label = mdb_dup(a, st, 2)) || !(e->action = mdb_dup(a, st, 3)) ||
		    !(e->detail = mdb_dup(a, st, 4))) {
			src = SQLITE_NOMEM;
			break;
		}
		e->id = sqlite3_column_int64(st, 0);
		e->at = sqlite3_column_int64(st, 1);
		src = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the staff log");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

/* ---- lockout ------------------------------------------------------------------ */

int model_pin_failures_get(model_t *m, int *count, wall_t *locked_until)
{
	*count = 0;
	*locked_until = 0;
	sqlite3_stmt *st;
	int rc = mdb_prepare(m, "SELECT failures, locked_until FROM pin_lock WHERE id = 1", &st);
	if (rc < 0)
		return rc;
	int src = mdb_step(st);
	if (src == SQLITE_ROW) {
		*count = sqlite3_column_int(st, 0);
		*locked_until = sqlite3_column_int64(st, 1);
		src = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	return src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "reading the PIN lock");
}

int model_pin_failures_set(model_t *m, int count, wall_t locked_until)
{
	if (count < 0 || locked_until < 0)
		return err_set(OVI_EUSAGE, "model_pin_failures_set: negative value");
	return mdb_runf(m, "saving the PIN lock",
			"INSERT INTO pin_lock (id, failures, locked_until) VALUES (1, ?1, ?2)"
			" ON CONFLICT (id) DO UPDATE SET failures = ?1, locked_until = ?2",
			"iI", count, (int64_t)locked_until);
}

/* ---- group ideas ---------------------------------------------------------------- */

int model_ideas(model_t *m, arena_t *a, const char *status, idea_list_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_vec_t v = {0};
	sqlite3_stmt *st;
	int rc = mdb_prepare(m,
			     "SELECT id, text, lang, created FROM group_ideas"
			     " WHERE status = ?1 ORDER BY created, id",
			     &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", status);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		idea_row_t *r = mdb_vec_push(&v, sizeof *r);
		if (!r || !(r->text = mdb_dup(a, st, 1)) || !(r->lang = mdb_dup(a, st, 2))) {
			src = SQLITE_NOMEM;
			break;
		}
		r->id = sqlite3_column_int64(st, 0);
		r->created = sqlite3_column_int64(st, 3);
		src = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (src != SQLITE_DONE) {
		mdb_vec_free(&v);
		return mdb_err(m, src, "reading the group ideas");
	}
	out->v = mdb_vec_keep(&v, a, sizeof *out->v, &out->n);
	return out->n < 0 ? (out->n = 0, OVI_ENOMEM) : OVI_OK;
}

int model_ideas_pending(model_t *m, arena_t *a, idea_list_t *out)
{
	return model_ideas(m, a, "pending", out);
}

static int idea_set(model_t *m, int64_t id, const char *from, const char *to)
{
	int rc = mdb_runf(m, "moderating the group idea",
			  "UPDATE group_ideas SET status = ?1, published = CASE WHEN ?1 ="
			  " 'published' THEN ?3 ELSE published END WHERE id = ?2 AND status = ?4",
			  "tIIt", to, id, (int64_t)clock_now(), from);
	char what[48];
	snprintf(what, sizeof what, "%s group idea", from);
	return model_staff_changed_one(m, rc, what, id);
}

int model_idea_accept(model_t *m, int64_t id)
{
	return idea_set(m, id, "pending", "accepted");
}
int model_idea_hide(model_t *m, int64_t id)
{
	/* Hiding works on a pending or a taken-up idea. */
	int rc = idea_set(m, id, "pending", "hidden");
	return rc == OVI_ENOTFOUND ? idea_set(m, id, "accepted", "hidden") : rc;
}
int model_idea_publish(model_t *m, int64_t id)
{
	return idea_set(m, id, "accepted", "published");
}
int model_idea_unpublish(model_t *m, int64_t id)
{
	return idea_set(m, id, "published", "hidden");
}

int model_planned_ideas(model_t *m, arena_t *a, planned_ideas_t *out)
{
	memset(out, 0, sizeof *out);
	idea_list_t l;
	int rc = model_ideas(m, a, "published", &l);
	if (rc < 0 || !l.n)
		return rc;
	out->text = arena_alloc(a, (size_t)l.n * sizeof *out->text);
	if (!out->text)
		return err_set(OVI_ENOMEM, "out of memory");
	for (int i = 0; i < l.n; i++)
		out->text[i] = l.v[i].text;
	out->n = l.n;
	return OVI_OK;
}
