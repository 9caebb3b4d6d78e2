/*
 * model_digest(): a SHA-256 over a canonical dump of every table, for the
 * tests that check a refused import or a failed write changed nothing.
 *
 * import_log is left out: it is the history of import attempts, which a
 * refused import adds to by design; everything else is in.
 *
 * Tables are taken from the schema itself (so a later migration's tables are
 * included without a change here), in name order; rows are ordered by every
 * column, so the dump does not depend on insertion order or page layout.
 * Each value is written with a type tag and an unambiguous length.
 */
#include "model_digest.h"

#include "model/mdb.h"

#include "core/err.h"
#include "core/str.h"

#include <sodium.h>
#include <string.h>

static void put_u64(crypto_hash_sha256_state *h, char tag, uint64_t v)
{
	uint8_t b[9];
	b[0] = (uint8_t)tag;
	for (int i = 0; i < 8; i++)
		b[1 + i] = (uint8_t)(v >> (56 - 8 * i));
	crypto_hash_sha256_update(h, (const unsigned char *)b, sizeof b);
}

static void put_bytes(crypto_hash_sha256_state *h, char tag, const void *p, size_t n)
{
	put_u64(h, tag, n);
	if (n)
		crypto_hash_sha256_update(h, (const unsigned char *)p, n);
}

static int digest_table(model_t *m, crypto_hash_sha256_state *h, const char *table)
{
	strbuf_t sql = {0};
	sqlite3_stmt *st = NULL;
	sb_printf(&sql, "SELECT * FROM \"%s\"", table);
	int rc = sql.oom ? err_set(OVI_ENOMEM, "out of memory") : mdb_prepare(m, sb_str(&sql), &st);
	if (rc < 0)
		goto out;
	int ncol = sqlite3_column_count(st);
	put_bytes(h, 'T', table, strlen(table) + 1);
	for (int i = 0; i < ncol; i++) {
		const char *name = sqlite3_column_name(st, i);
		if (!name) {
			rc = err_set(OVI_ENOMEM, "out of memory");
			goto out;
		}
		put_bytes(h, 'C', name, strlen(name));
	}
	sqlite3_finalize(st);
	st = NULL;
	for (int i = 0; i < ncol; i++)
		sb_printf(&sql, "%s%d", i ? ", " : " ORDER BY ", i + 1);
	rc = sql.oom ? err_set(OVI_ENOMEM, "out of memory") : mdb_prepare(m, sb_str(&sql), &st);
	if (rc < 0)
		goto out;
	int src;
	while ((src = mdb_step(st)) == SQLITE_ROW) {
		put_u64(h, 'R', (uint64_t)ncol);
		for (int i = 0; i < ncol; i++) {
			switch (sqlite3_column_type(st, i)) {
			case SQLITE_INTEGER:
				put_u64(h, 'I', (uint64_t)sqlite3_column_int64(st, i));
				break;
			case SQLITE_FLOAT: {
				double d = sqlite3_column_double(st, i);
				uint64_t u;
				memcpy(&u, &d, sizeof u);
				put_u64(h, 'F', u);
				break;
			}
			case SQLITE_TEXT: {
				const unsigned char *s = sqlite3_column_text(st, i);
				if (!s) {
					src = SQLITE_NOMEM;
					goto step_failed;
				}
				put_bytes(h, 'S', s, (size_t)sqlite3_column_bytes(st, i));
				break;
			}
			case SQLITE_BLOB: {
				const void *b = sqlite3_column_blob(st, i);
				int n = sqlite3_column_bytes(st, i);
				if (!b && n) {
					src = SQLITE_NOMEM;
					goto step_failed;
				}
				put_bytes(h, 'B', b, (size_t)n);
				break;
			}
			default:
				put_u64(h, 'N', 0);
			}
		}
	}
step_failed:
	if (src != SQLITE_DONE)
		rc = mdb_err(m, src, "database");
out:
	sqlite3_finalize(st);
	sb_free(&sql);
	return rc < 0 ? err_prefix(rc, "digest of %s: ", table) : OVI_OK;
}

int model_digest(model_t *m, char out[65])
{
	out[0] = 0;
	crypto_hash_sha256_state h;
	crypto_hash_sha256_init(&h);
	sqlite3_stmt *st = NULL;
	/* One read transaction: every table from the same snapshot. */
	int rc = mdb_exec(m, "BEGIN");
	if (rc < 0)
		return rc;
	int64_t version;
	rc = mdb_int64(m, &version, 0, "PRAGMA user_version", "");
	put_u64(&h, 'V', (uint64_t)version);
	if (rc == OVI_OK)
		rc = mdb_prepare(m,
				 "SELECT name FROM sqlite_schema WHERE type = 'table'"
				 " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
				 " AND name <> 'import_log' ORDER BY name",
				 &st);
	/* Collect the names first: a statement stays open on sqlite_schema
	 * otherwise while the tables are read. */
	char names[64][32];
	int n = 0, src = SQLITE_DONE;
	while (rc == OVI_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		if (n == 64) {
			rc = err_set(OVI_ERR, "digest: too many tables");
			break;
		}
		str_copy(names[n++], sizeof names[0], mdb_text(st, 0));
	}
	if (rc == OVI_OK && src != SQLITE_DONE)
		rc = mdb_err(m, src, "digest: reading the schema");
	sqlite3_finalize(st);
	for (int i = 0; rc == OVI_OK && i < n; i++)
		rc = digest_table(m, &h, names[i]);
	mdb_rollback(m); /* a read transaction: nothing to keep */
	if (rc < 0)
		return rc;
	unsigned char d[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&h, d);
	sodium_bin2hex(out, 65, d, sizeof d);
	return OVI_OK;
}
