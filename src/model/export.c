/*
 * export: model_export(), the kiosk's own records as CSV files for staff.
 *
 * The files are for a spreadsheet, so: a UTF-8 BOM (Excel otherwise reads
 * them as Windows-1252), RFC 4180 quoting, CRLF line ends, readable dates,
 * and text that young people typed is defused when it would start a
 * formula (CSV injection).
 */
#include "model/mdb.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/str.h"

#include <stdio.h>
#include <string.h>

/* How each column of an export query is written. */
enum {
	COL_TEXT = 't',
	COL_TYPED = 'u',
	COL_INT = 'i',
	COL_DATE = 'd',
	COL_TIME = 'h',
	COL_STAMP = 's',
	COL_BOOL = 'b'
};

static void csv_field(strbuf_t *b, const char *s, bool typed)
{
	bool formula = typed && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
				 s[0] == '\t' || s[0] == '\r');
	bool quote = formula || strpbrk(s, ",\"\r\n") || (s[0] == ' ') ||
		     (s[0] && s[strlen(s) - 1] == ' ');
	if (!quote) {
		sb_append(b, s);
		return;
	}
	sb_putc(b, '"');
	if (formula)
		sb_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '"')
			sb_putc(b, '"');
		sb_putc(b, *s);
	}
	sb_putc(b, '"');
}

/*
 * Writes dir/name: header, then one line per row of sql, column i formatted
 * as kinds[i]. The statement's ?1 is bound to "" (texts in the default
 * language).
 */
static int export_file(model_t *m, const char *dir, const char *name, const char *header,
		       const char *sql, const char *kinds)
{
	strbuf_t b = {0};
	sqlite3_stmt *st = NULL;
	char path[4096];
	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path)
		return err_set(OVI_ERR, "export: path too long: %s", dir);
	sb_append(&b, "\xEF\xBB\xBF");
	sb_append(&b, header);
	sb_append(&b, "\r\n");
	int rc = mdb_prepare(m, sql, &st);
	if (rc < 0)
		goto out;
	int src = sqlite3_bind_parameter_count(st) ? sqlite3_bind_text(st, 1, "", 0, SQLITE_STATIC)
						   : SQLITE_OK;
	if (src != SQLITE_OK) {
		rc = mdb_err(m, src, "export");
		goto out;
	}
	int ncol = (int)strlen(kinds);
	while ((src = mdb_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < ncol; i++) {
			char buf[32];
			bool null = sqlite3_column_type(st, i) == SQLITE_NULL;
			int64_t v = sqlite3_column_int64(st, i);
			if (i)
				sb_putc(&b, ',');
			if (null)
				continue;
			switch (kinds[i]) {
			case COL_TEXT:
			case COL_TYPED: {
				const unsigned char *s = sqlite3_column_text(st, i);
				if (!s) {
					b.oom = true;
					break;
				}
				csv_field(&b, (const char *)s, kinds[i] == COL_TYPED);
				break;
			}
			case COL_DATE:
				fmt_date((int)v, buf);
				sb_append(&b, buf);
				break;
			case COL_TIME:
				fmt_hhmm((int)v, buf);
				sb_append(&b, buf);
				break;
			case COL_STAMP:
				fmt_datetime(v, buf);
				sb_append(&b, buf);
				break;
			case COL_BOOL:
				sb_append(&b, v ? "yes" : "no");
				break;
			default:
				sb_printf(&b, "%lld", (long long)v);
			}
		}
		sb_append(&b, "\r\n");
	}
	if (src != SQLITE_DONE) {
		rc = mdb_err(m, src, "export");
		goto out;
	}
	if (b.oom) {
		rc = err_set(OVI_ENOMEM, "out of memory");
		goto out;
	}
	rc = fs_write_atomic(path, b.s, b.len);
out:
	sqlite3_finalize(st);
	sb_free(&b);
	return rc < 0 ? err_prefix(rc, "export of %s: ", name) : OVI_OK;
}

int model_export_counts(model_t *m, const char *dir)
{
	int rc = fs_mkdirs(dir, 0755);
	if (rc < 0)
		return err_prefix(rc, "export: ");
	if (rc == OVI_OK)
		rc = export_file(m, dir, "counters.csv", "date,hour,kind,key,count",
				 "SELECT day, hour, kind, key, n FROM counters"
				 " ORDER BY day, hour, kind, key",
				 "ditti");
	/* What the ids in counters.csv are called, in the site's default
	 * language, so that a report says "Työ" and not "work". */
	if (rc == OVI_OK)
		rc = export_file(
			m, dir, "labels.csv", "kind,key,label",
			"SELECT 'topic_view', t.id, " MDB_TR(
				"topic", "t.id",
				"title") " FROM topics t UNION ALL"
					 " SELECT 'group_view', g.id, " MDB_TR(
						 "group", "g.id",
						 "title") " FROM groups g UNION ALL"
							  " SELECT 'service_view', s.id, " MDB_TR(
								  "service", "s.id",
								  "name") " FROM services s ORDER "
									  "BY 1, 2",
			"ttt");
	return rc;
}

int model_export(model_t *m, const char *dir)
{
	int rc = fs_mkdirs(dir, 0755);
	if (rc < 0)
		return err_prefix(rc, "export: ");
	/* A session that a later bundle removed still exports, without its
	 * date and group. */
	rc = export_file(
		m, dir, "signups.csv",
		"date,start,group,session,nickname,status,waiting_position,signed_up",
		"SELECT s.day, s.starts, " MDB_TR(
			"group", "s.grp",
			"title") ","
				 " u.session, u.nickname,"
				 " CASE u.waiting WHEN 1 THEN 'waiting' ELSE 'signed up' END,"
				 " u.position, u.created"
				 " FROM signups u LEFT JOIN sessions s ON s.id = u.session"
				 " ORDER BY s.day, s.starts, u.session, u.waiting, u.position, "
				 "u.id",
		"dhttutis");
	if (rc == OVI_OK)
		rc = export_file(m, dir, "questions.csv",
				 "id,asked,topic,language,crisis,status,question,answer,handled",
				 "SELECT id, created, topic, lang, crisis, status, text, answer,"
				 " handled_at FROM questions ORDER BY id",
				 "isttbtuts");
	if (rc == OVI_OK)
		rc = model_export_counts(m, dir);
	if (rc == OVI_OK)
		rc = export_file(m, dir, "group_ideas.csv", "id,suggested,language,status,idea",
				 "SELECT id, created, lang, status, text FROM group_ideas"
				 " ORDER BY id",
				 "isttu");
	return rc;
}
