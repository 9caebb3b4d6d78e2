/*
 * The report written back to a stick (ovi-report.txt): for the coordinator
 * who plugs the stick into a laptop afterwards, so plain text with Windows
 * line ends, every reason, and what the kiosk shows now.
 */
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define NL "\r\n"

static void put_kiosk(strbuf_t *b, model_t *m)
{
	bundle_record_t cur;
	if (m && model_current_bundle(m, &cur) == OVI_OK) {
		char when[17];
		fmt_datetime(cur.imported, when);
		sb_printf(b, "The kiosk shows now: site %s, serial %lld (imported %s)" NL, cur.site,
			  (long long)cur.serial, when);
	} else {
		sb_append(b, "The kiosk shows now: no content yet" NL);
	}
}

static void put_text(strbuf_t *b, const sync_result_t *r, const import_result_t *ir, model_t *m)
{
	char now[17];
	fmt_datetime(clock_now(), now);
	sb_append(b, "Ovi kiosk: import report" NL);
	sb_printf(b, "Time: %s" NL, now);
	const char *what = "NOTHING TO DO";
	switch (r->outcome) {
	case SYNC_APPLIED: what = "ACCEPTED: the kiosk shows this bundle now"; break;
	case SYNC_REJECTED: what = "REFUSED: the kiosk keeps its current content"; break;
	case SYNC_FAILED: what = "NOT IMPORTED: the kiosk keeps its current content"; break;
	case SYNC_NOTHING: what = "NOTHING NEW: the kiosk already shows this bundle"; break;
	default: break;
	}
	sb_printf(b, "Result: %s" NL, what);
	if (ir && ir->meta.site[0])
		sb_printf(b, "This bundle: site %s, serial %lld, %s" NL, ir->meta.site,
			  (long long)ir->meta.serial,
			  ir->unsigned_ ? "NOT SIGNED (accepted only in development mode)"
			  : ir->keyid[0] ? "signed" : "signature not accepted");
	else if (r->serial)
		sb_printf(b, "This bundle: serial %lld" NL, r->serial);
	if (ir && ir->keyid[0])
		sb_printf(b, "Signed with key: %s" NL, ir->keyid);
	put_kiosk(b, m);
	for (int i = 0; ir && i < ir->notes.n; i++)
		sb_printf(b, "Note: %s" NL, ir->notes.msg[i]);
	if (r->outcome == SYNC_REJECTED || r->outcome == SYNC_FAILED) {
		int n = r->reasons.total ? r->reasons.total : 1;
		sb_printf(b, NL "What is wrong (%d problem%s):" NL, n, n == 1 ? "" : "s");
		if (r->reasons.n == 0)
			sb_printf(b, "  - %s" NL, r->message);
		for (int i = 0; i < r->reasons.n; i++)
			sb_printf(b, "  - %s" NL, r->reasons.msg[i]);
		if (r->reasons.total > r->reasons.n)
			sb_printf(b, "  ... and %d more" NL, r->reasons.total - r->reasons.n);
		sb_append(b, NL "Fix these in the bundle folder, pack it again (ovi pack raises the "
			  "serial), sign it" NL "with minisign and bring the stick back." NL);
	} else {
		sb_printf(b, NL "%s" NL, r->message);
	}
}

void sync_report_write(const sync_ctx_t *c, const char *stick, model_t *m, sync_result_t *r,
		       const import_result_t *ir)
{
	r->report_written = false;
	strbuf_t b = {0};
	put_text(&b, r, ir, m);
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
		sync_stick_problem(&s, "writing the report");
	if (sync_stick_close(&s) < 0)
		rc = -1;
	if (rc < 0)
		log_info("no report written to %s: %s", stick, err_last());
	r->report_written = rc == 0;
	r->report_problem = s.problem;
	sb_free(&b);
}
