/*
 * upload: a kiosk of a network sends its anonymous counts and its status to
 * the drop, so that a regional coordinator sees every site in one page
 * (ovi report on the uploaded tree).
 *
 *   <upload_url><kiosk>/counters.csv   the counts by day and hour
 *   <upload_url><kiosk>/labels.csv     what the ids in them are called
 *   <upload_url><kiosk>/status.ini     site, version, bundle serial, last
 *                                      import, free space, uptime (last, so
 *                                      that "last seen" means a whole upload)
 *
 * upload_url defaults to the bundle URL + "kiosks/": the same drop. Plain
 * HTTP PUTs, so a WebDAV server (the missing collections are made with
 * MKCOL when it answers 409) or an S3-compatible store (AWS SigV4) will do.
 * Nothing a young person typed is ever uploaded: no sign-ups, no questions,
 * no ideas. In the worker it runs on its own thread with its own database
 * handle, retried with a doubling wait after a failure; the screen never
 * waits for it.
 */
#include "sync/http_fetch.h"
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"

#include <stdio.h>
#include <string.h>

int sync_upload_base(const sync_config_t *cfg, char *out, size_t cap)
{
	if (!cfg->upload)
		return err_set(OVI_ENOTFOUND, "uploads are off (ovi.ini [sync] upload)");
	if (cfg->upload_url[0])
		snprintf(out, cap, "%s%s", cfg->upload_url,
			 str_ends_with(cfg->upload_url, "/") ? "" : "/");
	else if (cfg->url[0])
		/* The bundle's folder URL, without a manifest.txt at its end. */
		snprintf(out, cap, "%.*skiosks/",
			 (int)(strlen(cfg->url) -
			       (str_ends_with(cfg->url, "manifest.txt") ? 12 : 0)),
			 cfg->url);
	else
		return err_set(OVI_ENOTFOUND, "upload is on but neither upload_url nor url is set");
	if (!str_ends_with(out, "/"))
		return err_set(OVI_EUSAGE, "the upload address is too long");
	return OVI_OK;
}

void sync_user_agent(const sync_config_t *cfg, model_t *m, char *out, size_t cap)
{
	bundle_record_t cur;
	bool have = m && model_current_bundle(m, &cur) == OVI_OK;
	snprintf(out, cap, "Ovi/%s (site %s; bundle %lld; kiosk %s)",
		 cfg->version[0] ? cfg->version : "?", have ? cur.site : "-",
		 have ? (long long)cur.serial : 0LL, cfg->kiosk_name[0] ? cfg->kiosk_name : "-");
}

static bool ok_status(long st)
{
	return st == 200 || st == 201 || st == 204;
}

/* PUTs one file; on a WebDAV 409 (a missing collection) makes the kiosk's
 * folder and its parents below the base, then tries once more. */
static int put(http_client_t *h, const char *base, const char *kiosk, const char *name,
	       const strbuf_t *data, const char *type, bool *made)
{
	char url[1400];
	snprintf(url, sizeof url, "%s%s/%s", base, kiosk, name);
	http_resp_t resp;
	int rc = http_put_mem(h, url, data->s ? data->s : "", data->len, type, &resp);
	if (rc == OVI_OK && resp.status == 409 && !*made) {
		*made = true;
		/* Every collection from the drop's root down to the kiosk's
		 * (405: it is there already). */
		char col[1400];
		snprintf(col, sizeof col, "%s%s/", base, kiosk);
		const char *host = strstr(col, "://");
		const char *p = host ? strchr(host + 3, '/') : NULL;
		for (p = p ? strchr(p + 1, '/') : NULL; p; p = strchr(p + 1, '/')) {
			char part[1400];
			snprintf(part, sizeof part, "%.*s", (int)(p + 1 - col), col);
			http_resp_t mr;
			if (http_mkcol(h, part, &mr) < 0)
				return OVI_ERR;
			if (!ok_status(mr.status) && mr.status != 405)
				return err_set(OVI_ERR,
					       "%s: the server refused to make the folder "
					       "(%ld)",
					       part, mr.status);
		}
		rc = http_put_mem(h, url, data->s ? data->s : "", data->len, type, &resp);
	}
	if (rc < 0)
		return rc;
	if (ok_status(resp.status))
		return OVI_OK;
	switch (resp.status) {
	case 401:
	case 403:
		return err_set(OVI_ERR,
			       "%s: the server refused the upload (%ld): check upload_user "
			       "and upload_password in ovi.ini",
			       url, resp.status);
	case 507:
	case 413:
		return err_set(OVI_ERR, "%s: the server is full or refuses the size (%ld)", url,
			       resp.status);
	default:
		return err_set(OVI_ERR, "%s: the server answered %ld", url, resp.status);
	}
}

/* A file of the export in the staging folder into memory. */
static int slurp(const char *dir, const char *name, strbuf_t *out)
{
	char path[4400], *data = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	int rc = fs_read_file(path, 256 * 1024 * 1024, &data, &len);
	if (rc < 0)
		return rc;
	sb_reset(out);
	sb_appendn(out, data, len);
	ovi_free(data);
	return out->oom ? err_set(OVI_ENOMEM, "out of memory") : OVI_OK;
}

int sync_upload_once_ex(const sync_ctx_t *c, model_t *m, sync_result_t *r)
{
	char base[1200];
	sync_result_init(r, SYNC_HTTP, "upload", c->cfg->upload_url[0] ? c->cfg->upload_url : "");
	if (sync_upload_base(c->cfg, base, sizeof base) < 0)
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	snprintf(r->source, sizeof r->source, "upload:%.900s%.63s/", base, c->cfg->kiosk_name);
	if (!c->cfg->kiosk_name[0])
		return sync_result_set(r, SYNC_FAILED,
				       "this kiosk has no name (ovi.ini [sync] kiosk)");
	/* The counts and labels, written by the model into the kiosk's own
	 * staging folder; nothing else of the export is read. */
	char stage[4300];
	snprintf(stage, sizeof stage, "%s/sync/upload", c->data_dir ? c->data_dir : ".");
	int rc = fs_mkdirs(stage, 0700);
	if (rc == OVI_OK)
		rc = model_export_counts(m, stage);
	strbuf_t counters = {0}, labels = {0}, status = {0};
	if (rc == OVI_OK)
		rc = slurp(stage, "counters.csv", &counters);
	if (rc == OVI_OK)
		rc = slurp(stage, "labels.csv", &labels);
	if (rc == OVI_OK)
		rc = sync_status_text(c->cfg, m, c->data_dir, &status);
	if (rc < 0) {
		sb_free(&counters), sb_free(&labels), sb_free(&status);
		return sync_result_set(r, SYNC_FAILED, "preparing the upload: %s", err_last());
	}
	http_client_t *h = NULL;
	rc = http_open(c, &h);
	if (rc == OVI_OK) {
		char agent[256];
		sync_user_agent(c->cfg, m, agent, sizeof agent);
		http_set_agent(h, agent);
		bool made = false;
		const char *kiosk = c->cfg->kiosk_name;
		rc = put(h, base, kiosk, "counters.csv", &counters, "text/csv; charset=utf-8",
			 &made);
		if (rc == OVI_OK)
			rc = put(h, base, kiosk, "labels.csv", &labels, "text/csv; charset=utf-8",
				 &made);
		if (rc == OVI_OK)
			rc = put(h, base, kiosk, "status.ini", &status, "text/plain; charset=utf-8",
				 &made);
	}
	http_close(h);
	long long bytes = (long long)(counters.len + labels.len + status.len);
	sb_free(&counters), sb_free(&labels), sb_free(&status);
	if (rc < 0)
		return sync_result_set(r, SYNC_FAILED, "upload failed: %s", err_last());
	r->current = sync_current_serial(m);
	return sync_result_set(r, SYNC_APPLIED, "uploaded the counts and the status (%lld bytes)",
			       bytes);
}

int sync_upload_once(const sync_config_t *cfg, const char *data_dir, model_t *m, sync_result_t *r)
{
	sync_ctx_t c = {.cfg = cfg, .data_dir = data_dir};
	return sync_upload_once_ex(&c, m, r);
}
