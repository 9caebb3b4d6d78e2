/*
 * usb: a stick mounted under one of the configured roots, with the bundle in
 * `ovi/` at its top. Someone is standing at the kiosk with it, so every
 * outcome (also "this is already the content") gets a report on the stick
 * when the stick is writable.
 *
 * A stick pulled out mid-copy makes reads fail with EIO or ENODEV; the
 * import stages and hash-checks every file, so that is a refusal like any
 * other and the old content stays.
 */
#include "sync/sync_internal.h"

#include "core/log.h"
#include "core/str.h"
#include "core/tr.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool has_bundle(const char *dir)
{
	char path[600];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", dir, SYNC_STICK_BUNDLE);
	return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Adds the sticks directly under dir; looks one level deeper (depth 0 only)
 * into plain folders, as in /run/media/USER/LABEL. */
static int scan_dir(const char *dir, int depth, char (*out)[512], int n, int cap)
{
	struct stat pst;
	if (stat(dir, &pst) < 0 || !S_ISDIR(pst.st_mode))
		return n;
	DIR *d = opendir(dir);
	if (!d)
		return n;
	struct dirent *e;
	while (n < cap && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[512];
		if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
			continue;
		struct stat st;
		if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode))
			continue;
		if (st.st_dev != pst.st_dev || has_bundle(path))
			str_copy(out[n++], sizeof out[0], path);
		else if (depth == 0)
			n = scan_dir(path, 1, out, n, cap);
	}
	closedir(d);
	return n;
}

int sync_usb_sticks(const sync_config_t *cfg, char (*out)[512], int cap)
{
	int n = 0;
	for (int i = 0; i < cfg->nusb_roots && n < cap; i++)
		n = scan_dir(cfg->usb_roots[i], 0, out, n, cap);
	return n;
}

int sync_usb_check_ex(const sync_ctx_t *c, model_t *m, const char *stick, sync_result_t *r)
{
	sync_result_init(r, SYNC_USB, "usb", stick);
	char dir[1100];
	snprintf(dir, sizeof dir, "%s/%s", stick, SYNC_STICK_BUNDLE);
	if (!has_bundle(stick)) {
		r->current = sync_current_serial(m);
		return sync_result_set(r, SYNC_NOTHING, "no %s/ folder on the stick",
				       SYNC_STICK_BUNDLE);
	}
	/* The bundle the kiosk already shows gets a friendly report, not a
	 * refusal for its serial (a stick left in, or plugged in twice). */
	sync_probe_t p;
	int rc = sync_probe_dir(c, dir, &p);
	bundle_record_t cur;
	if (rc == OVI_OK && model_current_bundle(m, &cur) == OVI_OK &&
	    p.mf->meta.serial == cur.serial && !strcmp(p.mf->meta.site, cur.site)) {
		r->serial = r->current = (long long)cur.serial;
		sync_result_set(r, SYNC_NOTHING,
				"the kiosk already shows this bundle (site %s, "
				"serial %lld)",
				cur.site, (long long)cur.serial);
		sync_probe_free(&p);
		sync_report_write(c, stick, m, r, NULL);
		return OVI_OK;
	}
	sync_probe_free(&p);
	import_result_t ir;
	rc = sync_import(c, m, dir, r, &ir);
	if (r->outcome == SYNC_FAILED && !has_bundle(stick))
		sync_result_set(r, SYNC_FAILED,
				"the stick was removed during the import; the "
				"kiosk keeps its current content");
	sync_report_write(c, stick, m, r, &ir);
	import_result_clear(&ir);
	return rc;
}

int sync_usb_check(const sync_config_t *cfg, const char *data_dir, model_t *m, const char *stick,
		   sync_result_t *r)
{
	sync_ctx_t c = {.cfg = cfg, .data_dir = data_dir};
	return sync_usb_check_ex(&c, m, stick, r);
}

int sync_usb_export_ex(const sync_ctx_t *c, model_t *m, const char *stick, char *written,
		       size_t cap, sync_stick_problem_t *problem)
{
	sync_stick_problem_t dummy;
	if (!problem)
		problem = &dummy;
	*problem = STICK_OK;
	char found[512];
	if (!stick) {
		char sticks[16][512];
		if (sync_usb_sticks(c->cfg, sticks, 16) <= 0) {
			*problem = STICK_NONE;
			return err_set(OVI_ENOTFOUND, "no USB stick found: put in a stick and try "
						      "again");
		}
		str_copy(found, sizeof found, sticks[0]);
		stick = found;
	}
	sync_stick_t s;
	int rc = sync_stick_open(c->cfg, stick, &s);
	if (rc < 0) {
		*problem = s.problem;
		return rc;
	}
	char dir[1200];
	snprintf(dir, sizeof dir, "%s/%s", s.dir, SYNC_EXPORT_DIR);
	errno = 0;
	rc = sync_export_dir(c->cfg, m, c->data_dir, dir, NULL);
	if (rc < 0)
		rc = rc == OVI_ENOMEM ? rc : sync_stick_problem(&s, TR(err_lang(), "exporting"));
	int crc = sync_stick_close(&s);
	if (rc == 0)
		rc = crc;
	*problem = s.problem;
	if (rc < 0) {
		log_warn("export to %s: %s (%s)", stick, err_last(),
			 sync_stick_problem_name(s.problem));
		return rc;
	}
	if (written)
		snprintf(written, cap, "%s/%s", SYNC_KIOSK_DIR, SYNC_EXPORT_DIR);
	log_info("exported collected data to %s (%s/%s)", stick, SYNC_KIOSK_DIR, SYNC_EXPORT_DIR);
	return OVI_OK;
}

int sync_usb_export(const sync_config_t *cfg, model_t *m, const char *stick, char *written,
		    size_t cap, sync_stick_problem_t *problem)
{
	sync_ctx_t c = {.cfg = cfg};
	return sync_usb_export_ex(&c, m, stick, written, cap, problem);
}
