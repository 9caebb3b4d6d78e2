/*
 * status: what a kiosk tells its coordinator about itself, beside its
 * counts: status.ini in every export and in every upload to the network
 * drop. ovi report (report/rep.h) reads it back. Nothing in it is about a
 * young person.
 */
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"
#include "report/rep.h"

#include <stdio.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/sysinfo.h>
#include <unistd.h>

/* One line of an ini value: no line breaks from a message. */
static void put(strbuf_t *b, const char *key, const char *v)
{
	sb_printf(b, "%s = ", key);
	for (; v && *v; v++)
		sb_putc(b, *v == '\n' || *v == '\r' ? ' ' : *v);
	sb_append(b, "\n");
}

int sync_status_text(const sync_config_t *cfg, model_t *m, const char *data_dir, strbuf_t *b)
{
	char now[17];
	fmt_datetime(clock_now(), now);
	sb_append(b, "# Ovi kiosk status (ovi report reads it). Nothing here is about a person.\n"
		     "[kiosk]\n");
	bundle_record_t cur;
	bool have = model_current_bundle(m, &cur) == OVI_OK;
	put(b, "site", have ? cur.site : "");
	arena_t *a = arena_new();
	site_view_t sv;
	if (a && have && model_site(m, a, NULL, &sv) == OVI_OK)
		put(b, "site_name", sv.name);
	else
		put(b, "site_name", "");
	arena_free(a);
	put(b, "kiosk", cfg->kiosk_name);
	put(b, "version", cfg->version);
	sb_printf(b, "bundle_serial = %lld\n", have ? (long long)cur.serial : 0LL);
	import_log_t l;
	if (model_last_import(m, &l) == OVI_OK) {
		char when[17];
		fmt_datetime(l.when, when);
		put(b, "last_import", when);
		char res[1100];
		snprintf(res, sizeof res, "%s: %s", l.ok ? "ok" : "refused", l.message);
		put(b, "last_import_result", res);
	} else {
		put(b, "last_import", "");
		put(b, "last_import_result", "");
	}
	struct statvfs vfs;
	if (data_dir && statvfs(data_dir, &vfs) == 0)
		sb_printf(b, "free_space_mb = %llu\n",
			  (unsigned long long)vfs.f_bavail * vfs.f_frsize / (1024 * 1024));
	struct sysinfo si;
	if (sysinfo(&si) == 0)
		sb_printf(b, "uptime_s = %ld\n", si.uptime);
	put(b, "written", now);
	return b->oom ? err_set(OVI_ENOMEM, "out of memory writing the status") : OVI_OK;
}

int sync_export_dir(const sync_config_t *cfg, model_t *m, const char *data_dir, const char *dir,
		    const char *lang)
{
	int rc = model_export(m, dir);
	if (rc < 0)
		return rc;
	strbuf_t b = {0};
	char path[1200];
	rc = sync_status_text(cfg, m, data_dir, &b);
	snprintf(path, sizeof path, "%s/status.ini", dir);
	if (rc == OVI_OK)
		rc = fs_write_atomic(path, b.s, b.len);
	sb_free(&b);
	if (rc < 0)
		return rc;
	/* The evaluation, made from the counts just written (one path for the
	 * kiosk's export and ovi report). */
	bundle_record_t cur;
	if (!lang && model_current_bundle(m, &cur) == OVI_OK)
		lang = cur.default_lang;
	rep_t r;
	rep_init(&r, lang);
	rc = rep_add_dir(&r, dir);
	if (rc >= 0) {
		snprintf(path, sizeof path, "%s/evaluation", dir);
		rc = rep_write_sheets(&r, path);
	}
	rep_free(&r);
	return rc < 0 ? rc : OVI_OK;
}
