/* sync_once: every configured source checked once (`ovi sync --once`). */
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/str.h"

#include <stdio.h>
#include <string.h>

#define MAX_STICKS 16

typedef struct once {
	sync_ctx_t ctx;
	model_t *m;
	void (*fn)(const sync_result_t *, void *);
	void *ud;
	int rc;
} once_t;

static void run(once_t *o, sync_kind_t kind, const char *where)
{
	sync_result_t r;
	switch (kind) {
	case SYNC_USB:
		sync_usb_check_ex(&o->ctx, o->m, where, &r);
		break;
	case SYNC_HTTP:
		sync_http_check_ex(&o->ctx, o->m, where, &r);
		break;
	case SYNC_FOLDER:
		sync_folder_check(o->ctx.cfg, o->ctx.data_dir, o->m, where, &r);
		break;
	}
	if (o->fn)
		o->fn(&r, o->ud);
	if (r.outcome == SYNC_FAILED)
		o->rc = OVI_ERR;
	else if (r.outcome == SYNC_REJECTED && o->rc == OVI_OK)
		o->rc = OVI_EREJECT;
	sync_result_clear(&r);
}

/* A named source: a URL, a stick (ovi/ at its top and no manifest of its
 * own), or else a folder. */
static sync_kind_t classify(const char *src)
{
	if (!strncmp(src, "http://", 7) || !strncmp(src, "https://", 8))
		return SYNC_HTTP;
	char path[1200];
	snprintf(path, sizeof path, "%s/%s", src, MANIFEST_NAME);
	if (fs_exists(path))
		return SYNC_FOLDER;
	snprintf(path, sizeof path, "%s/%s", src, SYNC_STICK_BUNDLE);
	return fs_is_dir(path) ? SYNC_USB : SYNC_FOLDER;
}

int sync_once(const sync_config_t *cfg, const char *data_dir, model_t *m, const char *only,
	      void (*fn)(const sync_result_t *r, void *ud), void *ud)
{
	once_t o = {.ctx = {.cfg = cfg, .data_dir = data_dir}, .m = m, .fn = fn, .ud = ud};
	if (only && !strcmp(only, "upload")) {
		sync_result_t r;
		sync_upload_once_ex(&o.ctx, m, &r);
		if (fn)
			fn(&r, ud);
		int rc = r.outcome == SYNC_FAILED ? OVI_ERR : OVI_OK;
		sync_result_clear(&r);
		return rc;
	}
	if (only) {
		run(&o, classify(only), only);
		return o.rc;
	}
	if (cfg->nusb_roots == 0 && !cfg->folder[0] && !cfg->url[0])
		return err_set(OVI_EUSAGE,
			       "no sources are configured: set usb_roots, folder or url "
			       "in the [sync] section of ovi.ini, or name one with --source");
	if (cfg->nusb_roots > 0) {
		char sticks[MAX_STICKS][512];
		int n = sync_usb_sticks(cfg, sticks, MAX_STICKS);
		for (int i = 0; i < n; i++)
			run(&o, SYNC_USB, sticks[i]);
		if (n == 0 && fn) {
			sync_result_t r;
			strbuf_t b = {0};
			for (int i = 0; i < cfg->nusb_roots; i++)
				sb_printf(&b, "%s%s", i ? " " : "", cfg->usb_roots[i]);
			sync_result_init(&r, SYNC_USB, "usb", sb_str(&b));
			sb_free(&b);
			r.current = sync_current_serial(m);
			sync_result_set(&r, SYNC_NOTHING, "no stick is mounted");
			fn(&r, ud);
			sync_result_clear(&r);
		}
	}
	if (cfg->folder[0])
		run(&o, SYNC_FOLDER, cfg->folder);
	if (cfg->url[0])
		run(&o, SYNC_HTTP, cfg->url);
	/* After the imports, so that the status tells the bundle now shown. */
	if (cfg->upload) {
		sync_result_t r;
		sync_upload_once_ex(&o.ctx, m, &r);
		if (fn)
			fn(&r, ud);
		if (r.outcome == SYNC_FAILED)
			o.rc = OVI_ERR;
		sync_result_clear(&r);
	}
	return o.rc;
}
