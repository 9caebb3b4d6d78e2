/*
 * The report written back to a stick (ovi-report.txt): for the coordinator
 * who plugs the stick into a laptop afterwards, so plain text with Windows
 * line ends, every reason, and what the kiosk shows now.
 */
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/str.h"
#include "core/tr.h"
#include "core/timeutil.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define NL "\r\n"

static void put_kiosk(strbuf_t *b, model_t *m, const char *L)
{
	bundle_record_t cur;
	if (m && model_current_bundle(m, &cur) == OVI_OK) {
		char when[17];
		fmt_datetime(cur.imported, when);
		sb_printf(b, TR(L, "The kiosk shows now: site %s, serial %lld (imported %s)"),
			  cur.site, (long long)cur.serial, when);
		sb_append(b, NL);
	} else {
		sb_printf(b, "%s" NL, TR(L, "The kiosk shows now: no content yet"));
	}
}

/* The report in L, the site's language: the coordinator's. The words
 * ACCEPTED, REFUSED... stay as they are in every language, so that one can
 * search for them. */
static void put_text(strbuf_t *b, const sync_result_t *r, const import_result_t *ir, model_t *m,
		     const char *L)
{
	char now[17];
	fmt_datetime(clock_now(), now);
	sb_printf(b, "%s" NL, TR(L, "Ovi kiosk: import report"));
	sb_printf(b, TR(L, "Time: %s"), now);
	sb_append(b, NL);
	const char *what = "NOTHING TO DO";
	switch (r->outcome) {
	case SYNC_APPLIED:
		what = TR(L, "ACCEPTED: the kiosk shows this bundle now");
		break;
	case SYNC_REJECTED:
		what = TR(L, "REFUSED: the kiosk keeps its current content");
		break;
	case SYNC_FAILED:
		what = TR(L, "NOT IMPORTED: the kiosk keeps its current content");
		break;
	case SYNC_NOTHING:
		what = TR(L, "NOTHING NEW: the kiosk already shows this bundle");
		break;
	default:
		break;
	}
	sb_printf(b, TR(L, "Result: %s"), what);
	sb_append(b, NL);
	if (ir && ir->meta.site[0]) {
		sb_printf(b, TR(L, "This bundle: site %s, serial %lld, %s"), ir->meta.site,
			  (long long)ir->meta.serial,
			  ir->unsigned_	 ? TR(L, "NOT SIGNED (accepted only in development mode)")
			  : ir->keyid[0] ? TR(L, "signed")
					 : TR(L, "signature not accepted"));
		sb_append(b, NL);
	} else if (r->serial) {
		sb_printf(b, TR(L, "This bundle: serial %lld"), r->serial);
		sb_append(b, NL);
	}
	if (ir && ir->keyid[0]) {
		sb_printf(b, TR(L, "Signed with key: %s"), ir->keyid);
		sb_append(b, NL);
	}
	put_kiosk(b, m, L);
	for (int i = 0; ir && i < ir->notes.n; i++) {
		sb_printf(b, TR(L, "Note: %s"), ir->notes.msg[i]);
		sb_append(b, NL);
	}
	if (r->outcome == SYNC_REJECTED || r->outcome == SYNC_FAILED) {
		int n = r->reasons.total ? r->reasons.total : 1;
		sb_append(b, NL);
		sb_printf(b,
			  n == 1 ? TR(L, "What is wrong (%d problem):")
				 : TR(L, "What is wrong (%d problems):"),
			  n);
		sb_append(b, NL);
		if (r->reasons.n == 0)
			sb_printf(b, "  - %s" NL, r->message);
		for (int i = 0; i < r->reasons.n; i++)
			sb_printf(b, "  - %s" NL, r->reasons.msg[i]);
		if (r->reasons.total > r->reasons.n) {
			sb_printf(b, TR(L, "  ... and %d more"), r->reasons.total - r->reasons.n);
			sb_append(b, NL);
		}
		sb_printf(b, NL "%s" NL,
			  TR(L, "Fix these in the bundle folder, pack it again (ovi pack "
				"raises the serial), sign it with minisign and bring the "
				"stick back."));
	}
	/* Accepted or nothing new: the result line and the bundle's line
	 * above say it all (r->message is the log's English line). */
}

void sync_report_write(const sync_ctx_t *c, const char *stick, model_t *m, sync_result_t *r,
		       const import_result_t *ir)
{
	r->report_written = false;
	strbuf_t b = {0};
	bundle_record_t cur;
	const char *L = m && model_current_bundle(m, &cur) == OVI_OK ? cur.default_lang : NULL;
	put_text(&b, r, ir, m, L);
	if (b.oom) {
		sb_free(&b);
		log_warn("out of memory writing the report for %s", stick);
		return;
	}
	sync_stick_t s;
	if (sync_stick_open(c->cfg, stick, &s) < 0) {
		log_info("no %s written to %s: %s", SYNC_REPORT_NAME, stick, err_last());
		r->report_problem = s.problem;
		sb_free(&b);
		return;
	}
	char path[1200];
	snprintf(path, sizeof path, "%s/%s", s.dir, SYNC_REPORT_NAME);
	errno = 0;
	int rc = fs_write_atomic(path, b.s, b.len);
	if (rc < 0)
		sync_stick_problem(&s, TR(err_lang(), "writing the report"));
	if (sync_stick_close(&s) < 0)
		rc = -1;
	if (rc < 0)
		log_info("no report written to %s: %s", stick, err_last());
	r->report_written = rc == 0;
	r->report_problem = s.problem;
	sb_free(&b);
}
